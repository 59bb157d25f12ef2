"""The Bank tab: the import wizard from the file to its result, the transaction list and
the unmatched queue, accepting a proposal, accepting all above a score, matching by hand,
unmatching, booking and ignoring, the reconciliation, roles, and a build without the bank
pieces. Buttons are clicked and text typed, not called (the bank pieces are faked:
tests/ui/fake_bank.py)."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QWizard

from arapp.db import lookups
from arapp.domain.bank import BankLineIn
from arapp.reports.balances import customer_balance
from arapp.reports.receipt_list import receipt_detail
from arapp.services.context import Actor, set_actor
from arapp.ui.common import AMOUNT_ALIGN
from arapp.ui.tabs.bank import BankTab
from arapp.ui.tabs.bank.import_wizard import ImportWizard
from arapp.ui.tabs.bank.match_dialog import MatchDialog
from arapp.ui.tabs.bank.models import REFUSED_COLOR

TODAY = _dt.date.today()
LEFT = Qt.MouseButton.LeftButton
ACCOUNT_NO = "6222021001012345678"


def day(n: int) -> _dt.date:
    return TODAY - _dt.timedelta(days=n)


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def statement_csv(path, rows: list[str]) -> str:
    head = ["中国工商银行 账户明细", f"账号：{ACCOUNT_NO}", "",
            "交易日期,交易时间,摘要,对方户名,对方账号,借方发生额,贷方发生额,余额,流水号"]
    path.write_text("\n".join(head + rows + ["合计,,,,,,,,"]) + "\n", encoding="utf-8-sig")
    return str(path)


@pytest.fixture
def account(fake_bank):
    from arapp.services.bank import add_bank_account

    return add_bank_account("工行基本户", "工商银行上海浦东支行", ACCOUNT_NO, profile="icbc",
                            opening_bank_balance=100000_00).account_id


@pytest.fixture
def customer(books):
    cid = books.customer("上海锦程贸易有限公司")
    first = books.invoice(cid, 1200_00, day(40))
    second = books.invoice(cid, 800_00, day(20))
    return cid, first, second


def open_tab(qtbot, runner, wait_loaded) -> BankTab:
    tab = BankTab(runner)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    wait_loaded(tab.model)
    return tab


def lines_in(fake_bank, account, *specs) -> list[int]:
    """Lines straight into the store: (days ago, direction, fen, counterparty, description)."""
    return fake_bank.add_lines(account, [BankLineIn(i + 5, day(d), direction, fen, counterparty_name=who,
                                                    description=text, serial=f"SN{i:03d}")
                                         for i, (d, direction, fen, who, text) in enumerate(specs)])


def select_line(tab, line_id) -> None:
    row = next(i for i, r in enumerate(tab.model.rows()) if r.id == line_id)
    rect = tab.view.visualRect(tab.model.index(row, 0))
    QTest.mouseClick(tab.view.viewport(), LEFT, pos=rect.center())
    assert tab.selected_line().id == line_id


# --------------------------------------------------------------------------- the wizard

def wizard_button(wizard, which):
    return wizard.button(which)


def test_the_import_wizard_reads_maps_previews_and_imports_the_statement(qtbot, runner, wait_loaded, fake_bank,
                                                                         account, customer, tmp_path):
    path = statement_csv(tmp_path / "icbc-2026-11.csv", [
        f"{day(9)},09:12:00,货款,上海锦程贸易有限公司,6228480012345678,,\"1,200.00\",\"101,200.00\",SN001",
        f"{day(8)},,手续费,,,15.00,,\"101,185.00\",SN002",
        f"{day(7)},,货款,杭州华美,,,十二元,\"101,185.00\",SN003",
    ])
    tab = open_tab(qtbot, runner, wait_loaded)
    click(qtbot, tab.import_button)
    wizard = tab.current_dialog
    assert isinstance(wizard, ImportWizard)
    qtbot.keyClicks(wizard.file_page.path, path)
    QTest.keyClick(wizard.file_page.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.preview is not None and not wizard.reading, timeout=5000)
    assert "icbc-2026-11.csv" in wizard.file_page.facts.text()
    assert ACCOUNT_NO in wizard.file_page.facts.text()
    click(qtbot, wizard_button(wizard, QWizard.WizardButton.NextButton))

    # The account whose number the file names, in its own format.
    assert wizard.currentPage() is wizard.account_page
    assert wizard.account_page.account.currentData() == account
    assert wizard.account_page.profile.currentData() == "icbc"
    assert not wizard.account_page.warning.isVisible()
    click(qtbot, wizard_button(wizard, QWizard.WizardButton.NextButton))

    # Each column with the field it is read into, guessed from the header.
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    qtbot.waitUntil(lambda: not wizard.reading and page.table.rowCount() == 9, timeout=5000)
    assert page.combo("交易日期").currentData() == "date"
    assert page.combo("贷方发生额").currentText() == "贷方发生额（收入）"
    assert page.combo("流水号").currentData() == "serial"
    assert "09:12:00" in page.table.item(1, 2).text()
    click(qtbot, wizard_button(wizard, QWizard.WizardButton.NextButton))

    # The preview: parsed values, the refused row in red with its column and reason.
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: not wizard.reading and preview.model.rowCount() == 3, timeout=5000)
    assert preview.summary.text() == "2 行可导入，1 行被拒"
    model = preview.model
    assert model.data(model.index(0, 3)) == "1,200.00"
    assert model.data(model.index(0, 3), Qt.ItemDataRole.TextAlignmentRole) == int(AMOUNT_ALIGN)
    refused = model.index(2, 1)
    assert "贷方发生额" in model.data(refused)
    assert model.data(refused, Qt.ItemDataRole.ForegroundRole).color() == REFUSED_COLOR
    assert fake_bank.names().count("import_bank_lines") == 0          # nothing written yet
    commit = wizard_button(wizard, QWizard.WizardButton.CommitButton)
    assert commit.text() == "导入"
    click(qtbot, commit)

    # The import, then what it did, and the offer to match.
    result = wizard.result_page
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=5000)
    assert result.outcome.text() == "工行基本户：2 笔新流水，0 笔已导入过，1 行被拒"
    assert result.match_now.isVisible() and result.match_now.isChecked()
    name, args, kwargs = [c for c in fake_bank.calls if c[0] == "import_bank_lines"][0]
    assert args[0] == account and [line.serial for line in args[1]] == ["SN001", "SN002"]
    assert kwargs["file_name"] == "icbc-2026-11.csv" and kwargs["profile"] == "icbc"
    assert "save_mapping" in fake_bank.names()                         # the mapping kept with the account
    click(qtbot, wizard_button(wizard, QWizard.WizardButton.FinishButton))

    # The tab shows the account's unmatched queue, its count in the filter.
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 and not tab.model.loading, timeout=5000)
    assert tab.status.currentData() == "unmatched"
    assert tab.status.currentText() == "未匹配（2）"


def test_importing_the_same_file_again_adds_nothing_and_says_so(qtbot, runner, wait_loaded, fake_bank, account,
                                                               tmp_path):
    path = statement_csv(tmp_path / "s.csv", [f"{day(3)},,货款,某公司,,,500.00,,SN900"])
    tab = open_tab(qtbot, runner, wait_loaded)
    for outcome in ("1 笔新流水，0 笔已导入过，0 行被拒", "0 笔新流水，1 笔已导入过，0 行被拒"):
        wizard = tab.open_import(path)
        qtbot.waitUntil(lambda w=wizard: w.preview is not None and not w.reading, timeout=5000)
        for _ in range(3):
            click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
            qtbot.waitUntil(lambda w=wizard: not w.reading, timeout=5000)
        qtbot.waitUntil(lambda w=wizard: w.preview is not None, timeout=5000)
        click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
        qtbot.waitUntil(lambda w=wizard: w.result is not None, timeout=5000)
        assert wizard.result_page.outcome.text().endswith(outcome)
        assert wizard.result_page.match_now.isVisible() == outcome.startswith("1")
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
        qtbot.waitUntil(lambda: tab.current_dialog is None, timeout=2000)


def test_a_statement_of_another_account_is_warned_about_before_import(qtbot, runner, wait_loaded, fake_bank,
                                                                     account, tmp_path):
    from arapp.services.bank import add_bank_account

    other = add_bank_account("建行一般户", "建设银行", "4367420011112222").account_id
    path = statement_csv(tmp_path / "s.csv", [f"{day(3)},,货款,某公司,,,500.00,,SN900"])
    tab = open_tab(qtbot, runner, wait_loaded)
    wizard = tab.open_import(path)
    qtbot.waitUntil(lambda: wizard.preview is not None and not wizard.reading, timeout=5000)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    combo = wizard.account_page.account
    combo.setCurrentIndex(combo.findData(other))
    assert wizard.account_page.warning.isVisible()
    assert ACCOUNT_NO in wizard.account_page.warning.text() and "建行一般户" in wizard.account_page.warning.text()
    for _ in range(2):
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        qtbot.waitUntil(lambda: not wizard.reading, timeout=5000)
    assert wizard.preview_page.warnings.isVisible()
    assert ACCOUNT_NO in wizard.preview_page.warnings.text()


def test_a_file_that_is_not_a_statement_is_refused_by_name_on_the_first_page(qtbot, runner, wait_loaded, fake_bank,
                                                                           account, tmp_path):
    bad = tmp_path / "notes.xlsx"
    bad.write_bytes(b"this is not a workbook at all\n" * 20)
    tab = open_tab(qtbot, runner, wait_loaded)
    wizard = tab.open_import(str(bad))
    page = wizard.file_page
    qtbot.waitUntil(lambda: not wizard.reading and bool(wizard.read_error), timeout=5000)
    assert page.error.isVisible() and "notes.xlsx" in page.error.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "import_bank_lines" not in fake_bank.names()


def test_a_column_chosen_twice_is_refused_on_the_mapping_page(qtbot, runner, wait_loaded, fake_bank, account,
                                                             tmp_path):
    path = statement_csv(tmp_path / "s.csv", [f"{day(3)},,货款,某公司,,,500.00,,SN900"])
    tab = open_tab(qtbot, runner, wait_loaded)
    wizard = tab.open_import(path)
    qtbot.waitUntil(lambda: wizard.preview is not None and not wizard.reading, timeout=5000)
    for _ in range(2):
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        qtbot.waitUntil(lambda: not wizard.reading, timeout=5000)
    page = wizard.mapping_page
    time_combo = page.combo("交易时间")
    time_combo.setCurrentIndex(time_combo.findData("date"))
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is page
    assert page.error.text() == "交易日期选给了两列：交易日期 和 交易时间"


def test_cancelling_the_import_leaves_nothing_in_the_books(qtbot, runner, wait_loaded, fake_bank, account, tmp_path):
    fake_bank.delay = 0.2
    rows = [f"{day(3)},,货款,某公司,,,{n}.00,,SN{n:03d}" for n in range(1, 30)]
    path = statement_csv(tmp_path / "s.csv", rows)
    tab = open_tab(qtbot, runner, wait_loaded)
    wizard = tab.open_import(path)
    qtbot.waitUntil(lambda: wizard.preview is not None and not wizard.reading, timeout=5000)
    for _ in range(3):
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        qtbot.waitUntil(lambda: not wizard.reading, timeout=5000)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    assert wizard.importing
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    qtbot.waitUntil(lambda: not wizard.importing, timeout=10000)
    assert wizard.cancelled and wizard.isVisible()
    assert wizard.result_page.outcome.text() == "已取消：没有导入任何内容。"
    assert fake_bank.lines == {}


def test_a_statement_of_an_account_not_yet_in_the_books_adds_it_from_the_wizard(qtbot, runner, wait_loaded,
                                                                                fake_bank, tmp_path, op):
    path = statement_csv(tmp_path / "s.csv", [f"{day(3)},,货款,某公司,,,500.00,,SN900"])
    tab = open_tab(qtbot, runner, wait_loaded)
    assert tab.count_label.text() == "还没有银行账户：先新增账户（新增账户…），再导入它的对账单。"
    assert not tab.edit_account_button.isEnabled()
    wizard = tab.open_import(path)
    qtbot.waitUntil(lambda: wizard.preview is not None and not wizard.reading, timeout=5000)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    page = wizard.account_page
    assert "还没有银行账户" in page.note.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click(qtbot, page.new_button)
    dialog = wizard.account_dialog
    assert dialog.account_no.text() == ACCOUNT_NO                 # from the file's title rows
    qtbot.keyClicks(dialog.name, "ICBC basic")
    qtbot.keyClicks(dialog.opening_bank, "1,000.50")
    outcome = op(lambda: (click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save)), True)[1],
                 ops=dialog.ops)
    assert outcome.ok, outcome.error
    [account] = fake_bank.accounts.values()
    assert (account.name, account.account_no, account.opening_bank_balance) == ("ICBC basic", ACCOUNT_NO, 1000_50)
    assert page.account.currentData() == account.id
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_tab_speaks_the_language_chosen(qtbot, runner, wait_loaded, fake_bank, account):
    from arapp.ui.translator import install_translators

    lines_in(fake_bank, account, (9, "in", 1200_00, "锦程", "货款"))
    tab = open_tab(qtbot, runner, wait_loaded)
    install_translators("en")
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Date"
    assert tab.status.itemText(1) == "Unmatched (1)"
    assert tab.pages.tabText(1) == "Bank reconciliation"
    assert tab.model.data(tab.model.index(0, 1)) == "In"


def test_file_menu_import_bank_statement_opens_the_wizard_over_the_bank_tab(fake_bank, account, main_window):
    window = main_window
    assert window.bank_import_action.text() == "银行对账单(&B)…"
    assert window.import_menu.title() == "导入(&I)" and window.bank_import_action in window.import_menu.actions()
    window.bank_import_action.trigger()
    assert window.tabs.currentWidget() is window.bank_tab
    wizard = window.bank_tab.current_dialog
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    assert wizard.account is not None and wizard.account.id == account
    wizard.reject()


# --------------------------------------------------------------------------- the list and matching

def test_the_list_shows_each_line_with_its_status_and_amounts_right_aligned(qtbot, runner, wait_loaded, fake_bank,
                                                                           account):
    lines_in(fake_bank, account, (9, "in", 1200_00, "上海锦程贸易有限公司", "货款"), (8, "out", 15_00, "", "手续费"))
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


def test_accepting_a_proposal_records_the_receipt_and_marks_the_line_matched(qtbot, runner, wait_loaded, fake_bank,
                                                                           account, customer, op):
    cid, first, second = customer
    [line] = lines_in(fake_bank, account, (5, "in", 1500_00, "上海锦程贸易有限公司", "货款"))
    fake_bank.propose(line, cid, [(first, 1200_00), (second, 300_00)], rule="counterparty_name", score=88,
                      reason="付款户名与客户名称一致")
    tab = open_tab(qtbot, runner, wait_loaded)
    select_line(tab, line)
    pane = tab.pane
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1 and not pane.loading, timeout=5000)
    assert pane.model.data(pane.model.index(0, 0)) == "88"
    assert pane.model.data(pane.model.index(0, 2)) == "1,500.00"
    assert "付款户名与客户名称一致" in pane.reason.text() and "88 分" in pane.reason.text()
    outcome = op(lambda: (click(qtbot, pane.accept_button), True)[1], ops=tab.ops)
    assert outcome.ok, outcome.error
    assert customer_balance(cid).open_invoices == 500_00
    qtbot.waitUntil(lambda: not tab.model.loading and tab.selected_line() is not None
                    and tab.selected_line().status == "matched", timeout=5000)
    row = tab.view.currentIndex().row()
    assert tab.model.data(tab.model.index(row, 7)) == "已匹配"
    assert tab.model.data(tab.model.index(row, 10)) == "付款户名 · 88"
    assert tab.model.data(tab.model.index(row, 9)).startswith("RCT-")
    assert tab.status.itemText(1) == "未匹配（0）"
    assert pane.unmatch_button.isEnabled() and not pane.accept_button.isEnabled()


def test_accept_all_above_a_score_says_how_many_and_how_much_before_it_accepts(qtbot, runner, wait_loaded, fake_bank,
                                                                             account, customer, messages, op):
    cid, first, second = customer
    sure, unsure = lines_in(fake_bank, account, (5, "in", 1200_00, "锦程", "INV"), (4, "in", 800_00, "某人", "货款"))
    fake_bank.propose(sure, cid, [(first, 1200_00)], score=95)
    fake_bank.propose(unsure, cid, [(second, 800_00)], rule="exact_amount", score=60, reason="金额与一张应收单一致")
    tab = open_tab(qtbot, runner, wait_loaded)
    bulk = tab.bulk
    qtbot.waitUntil(lambda: not bulk.loading and bool(bulk.best), timeout=5000)
    assert bulk.threshold.value() == 90
    assert bulk.count.text() == "的建议：1 笔，¥1,200.00"
    bulk.threshold.selectAll()
    qtbot.keyClicks(bulk.threshold, "50")
    assert bulk.count.text() == "的建议：2 笔，¥2,000.00"
    messages.answer_yes = False
    click(qtbot, bulk.button)
    assert messages.questions[-1][1].startswith("接受 2 笔流水的最佳建议，合计 ¥2,000.00")
    assert "accept_matches" not in fake_bank.names()
    messages.answer_yes = True
    outcome = op(lambda: (click(qtbot, bulk.button), True)[1], ops=tab.ops)
    assert outcome.ok, outcome.error
    [(_name, (choices,), _kw)] = [c for c in fake_bank.calls if c[0] == "accept_matches"]
    assert [c.line_id for c in choices] == [sure, unsure]
    assert customer_balance(cid).open_invoices == 0
    qtbot.waitUntil(lambda: not bulk.loading and bulk.count.text() == "的建议：0 笔，¥0.00", timeout=5000)
    assert not bulk.button.isEnabled()


def test_matching_by_hand_ticks_invoices_oldest_first_and_leaves_the_rest_as_credit(qtbot, runner, wait_loaded,
                                                                                  fake_bank, account, customer, op):
    cid, first, second = customer
    [line] = lines_in(fake_bank, account, (5, "in", 1500_00, "锦程贸易", "转账"))
    tab = open_tab(qtbot, runner, wait_loaded)
    select_line(tab, line)
    qtbot.waitUntil(lambda: not tab.pane.loading, timeout=5000)
    assert "没有匹配建议" in tab.pane.reason.text()
    click(qtbot, tab.pane.manual_button)
    dialog = tab.current_dialog
    assert isinstance(dialog, MatchDialog)
    assert dialog.customer.text() == "锦程贸易"                  # the payer's name, to search from
    dialog.customer.clear()
    qtbot.keyClicks(dialog.customer, lookups.customer(cid).code)
    assert dialog.customer.resolve() == cid
    table, model = dialog.table, dialog.model
    assert model.rowCount() == 2
    click_tick(table, 0)                                       # the oldest invoice: all 1,200.00
    click_tick(table, 1)                                       # the next: what is left, 300.00 of 800.00
    assert model.allocations() == [(first, 1200_00), (second, 300_00)]
    assert "核销 ¥1,500.00" in dialog.summary.text() or "¥1,500.00" in dialog.summary.text()
    click_tick(table, 1)                                       # untick: the 300.00 stays as credit
    edit_amount(qtbot, table, 0, "1000")                        # split: 1,000.00 of the first
    assert model.allocations() == [(first, 1000_00)]
    assert "¥500.00" in dialog.summary.text() and "预收" in dialog.summary.text()
    outcome = op(lambda: (click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)), True)[1],
                 ops=tab.ops)
    assert outcome.ok, outcome.error
    name, args, kwargs = [c for c in fake_bank.calls if c[0] == "accept_match"][-1]
    assert args == (line, cid, [(first, 1000_00)]) and kwargs["rule"] == "manual"
    balance = customer_balance(cid)
    assert balance.open_invoices == 1000_00 and balance.credit == 500_00


def click_tick(table, row: int) -> None:
    """Click the tick box of an invoice of the manual match's table."""
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(table.viewport(), LEFT, pos=QPoint(rect.left() + 10, rect.center().y()))


def edit_amount(qtbot, table, row: int, text: str) -> None:
    """Double-click the amount to allocate and type a new one."""
    model = table.model()
    index = model.index(row, model.ALLOCATE_COLUMN)
    rect = table.visualRect(index)
    QTest.mouseClick(table.viewport(), LEFT, pos=rect.center())
    QTest.mouseDClick(table.viewport(), LEFT, pos=rect.center())
    [editor] = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()], timeout=2000)


def test_unmatching_asks_why_reverses_the_receipt_and_puts_the_line_back(qtbot, runner, wait_loaded, fake_bank,
                                                                       account, customer, messages, op):
    from arapp.services.bank import accept_match

    cid, first, _second = customer
    [line] = lines_in(fake_bank, account, (5, "in", 1200_00, "锦程", "货款"))
    matched = accept_match(line, cid, [(first, 1200_00)])
    tab = open_tab(qtbot, runner, wait_loaded)
    select_line(tab, line)
    assert "已匹配给" in tab.pane.reason.text()
    messages.text_answer = None
    click(qtbot, tab.pane.unmatch_button)
    assert "unmatch" not in fake_bank.names()                  # no reason, nothing done
    messages.text_answer = "付款人是另一家同名公司"
    outcome = op(lambda: (click(qtbot, tab.pane.unmatch_button), True)[1], ops=tab.ops)
    assert outcome.ok, outcome.error
    assert matched.receipt_number in messages.questions[-1][1]
    assert receipt_detail(matched.receipt_number).row.status == "reversed"
    assert customer_balance(cid).open_invoices == 2000_00
    qtbot.waitUntil(lambda: not tab.model.loading and tab.selected_line() is not None
                    and tab.selected_line().status == "unmatched", timeout=5000)


def test_a_debit_is_booked_and_a_line_ignored_and_restored(qtbot, runner, wait_loaded, fake_bank, account, messages,
                                                          op):
    fee, odd = lines_in(fake_bank, account, (5, "out", 15_00, "", "手续费"), (4, "in", 1_00, "", "结息"))
    tab = open_tab(qtbot, runner, wait_loaded)
    select_line(tab, fee)
    messages.text_answer = "银行手续费"
    assert op(lambda: (click(qtbot, tab.pane.book_button), True)[1], ops=tab.ops).ok
    assert fake_bank.book_entries == [(fee, "银行手续费")]
    qtbot.waitUntil(lambda: not tab.model.loading and tab.selected_line().status == "booked", timeout=5000)
    select_line(tab, odd)
    messages.text_answer = "利息，月底统一处理"
    assert op(lambda: (click(qtbot, tab.pane.ignore_button), True)[1], ops=tab.ops).ok
    qtbot.waitUntil(lambda: not tab.model.loading and tab.selected_line().status == "ignored", timeout=5000)
    assert tab.pane.restore_button.isEnabled()
    assert op(lambda: (click(qtbot, tab.pane.restore_button), True)[1], ops=tab.ops).ok
    qtbot.waitUntil(lambda: not tab.model.loading and tab.selected_line().status == "unmatched", timeout=5000)


def test_the_status_filter_shows_the_unmatched_queue(qtbot, runner, wait_loaded, fake_bank, account, customer):
    from arapp.services.bank import accept_match

    cid, first, _second = customer
    a, _b, _c = lines_in(fake_bank, account, (5, "in", 1200_00, "锦程", "货款"), (4, "in", 10_00, "某人", "?"),
                         (3, "out", 15_00, "", "手续费"))
    accept_match(a, cid, [(first, 1200_00)])
    tab = open_tab(qtbot, runner, wait_loaded)
    assert tab.status.itemText(1) == "未匹配（2）"
    tab.status.setCurrentIndex(1)
    wait_loaded(tab.model)
    assert {r.status for r in tab.model.rows()} == {"unmatched"} and tab.model.rowCount() == 2
    tab.status.setCurrentIndex(2)
    wait_loaded(tab.model)
    assert [r.id for r in tab.model.rows()] == [a]
    tab.status.setCurrentIndex(0)
    qtbot.keyClicks(tab.search, "SN002")
    tab.apply_filters()
    wait_loaded(tab.model)
    assert tab.model.rowCount() == 1


def test_the_list_sorts_in_sql_by_the_column_clicked_and_not_by_one_that_cannot(qtbot, runner, wait_loaded,
                                                                                fake_bank, account):
    lines_in(fake_bank, account, (9, "in", 50_00, "甲", "a"), (8, "in", 700_00, "乙", "b"), (7, "out", 3_00, "", "c"))
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


# --------------------------------------------------------------------------- reconciliation

def test_the_reconciliation_shows_the_four_lists_both_balances_and_the_difference(qtbot, runner, wait_loaded,
                                                                                fake_bank, account, tmp_path):
    lines_in(fake_bank, account, (5, "in", 300_00, "某公司", "货款"), (4, "out", 15_00, "", "手续费"))
    fake_bank.book_only, fake_bank.unexplained = 40_00, 50_00
    tab = open_tab(qtbot, runner, wait_loaded)
    tab.pages.tabBar().setCurrentIndex(1)
    view = tab.reconciliation
    month = TODAY.strftime("%Y-%m")
    view.month.setDate(QDate(TODAY.year, TODAY.month, 1))
    qtbot.waitUntil(lambda: view.result is not None and not view.loading and view.result.month == month,
                    timeout=5000)
    assert view.models["bank_in"].rowCount() == 1
    assert view.models["bank_out"].rowCount() == 1
    assert view.models["books_in"].rowCount() == 1
    assert view.list_titles["bank_in"].text() == "加：银行已收、企业未收（1 笔，¥300.00）"
    assert view.start_values["bank"].text() == "¥100,285.00"
    assert view.start_values["bank"].alignment() & Qt.AlignmentFlag.AlignRight
    assert view.difference.text().startswith("调节后的余额相差 ¥50.00")
    assert "b00020" in view.difference.styleSheet()
    out = tmp_path / "调节表.xlsx"
    assert view.export("xlsx", str(out))
    qtbot.waitUntil(lambda: view.last_export == str(out), timeout=10000)
    assert out.stat().st_size > 0
    fake_bank.unexplained = 0
    view.refresh()
    qtbot.waitUntil(lambda: not view.loading, timeout=5000)
    assert view.difference.text() == "调节后的余额相符。"


# --------------------------------------------------------------------------- roles and missing pieces

def test_a_cashier_sees_the_bank_actions_greyed_with_the_reason(qtbot, runner, wait_loaded, fake_bank, account):
    [line] = lines_in(fake_bank, account, (5, "in", 1200_00, "锦程", "货款"))
    set_actor(Actor("cashier1", "cashier"))
    try:
        tab = open_tab(qtbot, runner, wait_loaded)
        select_line(tab, line)
        for button in (tab.import_button, tab.new_account_button, tab.pane.manual_button, tab.pane.book_button):
            assert not button.isEnabled()
            assert button.toolTip() == "您的角色（收银员）无权进行此操作。"
    finally:
        set_actor(Actor("admin", "admin"))


def test_without_the_bank_pieces_the_tab_says_so_and_the_window_opens(qtbot, monkeypatch, ui_db):
    from fake_bank import without

    from arapp.ui.main_window import MainWindow

    without(monkeypatch, "arapp.reports.bank", "arapp.io.bank_statement", "arapp.services.bank")
    window = MainWindow(str(ui_db), remember_state=False)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.bank_tab)
    assert window.bank_tab.stack.currentWidget() is window.bank_tab.unavailable
    assert "arapp.reports.bank" in window.bank_tab.unavailable.text()
    assert window.tab_titles()[3] == "银行"
