"""Issuing a credit note (贷项/红字): against an invoice or a customer, applied to that
invoice, oldest first, or kept as credit; an amount or lines summing to it; void with a reason."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from arapp import clock
from arapp.db import lookups
from arapp.db.models import AuditLog, CreditNote, Receipt
from arapp.errors import ValidationError
from arapp.services import credit_notes, customers, invoices, receipts
from arapp.services.credit_notes import APPLY_OLDEST_FIRST, APPLY_TO_INVOICE, KEEP_AS_CREDIT

D = dt.date
TODAY = D(2026, 6, 30)


@pytest.fixture
def cust(ledger_db):
    clock.set(TODAY)
    return customers.create_customer(name="杭州恒达贸易有限公司", payment_terms_days=30).code


def post(code, issue, amount):
    return invoices.create_invoice(code, issue, amount=amount, post=True, override_reason="test")


def open_of(number):
    return lookups.invoice(number).open_amount


def test_kept_as_credit_against_an_invoice_applies_nothing_and_names_the_invoice(cust):
    inv = post(cust, D(2026, 5, 1), 100000)
    res = credit_notes.issue_credit_note(cust, D(2026, 6, 1), 20000, "折让", invoice=inv.number,
                                         apply=KEEP_AS_CREDIT)
    assert (res.applied, res.unapplied) == ([], 20000)
    assert open_of(inv.number) == 100000
    assert CreditNote.get_by_id(res.credit_note_id).invoice_id == inv.invoice_id


def test_to_this_invoice_keeps_what_the_invoice_cannot_take_as_credit(cust):
    older = post(cust, D(2026, 4, 1), 50000)
    inv = post(cust, D(2026, 5, 1), 10000)
    res = credit_notes.issue_credit_note(cust, D(2026, 6, 1), 30000, "退货", invoice=inv.number,
                                         apply=APPLY_TO_INVOICE)
    assert res.applied == [(inv.number, 10000)]
    assert res.unapplied == 20000
    assert open_of(older.number) == 50000               # the older invoice is not touched


def test_oldest_first_from_an_invoice_takes_that_invoice_then_the_oldest(cust):
    older = post(cust, D(2026, 3, 1), 5000)
    newer = post(cust, D(2026, 4, 1), 7000)
    inv = post(cust, D(2026, 5, 1), 10000)
    res = credit_notes.issue_credit_note(cust, D(2026, 6, 1), 18000, "折让", invoice=inv.number,
                                         apply=APPLY_OLDEST_FIRST)
    assert res.applied == [(inv.number, 10000), (older.number, 5000), (newer.number, 3000)]
    assert (res.unapplied, open_of(newer.number)) == (0, 4000)


def test_oldest_first_spends_only_the_new_note_not_an_earlier_prepayment(cust):
    inv = post(cust, D(2026, 5, 3), 10000)
    rct = receipts.record_receipt(cust, D(2026, 5, 4), 4000, allocations=None)   # 预收 left alone on purpose
    res = credit_notes.issue_credit_note(cust, D(2026, 6, 1), 3000, "折让", apply=APPLY_OLDEST_FIRST)
    assert res.applied == [(inv.number, 3000)]
    assert Receipt.get_by_id(rct.receipt_id).unallocated == 4000


def test_lines_make_the_amount_and_are_kept_in_the_audit(cust):
    inv = post(cust, D(2026, 5, 1), 100000)
    res = credit_notes.issue_credit_note(cust, D(2026, 6, 1), None, "质量折让", invoice=inv.number,
                                         lines=[("破损退货", 12000), ("运费补偿", 3050)])
    assert res.amount == 15050
    assert open_of(inv.number) == 100000 - 15050
    row = AuditLog.get((AuditLog.entity == "credit_note") & (AuditLog.action == "create"))
    assert json.loads(row.after_json)["lines"] == [["破损退货", 12000], ["运费补偿", 3050]]


def test_lines_that_do_not_sum_to_the_amount_are_refused_naming_both(cust):
    with pytest.raises(ValidationError) as err:
        credit_notes.issue_credit_note(cust, D(2026, 6, 1), 10000, "折让", lines=[("退货", 9000)])
    assert err.value.field == "lines"
    assert "90.00" in err.value.message and "100.00" in err.value.message
    assert CreditNote.select().count() == 0


def test_a_line_without_a_positive_amount_is_refused_naming_the_line(cust):
    with pytest.raises(ValidationError) as err:
        credit_notes.issue_credit_note(cust, D(2026, 6, 1), None, "折让", lines=[("退货", 9000), ("运费", 0)])
    assert err.value.field == "lines" and "2" in err.value.message


def test_to_this_invoice_needs_an_invoice(cust):
    with pytest.raises(ValidationError) as err:
        credit_notes.issue_credit_note(cust, D(2026, 6, 1), 1000, "折让", apply=APPLY_TO_INVOICE)
    assert err.value.field == "invoice"


def test_an_unknown_way_to_apply_is_refused(cust):
    with pytest.raises(ValidationError) as err:
        credit_notes.issue_credit_note(cust, D(2026, 6, 1), 1000, "折让", apply="sideways")
    assert err.value.field == "apply"


def test_a_credit_note_on_a_draft_is_refused(cust):
    draft = invoices.create_invoice(cust, D(2026, 6, 1), amount=1000, post=False)
    with pytest.raises(ValidationError) as err:
        credit_notes.issue_credit_note(cust, D(2026, 6, 1), 1000, "折让", invoice=draft.invoice_id)
    assert err.value.field == "invoice"


def test_the_old_true_and_false_still_mean_oldest_first_and_this_invoice(cust):
    a = post(cust, D(2026, 4, 1), 5000)
    b = post(cust, D(2026, 5, 1), 5000)
    res = credit_notes.issue_credit_note(cust, D(2026, 6, 1), 6000, "折让", invoice=b.number, apply=False)
    assert (res.applied, res.unapplied) == ([(b.number, 5000)], 1000)
    assert open_of(a.number) == 5000
    res = credit_notes.issue_credit_note(cust, D(2026, 6, 1), 2000, "折让", apply=True)
    assert res.applied == [(a.number, 2000)]


def test_preview_says_where_the_money_would_go_without_writing(cust):
    a = post(cust, D(2026, 4, 1), 5000)
    b = post(cust, D(2026, 5, 1), 5000)
    plan, left = credit_notes.preview_credit_note(cust, 12000, invoice=b.number, apply=APPLY_OLDEST_FIRST)
    assert [(p.invoice_number, p.amount) for p in plan] == [(b.number, 5000), (a.number, 5000)]
    assert left == 2000
    assert credit_notes.preview_credit_note(cust, 12000, invoice=b.number, apply=KEEP_AS_CREDIT) == ([], 12000)
    assert CreditNote.select().count() == 0


def test_void_gives_the_invoice_its_debt_back_and_keeps_the_reason(cust):
    inv = post(cust, D(2026, 5, 1), 10000)
    res = credit_notes.issue_credit_note(cust, D(2026, 6, 1), 4000, "折让", invoice=inv.number)
    void = credit_notes.void_credit_note(res.number, "开错客户")
    assert void.status == "void"
    note = CreditNote.get_by_id(res.credit_note_id)
    assert (note.status, note.void_reason, open_of(inv.number)) == ("void", "开错客户", 10000)
