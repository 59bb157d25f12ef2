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
    assert [c.key for c in d.line_columns] == ["line_no", "description", "quantity", "unit_price", "amount",
                                               "tax_rate", "tax_amount", "gross"]
    assert d.lines == [(1, "物业管理费", Decimal("120.5"), 280, 33740, "", 0, 33740),
                       (2, "车位费", Decimal(1), 130000, 130000, "", 0, 130000)]
    assert [h.kind for h in d.history] == ["posted"]


def test_lines_show_each_rate_its_tax_and_the_tax_inclusive_amount(cust):
    inv = invoices.create_invoice(cust, D(2026, 5, 1), post=True, lines=[
        LineInput("办公用品", 3, 3333, tax_rate="13%"), LineInput("咨询服务", 1, 100000, tax_rate="6%"),
        LineInput("代收水费", 1, 5000)])
    d = invoice_detail(inv.number)
    assert [line[4:] for line in d.lines] == [(9999, "13%", 1300, 11299), (100000, "6%", 6000, 106000),
                                             (5000, "", 0, 5000)]
    assert d.total == 11299 + 106000 + 5000


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
    assert ("receipt_reversed", r2.number, 20000, "银行退票", "Administrator") in history     # the name, not "admin"
    assert ("credit_note_void", note.number, 5000, "开错金额", "Administrator") in history
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
    assert (void.date, void.by, void.reason) == (TODAY, "Administrator", "开票抬头错误")
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


def test_who_did_what_is_the_users_display_name_not_the_login(cust):
    """操作人 reads 李晓梅, as the queue and the reports say, not her login lixm."""
    from arapp.db.database import service_writes
    from arapp.db.models import User
    from arapp.services.context import Actor, acting_as

    with service_writes():
        User.create(username="lixm", display_name="李晓梅", role="manager")
        User.create(username="chenjing", display_name="陈静", role="bookkeeper")
    with acting_as(Actor("lixm", "manager")):
        inv = invoices.create_invoice(cust, D(2026, 5, 1), amount=100000, post=True)
        note = credit_notes.issue_credit_note(cust, D(2026, 5, 5), 10000, "质量折让", invoice=inv.invoice_id,
                                              apply=credit_notes.APPLY_TO_INVOICE)
        col.open_dispute(inv.invoice_id, "数量不符", on=D(2026, 5, 6))
        col.close_dispute(inv.invoice_id, "已核对", on=D(2026, 5, 7))
    with acting_as(Actor("chenjing", "bookkeeper")):
        r = receipts.record_receipt(cust, D(2026, 5, 10), 30000)
        receipts.reverse_receipt(r.number, "银行退票")
    with acting_as(Actor("lixm", "manager")):
        credit_notes.void_credit_note(note.number, "开错")
    d = invoice_detail(inv.number)
    assert {p.source: p.by for p in d.payments} == {CREDIT_NOTE: "李晓梅", RECEIPT: "陈静"}
    assert {p.source: p.reversed_by for p in d.payments} == {CREDIT_NOTE: "李晓梅", RECEIPT: "陈静"}
    assert [n.created_by for n in d.credit_notes] == ["李晓梅"]
    assert {h.kind: h.by for h in d.history} == {"posted": "李晓梅", "receipt_reversed": "陈静",
                                                 "credit_note_void": "李晓梅"}
    assert [(x.opened_by, x.closed_by) for x in d.disputes] == [("李晓梅", "李晓梅")]

