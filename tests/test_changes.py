"""Every write says what it touched: the typed Changes the window broadcasts."""

from __future__ import annotations

import datetime as dt

import pytest

from arapp.services import aging_schemes, credit, credit_notes, customers, invoices, receipts, settings
from arapp.services import collections as col
from arapp.services.changes import NOTHING, Changes

D = dt.date


def test_changes_merge_and_name_ids():
    a = Changes.of(invoice=[1, 2], customer=7)
    b = Changes.of(invoice=3, task=True)
    merged = a | b
    assert merged.ids("invoice") == {1, 2, 3} and merged.ids("customer") == {7}
    assert "task" in merged and merged.ids("task") == frozenset()
    assert merged.touches("receipt", "task") and not merged.touches("receipt")
    assert not NOTHING and (NOTHING | a) == a
    with pytest.raises(ValueError):
        Changes.of(invoices=[1])


def test_money_writes_name_the_documents_and_the_customer(ledger_db, old_books):
    old_books()
    c = customers.create_customer(name="甲公司", payment_terms_days=0)
    assert c.changes.ids("customer") == {c.customer_id}
    one = invoices.create_invoice(c.code, D(2026, 1, 1), amount=10000, post=True)
    two = invoices.create_invoice(c.code, D(2026, 2, 1), amount=10000, post=True)
    assert one.changes.ids("invoice") == {one.invoice_id} and one.changes.ids("customer") == {c.customer_id}
    r = receipts.record_receipt(c.code, D(2026, 3, 1), 15000)
    assert r.changes.ids("receipt") == {r.receipt_id}
    assert r.changes.ids("invoice") == {one.invoice_id, two.invoice_id}
    assert len(r.changes.ids("allocation")) == 2 and r.changes.ids("customer") == {c.customer_id}
    voided = invoices.void_invoice(two.number, "开错了", date=D(2026, 3, 2))
    assert voided.changes.ids("receipt") == {r.receipt_id} and len(voided.changes.ids("allocation")) == 2
    back = receipts.reverse_receipt(r.number, "退回", date=D(2026, 3, 3))
    assert back.changes.ids("invoice") == {one.invoice_id}
    note = credit_notes.issue_credit_note(c.code, D(2026, 3, 4), 2000, "折让", invoice=one.number)
    assert note.changes.ids("credit_note") == {note.credit_note_id} and note.changes.ids("invoice") == {one.invoice_id}


def test_settings_schemes_and_credit_decisions_say_what_they_touched(ledger_db):
    assert settings.save_company_settings({"company.name": "示例物业"}).changes.touches("setting")
    assert not settings.save_company_settings({"company.name": "示例物业"}).changes   # unchanged: nothing
    assert aging_schemes.save_scheme("季度", [0, 90, 180]).changes.touches("aging_scheme")
    c = customers.create_customer(name="乙公司")
    decision = credit.record_credit_decision(c.code, rating="A", limit=100000)
    assert decision.changes.ids("customer") == {c.customer_id} and decision.changes.ids("assessment")


def test_collection_writes_name_the_customer_file_and_tasks(ledger_db):
    c = customers.create_customer(name="丙公司", payment_terms_days=0)
    invoices.create_invoice(c.code, D(2026, 1, 1), amount=10000, post=True)
    run = col.generate_tasks(D(2026, 1, 10))
    assert run.changes.touches("task") and col.generate_tasks(D(2026, 1, 10)).changes == NOTHING
    contact = col.log_contact(c.code, "call", "电话提醒", at=dt.datetime(2026, 1, 10, 10, 0))
    assert contact.changes.ids("collection") == {c.customer_id}
    promise = col.record_promise(c.code, D(2026, 1, 20), 10000, on=D(2026, 1, 10))
    assert promise.changes.ids("collection") == {c.customer_id} and promise.changes.touches("task")
