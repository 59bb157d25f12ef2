"""Allocation (核销): tying receipt and credit-note money to invoices.

Kept here because receipts, credit notes, invoice posting and voiding all move money
between the same three places: an invoice's open amount, a receipt's unallocated
amount and a credit note's unapplied amount. Every move is an ``Allocation`` row;
undoing one writes a negative row that ``reverses`` it.

Each row is dated: from that day on it counts in every as-of report (aging, balances,
overdue, the customer card, collections). A new allocation is dated the first day, not
before the payment's date (or the date asked for) and the invoice's issue date, from
which the invoice owes the amount and the receipt or credit note has it on every day
after (:func:`arapp.domain.allocation.covered_from`). So money that a reversal or void
dated today frees is applied from today even when its receipt is dated back: history
never shows an invoice paid beyond its total or a receipt spent beyond its amount. A
reversal row is dated the reversal's day (never before the row it undoes).

The database keeps the three amounts (and the invoice's status) from the allocation
rows (schema step 6); the services check a move before writing it, so a refusal is a
message, not a trigger.
"""

from __future__ import annotations

import datetime as _dt

import peewee as pw

from arapp import names
from arapp.db.database import is_postgres, service_writes
from arapp.db.models import Allocation, CreditNote, Invoice, Receipt, now
from arapp.db.values import as_date
from arapp.domain import vocabulary as vocab
from arapp.domain.allocation import OLDEST_FIRST, AllocationLine, covered_from, credit_first_key
from arapp.domain.allocation import plan_oldest_first as plan_oldest_first_of
from arapp.domain.money import format_amount as _fmt
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.services.audit import record_audit
from arapp.services.context import current_actor


def lock_invoice(invoice_id: int) -> Invoice:
    q = Invoice.select().where(Invoice.id == invoice_id)
    if is_postgres():
        q = q.for_update()
    inv = q.first()
    if inv is None:
        raise ValidationError(tr("services", "No invoice with id {id}", id=invoice_id))
    return inv


def lock_source(source: Receipt | CreditNote) -> None:
    """On PostgreSQL, lock the receipt or credit note so two users cannot both spend
    what is left of it (SQLite's IMMEDIATE transactions already queue writers)."""
    if is_postgres():
        model = type(source)
        model.select(model.id).where(model.id == source.id).for_update().execute()


def invoice_status_for(total: int, open_amount: int) -> str:
    if open_amount <= 0:
        return "paid"
    if open_amount < total:
        return "partly_paid"
    return "posted"


def open_invoices(customer_id: int) -> list[Invoice]:
    """The customer's invoices with money still owed, oldest due first."""
    return list(
        Invoice.select()
        .where((Invoice.customer == customer_id) & (Invoice.open_amount > 0)
               & (Invoice.status.in_(vocab.INVOICE_OPEN_STATUSES)))
        .order_by(*(getattr(Invoice, column) for column in OLDEST_FIRST))
    )


def receipt_unallocated(receipt: Receipt) -> int:
    """What is left of a receipt after its allocations (0 once reversed)."""
    if receipt.status != "posted":
        return 0
    return int(Receipt.select(Receipt.unallocated).where(Receipt.id == receipt.id).scalar())


def credit_note_unapplied(note: CreditNote) -> int:
    """What is left of a credit note after its allocations (0 once void)."""
    if note.status != "posted":
        return 0
    return int(CreditNote.select(CreditNote.unapplied).where(CreditNote.id == note.id).scalar())


def credit_sources(customer_id: int) -> list[tuple[Receipt | CreditNote, int]]:
    """Receipts and credit notes with money not yet applied, oldest first."""
    out: list[tuple[Receipt | CreditNote, int]] = []
    receipts = Receipt.select().where((Receipt.customer == customer_id) & (Receipt.unallocated > 0)
                                      & (Receipt.status == "posted"))
    for r in receipts:
        out.append((r, r.unallocated))
    notes = CreditNote.select().where((CreditNote.customer == customer_id) & (CreditNote.unapplied > 0)
                                      & (CreditNote.status == "posted"))
    for n in notes:
        out.append((n, n.unapplied))
    out.sort(key=lambda pair: credit_first_key(pair[0].date, isinstance(pair[0], CreditNote), pair[0].id))
    return out


def customer_credit(customer_id: int) -> int:
    """Money the customer has paid or been credited that no invoice has used (预收)."""
    return sum(left for _, left in credit_sources(customer_id))


def plan_oldest_first(customer_id: int, amount: int, *, exclude_invoice_ids: set[int] | None = None) -> list[AllocationLine]:
    """How ``amount`` would be spread over the customer's open invoices, oldest first."""
    return plan_oldest_first_of(open_invoices(customer_id), amount, exclude_invoice_ids=exclude_invoice_ids)


def _later_steps(column, row_id: int, after: _dt.date) -> list[tuple[_dt.date, int]]:
    """Net fen the allocations of one invoice, receipt or credit note (``column`` names
    which) took on each day after ``after``, oldest day first."""
    q = (Allocation.select(Allocation.date, pw.fn.SUM(Allocation.amount))
         .where((column == row_id) & (Allocation.date > after))
         .group_by(Allocation.date).order_by(Allocation.date).tuples())
    return [(as_date(day), int(taken)) for day, taken in q]


def effective_date(invoice: Invoice, source: Receipt | CreditNote, amount: int, date: _dt.date,
                   available: int) -> _dt.date:
    """The day from which allocating ``amount`` of ``source`` to ``invoice`` counts: not
    before ``date``, the source's date or the invoice's issue date, and not before the
    invoice has owed the amount, and the source has had it, without a break since (see
    the module doc). ``available`` is what is left on the source now."""
    start = max(date, source.date, invoice.issue_date)
    source_column = Allocation.receipt if isinstance(source, Receipt) else Allocation.credit_note
    owed_from = covered_from(start, invoice.open_amount, _later_steps(Allocation.invoice, invoice.id, start), amount)
    held_from = covered_from(start, available, _later_steps(source_column, source.id, start), amount)
    if owed_from is None or held_from is None:     # the callers check the amounts first
        raise ValidationError(tr("services", "Invoice {number} would be over-allocated", number=invoice.number))
    return max(owed_from, held_from)


def allocate(invoice: Invoice, source: Receipt | CreditNote, amount: int, date: _dt.date) -> Allocation:
    """Move ``amount`` fen from a receipt or credit note onto an invoice, dated by
    :func:`effective_date` (``date`` at the earliest). Call inside a transaction."""
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise ValidationError(tr("services", "An allocation must be a positive amount"))
    invoice = lock_invoice(invoice.id)
    if invoice.status not in vocab.INVOICE_OPEN_STATUSES:
        raise ValidationError(
            tr("services", "Invoice {number} is not open (status: {status})",
               number=invoice.number or invoice.id, status=names.invoice_status(invoice.status)))
    if invoice.customer_id != source.customer_id:
        raise ValidationError(
            tr("services", "Invoice {number} belongs to another customer", number=invoice.number))
    if amount > invoice.open_amount:
        raise ValidationError(
            tr("services", "{amount} is more than the {open} still open on invoice {number}",
               amount=_fmt(amount), open=_fmt(invoice.open_amount), number=invoice.number))
    lock_source(source)
    available = receipt_unallocated(source) if isinstance(source, Receipt) else credit_note_unapplied(source)
    if amount > available:
        raise ValidationError(
            tr("services", "{amount} is more than the {left} left on {number}",
               amount=_fmt(amount), left=_fmt(available), number=source.number))
    alloc_date = effective_date(invoice, source, amount, date, available)
    _check_open(invoice, -amount)
    with service_writes():
        row = Allocation.create(
            invoice=invoice.id,
            receipt=source.id if isinstance(source, Receipt) else None,
            credit_note=source.id if isinstance(source, CreditNote) else None,
            amount=amount, date=alloc_date, created_at=now(), created_by=current_actor().username,
        )
    _moved_open(invoice, -amount)
    record_audit("allocate", "allocation", row.id, None, {
        "invoice": invoice.number, "source": source.number, "amount": amount, "date": alloc_date,
    })
    return row


def reverse_allocation(original: Allocation, date: _dt.date) -> Allocation:
    """Write the negative twin of an allocation, giving the money back to its source."""
    invoice = lock_invoice(original.invoice_id)
    _check_open(invoice, original.amount)
    with service_writes():
        row = Allocation.create(
            invoice=invoice.id, receipt=original.receipt_id, credit_note=original.credit_note_id,
            amount=-original.amount, date=max(date, original.date), reverses=original.id,
            created_at=now(), created_by=current_actor().username,
        )
    _moved_open(invoice, original.amount)
    record_audit("reverse", "allocation", row.id, {"allocation": original.id, "amount": original.amount},
                 {"amount": -original.amount, "invoice": invoice.number})
    return row


def live_allocations(*, invoice_id: int | None = None, receipt_id: int | None = None,
                     credit_note_id: int | None = None) -> list[Allocation]:
    """Allocations not yet reversed, for one invoice or one source."""
    q = Allocation.select().where(Allocation.amount > 0)
    if invoice_id is not None:
        q = q.where(Allocation.invoice == invoice_id)
    if receipt_id is not None:
        q = q.where(Allocation.receipt == receipt_id)
    if credit_note_id is not None:
        q = q.where(Allocation.credit_note == credit_note_id)
    reversed_ids = Allocation.select(Allocation.reverses_id).where(Allocation.reverses_id.is_null(False))
    q = q.where(Allocation.id.not_in(reversed_ids))
    return list(q.order_by(Allocation.id))


def apply_credit(customer_id: int, date: _dt.date, *, only_invoice_ids: set[int] | None = None) -> list[Allocation]:
    """Use the customer's unapplied receipts and credit notes on open invoices, oldest first."""
    made = []
    sources = credit_sources(customer_id)
    if not sources:
        return made
    for inv in open_invoices(customer_id):
        if only_invoice_ids is not None and inv.id not in only_invoice_ids:
            continue
        need = inv.open_amount
        for i, (src, left) in enumerate(sources):
            if need <= 0:
                break
            if left <= 0:
                continue
            take = min(need, left)
            made.append(allocate(inv, src, take, date))
            sources[i] = (src, left - take)
            need -= take
        if all(left <= 0 for _, left in sources):
            break
    return made


def _check_open(invoice: Invoice, delta: int) -> None:
    """Refuse a move that would take the invoice's open amount below zero or above its total."""
    new_open = invoice.open_amount + delta
    if new_open < 0 or new_open > invoice.total:
        raise ValidationError(tr("services", "Invoice {number} would be over-allocated", number=invoice.number))


def _moved_open(invoice: Invoice, delta: int) -> None:
    """Follow on the loaded invoice what the database did on the allocation insert."""
    invoice.open_amount += delta
    if invoice.status in vocab.INVOICE_PAYMENT_STATUSES:
        invoice.status = invoice_status_for(invoice.total, invoice.open_amount)
