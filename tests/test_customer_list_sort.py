"""The customer list sorted by balance or overdue amount and filtered to the overdue ones,
in SQL and page by page (reports.customers.customer_list_page), on both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from arapp import clock
from arapp.reports.balances import customer_balances
from arapp.reports.customers import customer_list_page
from arapp.services import customers, invoices, receipts

D = dt.date


@pytest.fixture
def books(ledger_db):
    """Six customers: owing, overdue, in credit (预收), nothing; ties broken by code."""
    clock.set(dt.datetime(2026, 6, 30, 10, 0))
    for code, name in (("A", "甲"), ("B", "乙"), ("C", "丙"), ("D", "丁"), ("E", "戊"), ("F", "己")):
        customers.create_customer(name=f"{name}公司", code=code, payment_terms_days=30, phone=f"0571-{ord(name)}")
    invoices.create_invoice("A", D(2026, 6, 20), amount=50000, post=True)             # 500 not yet due
    invoices.create_invoice("B", D(2026, 3, 1), amount=30000, post=True)              # 300 overdue
    invoices.create_invoice("B", D(2026, 6, 25), amount=90000, post=True, override_reason="老客户")  # +900
    receipts.record_receipt("C", D(2026, 5, 1), 120000)                               # 1,200 credit
    invoices.create_invoice("D", D(2026, 1, 5), amount=80000, post=True)              # 800 overdue
    invoices.create_invoice("E", D(2026, 4, 1), amount=30000, post=True)              # 300 overdue
    return ledger_db


def codes(rows) -> list[str]:
    return [r.code for r in rows]


def test_sorted_by_balance_the_largest_comes_first_and_a_credit_last(books):
    rows = customer_list_page("", 0, 50, sort="balance", descending=True)
    assert codes(rows) == ["B", "D", "A", "E", "F", "C"]
    assert [r.balance for r in rows] == [120000, 80000, 50000, 30000, 0, -120000]
    assert codes(customer_list_page("", 0, 50, sort="balance")) == ["C", "F", "E", "A", "D", "B"]


def test_sorted_by_overdue_ties_go_by_code(books):
    rows = customer_list_page("", 0, 50, sort="overdue", descending=True)
    assert codes(rows) == ["D", "B", "E", "A", "C", "F"]
    assert [r.overdue for r in rows] == [80000, 30000, 30000, 0, 0, 0]


def test_overdue_only_lists_the_customers_with_an_overdue_amount(books):
    assert codes(customer_list_page("", 0, 50, overdue_only=True)) == ["B", "D", "E"]
    assert codes(customer_list_page("", 0, 50, sort="overdue", descending=True, overdue_only=True)) == ["D", "B", "E"]
    assert codes(customer_list_page("丁", 0, 50, overdue_only=True)) == ["D"]
    assert codes(customer_list_page("甲", 0, 50, overdue_only=True)) == []


@pytest.mark.parametrize("sort", ["code", "name", "phone", "balance", "overdue"])
def test_pages_follow_one_another_in_the_sorted_order(books, sort):
    whole = codes(customer_list_page("", 0, 50, sort=sort, descending=True))
    paged = []
    for offset in range(0, 6, 2):
        paged += codes(customer_list_page("", offset, 2, sort=sort, descending=True))
    assert paged == whole and sorted(whole) == ["A", "B", "C", "D", "E", "F"]


def test_the_figures_of_a_sorted_page_are_the_balance_reports(books):
    report = {r.customer_id: r for r in customer_balances(include_zero=True).rows}
    for r in customer_list_page("", 0, 50, sort="balance", descending=True):
        b = report[r.id]
        assert (r.balance, r.overdue, r.credit) == (b.balance, b.overdue, b.credit)


def test_an_invoice_dated_after_today_does_not_count_in_the_sort(books):
    invoices.create_invoice("F", D(2026, 7, 15), amount=999900, post=True)            # tomorrow and after
    assert codes(customer_list_page("", 0, 2, sort="balance", descending=True)) == ["B", "D"]


def test_an_unknown_sort_is_refused():
    with pytest.raises(ValueError):
        customer_list_page("", 0, 10, sort="credit_limit; DROP TABLE customer")
