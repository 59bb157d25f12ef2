"""The demo books: deterministic for a seed, consistent to the fen, continued by the services."""

from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict

import pytest

from arapp.db import database
from arapp.db.database import db
from arapp.demo import DemoCancelled, build_demo
from arapp.errors import ValidationError
from arapp.reports.balances import customer_balances
from arapp.services.customers import create_customer
from arapp.services.invoices import create_invoice
from arapp.services.receipts import record_receipt

END = _dt.date(2026, 11, 20)


def rows(sql: str, params=()) -> list[tuple]:
    return list(db.execute_sql(sql, params).fetchall())


def scalar(sql: str, params=()):
    return db.execute_sql(sql, params).fetchone()[0]


def ledger_snapshot() -> dict[str, list[tuple]]:
    return {
        "customers": rows("SELECT code, name, kind, category, phone, address, credit_rating, payment_terms_days "
                          "FROM customer ORDER BY code"),
        "invoices": rows("SELECT number, c.code, issue_date, due_date, total, open_amount, i.status "
                         "FROM invoice i JOIN customer c ON c.id = i.customer_id ORDER BY i.id"),
        "receipts": rows("SELECT number, c.code, date, amount, method, unallocated "
                         "FROM receipt r JOIN customer c ON c.id = r.customer_id ORDER BY r.id"),
        "allocations": rows("SELECT i.number, r.number, a.amount, a.date FROM allocation a "
                            "JOIN invoice i ON i.id = a.invoice_id LEFT JOIN receipt r ON r.id = a.receipt_id "
                            "ORDER BY a.id"),
    }


def test_same_seed_same_books(tmp_path):
    database.open_database(tmp_path / "a.sqlite3")
    first_summary = build_demo(30, 2, seed=7, end_date=END)
    first = ledger_snapshot()
    database.close_database()
    database.open_database(tmp_path / "b.sqlite3")
    second_summary = build_demo(30, 2, seed=7, end_date=END)
    second = ledger_snapshot()
    database.close_database()
    assert first == second
    assert first_summary.invoices == second_summary.invoices > 500
    assert first_summary.open_balance == second_summary.open_balance

    database.open_database(tmp_path / "c.sqlite3")
    build_demo(30, 2, seed=8, end_date=END)
    other = ledger_snapshot()
    database.close_database()
    assert other["invoices"] != first["invoices"]


def test_demo_books_hold_the_invariants(ledger_db):
    summary = build_demo(40, 2, seed=3, end_date=END)

    assert scalar("SELECT COUNT(*) FROM customer") == summary.customers == 40
    assert scalar("SELECT COUNT(*) FROM invoice") == summary.invoices
    assert scalar("SELECT COUNT(*) FROM receipt") == summary.receipts
    assert scalar("SELECT COUNT(*) FROM allocation") == summary.allocations
    assert str(scalar("SELECT MAX(issue_date) FROM invoice")) <= END.isoformat()

    # open_amount == total - allocations, never negative; status agrees with it
    bad = rows("SELECT i.id FROM invoice i WHERE i.open_amount <> i.total - COALESCE("
               "(SELECT SUM(a.amount) FROM allocation a WHERE a.invoice_id = i.id), 0) OR i.open_amount < 0")
    assert bad == []
    for status, total, open_amount in rows("SELECT status, total, open_amount FROM invoice"):
        expected = "paid" if open_amount == 0 else ("posted" if open_amount == total else "partly_paid")
        assert status == expected
    assert {r[0] for r in rows("SELECT DISTINCT status FROM invoice")} >= {"paid", "posted"}

    # no receipt or credit note gives more than it has; what is left is kept on the row
    over = rows("SELECT r.id FROM receipt r WHERE r.unallocated <> r.amount - COALESCE("
                "(SELECT SUM(a.amount) FROM allocation a WHERE a.receipt_id = r.id), 0) OR r.unallocated < 0")
    assert over == []
    over = rows("SELECT n.id FROM credit_note n WHERE n.unapplied <> n.amount - COALESCE("
                "(SELECT SUM(a.amount) FROM allocation a WHERE a.credit_note_id = n.id), 0) OR n.unapplied < 0")
    assert over == []
    # an allocation never moves money across customers or before its documents
    assert rows("SELECT a.id FROM allocation a JOIN invoice i ON i.id = a.invoice_id "
                "LEFT JOIN receipt r ON r.id = a.receipt_id LEFT JOIN credit_note n ON n.id = a.credit_note_id "
                "WHERE COALESCE(r.customer_id, n.customer_id) <> i.customer_id "
                "OR a.date < i.issue_date OR a.date < COALESCE(r.date, n.date)") == []

    # sum of customer balances == invoices - receipts - credit notes
    invoiced = scalar("SELECT COALESCE(SUM(total), 0) FROM invoice")
    received = scalar("SELECT COALESCE(SUM(amount), 0) FROM receipt")
    credited = scalar("SELECT COALESCE(SUM(amount), 0) FROM credit_note")
    allocated = scalar("SELECT COALESCE(SUM(amount), 0) FROM allocation")
    report = customer_balances()
    assert report.total_balance == invoiced - received - credited == summary.open_balance
    assert report.total_open == invoiced - allocated == summary.open_invoices
    assert report.total_credit == received + credited - allocated == summary.credit
    assert summary.credit > 0, "some customers prepay or overpay"
    assert summary.credit_notes >= 0 and summary.receipts > 0


def test_numbers_are_gap_free_per_year_and_the_services_continue_them(ledger_db):
    summary = build_demo(20, 2, seed=5, end_date=END)
    by_year: dict[tuple[str, int], list[int]] = defaultdict(list)
    for table, prefix in (("invoice", "INV"), ("receipt", "RCT"), ("credit_note", "CN")):
        dated = "issue_date" if table == "invoice" else "date"
        last_date = None
        for number, day in rows(f"SELECT number, {dated} FROM {table} ORDER BY id"):
            m = re.fullmatch(rf"{prefix}-(\d{{4}})-(\d{{6}})", number)
            assert m, number
            by_year[(prefix, int(m.group(1)))].append(int(m.group(2)))
            day = str(day)
            assert last_date is None or day >= last_date, "numbers follow the document dates"
            last_date = day
    for key, values in by_year.items():
        assert values == list(range(1, len(values) + 1)), key

    code = rows("SELECT code FROM customer ORDER BY id")[0][0]
    year = END.year
    count_inv = len(by_year[("INV", year)])
    count_rct = len(by_year[("RCT", year)])
    inv = create_invoice(code, END, amount=12345, description="after the demo", post=True,
                         override_reason="demo customer may be on credit hold")
    assert inv.number == f"INV-{year}-{count_inv + 1:06d}"
    rct = record_receipt(code, END, 100)
    assert rct.number == f"RCT-{year}-{count_rct + 1:06d}"
    new = create_customer(name="新客户有限公司")
    assert new.code == f"C{summary.customers + 1:06d}"


def test_cancel_leaves_the_database_as_it_was(sqlite_db):
    users_before = scalar("SELECT COUNT(*) FROM app_user")
    settings_before = rows("SELECT key, value FROM company_setting ORDER BY key")
    calls = []

    def progress(done, total):
        calls.append((done, total))

    with pytest.raises(DemoCancelled):
        build_demo(20, 2, seed=1, progress=progress, cancel=lambda: len(calls) >= 3, end_date=END)
    assert len(calls) == 3
    for table in ("customer", "invoice", "invoice_line", "receipt", "allocation", "credit_note", "audit_log",
                  "number_sequence", "customer_alias"):
        assert scalar(f"SELECT COUNT(*) FROM {table}") == 0, table
    assert scalar("SELECT COUNT(*) FROM app_user") == users_before
    assert rows("SELECT key, value FROM company_setting ORDER BY key") == settings_before
    assert scalar("PRAGMA synchronous") == 2, "FULL again after the bulk load"

    # and a build after the cancel starts from number 1
    build_demo(5, 1, seed=1, end_date=END)
    assert scalar("SELECT MIN(number) FROM invoice").endswith("-000001")


def test_demo_refuses_a_database_with_customers(sqlite_db):
    create_customer(name="已有客户")
    with pytest.raises(ValidationError):
        build_demo(5, 1, end_date=END)
    assert scalar("SELECT COUNT(*) FROM invoice") == 0


def test_progress_reaches_the_total_and_one_audit_record(sqlite_db):
    seen = []
    summary = build_demo(10, 1, seed=2, progress=lambda d, t: seen.append((d, t)), end_date=END)
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert rows("SELECT action, entity FROM audit_log") == [("demo", "database")]
    assert summary.users == 7
    roles = dict(rows("SELECT username, role FROM app_user"))
    assert sorted(roles.values()).count("collector") == 3 and "manager" in roles.values()
    assert scalar("SELECT value FROM company_setting WHERE key = 'company.name'") == "上海锦绣物业管理有限公司"
