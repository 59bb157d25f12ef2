"""The contact log (append-only) and promises to pay (付款承诺)."""

from __future__ import annotations

import datetime as _dt

from arapp.db import lookups
from arapp.db.database import db, service_writes
from arapp.db.models import CollectionTask, ContactLog, PromiseToPay, now
from arapp.domain import text
from arapp.domain import vocabulary as vocab
from arapp.domain.money import format_amount
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.reports.balances import customer_balance
from arapp.services.audit import record_audit, record_audits, snapshot
from arapp.services.changes import Changes
from arapp.services.collections.common import (
    PERM_WORK,
    as_date,
    checked_amount,
    checked_text,
    on_day,
    timestamp,
)
from arapp.services.collections.ladder import refresh_in_transaction
from arapp.services.collections.results import ContactResult, PromiseResult
from arapp.services.collections.tasks import single_active_task
from arapp.services.context import current_actor

# ------------------------------------------------------------------------------ contacts

def log_contact(customer, method: str, summary: str, *, at: _dt.datetime | _dt.date | None = None,
                person: str = "", answer: str = "", next_step: str = "", next_date: _dt.date | None = None,
                task=None, reason: str = "") -> ContactResult:
    """Log a contact with a customer (append-only): when, how, whom, what was said, the
    customer's answer, why it has not paid (``reason``, a code of
    ``vocabulary.NONPAYMENT_REASONS``; '' none given) and the next step. It goes with
    ``task`` or else the customer's open task; a next date becomes that task's follow-up
    date (the queue's action date)."""
    current_actor().require(PERM_WORK)
    if method not in vocab.CONTACT_METHODS:
        raise ValidationError(tr("collections", "Unknown contact method '{value}'", value=method), field="method")
    reason = (reason or "").strip()
    if reason not in vocab.CONTACT_REASONS:
        raise ValidationError(tr("collections", "Unknown reason for not paying '{value}'; choose one of: {codes}",
                                 value=reason, codes=", ".join(vocab.NONPAYMENT_REASONS)), field="reason")
    summary = checked_text(summary, tr("collections", "What was said"), required=True, field_name="summary")
    person = checked_text(person, tr("collections", "The person reached"), kind=text.NAME)
    answer = checked_text(answer, tr("collections", "The customer's answer"))
    next_step = checked_text(next_step, tr("collections", "The next step"), kind=text.LINE)
    when = now()
    if at is not None:
        if isinstance(at, _dt.datetime):
            when = at.replace(microsecond=0, tzinfo=None)
        elif isinstance(at, _dt.date):
            when = _dt.datetime.combine(at, when.time()) if at != when.date() else when
        else:
            raise ValidationError(tr("collections", "A date is required"), field="at")
    if when > now() + _dt.timedelta(minutes=10):
        raise ValidationError(tr("collections", "The contact time {at} is in the future", at=timestamp(when)), field="at")
    if next_date is not None and (not isinstance(next_date, _dt.date) or next_date < when.date()):
        raise ValidationError(tr("collections", "The next date {date} is before the contact", date=next_date),
                              field="next_date")
    with db.atomic():
        cust = lookups.customer(customer)
        t = None
        if task is not None:
            t = lookups.task(task)
            if t.customer_id != cust.id:
                raise ValidationError(tr("collections", "Task {id} belongs to another customer", id=t.id), field="task")
        else:
            t = single_active_task(cust.id)
        with service_writes():
            row = ContactLog.create(at=when, customer=cust.id, task=t.id if t else None, method=method,
                                    person=person, summary=summary, answer=answer, next_step=next_step,
                                    next_date=next_date, username=current_actor().username, created_at=now(),
                                    reason=reason)
        follow = None
        if t is not None and next_date is not None and t.status in vocab.TASK_ACTIVE_STATUSES:
            CollectionTask.update(follow_up_on=next_date, updated_at=now()).where(CollectionTask.id == t.id).execute()
            follow = next_date
        record_audit("create", "contact_log", row.id, None, snapshot(row))
    return ContactResult(row.id, cust.code, when, t.id if t else None, follow,
                         Changes.of(collection=cust.id, task=t.id if t else None), reason)


def log_letter_contacts(letters, at: _dt.datetime) -> list[int]:
    """Log a ``letter`` contact at ``at`` for each (customer id, task, summary) of a batch of
    letters just archived (``task`` a CollectionTask row of that customer): the same rows
    :func:`log_contact` writes, in a few statements for the whole batch, audited. Returns
    the contact ids in order."""
    current_actor().require(PERM_WORK)
    username = current_actor().username
    label = tr("collections", "What was said")
    rows = []
    for customer_id, task, summary in letters:
        if task.customer_id != customer_id:
            raise ValidationError(tr("collections", "Task {id} belongs to another customer", id=task.id),
                                  field="task")
        rows.append(dict(at=at.replace(microsecond=0, tzinfo=None), customer=customer_id, task=task.id,
                         method="letter", person="", summary=checked_text(summary, label, required=True,
                                                                          field_name="summary"),
                         answer="", next_step="", next_date=None, username=username, created_at=now(), reason=""))
    ids = []
    with db.atomic():
        with service_writes():
            for row in rows:
                ids.append(ContactLog.insert(**row).execute())
        record_audits("create", "contact_log",
                      [(i, {**{k: v for k, v in row.items() if k not in ("customer", "task")},
                            "customer_id": row["customer"], "task_id": row["task"], "id": i})
                       for i, row in zip(ids, rows, strict=True)])
    return ids


# ------------------------------------------------------------------------------ promises

def _balance(customer_id: int) -> int:
    return customer_balance(customer_id).balance


def record_promise(customer, promised_date: _dt.date, amount: int, *, on: _dt.date | None = None, task=None,
                   contact=None, note: str = "") -> PromiseResult:
    """Record a promise to pay (付款承诺) ``amount`` fen by ``promised_date``. Refused:
    a date before ``on`` (today), a non-positive amount, more than the customer owes.
    An earlier open promise is cancelled (this one replaces it); the customer's open
    task pauses until the day after the promised date."""
    current_actor().require(PERM_WORK)
    day = on_day(on)
    if not isinstance(promised_date, _dt.date):
        raise ValidationError(tr("collections", "The promised date is required"), field="promised_date")
    promised_date = as_date(promised_date)
    if promised_date < day:
        raise ValidationError(tr("collections", "The promised date {date} is in the past", date=promised_date),
                              field="promised_date")
    if (promised_date - day).days > 366:
        raise ValidationError(tr("collections", "The promised date {date} is more than a year away; agree a payment "
                                                "plan instead", date=promised_date), field="promised_date")
    checked_amount(amount, tr("collections", "The promised amount"))
    note = checked_text(note, tr("collections", "The note"))
    with db.atomic():
        cust = lookups.customer(customer)
        balance = _balance(cust.id)
        if balance <= 0:
            raise ValidationError(tr("collections", "Customer {code} owes nothing; there is nothing to promise",
                                     code=cust.code), field="customer")
        if amount > balance:
            raise ValidationError(
                tr("collections", "The promised amount {amount} is more than the {balance} the customer owes",
                   amount=format_amount(amount), balance=format_amount(balance)), field="amount")
        t = lookups.task(task) if task is not None else single_active_task(cust.id)
        if t is not None and t.customer_id != cust.id:
            raise ValidationError(tr("collections", "Task {id} belongs to another customer", id=t.id), field="task")
        c = ContactLog.get_or_none(ContactLog.id == contact) if contact is not None else None
        if contact is not None and (c is None or c.customer_id != cust.id):
            raise ValidationError(tr("collections", "Contact {id} is not one of this customer's", id=contact),
                                  field="contact")
        old = [pr.id for pr in PromiseToPay.select(PromiseToPay.id)
               .where((PromiseToPay.customer == cust.id) & (PromiseToPay.status == "open"))]
        if old:
            PromiseToPay.update(status="cancelled", evaluated_on=day).where(PromiseToPay.id.in_(old)).execute()
        row = PromiseToPay.create(customer=cust.id, task=t.id if t else None, contact=c.id if c else None,
                                  made_on=day, promised_date=promised_date, amount=amount, status="open", note=note,
                                  created_by=current_actor().username, created_at=now())
        tasks = refresh_in_transaction(cust.id, day)
        record_audit("create", "promise_to_pay", row.id, None,
                     {**snapshot(row), "replaced": old, "tasks": tasks.as_dict()})
    return PromiseResult(row.id, cust.code, promised_date, amount, "open", old, tasks,
                         Changes.of(collection=cust.id) | tasks.changes)


