"""Credit control: score and suggested rating, the manager's decision, credit holds."""

from __future__ import annotations

import datetime as dt

import pytest

from arapp.db.models import AuditLog, CreditAssessment, CreditOverride, Customer, Invoice
from arapp.errors import PermissionDenied, ValidationError
from arapp.services import credit, customers, invoices, receipts
from arapp.services.context import Actor, acting_as
from arapp.services.credit import CreditHoldError

D = dt.date


@pytest.fixture
def cust(ledger_db):
    return customers.create_customer(name="杭州恒达贸易有限公司", payment_terms_days=30).code


def test_a_customer_who_always_pays_on_time_is_suggested_a(cust):
    for m in range(1, 7):
        inv = invoices.create_invoice(cust, D(2026, m, 1), amount=10000, post=True)
        receipts.record_receipt(cust, D(2026, m, 20), 10000)
        assert Invoice.get_by_id(inv.invoice_id).status == "paid"
    s = credit.suggest_rating(cust, D(2026, 8, 1))
    assert (s.rating, s.score) == ("A", 100)
    assert s.history.paid_on_time == s.history.invoices == 6


def test_late_payers_lose_points_with_reasons(cust):
    for m in range(1, 5):
        invoices.create_invoice(cust, D(2026, m, 1), amount=10000, post=True, override_reason="t")
        receipts.record_receipt(cust, D(2026, m, 1) + dt.timedelta(days=75), 10000)  # 45 days late
    invoices.create_invoice(cust, D(2026, 5, 1), amount=10000, post=True, override_reason="t")  # never paid
    s = credit.suggest_rating(cust, D(2026, 10, 1))
    assert s.history.average_days_late > 40
    assert s.history.oldest_overdue_days == 123
    assert s.rating == "D"
    assert len(s.reasons) >= 3 and any("123" in r for r in s.reasons)


def test_the_manager_decides_and_the_decision_is_audited(cust):
    with acting_as(Actor("bk", "bookkeeper")):
        with pytest.raises(PermissionDenied):
            credit.record_credit_decision(cust, rating="A", limit=100000)
    with acting_as(Actor("boss", "manager")):
        with pytest.raises(ValidationError):
            credit.record_credit_decision(cust, rating="E", limit=100000)
        row = credit.record_credit_decision(cust, rating="b", limit=5000000, terms_days=45,
                                            character="按时付款", capacity="年营业额约2000万")
    c = Customer.get(Customer.code == cust)
    assert (c.credit_rating, c.credit_limit, c.payment_terms_days) == ("B", 5000000, 45)
    assert row.suggested_rating == "B" and row.decided_by == "boss" and row.changes.ids("customer")
    assert CreditAssessment.select().count() == 1
    assert AuditLog.select().where(AuditLog.action == "credit_decision", AuditLog.username == "boss").count() == 1


def test_over_the_limit_needs_a_managers_override(cust):
    customers.update_customer(cust, credit_limit=100000)
    invoices.create_invoice(cust, D(2026, 11, 1), amount=80000, post=True)
    n = Invoice.select().count()
    with pytest.raises(CreditHoldError) as info:
        invoices.create_invoice(cust, D(2026, 11, 2), amount=30000, post=True)
    assert "credit limit" in str(info.value)
    assert Invoice.select().count() == n          # nothing written
    with acting_as(Actor("bk", "bookkeeper")):
        with pytest.raises(PermissionDenied):
            invoices.create_invoice(cust, D(2026, 11, 2), amount=30000, post=True, override_reason="急单")
    with acting_as(Actor("boss", "manager")):
        res = invoices.create_invoice(cust, D(2026, 11, 2), amount=30000, post=True, override_reason="急单，已担保")
    ov = CreditOverride.get()
    assert (ov.invoice_id, ov.reason, ov.approved_by) == (res.invoice_id, "急单，已担保", "boss")
    assert "credit limit" in ov.hold_reasons


def test_long_overdue_and_blacklisted_customers_are_held(cust):
    invoices.create_invoice(cust, D(2026, 1, 1), amount=1000, post=True)       # due 1/31
    assert credit.credit_hold_reasons(cust, as_of=D(2026, 3, 31)) == []         # 59 days
    assert len(credit.credit_hold_reasons(cust, as_of=D(2026, 4, 2))) == 1      # 61 days
    credit.set_hold_overdue_days(90)
    assert credit.credit_hold_reasons(cust, as_of=D(2026, 4, 2)) == []
    receipts.record_receipt(cust, D(2026, 4, 3), 1000)
    credit.customer_status_change(cust, "blacklisted", "恶意拖欠")
    reasons = credit.credit_hold_reasons(cust)
    assert reasons == ["The customer is blacklisted"]
    with pytest.raises(CreditHoldError):
        invoices.create_invoice(cust, D(2026, 11, 1), amount=100, post=True)


def test_a_bookkeeper_cannot_lift_a_hold_or_raise_the_limit_through_the_customer_form(cust):
    """Limit, rating and status are the manager's decision (credit.approve); the customer
    form saves every field, so only a change of them needs the permission."""
    customers.update_customer(cust, credit_limit=100000, credit_rating="C")
    credit.customer_status_change(cust, "on_hold", "拖欠")
    n = AuditLog.select().count()
    with acting_as(Actor("bk", "bookkeeper")):
        for change in ({"credit_limit": 900000}, {"credit_limit": None}, {"status": "active"},
                       {"credit_rating": "A"}):
            with pytest.raises(PermissionDenied):
                customers.update_customer(cust, phone="13800000000", **change)
        # the same values saved again, with other master data changed, are fine
        customers.update_customer(cust, phone="13800000000", credit_limit=100000, credit_rating="C",
                                  status="on_hold")
    c = Customer.get(Customer.code == cust)
    assert (c.credit_limit, c.credit_rating, c.status, c.phone) == (100000, "C", "on_hold", "13800000000")
    assert AuditLog.select().count() == n + 1
