"""VAT on invoice lines through the services: each line's 金额, 税额 and 价税合计, the
receivable as the tax-inclusive total, and the amount cap on the tax-inclusive figures."""

from __future__ import annotations

import datetime as dt

import pytest

from arapp import clock
from arapp.db.models import Invoice, InvoiceLine
from arapp.domain.money import MAX_AMOUNT_FEN
from arapp.errors import ValidationError
from arapp.reports.balances import customer_balance
from arapp.services import customers, invoices, receipts
from arapp.services.invoices import LineInput

D = dt.date


@pytest.fixture
def books(ledger_db):
    clock.set(dt.datetime(2026, 3, 1, 10, 0))
    customers.create_customer(name="杭州恒达贸易有限公司", code="A")
    return ledger_db


def lines_of(invoice_id: int) -> list[tuple]:
    return [(x.amount, x.tax_rate, x.tax_amount, x.gross)
            for x in InvoiceLine.select().where(InvoiceLine.invoice == invoice_id).order_by(InvoiceLine.line_no)]


def test_three_at_33_33_with_13_percent_owes_112_99(books):
    res = invoices.create_invoice("A", D(2026, 2, 1), lines=[LineInput("办公用品", 3, 3333, tax_rate="13%")],
                                  post=True)
    assert lines_of(res.invoice_id) == [(9999, 1300, 1300, 11299)]
    assert (res.total, res.open_amount, res.tax) == (11299, 11299, 1300)
    assert customer_balance(Invoice.get_by_id(res.invoice_id).customer_id).open_invoices == 11299
    receipts.record_receipt("A", D(2026, 2, 20), 11299)
    inv = Invoice.get_by_id(res.invoice_id)
    assert (inv.status, inv.open_amount) == ("paid", 0)


def test_lines_with_different_rates_add_up_line_by_line(books):
    res = invoices.create_invoice("A", D(2026, 2, 1), lines=[
        LineInput("物业管理费", "85.32", 100),                 # no tax: 85.32
        LineInput("咨询服务", 1, 50, tax_rate=600),            # 0.50 + 0.03 (0.030)
        LineInput("运输服务", "1.5", 33, tax_rate="9%"),       # 0.50 (0.495) + 0.05 (0.045 up)
        LineInput("小规模销售", 2, 12345, tax_rate="3%"),      # 246.90 + 7.41 (7.407)
    ])
    assert lines_of(res.invoice_id) == [(8532, 0, 0, 8532), (50, 600, 3, 53), (50, 900, 5, 55),
                                        (24690, 300, 741, 25431)]
    assert res.total == 8532 + 53 + 55 + 25431
    assert res.tax == 3 + 5 + 741


def test_a_line_without_a_rate_carries_no_tax(books):
    res = invoices.create_invoice("A", D(2026, 2, 1), amount=500000, post=True)
    assert lines_of(res.invoice_id) == [(500000, 0, 0, 500000)]
    assert res.tax == 0


def test_a_rate_that_is_not_one_of_todays_is_refused_naming_the_line(books):
    with pytest.raises(ValidationError) as info:
        invoices.create_invoice("A", D(2026, 2, 1), lines=[LineInput("货款", 1, 100),
                                                           LineInput("货款", 1, 100, tax_rate="17%")])
    assert "Line 2" in info.value.message and "17%" in info.value.message
    assert Invoice.select().count() == 0


def test_the_cap_applies_to_a_lines_amount_with_its_tax(books):
    net = MAX_AMOUNT_FEN - 100           # fits without tax; 13% on top does not
    invoices.create_invoice("A", D(2026, 2, 1), lines=[LineInput("设备", 1, net)])
    with pytest.raises(ValidationError) as info:
        invoices.create_invoice("A", D(2026, 2, 1), lines=[LineInput("设备", 1, net, tax_rate="13%")])
    assert "line 1" in info.value.message.lower()
    assert Invoice.select().count() == 1


def test_the_cap_applies_to_the_tax_inclusive_invoice_total(books):
    half = MAX_AMOUNT_FEN // 2 - 1000     # two such lines fit without tax, not with 1%
    invoices.create_invoice("A", D(2026, 2, 1), lines=[LineInput("设备", 1, half), LineInput("设备", 1, half)])
    with pytest.raises(ValidationError) as info:
        invoices.create_invoice("A", D(2026, 2, 1), lines=[LineInput("设备", 1, half, tax_rate="1%"),
                                                           LineInput("设备", 1, half, tax_rate="1%")])
    assert "Invoice total" in info.value.message
