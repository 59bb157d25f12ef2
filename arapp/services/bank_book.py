"""Bank lines in the books without a receipt, set aside, and the book entries of a bank
account (issue #11).

A book entry (``book_entry``) is what the books hold for an account besides receipts:
a payment made, a bank fee, interest. Booking a line (:func:`book_line`) writes the
entry the line shows and links them: every outgoing line (借方) is booked this way, and
an incoming one that no customer paid (interest, a refund). An entry written before
the bank had it (a cheque not yet cashed) is linked to its line when the line comes
(:func:`link_book_entry`); until then the reconciliation lists it. Entries are voided
with a reason, never deleted; voiding a booked line's entry puts the line back in the
queue. A line set aside (:func:`ignore_line`) waits nowhere until restored.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from arapp import clock
from arapp.db.database import db, is_postgres, service_writes
from arapp.db.models import BookEntry, now
from arapp.domain import limits, text
from arapp.domain import vocabulary as vocab
from arapp.domain.money import format_amount
from arapp.errors import NotFound, ValidationError
from arapp.i18n import tr
from arapp.reports.bank import lookup_account
from arapp.services.audit import record_audit, snapshot
from arapp.services.bank_match import (
    clean_line_text,
    line_words,
    lock_line,
    refuse_unless_waiting,
    set_line_status,
)
from arapp.services.changes import Changes
from arapp.services.context import current_actor
from arapp.services.settings import check_not_after_today

__all__ = ["BookResult", "LineResult", "add_book_entry", "book_line", "ignore_line", "link_book_entry",
           "restore_line", "void_book_entry"]


@dataclass(frozen=True)
class BookResult:
    """A book entry written, voided or linked, and the line it is linked to."""

    entry_id: int
    line_id: int | None
    status: str
    changes: Changes


@dataclass(frozen=True)
class LineResult:
    """A line's status moved (ignored, restored)."""

    line_id: int
    status: str
    changes: Changes


def _reason(reason: str, message: str) -> str:
    reason = text.clean_text(reason, text.NOTE, tr("bank", "The reason"), field="reason")
    if not reason:
        raise ValidationError(message, field="reason")
    return reason


def _lock_entry(entry_id) -> BookEntry:
    try:
        key = int(entry_id)
    except (TypeError, ValueError):
        raise NotFound(tr("bank", "No book entry {ref}", ref=entry_id)) from None
    q = BookEntry.select().where(BookEntry.id == key)
    if is_postgres():
        q = q.for_update()
    entry = q.first()
    if entry is None:
        raise NotFound(tr("bank", "No book entry {ref}", ref=entry_id))
    return entry


def _entry_changes(entry: BookEntry, line_id: int | None) -> Changes:
    return Changes.of(book_entry=entry.id, bank_line=line_id)


def book_line(line_id: int, description: str = "") -> BookResult:
    """Book a waiting line in the books without a receipt: a book entry of its date,
    direction and amount (``description``, else the line's own texts), linked to it;
    the line is booked. For every outgoing line and incoming money no customer paid.
    Permission bank.book; audited."""
    actor = current_actor()
    actor.require("bank.book")
    description = text.clean_text(description, text.LINE, tr("bank", "The description"), field="description")
    with db.atomic():
        line = lock_line(line_id)
        refuse_unless_waiting(line)
        if not description:
            parts = [x for x in (line.counterparty_name, line.description, line.purpose) if x]
            description = clean_line_text(" / ".join(parts), text.LINE)
        with service_writes():
            entry = BookEntry.create(account=line.account_id, date=line.value_date, direction=line.direction,
                                     amount=int(line.amount), description=description, line=line.id,
                                     status="posted", created_at=now(), created_by=actor.username)
        set_line_status(line, "booked", "unmatched")
        record_audit("book", "book_entry", entry.id, None, snapshot(entry))
    return BookResult(entry.id, line.id, "posted", _entry_changes(entry, line.id))


def ignore_line(line_id: int, reason: str) -> LineResult:
    """Set a waiting line aside (a transfer between the company's own accounts, a line
    already in the books some other way) with a reason; it leaves the queue but stays in
    the reconciliation. Permission bank.match; audited."""
    current_actor().require("bank.match")
    reason = _reason(reason, tr("bank", "A reason is required to ignore a bank line"))
    with db.atomic():
        line = lock_line(line_id)
        refuse_unless_waiting(line)
        set_line_status(line, "ignored", "unmatched")
        record_audit("ignore", "bank_line", line.id, {"status": "unmatched"}, {"status": "ignored", "reason": reason})
    return LineResult(line.id, "ignored", Changes.of(bank_line=line.id))


def restore_line(line_id: int, reason: str = "") -> LineResult:
    """Put an ignored line back in the queue; a booked line too, its book entry voided
    with ``reason`` (required then). A matched line is unmatched instead
    (:func:`arapp.services.bank_match.unmatch`). Permission bank.match (bank.book for a
    booked line); audited."""
    actor = current_actor()
    actor.require("bank.match")
    with db.atomic():
        line = lock_line(line_id)
        if line.status == "unmatched":
            raise ValidationError(tr("bank", "{line} is waiting already", line=line_words(line)))
        if line.status == "matched":
            raise ValidationError(tr("bank", "{line} is matched to a receipt; unmatch it instead",
                                     line=line_words(line)))
        changes = Changes.of(bank_line=line.id)
        if line.status == "booked":
            actor.require("bank.book")
            why = _reason(reason, tr("bank", "A reason is required to void the book entry of a booked line"))
            entry = BookEntry.get_or_none((BookEntry.line == line.id) & (BookEntry.status == "posted"))
            if entry is not None:
                changes = changes | void_book_entry(entry.id, why).changes     # the line waits again
            else:
                set_line_status(line, "unmatched", "booked")
        else:
            why = text.clean_text(reason, text.NOTE, tr("bank", "The reason"), field="reason")
            set_line_status(line, "unmatched", "ignored")
            record_audit("restore", "bank_line", line.id, {"status": "ignored"}, {"status": "unmatched",
                                                                                  "reason": why})
    return LineResult(line.id, "unmatched", changes)


def add_book_entry(account, date: _dt.date, direction: str, amount: int, description: str) -> BookResult:
    """Write what the books hold for a bank account besides receipts (a payment made, a
    fee booked), dated ``date`` (today at the latest), ``direction`` 'in' or 'out',
    ``amount`` positive fen. Permission bank.book; audited."""
    actor = current_actor()
    actor.require("bank.book")
    if direction not in vocab.BANK_DIRECTIONS:
        raise ValidationError(tr("bank", "Unknown direction '{value}'", value=direction), field="direction")
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise ValidationError(tr("bank", "The amount must be more than zero, in fen"), field="amount")
    limits.check_amount(amount, tr("bank", "Book entry amount"), field="amount")
    date = check_not_after_today(date, tr("bank", "Book entry date"), field="date")
    description = text.clean_text(description, text.LINE, tr("bank", "The description"), field="description")
    if not description:
        raise ValidationError(tr("bank", "A book entry needs a description"), field="description")
    with db.atomic():
        acct = lookup_account(account)
        if not acct.active:
            raise ValidationError(tr("bank", "The bank account {name} is not active", name=acct.name),
                                  field="account")
        with service_writes():
            entry = BookEntry.create(account=acct.id, date=date, direction=direction, amount=amount,
                                     description=description, status="posted", created_at=now(),
                                     created_by=actor.username)
        record_audit("create", "book_entry", entry.id, None, snapshot(entry))
    return BookResult(entry.id, None, "posted", _entry_changes(entry, None))


def void_book_entry(entry_id: int, reason: str, *, date: _dt.date | None = None) -> BookResult:
    """Void a book entry with a reason, dated ``date`` (default today; not before the
    entry); a line it booked waits again. Permission bank.book; audited."""
    current_actor().require("bank.book")
    reason = _reason(reason, tr("bank", "A reason is required to void a book entry"))
    with db.atomic():
        entry = _lock_entry(entry_id)
        if entry.status == "void":
            raise ValidationError(tr("bank", "Book entry {id} is void already", id=entry.id))
        day = check_not_after_today(date or clock.today(), tr("bank", "Void date"), field="date")
        if day < entry.date:
            raise ValidationError(tr("bank", "The void date {date} is before the entry's date {entry_date}",
                                     date=day.isoformat(), entry_date=entry.date.isoformat()), field="date")
        before = snapshot(entry)
        with service_writes():
            BookEntry.update(status="void", voided_on=day, void_reason=reason).where(BookEntry.id == entry.id).execute()
        line_id = entry.line_id
        if line_id is not None:
            line = lock_line(line_id)
            if line.status == "booked":
                set_line_status(line, "unmatched", "booked")
        entry = BookEntry.get_by_id(entry.id)
        record_audit("void", "book_entry", entry.id, before, snapshot(entry))
    return BookResult(entry.id, line_id, "void", _entry_changes(entry, line_id))


def link_book_entry(entry_id: int, line_id: int) -> BookResult:
    """Link a book entry to the waiting bank line that shows it (same account, direction
    and amount; the dates may differ): the line is booked. An entry is linked once.
    Permission bank.book; audited."""
    current_actor().require("bank.book")
    with db.atomic():
        entry = _lock_entry(entry_id)
        line = lock_line(line_id)
        if entry.status != "posted":
            raise ValidationError(tr("bank", "Book entry {id} is void", id=entry.id))
        if entry.line_id is not None:
            raise ValidationError(tr("bank", "Book entry {id} is linked to bank line {line} already", id=entry.id,
                                     line=entry.line_id))
        refuse_unless_waiting(line)
        if entry.account_id != line.account_id:
            raise ValidationError(tr("bank", "Book entry {id} is of another bank account than {line}", id=entry.id,
                                     line=line_words(line)))
        if entry.direction != line.direction or int(entry.amount) != int(line.amount):
            raise ValidationError(
                tr("bank", "Book entry {id} ({amount}) is not the same money as {line}", id=entry.id,
                   amount=format_amount(int(entry.amount) if entry.direction == "in" else -int(entry.amount)),
                   line=line_words(line)))
        with service_writes():
            BookEntry.update(line=line.id).where(BookEntry.id == entry.id).execute()
        set_line_status(line, "booked", "unmatched")
        record_audit("link", "book_entry", entry.id, {"line_id": None}, {"line_id": line.id})
    return BookResult(entry.id, line.id, "posted", _entry_changes(entry, line.id))

