"""New invoice, post a draft, void with a reason, and a receipt with its allocation
preview; the balances follow in the Customers tab."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, Qt

from arapp.db import lookups
from arapp.db.models import Invoice
from arapp.reports.balances import customer_balance
from arapp.ui.dialogs.invoice import InvoiceDialog
from arapp.ui.dialogs.receipt import ReceiptDialog
from arapp.ui.tabs.customers import CustomersTab
from arapp.ui.tabs.invoices import InvoicesTab

TODAY = _dt.date.today()


def test_post_invoice_via_dialog(qtbot, books, op):
    cid = books.customer("上海万隆供应链管理有限公司", payment_terms_days=45)
    dialog = InvoiceDialog(customer_id=cid)
    qtbot.addWidget(dialog)
    issue = QDate(2026, 3, 10)
    dialog.issue_date.setDate(issue)
    assert dialog.due_date.date() == issue.addDays(45)             # from the customer's terms
    dialog.set_line(0, "物业管理费", "120.5", "2.80")               # 337.40
    dialog.add_line("车位费", "1", "1,300")                          # 1,300.00
    dialog.add_line("水费", "18.25", "4.10")                        # 74.825 -> 74.83
    assert dialog.lines.item(2, 3).text() == "74.83"
    assert dialog.total() == 171223
    assert "¥1,712.23" in dialog.total_label.text()
    assert op(dialog.save, True).ok

    result = dialog.result_invoice
    assert result.status == "posted" and result.number.startswith("INV-2026-")
    inv = lookups.invoice(result.invoice_id)
    assert (inv.total, inv.open_amount, inv.due_date) == (171223, 171223, _dt.date(2026, 4, 24))


def test_invoice_dialog_explains_what_is_missing(qtbot, books, op):
    cid = books.customer("绍兴天润装饰工程有限公司")
    dialog = InvoiceDialog()
    qtbot.addWidget(dialog)
    assert not dialog.save(post=True)
    assert dialog.customer.property("invalid") is True
    assert dialog.error.text() == "请选择客户"

    dialog.customer.setText("绍兴天润")                            # one match: taken as the choice
    dialog.set_line(0, "设计费", "1", "12.345")
    assert not dialog.save(post=True)
    assert dialog.customer.customer_id == cid
    assert dialog.error.text().startswith("第 1 行")
    dialog.set_line(0, "设计费", "1", "12.34")
    dialog.due_date.setDate(dialog.issue_date.date().addDays(-1))   # the service refuses
    assert not op(dialog.save, True).ok
    assert dialog.due_date.property("invalid") is True
    assert Invoice.select().count() == 0


def test_draft_from_tab_then_post(qtbot, runner, books, wait_loaded, messages, op):
    cid = books.customer("南通宝利装饰工程有限公司")
    tab = InvoicesTab(runner)
    qtbot.addWidget(tab)
    tab.show()                                  # a tab that is not showing reloads when it is shown
    wait_loaded(tab.model)
    assert tab.model.rowCount() == 0

    dialog = tab.new_invoice(cid)
    dialog.set_line(0, "咨询服务费", "2", "500")
    outcome = op(dialog.save, False)
    draft_id = outcome.result.invoice_id
    qtbot.waitUntil(lambda: tab.selected_invoice() is not None and tab.selected_invoice().id == draft_id)
    assert tab.selected_invoice().status == "draft"
    assert tab.model.data(tab.model.index(0, 0)) == "（草稿）"
    assert tab.post_button.isEnabled() and not tab.void_button.isEnabled()

    assert op(tab.post_selected).ok
    assert messages.questions                                       # it asked first
    assert lookups.invoice(draft_id).status == "posted"
    qtbot.waitUntil(lambda: tab.selected_invoice() is not None and tab.selected_invoice().status == "posted")
    assert tab.void_button.isEnabled() and not tab.post_button.isEnabled()


def test_void_needs_a_reason_and_shows_the_refusal(qtbot, runner, books, wait_loaded, op):
    cid = books.customer("嘉兴华信营销策划有限公司")
    inv_id = books.invoice(cid, 50000, TODAY)
    tab = InvoicesTab(runner)
    qtbot.addWidget(tab)
    tab.show()                                  # a tab that is not showing reloads when it is shown
    wait_loaded(tab.model)
    tab.select_row(0)
    dialog = tab.void_selected()
    assert not op(dialog.save).ok                                   # no reason: the service says so
    assert dialog.reason.property("invalid") is True
    assert dialog.error.text()
    assert lookups.invoice(inv_id).status == "posted"
    dialog.reason.setPlainText("开票金额有误，重开")
    assert op(dialog.save).ok
    inv = lookups.invoice(inv_id)
    assert (inv.status, inv.void_reason) == ("void", "开票金额有误，重开")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.model.row_at(0).status == "void")
    assert tab.model.data(tab.model.index(0, 7)) == "已作废"


def test_receipt_dialog_previews_oldest_first_and_allows_hand_edits(qtbot, books, op):
    cid = books.customer("南京锦程销售代理有限公司")
    a = books.invoice(cid, 10000, TODAY - _dt.timedelta(days=60))
    b = books.invoice(cid, 20000, TODAY - _dt.timedelta(days=30))
    c = books.invoice(cid, 30000, TODAY)
    dialog = ReceiptDialog(customer_id=cid)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 3
    dialog.amount.setText("250")
    dialog.reallocate()
    assert dialog.model.allocations() == [(a, 10000), (b, 15000)]
    assert dialog.leftover() == 0
    assert "¥250.00" in dialog.summary.text()

    # By hand: the newest invoice first.
    m = dialog.model
    assert m.flags(m.index(0, 4)) & Qt.ItemFlag.ItemIsEditable
    assert m.setData(m.index(0, 4), "")
    assert m.setData(m.index(1, 4), "")
    assert m.setData(m.index(2, 4), "200")
    assert not m.setData(m.index(2, 4), "400")                      # more than is open
    assert not m.setData(m.index(2, 4), "1.001")
    assert dialog.leftover() == 5000
    assert "¥50.00" in dialog.summary.text()                        # stays as credit
    dialog.reference.setText("95588-0001")
    dialog.method.setCurrentIndex(dialog.method.findData("wechat"))
    assert op(dialog.save).ok

    r = dialog.result_receipt
    assert r.allocated == [(lookups.invoice(c).number, 20000)] and r.unallocated == 5000
    assert [lookups.invoice(x).open_amount for x in (a, b, c)] == [10000, 20000, 10000]
    assert customer_balance(cid).credit == 5000


def test_receipt_amount_change_replans_but_same_amount_keeps_hand_edits(qtbot, books):
    cid = books.customer("宁波国丰营销策划有限公司")
    a = books.invoice(cid, 10000, TODAY - _dt.timedelta(days=40))
    b = books.invoice(cid, 10000, TODAY)
    dialog = ReceiptDialog(customer_id=cid)
    qtbot.addWidget(dialog)
    dialog.amount.setText("100")
    dialog._amount_changed()
    assert dialog.model.allocations() == [(a, 10000)]
    dialog.model.setData(dialog.model.index(0, 4), "")
    dialog.model.setData(dialog.model.index(1, 4), "100")
    dialog._amount_changed()                                        # same amount: keep the edit
    assert dialog.model.allocations() == [(b, 10000)]
    dialog.amount.setText("150")
    dialog._amount_changed()
    assert dialog.model.allocations() == [(a, 10000), (b, 5000)]


def test_receipt_more_than_owed_becomes_customer_credit(qtbot, books, op):
    cid = books.customer("杭州海纳食品有限公司")
    books.invoice(cid, 10000, TODAY)
    dialog = ReceiptDialog(customer_id=cid)
    qtbot.addWidget(dialog)
    dialog.amount.setText("¥300.00")
    dialog.reallocate()
    assert dialog.leftover() == 20000
    assert "¥200.00" in dialog.summary.text()
    assert op(dialog.save).ok
    assert dialog.result_receipt.unallocated == 20000
    assert customer_balance(cid).balance == -20000


def test_receipt_refuses_without_customer_or_amount(qtbot, books):
    books.customer("常州锦程物流有限公司")
    dialog = ReceiptDialog()
    qtbot.addWidget(dialog)
    dialog.amount.setText("10")
    assert not dialog.save()
    assert dialog.customer.property("invalid") is True
    dialog.customer.setText("锦程物流")
    dialog.amount.setText("")
    assert not dialog.save()
    assert dialog.amount.property("invalid") is True


def test_receipt_from_customers_tab_changes_the_balance_shown(qtbot, runner, books, wait_loaded, op):
    cid = books.customer("上海联创电子有限公司")
    books.invoice(cid, 80000, TODAY - _dt.timedelta(days=50))
    tab = CustomersTab(runner)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    wait_loaded(tab.model)
    qtbot.waitUntil(lambda: tab.selected_customer_id() == cid)
    assert tab.model.data(tab.model.index(0, 3)) == "800.00"
    assert tab.model.data(tab.model.index(0, 4)) == "800.00"

    dialog = tab.take_receipt()
    assert dialog.customer_id == cid
    dialog.amount.setText("300")
    dialog.reallocate()
    assert dialog.model.allocations()[0][1] == 30000
    assert op(dialog.save).ok
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.model.row_at(0).balance == 50000)
    assert tab.model.data(tab.model.index(0, 3)) == "500.00"
    assert tab.model.data(tab.model.index(0, 4)) == "500.00"
    qtbot.waitUntil(lambda: tab.detail.figure_values["open"].text() == "¥500.00")
    assert lookups.customer(cid).code == tab.model.row_at(0).code


def test_credit_hold_warns_and_a_manager_override_posts(qtbot, books, op):
    cid = books.customer("南京永盛纺织有限公司", status="on_hold")
    dialog = InvoiceDialog(customer_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.hold_label.isVisible() and "信用冻结" in dialog.hold_label.text()
    dialog.set_line(0, "货款", "10", "99.90")
    assert not op(dialog.save, True).ok                             # refused without a reason
    assert dialog.override_reason.property("invalid") is True
    assert Invoice.select().count() == 0
    dialog.override_reason.setText("老客户，财务负责人电话确认本周回款")
    assert op(dialog.save, True).ok
    assert dialog.result_invoice.status == "posted"


def test_posting_a_held_draft_from_the_tab_asks_for_the_override(qtbot, runner, books, wait_loaded, messages, op):
    cid = books.customer("杭州华美酒店管理有限公司", status="on_hold")
    draft = books.invoice(cid, 12000, TODAY, post=False)
    tab = InvoicesTab(runner)
    qtbot.addWidget(tab)
    tab.show()                                  # a tab that is not showing reloads when it is shown
    wait_loaded(tab.model)
    tab.select_row(0)
    messages.text_answer = None                                     # cancelled: nothing posted
    assert not op(tab.post_selected).ok                             # the hold, then no reason given
    assert "信用冻结" in messages.questions[-1][1]                    # asked for the override reason
    assert lookups.invoice(draft).status == "draft"
    messages.text_answer = "合同约定先开票后付款"
    with qtbot.waitSignal(tab.ops.finished, timeout=10000,
                          check_params_cb=lambda outcome: outcome.ok) as posted:
        assert tab.post_selected()                                  # the hold, the reason, posted
    assert posted.args[0].result.status == "posted"
    assert lookups.invoice(draft).status == "posted"
