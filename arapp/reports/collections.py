"""Collections, read-only (催收): the policies, the task queue, one customer's collection
file, collector performance (考核). No Qt, no writes; the writes are in
:mod:`arapp.services.collections`.

The words of the ladder (actions, tones, roles, procedures, statuses) are codes in the
database; :mod:`arapp.names` gives their words, so the tab, the command line and
the exports say the same thing.

Dates: ``on`` is the working day a question is asked for (default today). Amounts are
integer fen, today's open amounts (the books as they stand).
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from arapp import clock, names
from arapp.db import lookups
from arapp.db.database import db, is_sqlite
from arapp.db.ledger_sql import OPEN_STATUSES_SQL, no_index, open_pieces_sql
from arapp.db.models import (
    CollectionPolicy,
    ContactLog,
    Customer,
    CustomerStatusEvent,
    ExtensionRequest,
    Invoice,
    InvoiceDispute,
    PaymentPlan,
    PlanInstalment,
    PolicyLevel,
    PromiseToPay,
    User,
)
from arapp.domain import vocabulary as vocab
from arapp.domain.policy import Level, Policy, PolicyBook, book_of
from arapp.errors import NotFound, ValidationError
from arapp.i18n import tr, trn
from arapp.reports.aging import get_scheme
from arapp.reports.balances import CustomerBalance, customer_balance
from arapp.reports.table import Column, ReportTable, ratio

# ------------------------------------------------------------------------------ policies

def _policy_from(row: CollectionPolicy, levels: list[PolicyLevel]) -> Policy:
    try:
        cats = tuple(str(c) for c in json.loads(row.categories or "[]"))
    except ValueError:
        cats = ()
    return Policy(
        id=row.id, name=row.name, categories=cats, is_default=bool(row.is_default),
        amount_threshold=int(row.amount_threshold), short_age_days=int(row.short_age_days),
        description=row.description or "",
        levels=tuple(Level(lv.start_day, lv.action, lv.tone, lv.role, lv.letter_template, lv.description, lv.seq)
                     for lv in sorted(levels, key=lambda x: x.seq)),
    )


def list_policies() -> list[Policy]:
    """Every policy with its levels, the default first."""
    rows = list(CollectionPolicy.select().order_by(CollectionPolicy.is_default.desc(), CollectionPolicy.name))
    levels: dict[int, list[PolicyLevel]] = {}
    for lv in PolicyLevel.select():
        levels.setdefault(lv.policy_id, []).append(lv)
    return [_policy_from(r, levels.get(r.id, [])) for r in rows]


def get_policy(ref: int | str | None = None) -> Policy:
    """A policy by id or name; the default policy when ``ref`` is None."""
    q = CollectionPolicy.select()
    if ref is None:
        row = q.where(CollectionPolicy.is_default == True).first()  # noqa: E712
    elif isinstance(ref, int):
        row = q.where(CollectionPolicy.id == ref).first()
    else:
        row = q.where(CollectionPolicy.name == str(ref).strip()).first()
    if row is None:
        raise NotFound(tr("collections", "No collection policy {ref}", ref=ref if ref is not None else ""))
    return _policy_from(row, list(PolicyLevel.select().where(PolicyLevel.policy == row.id)))


def policy_book() -> PolicyBook:
    """Every policy with levels, and which one serves which customer category."""
    book = book_of(list_policies())
    if book is None:
        raise NotFound(tr("collections", "There is no collection policy with levels"))
    return book


# ------------------------------------------------------------------------------ helpers

def _d(v) -> _dt.date | None:
    if v is None or isinstance(v, _dt.date) and not isinstance(v, _dt.datetime):
        return v
    if isinstance(v, _dt.datetime):
        return v.date()
    return _dt.date.fromisoformat(str(v)[:10])


def _dtm(v) -> _dt.datetime | None:
    if v is None or isinstance(v, _dt.datetime):
        return v
    return _dt.datetime.fromisoformat(str(v))


def _ids(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in (text or "").split(",") if x.strip())


def _in(column: str, values: list, p: str) -> str:
    return f"{column} IN ({', '.join([p] * len(values))})"


def _chunks(values: list, n: int = 800):
    for i in range(0, len(values), n):
        yield values[i:i + n]


def _user_labels() -> dict[int, tuple[str, str]]:
    return {u.id: (u.username, u.display_name or u.username)
            for u in User.select(User.id, User.username, User.display_name)}


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
        flt = " AND " + _in("customer_id", customer_ids, p)
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
    ``amount_at_creation`` is what the task was created for."""

    task_id: int
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

    @property
    def action_on(self) -> _dt.date:
        """The day the task asks to be worked: the follow-up date of the last contact,
        else the day it fell due."""
        return self.follow_up_on or self.due_on

    def bucket(self, on: _dt.date) -> str:
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
    to be worked; mine: assigned to ``user``, or to nobody with ``role`` as the level's
    responsible role; all), sorted by priority: customers with a broken promise first,
    then amount overdue × days overdue, then the earlier action date."""
    if bucket not in vocab.QUEUE_BUCKETS:
        raise ValidationError(tr("collections", "Unknown queue '{value}'", value=bucket), field="bucket")
    on = on or clock.today()
    f = filters or QueueFilter()
    p = db.obj.param
    where = [_in("t.status", list(f.statuses), p)]
    params: list = list(f.statuses)
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
        if role:
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
    if not raw:
        return []
    customer_ids = sorted({r[1] for r in raw})
    owed = _owed(customer_ids, on)
    contacts = _last_contact(customer_ids)
    promises = _open_promises(customer_ids)
    broken = _broken_promises(customer_ids)
    rows = []
    for r in raw:
        (tid, cid, code, name, category, phone, policy_name, seq, start_day, action, tone, role_, template,
         description, procedure, status, reason, hold, anchor, due_on, follow_up, created_on, closed_on, amount,
         ids, username, display, outcome) = r
        anchor = _d(anchor)
        days = max(0, (on - anchor).days)
        open_amount, overdue = owed.get(cid, (0, 0))
        promise = promises.get(cid)
        n_broken = sum(1 for d in broken.get(cid, ()) if d >= anchor)
        rows.append(TaskRow(
            tid, cid, code, name, category or "", phone or "", policy_name, seq, start_day, action, tone, role_,
            template, description, procedure, status, reason, hold, anchor, _d(due_on), _d(follow_up),
            _d(created_on), _d(closed_on), days, overdue, open_amount, int(amount), username or "",
            (display or username or ""), contacts.get(cid), promise[0] if promise else None,
            promise[1] if promise else None, n_broken, overdue * days, _ids(ids), outcome or ""))
    if f.min_amount is not None:
        rows = [r for r in rows if r.amount_overdue >= f.min_amount]
    if bucket in ("today", "overdue", "upcoming"):
        rows = [r for r in rows if r.bucket(on) == bucket]
    rows.sort(key=lambda r: (r.broken_promises == 0, -r.priority, r.action_on, r.customer_code, r.task_id))
    return rows


def _owed(customer_ids: list[int], on: _dt.date) -> dict[int, tuple[int, int]]:
    """Today's open amount and the part overdue on ``on``, per customer."""
    p = db.obj.param
    out: dict[int, tuple[int, int]] = {}
    few = len(customer_ids) <= 2000
    chunks = _chunks(customer_ids) if few else [None]
    for chunk in chunks:
        flt = (" AND " + _in("customer_id", chunk, p)) if chunk else ""
        sql = (f"SELECT customer_id, SUM(open_amount), SUM(CASE WHEN due_date < {p} THEN open_amount ELSE 0 END) "
               f"FROM invoice WHERE open_amount > 0 AND status IN {OPEN_STATUSES_SQL}{flt} "
               f"GROUP BY {no_index('customer_id')}")
        for cid, total, overdue in db.execute_sql(sql, [on.isoformat(), *(chunk or [])]).fetchall():
            out[cid] = (int(total or 0), int(overdue or 0))
    return out


def _last_contact(customer_ids: list[int], before: _dt.datetime | None = None) -> dict[int, _dt.datetime]:
    p = db.obj.param
    out = {}
    for chunk in _chunks(customer_ids):
        sql = f"SELECT customer_id, MAX(at) FROM contact_log WHERE {_in('customer_id', chunk, p)}"
        params: list = list(chunk)
        if before is not None:
            sql += f" AND at < {p}"
            params.append(_ts(before))
        for cid, at in db.execute_sql(sql + " GROUP BY customer_id", params).fetchall():
            if at is not None:
                out[cid] = _dtm(at)
    return out


def _ts(value: _dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S")


def _promises_with(status: str, customer_ids: list[int]) -> list[tuple]:
    """(customer_id, promised_date, amount) of the promises in ``status``, oldest first:
    by customer for a few customers, one pass otherwise."""
    p = db.obj.param
    wanted = set(customer_ids)
    base = f"SELECT customer_id, promised_date, amount FROM promise_to_pay WHERE status = {p}"
    if len(customer_ids) <= 800:
        rows = db.execute_sql(f"{base} AND {_in('customer_id', customer_ids, p)} ORDER BY id",
                              [status, *customer_ids]).fetchall()
    else:
        rows = db.execute_sql(f"{base} ORDER BY id", [status]).fetchall()
    return [r for r in rows if r[0] in wanted]


def _open_promises(customer_ids: list[int]) -> dict[int, tuple[_dt.date, int]]:
    """The open promise per customer (the latest made, when several)."""
    return {cid: (_d(date), int(amount)) for cid, date, amount in _promises_with("open", customer_ids)}


def _broken_promises(customer_ids: list[int]) -> dict[int, list[_dt.date]]:
    out: dict[int, list[_dt.date]] = {}
    for cid, date, _amount in _promises_with("broken", customer_ids):
        out.setdefault(cid, []).append(_d(date))
    return out


def queue_table(rows: list[TaskRow], on: _dt.date, *, company: str = "", title: str | None = None) -> ReportTable:
    """The queue as a table for Excel or PDF (the same rows the tab shows)."""
    columns = [
        Column("code", tr("collections", "Customer code")),
        Column("name", tr("collections", "Customer")),
        Column("level", tr("collections", "Level"), "int"),
        Column("action", tr("collections", "Action")),
        Column("tone", tr("collections", "Tone")),
        Column("procedure", tr("collections", "Procedure")),
        Column("overdue", tr("collections", "Amount overdue"), "money"),
        Column("days", tr("collections", "Days overdue"), "int"),
        Column("last_contact", tr("collections", "Last contact"), "date"),
        Column("promise", tr("collections", "Promised date"), "date"),
        Column("broken", tr("collections", "Broken promises"), "int", blank_zero=True),
        Column("collector", tr("collections", "Collector")),
        Column("action_on", tr("collections", "Work on"), "date"),
    ]
    body = [[r.customer_code, r.customer_name, r.level_seq, names.level_action(r.action), names.level_tone(r.tone),
             names.procedure(r.procedure), r.amount_overdue, r.days_overdue,
             r.last_contact.date() if r.last_contact else None, r.promise_date, r.broken_promises,
             r.assigned_name, r.action_on] for r in rows]
    return ReportTable(
        title=title or tr("collections", "Collection tasks"), columns=columns, rows=body, company=company, as_of=on,
        totals=[tr("collections", "Total"), trn("collections", "{n} task", "{n} tasks", len(rows)), None, None, None, None,
                sum(r.amount_overdue for r in rows), None, None, None, sum(r.broken_promises for r in rows),
                None, None],
        footnotes=[tr("collections", "Sorted by priority: broken promises first, then amount overdue × days "
                                     "overdue. Amounts in yuan.")],
        sheet_name=tr("collections", "Collection tasks"),
    )


# ------------------------------------------------------------------------------ one customer's file

@dataclass(frozen=True)
class DetailItem:
    """An open invoice in the customer's collection file."""

    invoice_id: int
    number: str
    issue_date: _dt.date
    due_date: _dt.date
    effective_due: _dt.date        # the due date after an approved extension
    days_overdue: int              # against the effective due date
    bucket: str                    # aging bucket label (default scheme)
    total: int
    open_amount: int
    disputed: bool


@dataclass(frozen=True)
class ContactEntry:
    contact_id: int
    at: _dt.datetime
    method: str
    person: str
    summary: str
    answer: str
    next_step: str
    next_date: _dt.date | None
    username: str
    task_id: int | None


@dataclass(frozen=True)
class PromiseEntry:
    promise_id: int
    made_on: _dt.date
    promised_date: _dt.date
    amount: int
    status: str
    received: int | None
    evaluated_on: _dt.date | None
    created_by: str
    note: str
    task_id: int | None


@dataclass(frozen=True)
class InstalmentEntry:
    seq: int
    due_on: _dt.date
    amount: int
    status: str
    settled_on: _dt.date | None


@dataclass(frozen=True)
class PlanEntry:
    plan_id: int
    start_on: _dt.date
    total: int
    status: str
    created_by: str
    ended_on: _dt.date | None
    end_reason: str
    note: str
    instalments: tuple[InstalmentEntry, ...]


@dataclass(frozen=True)
class ExtensionEntry:
    request_id: int
    invoice_id: int
    invoice_number: str
    current_due: _dt.date
    requested_due: _dt.date
    reason: str
    status: str
    requested_by: str
    requested_at: _dt.datetime
    decided_by: str
    decided_at: _dt.datetime | None
    decision_reason: str


@dataclass(frozen=True)
class DisputeEntry:
    dispute_id: int
    invoice_id: int
    invoice_number: str
    opened_on: _dt.date
    reason: str
    opened_by: str
    status: str
    closed_on: _dt.date | None
    resolution: str


@dataclass(frozen=True)
class StatusEventEntry:
    event_id: int
    status: str
    since: _dt.date
    until: _dt.date | None
    reason: str
    username: str
    ended_by: str
    end_reason: str

    def in_force(self, on: _dt.date) -> bool:
        return self.since <= on and (self.until is None or self.until > on)


@dataclass
class CollectionDetail:
    """Everything the task detail pane shows for one customer."""

    customer_id: int
    code: str
    name: str
    category: str
    phone: str
    email: str
    collector: str
    customer_status: str
    credit_rating: str
    on: _dt.date
    policy: Policy
    balance: CustomerBalance
    open_items: list[DetailItem] = field(default_factory=list)
    tasks: list[TaskRow] = field(default_factory=list)          # newest first, every status
    contacts: list[ContactEntry] = field(default_factory=list)  # newest first
    promises: list[PromiseEntry] = field(default_factory=list)
    plans: list[PlanEntry] = field(default_factory=list)
    extensions: list[ExtensionEntry] = field(default_factory=list)
    disputes: list[DisputeEntry] = field(default_factory=list)
    status_events: list[StatusEventEntry] = field(default_factory=list)

    @property
    def current_task(self) -> TaskRow | None:
        """The customer's open or paused task, if any."""
        return next((t for t in self.tasks if t.status in vocab.TASK_ACTIVE_STATUSES), None)

    @property
    def open_promise(self) -> PromiseEntry | None:
        return next((p for p in self.promises if p.status == "open"), None)

    @property
    def active_plan(self) -> PlanEntry | None:
        return next((p for p in self.plans if p.status == "active"), None)

    def statuses_in_force(self) -> list[StatusEventEntry]:
        return [e for e in self.status_events if e.in_force(self.on)]


def effective_due_dates(invoice_ids: Iterable[int]) -> dict[int, _dt.date]:
    """Invoice id → the latest approved extended due date (only invoices that have one)."""
    ids = list(invoice_ids)
    out: dict[int, _dt.date] = {}
    p = db.obj.param
    for chunk in _chunks(ids):
        for iid, due in db.execute_sql(
                f"SELECT invoice_id, MAX(requested_due) FROM extension_request WHERE status = {p} "
                f"AND {_in('invoice_id', chunk, p)} GROUP BY invoice_id", ["approved", *chunk]).fetchall():
            out[iid] = _d(due)
    return out


def customer_collection_detail(customer: int | str | Customer, on: _dt.date | None = None) -> CollectionDetail:
    """The customer's collection file: open items with aging (against the extended due
    date where one was approved), every task, the contact history, promises, plans with
    their instalments, extension requests, disputes and status events."""
    on = on or clock.today()
    cust = lookups.customer(customer)
    users = _user_labels()
    book = policy_book()
    scheme = get_scheme(None)
    invs = list(Invoice.select().where((Invoice.customer == cust.id) & (Invoice.open_amount > 0)
                                       & Invoice.status.in_(vocab.INVOICE_OPEN_STATUSES))
                .order_by(Invoice.due_date, Invoice.id))
    ext = effective_due_dates([i.id for i in invs])
    disputed = {d.invoice_id for d in InvoiceDispute.select(InvoiceDispute.invoice)
                .where((InvoiceDispute.customer == cust.id) & (InvoiceDispute.status == "open"))}
    items = []
    for inv in invs:
        eff = max(inv.due_date, ext.get(inv.id, inv.due_date))
        days = (on - eff).days
        label = next((b.label for b in scheme.buckets
                      if (b.low is None or days > b.low) and (b.high is None or days <= b.high)), "")
        items.append(DetailItem(inv.id, inv.number or "", inv.issue_date, inv.due_date, eff, max(0, days), label,
                                inv.total, inv.open_amount, inv.id in disputed))
    tasks = collection_queue(on, filters=QueueFilter(customer_id=cust.id, statuses=vocab.TASK_STATUSES))
    tasks.sort(key=lambda t: (t.created_on, t.task_id), reverse=True)
    contacts = [ContactEntry(c.id, c.at, c.method, c.person, c.summary, c.answer, c.next_step, c.next_date,
                             c.username, c.task_id)
                for c in ContactLog.select().where(ContactLog.customer == cust.id)
                .order_by(ContactLog.at.desc(), ContactLog.id.desc())]
    promises = [PromiseEntry(pr.id, pr.made_on, pr.promised_date, pr.amount, pr.status, pr.received,
                             pr.evaluated_on, pr.created_by, pr.note, pr.task_id)
                for pr in PromiseToPay.select().where(PromiseToPay.customer == cust.id)
                .order_by(PromiseToPay.made_on.desc(), PromiseToPay.id.desc())]
    plans = []
    for plan in PaymentPlan.select().where(PaymentPlan.customer == cust.id).order_by(PaymentPlan.id.desc()):
        inst = tuple(InstalmentEntry(i.seq, i.due_on, i.amount, i.status, i.settled_on)
                     for i in PlanInstalment.select().where(PlanInstalment.plan == plan.id)
                     .order_by(PlanInstalment.seq))
        plans.append(PlanEntry(plan.id, plan.start_on, plan.total, plan.status, plan.created_by, plan.ended_on,
                               plan.end_reason, plan.note, inst))
    numbers = {i.id: i.number or "" for i in Invoice.select(Invoice.id, Invoice.number)
               .where(Invoice.customer == cust.id)}
    extensions = [ExtensionEntry(e.id, e.invoice_id, numbers.get(e.invoice_id, ""), e.current_due,
                                 e.requested_due, e.reason, e.status, e.requested_by, e.requested_at, e.decided_by,
                                 e.decided_at, e.decision_reason)
                  for e in ExtensionRequest.select().where(ExtensionRequest.customer == cust.id)
                  .order_by(ExtensionRequest.id.desc())]
    disputes = [DisputeEntry(d.id, d.invoice_id, numbers.get(d.invoice_id, ""), d.opened_on, d.reason,
                             d.opened_by, d.status, d.closed_on, d.resolution)
                for d in InvoiceDispute.select().where(InvoiceDispute.customer == cust.id)
                .order_by(InvoiceDispute.id.desc())]
    events = [StatusEventEntry(e.id, e.status, e.since, e.until, e.reason, e.username, e.ended_by, e.end_reason)
              for e in CustomerStatusEvent.select().where(CustomerStatusEvent.customer == cust.id)
              .order_by(CustomerStatusEvent.since.desc(), CustomerStatusEvent.id.desc())]
    return CollectionDetail(
        cust.id, cust.code, cust.name, cust.category or "", cust.phone or "", cust.email or "",
        users.get(cust.collector_id, ("", ""))[1] if cust.collector_id else "", cust.status,
        cust.credit_rating or "", on, book.for_category(cust.category), customer_balance(cust.id), items, tasks,
        contacts, promises, plans, extensions, disputes, events)


# ------------------------------------------------------------------------------ collector performance (考核)

@dataclass
class CollectorFigures:
    """One collector's month. Collected: receipts dated in the month from customers the
    collector contacted in the 30 days up to the receipt. Promises: those the collector
    recorded that were judged kept or broken in the month. Portfolio: the customers
    assigned to the collector, at the end of the month."""

    username: str
    name: str
    tasks_completed: int = 0
    contacts: int = 0
    collected_after_contact: int = 0
    promises_kept: int = 0
    promises_broken: int = 0
    portfolio_open: int = 0
    portfolio_overdue: int = 0

    @property
    def kept_rate(self) -> Decimal | None:
        return ratio(self.promises_kept, self.promises_kept + self.promises_broken)

    @property
    def overdue_ratio(self) -> Decimal | None:
        return ratio(self.portfolio_overdue, self.portfolio_open)


COLLECTED_WINDOW_DAYS = 30


def collector_performance(month: str) -> list[CollectorFigures]:
    """Collector performance for a month (``2026-03``): one row per collector (every user
    whose role is collector, and anyone else who completed tasks, logged contacts,
    recorded judged promises or holds a portfolio), by username."""
    from arapp.domain.dates import month_bounds

    first, last = month_bounds(month, field="month")
    p = db.obj.param
    users = {u.username: u for u in User.select()}
    figs: dict[str, CollectorFigures] = {}

    def fig(username: str) -> CollectorFigures:
        f = figs.get(username)
        if f is None:
            u = users.get(username)
            f = figs[username] = CollectorFigures(username, (u.display_name or u.username) if u else username)
        return f

    for u in users.values():
        if u.role == "collector" and u.active:
            fig(u.username)
    next_day = (last + _dt.timedelta(days=1)).isoformat()
    for who, n in db.execute_sql(
            f"SELECT closed_by, COUNT(*) FROM collection_task WHERE status = {p} AND closed_on >= {p} "
            f"AND closed_on <= {p} GROUP BY closed_by", ["done", first.isoformat(), last.isoformat()]).fetchall():
        if who:
            fig(who).tasks_completed = int(n)
    for who, n in db.execute_sql(
            f"SELECT username, COUNT(*) FROM contact_log WHERE at >= {p} AND at < {p} GROUP BY username",
            [first.isoformat(), next_day]).fetchall():
        fig(who).contacts = int(n)
    for who, status, n in db.execute_sql(
            f"SELECT created_by, status, COUNT(*) FROM promise_to_pay WHERE status IN ({p}, {p}) "
            f"AND evaluated_on >= {p} AND evaluated_on <= {p} GROUP BY created_by, status",
            ["kept", "broken", first.isoformat(), last.isoformat()]).fetchall():
        if status == "kept":
            fig(who).promises_kept = int(n)
        else:
            fig(who).promises_broken = int(n)

    # Money collected within 30 days after a contact by the collector.
    window_start = first - _dt.timedelta(days=COLLECTED_WINDOW_DAYS)
    contacts: dict[int, list[tuple[_dt.date, str]]] = {}
    for cid, at, who in db.execute_sql(
            f"SELECT customer_id, at, username FROM contact_log WHERE at >= {p} AND at < {p}",
            [window_start.isoformat(), next_day]).fetchall():
        contacts.setdefault(cid, []).append((_d(at), who))
    if contacts:
        ids = sorted(contacts)
        for chunk in _chunks(ids):
            for cid, date, amount in db.execute_sql(
                    f"SELECT customer_id, date, amount FROM receipt WHERE status = {p} AND date >= {p} "
                    f"AND date <= {p} AND {_in('customer_id', chunk, p)}",
                    ["posted", first.isoformat(), last.isoformat(), *chunk]).fetchall():
                date = _d(date)
                credited = {who for d, who in contacts[cid]
                            if 0 <= (date - d).days <= COLLECTED_WINDOW_DAYS}
                for who in credited:
                    fig(who).collected_after_contact += int(amount)

    # Portfolio at the end of the month.
    today = clock.today()
    when = today if last >= today else last      # the current month: today's figures
    pieces, pparams = open_pieces_sql(p, None if when == today else when)
    sql = (f"SELECT cu.collector_id, SUM(x.amount), SUM(CASE WHEN x.due_date < {p} THEN x.amount ELSE 0 END) "
           f"FROM ({pieces}) x JOIN customer cu ON cu.id = x.customer_id "
           f"WHERE cu.collector_id IS NOT NULL GROUP BY cu.collector_id")
    by_id = {u.id: u.username for u in users.values()}
    for uid, total, overdue in db.execute_sql(sql, [when.isoformat(), *pparams]).fetchall():
        name = by_id.get(uid)
        if name and total:
            f = fig(name)
            f.portfolio_open = int(total or 0)
            f.portfolio_overdue = int(overdue or 0)
    return sorted(figs.values(), key=lambda f: f.username)


def collector_performance_table(month: str, *, company: str | None = None) -> ReportTable:
    """Collector performance as a table for the tab, Excel and PDF."""
    from arapp.domain.dates import month_bounds
    from arapp.reports.company import company_name

    figs = collector_performance(month)
    first, last = month_bounds(month, field="month")
    rows = [[f.name, f.tasks_completed, f.contacts, f.collected_after_contact, f.promises_kept, f.promises_broken,
             f.kept_rate, f.portfolio_open, f.portfolio_overdue, f.overdue_ratio] for f in figs]
    total = CollectorFigures("", "")
    for f in figs:
        total.tasks_completed += f.tasks_completed
        total.contacts += f.contacts
        total.promises_kept += f.promises_kept
        total.promises_broken += f.promises_broken
        total.portfolio_open += f.portfolio_open
        total.portfolio_overdue += f.portfolio_overdue
    return ReportTable(
        title=tr("collections", "Collector performance"),
        columns=[
            Column("collector", tr("collections", "Collector")),
            Column("tasks", tr("collections", "Tasks completed"), "int"),
            Column("contacts", tr("collections", "Contacts logged"), "int"),
            Column("collected", tr("collections", "Collected within 30 days of a contact"), "money"),
            Column("kept", tr("collections", "Promises kept"), "int"),
            Column("broken", tr("collections", "Promises broken"), "int"),
            Column("kept_rate", tr("collections", "Promise-kept rate"), "percent"),
            Column("open", tr("collections", "Portfolio balance"), "money"),
            Column("overdue", tr("collections", "Portfolio overdue"), "money"),
            Column("overdue_ratio", tr("collections", "Overdue ratio"), "percent"),
        ],
        rows=rows,
        company=company_name() if company is None else company,
        as_of=last,
        subtitle=[tr("collections", "Month {month} ({first} to {last})", month=f"{first.year:04d}-{first.month:02d}",
                     first=first.isoformat(), last=last.isoformat())],
        totals=[tr("collections", "Total"), total.tasks_completed, total.contacts,
                sum(f.collected_after_contact for f in figs), total.promises_kept, total.promises_broken,
                total.kept_rate, total.portfolio_open, total.portfolio_overdue, total.overdue_ratio],
        footnotes=[tr("collections", "Collected: receipts dated in the month from customers the collector "
                                     "contacted in the 30 days before; a receipt counts for every collector who "
                                     "contacted the customer, so the total may count a receipt more than once. Promises: judged "
                                     "in the month. Portfolio: customers assigned to the collector at the end of "
                                     "the month. Amounts in yuan.")],
        sheet_name=tr("collections", "Collector performance"),
    )
