"""What a reminder letter says about a customer on a day (read-only).

:func:`letter_facts` (one customer) and :func:`letter_facts_many` (a batch, in a few set
queries whatever its size) read the customer's open invoices at the end of the day
(the as-of pieces of :mod:`arapp.db.ledger_sql`, so a letter dated in the past shows what
was open then), oldest first (:data:`arapp.domain.allocation.OLDEST_FIRST`):

- *overdue*: open and past their due date, the due date being the latest approved
  extension's where one moved it (as the ladder counts); each with its days overdue and
  its late fee under the policy given (none without one);
- *coming due*: open and not yet due, falling due within :data:`COMING_DAYS` days, or
  among the invoices of the task the letter is for;
- invoices under an open dispute are left out of both (a letter does not dun what the
  customer contests); ``open_total`` still counts everything open.

:func:`letter_tasks` lists the open collection tasks due a letter on a day (the routed
template is set and no letter was archived for the task yet).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from arapp import clock
from arapp.db import lookups
from arapp.db.database import db
from arapp.db.ledger_sql import open_pieces_sql
from arapp.db.values import as_date, chunks, in_list
from arapp.domain.allocation import oldest_first_key
from arapp.domain.late_fees import LateFeePolicy, late_fee
from arapp.reports.collections.customer_file import effective_due_dates

#: A payment reminder lists what falls due within this many days of its date.
COMING_DAYS = 30


@dataclass(frozen=True)
class LetterInvoice:
    """One invoice as a letter lists it (amounts in fen; ``due_date`` after extensions)."""

    invoice_id: int
    number: str
    issue_date: _dt.date
    due_date: _dt.date
    total: int
    open_amount: int
    days_overdue: int = 0
    late_fee: int = 0


@dataclass
class LetterFacts:
    """A customer's letter facts on ``on``: who, the overdue and coming-due invoices (oldest
    first), everything open, and whether a late-fee policy applied."""

    customer_id: int
    code: str
    name: str
    address: str
    contact_person: str
    on: _dt.date
    overdue: list[LetterInvoice] = field(default_factory=list)
    coming: list[LetterInvoice] = field(default_factory=list)
    open_total: int = 0
    late_fee_policy: LateFeePolicy | None = None

    @property
    def overdue_total(self) -> int:
        return sum(i.open_amount for i in self.overdue)

    @property
    def late_fee_total(self) -> int:
        return sum(i.late_fee for i in self.overdue)

    @property
    def amount_due(self) -> int:
        """What the letter asks for: the overdue amount plus the late fees."""
        return self.overdue_total + self.late_fee_total

    @property
    def coming_total(self) -> int:
        return sum(i.open_amount for i in self.coming)

    @property
    def coming_due_date(self) -> _dt.date | None:
        return min((i.due_date for i in self.coming), default=None)

    @property
    def oldest_due_date(self) -> _dt.date | None:
        listed = self.overdue or self.coming
        return min((i.due_date for i in listed), default=None)

    @property
    def days_overdue(self) -> int:
        return max((i.days_overdue for i in self.overdue), default=0)


def _customers(ids: list[int]) -> dict[int, tuple[str, str, str]]:
    p = db.obj.param
    out = {}
    for chunk in chunks(ids):
        for cid, code, name, address in db.execute_sql(
                f"SELECT id, code, name, address FROM customer WHERE {in_list('id', chunk, p)}", list(chunk)):
            out[cid] = (code, name, address or "")
    return out


def _contact_people(ids: list[int]) -> dict[int, str]:
    """The customer's contact person: the primary contact, else the first entered."""
    p = db.obj.param
    out: dict[int, str] = {}
    for chunk in chunks(ids):
        rows = db.execute_sql(
            f"SELECT customer_id, name FROM contact WHERE {in_list('customer_id', chunk, p)} "
            "ORDER BY customer_id, is_primary DESC, id", list(chunk)).fetchall()
        for cid, name in rows:
            out.setdefault(cid, name)
    return out


def _open_invoices(ids: list[int], on: _dt.date) -> list[tuple]:
    """(invoice id, customer id, number, issue date, due date, total, open) at the end of ``on``."""
    p = db.obj.param
    pieces, params = open_pieces_sql(p, on)
    rows: list[tuple] = []
    for chunk in chunks(ids):
        sql = (f"SELECT y.invoice_id, i.customer_id, i.number, i.issue_date, i.due_date, i.total, y.amount "
               f"FROM (SELECT x.invoice_id, SUM(x.amount) AS amount FROM ({pieces}) x "
               f"WHERE {in_list('x.customer_id', chunk, p)} GROUP BY x.invoice_id) y "
               "JOIN invoice i ON i.id = y.invoice_id WHERE y.amount > 0")
        rows += db.execute_sql(sql, [*params, *chunk]).fetchall()
    return rows


def _disputed(invoice_ids: list[int]) -> set[int]:
    p = db.obj.param
    out: set[int] = set()
    for chunk in chunks(invoice_ids):
        out |= {r[0] for r in db.execute_sql(
            f"SELECT invoice_id FROM invoice_dispute WHERE status = {p} AND {in_list('invoice_id', chunk, p)}",
            ["open", *chunk])}
    return out


def customer_id(ref) -> int:
    """The id of a customer given by id, code or row (NotFound names it)."""
    return lookups.customer(ref).id


def letter_facts_many(customer_ids: Iterable[int], on: _dt.date | None = None, *,
                      policy: LateFeePolicy | None = None,
                      task_invoices: Mapping[int, Iterable[int]] | None = None) -> dict[int, LetterFacts]:
    """Letter facts of each customer on ``on`` (today when None) in a few set queries;
    ``task_invoices``: per customer, the invoices of the task the letter is for (listed as
    coming due even when they fall due later than :data:`COMING_DAYS`)."""
    on = on or clock.today()
    ids = sorted(set(customer_ids))
    people = _contact_people(ids)
    facts = {cid: LetterFacts(cid, code, name, address, people.get(cid, ""), on, late_fee_policy=policy)
             for cid, (code, name, address) in _customers(ids).items()}
    rows = _open_invoices(ids, on)
    invoice_ids = [r[0] for r in rows]
    extended = effective_due_dates(invoice_ids)
    disputed = _disputed(invoice_ids)
    horizon = on + _dt.timedelta(days=COMING_DAYS)
    wanted = {cid: set(v) for cid, v in (task_invoices or {}).items()}
    listed: dict[int, list[LetterInvoice]] = {}
    for iid, cid, number, issue, due, total, amount in rows:
        f = facts.get(cid)
        if f is None:
            continue
        amount = int(amount)
        f.open_total += amount
        if iid in disputed:
            continue
        due = as_date(due)
        ext = extended.get(iid)
        if ext is not None and ext > due:
            due = ext
        days = (on - due).days
        item = LetterInvoice(iid, number or "", as_date(issue), due, int(total), amount, max(0, days),
                             late_fee(policy, amount, due, on) if days > 0 else 0)
        listed.setdefault(cid, []).append(item)
    for cid, items in listed.items():
        f = facts[cid]
        items.sort(key=lambda i: oldest_first_key(i.due_date, i.issue_date, i.invoice_id))
        for item in items:
            if item.due_date < on:
                f.overdue.append(item)
            elif item.due_date <= horizon or item.invoice_id in wanted.get(cid, ()):
                f.coming.append(item)
    return facts


def letter_facts(customer, on: _dt.date | None = None, *, policy: LateFeePolicy | None = None,
                 task_invoices: Iterable[int] = ()) -> LetterFacts:
    """One customer's letter facts on ``on`` (see :func:`letter_facts_many`)."""
    cid = customer_id(customer)
    return letter_facts_many([cid], on, policy=policy, task_invoices={cid: task_invoices})[cid]


# ------------------------------------------------------------------------------ tasks due a letter


@dataclass(frozen=True)
class LetterTask:
    """An open task whose level sends a letter (``letter_template``), with its invoices."""

    task_id: int
    customer_id: int
    customer_code: str
    customer_name: str
    level_seq: int
    letter_template: str
    amount: int
    due_on: _dt.date
    invoice_ids: tuple[int, ...] = ()


def _ids(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in (text or "").split(",") if x.strip().isdigit())


def task_letter(task_id: int) -> LetterTask:
    """One task as :func:`letter_tasks` lists it (whatever its status; NotFound names it)."""
    t = lookups.task(task_id)
    c = t.customer
    return LetterTask(t.id, c.id, c.code, c.name, t.level_seq, t.letter_template or "", int(t.amount),
                      as_date(t.due_on), _ids(t.invoice_ids))


def letter_tasks(on: _dt.date | None = None, *, level: int | None = None) -> list[LetterTask]:
    """The open collection tasks due on or before ``on`` (today when None) whose routed
    level sends a letter and that have no letter archived for them yet, by customer code.
    A paused task (a promise, a plan, a hand-over in force) gets no letter while it waits."""
    on = on or clock.today()
    p = db.obj.param
    params: list = ["open", on.isoformat()]
    where = f"t.status = {p} AND t.due_on <= {p} AND t.letter_template <> ''"
    if level is not None:
        where += f" AND t.level_seq = {p}"
        params.append(level)
    sql = ("SELECT t.id, t.customer_id, c.code, c.name, t.level_seq, t.letter_template, t.amount, t.due_on, "
           "t.invoice_ids FROM collection_task t JOIN customer c ON c.id = t.customer_id "
           f"WHERE {where} AND NOT EXISTS (SELECT 1 FROM document d WHERE d.task_id = t.id AND d.kind = 'letter') "
           "ORDER BY c.code, t.level_seq, t.id")
    return [LetterTask(tid, cid, code, name, seq, tpl, int(amount), as_date(due), _ids(inv))
            for tid, cid, code, name, seq, tpl, amount, due, inv in db.execute_sql(sql, params).fetchall()]
