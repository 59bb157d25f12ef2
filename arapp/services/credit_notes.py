"""Credit notes (贷项/红字): reduce what a customer owes without touching the invoice."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from arapp import clock
from arapp.db import lookups
from arapp.db.database import db, service_writes
from arapp.db.models import CreditNote, now
from arapp.domain import limits, text
from arapp.domain import vocabulary as vocab
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.services import allocation as alloc
from arapp.services.audit import record_audit, snapshot
from arapp.services.changes import NOTHING, Changes, money_moved
from arapp.services.context import current_actor
from arapp.services.numbering import next_number
from arapp.services.settings import check_book_date, check_not_after_today


@dataclass
class CreditNoteResult:
    credit_note_id: int
    number: str
    customer_code: str
    amount: int
    applied: list[tuple[str, int]] = field(default_factory=list)
    unapplied: int = 0
    status: str = "posted"
    changes: Changes = NOTHING


def issue_credit_note(customer, date: _dt.date, amount: int, reason: str, *, invoice=None,
                      apply: bool = True) -> CreditNoteResult:
    """Issue a credit note. Against an invoice it reduces that invoice; otherwise (or
    for what is left) it is customer credit, applied oldest due first when ``apply``.
    What it pays counts from its date, or from the later day since which the invoice
    has owed it without a break (see :mod:`arapp.services.allocation`)."""
    actor = current_actor()
    actor.require("credit_note.issue")
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise ValidationError(tr("services", "The credit note amount must be more than zero"), field="amount")
    limits.check_amount(amount, tr("services", "Credit note amount"), field="amount")
    check_book_date(date, tr("services", "Credit note date"), field="date")
    reason = text.clean_text(reason, text.NOTE, tr("services", "The reason"), field="reason")
    if not reason:
        raise ValidationError(tr("services", "A reason is required for a credit note"), field="reason")
    with db.atomic():
        cust = lookups.customer(customer)
        inv = lookups.invoice(invoice) if invoice is not None else None
        if inv is not None and inv.customer_id != cust.id:
            raise ValidationError(tr("services", "Invoice {number} belongs to another customer", number=inv.number))
        number = next_number("credit_note", date.year)
        with service_writes():
            note = CreditNote.create(number=number, customer=cust, invoice=inv, date=date, amount=amount,
                                     reason=reason, status="posted", unapplied=amount, created_at=now(),
                                     created_by=actor.username)
        record_audit("create", "credit_note", note.id, None, snapshot(note))
        applied, rows = [], []
        if inv is not None and inv.status in vocab.INVOICE_OPEN_STATUSES and inv.open_amount > 0:
            take = min(amount, inv.open_amount)
            rows.append(alloc.allocate(inv, note, take, date))
            applied.append((inv.number or "", take))
        if apply and alloc.credit_note_unapplied(note) > 0:
            for a in alloc.apply_credit(cust.id, date):
                rows.append(a)
                if a.credit_note_id == note.id:
                    applied.append((a.invoice.number or "", a.amount))
        left = alloc.credit_note_unapplied(note)
    changes = Changes.of(credit_note=note.id, customer=cust.id) | money_moved(rows)
    return CreditNoteResult(note.id, number, cust.code, amount, applied, left, changes=changes)


def void_credit_note(ref, reason: str, *, date: _dt.date | None = None) -> CreditNoteResult:
    """Void a credit note; what it had paid off on invoices is owed again."""
    actor = current_actor()
    actor.require("credit_note.void")
    reason = text.clean_text(reason, text.NOTE, tr("services", "The reason"), field="reason")
    if not reason:
        raise ValidationError(tr("services", "A reason is required to void a credit note"), field="reason")
    with db.atomic():
        note = lookups.credit_note(ref)
        if note.status == "void":
            raise ValidationError(tr("services", "Credit note {number} is already void", number=note.number))
        date = check_not_after_today(date or clock.today(), tr("services", "Void date"), field="date")
        if date < note.date:
            raise ValidationError(
                tr("services", "The void date {date} is before the credit note date {note_date}",
                   date=date, note_date=note.date), field="date")
        before = snapshot(note)
        rows = []
        for a in alloc.live_allocations(credit_note_id=note.id):
            rows += [a, alloc.reverse_allocation(a, date)]
        CreditNote.update(status="void", voided_on=date, void_reason=reason, unapplied=0).where(CreditNote.id == note.id).execute()
        note = CreditNote.get_by_id(note.id)
        record_audit("void", "credit_note", note.id, before, snapshot(note))
    return CreditNoteResult(note.id, note.number, note.customer.code, note.amount, [], 0, "void",
                            Changes.of(credit_note=note.id, customer=note.customer_id) | money_moved(rows))
