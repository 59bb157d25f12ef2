"""The credit limit and the overdue hold are judged on the customer's books as they stand
today (or on the invoice's date, when later), so backdating an invoice gets around neither."""

from __future__ import annotations

import datetime as dt

import pytest

from arapp import clock
from arapp.db.models import Invoice
from arapp.services import credit, customers, invoices
from arapp.services.credit import CreditHoldError

D = dt.date
TODAY = D(2026, 12, 3)


@pytest.fixture(autouse=True)
def _today():
    clock.set(TODAY)
    yield
    clock.set(None)


@pytest.fixture
def cust(ledger_db):
    code = customers.create_customer(name="杭州恒达贸易有限公司", code="A", payment_terms_days=30).code
    customers.update_customer(code, credit_limit=100000)
    return code


@pytest.mark.parametrize("days_back, amount", [(0, 50000), (1, 50000), (30, 19900 + 10000), (200, 20001)])
def test_a_backdated_invoice_is_held_on_todays_balance(cust, days_back, amount):
    invoices.create_invoice(cust, TODAY, amount=80000, post=True)
    n = Invoice.select().count()
    with pytest.raises(CreditHoldError) as info:
        invoices.create_invoice(cust, TODAY - dt.timedelta(days=days_back), amount=amount, post=True)
    assert "Balance ¥800.00" in str(info.value) and "¥1,000.00" in str(info.value)
    assert Invoice.select().count() == n


def test_an_invoice_within_the_limit_posts_whatever_its_date(cust):
    invoices.create_invoice(cust, TODAY - dt.timedelta(days=10), amount=80000, post=True)
    res = invoices.create_invoice(cust, TODAY - dt.timedelta(days=30), amount=20000, post=True)
    assert res.status == "posted"


def test_invoices_dated_ahead_count_toward_the_limit(cust):
    invoices.create_invoice(cust, TODAY + dt.timedelta(days=30), amount=80000, post=True)
    with pytest.raises(CreditHoldError) as info:
        invoices.create_invoice(cust, TODAY, amount=30000, post=True)
    assert "Balance ¥800.00" in str(info.value)


def test_the_overdue_hold_is_judged_today_not_on_the_backdated_invoice_date(cust):
    invoices.create_invoice(cust, TODAY - dt.timedelta(days=120), amount=1000, post=True)   # 90 days overdue
    with pytest.raises(CreditHoldError) as info:
        invoices.create_invoice(cust, TODAY - dt.timedelta(days=100), amount=1000, post=True)
    assert "90 days overdue" in str(info.value)


def test_an_invoice_dated_ahead_is_judged_on_its_own_date(cust):
    invoices.create_invoice(cust, TODAY - dt.timedelta(days=70), amount=1000, post=True)    # 40 days overdue
    assert credit.credit_hold_reasons(cust, adding=1000, invoice_date=TODAY) == []
    later = TODAY + dt.timedelta(days=30)                                                     # 70 days then
    assert any("70 days overdue" in r for r in credit.credit_hold_reasons(cust, adding=1000, invoice_date=later))
