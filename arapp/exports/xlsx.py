"""Excel export of report tables (openpyxl, write-only mode, with the data rows written
as worksheet XML here: a year of invoices, 250,000 rows, in seconds rather than minutes).

Each ``ReportTable`` becomes one sheet: a title row with the as-of date merged across
the table, the company and subtitle lines, a bold header row with the panes frozen
below it, the rows, a bold totals row and the footnotes.

Values are real Excel values: money is a number of yuan with the format ``#,##0.00``
(the fen integer becomes a Decimal and then a float only for the cell: the accepted
edge), counts are integers (``0``), dates are dates (``yyyy-mm-dd``), ratios are
percentages (``0.00%``), a change in a ratio is a number of percentage points shown
signed with its unit (``+2.50 pp``, 「+2.50个百分点」).

Text never turns into a formula. openpyxl stores a string starting with ``=`` as a
formula; every text cell here is forced to a string cell, and text starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return also gets Excel's quote prefix
(so it stays text even when someone edits the cell), with the visible text unchanged.
Characters XML cannot hold (other control characters) are dropped, and a carriage
return is written as ``&#13;`` so it survives the XML round trip.

openpyxl writes each sheet's title lines, header, totals and notes; the data rows, one
row of cells per table row, are written by :meth:`_SheetWriter.data_rows_xml` in the
place of a stand-in row, as the very cells :meth:`_SheetWriter.value_cell` makes (their
styles registered with openpyxl, so ``styles.xml`` holds them), streamed into the file.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
import re
import unicodedata
import uuid
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from arapp.domain.money import fen_to_decimal, format_amount, format_plain
from arapp.domain.text import FORMULA_PREFIXES
from arapp.i18n import tr
from arapp.reports.table import ReportTable

__all__ = ["write_table_xlsx", "write_tables_xlsx", "FORMULA_PREFIXES", "display_width"]

MONEY_FORMAT = "#,##0.00"
INT_FORMAT = "0"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0.00%"
NUMBER_FORMAT = "0.0"

_TITLE_FONT = Font(bold=True, size=14)
_SUBTITLE_FONT = Font(size=10, color="444444")
_BOLD = Font(bold=True)
_NOTE_FONT = Font(size=9, italic=True, color="666666")
_HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
_TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
_THIN = Side(style="thin", color="808080")
_HEADER_BORDER = Border(bottom=_THIN, top=_THIN)
_TOTAL_BORDER = Border(top=_THIN, bottom=Side(style="double", color="808080"))
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_RIGHT = Alignment(horizontal="right")

_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
_MAX_WIDTH = 60
_WIDTH_SAMPLE = 5000     # rows measured for column widths (the longest of a sample is enough)


def points_format() -> str:
    """Excel's number format for percentage points in the user's language: ``+0.00 "pp"``."""
    unit = tr("reports", "{value} pp", value="").strip()
    space = " " if tr("reports", "{value} pp", value="x").startswith("x ") else ""
    quoted = f'{space}"{unit}"'
    return f"+0.00{quoted};-0.00{quoted};0.00{quoted}"


def display_width(text: str) -> int:
    """Width in Excel character units: East Asian wide and full-width characters count double."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _clean_text(value: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def _sheet_title(name: str, used: set[str]) -> str:
    base = _SHEET_NAME_BAD.sub("_", name).strip("'") or "Sheet"
    base = base[:31]
    title, n = base, 2
    while title.lower() in used:
        suffix = f" ({n})"
        title = base[:31 - len(suffix)] + suffix
        n += 1
    used.add(title.lower())
    return title


def _shown_width(value, kind: str) -> int:
    if value is None:
        return 0
    if kind == "money":
        return len(format_amount(value, symbol=False)) if isinstance(value, int) else 12
    if kind == "date":
        return 10
    if kind == "datetime":
        return 16
    if kind in ("percent", "number"):
        return 8
    if kind == "points":
        return 14
    return display_width(str(value))


def _column_widths(table: ReportTable) -> list[float]:
    rows = table.rows
    sample = rows if len(rows) <= _WIDTH_SAMPLE else rows[:_WIDTH_SAMPLE // 2] + rows[-_WIDTH_SAMPLE // 2:]
    extra = [table.totals] if table.totals else []
    widths = []
    for i, col in enumerate(table.columns):
        # A header wraps onto two lines only when it is very long.
        header = display_width(col.label)
        w = max(header if header <= 24 else (header + 1) // 2, 6)
        for row in (*sample, *extra):
            w = max(w, _shown_width(row[i], col.kind))
        widths.append(min(w + 2, _MAX_WIDTH))
    return widths


class _SheetWriter:
    """Writes one ReportTable into a write-only worksheet."""

    def __init__(self, wb: Workbook, table: ReportTable, title: str):
        self.ws = wb.create_sheet(title)
        self.table = table
        self.marker = f"arapp-data-rows-{uuid.uuid4().hex}"
        self.first_data_row = 0
        self.styles: dict[str, str] = {}

    def _data_styles(self) -> dict[str, str]:
        """The style of each kind of data cell (`` s="3"``, '' for none), registered in the
        workbook as openpyxl would for the same cell (:meth:`value_cell`)."""
        samples = {"money": 0, "int": 0, "date": _dt.date(2000, 1, 1), "datetime": _dt.datetime(2000, 1, 1),
                   "percent": 0, "number": 0, "points": 0}
        styles = {kind: f' s="{self.value_cell(value, kind).style_id}"' for kind, value in samples.items()}
        quoted = self.text_cell("=")
        styles["quoted"] = f' s="{quoted.style_id}"'
        styles["text"] = ""
        return styles

    def data_rows_xml(self, chunk: int = 2000) -> Iterator[bytes]:
        """The data rows as worksheet XML, ``chunk`` rows a piece: the cells
        :meth:`value_cell` makes (the same values, number formats and quote prefix), written
        as openpyxl writes them."""
        t = self.table
        letters = [get_column_letter(i) for i in range(1, len(t.columns) + 1)]
        kinds = [c.kind for c in t.columns]
        points = {"money": lambda v: format_plain(v), "int": lambda v: str(int(v)),
                  "date": lambda v: repr(to_excel(v.date() if isinstance(v, _dt.datetime) else v)),
                  "datetime": lambda v: repr(to_excel(v.replace(tzinfo=None) if isinstance(v, _dt.datetime)
                                                      else _dt.datetime.combine(v, _dt.time()))),
                  "percent": lambda v: repr(float(Decimal(v))), "number": lambda v: repr(float(Decimal(v))),
                  "points": lambda v: repr(float(Decimal(v) * 100))}
        styles = self.styles
        out: list[str] = []
        r = self.first_data_row
        for row in t.rows:
            cells = []
            for letter, kind, value in zip(letters, kinds, row, strict=True):
                if value is None:
                    continue
                if isinstance(value, str) or kind == "text" or kind not in points:
                    text = _clean_text(value if isinstance(value, str) else str(value))
                    if not text:
                        cells.append(f'<c r="{letter}{r}" t="inlineStr"/>')      # as openpyxl writes ""
                        continue
                    style = styles["quoted"] if text.startswith(FORMULA_PREFIXES) else ""
                    space = ' xml:space="preserve"' if text != text.strip() else ""
                    cells.append(f'<c r="{letter}{r}"{style} t="inlineStr"><is><t{space}>{_xml_text(text)}'
                                 f'</t></is></c>')
                else:
                    cells.append(f'<c r="{letter}{r}"{styles[kind]} t="n"><v>{points[kind](value)}</v></c>')
            out.append(f'<row r="{r}">{"".join(cells)}</row>')
            r += 1
            if len(out) >= chunk:
                yield "".join(out).encode("utf-8")
                out = []
        if out:
            yield "".join(out).encode("utf-8")

    def text_cell(self, value: str, font: Font | None = None) -> WriteOnlyCell:
        value = _clean_text(value)
        cell = WriteOnlyCell(self.ws, value=value)
        cell.data_type = "s"          # never a formula, whatever the text starts with
        if value.startswith(FORMULA_PREFIXES):
            cell.quotePrefix = True
        if font is not None:
            cell.font = font
        return cell

    def value_cell(self, value, kind: str, font: Font | None = None) -> WriteOnlyCell:
        if value is None or (isinstance(value, str) and kind != "text"):
            if isinstance(value, str) and value:
                return self.text_cell(value, font)
            cell = WriteOnlyCell(self.ws, value=None)
        elif kind == "money":
            # The accepted edge: fen → Decimal yuan → float for the cell value only.
            cell = WriteOnlyCell(self.ws, value=float(fen_to_decimal(value)))
            cell.number_format = MONEY_FORMAT
        elif kind == "int":
            cell = WriteOnlyCell(self.ws, value=int(value))
            cell.number_format = INT_FORMAT
        elif kind == "date":
            v = value.date() if isinstance(value, _dt.datetime) else value
            cell = WriteOnlyCell(self.ws, value=v)
            cell.number_format = DATE_FORMAT
        elif kind == "datetime":
            v = value if isinstance(value, _dt.datetime) else _dt.datetime.combine(value, _dt.time())
            cell = WriteOnlyCell(self.ws, value=v.replace(tzinfo=None))
            cell.number_format = DATETIME_FORMAT
        elif kind == "percent":
            cell = WriteOnlyCell(self.ws, value=float(Decimal(value)))
            cell.number_format = PERCENT_FORMAT
        elif kind == "number":
            cell = WriteOnlyCell(self.ws, value=float(Decimal(value)))
            cell.number_format = NUMBER_FORMAT
        elif kind == "points":
            cell = WriteOnlyCell(self.ws, value=float(Decimal(value) * 100))
            cell.number_format = points_format()
        else:
            return self.text_cell(str(value), font)
        if font is not None:
            cell.font = font
        return cell

    def write(self) -> None:
        ws, t = self.ws, self.table
        ncols = len(t.columns)
        last_col = get_column_letter(max(ncols, 1))
        for i, w in enumerate(_column_widths(t), start=1):
            ws.column_dimensions[get_column_letter(i)].width = w

        lines: list[tuple[str, Font]] = [(t.title_with_date(), _TITLE_FONT)]
        if t.company:
            lines.append((t.company, _SUBTITLE_FONT))
        lines += [(s, _SUBTITLE_FONT) for s in t.subtitle]
        header_row = len(lines) + 1
        ws.freeze_panes = f"A{header_row + 1}"
        ws.print_title_rows = f"{header_row}:{header_row}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = "9"   # A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True

        for r, (text, font) in enumerate(lines, start=1):
            ws.append([self.text_cell(text, font)])
            if ncols > 1:
                ws.merged_cells.add(f"A{r}:{last_col}{r}")

        header = []
        for col in t.columns:
            c = self.text_cell(col.label, _BOLD)
            c.fill = _HEADER_FILL
            c.border = _HEADER_BORDER
            c.alignment = _HEADER_ALIGN
            header.append(c)
        ws.append(header)

        kinds = [c.kind for c in t.columns]
        if t.rows:
            # One row stands for the data rows; write_tables_xlsx puts them in its place as
            # XML written here (openpyxl's cell by cell writing takes ~20x as long).
            self.first_data_row = header_row + 1
            ws.append([self.text_cell(self.marker)])
            self.styles = self._data_styles()
        last_data = header_row + len(t.rows)
        if t.rows:
            ws.auto_filter.ref = f"A{header_row}:{last_col}{last_data}"

        if t.totals is not None:
            cells = []
            for value, kind in zip(t.totals, kinds, strict=True):
                c = self.value_cell(value, kind, _BOLD)
                c.fill = _TOTAL_FILL
                c.border = _TOTAL_BORDER
                if kind not in ("text",) and isinstance(value, str):
                    c.alignment = _RIGHT
                cells.append(c)
            ws.append(cells)

        if t.footnotes:
            ws.append([])
            for note in t.footnotes:
                ws.append([self.text_cell(note, _NOTE_FONT)])


def write_table_xlsx(table: ReportTable, path: str | os.PathLike) -> Path:
    """Write one report table as an .xlsx workbook with one sheet."""
    return write_tables_xlsx([table], path)


def write_tables_xlsx(tables: Sequence[ReportTable] | Iterable[ReportTable], path: str | os.PathLike) -> Path:
    """Write several report tables, one sheet each (the monthly report's sections).

    openpyxl writes each sheet's titles, header, totals and notes, with one row standing
    for the data rows; the workbook is then copied into the file with the data rows'
    XML (:meth:`_SheetWriter.data_rows_xml`) in that row's place and the rows after it
    numbered on, and a carriage return in text written as ``&#13;`` (a raw CR in XML text
    reads back as a line feed)."""
    path = Path(path)
    wb = Workbook(write_only=True)
    used: set[str] = set()
    writers = []
    for t in tables:
        w = _SheetWriter(wb, t, _sheet_title(t.sheet_name or t.title, used))
        w.write()
        writers.append(w)
    if not used:
        wb.create_sheet("Sheet")
    buf = io.BytesIO()
    wb.save(buf)
    _write_with_data_rows(buf.getvalue(), path, [w for w in writers if w.first_data_row])
    return path


_ROW_NUMBER = re.compile(rb'(<row r="|<c r="[A-Z]+)(\d+)"')


def _write_with_data_rows(data: bytes, path: Path, writers: list[_SheetWriter]) -> None:
    """Copy the saved workbook ``data`` into ``path`` (by its ``.part``), each sheet's
    stand-in row replaced by its data rows."""
    tmp = path.with_name(path.name + ".part")
    by_marker = {w.marker.encode("ascii"): w for w in writers}
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            content = zin.read(item.filename)
            if not (item.filename.startswith("xl/worksheets/") and item.filename.endswith(".xml")):
                zout.writestr(item, content)
                continue
            content = content.replace(b"\r", b"&#13;")
            w = next((w for marker, w in by_marker.items() if marker in content), None)
            if w is None:
                zout.writestr(item, content)
                continue
            start = content.rindex(b"<row ", 0, content.index(w.marker.encode("ascii")))
            end = content.index(b"</row>", start) + len(b"</row>")
            tail_end = content.index(b"</sheetData>", end)
            tail = _renumber(content[end:tail_end], len(w.table.rows) - 1)
            with zout.open(item.filename, "w", force_zip64=True) as f:
                f.write(content[:start])
                for piece in w.data_rows_xml():
                    f.write(piece)
                f.write(tail)
                f.write(content[tail_end:])
    os.replace(tmp, path)


def _renumber(xml: bytes, shift: int) -> bytes:
    """Rows and cell references of ``xml`` moved down by ``shift`` rows."""
    return _ROW_NUMBER.sub(lambda m: m.group(1) + str(int(m.group(2)) + shift).encode("ascii") + b'"', xml)


def _xml_text(text: str) -> str:
    """Text for an XML element: ``&``, ``<`` and ``>`` escaped, a carriage return as ``&#13;``."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\r", "&#13;") if "\r" in text else text
