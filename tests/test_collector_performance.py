"""Collector performance (考核), issue #9: only money received after the collector's
contact counts as collected (a same-day receipt by the times the books recorded), the
default month is the last full one, and a month not over says so. SQLite, and
PostgreSQL when available."""

from __future__ import annotations

import datetime as dt

import pytest

from arapp import cli, clock
from arapp.db.models import User
from arapp.reports import catalog
from arapp.reports import collections as rc
from arapp.reports.collections.performance import credited_collectors
from arapp.services import collections as col
from arapp.services import customers, invoices, receipts
from arapp.services.context import Actor, acting_as

D = dt.date
T = dt.datetime
COLLECTOR = Actor("liuyang", "collector")


@pytest.fixture
def debtor(ledger_db):
    """A customer of 刘洋's owing 5,000.00 since 01-05 (due 02-04)."""
    user = User.create(username="liuyang", display_name="刘洋", role="collector")
    code = customers.create_customer(name="金桥电子有限公司", payment_terms_days=30, collector_id=user.id).code
    invoices.create_invoice(code, D(2026, 1, 5), amount=500000, post=True, override_reason="test")
    return code


def collected(month: str = "2026-02") -> int:
    return {f.username: f for f in rc.collector_performance(month)}["liuyang"].collected_after_contact


def test_a_receipt_recorded_before_the_same_day_contact_is_not_collected_by_it(debtor):
    clock.set(T(2026, 2, 10, 9, 15))
    receipts.record_receipt(debtor, D(2026, 2, 10), 200000)          # ¥2,000.00 recorded at 09:15
    clock.set(T(2026, 2, 10, 10, 30))
    with acting_as(COLLECTOR):
        col.log_contact(debtor, "call", "催款", at=T(2026, 2, 10, 10, 0))
    assert collected() == 0


def test_a_receipt_recorded_after_the_same_day_contact_is_collected(debtor):
    clock.set(T(2026, 2, 10, 10, 5))
    with acting_as(COLLECTOR):
        col.log_contact(debtor, "call", "催款", at=T(2026, 2, 10, 10, 0))
    clock.set(T(2026, 2, 10, 15, 40))
    receipts.record_receipt(debtor, D(2026, 2, 10), 200000)          # recorded after the call
    assert collected() == 200000


def test_collected_counts_receipts_dated_after_the_contact_within_30_days(debtor):
    clock.set(T(2026, 3, 20, 12, 0))
    with acting_as(COLLECTOR):
        col.log_contact(debtor, "call", "催款", at=T(2026, 1, 31, 16, 0))
    receipts.record_receipt(debtor, D(2026, 1, 30), 10000)           # before the contact: no
    receipts.record_receipt(debtor, D(2026, 2, 1), 20000)            # the day after: yes (recorded later anyway)
    receipts.record_receipt(debtor, D(2026, 3, 2), 40000)            # 30 days after: yes
    receipts.record_receipt(debtor, D(2026, 3, 3), 80000)            # 31 days after: no
    assert collected("2026-02") == 20000
    assert collected("2026-03") == 40000
    assert credited_collectors(D(2026, 2, 10), T(2026, 2, 10, 9, 0), [(T(2026, 2, 10, 9, 0), "x")]) == set()


def test_the_default_month_is_the_last_full_month():
    clock.set(D(2026, 12, 3))
    assert catalog.last_full_month() == "2026-11"
    assert catalog.resolve_dates("collector-performance") == (D(2026, 11, 30), "2026-11")
    assert catalog.resolve_dates("nonpayment-reasons") == (D(2026, 11, 30), "2026-11")
    clock.set(D(2027, 1, 1))
    assert catalog.last_full_month() == "2026-12"


def test_the_current_month_is_reported_to_today_and_says_so(ledger_db):
    clock.set(D(2026, 12, 3))
    table = rc.collector_performance_table("2026-12", company="公司")
    assert table.as_of == D(2026, 12, 3)
    assert "The month is not over: figures up to today, 2026-12-03." in table.subtitle
    past = rc.collector_performance_table("2026-11", company="公司")
    assert past.as_of == D(2026, 11, 30) and len(past.subtitle) == 1
    future = rc.collector_performance_table("2027-01", company="公司")
    assert future.as_of == D(2026, 12, 3) and any("not begun" in s for s in future.subtitle)
    assert table.signature


def test_collectors_report_on_the_command_line_defaults_to_last_month(tmp_path, capsys):
    path = str(tmp_path / "perf.sqlite3")
    assert cli.main(["init", path]) == 0
    clock.set(T(2026, 12, 3, 10, 0))
    capsys.readouterr()
    assert cli.main(["--db", path, "--lang", "en", "collectors", "report"]) == 0
    out = capsys.readouterr().out
    assert "as of 2026-11-30" in out and "2026-11-01 to 2026-11-30" in out and "2026-12-31" not in out
    assert cli.main(["--db", path, "--lang", "zh_CN", "collectors", "report", "--month", "2026-12"]) == 0
    out = capsys.readouterr().out
    assert "截至 2026-12-03" in out and "本月尚未结束" in out
