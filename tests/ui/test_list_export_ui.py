"""The 导出… (Export…) button under each list tab (issue #11): a click asks for the file
(the dialog faked), writes every row the list holds as it is filtered and sorted now (not
the page loaded) off the UI thread, and says in the status bar how many rows went where;
a file that cannot be written is said in a message box and the button works again."""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from arapp import clock
from arapp.exports.xlsx import DATE_FORMAT, MONEY_FORMAT
from arapp.reports.invoice_list import InvoiceFilter, invoice_count

TODAY = dt.date(2026, 12, 3)
MANY = 460                       # its open half is more than a page (200) of the list


@pytest.fixture
def ledger(books, write_invoices, old_books):
    """Two customers; many invoices for the first (a quarter paid, a quarter void), a
    receipt for the second."""
    from arapp.services.receipts import record_receipt

    clock.set(dt.datetime(2026, 12, 3, 10, 0))
    old_books()
    a = books.customer("上海锦程贸易有限公司", payment_terms_days=30)
    b = books.customer("杭州华美酒店管理有限公司", payment_terms_days=30)
    start = dt.date(2026, 1, 1)
    rows = []
    for k in range(MANY):
        issue = start + dt.timedelta(days=k % 300)
        total = 10_000 + k * 101
        status = ("posted", "partly_paid", "paid", "void")[k % 4]
        rows.append({"number": f"INV-T-{k + 1:06d}", "customer": a, "issue_date": issue,
                     "due_date": issue + dt.timedelta(days=30), "total": total,
                     "open_amount": {"posted": total, "partly_paid": total // 2}.get(status, 0), "status": status,
                     "description": "服务费", "created_at": start})
    write_invoices(rows)
    books.invoice(b, 123_456, dt.date(2026, 11, 5))
    record_receipt(b, dt.date(2026, 11, 20), 50_000, reference="BANK-1")
    return a, b


def pick(monkeypatch, path, kind: str = "xlsx"):
    """The save dialog answers ``path`` with the Excel or the CSV file type chosen; returns what it was asked."""
    asked = []

    def dialog(parent, title, suggested, filters, selected=""):
        asked.append((title, suggested, filters))
        excel, comma = filters.split(";;")
        return str(path), (excel if kind == "xlsx" else comma)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return asked


def click_export(window, tab, qtbot) -> None:
    export = tab.list_export
    before = export.last_path
    qtbot.mouseClick(export.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.last_path != before and not export.busy, timeout=20000)


def sheet(path):
    ws = openpyxl.load_workbook(path).active
    rows = list(ws.iter_rows())
    header = next(i for i, r in enumerate(rows) if i > 0 and r[0].font.b and r[0].fill.fgColor.rgb.endswith("DCE6F1"))
    end = next(i for i in range(header + 1, len(rows)) if rows[i][0].value == "合计")
    return ws, [c.value for c in rows[header]], rows[header + 1:end]


def test_invoices_export_every_invoice_of_the_filter_not_the_page_as_excel(main_window, ledger, qtbot, tmp_path,
                                                                          monkeypatch, wait_loaded):
    tab = main_window.invoices_tab
    main_window.tabs.setCurrentWidget(tab)
    tab.status.setCurrentIndex(tab.status.findData("open"))            # 未结清 in the status box
    wait_loaded(tab.model)
    qtbot.waitUntil(lambda: tab.model.total is not None, timeout=10000)
    wanted = invoice_count(InvoiceFilter(status="open"))
    assert wanted > 200 and tab.model.rowCount() == 200
    asked = pick(monkeypatch, tmp_path / "应收单")                    # no extension: the Excel type chosen
    click_export(main_window, tab, qtbot)
    target = tmp_path / "应收单.xlsx"
    assert tab.list_export.last_path == str(target) and target.exists()
    assert asked[0][1].endswith(f"应收单列表-{TODAY.isoformat()}.xlsx")
    said = main_window.statusBar().currentMessage()
    assert f"{wanted:,}" in said and str(target) in said and "导出" in said
    ws, header, body = sheet(target)
    assert ws["A1"].value.startswith("应收单列表") and header[:3] == ["应收单号", "客户编码", "客户名称"]
    assert len(body) == wanted
    first = body[0]
    assert first[5].data_type == "n" and first[5].number_format == MONEY_FORMAT
    assert isinstance(first[3].value, dt.datetime) and first[3].number_format == DATE_FORMAT
    assert first[7].data_type == "s"
    assert tab.list_export.button.isEnabled()


def test_customers_export_in_the_order_of_the_header_clicked_as_csv(main_window, ledger, qtbot, tmp_path,
                                                                    monkeypatch, wait_loaded):
    tab = main_window.customers_tab
    main_window.tabs.setCurrentWidget(tab)
    tab.refresh()
    wait_loaded(tab.model)
    header = tab.view.horizontalHeader()
    balance = tab.model.KEYS.index("balance")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(balance) + 10, header.height() // 2))
    wait_loaded(tab.model)
    assert tab.model.sort_key == ("balance", True)
    pick(monkeypatch, tmp_path / "customers", "csv")
    click_export(main_window, tab, qtbot)
    lines = list(csv.reader(io.StringIO((tmp_path / "customers.csv").read_text(encoding="utf-8-sig"))))
    shown = [tab.model.row_at(i).code for i in range(tab.model.rowCount())]
    assert [line[0] for line in lines[1:-1]] == shown and len(shown) == 2
    assert lines[-1][0] == "合计" and float(lines[1][4]) > float(lines[2][4])


def test_receipts_export_amounts_as_numbers(main_window, ledger, qtbot, tmp_path, monkeypatch, wait_loaded):
    tab = main_window.receipts_tab
    main_window.tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.search, "BANK-1")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    wait_loaded(tab.model)
    assert tab.model.rowCount() == 1
    pick(monkeypatch, tmp_path / "收款.xlsx")
    click_export(main_window, tab, qtbot)
    _ws, header, body = sheet(tmp_path / "收款.xlsx")
    (row,) = body
    assert header[6] == "金额" and row[6].value == pytest.approx(500.0) and row[6].number_format == MONEY_FORMAT


def test_the_collection_queue_exports_as_shown_in_the_order_clicked(main_window, ledger, qtbot, tmp_path,
                                                                    monkeypatch):
    from arapp.services.collections import generate_tasks

    generate_tasks(TODAY)
    tab = main_window.collections_tab
    with qtbot.waitSignal(tab.queueLoaded, timeout=10000):
        main_window.tabs.setCurrentWidget(tab)
        tab.reload()
    assert tab.model.rowCount() >= 1
    header = tab.table.horizontalHeader()
    days = tab.model.KEYS.index("days")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(days) + 5, header.height() // 2))
    pick(monkeypatch, tmp_path / "tasks.xlsx")
    click_export(main_window, tab, qtbot)
    ws, columns, body = sheet(tmp_path / "tasks.xlsx")
    assert [r[0].value for r in body] == [r.customer_code for r in tab.model.rows]
    notes = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(n.startswith("按“天数”") for n in notes), notes


def test_a_cancelled_dialog_exports_nothing(main_window, ledger, qtbot, tmp_path, monkeypatch):
    tab = main_window.invoices_tab
    pick(monkeypatch, "")
    qtbot.mouseClick(tab.list_export.button, Qt.MouseButton.LeftButton)
    assert tab.list_export.last_path is None and not tab.list_export.busy and list(tmp_path.glob("*.xlsx")) == []


def test_a_file_that_cannot_be_written_is_said_and_the_button_works_again(main_window, ledger, qtbot, tmp_path,
                                                                          monkeypatch, messages):
    tab = main_window.receipts_tab
    target = tmp_path / "gone" / "r.xlsx"
    pick(monkeypatch, target)
    qtbot.mouseClick(tab.list_export.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages.errors), timeout=20000)
    (_title, text), = messages.errors
    assert str(target) in text and "不存在" in text
    assert tab.list_export.button.isEnabled() and not tab.list_export.busy
    assert list(tmp_path.rglob("*.part")) == []


def test_the_aging_tab_exports_csv_when_that_file_type_is_chosen(main_window, ledger, qtbot, tmp_path, monkeypatch):
    tab = main_window.aging_tab
    main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.result is not None and not tab.is_busy(), timeout=20000)
    pick(monkeypatch, tmp_path / "aging-2026-12-03.xlsx", "csv")
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(tab, "last_export", None) is not None, timeout=20000)
    assert tab.last_export == str(tmp_path / "aging-2026-12-03.csv")
    lines = list(csv.reader(io.StringIO((tmp_path / "aging-2026-12-03.csv").read_text(encoding="utf-8-sig"))))
    assert lines[0][0] == "客户编码" and lines[-1][0] == "合计" and len(lines) == 4


def test_the_buttons_speak_the_language_of_the_window(main_window):
    tabs = (main_window.customers_tab, main_window.invoices_tab, main_window.receipts_tab,
            main_window.collections_tab)
    assert {t.list_export.button.text() for t in tabs} == {"导出…"}
    main_window.set_language("en")
    assert {t.list_export.button.text() for t in tabs} == {"Export…"}
    main_window.set_language("zh_CN")
