"""Why customers have not paid, per month (未付款原因): the contacts logged in a month by
the reason the customer gave (disputed quality, no funds, waiting for approval, cannot
be reached, refuses), how many customers gave each, and its share of the contacts that
gave a reason."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from decimal import Decimal

from arapp import names
from arapp.db.database import db
from arapp.domain import vocabulary as vocab
from arapp.domain.dates import add_months, month_bounds
from arapp.i18n import tr
from arapp.reports.collections.common import timestamp
from arapp.reports.company import company_name
from arapp.reports.table import Column, ReportTable, ratio


@dataclass(frozen=True)
class ReasonFigures:
    """One reason in one month: contacts logged with it, and the customers who gave it."""

    reason: str                    # a code of vocabulary.NONPAYMENT_REASONS
    contacts: int
    customers: int
    share: Decimal | None          # of the month's contacts that gave a reason


@dataclass(frozen=True)
class ReasonsReport:
    """The month's reasons for not paying, every reason in the vocabulary's order (zeros
    too); ``without_reason`` counts the month's contacts that gave none."""

    month: str                     # YYYY-MM
    first: _dt.date
    last: _dt.date
    rows: tuple[ReasonFigures, ...]
    without_reason: int
    customers: int                 # customers who gave any reason in the month

    @property
    def contacts_with_reason(self) -> int:
        return sum(r.contacts for r in self.rows)


def nonpayment_reasons(month: str) -> ReasonsReport:
    """The reasons customers gave for not paying in ``month`` (``2026-03``), counted on
    the contact log by the contact's time."""
    first, last = month_bounds(month, field="month")
    start = _dt.datetime.combine(first, _dt.time())
    end = _dt.datetime.combine(add_months(first, 1), _dt.time())
    p = db.obj.param
    span = f"at >= {p} AND at < {p}"
    params = [timestamp(start), timestamp(end)]
    counts = {reason: (int(n), int(c)) for reason, n, c in db.execute_sql(
        f"SELECT reason, COUNT(*), COUNT(DISTINCT customer_id) FROM contact_log WHERE {span} GROUP BY reason",
        params).fetchall()}
    (givers,) = db.execute_sql(f"SELECT COUNT(DISTINCT customer_id) FROM contact_log WHERE {span} AND reason <> ''",
                               params).fetchone()
    with_reason = sum(n for reason, (n, _c) in counts.items() if reason)
    rows = tuple(ReasonFigures(code, counts.get(code, (0, 0))[0], counts.get(code, (0, 0))[1],
                               ratio(counts.get(code, (0, 0))[0], with_reason))
                 for code in vocab.NONPAYMENT_REASONS)
    return ReasonsReport(f"{first.year:04d}-{first.month:02d}", first, last, rows, counts.get("", (0, 0))[0],
                         int(givers or 0))


def nonpayment_reasons_table(month: str, *, company: str | None = None) -> ReportTable:
    """The month's reasons for not paying as a table for the tab, the terminal, Excel and PDF."""
    rep = nonpayment_reasons(month)
    return ReportTable(
        title=tr("collections", "Reasons for not paying"),
        columns=[
            Column("reason", tr("collections", "Reason")),
            Column("contacts", tr("collections", "Contacts"), "int"),
            Column("customers", tr("collections", "Customers"), "int"),
            Column("share", tr("collections", "Share of contacts with a reason"), "percent"),
        ],
        rows=[[names.nonpayment_reason(r.reason), r.contacts, r.customers, r.share] for r in rep.rows],
        company=company_name() if company is None else company,
        as_of=rep.last,
        subtitle=[tr("collections", "Month {month} ({first} to {last})", month=rep.month, first=rep.first.isoformat(),
                     last=rep.last.isoformat())],
        totals=[tr("collections", "Total"), rep.contacts_with_reason, rep.customers,
                ratio(rep.contacts_with_reason, rep.contacts_with_reason)],
        footnotes=[tr("collections", "Contacts logged in the month by the reason the customer gave for not paying; "
                                     "a customer who gave two reasons counts under both. Contacts without a "
                                     "reason: {n}.", n=rep.without_reason)],
        sheet_name=tr("collections", "Reasons for not paying"),
    )
