"""Collection tasks by hand: created, escalated, completed, cancelled, assigned and
reassigned; and the queue as the acting user sees it."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence

from arapp import names
from arapp.db import lookups
from arapp.db.database import db
from arapp.db.models import CollectionTask, Customer, now
from arapp.domain import ladder
from arapp.domain import vocabulary as vocab
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.reports.collections import QueueFilter, TaskRow, collection_queue
from arapp.services.audit import record_audit, snapshot
from arapp.services.changes import Changes
from arapp.services.collections.common import (
    PERM_APPROVE,
    PERM_ASSIGN,
    PERM_WORK,
    active_user,
    checked_text,
    chunks,
    lock_tasks,
    on_day,
    refuse_closed_invoice,
)
from arapp.services.collections.ladder import CustomerPosition, manager_ids, where_customer_stands
from arapp.services.collections.results import AssignResult, TaskResult
from arapp.services.context import current_actor


def list_tasks(on: _dt.date | None = None, *, bucket: str = "all", collector: str | None = None,
               level: int | None = None, min_amount: int | None = None, category: str | None = None,
               customer=None, action: str | None = None,
               statuses: Sequence[str] = ("open",)) -> list[TaskRow]:
    """The queue (read-only; see :func:`arapp.reports.collections.collection_queue`).
    ``bucket`` is today / overdue / upcoming / mine (the acting user's, or unassigned for
    the user's role) / all; ``collector`` a username ('' for unassigned tasks)."""
    actor = current_actor()
    cid = lookups.customer(customer).id if customer is not None else None
    f = QueueFilter(collector=collector, level_seq=level, min_amount=min_amount, category=category,
                    customer_id=cid, action=action, statuses=tuple(statuses))
    return collection_queue(on_day(on), bucket=bucket, filters=f, user=actor.username, role=actor.role)


def _nothing_owed(cust: Customer) -> ValidationError:
    return ValidationError(
        tr("collections", "Customer {code} owes nothing that is due or falling due; no collection task is needed",
           code=cust.code), field="customer")


def _insert_task(cust: Customer, pos: CustomerPosition, seq: int, reason: str, on: _dt.date,
                 carried: int | None, *, chosen: int | None = None) -> CollectionTask:
    """A task at level ``seq`` routed by the age × amount matrix (:func:`arapp.domain.ladder.route`):
    to ``chosen`` when given, else as the ladder would (:func:`arapp.domain.ladder.assignee`
    of ``carried``; nobody for a manager's task, the customer's collector otherwise)."""
    lv = pos.policy.level(seq)
    days = max(0, pos.days)
    way = ladder.route(pos.policy, lv, pos.amount, days)
    assigned = chosen or ladder.assignee(way.role, carried, manager_ids()) or \
        (None if way.role == "manager" else cust.collector_id)
    return CollectionTask.create(
        customer=cust.id, policy=pos.policy.id, policy_name=pos.policy.name, level_seq=lv.seq,
        start_day=lv.start_day, action=way.action, tone=way.tone, role=way.role,
        letter_template=way.letter_template, description=lv.description, anchor=pos.anchor, due_on=on,
        status="open", reason=reason, procedure=way.procedure, amount=pos.amount, overdue_amount=pos.overdue,
        days_overdue=days, invoice_ids=pos.invoice_ids, assigned_to=assigned, created_on=on,
        created_at=now(), created_by=current_actor().username, updated_at=now())


def _close_tasks(tasks: Iterable[CollectionTask], status: str, on: _dt.date, outcome: str = "") -> None:
    for t in tasks:
        CollectionTask.update(status=status, hold_reason="", closed_on=on, closed_by=current_actor().username,
                              updated_at=now(), outcome=outcome or t.outcome).where(CollectionTask.id == t.id).execute()


def create_task(customer=None, *, invoice=None, on: _dt.date | None = None, level_seq: int | None = None,
                assign_to=None) -> TaskResult:
    """Add a task by hand for a customer (or the customer of ``invoice``) at the level it
    has reached, or a higher ``level_seq``; it replaces the customer's open task.
    Refused for a paid invoice or a customer who owes nothing in reach."""
    current_actor().require(PERM_WORK)
    day = on_day(on)
    with db.atomic():
        lock_tasks()
        if invoice is not None:
            inv = lookups.invoice(invoice)
            refuse_closed_invoice(inv)
            cust = inv.customer
        elif customer is not None:
            cust = lookups.customer(customer)
        else:
            raise ValidationError(tr("collections", "Choose a customer or an invoice"), field="customer")
        pos = where_customer_stands(cust.id, day)
        if pos is None:
            raise _nothing_owed(cust)
        seq = pos.level.seq if level_seq is None else level_seq
        if not isinstance(seq, int) or pos.policy.level(seq) is None:
            raise ValidationError(tr("collections", "Policy {policy} has no level {n}",
                                     policy=pos.policy.display_name(), n=seq), field="level_seq")
        if pos.max_seq is not None and seq <= pos.max_seq:
            raise ValidationError(
                tr("collections", "Customer {code} already has a task at level {n} or higher for this debt; "
                                  "escalate that task instead", code=cust.code, n=seq), field="level_seq")
        user = active_user(assign_to)
        active = list(CollectionTask.select().where((CollectionTask.customer == cust.id)
                                                    & CollectionTask.status.in_(vocab.TASK_ACTIVE_STATUSES)))
        carried = next((t.assigned_to_id for t in active if t.assigned_to_id), None)
        task = _insert_task(cust, pos, seq, "manual", day, carried, chosen=user.id if user else None)
        _close_tasks(active, "superseded", day)
        record_audit("create", "collection_task", task.id, None,
                     {**snapshot(task), "superseded": [t.id for t in active]})
    return TaskResult(task.id, cust.code, "open", seq, task.id,
                      Changes.of(task=[task.id, *(t.id for t in active)], collection=cust.id))


def escalate_task(task, reason: str, *, on: _dt.date | None = None) -> TaskResult:
    """Move the customer up one level now: the next level's task replaces this one."""
    current_actor().require(PERM_WORK)
    day = on_day(on)
    reason = checked_text(reason, tr("collections", "A reason"), required=True, field_name="reason")
    with db.atomic():
        lock_tasks()
        t = lookups.task(task)
        if t.status not in vocab.TASK_ACTIVE_STATUSES:
            raise ValidationError(tr("collections", "Task {id} is {status}; only an open task can be escalated",
                                     id=t.id, status=names.task_status(t.status)), field="task")
        cust = t.customer
        pos = where_customer_stands(cust.id, day)
        if pos is None:
            raise _nothing_owed(cust)
        base = max(pos.level.seq, pos.max_seq or 0, t.level_seq if t.anchor == pos.anchor_date else 0)
        if base + 1 > pos.policy.top_seq:
            raise ValidationError(tr("collections", "Task {id} is at the top of the ladder already", id=t.id),
                                  field="task")
        new = _insert_task(cust, pos, base + 1, "escalated", day, t.assigned_to_id)
        others = list(CollectionTask.select().where((CollectionTask.customer == cust.id)
                                                    & CollectionTask.status.in_(vocab.TASK_ACTIVE_STATUSES)
                                                    & (CollectionTask.id != new.id) & (CollectionTask.id != t.id)))
        _close_tasks([t], "superseded", day, outcome=reason)
        _close_tasks(others, "superseded", day)
        record_audit("escalate", "collection_task", t.id, {"status": t.status, "level_seq": t.level_seq},
                     {"new_task": new.id, "level_seq": new.level_seq, "reason": reason})
    return TaskResult(t.id, cust.code, "superseded", t.level_seq, new.id,
                      Changes.of(task=[t.id, new.id], collection=cust.id))


def complete_task(task, outcome: str, *, on: _dt.date | None = None) -> TaskResult:
    """Mark a task done with its outcome (what was done and agreed). The ladder goes on:
    the next level still comes when its day does."""
    current_actor().require(PERM_WORK)
    day = on_day(on)
    outcome = checked_text(outcome, tr("collections", "The outcome"), required=True, field_name="outcome")
    with db.atomic():
        t = lookups.task(task)
        if t.status not in vocab.TASK_ACTIVE_STATUSES:
            raise ValidationError(tr("collections", "Task {id} is {status}; only an open task can be completed",
                                     id=t.id, status=names.task_status(t.status)), field="task")
        before = snapshot(t)
        _close_tasks([t], "done", day, outcome)
        t = lookups.task(t.id)
        record_audit("complete", "collection_task", t.id, before, snapshot(t))
    return TaskResult(t.id, t.customer.code, "done", t.level_seq, None,
                      Changes.of(task=t.id, collection=t.customer_id))


def cancel_task(task, reason: str, *, on: _dt.date | None = None) -> TaskResult:
    """Cancel a task that should not have been made (a manager's decision, with a reason)."""
    current_actor().require(PERM_APPROVE)
    day = on_day(on)
    reason = checked_text(reason, tr("collections", "A reason"), required=True, field_name="reason")
    with db.atomic():
        t = lookups.task(task)
        if t.status not in vocab.TASK_ACTIVE_STATUSES:
            raise ValidationError(tr("collections", "Task {id} is {status}; only an open task can be cancelled",
                                     id=t.id, status=names.task_status(t.status)), field="task")
        before = snapshot(t)
        _close_tasks([t], "cancelled", day, reason)
        record_audit("cancel", "collection_task", t.id, before, {**snapshot(lookups.task(t.id)), "reason": reason})
    return TaskResult(t.id, t.customer.code, "cancelled", t.level_seq, None,
                      Changes.of(task=t.id, collection=t.customer_id))


def assign_task(task, user) -> TaskResult:
    """Give a task to a user (None: to nobody). Taking a task for oneself needs
    ``collection.work``; giving it to someone else ``collection.assign``."""
    actor = current_actor()
    target = active_user(user)
    actor.require(PERM_WORK if target is not None and target.username == actor.username else PERM_ASSIGN)
    with db.atomic():
        t = lookups.task(task)
        if t.status not in vocab.TASK_ACTIVE_STATUSES:
            raise ValidationError(tr("collections", "Task {id} is {status}; only an open task can be assigned",
                                     id=t.id, status=names.task_status(t.status)), field="task")
        before = {"assigned_to_id": t.assigned_to_id}
        CollectionTask.update(assigned_to=target.id if target else None, updated_at=now()) \
            .where(CollectionTask.id == t.id).execute()
        record_audit("assign", "collection_task", t.id, before, {"assigned_to_id": target.id if target else None})
    return TaskResult(t.id, t.customer.code, t.status, t.level_seq, None,
                      Changes.of(task=t.id, collection=t.customer_id))


def reassign(from_user, to_user, *, customer=None) -> AssignResult:
    """Move every open or paused task of one user (None: the unassigned ones) to another,
    for one customer or all (a collector on leave); ``task_ids`` are the tasks moved."""
    current_actor().require(PERM_ASSIGN)
    src = active_user(from_user) if from_user not in (None, "") else None
    dst = active_user(to_user)
    with db.atomic():
        q = CollectionTask.select(CollectionTask.id).where(CollectionTask.status.in_(vocab.TASK_ACTIVE_STATUSES))
        q = q.where(CollectionTask.assigned_to == src.id) if src else q.where(CollectionTask.assigned_to.is_null())
        if customer is not None:
            q = q.where(CollectionTask.customer == lookups.customer(customer).id)
        ids = [r.id for r in q]
        for chunk in chunks(ids):
            CollectionTask.update(assigned_to=dst.id if dst else None, updated_at=now()) \
                .where(CollectionTask.id.in_(chunk)).execute()
        if ids:
            record_audit("reassign", "collection_task", ",".join(map(str, ids[:50])) + ("…" if len(ids) > 50 else ""),
                         {"assigned_to": src.username if src else None},
                         {"assigned_to": dst.username if dst else None, "tasks": len(ids)})
    return AssignResult(ids, dst.username if dst else "", Changes.of(task=ids or None, collection=bool(ids)))


def single_active_task(customer_id: int) -> CollectionTask | None:
    """The customer's open or paused task when there is exactly one."""
    active = list(CollectionTask.select().where((CollectionTask.customer == customer_id)
                                                & CollectionTask.status.in_(vocab.TASK_ACTIVE_STATUSES)).limit(2))
    return active[0] if len(active) == 1 else None

