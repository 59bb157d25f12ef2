"""The credit assessment names a customer without a limit with the customer pane's word
(不限), and its limit field shows no 0.00 that reads as a zero limit (issue #9 review)."""

from __future__ import annotations

import pytest

from arapp.services import customers


@pytest.mark.parametrize("lang, word", [("zh_CN", "不限"), ("en", "No limit")])
def test_a_customer_without_a_limit_reads_no_limit_as_in_the_customer_pane(ui_db, qtbot, lang, word):
    from arapp.ui.dialogs.credit import CreditDialog
    from arapp.ui.translator import install_translators

    install_translators(lang)
    made = customers.create_customer(name="杭州恒达贸易有限公司", payment_terms_days=30)
    dialog = CreditDialog(None, made.customer_id)
    qtbot.addWidget(dialog)
    now = dialog.findChildren(type(dialog.suggestion_label))
    line = next(label.text() for label in now if label.text().startswith(("Now:", "当前")))
    assert word in line and "无" not in line and "none" not in line, line
    assert dialog.limit.text() == "" and dialog.limit.placeholderText() == word
    assert dialog.limit.fen(field="credit_limit") is None          # saved empty: still no limit


def test_a_zero_limit_reads_0_00_as_in_the_customer_pane(ui_db, qtbot):
    from arapp.ui.dialogs.credit import CreditDialog

    made = customers.create_customer(name="苏州华信电子有限公司", payment_terms_days=30, credit_limit=0)
    dialog = CreditDialog(None, made.customer_id)
    qtbot.addWidget(dialog)
    line = next(label.text() for label in dialog.findChildren(type(dialog.suggestion_label))
                if label.text().startswith("当前"))
    assert "额度 ¥0.00" in line and dialog.limit.text() == "0.00", line


def _cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text or "")


def test_the_english_menus_and_credit_dialog_carry_no_chinese_glosses(ui_db, qtbot):
    """English is English: the Reports menu, the 5C labels and the tooltips name things in
    English only (the Chinese words are the Chinese window's)."""
    from PySide6.QtWidgets import QLabel, QWidget

    from arapp.ui.dialogs.credit import CreditDialog
    from arapp.ui.main_window import MainWindow
    from arapp.ui.translator import install_translators

    install_translators("en")
    window = MainWindow(str(ui_db))
    qtbot.addWidget(window)
    texts = []
    for menu in (window.file_menu, window.reports_menu, window.help_menu):
        texts += [a.text() for a in menu.actions()] + [a.toolTip() for a in menu.actions()]
    for widget in window.findChildren(QWidget):
        texts.append(widget.toolTip())
    made = customers.create_customer(name="Hengda Trading", payment_terms_days=30)
    dialog = CreditDialog(None, made.customer_id)
    qtbot.addWidget(dialog)
    texts += [label.text() for label in dialog.findChildren(QLabel) if "Hengda" not in label.text()]
    assert [t for t in texts if _cjk(t)] == []
