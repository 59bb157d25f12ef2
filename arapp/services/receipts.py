"""Receipts (收款) and their allocation (核销); reversal (红字冲销)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from arapp import clock, names
from arapp.db import lookups
from arapp.db.database import db, service_writes
from arapp.db.models import Receipt, now
from arapp.domain import limits, text
from arapp.domain import vocabulary as vocab
from arapp.domain.allocation import AllocationLine
from arapp.domain.money import format_amount
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.reports.bank import lookup_account
from arapp.services import allocation as alloc
from arapp.services.audit import record_audit, snapshot
from arapp.services.bank_match import release_receipt_lines
from arapp.services.changes import NOTHING, Changes, money_moved
from arapp.services.context import current_actor
from arapp.services.numbering import next_number
from arapp.services.settings import check_not_after_today

AUTO = "auto"


@dataclass
class ReceiptResult:
    """What a receipt service did: the receipt, where its money went, and what is left."""

    receipt_id: int
    number: str
    customer_code: str
    amount: int
    allocated: list[tuple[str, int]] = field(default_factory=list)   # (invoice number, fen)
    unallocated: int = 0
    status: str = "posted"
    changes: Changes = NOTHING


def preview_allocation(customer, amount: int, allocations=AUTO) -> tuple[list[AllocationLine], int]:
    """What ``record_receipt`` would do, without writing: the allocation lines and the
    amount left over as customer credit. Manual allocations are checked the same way."""
    cust = lookups.customer(customer)
    _check_amount(amount)
    if allocations is None:
        return [], amount
    if allocations == AUTO:
        plan = alloc.plan_oldest_first(cust.id, amount)
    else:
        plan = _manual_plan(cust.id, amount, allocations)
    return plan, amount - sum(p.amount for p in plan)


def _check_amount(amount) -> None:
    if not isinstance(amount, int) or isinstance(amount, bool):
        raise ValidationError(tr("services", "The amount must be in fen (an integer)"), field="amount")
    if amount <= 0:
        raise ValidationError(tr("services", "The receipt amount must be more than zero"), field="amount")
    limits.check_amount(amount, tr("services", "Receipt amount"), field="amount")


def _manual_plan(customer_id: int, amount: int, allocations) -> list[AllocationLine]:
    plan = []
    seen = set()
    total = 0
    for ref, part in allocations:
        inv = lookups.invoice(ref)
        if inv.customer_id != customer_id:
            raise ValidationError(tr("services", "Invoice {number} belongs to another customer", number=inv.number))
        if inv.id in seen:
            raise ValidationError(tr("services", "Invoice {number} is listed twice", number=inv.number))
        seen.add(inv.id)
        if inv.status not in vocab.INVOICE_OPEN_STATUSES:
            raise ValidationError(
                tr("services", "Invoice {number} is not open (status: {status})", number=inv.number, status=names.invoice_status(inv.status)))
        if not isinstance(part, int) or isinstance(part, bool) or part <= 0:
            raise ValidationError(tr("services", "An allocation must be a positive amount"))
        if part > inv.open_amount:
            raise ValidationError(
                tr("services", "{amount} is more than the {open} still open on invoice {number}",
                   amount=format_amount(part), open=format_amount(inv.open_amount), number=inv.number))
        total += part
        plan.append(AllocationLine(inv.id, inv.number or "", inv.due_date, inv.open_amount, part))
    if total > amount:
        raise ValidationError(
            tr("services", "The allocations ({allocated}) exceed the receipt amount ({amount})",
               allocated=format_amount(total), amount=format_amount(amount)))
    return plan


def record_receipt(customer, date: _dt.date, amount: int, *, method: str = "bank", reference: str = "",
                   memo: str = "", allocations=AUTO, bank_account=None) -> ReceiptResult:
    """Record money received and allocate it: oldest due first (``"auto"``), as the
    user chose (a list of (invoice, fen)), or not at all (None). ``bank_account`` (an
    id, account number, name or row of the company's bank accounts, or None) is the
    account the money was paid into; the bank reconciliation counts it there. Whatever is not
    allocated stays on the receipt as the customer's credit (预收). Each allocation
    counts from the receipt's date, or from the later day since which the invoice has
    owed it without a break (money a reversal dated today freed counts from today; see
    :mod:`arapp.services.allocation`)."""
    actor = current_actor()
    actor.require("receipt.record")
    _check_amount(amount)
    if method not in vocab.PAYMENT_METHODS:
        raise ValidationError(tr("services", "Unknown payment method '{value}'", value=method), field="method")
    check_not_after_today(date, tr("services", "Receipt date"), field="date")
    reference = text.clean_text(reference, text.SHORT, tr("services", "The reference"), field="reference")
    memo = text.clean_text(memo, text.NOTE, tr("services", "The memo"), field="memo")
    with db.atomic():
        cust = lookups.customer(customer)
        account_id = None
        if bank_account is not None:
            account = lookup_account(bank_account)
            if not account.active:
                raise ValidationError(tr("services", "The bank account {name} is not active", name=account.name),
                                      field="bank_account")
            account_id = account.id
        plan, _left = preview_allocation(cust, amount, allocations)
        number = next_number("receipt", date.year)
        with service_writes():
            receipt = Receipt.create(number=number, customer=cust, date=date, amount=amount, method=method,
                                     reference=reference, memo=memo, status="posted",
                                     unallocated=amount, created_at=now(), created_by=actor.username,
                                     bank_account=account_id)
        record_audit("create", "receipt", receipt.id, None, snapshot(receipt))
        done, rows = [], []
        for line in plan:
            inv = lookups.invoice(line.invoice_id)
            rows.append(alloc.allocate(inv, receipt, line.amount, date))
            done.append((inv.number or "", line.amount))
        left = alloc.receipt_unallocated(receipt)
    changes = Changes.of(receipt=receipt.id, customer=cust.id) | money_moved(rows)
    return ReceiptResult(receipt.id, number, cust.code, amount, done, left, "posted", changes)


def allocate_receipt(ref, allocations=AUTO, *, date: _dt.date | None = None) -> ReceiptResult:
    """Allocate what is left of an earlier receipt (oldest due first or as chosen),
    counting from ``date`` (default today, never before the receipt's date) or the later
    day since which both the invoice has owed and the receipt has held the money."""
    current_actor().require("receipt.allocate")
    with db.atomic():
        receipt = lookups.receipt(ref)
        if receipt.status != "posted":
            raise ValidationError(tr("services", "Receipt {number} is reversed", number=receipt.number))
        left = alloc.receipt_unallocated(receipt)
        if left <= 0:
            raise ValidationError(tr("services", "Receipt {number} is fully allocated", number=receipt.number))
        if allocations == AUTO:
            plan = alloc.plan_oldest_first(receipt.customer_id, left)
        else:
            plan = _manual_plan(receipt.customer_id, left, allocations)
        date = check_not_after_today(date or max(clock.today(), receipt.date), tr("services", "Allocation date"),
                                     field="date")
        done, rows = [], []
        for line in plan:
            inv = lookups.invoice(line.invoice_id)
            rows.append(alloc.allocate(inv, receipt, line.amount, date))
            done.append((inv.number or "", line.amount))
        left = alloc.receipt_unallocated(receipt)
    changes = Changes.of(receipt=receipt.id, customer=receipt.customer_id) | money_moved(rows)
    return ReceiptResult(receipt.id, receipt.number, receipt.customer.code, receipt.amount, done, left,
                         "posted", changes)


def reverse_receipt(ref, reason: str, *, date: _dt.date | None = None) -> ReceiptResult:
    """Reverse (红字冲销) a receipt: every allocation it made gets a negative twin, the
    invoices reopen from the reversal's date (``date``, default today), and the receipt
    is marked reversed; a bank line it was matched to waits again. Nothing is deleted.
    Money paid again on those invoices counts from that date at the earliest, so date the
    reversal back when the receipt was never good."""
    actor = current_actor()
    actor.require("receipt.reverse")
    reason = text.clean_text(reason, text.NOTE, tr("services", "The reason"), field="reason")
    if not reason:
        raise ValidationError(tr("services", "A reason is required to reverse a receipt"), field="reason")
    with db.atomic():
        receipt = lookups.receipt(ref)
        if receipt.status == "reversed":
            raise ValidationError(tr("services", "Receipt {number} is already reversed", number=receipt.number))
        date = check_not_after_today(date or clock.today(), tr("services", "Reversal date"), field="date")
        if date < receipt.date:
            raise ValidationError(
                tr("services", "The reversal date {date} is before the receipt date {receipt_date}",
                   date=date, receipt_date=receipt.date), field="date")
        before = snapshot(receipt)
        reopened, rows = [], []
        for a in alloc.live_allocations(receipt_id=receipt.id):
            rows += [a, alloc.reverse_allocation(a, date)]
            reopened.append((a.invoice.number or "", a.amount))
        Receipt.update(status="reversed", reversed_on=date, reversal_reason=reason, reversed_by=actor.username,
                       unallocated=0) \
            .where(Receipt.id == receipt.id).execute()
        receipt = Receipt.get_by_id(receipt.id)
        record_audit("reverse", "receipt", receipt.id, before, snapshot(receipt))
        released = release_receipt_lines(receipt.id, reason)     # its bank line waits again
    return ReceiptResult(receipt.id, receipt.number, receipt.customer.code, receipt.amount,
                         [(n, -a) for n, a in reopened], 0, "reversed",
                         Changes.of(receipt=receipt.id, customer=receipt.customer_id) | money_moved(rows) | released)


def apply_customer_credit(customer, *, date: _dt.date | None = None, allocations=AUTO) -> ReceiptResult | None:
    """Use the customer's unapplied money (receipts, credit notes) on open invoices:
    oldest due first (``"auto"``), or as the user chose (a list of (invoice, fen), the
    money taken from the oldest receipt or credit note first, as the books spend it).
    Each allocation counts from ``date`` (default today) or the later day since which
    the money was free and the invoice owed it. Returns None when there was nothing to
    apply."""
    current_actor().require("receipt.allocate")
    with db.atomic():
        cust = lookups.customer(customer)
        day = check_not_after_today(date or clock.today(), tr("services", "Allocation date"), field="date")
        if allocations == AUTO:
            made = alloc.apply_credit(cust.id, day)
        else:
            made = _apply_chosen(cust.id, allocations, day)
        if not made:
            return None
        done = [(a.invoice.number or "", a.amount) for a in made]
        left = alloc.customer_credit(cust.id)
    return ReceiptResult(0, "", cust.code, sum(a for _, a in done), done, left, "posted",
                         Changes.of(customer=cust.id) | money_moved(made))


def _apply_chosen(customer_id: int, allocations, day: _dt.date) -> list:
    """Allocate the chosen (invoice, fen) lines from the customer's unapplied money,
    oldest source first; refused when the lines ask for more than the customer holds."""
    sources = alloc.credit_sources(customer_id)
    held = sum(left for _, left in sources)
    asked = sum(part for _, part in allocations if isinstance(part, int))
    if asked > held:
        raise ValidationError(
            tr("services", "The allocations ({allocated}) exceed the customer's unapplied credit ({credit})",
               allocated=format_amount(asked), credit=format_amount(held)))
    made = []
    for line in _manual_plan(customer_id, held, allocations):
        inv = lookups.invoice(line.invoice_id)
        need = line.amount
        for i, (src, left) in enumerate(sources):
            if need <= 0:
                break
            take = min(need, left)
            if take <= 0:
                continue
            made.append(alloc.allocate(inv, src, take, day))
            sources[i] = (src, left - take)
            need -= take
    return made
