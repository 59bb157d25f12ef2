"""The window's one-line text boxes take as much as the books do, and a control
character pasted into a field is refused by the books, naming the field."""

from __future__ import annotations

from arapp.domain import text
from arapp.reports.customers import find_customers
from arapp.services import settings
from arapp.ui.dialogs.customer import CustomerDialog
from arapp.ui.dialogs.invoice import InvoiceDialog
from arapp.ui.dialogs.receipt import ReceiptDialog
from arapp.ui.dialogs.settings import SettingsDialog


def test_line_edits_take_what_the_books_take(qtbot, books):
    cid = books.customer("宁波同舟纺织有限公司")
    customer = CustomerDialog()
    invoice = InvoiceDialog(customer_id=cid)
    receipt = ReceiptDialog(customer_id=cid)
    company = SettingsDialog()
    for d in (customer, invoice, receipt, company):
        qtbot.addWidget(d)
    assert (customer.code.maxLength(), customer.name.maxLength(), customer.address.maxLength()) == (40, 200, 500)
    assert customer.phone.maxLength() == customer.email.maxLength() == text.max_length(text.SHORT)
    assert invoice.description.maxLength() == text.max_length(text.LINE)
    assert (receipt.reference.maxLength(), receipt.memo.maxLength()) == (100, 2000)
    for key, edit in company.fields.items():
        assert edit.maxLength() == text.max_length(settings.COMPANY_TEXT[key])
    customer.name.setText("字" * 100_000)
    assert len(customer.name.text()) == 200


def test_a_control_character_in_the_code_is_refused_naming_the_field(qtbot, books, op):
    dialog = CustomerDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("宁波同舟纺织有限公司")
    dialog.code.setText("NB\x1b[31m01")
    outcome = op(dialog.save)
    assert not outcome.ok
    assert dialog.code.property("invalid") is True
    assert dialog.error.text().startswith("客户编码") and "U+001B" in dialog.error.text()
    assert find_customers("") == []
