"""The demo's collection work (issue #9): the collection reports have something to show,
and every promise, plan and extension agrees with the money the demo books received, as
the ladder itself judges it (a run of the ladder on the end date changes none of them).
SQLite, and PostgreSQL when available."""

from __future__ import annotations

import datetime as _dt

import pytest

from arapp.db.database import db
from arapp.db.values import as_date, as_datetime
from arapp.demo import build_demo
from arapp.reports.collections import collector_performance, nonpayment_reasons_table
from arapp.reports.overdue import weekly_overdue_report
from arapp.services import collections as col

D = _dt.date
END = D(2026, 11, 20)


def rows(sql: str, params=()) -> list[tuple]:
    return list(db.execute_sql(sql, params).fetchall())


@pytest.fixture
def demo(ledger_db):
    return build_demo(120, 1, seed=5, end_date=END)


def receipts_by_customer() -> dict[int, list[tuple]]:
    out: dict[int, list[tuple]] = {}
    for cid, date, amount, created in rows("SELECT customer_id, date, amount, created_at FROM receipt "
                                           "WHERE status = 'posted' ORDER BY date, id"):
        out.setdefault(cid, []).append((as_date(date), int(amount), as_datetime(created).replace(tzinfo=None)))
    return out


def test_the_collection_reports_are_not_empty(demo):
    assert demo.contacts > 100 and demo.promises > 30 and demo.extensions > 0
    figs = collector_performance("2026-10")
    assert {f.username for f in figs} >= {"liuyang", "zhaolei", "sunting"}
    assert all(f.contacts > 0 for f in figs if f.username in ("liuyang", "zhaolei", "sunting"))
    assert sum(f.collected_after_contact for f in figs) > 0
    assert sum(f.promises_kept for f in figs) > 0 and sum(f.promises_broken for f in figs) > 0
    assert nonpayment_reasons_table("2026-10").rows
    summary, _ = weekly_overdue_report(D(2026, 11, 13), company="公司")
    assert any(r[summary.column_index("last_contact")] for r in summary.rows)
    reasons = {r for (r,) in rows("SELECT DISTINCT reason FROM contact_log")}
    assert reasons >= {"no_funds", "awaiting_approval", "refuses", "unreachable"}


def test_a_kept_promise_has_its_money_by_its_date_and_a_broken_one_has_not(demo):
    paid = receipts_by_customer()
    promises = rows("SELECT customer_id, made_on, promised_date, amount, status, received, evaluated_on, created_at "
                    "FROM promise_to_pay")
    assert {p[4] for p in promises} >= {"kept", "broken"}
    open_per_customer: dict[int, int] = {}
    for cid, made_on, promised, amount, status, received, evaluated, made_at in promises:
        made_on, promised, made_at = as_date(made_on), as_date(promised), as_datetime(made_at).replace(tzinfo=None)
        by_date = sum(a for d, a, at in paid.get(cid, [])
                      if made_on < d <= min(promised, END) or (d == made_on and at >= made_at))
        if status == "kept":
            assert by_date >= amount and as_date(evaluated) <= promised and received >= amount
        elif status == "broken":
            assert by_date < amount and as_date(evaluated) == promised + _dt.timedelta(days=1) <= END
        else:
            assert status == "open" and promised >= END and by_date < amount
            open_per_customer[cid] = open_per_customer.get(cid, 0) + 1
    assert all(n == 1 for n in open_per_customer.values())
    assert all(as_datetime(at).date() < END for (at,) in rows("SELECT at FROM contact_log"))


def test_the_ladder_on_the_end_date_agrees_with_every_judgement(demo):
    def judged():
        return (rows("SELECT id, status, evaluated_on FROM promise_to_pay ORDER BY id"),
                rows("SELECT id, status FROM payment_plan ORDER BY id"),
                rows("SELECT id, status, settled_on FROM plan_instalment ORDER BY id"))

    before = judged()
    col.generate_tasks(END)
    assert judged() == before


def test_the_collection_work_is_the_same_for_a_seed(ledger_db, tmp_path):
    from arapp.db import database

    def work():
        return (rows("SELECT at, customer_id, method, summary, reason, username FROM contact_log ORDER BY id"),
                rows("SELECT customer_id, made_on, promised_date, amount, status FROM promise_to_pay ORDER BY id"),
                rows("SELECT invoice_id, requested_due, status FROM extension_request ORDER BY id"))

    build_demo(60, 1, seed=9, end_date=END)
    first = work()
    database.close_database()
    database.open_database(tmp_path / "again.sqlite3")
    build_demo(60, 1, seed=9, end_date=END)
    assert [[tuple(map(str, r)) for r in t] for t in work()] == [[tuple(map(str, r)) for r in t] for t in first]
    assert first[0]
