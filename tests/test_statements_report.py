"""The statement of account (对账单) as a report: its opening and closing balances are the
as-of balances of ``arapp balance``, to the fen, and its lines explain every fen between."""

from __future__ import annotations

import datetime as _dt

import pytest

from arapp import clock
from arapp.demo import build_demo
from arapp.errors import ValidationError
from arapp.reports.balances import customer_balance, customer_balances
from arapp.reports.statement import statement, statement_customers, statements
from arapp.services.credit_notes import issue_credit_note, void_credit_note
from arapp.services.customers import create_customer
from arapp.services.invoices import create_invoice, void_invoice
from arapp.services.receipts import record_receipt, reverse_receipt

D = _dt.date
END = D(2026, 11, 20)


@pytest.fixture
def demo(ledger_db):
    clock.set(END)
    build_demo(40, 2, seed=3, end_date=END)
    return ledger_db


@pytest.mark.parametrize("start, end", [(D(2026, 10, 1), D(2026, 10, 31)), (D(2025, 1, 1), D(2026, 6, 30)),
                                        (D(2026, 11, 1), D(2026, 11, 20))])
def test_every_demo_customers_statement_opens_and_closes_on_the_as_of_balance(demo, start, end):
    before = {r.customer_id: r.balance for r in customer_balances(None, start - _dt.timedelta(days=1),
                                                                  include_zero=True).rows}
    after = {r.customer_id: r.balance for r in customer_balances(None, end, include_zero=True).rows}
    made = statements(None, start, end)
    assert len(made) == 40
    moved = 0
    for st in made:
        assert st.opening == before[st.customer_id], st.code
        assert st.closing == after[st.customer_id], st.code
        assert st.closing == customer_balance(st.customer_id, end).balance, st.code
        assert st.aging.net == st.closing, st.code
        moved += len(st.movements)
        if st.movements:
            assert st.movements[-1].balance == st.closing
    assert moved > 40


def test_one_customers_statement_equals_its_line_in_the_batch(demo):
    start, end = D(2026, 9, 1), D(2026, 9, 30)
    batch = {st.customer_id: st for st in statements(None, start, end)}
    cid = max(batch, key=lambda c: len(batch[c].movements))
    one = statement(cid, start, end)
    assert [(m.date, m.entry, m.number, m.debit, m.credit, m.balance) for m in one.movements] == \
        [(m.date, m.entry, m.number, m.debit, m.credit, m.balance) for m in batch[cid].movements]
    assert one.aging == batch[cid].aging


def test_open_only_lists_what_is_open_and_closes_on_the_same_balance(demo):
    start, end = D(2026, 10, 1), D(2026, 10, 31)
    full = {st.customer_id: st for st in statements(None, start, end)}
    for st in statements(None, start, end, open_only=True):
        assert st.movements == []
        assert st.closing == full[st.customer_id].closing, st.code
        assert sum(i.open_amount for i in st.open_invoices) == st.aging.total, st.code
        assert sum(c.unapplied for c in st.open_credits) == st.aging.credit, st.code
        assert all(0 < i.open_amount <= i.total for i in st.open_invoices)


def test_the_statement_run_takes_customers_with_a_balance_or_a_movement(demo):
    start, end = D(2026, 10, 1), D(2026, 10, 31)
    chosen = set(statement_customers(start, end))
    for st in statements(None, start, end):
        assert (st.customer_id in chosen) == (st.closing != 0 or bool(st.movements)), st.code


# ------------------------------------------------------------------ a small ledger by hand

@pytest.fixture
def small(ledger_db):
    clock.set(D(2026, 3, 31))
    cust = create_customer(code="C001", name="上海某某贸易有限公司", payment_terms_days=30,
                           address="上海市浦东新区世纪大道1号")
    create_invoice(cust.code, D(2026, 1, 10), amount=100_000, description="一月服务费", post=True)   # before
    inv2 = create_invoice(cust.code, D(2026, 2, 5), amount=50_000, description="二月服务费", post=True)
    inv3 = create_invoice(cust.code, D(2026, 2, 8), amount=30_000, description="错开的单", post=True)
    rc1 = record_receipt(cust.code, D(2026, 2, 12), 60_000, method="bank", reference="B123")
    rc2 = record_receipt(cust.code, D(2026, 2, 20), 20_000, method="wechat")
    void_invoice(inv3.invoice_id, "开错了", date=D(2026, 2, 15))
    reverse_receipt(rc2.receipt_id, "退票", date=D(2026, 2, 25))
    cn = issue_credit_note(cust.code, D(2026, 2, 26), 5_000, "折让")
    cn2 = issue_credit_note(cust.code, D(2026, 2, 27), 1_000, "多开")
    void_credit_note(cn2.credit_note_id, "作废", date=D(2026, 2, 28))
    record_receipt(cust.code, D(2026, 3, 3), 10_000, method="cash")                       # after
    return cust, inv2, inv3, rc1, rc2, cn


def test_a_void_a_reversal_and_a_credit_note_are_lines_of_their_own(small):
    cust = small[0]
    st = statement(cust.customer_id, D(2026, 2, 1), D(2026, 2, 28))
    assert st.opening == 100_000
    lines = [(m.date, m.entry, m.debit, m.credit, m.balance) for m in st.movements]
    assert lines == [
        (D(2026, 2, 5), "invoice", 50_000, 0, 150_000),
        (D(2026, 2, 8), "invoice", 30_000, 0, 180_000),
        (D(2026, 2, 12), "receipt", 0, 60_000, 120_000),
        (D(2026, 2, 15), "invoice_void", 0, 30_000, 90_000),
        (D(2026, 2, 20), "receipt", 0, 20_000, 70_000),
        (D(2026, 2, 25), "receipt_reversal", 20_000, 0, 90_000),
        (D(2026, 2, 26), "credit_note", 0, 5_000, 85_000),
        (D(2026, 2, 27), "credit_note", 0, 1_000, 84_000),
        (D(2026, 2, 28), "credit_note_void", 1_000, 0, 85_000),
    ]
    assert st.closing == 85_000 == customer_balance(cust.customer_id, D(2026, 2, 28)).balance
    assert st.debit_total == 101_000 and st.credit_total == 116_000
    assert st.movements[3].description == "开错了"
    assert "B123" in st.movements[2].description
    assert st.address == "上海市浦东新区世纪大道1号"


def test_each_day_of_a_small_ledger_closes_on_its_as_of_balance(small):
    cust = small[0]
    start = D(2026, 1, 1)
    day = start
    while day <= D(2026, 3, 31):
        st = statement(cust.customer_id, start, day)
        assert st.closing == customer_balance(cust.customer_id, day).balance, day
        one_day = statement(cust.customer_id, day, day)
        assert one_day.opening == customer_balance(cust.customer_id, day - _dt.timedelta(days=1)).balance, day
        assert one_day.closing == st.closing, day
        day += _dt.timedelta(days=1)


def test_open_only_of_a_small_ledger(small):
    cust = small[0]
    st = statement(cust.customer_id, D(2026, 2, 1), D(2026, 2, 28), open_only=True)
    # 1,000.00 + 500.00 owed, paid 600.00 oldest first: 400.00 and 500.00 open; 50.00 credit note unapplied?
    owed = sum(i.open_amount for i in st.open_invoices)
    credit = sum(c.unapplied for c in st.open_credits)
    assert owed - credit == st.closing == 85_000
    assert [i.number for i in st.open_invoices] == sorted(i.number for i in st.open_invoices)
    assert all(i.days_overdue >= 0 for i in st.open_invoices)


def test_a_period_that_ends_before_it_starts_is_refused_by_name(small):
    with pytest.raises(ValidationError) as err:
        statement(small[0].customer_id, D(2026, 3, 1), D(2026, 2, 1))
    assert err.value.field == "start"
    assert "2026-03-01" in str(err.value)
