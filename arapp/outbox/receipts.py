"""Receipts (收据) as documents: one receipt, a preview, or every receipt of a day.

A receipt prints its number and date, the payer (name, code, address; the unit or room
once the books have units), what the money paid (each invoice with its dates and the
amount applied, the rest as 预收), the amount in figures and in capitals (人民币大写),
the method and reference, the cashier who recorded it, and the company's seal over the
收款单位 signature. No payment QR: the money is paid already. With ``two_copies`` the
A4 page holds two half-page copies, 存根 above and 客户联 below, with a cut line between.
A receipt of a reversed payment carries a large 作废 stamp with the reversal's date and
reason. Making one archives it (DocumentPart kind ``receipt``); a preview archives nothing.
"""

from __future__ import annotations

import datetime as _dt
import os

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table

from arapp import names
from arapp.documents.letterhead import LETTERHEAD_HEIGHT, MARGIN, PAGE, Pieces, para
from arapp.domain import money
from arapp.i18n import tr
from arapp.outbox.common import BatchResult, CancelledFn, Job, Made, ProgressFn, language, make_one, run_batch
from arapp.reports.receipt_document import ReceiptDocument, receipt_document, receipts_on
from arapp.services.documents import DocumentPart

__all__ = ["make_receipt", "make_receipts", "preview_receipt", "receipt_job", "receipt_story"]

VOID_RED = colors.HexColor("#C62828")
RULE = colors.HexColor("#7F8FA6")
HEADER_BG = colors.HexColor("#DCE6F1")
TOTAL_BG = colors.HexColor("#EEEEEE")

#: The cut line's height between the two copies; it is centred on the middle of the sheet.
CUT_HEIGHT = 8 * mm
_FRAME_TOP = PAGE[1] - MARGIN - LETTERHEAD_HEIGHT + 6 * mm        # where the body frame starts (from the bottom)
#: The heights of the two copies on one page: the 存根 under the letterhead, the 客户联 below the cut.
TOP_COPY_HEIGHT = _FRAME_TOP - PAGE[1] / 2 - CUT_HEIGHT / 2
BOTTOM_COPY_HEIGHT = PAGE[1] / 2 - CUT_HEIGHT / 2 - MARGIN - 1     # a point spare, so rounding never breaks the page


def receipt_job(receipt, *, two_copies: bool = False) -> Job:
    """The receipt (id, number or row) to lay: one copy, or 存根 and 客户联 on one page."""
    doc = receipt_document(receipt.id if hasattr(receipt, "id") else receipt)
    title = tr("outbox", "Receipt {number}", number=doc.number)
    part = DocumentPart(customer_id=doc.customer_id, kind="receipt", title=title, lang=language(),
                        receipt_id=doc.id, amount=doc.amount, as_of=doc.date)
    return Job(story=lambda pieces: receipt_story(pieces, doc, two_copies=two_copies), part=part,
               file_stem=tr("outbox", "Receipt {number} {customer}", number=doc.number, customer=doc.customer_name))


def make_receipt(receipt, *, two_copies: bool = False, out: str | os.PathLike | None = None) -> Made:
    """Make the receipt's PDF and archive it (linked to the receipt and its customer);
    written to ``out`` too when given."""
    return make_one(receipt_job(receipt, two_copies=two_copies), out=out)


def preview_receipt(receipt, *, two_copies: bool = False) -> bytes:
    """The receipt's PDF to look at; nothing is archived."""
    return make_one(receipt_job(receipt, two_copies=two_copies), keep=False).content


def make_receipts(on: _dt.date, out: str | os.PathLike, *, combined: bool = True, two_copies: bool = False,
                  progress: ProgressFn | None = None, cancelled: CancelledFn | None = None) -> BatchResult:
    """Make every receipt dated ``on`` (reversed ones marked 作废): one PDF at ``out``
    (``combined``) or one file per receipt in the folder ``out``; archived only when all
    are finished (a cancelled batch archives nothing)."""
    jobs = [receipt_job(r_id, two_copies=two_copies) for r_id in receipts_on(on)]
    return run_batch(jobs, out, combined=combined, file_name=tr("outbox", "Receipts {date}", date=on.isoformat()),
                     title=tr("outbox", "Receipts {date}", date=on.isoformat()), progress=progress,
                     cancelled=cancelled)


# ------------------------------------------------------------------ the content

def receipt_story(pieces: Pieces, doc: ReceiptDocument, *, two_copies: bool = False) -> list[Flowable]:
    """The flowables of one receipt: a single copy, or the two copies with the cut line."""
    if not two_copies:
        return [_Copy(_copy_content(pieces, doc, copy_label=""), void=_void_words(doc), font=pieces.font)]
    return [
        _Copy(_copy_content(pieces, doc, copy_label=tr("outbox", "Stub"), compact=True),
              height=TOP_COPY_HEIGHT, void=_void_words(doc), font=pieces.font),
        _CutLine(pieces.font, CUT_HEIGHT),
        _Copy(_copy_content(pieces, doc, copy_label=tr("outbox", "Customer's copy"), compact=True,
                            with_company=True),
              height=BOTTOM_COPY_HEIGHT, void=_void_words(doc), font=pieces.font),
    ]


def _void_words(doc: ReceiptDocument) -> str:
    return tr("outbox", "VOID") if doc.reversed else ""


def _styles(pieces: Pieces, compact: bool) -> dict[str, ParagraphStyle]:
    size = 9.5 if compact else 10.5
    base = ParagraphStyle("rc", parent=pieces.styles["body"], fontSize=size, leading=size + 4, spaceAfter=0)
    return {
        "text": base,
        "bold": ParagraphStyle("rc_b", parent=base, fontSize=size + 0.5),
        "title": ParagraphStyle("rc_t", parent=base, fontSize=16 if compact else 20, leading=20 if compact else 26,
                                alignment=1),
        "right": ParagraphStyle("rc_r", parent=base, alignment=2),
        "company": ParagraphStyle("rc_c", parent=base, fontSize=size + 1.5, leading=size + 5, alignment=1),
        "void": ParagraphStyle("rc_v", parent=base, textColor=VOID_RED),
        "big": ParagraphStyle("rc_big", parent=base, fontSize=size + 1.5, leading=size + 5),
    }


def _copy_content(pieces: Pieces, doc: ReceiptDocument, *, copy_label: str, compact: bool = False,
                  with_company: bool = False) -> list[Flowable]:
    s = _styles(pieces, compact)
    width = pieces.width
    gap = (1.5 if compact else 3) * mm
    out: list[Flowable] = []
    if with_company:
        out.append(para(pieces.letterhead.name, s["company"]))
    head = Table([[para(copy_label, s["text"]), para(tr("outbox", "RECEIPT"), s["title"]),
                   para(tr("outbox", "No. {number}", number=doc.number), s["right"])]],
                 colWidths=[width * 0.3, width * 0.4, width * 0.3],
                 style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *_no_padding()])
    out += [head, Spacer(1, gap)]

    payer = tr("outbox", "{name} ({code})", name=doc.customer_name, code=doc.customer_code)
    info = [[para(tr("outbox", "Received from: {payer}", payer=payer), s["big"]),
             para(tr("outbox", "Date: {date}", date=doc.date.isoformat()), s["right"])]]
    where = [x for x in (
        tr("outbox", "Unit: {unit}", unit=doc.unit) if doc.unit else "",
        tr("outbox", "Address: {address}", address=doc.customer_address) if doc.customer_address else "") if x]
    if where:
        info.append([para("　".join(where), s["text"]), ""])
    out += [Table(info, colWidths=[width * 0.7, width * 0.3], style=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                                      *_no_padding(bottom=1)]),
            Spacer(1, gap)]

    out.append(_paid_table(pieces, doc, compact))
    out.append(Spacer(1, gap))
    figures = money.format_amount(doc.amount)
    words = money.amount_in_words(doc.amount)
    amounts = Table([[para(tr("outbox", "Amount: {amount}", amount=figures), s["big"]),
                      para(tr("outbox", "In words (RMB): {words}", words=words), s["big"])]],
                    colWidths=[width * 0.35, width * 0.65],
                    style=[("BOX", (0, 0), (-1, -1), 0.6, RULE), ("LINEAFTER", (0, 0), (0, 0), 0.4, RULE),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])
    out += [amounts, Spacer(1, gap)]
    how = [tr("outbox", "Method: {method}", method=names.payment_method(doc.method))]
    if doc.reference:
        how.append(tr("outbox", "Reference: {reference}", reference=doc.reference))
    if doc.memo:
        how.append(tr("outbox", "Memo: {memo}", memo=doc.memo))
    out.append(Table([[para(x, s["text"]) for x in how]], colWidths=[width / len(how)] * len(how),
                     style=[("VALIGN", (0, 0), (-1, -1), "TOP"), *_no_padding()]))
    if doc.reversed:
        out += [Spacer(1, gap / 2),
                para(tr("outbox", "VOID: this payment was reversed on {date} by {user}. Reason: {reason}",
                        date=doc.reversed_on.isoformat() if doc.reversed_on else "", user=doc.reversed_by or "—",
                        reason=doc.reversal_reason or "—"), s["void"])]
    out.append(Spacer(1, gap))
    cashier = para(tr("outbox", "Cashier: {name}", name=doc.cashier or "—"), s["text"])
    sign = pieces.signature(doc.date.isoformat(),
                            signer=tr("outbox", "Received by (seal): {company}", company=pieces.letterhead.name))
    out.append(Table([[cashier, sign]], colWidths=[width * 0.4, width * 0.6],
                     style=[("VALIGN", (0, 0), (0, 0), "BOTTOM"), *_no_padding()]))
    return out


def _paid_table(pieces: Pieces, doc: ReceiptDocument, compact: bool) -> Table:
    """What the money paid: each invoice (number, issue date, due date, amount applied), the
    part kept as credit (预收), and the total."""
    size = 8.5 if compact else 9
    header = [tr("outbox", "Invoice"), tr("outbox", "Issue date"), tr("outbox", "Due date"),
              tr("outbox", "Amount applied")]
    rows = [[line.invoice_number, line.issue_date.isoformat(), line.due_date.isoformat(),
             money.format_amount(line.amount, symbol=False)] for line in doc.lines]
    if doc.prepaid:
        rows.append([tr("outbox", "Prepayment (kept as credit)"), "", "", money.format_amount(doc.prepaid, symbol=False)])
    total = [tr("outbox", "Total"), "", "", money.format_amount(doc.amount, symbol=False)]
    w = pieces.width
    table = pieces.table(header, rows, numeric=[3], widths=[w * 0.34, w * 0.2, w * 0.2, w * 0.26], total=total,
                         font_size=size)
    if doc.prepaid:
        table.setStyle([("SPAN", (0, len(rows)), (2, len(rows)))])
    table.setStyle([("SPAN", (0, len(rows) + 1), (2, len(rows) + 1))])
    return table


def _no_padding(bottom: float = 0) -> list:
    return [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), bottom)]


# ------------------------------------------------------------------ flowables of their own

class _Copy(Flowable):
    """One copy of a receipt: its content in a box ``height`` tall (shrunk to fit; the
    content's own height when None), with the 作废 stamp across it for a reversed payment."""

    def __init__(self, content: list[Flowable], *, height: float | None = None, void: str = "", font: str = ""):
        super().__init__()
        self.content, self.fixed, self.void, self.font = content, height, void, font

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        room = self.fixed if self.fixed is not None else availHeight
        self.inner = KeepInFrame(availWidth, room, self.content, mode="shrink")
        self.inner_w, self.inner_h = self.inner.wrapOn(self.canv, availWidth, room)
        self.width = availWidth
        self.height = self.fixed if self.fixed is not None else self.inner_h
        return self.width, self.height

    def draw(self):
        self.inner.drawOn(self.canv, 0, self.height - self.inner_h)
        if self.void:
            _stamp(self.canv, self.void, self.font, self.width / 2, self.height / 2, min(self.height, 110 * mm))


def _stamp(c, text: str, font: str, cx: float, cy: float, room: float) -> None:
    """A red 作废 stamp, boxed and turned 25°, half transparent so the receipt stays legible."""
    size = max(28.0, min(72.0, room * 0.38))
    c.saveState()
    c.translate(cx, cy)
    c.rotate(25)
    c.setFillColor(VOID_RED)
    c.setStrokeColor(VOID_RED)
    c.setFillAlpha(0.38)
    c.setStrokeAlpha(0.55)
    c.setFont(font, size)
    w = c.stringWidth(text, font, size)
    c.drawCentredString(0, -size * 0.35, text)
    c.setLineWidth(3)
    pad = size * 0.3
    c.roundRect(-w / 2 - pad, -size * 0.35 - pad, w + 2 * pad, size + pad * 1.4, size * 0.15, stroke=1, fill=0)
    c.restoreState()


class _CutLine(Flowable):
    """A dashed line across the page with 'cut here' in its middle."""

    def __init__(self, font: str, height: float):
        super().__init__()
        self.font, self.height = font, height

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = availWidth
        return availWidth, self.height

    def draw(self):
        c = self.canv
        y = self.height / 2
        label = tr("outbox", "cut here")
        c.setFont(self.font, 7.5)
        label_w = c.stringWidth(label, self.font, 7.5) + 6 * mm
        c.setStrokeColor(RULE)
        c.setDash(3, 2)
        c.setLineWidth(0.6)
        middle = self.width / 2
        c.line(-MARGIN / 2, y, middle - label_w / 2, y)
        c.line(middle + label_w / 2, y, self.width + MARGIN / 2, y)
        c.setDash()
        c.setFillColor(RULE)
        c.drawCentredString(middle, y - 2.5, label)
