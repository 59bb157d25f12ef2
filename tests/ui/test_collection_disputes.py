"""Disputes from the collection file: open one on an open item (real clicks), resolve it
from the disputes page; a double-click on an open item opens the invoice's detail."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from arapp.db.models import InvoiceDispute
from arapp.services import collections as svc
from arapp.services.invoices import create_invoice
from arapp.ui.dialogs.dispute import OpenDisputeDialog, ResolveDisputeDialog
from arapp.ui.dialogs.invoice_detail import InvoiceDetailWindow
from arapp.ui.tabs.collections import CollectionsTab

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
LEFT = Qt.MouseButton.LeftButton


def invoice(customer_id: int, amount: int, due: dt.date) -> int:
    return create_invoice(customer_id, due - 15 * DAY, due_date=due, amount=amount, description="服务费", post=True,
                          override_reason="test").invoice_id


@pytest.fixture
def tab(books, runner, qtbot):
    cid = books.customer("上海锦程贸易有限公司", payment_terms_days=0)
    old = invoice(cid, 100000, TODAY - 45 * DAY)
    new = invoice(cid, 50000, TODAY - 10 * DAY)
    svc.generate_tasks(TODAY)
    w = CollectionsTab(runner)
    qtbot.addWidget(w)
    w.resize(1280, 760)
    with qtbot.waitSignal(w.detailLoaded, timeout=10000):
        w.show()
    w.invoice_ids = (old, new)
    return w


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def click_and_reload(qtbot, tab, button) -> None:
    """Click a dialog's button that writes; wait until the file shows the result."""
    with qtbot.waitSignal(tab.detailLoaded, timeout=10000):
        qtbot.mouseClick(button, LEFT)


def test_open_a_dispute_on_the_selected_item_and_resolve_it(tab, qtbot):
    acts = tab.actions
    pane = tab.pane
    old, new = tab.invoice_ids
    assert acts.dispute_button.isEnabled() and not acts.resolve_dispute_button.isEnabled()
    pane.views["items"].selectRow(1)                                 # the newer invoice
    said = []
    acts.statusMessage.connect(said.append)

    qtbot.mouseClick(acts.dispute_button, LEFT)
    dialog = acts.current_dialog
    assert isinstance(dialog, OpenDisputeDialog)
    assert dialog.choice.currentData() == new                        # the selected item is offered first
    dialog.reason.setPlainText("价格有异议")
    click_and_reload(qtbot, tab, save_button(dialog))
    row = InvoiceDispute.get()
    assert (row.invoice_id, row.reason, row.status) == (new, "价格有异议", "open")
    assert said and tab.detail.disputes[0].invoice_number in said[-1]
    assert pane.models["disputes"].rowCount() == 1
    assert acts.resolve_dispute_button.isEnabled()                   # the only open one

    qtbot.mouseClick(acts.resolve_dispute_button, LEFT)
    dialog = acts.current_dialog
    assert isinstance(dialog, ResolveDisputeDialog)
    dialog.reason.setPlainText("按合同价结算")
    click_and_reload(qtbot, tab, save_button(dialog))
    row = InvoiceDispute.get()
    assert (row.status, row.resolution) == ("closed", "按合同价结算")
    assert not acts.resolve_dispute_button.isEnabled()


def test_a_dispute_needs_a_reason(tab, qtbot):
    qtbot.mouseClick(tab.actions.dispute_button, LEFT)
    dialog = tab.actions.current_dialog
    with qtbot.waitSignal(tab.ops.finished, timeout=10000):
        qtbot.mouseClick(save_button(dialog), LEFT)
    assert dialog.isVisible() and dialog.error.text()
    assert InvoiceDispute.select().count() == 0


def test_double_click_on_an_open_item_opens_the_invoice_detail(tab, qtbot):
    view = tab.pane.views["items"]
    pos = view.visualRect(view.model().index(0, 0)).center()
    qtbot.mouseClick(view.viewport(), LEFT, pos=pos)
    qtbot.mouseDClick(view.viewport(), LEFT, pos=pos)
    window = tab.actions.detail_window
    assert isinstance(window, InvoiceDetailWindow)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    assert window.detail.invoice_id == tab.invoice_ids[0]
    assert window.detail.task is not None and window.detail.task.covers_invoice
