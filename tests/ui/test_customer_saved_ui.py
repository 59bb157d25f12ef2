"""After a customer is saved (new or edited) the Customers list selects it, the pane
shows it, and the status bar says what was saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from arapp.db import database
from arapp.db.models import Customer, now
from arapp.ui.tabs.customers import CustomersTab

LEFT = Qt.MouseButton.LeftButton


def many_customers(n: int) -> None:
    """``n`` customers C000001… written at once (more than a page of the list)."""
    stamp = now()
    with database.db.atomic():
        Customer.insert_many([{"code": f"C{i:06d}", "name": f"客户{i:03d}有限公司", "created_at": stamp,
                               "updated_at": stamp} for i in range(1, n + 1)]).execute()


def make_tab(qtbot, runner, wait_loaded) -> tuple[CustomersTab, list[str]]:
    tab = CustomersTab(runner)
    said: list[str] = []
    tab.actMessage.connect(said.append)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    tab.refresh()
    wait_loaded(tab.model)
    return tab, said


def save(qtbot, dialog) -> None:
    ended = []
    dialog.ops.finished.connect(ended.append)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    assert ended[0].ok, ended[0].error


def test_a_new_customer_past_the_first_page_is_selected_and_shown(qtbot, runner, ui_db, wait_loaded):
    many_customers(230)
    tab, said = make_tab(qtbot, runner, wait_loaded)
    assert not tab.model.exhausted                     # the new one sorts after the first page
    tab.select_row(5)
    qtbot.waitUntil(lambda: tab.detail.title.text() == "客户006有限公司")
    qtbot.mouseClick(tab.add_button, LEFT)
    dialog = tab.current_dialog
    dialog.name.setText("苏州海纳贸易代理有限公司")
    save(qtbot, dialog)
    new = Customer.get(Customer.name == "苏州海纳贸易代理有限公司")
    qtbot.waitUntil(lambda: tab.selected_customer_id() == new.id, timeout=5000)
    assert tab.detail.title.text() == "苏州海纳贸易代理有限公司"
    assert tab.detail.subtitle.text() == new.code == "C000231"
    assert said[-1] == "已保存客户 C000231 苏州海纳贸易代理有限公司"


def test_an_edited_customer_stays_selected_and_the_pane_shows_the_new_data(qtbot, runner, ui_db, wait_loaded):
    many_customers(30)
    tab, said = make_tab(qtbot, runner, wait_loaded)
    tab.select_row(12)
    qtbot.waitUntil(lambda: tab.detail.title.text() == "客户013有限公司")
    qtbot.mouseClick(tab.edit_button, LEFT)
    dialog = tab.current_dialog
    dialog.name.setText("客户013（杭州）有限公司")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.detail.title.text() == "客户013（杭州）有限公司", timeout=5000)
    assert tab.selected_customer_id() == Customer.get(Customer.code == "C000013").id
    assert said[-1] == "已保存客户 C000013 客户013（杭州）有限公司"


def test_a_customer_the_search_no_longer_finds_is_shown_by_its_code(qtbot, runner, ui_db, wait_loaded):
    many_customers(30)
    tab, said = make_tab(qtbot, runner, wait_loaded)
    tab.search.setText("客户013")
    tab.apply_search()
    wait_loaded(tab.model)
    qtbot.waitUntil(lambda: tab.selected_customer_id() is not None)
    qtbot.mouseClick(tab.edit_button, LEFT)
    dialog = tab.current_dialog
    dialog.name.setText("杭州新名字贸易有限公司")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.detail.title.text() == "杭州新名字贸易有限公司", timeout=5000)
    assert tab.search.text() == "C000013"
    assert tab.selected_customer_id() == Customer.get(Customer.code == "C000013").id


def test_the_window_status_bar_says_what_was_saved(qtbot, main_window):
    tab = main_window.customers_tab
    main_window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.add_button, LEFT)
    dialog = tab.current_dialog
    dialog.name.setText("宁波海纳进出口有限公司")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: main_window.statusBar().currentMessage().startswith("已保存客户 C"), timeout=5000)
    assert main_window.statusBar().currentMessage().endswith(" 宁波海纳进出口有限公司")
