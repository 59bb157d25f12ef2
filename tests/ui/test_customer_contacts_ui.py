"""Contact persons in the customer dialog, with real clicks: add, edit, remove, saved
with the customer; the Customers tab's 联系人 box shows them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from arapp.reports.customers import customer_card
from arapp.services import customers as customer_service
from arapp.ui.dialogs.contact_person import ContactPersonDialog
from arapp.ui.tabs.customers import CustomersTab

LEFT = Qt.MouseButton.LeftButton


def click(qtbot, widget) -> None:
    assert widget.isEnabled() and widget.isVisible(), widget
    qtbot.mouseClick(widget, LEFT)


def type_into(qtbot, edit, text: str) -> None:
    """Clear the field and type ``text``: ASCII as key presses, Chinese as an input method
    commits it (QTest has no keys for it)."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(edit, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(edit, event)


def fill_person(qtbot, dialog: ContactPersonDialog, **values) -> None:
    for key, text in values.items():
        if key == "primary":
            if dialog.primary.isChecked() != text:       # on the box itself, not the row's empty end
                qtbot.mouseClick(dialog.primary, LEFT, pos=QPoint(6, dialog.primary.height() // 2))
        else:
            type_into(qtbot, getattr(dialog, key), text)


def ok(qtbot, dialog) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


def make_tab(qtbot, runner, wait_loaded) -> CustomersTab:
    tab = CustomersTab(runner)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    tab.refresh()
    wait_loaded(tab.model)
    return tab


def test_contacts_are_added_edited_and_removed_with_clicks_and_the_pane_shows_them(qtbot, runner, books,
                                                                                  wait_loaded):
    cid = books.customer("杭州恒达贸易有限公司", code="C000123")
    customer_service.add_contact(cid, "赵出纳", phone="0571-81110000")
    tab = make_tab(qtbot, runner, wait_loaded)
    qtbot.waitUntil(lambda: tab.selected_customer_id() == cid)
    assert "赵出纳" in tab.detail.contacts_text.text()

    click(qtbot, tab.edit_button)
    dialog = tab.current_dialog
    qtbot.waitExposed(dialog)
    box = dialog.contacts_box
    assert box.table.rowCount() == 1

    opened = []
    box.dialogOpened.connect(opened.append)
    click(qtbot, box.add_button)
    person = opened[-1]
    fill_person(qtbot, person, name="王经理", title="财务经理", phone="13900001111", primary=True)
    type_into(qtbot, person.email, "wang at hengda")            # refused in the form, named
    ok(qtbot, person)
    assert person.isVisible() and person.email.property("invalid") is True
    assert "wang at hengda" in person.error.text()
    type_into(qtbot, person.email, "wang@hengda.example.cn")
    ok(qtbot, person)
    assert not person.isVisible()
    assert [box.table.item(r, 0).text() for r in range(box.table.rowCount())] == ["赵出纳", "王经理"]
    assert box.table.item(1, 4).text() == "★ 主要"

    click_row(qtbot, box.table, 0)
    click(qtbot, box.edit_button)
    fill_person(qtbot, opened[-1], phone="0571-81112222")
    ok(qtbot, opened[-1])
    assert box.table.item(0, 2).text() == "0571-81112222"

    click(qtbot, box.add_button)
    fill_person(qtbot, opened[-1], name="临时联系人")
    ok(qtbot, opened[-1])
    click_row(qtbot, box.table, 2)
    click(qtbot, box.remove_button)
    assert box.table.rowCount() == 2

    ended = []
    dialog.ops.finished.connect(ended.append)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    assert ended[0].ok, ended[0].error
    assert [(p.name, p.phone, p.email, p.is_primary) for p in customer_card(cid).contacts] == [
        ("赵出纳", "0571-81112222", "", False), ("王经理", "13900001111", "wang@hengda.example.cn", True)]
    qtbot.waitUntil(lambda: "王经理" in tab.detail.contacts_text.text())
    shown = tab.detail.contacts_text.text()
    assert "★ 王经理（财务经理）" in shown and "0571-81112222" in shown and "临时联系人" not in shown


def test_a_new_customer_is_saved_with_its_first_contact_as_the_primary_one(qtbot, runner, books, wait_loaded):
    tab = make_tab(qtbot, runner, wait_loaded)
    click(qtbot, tab.add_button)
    dialog = tab.current_dialog
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.name, "宁波海纳进出口有限公司")
    opened = []
    dialog.contacts_box.dialogOpened.connect(opened.append)
    click(qtbot, dialog.contacts_box.add_button)
    assert opened[-1].primary.isChecked()                        # the first one: the person to call first
    fill_person(qtbot, opened[-1], name="陈总", title="总经理")
    ok(qtbot, opened[-1])
    ended = []
    dialog.ops.finished.connect(ended.append)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    assert ended[0].ok, ended[0].error
    cid = ended[0].result.results[0].customer_id
    assert [(p.name, p.title, p.is_primary) for p in customer_card(cid).contacts] == [("陈总", "总经理", True)]
