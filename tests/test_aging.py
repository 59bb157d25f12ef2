"""Aging analysis: hand-computed cases, schemes, views, as-of dates, credits."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arapp import clock
from arapp.db import lookups
from arapp.errors import NotFound, ValidationError
from arapp.reports.aging import AgingFilter, aging, default_labels, get_scheme, validate_edges
from arapp.reports.balances import customer_balances
from arapp.services import aging_schemes, credit_notes, customers, invoices, receipts

D = dt.date


@pytest.fixture
def book(ledger_db, old_books):
    """Customer A (terms 0) with three invoices and a receipt; B with credit only."""
    old_books()
    a = customers.create_customer(name="A公司", payment_terms_days=0, category="贸易客户").code
    b = customers.create_customer(name="B业主", payment_terms_days=0, category="业主").code
    invoices.create_invoice(a, D(2026, 1, 1), amount=10000, post=True)    # due 1/1
    invoices.create_invoice(a, D(2026, 3, 1), amount=20000, post=True)    # due 3/1
    invoices.create_invoice(a, D(2026, 4, 10), amount=5000, post=True,    # due 4/10; A is on hold by then
                            override_reason="老客户，经理批准")
    receipts.record_receipt(a, D(2026, 4, 5), 3000)                       # pays 30.00 of the oldest
    receipts.record_receipt(b, D(2026, 2, 1), 8000)                       # nothing owed: all credit
    return a, b


def row_of(result, key):
    return next(r for r in result.rows if r.key == key)


def test_aging_by_due_date_before_a_later_invoice_and_receipt(book):
    a, b = book
    r = aging(D(2026, 3, 31))
    assert r.bucket_labels[0] == "Not yet due"
    # 1/1 is 89 days overdue (61-90); 3/1 is 30 days (1-30); the 4/10 invoice and the 4/5 receipt are later
    assert row_of(r, a).buckets == [0, 20000, 0, 10000, 0, 0, 0]
    assert row_of(r, b).buckets == [0] * 7 and row_of(r, b).credit == 8000
    assert r.bucket_totals == [0, 20000, 0, 10000, 0, 0, 0]
    assert (r.total, r.total_credit) == (30000, 8000)


def test_no_date_means_the_end_of_today_in_aging_and_balances(ledger_db):
    """A receipt recorded today but dated tomorrow has not paid today's aging, whether
    the date is left out (the terminal's default) or given (the window's)."""


    clock.set(dt.datetime(2026, 6, 10, 9, 0))
    a = customers.create_customer(name="甲公司", payment_terms_days=0).code
    invoices.create_invoice(a, D(2026, 5, 1), amount=10000, post=True)
    clock.set(dt.datetime(2026, 6, 11, 9, 0))                         # a receipt dated tomorrow is
    receipts.record_receipt(a, D(2026, 6, 11), 10000)                 # entered tomorrow (as books from
    clock.set(dt.datetime(2026, 6, 10, 9, 0))                         # before the rule may hold one)
    for result in (aging(), aging(D(2026, 6, 10))):
        assert (result.total, row_of(result, a).buckets[2]) == (10000, 10000)
    assert customer_balances().rows[0].open_invoices == 10000
    assert customer_balances(as_of=D(2026, 6, 10)).rows[0].open_invoices == 10000
    clock.set(dt.datetime(2026, 6, 11, 9, 0))                         # tomorrow it has
    assert aging().total == 0 and aging(D(2026, 6, 11)).total == 0


def test_aging_by_invoice_after_partial_payment(book):
    a, _ = book
    r = aging(D(2026, 4, 30), view="invoice")
    got = {row.key: (row.buckets, row.extra["days_overdue"]) for row in r.rows}
    assert got == {
        "INV-2026-000001": ([0, 0, 0, 0, 7000, 0, 0], 119),
        "INV-2026-000002": ([0, 0, 20000, 0, 0, 0, 0], 60),
        "INV-2026-000003": ([0, 5000, 0, 0, 0, 0, 0], 20),
    }


def test_invoice_date_basis_counts_from_the_issue_date(ledger_db):
    c = customers.create_customer(name="C", payment_terms_days=60).code
    invoices.create_invoice(c, D(2026, 1, 1), amount=100, post=True)        # due 3/2
    by_due = aging(D(2026, 2, 15))
    by_issue = aging(D(2026, 2, 15), basis="invoice")
    assert by_due.rows[0].buckets == [100, 0, 0, 0, 0, 0, 0]                  # not yet due
    assert by_issue.rows[0].buckets == [0, 0, 100, 0, 0, 0, 0]                # 45 days old


def test_bucket_edges_are_inclusive_at_the_top(ledger_db, old_books):
    old_books()
    c = customers.create_customer(name="C", payment_terms_days=0).code
    for issue in (D(2026, 1, 31), D(2026, 1, 30), D(2026, 3, 2), D(2026, 3, 1)):
        invoices.create_invoice(c, issue, amount=1, post=True)
    r = aging(D(2026, 3, 2), view="invoice")
    by_days = {row.extra["days_overdue"]: row.buckets.index(1) for row in r.rows}
    assert by_days == {30: 1, 31: 2, 0: 0, 1: 1}


def test_payments_after_the_as_of_date_do_not_reduce_and_credit_notes_do(book):
    a, _ = book
    before = aging(D(2026, 4, 4))
    after = aging(D(2026, 4, 5))
    assert row_of(before, a).total == 30000
    assert row_of(after, a).total == 27000
    credit_notes.issue_credit_note(a, D(2026, 4, 20), 2000, "折让")
    assert row_of(aging(D(2026, 4, 19)), a).total == 32000
    assert row_of(aging(D(2026, 4, 20)), a).total == 30000


def test_reversed_receipt_counts_until_its_reversal(book):
    a, _ = book
    rec = receipts.record_receipt(a, D(2026, 5, 1), 5000)
    receipts.reverse_receipt(rec.number, "退票", date=D(2026, 5, 10))
    assert row_of(aging(D(2026, 4, 30)), a).total == 32000
    assert row_of(aging(D(2026, 5, 5)), a).total == 27000     # the 5/1 receipt counted
    assert row_of(aging(D(2026, 5, 10)), a).total == 32000    # reversed on 5/10
    assert row_of(aging(), a).total == 32000


def test_yearly_scheme_and_group_views(book):
    a, b = book
    r = aging(D(2027, 6, 1), scheme="yearly", basis="invoice", view="category")
    assert r.bucket_labels == ["Within 1 year", "1-2 years", "2-3 years", "Over 3 years"]
    got = {row.key: (row.buckets, row.credit) for row in r.rows}
    assert got == {"贸易客户": ([0, 32000, 0, 0], 0), "业主": ([0, 0, 0, 0], 8000)}   # 417-516 days old
    col = aging(D(2027, 6, 1), view="collector")
    assert len(col.rows) == 1 and col.rows[0].label == "(no collector)"
    assert col.total == 32000


def test_filters(book):
    a, b = book
    assert [r.key for r in aging(D(2026, 4, 30), filters=AgingFilter(overdue_only=True)).rows] == [a]
    assert [r.key for r in aging(D(2026, 4, 30), filters=AgingFilter(category="业主")).rows] == [b]
    assert aging(D(2026, 4, 30), filters=AgingFilter(min_amount=40000)).rows == []
    assert [r.key for r in aging(D(2026, 4, 30), filters=AgingFilter(search="a公司")).rows] == [a]


def test_user_schemes_are_validated_and_saved(ledger_db):
    s = aging_schemes.save_scheme("季度", [0, 90, 180, 270, 360], make_default=True).scheme
    assert len(s.buckets) == 6 and get_scheme().name == "季度"
    with pytest.raises(ValidationError):
        aging_schemes.save_scheme("bad", [30, 30, 60])
    with pytest.raises(ValidationError):
        aging_schemes.save_scheme("bad", [60, 30])
    with pytest.raises(ValidationError):
        aging_schemes.save_scheme("bad", list(range(0, 120, 10)))   # 13 buckets
    with pytest.raises(ValidationError):
        aging_schemes.save_scheme("default", [0, 10])
    with pytest.raises(ValidationError):
        validate_edges(["1.5"])
    with pytest.raises(NotFound):
        aging(scheme="nope")
    assert default_labels((0, 30))[0] == "Not yet due"
    aging_schemes.set_default_scheme("default")
    aging_schemes.delete_scheme("季度")


def test_json_carries_bucket_names_decimal_strings_and_totals(book):
    out = aging(D(2026, 3, 31)).to_json()
    assert out["buckets"][1] == "1-30 days"
    assert out["totals"]["total"] == "300.00" and out["totals"]["credit"] == "80.00"
    assert out["rows"][0]["buckets"][3] == "100.00"


def _json_reference(result) -> dict:
    """The aging JSON built the plain way, as it was before json_text wrote it directly."""
    from arapp.domain.money import format_plain as fp

    rows = []
    for r in result.rows:
        row = {"key": r.key, "name": r.label}
        for k, v in r.extra.items():
            row[k] = v.isoformat() if isinstance(v, dt.date) else fp(v) if k == "overdue" else v
        row.update(buckets=[fp(b) for b in r.buckets], total=fp(r.total), credit=fp(r.credit), net=fp(r.net))
        rows.append(row)
    return {"as_of": result.as_of.isoformat(), "basis": result.basis, "scheme": result.scheme.name,
            "view": result.view, "buckets": result.bucket_labels, "rows": rows,
            "totals": {"buckets": [fp(b) for b in result.bucket_totals], "total": fp(result.total),
                       "credit": fp(result.total_credit), "net": fp(result.total - result.total_credit)}}


def _compact(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize("view", ["customer", "invoice", "collector", "category"])
def test_json_text_is_the_compact_encoding_of_the_plain_json(book, view):
    result = aging(D(2026, 4, 30), view=view)
    assert result.rows
    assert result.json_text() == _compact(_json_reference(result))
    assert result.to_json() == _json_reference(result)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.text(), st.text(), st.one_of(st.none(), st.text(), st.integers(), st.booleans(),
                                                          st.dates()),
                          st.lists(st.integers(-10**12, 10**12), min_size=7, max_size=7),
                          st.integers(0, 10**9), st.integers(-10**9, 10**9)), max_size=6))
def test_json_text_escapes_any_name_and_writes_any_amount_exactly(rows):
    from arapp.domain.aging import DEFAULT_SCHEME
    from arapp.reports.aging import AgingResult, AgingRow

    result = AgingResult(D(2026, 4, 30), "due", DEFAULT_SCHEME, "customer", [
        AgingRow(key, name, buckets, credit, extra={"overdue": overdue, "category": other, "due_date": D(2026, 1, 2)})
        for key, name, other, buckets, credit, overdue in rows])
    text = result.json_text()
    assert text == _compact(_json_reference(result))
    assert json.loads(text) == _json_reference(result)
    assert "".join(result.json_parts(rows_per_part=2)) == text     # written in pieces, the same text


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 700), st.integers(1, 100000),
                          st.integers(0, 90000)), min_size=1, max_size=15),
       st.integers(0, 800), st.sampled_from(["default", "yearly"]), st.sampled_from(["due", "invoice"]))
def test_bucket_totals_equal_the_open_balance(sqlite_db, docs, as_of_day, scheme, basis):
    from arapp.db.models import Customer
    codes = [c.code for c in Customer.select()] or [
        customers.create_customer(name=f"客户{i}", payment_terms_days=15 * i).code for i in range(3)]
    base = D(2025, 1, 1)
    for c, day, amount, paid in docs:
        invoices.create_invoice(codes[c], base + dt.timedelta(days=day), amount=amount, post=True,
                                override_reason="test")
        if paid:
            receipts.record_receipt(codes[c], min(base + dt.timedelta(days=day + 20), D.today()), paid)
    when = base + dt.timedelta(days=as_of_day)
    result = aging(when, scheme=scheme, basis=basis)
    balances = customer_balances(as_of=when)
    assert result.total == balances.total_open
    assert result.total_credit == balances.total_credit
    assert sum(result.bucket_totals) == result.total


def test_as_of_today_leaves_out_documents_dated_later_as_balances_and_overdue_do(ledger_db):
    """A post-dated cheque and next week's invoice: as of today the aging, the balance,
    the overdue report and the credit check must all see the books of today."""
    from arapp.reports.overdue import overdue_invoices
    from arapp.services.credit import oldest_overdue_days

    today = D.today()
    c = customers.create_customer(name="预收测试", payment_terms_days=0).code
    first = invoices.create_invoice(c, today - dt.timedelta(days=40), amount=10000, post=True).number  # 40 days overdue
    invoices.create_invoice(c, today + dt.timedelta(days=5), amount=7000, post=True)      # issued next week
    # receipts dated ahead (the books of a version before the rule may hold them): entered on their days
    with clock.frozen(today + dt.timedelta(days=3)):
        receipts.record_receipt(c, today + dt.timedelta(days=3), 10000, allocations=[(first, 10000)])
    with clock.frozen(today + dt.timedelta(days=6)):
        receipts.record_receipt(c, today + dt.timedelta(days=6), 500, allocations=None)   # credit next week
    bal = customer_balances(as_of=today)
    r = aging(today)
    assert (bal.total_open, bal.total_overdue, bal.total_credit) == (10000, 10000, 0)
    assert (r.total, r.total_overdue, r.total_credit) == (bal.total_open, bal.total_overdue, bal.total_credit)
    assert aging(today, view="invoice").total == 10000
    assert sum(x.amount for x in overdue_invoices(today)) == 10000
    cid = lookups.customer(c).id
    assert oldest_overdue_days(cid, today) == 40
