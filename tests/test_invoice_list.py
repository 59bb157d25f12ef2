"""reports.invoice_list: the invoice list's pages, filters, sorts and count in SQL."""

from __future__ import annotations

import datetime as _dt

import pytest

from arapp.db.database import db, is_sqlite
from arapp.db.models import Customer
from arapp.reports.invoice_list import (
    SORT_KEYS,
    InvoiceFilter,
    invoice_count,
    invoice_page,
    invoice_page_sql,
)

N = 1200


@pytest.fixture
def invoices(ledger_db, write_invoices):
    start = _dt.date(2025, 1, 1)
    with db.atomic():
        Customer.insert_many([
            {"code": f"C{i:06d}", "name": name, "created_at": start, "updated_at": start}
            for i, name in enumerate(["上海锦程贸易有限公司", "杭州华美酒店管理有限公司", "100%_测试客户", "同名客户",
                                      "同名客户"], start=1)]).execute()
        ids = [c.id for c in Customer.select(Customer.id).order_by(Customer.id)]
        rows = []
        for k in range(N):
            issue = start + _dt.timedelta(days=(k * 37) % 400)
            total = 100 + (k * 7919) % 50000
            status = ("posted", "partly_paid", "paid", "void", "draft")[k % 5]
            open_amount = {"posted": total, "partly_paid": total // 3}.get(status, 0)
            rows.append({"number": None if status == "draft" else f"INV-{issue.year}-{k:06d}",
                         "customer": ids[k % 5], "issue_date": issue, "due_date": issue + _dt.timedelta(days=30),
                         "total": total, "open_amount": open_amount if status != "draft" else total,
                         "status": status, "created_at": start})
    write_invoices(rows)
    return ids


@pytest.mark.parametrize("sort", SORT_KEYS)
def test_every_sort_is_a_total_order_so_offset_pages_never_repeat_or_skip(invoices, sort):
    for descending in (False, True):
        whole = [r.id for r in invoice_page(None, sort, descending, 0, 10**6)]
        assert len(whole) == len(set(whole)) == N
        paged = []
        for offset in range(0, N, 250):
            paged += [r.id for r in invoice_page(None, sort, descending, offset, 250)]
        assert paged == whole


def test_default_order_is_newest_issue_first_then_newest_id(invoices):
    rows = invoice_page(limit=N)
    keys = [(r.issue_date, r.id) for r in rows]
    assert keys == sorted(keys, reverse=True)
    assert rows[0].customer_code and rows[0].customer_name


def test_first_page_walks_the_issue_date_index_without_sorting(invoices):
    if not is_sqlite():
        pytest.skip("the plan check reads SQLite's EXPLAIN QUERY PLAN")
    sql, params = invoice_page_sql()
    plan = " / ".join(r[-1] for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall())
    assert "ix_invoice_issue_date" in plan
    assert "TEMP B-TREE" not in plan
    sql, params = invoice_page_sql(InvoiceFilter(open_only=True, status="open"))
    plan = " / ".join(r[-1] for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall())
    assert "TEMP B-TREE" not in plan


def test_text_matches_number_or_customer_code_or_name_and_escapes_wildcards(invoices):
    by_name = invoice_page(InvoiceFilter(text="华美"), limit=N)
    assert by_name and {r.customer_name for r in by_name} == {"杭州华美酒店管理有限公司"}
    assert invoice_count(InvoiceFilter(text="华美")) == len(by_name)
    by_code = invoice_page(InvoiceFilter(text="C000001"), limit=N)
    assert {r.customer_code for r in by_code} == {"C000001"}
    one = by_code[0].number or by_code[1].number
    assert [r.number for r in invoice_page(InvoiceFilter(text=one))] == [one]
    percent = invoice_page(InvoiceFilter(text="100%_"), limit=N)
    assert percent and {r.customer_name for r in percent} == {"100%_测试客户"}
    assert invoice_count(InvoiceFilter(text="%")) == len(percent)


def test_status_customer_dates_and_open_only(invoices):
    assert {r.status for r in invoice_page(InvoiceFilter(status="void"), limit=N)} == {"void"}
    assert {r.status for r in invoice_page(InvoiceFilter(status="open"), limit=N)} == {"posted", "partly_paid"}
    open_rows = invoice_page(InvoiceFilter(open_only=True), limit=N)
    assert open_rows and all(r.open_amount > 0 and r.status in ("posted", "partly_paid") for r in open_rows)
    mine = invoice_page(InvoiceFilter(customer_id=invoices[1]), limit=N)
    assert len(mine) == N // 5 and {r.customer_id for r in mine} == {invoices[1]}
    f = InvoiceFilter(date_from=_dt.date(2025, 2, 1), date_to=_dt.date(2025, 2, 28))
    rows = invoice_page(f, limit=N)
    assert rows and all(_dt.date(2025, 2, 1) <= r.issue_date <= _dt.date(2025, 2, 28) for r in rows)
    assert invoice_count(f) == len(rows)
    assert invoice_count() == N


def test_customer_name_sort_keeps_namesakes_apart(invoices):
    rows = invoice_page(None, "customer_name", False, 0, N)
    namesakes = [r.customer_code for r in rows if r.customer_name == "同名客户"]
    assert namesakes == sorted(namesakes)


def test_days_overdue_only_for_money_still_owed(invoices):
    rows = invoice_page(limit=N)
    day = _dt.date(2030, 1, 1)
    for r in rows:
        if r.status in ("posted", "partly_paid") and r.open_amount:
            assert r.days_overdue(day) == (day - r.due_date).days
        else:
            assert r.days_overdue(day) == 0


def test_bad_sort_or_status_is_a_programming_error(invoices):
    with pytest.raises(ValueError):
        invoice_page(None, "amount")
    with pytest.raises(ValueError):
        invoice_page(InvoiceFilter(status="open-ish"))
