"""The printable reports by name, for the command line and the GUI's Reports menu.

``build_report`` returns a report's tables and ``report_title`` its document title;
``resolve_dates`` says which day and month it will use; ``ReportOptions`` holds what
the credit record offers beyond the date (a period, one customer, the summary only). Nothing here writes a file:
:func:`arapp.exports.export_report` writes a named report as PDF or Excel, so building
a report never loads ReportLab, openpyxl or matplotlib.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass

from arapp import clock
from arapp.domain.dates import add_months, month_bounds, parse_date
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.reports.aging_analysis import aging_analysis_report, aging_analysis_title
from arapp.reports.collections import collector_performance_table, nonpayment_reasons_table
from arapp.reports.credit_record import credit_record_report, credit_record_title
from arapp.reports.overdue import most_recent_friday, weekly_overdue_report, weekly_overdue_title
from arapp.reports.table import ReportTable

__all__ = ["REPORTS", "ReportOptions", "ReportSpec", "build_report", "last_full_month", "report_title",
           "resolve_dates"]


@dataclass(frozen=True)
class ReportOptions:
    """What a report offers beyond its date or month (only the credit record, today):
    invoices issued from ``date_from`` to ``date_to``, one ``customer`` (a code), and
    ``summary_only`` (the summary by customer without the invoice lines)."""

    date_from: _dt.date | None = None
    date_to: _dt.date | None = None
    customer: str | None = None
    summary_only: bool = False

    def given(self) -> bool:
        return self != ReportOptions()


@dataclass(frozen=True)
class ReportSpec:
    name: str
    title: Callable[[_dt.date, str], str]                     # (as_of, month) → document title
    build: Callable[[_dt.date, str, ReportOptions], list[ReportTable]]   # (as_of, month, options) → tables
    uses: str                                                 # "as_of" or "month": what the user picks
    description: Callable[[], str]
    takes_options: bool = False                               # ReportOptions apply (the credit record)


def _month_of(d: _dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


REPORTS: dict[str, ReportSpec] = {
    "weekly-overdue": ReportSpec(
        "weekly-overdue",
        title=lambda as_of, month: weekly_overdue_title(),
        build=lambda as_of, month, options: weekly_overdue_report(as_of),
        uses="as_of",
        description=lambda: tr("reports", "Weekly overdue report (逾期报表): overdue customers and invoices, "
                                          "as of a Friday"),
    ),
    "aging-analysis": ReportSpec(
        "aging-analysis",
        title=lambda as_of, month: aging_analysis_title(month),
        build=lambda as_of, month, options: aging_analysis_report(month),
        uses="month",
        description=lambda: tr("reports", "Monthly aging analysis report (账龄分析报告) for a month"),
    ),
    "credit-record": ReportSpec(
        "credit-record",
        title=lambda as_of, month: credit_record_title(),
        build=lambda as_of, month, options: _credit_record(as_of, month, options),
        uses="as_of",
        description=lambda: tr("reports", "Credit record (信誉记录表): each customer's invoices, repayment "
                                          "dates and days late"),
        takes_options=True,
    ),
    "collector-performance": ReportSpec(
        "collector-performance",
        title=lambda as_of, month: tr("collections", "Collector performance"),
        build=lambda as_of, month, options: [collector_performance_table(month)],
        uses="month",
        description=lambda: tr("reports", "Collector performance (考核) for a month: tasks completed, contacts, "
                                          "money collected after a contact, promises kept, overdue ratio"),
    ),
    "nonpayment-reasons": ReportSpec(
        "nonpayment-reasons",
        title=lambda as_of, month: tr("collections", "Reasons for not paying"),
        build=lambda as_of, month, options: [nonpayment_reasons_table(month)],
        uses="month",
        description=lambda: tr("reports", "Reasons for not paying (未付款原因) for a month: the contacts by the "
                                          "reason the customer gave"),
    ),
}


def _credit_record(as_of: _dt.date, month: str | None, options: ReportOptions) -> list[ReportTable]:
    date_from, date_to = options.date_from, options.date_to
    if month and date_from is None and date_to is None:
        date_from, date_to = month_bounds(month)
    return credit_record_report(date_from, date_to, as_of=as_of, customer=options.customer,
                                summary_only=options.summary_only)


def last_full_month(today: _dt.date | None = None) -> str:
    """The last calendar month that has ended (``2026-11`` on 3 December 2026)."""
    today = today or clock.today()
    return _month_of(add_months(today.replace(day=1), -1))


def _spec(name: str) -> ReportSpec:
    spec = REPORTS.get(name)
    if spec is None:
        raise ValidationError(tr("reports", "Unknown report '{name}'; choose one of: {names}",
                                 name=name, names=", ".join(REPORTS)))
    return spec


def resolve_dates(name: str, as_of: _dt.date | str | None = None,
                  month: str | None = None) -> tuple[_dt.date, str | None]:
    """The as-of date and month a report will use when the user gave some, none or both.

    weekly-overdue: as of the date given, else the last day of the month given, else the
    most recent Friday. aging-analysis: the month given, else the as-of date's month,
    else the last complete month (as of that month's last day). credit-record: as of the
    date given, else the month's last day, else today; with a month, that month's invoices.
    collector-performance and nonpayment-reasons: the month given, else the as-of date's
    month, else the last full month (:func:`last_full_month`).
    """
    spec = _spec(name)
    when = parse_date(as_of, field="as_of") if isinstance(as_of, str) else as_of
    if month:
        _first, last = month_bounds(month, field="month")
        month = _month_of(last)
    if spec.name in ("collector-performance", "nonpayment-reasons"):
        month = month or (_month_of(when) if when is not None else last_full_month())
        return month_bounds(month)[1], month
    if spec.name == "aging-analysis":
        if not month:
            if when is not None:
                month = _month_of(when)
            else:
                month = last_full_month()
        return month_bounds(month)[1], month
    if when is None:
        if month:
            when = month_bounds(month)[1]
        else:
            when = most_recent_friday() if spec.name == "weekly-overdue" else clock.today()
    return when, month


def report_title(name: str, as_of: _dt.date | str | None = None, month: str | None = None) -> str:
    """The named report's document title for the day and month it will use."""
    when, month = resolve_dates(name, as_of, month)
    return _spec(name).title(when, month or _month_of(when))


def build_report(name: str, as_of: _dt.date | str | None = None, month: str | None = None,
                 options: ReportOptions | None = None) -> list[ReportTable]:
    """The named report's tables (read-only: nothing is written). ``options`` (a period,
    one customer, the summary only) are refused for a report that does not take them."""
    spec = _spec(name)
    options = options or ReportOptions()
    if options.given() and not spec.takes_options:
        raise ValidationError(tr("reports", "The report '{name}' takes no period, customer or summary option; "
                                            "only credit-record does", name=name), field="options")
    when, month = resolve_dates(name, as_of, month)
    if spec.name == "credit-record" and as_of is None and not month and options.date_to is not None:
        when = min(options.date_to, clock.today())      # a period alone: paid or not at its end
    return spec.build(when, month, options)
