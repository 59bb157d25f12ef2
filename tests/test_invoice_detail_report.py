"""The invoice detail report: one invoice's header, lines, every allocation that paid it
(reversed ones marked, with why), credit notes against it, its void and the reversals
that touched it, its collection task and its disputes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from arapp import clock
from arapp.errors import NotFound
from arapp.reports.invoice_detail import CREDIT_NOTE, RECEIPT, invoice_detail
from arapp.services import collections as col
from arapp.services import credit_notes, customers, invoices, receipts
from arapp.services.credit_notes import KEEP_AS_CREDIT
from arapp.services.invoices import LineInput

D = dt.date
TODAY = D(2026, 6, 30)


@pytest.fixture
def cust(ledger_db):
    clock.set(TODAY)
    from arapp.services import credit

    credit.set_hold_overdue_days(3650)
    return customers.create_customer(name="宁波海通物流有限公司", payment_terms_days=30).code


def test_header_and_lines_as_the_books_hold_them(cust):
    inv = invoices.create_invoice(cust, D(2026, 5, 1), post=True, period="2026-05", description="五月物业费", lines=[
        LineInput("物业管理费", "120.5", 280), LineInput("车位费", 1, 130000)])
    d = invoice_detail(inv.number)
    assert (d.number, d.customer_code, d.customer_name) == (inv.number, cust, "宁波海通物流有限公司")
    assert (d.issue_date, d.due_date, d.effective_due, d.status) == (D(2026, 5, 1), D(2026, 5, 31), None, "posted")
    assert (d.total, d.open_amount, d.period) == (33740 + 130000, 33740 + 130000, "2026-05")
    assert [c.key for c in d.line_columns] == ["line_no", "description", "quantity", "unit_price", "amount"]
    assert d.lines == [(1, "物业管理费", Decimal("120.5"), 280, 33740), (2, "车位费", Decimal(1), 130000, 130000)]
    assert [h.kind for h in d.history] == ["posted"]


def test_payments_from_receipts_and_credit_notes_with_reversals_marked(cust):
    inv = invoices.create_invoice(cust, D(2026, 5, 1), amount=100000, post=True)
    r1 = receipts.record_receipt(cust, D(2026, 5, 10), 30000)
    r2 = receipts.record_receipt(cust, D(2026, 5, 20), 20000)
    note = credit_notes.issue_credit_note(cust, D(2026, 6, 1), 5000, "质量折让", invoice=inv.number)
    receipts.reverse_receipt(r2.number, "银行退票", date=D(2026, 6, 5))
    credit_notes.void_credit_note(note.number, "开错金额", date=D(2026, 6, 6))

    d = invoice_detail(inv.invoice_id)
    got = [(p.source, p.number, p.amount, p.reversed, p.reversal_reason) for p in d.payments]
    assert got == [(RECEIPT, r1.number, 30000, False, ""), (RECEIPT, r2.number, 20000, True, "银行退票"),
                   (CREDIT_NOTE, note.number, 5000, True, "开错金额")]
    assert d.payments[1].reversed_on == D(2026, 6, 5)
    assert (d.open_amount, d.paid) == (70000, 30000)
    history = [(h.kind, h.document, h.amount, h.reason, h.by) for h in d.history]
    assert ("receipt_reversed", r2.number, 20000, "银行退票", "admin") in history
    assert ("credit_note_void", note.number, 5000, "开错金额", "admin") in history
    [cn] = d.credit_notes
    assert (cn.number, cn.status, cn.applied_here, cn.void_reason) == (note.number, "void", 0, "开错金额")


def test_a_credit_note_kept_as_credit_is_listed_though_it_paid_nothing(cust):
    inv = invoices.create_invoice(cust, D(2026, 5, 1), amount=100000, post=True)
    note = credit_notes.issue_credit_note(cust, D(2026, 6, 1), 5000, "返利", invoice=inv.number, apply=KEEP_AS_CREDIT)
    d = invoice_detail(inv.number)
    assert d.payments == []
    assert [(c.number, c.applied_here, c.unapplied) for c in d.credit_notes] == [(note.number, 0, 5000)]


def test_a_void_says_who_when_and_why_and_its_payments_show_reversed(cust):
    inv = invoices.create_invoice(cust, D(2026, 5, 1), amount=100000, post=True)
    receipts.record_receipt(cust, D(2026, 5, 10), 30000)
    invoices.void_invoice(inv.number, "开票抬头错误")
    d = invoice_detail(inv.number)
    void = next(h for h in d.history if h.kind == "void")
    assert (void.date, void.by, void.reason) == (TODAY, "admin", "开票抬头错误")
    assert d.status == "void" and d.payments[0].reversed
    assert d.payments[0].reversal_reason == "开票抬头错误"


def test_collection_task_effective_due_and_disputes(cust):
    inv = invoices.create_invoice(cust, D(2026, 4, 1), amount=100000, post=True)
    col.generate_tasks(TODAY)
    d = invoice_detail(inv.number)
    assert d.task is not None and d.task.covers_invoice and d.task.status == "open"
    assert d.task.level_seq >= 1 and d.task.action

    col.open_dispute(inv.number, "数量不符", on=TODAY)
    col.close_dispute(inv.number, "补发货后客户确认", on=TODAY)
    col.open_dispute(inv.number, "价格有异议", on=TODAY)
    d = invoice_detail(inv.number)
    assert [(x.status, x.reason, x.resolution) for x in d.disputes] == [
        ("open", "价格有异议", ""), ("closed", "数量不符", "补发货后客户确认")]
    assert d.open_dispute.reason == "价格有异议"


def test_an_approved_extension_gives_the_effective_due_date(cust):
    inv = invoices.create_invoice(cust, D(2026, 6, 1), amount=100000, post=True)
    ext = col.request_extension(inv.number, D(2026, 8, 15), "资金周转", on=TODAY)
    col.decide_extension(ext.request_id, True, on=TODAY)
    d = invoice_detail(inv.number)
    assert (d.due_date, d.effective_due) == (D(2026, 7, 1), D(2026, 8, 15))


def test_an_unknown_invoice_is_not_found(cust):
    with pytest.raises(NotFound):
        invoice_detail("INV-1999-000001")


def test_a_column_the_lines_gain_is_one_entry_in_line_columns(cust, monkeypatch):
    from arapp.reports import invoice_detail as report

    inv = invoices.create_invoice(cust, D(2026, 5, 1), amount=1000, post=True)
    monkeypatch.setattr(report, "LINE_COLUMNS", report.LINE_COLUMNS + (
        ("double", lambda: "Double", "money", lambda line: line.amount * 2),))
    d = invoice_detail(inv.number)
    assert [c.key for c in d.line_columns][-1] == "double"
    assert d.lines[0][-1] == 2000
    assert [amount for _description, amount in d.line_amounts()] == [1000]
