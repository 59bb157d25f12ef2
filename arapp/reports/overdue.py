"""The weekly overdue report (逾期报表), prepared every Friday.

Which customers are overdue as of a date, and with which invoices: the collector in
charge, each invoice's due date, days overdue and overdue amount, most overdue first.
Two tables: the customers (one line each) and the invoices behind them.

Amounts are what was still owed at the end of the as-of date on invoices whose due
date had passed (due before the as-of date), computed as the aging report computes
them, so the total equals the aging report's overdue total for the same date.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass

from arapp import clock, names
from arapp.db.database import db
from arapp.db.ledger_sql import credit_pieces_sql, open_pieces_sql
from arapp.db.values import as_date
from arapp.i18n import tr, trn
from arapp.reports.company import company_name
from arapp.reports.table import Column, ReportTable

__all__ = ["ContactInfo", "OverdueInvoice", "last_contacts", "most_recent_friday", "overdue_invoices",
           "weekly_overdue_report"]

FRIDAY = 4


def most_recent_friday(today: _dt.date | None = None) -> _dt.date:
    """The Friday on or before ``today``: the weekly report's default as-of date."""
    today = today or clock.today()
    return today - _dt.timedelta(days=(today.weekday() - FRIDAY) % 7)


@dataclass(frozen=True)
class ContactInfo:
    """The latest collection contact with a customer and the payment they promised."""

    last_contact: _dt.date | None = None
    promised_date: _dt.date | None = None
    promised_amount: int | None = None     # fen


def last_contacts(customer_ids: Iterable[int], as_of: _dt.date | None = None) -> dict[int, ContactInfo]:
    """Latest contact and promised payment per customer, from the collection log.

    ``last_contact`` is the day of the latest contact logged up to the end of ``as_of``
    (any time when None); ``promised_date`` and ``promised_amount`` are those of the
    latest promise to pay made by then and not yet judged kept, broken or replaced on
    that day (today: the promise still open). Customers with neither are left out.
    Two queries for all the given customers.
    """
    ids = sorted(set(customer_ids))
    if not ids:
        return {}
    p = db.obj.param
    contacts: dict[int, _dt.date] = {}
    promises: dict[int, tuple[_dt.date, int]] = {}
    for start in range(0, len(ids), 800):
        chunk = ids[start:start + 800]
        flt = f"customer_id IN ({', '.join([p] * len(chunk))})"
        sql = f"SELECT customer_id, MAX(at) FROM contact_log WHERE {flt}"
        params: list = list(chunk)
        if as_of is not None:
            sql += f" AND at < {p}"
            params.append((as_of + _dt.timedelta(days=1)).isoformat())
        for cid, at in db.execute_sql(sql + " GROUP BY customer_id", params).fetchall():
            if at is not None:
                contacts[cid] = at.date() if isinstance(at, _dt.datetime) else as_date(at)
        if as_of is None:
            sql = (f"SELECT customer_id, promised_date, amount FROM promise_to_pay WHERE {flt} "
                   f"AND status = {p} ORDER BY id")
            params = [*chunk, "open"]
        else:
            sql = (f"SELECT customer_id, promised_date, amount FROM promise_to_pay WHERE {flt} "
                   f"AND made_on <= {p} AND (evaluated_on IS NULL OR evaluated_on > {p}) ORDER BY id")
            params = [*chunk, as_of.isoformat(), as_of.isoformat()]
        for cid, promised, amount in db.execute_sql(sql, params).fetchall():
            promises[cid] = (as_date(promised), int(amount))
    out = {}
    for cid in set(contacts) | set(promises):
        promise = promises.get(cid)
        out[cid] = ContactInfo(contacts.get(cid), promise[0] if promise else None, promise[1] if promise else None)
    return out


@dataclass(frozen=True)
class OverdueInvoice:
    invoice_id: int
    number: str
    customer_id: int
    customer_code: str
    customer_name: str
    collector: str
    phone: str
    due_date: _dt.date
    days_overdue: int
    amount: int        # fen still owed at the end of the as-of date


def _pieces(when: _dt.date) -> tuple[str, list]:
    # The aging report's rule for a given date (today's too): recomputed, so documents
    # dated after it (a post-dated cheque, next month's bills) are left out.
    return open_pieces_sql(db.obj.param, when)


def overdue_invoices(as_of: _dt.date) -> list[OverdueInvoice]:
    """Invoices with money owed after their due date, as of the end of ``as_of``;
    most days overdue first, then the larger amount."""
    p = db.obj.param
    pieces, params = _pieces(as_of)
    sql = (
        "SELECT o.invoice_id, i.number, o.customer_id, c.code, c.name, "
        "u.username, u.display_name, c.phone, i.due_date, o.amount "
        "FROM (SELECT x.invoice_id, x.customer_id, SUM(x.amount) AS amount "
        f"      FROM ({pieces}) x WHERE x.due_date < {p} "
        "      GROUP BY x.invoice_id, x.customer_id HAVING SUM(x.amount) > 0) o "
        "JOIN invoice i ON i.id = o.invoice_id "
        "JOIN customer c ON c.id = o.customer_id "
        "LEFT JOIN app_user u ON u.id = c.collector_id"
    )
    out = []
    for iid, number, cid, code, name, username, display, phone, due, amount in db.execute_sql(
            sql, [*params, as_of.isoformat()]).fetchall():
        due = as_date(due)
        collector = names.user_name(username, display) if username else ""
        out.append(OverdueInvoice(iid, number or "", cid, code, name, collector, phone or "",
                                  due, (as_of - due).days, int(amount)))
    out.sort(key=lambda r: (-r.days_overdue, -r.amount, r.number))
    return out


def _credits(as_of: _dt.date, customer_ids: set[int]) -> dict[int, int]:
    if not customer_ids:
        return {}
    p = db.obj.param
    credits, params = credit_pieces_sql(p, as_of)
    out: dict[int, int] = {}
    for cid, amount in db.execute_sql(
            f"SELECT c.customer_id, SUM(c.amount) FROM ({credits}) c GROUP BY c.customer_id", params).fetchall():
        if cid in customer_ids and amount:
            out[cid] = int(amount)
    return out


def weekly_overdue_report(as_of: _dt.date | None = None, *, company: str | None = None) -> list[ReportTable]:
    """The Friday overdue report: overdue customers, then their overdue invoices.

    ``as_of`` defaults to the most recent Friday on or before today.
    """
    when = as_of or most_recent_friday()
    company = company_name() if company is None else company
    items = overdue_invoices(when)
    ids = {r.customer_id for r in items}
    contacts = last_contacts(sorted(ids), when)
    credits = _credits(when, ids)

    per_customer: dict[int, dict] = {}
    for r in items:
        c = per_customer.setdefault(r.customer_id, {
            "code": r.customer_code, "name": r.customer_name, "collector": r.collector, "phone": r.phone,
            "count": 0, "amount": 0, "days": 0})
        c["count"] += 1
        c["amount"] += r.amount
        c["days"] = max(c["days"], r.days_overdue)
    customers = sorted(per_customer.items(), key=lambda kv: (-kv[1]["days"], -kv[1]["amount"], kv[1]["code"]))

    subtitle = [tr("reports", "Invoices past their due date and still unpaid at the end of {date} ({weekday})",
                   date=when.isoformat(), weekday=_weekday(when))]
    contact_note = tr("reports", "Last contact: the latest contact in the collection log up to the report date. "
                                 "Promised date: the customer's promise to pay still open on that date.")
    total_amount = sum(r.amount for r in items)

    summary = ReportTable(
        title=tr("reports", "Overdue customers"),
        columns=[
            Column("code", tr("reports", "Customer code")),
            Column("name", tr("reports", "Customer")),
            Column("collector", tr("reports", "Collector")),
            Column("phone", tr("reports", "Phone")),
            Column("invoices", tr("reports", "Overdue invoices"), "int"),
            Column("max_days", tr("reports", "Most days overdue"), "int"),
            Column("overdue", tr("reports", "Overdue amount"), "money"),
            Column("credit", tr("reports", "Advance payments"), "money", blank_zero=True),
            Column("last_contact", tr("reports", "Last contact"), "date"),
            Column("promised_date", tr("reports", "Promised date"), "date"),
        ],
        rows=[[c["code"], c["name"], c["collector"], c["phone"], c["count"], c["days"], c["amount"],
               credits.get(cid, 0), contacts.get(cid, ContactInfo()).last_contact,
               contacts.get(cid, ContactInfo()).promised_date] for cid, c in customers],
        company=company, as_of=when, subtitle=subtitle,
        # A sum row: counts and amounts; the most days overdue is no sum and stays blank.
        totals=[tr("reports", "Total"), trn("reports", "{n} customer", "{n} customers", len(customers)), None, None, len(items),
                None, total_amount, sum(credits.values()), None, None],
        footnotes=[tr("reports", "Sorted by days overdue, then amount. Amounts in yuan."), contact_note],
        sheet_name=tr("reports", "Overdue customers"), signature=True,
    )
    detail = ReportTable(
        title=tr("reports", "Overdue invoices"),
        columns=[
            Column("code", tr("reports", "Customer code")),
            Column("name", tr("reports", "Customer")),
            Column("collector", tr("reports", "Collector")),
            Column("number", tr("reports", "Invoice no.")),
            Column("due_date", tr("reports", "Due date"), "date"),
            Column("days", tr("reports", "Days overdue"), "int"),
            Column("amount", tr("reports", "Overdue amount"), "money"),
            Column("last_contact", tr("reports", "Last contact"), "date"),
            Column("promised_date", tr("reports", "Promised date"), "date"),
        ],
        rows=[[r.customer_code, r.customer_name, r.collector, r.number, r.due_date, r.days_overdue, r.amount,
               contacts.get(r.customer_id, ContactInfo()).last_contact,
               contacts.get(r.customer_id, ContactInfo()).promised_date] for r in items],
        company=company, as_of=when, subtitle=subtitle,
        totals=[tr("reports", "Total"), None, None, trn("reports", "{n} invoice", "{n} invoices", len(items)), None, None,
                total_amount, None, None],
        footnotes=[tr("reports", "Sorted by days overdue, then amount. Amounts in yuan."), contact_note],
        sheet_name=tr("reports", "Overdue invoices"), signature=True,
    )
    return [summary, detail]


def weekly_overdue_title() -> str:
    return tr("reports", "Weekly overdue report")


def _weekday(d: _dt.date) -> str:
    names = (tr("reports", "Monday"), tr("reports", "Tuesday"), tr("reports", "Wednesday"), tr("reports", "Thursday"),
             tr("reports", "Friday"), tr("reports", "Saturday"), tr("reports", "Sunday"))
    return names[d.weekday()]
