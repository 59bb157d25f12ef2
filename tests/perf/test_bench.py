"""Benchmarks: each figure beside a baseline measured in the same run; only ratios are asserted."""

from __future__ import annotations

import sqlite3
import time

import pytest
from benchlib import END_DATE, best_of

from arapp.db import database

BARE_INVOICE_TABLE = """
CREATE TABLE bare_invoice (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    number TEXT UNIQUE,
    customer_id INTEGER NOT NULL,
    issue_date DATE NOT NULL,
    due_date DATE NOT NULL,
    period TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    total BIGINT NOT NULL,
    open_amount BIGINT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft',
    source TEXT NOT NULL DEFAULT 'manual',
    posted_at TEXT,
    posted_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX bare_ix_customer_issue ON bare_invoice (customer_id, issue_date);
CREATE INDEX bare_ix_issue ON bare_invoice (issue_date);
"""


def bare_insert_seconds(path, n_rows: int) -> float:
    """Seconds for plain sqlite3 to insert ``n_rows`` invoice-like rows in one transaction,
    with the pragmas build_demo uses (WAL, synchronous off, a 256 MB page cache)."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = wal")
        con.execute("PRAGMA synchronous = off")
        con.execute("PRAGMA cache_size = -262144")  # what build_demo uses for its load
        con.executescript(BARE_INVOICE_TABLE)
        started = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        rows = ((f"INV-2026-{i:07d}", i % 2000 + 1, f"2026-{i % 12 + 1:02d}-01", f"2026-{i % 12 + 1:02d}-28",
                 "2026-01", "2026年1月物业费", 10000 + i, 10000 + i, "posted", "batch",
                 "2026-01-01 09:00:00", "lixm", "2026-01-01 09:00:00", "lixm") for i in range(n_rows))
        con.executemany(
            "INSERT INTO bare_invoice (number, customer_id, issue_date, due_date, period, description, total, "
            "open_amount, status, source, posted_at, posted_by, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        con.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        con.close()


def test_demo_generation_against_bare_inserts(tmp_path, figures):
    """(a) Building 2,000 customers' books vs plain executemany of as many rows."""
    from arapp.demo import build_demo

    database.open_database(tmp_path / "gen.sqlite3")
    try:
        started = time.perf_counter()
        summary = build_demo(2000, 4, seed=1, end_date=END_DATE)
        seconds = time.perf_counter() - started
    finally:
        database.close_database()
    n_rows = (summary.customers + summary.invoices + summary.invoice_lines + summary.receipts
              + summary.allocations + summary.credit_notes)
    baseline = bare_insert_seconds(tmp_path / "bare.sqlite3", n_rows)
    print(f"\n[bench] demo 2,000 customers: {summary.invoices:,} invoices, {n_rows:,} rows in all")
    figures.add(f"demo build, 2,000 customers ({n_rows:,} rows)", seconds, baseline, limit=5)


def _invoice_list(name: str):
    invoice_list = pytest.importorskip("arapp.reports.invoice_list")
    if not hasattr(invoice_list, name):
        pytest.skip(f"arapp.reports.invoice_list.{name} is not there yet")
    return invoice_list


def test_invoice_list_first_page(open_big_db, bare_sqlite, figures):
    """(b) The invoices tab's first page on a million invoices vs a bare ORDER BY ... LIMIT 200."""
    invoice_list = _invoice_list("invoice_page")
    n = bare_sqlite.execute("SELECT COUNT(*) FROM invoice").fetchone()[0]

    def page():
        return invoice_list.invoice_page(invoice_list.InvoiceFilter(), sort="issue_date", descending=True,
                                         offset=0, limit=200)

    def bare_page():
        return bare_sqlite.execute(
            "SELECT i.id, i.number, i.customer_id, c.code, c.name, i.issue_date, i.due_date, i.total, "
            "i.open_amount, i.status, i.source, i.description FROM invoice i "
            "JOIN customer c ON c.id = i.customer_id ORDER BY i.issue_date DESC LIMIT 200").fetchall()

    # Milliseconds each: the best of many runs keeps scheduler noise out of the ratio.
    seconds, rows = best_of(30, page)
    baseline, bare_rows = best_of(30, bare_page)
    assert len(rows) == len(bare_rows) == 200
    # Both read 200 rows down the issue-date index; the page also turns them into row
    # objects with parsed dates through Peewee, which is most of its time (3-5 ms
    # against 0.4 ms for the bare tuples on a 2-core box): hence the wider limit.
    figures.add(f"invoice list first page ({n:,} invoices)", seconds, baseline, limit=20)


def test_invoice_list_later_page(open_big_db, bare_sqlite, figures):
    """(b) A later page, as the user scrolls down (OFFSET walks the same index)."""
    invoice_list = _invoice_list("invoice_page")
    seconds, rows = best_of(10, lambda: invoice_list.invoice_page(offset=20_000, limit=200))
    baseline, _ = best_of(10, lambda: bare_sqlite.execute(
        "SELECT i.id FROM invoice i JOIN customer c ON c.id = i.customer_id "
        "ORDER BY i.issue_date DESC LIMIT 200 OFFSET 20000").fetchall())
    assert len(rows) == 200
    figures.add("invoice list page at offset 20,000", seconds, baseline, limit=20)


def test_invoice_list_count(open_big_db, bare_sqlite, figures):
    """(b) The total the tab shows under the list vs a bare COUNT(*)."""
    invoice_list = _invoice_list("invoice_count")
    seconds, count = best_of(3, lambda: invoice_list.invoice_count())
    baseline, (n,) = best_of(3, lambda: bare_sqlite.execute("SELECT COUNT(*) FROM invoice").fetchone())
    assert count == n
    figures.add("invoice list total count", seconds, baseline, limit=5)


def test_invoice_tab_cold_open(big_demo_db, figures):
    """(b) Opening the database (schema check included) and reading the first page, cold."""
    invoice_list = pytest.importorskip("arapp.reports.invoice_list")

    def arapp_open():
        database.open_database(big_demo_db)
        try:
            return invoice_list.invoice_page(limit=200)
        finally:
            database.close_database()

    def bare_open():
        con = sqlite3.connect(big_demo_db)
        try:
            return con.execute("SELECT i.id, c.name FROM invoice i JOIN customer c ON c.id = i.customer_id "
                               "ORDER BY i.issue_date DESC LIMIT 200").fetchall()
        finally:
            con.close()

    seconds, rows = best_of(10, arapp_open)
    baseline, _ = best_of(10, bare_open)
    assert len(rows) == 200
    # Opening runs the migration check and sets pragmas: a few ms on top of a ~1 ms query.
    figures.add("open database + invoice list first page", seconds, baseline, limit=50)


def test_customer_balances_whole_book(open_big_db, bare_sqlite, figures):
    """(c) customer_balances() over every customer vs the bare grouped SQL."""
    from arapp.reports.balances import customer_balances

    today = END_DATE.isoformat()

    def bare():
        owed = bare_sqlite.execute(
            "SELECT customer_id, SUM(open_amount), SUM(CASE WHEN due_date < ? THEN open_amount ELSE 0 END), "
            "COUNT(*) FROM invoice WHERE open_amount > 0 AND status IN ('posted', 'partly_paid') "
            "GROUP BY +customer_id", (today,)).fetchall()   # + : read the partial index, not the customer index
        credit = bare_sqlite.execute(
            "SELECT customer_id, SUM(unallocated) FROM receipt WHERE unallocated > 0 GROUP BY customer_id").fetchall()
        names = bare_sqlite.execute("SELECT id, code, name FROM customer").fetchall()
        return owed, credit, names

    seconds, report = best_of(3, lambda: customer_balances())
    baseline, (owed, _credit, _names) = best_of(3, bare)
    assert report.total_open == sum(r[1] for r in owed)
    figures.add(f"customer_balances() over {len(report.rows):,} customers", seconds, baseline, limit=5)

    past = END_DATE.replace(year=END_DATE.year - 1)
    seconds, report = best_of(2, lambda: customer_balances(as_of=past))
    baseline, _ = best_of(2, lambda: bare_sqlite.execute(
        "SELECT i.customer_id, SUM(i.total - COALESCE(a.paid, 0)) FROM invoice i "
        "LEFT JOIN (SELECT invoice_id, SUM(amount) AS paid FROM allocation WHERE date <= ? GROUP BY invoice_id) a "
        "ON a.invoice_id = i.id WHERE i.status <> 'draft' AND i.issue_date <= ? GROUP BY i.customer_id",
        (past.isoformat(), past.isoformat())).fetchall())
    figures.add(f"customer_balances(as_of={past}) vs a bare recomputation", seconds, baseline, limit=5)
