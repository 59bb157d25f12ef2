"""The Reports menu's dialogs, issue #9, with real clicks: the credit record for a
period, one customer and as a summary only; collector performance on the last full
month, printed to a signed PDF; the dialogs wide enough to read and their combo boxes
never clipped, in Chinese and English."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from arapp import clock
from arapp.db.models import User
from arapp.services import customers, invoices

D = dt.date


@pytest.fixture
def ledger(ui_db):
    clock.set(dt.datetime(2026, 12, 3, 10, 0))
    User.create(username="liuyang", display_name="刘洋", role="collector")
    a = customers.create_customer(name="杭州恒达贸易有限公司", payment_terms_days=30).code
    b = customers.create_customer(name="苏州华信电子有限公司", payment_terms_days=30).code
    for code, day, amount in ((a, D(2026, 1, 5), 500000), (a, D(2026, 6, 5), 70000), (b, D(2026, 6, 20), 80000)):
        invoices.create_invoice(code, day, amount=amount, post=True, override_reason="test")
    return {"A": a, "B": b}


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_credit_record_for_a_period_one_customer_summary_only_by_clicks(main_window, ledger, qtbot, tmp_path):
    target = tmp_path / "credit.xlsx"
    dialog = main_window.open_report("credit-record")
    asked = []
    dialog.ask_path = lambda suggested, fmt: asked.append(suggested) or str(target)
    dialog.show()
    assert dialog.width() >= 560
    assert not dialog.date_from.isEnabled()
    click(qtbot, dialog.period)
    assert dialog.period.isChecked() and dialog.date_from.isEnabled()
    dialog.date_from.setDate(QDate(2026, 6, 1))
    dialog.date_to.setDate(QDate(2026, 6, 30))
    qtbot.keyClicks(dialog.customer, ledger["A"])
    click(qtbot, dialog.summary_only)
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert asked == [f"credit-record-{ledger['A']}-2026-12-03.xlsx"]
    wb = openpyxl.load_workbook(target)
    assert len(wb.sheetnames) == 1                       # the summary only
    rows = [list(r) for r in wb.active.iter_rows(values_only=True)]
    body = [r for r in rows if r[0] in (ledger["A"], ledger["B"])]
    assert [(r[0], r[5], r[6]) for r in body] == [(ledger["A"], 1, 700)]      # June's one invoice of A's


def test_credit_record_refuses_a_customer_that_matches_none(main_window, ledger, qtbot):
    dialog = main_window.open_report("credit-record")
    dialog.ask_path = lambda suggested, fmt: pytest.fail("no file is asked for")
    dialog.show()
    qtbot.keyClicks(dialog.customer, "ZZZ-NONE")     # keyClicks types ASCII only
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert dialog.isVisible() and "ZZZ-NONE" in dialog.error.text()


def test_other_reports_offer_no_credit_record_options(main_window, ledger):
    dialog = main_window.open_report("weekly-overdue")
    assert not hasattr(dialog, "summary_only") and dialog.minimumWidth() >= 560


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_report_dialog_combo_boxes_are_not_clipped(main_window, ledger, qtbot, lang):
    from arapp.ui.translator import install_translators

    install_translators(lang)
    dialog = main_window.open_report("credit-record")
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.format
    metrics = combo.fontMetrics()
    widest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    assert combo.width() > widest + 20               # the text and the arrow
    assert dialog.description.width() > 480


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_collector_performance_opens_on_last_month_and_prints_a_signed_pdf(main_window, ledger, qtbot, tmp_path):
    dialog = main_window.open_collector_performance()
    with qtbot.waitSignal(dialog.loaded, timeout=10000) as sig:
        pass
    assert dialog.month_text() == "2026-11"
    assert sig.args[0].as_of == D(2026, 11, 30)
    target = tmp_path / "perf.pdf"
    dialog.ask_path = lambda suggested, fmt: str(target) if fmt == "pdf" else pytest.fail(fmt)
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        click(qtbot, dialog.pdf_button)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    for word in ("催收员考核", "截至 2026-11-30", "编制：", "审核：", "刘洋"):
        assert word in text, word
    dialog.close()


def test_credit_record_default_period_shown_follows_the_as_of_date_and_is_what_the_report_prints(
        main_window, ledger, qtbot, tmp_path):
    """Unticked, the period fields show the twelve calendar months the report will use
    (ending with the as-of date's month), the hint says so with those dates, and moving
    the as-of date moves them; the file printed says the same period."""
    dialog = main_window.open_report("credit-record")
    dialog.show()
    assert (from_q(dialog.date_from), from_q(dialog.date_to)) == (D(2026, 1, 1), D(2026, 12, 3))
    hint = dialog.period_hint.text()
    assert "2026-01-01" in hint and "2026-12-03" in hint and ("自然月" in hint or "calendar months" in hint), hint
    dialog.date.setDate(QDate(2026, 6, 30))
    assert (from_q(dialog.date_from), from_q(dialog.date_to)) == (D(2025, 7, 1), D(2026, 6, 30))
    assert "2025-07-01" in dialog.period_hint.text() and "2026-06-30" in dialog.period_hint.text()
    target = tmp_path / "credit.xlsx"
    dialog.ask_path = lambda suggested, fmt: str(target)
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    cells = [str(c) for ws in openpyxl.load_workbook(target) for r in ws.iter_rows(values_only=True) for c in r if c]
    assert any("2025-07-01" in c and "2026-06-30" in c for c in cells), cells[:12]


def from_q(edit):
    d = edit.date()
    return D(d.year(), d.month(), d.day())
