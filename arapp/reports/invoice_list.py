"""The invoice list (应收单列表): one page of invoices at a time, filtered and sorted in SQL.

The GUI's invoice table pages through this with OFFSET/LIMIT, so it never holds more
rows than the user has scrolled to. The default order (newest issue date first, then
newest id) walks ``ix_invoice_issue_date`` backwards: on SQLite an index on one column
also orders by rowid, so the first page of a million invoices needs no sort and returns
in milliseconds. Other orders sort in the database (a top-N sort over the matching
rows); the GUI runs them off the UI thread.

No Qt here: the same rows can feed an export or the command line.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

import peewee as pw

from arapp import clock
from arapp.db.database import db
from arapp.db.models import Customer, Invoice
from arapp.db.values import as_date
from arapp.domain import vocabulary as vocab

#: Sort keys the list accepts, and the column each sorts by (ties broken by invoice id).
SORT_KEYS = ("number", "issue_date", "due_date", "customer", "customer_name", "total", "open_amount", "status")
DEFAULT_SORT = "issue_date"

#: Status filter values beyond the stored statuses: "open" = posted or partly paid.
STATUS_FILTERS = ("", "open", *vocab.INVOICE_STATUSES)


@dataclass(frozen=True)
class InvoiceFilter:
    """What the invoice list shows. Empty fields do not filter.

    ``text`` matches part of the invoice number, of the number it had in an imported
    ledger (its external number, 原单号), or of the customer's code or name;
    ``status`` is one stored status or ``"open"``; the date range applies to the issue
    date (both ends included); ``open_only`` keeps invoices with money still owed.
    """

    text: str = ""
    status: str = ""
    customer_id: int | None = None
    date_from: _dt.date | None = None
    date_to: _dt.date | None = None
    open_only: bool = False


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    """One line of the invoice list. Amounts in fen."""

    id: int
    number: str | None
    customer_id: int
    customer_code: str
    customer_name: str
    issue_date: _dt.date
    due_date: _dt.date
    total: int
    open_amount: int
    status: str
    source: str
    description: str
    external_number: str = ""       # its number in the ledger it was imported from (原单号)

    def days_overdue(self, as_of: _dt.date | None = None) -> int:
        """Days past due of what is still open (0 when nothing is open or not yet due)."""
        if self.open_amount <= 0 or self.status not in vocab.INVOICE_OPEN_STATUSES:
            return 0
        return max(0, ((as_of or clock.today()) - self.due_date).days)


def _sort_column(sort: str):
    columns = {
        "number": Invoice.number,
        "issue_date": Invoice.issue_date,
        "due_date": Invoice.due_date,
        "customer": Customer.code,
        "customer_name": Customer.name,
        "total": Invoice.total,
        "open_amount": Invoice.open_amount,
        "status": Invoice.status,
    }
    if sort not in columns:
        raise ValueError(f"unknown invoice sort key {sort!r}; expected one of {', '.join(SORT_KEYS)}")
    return columns[sort]


def _where(filters: InvoiceFilter) -> list[pw.Expression]:
    conds: list[pw.Expression] = []
    text = (filters.text or "").strip()
    if text:
        # Customers matching the text form a small set; SQLite materializes it once.
        matching_customers = Customer.select(Customer.id).where(
            Customer.code.contains(text) | Customer.name.contains(text))
        conds.append(Invoice.number.contains(text) | Invoice.external_number.contains(text)
                     | Invoice.customer.in_(matching_customers))
    status = (filters.status or "").strip()
    if status == "open":
        conds.append(Invoice.status.in_(vocab.INVOICE_OPEN_STATUSES))
    elif status:
        if status not in vocab.INVOICE_STATUSES:
            raise ValueError(f"unknown invoice status {status!r}")
        conds.append(Invoice.status == status)
    if filters.customer_id is not None:
        conds.append(Invoice.customer == filters.customer_id)
    if filters.date_from is not None:
        conds.append(Invoice.issue_date >= filters.date_from)
    if filters.date_to is not None:
        conds.append(Invoice.issue_date <= filters.date_to)
    if filters.open_only:
        conds.append((Invoice.open_amount > 0) & Invoice.status.in_(vocab.INVOICE_OPEN_STATUSES))
    return conds


CUSTOMER_SORTS = ("customer", "customer_name")


def _page_query(filters: InvoiceFilter, sort: str, descending: bool) -> pw.ModelSelect:
    """The page query. Sorting by a customer column joins the customer table; any other
    order reads the invoice table alone (a join there lets SQLite's planner start from the
    customer table and sort a million rows), and ``invoice_page`` fetches the customers'
    codes and names for the page afterwards."""
    column = _sort_column(sort)
    fields = [Invoice.id, Invoice.number, Invoice.customer, Invoice.issue_date, Invoice.due_date,
              Invoice.total, Invoice.open_amount, Invoice.status, Invoice.source, Invoice.description,
              Invoice.external_number]
    if sort in CUSTOMER_SORTS:
        query = (Invoice.select(*fields, Customer.code, Customer.name)
                 .join(Customer, on=(Invoice.customer == Customer.id)))
    else:
        query = Invoice.select(*fields)
    conds = _where(filters)
    if conds:
        query = query.where(*conds)
    if descending:
        order = [column.desc(), Invoice.id.desc()]
    else:
        order = [column.asc(), Invoice.id.asc()]
    if sort == "customer_name":
        # Two customers may share a name: keep each one's invoices together.
        order.insert(1, Customer.code.desc() if descending else Customer.code.asc())
    return query.order_by(*order)


def invoice_page(filters: InvoiceFilter | None = None, sort: str = DEFAULT_SORT, descending: bool = True,
                 offset: int = 0, limit: int | None = 200) -> list[InvoiceRow]:
    """Up to ``limit`` invoices from ``offset`` in the chosen order (ties by id); every
    one from ``offset`` on when ``limit`` is None (an export of the list: the same query
    as the window's pages, without the page)."""
    filters = filters or InvoiceFilter()
    if offset < 0 or (limit is not None and limit < 0):
        raise ValueError("offset and limit must be zero or more")
    rows = fetch(_page_query(filters, sort, descending).offset(offset).limit(limit))
    if sort in CUSTOMER_SORTS:
        return [InvoiceRow(r[0], r[1], r[2], r[11], r[12], as_date(r[3]), as_date(r[4]), int(r[5]), int(r[6]),
                           r[7], r[8], r[9], r[10] or "") for r in rows]
    names = customer_names({r[2] for r in rows})
    return [InvoiceRow(r[0], r[1], r[2], *names.get(r[2], ("", "")), as_date(r[3]), as_date(r[4]), int(r[5]),
                       int(r[6]), r[7], r[8], r[9], r[10] or "") for r in rows]


def fetch(query: pw.ModelSelect) -> list[tuple]:
    """The rows of ``query`` as the database returns them (dates may be ISO text on
    SQLite): peewee's conversion of every value is most of the time of a long list."""
    sql, params = query.sql()
    return db.execute_sql(sql, params).fetchall()


def customer_names(ids: set[int]) -> dict[int, tuple[str, str]]:
    """Customer id → (code, name) of ``ids``: by id for a page's few, one read of every
    customer for a whole list's many."""
    names: dict[int, tuple[str, str]] = {}
    if len(ids) > 2000:
        for cid, code, name in db.execute_sql("SELECT id, code, name FROM customer").fetchall():
            if cid in ids:
                names[cid] = (code, name)
        return names
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start:start + 500]
        for cid, code, name in (Customer.select(Customer.id, Customer.code, Customer.name)
                                .where(Customer.id.in_(chunk)).tuples()):
            names[cid] = (code, name)
    return names


def invoice_count(filters: InvoiceFilter | None = None) -> int:
    """How many invoices the filter matches (a full count: run it off the UI thread)."""
    filters = filters or InvoiceFilter()
    query = Invoice.select(pw.fn.COUNT(pw.SQL("*")))   # COUNT(*) is ~5x faster than COUNT(id) on SQLite
    conds = _where(filters)
    if conds:
        query = query.where(*conds)
    return int(query.scalar() or 0)


def invoice_page_sql(filters: InvoiceFilter | None = None, sort: str = DEFAULT_SORT, descending: bool = True,
                     offset: int = 0, limit: int = 200) -> tuple[str, list]:
    """The SQL and parameters ``invoice_page`` runs (for query-plan checks)."""
    query = _page_query(filters or InvoiceFilter(), sort, descending).offset(offset).limit(limit)
    sql, params = query.sql()
    return sql, list(params)
