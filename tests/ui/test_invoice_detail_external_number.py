"""The invoice detail window shows the number an imported invoice had in the old ledger
(原单号), and nothing of the kind for an invoice made here (issue #11)."""

from __future__ import annotations

import datetime as _dt

from arapp.db.models import Customer
from arapp.domain.onboarding import LedgerRow
from arapp.services.invoices import create_invoice
from arapp.services.onboarding import import_ledger
from arapp.ui.dialogs.invoice_detail import open_invoice_detail


def _window(qtbot, runner, invoice_id):
    window = open_invoice_detail(None, invoice_id, runner=runner)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    return window


def test_an_imported_invoice_shows_its_old_ledger_number(qtbot, runner, books):
    code = Customer.get_by_id(books.customer("上海锦程贸易有限公司")).code
    today = _dt.date.today()
    result = import_ledger([LedgerRow(2, 12_300, customer_code=code, external_number="FP-0777",
                                      issue_date=today - _dt.timedelta(days=20))], as_of=today)
    window = _window(qtbot, runner, result.entries[0].record_id)
    assert window.header_labels["external_number"].text() == "原单号"
    assert window.header_values["external_number"].text() == "FP-0777"
    assert not window.header_values["external_number"].isHidden()


def test_an_invoice_made_here_shows_no_old_number(qtbot, runner, books):
    cid = books.customer("杭州恒达贸易有限公司")
    inv = create_invoice(cid, _dt.date.today(), amount=500, post=True)
    window = _window(qtbot, runner, inv.invoice_id)
    assert window.header_values["external_number"].isHidden()
    assert window.header_labels["external_number"].isHidden()
