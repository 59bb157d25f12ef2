"""The demo books: deterministic for a seed, consistent to the fen, continued by the services."""

from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict
from decimal import Decimal

import pytest

from arapp.db import database
from arapp.db.database import db
from arapp.demo import DemoCancelled, build_demo
from arapp.errors import ValidationError
from arapp.reports.balances import customer_balances
from arapp.services.customers import create_customer
from arapp.services.invoices import create_invoice
from arapp.services.receipts import record_receipt

D = _dt.date
END = D(2026, 11, 20)


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


# ------------------------------------------------------------------------------ the bulk writer

def _bulk_customer(ledger, name: str, terms: int) -> int:
    return ledger.add_customer(name=name, kind="enterprise", category="", phone="", email="", address="",
                               tax_id="", credit_rating="", credit_limit=None, payment_terms_days=terms,
                               status="active", collector_id=None, created_on=D(2026, 1, 1))



def test_demo_writer_pays_the_invoice_issued_first_when_two_are_due_the_same_day(sqlite_db):
    from arapp.services.bulk import bulk_load

    with bulk_load() as ledger:
        cid = _bulk_customer(ledger, "同日到期有限公司", 30)
        # Made first, issued later; both due 04-10: the domain pays the one issued first.
        later = ledger.new_invoice(cid, D(2026, 3, 10), D(2026, 4, 10), [("后开", 1000, 5000, 5000)],
                                   description="", period="", source="manual", user="admin")
        earlier = ledger.new_invoice(cid, D(2026, 3, 1), D(2026, 4, 10), [("先开", 1000, 5000, 5000)],
                                     description="", period="", source="manual", user="admin")
        assert later < earlier
        ledger.new_receipt(cid, D(2026, 4, 1), 7000, method="bank", user="admin")
        ledger.post_invoices()
        ledger.finish()
    assert rows("SELECT id, open_amount, status FROM invoice ORDER BY id") == [
        (later, 3000, "partly_paid"), (earlier, 0, "paid")]
    assert rows("SELECT invoice_id, amount FROM allocation ORDER BY id") == [(earlier, 5000), (later, 2000)]


def test_demo_allocations_follow_the_domain_order(sqlite_db):
    from arapp.domain.allocation import oldest_first_key

    build_demo(40, 2, seed=4, end_date=END)
    by_receipt: dict[int, list[tuple]] = defaultdict(list)
    for receipt_id, due, issue, inv_id in rows(
            "SELECT a.receipt_id, i.due_date, i.issue_date, i.id FROM allocation a JOIN invoice i ON i.id = a.invoice_id "
            "WHERE a.receipt_id IS NOT NULL ORDER BY a.id"):
        by_receipt[receipt_id].append(oldest_first_key(str(due), str(issue), inv_id))
    spread = [keys for keys in by_receipt.values() if len(keys) > 1]
    assert len(spread) > 20, "some receipts pay several invoices"
    assert all(keys == sorted(keys) for keys in spread)


def _scripted_book(add_customer, invoice, receipt, credit_note) -> None:
    """The same documents, in the same order, for the services and for the bulk writer."""
    a = add_customer("甲贸易有限公司", 30)
    b = add_customer("乙业主", 0)
    invoice(a, D(2026, 1, 5), [("货款一", 2000, 30000, 60000), ("货款二", 1000, 40000, 40000)])
    a2 = invoice(a, D(2026, 1, 20), [("货款三", 1000, 50000, 50000)])
    receipt(a, D(2026, 2, 10), 120000)                # pays the first, then part of the second
    credit_note(a, D(2026, 2, 15), 10000, a2)         # against its invoice
    receipt(b, D(2026, 2, 1), 30000)                  # no invoice yet: credit (预收)
    invoice(b, D(2026, 2, 5), [("物业费", 1000, 20000, 20000)])   # paid from the credit
    credit_note(b, D(2026, 2, 1), 5000, None)         # more credit, dated the receipt's day
    invoice(b, D(2026, 3, 1), [("物业费", 1000, 12000, 12000)])   # same day: the note's credit first
    receipt(a, D(2026, 3, 5), 100000)                 # the rest of the second, and credit


def _ledger_rows() -> dict[str, list[tuple]]:
    return {
        "customers": rows("SELECT id, code, name, kind, payment_terms_days, status FROM customer ORDER BY id"),
        "invoices": rows("SELECT id, number, customer_id, issue_date, due_date, total, open_amount, status, source, "
                         "posted_by, created_by FROM invoice ORDER BY id"),
        "lines": rows("SELECT invoice_id, line_no, description, quantity_milli, unit_price, amount "
                      "FROM invoice_line ORDER BY invoice_id, line_no"),
        "receipts": rows("SELECT id, number, customer_id, date, amount, method, status, unallocated, created_by "
                         "FROM receipt ORDER BY id"),
        "credit_notes": rows("SELECT id, number, customer_id, invoice_id, date, amount, reason, status, unapplied, "
                             "created_by FROM credit_note ORDER BY id"),
        "allocations": rows("SELECT invoice_id, receipt_id, credit_note_id, amount, date, reverses_id, created_by "
                            "FROM allocation ORDER BY id"),
        "numbers": rows("SELECT name, year, next_value FROM number_sequence ORDER BY name, year"),
    }


def test_the_bulk_writer_writes_what_the_services_write(tmp_path, old_books):
    from arapp.services import credit_notes
    from arapp.services.bulk import bulk_load
    from arapp.services.invoices import LineInput

    database.open_database(tmp_path / "services.sqlite3")
    old_books()
    numbers: dict[int, str] = {}

    def s_invoice(code, issue, lines):
        r = create_invoice(code, issue, lines=[LineInput(d, Decimal(q) / 1000, p, a) for d, q, p, a in lines],
                           post=True)
        numbers[r.invoice_id] = r.number
        return r.invoice_id

    _scripted_book(lambda name, terms: create_customer(name=name, payment_terms_days=terms).code, s_invoice,
                   lambda code, day, amount: record_receipt(code, day, amount, method="bank"),
                   lambda code, day, amount, inv: credit_notes.issue_credit_note(
                       code, day, amount, "折让", invoice=numbers[inv] if inv else None))
    by_services = _ledger_rows()
    database.close_database()

    database.open_database(tmp_path / "bulk.sqlite3")
    with bulk_load() as ledger:
        _scripted_book(lambda name, terms: _bulk_customer(ledger, name, terms),
                       lambda cid, issue, lines: ledger.new_invoice(
                           cid, issue, issue + _dt.timedelta(days=30 if cid == 1 else 0), lines,
                           description="", period="", source="manual", user="admin"),
                       lambda cid, day, amount: ledger.new_receipt(cid, day, amount, method="bank", user="admin"),
                       lambda cid, day, amount, inv: ledger.new_credit_note(cid, day, amount, "折让", invoice_id=inv,
                                                                            user="admin"))
        ledger.post_invoices()
        ledger.finish()
    by_bulk = _ledger_rows()
    database.close_database()

    assert by_bulk["allocations"], "the script allocates"
    for key in by_services:
        assert by_bulk[key] == by_services[key], key
