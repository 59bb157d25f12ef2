"""The Bank tab on the real bank pieces: the transaction list and the unmatched queue,
sorting, the matcher's proposals with their reasons, accepting one, accepting all above a
score, matching by hand, unmatching, booking, ignoring and restoring, the reconciliation
and its export, a role that may not, English, and a build without the bank pieces.
Buttons are clicked and text typed, not called. (The wizard: test_bank_import_wizard.py.)"""

from __future__ import annotations

import sys

import pytest
from bank_ui_books import bank_account, click, click_tick, day, edit_amount, lines_in, open_tab, select_line
from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from arapp.db import lookups
from arapp.reports.balances import customer_balance
from arapp.reports.bank import bank_line
from arapp.reports.receipt_list import receipt_detail
from arapp.services.context import Actor, set_actor
from arapp.ui.common import AMOUNT_ALIGN
from arapp.ui.tabs.bank.match_dialog import MatchDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def account(ui_db) -> int:
    return bank_account()


@pytest.fixture
def customer(books):
    """上海锦程贸易有限公司 owing 1,200.00 (older) and 800.00; 杭州华美 owing 555.55."""
    cid = books.customer("上海锦程贸易有限公司")
    first = books.invoice(cid, 1200_00, day(40))
    second = books.invoice(cid, 800_00, day(20))
    other = books.customer("杭州华美酒店管理有限公司")
    third = books.invoice(other, 555_55, day(30))
    number = lookups.invoice(first).number
    return {"id": cid, "first": first, "second": second, "other": other, "third": third, "first_number": number}


def ops_of(tab):
    return tab.ops


def run(op, tab, button, qtbot):
    """Click ``button`` and wait for the write it starts."""
    outcome = op(lambda: (click(qtbot, button), True)[1], ops=ops_of(tab))
    assert outcome.ok, outcome.error
    return outcome


# --------------------------------------------------------------------------- the list

def test_the_list_shows_each_line_with_its_status_and_amounts_right_aligned(qtbot, runner, wait_loaded, account):
    lines_in(account, (9, "in", 1200_00, "上海锦程贸易有限公司", "货款"), (8, "out", 15_00, "", "手续费"))
    tab = open_tab(qtbot, runner, wait_loaded)
    m = tab.model
    assert m.rowCount() == 2
    headers = [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]
    assert headers == ["交易日期", "收支", "金额（元）", "余额（元）", "对方户名", "摘要", "流水号", "状态", "客户",
                       "收款单号", "匹配依据/得分"]
    by_text = {m.data(m.index(r, 5)): r for r in range(2)}
    fee = by_text["手续费"]
    assert m.data(m.index(fee, 1)) == "支出" and m.data(m.index(fee, 2)) == "-15.00"
    assert m.data(m.index(fee, 2), Qt.ItemDataRole.TextAlignmentRole) == int(AMOUNT_ALIGN)
    assert m.data(m.index(by_text["货款"], 7)) == "未匹配"
    assert tab.status.itemText(1) == "未匹配（2）"
    assert tab.count_label.text() == "共 2 笔流水，已显示 2 笔"
    # Money out cannot be matched, only booked.
    select_line(tab, next(r.id for r in m.rows() if r.direction == "out"))
    assert not tab.pane.manual_button.isEnabled() and tab.pane.book_button.isEnabled()
    assert "支出不会生成收款单" in tab.pane.reason.text()


def test_the_status_filter_shows_the_unmatched_queue(qtbot, runner, wait_loaded, account, customer):
    from arapp.services.bank import accept_match

    a, _b, fee = lines_in(account, (5, "in", 1200_00, "锦程", "货款"), (4, "in", 10_00, "某人", "?"),
                          (3, "out", 15_00, "", "手续费"))
    accept_match(a, customer["id"], [(customer["first"], 1200_00)])
    tab = open_tab(qtbot, runner, wait_loaded)
    assert tab.status.itemText(1) == "未匹配（2）"
    tab.status.setCurrentIndex(1)
    wait_loaded(tab.model)
    assert {r.status for r in tab.model.rows()} == {"unmatched"} and tab.model.rowCount() == 2
    tab.status.setCurrentIndex(2)
    wait_loaded(tab.model)
    assert [r.id for r in tab.model.rows()] == [a]
    tab.status.setCurrentIndex(0)
    qtbot.keyClicks(tab.search, bank_line(fee).serial)
    tab.apply_filters()
    wait_loaded(tab.model)
    assert [r.id for r in tab.model.rows()] == [fee]


def test_the_list_sorts_in_sql_by_the_column_clicked_and_not_by_one_that_cannot(qtbot, runner, wait_loaded, account):
    lines_in(account, (9, "in", 50_00, "甲", "a"), (8, "in", 700_00, "乙", "b"), (7, "out", 3_00, "", "c"))
    tab = open_tab(qtbot, runner, wait_loaded)
    header = tab.view.horizontalHeader()

    def click_header(key):
        col = tab.model.KEYS.index(key)
        QTest.mouseClick(header.viewport(), LEFT, pos=QPoint(header.sectionViewportPosition(col) + 10, 5))
        wait_loaded(tab.model)

    click_header("amount")
    assert tab.model.sort_key == "amount"
    assert [r.amount for r in tab.model.rows()] in ([3_00, 50_00, 700_00], [700_00, 50_00, 3_00])
    click_header("balance")
    assert tab.model.sort_key == "amount"
    assert header.sortIndicatorSection() == tab.model.KEYS.index("amount")


# --------------------------------------------------------------------------- matching

def test_accepting_a_proposal_records_the_receipt_and_marks_the_line_matched(qtbot, runner, wait_loaded, account,
                                                                           customer, op):
    [line] = lines_in(account, (5, "in", 1200_00, "上海锦程贸易有限公司", f"货款 {customer['first_number']}"))
    tab = open_tab(qtbot, runner, wait_loaded)
    select_line(tab, line)
    pane = tab.pane
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0 and not pane.loading, timeout=10000)
    best = pane.proposals[0]
    assert best.customer_id == customer["id"] and best.rule == "invoice_number"
    assert pane.model.data(pane.model.index(0, 0)) == str(best.score)
    assert pane.model.data(pane.model.index(0, 2)) == "1,200.00"
    assert customer["first_number"] in pane.reason.text() and f"{best.score} 分" in pane.reason.text()
    outcome = run(op, tab, pane.accept_button, qtbot)
    assert customer_balance(customer["id"]).open_invoices == 800_00
    number = outcome.result.results[0].receipt_number
    qtbot.waitUntil(lambda: not tab.model.loading and tab.selected_line() is not None
                    and tab.selected_line().status == "matched", timeout=10000)
    row = tab.view.currentIndex().row()
    assert tab.model.data(tab.model.index(row, 7)) == "已匹配"
    assert tab.model.data(tab.model.index(row, 9)) == number
    assert tab.model.data(tab.model.index(row, 10)) == f"应收单号 · {best.score}"
    assert tab.status.itemText(1) == "未匹配（0）"
    assert pane.unmatch_button.isEnabled() and not pane.accept_button.isEnabled()


def test_accept_all_above_a_score_says_how_many_and_how_much_before_it_accepts(qtbot, runner, wait_loaded, account,
                                                                             customer, messages, op):
    sure, unsure = lines_in(account, (5, "in", 1200_00, "锦程", f"货款 {customer['first_number']}"),
                            (4, "in", 555_55, "张三", "转账"))
    tab = open_tab(qtbot, runner, wait_loaded)
    bulk = tab.bulk
    qtbot.waitUntil(lambda: not bulk.loading and len(bulk.best) == 2, timeout=10000)
    assert bulk.best[sure].score >= 90 > bulk.best[unsure].score        # a number said; an amount alone
    assert bulk.threshold.value() == 90
    assert bulk.count.text() == "的建议：1 笔，¥1,200.00"
    bulk.threshold.selectAll()
    qtbot.keyClicks(bulk.threshold, str(bulk.best[unsure].score))
    assert bulk.count.text() == "的建议：2 笔，¥1,755.55"
    messages.answer_yes = False
    click(qtbot, bulk.button)
    assert messages.questions[-1][1].startswith("接受 2 笔流水的最佳建议，合计 ¥1,755.55")
    assert bank_line(sure).status == "unmatched"
    messages.answer_yes = True
    run(op, tab, bulk.button, qtbot)
    assert bank_line(sure).status == bank_line(unsure).status == "matched"
    assert customer_balance(customer["id"]).open_invoices == 800_00
    assert customer_balance(customer["other"]).open_invoices == 0
    qtbot.waitUntil(lambda: not bulk.loading and bulk.count.text() == "的建议：0 笔，¥0.00", timeout=10000)
    assert not bulk.button.isEnabled()


def test_matching_by_hand_ticks_invoices_oldest_first_and_leaves_the_rest_as_credit(qtbot, runner, wait_loaded,
                                                                                  account, customer, op):
    [line] = lines_in(account, (5, "in", 1500_00, "张三", "转账"))
    tab = open_tab(qtbot, runner, wait_loaded)
    select_line(tab, line)
    qtbot.waitUntil(lambda: not tab.pane.loading, timeout=10000)
    assert "没有匹配建议" in tab.pane.reason.text()
    click(qtbot, tab.pane.manual_button)
    dialog = tab.current_dialog
    assert isinstance(dialog, MatchDialog)
    assert dialog.customer.text() == "张三"                          # the payer's name, to search from
    dialog.customer.clear()
    qtbot.keyClicks(dialog.customer, lookups.customer(customer["id"]).code)
    assert dialog.customer.resolve() == customer["id"]
    table, model = dialog.table, dialog.model
    assert model.rowCount() == 2
    click_tick(table, 0)                                       # the oldest invoice: all 1,200.00
    click_tick(table, 1)                                       # the next: what is left, 300.00 of 800.00
    assert model.allocations() == [(customer["first"], 1200_00), (customer["second"], 300_00)]
    assert "¥1,500.00" in dialog.summary.text()
    click_tick(table, 1)                                       # untick
    edit_amount(qtbot, table, 0, "1000")                        # split: 1,000.00 of the first
    assert model.allocations() == [(customer["first"], 1000_00)]
    assert "¥500.00" in dialog.summary.text() and "预收" in dialog.summary.text()
    run(op, tab, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), qtbot)
    matched = bank_line(line)
    assert matched.status == "matched" and matched.rule == "manual"
    balance = customer_balance(customer["id"])
    assert balance.open_invoices == 1000_00 and balance.credit == 500_00


def test_unmatching_asks_why_reverses_the_receipt_and_puts_the_line_back(qtbot, runner, wait_loaded, account,
                                                                       customer, messages, op):
    from arapp.services.bank import accept_match

    [line] = lines_in(account, (5, "in", 1200_00, "锦程", "货款"))
    matched = accept_match(line, customer["id"], [(customer["first"], 1200_00)])
    tab = open_tab(qtbot, runner, wait_loaded)
    select_line(tab, line)
    assert "已匹配给" in tab.pane.reason.text()
    messages.text_answer = None
    click(qtbot, tab.pane.unmatch_button)
    assert bank_line(line).status == "matched"                 # no reason, nothing done
    messages.text_answer = "付款人是另一家同名公司"
    run(op, tab, tab.pane.unmatch_button, qtbot)
    assert matched.receipt_number in messages.questions[-1][1]
    assert receipt_detail(matched.receipt_number).row.status == "reversed"
    assert customer_balance(customer["id"]).open_invoices == 2000_00
    qtbot.waitUntil(lambda: not tab.model.loading and tab.selected_line() is not None
                    and tab.selected_line().status == "unmatched", timeout=10000)
    qtbot.waitUntil(lambda: not tab.pane.loading, timeout=10000)


def test_a_debit_is_booked_and_a_line_ignored_and_restored(qtbot, runner, wait_loaded, account, messages, op):
    fee, odd = lines_in(account, (5, "out", 15_00, "", "手续费"), (4, "in", 1_00, "", "结息"))
    tab = open_tab(qtbot, runner, wait_loaded)
    select_line(tab, fee)
    messages.text_answer = "银行手续费"
    run(op, tab, tab.pane.book_button, qtbot)
    assert bank_line(fee).status == "booked" and bank_line(fee).book_entry_id is not None
    qtbot.waitUntil(lambda: not tab.model.loading and tab.selected_line().status == "booked", timeout=10000)
    select_line(tab, odd)
    messages.text_answer = "利息，月底统一处理"
    run(op, tab, tab.pane.ignore_button, qtbot)
    qtbot.waitUntil(lambda: not tab.model.loading and tab.selected_line().status == "ignored", timeout=10000)
    assert tab.pane.restore_button.isEnabled()
    run(op, tab, tab.pane.restore_button, qtbot)
    qtbot.waitUntil(lambda: not tab.model.loading and tab.selected_line().status == "unmatched", timeout=10000)
    qtbot.waitUntil(lambda: not tab.pane.loading, timeout=10000)


# --------------------------------------------------------------------------- reconciliation

def test_the_reconciliation_shows_the_four_lists_both_balances_and_the_difference(qtbot, runner, wait_loaded, ui_db,
                                                                                tmp_path):
    from arapp.services.bank import add_book_entry, update_bank_account

    account = bank_account(opening_date=day(60), opening_book_balance=100050_00)   # the books 50.00 more
    target = day(5)
    lines_in(account, (5, "in", 300_00, "某公司", "货款"), (5, "out", 15_00, "", "手续费"))
    add_book_entry(account, target, "out", 2000_00, "开出转账支票 No.1234")        # not presented yet
    tab = open_tab(qtbot, runner, wait_loaded)
    tab.pages.tabBar().setCurrentIndex(1)
    view = tab.reconciliation
    view.month.setDate(QDate(target.year, target.month, 1))
    month = target.strftime("%Y-%m")
    qtbot.waitUntil(lambda: view.result is not None and not view.loading and view.result.month == month,
                    timeout=10000)
    assert view.models["bank_in"].rowCount() == 1 and view.models["bank_out"].rowCount() == 1
    assert view.models["books_out"].rowCount() == 1 and view.models["books_in"].rowCount() == 0
    assert view.list_titles["bank_in"].text() == "加：银行已收、企业未收（1 笔，¥300.00）"
    assert view.list_titles["books_out"].text() == "减：企业已付、银行未付（1 笔，¥2,000.00）"
    assert view.start_values["bank"].text() == "¥100,285.00"
    assert view.start_values["bank"].alignment() & Qt.AlignmentFlag.AlignRight
    assert view.end_values["bank"].text() == "¥98,285.00"
    assert view.difference.text().startswith("调节后的余额相差 ¥50.00（企业账面一方较高）")
    assert "b00020" in view.difference.styleSheet()
    out = tmp_path / "调节表.xlsx"
    assert view.export("xlsx", str(out))
    qtbot.waitUntil(lambda: view.last_export == str(out), timeout=10000)
    assert out.stat().st_size > 0
    update_bank_account(account, opening_book_balance=100000_00)
    view.refresh()
    qtbot.waitUntil(lambda: not view.loading, timeout=10000)
    assert view.difference.text() == "调节后的余额相符。"


# --------------------------------------------------------------------------- roles, language, missing pieces

def test_a_cashier_sees_the_bank_actions_greyed_with_the_reason(qtbot, runner, wait_loaded, account):
    [line] = lines_in(account, (5, "in", 1200_00, "锦程", "货款"))
    set_actor(Actor("cashier1", "cashier"))
    try:
        tab = open_tab(qtbot, runner, wait_loaded)
        select_line(tab, line)
        for button in (tab.import_button, tab.new_account_button, tab.pane.manual_button, tab.pane.book_button):
            assert not button.isEnabled()
            assert button.toolTip() == "您的角色（收银员）无权进行此操作。"
        qtbot.waitUntil(lambda: not tab.pane.loading, timeout=10000)
    finally:
        set_actor(Actor("admin", "admin"))


def test_the_tab_speaks_the_language_chosen(qtbot, runner, wait_loaded, account):
    from arapp.ui.translator import install_translators

    lines_in(account, (9, "in", 1200_00, "锦程", "货款"))
    tab = open_tab(qtbot, runner, wait_loaded)
    install_translators("en")
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Date"
    assert tab.status.itemText(1) == "Unmatched (1)"
    assert tab.pages.tabText(1) == "Bank reconciliation"
    assert tab.model.data(tab.model.index(0, 1)) == "In"


def test_without_the_bank_pieces_the_tab_says_so_and_the_window_opens(qtbot, monkeypatch, ui_db):
    from arapp.ui.main_window import MainWindow

    for name in ("arapp.reports.bank", "arapp.io.bank_statement", "arapp.services.bank"):
        monkeypatch.setitem(sys.modules, name, None)          # importing them fails
    window = MainWindow(str(ui_db), remember_state=False)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.bank_tab)
    assert window.bank_tab.stack.currentWidget() is window.bank_tab.unavailable
    assert "arapp.reports.bank" in window.bank_tab.unavailable.text()
    assert window.tab_titles()[3] == "银行"


def test_export_writes_every_line_the_filter_shows_with_money_in_and_out_as_numbers(qtbot, runner, wait_loaded,
                                                                                   account, tmp_path, monkeypatch):
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    lines_in(account, (9, "in", 1200_00, "上海锦程贸易有限公司", "货款"), (8, "out", 15_00, "", "手续费"),
             (7, "in", 300_00, "杭州华美", "货款"))
    tab = open_tab(qtbot, runner, wait_loaded)
    tab.search.setText("货款")            # Chinese is typed through an input method, not key clicks
    tab.apply_filters()
    wait_loaded(tab.model)
    assert tab.model.rowCount() == 2
    target = tmp_path / "bank.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, title, suggested, filters, selected="":
                                     (str(target), filters.split(";;")[0])))
    said = []
    tab.actMessage.connect(said.append)
    export = tab.list_export
    click(qtbot, export.button)
    qtbot.waitUntil(lambda: export.last_path is not None and not export.busy, timeout=20000)
    cells = [c for row in openpyxl.load_workbook(target).active.iter_rows() for c in row]
    numbers = sorted(c.value for c in cells if isinstance(c.value, (int, float)) and c.number_format == "#,##0.00")
    assert 1200.0 in numbers and 300.0 in numbers and 15.0 not in numbers     # the filter held; amounts as numbers
    assert said and "2" in said[-1]
