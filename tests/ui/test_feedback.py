"""Feedback after every act (#9): each tab owns its status-bar text, a field's error goes
as soon as the field is put right, and empty books say what to do next with buttons
that do it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from arapp.ui import common

TODAY = dt.date.today()


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


# --------------------------------------------------------------------------- status bar

def test_each_tab_shows_its_own_status_text(main_window, books, qtbot):
    cid = books.customer("上海锦程贸易有限公司", payment_terms_days=0)
    books.invoice(cid, 10000, TODAY)
    window = main_window
    bar = window.statusBar()
    window.tabs.setCurrentWidget(window.invoices_tab)
    window.invoices_tab.date_from.setText("2026-13-45")          # a filter's refusal: the tab's own text
    window.invoices_tab.apply_filters()
    invoices_text = bar.currentMessage()
    assert "2026-13-45" in invoices_text
    window.aging_tab.statusMessage.emit("账龄：已导出")        # the aging tab says something while hidden
    assert bar.currentMessage() == invoices_text
    window.tabs.setCurrentWidget(window.customers_tab)
    assert bar.currentMessage() != invoices_text          # not the invoice list's count on 客户
    window.tabs.setCurrentWidget(window.aging_tab)
    assert bar.currentMessage() == "账龄：已导出"
    window.tabs.setCurrentWidget(window.invoices_tab)
    assert bar.currentMessage() == invoices_text


def test_every_tab_says_what_its_list_shows_under_the_list_and_not_in_the_status_bar(main_window, books, qtbot):
    """One rule on all five tabs: the count (or summary) of what a tab shows is under its
    list; the status bar is for what was just done and for refusals."""
    from arapp.services import receipts

    cid = books.customer("上海锦程贸易有限公司", payment_terms_days=0)
    books.invoice(cid, 10000, TODAY - dt.timedelta(days=40))
    receipts.record_receipt(cid, TODAY, 3000)
    window = main_window
    bar = window.statusBar()
    under = {window.customers_tab: window.customers_tab.count_label, window.invoices_tab: window.invoices_tab.count_label,
             window.receipts_tab: window.receipts_tab.count_label, window.aging_tab: window.aging_tab.summary,
             window.collections_tab: window.collections_tab.summary}
    for page, label in under.items():
        window.tabs.setCurrentWidget(page)
        qtbot.waitUntil(lambda label=label: label.isVisible() and bool(label.text()) and "…" not in label.text(),
                        timeout=10000)
        qtbot.wait(50)
        assert bar.currentMessage() == "", (page, bar.currentMessage())


# --------------------------------------------------------------------------- acts said and held

LEFT = Qt.MouseButton.LeftButton


def click_and_wait(qtbot, ops, button):
    """Click a button that starts an operation and wait until the operation has ended."""
    assert button.isEnabled(), button.text()
    with qtbot.waitSignal(ops.finished, timeout=10000) as blocker:
        qtbot.mouseClick(button, LEFT)
    return blocker.args[0]


def reload_invoices(tab, qtbot) -> None:
    """Reload the invoice list and wait until its count has been said again."""
    with qtbot.waitSignal(tab.model.countChanged, timeout=10000):
        tab.refresh()
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.total == tab.model.rowCount(), timeout=5000)
    qtbot.wait(20)


def select_invoice(tab, qtbot, invoice_id: int) -> None:
    qtbot.waitUntil(lambda: invoice_id in [r.id for r in tab.model.rows()], timeout=5000)
    tab.select_row([r.id for r in tab.model.rows()].index(invoice_id))


@pytest.fixture
def invoices_shown(main_window, books, qtbot):
    cid = books.customer("上海锦程贸易有限公司", payment_terms_days=0)
    books.invoice(cid, 50000, TODAY - dt.timedelta(days=40))
    tab = main_window.invoices_tab
    main_window.tabs.setCurrentWidget(tab)
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.model.total == 1, timeout=5000)
    tab.select_row(0)
    return cid


def test_a_credit_note_issued_in_the_invoice_detail_stays_said_after_the_list_reloads(main_window, invoices_shown,
                                                                                       qtbot):
    from arapp.db.models import CreditNote

    tab = main_window.invoices_tab
    qtbot.mouseClick(tab.detail_button, LEFT)
    detail = tab.detail_window
    qtbot.addWidget(detail)
    qtbot.waitUntil(lambda: detail.detail is not None, timeout=5000)
    qtbot.mouseClick(detail.credit_button, LEFT)
    dialog = detail.current_dialog
    dialog.amount.setText("100")
    dialog.reason.setPlainText("质量折让")
    assert click_and_wait(qtbot, detail.ops, save_button(dialog) or dialog.buttons.button(
        QDialogButtonBox.StandardButton.Ok)).ok
    note = CreditNote.get()
    reload_invoices(tab, qtbot)
    assert note.number in main_window.statusBar().currentMessage()


def test_saving_posting_and_voiding_an_invoice_is_said_and_held(main_window, books, invoices_shown, qtbot, messages):
    from arapp.db import lookups
    from arapp.db.models import Invoice

    tab = main_window.invoices_tab
    bar = main_window.statusBar()
    qtbot.mouseClick(tab.new_button, LEFT)
    dialog = tab.current_dialog
    dialog.customer.set_customer(invoices_shown)
    dialog.set_line(0, "咨询服务费", "2", "500")
    assert click_and_wait(qtbot, dialog.ops, dialog.post_button).ok, dialog.error.text()
    posted = Invoice.select().order_by(Invoice.id.desc()).get()
    reload_invoices(tab, qtbot)
    assert posted.number in bar.currentMessage()

    qtbot.mouseClick(tab.new_button, LEFT)
    dialog = tab.current_dialog
    dialog.customer.set_customer(invoices_shown)
    dialog.set_line(0, "咨询服务费", "1", "300")
    assert click_and_wait(qtbot, dialog.ops, dialog.draft_button).ok, dialog.error.text()
    reload_invoices(tab, qtbot)
    assert "草稿" in bar.currentMessage()

    draft = Invoice.select().order_by(Invoice.id.desc()).get()
    select_invoice(tab, qtbot, draft.id)
    assert click_and_wait(qtbot, tab.ops, tab.post_button).ok
    reload_invoices(tab, qtbot)
    assert lookups.invoice(draft.id).number in bar.currentMessage()

    select_invoice(tab, qtbot, posted.id)
    qtbot.mouseClick(tab.void_button, LEFT)
    dialog = tab.current_dialog
    dialog.reason.setPlainText("开票金额有误，重开")
    assert click_and_wait(qtbot, tab.ops, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)).ok
    reload_invoices(tab, qtbot)
    assert posted.number in bar.currentMessage() and "作废" in bar.currentMessage()


def test_new_books_are_said_in_the_status_bar(main_window, tmp_path, qtbot):
    new = tmp_path / "新账套.sqlite3"
    assert main_window.new_books(str(new))
    qtbot.wait(50)
    assert str(new) in main_window.statusBar().currentMessage()


# --------------------------------------------------------------------------- errors clear

@pytest.fixture
def contact_dialog(books, qtbot):
    from arapp.reports.collections import customer_collection_detail
    from arapp.ui.dialogs.collection import ContactDialog

    cid = books.customer("上海锦程贸易有限公司", payment_terms_days=0)
    dialog = ContactDialog(None, customer_collection_detail(cid, TODAY))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_fields_error_goes_as_soon_as_the_field_is_filled(contact_dialog, qtbot):
    dialog = contact_dialog
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert "沟通内容" in dialog.error.text() or dialog.summary.property("invalid")
    assert dialog.summary.property("invalid")
    qtbot.keyClicks(dialog.summary, "Will pay by the end of the month")   # keyClicks types Latin-1 only
    assert not dialog.error.isVisible()
    assert not dialog.summary.property("invalid")


def test_an_amount_error_stays_until_the_amount_reads(qtbot):
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    amount = common.AmountEdit()
    error = common.ErrorLabel()
    layout = QVBoxLayout(dialog)
    layout.addWidget(amount)
    layout.addWidget(error)
    dialog.show()
    qtbot.keyClicks(amount, "12x")
    error.show_message("金额格式不正确：12x")
    common.mark_invalid(amount)
    qtbot.keyClicks(amount, "y")                   # still not an amount: the error stays
    assert error.isVisible() and amount.property("invalid")
    amount.clear()
    qtbot.keyClicks(amount, "12.50")
    assert not error.isVisible() and not amount.property("invalid")


# --------------------------------------------------------------------------- empty books

@pytest.mark.parametrize("tab_name", ["customers_tab", "invoices_tab", "receipts_tab", "aging_tab", "collections_tab"])
def test_empty_books_say_what_to_do_next_on_every_tab(main_window, qtbot, tab_name):
    from arapp.ui.empty_state import EmptyState

    window = main_window
    tab = getattr(window, tab_name)
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: window.runner.active_count() == 0 and not window.collections_tab.is_busy()
                    and not window.aging_tab.is_busy(), timeout=10000)
    qtbot.wait(50)                                       # what the tab loaded is in (the aging's totals row)
    shown = [e for e in tab.findChildren(EmptyState) if e.isVisible()]
    assert len(shown) == 1
    state = shown[0]
    assert "还没有客户" in state.title.text()
    assert "打开演示账套" in state.hint.text() and "arapp" not in state.hint.text()   # no terminal command
    assert state.add_button.isVisible() and state.open_button.isVisible() and state.demo_button.isVisible()
    table = state.view
    assert not table.horizontalScrollBar().isVisible()       # the empty list's headers fit its width


def test_the_empty_state_adds_a_customer_and_goes_once_there_is_one(main_window, qtbot, op):
    from arapp.ui.empty_state import EmptyState

    window = main_window
    window.tabs.setCurrentWidget(window.customers_tab)
    tab = window.customers_tab
    qtbot.waitUntil(lambda: any(e.isVisible() for e in tab.findChildren(EmptyState)), timeout=5000)
    state = next(e for e in tab.findChildren(EmptyState) if e.isVisible())
    qtbot.mouseClick(state.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.current_dialog
    assert dialog is not None and dialog.isVisible()
    name = next(e for e in dialog.findChildren(QLineEdit) if e.isVisible() and e.isEnabled())
    dialog.name.setText("上海锦程贸易有限公司") if hasattr(dialog, "name") else name.setText("上海锦程贸易有限公司")
    outcome = op(dialog.save, ops=window.ops)
    assert outcome.ok
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: not state.isVisible(), timeout=5000)


def test_the_empty_state_opens_other_books(main_window, qtbot, monkeypatch):
    from arapp.ui.empty_state import EmptyState

    window = main_window
    opened = []
    monkeypatch.setattr(window, "choose_database", lambda: opened.append(True))
    tab = window.customers_tab
    qtbot.waitUntil(lambda: any(e.isVisible() for e in tab.findChildren(EmptyState)), timeout=5000)
    state = next(e for e in tab.findChildren(EmptyState) if e.isVisible())
    qtbot.mouseClick(state.open_button, Qt.MouseButton.LeftButton)
    assert opened == [True]


def test_the_empty_state_opens_the_demo_books_as_file_open_demo_books_does(main_window, qtbot, ui_db, monkeypatch):
    """A real click on 打开演示账套: the window switches to the demo books' own file (made
    and filled, as File → 打开演示账套 does), never the books that were open."""
    import sqlite3

    from arapp.db import database
    from arapp.paths import demo_database_path
    from arapp.ui import app as ui_app_module
    from arapp.ui.empty_state import EmptyState

    monkeypatch.setattr(ui_app_module, "DEMO_CUSTOMERS", 5)
    monkeypatch.setattr(ui_app_module, "DEMO_YEARS", 1)
    window = main_window
    tab = window.customers_tab
    qtbot.waitUntil(lambda: any(e.isVisible() for e in tab.findChildren(EmptyState)), timeout=5000)
    state = next(e for e in tab.findChildren(EmptyState) if e.isVisible())
    assert state.demo_button.text() == "打开演示账套"
    qtbot.mouseClick(state.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: database.database_path() == demo_database_path() and window.runner.active_count() == 0
                    and tab.model.rowCount() == 5, timeout=60000)
    assert "演示数据" in window.windowTitle()
    qtbot.waitUntil(lambda: not any(e.isVisible() for e in tab.findChildren(EmptyState)), timeout=5000)
    con = sqlite3.connect(ui_db)
    try:
        assert con.execute("SELECT COUNT(*) FROM customer").fetchone()[0] == 0      # the user's books untouched
    finally:
        con.close()
