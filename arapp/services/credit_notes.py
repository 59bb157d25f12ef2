"""Credit notes (贷项/红字): reduce what a customer owes without touching the invoice."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from arapp import clock
from arapp.db import lookups
from arapp.db.database import db, service_writes
from arapp.db.models import CreditNote, now
from arapp.domain import limits, text
from arapp.domain import vocabulary as vocab
from arapp.domain.allocation import AllocationLine
from arapp.domain.money import format_amount
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.services import allocation as alloc
from arapp.services.audit import record_audit, snapshot
from arapp.services.changes import NOTHING, Changes, money_moved
from arapp.services.context import current_actor
from arapp.services.numbering import next_number
from arapp.services.settings import check_book_date, check_not_after_today

#: How a new credit note's money is used: on the invoice it is issued against only (what
#: that invoice cannot take stays as credit), on that invoice and then the customer's other
#: open invoices oldest due first, or not at all (kept as the customer's credit).
APPLY_TO_INVOICE = "invoice"
APPLY_OLDEST_FIRST = "oldest_first"
KEEP_AS_CREDIT = "keep"
APPLY_CHOICES = (APPLY_TO_INVOICE, APPLY_OLDEST_FIRST, KEEP_AS_CREDIT)


@dataclass
class CreditNoteResult:
    """What a credit-note service did: the note, where its money went and what is left."""

    credit_note_id: int
    number: str
    customer_code: str
    amount: int
    applied: list[tuple[str, int]] = field(default_factory=list)    # (invoice number, fen)
    unapplied: int = 0
    status: str = "posted"
    changes: Changes = NOTHING


def _apply_mode(apply: str | bool, invoice) -> str:
    """The way to apply, from a choice of :data:`APPLY_CHOICES` or the older bool
    (True: oldest first; False: only the invoice named, else nothing)."""
    if apply is True:
        return APPLY_OLDEST_FIRST
    if apply is False:
        return APPLY_TO_INVOICE if invoice is not None else KEEP_AS_CREDIT
    if apply not in APPLY_CHOICES:
        raise ValidationError(tr("services", "Unknown way to apply a credit note '{value}'", value=apply),
                              field="apply")
    if apply == APPLY_TO_INVOICE and invoice is None:
        raise ValidationError(tr("services", "Choose the invoice the credit note is applied to"), field="invoice")
    return apply


def _checked_lines(lines: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    out = []
    for n, item in enumerate(lines, start=1):
        try:
            description, fen = item
        except (TypeError, ValueError):
            raise ValidationError(tr("services", "Line {line} needs a description and an amount", line=n),
                                  field="lines") from None
        description = text.clean_text(description, text.LINE, tr("services", "Line {line}: the description", line=n),
                                      field="lines")
        if not isinstance(fen, int) or isinstance(fen, bool) or fen <= 0:
            raise ValidationError(tr("services", "Line {line}: the amount must be more than zero", line=n),
                                  field="lines")
        limits.check_amount(fen, tr("services", "Line {line}", line=n), field="lines")
        out.append((description, fen))
    if not out:
        raise ValidationError(tr("services", "A credit note needs an amount or at least one line"), field="lines")
    return out


def _checked_amount(amount: int | None, lines: Sequence[tuple[str, int]] | None
                    ) -> tuple[int, list[tuple[str, int]] | None]:
    checked = _checked_lines(lines) if lines is not None else None
    if checked is not None:
        total = sum(fen for _, fen in checked)
        if amount is None:
            amount = total
        elif amount != total:
            raise ValidationError(
                tr("services", "The lines add up to {lines}, but the credit note amount is {amount}",
                   lines=format_amount(total), amount=format_amount(amount)), field="lines")
    if amount is None or not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise ValidationError(tr("services", "The credit note amount must be more than zero"), field="amount")
    limits.check_amount(amount, tr("services", "Credit note amount"), field="amount")
    return amount, checked


def _target_invoice(cust, invoice):
    inv = lookups.invoice(invoice) if invoice is not None else None
    if inv is None:
        return None
    if inv.customer_id != cust.id:
        raise ValidationError(tr("services", "Invoice {number} belongs to another customer", number=inv.number),
                              field="invoice")
    if inv.status == "draft":
        raise ValidationError(tr("services", "A draft invoice takes no credit note; change the draft instead"),
                              field="invoice")
    return inv


def _plan(cust, inv, amount: int, mode: str) -> list[AllocationLine]:
    """Where ``amount`` of a new credit note goes: the invoice first (if it is open), then
    for oldest first the customer's other open invoices, oldest due first."""
    if mode == KEEP_AS_CREDIT:
        return []
    plan: list[AllocationLine] = []
    left = amount
    if inv is not None and inv.status in vocab.INVOICE_OPEN_STATUSES and inv.open_amount > 0:
        take = min(left, inv.open_amount)
        plan.append(AllocationLine(inv.id, inv.number or "", inv.due_date, inv.open_amount, take))
        left -= take
    if mode == APPLY_OLDEST_FIRST and left > 0:
        plan += alloc.plan_oldest_first(cust.id, left, exclude_invoice_ids={inv.id} if inv is not None else None)
    return plan


def preview_credit_note(customer, amount: int, *, invoice=None, apply: str | bool = APPLY_OLDEST_FIRST
                        ) -> tuple[list[AllocationLine], int]:
    """What :func:`issue_credit_note` would do, without writing: the invoices it would
    pay (in order) and what would stay as the customer's credit."""
    cust = lookups.customer(customer)
    amount, _ = _checked_amount(amount, None)
    inv = _target_invoice(cust, invoice)
    plan = _plan(cust, inv, amount, _apply_mode(apply, inv))
    return plan, amount - sum(p.amount for p in plan)


def issue_credit_note(customer, date: _dt.date, amount: int | None, reason: str, *, invoice=None,
                      apply: str | bool = True, lines: Sequence[tuple[str, int]] | None = None
                      ) -> CreditNoteResult:
    """Issue a credit note: it reduces what the customer owes without touching any invoice.
    ``amount`` in fen, or ``lines`` ((description, fen), …) that add up to it (they are
    kept in the audit record). ``apply``: :data:`APPLY_TO_INVOICE` pays the invoice it is
    issued against; :data:`APPLY_OLDEST_FIRST` pays that invoice and then the customer's
    other open invoices oldest due first; :data:`KEEP_AS_CREDIT` pays nothing. What is not
    used stays as the customer's credit. Only the new note's money is applied. What it
    pays counts from its date, or from the later day since which the invoice has owed it
    without a break (see :mod:`arapp.services.allocation`)."""
    actor = current_actor()
    actor.require("credit_note.issue")
    amount, checked_lines = _checked_amount(amount, lines)
    check_book_date(date, tr("services", "Credit note date"), field="date")
    reason = text.clean_text(reason, text.NOTE, tr("services", "The reason"), field="reason")
    if not reason:
        raise ValidationError(tr("services", "A reason is required for a credit note"), field="reason")
    with db.atomic():
        cust = lookups.customer(customer)
        inv = _target_invoice(cust, invoice)
        mode = _apply_mode(apply, inv)
        number = next_number("credit_note", date.year)
        with service_writes():
            note = CreditNote.create(number=number, customer=cust, invoice=inv, date=date, amount=amount,
                                     reason=reason, status="posted", unapplied=amount, created_at=now(),
                                     created_by=actor.username)
        after = snapshot(note)
        if checked_lines is not None:
            after["lines"] = [list(line) for line in checked_lines]
        record_audit("create", "credit_note", note.id, None, after)
        applied, rows = [], []
        for line in _plan(cust, inv, amount, mode):
            target = lookups.invoice(line.invoice_id)
            rows.append(alloc.allocate(target, note, line.amount, date))
            applied.append((target.number or "", line.amount))
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
