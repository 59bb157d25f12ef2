"""The contact log as a list (联系记录): every contact with customers, newest first,
filtered in SQL (a customer, a period, a method, who logged it, the reason given, text).

The log is append-only (:class:`arapp.db.models.ContactLog`); one customer's contacts are
also in its collection file (:mod:`arapp.reports.collections.customer_file`). No Qt here:
the rows feed the command line and the exports.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

import peewee as pw

from arapp.db.models import ContactLog, Customer
from arapp.db.values import as_date, as_datetime, timestamp
from arapp.domain import vocabulary as vocab
from arapp.reports.collections.common import people, person

#: Sort keys the list accepts (ties broken by contact id).
SORT_KEYS = ("at", "customer", "customer_name", "method")
DEFAULT_SORT = "at"


@dataclass(frozen=True)
class ContactFilter:
    """What the list holds; empty fields do not filter. The dates are the day of the
    contact (both ends included); ``username`` is who logged it; ``text`` matches part of
    the summary, the answer, the person reached, or the customer's code or name."""

    customer_id: int | None = None
    date_from: _dt.date | None = None
    date_to: _dt.date | None = None
    method: str = ""
    username: str = ""
    reason: str = ""
    text: str = ""


@dataclass(frozen=True)
class ContactRow:
    """One contact as the list shows it; ``by`` is the name of who logged it."""

    id: int
    at: _dt.datetime
    customer_id: int
    customer_code: str
    customer_name: str
    task_id: int | None
    method: str
    person: str
    summary: str
    answer: str
    reason: str
    next_step: str
    next_date: _dt.date | None
    username: str
    by: str


def _sort_column(sort: str):
    columns = {"at": ContactLog.at, "customer": Customer.code, "customer_name": Customer.name,
               "method": ContactLog.method}
    if sort not in columns:
        raise ValueError(f"unknown contact sort key {sort!r}; expected one of {', '.join(SORT_KEYS)}")
    return columns[sort]


def _where(filters: ContactFilter) -> list[pw.Expression]:
    conds: list[pw.Expression] = []
    if filters.customer_id is not None:
        conds.append(ContactLog.customer == filters.customer_id)
    if filters.date_from is not None:
        conds.append(ContactLog.at >= timestamp(_dt.datetime.combine(filters.date_from, _dt.time())))
    if filters.date_to is not None:
        conds.append(ContactLog.at < timestamp(_dt.datetime.combine(filters.date_to + _dt.timedelta(days=1),
                                                                 _dt.time())))
    method = (filters.method or "").strip()
    if method:
        if method not in vocab.CONTACT_METHODS:
            raise ValueError(f"unknown contact method {method!r}")
        conds.append(ContactLog.method == method)
    if filters.username:
        conds.append(ContactLog.username == filters.username)
    reason = (filters.reason or "").strip()
    if reason:
        if reason not in vocab.NONPAYMENT_REASONS:
            raise ValueError(f"unknown contact reason {reason!r}")
        conds.append(ContactLog.reason == reason)
    text = (filters.text or "").strip()
    if text:
        conds.append(ContactLog.summary.contains(text) | ContactLog.answer.contains(text)
                     | ContactLog.person.contains(text) | Customer.code.contains(text)
                     | Customer.name.contains(text))
    return conds


def _query(filters: ContactFilter, sort: str, descending: bool) -> pw.ModelSelect:
    column = _sort_column(sort)
    query = (ContactLog.select(ContactLog.id, ContactLog.at, ContactLog.customer, Customer.code, Customer.name,
                               ContactLog.task, ContactLog.method, ContactLog.person, ContactLog.summary,
                               ContactLog.answer, ContactLog.reason, ContactLog.next_step, ContactLog.next_date,
                               ContactLog.username)
             .join(Customer, on=(ContactLog.customer == Customer.id)))
    conds = _where(filters)
    if conds:
        query = query.where(*conds)
    order = [column.desc(), ContactLog.id.desc()] if descending else [column.asc(), ContactLog.id.asc()]
    if sort != "at":
        order.insert(1, ContactLog.at.desc() if descending else ContactLog.at.asc())
    return query.order_by(*order)


def contact_page(filters: ContactFilter | None = None, sort: str = DEFAULT_SORT, descending: bool = True,
                 offset: int = 0, limit: int | None = 200) -> list[ContactRow]:
    """Up to ``limit`` contacts from ``offset`` (all of them when None), newest first by
    default; who logged each by the user's name."""
    if offset < 0 or (limit is not None and limit < 0):
        raise ValueError("offset and limit must be zero or more")
    who = people()
    rows = _query(filters or ContactFilter(), sort, descending).offset(offset).limit(limit).tuples()
    return [ContactRow(r[0], as_datetime(r[1]), r[2], r[3], r[4], r[5], r[6], r[7] or "", r[8] or "", r[9] or "",
                       r[10] or "", r[11] or "", as_date(r[12]) if r[12] else None, r[13] or "", person(who, r[13]))
            for r in rows]


def contact_count(filters: ContactFilter | None = None) -> int:
    """How many contacts the filter matches."""
    query = (ContactLog.select(pw.fn.COUNT(pw.SQL("*")))
             .join(Customer, on=(ContactLog.customer == Customer.id)))
    conds = _where(filters or ContactFilter())
    if conds:
        query = query.where(*conds)
    return int(query.scalar() or 0)
