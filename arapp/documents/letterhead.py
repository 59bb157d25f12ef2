"""The page every document that goes out is printed on: A4 portrait, the company's
letterhead, a footer numbering each document's own pages, the payment block with its QR,
the signature with the seal over it. Letters, statements and receipts build their
content from these pieces; :func:`build_documents` lays many documents into one PDF
(a batch), each starting on a new page, and says which pages each took.

The font is the reports' embedded CJK TrueType (:func:`arapp.documents.pdf.pdf_font`), so a
document never comes out with empty boxes. Images (logo, seal, collection QR) are decoded
once per build, not once per page.
"""

from __future__ import annotations

import io
import itertools
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib import textsplit as _rl_textsplit
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table
from reportlab.platypus import paragraph as _rl_paragraph
from reportlab.platypus.flowables import PageBreak

from arapp import clock
from arapp.domain import money
from arapp.errors import Cancelled
from arapp.i18n import tr
from arapp.reports.company import Letterhead

from .pdf import pdf_font

# Chinese punctuation that may not start a line (避头点): ReportLab's CJK wrapping hangs
# these at the end of the line before instead ("（大写" then "：贰万元整）" reads badly).
# Its own list holds the Japanese set and the ASCII marks, not the full-width Chinese ones.
_CANNOT_START = "，。、；：！？》」』】〉”’…％‰·" + chr(0xFF09)    # and the closing full-width parenthesis
for _module in (_rl_textsplit, _rl_paragraph):     # a paragraph of one run, and of several
    _module.ALL_CANNOT_START += "".join(ch for ch in _CANNOT_START if ch not in _module.ALL_CANNOT_START)

__all__ = [
    "Built", "DocumentSpec", "MARGIN", "PAGE", "Pieces", "build_documents", "para", "qr_payload",
]

PAGE = A4
MARGIN = 18 * mm
TEXT = colors.HexColor("#1F1F1F")
MUTED = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#7F8FA6")
HEADER_BG = colors.HexColor("#DCE6F1")
TOTAL_BG = colors.HexColor("#EEEEEE")
LETTERHEAD_HEIGHT = 24 * mm
FOOTER_HEIGHT = 10 * mm


@dataclass
class DocumentSpec:
    """One customer's document: its flowables (the letterhead and footer are added)."""

    story: list[Flowable]
    title: str = ""


@dataclass
class Built:
    """What :func:`build_documents` made: the page count, and each document's first page
    (1-based) and number of pages, in the order given."""

    pages: int
    first_pages: list[int] = field(default_factory=list)
    page_counts: list[int] = field(default_factory=list)


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


class Pieces:
    """The styles, fonts and decoded images one build shares: make the content with it."""

    def __init__(self, letterhead: Letterhead):
        self.letterhead = letterhead
        self.font, self.embedded = pdf_font()
        self.width = PAGE[0] - 2 * MARGIN
        base = ParagraphStyle("doc", fontName=self.font, fontSize=10.5, leading=16, textColor=TEXT,
                              wordWrap="CJK")
        self.styles = {
            "title": ParagraphStyle("doc_title", parent=base, fontSize=18, leading=24, alignment=TA_CENTER,
                                    spaceAfter=4 * mm),
            "body": ParagraphStyle("doc_body", parent=base, spaceAfter=2.5 * mm, alignment=TA_LEFT),
            "small": ParagraphStyle("doc_small", parent=base, fontSize=8.5, leading=12, textColor=MUTED),
            "cell": ParagraphStyle("doc_cell", parent=base, fontSize=9, leading=12),
            "cell_right": ParagraphStyle("doc_cell_r", parent=base, fontSize=9, leading=12, alignment=TA_RIGHT),
            "right": ParagraphStyle("doc_right", parent=base, alignment=TA_RIGHT),
            "center": ParagraphStyle("doc_center", parent=base, alignment=TA_CENTER),
            "heading": ParagraphStyle("doc_heading", parent=base, fontSize=12, leading=17, spaceBefore=2 * mm,
                                      spaceAfter=1.5 * mm),
        }
        self.logo = _reader(letterhead.logo)
        self.seal = _reader(letterhead.seal)
        self.payment_qr = _reader(letterhead.payment_qr)

    # ------------------------------------------------------------------ pieces of content

    def title(self, text: str) -> Paragraph:
        return para(text, self.styles["title"])

    def body(self, text: str) -> Paragraph:
        return para(text, self.styles["body"])

    def table(self, header: list[str], rows: list[list[str]], *, numeric: Iterable[int] = (),
              widths: list[float] | None = None, total: list[str] | None = None, font_size: float = 9) -> Table:
        """A grid of text: the header shaded and repeated on every page, numeric columns
        right-aligned, an optional totals row in bold."""
        data = [header, *rows] + ([total] if total else [])
        numeric = list(numeric)
        style = [
            ("FONT", (0, 0), (-1, -1), self.font, font_size, font_size + 3),
            ("TEXTCOLOR", (0, 0), (-1, -1), TEXT),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ]
        for col in numeric:
            style.append(("ALIGN", (col, 1), (col, -1), "RIGHT"))
        if total:
            style += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG)]
        return Table(data, colWidths=widths, repeatRows=1, style=style, hAlign="LEFT")

    def payment_block(self, *, amount: int | None, reference: str) -> Flowable | None:
        """How to pay: account name, bank, account number and the reference to quote, beside
        the collection QR (the company's own 收款码 image where Settings hold one, else a QR
        carrying the account, amount and reference). None when no bank account is set and no
        QR image either."""
        lh = self.letterhead
        if not lh.has_bank and self.payment_qr is None:
            return None
        lines = []
        if lh.has_bank:
            lines = [tr("documents", "Account name: {name}", name=lh.name),
                     tr("documents", "Bank: {bank}", bank=lh.bank or "—"),
                     tr("documents", "Account number: {account}", account=lh.bank_account)]
        if amount is not None and amount > 0:
            lines.append(tr("documents", "Amount: {amount}", amount=money.format_amount(amount)))
        if reference:
            lines.append(tr("documents", "Quote with the payment: {reference}", reference=reference))
        side = 30 * mm
        if self.payment_qr is not None:
            qr: Flowable = _ImageFlowable(self.payment_qr, side, side)
            caption = tr("documents", "Scan to pay")
        else:
            qr = qr_drawing(qr_payload(lh, amount, reference), side)
            caption = tr("documents", "Scan for the account details")
        text = para("\n".join(lines), self.styles["body"])
        right = Table([[qr], [para(caption, self.styles["small"])]], colWidths=[side + 4],
                      style=[("ALIGN", (0, 0), (-1, -1), "CENTER"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
        return Table([[text, right]], colWidths=[self.width - side - 8, side + 8],
                     style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.4, RULE),
                            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 5),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 4)], hAlign="LEFT")

    def signature(self, date_text: str, *, signer: str | None = None) -> Flowable:
        """The signature on the right: the company (or ``signer``) and the date, the seal image
        stamped over them where Settings hold one."""
        return _Signature(self, signer or self.letterhead.name, date_text)


def _reader(content: bytes | None) -> ImageReader | None:
    if not content:
        return None
    try:
        return ImageReader(io.BytesIO(content))
    except Exception:   # noqa: BLE001 - a picture the printer cannot read is left out, never a crash
        return None


class _ImageFlowable(Flowable):
    """An already decoded image, drawn ``width`` × ``height`` points (aspect kept inside)."""

    def __init__(self, reader: ImageReader, width: float, height: float):
        super().__init__()
        self.reader, self.width, self.height = reader, width, height

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        return self.width, self.height

    def draw(self):
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height, mask="auto", preserveAspectRatio=True,
                            anchor="c")


class _Signature(Flowable):
    """Company and date, right-aligned, with the seal drawn over them (as a stamp is)."""

    def __init__(self, pieces: Pieces, signer: str, date_text: str):
        super().__init__()
        self.pieces, self.signer, self.date_text = pieces, signer, date_text
        self.height = 30 * mm

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = availWidth
        return availWidth, self.height

    def draw(self):
        c = self.canv
        font = self.pieces.font
        c.setFont(font, 11)
        c.setFillColor(TEXT)
        right = self.width
        c.drawRightString(right, 16 * mm, self.signer)
        c.drawRightString(right, 9 * mm, self.date_text)
        seal = self.pieces.seal
        if seal is not None:
            side = 38 * mm
            text_w = max(c.stringWidth(self.signer, font, 11), c.stringWidth(self.date_text, font, 11))
            cx = right - text_w / 2
            # Multiplied as ink is: the seal reddens what it covers, the text stays readable.
            c.saveState()
            c.setBlendMode("Multiply")
            c.drawImage(seal, cx - side / 2, 12 * mm - side / 2, side, side, mask="auto",
                        preserveAspectRatio=True, anchor="c")
            c.restoreState()


def qr_payload(letterhead: Letterhead, amount: int | None, reference: str) -> str:
    """The text a drawn payment QR carries: account name, bank, account, amount, reference."""
    parts = [f"{tr('documents', 'Account name')}:{letterhead.name}"]
    if letterhead.bank:
        parts.append(f"{tr('documents', 'Bank')}:{letterhead.bank}")
    if letterhead.bank_account:
        parts.append(f"{tr('documents', 'Account number')}:{letterhead.bank_account}")
    if amount:
        parts.append(f"{tr('documents', 'Amount')}:{money.format_plain(amount)}")
    if reference:
        parts.append(f"{tr('documents', 'Reference')}:{reference}")
    return "\n".join(parts)


def qr_drawing(payload: str, side: float) -> Flowable:
    """A QR code of ``payload`` (error correction M, the usual quiet zone of four modules)
    ``side`` points square, drawn as one vector path."""
    return _QrCode(payload, side)


class _QrCode(Flowable):
    """A QR code encoded once and drawn as one path of its dark runs. ReportLab's own
    QrCodeWidget encodes it twice (bounds, then drawing) and draws every run as a shape of
    its own, after choosing the best of eight masks by encoding it eight times more: about a
    quarter of a second a code, most of a letter's time in a batch."""

    BORDER = 4
    MASK = 2          # the mask of every third column; any of the eight reads the same

    def __init__(self, payload: str, side: float):
        super().__init__()
        self.payload, self.width, self.height = payload, side, side

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        return self.width, self.height

    def draw(self):
        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(self.payload)
        # One mask pattern, not the best of eight: scoring all eight in pure Python is nine
        # encodings a code; every reader takes any mask (the code says which it has).
        qr.version = qr.calculate_version()
        qr.makeImpl(False, self.MASK)
        count = qr.getModuleCount()
        side = count + 2 * self.BORDER
        ops = []
        for r, row in enumerate(qr.modules):
            y = side - (r + self.BORDER + 1)
            col = self.BORDER
            for dark, run in itertools.groupby(bool(m) for m in row):
                n = sum(1 for _ in run)
                if dark:
                    ops.append(f"{col} {y} {n} 1 re")
                col += n
        # In module units (whole numbers), written as they are: ReportLab's path object would
        # format every coordinate of the few hundred runs through its pure-Python fp_str.
        c = self.canv
        c.saveState()
        c.setFillColor(colors.black)
        c.transform(self.width / side, 0, 0, self.height / side, 0, 0)
        c.addLiteral("\n".join(ops) + "\nf")
        c.restoreState()


# ------------------------------------------------------------------ the page and the build

class _Start(Flowable):
    """Marks where document ``index`` begins (zero size); reports progress, checks cancel."""

    def __init__(self, index: int, tick: Callable[[int], None]):
        super().__init__()
        self.index, self.tick = index, tick

    def wrap(self, availWidth, availHeight):  # noqa: N803
        return 0, 0

    def draw(self):
        self.canv._arapp_doc = self.index
        self.tick(self.index)


def _canvas_class(pieces: Pieces, on_page: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    font = pieces.font

    class DocumentCanvas(Canvas):
        """Keeps each page until the end, so each document's pages are numbered 1..n of its own."""

        def __init__(self, *args, **kwargs):
            kwargs.setdefault("initialFontName", font)
            super().__init__(*args, **kwargs)
            self._arapp_doc = 0
            self._arapp_pages: list[tuple[dict, int]] = []

        def showPage(self):  # noqa: N802 - ReportLab's name
            self._arapp_pages.append((dict(self.__dict__), self._arapp_doc))
            self._startPage()

        def save(self):
            counts: dict[int, int] = {}
            for _state, doc in self._arapp_pages:
                counts[doc] = counts.get(doc, 0) + 1
            seen: dict[int, int] = {}
            for state, doc in self._arapp_pages:
                self.__dict__.update(state)
                seen[doc] = seen.get(doc, 0) + 1
                on_page(self, seen[doc], counts[doc])
                Canvas.showPage(self)
            self._arapp_doc_pages = [doc for _s, doc in self._arapp_pages]
            self._arapp_pages = []
            Canvas.save(self)

    return DocumentCanvas


def _draw_letterhead(c: Canvas, pieces: Pieces) -> None:
    lh = pieces.letterhead
    font = pieces.font
    top = PAGE[1] - MARGIN + 6 * mm
    left = MARGIN
    text_left = left
    if pieces.logo is not None:
        c.drawImage(pieces.logo, left, top - 16 * mm, 16 * mm, 16 * mm, mask="auto", preserveAspectRatio=True,
                    anchor="sw")
        text_left = left + 19 * mm
    c.setFillColor(TEXT)
    c.setFont(font, 15)
    c.drawString(text_left, top - 7 * mm, lh.name)
    c.setFont(font, 8.5)
    c.setFillColor(MUTED)
    line = "　".join(x for x in (
        lh.address,
        tr("documents", "Phone: {phone}", phone=lh.phone) if lh.phone else "",
        tr("documents", "Taxpayer id: {id}", id=lh.tax_id) if lh.tax_id else "") if x)
    if line:
        c.drawString(text_left, top - 12.5 * mm, line)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.8)
    c.line(left, top - 17 * mm, PAGE[0] - MARGIN, top - 17 * mm)


def build_documents(out: str | os.PathLike | BinaryIO, specs: Iterable[DocumentSpec], pieces: Pieces, *,
                    title: str = "", total: int | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> Built:
    """Lay ``specs`` into one PDF at ``out`` (a path or a binary file), each document on new
    pages under the letterhead, its pages numbered on their own ("第 1 页 / 共 2 页").
    ``progress(done, total)`` is called as documents are laid; when ``cancelled()`` turns
    true the build stops with :class:`arapp.errors.Cancelled` and ``out`` is left unfinished
    (the caller removes it). Returns each document's pages."""
    font = pieces.font
    printed = clock.now().strftime("%Y-%m-%d %H:%M")
    specs = list(specs)
    count = len(specs) if total is None else total

    def tick(index: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(index, count)

    def on_page(c: Canvas, page: int, pages: int) -> None:
        _draw_letterhead(c, pieces)
        c.setFont(font, 8)
        c.setFillColor(MUTED)
        c.drawRightString(PAGE[0] - MARGIN, MARGIN - 8 * mm,
                          tr("documents", "Page {page} of {pages}", page=page, pages=pages))
        c.drawString(MARGIN, MARGIN - 8 * mm, tr("documents", "Printed {time}", time=printed))

    frame = Frame(MARGIN, MARGIN, PAGE[0] - 2 * MARGIN, PAGE[1] - 2 * MARGIN - LETTERHEAD_HEIGHT + 6 * mm,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    target = str(out) if isinstance(out, Path | str) else out
    doc = BaseDocTemplate(target, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=MARGIN, title=title, author=pieces.letterhead.name, creator="arapp",
                          pageTemplates=[PageTemplate(id="doc", frames=[frame])], invariant=1)
    story: list[Flowable] = []
    for index, spec in enumerate(specs):
        if index:
            story.append(PageBreak())
        story.append(_Start(index, tick))
        story.extend(spec.story)
    holder: dict[str, Any] = {}

    class Kept(_canvas_class(pieces, on_page)):  # type: ignore[misc]
        def save(self):
            super().save()
            holder["pages"] = self._arapp_doc_pages

    doc.build(story, canvasmaker=Kept)
    if progress is not None:
        progress(count, count)
    doc_pages = holder.get("pages", [])
    first: dict[int, int] = {}
    counts: dict[int, int] = {}
    for number, index in enumerate(doc_pages, start=1):
        first.setdefault(index, number)
        counts[index] = counts.get(index, 0) + 1
    return Built(pages=len(doc_pages), first_pages=[first.get(i, 1) for i in range(len(specs))],
                 page_counts=[counts.get(i, 1) for i in range(len(specs))])
