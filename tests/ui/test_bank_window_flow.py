"""One bookkeeper's round in the Bank tab, clicked through on the real pieces (the statement
reader, the bank services and lists, the matcher, the reconciliation): a statement
imported with the wizard, the matcher's proposal accepted, unmatched again, a line matched
by hand, and the month's reconciliation."""

from __future__ import annotations

import pytest
from bank_ui_books import bank_account, click, day, open_tab, statement_csv
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from arapp.db import lookups
from arapp.reports.balances import customer_balance
from arapp.reports.receipt_list import receipt_detail
from arapp.ui.tabs.bank.reconciliation import LISTS

ITEM_KINDS = [kind for kind, _side, _sign in LISTS]
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def books_with_invoices(books):
    cid = books.customer("上海锦程贸易有限公司")
    first = books.invoice(cid, 1200_00, day(40))
    second = books.invoice(cid, 800_00, day(20))
    return {"customer": cid, "first": first, "second": second, "account": bank_account(),
            "first_number": lookups.invoice(first).number}


def statement(path, first_number: str) -> str:
    return statement_csv(path, [
        f"{day(9)},09:12:00,货款 {first_number},上海锦程贸易有限公司,6228480012345678,,\"1,200.00\",\"101,200.00\",SN001",
        f"{day(8)},,手续费,,,15.00,,\"101,185.00\",SN002",
        f"{day(7)},,转账,某某公司,,,\"500.00\",\"101,685.00\",SN003"])


def select_serial(tab, serial: str):
    row = next(i for i, r in enumerate(tab.model.rows()) if r.serial == serial)
    rect = tab.view.visualRect(tab.model.index(row, 0))
    QTest.mouseClick(tab.view.viewport(), LEFT, pos=rect.center())
    return tab.selected_line()


def import_with_the_wizard(qtbot, tab, path):
    wizard = tab.open_import(path)
    qtbot.waitUntil(lambda: wizard.preview is not None and not wizard.reading, timeout=10000)
    for _ in range(3):
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        qtbot.waitUntil(lambda: not wizard.reading, timeout=10000)
    qtbot.waitUntil(lambda: wizard.preview is not None and wizard.preview_page.model.rowCount() > 0, timeout=10000)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.result is not None or bool(wizard.import_error), timeout=10000)
    assert not wizard.import_error, wizard.import_error
    return wizard


def test_a_statement_is_imported_matched_unmatched_and_reconciled_on_the_real_pieces(
        qtbot, runner, wait_loaded, books_with_invoices, tmp_path, messages, op):
    made = books_with_invoices
    tab = open_tab(qtbot, runner, wait_loaded)
    wizard = import_with_the_wizard(qtbot, tab, statement(tmp_path / "icbc.csv", made["first_number"]))
    assert wizard.account.id == made["account"]
    assert wizard.result.new == 3 and wizard.result.duplicates == 0
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3 and not tab.model.loading, timeout=10000)
    assert tab.status.currentData() == "unmatched"

    # The matcher's proposal: the invoice number in the description.
    line = select_serial(tab, "SN001")
    pane = tab.pane
    qtbot.waitUntil(lambda: not pane.loading and pane.model.rowCount() > 0, timeout=10000)
    best = pane.proposals[0]
    assert best.customer_id == made["customer"] and made["first_number"] in pane.reason.text()
    outcome = op(lambda: (click(qtbot, pane.accept_button), True)[1], ops=tab.ops)
    assert outcome.ok, outcome.error
    assert customer_balance(made["customer"]).open_invoices == 800_00
    number = outcome.result.results[0].receipt_number

    # Unmatched again, with a reason: the receipt reversed, the line back in the queue.
    tab.status.setCurrentIndex(0)
    wait_loaded(tab.model)
    line = select_serial(tab, "SN001")
    assert line.status == "matched" and pane.unmatch_button.isEnabled()
    messages.text_answer = "付款人是另一家同名公司"
    outcome = op(lambda: (click(qtbot, pane.unmatch_button), True)[1], ops=tab.ops)
    assert outcome.ok, outcome.error
    assert receipt_detail(number).row.status == "reversed"
    assert customer_balance(made["customer"]).open_invoices == 2000_00

    # By hand: the 500.00 from 某某公司 to the second invoice, the rest as credit.
    qtbot.waitUntil(lambda: not tab.model.loading, timeout=10000)
    line = select_serial(tab, "SN003")
    qtbot.waitUntil(lambda: not pane.loading, timeout=10000)
    click(qtbot, pane.manual_button)
    dialog = tab.current_dialog
    dialog.customer.set_customer(made["customer"])
    row = next(i for i, r in enumerate(dialog.model.rows()) if r.invoice_id == made["second"])
    dialog.model.tick(row)
    assert dialog.model.allocations() == [(made["second"], 500_00)]
    outcome = op(lambda: (click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)), True)[1],
                 ops=tab.ops)
    assert outcome.ok, outcome.error
    assert customer_balance(made["customer"]).open_invoices == 1500_00

    # The month's reconciliation: what the bank has and the books not (the fee, the line unmatched).
    tab.pages.setCurrentIndex(1)
    view = tab.reconciliation
    target = day(7)
    view.month.setDate(QDate(target.year, target.month, 1))
    qtbot.waitUntil(lambda: view.result is not None and not view.loading
                    and view.result.month == target.strftime("%Y-%m"), timeout=10000)
    for kind in ITEM_KINDS:
        assert view.models[kind].rowCount() == len(view.result.of(kind))
    if day(8).month == target.month:
        assert 15_00 in [i.amount for i in view.result.of("bank_out")]
    assert view.difference.text()
