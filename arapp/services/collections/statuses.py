"""Customer status events: hand-over to legal or an agency, blacklisting, credit
suspension and their end; what of them is in force on a day; a task's proposal of a
hand-over to legal accepted."""

from __future__ import annotations

import datetime as _dt

from arapp import clock, names
from arapp.db import lookups
from arapp.db.database import db
from arapp.db.models import Customer, CustomerStatusEvent, now
from arapp.domain import vocabulary as vocab
from arapp.errors import ValidationError
from arapp.i18n import tr, trn
from arapp.reports.collections import QueueFilter, collection_queue
from arapp.services.audit import record_audit, snapshot
from arapp.services.changes import Changes
from arapp.services.collections.common import PERM_APPROVE, PERM_WORK, checked_text, lock_tasks, on_day
from arapp.services.collections.ladder import refresh_in_transaction
from arapp.services.collections.results import StatusResult
from arapp.services.context import current_actor


def statuses_in_force(customer, on: _dt.date | None = None) -> list[CustomerStatusEvent]:
    """The customer's status events in force on ``on``: started on or before it and not
    ended by then (``until`` is the day an event stopped)."""
    day = on_day(on)
    cust = lookups.customer(customer)
    return list(CustomerStatusEvent.select().where(
        (CustomerStatusEvent.customer == cust.id) & (CustomerStatusEvent.since <= day)
        & (CustomerStatusEvent.until.is_null() | (CustomerStatusEvent.until > day)))
        .order_by(CustomerStatusEvent.since, CustomerStatusEvent.id))


def credit_suspension_reasons(customer_id: int, as_of: _dt.date | None = None) -> list[str]:
    """Why new credit sales to the customer are stopped by a collection decision in force
    on ``as_of``: a suspension or a hand-over to a collection agency. (Blacklist and
    legal set the customer's status, which the credit check reads already.) Called by
    :func:`arapp.services.credit.credit_hold_reasons`."""
    day = as_of or clock.today()
    out = []
    for ev in statuses_in_force(customer_id, day):
        if ev.status == "credit_suspended":
            out.append(tr("collections", "New credit sales are suspended since {date}: {reason}",
                          date=ev.since, reason=ev.reason))
        elif ev.status == "agency":
            out.append(tr("collections", "The debt is with a collection agency since {date}", date=ev.since))
    return out


_STATUS_FIELD = {"legal": "legal", "blacklisted": "blacklisted"}


def _start_status(customer, status: str, reason: str, on: _dt.date | None, *,
                  permission: str = PERM_APPROVE) -> StatusResult:
    actor = current_actor()
    actor.require(permission)
    day = on_day(on)
    reason = checked_text(reason, tr("collections", "A reason"), required=True, field_name="reason")
    with db.atomic():
        cust = lookups.customer(customer)
        if any(ev.status == status for ev in statuses_in_force(cust, day)):

            raise ValidationError(tr("collections", "Customer {code} is already: {status}", code=cust.code,
                                     status=names.status_event(status)), field="status")
        row = CustomerStatusEvent.create(customer=cust.id, status=status, since=day, reason=reason,
                                         username=actor.username, created_at=now())
        record_audit("start", "customer_status_event", row.id, None, snapshot(row))
        new_status = _STATUS_FIELD.get(status)
        if new_status and not (cust.status == "blacklisted" and new_status == "legal"):
            _set_customer_status(cust, new_status, reason)
        tasks = refresh_in_transaction(cust.id, day)
        cust = Customer.get_by_id(cust.id)
    return StatusResult([row.id], cust.code, status, day, None, cust.status, tasks,
                        Changes.of(collection=cust.id, customer=cust.id) | tasks.changes)


def _set_customer_status(cust: Customer, status: str, reason: str) -> None:
    if cust.status == status:
        return
    before = snapshot(cust)
    Customer.update(status=status, updated_at=now()).where(Customer.id == cust.id).execute()
    record_audit("status", "customer", cust.id, before, {**snapshot(Customer.get_by_id(cust.id)), "reason": reason})


def hand_over(customer, to: str, reason: str, *, on: _dt.date | None = None) -> StatusResult:
    """Hand the customer's debt over to legal (诉讼) or a collection agency: the ladder
    stops for the customer until :func:`resume`. A manager's decision."""
    if to not in vocab.HAND_OVER_TARGETS:
        raise ValidationError(tr("collections", "Hand over to 'legal' or 'agency', not '{value}'", value=to),
                              field="to")
    return _start_status(customer, to, reason, on)


def accept_legal_proposal(task, note: str = "", *, on: _dt.date | None = None) -> StatusResult:
    """Accept what a task proposes after the policy's failed attempts at the top levels
    (the seeds: after the second collection attempt fails, the debt goes to legal): the
    customer is handed over to legal as :func:`hand_over` does, and the ladder stops for
    it. The collector working the task may accept (``collection.work``): the policy made
    the decision. Refused when the task proposes nothing (the attempts so far named)."""
    current_actor().require(PERM_WORK)
    day = on_day(on)
    note = checked_text(note, tr("collections", "The note"))
    with db.atomic():
        lock_tasks()
        t = lookups.task(task)
        row = next((r for r in collection_queue(day, filters=QueueFilter(customer_id=t.customer_id))
                    if r.task_id == t.id), None)
        if row is None or row.proposal != "legal":
            raise ValidationError(
                tr("collections", "Task {id} does not propose a hand-over to legal (failed attempts at the top "
                                  "levels so far: {n})", id=t.id, n=row.failed_attempts if row else 0), field="task")
        reason = trn("collections", "Proposed by the ladder after {n} failed attempt at level {level}",
                     "Proposed by the ladder after {n} failed attempts at level {level}", row.failed_attempts,
                     level=row.level_seq)
        if note:
            reason += tr("collections", ": ") + note
        return _start_status(t.customer_id, "legal", reason, day, permission=PERM_WORK)


def blacklist(customer, reason: str, *, on: _dt.date | None = None) -> StatusResult:
    """Blacklist the customer (new invoices then need a manager's override)."""
    return _start_status(customer, "blacklisted", reason, on)


def suspend_credit(customer, reason: str, *, on: _dt.date | None = None) -> StatusResult:
    """Suspend new credit sales to the customer (new invoices then need a manager's override)."""
    return _start_status(customer, "credit_suspended", reason, on)


def resume(customer, status: str, reason: str, *, on: _dt.date | None = None) -> StatusResult:
    """End a status in force (legal, agency, blacklisted, credit_suspended) from ``on``:
    the ladder and credit sales resume. The event keeps its dates; nothing is deleted."""
    actor = current_actor()
    actor.require(PERM_APPROVE)
    day = on_day(on)
    if status not in vocab.STATUS_EVENTS:
        raise ValidationError(tr("collections", "Unknown customer status '{value}'", value=status), field="status")
    reason = checked_text(reason, tr("collections", "A reason"), required=True, field_name="reason")
    with db.atomic():
        cust = lookups.customer(customer)
        events = [ev for ev in statuses_in_force(cust, day) if ev.status == status]
        events += list(CustomerStatusEvent.select().where(
            (CustomerStatusEvent.customer == cust.id) & (CustomerStatusEvent.status == status)
            & (CustomerStatusEvent.since > day) & CustomerStatusEvent.until.is_null()))
        if not events:

            raise ValidationError(tr("collections", "Customer {code} is not: {status}", code=cust.code,
                                     status=names.status_event(status)), field="status")
        for ev in events:
            before = snapshot(ev)
            CustomerStatusEvent.update(until=max(day, ev.since), ended_by=actor.username, end_reason=reason) \
                .where(CustomerStatusEvent.id == ev.id).execute()
            record_audit("end", "customer_status_event", ev.id, before, snapshot(CustomerStatusEvent.get_by_id(ev.id)))
        if status in _STATUS_FIELD and cust.status == _STATUS_FIELD[status]:
            left = {ev.status for ev in statuses_in_force(cust, day)}
            _set_customer_status(cust, "blacklisted" if "blacklisted" in left else "legal" if "legal" in left
                                 else "active", reason)
        tasks = refresh_in_transaction(cust.id, day)
        cust = Customer.get_by_id(cust.id)
    return StatusResult([ev.id for ev in events], cust.code, status, None, day, cust.status, tasks,
                        Changes.of(collection=cust.id, customer=cust.id) | tasks.changes)
