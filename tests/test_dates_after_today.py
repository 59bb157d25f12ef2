"""Money that moved is dated today at the latest: receipts, reversals, voids, allocations.
Invoices and credit notes may still be issued ahead (billing in advance)."""

from __future__ import annotations

import datetime as dt

import pytest

from arapp import cli, clock
from arapp.db.models import Allocation, AuditLog, CreditNote, Invoice, Receipt
from arapp.errors import ValidationError
from arapp.services import credit_notes, customers, invoices, receipts

D = dt.date
TODAY = D(2026, 12, 3)
TOMORROW = TODAY + dt.timedelta(days=1)


@pytest.fixture(autouse=True)
def _today():
    clock.set(TODAY)
    yield
    clock.set(None)


@pytest.fixture
def cust(ledger_db):
    return customers.create_customer(name="杭州恒达贸易有限公司", code="A").code


def _book_rows() -> dict[str, int]:
    return {m.__name__: m.select().count() for m in (Invoice, Receipt, CreditNote, Allocation, AuditLog)}


def test_a_receipt_dated_after_today_is_refused_and_nothing_is_written(cust):
    invoices.create_invoice(cust, D(2026, 9, 1), amount=10000, post=True)
    before = _book_rows()
    with pytest.raises(ValidationError) as info:
        receipts.record_receipt(cust, D(2027, 6, 1), 10000)
    assert info.value.field == "date"
    assert "Receipt date" in str(info.value) and "2027-06-01" in str(info.value)
    assert _book_rows() == before
    receipts.record_receipt(cust, TODAY, 10000)          # today is fine


def test_voids_reversals_and_allocations_after_today_are_refused(cust):
    inv = invoices.create_invoice(cust, D(2026, 9, 1), amount=10000, post=True)
    rct = receipts.record_receipt(cust, D(2026, 10, 1), 3000, allocations=None)
    note = credit_notes.issue_credit_note(cust, D(2026, 10, 2), 1000, "折让", apply=False)
    before = _book_rows()
    refusals = [
        lambda: invoices.void_invoice(inv.number, "开错", date=TOMORROW),
        lambda: receipts.reverse_receipt(rct.number, "退票", date=TOMORROW),
        lambda: credit_notes.void_credit_note(note.number, "错开", date=TOMORROW),
        lambda: receipts.allocate_receipt(rct.number, date=TOMORROW),
        lambda: receipts.apply_customer_credit(cust, date=TOMORROW),
    ]
    for refuse in refusals:
        with pytest.raises(ValidationError) as info:
            refuse()
        assert info.value.field == "date"
        assert TOMORROW.isoformat() in str(info.value)
        assert _book_rows() == before


def test_invoices_and_credit_notes_may_still_be_issued_ahead(cust):
    ahead = TODAY + dt.timedelta(days=60)
    inv = invoices.create_invoice(cust, ahead, amount=10000, post=True)
    assert inv.status == "posted"
    note = credit_notes.issue_credit_note(cust, ahead, 1000, "预开折让", apply=False)
    assert note.status == "posted"


# ----------------------------------------------------------------------------- the command line

@pytest.fixture
def dbfile(tmp_path) -> str:
    from arapp.db import database

    path = tmp_path / "cli.sqlite3"
    database.create_books(path)
    database.close_database()
    return str(path)


def _run(capsys, dbfile, *args, lang="en"):
    code = cli.main(["--db", dbfile, "--lang", lang, *args])
    out, err = capsys.readouterr()
    return code, out, err


def _counts(dbfile):
    import sqlite3

    con = sqlite3.connect(dbfile)
    try:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("invoice", "receipt", "allocation", "credit_note", "audit_log")}
    finally:
        con.close()


@pytest.mark.parametrize("args", [
    ["receipt", "add", "--customer", "A", "--date", "2027-06-01", "--amount", "100"],
    ["invoice", "void", "INV-2026-000001", "--reason", "开错", "--date", "2026-12-04"],
    ["receipt", "reverse", "RCT-2026-000001", "--reason", "退票", "--date", "2026-12-04"],
])
def test_the_command_line_refuses_money_dated_after_today_exit_2(capsys, dbfile, args):
    assert _run(capsys, dbfile, "customer", "add", "--name", "甲公司", "--code", "A")[0] == 0
    assert _run(capsys, dbfile, "invoice", "add", "--customer", "A", "--date", "2026-09-01", "--amount", "100")[0] == 0
    assert _run(capsys, dbfile, "receipt", "add", "--customer", "A", "--date", "2026-10-01", "--amount", "10",
                "--no-allocate")[0] == 0
    before = _counts(dbfile)
    code, out, err = _run(capsys, dbfile, *args)
    assert code == 2, err
    assert out == "" and "Traceback" not in err
    assert args[args.index("--date") + 1] in err and "after today" in err
    assert _counts(dbfile) == before
    code, _, err = _run(capsys, dbfile, *args, lang="zh_CN")
    assert code == 2 and args[args.index("--date") + 1] in err and "今天" in err


def test_the_reviewed_case_a_receipt_next_year_is_refused_and_the_invoice_stays_open(capsys, dbfile):
    assert _run(capsys, dbfile, "customer", "add", "--name", "甲公司", "--code", "A")[0] == 0
    assert _run(capsys, dbfile, "invoice", "add", "--customer", "A", "--date", "2026-09-01", "--amount", "100")[0] == 0
    code, _, err = _run(capsys, dbfile, "receipt", "add", "--customer", "A", "--date", "2027-06-01",
                        "--amount", "100")
    assert code == 2 and "2027-06-01" in err
    code, out, _ = _run(capsys, dbfile, "invoice", "list", "--open", "--format", "json")
    assert code == 0 and "INV-2026-000001" in out
