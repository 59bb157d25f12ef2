"""The window meets the books' limits before it sends anything: date edits keep to the
company's date window, an amount over the cap is refused in the cap's words, a quantity
in exponent form gets no amount, and the settings dialog edits the window."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate

from arapp import clock
from arapp.db.models import Invoice
from arapp.services import settings
from arapp.ui.dialogs.invoice import InvoiceDialog
from arapp.ui.dialogs.receipt import ReceiptDialog

TODAY = _dt.date(2026, 12, 3)


def test_invoice_dates_keep_to_the_window_and_a_huge_line_is_refused_before_sending(qtbot, books, op):
    clock.set(TODAY)
    cid = books.customer("甲")
    dialog = InvoiceDialog(customer_id=cid)
    qtbot.addWidget(dialog)
    assert dialog.issue_date.minimumDate() == QDate(2000, 1, 1)
    assert dialog.issue_date.maximumDate() == QDate(2027, 12, 3)
    dialog.issue_date.setDate(QDate(1900, 1, 1))
    assert dialog.issue_date.date() == QDate(2000, 1, 1)
    dialog.issue_date.setDate(QDate(2026, 1, 10))
    dialog.set_line(0, "x", "50000", "999,999,999,999.99")
    assert dialog.lines.item(0, 3).text() == "" and dialog.total() == 0
    dialog.set_line(0, "x", "1e3", "5")
    assert dialog.lines.item(0, 3).text() == ""
    assert dialog.save(post=True) is False
    assert "1e3" in dialog.error.text() and "第 1 行" in dialog.error.text()
    dialog.set_line(0, "x", "50000", "999,999,999.99")
    outcome = op(dialog.save, True)
    assert not outcome.ok and "¥999,999,999.99" in dialog.error.text()
    assert Invoice.select().count() == 0


def test_a_receipt_over_the_cap_is_refused_by_the_form(qtbot, books):
    clock.set(TODAY)
    cid = books.customer("甲")
    dialog = ReceiptDialog(customer_id=cid)
    qtbot.addWidget(dialog)
    assert dialog.date.maximumDate() == QDate(2026, 12, 3)     # money received is dated today at the latest
    dialog.date.setDate(QDate(2027, 6, 1))
    assert dialog.date.date() == QDate(2026, 12, 3)
    dialog.amount.setText("1,000,000,000.00")
    assert dialog.save() is False
    assert "¥999,999,999.99" in dialog.error.text()


def test_the_settings_dialog_edits_the_date_window(main_window, op):
    clock.set(TODAY)
    dialog = main_window.open_settings()
    assert dialog.earliest.date() == QDate(2000, 1, 1) and dialog.months_ahead.value() == 12
    dialog.fields["company.name"].setText("上海锦程物业有限公司")
    dialog.earliest.setDate(QDate(1995, 1, 1))
    dialog.months_ahead.setValue(24)
    assert op(dialog.save).ok
    assert settings.date_window_setting() == (_dt.date(1995, 1, 1), 24)
