"""PDF export of report tables (ReportLab platypus), A4 landscape by default.

Every page carries a running header (company, document title, as-of date) and a
footer with the print time and "第 x 页 / 共 y 页" (the total is filled in when the
document is finished: the canvas keeps each page until then). The table repeats its
header row on every page, right-aligns money with thousands separators, stripes its
rows and prints the totals row in bold.

Chinese text uses a TrueType font embedded (subset) in the file, found by
:func:`arapp.paths.cjk_font_path`; without one, ReportLab's built-in CID font
STSong-Light is used (not embedded: the reader must supply it). The font has no bold
face, so bold text is drawn filled and stroked ("fake bold").

A signed report (``ReportTable.signature``) ends with the sign-off line, 编制 / 审核 /
日期 (prepared by, reviewed by, date) with a rule to sign on, in the user's language.

Long tables: ReportLab's own ``Table`` re-measures every remaining row each time it
splits across a page, which is quadratic in the number of rows. Here rows are measured
and wrapped once, every row has a known height, and :class:`PagedTable` cuts one
page-sized ``Table`` at a time, so a 20,000-row report takes seconds, not minutes.
"""

from __future__ import annotations

import io
import os
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as _landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from arapp import clock
from arapp.i18n import tr
from arapp.paths import cjk_font_path
from arapp.reports.table import NUMERIC_KINDS, ReportTable, format_cell

__all__ = [
    "PagedTable",
    "chart_image",
    "pdf_font",
    "signature_labels",
    "write_table_pdf",
    "write_tables_pdf",
]

FONT_NAME = "ArappCJK"
FALLBACK_FONT = "STSong-Light"

_font_lock = threading.Lock()
_font: tuple[str, bool] | None = None

HEADER_BG = colors.HexColor("#DCE6F1")
ZEBRA_BG = colors.HexColor("#F4F6F9")
TOTAL_BG = colors.HexColor("#E8E8E8")
GRID = colors.HexColor("#B0B7C3")
TEXT = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#555555")

_RIGHT_KINDS = NUMERIC_KINDS
_MAX_LINES = 3          # a body cell wraps onto at most this many lines, then "…"
_PAD_H = 3.0            # left/right cell padding, points
_PAD_V = 1.6            # top/bottom cell padding


def pdf_font() -> tuple[str, bool]:
    """Register the Chinese font once; returns (font name, embedded TrueType?)."""
    global _font
    with _font_lock:
        if _font is not None:
            return _font
        path = cjk_font_path()
        if path is not None:
            try:
                kwargs = {"subfontIndex": 0} if str(path).lower().endswith(".ttc") else {}
                pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), **kwargs))
                _font = (FONT_NAME, True)
                return _font
            except Exception:   # noqa: BLE001 - a broken font file: fall back below
                pass
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_FONT))
        _font = (FALLBACK_FONT, False)
        return _font


# ------------------------------------------------------------------------------ text fitting

class _Measure:
    """String widths for one font and size, cached per character."""

    def __init__(self, font: str, size: float):
        self.font, self.size = font, size
        self._chars: dict[str, float] = {}

    def width(self, text: str) -> float:
        return pdfmetrics.stringWidth(text, self.font, self.size)

    def char(self, ch: str) -> float:
        w = self._chars.get(ch)
        if w is None:
            w = self._chars[ch] = pdfmetrics.stringWidth(ch, self.font, self.size)
        return w

    def wrap(self, text: str, width: float, max_lines: int = _MAX_LINES) -> list[str]:
        """Break text into lines no wider than ``width``: anywhere between Chinese
        characters, at spaces in other text when possible; "…" when it runs out of lines."""
        lines: list[str] = []
        for para in text.replace("\r", "").split("\n"):
            if self.width(para) <= width:
                lines.append(para)
                continue
            line, w, last_space = "", 0.0, -1
            for ch in para:
                cw = self.char(ch)
                if w + cw > width and line:
                    if ch != " " and last_space > 0 and not _is_wide(ch):
                        lines.append(line[:last_space])
                        line = line[last_space + 1:]
                    else:
                        lines.append(line.rstrip())
                        line = ""
                    line = line.lstrip() if ch != " " else line
                    w = self.width(line)
                    last_space = -1
                    if ch == " " and not line:
                        continue
                if ch == " ":
                    last_space = len(line)
                line += ch
                w += cw
            lines.append(line)
        if len(lines) > max_lines:
            lines = lines[:max_lines]
            last = lines[-1]
            ell = self.char("…")
            while last and self.width(last) + ell > width:
                last = last[:-1]
            lines[-1] = last + "…"
        return lines or [""]


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


class _Bold(str):
    """A table cell drawn in (fake) bold."""

    __slots__ = ()


class _Table(Table):
    """A ReportLab Table that draws ``_Bold`` cells filled and stroked."""

    def _drawCell(self, cellval, cellstyle, pos, size):  # noqa: N802 - ReportLab's name
        if not isinstance(cellval, _Bold):
            if cellval == "":
                return None                 # nothing to draw (most zero buckets): skip the text object
            return super()._drawCell(cellval, cellstyle, pos, size)
        super()._drawCell("", cellstyle, pos, size)     # sets font and colour as usual
        canv = self.canv
        colpos, rowpos = pos
        colwidth, rowheight = size
        lines = str(cellval).split("\n")
        leading, fontsize = cellstyle.leading, cellstyle.fontsize
        y = rowpos + (cellstyle.bottomPadding + rowheight - cellstyle.topPadding + len(lines) * leading) / 2.0 - fontsize
        just = cellstyle.alignment
        if just == "RIGHT":
            draw, x = canv.drawRightString, colpos + colwidth - cellstyle.rightPadding
        elif just in ("CENTRE", "CENTER"):
            draw, x = canv.drawCentredString, colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding) / 2.0
        else:
            draw, x = canv.drawString, colpos + cellstyle.leftPadding
        canv.saveState()
        canv.setStrokeColor(cellstyle.color)
        canv.setLineWidth(fontsize * 0.035)
        for line in lines:
            draw(x, y, line, mode=2)
            y -= leading
        canv.restoreState()


# ------------------------------------------------------------------------------ the table

@dataclass
class _Layout:
    font: str
    size: float
    leading: float
    widths: list[float]
    header: list[str]               # wrapped header labels ("\n" between lines)
    header_height: float
    cells: list[list[str]]          # body rows, formatted and wrapped; totals last
    heights: list[float]
    has_totals: bool
    aligns: list[str]


def _layout(table: ReportTable, avail_width: float) -> _Layout:
    font, _ = pdf_font()
    cols = table.columns
    n = len(cols)
    formatted = [[format_cell(v, c.kind, blank_zero=c.blank_zero) for v, c in zip(row, cols, strict=True)]
                 for row in table.rows]
    totals = None
    if table.totals is not None:
        totals = [format_cell(v, c.kind) for v, c in zip(table.totals, cols, strict=True)]
    all_rows = formatted + ([totals] if totals else [])

    for size in (8.0, 7.5, 7.0, 6.5, 6.0):
        m = _Measure(font, size)
        pad = 2 * _PAD_H
        natural = [0.0] * n
        for j, c in enumerate(cols):
            if c.kind == "text":
                natural[j] = max((m.width(r[j]) for r in all_rows), default=0.0)
            else:   # digits have one width: the longest strings are the widest
                longest = sorted({r[j] for r in all_rows}, key=len)[-3:] if all_rows else []
                natural[j] = max((m.width(s) for s in longest), default=0.0)
        # A header may wrap onto two lines: it needs about half its width, or its longest word.
        head_min = []
        for c in cols:
            full = m.width(c.label)
            words = c.label.split() if " " in c.label else [c.label]
            if _has_wide(c.label):      # Chinese breaks anywhere, but not a short label
                need = full if len(c.label) <= 4 else full / 2
            else:
                need = max(m.width(w) for w in words)
            head_min.append(min(full, max(need, m.width("0000"))))
        widths = [max(natural[j], m.width(c.label)) + pad for j, c in enumerate(cols)]
        total = sum(widths)
        if total > avail_width:     # headers wrap first
            widths = [max(natural[j], head_min[j]) + pad for j in range(n)]
            total = sum(widths)
        if total > avail_width:
            # Narrow the text columns (they wrap), down to about eight characters each.
            text_cols = [j for j, c in enumerate(cols) if c.kind == "text"]
            floor = {j: max(head_min[j], m.width("0") * 8) + pad for j in text_cols}
            excess = total - avail_width
            room = sum(max(widths[j] - floor[j], 0) for j in text_cols)
            if room > 0:
                take = min(1.0, excess / room)
                for j in text_cols:
                    widths[j] -= max(widths[j] - floor[j], 0) * take
            total = sum(widths)
        if total <= avail_width + 0.5 or size == 6.0:
            break
    if total > avail_width:
        widths = [w * avail_width / total for w in widths]
    elif total > avail_width * 0.7:         # nearly full width: share out the rest evenly
        extra = (avail_width - total) / n
        widths = [w + extra for w in widths]

    leading = round(size * 1.25, 2)
    inner = [w - 2 * _PAD_H for w in widths]
    text_cols = [j for j, c in enumerate(cols) if c.kind == "text"]
    cells: list[list[str]] = []
    heights: list[float] = []
    one_line = leading + 2 * _PAD_V
    for r in all_rows:
        lines = 1
        if text_cols:
            r = list(r)
            for j in text_cols:
                s = r[j]
                if s and m.width(s) > inner[j]:
                    wrapped = m.wrap(s, inner[j])
                    r[j] = "\n".join(wrapped)
                    lines = max(lines, len(wrapped))
        cells.append(r)
        heights.append(one_line + (lines - 1) * leading)
    if totals is not None:
        cells[-1] = [_Bold(s) for s in cells[-1]]
    header_lines = [m.wrap(c.label, inner[j], max_lines=3) for j, c in enumerate(cols)]
    header = [_Bold("\n".join(h)) for h in header_lines]
    header_height = max(len(h) for h in header_lines) * leading + 2 * _PAD_V + 1
    aligns = ["RIGHT" if c.kind in _RIGHT_KINDS else "CENTER" if c.kind in ("date", "datetime") else "LEFT"
              for c in cols]
    return _Layout(font, size, leading, widths, header, header_height, cells, heights,
                   totals is not None, aligns)


def _has_wide(text: str) -> bool:
    return any(_is_wide(ch) for ch in text)


class PagedTable(Flowable):
    """A long table cut into one ReportLab ``Table`` per page, header repeated.

    Rows have known heights, so finding where a page ends is a bisection over running
    sums, and nothing is measured twice.
    """

    def __init__(self, layout: _Layout, start: int = 0, end: int | None = None,
                 prefix: list[float] | None = None):
        super().__init__()
        self.layout = layout
        self.start = start
        self.end = len(layout.cells) if end is None else end
        if prefix is None:
            prefix = [0.0]
            for h in layout.heights:
                prefix.append(prefix[-1] + h)
        self.prefix = prefix
        self.hAlign = "CENTER"

    def _height(self, start: int, end: int) -> float:
        return self.layout.header_height + self.prefix[end] - self.prefix[start]

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        self.width = sum(self.layout.widths)
        self.height = self._height(self.start, self.end)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        room = availHeight - self.layout.header_height + self.prefix[self.start]
        lo, hi = self.start, self.end          # the last index whose running sum fits
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.prefix[mid] <= room + 1e-6:
                lo = mid
            else:
                hi = mid - 1
        cut = lo
        if cut <= self.start:
            return []                          # not even one row: next frame
        if cut >= self.end:
            return [self]
        return [PagedTable(self.layout, self.start, cut, self.prefix),
                PagedTable(self.layout, cut, self.end, self.prefix)]

    def _table(self) -> _Table:
        L = self.layout
        rows = L.cells[self.start:self.end]
        data = [L.header, *rows]
        heights = [L.header_height, *L.heights[self.start:self.end]]
        style: list[tuple] = [
            ("FONT", (0, 0), (-1, -1), L.font, L.size, L.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), TEXT),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), _PAD_H),
            ("RIGHTPADDING", (0, 0), (-1, -1), _PAD_H),
            ("TOPPADDING", (0, 0), (-1, -1), _PAD_V),
            ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD_V),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, GRID),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, GRID),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, GRID),
            ("INNERGRID", (0, 0), (-1, -1), 0.25, GRID),
            ("BOX", (0, 0), (-1, -1), 0.5, GRID),
        ]
        for j, a in enumerate(L.aligns):
            if a != "LEFT":
                style.append(("ALIGN", (j, 1), (j, -1), a))
        body_end = len(rows)
        last_is_total = L.has_totals and self.end == len(L.cells)
        if last_is_total:
            body_end -= 1
        if body_end > 0:
            stripes = [colors.white, ZEBRA_BG] if self.start % 2 == 0 else [ZEBRA_BG, colors.white]
            style.append(("ROWBACKGROUNDS", (0, 1), (-1, body_end), stripes))
        if last_is_total:
            style += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG),
                      ("LINEABOVE", (0, -1), (-1, -1), 0.8, TEXT)]
        return _Table(data, colWidths=L.widths, rowHeights=heights, style=style, repeatRows=1)

    def draw(self):
        t = self._table()
        t.wrapOn(self.canv, self.width, self.height)
        t.drawOn(self.canv, 0, 0)


# ------------------------------------------------------------------------------ the document

def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=9, leading=12, textColor=TEXT, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=base, fontSize=16, leading=21, alignment=TA_CENTER, spaceAfter=3),
        "section": ParagraphStyle("section", parent=base, fontSize=12, leading=16, spaceBefore=8, spaceAfter=3),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=9, leading=12, alignment=TA_CENTER,
                                   textColor=MUTED),
        "section_sub": ParagraphStyle("section_sub", parent=base, fontSize=8.5, leading=11, alignment=TA_LEFT,
                                      textColor=MUTED),
        "note": ParagraphStyle("note", parent=base, fontSize=7.5, leading=10, textColor=MUTED, spaceBefore=3),
    }


def chart_image(figure: Any, width: float, *, dpi: int = 150) -> Image:
    """A matplotlib Figure as a PNG image flowable ``width`` points wide (aspect kept)."""
    buf = io.BytesIO()
    figure.savefig(buf, format="png", dpi=dpi)
    buf.seek(0)
    w_in, h_in = figure.get_size_inches()
    return Image(buf, width=width, height=width * h_in / w_in)


def _chart_for(table: ReportTable) -> Any:
    chart = table.chart
    if chart is None:
        return None
    if hasattr(chart, "savefig"):
        return chart
    from arapp.reports.aging import AgingResult

    if isinstance(chart, AgingResult) and chart.rows:
        from arapp.documents.charts import aging_chart

        return aging_chart(chart)
    return None


def _numbered_canvas(draw_page: Any, font: str) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps every page until the end, then stamps "page x of y" on each."""

        def __init__(self, *args, **kwargs):
            if not kwargs.get("initialFontName"):
                kwargs["initialFontName"] = font    # no unembedded Helvetica in the file
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            count = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                draw_page(self, count)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


@dataclass
class _Header:
    company: str
    title: str
    as_of: str
    printed: str


def _draw_frame_texts(canv: Canvas, page_count: int, header: _Header, font: str, pagesize) -> None:
    width, height = pagesize
    left, right = 12 * mm, width - 12 * mm
    top = height - 9 * mm
    canv.saveState()
    canv.setFillColor(MUTED)
    canv.setFont(font, 8)
    canv.drawString(left, top, header.company)
    canv.drawCentredString(width / 2, top, header.title)
    canv.drawRightString(right, top, header.as_of)
    canv.setStrokeColor(GRID)
    canv.setLineWidth(0.5)
    canv.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
    bottom = 7 * mm
    canv.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
    canv.drawString(left, bottom, header.printed)
    canv.drawCentredString(width / 2, bottom, tr("documents", "Page {page} of {pages}",
                                                 page=canv.getPageNumber(), pages=page_count))
    canv.restoreState()


def _story_for(table: ReportTable, styles: dict[str, ParagraphStyle], avail_width: float,
               avail_height: float, *, section: bool) -> list[Flowable]:
    head: list[Flowable] = []
    story = head
    if section:
        story.append(Paragraph(escape(table.title), styles["section"]))
        lines = list(table.subtitle)
        if lines:
            story.append(Paragraph("<br/>".join(escape(s) for s in lines), styles["section_sub"]))
    else:
        story.append(Paragraph(escape(table.title), styles["title"]))
        lines = [x for x in (table.company, table.as_of_line(), *table.subtitle) if x]
        if lines:
            story.append(Paragraph("<br/>".join(escape(s) for s in lines), styles["subtitle"]))
    story.append(Spacer(1, 3 * mm))
    if table.rows or table.totals is not None:
        paged = PagedTable(_layout(table, avail_width))
        paged.wrap(avail_width, avail_height)
        story.append(paged)
    else:
        paged = None
        story.append(Paragraph(escape(tr("documents", "Nothing to report.")), styles["section_sub"]))
    for note in table.footnotes:
        story.append(Paragraph(escape(note), styles["note"]))
    if paged is None or paged.height < avail_height * 0.6:
        story = [KeepTogether(head)]        # a short table stays on one page with its heading
    else:                                   # a long one starts here unless the page is nearly full
        story = [CondPageBreak(avail_height * 0.3), *head]
    fig = _chart_for(table)
    if fig is not None:
        # After the table (the figures first), no taller than most of a page.
        w_in, h_in = fig.get_size_inches()
        width = min(avail_width, 240 * mm, avail_height * 0.92 * w_in / h_in)
        story.append(Spacer(1, 4 * mm))
        story.append(chart_image(fig, width))
    return story


def signature_labels() -> list[str]:
    """The sign-off line's words, in the user's language: 编制 / 审核 / 日期."""
    return [tr("documents", "Prepared by:"), tr("documents", "Reviewed by:"), tr("documents", "Date:")]


def _signature_block(font: str, width: float) -> Flowable:
    """The sign-off line at the foot of a signed report: each label, then a rule to sign on."""
    labels = signature_labels()
    measure = _Measure(font, 10)
    label_w = max(measure.width(s) for s in labels) + 2 * _PAD_H
    blank = min(48 * mm, (width - 3 * label_w) / 3 - 8 * mm)
    gap = max(4 * mm, (width - 3 * (label_w + blank)) / 2)
    cells, widths = [], []
    for k, label in enumerate(labels):
        cells += [label, ""]
        widths += [label_w, blank]
        if k < len(labels) - 1:
            cells.append("")
            widths.append(gap)
    style = [("FONT", (0, 0), (-1, -1), font, 10, 13), ("TEXTCOLOR", (0, 0), (-1, -1), TEXT),
             ("ALIGN", (0, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
             ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    for k in range(len(labels)):
        col = 3 * k + 1
        style.append(("LINEBELOW", (col, 0), (col, 0), 0.6, TEXT))
    table = Table([cells], colWidths=widths, rowHeights=[9 * mm], style=style, hAlign="RIGHT")
    return KeepTogether([Spacer(1, 6 * mm), table])


def write_table_pdf(table: ReportTable, path: str | os.PathLike, *, landscape: bool = True,
                    signature: bool | None = None) -> Path:
    """Write one report table as a PDF (A4, landscape unless told otherwise); it ends
    with the sign-off line when ``signature`` (default: the table's ``signature``)."""
    return _write_pdf([table], path, landscape=landscape, title=None, signature=signature)


def write_tables_pdf(tables: Sequence[ReportTable] | Iterable[ReportTable], path: str | os.PathLike, *,
                     title: str | None = None, subtitle: Sequence[str] = (), landscape: bool = True,
                     signature: bool | None = None) -> Path:
    """Write several tables as the sections of one PDF under a document ``title``
    (default: the first table's title). Charts attached to tables are drawn above them.
    The document ends with one sign-off line (编制 / 审核 / 日期) when ``signature``
    (default: when any of the tables is ``signature``)."""
    return _write_pdf(list(tables), path, landscape=landscape, title=title, subtitle=list(subtitle),
                      signature=signature)


def _write_pdf(tables: list[ReportTable], path: str | os.PathLike, *, landscape: bool, title: str | None,
               subtitle: list[str] | None = None, signature: bool | None = None) -> Path:
    path = Path(path)
    font, _embedded = pdf_font()
    pagesize = _landscape(A4) if landscape else A4
    styles = _styles(font)
    first = tables[0] if tables else ReportTable(title or "", [], [])
    doc_title = title or first.title
    as_of = first.as_of_line()
    header = _Header(first.company, doc_title, as_of,
                     tr("documents", "Printed {when}", when=clock.now().strftime("%Y-%m-%d %H:%M")))
    margin = 12 * mm
    tmp = path.with_name(path.name + ".part")
    doc = BaseDocTemplate(str(tmp), pagesize=pagesize, leftMargin=margin, rightMargin=margin,
                          topMargin=15 * mm, bottomMargin=14 * mm, title=doc_title,
                          author=first.company, creator="arapp")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=pagesize)])

    story: list[Flowable] = []
    if title is None and len(tables) == 1:
        story += _story_for(tables[0], styles, doc.width, doc.height, section=False)
    else:
        story.append(Paragraph(escape(doc_title), styles["title"]))
        lines = [x for x in (first.company, as_of, *(subtitle or [])) if x]
        if lines:
            story.append(Paragraph("<br/>".join(escape(s) for s in lines), styles["subtitle"]))
        for t in tables:
            story += _story_for(t, styles, doc.width, doc.height, section=True)
            story.append(Spacer(1, 4 * mm))
    if signature if signature is not None else any(t.signature for t in tables):
        story.append(_signature_block(font, doc.width))

    def draw_page(canv: Canvas, count: int) -> None:
        _draw_frame_texts(canv, count, header, font, pagesize)

    doc.build(story, canvasmaker=_numbered_canvas(draw_page, font))
    os.replace(tmp, path)
    return path
