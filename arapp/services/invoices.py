"""Invoices (应收单): draft, post with a gap-free number, void with a reason.

Each line carries 金额 (quantity × unit price), an optional VAT rate and its 税额 (金额 ×
rate, half up to the fen: :mod:`arapp.domain.tax`); the invoice's total, what the customer
owes, is the sum of the lines' 价税合计 (金额 + 税额)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from arapp import clock, names
from arapp.db import lookups
from arapp.db.database import db, service_writes
from arapp.db.models import Invoice, InvoiceLine, now
from arapp.domain import limits, tax, text
from arapp.domain import vocabulary as vocab
from arapp.errors import ImmutableError, ValidationError
from arapp.i18n import tr
from arapp.services import allocation as alloc
from arapp.services.audit import record_audit, snapshot
from arapp.services.changes import NOTHING, Changes, money_moved
from arapp.services.context import current_actor
from arapp.services.numbering import next_number
from arapp.services.settings import check_book_date, check_not_after_today, date_window

SOURCES = vocab.INVOICE_SOURCES


@dataclass
class LineInput:
    """One invoice line as typed: quantity may have up to three decimals; the tax rate
    as typed (``"13%"``) or in basis points (1300), none when blank or 0."""

    description: str
    quantity: Decimal | int | str = 1
    unit_price: int = 0          # fen
    amount: int | None = None    # fen, before tax; computed from quantity × price when None
    tax_rate: int | str | None = 0


@dataclass
class InvoiceResult:
    """What an invoice service did."""

    invoice_id: int
    number: str | None
    customer_code: str
    status: str
    total: int
    open_amount: int
    credit_applied: int = 0
    released: int = 0
    changes: Changes = NOTHING
    tax: int = 0                 # the VAT (税额) within ``total``


def _build_lines(lines: list[LineInput]) -> list[dict]:
    if not lines:
        raise ValidationError(tr("services", "An invoice needs at least one line"), field="lines")
    built = []
    for i, line in enumerate(lines, start=1):
        desc = text.clean_text(line.description, text.LINE, tr("services", "Line {line}: the description", line=i),
                               field="description")
        if not desc:
            raise ValidationError(tr("services", "Line {line}: the description is empty", line=i), field="description")
        qm = limits.parse_quantity(line.quantity, line=i)
        if not isinstance(line.unit_price, int) or isinstance(line.unit_price, bool):
            raise ValidationError(tr("services", "Line {line}: the price must be in fen (an integer)", line=i))
        limits.check_amount(line.unit_price, tr("services", "Unit price on line {line}", line=i), field="unit_price")
        amount = line.amount
        if amount is None:
            amount = limits.line_amount(qm, line.unit_price)
        if not isinstance(amount, int) or isinstance(amount, bool) or amount < 0:
            raise ValidationError(tr("services", "Line {line}: the amount must be zero or more", line=i), field="amount")
        limits.check_amount(amount, tr("services", "Amount of line {line}", line=i), field="amount")
        rate = tax.parse_tax_rate(line.tax_rate, line=i)
        line_tax = tax.line_tax(amount, rate)
        limits.check_amount(amount + line_tax, tr("services", "Amount with tax of line {line}", line=i),
                            field="amount")
        built.append({"line_no": i, "description": desc, "quantity_milli": qm,
                      "unit_price": line.unit_price, "amount": amount, "tax_rate": rate, "tax_amount": line_tax})
    return built


def _tax_of(invoice_id: int) -> int:
    """The VAT (税额) of an invoice's lines."""
    return int(InvoiceLine.select(fn.COALESCE(fn.SUM(InvoiceLine.tax_amount), 0))
               .where(InvoiceLine.invoice == invoice_id).scalar() or 0)


def create_invoice(customer, issue_date: _dt.date, *, due_date: _dt.date | None = None,
                   lines: list[LineInput] | None = None, amount: int | None = None,
                   description: str = "", period: str = "", source: str = "manual",
                   post: bool = False, apply_credit: bool = True,
                   override_reason: str | None = None) -> InvoiceResult:
    """Write a draft invoice (and post it when ``post``). Due date defaults to the
    customer's payment terms after the issue date. ``amount`` without ``lines`` makes
    one line carrying the description. Posting for a customer on credit hold raises
    ``CreditHoldError`` unless a manager gives ``override_reason``."""
    actor = current_actor()
    actor.require("invoice.create")
    if post:
        actor.require("invoice.post")
    if source not in SOURCES:
        raise ValidationError(tr("services", "Unknown invoice source '{value}'", value=source))
    description = text.clean_text(description, text.LINE, tr("services", "The description"), field="description")
    with db.atomic():
        cust = lookups.customer(customer)
        check_book_date(issue_date, tr("services", "Issue date"), field="issue_date")
        if due_date is None:
            due_date = issue_date + _dt.timedelta(days=cust.payment_terms_days)
        limits.check_due_date(issue_date, due_date)
        period = limits.parse_period(period, date_window())
        if lines is None:
            if amount is None:
                raise ValidationError(tr("services", "Give an amount or invoice lines"), field="amount")
            limits.check_amount(amount, tr("services", "Invoice amount"), field="amount")
            lines = [LineInput(description or tr("services", "Invoice"), 1, amount, amount)]
        built = _build_lines(lines)
        total = sum(b["amount"] + b["tax_amount"] for b in built)
        if total <= 0:
            raise ValidationError(tr("services", "The invoice total must be more than zero"), field="amount")
        limits.check_amount(total, tr("services", "Invoice total"), field="amount")
        with service_writes():
            inv = Invoice.create(
                customer=cust, issue_date=issue_date, due_date=due_date, period=period,
                description=description, total=total, open_amount=total, status="draft", source=source,
                created_at=now(), created_by=actor.username,
            )
            for b in built:
                InvoiceLine.create(invoice=inv, **b)
        record_audit("create", "invoice", inv.id, None, {**snapshot(inv), "lines": built})
        result = InvoiceResult(inv.id, None, cust.code, "draft", total, total,
                               changes=Changes.of(invoice=inv.id, customer=cust.id),
                               tax=sum(b["tax_amount"] for b in built))
        if post:
            posted = _post(inv, apply_credit=apply_credit, override_reason=override_reason)
            posted.changes = result.changes | posted.changes
            return posted
    return result


def post_invoice(ref, *, apply_credit: bool = True, override_reason: str | None = None) -> InvoiceResult:
    """Post a draft: give it the next number of its year, freeze it, and use any
    customer credit (预收) on it when ``apply_credit``."""
    current_actor().require("invoice.post")
    with db.atomic():
        inv = alloc.lock_invoice(lookups.invoice(ref).id)
        return _post(inv, apply_credit=apply_credit, override_reason=override_reason)


def _post(inv: Invoice, *, apply_credit: bool, override_reason: str | None = None) -> InvoiceResult:
    from arapp.services.credit import check_credit_for_posting

    if inv.status != "draft":
        raise ImmutableError(tr("services", "Invoice {number} is already posted", number=inv.number or inv.id))
    limits.check_amount(inv.total, tr("services", "Invoice total"), field="amount")   # a draft from an older version
    check_book_date(inv.issue_date, tr("services", "Issue date"), field="issue_date")  # the window may have moved
    check_credit_for_posting(inv.customer, inv.total, override_reason, inv.id, invoice_date=inv.issue_date)
    before = snapshot(inv)
    number = next_number("invoice", inv.issue_date.year)
    with service_writes():
        Invoice.update(number=number, status="posted", posted_at=now(), posted_by=current_actor().username) \
            .where(Invoice.id == inv.id).execute()
    inv = Invoice.get_by_id(inv.id)
    record_audit("post", "invoice", inv.id, before, snapshot(inv))
    changes = Changes.of(invoice=inv.id, customer=inv.customer_id)
    applied = 0
    if apply_credit:
        made = alloc.apply_credit(inv.customer_id, inv.issue_date, only_invoice_ids={inv.id})
        applied = sum(a.amount for a in made)
        if applied:
            changes |= money_moved(made)
        inv = Invoice.get_by_id(inv.id)
    return InvoiceResult(inv.id, inv.number, inv.customer.code, inv.status, inv.total, inv.open_amount,
                         credit_applied=applied, changes=changes, tax=_tax_of(inv.id))


def delete_draft_invoice(ref) -> InvoiceResult:
    """Throw away a draft (never a posted invoice: void that instead)."""
    current_actor().require("invoice.create")
    with db.atomic():
        inv = lookups.invoice(ref)
        if inv.status != "draft":
            raise ImmutableError(
                tr("services", "Invoice {number} is posted: void it instead of deleting", number=inv.number))
        before = snapshot(inv)
        InvoiceLine.delete().where(InvoiceLine.invoice == inv.id).execute()
        inv.delete_instance()
        record_audit("delete", "invoice", inv.id, before, None)
    return InvoiceResult(inv.id, None, inv.customer.code, "deleted", inv.total, 0,
                         changes=Changes.of(invoice=inv.id, customer=inv.customer_id))


def void_invoice(ref, reason: str, *, date: _dt.date | None = None) -> InvoiceResult:
    """Void (作废) a posted invoice with a reason. Money already allocated to it goes
    back to the receipts and credit notes it came from (the customer's credit)."""
    actor = current_actor()
    actor.require("invoice.void")
    reason = text.clean_text(reason, text.NOTE, tr("services", "The reason"), field="reason")
    if not reason:
        raise ValidationError(tr("services", "A reason is required to void an invoice"), field="reason")
    date = check_not_after_today(date or clock.today(), tr("services", "Void date"), field="date")
    with db.atomic():
        inv = alloc.lock_invoice(lookups.invoice(ref).id)
        if inv.status == "draft":
            raise ValidationError(tr("services", "A draft is not voided; delete it instead"))
        if inv.status in ("void", "written_off"):
            raise ValidationError(
                tr("services", "Invoice {number} is already {status}", number=inv.number, status=names.invoice_status(inv.status)))
        if date < inv.issue_date:
            raise ValidationError(
                tr("services", "The void date {date} is before the invoice date {issue}", date=date, issue=inv.issue_date),
                field="date")
        before = snapshot(inv)
        released = 0
        changes = Changes.of(invoice=inv.id, customer=inv.customer_id)
        for a in alloc.live_allocations(invoice_id=inv.id):
            changes |= money_moved([a, alloc.reverse_allocation(a, date)])
            released += a.amount
        inv = Invoice.get_by_id(inv.id)
        # A backdated void takes effect on its date (as its reversals do), at this time of day.
        voided_at = _dt.datetime.combine(date, now().time()) if date != clock.today() else now()
        Invoice.update(status="void", open_amount=0, void_reason=reason, voided_at=voided_at,
                       voided_by=actor.username).where(Invoice.id == inv.id).execute()
        inv = Invoice.get_by_id(inv.id)
        record_audit("void", "invoice", inv.id, before, snapshot(inv))
    return InvoiceResult(inv.id, inv.number, inv.customer.code, "void", inv.total, 0, released=released,
                         changes=changes, tax=_tax_of(inv.id))


def invoice_lines(ref) -> list[InvoiceLine]:
    """An invoice's lines in order, each with 金额, rate, 税额 and 价税合计 (``gross``)."""
    inv = lookups.invoice(ref)
    return list(InvoiceLine.select().where(InvoiceLine.invoice == inv.id).order_by(InvoiceLine.line_no))
