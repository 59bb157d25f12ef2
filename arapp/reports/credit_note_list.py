"""The credit note list (贷项通知单列表), read from the books: filtered and sorted in SQL,
a page at a time or the whole list (an export).

Like the invoice and receipt lists (:mod:`arapp.reports.invoice_list`,
:mod:`arapp.reports.receipt_list`): only a sort by the customer joins the customer table,
every other order reads the credit notes alone and names the customers afterwards. A
credit note's ``applied`` is what its allocations took; ``unapplied`` what is left as the
customer's credit. A void credit note holds neither.

No Qt here: the rows feed the command line and the exports.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

import peewee as pw

from arapp.db.models import CreditNote, Customer, Invoice
from arapp.db.values import as_date
from arapp.domain import vocabulary as vocab

#: Sort keys the list accepts (ties broken by credit note id).
SORT_KEYS = ("number", "date", "customer", "customer_name", "amount", "unapplied", "status")
DEFAULT_SORT = "date"
#: Status filter values: "" all, or a stored status.
STATUS_FILTERS = ("", *vocab.CREDIT_NOTE_STATUSES)


@dataclass(frozen=True)
class CreditNoteFilter:
    """What the list holds. Empty fields do not filter. ``text`` matches part of the
    number, the reason, or the customer's code or name; the dates are the credit note's
    (both ends included); ``open_only`` keeps those with credit left to apply."""

    text: str = ""
    status: str = ""
    customer_id: int | None = None
    date_from: _dt.date | None = None
    date_to: _dt.date | None = None
    open_only: bool = False


@dataclass(frozen=True)
class CreditNoteRow:
    """One line of the credit note list. Amounts in fen."""

    id: int
    number: str
    customer_id: int
    customer_code: str
    customer_name: str
    date: _dt.date
    invoice_number: str        # the invoice it was issued against ('' when for the customer)
    amount: int
    unapplied: int
    status: str
    reason: str

    @property
    def void(self) -> bool:
        return self.status == "void"

    @property
    def applied(self) -> int:
        """What its allocations took (0 once void)."""
        return 0 if self.void else self.amount - self.unapplied


def _sort_column(sort: str):
    columns = {
        "number": CreditNote.number,
        "date": CreditNote.date,
        "customer": Customer.code,
        "customer_name": Customer.name,
        "amount": CreditNote.amount,
        "unapplied": CreditNote.unapplied,
        "status": CreditNote.status,
    }
    if sort not in columns:
        raise ValueError(f"unknown credit note sort key {sort!r}; expected one of {', '.join(SORT_KEYS)}")
    return columns[sort]


def _where(filters: CreditNoteFilter) -> list[pw.Expression]:
    conds: list[pw.Expression] = []
    text = (filters.text or "").strip()
    if text:
        matching_customers = Customer.select(Customer.id).where(
            Customer.code.contains(text) | Customer.name.contains(text))
        conds.append(CreditNote.number.contains(text) | CreditNote.reason.contains(text)
                     | CreditNote.customer.in_(matching_customers))
    status = (filters.status or "").strip()
    if status:
        if status not in vocab.CREDIT_NOTE_STATUSES:
            raise ValueError(f"unknown credit note status {status!r}")
        conds.append(CreditNote.status == status)
    if filters.customer_id is not None:
        conds.append(CreditNote.customer == filters.customer_id)
    if filters.date_from is not None:
        conds.append(CreditNote.date >= filters.date_from)
    if filters.date_to is not None:
        conds.append(CreditNote.date <= filters.date_to)
    if filters.open_only:
        conds.append((CreditNote.status == "posted") & (CreditNote.unapplied > 0))
    return conds


CUSTOMER_SORTS = ("customer", "customer_name")
FIELDS = (CreditNote.id, CreditNote.number, CreditNote.customer, CreditNote.date, CreditNote.invoice,
          CreditNote.amount, CreditNote.unapplied, CreditNote.status, CreditNote.reason)


def _page_query(filters: CreditNoteFilter, sort: str, descending: bool) -> pw.ModelSelect:
    column = _sort_column(sort)
    if sort in CUSTOMER_SORTS:
        query = (CreditNote.select(*FIELDS, Customer.code, Customer.name)
                 .join(Customer, on=(CreditNote.customer == Customer.id)))
    else:
        query = CreditNote.select(*FIELDS)
    conds = _where(filters)
    if conds:
        query = query.where(*conds)
    order = [column.desc(), CreditNote.id.desc()] if descending else [column.asc(), CreditNote.id.asc()]
    if sort == "customer_name":
        order.insert(1, Customer.code.desc() if descending else Customer.code.asc())
    return query.order_by(*order)


def _lookup(model, column, ids: list[int]) -> dict[int, tuple]:
    out: dict[int, tuple] = {}
    for start in range(0, len(ids), 500):
        for row in model.select(model.id, *column).where(model.id.in_(ids[start:start + 500])).tuples():
            out[row[0]] = row[1:]
    return out


def credit_note_page(filters: CreditNoteFilter | None = None, sort: str = DEFAULT_SORT, descending: bool = True,
                     offset: int = 0, limit: int | None = 200) -> list[CreditNoteRow]:
    """Up to ``limit`` credit notes from ``offset`` in the chosen order (ties by id); all
    of them when ``limit`` is None."""
    filters = filters or CreditNoteFilter()
    if offset < 0 or (limit is not None and limit < 0):
        raise ValueError("offset and limit must be zero or more")
    rows = list(_page_query(filters, sort, descending).offset(offset).limit(limit).tuples())
    if sort in CUSTOMER_SORTS:
        customers = {r[2]: (r[9], r[10]) for r in rows}
    else:
        customers = _lookup(Customer, (Customer.code, Customer.name), sorted({r[2] for r in rows}))
    invoices = _lookup(Invoice, (Invoice.number,), sorted({r[4] for r in rows if r[4] is not None}))
    return [CreditNoteRow(r[0], r[1], r[2], *customers.get(r[2], ("", "")), as_date(r[3]),
                          (invoices.get(r[4], ("",))[0] or "") if r[4] is not None else "",
                          int(r[5]), int(r[6]), r[7], r[8] or "") for r in rows]


def credit_note_count(filters: CreditNoteFilter | None = None) -> int:
    """How many credit notes the filter matches."""
    query = CreditNote.select(pw.fn.COUNT(pw.SQL("*")))
    conds = _where(filters or CreditNoteFilter())
    if conds:
        query = query.where(*conds)
    return int(query.scalar() or 0)
