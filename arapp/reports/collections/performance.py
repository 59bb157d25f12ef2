"""Collector performance (考核) for a month: tasks completed, contacts, money collected
after a contact, promises kept and broken, and the portfolio at the month's end.

Collected after a contact (the rule, :func:`credited_collectors`): a receipt (not
reversed) dated in the month counts for a collector who had contact with the customer
before the money came, within 30 days before the receipt's date. "Before": the receipt
is dated after the day of the contact, or on that same day and recorded in the books
(the receipt's ``created_at``) after the time of the contact (the contact log's
``at``). Money already in the books when the call was made (a receipt recorded that
morning, or dated before the contact) is not collected by it. Both times are the books'
clock (:func:`arapp.clock.now`), so they compare.

The month is a calendar month. The current month is reported up to today and says so
(the title's date is today, not the month's last day); a month that has not begun has
nothing to report. With no month the faces ask for the last full month
(:func:`arapp.reports.catalog.last_full_month`).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from decimal import Decimal

from arapp import clock, names
from arapp.db.database import db
from arapp.db.ledger_sql import open_pieces_sql
from arapp.db.models import User
from arapp.domain.dates import month_bounds
from arapp.i18n import tr
from arapp.reports.collections.common import as_date, as_datetime, chunks, in_list
from arapp.reports.company import company_name
from arapp.reports.table import Column, ReportTable, ratio


@dataclass
class CollectorFigures:
    """One collector's month. Collected: receipts dated in the month that came after the
    collector's contact with the customer, within 30 days (the module's rule). Promises: those the collector
    recorded that were judged kept or broken in the month. Portfolio: the customers
    assigned to the collector, at the end of the month."""

    username: str
    name: str
    tasks_completed: int = 0
    contacts: int = 0
    collected_after_contact: int = 0
    promises_kept: int = 0
    promises_broken: int = 0
    portfolio_open: int = 0
    portfolio_overdue: int = 0

    @property
    def kept_rate(self) -> Decimal | None:
        return ratio(self.promises_kept, self.promises_kept + self.promises_broken)

    @property
    def overdue_ratio(self) -> Decimal | None:
        return ratio(self.portfolio_overdue, self.portfolio_open)


COLLECTED_WINDOW_DAYS = 30


def credited_collectors(received_on: _dt.date, recorded_at: _dt.datetime,
                        contacts: list[tuple[_dt.datetime, str]]) -> set[str]:
    """Who collected a receipt dated ``received_on`` and recorded at ``recorded_at``: each
    collector with a contact (time, username) in the 30 days before it, and before the
    money came: on an earlier day, or the same day at a time before the receipt was
    recorded. A receipt recorded before the same-day contact is nobody's collection."""
    out = set()
    for at, who in contacts:
        days = (received_on - at.date()).days
        if 0 < days <= COLLECTED_WINDOW_DAYS or (days == 0 and recorded_at > at):
            out.add(who)
    return out


def collector_performance(month: str) -> list[CollectorFigures]:
    """Collector performance for a month (``2026-03``): one row per collector (every user
    whose role is collector, and anyone else who completed tasks, logged contacts,
    recorded judged promises or holds a portfolio), by username. The current month's
    figures run to today; the portfolio is today's."""
    first, last = month_bounds(month, field="month")
    p = db.obj.param
    users = {u.username: u for u in User.select()}
    figs: dict[str, CollectorFigures] = {}

    def fig(username: str) -> CollectorFigures:
        f = figs.get(username)
        if f is None:
            u = users.get(username)
            f = figs[username] = CollectorFigures(username, names.user_name(u.username, u.display_name) if u else username)
        return f

    for u in users.values():
        if u.role == "collector" and u.active:
            fig(u.username)
    next_day = (last + _dt.timedelta(days=1)).isoformat()
    for who, n in db.execute_sql(
            f"SELECT closed_by, COUNT(*) FROM collection_task WHERE status = {p} AND closed_on >= {p} "
            f"AND closed_on <= {p} GROUP BY closed_by", ["done", first.isoformat(), last.isoformat()]).fetchall():
        if who:
            fig(who).tasks_completed = int(n)
    for who, n in db.execute_sql(
            f"SELECT username, COUNT(*) FROM contact_log WHERE at >= {p} AND at < {p} GROUP BY username",
            [first.isoformat(), next_day]).fetchall():
        fig(who).contacts = int(n)
    for who, status, n in db.execute_sql(
            f"SELECT created_by, status, COUNT(*) FROM promise_to_pay WHERE status IN ({p}, {p}) "
            f"AND evaluated_on >= {p} AND evaluated_on <= {p} GROUP BY created_by, status",
            ["kept", "broken", first.isoformat(), last.isoformat()]).fetchall():
        if status == "kept":
            fig(who).promises_kept = int(n)
        else:
            fig(who).promises_broken = int(n)

    # Money collected within 30 days after a contact by the collector (see the module's rule).
    window_start = first - _dt.timedelta(days=COLLECTED_WINDOW_DAYS)
    contacts: dict[int, list[tuple[_dt.datetime, str]]] = {}
    for cid, at, who in db.execute_sql(
            f"SELECT customer_id, at, username FROM contact_log WHERE at >= {p} AND at < {p}",
            [window_start.isoformat(), next_day]).fetchall():
        contacts.setdefault(cid, []).append((as_datetime(at).replace(tzinfo=None), who))
    if contacts:
        ids = sorted(contacts)
        for chunk in chunks(ids):
            for cid, date, amount, created in db.execute_sql(
                    f"SELECT customer_id, date, amount, created_at FROM receipt WHERE status = {p} AND date >= {p} "
                    f"AND date <= {p} AND {in_list('customer_id', chunk, p)}",
                    ["posted", first.isoformat(), last.isoformat(), *chunk]).fetchall():
                recorded = as_datetime(created).replace(tzinfo=None)
                for who in credited_collectors(as_date(date), recorded, contacts[cid]):
                    fig(who).collected_after_contact += int(amount)

    # Portfolio at the end of the month.
    today = clock.today()
    when = today if last >= today else last      # the current month: today's figures
    pieces, pparams = open_pieces_sql(p, None if when == today else when)
    sql = (f"SELECT cu.collector_id, SUM(x.amount), SUM(CASE WHEN x.due_date < {p} THEN x.amount ELSE 0 END) "
           f"FROM ({pieces}) x JOIN customer cu ON cu.id = x.customer_id "
           f"WHERE cu.collector_id IS NOT NULL GROUP BY cu.collector_id")
    by_id = {u.id: u.username for u in users.values()}
    for uid, total, overdue in db.execute_sql(sql, [when.isoformat(), *pparams]).fetchall():
        name = by_id.get(uid)
        if name and total:
            f = fig(name)
            f.portfolio_open = int(total or 0)
            f.portfolio_overdue = int(overdue or 0)
    return sorted(figs.values(), key=lambda f: f.username)


def collector_performance_table(month: str, *, company: str | None = None) -> ReportTable:
    """Collector performance as a table for the tab, Excel and PDF."""
    figs = collector_performance(month)
    first, last = month_bounds(month, field="month")
    today = clock.today()
    subtitle = [tr("collections", "Month {month} ({first} to {last})", month=f"{first.year:04d}-{first.month:02d}",
                   first=first.isoformat(), last=last.isoformat())]
    if first > today:
        subtitle.append(tr("collections", "This month has not begun: there is nothing to report yet."))
    elif last > today:
        subtitle.append(tr("collections", "The month is not over: figures up to today, {today}.",
                           today=today.isoformat()))
    rows = [[f.name, f.tasks_completed, f.contacts, f.collected_after_contact, f.promises_kept, f.promises_broken,
             f.kept_rate, f.portfolio_open, f.portfolio_overdue, f.overdue_ratio] for f in figs]
    total = CollectorFigures("", "")
    for f in figs:
        total.tasks_completed += f.tasks_completed
        total.contacts += f.contacts
        total.promises_kept += f.promises_kept
        total.promises_broken += f.promises_broken
        total.portfolio_open += f.portfolio_open
        total.portfolio_overdue += f.portfolio_overdue
    return ReportTable(
        title=tr("collections", "Collector performance"),
        columns=[
            Column("collector", tr("collections", "Collector")),
            Column("tasks", tr("collections", "Tasks completed"), "int"),
            Column("contacts", tr("collections", "Contacts logged"), "int"),
            Column("collected", tr("collections", "Collected after a contact"), "money"),
            Column("kept", tr("collections", "Promises kept"), "int"),
            Column("broken", tr("collections", "Promises broken"), "int"),
            Column("kept_rate", tr("collections", "Promise-kept rate"), "percent"),
            Column("open", tr("collections", "Portfolio balance"), "money"),
            Column("overdue", tr("collections", "Portfolio overdue"), "money"),
            Column("overdue_ratio", tr("collections", "Overdue ratio"), "percent"),
        ],
        rows=rows,
        company=company_name() if company is None else company,
        as_of=min(last, today),
        subtitle=subtitle,
        totals=[tr("collections", "Total"), total.tasks_completed, total.contacts,
                sum(f.collected_after_contact for f in figs), total.promises_kept, total.promises_broken,
                total.kept_rate, total.portfolio_open, total.portfolio_overdue, total.overdue_ratio],
        footnotes=[tr("collections", "Collected: receipts dated in the month that came after a contact by the "
                                     "collector within the 30 days before: dated after the day of the contact, or "
                                     "that same day and recorded after the contact's time (money already recorded "
                                     "when the call was made does not count). A receipt counts for every collector "
                                     "who contacted the customer, so the total may count a receipt more than once. "
                                     "Promises: judged in the month. Portfolio: customers assigned to the collector "
                                     "at the end of the month. Amounts in yuan.")],
        sheet_name=tr("collections", "Collector performance"), signature=True,
    )
