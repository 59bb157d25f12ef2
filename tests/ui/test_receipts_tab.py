"""The Receipts tab: the list with its filters, a receipt's detail, reversal with a
reason, applying credit (核销预收) with the allocation preview, the bank acceptance bill,
and what the user is told after saving a receipt. Buttons are clicked, not called."""

from __future__ import annotations

import datetime as _dt
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton

from arapp.db import lookups
from arapp.reports.balances import customer_balance
from arapp.reports.receipt_list import receipt_detail
from arapp.services import receipts as receipt_service
from arapp.ui.common import AMOUNT_ALIGN, amount_text
from arapp.ui.dialogs.apply_credit import ApplyCreditDialog
from arapp.ui.dialogs.receipt import ReceiptDialog
from arapp.ui.dialogs.receipt_detail import ReceiptDetailDialog, ReverseReceiptDialog
from arapp.ui.models.receipts import ReceiptTableModel
from arapp.ui.tabs.customers import CustomersTab
from arapp.ui.tabs.receipts import ReceiptsTab

TODAY = _dt.date.today()
LEFT = Qt.MouseButton.LeftButton


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def make_receipts(books):
    """Two customers: one paid part of two invoices, one paid ahead (credit), one reversed."""
    a = books.customer("上海锦程贸易有限公司")
    b = books.customer("杭州华美酒店管理有限公司")
    inv1 = books.invoice(a, 100000, TODAY - _dt.timedelta(days=40))
    inv2 = books.invoice(a, 50000, TODAY - _dt.timedelta(days=10))
    paid = receipt_service.record_receipt(a, TODAY - _dt.timedelta(days=5), 120000, method="bank",
                                          reference="95588-0001")
    ahead = receipt_service.record_receipt(b, TODAY - _dt.timedelta(days=3), 80000, method="acceptance",
                                           allocations=None, reference="汇票 3130")
    bounced = receipt_service.record_receipt(a, TODAY - _dt.timedelta(days=2), 10000, method="cheque")
    receipt_service.reverse_receipt(bounced.number, "支票退票")
    return {"a": a, "b": b, "inv1": inv1, "inv2": inv2, "paid": paid, "ahead": ahead, "bounced": bounced}


def open_tab(qtbot, runner, wait_loaded) -> ReceiptsTab:
    tab = ReceiptsTab(runner)
    qtbot.addWidget(tab)
    tab.resize(1240, 640)
    tab.show()
    wait_loaded(tab.model)
    return tab


def row_of(tab, number) -> int:
    return next(i for i, r in enumerate(tab.model.rows()) if r.number == number)


def select(tab, number) -> None:
    row = row_of(tab, number)
    tab.view.selectRow(row)
    assert tab.selected_receipt().number == number


def test_the_list_shows_each_receipt_with_what_was_allocated_and_what_is_left(qtbot, runner, books, wait_loaded):
    made = make_receipts(books)
    tab = open_tab(qtbot, runner, wait_loaded)
    m = tab.model
    assert m.rowCount() == 3
    headers = [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]
    assert headers == ["收款单号", "收款日期", "客户编码", "客户", "收款方式", "金额（元）", "已核销（元）",
                       "未核销（元）", "状态"]

    def cells(number):
        row = row_of(tab, number)
        return [m.data(m.index(row, c)) for c in range(m.columnCount())]

    assert cells(made["paid"].number)[4:] == ["银行转账", "1,200.00", "1,200.00", "0.00", "已入账"]
    assert cells(made["ahead"].number)[4:] == ["承兑汇票", "800.00", "0.00", "800.00", "已入账"]
    assert cells(made["bounced"].number)[4:] == ["支票", "100.00", "", "", "已冲销"]
    for col in (5, 6, 7):
        assert m.data(m.index(0, col), Qt.ItemDataRole.TextAlignmentRole) == int(AMOUNT_ALIGN)
    assert "共 3 张" in tab.count_label.text()


def test_filters_by_method_status_with_credit_text_and_dates(qtbot, runner, books, wait_loaded):
    made = make_receipts(books)
    tab = open_tab(qtbot, runner, wait_loaded)

    def numbers():
        wait_loaded(tab.model)
        return {r.number for r in tab.model.rows()}

    tab.method.setCurrentIndex(tab.method.findText("承兑汇票"))
    assert numbers() == {made["ahead"].number}
    tab.method.setCurrentIndex(0)
    assert tab.method.currentText() == "全部方式"
    tab.status.setCurrentIndex(tab.status.findText("有未核销余额"))
    assert numbers() == {made["ahead"].number}
    tab.status.setCurrentIndex(tab.status.findText("已冲销"))
    assert numbers() == {made["bounced"].number}
    tab.status.setCurrentIndex(0)
    tab.search.setText("华美")              # QTest types ASCII only
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert numbers() == {made["ahead"].number}
    tab.search.clear()
    tab.apply_filters()
    qtbot.keyClicks(tab.date_from, (TODAY - _dt.timedelta(days=3)).isoformat())
    qtbot.keyClick(tab.date_from, Qt.Key.Key_Return)
    assert numbers() == {made["ahead"].number, made["bounced"].number}
    tab.date_from.setText("2026-13-45")
    qtbot.keyClick(tab.date_from, Qt.Key.Key_Return)
    assert tab.date_from.property("invalid") is True                      # refused, list kept
    assert numbers() == {made["ahead"].number, made["bounced"].number}


def test_the_model_pages_from_the_database(qtbot, books):
    cid = books.customer("宁波国丰营销策划有限公司")
    for n in range(12):
        receipt_service.record_receipt(cid, TODAY, 1000 + n, allocations=None)
    model = ReceiptTableModel(page_size=5)
    model.refresh()
    assert model.rowCount() == 5 and model.total == 12
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 12 and not model.canFetchMore()


def test_amount_columns_fit_the_largest_amount_and_the_list_fits_1280(qtbot, main_window, books):
    tab = main_window.receipts_tab
    main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.model.loading)
    widest = tab.view.fontMetrics().horizontalAdvance(amount_text(99_999_999_999))
    for key in ("amount", "allocated", "unallocated"):
        assert tab.view.columnWidth(tab.model.KEYS.index(key)) >= widest + 8
    header = tab.view.horizontalHeader()
    assert header.length() <= tab.view.viewport().width() + 1         # no sideways scrolling at 1280
    assert tab.view.horizontalScrollBar().maximum() == 0


def test_double_click_shows_the_receipt_with_its_allocations_and_reversal(qtbot, runner, books, wait_loaded):
    made = make_receipts(books)
    tab = open_tab(qtbot, runner, wait_loaded)
    row = row_of(tab, made["paid"].number)
    rect = tab.view.visualRect(tab.model.index(row, 1))
    qtbot.mouseClick(tab.view.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(tab.view.viewport(), LEFT, pos=rect.center())
    dialog = tab.current_dialog
    assert isinstance(dialog, ReceiptDetailDialog)
    assert dialog.values["number"].text() == made["paid"].number
    assert dialog.values["words"].text() == "壹仟贰佰元整"
    inv1, inv2 = lookups.invoice(made["inv1"]), lookups.invoice(made["inv2"])
    counts_from = (TODAY - _dt.timedelta(days=5)).isoformat()
    assert dialog.shown_allocations() == [
        (inv1.number, inv1.issue_date.isoformat(), counts_from, "1,000.00", "有效"),
        (inv2.number, inv2.issue_date.isoformat(), counts_from, "200.00", "有效"),
    ]
    assert dialog.reversal_box.isHidden()
    dialog.reject()

    select(tab, made["bounced"].number)
    click(qtbot, tab.detail_button)
    dialog = tab.current_dialog
    assert dialog.values["status"].text() == "已冲销"
    assert not dialog.reversal_box.isHidden()
    assert "支票退票" in dialog.reversal.text() and "由 系统管理员 冲销" in dialog.reversal.text()      # the name, not "admin"
    [cells] = dialog.shown_allocations()
    assert cells[4] == f"已于 {TODAY.isoformat()} 冲销"


def test_reversal_needs_a_reason_then_the_list_shows_it_reversed(qtbot, runner, books, wait_loaded):
    made = make_receipts(books)
    tab = open_tab(qtbot, runner, wait_loaded)
    acts = []
    tab.actMessage.connect(acts.append)
    select(tab, made["paid"].number)
    click(qtbot, tab.reverse_button)
    dialog = tab.current_dialog
    assert isinstance(dialog, ReverseReceiptDialog)
    assert made["paid"].number in dialog.info.text() and "2 张应收单" in dialog.info.text()
    with qtbot.waitSignal(tab.ops.finished) as refused:
        click(qtbot, ok_button(dialog))
    assert not refused.args[0].ok
    assert dialog.reason.property("invalid") is True and dialog.error.text()
    assert receipt_detail(made["paid"].number).row.status == "posted"          # nothing written

    dialog.reason.setPlainText("客户银行退回，款项未到账")
    with qtbot.waitSignal(tab.ops.finished) as done:
        click(qtbot, ok_button(dialog))
    assert done.args[0].ok
    qtbot.waitUntil(lambda: not tab.model.loading and
                    tab.model.row_at(row_of(tab, made["paid"].number)).status == "reversed")
    assert tab.selected_receipt().number == made["paid"].number
    assert not tab.reverse_button.isEnabled()
    assert acts == [f"收款单 {made['paid'].number} 已冲销；2 张应收单重新变为未收"]
    assert lookups.invoice(made["inv1"]).open_amount == 100000


def test_apply_credit_from_a_receipt_previews_oldest_first_and_allocates(qtbot, runner, books, wait_loaded):
    made = make_receipts(books)
    old = books.invoice(made["b"], 30000, TODAY - _dt.timedelta(days=20), post=False)
    new = books.invoice(made["b"], 70000, TODAY, post=False)
    from arapp.services.invoices import post_invoice

    for inv in (old, new):
        post_invoice(inv, apply_credit=False)
    tab = open_tab(qtbot, runner, wait_loaded)
    select(tab, made["ahead"].number)
    click(qtbot, tab.apply_button)
    dialog = tab.current_dialog
    assert isinstance(dialog, ApplyCreditDialog)
    assert dialog.model.allocations() == [(old, 30000), (new, 50000)]       # as the receipt dialog plans
    assert "¥800.00" in dialog.heading.text()
    assert dialog.leftover() == 0
    assert dialog.model.setData(dialog.model.index(1, 4), "400")           # by hand: keep 100 as credit
    assert "¥100.00" in dialog.alloc_box.summary.text()
    with qtbot.waitSignal(tab.ops.finished) as done:
        click(qtbot, dialog.apply_button)
    assert done.args[0].ok
    assert lookups.receipt(made["ahead"].number).unallocated == 10000
    assert (lookups.invoice(old).open_amount, lookups.invoice(new).open_amount) == (0, 30000)
    qtbot.waitUntil(lambda: not tab.model.loading and
                    tab.model.row_at(row_of(tab, made["ahead"].number)).unallocated == 10000)


def test_apply_credit_from_the_customers_tab_uses_every_receipt_and_credit_note(qtbot, runner, books,
                                                                              wait_loaded):
    from arapp.services.credit_notes import issue_credit_note
    from arapp.services.invoices import post_invoice

    cid = books.customer("南京永盛纺织有限公司")
    receipt_service.record_receipt(cid, TODAY - _dt.timedelta(days=9), 20000, allocations=None)
    issue_credit_note(cid, TODAY - _dt.timedelta(days=8), 5000, "质量折让", apply=False)
    inv = books.invoice(cid, 60000, TODAY - _dt.timedelta(days=1), post=False)
    post_invoice(inv, apply_credit=False)
    tab = CustomersTab(runner)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    wait_loaded(tab.model)
    qtbot.waitUntil(lambda: tab.selected_customer_id() == cid)
    click(qtbot, tab.apply_credit_button)
    dialog = tab.current_dialog
    assert isinstance(dialog, ApplyCreditDialog)
    assert dialog.sources_table.rowCount() == 2 and dialog.credit() == 25000
    assert dialog.model.allocations() == [(inv, 25000)]
    with qtbot.waitSignal(dialog.ops.finished) as done:
        click(qtbot, dialog.apply_button)
    assert done.args[0].ok
    assert customer_balance(cid).credit == 0
    assert lookups.invoice(inv).open_amount == 35000


def test_receipt_dialog_offers_the_bank_acceptance_bill(qtbot, books, op):
    cid = books.customer("苏州承兑客户有限公司")
    dialog = ReceiptDialog(customer_id=cid)
    qtbot.addWidget(dialog)
    methods = [dialog.method.itemText(i) for i in range(dialog.method.count())]
    assert methods == ["银行转账", "现金", "微信支付", "支付宝", "银行卡", "支票", "承兑汇票"]
    dialog.method.setCurrentIndex(methods.index("承兑汇票"))
    dialog.amount.setText("500")
    dialog.reallocate()
    assert op(dialog.save).ok
    assert lookups.receipt(dialog.result_receipt.number).method == "acceptance"


def test_after_saving_a_receipt_the_window_says_its_number_and_the_list_selects_it(qtbot, main_window, books):
    cid = books.customer("上海联创电子有限公司")
    books.invoice(cid, 80000, TODAY - _dt.timedelta(days=5))
    other = books.customer("常州锦程物流有限公司")
    receipt_service.record_receipt(other, TODAY, 1000, allocations=None)
    tab = main_window.receipts_tab
    main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.rowCount() == 1)
    recorded = []
    tab.receiptRecorded.connect(recorded.append)          # the hook printing will use

    dialog = ReceiptDialog(tab, customer_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount.setText("300")
    dialog.reallocate()
    with qtbot.waitSignal(main_window.ops.finished):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    [result] = recorded
    assert re.fullmatch(r"RCT-\d{4}-\d{6}", result.number)
    message = main_window.statusBar().currentMessage()
    assert message.startswith(f"收款单 {result.number} 已登记")
    qtbot.waitUntil(lambda: tab.selected_receipt() is not None and tab.selected_receipt().id == result.receipt_id)
    qtbot.wait(50)
    assert main_window.statusBar().currentMessage() == message       # the list's count did not replace it


def test_the_print_offer_goes_when_the_status_bar_says_something_else(qtbot, main_window, books):
    cid = books.customer("常州锦程物流有限公司")
    recorded = receipt_service.record_receipt(cid, TODAY, 1000, allocations=None)
    main_window.receipts_tab.receipt_recorded(recorded)
    offer = main_window.receipt_print_offer
    assert offer.isVisible() and main_window.statusBar().currentMessage().startswith(f"收款单 {recorded.number}")
    main_window.show_act("客户 C0001 已保存")
    assert not offer.isVisible()


def test_receipt_dialog_says_allocation_with_one_word(qtbot, books):
    """核销 is the word for allocation; the receipt dialog never says 分配 for it."""
    cid = books.customer("宁波国丰营销策划有限公司")
    books.invoice(cid, 10000, TODAY)
    dialog = ReceiptDialog(customer_id=cid)
    qtbot.addWidget(dialog)
    dialog.amount.setText("300")
    dialog.reallocate()
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)]
    texts += [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())]
    texts.append(dialog.model.data(dialog.model.index(0, 4), Qt.ItemDataRole.ToolTipRole))
    texts.append(dialog.alloc_box.title())
    assert dialog.model.setData(dialog.model.index(0, 4), "")
    dialog.amount.setText("50")
    dialog.model.setData(dialog.model.index(0, 4), "100")
    texts.append(dialog.summary.text())
    assert "核销" in dialog.summary.text()
    assert not [t for t in texts if t and "分配" in t]
    QApplication.processEvents()


def test_applying_credit_from_the_customers_tab_is_told_in_the_status_bar(qtbot, main_window, books):
    from arapp.services.invoices import post_invoice

    cid = books.customer("上海锦程贸易有限公司")
    receipt_service.record_receipt(cid, TODAY - _dt.timedelta(days=3), 30000, allocations=None)
    inv = books.invoice(cid, 20000, TODAY, post=False)
    post_invoice(inv, apply_credit=False)
    tab = main_window.customers_tab
    tab.refresh()
    qtbot.waitUntil(lambda: not tab.model.loading and tab.selected_customer_id() == cid)
    click(qtbot, tab.apply_credit_button)
    dialog = tab.current_dialog
    with qtbot.waitSignal(main_window.ops.finished):
        click(qtbot, dialog.apply_button)
    assert main_window.statusBar().currentMessage() == "已用预收款 ¥200.00 核销 1 张应收单；尚余 ¥100.00 未核销"
