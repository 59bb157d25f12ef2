"""The credit record (信誉记录表): how each customer has paid, invoice by invoice.

For every posted invoice issued in a period (voided ones left out): due date, amount,
the date it was repaid, days to pay and days overdue, as of a date; and per customer
the rating, the share paid on time and the average days late.

* Date repaid: the date of the allocation that brought the invoice to zero (the last
  time it reached zero, if a reversal reopened it), counting allocations dated by the
  as-of date; empty while anything is still owed.
* Days to pay: date repaid − issue date.
* Days overdue: (date repaid, or the as-of date while unpaid) − due date, never below 0.
* Per customer, over the invoices due by the as-of date (as the credit score counts
  them): share paid on time (repaid by the due date) and average days overdue.

One query for the whole book: allocations are summed per invoice and day, and a
running sum (a window function, on SQLite and PostgreSQL alike) finds the day each
invoice was paid off.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from arapp import clock
from arapp.db import lookups
from arapp.db.database import db
from arapp.db.values import as_date
from arapp.domain.dates import add_months
from arapp.errors import ValidationError
from arapp.i18n import tr, trn
from arapp.reports.company import company_name
from arapp.reports.table import Column, ReportTable, ratio

__all__ = ["CreditLine", "CustomerCredit", "credit_lines", "credit_record_report", "credit_record_title",
           "customer_summaries", "default_period"]


@dataclass(frozen=True)
class CreditLine:
    invoice_id: int
    number: str
    customer_id: int
    customer_code: str
    customer_name: str
    rating: str
    issue_date: _dt.date
    due_date: _dt.date
    amount: int                       # invoice total, fen
    paid: int                         # allocated by the as-of date, fen
    repaid_on: _dt.date | None
    as_of: _dt.date

    @property
    def open_amount(self) -> int:
        return self.amount - self.paid

    @property
    def days_to_pay(self) -> int | None:
        return None if self.repaid_on is None else (self.repaid_on - self.issue_date).days

    @property
    def days_overdue(self) -> int:
        end = self.repaid_on or self.as_of
        return max(0, (end - self.due_date).days)

    @property
    def judged(self) -> bool:
        """Due by the as-of date: counts in the on-time share and the average."""
        return self.due_date <= self.as_of

    @property
    def on_time(self) -> bool:
        return self.repaid_on is not None and self.repaid_on <= self.due_date


@dataclass
class CustomerCredit:
    customer_id: int
    code: str
    name: str
    rating: str
    credit_limit: int | None
    terms_days: int
    lines: list[CreditLine] = field(default_factory=list)

    @property
    def invoices(self) -> int:
        return len(self.lines)

    @property
    def billed(self) -> int:
        return sum(x.amount for x in self.lines)

    @property
    def open_amount(self) -> int:
        return sum(x.open_amount for x in self.lines)

    @property
    def due_lines(self) -> list[CreditLine]:
        return [x for x in self.lines if x.judged]

    @property
    def on_time_share(self) -> Decimal | None:
        due = self.due_lines
        return ratio(sum(1 for x in due if x.on_time), len(due))

    @property
    def average_days_late(self) -> Decimal | None:
        due = self.due_lines
        if not due:
            return None
        return Decimal(sum(x.days_overdue for x in due)) / Decimal(len(due))

    @property
    def max_days_overdue(self) -> int:
        return max((x.days_overdue for x in self.lines), default=0)


def default_period(as_of: _dt.date) -> tuple[_dt.date, _dt.date]:
    """Twelve calendar months ending with the as-of date's month (up to the as-of date)."""
    return add_months(as_of.replace(day=1), -11), as_of


def credit_lines(date_from: _dt.date, date_to: _dt.date, as_of: _dt.date | None = None,
                 customer_ids: Iterable[int] | None = None) -> list[CreditLine]:
    """One line per posted invoice issued from ``date_from`` to ``date_to`` (voided ones
    left out), paid or not as of ``as_of`` (default ``date_to``); by customer code, issue date."""
    when = as_of or date_to
    p = db.obj.param
    ids = None if customer_ids is None else list(customer_ids)
    flt, fparams = "", []
    if ids is not None:
        if not ids:
            return []
        flt = f" AND i.customer_id IN ({', '.join([p] * len(ids))})"
        fparams = ids
    sql = (
        "WITH inv AS ("
        "  SELECT i.id, i.customer_id, i.number, i.issue_date, i.due_date, i.total FROM invoice i"
        f"  WHERE i.status NOT IN ('draft', 'void') AND i.issue_date >= {p} AND i.issue_date <= {p}"
        f"  AND i.issue_date <= {p}{flt}"
        "), daily AS ("
        "  SELECT a.invoice_id, a.date AS day, SUM(a.amount) AS s"
        f"  FROM allocation a JOIN inv ON inv.id = a.invoice_id WHERE a.date <= {p}"
        "  GROUP BY a.invoice_id, a.date"
        "), run AS ("
        "  SELECT d.invoice_id, d.day, d.s, inv.total,"
        "         SUM(d.s) OVER (PARTITION BY d.invoice_id ORDER BY d.day) AS cum"
        "  FROM daily d JOIN inv ON inv.id = d.invoice_id"
        "), paid AS ("
        "  SELECT invoice_id, SUM(s) AS paid,"
        "         MAX(CASE WHEN cum >= total AND cum - s < total THEN day END) AS repaid"
        "  FROM run GROUP BY invoice_id"
        ") "
        "SELECT inv.id, inv.number, inv.customer_id, c.code, c.name, c.credit_rating, inv.issue_date,"
        " inv.due_date, inv.total, COALESCE(paid.paid, 0), paid.repaid "
        "FROM inv JOIN customer c ON c.id = inv.customer_id LEFT JOIN paid ON paid.invoice_id = inv.id "
        "ORDER BY c.code, inv.issue_date, inv.id"
    )
    params = [date_from.isoformat(), date_to.isoformat(), when.isoformat(), *fparams, when.isoformat()]
    out = []
    for iid, number, cid, code, name, rating, issue, due, total, paid, repaid in db.execute_sql(sql, params):
        total, paid = int(total), int(paid)
        repaid_on = as_date(repaid) if paid >= total else None
        out.append(CreditLine(iid, number or "", cid, code, name, rating or "", as_date(issue), as_date(due),
                              total, paid, repaid_on, when))
    return out


def customer_summaries(lines: list[CreditLine]) -> list[CustomerCredit]:
    """The lines grouped per customer (in the lines' order), with limit and terms."""
    out: dict[int, CustomerCredit] = {}
    for x in lines:
        c = out.get(x.customer_id)
        if c is None:
            c = out[x.customer_id] = CustomerCredit(x.customer_id, x.customer_code, x.customer_name, x.rating,
                                                    None, 0)
        c.lines.append(x)
    ids = list(out)
    p = db.obj.param
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        for cid, limit, terms in db.execute_sql(
                f"SELECT id, credit_limit, payment_terms_days FROM customer WHERE id IN ({', '.join([p] * len(chunk))})",
                chunk).fetchall():
            out[cid].credit_limit = None if limit is None else int(limit)
            out[cid].terms_days = int(terms or 0)
    return list(out.values())


def credit_record_title() -> str:
    return tr("reports", "Credit record")


def credit_record_report(date_from: _dt.date | None = None, date_to: _dt.date | None = None, *,
                         as_of: _dt.date | None = None, customer_ids: Iterable[int] | None = None,
                         customer: int | str | None = None, summary_only: bool = False,
                         company: str | None = None) -> list[ReportTable]:
    """The credit record: a summary per customer, then every invoice of the period.

    What the manager chooses (nothing in the books changes):

    - the period: invoices issued from ``date_from`` to ``date_to``; by default the
      twelve calendar months ending with the as-of date's month (a ``date_to`` alone
      starts twelve months back, a ``date_from`` alone runs to the as-of date);
    - ``as_of``: paid or not as of that day; default ``date_to``, never after today;
    - ``customer`` (a code or an id): that one customer's lines only, named in the
      subtitle; ``customer_ids`` filters to several;
    - ``summary_only``: the summary by customer without the invoice lines (one table).

    Refused (ValidationError naming the field): a period that ends before it starts, an
    as-of date before the period starts, an unknown customer (NotFound).
    """
    today = clock.today()
    when = as_of or (min(date_to, today) if date_to else today)
    if date_from is None and date_to is None:
        date_from, date_to = default_period(when)
    elif date_from is None:
        date_from = add_months(date_to.replace(day=1), -11)
    elif date_to is None:
        date_to = max(when, date_from)
    if date_from > date_to:
        raise ValidationError(tr("reports", "The period's start {start} is after its end {end}",
                                 start=date_from.isoformat(), end=date_to.isoformat()), field="date_from")
    if when < date_from:
        raise ValidationError(tr("reports", "The as-of date {as_of} is before the period starts on {start}",
                                 as_of=when.isoformat(), start=date_from.isoformat()), field="as_of")
    company = company_name() if company is None else company
    who = None
    if customer is not None and customer != "":
        who = lookups.customer(customer)
        customer_ids = [who.id]
    lines = credit_lines(date_from, date_to, when, customer_ids)
    customers = customer_summaries(lines)
    period = tr("reports", "Invoices issued from {start} to {end}; paid or not as of {as_of}",
                start=date_from.isoformat(), end=date_to.isoformat(), as_of=when.isoformat())
    subtitle = [period]
    if who is not None:
        subtitle.append(tr("reports", "Customer: {code} {name}", code=who.code, name=who.name))
    common = {"company": company, "as_of": when, "subtitle": subtitle, "signature": True}

    all_due = [x for x in lines if x.judged]
    overall_share = ratio(sum(1 for x in all_due if x.on_time), len(all_due))
    overall_late = (Decimal(sum(x.days_overdue for x in all_due)) / Decimal(len(all_due))) if all_due else None

    summary = ReportTable(
        title=tr("reports", "Credit record: summary by customer"),
        columns=[
            Column("code", tr("reports", "Customer code")),
            Column("name", tr("reports", "Customer")),
            Column("rating", tr("reports", "Rating")),
            Column("limit", tr("reports", "Credit limit"), "money"),
            Column("terms", tr("reports", "Terms (days)"), "int"),
            Column("invoices", tr("reports", "Invoices"), "int"),
            Column("billed", tr("reports", "Amount billed"), "money"),
            Column("open", tr("reports", "Still owed"), "money", blank_zero=True),
            Column("on_time", tr("reports", "Paid on time"), "percent"),
            Column("avg_late", tr("reports", "Average days late"), "number"),
            Column("max_late", tr("reports", "Most days overdue"), "int"),
        ],
        rows=[[c.code, c.name, c.rating, c.credit_limit, c.terms_days, c.invoices, c.billed, c.open_amount,
               c.on_time_share, c.average_days_late, c.max_days_overdue] for c in customers],
        totals=[tr("reports", "Total"), trn("reports", "{n} customer", "{n} customers", len(customers)), None, None, None,
                len(lines), sum(c.billed for c in customers), sum(c.open_amount for c in customers),
                overall_share, overall_late, None],        # a maximum is no total: blank
        footnotes=[tr("reports", "Paid on time and average days late count the invoices due by the as-of "
                                 "date; an unpaid invoice is late by the days since its due date.")],
        sheet_name=tr("reports", "Credit summary"), **common,
    )
    if summary_only:
        return [summary]
    detail = ReportTable(
        title=tr("reports", "Credit record: invoices"),
        columns=[
            Column("code", tr("reports", "Customer code")),
            Column("name", tr("reports", "Customer")),
            Column("rating", tr("reports", "Rating")),
            Column("number", tr("reports", "Invoice no.")),
            Column("issue_date", tr("reports", "Issue date"), "date"),
            Column("due_date", tr("reports", "Due date"), "date"),
            Column("amount", tr("reports", "Amount"), "money"),
            Column("repaid", tr("reports", "Date repaid"), "date"),
            Column("days_to_pay", tr("reports", "Days to pay"), "int"),
            Column("days_overdue", tr("reports", "Days overdue"), "int"),
            Column("open", tr("reports", "Still owed"), "money", blank_zero=True),
        ],
        rows=[[x.customer_code, x.customer_name, x.rating, x.number, x.issue_date, x.due_date, x.amount,
               x.repaid_on, x.days_to_pay, x.days_overdue, x.open_amount] for x in lines],
        totals=[tr("reports", "Total"), None, None, trn("reports", "{n} invoice", "{n} invoices", len(lines)), None, None,
                sum(x.amount for x in lines), None, None, None, sum(x.open_amount for x in lines)],
        footnotes=[tr("reports", "Date repaid: the day the invoice was paid off; days to pay from the issue "
                                 "date; days overdue to the repayment, or to the as-of date while unpaid.")],
        sheet_name=tr("reports", "Credit record"), **common,
    )
    return [summary, detail]
