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
