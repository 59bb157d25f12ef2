"""The bank statement import wizard, clicked through on the real reader and services:
file → account and format → columns → preview → import and its result; the same file
again; a statement of another account; a file that is not one; a column chosen twice; an
account added from the wizard; Cancel during an import; File → Import → 银行对账单…"""

from __future__ import annotations

import functools
import time

import pytest
from bank_ui_books import ACCOUNT_NO, bank_account, click, day, open_tab, statement_csv
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from arapp.errors import Cancelled
from arapp.reports.bank import bank_accounts, bank_lines
from arapp.ui.common import AMOUNT_ALIGN
from arapp.ui.tabs.bank.import_wizard import ImportWizard
from arapp.ui.tabs.bank.models import REFUSED_COLOR

NEXT = QWizard.WizardButton.NextButton


@pytest.fixture
def account(ui_db) -> int:
    return bank_account()


def rows_of_icbc() -> list[str]:
    return [
        f"{day(9)},09:12:00,货款,上海锦程贸易有限公司,6228480012345678,,\"1,200.00\",\"101,200.00\",SN001",
        f"{day(8)},,手续费,,,15.00,,\"101,185.00\",SN002",
        f"{day(7)},,货款,杭州华美,,,十二元,\"101,185.00\",SN003",
    ]


def read_file(qtbot, wizard) -> None:
    qtbot.waitUntil(lambda: wizard.preview is not None and not wizard.reading, timeout=10000)


def to_preview(qtbot, wizard) -> None:
    """From the file page to the preview, each page read."""
    read_file(qtbot, wizard)
    for _ in range(3):
        click(qtbot, wizard.button(NEXT))
        qtbot.waitUntil(lambda: not wizard.reading, timeout=10000)
    assert wizard.currentPage() is wizard.preview_page


def test_the_import_wizard_reads_maps_previews_and_imports_the_statement(qtbot, runner, wait_loaded, account,
                                                                         tmp_path):
    path = statement_csv(tmp_path / "icbc-2026-11.csv", rows_of_icbc())
    tab = open_tab(qtbot, runner, wait_loaded)
    click(qtbot, tab.import_button)
    wizard = tab.current_dialog
    assert isinstance(wizard, ImportWizard)
    qtbot.keyClicks(wizard.file_page.path, path)
    QTest.keyClick(wizard.file_page.path, Qt.Key.Key_Return)
    read_file(qtbot, wizard)
    assert "icbc-2026-11.csv" in wizard.file_page.facts.text()
    assert ACCOUNT_NO in wizard.file_page.facts.text()
    click(qtbot, wizard.button(NEXT))

    # The account whose number the file names, in its own format.
    assert wizard.currentPage() is wizard.account_page
    assert wizard.account_page.account.currentData() == account
    assert wizard.account_page.profile.currentData() == "icbc"
    assert not wizard.account_page.warning.isVisible()
    click(qtbot, wizard.button(NEXT))

    # Each column with the field it is read into, guessed from the header.
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    qtbot.waitUntil(lambda: not wizard.reading and page.table.rowCount() == 9, timeout=10000)
    assert page.combo("交易日期").currentData() == "date"
    assert page.combo("贷方发生额").currentText() == "贷方发生额（收入）"
    assert page.combo("流水号").currentData() == "serial"
    assert "09:12:00" in page.table.item(1, 2).text()
    click(qtbot, wizard.button(NEXT))

    # The preview: parsed values, the refused row in red with its column and reason, the counts.
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: not wizard.reading and preview.model.rowCount() == 3, timeout=10000)
    assert preview.summary.text() == "2 行可导入，1 行被拒"
    model = preview.model
    assert model.data(model.index(0, 3)) == "1,200.00"
    assert model.data(model.index(0, 3), Qt.ItemDataRole.TextAlignmentRole) == int(AMOUNT_ALIGN)
    refused = model.index(2, 1)
    assert "贷方发生额" in model.data(refused) and "十二元" in model.data(refused)
    assert model.data(refused, Qt.ItemDataRole.ForegroundRole).color() == REFUSED_COLOR
    assert bank_lines(account).total == 0                              # nothing written yet
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "导入"
    click(qtbot, commit)

    # The import, then what it did, and the offer to match.
    result = wizard.result_page
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10000)
    assert result.outcome.text() == "工行基本户：新增 2 条，已导入过 0 条，拒绝 1 条"
    assert result.match_now.isVisible() and result.match_now.isChecked()
    assert sorted(r.serial for r in bank_lines(account).rows) == ["SN001", "SN002"]
    [saved] = [a for a in bank_accounts() if a.id == account]
    assert "交易日期" in saved.mapping                                # the mapping kept with the account
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))

    # The tab shows the account's unmatched queue, its count in the filter.
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 and not tab.model.loading, timeout=10000)
    assert tab.status.currentData() == "unmatched"
    assert tab.status.currentText() == "未匹配（2）"


def test_importing_the_same_file_again_adds_nothing_and_says_so(qtbot, runner, wait_loaded, account, tmp_path):
    path = statement_csv(tmp_path / "s.csv", [f"{day(3)},,货款,某公司,,,500.00,,SN900"])
    tab = open_tab(qtbot, runner, wait_loaded)
    for outcome in ("新增 1 条，已导入过 0 条，拒绝 0 条", "新增 0 条，已导入过 1 条，拒绝 0 条"):
        wizard = tab.open_import(path)
        to_preview(qtbot, wizard)
        click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
        qtbot.waitUntil(lambda w=wizard: w.result is not None, timeout=10000)
        assert wizard.result_page.outcome.text().endswith(outcome)
        assert wizard.result_page.match_now.isVisible() == outcome.startswith("新增 1")
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
        qtbot.waitUntil(lambda: tab.current_dialog is None, timeout=2000)
    assert bank_lines(account).total == 1


def test_a_statement_of_another_account_is_warned_about_before_import(qtbot, runner, wait_loaded, account, tmp_path):
    from arapp.services.bank import add_bank_account

    other = add_bank_account("建行一般户", "建设银行", "4367420011112222").account_id
    path = statement_csv(tmp_path / "s.csv", [f"{day(3)},,货款,某公司,,,500.00,,SN900"])
    tab = open_tab(qtbot, runner, wait_loaded)
    wizard = tab.open_import(path)
    read_file(qtbot, wizard)
    click(qtbot, wizard.button(NEXT))
    combo = wizard.account_page.account
    combo.setCurrentIndex(combo.findData(other))
    assert wizard.account_page.warning.isVisible()
    assert ACCOUNT_NO in wizard.account_page.warning.text() and "建行一般户" in wizard.account_page.warning.text()
    for _ in range(2):
        click(qtbot, wizard.button(NEXT))
        qtbot.waitUntil(lambda: not wizard.reading, timeout=10000)
    assert wizard.preview_page.warnings.isVisible()
    assert ACCOUNT_NO in wizard.preview_page.warnings.text()


def test_a_file_that_is_not_a_statement_is_refused_by_name_on_the_first_page(qtbot, runner, wait_loaded, account,
                                                                           tmp_path):
    bad = tmp_path / "notes.xlsx"
    bad.write_bytes(b"this is not a workbook at all\n" * 20)
    tab = open_tab(qtbot, runner, wait_loaded)
    wizard = tab.open_import(str(bad))
    qtbot.waitUntil(lambda: not wizard.reading and bool(wizard.read_error), timeout=10000)
    assert wizard.file_page.error.isVisible() and "notes.xlsx" in wizard.file_page.error.text()
    assert not wizard.button(NEXT).isEnabled()


def test_a_column_chosen_twice_is_refused_on_the_mapping_page(qtbot, runner, wait_loaded, account, tmp_path):
    path = statement_csv(tmp_path / "s.csv", [f"{day(3)},,货款,某公司,,,500.00,,SN900"])
    tab = open_tab(qtbot, runner, wait_loaded)
    wizard = tab.open_import(path)
    read_file(qtbot, wizard)
    for _ in range(2):
        click(qtbot, wizard.button(NEXT))
        qtbot.waitUntil(lambda: not wizard.reading, timeout=10000)
    page = wizard.mapping_page
    time_combo = page.combo("交易时间")
    time_combo.setCurrentIndex(time_combo.findData("date"))
    click(qtbot, wizard.button(NEXT))
    assert wizard.currentPage() is page
    assert page.error.text() == "交易日期选给了两列：交易日期 和 交易时间"


def test_a_statement_of_an_account_not_yet_in_the_books_adds_it_from_the_wizard(qtbot, runner, wait_loaded, ui_db,
                                                                                tmp_path, op):
    path = statement_csv(tmp_path / "s.csv", [f"{day(3)},,货款,某公司,,,500.00,,SN900"])
    tab = open_tab(qtbot, runner, wait_loaded)
    assert tab.count_label.text() == "还没有银行账户：先新增账户（新增账户…），再导入它的对账单。"
    assert not tab.edit_account_button.isEnabled()
    wizard = tab.open_import(path)
    read_file(qtbot, wizard)
    click(qtbot, wizard.button(NEXT))
    page = wizard.account_page
    assert "还没有银行账户" in page.note.text()
    assert not wizard.button(NEXT).isEnabled()
    click(qtbot, page.new_button)
    dialog = wizard.account_dialog
    assert dialog.account_no.text() == ACCOUNT_NO                      # from the file's title rows
    qtbot.keyClicks(dialog.name, "ICBC basic")
    qtbot.keyClicks(dialog.opening_bank, "1,000.50")
    outcome = op(lambda: (click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save)), True)[1],
                 ops=dialog.ops)
    assert outcome.ok, outcome.error
    [account] = bank_accounts()
    assert (account.name, account.opening_bank_balance) == ("ICBC basic", 1000_50)
    assert account.account_no.replace(" ", "") == ACCOUNT_NO
    assert page.account.currentData() == account.id
    assert wizard.button(NEXT).isEnabled()


def test_an_import_that_cannot_stop_half_way_offers_no_cancel_while_it_runs(qtbot, runner, wait_loaded, account,
                                                                           tmp_path, monkeypatch):
    from arapp.services import bank

    real = bank.import_bank_lines

    @functools.wraps(real)                      # its signature: it takes no "cancelled"
    def slow(*args, **kwargs):                 # the real service, slowly
        time.sleep(0.5)
        return real(*args, **kwargs)

    monkeypatch.setattr(bank, "import_bank_lines", slow)
    tab = open_tab(qtbot, runner, wait_loaded)
    wizard = tab.open_import(statement_csv(tmp_path / "s.csv", [f"{day(3)},,货款,某公司,,,500.00,,SN900"]))
    to_preview(qtbot, wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    assert wizard.importing and not cancel.isEnabled()
    assert cancel.toolTip() == "导入一经开始便一次完成，不能中途取消。"
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10000)
    assert bank_lines(account).total == 1


def test_cancelling_an_import_that_can_stop_leaves_nothing_in_the_books(qtbot, runner, wait_loaded, account,
                                                                        tmp_path, monkeypatch):
    from arapp.services import bank

    def stoppable(account, lines, *, progress=None, cancelled=None, **kwargs):
        for n in range(200):
            if cancelled():
                raise Cancelled()
            progress(n, 200)
            time.sleep(0.02)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(bank, "import_bank_lines", stoppable)
    tab = open_tab(qtbot, runner, wait_loaded)
    wizard = tab.open_import(statement_csv(tmp_path / "s.csv", [f"{day(3)},,货款,某公司,,,500.00,,SN900"]))
    to_preview(qtbot, wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    assert wizard.importing
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    qtbot.waitUntil(lambda: not wizard.importing, timeout=10000)
    assert wizard.cancelled and wizard.isVisible()
    assert wizard.result_page.outcome.text() == "已取消：没有导入任何内容。"
    assert bank_lines(account).total == 0
    [saved] = bank_accounts()
    assert not saved.mapping                                            # the mapping is saved only with an import


def test_file_menu_import_bank_statement_opens_the_wizard_over_the_bank_tab(account, main_window):
    window = main_window
    assert window.import_menu.title() == "导入(&I)" and window.bank_import_action in window.import_menu.actions()
    assert window.bank_import_action.text() == "银行对账单(&B)…"
    window.bank_import_action.trigger()
    assert window.tabs.currentWidget() is window.bank_tab
    wizard = window.bank_tab.current_dialog
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    assert wizard.account is not None and wizard.account.id == account
    wizard.reject()
