"""The invoice table model: pages of 200 from the database, sorting and filtering in SQL,
the count on a worker thread, and no crash on empty values (PySide6 6.12.0's None bug)."""

from __future__ import annotations

import datetime as _dt
import sys
import threading

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from arapp.db.database import db
from arapp.db.models import Customer, Invoice
from arapp.reports.invoice_list import InvoiceFilter, invoice_page
from arapp.ui.models import invoices as ui_models
from arapp.ui.models.invoices import InvoiceTableModel

N_INVOICES = 3000


@pytest.fixture
def many_invoices(ui_db, write_invoices):
    """3,000 posted invoices over two years for 30 customers, written in bulk."""
    start = _dt.date(2025, 1, 1)
    with db.atomic():
        Customer.insert_many([
            {"code": f"C{i:06d}", "name": f"客户{i:03d}", "created_at": start, "updated_at": start}
            for i in range(1, 31)]).execute()
        ids = [c.id for c in Customer.select(Customer.id).order_by(Customer.id)]
        rows = []
        for k in range(N_INVOICES):
            issue = start + _dt.timedelta(days=(k * 7919) % 700)
            total = 1000 + (k * 104729) % 900000
            status = ("posted", "partly_paid", "paid", "void")[k % 4]
            open_amount = {"posted": total, "partly_paid": total // 2, "paid": 0, "void": 0}[status]
            rows.append({"number": f"INV-{issue.year}-{k:06d}", "customer": ids[k % 30], "issue_date": issue,
                         "due_date": issue + _dt.timedelta(days=30), "total": total, "open_amount": open_amount,
                         "status": status, "created_at": start})
    write_invoices(rows)
    return N_INVOICES


def all_ids(sort: str, descending: bool, filters: InvoiceFilter | None = None) -> list[int]:
    return [r.id for r in invoice_page(filters, sort, descending, 0, 10**6)]


def test_pages_in_200s_until_exhausted(qtbot, many_invoices):
    model = InvoiceTableModel()            # no runner: pages load synchronously
    model.refresh()
    assert model.rowCount() == 200
    assert model.canFetchMore(QModelIndex())
    pages = 1
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        pages += 1
    assert model.rowCount() == N_INVOICES and pages == 16
    assert [r.id for r in model.rows()] == all_ids("issue_date", True)
    issue = [r.issue_date for r in model.rows()]
    assert issue == sorted(issue, reverse=True)


def test_sort_runs_in_sql_over_all_rows_not_just_the_loaded_page(qtbot, many_invoices):
    model = InvoiceTableModel()
    model.refresh()
    everything = sorted(Invoice.select(Invoice.id, Invoice.total), key=lambda i: (i.total, i.id))
    loaded = {r.id for r in model.rows()}
    assert everything[0].id not in loaded                        # the cheapest is not on page 1
    model.sort(model.SORT_BY_COLUMN.index("total"), Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 200
    assert [r.id for r in model.rows()] == [i.id for i in everything[:200]]
    model.sort(model.SORT_BY_COLUMN.index("customer"), Qt.SortOrder.DescendingOrder)
    assert [r.id for r in model.rows()] == all_ids("customer", True)[:200]
    assert model.row_at(0).customer_code == "C000030"


def test_filters_run_in_sql(qtbot, many_invoices):
    model = InvoiceTableModel()
    model.setFilter(InvoiceFilter(status="void"))
    assert model.total == N_INVOICES // 4
    assert {r.status for r in model.rows()} == {"void"}
    model.setFilter(InvoiceFilter(open_only=True, text="客户007"))
    rows = model.rows()
    assert rows and {r.customer_name for r in rows} == {"客户007"}
    assert all(r.open_amount > 0 for r in rows)
    model.setFilter(InvoiceFilter(date_from=_dt.date(2025, 3, 1), date_to=_dt.date(2025, 3, 31)))
    assert all(_dt.date(2025, 3, 1) <= r.issue_date <= _dt.date(2025, 3, 31) for r in model.rows())
    assert model.total == Invoice.select().where(Invoice.issue_date.between(_dt.date(2025, 3, 1),
                                                                            _dt.date(2025, 3, 31))).count()


def test_async_model_pages_on_workers_and_counts_off_the_ui_thread(qtbot, runner, many_invoices, monkeypatch):
    threads = []
    real_count = ui_models.invoice_count

    def spying_count(filters):
        threads.append(threading.current_thread() is threading.main_thread())
        return real_count(filters)

    monkeypatch.setattr(ui_models, "invoice_count", spying_count)
    model = InvoiceTableModel(runner)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 400)
    view.show()
    with qtbot.waitSignal(model.countChanged, check_params_cb=lambda n: n == N_INVOICES, timeout=5000):
        model.refresh()
        assert model.rowCount() == 0 and model.loading            # nothing blocks the first paint
    qtbot.waitUntil(lambda: model.rowCount() >= 200)
    assert threads == [False]
    assert model.total == N_INVOICES
    # Scrolling to the end makes the view ask for more.
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() >= 400, timeout=5000)
    # A sort while a page is in flight: the stale page is dropped.
    model.fetchMore(QModelIndex())
    model.sort(model.SORT_BY_COLUMN.index("open_amount"), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() >= 200, timeout=5000)
    assert [r.id for r in model.rows()[:200]] == all_ids("open_amount", True)[:200]


def test_cells_amounts_and_alignment(qtbot, many_invoices):
    model = InvoiceTableModel(today=_dt.date(2030, 1, 1))
    model.sort(model.SORT_BY_COLUMN.index("total"), Qt.SortOrder.DescendingOrder)
    model.refresh()
    top = model.row_at(0)
    total_text = model.data(model.index(0, 5))
    assert total_text == f"{top.total // 100:,}.{top.total % 100:02d}" and "," in total_text
    assert model.data(model.index(0, 5), Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.headerData(5, Qt.Orientation.Horizontal) == "金额（元）"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) is top
    overdue_row = next(i for i, r in enumerate(model.rows()) if r.status == "posted")
    assert "逾期" in model.data(model.index(overdue_row, 7))


def test_empty_values_do_not_leak_none_references(qtbot, many_invoices):
    """PySide6 6.12.0 dropped a reference to None each time Qt handed back an empty
    value and aborted after a few thousand calls; we pin <6.12 and keep this guard."""
    model = InvoiceTableModel()
    model.refresh()
    invalid = QModelIndex()
    outside = model.index(10**6, 0)
    before = sys.getrefcount(None)
    for _ in range(20000):
        assert QModelIndex().data() is None
        assert invalid.data(Qt.ItemDataRole.DisplayRole) is None
        assert model.data(invalid) is None
        assert model.data(outside, Qt.ItemDataRole.ToolTipRole) is None
        assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None
        assert model.headerData(99, Qt.Orientation.Horizontal) is None
    assert sys.getrefcount(None) >= before - 100
    assert model.data(model.index(0, 0))                          # still alive and well


def test_a_page_arriving_after_its_table_closed_is_ignored(qtbot, runner, many_invoices):
    import shiboken6

    model = InvoiceTableModel(runner)
    model.refresh()                          # a page and a count are in flight
    shiboken6.delete(model)
    assert runner.wait(5000)
    qtbot.wait(20)                           # deliver their results: nothing may raise
