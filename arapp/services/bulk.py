"""Bulk loading: many documents written into an empty book in one transaction, each row
as the per-document services would write it, but fast (``executemany`` on the raw
connection, posting set-based at the end).

The demo books use it (:mod:`arapp.demo`); onboarding a company's books from files will.

What the services do and the loader does alike:

- numbers: gap-free per year (``INV-2026-000001``, ``RCT-…``, ``CN-…``) and customer codes
  ``C000001``; the number sequences are set at the end so later services continue them;
- allocation: a receipt pays the customer's open invoices in the domain's one order,
  :func:`arapp.domain.allocation.plan_oldest_first` (due date, then issue date, then the
  invoice made first); a credit note pays its own invoice first, then the same way; a
  new invoice takes the customer's credit (预收: receipts and credit notes with money
  left), oldest credit first (date, credit notes before receipts, then id), as posting
  does; an allocation is dated the later of its source's date and the invoice's issue
  date;
- rows: the same columns, statuses and amounts (``open_amount == total - allocations``,
  ``unallocated`` / ``unapplied`` = what is left), ``created_by`` / ``posted_by`` the user
  named for each document.

What differs, on purpose: invoices go in as drafts (the database refuses lines on a
posted invoice) and :meth:`BulkLedger.post_invoices` posts them all in a set-based
UPDATE that sets each open amount and status from the allocations the database holds;
what is left on receipts and credit notes is set the same way by :meth:`BulkLedger.finish`.
The loader writes under the bulk mark (:func:`arapp.db.database.service_writes`), so
the database does not follow each allocation as it does for the services (that
doubled the load); the guards check every amount the set-based updates write against
the allocation rows, and both run before the load's transaction ends; ``created_at`` is
the document's day at an office hour taken from its id (no wall-clock time reaches the
rows, so a load is deterministic); and one audit record names the whole load instead of
one per document (:meth:`BulkLedger.audit`).

The collection work of the demo goes in the same way, rows as the collection services
write them: contacts (the append-only contact log, under the mark), promises to pay
with their judgement (kept, broken, open), payment plans with their instalments, and
extension requests with the manager's decision (:meth:`BulkLedger.new_contact` and the
methods after it). Their timestamps are the caller's (the demo's own hours), never
the wall clock.

The loader keeps the customers' open invoices and credit in memory, which is right only
for a book that starts empty: :func:`bulk_load` refuses any other.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as _dt
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from arapp.db.database import db, is_postgres, is_sqlite, service_writes
from arapp.domain.allocation import credit_first_key, plan_oldest_first
from arapp.errors import ValidationError
from arapp.i18n import trn
from arapp.services.audit import record_audit
from arapp.services.numbering import PREFIXES

__all__ = ["BulkCounts", "BulkLedger", "bulk_load"]

#: (description, quantity in thousandths, unit price in fen, amount in fen)
Line = tuple[str, int, int, int]

_INVOICE_COLUMNS = ("id", "number", "customer_id", "issue_date", "due_date", "period", "description", "total",
                    "open_amount", "status", "source", "posted_at", "posted_by", "created_at", "created_by")
_LINE_COLUMNS = ("invoice_id", "line_no", "description", "quantity_milli", "unit_price", "amount")
_RECEIPT_COLUMNS = ("id", "number", "customer_id", "date", "amount", "method", "reference", "memo", "status",
                    "created_at", "created_by", "unallocated")
_CREDIT_NOTE_COLUMNS = ("id", "number", "customer_id", "invoice_id", "date", "amount", "reason", "status",
                        "created_at", "created_by", "unapplied")
_ALLOCATION_COLUMNS = ("invoice_id", "receipt_id", "credit_note_id", "amount", "date", "created_at", "created_by")
_CONTACT_COLUMNS = ("id", "at", "customer_id", "method", "person", "summary", "answer", "next_step", "next_date",
                    "username", "created_at", "reason")
_PROMISE_COLUMNS = ("customer_id", "contact_id", "made_on", "promised_date", "amount", "status", "received",
                    "evaluated_on", "note", "created_by", "created_at")
_PLAN_COLUMNS = ("id", "customer_id", "total", "start_on", "status", "note", "created_by", "created_at", "ended_on",
                 "end_reason")
_INSTALMENT_COLUMNS = ("plan_id", "seq", "due_on", "amount", "status", "settled_on")
_EXTENSION_COLUMNS = ("invoice_id", "customer_id", "current_due", "requested_due", "reason", "status", "requested_by",
                      "requested_at", "decided_by", "decided_at", "decision_reason")
_CUSTOMER_COLUMNS = ("id", "code", "name", "kind", "category", "phone", "email", "address", "tax_id",
                     "credit_rating", "credit_limit", "payment_terms_days", "status", "collector_id", "notes",
                     "created_at", "updated_at")

# Office hours for created_at: 09:00:00 to 17:59:xx, one a minute, by document id.
_TIMES = [f"{9 + i // 60 % 9:02d}:{i % 60:02d}:{(i * 7) % 60:02d}" for i in range(540)]
_TIME_PARTS = [tuple(int(x) for x in t.split(":")) for t in _TIMES]


@dataclass
class BulkCounts:
    """What a bulk load wrote. Amounts in fen; ``open_invoices`` and ``credit`` are
    filled by :meth:`BulkLedger.finish`."""

    customers: int = 0
    invoices: int = 0
    invoice_lines: int = 0
    receipts: int = 0
    credit_notes: int = 0
    allocations: int = 0
    total_invoiced: int = 0
    total_received: int = 0
    total_credited: int = 0
    open_invoices: int = 0      # fen still owed on invoices
    credit: int = 0             # unapplied receipts and credit notes (预收)
    contacts: int = 0           # the collection work: contacts logged,
    promises: int = 0           # promises to pay,
    payment_plans: int = 0      # payment plans,
    extensions: int = 0         # extension requests


class _OpenInvoice:
    """An invoice with money still owed (the fields ``plan_oldest_first`` reads)."""

    __slots__ = ("id", "number", "customer_id", "issue_date", "due_date", "open_amount")

    def __init__(self, inv_id: int, number: str, customer_id: int, issue_date: _dt.date, due_date: _dt.date,
                 open_amount: int) -> None:
        self.id = inv_id
        self.number = number
        self.customer_id = customer_id
        self.issue_date = issue_date
        self.due_date = due_date
        self.open_amount = open_amount


class _Credit:
    """A receipt (``receipt_id``) or credit note (``credit_note_id``) with money left."""

    __slots__ = ("receipt_id", "credit_note_id", "date", "left")

    def __init__(self, receipt_id: int | None, credit_note_id: int | None, date: _dt.date, left: int) -> None:
        self.receipt_id = receipt_id
        self.credit_note_id = credit_note_id
        self.date = date
        self.left = left


def _credit_order(c: _Credit) -> tuple:
    """Credit is used in the services' order (:func:`arapp.domain.allocation.credit_first_key`)."""
    note = c.credit_note_id is not None
    return credit_first_key(c.date, note, c.credit_note_id if note else c.receipt_id)


def _refuse_unless_empty() -> None:
    n = db.execute_sql("SELECT COUNT(*) FROM customer").fetchone()[0]
    if n:
        raise ValidationError(
            trn("demo", "The database already has {n} customer; demo data goes only into an empty database",
                "The database already has {n} customers; demo data goes only into an empty database", n))


@contextlib.contextmanager
def bulk_load() -> Iterator[BulkLedger]:
    """One transaction for a bulk load into the open, empty book: yields the
    :class:`BulkLedger` to write with; an exception (a cancel) rolls everything back.
    Refuses (ValidationError) a book that already has customers. On SQLite the load
    skips fsync (one transaction: a crash loses only what was being loaded) and the
    settings are restored afterwards."""
    database = db.obj
    if database is None:
        raise RuntimeError("open_database() first")
    restore: list[tuple[str, object]] = []
    if is_sqlite(database):
        for pragma, value in (("synchronous", 0), ("cache_size", -262144)):
            old = database.execute_sql(f"PRAGMA {pragma}").fetchone()[0]
            restore.append((pragma, old))
            database.execute_sql(f"PRAGMA {pragma} = {value}")
    ledger = None
    try:
        with database.atomic():
            _refuse_unless_empty()
            ledger = BulkLedger(database)
            yield ledger
    finally:
        if ledger is not None:
            ledger.cur.close()      # no statement outlives the load (a closed book's file stays open else)
        for pragma, old in restore:
            database.execute_sql(f"PRAGMA {pragma} = {old}")


class BulkLedger:
    """Writes customers and documents, buffering rows until :meth:`flush`; use it inside
    :func:`bulk_load`. Documents may come in any order of dates; each is allocated
    against what the customer owes or holds when it is added."""

    def __init__(self, database) -> None:
        self.database = database
        self.pg = is_postgres(database)
        self.p = database.param
        self.cur = database.cursor()
        self.counts = BulkCounts()
        self._params: dict[_dt.date, object] = {}
        self._numbers: dict[tuple[str, int], int] = {}
        self._next_customer = self._first_id("customer")
        self._next_invoice = self._first_invoice = self._first_id("invoice")
        self._next_receipt = self._first_id("receipt")
        self._next_credit_note = self._first_id("credit_note")
        self._next_contact = self._first_id("contact_log")
        self._next_plan = self._first_id("payment_plan")
        self._open: dict[int, list[_OpenInvoice]] = {}        # customer id → open invoices
        self._open_by_id: dict[int, _OpenInvoice] = {}
        self._credit: dict[int, list[_Credit]] = {}           # customer id → credit, oldest first
        self._rows: dict[str, list] = {k: [] for k in ("customer", "customer_alias", "invoice", "invoice_line",
                                                        "credit_note", "receipt", "allocation", "contact_log",
                                                        "promise_to_pay", "payment_plan", "plan_instalment",
                                                        "extension_request")}
        self._invoice_rows = self._rows["invoice"]
        self._line_rows = self._rows["invoice_line"]
        self._receipt_rows = self._rows["receipt"]
        self._allocation_rows = self._rows["allocation"]
        self._posted = False        # after post_invoices the database follows each allocation

    # -- values as the database takes them --------------------------------------------------

    def _day(self, d: _dt.date):
        """A date parameter: ISO text on SQLite (as Peewee stores it), a date on PostgreSQL."""
        v = self._params.get(d)
        if v is None:
            v = d if self.pg else d.isoformat()
            self._params[d] = v
        return v

    def _stamp(self, d: _dt.date, k: int):
        """A created_at on the document's day, at an office hour taken from ``k``."""
        if self.pg:
            h, mi, s = _TIME_PARTS[k % 540]
            return _dt.datetime(d.year, d.month, d.day, h, mi, s)
        return f"{self._params.get(d) or self._day(d)} {_TIMES[k % 540]}"

    def _time(self, at: _dt.datetime):
        """A timestamp parameter: text on SQLite (as Peewee stores it), a datetime on PostgreSQL."""
        return at if self.pg else at.strftime("%Y-%m-%d %H:%M:%S")

    @staticmethod
    def recorded_at(d: _dt.date, k: int) -> _dt.datetime:
        """The ``created_at`` the loader stamps on document ``k`` (its id) dated ``d``."""
        h, mi, s = _TIME_PARTS[k % 540]
        return _dt.datetime(d.year, d.month, d.day, h, mi, s)

    def _number(self, kind: str, year: int) -> str:
        key = (kind, year)
        v = self._numbers.get(key, 1)
        self._numbers[key] = v + 1
        if kind == "customer":
            return f"{PREFIXES[kind]}{v:06d}"
        return f"{PREFIXES[kind]}-{year}-{v:06d}"

    def _first_id(self, table: str) -> int:
        """The first id to give explicitly in ``table`` (past any id used before)."""
        if self.pg:
            row = self.database.execute_sql(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id'))").fetchone()
            return int(row[0])
        top = int(self.database.execute_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0])
        seq = self.database.execute_sql("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
        if seq is not None:
            top = max(top, int(seq[0]))
        return top + 1

    # -- settings, users, customers ---------------------------------------------------------

    def add_settings(self, settings: dict[str, str]) -> None:
        """Company settings under their dotted keys; a key already set keeps its value."""
        p = self.p
        for key, value in settings.items():
            self.database.execute_sql(
                f"INSERT INTO company_setting (key, value) VALUES ({p}, {p}) ON CONFLICT (key) DO NOTHING",
                (key, value))

    def add_company_image(self, kind: str, content: bytes, file_name: str, created_on: _dt.date) -> None:
        """The company's ``kind`` image (logo, seal, payment_qr) unless one is set."""
        p = self.p
        self.database.execute_sql(
            f"INSERT INTO company_image (kind, content, file_name, sha256, updated_at, updated_by) "
            f"VALUES ({p}, {p}, {p}, {p}, {p}, {p}) ON CONFLICT (kind) DO NOTHING",
            (kind, content, file_name, hashlib.sha256(content).hexdigest(), self._stamp(created_on, 0), "system"))

    def add_users(self, users: Iterable[tuple[str, str, str]], created_on: _dt.date) -> dict[str, int]:
        """Users (username, display name, role), active; a username already there is kept.
        Returns every user's id by username."""
        p = self.p
        created = self._stamp(created_on, 0)
        active = True if self.pg else 1
        for username, display, role in users:
            self.database.execute_sql(
                f"INSERT INTO app_user (username, display_name, role, active, created_at) "
                f"VALUES ({p}, {p}, {p}, {p}, {p}) ON CONFLICT (username) DO NOTHING",
                (username, display, role, active, created))
        return {username: uid for uid, username in
                self.database.execute_sql("SELECT id, username FROM app_user").fetchall()}

    def add_customer(self, *, name: str, kind: str, category: str, phone: str, email: str, address: str,
                     tax_id: str, credit_rating: str, credit_limit: int | None, payment_terms_days: int,
                     status: str, collector_id: int | None, created_on: _dt.date, notes: str = "",
                     aliases: Sequence[str] = ()) -> int:
        """A customer with the next code (C000001 …) and its aliases; returns its id."""
        cid = self._next_customer
        self._next_customer = cid + 1
        created = self._stamp(created_on, self.counts.customers)
        self._rows["customer"].append((cid, self._number("customer", 0), name, kind, category, phone, email,
                                       address, tax_id, credit_rating, credit_limit, payment_terms_days, status,
                                       collector_id, notes, created, created))
        for alias in aliases:
            self._rows["customer_alias"].append((cid, alias))
        self.counts.customers += 1
        return cid

    # -- documents --------------------------------------------------------------------------

    def owed(self, customer_id: int) -> int:
        """What the customer still owes on open invoices, in fen."""
        return sum(inv.open_amount for inv in self._open.get(customer_id, ()))

    def _allocate(self, inv: _OpenInvoice, receipt_id: int | None, credit_note_id: int | None, amount: int,
                  day: _dt.date, stamp, user: str) -> None:
        self._allocation_rows.append((inv.id, receipt_id, credit_note_id, amount,
                                      self._params.get(day) or self._day(day), stamp, user))
        self.counts.allocations += 1
        inv.open_amount -= amount
        if inv.open_amount == 0:
            del self._open_by_id[inv.id]

    def _pay_oldest_first(self, customer_id: int, receipt_id: int | None, credit_note_id: int | None, left: int,
                          day: _dt.date, stamp, user: str) -> int:
        """Spread ``left`` fen of a receipt or credit note over the customer's open
        invoices in the domain order; returns what is still left."""
        opened = self._open.get(customer_id)
        if not opened or left <= 0:
            return left
        paid = False
        by_id = self._open_by_id
        for line in plan_oldest_first(opened, left):
            inv = by_id[line.invoice_id]
            issued = inv.issue_date
            self._allocate(inv, receipt_id, credit_note_id, line.amount, day if day >= issued else issued,
                           stamp, user)
            left -= line.amount
            paid = paid or inv.open_amount == 0
        if paid:
            opened[:] = [inv for inv in opened if inv.open_amount]
        return left

    def _keep_credit(self, customer_id: int, credit: _Credit) -> None:
        bisect.insort(self._credit.setdefault(customer_id, []), credit, key=_credit_order)

    def new_invoice(self, customer_id: int, issue_date: _dt.date, due_date: _dt.date, lines: Sequence[Line], *,
                    description: str, period: str, source: str, user: str) -> int:
        """A posted invoice (numbered by its issue year) with its lines; the customer's
        credit is used on it, oldest first, dated the issue date. Returns its id."""
        inv_id = self._next_invoice
        self._next_invoice = inv_id + 1
        total = sum(line[3] for line in lines)
        if total <= 0 or due_date < issue_date:
            raise ValueError(f"invoice {inv_id}: total {total}, issued {issue_date}, due {due_date}")
        number = self._number("invoice", issue_date.year)
        stamp = self._stamp(issue_date, inv_id)
        params = self._params
        self._invoice_rows.append((inv_id, number, customer_id, params.get(issue_date) or self._day(issue_date),
                                   params.get(due_date) or self._day(due_date), period, description, total, total,
                                   "draft", source, stamp, user, stamp, user))
        rows_line = self._line_rows
        for n, (ldesc, qm, price, amount) in enumerate(lines, start=1):
            rows_line.append((inv_id, n, ldesc, qm, price, amount))
        c = self.counts
        c.invoices += 1
        c.invoice_lines += len(lines)
        c.total_invoiced += total
        inv = _OpenInvoice(inv_id, number, customer_id, issue_date, due_date, total)
        self._open_by_id[inv_id] = inv
        credit = self._credit.get(customer_id)
        while inv.open_amount and credit:
            src = credit[0]
            take = min(inv.open_amount, src.left)
            self._allocate(inv, src.receipt_id, src.credit_note_id, take, max(issue_date, src.date), stamp, user)
            src.left -= take
            if src.left == 0:
                del credit[0]
        if inv.open_amount:
            self._open.setdefault(customer_id, []).append(inv)
        return inv_id

    def new_receipt(self, customer_id: int, date: _dt.date, amount: int, *, method: str, reference: str = "",
                    memo: str = "", user: str) -> int:
        """A posted receipt (numbered by its year), allocated to the customer's open
        invoices in the domain order; what is left is the customer's credit. Returns its id."""
        if amount <= 0:
            raise ValueError(f"a receipt of {amount} fen")
        rid = self._next_receipt
        self._next_receipt = rid + 1
        number = self._number("receipt", date.year)
        stamp = self._stamp(date, rid)
        self._receipt_rows.append((rid, number, customer_id, self._params.get(date) or self._day(date), amount,
                                   method, reference, memo, "posted", stamp, user, amount))
        self.counts.receipts += 1
        self.counts.total_received += amount
        left = self._pay_oldest_first(customer_id, rid, None, amount, date, stamp, user)
        if left:
            self._keep_credit(customer_id, _Credit(rid, None, date, left))
        return rid

    def new_credit_note(self, customer_id: int, date: _dt.date, amount: int, reason: str, *,
                        invoice_id: int | None = None, user: str) -> int:
        """A posted credit note (numbered by its year): against its invoice first while
        that is open, the rest on the customer's open invoices in the domain order, and
        what is left is credit. Returns its id."""
        if amount <= 0:
            raise ValueError(f"a credit note of {amount} fen")
        cnid = self._next_credit_note
        self._next_credit_note = cnid + 1
        number = self._number("credit_note", date.year)
        stamp = self._stamp(date, cnid)
        self._rows["credit_note"].append((cnid, number, customer_id, invoice_id, self._day(date), amount, reason,
                                          "posted", stamp, user, amount))
        self.counts.credit_notes += 1
        self.counts.total_credited += amount
        left = amount
        own = self._open_by_id.get(invoice_id) if invoice_id is not None else None
        if own is not None and own.customer_id != customer_id:
            raise ValueError(f"invoice {invoice_id} belongs to another customer")
        if own is not None:
            take = min(amount, own.open_amount)
            self._allocate(own, None, cnid, take, max(date, own.issue_date), stamp, user)
            left -= take
            if own.open_amount == 0:
                self._open[customer_id].remove(own)
        left = self._pay_oldest_first(customer_id, None, cnid, left, date, stamp, user)
        if left:
            self._keep_credit(customer_id, _Credit(None, cnid, date, left))
        return cnid

    def overdue(self, customer_id: int, day: _dt.date) -> int:
        """What the customer owes on invoices due before ``day``, in fen (as loaded so far)."""
        return sum(inv.open_amount for inv in self._open.get(customer_id, ()) if inv.due_date < day)

    # -- the collection work ----------------------------------------------------------------

    def new_contact(self, customer_id: int, at: _dt.datetime, method: str, summary: str, *, username: str,
                    answer: str = "", reason: str = "", person: str = "", next_step: str = "",
                    next_date: _dt.date | None = None) -> int:
        """A contact in the collection log at ``at`` (logged then), by ``username``: how,
        what was said, the answer and why the customer has not paid. Returns its id."""
        cid = self._next_contact
        self._next_contact = cid + 1
        stamp = self._time(at)
        self._rows["contact_log"].append((cid, stamp, customer_id, method, person, summary, answer, next_step,
                                          None if next_date is None else self._day(next_date), username, stamp,
                                          reason))
        self.counts.contacts += 1
        return cid

    def new_promise(self, customer_id: int, made_at: _dt.datetime, promised_date: _dt.date, amount: int, *,
                    status: str, user: str, contact_id: int | None = None, received: int | None = None,
                    evaluated_on: _dt.date | None = None, note: str = "") -> None:
        """A promise to pay ``amount`` fen by ``promised_date``, made at ``made_at``, as the
        ladder left it: open, or kept or broken on ``evaluated_on`` with ``received``."""
        if amount <= 0 or promised_date < made_at.date():
            raise ValueError(f"a promise of {amount} fen made {made_at} for {promised_date}")
        self._rows["promise_to_pay"].append((customer_id, contact_id, self._day(made_at.date()),
                                             self._day(promised_date), amount, status, received,
                                             None if evaluated_on is None else self._day(evaluated_on), note, user,
                                             self._time(made_at)))
        self.counts.promises += 1

    def new_plan(self, customer_id: int, made_at: _dt.datetime, instalments: Sequence[tuple], *, status: str,
                 user: str, note: str = "", ended_on: _dt.date | None = None, end_reason: str = "") -> int:
        """A payment plan agreed at ``made_at``: ``instalments`` as (due date, fen, status,
        settled on), numbered from 1; the total is their sum. Returns its id."""
        pid = self._next_plan
        self._next_plan = pid + 1
        total = sum(x[1] for x in instalments)
        if total <= 0:
            raise ValueError(f"a plan of {total} fen")
        self._rows["payment_plan"].append((pid, customer_id, total, self._day(made_at.date()), status, note, user,
                                           self._time(made_at), None if ended_on is None else self._day(ended_on),
                                           end_reason))
        for seq, (due, amount, inst_status, settled) in enumerate(instalments, start=1):
            self._rows["plan_instalment"].append((pid, seq, self._day(due), amount, inst_status,
                                                  None if settled is None else self._day(settled)))
        self.counts.payment_plans += 1
        return pid

    def new_extension(self, invoice_id: int, customer_id: int, current_due: _dt.date, requested_due: _dt.date,
                      reason: str, *, requested_by: str, requested_at: _dt.datetime, status: str,
                      decided_by: str = "", decided_at: _dt.datetime | None = None, decision_reason: str = "") -> None:
        """An extension request (延期申请) for one invoice, pending or as the manager decided it."""
        if requested_due <= current_due:
            raise ValueError(f"an extension from {current_due} to {requested_due}")
        self._rows["extension_request"].append((invoice_id, customer_id, self._day(current_due),
                                                self._day(requested_due), reason, status, requested_by,
                                                self._time(requested_at), decided_by,
                                                None if decided_at is None else self._time(decided_at),
                                                decision_reason))
        self.counts.extensions += 1

    # -- writing ----------------------------------------------------------------------------

    def _insert(self, table: str, columns: tuple[str, ...], rows: list) -> None:
        if not rows:
            return
        p = self.p
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([p] * len(columns))})"
        with service_writes(bulk=not self._posted):
            self.cur.executemany(sql, rows)
        rows.clear()

    def flush(self) -> None:
        """Write the rows buffered so far (customers before the documents that name them)."""
        r = self._rows
        self._insert("customer", _CUSTOMER_COLUMNS, r["customer"])
        self._insert("customer_alias", ("customer_id", "alias"), r["customer_alias"])
        self._insert("invoice", _INVOICE_COLUMNS, r["invoice"])
        self._insert("invoice_line", _LINE_COLUMNS, r["invoice_line"])
        self._insert("credit_note", _CREDIT_NOTE_COLUMNS, r["credit_note"])
        self._insert("receipt", _RECEIPT_COLUMNS, r["receipt"])
        self._insert("allocation", _ALLOCATION_COLUMNS, r["allocation"])
        self._insert("contact_log", _CONTACT_COLUMNS, r["contact_log"])
        self._insert("promise_to_pay", _PROMISE_COLUMNS, r["promise_to_pay"])
        self._insert("payment_plan", _PLAN_COLUMNS, r["payment_plan"])
        self._insert("plan_instalment", _INSTALMENT_COLUMNS, r["plan_instalment"])
        self._insert("extension_request", _EXTENSION_COLUMNS, r["extension_request"])

    def post_invoices(self, steps: int = 10, *, before_each: Callable[[], None] | None = None,
                      after_each: Callable[[int], None] | None = None) -> None:
        """Post every loaded invoice in ``steps`` set-based UPDATEs: the open amount from
        the allocations the database holds, the status from it (posted, partly paid,
        paid). Documents added later are followed row by row, as for the services.
        ``before_each()`` may raise to stop (a cancel); ``after_each(k)`` is told
        that step ``k`` (from 1) is done."""
        self.flush()
        self._posted = True
        first, last = self._first_invoice, self._next_invoice - 1
        p = self.p
        paid_sql = (
            f"UPDATE invoice SET open_amount = invoice.total - a.paid, "
            f"status = CASE WHEN a.paid >= invoice.total THEN 'paid' ELSE 'partly_paid' END "
            f"FROM (SELECT invoice_id, SUM(amount) AS paid FROM allocation "
            f"WHERE invoice_id >= {p} AND invoice_id <= {p} GROUP BY invoice_id) AS a "
            f"WHERE invoice.id = a.invoice_id AND invoice.status = 'draft'")
        unpaid_sql = f"UPDATE invoice SET status = 'posted' WHERE id >= {p} AND id <= {p} AND status = 'draft'"
        if last < first:
            return
        chunk = -(-(last - first + 1) // steps)
        for k in range(steps):
            if before_each is not None:
                before_each()
            lo = first + k * chunk
            hi = min(last, lo + chunk - 1)
            if lo <= hi:
                with service_writes(bulk=True):         # posting needs the mark (schema step 8)
                    self.database.execute_sql(paid_sql, (lo, hi))
                    self.database.execute_sql(unpaid_sql, (lo, hi))
            if after_each is not None:
                after_each(k + 1)

    def finish(self) -> BulkCounts:
        """Write what is left, set the number sequences (later services continue the
        numbers) and what is left on receipts and credit notes from their allocations;
        returns the counts with the open invoice balance and the credit held."""
        self.flush()
        p = self.p
        for (name, year), nxt in sorted(self._numbers.items()):
            self.database.execute_sql(
                f"INSERT INTO number_sequence (name, year, next_value) VALUES ({p}, {p}, {p}) "
                f"ON CONFLICT (name, year) DO UPDATE SET next_value = excluded.next_value",
                (name, year, nxt))
        if self.pg:
            for table in ("customer", "invoice", "receipt", "credit_note", "contact_log", "payment_plan"):
                self.database.execute_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)")
        # What is left on each receipt and credit note that paid anything, from the sums.
        for table, key in (("receipt", "receipt_id"), ("credit_note", "credit_note_id")):
            left = "unallocated" if table == "receipt" else "unapplied"
            self.database.execute_sql(
                f"UPDATE {table} SET {left} = {table}.amount - a.used FROM (SELECT {key}, SUM(amount) AS used "
                f"FROM allocation WHERE {key} IS NOT NULL GROUP BY {key}) AS a "
                f"WHERE {table}.id = a.{key} AND {table}.{left} <> {table}.amount - a.used")
        credits = [src for held in self._credit.values() for src in held]
        self.counts.open_invoices = sum(inv.open_amount for inv in self._open_by_id.values())
        self.counts.credit = sum(src.left for src in credits)
        return self.counts

    def audit(self, action: str, entity: str, entity_id: str, after: dict) -> None:
        """The one audit record of the load (who loaded what), in the load's transaction."""
        record_audit(action, entity, entity_id, None, after)
