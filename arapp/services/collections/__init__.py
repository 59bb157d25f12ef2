"""Collections (催收): the ladder, the daily task engine, the contact log, promises to
pay, extension requests, payment plans, disputes and customer status events. No Qt.

The ladder
    A policy (``CollectionPolicy``) is a list of levels, each starting so many days
    after the due date (negative: before it) with an action, a tone, a letter template
    and a responsible role. The default policy is the seeds' ladder (−5, −3, 0, 1–30,
    31–60, 61–90, over 90); other policies serve the customer categories they name.

The daily run (:func:`generate_tasks`)
    For each customer with open invoices within reach, the *anchor* is the effective due
    date of the oldest unpaid invoice (the date an approved extension moved it to;
    disputed invoices are left out). The level is the highest whose start day is on or
    before the days since the anchor. One task per customer, anchor and level
    (``UNIQUE (customer, anchor, level_seq)``) groups the customer's invoices in reach,
    so running twice on one day creates nothing, and a customer who pays and falls
    behind again starts a fresh episode with fresh tasks. A task at a higher level
    supersedes the customer's earlier open task (counted as escalated); a customer with
    nothing in reach any more has its tasks closed (``closed_paid``). While a promise
    to pay is open and not yet due, a payment plan is active, or the customer is handed
    over to legal or an agency, the customer is skipped and its open task paused; it
    resumes when the hold ends. The day after a promise date an unkept promise is
    broken and the customer escalates one level at once; a missed plan instalment breaks
    the plan and escalates the same way. The services that change a hold (a promise,
    a plan, an extension decision, a dispute, a hand-over) run the same rules for that
    one customer at once (:func:`refresh_customer`), so the queue is right straight away.

Every write here runs in one transaction, checks the acting user's permission
(``collection.work``: collectors, bookkeepers, managers; ``collection.assign``:
bookkeepers and managers; ``collection.approve`` and ``collection.policy``: managers),
writes an audit record and returns a result dataclass. Refusals raise ``ArappError``
with a translated message and write nothing.

Dates: ``on`` is the working day (default today). Balances are the books as they stand.
Reading (the queue, one customer's file, collector performance) is in
:mod:`arapp.reports.collections`; ``list_tasks`` here is a convenience over it.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field

from arapp import clock, names
from arapp.db import lookups
from arapp.db.database import db, is_postgres
from arapp.db.ledger_sql import OPEN_STATUSES_SQL, credit_pieces_sql
from arapp.db.models import (
    CollectionPolicy,
    CollectionTask,
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
    now,
)
from arapp.domain import vocabulary as vocab
from arapp.domain.dates import add_months
from arapp.domain.money import format_amount, split_evenly
from arapp.domain.policy import MAX_LEVELS, START_DAY_MAX, START_DAY_MIN, Level, Policy, PolicyBook
from arapp.errors import NotFound, ValidationError
from arapp.i18n import tr
from arapp.reports.collections import (
    QueueFilter,
    TaskRow,
    collection_queue,
    get_policy,
    open_position_sql,
    policy_book,
)
from arapp.services.audit import record_audit, snapshot
from arapp.services.changes import NOTHING, Changes
from arapp.services.context import current_actor

PERM_WORK = "collection.work"
PERM_ASSIGN = "collection.assign"
PERM_APPROVE = "collection.approve"
PERM_POLICY = "collection.policy"

MAX_INSTALMENTS = 60
MAX_TEXT = 2000
#: A promise or an extension further away than this is refused.
MAX_DAYS_AHEAD = 3650
_LOCK_KEY = 4_040_404   # PostgreSQL advisory lock: one task writer at a time


# ------------------------------------------------------------------------------ results

@dataclass
class GenerationResult:
    """What a run of the ladder did on ``on``. ``created`` counts new tasks, of which
    ``escalated`` rose above a level the customer had already reached in this episode
    (or came from a broken promise or plan); ``closed`` tasks of customers who owe
    nothing in reach any more; ``superseded`` open tasks replaced by a new one;
    ``paused``/``resumed`` tasks of customers a hold started or stopped for;
    ``skipped`` customers in reach who were not dunned because of a hold."""

    on: _dt.date
    created: int = 0
    escalated: int = 0
    closed: int = 0
    superseded: int = 0
    paused: int = 0
    resumed: int = 0
    skipped: int = 0
    customers_in_reach: int = 0
    promises_kept: int = 0
    promises_broken: int = 0
    plans_completed: int = 0
    plans_broken: int = 0
    created_task_ids: list[int] = field(default_factory=list)   # filled for one-customer refreshes

    @property
    def changed(self) -> bool:
        return any((self.created, self.closed, self.superseded, self.paused, self.resumed, self.promises_kept,
                    self.promises_broken, self.plans_completed, self.plans_broken))

    @property
    def changes(self) -> Changes:
        """Tasks (which ones not named for a whole-book run), and the collection files
        when promises or plans were judged."""
        if not self.changed:
            return NOTHING
        judged = any((self.promises_kept, self.promises_broken, self.plans_completed, self.plans_broken))
        return Changes.of(task=self.created_task_ids or True, collection=judged)

    def as_dict(self) -> dict:
        d = asdict(self)
        d.pop("created_task_ids")
        return d


@dataclass
class PolicyResult:
    """A policy created, changed, made the default or removed."""

    policy_id: int
    name: str
    action: str
    levels: int
    changes: Changes = NOTHING


@dataclass
class TaskResult:
    """What a task service did: the task it acted on, its status now, and the task it
    created (escalation, manual task) if any."""

    task_id: int
    customer_code: str
    status: str
    level_seq: int
    created_task_id: int | None = None
    changes: Changes = NOTHING


@dataclass
class AssignResult:
    """Tasks given to a user (``assigned_to`` '' for nobody)."""

    task_ids: list[int]
    assigned_to: str
    changes: Changes = NOTHING


@dataclass
class ContactResult:
    contact_id: int
    customer_code: str
    at: _dt.datetime
    task_id: int | None
    follow_up_on: _dt.date | None
    changes: Changes = NOTHING


@dataclass
class PromiseResult:
    promise_id: int
    customer_code: str
    promised_date: _dt.date
    amount: int
    status: str
    replaced_promise_ids: list[int] = field(default_factory=list)
    tasks: GenerationResult | None = None
    changes: Changes = NOTHING


@dataclass
class ExtensionResult:
    request_id: int
    invoice_number: str
    customer_code: str
    status: str
    current_due: _dt.date
    requested_due: _dt.date
    tasks: GenerationResult | None = None
    changes: Changes = NOTHING


@dataclass
class PlanResult:
    plan_id: int
    customer_code: str
    total: int
    status: str
    instalments: list[tuple[int, _dt.date, int, str]] = field(default_factory=list)   # seq, date, fen, status
    tasks: GenerationResult | None = None
    changes: Changes = NOTHING


@dataclass
class DisputeResult:
    dispute_id: int
    invoice_number: str
    customer_code: str
    status: str
    tasks: GenerationResult | None = None
    changes: Changes = NOTHING


@dataclass
class StatusResult:
    """A customer status event started or ended, and the customer's status field now."""

    event_ids: list[int]
    customer_code: str
    status: str
    since: _dt.date | None
    until: _dt.date | None
    customer_status: str
    tasks: GenerationResult | None = None
    changes: Changes = NOTHING


# ------------------------------------------------------------------------------ small helpers

def _today(on: _dt.date | None) -> _dt.date:
    if on is not None and not isinstance(on, _dt.date):
        raise ValidationError(tr("collections", "A date is required"), field="on")
    if isinstance(on, _dt.datetime):
        on = on.date()
    return on or clock.today()


def _d(v) -> _dt.date | None:
    if v is None:
        return None
    if isinstance(v, _dt.datetime):
        return v.date()
    if isinstance(v, _dt.date):
        return v
    return _dt.date.fromisoformat(str(v)[:10])


def _ts(value: _dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S")


def _text(value: str | None, label: str, *, required: bool = False, field_name: str | None = None) -> str:
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(tr("collections", "{what} is required", what=label), field=field_name)
    if len(text) > MAX_TEXT:
        raise ValidationError(tr("collections", "{what} is too long (at most {n} characters)", what=label, n=MAX_TEXT),
                              field=field_name)
    return text


def _money(amount, label: str, field_name: str = "amount") -> int:
    if not isinstance(amount, int) or isinstance(amount, bool):
        raise ValidationError(tr("collections", "{what} must be in fen (an integer)", what=label), field=field_name)
    if amount <= 0:
        raise ValidationError(tr("collections", "{what} must be more than zero", what=label), field=field_name)
    return amount


def _chunks(values: list, n: int = 800):
    for i in range(0, len(values), n):
        yield values[i:i + n]


def _in(column: str, values: Sequence, p: str) -> str:
    return f"{column} IN ({', '.join([p] * len(values))})"


def _lock_tasks() -> None:
    """Serialize the writers of tasks (SQLite's IMMEDIATE transactions already do)."""
    if is_postgres():
        db.execute_sql(f"SELECT pg_advisory_xact_lock({_LOCK_KEY})")


def _user(ref) -> User | None:
    if ref is None or ref == "":
        return None
    if isinstance(ref, User):
        return ref
    found = User.get_or_none(User.id == ref) if isinstance(ref, int) else \
        User.get_or_none(User.username == str(ref).strip())
    if found is None:
        raise NotFound(tr("collections", "No user {name}", name=ref))
    if not found.active:
        raise ValidationError(tr("collections", "User {name} is disabled", name=found.username))
    return found


def _is_open(inv: Invoice) -> bool:
    return inv.status in vocab.INVOICE_OPEN_STATUSES and inv.open_amount > 0


def _refuse_closed_invoice(inv: Invoice) -> None:
    if not _is_open(inv):
        raise ValidationError(
            tr("collections", "Invoice {number} is not open (nothing is owed on it)", number=inv.number or inv.id),
            field="invoice")


# ------------------------------------------------------------------------------ policies

@dataclass
class LevelInput:
    """A level as typed in Settings (``seq`` is given by the order)."""

    start_day: int
    action: str
    tone: str = "firm"
    role: str = "collector"
    letter_template: str = ""
    description: str = ""


def validate_levels(levels: Iterable[LevelInput | Level | dict]) -> list[Level]:
    """Check a ladder: 1 to 12 levels, start days whole numbers strictly increasing
    within −60 … 3650, known actions, tones and roles. Returns the levels numbered."""
    out: list[Level] = []
    for i, lv in enumerate(levels, start=1):
        if isinstance(lv, dict):
            lv = LevelInput(**lv)
        start = lv.start_day
        if not isinstance(start, int) or isinstance(start, bool):
            raise ValidationError(tr("collections", "Level {n}: the start day must be a whole number of days", n=i),
                                  field="start_day")
        if not START_DAY_MIN <= start <= START_DAY_MAX:
            raise ValidationError(tr("collections", "Level {n}: the start day must lie between {low} and {high}",
                                     n=i, low=START_DAY_MIN, high=START_DAY_MAX), field="start_day")
        if out and start <= out[-1].start_day:
            raise ValidationError(
                tr("collections", "Level {n}: start days must increase ({day} comes after {previous})",
                   n=i, day=start, previous=out[-1].start_day), field="start_day")
        if lv.action not in vocab.LEVEL_ACTIONS:
            raise ValidationError(tr("collections", "Level {n}: unknown action '{value}'", n=i, value=lv.action),
                                  field="action")
        if lv.tone not in vocab.LEVEL_TONES:
            raise ValidationError(tr("collections", "Level {n}: unknown tone '{value}'", n=i, value=lv.tone),
                                  field="tone")
        if lv.role not in vocab.RESPONSIBLE_ROLES:
            raise ValidationError(tr("collections", "Level {n}: unknown responsible role '{value}'", n=i, value=lv.role),
                                  field="role")
        template = _text(lv.letter_template, tr("collections", "The letter template"))
        if len(template) > 80:
            raise ValidationError(tr("collections", "Level {n}: the letter template name is too long", n=i),
                                  field="letter_template")
        out.append(Level(start, lv.action, lv.tone, lv.role, template,
                         _text(lv.description, tr("collections", "The description")), i))
    if not out:
        raise ValidationError(tr("collections", "A policy needs at least one level"), field="levels")
    if len(out) > MAX_LEVELS:
        raise ValidationError(tr("collections", "A policy has at most {n} levels", n=MAX_LEVELS), field="levels")
    return out


def save_policy(name: str, levels: Iterable[LevelInput | Level | dict], *, categories: Iterable[str] = (),
                amount_threshold: int = 1_000_000, short_age_days: int = 30, description: str = "",
                make_default: bool = False) -> PolicyResult:
    """Create a policy or replace an existing one's settings and levels. Tasks already
    made keep the level they were made at (they carry a copy). A customer category may
    belong to one policy only."""
    current_actor().require(PERM_POLICY)
    name = _text(name, tr("collections", "The policy name"), required=True, field_name="name")
    if len(name) > 80:
        raise ValidationError(tr("collections", "The policy name is too long (at most {n} characters)", n=80),
                              field="name")
    checked = validate_levels(levels)
    cats = []
    for c in categories or ():
        c = (c or "").strip()
        if c and c not in cats:
            cats.append(c)
    if not isinstance(amount_threshold, int) or isinstance(amount_threshold, bool) or amount_threshold < 0:
        raise ValidationError(tr("collections", "The amount threshold must be zero or more (in fen)"),
                              field="amount_threshold")
    if not isinstance(short_age_days, int) or isinstance(short_age_days, bool) or not 0 <= short_age_days <= 3650:
        raise ValidationError(tr("collections", "The short age must be 0 to 3650 days"), field="short_age_days")
    with db.atomic():
        row = CollectionPolicy.get_or_none(CollectionPolicy.name == name)
        for other in CollectionPolicy.select().where(CollectionPolicy.name != name):
            taken = set(json.loads(other.categories or "[]")) & set(cats)
            if taken:
                raise ValidationError(
                    tr("collections", "Category {category} already belongs to policy {policy}",
                       category="、".join(sorted(taken)), policy=other.name), field="categories")
        data = {"categories": json.dumps(cats, ensure_ascii=False), "amount_threshold": amount_threshold,
                "short_age_days": short_age_days, "description": _text(description, tr("collections", "The description")),
                "updated_at": now()}
        if row is None:
            row = CollectionPolicy.create(name=name, is_default=False, created_at=now(), **data)
            before = None
            action = "create"
        else:
            before = {**snapshot(row), "levels": [asdict(lv) for lv in get_policy(row.id).levels]}
            CollectionPolicy.update(**data).where(CollectionPolicy.id == row.id).execute()
            PolicyLevel.delete().where(PolicyLevel.policy == row.id).execute()
            action = "update"
        for lv in checked:
            PolicyLevel.create(policy=row.id, seq=lv.seq, start_day=lv.start_day, action=lv.action, tone=lv.tone,
                               role=lv.role, letter_template=lv.letter_template, description=lv.description)
        if make_default or not CollectionPolicy.select().where(CollectionPolicy.is_default == True).exists():  # noqa: E712
            _make_default(row.id)
        row = CollectionPolicy.get_by_id(row.id)
        record_audit(action, "collection_policy", row.id, before,
                     {**snapshot(row), "levels": [asdict(lv) for lv in checked]})
    return PolicyResult(row.id, name, action, len(checked), Changes.of(policy=row.id))


def _make_default(policy_id: int) -> None:
    CollectionPolicy.update(is_default=False).where(CollectionPolicy.id != policy_id).execute()
    CollectionPolicy.update(is_default=True).where(CollectionPolicy.id == policy_id).execute()


def set_default_policy(name: str) -> PolicyResult:
    """Make a policy the default: it serves every category no other policy names."""
    current_actor().require(PERM_POLICY)
    with db.atomic():
        pol = get_policy(name)
        before = get_policy(None).name
        _make_default(pol.id)
        record_audit("set_default", "collection_policy", pol.id, {"default": before}, {"default": pol.name})
    return PolicyResult(pol.id, pol.name, "default", len(pol.levels), Changes.of(policy=True))


def delete_policy(name: str) -> PolicyResult:
    """Remove a policy that is not the default. Its tasks stay, with their copy of the level."""
    current_actor().require(PERM_POLICY)
    with db.atomic():
        pol = get_policy(name)
        if pol.is_default:
            raise ValidationError(tr("collections", "The default policy cannot be removed; make another the default "
                                                    "first"), field="name")
        CollectionTask.update(policy=None).where(CollectionTask.policy == pol.id).execute()
        PolicyLevel.delete().where(PolicyLevel.policy == pol.id).execute()
        CollectionPolicy.delete().where(CollectionPolicy.id == pol.id).execute()
        record_audit("delete", "collection_policy", pol.id, {"name": pol.name, "categories": list(pol.categories),
                                                             "levels": [asdict(lv) for lv in pol.levels]}, None)
    return PolicyResult(pol.id, pol.name, "delete", 0, Changes.of(policy=pol.id))


# ------------------------------------------------------------------------------ the engine

# Anchors travel as the database returns them (ISO text on SQLite, dates on PostgreSQL),
# so the daily run compares and writes them without parsing thousands of dates.

@dataclass(slots=True)
class _Active:
    id: int
    anchor: object
    seq: int
    status: str
    assigned_to: int | None


@dataclass(slots=True)
class _Position:
    customer_id: int
    category: str
    collector_id: int | None
    policy: Policy
    anchor: object                 # effective: after extensions, without disputed invoices (raw)
    days: int                      # days since the anchor
    amount: int
    overdue: int | None            # None until filled (the whole book's run fills it for new tasks)
    invoice_ids: str
    max_seq: int | None            # highest level of any task for (customer, anchor)
    level: Level | None            # None: only held invoices are in reach
    hold: str = ""                 # 'extension' or 'dispute' when level is None

    @property
    def anchor_date(self) -> _dt.date | None:
        return _d(self.anchor)


def _raw_date(value: _dt.date):
    """A date as the database hands it back (ISO text on SQLite)."""
    return value if is_postgres() else value.isoformat()


def _positions(on: _dt.date, book: PolicyBook, customer_ids: list[int] | None) -> dict[int, _Position]:
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
    out: dict[int, _Position] = {}
    for cid, anchor, age, amount, overdue, ids, category, collector_id, max_seq in db.execute_sql(
            sql, [on.isoformat(), *iparams]).fetchall():
        pol = book.for_category(category)
        level = pol.level_for(age)
        if level is None:
            continue
        out[cid] = _Position(cid, category or "", collector_id, pol, anchor, age, int(amount),
                             None if whole else int(overdue or 0), ids or "", max_seq, level)
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


def _apply_holds_on_invoices(on: _dt.date, reach: _dt.date, positions: dict[int, _Position]) -> None:
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
            extended[iid] = _d(due)
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
    for chunk in _chunks(ids):
        for iid, cid, due, amount in db.execute_sql(
                f"SELECT id, customer_id, due_date, open_amount FROM invoice WHERE open_amount > 0 "
                f"AND status IN {OPEN_STATUSES_SQL} AND due_date <= {p} AND {_in('customer_id', chunk, p)}",
                [reach.isoformat(), *chunk]).fetchall():
            items.setdefault(cid, []).append((iid, _d(due), int(amount)))
    new_anchors: dict[int, object] = {}
    for cid in ids:
        pos = positions[cid]
        kept = []
        held = ""
        for iid, due, amount in items.get(cid, []):
            if iid in disputed:
                held = held or "dispute"
                continue
            eff = max(due, extended.get(iid, due))
            if eff > reach:
                held = held or "extension"
                continue
            kept.append((iid, eff, amount))
        anchor = min((e for _, e, _ in kept), default=None)
        level = pos.policy.level_for((on - anchor).days) if anchor else None
        if level is None:
            pos.level, pos.hold, pos.anchor = None, held or "extension", None
            continue
        pos.anchor, pos.days, pos.level = _raw_date(anchor), (on - anchor).days, level
        pos.amount = sum(a for _, _, a in kept)
        pos.overdue = sum(a for _, e, a in kept if e < on)
        pos.invoice_ids = ",".join(str(i) for i, _, _ in kept)
        new_anchors[cid] = pos.anchor
    if new_anchors:
        found: dict[tuple[int, object], int] = {}
        keys = sorted(new_anchors)
        for chunk in _chunks(keys):
            for cid, anchor, seq in db.execute_sql(
                    f"SELECT customer_id, anchor, MAX(level_seq) FROM collection_task WHERE "
                    f"{_in('customer_id', chunk, p)} GROUP BY customer_id, anchor", chunk).fetchall():
                found[(cid, anchor)] = seq
        for cid, anchor in new_anchors.items():
            positions[cid].max_seq = found.get((cid, anchor))


def _active_tasks(customer_ids: list[int] | None) -> dict[int, list[_Active]]:
    p = db.obj.param
    sql = ("SELECT id, customer_id, anchor, level_seq, status, assigned_to_id FROM collection_task "
           f"WHERE status IN ({p}, {p})")
    out: dict[int, list[_Active]] = {}
    chunks = list(_chunks(customer_ids)) if customer_ids is not None else [None]
    for chunk in chunks:
        q, params = sql, ["open", "paused"]
        if chunk is not None:
            if not chunk:
                continue
            q += " AND " + _in("customer_id", chunk, p)
            params += chunk
        for tid, cid, anchor, seq, status, assigned in db.execute_sql(q, params).fetchall():
            out.setdefault(cid, []).append(_Active(tid, anchor, seq, status, assigned))
    return out


def _customer_filter(customer_ids: list[int] | None, column: str = "customer_id") -> tuple[str, list]:
    if customer_ids is None:
        return "", []
    return " AND " + _in(column, customer_ids, db.obj.param), list(customer_ids)


def _payments(customer_ids: Iterable[int], since: _dt.date) -> dict[int, list[tuple[_dt.date, int, _dt.datetime]]]:
    """Receipts (and credit notes) not reversed, dated from ``since``, per customer, by
    date: (date, fen, recorded at)."""
    p = db.obj.param
    out: dict[int, list[tuple[_dt.date, int, _dt.datetime]]] = {}
    ids = sorted(set(customer_ids))
    for chunk in _chunks(ids):
        flt = _in("customer_id", chunk, p)
        for table in ("receipt", "credit_note"):
            for cid, date, amount, created in db.execute_sql(
                    f"SELECT customer_id, date, amount, created_at FROM {table} WHERE status = {p} AND date >= {p} "
                    f"AND {flt}", ["posted", since.isoformat(), *chunk]).fetchall():
                out.setdefault(cid, []).append((_d(date), int(amount), _stamp(created)))
    for v in out.values():
        v.sort()
    return out


def _receipts(customer_ids: Iterable[int], since: _dt.date) -> dict[int, list[tuple[_dt.date, int, _dt.datetime]]]:
    """Receipts not reversed, dated from ``since``, per customer: (date, fen, recorded at)."""
    p = db.obj.param
    out: dict[int, list[tuple[_dt.date, int, _dt.datetime]]] = {}
    ids = sorted(set(customer_ids))
    for chunk in _chunks(ids):
        for cid, date, amount, created in db.execute_sql(
                f"SELECT customer_id, date, amount, created_at FROM receipt WHERE status = {p} AND date >= {p} AND "
                f"{_in('customer_id', chunk, p)}", ["posted", since.isoformat(), *chunk]).fetchall():
            out.setdefault(cid, []).append((_d(date), int(amount), _stamp(created)))
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
    since = min(_d(r[2]) for r in rows)
    paid = _receipts([r[1] for r in rows], since)
    for pid, cid, made_on, promised, amount, made_at in rows:
        made_on, promised, made_at = _d(made_on), _d(promised), _stamp(made_at)
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
        PromiseToPay.update(status=status, received=received, evaluated_on=on).where(PromiseToPay.id == pid).execute()
        record_audit("evaluate", "promise_to_pay", pid, {"status": "open"},
                     {"status": status, "received": received, "evaluated_on": on})


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
    since = min(_d(r[2]) for r in plans)
    pays = _payments([r[1] for r in plans], since)
    for plan_id, cid, start_on, made_at in plans:
        start_on, made_at = _d(start_on), _stamp(made_at)
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


def _customer_holds(on: _dt.date, customer_ids: list[int] | None) -> dict[int, str]:
    """Customers not to dun today and why: legal, agency, plan, promise (in that order)."""
    p = db.obj.param
    out: dict[int, str] = {}
    flt, params = _customer_filter(customer_ids)
    for (cid,) in db.execute_sql(f"SELECT customer_id FROM promise_to_pay WHERE status = {p} AND promised_date >= {p}"
                                 f"{flt}", ["open", on.isoformat(), *params]).fetchall():
        out[cid] = "promise"
    for (cid,) in db.execute_sql(f"SELECT customer_id FROM payment_plan WHERE status = {p}{flt}",
                                 ["active", *params]).fetchall():
        out[cid] = "plan"
    for cid, status in db.execute_sql(
            f"SELECT customer_id, status FROM customer_status_event WHERE status IN ({p}, {p}) AND since <= {p} "
            f"AND (until IS NULL OR until > {p}){flt} ORDER BY status",   # legal after agency: legal wins
            ["legal", "agency", on.isoformat(), on.isoformat(), *params]).fetchall():
        out[cid] = status
    return out


_INSERT_COLUMNS = (
    "customer_id", "policy_id", "policy_name", "level_seq", "start_day", "action", "tone", "role",
    "letter_template", "description", "anchor", "due_on", "status", "reason", "hold_reason", "procedure", "amount",
    "overdue_amount", "days_overdue", "invoice_ids", "assigned_to_id", "outcome", "created_on", "created_at",
    "created_by", "updated_at", "closed_by",
)


def _fill_details(on: _dt.date, book: PolicyBook, positions: list[_Position]) -> None:
    """The overdue part, the invoice ids and the customer's collector, for the positions
    the whole book's run makes new tasks for: one grouped pass for many customers,
    through the customer index for a few."""
    p = db.obj.param
    reach = on + _dt.timedelta(days=book.reach_days)
    need = {pos.customer_id: pos for pos in positions if pos.overdue is None}
    ids = sorted(need)
    many = len(ids) > 1000
    for chunk in ([None] if many else list(_chunks(ids, 500))):
        sql, params = open_position_sql(p, on, reach, chunk)
        for cid, _anchor, _amount, overdue, inv_ids in db.execute_sql(sql, params).fetchall():
            pos = need.get(cid)
            if pos is not None:
                pos.overdue, pos.invoice_ids = int(overdue or 0), inv_ids or ""
    wanted = {pos.customer_id: pos for pos in positions if pos.collector_id is None}
    if wanted:
        chunks = [None] if len(wanted) > 1000 else list(_chunks(sorted(wanted), 500))
        for chunk in chunks:
            sql = "SELECT id, collector_id FROM customer WHERE collector_id IS NOT NULL"
            if chunk is not None:
                sql += " AND " + _in("id", chunk, p)
            for cid, collector_id in db.execute_sql(sql, chunk or []).fetchall():
                pos = wanted.get(cid)
                if pos is not None:
                    pos.collector_id = collector_id


def _run_ladder(on: _dt.date, customer_ids: list[int] | None, res: GenerationResult) -> None:
    """The ladder's rules for every customer (``customer_ids`` None) or the given ones.
    Call inside a transaction, after ``_lock_tasks``."""
    book = policy_book()
    escalate: dict[int, str] = {}
    _evaluate_promises(on, customer_ids, res, escalate)
    _evaluate_plans(on, customer_ids, res, escalate)
    holds = _customer_holds(on, customer_ids)
    positions = _positions(on, book, customer_ids)
    active = _active_tasks(customer_ids)
    user = current_actor().username
    stamp = _ts(now())
    day = on.isoformat()
    creates: list[tuple] = []
    updates: dict[tuple[str, str], list[int]] = {}
    reopen: list[tuple[int, object, int]] = []
    res.customers_in_reach += len(positions)

    def set_status(tasks: Iterable[_Active], status: str, hold: str = "") -> int:
        n = 0
        for t in tasks:
            updates.setdefault((status, hold), []).append(t.id)
            n += 1
        return n

    for cid, pos in positions.items():
        act = active.get(cid, ())
        if (len(act) == 1 and cid not in holds and cid not in escalate and pos.level is not None
                and act[0].status == "open" and act[0].seq == pos.max_seq and act[0].anchor == pos.anchor
                and pos.max_seq >= pos.level.seq):
            continue      # the usual day: the customer's task stands
        hold = holds.get(cid) or (pos.hold if pos.level is None else "")
        if hold:
            res.skipped += 1
            res.paused += set_status([t for t in act if t.status == "open"], "paused", hold)
            continue
        pol, anchor = pos.policy, pos.anchor
        target = pos.level.seq
        reason = "ladder"
        why = escalate.get(cid)
        if why:
            base = max(target, pos.max_seq or 0)
            target = min(base + 1, pol.top_seq)
            if target > base:
                reason = why
        if pos.max_seq is not None and pos.max_seq >= target:
            keep = [t for t in act if t.anchor == anchor and t.seq == pos.max_seq]
            res.resumed += set_status([t for t in keep if t.status == "paused"], "open")
            res.superseded += set_status([t for t in act if t not in keep], "superseded")
            if not keep:
                reopen.append((cid, anchor, pos.max_seq))
            continue
        creates.append((pos, pol.level(target), reason, next((t.assigned_to for t in act if t.assigned_to), None)))
        res.created += 1
        if reason != "ladder" or (pos.max_seq is not None and target > pos.max_seq):
            res.escalated += 1
        res.superseded += set_status(act, "superseded")
    for cid, act in active.items():
        if cid not in positions:
            res.closed += set_status(act, "closed_paid")
    # The episode's task was replaced by one that is gone (another anchor while an
    # invoice was disputed, or closed when a receipt that paid it was reversed): it
    # becomes the customer's task again. A task done or cancelled stays so.
    for cid, anchor, seq in reopen:
        row = CollectionTask.get_or_none((CollectionTask.customer == cid) & (CollectionTask.anchor == anchor)
                                         & (CollectionTask.level_seq == seq))
        if row is not None and row.status in ("superseded", "closed_paid"):
            updates.setdefault(("open", ""), []).append(row.id)
            res.resumed += 1

    p = db.obj.param
    if creates:
        _fill_details(on, book, [pos for pos, _, _, _ in creates])
        rows = []
        for pos, lv, reason, assigned in creates:
            days = max(0, pos.days)
            rows.append((pos.customer_id, pos.policy.id, pos.policy.name, lv.seq, lv.start_day, lv.action, lv.tone,
                         lv.role, lv.letter_template, lv.description, pos.anchor, day, "open", reason, "",
                         pos.policy.procedure_for(pos.amount, days), pos.amount, pos.overdue or 0, days,
                         pos.invoice_ids, assigned or pos.collector_id, "", day, stamp, user, stamp, ""))
        sql = (f"INSERT INTO collection_task ({', '.join(_INSERT_COLUMNS)}) "
               f"VALUES ({', '.join([p] * len(_INSERT_COLUMNS))})")
        cursor = db.cursor()
        for chunk in _chunks(rows, 5000):
            cursor.executemany(sql, chunk)
        if customer_ids is not None:
            for cid, anchor, seq in ((r[0], r[10], r[3]) for r in rows):
                res.created_task_ids.append(CollectionTask.get(
                    (CollectionTask.customer == cid) & (CollectionTask.anchor == anchor)
                    & (CollectionTask.level_seq == seq)).id)
    for (status, hold), ids in updates.items():
        closing = status in ("closed_paid", "superseded")
        for chunk in _chunks(ids):
            if closing:
                db.execute_sql(f"UPDATE collection_task SET status = {p}, hold_reason = '', closed_on = {p}, "
                               f"closed_by = {p}, updated_at = {p} WHERE {_in('id', chunk, p)}",
                               [status, day, user, stamp, *chunk])
            else:
                db.execute_sql(f"UPDATE collection_task SET status = {p}, hold_reason = {p}, updated_at = {p}, "
                               f"closed_on = NULL, closed_by = '' WHERE {_in('id', chunk, p)}",
                               [status, hold, stamp, *chunk])


def generate_tasks(on: _dt.date | None = None) -> GenerationResult:
    """The day's collection run (see the module doc): judge promises and plans, then
    create, escalate, pause, resume and close tasks for every customer. Running it
    again on the same day changes nothing. One audit record sums up a run that changed
    something."""
    current_actor().require(PERM_WORK)
    day = _today(on)
    res = GenerationResult(day)
    with db.atomic():
        _lock_tasks()
        _run_ladder(day, None, res)
        if res.changed:
            record_audit("generate", "collection_task", day.isoformat(), None, res.as_dict())
    return res


def _refresh(customer_id: int, on: _dt.date) -> GenerationResult:
    res = GenerationResult(on)
    _lock_tasks()
    _run_ladder(on, [customer_id], res)
    return res


def refresh_customer(customer, on: _dt.date | None = None) -> GenerationResult:
    """Run the ladder's rules for one customer now (what the daily run would do for it)."""
    current_actor().require(PERM_WORK)
    day = _today(on)
    with db.atomic():
        cust = lookups.customer(customer)
        res = _refresh(cust.id, day)
        if res.changed:
            record_audit("refresh", "collection_task", cust.id, None, res.as_dict())
    return res


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
    return collection_queue(_today(on), bucket=bucket, filters=f, user=actor.username, role=actor.role)


# ------------------------------------------------------------------------------ tasks by hand

def _where_customer_stands(cust: Customer, on: _dt.date) -> _Position | None:
    pos = _positions(on, policy_book(), [cust.id]).get(cust.id)
    return pos if pos is not None and pos.level is not None else None


def _nothing_owed(cust: Customer) -> ValidationError:
    return ValidationError(
        tr("collections", "Customer {code} owes nothing that is due or falling due; no collection task is needed",
           code=cust.code), field="customer")


def _insert_task(cust: Customer, pos: _Position, seq: int, reason: str, on: _dt.date,
                 assigned_to: int | None) -> CollectionTask:
    lv = pos.policy.level(seq)
    days = pos.days
    return CollectionTask.create(
        customer=cust.id, policy=pos.policy.id, policy_name=pos.policy.name, level_seq=lv.seq,
        start_day=lv.start_day, action=lv.action, tone=lv.tone, role=lv.role, letter_template=lv.letter_template,
        description=lv.description, anchor=pos.anchor, due_on=on, status="open", reason=reason,
        procedure=pos.policy.procedure_for(pos.amount, max(0, days)), amount=pos.amount, overdue_amount=pos.overdue,
        days_overdue=max(0, days), invoice_ids=pos.invoice_ids, assigned_to=assigned_to, created_on=on,
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
    day = _today(on)
    with db.atomic():
        _lock_tasks()
        if invoice is not None:
            inv = lookups.invoice(invoice)
            _refuse_closed_invoice(inv)
            cust = inv.customer
        elif customer is not None:
            cust = lookups.customer(customer)
        else:
            raise ValidationError(tr("collections", "Choose a customer or an invoice"), field="customer")
        pos = _where_customer_stands(cust, day)
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
        user = _user(assign_to)
        active = list(CollectionTask.select().where((CollectionTask.customer == cust.id)
                                                    & CollectionTask.status.in_(vocab.TASK_ACTIVE_STATUSES)))
        assigned = user.id if user else next((t.assigned_to_id for t in active if t.assigned_to_id), None) \
            or cust.collector_id
        task = _insert_task(cust, pos, seq, "manual", day, assigned)
        _close_tasks(active, "superseded", day)
        record_audit("create", "collection_task", task.id, None,
                     {**snapshot(task), "superseded": [t.id for t in active]})
    return TaskResult(task.id, cust.code, "open", seq, task.id,
                      Changes.of(task=[task.id, *(t.id for t in active)], collection=cust.id))


def escalate_task(task, reason: str, *, on: _dt.date | None = None) -> TaskResult:
    """Move the customer up one level now: the next level's task replaces this one."""
    current_actor().require(PERM_WORK)
    day = _today(on)
    reason = _text(reason, tr("collections", "A reason"), required=True, field_name="reason")
    with db.atomic():
        _lock_tasks()
        t = lookups.task(task)
        if t.status not in vocab.TASK_ACTIVE_STATUSES:
            raise ValidationError(tr("collections", "Task {id} is {status}; only an open task can be escalated",
                                     id=t.id, status=names.task_status(t.status)), field="task")
        cust = t.customer
        pos = _where_customer_stands(cust, day)
        if pos is None:
            raise _nothing_owed(cust)
        base = max(pos.level.seq, pos.max_seq or 0, t.level_seq if t.anchor == pos.anchor_date else 0)
        if base + 1 > pos.policy.top_seq:
            raise ValidationError(tr("collections", "Task {id} is at the top of the ladder already", id=t.id),
                                  field="task")
        new = _insert_task(cust, pos, base + 1, "escalated", day, t.assigned_to_id or cust.collector_id)
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
    day = _today(on)
    outcome = _text(outcome, tr("collections", "The outcome"), required=True, field_name="outcome")
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
    day = _today(on)
    reason = _text(reason, tr("collections", "A reason"), required=True, field_name="reason")
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
    target = _user(user)
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
    src = _user(from_user) if from_user not in (None, "") else None
    dst = _user(to_user)
    with db.atomic():
        q = CollectionTask.select(CollectionTask.id).where(CollectionTask.status.in_(vocab.TASK_ACTIVE_STATUSES))
        q = q.where(CollectionTask.assigned_to == src.id) if src else q.where(CollectionTask.assigned_to.is_null())
        if customer is not None:
            q = q.where(CollectionTask.customer == lookups.customer(customer).id)
        ids = [r.id for r in q]
        for chunk in _chunks(ids):
            CollectionTask.update(assigned_to=dst.id if dst else None, updated_at=now()) \
                .where(CollectionTask.id.in_(chunk)).execute()
        if ids:
            record_audit("reassign", "collection_task", ",".join(map(str, ids[:50])) + ("…" if len(ids) > 50 else ""),
                         {"assigned_to": src.username if src else None},
                         {"assigned_to": dst.username if dst else None, "tasks": len(ids)})
    return AssignResult(ids, dst.username if dst else "", Changes.of(task=ids or None, collection=bool(ids)))


# ------------------------------------------------------------------------------ contacts

def _single_active_task(customer_id: int) -> CollectionTask | None:
    """The customer's open or paused task when there is exactly one."""
    active = list(CollectionTask.select().where((CollectionTask.customer == customer_id)
                                                & CollectionTask.status.in_(vocab.TASK_ACTIVE_STATUSES)).limit(2))
    return active[0] if len(active) == 1 else None


def log_contact(customer, method: str, summary: str, *, at: _dt.datetime | _dt.date | None = None,
                person: str = "", answer: str = "", next_step: str = "", next_date: _dt.date | None = None,
                task=None) -> ContactResult:
    """Log a contact with a customer (append-only): when, how, whom, what was said, the
    customer's answer and the next step. It goes with ``task`` or else the customer's
    open task; a next date becomes that task's follow-up date (the queue's action date)."""
    current_actor().require(PERM_WORK)
    if method not in vocab.CONTACT_METHODS:
        raise ValidationError(tr("collections", "Unknown contact method '{value}'", value=method), field="method")
    summary = _text(summary, tr("collections", "What was said"), required=True, field_name="summary")
    person = _text(person, tr("collections", "The person reached"))
    answer = _text(answer, tr("collections", "The customer's answer"))
    next_step = _text(next_step, tr("collections", "The next step"))
    when = now()
    if at is not None:
        if isinstance(at, _dt.datetime):
            when = at.replace(microsecond=0, tzinfo=None)
        elif isinstance(at, _dt.date):
            when = _dt.datetime.combine(at, when.time()) if at != when.date() else when
        else:
            raise ValidationError(tr("collections", "A date is required"), field="at")
    if when > now() + _dt.timedelta(minutes=10):
        raise ValidationError(tr("collections", "The contact time {at} is in the future", at=_ts(when)), field="at")
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
            t = _single_active_task(cust.id)
        row = ContactLog.create(at=when, customer=cust.id, task=t.id if t else None, method=method, person=person,
                                summary=summary, answer=answer, next_step=next_step, next_date=next_date,
                                username=current_actor().username, created_at=now())
        follow = None
        if t is not None and next_date is not None and t.status in vocab.TASK_ACTIVE_STATUSES:
            CollectionTask.update(follow_up_on=next_date, updated_at=now()).where(CollectionTask.id == t.id).execute()
            follow = next_date
        record_audit("create", "contact_log", row.id, None, snapshot(row))
    return ContactResult(row.id, cust.code, when, t.id if t else None, follow,
                         Changes.of(collection=cust.id, task=t.id if t else None))


# ------------------------------------------------------------------------------ promises

def _balance(customer_id: int) -> int:
    from arapp.reports.balances import customer_balance

    return customer_balance(customer_id).balance


def record_promise(customer, promised_date: _dt.date, amount: int, *, on: _dt.date | None = None, task=None,
                   contact=None, note: str = "") -> PromiseResult:
    """Record a promise to pay (付款承诺) ``amount`` fen by ``promised_date``. Refused:
    a date before ``on`` (today), a non-positive amount, more than the customer owes.
    An earlier open promise is cancelled (this one replaces it); the customer's open
    task pauses until the day after the promised date."""
    current_actor().require(PERM_WORK)
    day = _today(on)
    if not isinstance(promised_date, _dt.date):
        raise ValidationError(tr("collections", "The promised date is required"), field="promised_date")
    promised_date = _d(promised_date)
    if promised_date < day:
        raise ValidationError(tr("collections", "The promised date {date} is in the past", date=promised_date),
                              field="promised_date")
    if (promised_date - day).days > 366:
        raise ValidationError(tr("collections", "The promised date {date} is more than a year away; agree a payment "
                                                "plan instead", date=promised_date), field="promised_date")
    _money(amount, tr("collections", "The promised amount"))
    note = _text(note, tr("collections", "The note"))
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
        t = lookups.task(task) if task is not None else _single_active_task(cust.id)
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
        tasks = _refresh(cust.id, day)
        record_audit("create", "promise_to_pay", row.id, None,
                     {**snapshot(row), "replaced": old, "tasks": tasks.as_dict()})
    return PromiseResult(row.id, cust.code, promised_date, amount, "open", old, tasks,
                         Changes.of(collection=cust.id) | tasks.changes)


# ------------------------------------------------------------------------------ extensions

def effective_due_date(invoice) -> _dt.date:
    """The invoice's due date for dunning: the latest approved extension, else its own."""
    inv = lookups.invoice(invoice)
    ext = ExtensionRequest.select(ExtensionRequest.requested_due).where(
        (ExtensionRequest.invoice == inv.id) & (ExtensionRequest.status == "approved")) \
        .order_by(ExtensionRequest.requested_due.desc()).first()
    return max(inv.due_date, ext.requested_due) if ext else inv.due_date


def request_extension(invoice, new_due: _dt.date, reason: str, *, on: _dt.date | None = None) -> ExtensionResult:
    """Ask for a later due date on one open invoice (延期申请); a manager decides. Refused:
    a date not after the current (effective) due date, a paid invoice, a second
    pending request for the same invoice."""
    current_actor().require(PERM_WORK)
    _today(on)
    reason = _text(reason, tr("collections", "A reason"), required=True, field_name="reason")
    if not isinstance(new_due, _dt.date):
        raise ValidationError(tr("collections", "The new due date is required"), field="new_due")
    new_due = _d(new_due)
    with db.atomic():
        inv = lookups.invoice(invoice)
        _refuse_closed_invoice(inv)
        current = effective_due_date(inv)
        if new_due <= current:
            raise ValidationError(
                tr("collections", "The new due date {new} must be after the current due date {due}",
                   new=new_due, due=current), field="new_due")
        if (new_due - current).days > MAX_DAYS_AHEAD:
            raise ValidationError(tr("collections", "The new due date {new} is too far away", new=new_due),
                                  field="new_due")
        if ExtensionRequest.select().where((ExtensionRequest.invoice == inv.id)
                                           & (ExtensionRequest.status == "pending")).exists():
            raise ValidationError(tr("collections", "Invoice {number} already has an extension request waiting for "
                                                    "a decision", number=inv.number), field="invoice")
        row = ExtensionRequest.create(invoice=inv.id, customer=inv.customer_id, current_due=current,
                                      requested_due=new_due, reason=reason, status="pending",
                                      requested_by=current_actor().username, requested_at=now())
        record_audit("request", "extension_request", row.id, None, snapshot(row))
    return ExtensionResult(row.id, inv.number or "", inv.customer.code, "pending", current, new_due, None,
                           Changes.of(collection=inv.customer_id))


def decide_extension(request: int, approve: bool, reason: str = "", *, on: _dt.date | None = None) -> ExtensionResult:
    """A manager approves or refuses an extension request (a refusal needs a reason).
    Approval moves the dunning clock for that invoice to the new date; the posted
    invoice keeps its due date."""
    current_actor().require(PERM_APPROVE)
    day = _today(on)
    reason = _text(reason, tr("collections", "A reason"), required=not approve, field_name="reason")
    with db.atomic():
        row = ExtensionRequest.get_or_none(ExtensionRequest.id == request)
        if row is None:
            raise NotFound(tr("collections", "No extension request {ref}", ref=request))
        if row.status != "pending":

            raise ValidationError(tr("collections", "Extension request {id} is already {status}",
                                     id=row.id, status=names.extension_status(row.status)), field="request")
        before = snapshot(row)
        status = "approved" if approve else "refused"
        ExtensionRequest.update(status=status, decided_by=current_actor().username, decided_at=now(),
                                decision_reason=reason).where(ExtensionRequest.id == row.id).execute()
        tasks = _refresh(row.customer_id, day) if approve else None
        row = ExtensionRequest.get_by_id(row.id)
        record_audit("approve" if approve else "refuse", "extension_request", row.id, before,
                     {**snapshot(row), "tasks": tasks.as_dict() if tasks else None})
    inv = Invoice.get_by_id(row.invoice_id)
    return ExtensionResult(row.id, inv.number or "", inv.customer.code, status, row.current_due, row.requested_due,
                           tasks, Changes.of(collection=inv.customer_id) | (tasks.changes if tasks else NOTHING))


# ------------------------------------------------------------------------------ payment plans

def overdue_balance(customer, on: _dt.date | None = None) -> int:
    """What the customer owes on invoices past their own due date on ``on`` (fen): the
    amount a payment plan must split."""
    day = _today(on)
    cust = lookups.customer(customer)
    p = db.obj.param
    row = db.execute_sql(f"SELECT COALESCE(SUM(open_amount), 0) FROM invoice WHERE customer_id = {p} "
                         f"AND open_amount > 0 AND status IN {OPEN_STATUSES_SQL} AND due_date < {p}",
                         [cust.id, day.isoformat()]).fetchone()
    return int(row[0] or 0)


def propose_instalments(total: int, count: int, first_date: _dt.date, *, months_apart: int = 1
                        ) -> list[tuple[_dt.date, int]]:
    """``count`` monthly instalments from ``first_date`` splitting ``total`` fen exactly
    (the earlier ones take the odd fen): ``propose_instalments(100000, 3, d)`` →
    [(d, 33334), (d+1 month, 33333), (d+2 months, 33333)]."""
    _money(total, tr("collections", "The plan total"), "total")
    if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= MAX_INSTALMENTS:
        raise ValidationError(tr("collections", "A plan has 1 to {n} instalments", n=MAX_INSTALMENTS), field="count")
    if not isinstance(months_apart, int) or not 1 <= months_apart <= 12:
        raise ValidationError(tr("collections", "Instalments are 1 to 12 months apart"), field="months_apart")
    if count > total:
        raise ValidationError(tr("collections", "A plan has 1 to {n} instalments", n=total), field="count")
    return [(add_months(first_date, k * months_apart), part) for k, part in enumerate(split_evenly(total, count))]


def _check_instalments(instalments: Sequence[tuple[_dt.date, int]], on: _dt.date) -> list[tuple[_dt.date, int]]:
    out = []
    if not instalments:
        raise ValidationError(tr("collections", "A plan needs at least one instalment"), field="instalments")
    if len(instalments) > MAX_INSTALMENTS:
        raise ValidationError(tr("collections", "A plan has 1 to {n} instalments", n=MAX_INSTALMENTS),
                              field="instalments")
    for k, item in enumerate(instalments, start=1):
        try:
            date, amount = item
        except (TypeError, ValueError):
            raise ValidationError(tr("collections", "Instalment {n} needs a date and an amount", n=k),
                                  field="instalments") from None
        if not isinstance(date, _dt.date):
            raise ValidationError(tr("collections", "Instalment {n} needs a date and an amount", n=k),
                                  field="instalments")
        date = _d(date)
        _money(amount, tr("collections", "Instalment {n}", n=k), "instalments")
        if date < on:
            raise ValidationError(tr("collections", "Instalment {n} is dated {date}, in the past", n=k, date=date),
                                  field="instalments")
        if out and date <= out[-1][0]:
            raise ValidationError(tr("collections", "Instalment dates must increase: {date} comes after {previous}",
                                     date=date, previous=out[-1][0]), field="instalments")
        out.append((date, amount))
    return out


def start_payment_plan(customer, instalments: Sequence[tuple[_dt.date, int]], *, on: _dt.date | None = None,
                       task=None, note: str = "") -> PlanResult:
    """Agree a payment plan (还款计划): the customer's overdue balance split into
    instalments (date, fen). Refused: amounts not summing exactly to the overdue
    balance, dates not increasing or in the past, a second active plan. The customer's
    open task pauses while the plan is kept."""
    current_actor().require(PERM_WORK)
    day = _today(on)
    checked = _check_instalments(instalments, day)
    note = _text(note, tr("collections", "The note"))
    with db.atomic():
        cust = lookups.customer(customer)
        owed = overdue_balance(cust, day)
        if owed <= 0:
            raise ValidationError(tr("collections", "Customer {code} has nothing overdue to put in a plan",
                                     code=cust.code), field="customer")
        total = sum(a for _, a in checked)
        if total != owed:
            raise ValidationError(
                tr("collections", "The instalments add up to {total}, but the overdue balance is {owed}",
                   total=format_amount(total), owed=format_amount(owed)), field="instalments")
        if PaymentPlan.select().where((PaymentPlan.customer == cust.id) & (PaymentPlan.status == "active")).exists():
            raise ValidationError(tr("collections", "Customer {code} already has an active payment plan",
                                     code=cust.code), field="customer")
        t = lookups.task(task) if task is not None else None
        if t is not None and t.customer_id != cust.id:
            raise ValidationError(tr("collections", "Task {id} belongs to another customer", id=t.id), field="task")
        plan = PaymentPlan.create(customer=cust.id, task=t.id if t else None, total=total, start_on=day,
                                  status="active", note=note, created_by=current_actor().username, created_at=now())
        for k, (date, amount) in enumerate(checked, start=1):
            PlanInstalment.create(plan=plan.id, seq=k, due_on=date, amount=amount, status="pending")
        tasks = _refresh(cust.id, day)
        record_audit("create", "payment_plan", plan.id, None,
                     {**snapshot(plan), "instalments": checked, "tasks": tasks.as_dict()})
    return PlanResult(plan.id, cust.code, total, "active",
                      [(k, d, a, "pending") for k, (d, a) in enumerate(checked, start=1)], tasks,
                      Changes.of(collection=cust.id) | tasks.changes)


def cancel_plan(plan: int, reason: str, *, on: _dt.date | None = None) -> PlanResult:
    """End an active plan by agreement (not a breach); dunning resumes at once."""
    current_actor().require(PERM_WORK)
    day = _today(on)
    reason = _text(reason, tr("collections", "A reason"), required=True, field_name="reason")
    with db.atomic():
        row = PaymentPlan.get_or_none(PaymentPlan.id == plan)
        if row is None:
            raise NotFound(tr("collections", "No payment plan {ref}", ref=plan))
        if row.status != "active":

            raise ValidationError(tr("collections", "Payment plan {id} is {status}, not active",
                                     id=row.id, status=names.plan_status(row.status)), field="plan")
        before = snapshot(row)
        PaymentPlan.update(status="cancelled", ended_on=day, end_reason=reason).where(PaymentPlan.id == row.id).execute()
        tasks = _refresh(row.customer_id, day)
        row = PaymentPlan.get_by_id(row.id)
        record_audit("cancel", "payment_plan", row.id, before, {**snapshot(row), "tasks": tasks.as_dict()})
    inst = [(i.seq, i.due_on, i.amount, i.status)
            for i in PlanInstalment.select().where(PlanInstalment.plan == row.id).order_by(PlanInstalment.seq)]
    return PlanResult(row.id, row.customer.code, row.total, "cancelled", inst, tasks,
                      Changes.of(collection=row.customer_id) | tasks.changes)


# ------------------------------------------------------------------------------ disputes

def open_dispute(invoice, reason: str, *, on: _dt.date | None = None) -> DisputeResult:
    """Record that the customer disputes an invoice; it leaves the dunning until closed."""
    current_actor().require(PERM_WORK)
    day = _today(on)
    reason = _text(reason, tr("collections", "A reason"), required=True, field_name="reason")
    with db.atomic():
        inv = lookups.invoice(invoice)
        _refuse_closed_invoice(inv)
        if InvoiceDispute.select().where((InvoiceDispute.invoice == inv.id)
                                         & (InvoiceDispute.status == "open")).exists():
            raise ValidationError(tr("collections", "Invoice {number} is already disputed", number=inv.number),
                                  field="invoice")
        row = InvoiceDispute.create(invoice=inv.id, customer=inv.customer_id, opened_on=day, reason=reason,
                                    opened_by=current_actor().username, status="open", created_at=now())
        tasks = _refresh(inv.customer_id, day)
        record_audit("open", "invoice_dispute", row.id, None, {**snapshot(row), "tasks": tasks.as_dict()})
    return DisputeResult(row.id, inv.number or "", inv.customer.code, "open", tasks,
                         Changes.of(collection=inv.customer_id, invoice=inv.id) | tasks.changes)


def close_dispute(dispute_or_invoice, resolution: str, *, on: _dt.date | None = None) -> DisputeResult:
    """Close a dispute (by its id, or the invoice's open dispute) with how it ended;
    the invoice is dunned again if still owed."""
    current_actor().require(PERM_WORK)
    day = _today(on)
    resolution = _text(resolution, tr("collections", "The resolution"), required=True, field_name="resolution")
    with db.atomic():
        if isinstance(dispute_or_invoice, (str, Invoice)):
            inv = lookups.invoice(dispute_or_invoice)
            row = InvoiceDispute.get_or_none((InvoiceDispute.invoice == inv.id) & (InvoiceDispute.status == "open"))
        else:
            row = InvoiceDispute.get_or_none(InvoiceDispute.id == dispute_or_invoice)
        if row is None or row.status != "open":
            raise NotFound(tr("collections", "No open dispute {ref}", ref=dispute_or_invoice))
        before = snapshot(row)
        InvoiceDispute.update(status="closed", closed_on=day, resolution=resolution,
                              closed_by=current_actor().username).where(InvoiceDispute.id == row.id).execute()
        tasks = _refresh(row.customer_id, day)
        row = InvoiceDispute.get_by_id(row.id)
        record_audit("close", "invoice_dispute", row.id, before, {**snapshot(row), "tasks": tasks.as_dict()})
    inv = Invoice.get_by_id(row.invoice_id)
    return DisputeResult(row.id, inv.number or "", inv.customer.code, "closed", tasks,
                         Changes.of(collection=inv.customer_id, invoice=inv.id) | tasks.changes)


# ------------------------------------------------------------------------------ customer status events

def statuses_in_force(customer, on: _dt.date | None = None) -> list[CustomerStatusEvent]:
    """The customer's status events in force on ``on``: started on or before it and not
    ended by then (``until`` is the day an event stopped)."""
    day = _today(on)
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


def _start_status(customer, status: str, reason: str, on: _dt.date | None) -> StatusResult:
    actor = current_actor()
    actor.require(PERM_APPROVE)
    day = _today(on)
    reason = _text(reason, tr("collections", "A reason"), required=True, field_name="reason")
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
        tasks = _refresh(cust.id, day)
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
    day = _today(on)
    if status not in vocab.STATUS_EVENTS:
        raise ValidationError(tr("collections", "Unknown customer status '{value}'", value=status), field="status")
    reason = _text(reason, tr("collections", "A reason"), required=True, field_name="reason")
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
        tasks = _refresh(cust.id, day)
        cust = Customer.get_by_id(cust.id)
    return StatusResult([ev.id for ev in events], cust.code, status, None, day, cust.status, tasks,
                        Changes.of(collection=cust.id, customer=cust.id) | tasks.changes)
