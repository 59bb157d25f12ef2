"""The receipt list (收款列表) and one receipt's detail, read from the books.

Like the invoice list (:mod:`arapp.reports.invoice_list`) the list is one page at a time,
filtered and sorted in SQL, so the window never holds more receipts than the user has
scrolled to. The default order (newest date first, then newest id) walks
``ix_receipt_date`` backwards and needs no sort.

A receipt's figures: ``allocated`` is what its live allocations took (核销), ``unallocated``
what is left as the customer's credit (预收); a reversed receipt holds neither (its
allocations were undone by negative twins and its money is no longer the customer's).

No Qt here: the same rows can feed an export or the command line.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

import peewee as pw

from arapp.db import lookups
from arapp.db.models import Allocation, CreditNote, Customer, Invoice, Receipt
from arapp.db.values import as_date, as_datetime
from arapp.domain import vocabulary as vocab
from arapp.domain.allocation import credit_first_key
from arapp.reports.collections.common import people, person
from arapp.reports.invoice_list import customer_names, fetch

#: Sort keys the list accepts (ties broken by receipt id).
SORT_KEYS = ("number", "date", "customer", "customer_name", "method", "amount", "allocated", "unallocated",
             "status")
DEFAULT_SORT = "date"

#: Status filter values: "" all, a stored status, or "unallocated" = posted with credit left.
STATUS_FILTERS = ("", *vocab.RECEIPT_STATUSES, "unallocated")


@dataclass(frozen=True)
class ReceiptFilter:
    """What the receipt list shows. Empty fields do not filter.

    ``text`` matches part of the receipt number, its reference, or the customer's code
    or name; ``method`` is a payment method code; ``status`` one of STATUS_FILTERS; the
    date range applies to the receipt date (both ends included).
    """

    text: str = ""
    method: str = ""
    status: str = ""
    customer_id: int | None = None
    date_from: _dt.date | None = None
    date_to: _dt.date | None = None


@dataclass(frozen=True, slots=True)
class ReceiptRow:
    """One line of the receipt list. Amounts in fen."""

    id: int
    number: str
    customer_id: int
    customer_code: str
    customer_name: str
    date: _dt.date
    method: str
    reference: str
    amount: int
    unallocated: int
    status: str

    @property
    def allocated(self) -> int:
        """What the receipt's live allocations took (0 once reversed)."""
        return self.amount - self.unallocated if self.status == "posted" else 0

    @property
    def reversed(self) -> bool:
        return self.status == "reversed"


def _allocated_expr():
    return pw.Case(None, [(Receipt.status == "posted", Receipt.amount - Receipt.unallocated)], 0)


def _sort_column(sort: str):
    columns = {
        "number": Receipt.number,
        "date": Receipt.date,
        "customer": Customer.code,
        "customer_name": Customer.name,
        "method": Receipt.method,
        "amount": Receipt.amount,
        "allocated": _allocated_expr(),
        "unallocated": Receipt.unallocated,
        "status": Receipt.status,
    }
    if sort not in columns:
        raise ValueError(f"unknown receipt sort key {sort!r}; expected one of {', '.join(SORT_KEYS)}")
    return columns[sort]


def _where(filters: ReceiptFilter) -> list[pw.Expression]:
    conds: list[pw.Expression] = []
    text = (filters.text or "").strip()
    if text:
        matching_customers = Customer.select(Customer.id).where(
            Customer.code.contains(text) | Customer.name.contains(text))
        conds.append(Receipt.number.contains(text) | Receipt.reference.contains(text)
                     | Receipt.customer.in_(matching_customers))
    method = (filters.method or "").strip()
    if method:
        if method not in vocab.PAYMENT_METHODS:
            raise ValueError(f"unknown payment method {method!r}")
        conds.append(Receipt.method == method)
    status = (filters.status or "").strip()
    if status == "unallocated":
        conds.append((Receipt.status == "posted") & (Receipt.unallocated > 0))
    elif status:
        if status not in vocab.RECEIPT_STATUSES:
            raise ValueError(f"unknown receipt status {status!r}")
        conds.append(Receipt.status == status)
    if filters.customer_id is not None:
        conds.append(Receipt.customer == filters.customer_id)
    if filters.date_from is not None:
        conds.append(Receipt.date >= filters.date_from)
    if filters.date_to is not None:
        conds.append(Receipt.date <= filters.date_to)
    return conds


CUSTOMER_SORTS = ("customer", "customer_name")
FIELDS = (Receipt.id, Receipt.number, Receipt.customer, Receipt.date, Receipt.method, Receipt.reference,
          Receipt.amount, Receipt.unallocated, Receipt.status)


def _page_query(filters: ReceiptFilter, sort: str, descending: bool) -> pw.ModelSelect:
    """The page query; only a customer sort joins the customer table (see invoice_list)."""
    column = _sort_column(sort)
    if sort in CUSTOMER_SORTS:
        query = (Receipt.select(*FIELDS, Customer.code, Customer.name)
                 .join(Customer, on=(Receipt.customer == Customer.id)))
    else:
        query = Receipt.select(*FIELDS)
    conds = _where(filters)
    if conds:
        query = query.where(*conds)
    order = [column.desc(), Receipt.id.desc()] if descending else [column.asc(), Receipt.id.asc()]
    if sort == "customer_name":
        order.insert(1, Customer.code.desc() if descending else Customer.code.asc())
    return query.order_by(*order)


def _row(r, code: str, name: str) -> ReceiptRow:
    return ReceiptRow(r[0], r[1], r[2], code, name, as_date(r[3]), r[4], r[5], int(r[6]), int(r[7]), r[8])


def receipt_page(filters: ReceiptFilter | None = None, sort: str = DEFAULT_SORT, descending: bool = True,
                 offset: int = 0, limit: int | None = 200) -> list[ReceiptRow]:
    """Up to ``limit`` receipts from ``offset`` in the chosen order (ties by id); all of
    them from ``offset`` on when ``limit`` is None (an export of the list)."""
    filters = filters or ReceiptFilter()
    if offset < 0 or (limit is not None and limit < 0):
        raise ValueError("offset and limit must be zero or more")
    rows = fetch(_page_query(filters, sort, descending).offset(offset).limit(limit))
    if sort in CUSTOMER_SORTS:
        return [_row(r, r[9], r[10]) for r in rows]
    names = customer_names({r[2] for r in rows})
    return [_row(r, *names.get(r[2], ("", ""))) for r in rows]


def receipt_count(filters: ReceiptFilter | None = None) -> int:
    """How many receipts the filter matches."""
    query = Receipt.select(pw.fn.COUNT(pw.SQL("*")))
    conds = _where(filters or ReceiptFilter())
    if conds:
        query = query.where(*conds)
    return int(query.scalar() or 0)


def receipt_page_sql(filters: ReceiptFilter | None = None, sort: str = DEFAULT_SORT, descending: bool = True,
                     offset: int = 0, limit: int = 200) -> tuple[str, list]:
    """The SQL and parameters ``receipt_page`` runs (for query-plan checks)."""
    sql, params = _page_query(filters or ReceiptFilter(), sort, descending).offset(offset).limit(limit).sql()
    return sql, list(params)


# ------------------------------------------------------------------ one receipt

@dataclass(frozen=True)
class AllocationLine:
    """One allocation a receipt made: the invoice, the day it counts from, the amount;
    ``reversed_on`` is the day its negative twin undid it (None while it stands)."""

    allocation_id: int
    invoice_id: int
    invoice_number: str
    invoice_issue_date: _dt.date
    effective_date: _dt.date
    amount: int
    created_by: str
    reversed_on: _dt.date | None = None

    @property
    def reversed(self) -> bool:
        return self.reversed_on is not None


@dataclass(frozen=True)
class ReceiptDetail:
    """A receipt's header, every allocation it made and its reversal, if any."""

    row: ReceiptRow
    memo: str
    created_at: _dt.datetime | None
    created_by: str
    reversed_on: _dt.date | None
    reversal_reason: str
    reversed_by: str
    allocations: list[AllocationLine] = field(default_factory=list)

    @property
    def live_allocated(self) -> int:
        return sum(a.amount for a in self.allocations if not a.reversed)


def receipt_detail(ref) -> ReceiptDetail:
    """One receipt (id, number or row) with its allocations oldest first; who recorded,
    allocated and reversed it by the users' names (names.user_name), not their logins."""
    receipt = lookups.receipt(ref)
    who = people()
    cust = Customer.get_by_id(receipt.customer_id)
    row = ReceiptRow(receipt.id, receipt.number, cust.id, cust.code, cust.name, as_date(receipt.date),
                     receipt.method, receipt.reference, int(receipt.amount), int(receipt.unallocated),
                     receipt.status)
    twins = {r_id: as_date(day) for r_id, day in
             Allocation.select(Allocation.reverses, Allocation.date)
             .where((Allocation.receipt == receipt.id) & Allocation.reverses.is_null(False)).tuples()}
    lines = [AllocationLine(a_id, inv_id, number or "", as_date(issue), as_date(day), int(amount), person(who, by),
                            twins.get(a_id))
             for a_id, inv_id, number, issue, day, amount, by in
             Allocation.select(Allocation.id, Invoice.id, Invoice.number, Invoice.issue_date, Allocation.date,
                               Allocation.amount, Allocation.created_by)
             .join(Invoice, on=(Allocation.invoice == Invoice.id))
             .where((Allocation.receipt == receipt.id) & (Allocation.amount > 0))
             .order_by(Allocation.date, Allocation.id).tuples()]
    return ReceiptDetail(row, receipt.memo, as_datetime(receipt.created_at), person(who, receipt.created_by),
                         as_date(receipt.reversed_on) if receipt.reversed_on else None,
                         receipt.reversal_reason, person(who, receipt.reversed_by) if receipt.reversed_by else "",
                         lines)


# ------------------------------------------------------------------ a customer's credit

@dataclass(frozen=True)
class CreditSource:
    """Money of a customer no invoice has used yet: a receipt's unallocated part or a
    credit note's unapplied part (``kind`` "receipt" or "credit_note")."""

    kind: str
    id: int
    number: str
    date: _dt.date
    amount: int
    left: int


def credit_sources(customer_id: int) -> list[CreditSource]:
    """The customer's receipts and credit notes with money left, in the order the books
    spend them (:func:`arapp.domain.allocation.credit_first_key`)."""
    out = [CreditSource("receipt", r_id, number, as_date(day), int(amount), int(left))
           for r_id, number, day, amount, left in
           Receipt.select(Receipt.id, Receipt.number, Receipt.date, Receipt.amount, Receipt.unallocated)
           .where((Receipt.customer == customer_id) & (Receipt.status == "posted") & (Receipt.unallocated > 0))
           .tuples()]
    out += [CreditSource("credit_note", n_id, number, as_date(day), int(amount), int(left))
            for n_id, number, day, amount, left in
            CreditNote.select(CreditNote.id, CreditNote.number, CreditNote.date, CreditNote.amount,
                              CreditNote.unapplied)
            .where((CreditNote.customer == customer_id) & (CreditNote.status == "posted")
                   & (CreditNote.unapplied > 0)).tuples()]
    out.sort(key=lambda s: credit_first_key(s.date, s.kind == "credit_note", s.id))
    return out
