"""The receivable ledger: allocation, credit, reversal, immutability, audit, numbering."""

from __future__ import annotations

import datetime as dt
import threading

import peewee
import pytest

from arapp.db import lookups
from arapp.db.models import Allocation, AuditLog, Invoice, Receipt
from arapp.errors import ImmutableError, PermissionDenied, ValidationError
from arapp.reports.balances import customer_balance, customer_balances, invoice_open_as_of
from arapp.reports.customers import find_customers
from arapp.services import credit_notes, customers, invoices, receipts
from arapp.services.context import Actor, acting_as
from arapp.services.invoices import LineInput

D = dt.date


@pytest.fixture
def cust(ledger_db, old_books):
    old_books()
    return customers.create_customer(name="杭州恒达贸易有限公司", payment_terms_days=30).code


def post(code, issue, amount, **kw):
    return invoices.create_invoice(code, issue, amount=amount, post=True, **kw)


def test_receipt_allocates_oldest_due_first(cust):
    late = post(cust, D(2026, 3, 1), 30000)
    early = post(cust, D(2026, 1, 1), 10000)
    middle = post(cust, D(2026, 2, 1), 20000)
    r = receipts.record_receipt(cust, D(2026, 4, 1), 25000)
    assert r.allocated == [(early.number, 10000), (middle.number, 15000)]
    assert Invoice.get_by_id(early.invoice_id).status == "paid"
    assert Invoice.get_by_id(middle.invoice_id).status == "partly_paid"
    assert Invoice.get_by_id(middle.invoice_id).open_amount == 5000
    assert Invoice.get_by_id(late.invoice_id).status == "posted"
    assert r.unallocated == 0


def test_the_receipt_dialog_lists_open_invoices_in_the_order_the_allocation_pays_them(cust):
    """Two invoices due the same day: the one issued first is the older, in the open-items
    list the receipt dialog shows, in the preview and in the allocation made."""
    from arapp.reports.balances import open_items

    later_issued = post(cust, D(2026, 1, 20), 10000, due_date=D(2026, 2, 28))     # INV-1, issued 1/20
    earlier_issued = post(cust, D(2026, 1, 5), 10000, due_date=D(2026, 2, 28))    # INV-2, issued 1/5
    listed = [item.number for item in open_items(lookups.customer(cust).id)]
    assert listed == [earlier_issued.number, later_issued.number]
    plan, _left = receipts.preview_allocation(cust, 6000)
    assert [line.invoice_number for line in plan] == [earlier_issued.number]
    made = receipts.record_receipt(cust, D(2026, 3, 1), 6000)
    assert made.allocated == [(earlier_issued.number, 6000)]


def test_the_collection_file_lists_open_items_in_the_order_the_allocation_pays_them(cust):
    """The Collections tab's file of a customer: two invoices due the same day are listed
    issued-first, as the receipt dialog lists them and the allocation pays them."""
    from arapp.reports.collections.customer_file import customer_collection_detail

    later_issued = post(cust, D(2026, 1, 20), 10000, due_date=D(2026, 2, 28))     # made first
    earlier_issued = post(cust, D(2026, 1, 5), 10000, due_date=D(2026, 2, 28))
    items = customer_collection_detail(cust, D(2026, 3, 10)).open_items
    assert [item.number for item in items] == [earlier_issued.number, later_issued.number]
    made = receipts.record_receipt(cust, D(2026, 3, 10), 6000)
    assert made.allocated == [(items[0].number, 6000)]


def test_manual_allocation_goes_where_the_user_chose(cust):
    a = post(cust, D(2026, 1, 1), 10000)
    b = post(cust, D(2026, 2, 1), 20000)
    r = receipts.record_receipt(cust, D(2026, 4, 1), 20000, allocations=[(b.number, 20000)])
    assert r.allocated == [(b.number, 20000)]
    assert Invoice.get_by_id(a.invoice_id).open_amount == 10000
    assert Invoice.get_by_id(b.invoice_id).status == "paid"


def test_manual_allocation_beyond_receipt_or_invoice_is_refused_and_writes_nothing(cust):
    a = post(cust, D(2026, 1, 1), 10000)
    before = (Receipt.select().count(), Allocation.select().count(), AuditLog.select().count())
    with pytest.raises(ValidationError):
        receipts.record_receipt(cust, D(2026, 4, 1), 5000, allocations=[(a.number, 6000)])
    with pytest.raises(ValidationError):
        receipts.record_receipt(cust, D(2026, 4, 1), 50000, allocations=[(a.number, 10001)])
    assert (Receipt.select().count(), Allocation.select().count(), AuditLog.select().count()) == before


def test_overpayment_becomes_customer_credit_and_pays_the_next_invoice(cust, ledger_db):
    first = post(cust, D(2026, 1, 1), 10000)
    r = receipts.record_receipt(cust, D(2026, 1, 20), 15000)
    assert r.allocated == [(first.number, 10000)]
    assert r.unallocated == 5000
    bal = customer_balance(lookups.customer(cust).id)
    assert (bal.open_invoices, bal.credit, bal.balance) == (0, 5000, -5000)
    nxt = post(cust, D(2026, 2, 1), 8000)
    assert nxt.credit_applied == 5000
    assert nxt.open_amount == 3000
    bal = customer_balance(lookups.customer(cust).id)
    assert (bal.open_invoices, bal.credit, bal.balance) == (3000, 0, 3000)


def test_reversing_a_receipt_reopens_its_invoices_and_keeps_both_visible(cust):
    a = post(cust, D(2026, 1, 1), 10000)
    r = receipts.record_receipt(cust, D(2026, 2, 1), 12000)
    rev = receipts.reverse_receipt(r.number, "支票退票", date=D(2026, 2, 5))
    assert rev.status == "reversed"
    inv = Invoice.get_by_id(a.invoice_id)
    assert (inv.open_amount, inv.status) == (10000, "posted")
    rows = list(Allocation.select().where(Allocation.receipt == r.receipt_id).order_by(Allocation.id))
    assert [x.amount for x in rows] == [10000, -10000]
    assert rows[1].reverses_id == rows[0].id
    bal = customer_balance(lookups.customer(cust).id)
    assert (bal.open_invoices, bal.credit) == (10000, 0)
    # as of the day before the reversal, the invoice was paid and 20.00 was credit
    past = customer_balance(lookups.customer(cust).id, D(2026, 2, 4))
    assert (past.open_invoices, past.credit) == (0, 2000)
    with pytest.raises(ValidationError):
        receipts.reverse_receipt(r.number, "again")


def test_receipts_after_the_as_of_date_do_not_reduce_balances(cust):
    a = post(cust, D(2026, 1, 1), 10000)
    receipts.record_receipt(cust, D(2026, 3, 1), 4000)
    assert invoice_open_as_of(a.invoice_id, D(2026, 2, 28)) == 10000
    assert invoice_open_as_of(a.invoice_id, D(2026, 3, 1)) == 6000
    assert invoice_open_as_of(a.invoice_id, D(2025, 12, 31)) == 0
    assert invoice_open_as_of(a.invoice_id) == 6000
    cid = lookups.customer(cust).id
    assert customer_balance(cid, D(2026, 2, 28)).overdue == 10000
    assert customer_balance(cid, D(2026, 1, 15)).overdue == 0


def test_domain_regression_cases_settle_to_zero(cust):
    a = post(cust, D(2026, 1, 1), 115)
    b = post(cust, D(2026, 1, 1), 230)
    receipts.record_receipt(cust, D(2026, 1, 5), 345)
    assert Invoice.get_by_id(a.invoice_id).open_amount == 0
    assert Invoice.get_by_id(b.invoice_id).open_amount == 0
    c = post(cust, D(2026, 2, 1), 190985)
    receipts.record_receipt(cust, D(2026, 2, 5), 187165)
    credit_notes.issue_credit_note(cust, D(2026, 2, 5), 3820, "扣款", invoice=c.number)
    assert Invoice.get_by_id(c.invoice_id).status == "paid"
    assert customer_balance(lookups.customer(cust).id).balance == 0


def test_invoice_lines_compute_amounts_half_up(cust):
    res = invoices.create_invoice(cust, D(2026, 1, 1), lines=[
        LineInput("物业费 85.32㎡ × 1.00", "85.32", 100),
        LineInput("物业费 0.5㎡ × 0.75", "0.5", 75),    # 0.375 → 0.38 (half up)
        LineInput("车位费", 1, 15000),
    ], post=True)
    assert res.total == 8532 + 38 + 15000
    lines = invoices.invoice_lines(res.number)
    assert [ln.quantity_milli for ln in lines] == [85320, 500, 1000]


def test_invoice_input_is_checked(cust):
    with pytest.raises(ValidationError):
        invoices.create_invoice(cust, D(2026, 1, 10), due_date=D(2026, 1, 1), amount=100)
    with pytest.raises(ValidationError):
        invoices.create_invoice(cust, D(2026, 1, 10), lines=[LineInput("x", "1.2345", 100)])
    with pytest.raises(ValidationError):
        invoices.create_invoice(cust, D(2026, 1, 10), amount=0)
    with pytest.raises(ValidationError):
        invoices.create_invoice(cust, D(2026, 1, 10), lines=[LineInput("", 1, 100)])
    assert Invoice.select().count() == 0


def test_due_date_defaults_to_the_customer_terms(cust):
    res = post(cust, D(2026, 1, 31), 100)
    assert Invoice.get_by_id(res.invoice_id).due_date == D(2026, 3, 2)


def test_posted_invoice_is_never_edited_or_deleted_by_the_services(cust):
    res = post(cust, D(2026, 1, 1), 100)
    with pytest.raises(ImmutableError):
        invoices.post_invoice(res.number)
    with pytest.raises(ImmutableError):
        invoices.delete_draft_invoice(res.number)
    with pytest.raises(ValidationError):
        invoices.void_invoice(res.number, "")
    invoices.void_invoice(res.number, "开错客户")
    with pytest.raises(ValidationError):
        invoices.void_invoice(res.number, "again")
    inv = Invoice.get_by_id(res.invoice_id)
    assert (inv.status, inv.void_reason, inv.total) == ("void", "开错客户", 100)


@pytest.mark.parametrize("sql", [
    "UPDATE invoice SET total = total + 1",
    "UPDATE invoice SET customer_id = customer_id",  # harmless on its own; see below
    "DELETE FROM invoice",
    "UPDATE receipt SET amount = 1",
    "DELETE FROM receipt",
    "UPDATE allocation SET amount = 1",
    "DELETE FROM allocation",
    "DELETE FROM audit_log",
    "UPDATE audit_log SET username = 'x'",
    "UPDATE invoice_line SET amount = 1",
    "DELETE FROM invoice_line",
])
def test_database_refuses_edits_to_posted_documents(cust, ledger_db, sql):
    post(cust, D(2026, 1, 1), 10000)
    receipts.record_receipt(cust, D(2026, 1, 2), 5000)
    if "customer_id = customer_id" in sql:
        ledger_db.execute_sql(sql)  # no column changes: allowed
        return
    with pytest.raises(peewee.DatabaseError):
        with ledger_db.atomic():
            ledger_db.execute_sql(sql)


def test_drafts_can_be_changed_and_deleted(cust):
    res = invoices.create_invoice(cust, D(2026, 1, 1), amount=100)
    assert res.status == "draft" and res.number is None
    invoices.delete_draft_invoice(res.invoice_id)
    assert Invoice.select().count() == 0


def test_every_write_leaves_an_audit_record(cust):
    n0 = AuditLog.select().count()
    res = post(cust, D(2026, 1, 1), 10000)
    r = receipts.record_receipt(cust, D(2026, 1, 2), 5000)
    receipts.reverse_receipt(r.number, "录错")
    invoices.void_invoice(res.number, "作废")
    customers.update_customer(cust, phone="13912345678")
    actions = [(a.action, a.entity) for a in AuditLog.select().where(AuditLog.id > n0).order_by(AuditLog.id)]
    assert ("create", "invoice") in actions and ("post", "invoice") in actions
    assert ("create", "receipt") in actions and ("allocate", "allocation") in actions
    assert ("reverse", "receipt") in actions and ("void", "invoice") in actions
    assert ("update", "customer") in actions
    upd = AuditLog.select().where(AuditLog.entity == "customer", AuditLog.action == "update").get()
    assert '"phone": ""' in upd.before_json and "13912345678" in upd.after_json
    assert upd.username == "admin"


def test_numbers_are_gap_free_per_year_and_a_failed_post_takes_none(cust):
    a = post(cust, D(2026, 1, 1), 100)
    with pytest.raises(ValidationError):
        post(cust, D(2026, 1, 1), 100, due_date=D(2025, 1, 1))
    b = post(cust, D(2026, 6, 1), 100, override_reason="年底补录")
    c = post(cust, D(2027, 1, 1), 100, override_reason="年底补录")
    assert (a.number, b.number, c.number) == ("INV-2026-000001", "INV-2026-000002", "INV-2027-000001")


def test_concurrent_posting_keeps_numbers_unique_and_gap_free(cust, ledger_db):
    errors = []

    def worker():
        try:
            for _ in range(10):
                post(cust, D(2026, 5, 1), 100)
        except Exception as exc:  # pragma: no cover - shown on failure
            errors.append(exc)
        finally:
            ledger_db.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    numbers = sorted(i.number for i in Invoice.select())
    assert numbers == [f"INV-2026-{n:06d}" for n in range(1, 41)]


def test_roles_limit_what_a_user_may_do(cust):
    res = post(cust, D(2026, 1, 1), 10000)
    with acting_as(Actor("li", "cashier")):
        r = receipts.record_receipt(cust, D(2026, 1, 2), 1000)  # cashiers take payments
        with pytest.raises(PermissionDenied):
            invoices.void_invoice(res.number, "x")
        with pytest.raises(PermissionDenied):
            post(cust, D(2026, 1, 1), 100)
        with pytest.raises(PermissionDenied):
            receipts.reverse_receipt(r.number, "x")
    with acting_as(Actor("wang", "collector")):
        with pytest.raises(PermissionDenied):
            receipts.record_receipt(cust, D(2026, 1, 2), 1000)


def test_voiding_a_paid_invoice_returns_the_money_to_customer_credit(cust):
    res = post(cust, D(2026, 1, 1), 10000)
    receipts.record_receipt(cust, D(2026, 1, 2), 10000)
    out = invoices.void_invoice(res.number, "重复开票")
    assert out.released == 10000
    bal = customer_balance(lookups.customer(cust).id)
    assert (bal.open_invoices, bal.credit) == (0, 10000)


def test_credit_note_reduces_an_invoice_and_can_be_voided(cust):
    res = post(cust, D(2026, 1, 1), 10000)
    cn = credit_notes.issue_credit_note(cust, D(2026, 1, 5), 3000, "折让", invoice=res.number)
    assert cn.applied == [(res.number, 3000)]
    assert Invoice.get_by_id(res.invoice_id).open_amount == 7000
    credit_notes.void_credit_note(cn.number, "开错")
    assert Invoice.get_by_id(res.invoice_id).open_amount == 10000


def test_a_customer_edit_with_its_aliases_is_one_write(ledger_db):
    from arapp.reports.customers import customer_card

    c = customers.create_customer(name="锦绣物业", aliases=["锦绣", "锦绣物业公司"])
    change = customers.update_customer(c.code, phone="0571-8888", aliases=["锦绣物业公司", "JX"])
    card = customer_card(c.code)
    assert (card.phone, card.aliases) == ("0571-8888", ("锦绣物业公司", "JX"))
    assert set(change.changed_fields) == {"phone", "aliases"} and change.changes.ids("customer") == {c.customer_id}
    with acting_as(Actor("clerk", "collector")), pytest.raises(PermissionDenied):
        customers.update_customer(c.code, aliases=[])
    assert customer_card(c.code).aliases == ("锦绣物业公司", "JX")
    unchanged = customers.update_customer(c.code, phone="0571-8888", aliases=["锦绣物业公司", "JX"])
    assert not unchanged.changed_fields and not unchanged.changes


def test_customer_search_finds_code_name_alias_and_phone(ledger_db):
    c = customers.create_customer(name="上海锦绣物业管理有限公司", phone="021-55551234")
    customers.add_alias(c.code, "锦绣物业")
    customers.create_customer(name="张伟", phone="13800001111")
    assert [x.code for x in find_customers("锦绣")] == [c.code]
    assert [x.code for x in find_customers(c.code)] == [c.code]
    assert [x.name for x in find_customers("1380000")] == ["张伟"]
    assert len(find_customers("")) == 2
    assert find_customers("%") == [] and find_customers("_") == []
    with pytest.raises(ValidationError):
        customers.update_customer(c.code, code="")
    with pytest.raises(ValidationError):
        customers.create_customer(name="")
    with pytest.raises(ValidationError):
        customers.create_customer(name="x", code=c.code)
    with pytest.raises(ValidationError):
        customers.create_customer(name="x", email="not-an-email")


def test_balance_summary_totals(cust):
    other = customers.create_customer(name="李娜").code
    post(cust, D(2026, 1, 1), 10000)
    post(other, D(2026, 1, 1), 5000)
    receipts.record_receipt(other, D(2026, 1, 2), 7000)
    rep = customer_balances()
    assert rep.total_open == 10000
    assert rep.total_credit == 2000
    assert rep.total_balance == 8000


def test_a_backdated_void_takes_effect_on_its_date(cust):
    res = post(cust, D(2026, 3, 1), 10000)
    receipts.record_receipt(cust, D(2026, 3, 5), 10000)
    invoices.void_invoice(res.number, "重复开票", date=D(2026, 3, 15))
    cid = lookups.customer(cust).id
    before = customer_balance(cid, D(2026, 3, 14))
    after = customer_balance(cid, D(2026, 3, 20))
    assert (before.open_invoices, before.credit) == (0, 0)
    assert (after.open_invoices, after.credit) == (0, 10000)
    assert invoice_open_as_of(res.invoice_id, D(2026, 3, 4)) == 10000


def test_a_void_cannot_be_dated_before_the_document(cust):
    res = post(cust, D(2026, 3, 1), 10000)
    with pytest.raises(ValidationError):
        invoices.void_invoice(res.number, "开错", date=D(2026, 2, 28))
    assert Invoice.get_by_id(res.invoice_id).status == "posted"
    cn = credit_notes.issue_credit_note(cust, D(2026, 3, 5), 1000, "折让", invoice=res.number)
    with pytest.raises(ValidationError):
        credit_notes.void_credit_note(cn.number, "开错", date=D(2026, 3, 4))
    assert Invoice.get_by_id(res.invoice_id).open_amount == 9000
