"""The number an imported invoice had in the old ledger (invoice.external_number, 原单号):
found by the invoice list's search, shown by the invoice detail and by `arapp invoice
list` when present (issue #11)."""

from __future__ import annotations

import datetime as _dt
import json

import pytest

from arapp import cli, clock
from arapp.domain.onboarding import CustomerRow, LedgerRow
from arapp.reports.invoice_detail import invoice_detail
from arapp.reports.invoice_list import InvoiceFilter, invoice_count, invoice_page
from arapp.services import invoices
from arapp.services.onboarding import import_customers, import_ledger

AS_OF = _dt.date(2026, 10, 31)


def _books() -> None:
    clock.set(_dt.datetime(2026, 11, 20, 9, 0))
    import_customers([CustomerRow(2, "上海锦程贸易有限公司", code="A001"), CustomerRow(3, "杭州华美酒店", code="A002")])
    import_ledger([LedgerRow(2, 12_300, customer_code="A001", external_number="FP-2025-0777",
                             issue_date=_dt.date(2026, 9, 1)),
                   LedgerRow(3, 4_500, customer_code="A002", external_number="XS0042", issue_date=_dt.date(2026, 9, 2))],
                  as_of=AS_OF)
    invoices.create_invoice("A002", _dt.date(2026, 11, 1), amount=800, post=True)


@pytest.fixture
def books(ledger_db):
    _books()
    return ledger_db


def test_the_invoice_list_finds_an_invoice_by_part_of_its_old_number(books):
    rows = invoice_page(InvoiceFilter(text="2025-07"))
    assert [(r.number, r.external_number, r.customer_code) for r in rows] == [
        ("INV-2026-000001", "FP-2025-0777", "A001")]
    assert invoice_count(InvoiceFilter(text="XS00")) == 1
    assert invoice_count(InvoiceFilter(text="INV-2026")) == 3           # the program's numbers still match


def test_an_invoice_without_an_old_number_has_none_in_the_list(books):
    by_number = {r.number: r.external_number for r in invoice_page(InvoiceFilter(), sort="customer")}
    assert by_number == {"INV-2026-000001": "FP-2025-0777", "INV-2026-000002": "XS0042", "INV-2026-000003": ""}


def test_the_invoice_detail_carries_the_old_number(books):
    assert invoice_detail("INV-2026-000001").external_number == "FP-2025-0777"
    assert invoice_detail("INV-2026-000003").external_number == ""


def test_cli_invoice_list_shows_and_searches_the_old_number(tmp_path, capsys):
    from arapp.db import database

    path = str(tmp_path / "books.sqlite3")
    assert cli.main(["init", path]) == 0
    database.open_database(path)
    try:
        _books()
    finally:
        database.close_database()
    capsys.readouterr()
    assert cli.main(["--db", path, "--lang", "zh_CN", "invoice", "list"]) == 0
    out = capsys.readouterr().out
    assert "原单号" in out and "FP-2025-0777" in out
    assert cli.main(["--db", path, "invoice", "list", "--search", "XS0042", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["number"], r["external_number"]) for r in rows] == [("INV-2026-000002", "XS0042")]
    assert cli.main(["--db", path, "--lang", "zh_CN", "invoice", "list", "--customer", "A002", "--search",
                     "INV-2026-000003"]) == 0
    assert "原单号" not in capsys.readouterr().out                # no column when no invoice shown has one
