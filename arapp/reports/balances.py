"""Open balances per invoice and per customer, today or as of any date.

Today's figures read the maintained ``invoice.open_amount``; a past date recomputes
from the documents: invoices issued by then and not yet voided, less allocations
dated by then; receipts and credit notes dated by then and not yet reversed or voided
count as the customer's unapplied credit (预收).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from arapp import clock
from arapp.db.database import db
from arapp.db.ledger_sql import as_of_or_today, credit_pieces_sql, no_index, open_pieces_sql
from arapp.db.models import Customer, Invoice
from arapp.domain import vocabulary as vocab
from arapp.domain.allocation import OLDEST_FIRST


@dataclass
class CustomerBalance:
    customer_id: int
    code: str
    name: str
    open_invoices: int = 0      # fen owed on invoices
    overdue: int = 0            # part of open_invoices past due
    credit: int = 0             # unapplied receipts and credit notes
    open_count: int = 0         # invoices with money owed (filled when customers are named)

    @property
    def balance(self) -> int:
        """What the customer owes, net of credit (negative: we owe them)."""
        return self.open_invoices - self.credit


@dataclass
class BalanceReport:
    as_of: _dt.date
    rows: list[CustomerBalance] = field(default_factory=list)

    @property
    def total_open(self) -> int:
        return sum(r.open_invoices for r in self.rows)

    @property
    def total_overdue(self) -> int:
        return sum(r.overdue for r in self.rows)

    @property
    def total_credit(self) -> int:
        return sum(r.credit for r in self.rows)

    @property
    def total_balance(self) -> int:
        return self.total_open - self.total_credit


def _p() -> str:
    return db.obj.param


def _in_clause(column: str, ids: list[int] | None) -> tuple[str, list]:
    if ids is None:
        return "", []
    if not ids:
        return " AND 1 = 0", []
    return f" AND {column} IN ({', '.join([_p()] * len(ids))})", list(ids)


def invoice_open_as_of(invoice_id: int, as_of: _dt.date | None = None) -> int:
    """What is still owed on one invoice at the end of ``as_of`` (today when None)."""
    inv = Invoice.get_by_id(invoice_id)
    as_of, current = as_of_or_today(as_of)
    if current:
        return inv.open_amount if inv.status in vocab.INVOICE_OPEN_STATUSES else 0
    if inv.status == "draft" or inv.issue_date > as_of:
        return 0
    if inv.voided_at is not None and inv.voided_at.date() <= as_of:
        return 0
    p = _p()
    paid = db.execute_sql(
        f"SELECT COALESCE(SUM(amount), 0) FROM allocation WHERE invoice_id = {p} AND date <= {p}",
        (invoice_id, as_of.isoformat()),
    ).fetchone()[0]
    return inv.total - int(paid)


def customer_balances(customer_ids: Iterable[int] | None = None, as_of: _dt.date | None = None,
                      *, include_zero: bool = False, counts: bool = False) -> BalanceReport:
    """Balances per customer (all customers, or the given ones), today or as of a date.
    The open invoice counts are filled for the customers named, and for all with ``counts``."""
    today = clock.today()
    when = as_of or today
    ids = None if customer_ids is None else list(customer_ids)
    p = _p()
    rows: dict[int, CustomerBalance] = {}

    def row(cid: int) -> CustomerBalance:
        r = rows.get(cid)
        if r is None:
            r = rows[cid] = CustomerBalance(cid, "", "")
        return r

    d = when.isoformat()
    pieces, pparams = open_pieces_sql(p, as_of)
    flt, fparams = _in_clause("x.customer_id", ids)
    sql = (f"SELECT x.customer_id, SUM(x.amount), SUM(CASE WHEN x.due_date < {p} THEN x.amount ELSE 0 END) "
           f"FROM ({pieces}) x WHERE 1 = 1{flt} GROUP BY {no_index('x.customer_id')}")
    for cid, open_sum, overdue in db.execute_sql(sql, [d, *pparams, *fparams]).fetchall():
        r = row(cid)
        r.open_invoices = int(open_sum or 0)
        r.overdue = int(overdue or 0)
    count_sql = (f"SELECT x.customer_id, COUNT(*) FROM (SELECT customer_id, invoice_id, SUM(amount) AS amount "
                 f"FROM ({pieces}) y GROUP BY customer_id, invoice_id) x WHERE x.amount <> 0{flt} "
                 f"GROUP BY x.customer_id")
    if ids is not None or counts:
        for cid, count in db.execute_sql(count_sql, [*pparams, *fparams]).fetchall():
            row(cid).open_count = int(count)

    credits, cparams = credit_pieces_sql(p, as_of)
    flt, fparams = _in_clause("c.customer_id", ids)
    sql = f"SELECT c.customer_id, SUM(c.amount) FROM ({credits}) c WHERE 1 = 1{flt} GROUP BY c.customer_id"
    for cid, credit in db.execute_sql(sql, [*cparams, *fparams]).fetchall():
        if credit:
            row(cid).credit += int(credit)

    want = set(rows) if ids is None else set(ids)
    if include_zero and ids is None:
        want = {c.id for c in Customer.select(Customer.id)}
    for cid in want:
        row(cid)
    if rows:
        names = {}
        id_list = list(rows)
        if ids is None or len(id_list) > 900:      # the whole book: one plain read of every customer
            for cid, code, name in db.execute_sql("SELECT id, code, name FROM customer").fetchall():
                names[cid] = (code, name)
        else:
            for c in Customer.select(Customer.id, Customer.code, Customer.name).where(Customer.id.in_(id_list)):
                names[c.id] = (c.code, c.name)
        for cid, r in rows.items():
            r.code, r.name = names.get(cid, ("", ""))
    result = [r for r in rows.values() if include_zero or ids is not None or r.open_invoices or r.credit]
    result.sort(key=lambda r: r.code)
    return BalanceReport(when, result)


def customer_balance(customer_id: int, as_of: _dt.date | None = None) -> CustomerBalance:
    """One customer's balance: open invoices, overdue part, unapplied credit."""
    report = customer_balances([customer_id], as_of)
    return report.rows[0]


@dataclass
class OpenItem:
    invoice_id: int
    number: str
    issue_date: _dt.date
    due_date: _dt.date
    total: int
    open_amount: int
    days_overdue: int
    status: str


def open_items(customer_id: int, as_of: _dt.date | None = None) -> list[OpenItem]:
    """The customer's invoices with money owed at the end of ``as_of`` (today when
    None), oldest first (the order the allocation pays them in)."""
    when, current = as_of_or_today(as_of)
    q = (Invoice.select().where((Invoice.customer == customer_id) & (Invoice.status != "draft")
                                & (Invoice.issue_date <= when))
         .order_by(*(getattr(Invoice, column) for column in OLDEST_FIRST)))
    if current:
        q = q.where((Invoice.open_amount > 0) & Invoice.status.in_(vocab.INVOICE_OPEN_STATUSES))
    out = []
    for inv in q:
        amount = inv.open_amount if current else invoice_open_as_of(inv.id, when)
        if amount <= 0:
            continue
        out.append(OpenItem(inv.id, inv.number or "", inv.issue_date, inv.due_date, inv.total, amount,
                            max(0, (when - inv.due_date).days), inv.status))
    return out
