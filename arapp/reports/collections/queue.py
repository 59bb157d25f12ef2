"""The collection task queue: each task with today's amounts, the last contact, the open
promise and the promises broken, the extension requests awaiting credit approval and
the failed attempts at the top levels (which propose a hand-over to legal); sorted by
priority and split into the day's buckets (the seeds' 当月该到未到 among them); as a
table for Excel and PDF. Also the grouped query of where each customer stands
(:func:`open_position_sql`) that the daily run reads."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from arapp import clock, names
from arapp.db.database import db, is_sqlite
from arapp.db.ledger_sql import OPEN_STATUSES_SQL, no_index, open_pieces_sql
from arapp.domain import vocabulary as vocab
from arapp.domain.ladder import proposes_legal
from arapp.domain.policy import Policy
from arapp.errors import ValidationError
from arapp.i18n import tr, trn
from arapp.reports.collections.common import as_date, as_datetime, chunks, id_list, in_list, timestamp
from arapp.reports.collections.policies import list_policies
from arapp.reports.table import Column, ReportTable

# ------------------------------------------------------------------------------ where each customer stands

def open_position_sql(p: str, on: _dt.date, reach: _dt.date, customer_ids: list[int] | None = None, *,
                      detail: bool = True) -> tuple[str, list]:
    """Per customer, today's open invoices due on or before ``reach``: the oldest due
    date (``anchor``), the open amount, and with ``detail`` the part overdue on ``on``
    and the invoice ids, comma-separated (else 0 and ''). Reads the partial index of
    open invoices and groups without walking the customer index (see ledger_sql)."""
    agg = "group_concat(id)" if is_sqlite() else "string_agg(CAST(id AS TEXT), ',')"
    params: list = []
    if detail:
        cols = f"SUM(CASE WHEN due_date < {p} THEN open_amount ELSE 0 END) AS overdue, {agg} AS ids"
        params.append(on.isoformat())
    else:
        cols = "0 AS overdue, '' AS ids"
    params.append(reach.isoformat())
    flt = ""
    if customer_ids is not None:
        flt = " AND " + in_list("customer_id", customer_ids, p)
        params += list(customer_ids)
    sql = (f"SELECT customer_id, MIN(due_date) AS anchor, SUM(open_amount) AS amount, {cols} "
           f"FROM invoice WHERE open_amount > 0 AND status IN {OPEN_STATUSES_SQL} AND due_date <= {p}{flt} "
           f"GROUP BY {no_index('customer_id')}")
    return sql, params


# ------------------------------------------------------------------------------ the queue

@dataclass(frozen=True)
class TaskRow:
    """One collection task as the queue shows it. Amounts in fen are today's: what the
    customer owes past due (``amount_overdue``) and in all (``amount_open``);
    ``amount_at_creation`` is what the task was created for. In the due-this-month
    bucket a customer owing what fell due this month but with no open or paused task is
    a row too: ``task_id`` None, ``status`` '' and no level (see :func:`collection_queue`)."""

    task_id: int | None
    customer_id: int
    customer_code: str
    customer_name: str
    category: str
    phone: str
    policy_name: str
    level_seq: int
    start_day: int
    action: str
    tone: str
    role: str
    letter_template: str
    description: str
    procedure: str
    status: str
    reason: str
    hold_reason: str
    anchor: _dt.date
    due_on: _dt.date
    follow_up_on: _dt.date | None
    created_on: _dt.date
    closed_on: _dt.date | None
    days_overdue: int
    amount_overdue: int
    amount_open: int
    amount_at_creation: int
    assigned_to: str               # username, '' when nobody
    assigned_name: str
    last_contact: _dt.datetime | None
    promise_date: _dt.date | None
    promise_amount: int | None
    broken_promises: int           # promises broken since the debt fell due (this episode)
    priority: int                  # amount overdue × days overdue (fen·days)
    invoice_ids: tuple[int, ...]
    outcome: str = ""
    pending_extensions: int = 0    # extension requests awaiting credit approval (the manager's)
    failed_attempts: int = 0       # contacts logged at the top levels in this episode
    proposal: str = ""             # "legal": the task proposes handing the debt over to legal
    due_this_month: int = 0        # fen due this month by the day and not received (that bucket only)

    @property
    def watched(self) -> bool:
        """A key-procedure task kept open, watched closely, while an extension holds the debt."""
        return self.status == "open" and self.hold_reason == "extension"

    @property
    def assignee_label(self) -> str:
        """Who has the task, in words: the user's name; a manager's task nobody took yet is
        in the managers' queue, "(财务负责人)"; '' for nobody."""
        if self.assigned_name:
            return self.assigned_name
        return f"({names.responsible_role(self.role)})" if self.role == "manager" else ""

    @property
    def state_note(self) -> str:
        """A paused task's state with its hold ("Paused (Promise to pay in force)"), or
        that the customer has no collection task; '' for an open task."""
        if self.task_id is None:
            return tr("collections", "No collection task")
        if self.status == "paused":
            return names.with_note(names.task_status("paused"), names.hold_reason(self.hold_reason))
        return ""

    def notes(self) -> list[str]:
        """What the queue notes on the task, in words (the terminal and the window alike):
        a paused task or none (:attr:`state_note`), the proposal of a hand-over to legal, a
        watch under an extension, extension requests awaiting credit approval."""
        out = [self.state_note] if self.state_note else []
        if self.proposal:
            out.append(names.task_proposal(self.proposal))
        if self.watched:
            out.append(tr("collections", "Watched closely: {hold}", hold=names.hold_reason(self.hold_reason)))
        if self.pending_extensions:
            out.append(trn("collections", "{n} extension awaiting credit approval",
                           "{n} extensions awaiting credit approval", self.pending_extensions))
        return out

    @property
    def note_text(self) -> str:
        """:meth:`notes` in one line."""
        return tr("collections", "; ").join(self.notes())

    @property
    def action_on(self) -> _dt.date:
        """The day the task asks to be worked: the follow-up date of the last contact,
        else the day it fell due."""
        return self.follow_up_on or self.due_on

    def bucket(self, on: _dt.date) -> str:
        """today, overdue or upcoming: by the day the task asks to be worked."""
        a = self.action_on
        return "today" if a == on else "overdue" if a < on else "upcoming"


@dataclass
class QueueFilter:
    """Filters of the queue; None means "any". ``collector`` is a username ('' for tasks
    assigned to nobody); ``min_amount`` is fen overdue."""

    collector: str | None = None
    level_seq: int | None = None
    min_amount: int | None = None
    category: str | None = None
    customer_id: int | None = None
    action: str | None = None
    statuses: tuple[str, ...] = ("open",)


def collection_queue(on: _dt.date | None = None, *, bucket: str = "all", filters: QueueFilter | None = None,
                     user: str | None = None, role: str | None = None) -> list[TaskRow]:
    """The task queue for the Collections tab: the tasks in ``filters.statuses`` (open by
    default), in one bucket of ``on`` (today / overdue / upcoming by the day the task asks
    to be worked; due_this_month: customers with invoices due from the first of the month
    to ``on`` still not received at the end of ``on``, the seeds' 当月该到未到, whatever
    their task: open, paused (a promise, plan, dispute or extension) or none at all (a row
    without a task, which a level or action filter leaves out); mine: assigned to ``user``, or to
    nobody with ``role`` as the level's responsible role, and for a manager every
    customer with an extension request awaiting credit approval; all), sorted by
    priority: customers with a broken promise first, then amount overdue × days overdue,
    then the earlier action date. A task at the policy's top levels after its number of
    failed attempts there proposes a hand-over to legal (``proposal``)."""
    if bucket not in vocab.QUEUE_BUCKETS:
        raise ValidationError(tr("collections", "Unknown queue '{value}'", value=bucket), field="bucket")
    on = on or clock.today()
    f = filters or QueueFilter()
    p = db.obj.param
    due_month = bucket == "due_this_month"
    statuses = vocab.TASK_ACTIVE_STATUSES if due_month else tuple(f.statuses)
    where = [in_list("t.status", list(statuses), p)]
    params: list = list(statuses)
    if f.collector is not None:
        if f.collector == "":
            where.append("t.assigned_to_id IS NULL")
        else:
            where.append(f"u.username = {p}")
            params.append(f.collector)
    if f.level_seq is not None:
        where.append(f"t.level_seq = {p}")
        params.append(f.level_seq)
    if f.category is not None:
        where.append(f"c.category = {p}")
        params.append(f.category)
    if f.customer_id is not None:
        where.append(f"t.customer_id = {p}")
        params.append(f.customer_id)
    if f.action is not None:
        where.append(f"t.action = {p}")
        params.append(f.action)
    if bucket == "mine":
        me = user or ""
        if role == "manager":
            # Credit approval is the manager's: a customer asking for more time is in the queue.
            where.append(f"(u.username = {p} OR (t.assigned_to_id IS NULL AND t.role = {p}) OR EXISTS "
                         f"(SELECT 1 FROM extension_request e WHERE e.customer_id = t.customer_id "
                         f"AND e.status = {p}))")
            params += [me, role, "pending"]
        elif role:
            where.append(f"(u.username = {p} OR (t.assigned_to_id IS NULL AND t.role = {p}))")
            params += [me, role]
        else:
            where.append(f"u.username = {p}")
            params.append(me)
    sql = ("SELECT t.id, t.customer_id, c.code, c.name, c.category, c.phone, t.policy_name, t.level_seq, "
           "t.start_day, t.action, t.tone, t.role, t.letter_template, t.description, t.procedure, t.status, "
           "t.reason, t.hold_reason, t.anchor, t.due_on, t.follow_up_on, t.created_on, t.closed_on, t.amount, "
           "t.invoice_ids, u.username, u.display_name, t.outcome "
           "FROM collection_task t JOIN customer c ON c.id = t.customer_id "
           "LEFT JOIN app_user u ON u.id = t.assigned_to_id "
           f"WHERE {' AND '.join(where)}")
    raw = db.execute_sql(sql, params).fetchall()
    this_month = _due_this_month(on, f.customer_id) if due_month else {}
    untasked = _untasked(sorted(this_month), f) if due_month else []
    if not raw and not untasked:
        return []
    customer_ids = sorted({r[1] for r in raw} | {u[0] for u in untasked})
    owed = _owed(customer_ids, on)
    contacts = _last_contact(customer_ids)
    promises = _open_promises(customer_ids)
    broken = _broken_promises(customer_ids)
    pending = _pending_extensions(customer_ids)
    policies = _policies_by_name()
    tops = _top_attempts(raw, policies)
    rows = []
    for r in raw:
        (tid, cid, code, name, category, phone, policy_name, seq, start_day, action, tone, role_, template,
         description, procedure, status, reason, hold, anchor, due_on, follow_up, created_on, closed_on, amount,
         ids, username, display, outcome) = r
        attempts = tops.get((cid, anchor), 0) if tops else 0
        anchor = as_date(anchor)
        days = max(0, (on - anchor).days)
        open_amount, overdue = owed.get(cid, (0, 0))
        promise = promises.get(cid)
        n_broken = sum(1 for d in broken.get(cid, ()) if d >= anchor)
        proposal = ""
        if attempts and status == "open":
            pol = policies.get(policy_name) or policies.get("")
            if pol is not None and proposes_legal(pol, seq, attempts):
                proposal = "legal"
        rows.append(TaskRow(
            tid, cid, code, name, category or "", phone or "", policy_name, seq, start_day, action, tone, role_,
            template, description, procedure, status, reason, hold, anchor, as_date(due_on), as_date(follow_up),
            as_date(created_on), as_date(closed_on), days, overdue, open_amount, int(amount), username or "",
            names.user_name(username, display), contacts.get(cid), promise[0] if promise else None,
            promise[1] if promise else None, n_broken, overdue * days, id_list(ids), outcome or "",
            pending.get(cid, 0), attempts, proposal, this_month.get(cid, (0,))[0]))
    for cid, code, name, category, phone, username, display in untasked:
        due, first_due, ids = this_month[cid]
        days = max(0, (on - first_due).days)
        open_amount, overdue = owed.get(cid, (0, 0))
        promise = promises.get(cid)
        rows.append(TaskRow(
            task_id=None, customer_id=cid, customer_code=code, customer_name=name, category=category or "",
            phone=phone or "", policy_name="", level_seq=0, start_day=0, action="", tone="", role="",
            letter_template="", description="", procedure="", status="", reason="", hold_reason="",
            anchor=first_due, due_on=first_due, follow_up_on=None, created_on=on, closed_on=None,
            days_overdue=days, amount_overdue=overdue, amount_open=open_amount, amount_at_creation=0,
            assigned_to=username or "", assigned_name=names.user_name(username, display) if username else "",
            last_contact=contacts.get(cid), promise_date=promise[0] if promise else None,
            promise_amount=promise[1] if promise else None,
            broken_promises=sum(1 for d in broken.get(cid, ()) if d >= first_due), priority=overdue * days,
            invoice_ids=ids, pending_extensions=pending.get(cid, 0), due_this_month=due))
    if f.min_amount is not None:
        rows = [r for r in rows if r.amount_overdue >= f.min_amount]
    if bucket in ("today", "overdue", "upcoming"):
        rows = [r for r in rows if r.bucket(on) == bucket]
    elif bucket == "due_this_month":
        rows = [r for r in rows if r.due_this_month > 0]
    rows.sort(key=lambda r: (r.broken_promises == 0, -r.priority, r.action_on, r.customer_code, r.task_id or 0))
    return rows


def _owed(customer_ids: list[int], on: _dt.date) -> dict[int, tuple[int, int]]:
    """Today's open amount and the part overdue on ``on``, per customer."""
    p = db.obj.param
    out: dict[int, tuple[int, int]] = {}
    few = len(customer_ids) <= 2000
    parts = chunks(customer_ids) if few else [None]
    for chunk in parts:
        flt = (" AND " + in_list("customer_id", chunk, p)) if chunk else ""
        sql = (f"SELECT customer_id, SUM(open_amount), SUM(CASE WHEN due_date < {p} THEN open_amount ELSE 0 END) "
               f"FROM invoice WHERE open_amount > 0 AND status IN {OPEN_STATUSES_SQL}{flt} "
               f"GROUP BY {no_index('customer_id')}")
        for cid, total, overdue in db.execute_sql(sql, [on.isoformat(), *(chunk or [])]).fetchall():
            out[cid] = (int(total or 0), int(overdue or 0))
    return out


def _policies_by_name() -> dict[str, Policy]:
    """Every policy by name; "" names the default one (for tasks whose policy is gone)."""
    policies = list_policies()
    out = {pol.name: pol for pol in policies}
    default = next((pol for pol in policies if pol.is_default), policies[0] if policies else None)
    if default is not None:
        out[""] = default
    return out


def _due_this_month(on: _dt.date, customer_id: int | None = None) -> dict[int, tuple[int, _dt.date, tuple[int, ...]]]:
    """What fell due from the first of ``on``'s month to ``on`` and was still not
    received at the end of ``on``, per customer (all, or the one): (amount, the first
    of those due dates, the invoices). The seeds' 当月该到未到."""
    p = db.obj.param
    pieces, params = open_pieces_sql(p, on)
    ids = ("group_concat(DISTINCT x.invoice_id)" if is_sqlite()
           else "string_agg(DISTINCT CAST(x.invoice_id AS TEXT), ',')")
    sql = (f"SELECT x.customer_id, SUM(x.amount), MIN(x.due_date), {ids} FROM ({pieces}) x "
           f"WHERE x.due_date >= {p} AND x.due_date <= {p}")
    params = [*params, on.replace(day=1).isoformat(), on.isoformat()]
    if customer_id is not None:
        sql += f" AND x.customer_id = {p}"
        params.append(customer_id)
    sql += f" GROUP BY {no_index('x.customer_id')}"
    out: dict[int, tuple[int, _dt.date, tuple[int, ...]]] = {}
    for cid, amount, first_due, invoice_ids in db.execute_sql(sql, params).fetchall():
        if amount and int(amount) > 0:
            out[cid] = (int(amount), as_date(first_due), tuple(sorted(id_list(str(invoice_ids or "")))))
    return out


def _untasked(customer_ids: list[int], f: QueueFilter) -> list[tuple]:
    """(id, code, name, category, phone, collector's username, display name) of those
    customers with no open or paused task, as the queue's filters take them (a level or
    an action filter takes none: such a customer has neither)."""
    if not customer_ids or f.level_seq is not None or f.action is not None:
        return []
    p = db.obj.param
    active = list(vocab.TASK_ACTIVE_STATUSES)
    out: list[tuple] = []
    for chunk in chunks(customer_ids):
        where = [in_list("c.id", chunk, p),
                 "NOT EXISTS (SELECT 1 FROM collection_task t WHERE t.customer_id = c.id AND "
                 f"{in_list('t.status', active, p)})"]
        params: list = [*chunk, *active]
        if f.collector is not None:
            if f.collector == "":
                where.append("c.collector_id IS NULL")
            else:
                where.append(f"u.username = {p}")
                params.append(f.collector)
        if f.category is not None:
            where.append(f"c.category = {p}")
            params.append(f.category)
        out += db.execute_sql(
            "SELECT c.id, c.code, c.name, c.category, c.phone, u.username, u.display_name FROM customer c "
            f"LEFT JOIN app_user u ON u.id = c.collector_id WHERE {' AND '.join(where)}", params).fetchall()
    return out


def _pending_extensions(customer_ids: list[int]) -> dict[int, int]:
    """Extension requests awaiting a decision (credit approval), per customer."""
    p = db.obj.param
    wanted = set(customer_ids)
    rows = db.execute_sql(f"SELECT customer_id, COUNT(*) FROM extension_request WHERE status = {p} "
                          f"GROUP BY customer_id", ["pending"]).fetchall()
    return {cid: int(n) for cid, n in rows if cid in wanted}


def _top_attempts(raw: list[tuple], policies: dict[str, Policy]) -> dict[tuple[int, object], int]:
    """(customer, anchor as the database hands it back) → the contacts logged on that
    episode's tasks at the top levels of the task's policy: the failed attempts there
    (the debt is still owed). Read only for the episodes whose task in the queue is open
    at a top level."""
    p = db.obj.param
    top_from = {name: pol.top_levels_from for name, pol in policies.items()}
    default = top_from.get("")
    wanted: dict[tuple[int, object], int] = {}
    for r in raw:
        first = top_from.get(r[6], default)
        if first is not None and r[7] >= first and r[15] == "open":
            wanted[(r[1], r[18])] = first
    if not wanted:
        return {}
    lowest = min(wanted.values())
    ids = sorted({cid for cid, _ in wanted})
    out: dict[tuple[int, object], int] = {}
    parts = chunks(ids) if len(ids) <= 2000 else [None]
    for chunk in parts:
        flt = (" AND " + in_list("t.customer_id", chunk, p)) if chunk else ""
        sql = (f"SELECT t.customer_id, t.anchor, t.level_seq, COUNT(*) FROM contact_log c "
               f"JOIN collection_task t ON t.id = c.task_id WHERE t.level_seq >= {p}{flt} "
               f"GROUP BY t.customer_id, t.anchor, t.level_seq")
        for cid, anchor, seq, n in db.execute_sql(sql, [lowest, *(chunk or [])]).fetchall():
            key = (cid, anchor)
            first = wanted.get(key)
            if first is not None and seq >= first:
                out[key] = out.get(key, 0) + int(n)
    return out


def _last_contact(customer_ids: list[int], before: _dt.datetime | None = None) -> dict[int, _dt.datetime]:
    p = db.obj.param
    out = {}
    for chunk in chunks(customer_ids):
        sql = f"SELECT customer_id, MAX(at) FROM contact_log WHERE {in_list('customer_id', chunk, p)}"
        params: list = list(chunk)
        if before is not None:
            sql += f" AND at < {p}"
            params.append(timestamp(before))
        for cid, at in db.execute_sql(sql + " GROUP BY customer_id", params).fetchall():
            if at is not None:
                out[cid] = as_datetime(at)
    return out


def _promises_with(status: str, customer_ids: list[int]) -> list[tuple]:
    """(customer_id, promised_date, amount) of the promises in ``status``, oldest first:
    by customer for a few customers, one pass otherwise."""
    p = db.obj.param
    wanted = set(customer_ids)
    base = f"SELECT customer_id, promised_date, amount FROM promise_to_pay WHERE status = {p}"
    if len(customer_ids) <= 800:
        rows = db.execute_sql(f"{base} AND {in_list('customer_id', customer_ids, p)} ORDER BY id",
                              [status, *customer_ids]).fetchall()
    else:
        rows = db.execute_sql(f"{base} ORDER BY id", [status]).fetchall()
    return [r for r in rows if r[0] in wanted]


def _open_promises(customer_ids: list[int]) -> dict[int, tuple[_dt.date, int]]:
    """The open promise per customer (the latest made, when several)."""
    return {cid: (as_date(date), int(amount)) for cid, date, amount in _promises_with("open", customer_ids)}


def _broken_promises(customer_ids: list[int]) -> dict[int, list[_dt.date]]:
    out: dict[int, list[_dt.date]] = {}
    for cid, date, _amount in _promises_with("broken", customer_ids):
        out.setdefault(cid, []).append(as_date(date))
    return out


def queue_table(rows: list[TaskRow], on: _dt.date, *, company: str = "", title: str | None = None,
                due_this_month: bool = False, sorted_by: tuple[str, bool] | None = None) -> ReportTable:
    """The queue as a table for Excel or PDF (the same rows the tab shows, in the order
    given). ``due_this_month`` adds that bucket's column (当月该到未到); ``sorted_by`` (a
    column's label, descending) says the rows were sorted by a column, not by priority."""
    columns = [
        Column("code", tr("collections", "Customer code")),
        Column("name", tr("collections", "Customer")),
        Column("level", tr("collections", "Level"), "int"),
        Column("action", tr("collections", "Action")),
        Column("tone", tr("collections", "Tone")),
        Column("procedure", tr("collections", "Procedure")),
        Column("overdue", tr("collections", "Amount overdue"), "money"),
        *([Column("due_this_month", names.queue_bucket("due_this_month"), "money")] if due_this_month else []),
        Column("days", tr("collections", "Days overdue"), "int"),
        Column("last_contact", tr("collections", "Last contact"), "date"),
        Column("promise", tr("collections", "Promised date"), "date"),
        Column("promise_amount", tr("collections", "Promised amount"), "money"),
        Column("broken", tr("collections", "Broken promises"), "int", blank_zero=True),
        Column("collector", tr("collections", "Collector")),
        Column("action_on", tr("collections", "Work on"), "date"),
        Column("note", tr("collections", "Note")),
    ]
    keys = [c.key for c in columns]

    def line(r: TaskRow) -> list:
        values = {"code": r.customer_code, "name": r.customer_name, "level": r.level_seq or None,
                  "action": names.level_action(r.action), "tone": names.level_tone(r.tone),
                  "procedure": names.procedure(r.procedure), "overdue": r.amount_overdue,
                  "due_this_month": r.due_this_month, "days": r.days_overdue,
                  "last_contact": r.last_contact.date() if r.last_contact else None, "promise": r.promise_date,
                  "promise_amount": r.promise_amount, "broken": r.broken_promises, "collector": r.assigned_name,
                  "action_on": r.action_on, "note": r.note_text}
        return [values[k] for k in keys]

    sums = {"code": tr("collections", "Total"),
            "name": trn("collections", "{n} task", "{n} tasks", len(rows)),
            "overdue": sum(r.amount_overdue for r in rows), "due_this_month": sum(r.due_this_month for r in rows),
            "broken": sum(r.broken_promises for r in rows)}
    if sorted_by is None:
        order = tr("collections", "Sorted by priority: broken promises first, then amount overdue × days overdue.")
    else:
        column, descending = sorted_by
        order = (tr("collections", "Sorted by {column}, descending.", column=column) if descending
                 else tr("collections", "Sorted by {column}, ascending.", column=column))
    return ReportTable(
        title=title or tr("collections", "Collection tasks"), columns=columns, rows=[line(r) for r in rows],
        company=company, as_of=on, totals=[sums.get(k) for k in keys],
        footnotes=[tr("collections", "{order} Amounts in yuan.", order=order)],
        sheet_name=tr("collections", "Collection tasks"),
    )
