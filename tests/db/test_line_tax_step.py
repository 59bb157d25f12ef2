"""Schema step 9: a tax rate and a tax amount on every invoice line, on SQLite and
PostgreSQL; lines of older books get no tax, and a posted invoice's lines stay frozen."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import peewee
import pytest

from arapp import clock
from arapp.db import database
from arapp.db.models import Invoice, InvoiceLine
from arapp.services import customers, invoices
from arapp.services.invoices import LineInput

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema_v1.sqlite3"


def refused(d, sql: str, params=()) -> str:
    with pytest.raises(peewee.DatabaseError) as info:
        with d.atomic():
            with database.service_writes():
                d.execute_sql(sql, params)
    return str(info.value)


def test_lines_of_books_made_before_the_step_carry_no_tax_and_their_totals_stand(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE, path)
    database.open_database(path)
    try:
        lines = list(InvoiceLine.select().order_by(InvoiceLine.id))
        assert [(x.amount, x.tax_rate, x.tax_amount, x.gross) for x in lines] == [
            (190985, 0, 0, 190985), (8532, 0, 0, 8532)]
        assert [i.total for i in Invoice.select().order_by(Invoice.id)] == [190985, 8532]
    finally:
        database.close_database()


@pytest.fixture
def draft(ledger_db):
    clock.set(dt.datetime(2026, 3, 1, 10, 0))
    customers.create_customer(name="杭州恒达贸易有限公司", code="A")
    res = invoices.create_invoice("A", dt.date(2026, 2, 1), lines=[LineInput("货款", 1, 10000)])
    return ledger_db, InvoiceLine.get(InvoiceLine.invoice == res.invoice_id).id, res.invoice_id


@pytest.mark.parametrize("sql", [
    "UPDATE invoice_line SET tax_rate = 10001 WHERE id = {line}",
    "UPDATE invoice_line SET tax_rate = -1 WHERE id = {line}",
    "UPDATE invoice_line SET tax_amount = 100 WHERE id = {line}",                    # tax without a rate
    "UPDATE invoice_line SET tax_rate = 1300, tax_amount = -1 WHERE id = {line}",
])
def test_the_database_refuses_a_rate_past_100_percent_a_negative_tax_and_tax_without_a_rate(draft, sql):
    d, line, _inv = draft
    refused(d, sql.format(line=line))
    assert (InvoiceLine.get_by_id(line).tax_rate, InvoiceLine.get_by_id(line).tax_amount) == (0, 0)


@pytest.mark.parametrize("change", ["tax_rate = 1300", "tax_rate = 1300, tax_amount = 1300"])
def test_the_tax_of_a_posted_invoice_line_cannot_be_changed(draft, change):
    d, line, inv = draft
    invoices.post_invoice(inv)
    msg = refused(d, f"UPDATE invoice_line SET {change} WHERE id = {line}")
    assert "arapp: posted documents cannot be edited" in msg
