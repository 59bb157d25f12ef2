"""The statement of account (对账单) of a customer for a period: read only.

The opening balance is the customer's balance at the end of the day before the period
(exactly what ``arapp balance --as-of`` gives for that day: :func:`customer_balances`,
open invoices less unapplied receipts and credit notes, 预收 included); every movement
of the period follows in date order, each moving the running balance:

* an invoice adds its total on its issue date; its void (作废) takes the total off again
  on the void's date, as a line of its own;
* a receipt takes its amount off on its date; its reversal (红字冲销) adds it back on the
  reversal's date; a credit note and its void likewise.

Allocations (核销) move money between an invoice and a receipt of the same customer and
so leave the balance as it is: they are not lines. The closing balance is the opening
plus the movements; it equals the as-of balance at the end date to the fen (the
statement tests prove it on the demo books for every customer). The aging footer is the
customer's row of :func:`arapp.reports.aging.aging` as of the end date in the default
scheme. With ``open_only`` the statement lists, instead of movements, the invoices open
at the end date and the unapplied credits, which add up to the same closing balance.

:func:`statements` builds many customers' statements with a few set queries (one per
kind of movement for the whole period), not one query loop per customer.
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from arapp import names
from arapp.db.database import db
from arapp.db.ledger_sql import credit_pieces_sql, no_index, open_pieces_sql
from arapp.db.values import as_date
from arapp.domain import vocabulary as vocab
from arapp.errors import NotFound, ValidationError
from arapp.i18n import tr
from arapp.reports.aging import AgingFilter, aging, get_scheme
from arapp.reports.balances import customer_balances

ENTRIES = vocab.STATEMENT_ENTRIES
#: Lines of one day: what adds to the balance first (so an invoice comes before its void).
_DAY_ORDER = {code: i for i, code in enumerate(
    ("invoice", "receipt_reversal", "credit_note_void", "receipt", "credit_note", "invoice_void"))}
#: Above this many customers the movement queries read the whole period and keep the
#: customers asked for in Python (an IN list that long helps no database).
_IN_LIST_MAX = 500


@dataclass
class Movement:
    """One line of a statement: ``entry`` is a code of :data:`ENTRIES`; ``debit`` (增加)
    raises what the customer owes, ``credit`` (减少) lowers it; ``balance`` after the line."""

    date: _dt.date
    entry: str
    number: str
    description: str
    debit: int = 0
    credit: int = 0
    balance: int = 0
    document_id: int = 0

    @property
    def entry_name(self) -> str:
        return names.statement_entry(self.entry)


@dataclass
class OpenInvoice:
    """An invoice with money owed at the statement's end date."""

    invoice_id: int
    number: str
    issue_date: _dt.date
    due_date: _dt.date
    total: int
    open_amount: int
    days_overdue: int


@dataclass
class OpenCredit:
    """A receipt or credit note with money not yet applied at the end date (预收)."""

    kind: str              # 'receipt' or 'credit_note'
    source_id: int
    number: str
    date: _dt.date
    amount: int
    unapplied: int

    @property
    def entry_name(self) -> str:
        return names.statement_entry(self.kind)


@dataclass
class AgingFooter:
    """What the customer owed at the end date by age (default scheme), and its credit."""

    labels: list[str]
    buckets: list[int]
    credit: int = 0

    @property
    def total(self) -> int:
        return sum(self.buckets)

    @property
    def net(self) -> int:
        return self.total - self.credit


@dataclass
class Statement:
    """A customer's statement of account for ``start`` .. ``end`` (both days included)."""

    customer_id: int
    code: str
    name: str
    address: str
    contact: str
    phone: str
    start: _dt.date
    end: _dt.date
    opening: int
    open_only: bool = False
    movements: list[Movement] = field(default_factory=list)
    open_invoices: list[OpenInvoice] = field(default_factory=list)
    open_credits: list[OpenCredit] = field(default_factory=list)
    aging: AgingFooter | None = None

    @property
    def debit_total(self) -> int:
        return sum(m.debit for m in self.movements)

    @property
    def credit_total(self) -> int:
        return sum(m.credit for m in self.movements)

    @property
    def closing(self) -> int:
        """The closing balance: opening plus the period's movements (open only: the open
        invoices less the unapplied credits at the end date, the same figure)."""
        if self.open_only:
            return sum(i.open_amount for i in self.open_invoices) - sum(c.unapplied for c in self.open_credits)
        return self.opening + self.debit_total - self.credit_total


def check_period(start: _dt.date, end: _dt.date) -> None:
    """Refuse a period that is not two dates with ``start`` <= ``end`` (names the field)."""
    if not isinstance(start, _dt.date):
        raise ValidationError(tr("reports", "The first day of the statement is required"), field="start")
    if not isinstance(end, _dt.date):
        raise ValidationError(tr("reports", "The last day of the statement is required"), field="end")
    if start > end:
        raise ValidationError(
            tr("reports", "The statement's first day {start} is after its last day {end}",
               start=start.isoformat(), end=end.isoformat()), field="start")


def _p() -> str:
    return db.obj.param


def _filter(column: str, ids: list[int] | None) -> tuple[str, list]:
    if ids is None or len(ids) > _IN_LIST_MAX:
        return "", []
    if not ids:
        return " AND 1 = 0", []
    return f" AND {column} IN ({', '.join([_p()] * len(ids))})", list(ids)


def _movements(ids: list[int] | None, start: _dt.date, end: _dt.date) -> dict[int, list[Movement]]:
    """The period's movements of the customers (all when None), by customer, unsorted."""
    p = _p()
    s, e = start.isoformat(), end.isoformat()
    after = (end + _dt.timedelta(days=1)).isoformat()
    out: dict[int, list[Movement]] = defaultdict(list)
    keep = None if ids is None else set(ids)
    methods: dict[str, str] = {}

    def method(code: str) -> str:
        word = methods.get(code)
        if word is None:
            word = methods[code] = names.payment_method(code)
        return word

    queries = (
        ("invoice", "i.customer_id",
         f"SELECT i.id, i.customer_id, i.issue_date, i.number, i.description, i.period, i.total FROM invoice i "
         f"WHERE i.issue_date >= {p} AND i.issue_date <= {p} AND i.status <> 'draft'", [s, e]),
        ("invoice_void", "i.customer_id",
         f"SELECT i.id, i.customer_id, i.voided_at, i.number, i.void_reason, '', i.total FROM invoice i "
         f"WHERE i.status = 'void' AND i.voided_at >= {p} AND i.voided_at < {p}", [s, after]),
        ("receipt", "r.customer_id",
         f"SELECT r.id, r.customer_id, r.date, r.number, r.method, r.reference, r.amount FROM receipt r "
         f"WHERE r.date >= {p} AND r.date <= {p}", [s, e]),
        ("receipt_reversal", "r.customer_id",
         f"SELECT r.id, r.customer_id, r.reversed_on, r.number, r.reversal_reason, '', r.amount FROM receipt r "
         f"WHERE r.status = 'reversed' AND r.reversed_on >= {p} AND r.reversed_on <= {p}", [s, e]),
        ("credit_note", "c.customer_id",
         f"SELECT c.id, c.customer_id, c.date, c.number, c.reason, '', c.amount FROM credit_note c "
         f"WHERE c.date >= {p} AND c.date <= {p}", [s, e]),
        ("credit_note_void", "c.customer_id",
         f"SELECT c.id, c.customer_id, c.voided_on, c.number, c.void_reason, '', c.amount FROM credit_note c "
         f"WHERE c.status = 'void' AND c.voided_on >= {p} AND c.voided_on <= {p}", [s, e]),
    )
    debits = {"invoice", "receipt_reversal", "credit_note_void"}
    for entry, column, sql, params in queries:
        flt, fparams = _filter(column, ids)
        for doc_id, cid, day, number, text1, text2, amount in db.execute_sql(sql + flt, params + fparams):
            if keep is not None and cid not in keep:
                continue
            if entry == "invoice":
                description = text1 or text2 or ""
            elif entry == "receipt":
                description = " ".join(x for x in (method(text1), text2 or "") if x)
            else:
                description = text1 or ""
            amount = int(amount)
            out[cid].append(Movement(as_date(day), entry, number or "", description,
                                     debit=amount if entry in debits else 0,
                                     credit=0 if entry in debits else amount, document_id=doc_id))
    return out


def _open_items(ids: list[int] | None, end: _dt.date) -> tuple[dict[int, list[OpenInvoice]], dict[int, list[OpenCredit]]]:
    """Invoices open and credits unapplied at the end of ``end``, by customer (the as-of pieces)."""
    p = _p()
    keep = None if ids is None else set(ids)
    invoices: dict[int, list[OpenInvoice]] = defaultdict(list)
    credits: dict[int, list[OpenCredit]] = defaultdict(list)
    pieces, pparams = open_pieces_sql(p, end)
    flt, fparams = _filter("x.customer_id", ids)
    sql = (f"SELECT g.invoice_id, g.customer_id, g.amount, i.number, i.issue_date, i.due_date, i.total FROM ("
           f"SELECT x.invoice_id, x.customer_id, SUM(x.amount) AS amount FROM ({pieces}) x WHERE 1 = 1{flt} "
           f"GROUP BY {no_index('x.invoice_id')}, x.customer_id HAVING SUM(x.amount) <> 0) g "
           f"JOIN invoice i ON i.id = g.invoice_id")
    for iid, cid, amount, number, issue, due, total in db.execute_sql(sql, [*pparams, *fparams]):
        if keep is not None and cid not in keep:
            continue
        due = as_date(due)
        invoices[cid].append(OpenInvoice(iid, number or "", as_date(issue), due, int(total), int(amount),
                                         max(0, (end - due).days)))
    pieces, cparams = credit_pieces_sql(p, end, sources=True)
    flt, fparams = _filter("c.customer_id", ids)
    sql = (f"SELECT c.kind, c.source_id, c.customer_id, SUM(c.amount) FROM ({pieces}) c WHERE 1 = 1{flt} "
           f"GROUP BY c.kind, c.source_id, c.customer_id HAVING SUM(c.amount) <> 0")
    found = [row for row in db.execute_sql(sql, [*cparams, *fparams]) if keep is None or row[2] in keep]
    details: dict[tuple[str, int], tuple] = {}
    for table in ("receipt", "credit_note"):
        wanted = [sid for kind, sid, _c, _a in found if kind == table]
        for i in range(0, len(wanted), 800):
            chunk = wanted[i:i + 800]
            for sid, number, day, amount in db.execute_sql(
                    f"SELECT id, number, date, amount FROM {table} WHERE id IN ({', '.join([p] * len(chunk))})",
                    chunk):
                details[(table, sid)] = (number, as_date(day), int(amount))
    for kind, sid, cid, left in found:
        number, day, amount = details[(kind, sid)]
        credits[cid].append(OpenCredit(kind, sid, number, day, amount, int(left)))
    for rows in invoices.values():
        rows.sort(key=lambda r: (r.due_date, r.issue_date, r.invoice_id))
    for rows in credits.values():
        rows.sort(key=lambda r: (r.date, r.kind, r.number))
    return invoices, credits


def _customers(ids: list[int] | None) -> dict[int, tuple[str, str, str, str, str]]:
    """id -> (code, name, address, contact person, phone): the primary contact, else the first."""
    flt, params = _filter("id", ids)
    out = {}
    for cid, code, name, address, phone in db.execute_sql(
            f"SELECT id, code, name, address, phone FROM customer WHERE 1 = 1{flt}", params):
        out[cid] = (code, name, address or "", "", phone or "")
    flt, params = _filter("customer_id", ids)
    contacts: dict[int, tuple[str, str]] = {}
    for cid, name, phone in db.execute_sql(
            f"SELECT customer_id, name, phone FROM contact WHERE 1 = 1{flt} "
            f"ORDER BY customer_id, is_primary DESC, id", params):
        contacts.setdefault(cid, (name, phone))
    for cid, (name, phone) in contacts.items():
        if cid in out:
            code, cname, address, _c, own_phone = out[cid]
            out[cid] = (code, cname, address, name or "", own_phone or phone or "")
    return out


def statements(customer_ids: Sequence[int] | None, start: _dt.date, end: _dt.date, *,
               open_only: bool = False) -> list[Statement]:
    """The statements of the customers (every customer when None) for ``start`` .. ``end``,
    in the order asked (by code when None): opening balances, movements (or open items),
    aging footers, read with a few set queries for all of them."""
    check_period(start, end)
    ids = None if customer_ids is None else list(dict.fromkeys(customer_ids))
    info = _customers(ids)
    if ids is not None:
        missing = [cid for cid in ids if cid not in info]
        if missing:
            raise NotFound(tr("reports", "No customer with id {id}", id=missing[0]))
    order = ids if ids is not None else sorted(info, key=lambda cid: info[cid][0])
    many = ids is None or len(ids) > _IN_LIST_MAX
    opening = {r.customer_id: r.balance for r in customer_balances(None if many else ids,
                                                                  start - _dt.timedelta(days=1)).rows}
    moves: dict[int, list[Movement]] = {}
    open_invoices: dict[int, list[OpenInvoice]] = {}
    open_credits: dict[int, list[OpenCredit]] = {}
    if open_only:
        open_invoices, open_credits = _open_items(ids, end)
    else:
        moves = _movements(ids, start, end)
    scheme = get_scheme()
    labels = [b.label for b in scheme.buckets]
    if ids is not None and len(ids) == 1:
        ages = aging(end, scheme=scheme, filters=AgingFilter(customer_id=ids[0])).rows
    else:
        ages = aging(end, scheme=scheme).rows
    by_customer = {r.customer_id: r for r in ages}
    out = []
    for cid in order:
        code, name, address, contact, phone = info[cid]
        st = Statement(cid, code, name, address, contact, phone, start, end, opening.get(cid, 0),
                       open_only=open_only)
        if open_only:
            st.open_invoices = open_invoices.get(cid, [])
            st.open_credits = open_credits.get(cid, [])
        else:
            lines = sorted(moves.get(cid, []), key=lambda m: (m.date, _DAY_ORDER[m.entry], m.number, m.document_id))
            running = st.opening
            for m in lines:
                running += m.debit - m.credit
                m.balance = running
            st.movements = lines
        row = by_customer.get(cid)
        st.aging = AgingFooter(labels, list(row.buckets) if row else [0] * len(labels), row.credit if row else 0)
        out.append(st)
    return out


def statement(customer_id: int, start: _dt.date, end: _dt.date, *, open_only: bool = False) -> Statement:
    """One customer's statement of account for ``start`` .. ``end`` (see the module doc)."""
    return statements([customer_id], start, end, open_only=open_only)[0]


def statement_customers(start: _dt.date, end: _dt.date) -> list[int]:
    """The customers a statement run for the period is for: a balance other than zero at
    the end date, or any movement in the period. By customer code."""
    check_period(start, end)
    wanted = {r.customer_id for r in customer_balances(None, end).rows if r.balance != 0}
    wanted |= set(_movements(None, start, end))
    if not wanted:
        return []
    codes = dict(db.execute_sql("SELECT id, code FROM customer").fetchall())
    return sorted(wanted, key=lambda cid: codes.get(cid, ""))
