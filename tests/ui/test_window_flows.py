"""The main flows as a person does them on the real window: click the real buttons, type
into the real fields, and wait for the operation. Each checks what the books hold
afterwards (read through the reports) and what the window shows: the tabs reload
from the operation's broadcast, never from the test. A refusal is shown in the dialog,
which stays open, and nothing is written."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from arapp.db import lookups
from arapp.db.models import User
from arapp.reports.balances import customer_balance, open_items
from arapp.reports.collections import customer_collection_detail
from arapp.reports.customers import customer_card, find_customers
from arapp.ui import operations

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
LEFT = Qt.MouseButton.LeftButton


def click(widget, pos=None) -> None:
    QTest.mouseClick(widget, LEFT, Qt.KeyboardModifier.NoModifier, pos) if pos is not None \
        else QTest.mouseClick(widget, LEFT)


def type_text(widget, text: str) -> None:
    """Type into a field as a person does: digits and Latin letters key by key, Chinese
    as the input method delivers it (a committed string per run of characters)."""
    run = ""
    for ch in text + "\0":
        if ch != "\0" and ord(ch) > 127:
            run += ch
            continue
        if run:
            event = QInputMethodEvent("", [])
            event.setCommitString(run)
            QCoreApplication.sendEvent(widget, event)
            run = ""
        if ch != "\0":
            QTest.keyClicks(widget, ch)


def retype(edit: QLineEdit, text: str) -> None:
    """Select what the field holds and type over it."""
    edit.selectAll()
    type_text(edit, text)


def show_tab(window, tab) -> None:
    """Click the tab's title in the tab bar."""
    bar = window.tabs.tabBar()
    click(bar, bar.tabRect(window.tabs.indexOf(tab)).center())
    assert window.tabs.currentWidget() is tab


def click_row(view, row: int, column: int = 0) -> None:
    index = view.model().index(row, column)
    click(view.viewport(), view.visualRect(index).center())


def type_into_cell(table, row: int, column: int, text: str) -> None:
    """Click a cell of a QTableWidget, F2 to edit it, type over it, Tab out."""
    click(table.viewport(), table.visualItemRect(table.item(row, column)).center())
    QTest.keyClick(table, Qt.Key.Key_F2)
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "the cell did not open for editing"
    retype(editors[0], text)
    QTest.keyClick(editors[0], Qt.Key.Key_Tab)


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def press_and_wait(qtbot, window, button, dialog=None):
    """Click a button that starts an operation; while it runs the dialog waits (its
    buttons off); returns the operation's Outcome."""
    with qtbot.waitSignal(window.ops.finished, timeout=10000) as ended:
        click(button)
        if dialog is not None:
            assert operations.is_waiting(dialog) and not button.isEnabled()
    return ended.args[0]


@pytest.fixture
def window(main_window, qtbot):
    main_window.tabs.setCurrentWidget(main_window.customers_tab)
    qtbot.waitUntil(lambda: not main_window.customers_tab.model.loading)
    return main_window


# --------------------------------------------------------------------------- customers

def test_a_new_customer_typed_into_the_dialog_is_in_the_books_and_selected(window, qtbot, books):
    books.customer("杭州华美酒店管理有限公司")
    tab = window.customers_tab
    click(tab.add_button)
    dialog = tab.current_dialog
    assert dialog.isVisible()
    type_text(dialog.name, "苏州海纳贸易代理有限公司")
    type_text(dialog.phone, "0512-65550000")
    retype(dialog.terms, "45")
    type_text(dialog.credit_limit, "100,000")
    type_text(dialog.aliases, "海纳贸易")

    outcome = press_and_wait(qtbot, window, save_button(dialog), dialog)
    assert outcome.ok and outcome.changes.touches("customer")
    customer_id = outcome.result.results[0].customer_id
    card = customer_card(customer_id)
    assert (card.name, card.phone, card.payment_terms_days, card.credit_limit, card.aliases) == (
        "苏州海纳贸易代理有限公司", "0512-65550000", 45, 10000000, ("海纳贸易",))
    assert not dialog.isVisible()                                   # closed once the books took it

    qtbot.waitUntil(lambda: tab.selected_customer_id() == customer_id)
    assert tab.model.rowCount() == 2
    assert tab.detail.title.text() == "苏州海纳贸易代理有限公司"
    assert "海纳贸易" in tab.detail.aliases_text.text()


def test_a_refused_customer_stays_in_its_dialog_and_nothing_is_written(window, qtbot, books):
    books.customer("已存在客户", code="C900001")
    tab = window.customers_tab
    click(tab.add_button)
    dialog = tab.current_dialog
    type_text(dialog.code, "C900001")                          # the service refuses a code in use
    type_text(dialog.name, "宁波同舟纺织有限公司")

    outcome = press_and_wait(qtbot, window, save_button(dialog), dialog)
    assert not outcome.ok and outcome.error.field == "code"
    assert dialog.isVisible() and save_button(dialog).isEnabled()  # still open, the buttons back
    assert dialog.code.property("invalid") is True
    assert dialog.error.isVisible() and "C900001" in dialog.error.text()
    assert [c.code for c in find_customers("")] == ["C900001"]     # nothing written

    retype(dialog.code, "C900002")                                  # corrected, the same dialog saves
    assert press_and_wait(qtbot, window, save_button(dialog), dialog).ok
    assert [c.code for c in find_customers("")] == ["C900001", "C900002"]
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)


# --------------------------------------------------------------------------- invoices

def test_a_new_invoice_typed_into_the_window_then_a_draft_posted_after_a_yes(window, qtbot, books, messages):
    cid = books.customer("南通宝利装饰工程有限公司", code="C100001", payment_terms_days=30)
    tab = window.invoices_tab
    show_tab(window, tab)
    click(tab.new_button)
    dialog = tab.current_dialog
    type_text(dialog.customer, "C100001")
    type_into_cell(dialog.lines, 0, 0, "物业管理费")
    type_into_cell(dialog.lines, 0, 1, "2")
    type_into_cell(dialog.lines, 0, 2, "1,250.50")
    assert "¥2,501.00" in dialog.total_label.text()

    outcome = press_and_wait(qtbot, window, dialog.post_button, dialog)
    assert outcome.ok, outcome.error
    posted = outcome.result
    items = open_items(cid)
    assert [(i.number, i.total, i.open_amount) for i in items] == [(posted.number, 250100, 250100)]
    assert items[0].due_date == items[0].issue_date + 30 * DAY      # the customer's terms
    qtbot.waitUntil(lambda: tab.selected_invoice() is not None and tab.selected_invoice().id == posted.invoice_id)
    assert tab.model.data(tab.model.index(0, 6)) == "2,501.00"

    # A draft the same way, then posted from the list after the confirmation.
    click(tab.new_button)
    dialog = tab.current_dialog
    type_text(dialog.customer, "C100001")
    type_into_cell(dialog.lines, 0, 0, "车位费")
    type_into_cell(dialog.lines, 0, 2, "300")
    draft = press_and_wait(qtbot, window, dialog.draft_button, dialog).result
    assert draft.status == "draft"
    qtbot.waitUntil(lambda: tab.selected_invoice() is not None and tab.selected_invoice().id == draft.invoice_id)
    assert tab.post_button.isEnabled()
    done = press_and_wait(qtbot, window, tab.post_button)
    assert messages.questions and done.ok                           # it asked first
    assert customer_balance(cid).open_invoices == 250100 + 30000
    qtbot.waitUntil(lambda: tab.selected_invoice() is not None and tab.selected_invoice().status == "posted")

    # The Customers tab was not showing: it reloads when shown.
    customers = window.customers_tab
    show_tab(window, customers)
    qtbot.waitUntil(lambda: customers.model.rowCount() == 1 and customers.model.row_at(0).balance == 280100)
    assert customers.model.data(customers.model.index(0, 3)) == "2,801.00"


# --------------------------------------------------------------------------- receipts

def test_a_receipt_taken_in_the_window_pays_the_oldest_invoice_first(window, qtbot, books):
    cid = books.customer("上海联创电子有限公司")
    older = books.invoice(cid, 10000, TODAY - 60 * DAY)
    newer = books.invoice(cid, 20000, TODAY - 30 * DAY)
    tab = window.customers_tab
    tab.refresh()             # made after the window: as if the books had them already
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    click_row(tab.view, 0)
    assert tab.selected_customer_id() == cid
    click(tab.receipt_button)
    dialog = tab.current_dialog
    assert dialog.customer_id == cid and dialog.model.rowCount() == 2
    type_text(dialog.amount, "150")
    qtbot.waitUntil(lambda: dialog.model.allocations() == [(older, 10000), (newer, 5000)], timeout=3000)
    type_text(dialog.reference, "95588-0001")

    outcome = press_and_wait(qtbot, window, save_button(dialog), dialog)
    assert outcome.ok and outcome.changes.ids("invoice") == {older, newer}
    assert [(i.invoice_id, i.open_amount) for i in open_items(cid)] == [(newer, 15000)]
    assert customer_balance(cid).balance == 15000

    qtbot.waitUntil(lambda: tab.model.row_at(0) is not None and tab.model.row_at(0).balance == 15000)
    assert tab.model.data(tab.model.index(0, 3)) == "150.00"
    qtbot.waitUntil(lambda: tab.detail.items_model.rowCount() == 1)
    assert tab.detail.figure_values["open"].text() == "¥150.00"

    invoices = window.invoices_tab
    show_tab(window, invoices)
    qtbot.waitUntil(lambda: {r.id: r.open_amount for r in invoices.model.rows()} == {older: 0, newer: 15000})


def test_a_receipt_saved_in_the_window_is_offered_for_printing_and_printed_with_one_click(window, qtbot, books):
    """The status bar says the receipt's number beside Print receipt…; a click on it makes
    its 收据 (archived, as the receipt's detail prints it) and shows it in the preview; the
    offer goes once the status bar says that instead."""
    from arapp.db.models import Document
    from arapp.ui.dialogs.pdf_preview import PdfPreviewDialog

    cid = books.customer("上海联创电子有限公司")
    books.invoice(cid, 10000, TODAY - 30 * DAY)
    tab = window.customers_tab
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    offer = window.receipt_print_offer
    assert not offer.isVisible()                    # nothing recorded yet, nothing offered
    click_row(tab.view, 0)
    click(tab.receipt_button)
    dialog = tab.current_dialog
    type_text(dialog.amount, "100")
    qtbot.waitUntil(lambda: dialog.model.allocations() != [], timeout=3000)
    assert press_and_wait(qtbot, window, save_button(dialog), dialog).ok
    number = dialog.result_receipt.number
    assert window.statusBar().currentMessage().startswith(f"收款单 {number} 已登记")
    qtbot.waitUntil(offer.isVisible, timeout=3000)
    assert offer.text() == "打印收据…" and offer.isEnabled()

    click(offer)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PdfPreviewDialog)), timeout=15000)
    receipt = lookups.receipt(number)
    assert [d.receipt_id for d in Document.select().where(Document.customer == cid)] == [receipt.id]
    assert window.statusBar().currentMessage() == f"收据 {number} 已生成并归档"
    assert not offer.isVisible()
    for preview in window.findChildren(PdfPreviewDialog):
        preview.close()


# --------------------------------------------------------------------------- collections

@pytest.fixture
def worked(window, qtbot, books):
    """Two customers with overdue invoices, the day's tasks generated from the tab's button."""
    from arapp.services.invoices import create_invoice

    User.create(username="liuyang", display_name="刘洋", role="collector")
    a = books.customer("上海锦程贸易有限公司", payment_terms_days=0)
    b = books.customer("张伟", payment_terms_days=0)
    for cid, amount, days in ((a, 100000, 45), (a, 50000, 10), (b, 20000, 5)):
        due = TODAY - days * DAY
        create_invoice(cid, due - 15 * DAY, due_date=due, amount=amount, description="服务费", post=True,
                       override_reason="test")
    tab = window.collections_tab
    show_tab(window, tab)
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=10000)
    with qtbot.waitSignal(tab.actions.tasksGenerated, timeout=10000), \
            qtbot.waitSignal(tab.detailLoaded, timeout=10000):
        click(tab.actions.generate_button)
    assert tab.model.rowCount() == 2 and tab.detail.customer_id == a
    return tab, a, b


def test_a_contact_logged_from_the_window_is_in_the_file(window, qtbot, worked):
    tab, a, _b = worked
    click(tab.actions.contact_button)
    dialog = tab.actions.current_dialog
    type_text(dialog.person.lineEdit(), "王经理")
    type_text(dialog.summary, "电话提醒两张逾期应收单")
    type_text(dialog.answer, "月底前付款")
    type_text(dialog.next_step, "月底再电话确认")

    with qtbot.waitSignal(tab.detailLoaded, timeout=10000):
        outcome = press_and_wait(qtbot, window, save_button(dialog), dialog)
    assert outcome.ok and outcome.changes.ids("collection") == {a}
    contact = customer_collection_detail(a).contacts[0]
    assert (contact.person, contact.summary, contact.answer, contact.next_step) == (
        "王经理", "电话提醒两张逾期应收单", "月底前付款", "月底再电话确认")

    model = tab.pane.models["contacts"]
    assert model.rowCount() == 1 and model.data(model.index(0, 3)) == "电话提醒两张逾期应收单"
    assert tab.pane.pages.tabText(1) == "联系记录 (1)"
    qtbot.waitUntil(lambda: "已记录联系" in window.statusBar().currentMessage())


def test_a_promise_recorded_from_the_window_pauses_the_task(window, qtbot, worked):
    tab, a, _b = worked
    click(tab.actions.promise_button)
    dialog = tab.actions.current_dialog
    retype(dialog.amount, "500")
    type_text(dialog.note, "客户财务电话承诺")

    with qtbot.waitSignal(tab.detailLoaded, timeout=10000):
        outcome = press_and_wait(qtbot, window, save_button(dialog), dialog)
    assert outcome.ok
    promise = customer_collection_detail(a).open_promise
    assert (promise.amount, promise.promised_date, promise.note) == (50000, TODAY + 7 * DAY, "客户财务电话承诺")

    assert tab.detail.current_task.status == "paused"
    assert tab.model.row_for_customer(a) < 0                         # out of the open queue while it runs
    assert tab.pane.figure_values["promise"].text().endswith("¥500.00")
    assert tab.pane.models["promises"].rowCount() == 1


def test_a_promise_in_the_past_is_refused_in_the_dialog_and_nothing_is_written(window, qtbot, worked):
    tab, a, _b = worked
    click(tab.actions.promise_button)
    dialog = tab.actions.current_dialog
    dialog.date.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-1))
    retype(dialog.amount, "500")

    outcome = press_and_wait(qtbot, window, save_button(dialog), dialog)
    assert not outcome.ok and outcome.error.field == "promised_date"
    assert dialog.isVisible() and save_button(dialog).isEnabled()
    assert dialog.error.isVisible() and "已经过去" in dialog.error.text()
    assert dialog.date.property("invalid") is True
    assert customer_collection_detail(a).promises == []             # nothing written
    assert tab.pane.models["promises"].rowCount() == 0
