"""reports.receipt_list: the receipt list's pages, filters, sorts and count in SQL; one
receipt's detail; a customer's unapplied money. And the services behind the Receipts tab:
the bank acceptance bill as a payment method, applying chosen lines of a customer's credit."""

from __future__ import annotations

import datetime as _dt

import pytest

from arapp import cli, clock, i18n, names
from arapp.db import lookups
from arapp.db.database import db, is_sqlite
from arapp.errors import ValidationError
from arapp.reports.receipt_list import (
    SORT_KEYS,
    ReceiptFilter,
    credit_sources,
    receipt_count,
    receipt_detail,
    receipt_page,
    receipt_page_sql,
)
from arapp.services import receipts
from arapp.services.credit_notes import issue_credit_note
from arapp.services.customers import create_customer
from arapp.services.invoices import create_invoice

TODAY = _dt.date(2026, 11, 20)
METHODS = ("bank", "cash", "wechat", "acceptance")


@pytest.fixture
def books(ledger_db):
    """Three customers, their invoices and 24 receipts: some allocated, some left as
    credit, two reversed, the methods taken in turn."""
    clock.set(_dt.datetime(2026, 11, 20, 10, 0))
    ids = [create_customer(name=name).customer_id
           for name in ("上海锦程贸易有限公司", "杭州华美酒店管理有限公司", "100%_测试客户")]
    for k, cid in enumerate(ids):
        for m in range(4):
            create_invoice(cid, _dt.date(2026, 10, 1 + 7 * m), amount=100000 + 1000 * k, description="服务费", post=True)
    numbers = []
    for n in range(24):
        cid = ids[n % 3]
        r = receipts.record_receipt(cid, _dt.date(2026, 10, 1) + _dt.timedelta(days=2 * n), 30000 + 700 * n,
                                    method=METHODS[n % 4], reference=f"BANK-{n:04d}",
                                    allocations=None if n % 5 == 0 else receipts.AUTO)
        numbers.append(r.number)
    receipts.reverse_receipt(numbers[4], "退票")
    receipts.reverse_receipt(numbers[7], "重复登记")
    return ids, numbers


@pytest.mark.parametrize("sort", SORT_KEYS)
def test_every_sort_is_a_total_order_so_offset_pages_never_repeat_or_skip(books, sort):
    for descending in (False, True):
        whole = [r.id for r in receipt_page(None, sort, descending, 0, 1000)]
        assert len(whole) == len(set(whole)) == 24
        paged = []
        for offset in range(0, 24, 5):
            paged += [r.id for r in receipt_page(None, sort, descending, offset, 5)]
        assert paged == whole


def test_default_order_is_newest_date_first_and_rows_carry_the_customer(books):
    rows = receipt_page()
    keys = [(r.date, r.id) for r in rows]
    assert keys == sorted(keys, reverse=True)
    assert all(r.customer_code and r.customer_name for r in rows)


def test_allocated_sort_orders_by_what_the_live_allocations_took(books):
    rows = receipt_page(None, "allocated", False, 0, 100)
    assert [r.allocated for r in rows] == sorted(r.allocated for r in rows)


def test_allocated_plus_unallocated_is_the_amount_and_a_reversed_receipt_holds_neither(books):
    _ids, numbers = books
    rows = {r.number: r for r in receipt_page(limit=100)}
    for number, r in rows.items():
        if r.status == "reversed":
            assert (r.allocated, r.unallocated) == (0, 0), number
        else:
            assert r.allocated + r.unallocated == r.amount
    assert rows[numbers[4]].reversed and rows[numbers[7]].reversed
    assert rows[numbers[0]].allocated == 0 and rows[numbers[0]].unallocated == 30000     # kept as credit


def test_filters_by_method_status_text_customer_and_dates(books):
    ids, numbers = books
    acceptance = receipt_page(ReceiptFilter(method="acceptance"), limit=100)
    assert len(acceptance) == 6 and {r.method for r in acceptance} == {"acceptance"}
    assert [r.number for r in receipt_page(ReceiptFilter(status="reversed"))] == [numbers[7], numbers[4]]
    with_credit = receipt_page(ReceiptFilter(status="unallocated"), limit=100)
    assert with_credit and all(r.status == "posted" and r.unallocated > 0 for r in with_credit)
    assert numbers[0] in {r.number for r in with_credit}
    assert receipt_count(ReceiptFilter(status="posted")) == 22
    by_name = receipt_page(ReceiptFilter(text="华美"), limit=100)
    assert {r.customer_id for r in by_name} == {ids[1]} and len(by_name) == 8
    assert [r.number for r in receipt_page(ReceiptFilter(text="BANK-0013"))] == [numbers[13]]
    assert [r.number for r in receipt_page(ReceiptFilter(text=numbers[2]))] == [numbers[2]]
    percent = receipt_page(ReceiptFilter(text="100%_"), limit=100)
    assert {r.customer_id for r in percent} == {ids[2]}
    assert receipt_count(ReceiptFilter(text="%")) == len(percent)
    mine = receipt_page(ReceiptFilter(customer_id=ids[0]), limit=100)
    assert len(mine) == 8 and {r.customer_id for r in mine} == {ids[0]}
    f = ReceiptFilter(date_from=_dt.date(2026, 10, 10), date_to=_dt.date(2026, 10, 20))
    rows = receipt_page(f, limit=100)
    assert len(rows) == 5 and all(_dt.date(2026, 10, 10) <= r.date <= _dt.date(2026, 10, 20) for r in rows)
    assert receipt_count(f) == len(rows)
    assert receipt_count() == 24
    with pytest.raises(ValueError):
        receipt_page(ReceiptFilter(method="barter"))


def test_first_page_walks_the_date_index_without_sorting(books):
    if not is_sqlite():
        pytest.skip("the plan check reads SQLite's EXPLAIN QUERY PLAN")
    sql, params = receipt_page_sql()
    plan = " / ".join(r[-1] for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall())
    assert "ix_receipt_date" in plan
    assert "TEMP B-TREE" not in plan


def test_detail_lists_every_allocation_with_the_day_it_counts_from_and_marks_reversed_ones(books):
    ids, _numbers = books
    clock.set(_dt.datetime(2026, 11, 20, 10, 0))
    inv = create_invoice(ids[0], _dt.date(2026, 11, 1), amount=50000, description="停车费", post=True,
                         apply_credit=False)
    r = receipts.record_receipt(ids[0], _dt.date(2026, 11, 10), 20000, method="acceptance",
                                allocations=[(inv.invoice_id, 20000)], reference="汇票 3130 0051")
    receipts.reverse_receipt(r.number, "汇票被拒付", date=_dt.date(2026, 11, 18))
    d = receipt_detail(r.number)
    assert d.row.method == "acceptance" and d.row.reversed
    assert (d.reversed_on, d.reversal_reason, d.reversed_by) == (_dt.date(2026, 11, 18), "汇票被拒付", "Administrator")
    [line] = d.allocations
    assert (line.invoice_number, line.amount, line.effective_date) == (lookups.invoice(inv.invoice_id).number,
                                                                        20000, _dt.date(2026, 11, 10))
    assert line.invoice_issue_date == _dt.date(2026, 11, 1)
    assert line.reversed and line.reversed_on == _dt.date(2026, 11, 18)
    assert d.live_allocated == 0 and d.created_by == "Administrator"      # the user's name, not "admin"


def test_the_receipt_detail_names_the_people_who_recorded_and_reversed_it(books):
    """「登记 … 张丽」 and 「由 管理员 冲销」, as the queue and reports name them, not the logins."""
    from arapp.db.database import service_writes
    from arapp.db.models import User
    from arapp.services.context import Actor, acting_as

    with service_writes():
        User.create(username="zhangli", display_name="张丽", role="cashier")
    cid = create_customer(name="温州创新五金有限公司").customer_id
    inv = create_invoice(cid, _dt.date(2026, 11, 1), amount=50000, post=True, apply_credit=False)
    with acting_as(Actor("zhangli", "cashier")):
        r = receipts.record_receipt(cid, _dt.date(2026, 11, 10), 20000, allocations=[(inv.invoice_id, 20000)])
    receipts.reverse_receipt(r.number, "汇票被拒付", date=_dt.date(2026, 11, 18))
    d = receipt_detail(r.number)
    assert (d.created_by, d.reversed_by) == ("张丽", "Administrator")
    assert [line.created_by for line in d.allocations] == ["张丽"]


def test_credit_sources_are_the_unapplied_receipts_and_credit_notes_in_the_order_they_are_spent(books):
    ids, numbers = books
    issue_credit_note(ids[0], _dt.date(2026, 10, 1), 5000, "折让", apply=False)
    sources = credit_sources(ids[0])
    assert [s.kind for s in sources][:2] == ["credit_note", "receipt"]      # same day: the note first
    assert sources[1].number == numbers[0] and sources[1].left == 30000
    assert sum(s.left for s in sources) == sum(
        r.unallocated for r in receipt_page(ReceiptFilter(customer_id=ids[0]), limit=100)) + 5000


def test_chosen_lines_of_a_customers_credit_are_applied_from_the_oldest_money_first(books):
    ids, numbers = books
    cid = ids[0]
    inv = create_invoice(cid, _dt.date(2026, 11, 15), amount=40000, description="停车费", post=True,
                         apply_credit=False)
    sources = credit_sources(cid)
    held = sum(s.left for s in sources)
    assert held > 10000
    result = receipts.apply_customer_credit(cid, allocations=[(inv.invoice_id, 10000)])
    assert result is not None and result.allocated == [(inv.number, 10000)]
    assert result.unallocated == held - 10000
    left = {(s.kind, s.id): s.left for s in credit_sources(cid)}
    oldest = sources[0]
    assert left.get((oldest.kind, oldest.id), 0) == max(0, oldest.left - 10000)     # the oldest money went first
    with pytest.raises(ValidationError) as refused:
        receipts.apply_customer_credit(cid, allocations=[(inv.invoice_id, held)])
    assert "unapplied credit" in refused.value.message
    assert sum(s.left for s in credit_sources(cid)) == held - 10000                # nothing written


def test_a_bank_acceptance_bill_is_a_payment_method_in_every_face(ledger_db, capsys, tmp_path):
    assert "acceptance" in receipts.vocab.PAYMENT_METHODS
    i18n.set_language("zh_CN")
    try:
        assert names.payment_method("acceptance") == "承兑汇票"
    finally:
        i18n.set_language("en")
    assert names.payment_method("acceptance") == "Bank acceptance bill"
    cid = create_customer(name="苏州承兑客户有限公司").customer_id
    r = receipts.record_receipt(cid, clock.today(), 100000, method="acceptance", reference="汇票号 3130 0051 2233")
    assert lookups.receipt(r.number).method == "acceptance"

    path = str(tmp_path / "cli.sqlite3")
    assert cli.main(["init", path]) == 0
    assert cli.main(["--db", path, "customer", "add", "--name", "无锡承兑客户", "--code", "WX01"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", path, "--lang", "zh_CN", "receipt", "add", "--customer", "WX01", "--date",
                     clock.today().isoformat(), "--amount", "500", "--method", "acceptance"]) == 0
    assert "承兑汇票" in capsys.readouterr().out
