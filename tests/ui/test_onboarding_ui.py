"""Bringing a ledger in from the window (#11): File → Import → customers / the opening
ledger, a preview that writes nothing, refused rows with row, column and reason, the
import all or nothing (or the other rows when asked), and the lists read again."""

from __future__ import annotations

import datetime as dt

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from arapp import clock
from arapp.reports.customers import customer_count

TODAY = dt.date(2026, 11, 30)


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return str(path)


def _click(widget):
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def _open(window, qtbot, kind):
    from arapp.ui.dialogs.onboarding import OnboardingDialog

    window.import_actions[kind].trigger()

    qtbot.waitUntil(lambda: bool(window.findChildren(OnboardingDialog)))
    return window.findChildren(OnboardingDialog)[-1]


def _type_path(qtbot, dialog, path):
    dialog.path.clear()
    QTest.keyClicks(dialog.path, path)


def test_customers_from_excel_are_previewed_then_imported_from_the_file_menu(main_window, qtbot, tmp_path):
    clock.set(dt.datetime(2026, 11, 30, 10, 0))
    path = _xlsx(tmp_path / "customers.xlsx", [
        ["客户资料"],
        ["客户编号", "客户名称", "别名", "账期(天)", "联系人", "联系人电话", "付款账号"],
        ["K001", "杭州恒达贸易有限公司", "恒达贸易", 30, "王敏", "13800000001", "6222020200011112222"],
        ["K002", "宁波海纳进出口有限公司", "", "45天", "", "", ""],
    ])
    window = main_window
    dialog = _open(window, qtbot, "customers")
    assert not dialog.import_button.isEnabled()
    _type_path(qtbot, dialog, path)
    with qtbot.waitSignal(window.ops.finished, timeout=20000):
        _click(dialog.preview_button)
    assert dialog.rows_model.rowCount() == 2
    assert dialog.rejected_model.rowCount() == 0
    assert "2" in dialog.tabs.tabText(0)
    assert customer_count() == 0                           # a preview writes nothing
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(window.ops.finished, timeout=20000):
        _click(dialog.import_button)
    assert customer_count() == 2
    assert "2" in dialog.summary.text() and "customers.xlsx" in dialog.summary.text()
    qtbot.waitUntil(lambda: window.customers_tab.view.model().rowCount() == 2, timeout=10000)


def test_a_ledger_with_a_refused_row_imports_nothing_until_the_other_rows_are_asked_for(main_window, books,
                                                                                       qtbot, tmp_path):
    from arapp.reports.invoice_list import InvoiceFilter, invoice_page

    clock.set(dt.datetime(2026, 11, 30, 10, 0))
    books.customer("杭州恒达贸易有限公司", code="K001")
    path = _xlsx(tmp_path / "ledger.xlsx", [
        ["客户编号", "发票号", "开票日期", "到期日", "未收金额", "摘要"],
        ["K001", "FP-0001", dt.date(2026, 9, 1), dt.date(2026, 10, 1), 1200.5, "货款"],
        ["K999", "FP-0002", dt.date(2026, 9, 2), dt.date(2026, 10, 2), 300, "货款"],
    ])
    window = main_window
    dialog = _open(window, qtbot, "ledger")
    _type_path(qtbot, dialog, path)
    with qtbot.waitSignal(window.ops.finished, timeout=20000):
        _click(dialog.preview_button)
    assert dialog.rows_model.rowCount() == 1
    assert dialog.rejected_model.rowCount() == 1
    refused = [dialog.rejected_model.rows[0][i] for i in range(4)]
    assert refused[0] == 3 and "K999" in " ".join(str(v) for v in refused)
    assert not dialog.import_button.isEnabled()            # refused rows stop it …
    _click(dialog.skip)                                    # … unless the other rows are asked for
    assert dialog.skip.isChecked() and dialog.import_button.isEnabled()
    with qtbot.waitSignal(window.ops.finished, timeout=20000):
        _click(dialog.import_button)
    rows = invoice_page(InvoiceFilter(text="FP-0001"))
    assert len(rows) == 1
    assert rows[0].external_number == "FP-0001" and rows[0].open_amount == 120050 and rows[0].number
    assert "FP-0002" not in dialog.summary.text()


def test_the_template_is_saved_from_the_dialog_and_reads_back_with_nothing_to_import(main_window, qtbot, tmp_path,
                                                                                    monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "template.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog = _open(main_window, qtbot, "customers")
    _click(dialog.template)
    assert target.exists()
    assert str(target) in dialog.summary.text()
    _type_path(qtbot, dialog, str(target))
    with qtbot.waitSignal(main_window.ops.finished, timeout=20000):
        _click(dialog.preview_button)
    assert dialog.rows_model.rowCount() == 0               # the example row is never a customer
    assert not dialog.import_button.isEnabled()


def test_empty_books_offer_the_import(main_window, qtbot):
    from arapp.ui.dialogs.onboarding import OnboardingDialog

    state = main_window.empty_states[0]
    main_window.show()
    qtbot.waitUntil(state.isVisible, timeout=5000)
    _click(state.import_button)
    qtbot.waitUntil(lambda: bool(main_window.findChildren(OnboardingDialog)))
    assert main_window.findChildren(OnboardingDialog)[-1].kind == "customers"
