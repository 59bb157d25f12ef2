"""The daily run of the collection ladder (see :mod:`arapp.services.collections`), set-based:
judge the open promises and plans, read every customer's position, active tasks and
holds in bulk, ask :func:`arapp.domain.ladder.decide` per customer, and write the
decisions in bulk (one ``INSERT`` for the new tasks, one ``UPDATE`` per new status).
The same rules for one customer inside another service's transaction
(:func:`refresh_in_transaction`), so the queue is right straight away.

Anchors travel as the database returns them (ISO text on SQLite, dates on PostgreSQL),
so the daily run compares and writes them without parsing thousands of dates.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from arapp import clock
from arapp.db import lookups
from arapp.db.database import db, is_postgres, is_sqlite, service_writes
from arapp.db.ledger_sql import OPEN_STATUSES_SQL, credit_pieces_sql
from arapp.db.models import CollectionTask, LadderRun, PaymentPlan, PlanInstalment, now
from arapp.domain import ladder
from arapp.domain import vocabulary as vocab
from arapp.domain.ladder import ActiveTask, Decision, NewTask, Position
from arapp.domain.policy import PolicyBook
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.reports.collections import open_position_sql, policy_book
from arapp.services.audit import record_audit, record_audits
from arapp.services.collections.common import (
    PERM_WORK,
    as_date,
    chunks,
    in_list,
    lock_tasks,
    on_day,
    timestamp,
)
from arapp.services.collections.results import GenerationResult
from arapp.services.context import current_actor


@dataclass(slots=True)
class CustomerPosition(Position):
    """A customer's position with what a new task records besides: the customer, its
    category and collector, the part overdue and the invoice ids in reach. (Made with
    positional arguments: thousands a run, and keywords cost twice the time.)"""

    customer_id: int = 0
    category: str = ""
    collector_id: int | None = None
    overdue: int | None = None     # None until filled (the whole book's run fills it for new tasks)
    invoice_ids: str = ""

    @property
    def anchor_date(self) -> _dt.date | None:
        return as_date(self.anchor)


def where_customer_stands(customer_id: int, on: _dt.date) -> CustomerPosition | None:
    """The customer's position on ``on`` when its ladder has started and something in
    reach is not held; None otherwise."""
    pos = _positions(on, policy_book(), [customer_id]).get(customer_id)
    return pos if pos is not None and pos.level is not None else None


def _raw_date(value: _dt.date):
    """A date as the database hands it back (ISO text on SQLite)."""
    return value if is_postgres() else value.isoformat()


def _positions(on: _dt.date, book: PolicyBook, customer_ids: list[int] | None) -> dict[int, CustomerPosition]:
    """Customers whose ladder has started by their invoices' own due dates, with where
    they stand after approved extensions and open disputes."""
    p = db.obj.param
    reach = on + _dt.timedelta(days=book.reach_days)
    # The whole book's run leaves out what only new tasks need (the overdue part, the
    # invoice ids, the collector: ``_fill_details``), and the customer's category
    # while one policy serves everybody.
    whole = customer_ids is None
    inner, iparams = open_position_sql(p, on, reach, customer_ids, detail=not whole)
    days = (f"CAST(julianday({p}) - julianday(x.anchor) AS INTEGER)" if not is_postgres()
            else f"(CAST({p} AS DATE) - x.anchor)")
    by_category = not whole or len(book.policies) > 1
    customer_cols, join = ("c.category, c.collector_id", "JOIN customer c ON c.id = x.customer_id") if by_category \
        else ("'', NULL", "")
    sql = (f"SELECT x.customer_id, x.anchor, {days}, x.amount, x.overdue, x.ids, {customer_cols}, "
           f"(SELECT MAX(t.level_seq) FROM collection_task t WHERE t.customer_id = x.customer_id "
           f"AND t.anchor = x.anchor) FROM ({inner}) x {join}")
    out: dict[int, CustomerPosition] = {}
    for cid, anchor, age, amount, overdue, ids, category, collector_id, max_seq in db.execute_sql(
            sql, [on.isoformat(), *iparams]).fetchall():
        pol = book.for_category(category)
        level = pol.level_for(age)
        if level is None:
            continue                      # the customer's ladder has not started
        out[cid] = CustomerPosition(pol, anchor, age, int(amount), level, max_seq, "", None, cid, category or "",
                                    collector_id, None if whole else int(overdue or 0), ids or "")
    # Money the customer has paid in advance (预收) that covers what is in reach: there is
    # nothing to chase, the bookkeeper applies the credit.
    credits, cparams = credit_pieces_sql(p, None)
    flt, fparams = _customer_filter(customer_ids, "c.customer_id")
    for cid, credit in db.execute_sql(f"SELECT c.customer_id, SUM(c.amount) FROM ({credits}) c WHERE 1 = 1{flt} "
                                      f"GROUP BY c.customer_id", [*cparams, *fparams]).fetchall():
        pos = out.get(cid)
        if pos is not None and int(credit or 0) >= pos.amount:
            del out[cid]
    _apply_holds_on_invoices(on, reach, out)
    return out


def _apply_holds_on_invoices(on: _dt.date, reach: _dt.date, positions: dict[int, CustomerPosition]) -> None:
    """Recompute the customers with an approved extension or an open dispute on an open
    invoice: an extended invoice counts from its new due date, a disputed one not at all."""
    p = db.obj.param
    extended: dict[int, _dt.date] = {}
    touched: set[int] = set()
    for iid, cid, due in db.execute_sql(
            f"SELECT e.invoice_id, i.customer_id, MAX(e.requested_due) FROM extension_request e "
            f"JOIN invoice i ON i.id = e.invoice_id WHERE e.status = {p} AND i.open_amount > 0 "
            f"AND i.status IN {OPEN_STATUSES_SQL} GROUP BY e.invoice_id, i.customer_id", ["approved"]).fetchall():
        if cid in positions:
            extended[iid] = as_date(due)
            touched.add(cid)
    disputed: set[int] = set()
    for iid, cid in db.execute_sql(f"SELECT invoice_id, customer_id FROM invoice_dispute WHERE status = {p}",
                                   ["open"]).fetchall():
        if cid in positions:
            disputed.add(iid)
            touched.add(cid)
    if not touched:
        return
    items: dict[int, list[tuple[int, _dt.date, int]]] = {}
    ids = sorted(touched)
    for chunk in chunks(ids):
        for iid, cid, due, amount in db.execute_sql(
                f"SELECT id, customer_id, due_date, open_amount FROM invoice WHERE open_amount > 0 "
                f"AND status IN {OPEN_STATUSES_SQL} AND due_date <= {p} AND {in_list('customer_id', chunk, p)}",
                [reach.isoformat(), *chunk]).fetchall():
            items.setdefault(cid, []).append((iid, as_date(due), int(amount)))
    new_anchors: dict[int, object] = {}
    for cid in ids:
        pos = positions[cid]
        kept = []
        held = ""
        until = None                      # the earliest extended due date past the reach
        for iid, due, amount in items.get(cid, []):
            if iid in disputed:
                held = held or "dispute"
                continue
            eff = max(due, extended.get(iid, due))
            if eff > reach:
                held = held or "extension"
                until = eff if until is None else min(until, eff)
                continue
            kept.append((iid, eff, amount))
        anchor = min((e for _, e, _ in kept), default=None)
        level = pos.policy.level_for((on - anchor).days) if anchor else None
        if level is None:
            pos.level, pos.hold, pos.anchor, pos.hold_until = None, held or "extension", None, until
            continue
        pos.anchor, pos.days, pos.level = _raw_date(anchor), (on - anchor).days, level
        pos.amount = sum(a for _, _, a in kept)
        pos.overdue = sum(a for _, e, a in kept if e < on)
        pos.invoice_ids = ",".join(str(i) for i, _, _ in kept)
        new_anchors[cid] = pos.anchor
    if new_anchors:
        found: dict[tuple[int, object], int] = {}
        keys = sorted(new_anchors)
        for chunk in chunks(keys):
            for cid, anchor, seq in db.execute_sql(
                    f"SELECT customer_id, anchor, MAX(level_seq) FROM collection_task WHERE "
                    f"{in_list('customer_id', chunk, p)} GROUP BY customer_id, anchor", chunk).fetchall():
                found[(cid, anchor)] = seq
        for cid, anchor in new_anchors.items():
            positions[cid].max_seq = found.get((cid, anchor))


def _active_tasks(customer_ids: list[int] | None) -> dict[int, list[ActiveTask]]:
    """The open and paused tasks per customer."""
    p = db.obj.param
    sql = ("SELECT id, customer_id, anchor, level_seq, status, assigned_to_id FROM collection_task "
           f"WHERE {in_list('status', vocab.TASK_ACTIVE_STATUSES, p)}")
    out: dict[int, list[ActiveTask]] = {}
    for chunk in (list(chunks(customer_ids)) if customer_ids is not None else [None]):
        q, params = sql, list(vocab.TASK_ACTIVE_STATUSES)
        if chunk is not None:
            if not chunk:
                continue
            q += " AND " + in_list("customer_id", chunk, p)
            params += chunk
        for tid, cid, anchor, seq, status, assigned in db.execute_sql(q, params).fetchall():
            out.setdefault(cid, []).append(ActiveTask(tid, anchor, seq, status, assigned))
    return out


def _fill_watch_details(active: dict[int, list[ActiveTask]], customer_ids: list[int]) -> None:
    """The procedure and hold of the active tasks of the customers an extension holds
    (the key procedure's are watched, not paused): read for those few only."""
    p = db.obj.param
    tasks = {t.id: t for cid in customer_ids for t in active.get(cid, ())}
    for chunk in chunks(sorted(tasks)):
        for tid, procedure, hold in db.execute_sql(
                f"SELECT id, procedure, hold_reason FROM collection_task WHERE {in_list('id', chunk, p)}",
                chunk).fetchall():
            tasks[tid].procedure, tasks[tid].hold_reason = procedure, hold


def manager_ids() -> frozenset[int]:
    """The active users whose role is the manager's (who keep a manager's task)."""
    p = db.obj.param
    return frozenset(r[0] for r in db.execute_sql(f"SELECT id FROM app_user WHERE role = {p} AND active = {p}",
                                                  ["manager", True]).fetchall())


def _customer_filter(customer_ids: list[int] | None, column: str = "customer_id") -> tuple[str, list]:
    if customer_ids is None:
        return "", []
    return " AND " + in_list(column, customer_ids, db.obj.param), list(customer_ids)


def _payments(customer_ids: Iterable[int], since: _dt.date) -> dict[int, list[tuple[_dt.date, int, _dt.datetime]]]:
    """Receipts (and credit notes) not reversed, dated from ``since``, per customer, by
    date: (date, fen, recorded at)."""
    p = db.obj.param
    out: dict[int, list[tuple[_dt.date, int, _dt.datetime]]] = {}
    ids = sorted(set(customer_ids))
    for chunk in chunks(ids):
        flt = in_list("customer_id", chunk, p)
        for table in ("receipt", "credit_note"):
            for cid, date, amount, created in db.execute_sql(
                    f"SELECT customer_id, date, amount, created_at FROM {table} WHERE status = {p} AND date >= {p} "
                    f"AND {flt}", ["posted", since.isoformat(), *chunk]).fetchall():
                out.setdefault(cid, []).append((as_date(date), int(amount), _stamp(created)))
    for v in out.values():
        v.sort()
    return out


def _receipts(customer_ids: Iterable[int], since: _dt.date) -> dict[int, list[tuple[_dt.date, int, _dt.datetime]]]:
    """Receipts not reversed, dated from ``since``, per customer: (date, fen, recorded at)."""
    p = db.obj.param
    out: dict[int, list[tuple[_dt.date, int, _dt.datetime]]] = {}
    ids = sorted(set(customer_ids))
    for chunk in chunks(ids):
        for cid, date, amount, created in db.execute_sql(
                f"SELECT customer_id, date, amount, created_at FROM receipt WHERE status = {p} AND date >= {p} AND "
                f"{in_list('customer_id', chunk, p)}", ["posted", since.isoformat(), *chunk]).fetchall():
            out.setdefault(cid, []).append((as_date(date), int(amount), _stamp(created)))
    return out


def _stamp(value) -> _dt.datetime:
    """A timestamp as the database hands it back (ISO text on SQLite)."""
    if isinstance(value, _dt.datetime):
        return value.replace(tzinfo=None)
    return _dt.datetime.fromisoformat(str(value))


def _evaluate_promises(on: _dt.date, customer_ids: list[int] | None, res: GenerationResult,
                       escalate: dict[int, str]) -> None:
    """Open promises: kept once the customer's receipts since the promise reach the
    amount; broken the day after the promised date otherwise (the customer escalates)."""
    p = db.obj.param
    flt, params = _customer_filter(customer_ids)
    rows = db.execute_sql(f"SELECT id, customer_id, made_on, promised_date, amount, created_at FROM promise_to_pay "
                          f"WHERE status = {p}{flt}", ["open", *params]).fetchall()
    if not rows:
        return
    since = min(as_date(r[2]) for r in rows)
    paid = _receipts([r[1] for r in rows], since)
    judged: list[tuple[int, str, int]] = []
    for pid, cid, made_on, promised, amount, made_at in rows:
        made_on, promised, made_at = as_date(made_on), as_date(promised), _stamp(made_at)
        until = min(promised, on)
        # Money dated the day the promise was made counts only if recorded after it:
        # a part payment that morning is not the money promised that afternoon.
        received = sum(a for d, a, at in paid.get(cid, [])
                       if made_on < d <= until or (d == made_on <= until and at >= made_at))
        if received >= amount:
            status = "kept"
            res.promises_kept += 1
        elif promised < on:
            status = "broken"
            res.promises_broken += 1
            escalate[cid] = "broken_promise"
        else:
            continue
        judged.append((pid, status, received))
    if not judged:
        return
    # One statement for all the promises judged, and their audit records together.
    day = on.isoformat() if is_sqlite(db.obj) else on
    cursor = db.obj.cursor()
    try:
        cursor.executemany(f"UPDATE promise_to_pay SET status = {p}, received = {p}, evaluated_on = {p} "
                           f"WHERE id = {p}", [(status, received, day, pid) for pid, status, received in judged])
    finally:
        cursor.close()
    record_audits("evaluate", "promise_to_pay",
                  [(pid, {"status": status, "received": received, "evaluated_on": on})
                   for pid, status, received in judged], before={"status": "open"})


def _evaluate_plans(on: _dt.date, customer_ids: list[int] | None, res: GenerationResult,
                    escalate: dict[int, str]) -> None:
    """Active plans: an instalment is paid once the payments since the plan started cover
    it and every one before it; one not covered by its date is missed, which breaks the
    plan (the customer escalates). A plan whose instalments are all paid is completed."""
    p = db.obj.param
    flt, params = _customer_filter(customer_ids)
    plans = db.execute_sql(f"SELECT id, customer_id, start_on, created_at FROM payment_plan WHERE status = {p}{flt}",
                           ["active", *params]).fetchall()
    if not plans:
        return
    since = min(as_date(r[2]) for r in plans)
    pays = _payments([r[1] for r in plans], since)
    for plan_id, cid, start_on, made_at in plans:
        start_on, made_at = as_date(start_on), _stamp(made_at)
        # Money dated the plan's first day counts only if recorded after the plan: what
        # came in before it was already taken off the overdue balance the plan splits.
        mine = [(d, a) for d, a, at in pays.get(cid, []) if d > start_on or (d == start_on and at >= made_at)]
        paid_now = sum(a for d, a in mine if d <= on)
        cum = 0
        broken_seq = None
        all_paid = True
        for inst in PlanInstalment.select().where(PlanInstalment.plan == plan_id).order_by(PlanInstalment.seq):
            cum += inst.amount
            if inst.status == "paid":
                continue
            paid_by_due = sum(a for d, a in mine if d <= inst.due_on)
            if paid_now >= cum and (inst.due_on >= on or paid_by_due >= cum):
                running, settled = 0, on
                for d, a in mine:
                    running += a
                    if running >= cum:
                        settled = d
                        break
                PlanInstalment.update(status="paid", settled_on=settled).where(PlanInstalment.id == inst.id).execute()
                continue
            all_paid = False
            if inst.due_on < on:
                broken_seq = inst.seq
                PlanInstalment.update(status="missed").where(PlanInstalment.id == inst.id).execute()
            break
        if broken_seq is not None:
            PaymentPlan.update(status="broken", ended_on=on, end_reason=f"instalment {broken_seq} missed") \
                .where(PaymentPlan.id == plan_id).execute()
            record_audit("break", "payment_plan", plan_id, {"status": "active"},
                         {"status": "broken", "missed_instalment": broken_seq, "paid": paid_now})
            res.plans_broken += 1
            escalate[cid] = "broken_plan"
        elif all_paid:
            PaymentPlan.update(status="completed", ended_on=on, end_reason="all instalments paid") \
                .where(PaymentPlan.id == plan_id).execute()
            record_audit("complete", "payment_plan", plan_id, {"status": "active"}, {"status": "completed"})
            res.plans_completed += 1


def _customer_holds(on: _dt.date, customer_ids: list[int] | None) -> dict[int, set[str]]:
    """The customer holds in force on ``on``: an open promise not yet due, an active plan,
    a hand-over to legal or an agency (which one wins is :func:`arapp.domain.ladder.hold_reason`)."""
    p = db.obj.param
    out: dict[int, set[str]] = {}
    flt, params = _customer_filter(customer_ids)
    for (cid,) in db.execute_sql(f"SELECT customer_id FROM promise_to_pay WHERE status = {p} AND promised_date >= {p}"
                                 f"{flt}", ["open", on.isoformat(), *params]).fetchall():
        out.setdefault(cid, set()).add("promise")
    for (cid,) in db.execute_sql(f"SELECT customer_id FROM payment_plan WHERE status = {p}{flt}",
                                 ["active", *params]).fetchall():
        out.setdefault(cid, set()).add("plan")
    for cid, status in db.execute_sql(
            f"SELECT customer_id, status FROM customer_status_event WHERE status IN ({p}, {p}) AND since <= {p} "
            f"AND (until IS NULL OR until > {p}){flt}",
            ["legal", "agency", on.isoformat(), on.isoformat(), *params]).fetchall():
        out.setdefault(cid, set()).add(status)
    return out


_INSERT_COLUMNS = (
    "customer_id", "policy_id", "policy_name", "level_seq", "start_day", "action", "tone", "role",
    "letter_template", "description", "anchor", "due_on", "status", "reason", "hold_reason", "procedure", "amount",
    "overdue_amount", "days_overdue", "invoice_ids", "assigned_to_id", "outcome", "created_on", "created_at",
    "created_by", "updated_at", "closed_by",
)


def _fill_details(on: _dt.date, book: PolicyBook, positions: list[CustomerPosition]) -> None:
    """The overdue part, the invoice ids and the customer's collector, for the positions
    the whole book's run makes new tasks for: one grouped pass for many customers,
    through the customer index for a few."""
    p = db.obj.param
    reach = on + _dt.timedelta(days=book.reach_days)
    need = {pos.customer_id: pos for pos in positions if pos.overdue is None}
    ids = sorted(need)
    many = len(ids) > 1000
    for chunk in ([None] if many else list(chunks(ids, 500))):
        sql, params = open_position_sql(p, on, reach, chunk)
        for cid, _anchor, _amount, overdue, inv_ids in db.execute_sql(sql, params).fetchall():
            pos = need.get(cid)
            if pos is not None:
                pos.overdue, pos.invoice_ids = int(overdue or 0), inv_ids or ""
    wanted = {pos.customer_id: pos for pos in positions if pos.collector_id is None}
    if wanted:
        for chunk in ([None] if len(wanted) > 1000 else list(chunks(sorted(wanted), 500))):
            sql = "SELECT id, collector_id FROM customer WHERE collector_id IS NOT NULL"
            if chunk is not None:
                sql += " AND " + in_list("id", chunk, p)
            for cid, collector_id in db.execute_sql(sql, chunk or []).fetchall():
                pos = wanted.get(cid)
                if pos is not None:
                    pos.collector_id = collector_id


@dataclass
class _Writes:
    """What one run's decisions write: the new tasks, the task ids per (new status, hold
    reason), the episodes whose highest task may be reopened, and the key-procedure
    tasks watched under an extension (ids, the extended due date)."""

    creates: list[tuple[CustomerPosition, NewTask]] = field(default_factory=list)
    updates: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    reopen: list[tuple[int, object, int]] = field(default_factory=list)
    watch: list[tuple[tuple[int, ...], object]] = field(default_factory=list)

    def _set(self, status: str, hold: str, ids: tuple[int, ...]) -> int:
        if ids:
            self.updates.setdefault((status, hold), []).extend(ids)
        return len(ids)

    def add(self, pos: CustomerPosition | None, d: Decision, res: GenerationResult) -> None:
        """Take one customer's decision in, and count it in ``res``."""
        if d.hold:
            res.skipped += 1
        res.paused += self._set("paused", d.hold, d.pause)
        if d.watch:
            self.watch.append((d.watch, d.watch_until))
            res.watched += len(d.watch)
        res.resumed += self._set("open", "", d.resume)
        res.superseded += self._set("superseded", "", d.supersede)
        res.closed += self._set("closed_paid", "", d.close)
        if d.create is not None:
            self.creates.append((pos, d.create))
            res.created += 1
            if d.create.escalated:
                res.escalated += 1
        if d.reopen_seq is not None:
            self.reopen.append((pos.customer_id, pos.anchor, d.reopen_seq))


def _run_ladder(on: _dt.date, customer_ids: list[int] | None, res: GenerationResult) -> None:
    """The ladder's rules for every customer (``customer_ids`` None) or the given ones:
    read in bulk, decide per customer (:func:`arapp.domain.ladder.decide`), write in
    bulk. Call inside a transaction, after ``lock_tasks``."""
    book = policy_book()
    broken: dict[int, str] = {}
    _evaluate_promises(on, customer_ids, res, broken)
    _evaluate_plans(on, customer_ids, res, broken)
    holds = _customer_holds(on, customer_ids)
    positions = _positions(on, book, customer_ids)
    active = _active_tasks(customer_ids)
    managers = manager_ids()
    extended = [cid for cid, pos in positions.items() if pos.hold == "extension" and cid in active]
    if extended:
        _fill_watch_details(active, extended)
    res.customers_in_reach += len(positions)
    writes = _Writes()
    decide, stands, none = ladder.decide, ladder.STANDS, ()
    for cid, pos in positions.items():
        d = decide(pos, active.get(cid, none), holds.get(cid, none), broken.get(cid, ""), managers)
        if d is not stands:               # the usual day: the customer's task stands
            writes.add(pos, d, res)
    for cid, act in active.items():
        if cid not in positions:          # nothing owed in reach any more
            writes.add(None, decide(None, act), res)
    _write(on, book, customer_ids, writes, res)


def _write(on: _dt.date, book: PolicyBook, customer_ids: list[int] | None, writes: _Writes,
           res: GenerationResult) -> None:
    """Write one run's decisions: the episodes' tasks reopened, the new tasks in one
    ``INSERT``, one ``UPDATE`` per new status."""
    user = current_actor().username
    stamp = timestamp(now())
    day = on.isoformat()
    updates = writes.updates
    # The episode's highest task was replaced by one that is gone (another anchor while
    # an invoice was disputed, or closed when a receipt that paid it was reversed).
    for cid, anchor, seq in writes.reopen:
        row = CollectionTask.get_or_none((CollectionTask.customer == cid) & (CollectionTask.anchor == anchor)
                                         & (CollectionTask.level_seq == seq))
        if row is not None and ladder.reopens(row.status):
            updates.setdefault(("open", ""), []).append(row.id)
            res.resumed += 1

    p = db.obj.param
    if writes.creates:
        _fill_details(on, book, [pos for pos, _ in writes.creates])
        rows = []
        for pos, new in writes.creates:
            lv, way = new.level, new.route
            # A manager's task goes to the managers' queue unless a manager had the customer.
            assigned = new.assigned_to or (None if way.role == "manager" else pos.collector_id)
            rows.append((pos.customer_id, pos.policy.id, pos.policy.name, lv.seq, lv.start_day, way.action, way.tone,
                         way.role, way.letter_template, lv.description, pos.anchor, day, "open", new.reason, "",
                         way.procedure, pos.amount, pos.overdue or 0, new.days_overdue,
                         pos.invoice_ids, assigned, "", day, stamp, user, stamp, ""))
        sql = (f"INSERT INTO collection_task ({', '.join(_INSERT_COLUMNS)}) "
               f"VALUES ({', '.join([p] * len(_INSERT_COLUMNS))})")
        cursor = db.cursor()
        for chunk in chunks(rows, 5000):
            cursor.executemany(sql, chunk)
        if customer_ids is not None:
            for cid, anchor, seq in ((r[0], r[10], r[3]) for r in rows):
                res.created_task_ids.append(CollectionTask.get(
                    (CollectionTask.customer == cid) & (CollectionTask.anchor == anchor)
                    & (CollectionTask.level_seq == seq)).id)
    # Watched closely: open, the extension noted, followed up within the week and by the
    # extended due date at the latest.
    for ids, until in writes.watch:
        follow = on + _dt.timedelta(days=ladder.WATCH_DAYS)
        if until is not None:
            follow = min(follow, as_date(until))
        db.execute_sql(f"UPDATE collection_task SET status = {p}, hold_reason = {p}, follow_up_on = {p}, "
                       f"updated_at = {p}, closed_on = NULL, closed_by = '' WHERE {in_list('id', ids, p)}",
                       ["open", "extension", follow.isoformat(), stamp, *ids])
    for (status, hold), ids in updates.items():
        closing = status in ("closed_paid", "superseded")
        for chunk in chunks(ids):
            if closing:
                db.execute_sql(f"UPDATE collection_task SET status = {p}, hold_reason = '', closed_on = {p}, "
                               f"closed_by = {p}, updated_at = {p} WHERE {in_list('id', chunk, p)}",
                               [status, day, user, stamp, *chunk])
            else:
                db.execute_sql(f"UPDATE collection_task SET status = {p}, hold_reason = {p}, updated_at = {p}, "
                               f"closed_on = NULL, closed_by = '' WHERE {in_list('id', chunk, p)}",
                               [status, hold, stamp, *chunk])


def last_run_on() -> _dt.date | None:
    """The latest working day the day's ladder ran for (None before the first run)."""
    row = db.execute_sql("SELECT MAX(run_on) FROM ladder_run").fetchone()
    return as_date(row[0]) if row and row[0] is not None else None


def refuse_run_day(day: _dt.date) -> _dt.date | None:
    """Refuse a run of the ladder for a day before the last run (the books of that day
    are gone by, and it would close and reopen tasks by them) or after today (nobody knows
    that day's books yet, and the run would then block every run for today). Returns the
    last run's day."""
    today = clock.today()
    if day > today:
        raise ValidationError(
            tr("collections", "The collection ladder cannot run for {day}, a day after today ({today}): "
                              "that day's payments are not in the books yet.",
               day=day.isoformat(), today=today.isoformat()),
            field="on")
    last = last_run_on()
    if last is not None and day < last:
        raise ValidationError(
            tr("collections", "The collection ladder already ran for {last}; a run for an earlier day ({day}) "
                              "is refused, as it would close and reopen tasks by the books of a day gone by. "
                              "Run it for {last} or a later day.", last=last.isoformat(), day=day.isoformat()),
            field="on")
    return last


def generate_tasks(on: _dt.date | None = None) -> GenerationResult:
    """The day's collection run (see the module doc): judge promises and plans, then
    create, escalate, pause, watch, resume and close tasks for every customer. Running
    it again on the same day changes nothing (and writes nothing); a run for a day
    before the last run is refused. The first run for each day is recorded
    (``ladder_run``); one audit record sums up a run that changed something."""
    current_actor().require(PERM_WORK)
    day = on_day(on)
    res = GenerationResult(day)
    with db.atomic():
        lock_tasks()
        last = refuse_run_day(day)
        _run_ladder(day, None, res)
        if last is None or day > last:
            with service_writes():
                LadderRun.create(run_on=day, ran_at=now(), username=current_actor().username,
                                 summary=json.dumps(res.as_dict(), default=str))
        if res.changed:
            record_audit("generate", "collection_task", day.isoformat(), None, res.as_dict())
    return res


def refresh_in_transaction(customer_id: int, on: _dt.date) -> GenerationResult:
    """The ladder's rules for one customer, inside the caller's transaction: what a
    service that changed a hold (a promise, a plan, an extension decision, a dispute, a
    hand-over) runs so the customer's tasks are right at once."""
    res = GenerationResult(on)
    lock_tasks()
    _run_ladder(on, [customer_id], res)
    return res


def refresh_customer(customer, on: _dt.date | None = None) -> GenerationResult:
    """Run the ladder's rules for one customer now (what the daily run would do for it)."""
    current_actor().require(PERM_WORK)
    day = on_day(on)
    with db.atomic():
        lock_tasks()
        refuse_run_day(day)
        cust = lookups.customer(customer)
        res = refresh_in_transaction(cust.id, day)
        if res.changed:
            record_audit("refresh", "collection_task", cust.id, None, res.as_dict())
    return res

