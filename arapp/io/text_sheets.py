"""Text files read as sheets: CSV (comma, tab, semicolon or bar separated) and HTML tables
(the ".xls" files some bank sites export), in UTF-8 with or without BOM, UTF-16 with a
BOM, or GBK/GB18030, detected; an unknown encoding is refused by name."""

from __future__ import annotations

import codecs
import csv
import io
import re
from html.parser import HTMLParser
from pathlib import Path

from arapp.errors import FileRefused
from arapp.i18n import tr
from arapp.io.workbook import MAX_COLUMNS, Cell, Sheet, column_letters, refused, too_many_rows


def decode(name: str, data: bytes) -> tuple[str, str]:
    """The text of a CSV or HTML file and the encoding it was in: a BOM decides (UTF-8,
    UTF-16); otherwise UTF-8 if it decodes, else GB18030 (which holds GBK and GB2312) if it
    decodes to ordinary characters; anything else is refused as an unknown encoding."""
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        declared = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.IGNORECASE)
        encoding = ""
        if declared:
            label = declared.group(1).decode("ascii").lower()
            if label in ("gbk", "gb2312", "gb18030", "utf-8", "utf8"):
                encoding = "gb18030" if label.startswith("gb") else "utf-8"
        if not encoding:
            try:
                data.decode("utf-8")
                encoding = "utf-8"
            except UnicodeDecodeError:
                encoding = "gb18030"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise _unknown_encoding(name) from None
    if encoding == "gb18030" and _looks_misread(text):
        raise _unknown_encoding(name)
    return text, encoding


def _looks_misread(text: str) -> bool:
    """GB18030 decodes almost any bytes; text read wrongly shows private-use characters
    (GB18030's user-defined areas) or C1 control characters."""
    odd = sum(1 for ch in text[:200_000] if "\ue000" <= ch <= "\uf8ff" or "\x80" <= ch <= "\x9f")
    return odd > 0


def _unknown_encoding(name: str) -> FileRefused:
    return refused(name, tr("SheetFile", "the text is in an unknown encoding (not UTF-8 and not GBK/GB18030); "
                             "save it again as \"CSV UTF-8\" and read that file"))


def read_csv(name: str, text: str, max_rows: int) -> Sheet:
    sample = text[:65536]
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    delimiter = ","
    best = 0
    for candidate in (",", "\t", ";", "|"):
        counts = [line.count(candidate) for line in lines]
        score = sum(1 for n in counts if n) * 1000 + (max(counts) if counts else 0)
        if counts and max(counts) and score > best:
            best, delimiter = score, candidate
    rows: list[list[Cell]] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for row in reader:
            rows.append(row)  # type: ignore[arg-type]
            if len(rows) > max_rows:
                raise too_many_rows(name, _count_lines(text), max_rows)
    except csv.Error as exc:
        raise refused(name, tr("SheetFile", "the text cannot be read as CSV ({reason})", reason=str(exc))) from None
    _pad(rows, name)
    return Sheet(Path(name).stem or name, False, False, rows)


def _count_lines(text: str) -> int:
    return text.count("\n") + 1


def _pad(rows: list[list[Cell]], name: str) -> None:
    width = max((len(r) for r in rows), default=0)
    if width > MAX_COLUMNS:
        raise refused(name, tr("SheetFile", "a sheet reaches column {column}, far wider than a statement or "
                                "ledger; it is refused", column=column_letters(width)))
    for row in rows:
        if len(row) < width:
            row.extend([""] * (width - len(row)))


class _Tables(HTMLParser):
    """The tables of an HTML page as rows of cell texts; colspan and rowspan spread the
    cell's text over the cells it covers, as a merged range does."""

    def __init__(self, max_rows: int) -> None:
        super().__init__(convert_charrefs=True)
        self.max_rows = max_rows
        self.tables: list[list[list[str]]] = []
        self._stack: list[tuple[list[list[str]], dict[tuple[int, int], str]]] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self.too_many = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._stack.append(([], {}))
        elif not self._stack:
            return
        elif tag == "tr":
            self._end_row()
            self._row = []
        elif tag in ("td", "th"):
            if self._row is None:
                self._row = []
            self._end_cell()
            values = dict(attrs)
            self._span = (_span(values.get("rowspan")), _span(values.get("colspan")))
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if not self._stack:
            return
        if tag in ("td", "th"):
            self._end_cell()
        elif tag == "tr":
            self._end_row()
        elif tag == "table":
            self._end_row()
            rows, _pending = self._stack.pop()
            self.tables.append(rows)

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def _end_cell(self) -> None:
        if self._cell is None or self._row is None:
            return
        text = " ".join("".join(self._cell).split())
        rows, pending = self._stack[-1]
        r = len(rows)
        rowspan, colspan = self._span
        self._skip_pending(pending, r)
        for dc in range(colspan):
            c = len(self._row)
            self._row.append(text)
            for dr in range(1, rowspan):
                pending[(r + dr, c)] = text
            del dc
        self._cell = None
        self._span = (1, 1)

    def _skip_pending(self, pending: dict[tuple[int, int], str], r: int) -> None:
        assert self._row is not None
        while (r, len(self._row)) in pending:
            self._row.append(pending.pop((r, len(self._row))))

    def _end_row(self) -> None:
        self._end_cell()
        if self._row is None or not self._stack:
            return
        rows, pending = self._stack[-1]
        self._skip_pending(pending, len(rows))
        rows.append(self._row)
        self._row = None
        if len(rows) > self.max_rows:
            self.too_many = len(rows)


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


def read_html(name: str, text: str, max_rows: int) -> list[Sheet]:
    parser = _Tables(max_rows)
    try:
        parser.feed(text)
        parser.close()
    except AssertionError:  # pragma: no cover - html.parser gives up on very broken markup
        raise refused(name, tr("SheetFile", "the HTML page cannot be read")) from None
    if parser.too_many:
        raise too_many_rows(name, parser.too_many, max_rows)
    tables = [rows for rows in parser.tables if rows]
    if not tables:
        raise refused(name, tr("SheetFile", "the web page holds no table"))
    sheets = []
    for n, rows in enumerate(tables, start=1):
        cells: list[list[Cell]] = [list(r) for r in rows]
        _pad(cells, name)
        sheets.append(Sheet(tr("SheetFile", "Table {n}", n=n), False, False, cells))
    return sheets
