"""The invoice detail window: double-click an invoice to see its lines, payments,
reversals, task and disputes; issue and void credit notes and open and resolve
disputes from it, with real clicks; the status bar names what was done."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from arapp.db import lookups
from arapp.db.models import CreditNote, InvoiceDispute
from arapp.services import credit_notes, receipts
from arapp.services.invoices import LineInput, create_invoice
from arapp.ui.dialogs.credit_note import CreditNoteDialog
from arapp.ui.tabs.invoices import InvoicesTab

TODAY = _dt.date.today()
LEFT = Qt.MouseButton.LeftButton


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def click_and_wait(qtbot, ops, button) -> object:
    """Click a button that starts an operation; return the operation's Outcome."""
    with qtbot.waitSignal(ops.finished, timeout=10000) as blocker:
        click(qtbot, button)
    return blocker.args[0]


def ok_button(dialog):
    box = dialog.buttons
    return box.button(QDialogButtonBox.StandardButton.Ok) or box.button(QDialogButtonBox.StandardButton.Save)


def make_invoice(books, cid: int) -> int:
    return create_invoice(cid, TODAY - _dt.timedelta(days=40), post=True, lines=[
        LineInput("物业管理费", "120.5", 280), LineInput("车位费", 1, 30000)]).invoice_id


def open_from_tab(qtbot, runner, wait_loaded, row: int = 0):
    tab = InvoicesTab(runner)
    qtbot.addWidget(tab)
    tab.show()
    wait_loaded(tab.model)
    tab.select_row(row)
    index = tab.model.index(row, 0)
    pos = tab.view.visualRect(index).center()
    qtbot.mouseClick(tab.view.viewport(), LEFT, pos=pos)             # as a hand does: click, then double-click
    qtbot.mouseDClick(tab.view.viewport(), LEFT, pos=pos)
    qtbot.waitUntil(lambda: tab.detail_window is not None and tab.detail_window.detail is not None, timeout=5000)
    window = tab.detail_window
    qtbot.addWidget(window)
    return tab, window


def test_double_click_shows_header_lines_payments_and_a_reversal(qtbot, runner, books, wait_loaded):
    cid = books.customer("上海锦程贸易有限公司")
    inv_id = make_invoice(books, cid)
    number = lookups.invoice(inv_id).number
    receipts.record_receipt(cid, TODAY, 10000)
    bounced = receipts.record_receipt(cid, TODAY, 5000)
    receipts.reverse_receipt(bounced.number, "银行退票")

    _tab, window = open_from_tab(qtbot, runner, wait_loaded)
    assert window.detail.invoice_id == inv_id
    assert number in window.title.text()
    assert window.header_values["total"].text() == "¥637.40"
    assert window.header_values["open"].text() == "¥537.40"
    lines = window.models["lines"]
    assert lines.rowCount() == 2 and lines.columnCount() == 8
    assert [lines.data(lines.index(0, c)) for c in range(8)] == ["1", "物业管理费", "120.5", "2.80", "337.40", "",
                                                               "0.00", "337.40"]
    payments = window.models["payments"]
    assert payments.rowCount() == 2
    assert payments.data(payments.index(1, 1)) == bounced.number
    assert "银行退票" == payments.data(payments.index(1, 7))
    history = window.models["history"]
    assert [history.payload(r).kind for r in range(history.rowCount())] == ["posted", "receipt_reversed"]
    assert window.task_text.text()                     # says there is no task (or which)


def test_credit_note_from_the_detail_pays_the_invoice_and_names_its_number(qtbot, runner, books, wait_loaded):
    cid = books.customer("杭州恒达贸易有限公司")
    inv_id = make_invoice(books, cid)
    _tab, window = open_from_tab(qtbot, runner, wait_loaded)

    click(qtbot, window.credit_button)
    dialog = window.current_dialog
    assert isinstance(dialog, CreditNoteDialog)
    assert not dialog.customer.isEnabled()                      # the invoice's customer
    assert dialog.to_invoice.isChecked()
    dialog.amount.setText("100")
    dialog.update_preview()
    assert "¥100.00" in dialog.preview.text()

    outcome = click_and_wait(qtbot, dialog.ops, ok_button(dialog))    # no reason: refused, dialog stays
    assert not outcome.ok
    assert dialog.reason.property("invalid") is True and dialog.error.text()
    assert CreditNote.select().count() == 0

    dialog.reason.setPlainText("质量折让")
    with qtbot.waitSignal(window.actMessage, timeout=10000) as said:
        click(qtbot, ok_button(dialog))
    note = CreditNote.get()
    assert note.number in said.args[0]
    assert (note.amount, note.invoice_id) == (10000, inv_id)
    assert lookups.invoice(inv_id).open_amount == 63740 - 10000
    qtbot.waitUntil(lambda: window.models["payments"].rowCount() == 1)
    assert window.header_values["open"].text() == "¥537.40"


def test_credit_note_from_lines_kept_as_credit(qtbot, runner, books, wait_loaded):
    cid = books.customer("宁波海通物流有限公司")
    inv_id = make_invoice(books, cid)
    _tab, window = open_from_tab(qtbot, runner, wait_loaded)
    click(qtbot, window.credit_button)
    dialog = window.current_dialog
    click(qtbot, dialog.copy_lines_button)                      # the invoice's two lines
    assert dialog.lines.rowCount() == 2
    dialog.lines.selectRow(0)
    click(qtbot, dialog.remove_line_button)                     # keep the parking line only
    assert dialog.amount.text() == "300.00" and dialog.amount.isReadOnly()
    qtbot.mouseClick(dialog.keep, LEFT, pos=QPoint(8, dialog.keep.height() // 2))   # on its round mark
    assert dialog.keep.isChecked()
    dialog.reason.setPlainText("车位费退还")
    assert click_and_wait(qtbot, dialog.ops, ok_button(dialog)).ok
    note = CreditNote.get()
    assert (note.amount, note.unapplied) == (30000, 30000)
    assert lookups.invoice(inv_id).open_amount == 63740
    qtbot.waitUntil(lambda: window.models["credit_notes"].rowCount() == 1)


def test_void_a_credit_note_from_its_payment_row(qtbot, runner, books, wait_loaded):
    cid = books.customer("苏州华信营销策划有限公司")
    inv_id = make_invoice(books, cid)
    note = credit_notes.issue_credit_note(cid, TODAY, 20000, "折让", invoice=inv_id)
    _tab, window = open_from_tab(qtbot, runner, wait_loaded)
    assert not window.void_note_button.isEnabled()              # nothing selected yet
    window.pages.setCurrentIndex(window.PAGES.index("payments"))
    window.views["payments"].selectRow(0)
    click(qtbot, window.void_note_button)
    dialog = window.current_dialog
    dialog.reason.setPlainText("开错金额")
    with qtbot.waitSignal(window.actMessage, timeout=10000) as said:
        click(qtbot, ok_button(dialog))
    assert note.number in said.args[0]
    row = CreditNote.get_by_id(note.credit_note_id)
    assert (row.status, row.void_reason) == ("void", "开错金额")
    assert lookups.invoice(inv_id).open_amount == 63740
    qtbot.waitUntil(lambda: window.detail.payments[0].reversed)
    assert not window.void_note_button.isEnabled()              # a void note is not voided twice


def test_open_and_resolve_a_dispute_from_the_detail(qtbot, runner, books, wait_loaded):
    cid = books.customer("南通宝利装饰工程有限公司")
    inv_id = make_invoice(books, cid)
    _tab, window = open_from_tab(qtbot, runner, wait_loaded)
    assert not window.resolve_button.isEnabled()
    click(qtbot, window.dispute_button)
    dialog = window.current_dialog
    dialog.reason.setPlainText("数量不符")
    assert click_and_wait(qtbot, dialog.ops, ok_button(dialog)).ok
    assert InvoiceDispute.get().reason == "数量不符"
    qtbot.waitUntil(lambda: window.detail.open_dispute is not None)
    assert "数量不符" in window.alert.text()
    assert not window.dispute_button.isEnabled() and window.resolve_button.isEnabled()

    click(qtbot, window.resolve_button)
    dialog = window.current_dialog
    dialog.reason.setPlainText("补发货后客户确认")
    with qtbot.waitSignal(window.actMessage, timeout=10000) as said:
        click(qtbot, ok_button(dialog))
    assert lookups.invoice(inv_id).number in said.args[0]
    d = InvoiceDispute.get()
    assert (d.status, d.resolution) == ("closed", "补发货后客户确认")
    qtbot.waitUntil(lambda: window.detail.open_dispute is None)
    assert window.models["disputes"].rowCount() == 1


def test_credit_note_for_a_customer_from_the_invoices_tab(qtbot, runner, books, wait_loaded):
    cid = books.customer("嘉兴华信营销策划有限公司")
    older = books.invoice(cid, 5000, TODAY - _dt.timedelta(days=60))
    newer = books.invoice(cid, 8000, TODAY - _dt.timedelta(days=10))
    tab = InvoicesTab(runner)
    qtbot.addWidget(tab)
    tab.show()
    wait_loaded(tab.model)
    tab.show_customer(cid, "嘉兴华信")
    tab.view.clearSelection()
    tab.view.setCurrentIndex(tab.model.index(-1, -1))
    click(qtbot, tab.credit_note_button)
    dialog = tab.current_dialog
    assert dialog.invoice is None and dialog.customer.customer_id == cid
    assert dialog.oldest_first.isChecked() and not dialog.to_invoice.isVisible()
    dialog.amount.setText("70")
    dialog.reason.setPlainText("年度返利")
    said = []
    tab.actMessage.connect(said.append)
    assert click_and_wait(qtbot, tab.ops, ok_button(dialog)).ok
    note = CreditNote.get()
    assert any(note.number in text for text in said)
    assert (lookups.invoice(older).open_amount, lookups.invoice(newer).open_amount) == (0, 8000 - 2000)


def test_a_collector_may_open_a_dispute_but_not_issue_a_credit_note(qtbot, runner, books, wait_loaded):
    from arapp.services.context import Actor, acting_as

    cid = books.customer("温州创新五金有限公司")
    make_invoice(books, cid)
    with acting_as(Actor("liuyang", "collector")):
        _tab, window = open_from_tab(qtbot, runner, wait_loaded)
        assert not window.credit_button.isEnabled()
        assert window.dispute_button.isEnabled()


def test_credit_note_from_the_customers_list_for_the_selected_customer(qtbot, runner, books, wait_loaded):
    """The customer list's context menu issues a credit note for the customer selected;
    kept as credit, it shows as that customer's unapplied money."""
    from arapp.services.allocation import customer_credit
    from arapp.ui.tabs.customers import CustomersTab

    cid = books.customer("嘉兴华信营销策划有限公司")
    tab = CustomersTab(runner)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    wait_loaded(tab.model)
    tab.select_customer(cid)
    assert tab.selected_customer_id() == cid
    offered = {text: (enabled, do) for text, enabled, do in tab.context_actions()}
    enabled, do = offered["开贷项…"]
    assert enabled, offered
    do()
    dialog = tab.current_dialog
    assert isinstance(dialog, CreditNoteDialog) and dialog.customer.customer_id == cid
    dialog.amount.setText("120")
    dialog.reason.setPlainText("预付返利")
    dialog.keep.setChecked(True)
    said = []
    tab.actMessage.connect(said.append)
    assert click_and_wait(qtbot, tab.ops, ok_button(dialog)).ok
    note = CreditNote.get()
    assert note.customer_id == cid and any(note.number in text for text in said)
    assert customer_credit(cid) == 12000


def test_the_header_shows_received_and_credited_apart_and_the_tax_inclusive_total(qtbot, runner, books, wait_loaded):
    """A credit note is not money received: 已收 counts receipts, 贷项 the credit notes;
    the total is 价税合计 as the invoice dialog says, with the 税额 when the invoice has tax."""
    cid = books.customer("上海万隆供应链管理有限公司")
    inv = create_invoice(cid, TODAY - _dt.timedelta(days=10), post=True, lines=[
        LineInput("办公用品", 1, 100000, tax_rate=1300)])
    receipts.record_receipt(cid, TODAY, 31701)
    credit_notes.issue_credit_note(cid, TODAY, 10000, "质量折让", invoice=inv.invoice_id,
                                   apply=credit_notes.APPLY_TO_INVOICE)
    _tab, window = open_from_tab(qtbot, runner, wait_loaded)
    labels, values = window.header_labels, window.header_values
    assert labels["total"].text() == "价税合计" and values["total"].text() == "¥1,130.00"
    assert labels["tax"].text() == "税额" and values["tax"].text() == "¥130.00" and values["tax"].isVisible()
    assert labels["paid"].text() == "已收" and values["paid"].text() == "¥317.01"
    assert labels["credited"].text() == "贷项" and values["credited"].text() == "¥100.00"
    assert values["open"].text() == "¥712.99"


def test_an_invoice_without_tax_shows_no_tax_in_the_header(qtbot, runner, books, wait_loaded):
    make_invoice(books, books.customer("温州创新五金有限公司"))
    _tab, window = open_from_tab(qtbot, runner, wait_loaded)
    assert not window.header_values["tax"].isVisible() and not window.header_labels["tax"].isVisible()
