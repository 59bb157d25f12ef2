"""The window's exports to a path that cannot be written (issue #9 review): the Reports
dialog and collector performance say in the user's words which file and why, stay open
for another try, and leave nothing half-written."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from arapp import clock
from arapp.services import customers, invoices


def _ledger():
    clock.set(dt.datetime(2026, 12, 3, 10, 0))
    code = customers.create_customer(name="杭州恒达贸易有限公司", payment_terms_days=30).code
    invoices.create_invoice(code, dt.date(2026, 6, 5), amount=70000, post=True, override_reason="test")


def _readable(message: str, path) -> bool:
    return str(path) in message and ("不存在" in message or "does not exist" in message) and "Error" not in message


def test_report_dialog_into_a_missing_folder_shows_why_and_stays_open(main_window, ui_db, qtbot, tmp_path):
    _ledger()
    target = tmp_path / "gone" / "weekly.pdf"
    dialog = main_window.open_report("weekly-overdue")
    dialog.ask_path = lambda suggested, fmt: str(target)
    dialog.show()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=20000)
    assert _readable(dialog.error.text(), target), dialog.error.text()
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert list(tmp_path.rglob("*.part")) == []
    dialog.close()


def test_collector_performance_onto_a_folder_says_it_is_a_folder(main_window, ui_db, qtbot, tmp_path, messages):
    _ledger()
    dialog = main_window.open_collector_performance()
    qtbot.waitUntil(lambda: dialog.pdf_button.isEnabled(), timeout=10000)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.ask_path = lambda suggested, fmt: str(folder)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages.errors), timeout=20000)
    (_title, text), = messages.errors
    assert str(folder) in text and ("文件夹" in text or "folder" in text) and "Error" not in text, text
    assert list(folder.iterdir()) == [] and list(tmp_path.glob("*.part")) == []
    assert dialog.pdf_button.isEnabled()
    dialog.close()
