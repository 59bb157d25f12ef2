"""The Aging tab: recompute off the UI thread, views, drill-down, exports, schemes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from arapp.ui.tabs.aging import AgingTab

D = dt.date


@pytest.fixture
def aging_books(books, old_books):
    old_books()
    a = books.customer("上海锦程贸易有限公司", payment_terms_days=0, category="贸易客户")
    b = books.customer("张伟", payment_terms_days=0, category="业主")
    books.invoice(a, 10000, D(2026, 1, 1))
    books.invoice(a, 20000, D(2026, 3, 1))
    books.invoice(b, 5000, D(2026, 3, 20))
    return a, b


@pytest.fixture
def tab(aging_books, runner, qtbot):
    w = AgingTab(runner)
    qtbot.addWidget(w)
    w.as_of.setDate(QDate(2026, 3, 31))
    with qtbot.waitSignal(w.resultReady, timeout=10000):
        w.show()
    return w


def cell(model, row, col):
    return model.data(model.index(row, col))


def headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_the_tab_shows_buckets_and_a_totals_row_in_chinese(tab, qtbot):
    m = tab.model
    assert headers(m)[:4] == ["客户编码", "客户名称", "催收员", "未到期"]
    assert headers(m)[-3:] == ["合计", "预收款", "净额"]
    assert m.rowCount() == 3                                  # two customers + totals
    assert [cell(m, 2, 0), cell(m, 2, 1)] == ["合计", "2 个客户"]
    total_col = headers(m).index("合计")
    assert cell(m, 2, total_col) == "350.00"
    assert m.data(m.index(0, total_col), Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    assert "350.00" in tab.summary.text()
    qtbot.waitUntil(lambda: tab.chart_image is not None, timeout=10000)   # the chart, drawn on a worker
    assert tab.chart_image.width() > 100 and not tab.chart.pixmap().isNull()


def test_changing_date_and_view_recomputes_in_the_background(tab, qtbot):
    with qtbot.waitSignal(tab.resultReady, timeout=10000) as sig:
        tab.as_of.setDate(QDate(2026, 2, 28))
    assert sig.args[0].total == 10000                         # later invoices not yet issued
    with qtbot.waitSignal(tab.resultReady, timeout=10000) as sig:
        tab.view.setCurrentIndex(tab.view.findData("category"))
    assert {r.key for r in sig.args[0].rows} == {"贸易客户"}


def test_double_click_drills_down_to_the_customers_invoices(tab, qtbot, aging_books):
    row = next(i for i in range(tab.model.rowCount() - 1) if tab.model.row_at(i).customer_id == aging_books[0])
    with qtbot.waitSignal(tab.resultReady, timeout=10000) as sig:
        tab._drill_down(tab.model.index(row, 0))
    result = sig.args[0]
    assert result.view == "invoice" and len(result.rows) == 2
    assert tab.chip.isVisible()
    with qtbot.waitSignal(tab.invoiceRequested, timeout=2000) as sig2:
        tab._drill_down(tab.model.index(0, 0))
    assert sig2.args[1] == "INV-2026-000001"
    with qtbot.waitSignal(tab.resultReady, timeout=10000) as sig:
        tab.clear_drill()
    assert sig.args[0].view == "customer"


def test_sorting_keeps_the_totals_row_last(tab, aging_books):
    m = tab.model
    total_col = headers(m).index("合计")
    m.sort(total_col, Qt.SortOrder.AscendingOrder)
    assert [cell(m, 0, total_col), cell(m, 1, total_col)] == ["50.00", "300.00"]
    assert m.row_at(0).customer_id == aging_books[1]          # the drill-down follows the row
    assert cell(m, 2, 0) == "合计"


@pytest.mark.parametrize("view", ["customer", "invoice", "collector", "category"])
def test_the_screen_shows_the_table_the_exports_print(tab, qtbot, view):
    """Same columns in the same order, same headers, same cells as reports.table.aging_table."""
    from arapp.reports.table import aging_table, format_cell

    if tab.view.currentData() != view:
        with qtbot.waitSignal(tab.resultReady, timeout=10000):
            tab.view.setCurrentIndex(tab.view.findData(view))
    table = aging_table(tab.result, "上海锦程物业有限公司")
    m = tab.model
    assert headers(m) == [c.label for c in table.columns]
    assert m.rowCount() == len(table.rows) + 1
    for r, row in enumerate(table.rows):
        assert [cell(m, r, c) for c in range(m.columnCount())] == [
            format_cell(v, col.kind, blank_zero=col.blank_zero) for v, col in zip(row, table.columns, strict=True)]
    assert [cell(m, len(table.rows), c) for c in range(m.columnCount())] == [
        format_cell(v, col.kind) for v, col in zip(table.totals, table.columns, strict=True)]
    right = int(Qt.AlignmentFlag.AlignRight)
    for c, col in enumerate(table.columns):
        aligned = m.data(m.index(0, c), Qt.ItemDataRole.TextAlignmentRole) or 0
        assert bool(aligned & right) == (col.kind in ("money", "int")), col.key


def test_english_headers_follow_the_exports_too(tab):
    from arapp.reports.table import aging_table
    from arapp.ui.translator import install_translators

    install_translators("en")
    tab.retranslate_ui()
    assert headers(tab.model) == [c.label for c in aging_table(tab.result, "").columns]
    assert headers(tab.model)[:2] == ["Customer code", "Customer"]


def test_export_to_excel_and_pdf(tab, qtbot, tmp_path):
    for fmt in ("xlsx", "pdf"):
        target = tmp_path / f"aging.{fmt}"
        tab.export(fmt, str(target))
        qtbot.waitUntil(lambda t=target: t.exists() and t.stat().st_size > 1000, timeout=20000)
        qtbot.waitUntil(lambda: not tab.progress.isVisible(), timeout=5000)


def test_a_new_scheme_is_saved_and_chosen(tab, qtbot, op):
    dialog = tab.open_scheme_dialog()
    dialog.name.setText("季度")
    dialog.edges.setText("30, 20")
    assert not op(dialog.save).ok
    assert "20" in dialog.error.text()
    dialog.edges.setText("0, 90, 180")
    with qtbot.waitSignal(tab.resultReady, timeout=10000) as sig:
        assert op(dialog.save).ok
    assert sig.args[0].scheme.name == "季度"
    assert len(sig.args[0].bucket_labels) == 4


def test_reports_menu_writes_the_weekly_report(main_window, aging_books, qtbot, tmp_path):
    target = tmp_path / "weekly.pdf"
    dialog = main_window.open_report("weekly-overdue")
    dialog.ask_path = lambda suggested, fmt: str(target)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.run()
    assert target.stat().st_size > 1000


def test_a_credit_balance_reads_prepaid_as_in_the_customer_list(books, old_books, runner, qtbot):
    """A customer who paid more than it owes shows 预收 with the amount, not a bare minus."""
    from arapp.services import receipts

    old_books()
    c = books.customer("宁波海通物流有限公司", payment_terms_days=0)
    books.invoice(c, 10000, D(2026, 3, 1))
    receipts.record_receipt(c, D(2026, 3, 10), 28580)
    w = AgingTab(runner)
    qtbot.addWidget(w)
    w.as_of.setDate(QDate(2026, 3, 31))
    with qtbot.waitSignal(w.resultReady, timeout=10000):
        w.show()
    m = w.model
    net = headers(m).index("净额")
    assert cell(m, 0, net) == "预收 185.80"
