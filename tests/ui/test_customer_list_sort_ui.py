"""The Customers list sorted by balance and by overdue amount with a click on the header
(in SQL, page after page), the overdue-only filter, and credit balances (预收) shown as
such, never in green; red stays for overdue."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QPoint, Qt

from arapp.db import database
from arapp.db.models import Customer, now
from arapp.services import receipts
from arapp.ui.models.paged import OVERDUE_COLOR
from arapp.ui.tabs.customers import CustomersTab

LEFT = Qt.MouseButton.LeftButton
TODAY = _dt.date.today()
CODE, NAME, PHONE, BALANCE, OVERDUE = range(5)


def books_of(n: int, write_invoices) -> None:
    """``n`` customers; customer i owes (i × 37 mod 1000) yuan, the odd ones of it
    overdue; every tenth owes nothing."""
    stamp = now()
    with database.db.atomic():
        Customer.insert_many([{"code": f"C{i:06d}", "name": f"客户{i:03d}有限公司", "created_at": stamp,
                               "updated_at": stamp} for i in range(1, n + 1)]).execute()
    ids = {c.code: c.id for c in Customer.select()}
    rows = []
    for i in range(1, n + 1):
        if i % 10 == 0:
            continue
        issue = TODAY - _dt.timedelta(days=90 if i % 2 else 5)
        amount = (i * 37 % 1000 + 1) * 100
        rows.append({"customer": ids[f"C{i:06d}"], "issue_date": issue, "due_date": issue + _dt.timedelta(days=30),
                     "total": amount, "open_amount": amount, "status": "posted", "created_at": stamp})
    write_invoices(rows)


def make_tab(qtbot, runner, wait_loaded) -> CustomersTab:
    tab = CustomersTab(runner)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    tab.refresh()
    wait_loaded(tab.model)
    return tab


def click_header(qtbot, tab: CustomersTab, section: int, wait_loaded) -> None:
    header = tab.view.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))
    wait_loaded(tab.model)


def load_all(qtbot, tab, wait_loaded) -> list:
    while not tab.model.exhausted:
        tab.model.fetchMore()
        wait_loaded(tab.model)
    return tab.model.rows()


def test_a_click_on_the_balance_header_sorts_the_whole_list_by_balance_largest_first(qtbot, runner, ui_db,
                                                                                    wait_loaded, write_invoices):
    books_of(260, write_invoices)
    tab = make_tab(qtbot, runner, wait_loaded)
    assert [r.code for r in tab.model.rows()[:2]] == ["C000001", "C000002"]
    click_header(qtbot, tab, BALANCE, wait_loaded)
    assert tab.view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert tab.model.rowCount() == 200 and not tab.model.exhausted
    rows = load_all(qtbot, tab, wait_loaded)                         # the second page follows in order
    balances = [r.balance for r in rows]
    assert len(rows) == 260 and balances == sorted(balances, reverse=True)
    assert balances[0] == 100000
    click_header(qtbot, tab, BALANCE, wait_loaded)                   # again: smallest first
    assert [r.balance for r in tab.model.rows()[:3]] == [0, 0, 0]


def test_overdue_only_and_sorted_by_overdue(qtbot, runner, ui_db, wait_loaded, write_invoices):
    books_of(260, write_invoices)
    tab = make_tab(qtbot, runner, wait_loaded)
    qtbot.mouseClick(tab.overdue_only, LEFT, pos=QPoint(6, tab.overdue_only.height() // 2))
    wait_loaded(tab.model)
    assert tab.overdue_only.isChecked()
    rows = load_all(qtbot, tab, wait_loaded)
    assert len(rows) == 130 - 0 and all(r.overdue > 0 for r in rows)      # the odd ones (none a tenth)
    assert [r.code for r in rows[:2]] == ["C000001", "C000003"]
    click_header(qtbot, tab, OVERDUE, wait_loaded)
    overdue = [r.overdue for r in load_all(qtbot, tab, wait_loaded)]
    assert overdue == sorted(overdue, reverse=True) and len(overdue) == 130
    qtbot.mouseClick(tab.overdue_only, LEFT, pos=QPoint(6, tab.overdue_only.height() // 2))
    wait_loaded(tab.model)
    assert tab.model.rowCount() == 200


def test_a_credit_balance_reads_as_prepaid_in_a_neutral_colour_and_overdue_stays_red(qtbot, runner, books,
                                                                                   wait_loaded):
    credit = books.customer("杭州预存物业有限公司", code="C000001")
    receipts.record_receipt(credit, TODAY, 120000)
    owing = books.customer("宁波欠款贸易有限公司", code="C000002")
    books.invoice(owing, 50000, TODAY - _dt.timedelta(days=90))
    tab = make_tab(qtbot, runner, wait_loaded)
    m = tab.model
    assert m.data(m.index(0, BALANCE)) == "预收 1,200.00"
    assert m.data(m.index(0, BALANCE), Qt.ItemDataRole.ForegroundRole) is None
    assert "预收" in m.data(m.index(0, BALANCE), Qt.ItemDataRole.ToolTipRole)
    assert m.data(m.index(1, BALANCE)) == "500.00"
    assert m.data(m.index(1, OVERDUE), Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOR
    tab.select_row(0)
    qtbot.waitUntil(lambda: tab.detail.customer_id == credit)
    figure = tab.detail.figure_values["balance"]
    assert figure.text() == "预收 ¥1,200.00"
    assert "1b5e20" not in figure.styleSheet() and "b71c1c" not in figure.styleSheet()
