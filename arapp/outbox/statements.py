"""Statements of account (对账单) that go out: one customer's, or a batch for a period.

A statement is laid on the letterhead: the customer, the period, the opening balance,
every movement of the period with its running balance (or, with ``open_only``, the
invoices open and the credits unapplied at the end date), the closing balance in figures
and in capitals (大写), the aging footer, how to pay (the QR carries the closing balance
when something is owed, and the customer's code as the reference), and the confirmation
slip (回执) below a cut line: 核对相符 / 不符, lines for the differences, the customer's
signature and seal, and where to send it back.

The figures come from :mod:`arapp.reports.statement` (the closing balance is the as-of
balance of the end date). :func:`make_statement` archives what it made;
:func:`preview_statement` archives nothing; :func:`make_statements` makes a batch for
every customer with a balance or a movement in the period, archived whole or not at all.
"""

from __future__ import annotations

import datetime as _dt
import os

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from arapp import clock
from arapp.documents.letterhead import MUTED, RULE, Pieces, para
from arapp.domain import money
from arapp.domain import templates as tpl
from arapp.i18n import tr
from arapp.outbox.common import (
    BatchResult,
    CancelledFn,
    Job,
    Made,
    ProgressFn,
    language,
    long_date,
    make_one,
    run_batch,
    you,
)
from arapp.reports.company import letterhead
from arapp.reports.customers import customer_match
from arapp.reports.statement import Statement, check_period, statement, statement_customers, statements
from arapp.services.context import current_actor
from arapp.services.documents import DocumentPart
from arapp.services.settings import check_book_date

__all__ = ["make_statement", "make_statements", "preview_statement", "statement_customers", "statement_job",
           "statement_jobs", "statement_values", "statement_story"]

# ------------------------------------------------------------------ the period and the customer

def checked_period(start, end) -> tuple[_dt.date, _dt.date]:
    """The period when both days are dates the books accept and ``start`` <= ``end``;
    otherwise a ValidationError naming the field."""
    start = check_book_date(start, tr("statement", "The statement's first day"), field="start")
    end = check_book_date(end, tr("statement", "The statement's last day"), field="end")
    check_period(start, end)
    return start, end


def _customer_id(customer) -> int:
    if isinstance(customer, int) and not isinstance(customer, bool):
        return customer_match(customer).id
    return customer_match(str(customer)).id


def _amount(fen: int) -> str:
    return money.format_amount(fen, symbol=False)


def _date(day: _dt.date) -> str:
    return day.isoformat()


def _long_date(day: _dt.date) -> str:
    return long_date(day)


def _capitals(fen: int) -> str:
    return tr("statement", "RMB {words}", words=money.amount_in_words(fen))


def document_title(st: Statement) -> str:
    """What the archive calls one statement."""
    return tr("statement", "Statement of account {start} to {end}", start=_date(st.start), end=_date(st.end))


# ------------------------------------------------------------------ the layout

class _CutLine(Flowable):
    """A dashed line across the page with a word in the middle: cut here."""

    def __init__(self, pieces: Pieces, text: str):
        super().__init__()
        self.pieces, self.text = pieces, text
        self.height = 8 * mm

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        self.width = availWidth
        return availWidth, self.height

    def draw(self):
        c = self.canv
        font = self.pieces.font
        y = self.height / 2
        text_w = c.stringWidth(self.text, font, 8) + 6 * mm
        left_end = (self.width - text_w) / 2
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.6)
        c.setDash(3, 2)
        c.line(0, y, left_end, y)
        c.line(left_end + text_w, y, self.width, y)
        c.setDash()
        c.setFont(font, 8)
        c.setFillColor(MUTED)
        c.drawCentredString(self.width / 2, y - 3, self.text)


def _grid(pieces: Pieces, header: list[str], rows: list[list], widths_mm: list[float], numeric: list[int], *,
          total: list[str] | None = None, font_size: float = 8.5, bold_rows: tuple[int, ...] = ()) -> Table:
    widths = [w * mm for w in widths_mm]
    table = pieces.table(header, rows, numeric=numeric, widths=widths, total=total, font_size=font_size)
    extra = [("BACKGROUND", (0, r), (-1, r), "#F4F6F9") for r in bold_rows]
    if extra:
        table.setStyle(extra)
    return table


def _customer_block(pieces: Pieces, st: Statement) -> Table:
    s = pieces.styles
    left = [
        para(tr("statement", "Customer: {name}", name=st.name), s["body"]),
        para(tr("statement", "Customer code: {code}", code=st.code), s["cell"]),
        para(tr("statement", "Address: {address}", address=st.address or "—"), s["cell"]),
        para("　".join((tr("statement", "Contact: {contact}", contact=st.contact or "—"),
                        tr("statement", "Phone: {phone}", phone=st.phone or "—"))), s["cell"]),
    ]
    right = [
        para(tr("statement", "Period: {start} to {end}", start=_date(st.start), end=_date(st.end)), s["cell"]),
        para(tr("statement", "Opening balance: {amount}", amount=money.format_amount(st.opening)), s["cell"]),
        para(tr("statement", "Closing balance: {amount}", amount=money.format_amount(st.closing)), s["cell"]),
        para(tr("statement", "Currency: RMB (yuan)"), s["cell"]),
    ]
    rows = [[left[0], right[0]], [left[1], right[1]], [left[2], right[2]], [left[3], right[3]]]
    return Table(rows, colWidths=[pieces.width * 0.6, pieces.width * 0.4], hAlign="LEFT",
                 style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                        ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE)])


def _movements_table(pieces: Pieces, st: Statement) -> Table:
    cell = pieces.styles["cell"]
    words = ParagraphStyle("statement_type", parent=cell, wordWrap=None)   # "Payment received" breaks at the space
    header = [tr("statement", "Date"), tr("statement", "Type"), tr("statement", "Number"),
              tr("statement", "Description"), tr("statement", "Increase"), tr("statement", "Decrease"),
              tr("statement", "Balance")]
    rows: list[list] = [[_date(st.start), tr("statement", "Opening balance"), "", "", "", "", _amount(st.opening)]]
    for m in st.movements:
        rows.append([_date(m.date), para(m.entry_name, words), m.number, para(m.description, cell),
                     _amount(m.debit) if m.debit else "", _amount(m.credit) if m.credit else "",
                     _amount(m.balance)])
    total = [_date(st.end), tr("statement", "Period total"), "", "", _amount(st.debit_total),
             _amount(st.credit_total), _amount(st.closing)]
    table = _grid(pieces, header, rows, [18, 25, 29, 36, 22, 22, 22], [4, 5, 6], total=total, bold_rows=(1,))
    table.setStyle([("SPAN", (1, 1), (3, 1)), ("SPAN", (1, -1), (3, -1))])
    return table


def _open_items_tables(pieces: Pieces, st: Statement) -> list[Flowable]:
    s = pieces.styles
    out: list[Flowable] = [para(tr("statement", "Invoices open on {date}", date=_date(st.end)), s["heading"])]
    header = [tr("statement", "Number"), tr("statement", "Invoice date"), tr("statement", "Due date"),
              tr("statement", "Amount"), tr("statement", "Still owed"), tr("statement", "Days overdue")]
    rows = [[i.number, _date(i.issue_date), _date(i.due_date), _amount(i.total), _amount(i.open_amount),
             str(i.days_overdue) if i.days_overdue else ""] for i in st.open_invoices]
    owed = sum(i.open_amount for i in st.open_invoices)
    if rows:
        out.append(_grid(pieces, header, rows, [38, 26, 26, 30, 30, 24], [3, 4, 5],
                         total=[tr("statement", "Total"), "", "", "", _amount(owed), ""]))
    else:
        out.append(para(tr("statement", "No invoice is open."), s["body"]))
    if st.open_credits:
        out.append(para(tr("statement", "Payments and credits not yet applied on {date}", date=_date(st.end)),
                        s["heading"]))
        header = [tr("statement", "Type"), tr("statement", "Number"), tr("statement", "Date"),
                  tr("statement", "Amount"), tr("statement", "Not yet applied")]
        rows = [[c.entry_name, c.number, _date(c.date), _amount(c.amount), _amount(c.unapplied)]
                for c in st.open_credits]
        credit = sum(c.unapplied for c in st.open_credits)
        out.append(_grid(pieces, header, rows, [30, 44, 26, 37, 37], [3, 4],
                         total=[tr("statement", "Total"), "", "", "", _amount(credit)]))
    return out


def _closing(pieces: Pieces, st: Statement) -> list[Flowable]:
    s = pieces.styles
    if st.closing >= 0:
        line = tr("statement", "Balance owed to us on {date}: {amount}", date=_date(st.end),
                  amount=money.format_amount(st.closing))
    else:
        line = tr("statement", "Balance in your favour on {date}: {amount}", date=_date(st.end),
                  amount=money.format_amount(-st.closing))
    return [Spacer(1, 2 * mm), para(line, s["heading"]),
            para(tr("statement", "In capitals: {words}", words=_capitals(abs(st.closing))), s["body"])]


def _aging_footer(pieces: Pieces, st: Statement) -> list[Flowable]:
    footer = st.aging
    if footer is None:
        return []
    s = pieces.styles
    header = [*footer.labels, tr("statement", "Credit"), tr("statement", "Net")]
    row = [_amount(b) for b in footer.buckets] + [_amount(footer.credit), _amount(footer.net)]
    n = len(header)
    width = pieces.width / mm / n
    return [para(tr("statement", "Aging on {date} (days past the due date)", date=_date(st.end)), s["heading"]),
            _grid(pieces, header, [row], [width] * n, list(range(n)), font_size=7.5)]


def _slip(pieces: Pieces, st: Statement) -> Flowable:
    s = pieces.styles
    lh = pieces.letterhead
    owed = (tr("statement", "owed to you {amount} (in capitals: {words})", amount=money.format_amount(st.closing),
               words=_capitals(st.closing)) if st.closing >= 0 else
            tr("statement", "in our favour {amount} (in capitals: {words})", amount=money.format_amount(-st.closing),
               words=_capitals(-st.closing)))
    header = [tr("statement", "Date"), tr("statement", "Number"), tr("statement", "Amount"),
              tr("statement", "What differs")]
    blank = [["", "", "", ""] for _ in range(3)]
    differences = pieces.table(header, blank, widths=[28 * mm, 40 * mm, 30 * mm, pieces.width - 98 * mm])
    differences.setStyle([("ROWBACKGROUNDS", (0, 1), (-1, -1), ["#FFFFFF"]), ("TOPPADDING", (0, 1), (-1, -1), 4),
                          ("BOTTOMPADDING", (0, 1), (-1, -1), 4)])
    back = "　".join(x for x in (
        lh.name,
        tr("statement", "Address: {address}", address=lh.address) if lh.address else "",
        tr("statement", "Phone: {phone}", phone=lh.phone) if lh.phone else "",
        tr("statement", "Contact: {contact}", contact=lh.contact) if lh.contact else "") if x)
    signature = Table(
        [[para(tr("statement", "Customer's seal:"), s["body"]),
          para(tr("statement", "Signed by: __________"), s["body"]),
          para(tr("statement", "Date: ______________"), s["body"])]],
        colWidths=[pieces.width * 0.4, pieces.width * 0.32, pieces.width * 0.28], rowHeights=[14 * mm],
        style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)], hAlign="LEFT")
    slip = [
        _CutLine(pieces, tr("statement", "Cut here and return the confirmation")),
        para(tr("statement", "Confirmation of the statement"), pieces.styles["heading"]),
        para(tr("statement", "To {company}:", company=lh.name), s["body"]),
        para(tr("statement", "We, {customer} (code {code}), have checked your statement for {start} to {end}, "
                             "which shows a balance {owed} on {end}.", customer=st.name, code=st.code,
                start=_date(st.start), end=_date(st.end), owed=owed), s["body"]),
        para(tr("statement", "□ The statement agrees with our books　　　□ It does not agree; the differences:"),
             s["body"]),
        differences,
        Spacer(1, 3 * mm),
        signature,
        para(tr("statement", "Please return to: {address}", address=back), s["small"]),
    ]
    return KeepTogether(slip)


def statement_story(pieces: Pieces, st: Statement) -> list[Flowable]:
    """The flowables of one statement (the letterhead and page numbers are the page's)."""
    s = pieces.styles
    story: list[Flowable] = [pieces.title(tr("statement", "Statement of account")), _customer_block(pieces, st),
                             Spacer(1, 3 * mm)]
    if st.open_only:
        story += _open_items_tables(pieces, st)
    else:
        if not st.movements:
            story.append(para(tr("statement", "Nothing moved on the account in this period."), s["body"]))
        story.append(_movements_table(pieces, st))
    story += _closing(pieces, st)
    story += _aging_footer(pieces, st)
    block = pieces.payment_block(amount=st.closing if st.closing > 0 else None, reference=st.code)
    if block is not None and st.closing > 0:
        story += [Spacer(1, 3 * mm), block]
    story.append(para(tr("statement", "Please check this statement, mark the confirmation below, sign and seal it "
                                      "and return it to us. If we hear nothing within 15 days we take the "
                                      "balance as agreed."), s["small"]))
    story.append(pieces.signature(_long_date(clock.today())))
    story.append(Spacer(1, 2 * mm))
    story.append(_slip(pieces, st))
    return story


# ------------------------------------------------------------------ jobs and what the window calls

def _job(st: Statement, lang: str) -> Job:
    part = DocumentPart(customer_id=st.customer_id, kind="statement", code="statement", title=document_title(st),
                        lang=lang, as_of=st.end, period_from=st.start, period_to=st.end, amount=st.closing)
    stem = tr("statement", "statement-{code}-{start}-{end}", code=st.code, start=_date(st.start),
              end=_date(st.end))
    return Job(story=lambda pieces: statement_story(pieces, st), part=part, file_stem=stem)


def statement_jobs(made: list[Statement]) -> list[Job]:
    """Jobs for statements already read (:func:`arapp.reports.statement.statements`)."""
    lang = language()
    return [_job(st, lang) for st in made]


def statement_job(customer, start: _dt.date, end: _dt.date, *, open_only: bool = False) -> Job:
    """The statement of ``customer`` (id or code) for ``start`` .. ``end``, to lay and archive."""
    start, end = checked_period(start, end)
    return _job(statement(_customer_id(customer), start, end, open_only=open_only), language())


def make_statement(customer, start: _dt.date, end: _dt.date, *, open_only: bool = False,
                   out: str | os.PathLike | None = None) -> Made:
    """Make ``customer``'s statement for the period, archive it (one document, kind
    ``statement``, amount = the closing balance) and write it to ``out`` when given."""
    current_actor().require("document.make")
    job = statement_job(customer, start, end, open_only=open_only)
    return make_one(job, out=out)


def preview_statement(customer, start: _dt.date, end: _dt.date, *, open_only: bool = False) -> bytes:
    """The PDF of ``customer``'s statement for the period; archives nothing."""
    return make_one(statement_job(customer, start, end, open_only=open_only), keep=False).content


def make_statements(start: _dt.date, end: _dt.date, out: str | os.PathLike, *, combined: bool = False,
                    open_only: bool = False, progress: ProgressFn | None = None,
                    cancelled: CancelledFn | None = None) -> BatchResult:
    """Statements for the period of every customer with a balance at the end date or a
    movement in it (:func:`statement_customers`): one PDF at ``out`` (``combined``) or
    one file per customer in the folder ``out``. Archived only when every file is
    finished; a cancelled batch (``cancelled()`` true) archives nothing and leaves no file."""
    current_actor().require("document.make")
    start, end = checked_period(start, end)
    ids = statement_customers(start, end)
    jobs = statement_jobs(statements(ids, start, end, open_only=open_only)) if ids else []
    name = tr("statement", "statements-{start}-{end}", start=_date(start), end=_date(end))
    title = tr("statement", "Statements of account {start} to {end}", start=_date(start), end=_date(end))
    return run_batch(jobs, out, combined=combined, file_name=name, title=title, progress=progress,
                     cancelled=cancelled)


def statement_values(customer, start: _dt.date, end: _dt.date) -> dict[str, str]:
    """The placeholders of the ``statement`` template (:data:`STATEMENT_FIELDS`) for
    ``customer``'s statement of the period: the e-mail's subject and text, the message."""
    start, end = checked_period(start, end)
    st = statement(_customer_id(customer), start, end)
    lh = letterhead()
    values = {
        "company_name": lh.name, "company_address": lh.address, "company_phone": lh.phone,
        "company_contact": lh.contact, "bank": lh.bank, "bank_account": lh.bank_account,
        "customer_name": st.name, "customer_code": st.code, "contact_person": st.contact,
        "customer_address": st.address, "date": _long_date(clock.today()), "reference": st.code,
        "you": you(_customer_id(customer)),
        "period_from": _date(start), "period_to": _date(end),
        "opening_balance": _amount(st.opening), "closing_balance": _amount(st.closing),
        "closing_balance_capitals": money.amount_in_words(st.closing),
    }
    return {name: values[name] for name in tpl.STATEMENT_FIELDS}

