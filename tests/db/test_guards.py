"""The database's own guards (schema step 6), on SQLite and PostgreSQL: posted documents
frozen but for their listed columns, cached balances that cannot disagree with the
allocation rows, and inserts into the money tables and logs only from the services.

Raw SQL here plays the user with a SQL shell; the services are the only honest writer.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import peewee
import pytest

from arapp import clock
from arapp.db import database, migrations
from arapp.db.migrations import dialect_of
from arapp.db.models import Allocation, AuditLog, ContactLog, CreditNote, Invoice, Receipt
from arapp.errors import ValidationError
from arapp.services import collections as col
from arapp.services import credit, credit_notes, customers, invoices, receipts
from arapp.services.invoices import LineInput

D = dt.date


def guards_in_force() -> dict:
    """Each guarded table's guard as the newest step that set it left it."""
    merged: dict = {}
    for step in migrations.all_steps():
        merged.update(getattr(step.module, "GUARDS", {}))
    return merged


def refused(database, sql: str, params=()) -> str:
    """Run ``sql`` in its own transaction; the database's refusal message (fails if accepted)."""
    with pytest.raises(peewee.DatabaseError) as info:
        with database.atomic():
            database.execute_sql(sql, params)
    return str(info.value)


@pytest.fixture
def book(ledger_db):
    """A customer with a posted invoice of ¥5,000.00 half paid, a ¥100.00 receipt on
    another customer with nothing to pay, and a credit note."""
    clock.set(dt.datetime(2026, 3, 1, 10, 0))
    a = customers.create_customer(name="杭州恒达贸易有限公司", code="A").code
    b = customers.create_customer(name="宁波海纳进出口有限公司", code="B").code
    inv = invoices.create_invoice(a, D(2026, 1, 10), lines=[LineInput("货款", 1, 500000)], post=True)
    rct = receipts.record_receipt(a, D(2026, 2, 1), 250000, memo="银行回单")
    lone = receipts.record_receipt(b, D(2026, 2, 2), 10000)
    cn = credit_notes.issue_credit_note(b, D(2026, 2, 3), 5000, "折让", apply=False)
    spare = receipts.record_receipt(a, D(2026, 2, 4), 1000, allocations=None)
    return {"db": ledger_db, "a": a, "b": b, "invoice": inv, "receipt": rct, "lone": lone, "credit_note": cn,
            "spare": spare}


# ------------------------------------------------------------------ cached balances cannot be forged

def test_a_forged_unallocated_on_a_receipt_is_refused_and_the_next_invoice_is_not_paid_from_it(book):
    d = book["db"]
    msg = refused(d, f"UPDATE receipt SET unallocated = 100000000 WHERE number = '{book['lone'].number}'")
    assert "arapp:" in msg
    assert Receipt.get_by_id(book["lone"].receipt_id).unallocated == 10000
    nxt = invoices.create_invoice(book["b"], D(2026, 2, 10), amount=500000, post=True)
    assert nxt.credit_applied == 10000 + 5000 and nxt.open_amount == 500000 - 15000


@pytest.mark.parametrize("sql", [
    "UPDATE invoice SET open_amount = 0 WHERE id = {inv}",
    "UPDATE invoice SET open_amount = 0, status = 'paid' WHERE id = {inv}",
    "UPDATE invoice SET status = 'paid' WHERE id = {inv}",
    "UPDATE invoice SET status = 'posted' WHERE id = {inv}",
    "UPDATE invoice SET open_amount = total WHERE id = {inv}",
    "UPDATE receipt SET unallocated = 1 WHERE id = {rct}",
    "UPDATE receipt SET unallocated = amount WHERE id = {rct}",
    "UPDATE credit_note SET unapplied = 100000000 WHERE id = {cn}",
    "UPDATE credit_note SET unapplied = 0 WHERE id = {cn}",
])
def test_an_update_that_makes_a_cached_amount_disagree_with_the_allocations_is_refused(book, sql):
    sql = sql.format(inv=book["invoice"].invoice_id, rct=book["receipt"].receipt_id, cn=book["credit_note"].credit_note_id)
    assert "arapp:" in refused(book["db"], sql)
    inv = Invoice.get_by_id(book["invoice"].invoice_id)
    assert (inv.open_amount, inv.status) == (250000, "partly_paid")
    assert Receipt.get_by_id(book["receipt"].receipt_id).unallocated == 0
    assert CreditNote.get_by_id(book["credit_note"].credit_note_id).unapplied == 5000


def test_the_database_keeps_the_balances_from_each_allocation_and_its_reversal(book):
    r = receipts.record_receipt(book["a"], D(2026, 2, 5), 300000)
    inv = Invoice.get_by_id(book["invoice"].invoice_id)
    assert (inv.open_amount, inv.status) == (0, "paid")
    assert Receipt.get_by_id(r.receipt_id).unallocated == 50000
    receipts.reverse_receipt(r.number, "录错")
    inv = Invoice.get_by_id(book["invoice"].invoice_id)
    assert (inv.open_amount, inv.status) == (250000, "partly_paid")
    rct = Receipt.get_by_id(r.receipt_id)
    assert (rct.status, rct.unallocated) == ("reversed", 0)


def test_setting_a_cached_amount_to_what_the_allocations_say_is_allowed(book):
    d = book["db"]
    with d.atomic():
        d.execute_sql(f"UPDATE invoice SET open_amount = total - 250000 WHERE id = {d.param}",
                      (book["invoice"].invoice_id,))
    assert Invoice.get_by_id(book["invoice"].invoice_id).open_amount == 250000


# ------------------------------------------------------------------ posted documents, every column

@pytest.mark.parametrize("sql", [
    "UPDATE invoice SET created_by = 'x' WHERE id = {inv}",
    "UPDATE invoice SET posted_by = 'x' WHERE id = {inv}",
    "UPDATE receipt SET memo = 'x' WHERE id = {rct}",
    "UPDATE receipt SET created_by = 'x' WHERE id = {rct}",
    "UPDATE credit_note SET reason = 'x' WHERE id = {cn}",
    "UPDATE credit_note SET created_by = 'x' WHERE id = {cn}",
])
def test_the_columns_the_issue_named_are_frozen_on_posted_documents(book, sql):
    sql = sql.format(inv=book["invoice"].invoice_id, rct=book["receipt"].receipt_id, cn=book["credit_note"].credit_note_id)
    assert "arapp:" in refused(book["db"], sql)


def test_an_invoice_is_not_voided_without_a_reason_and_its_void_fields_are_set_once(book):
    d = book["db"]
    fresh = invoices.create_invoice(book["a"], D(2026, 2, 20), amount=1000, post=True)
    p = d.param
    for sql in (
        "UPDATE invoice SET status = 'void', open_amount = 0 WHERE id = {p}",
        "UPDATE invoice SET status = 'void', open_amount = 0, void_reason = '  ' WHERE id = {p}",
        "UPDATE invoice SET void_reason = 'x' WHERE id = {p}",
    ):
        assert "arapp:" in refused(d, sql.format(p=p), (fresh.invoice_id,))
    # Voiding an invoice whose allocations are still live would strand the money.
    assert "arapp:" in refused(
        d, f"UPDATE invoice SET status = 'void', open_amount = 0, void_reason = 'x', voided_by = 'x', "
           f"voided_at = created_at WHERE id = {p}", (book["invoice"].invoice_id,))
    invoices.void_invoice(fresh.number, "开错客户")
    for sql in ("UPDATE invoice SET void_reason = 'other' WHERE id = {p}",
                "UPDATE invoice SET voided_by = 'other' WHERE id = {p}",
                "UPDATE invoice SET status = 'posted', open_amount = total WHERE id = {p}"):
        assert "arapp:" in refused(d, sql.format(p=p), (fresh.invoice_id,))
    assert Invoice.get_by_id(fresh.invoice_id).void_reason == "开错客户"


def test_a_receipt_is_not_reversed_without_a_reason_and_stays_reversed(book):
    d = book["db"]
    p = d.param
    rid = book["lone"].receipt_id
    assert "arapp:" in refused(d, f"UPDATE receipt SET status = 'reversed', unallocated = 0 WHERE id = {p}", (rid,))
    receipts.reverse_receipt(book["lone"].number, "重复登记")
    for sql in ("UPDATE receipt SET reversal_reason = 'x' WHERE id = {p}",
                "UPDATE receipt SET status = 'posted', unallocated = amount WHERE id = {p}"):
        assert "arapp:" in refused(d, sql.format(p=p), (rid,))


def _changed(dialect: str, column: str, type_: str) -> str:
    """An expression giving ``column`` a different value of its type."""
    t = type_.lower()
    if "int" in t or (dialect == "sqlite" and t in ("bigint", "boolean")):
        return f"COALESCE({column}, 0) + 1"
    if dialect == "postgres" and t == "boolean":
        return f"NOT COALESCE({column}, FALSE)"
    if dialect == "postgres" and t == "date":
        return f"COALESCE({column}, DATE '2000-01-01') + 1"
    if dialect == "postgres" and t.startswith("timestamp"):
        return f"COALESCE({column}, TIMESTAMP '2000-01-01') + INTERVAL '1 second'"
    return f"COALESCE({column}, '') || 'x'"


def _column_types(database, dialect: str, table: str) -> dict[str, str]:
    if dialect == "sqlite":
        return {r[1]: r[2] for r in database.execute_sql(f"PRAGMA table_info({table})").fetchall()}
    return dict(database.execute_sql(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = %s", (table,)).fetchall())


@pytest.fixture
def every_guarded_row(book):
    """One posted row in every guarded table, written by the services."""
    col.log_contact(book["a"], "call", "催款", at=dt.datetime(2026, 2, 20, 10, 0))
    col.blacklist(book["a"], "拖欠", on=D(2026, 2, 21))
    invoices.create_invoice(book["a"], D(2026, 2, 22), amount=1000, post=True, override_reason="老客户")
    credit.record_credit_decision(book["b"], rating="B", limit=100000, assessed_on=D(2026, 2, 23))
    col.generate_tasks(D(2026, 2, 24))
    from arapp.db import lookups
    from arapp.services.documents import DocumentPart, archive

    archive(b"%PDF-1.4 test", "letters.pdf", [DocumentPart(lookups.customer(book["a"]).id, "letter", "催款函", "zh_CN")], pages=1)
    _bank_rows(book)
    return book


def _bank_rows(book) -> None:
    """A bank account, an import, a line matched to a receipt, a book entry (step 11), as
    the services write them."""
    from arapp.db.database import service_writes

    d = book["db"]
    p = d.param
    at = dt.datetime(2026, 2, 25, 9, 0)
    with d.atomic():
        d.execute_sql(f"INSERT INTO bank_account (name, bank, account_no, created_at) VALUES ({p}, {p}, {p}, {p})",
                      ("基本户", "工商银行", "1202020209000012345", at))
        account = d.execute_sql("SELECT MAX(id) FROM bank_account").fetchone()[0]
        with service_writes():
            d.execute_sql(f"INSERT INTO bank_import (account_id, file_name, sha256, profile, imported_at, imported_by) "
                          f"VALUES ({p}, 'a.xlsx', {p}, 'icbc', {p}, 'admin')", (account, "0" * 64, at))
            imp = d.execute_sql("SELECT MAX(id) FROM bank_import").fetchone()[0]
            d.execute_sql(f"INSERT INTO bank_line (account_id, import_id, row_no, value_date, direction, amount, "
                          f"fingerprint) VALUES ({p}, {p}, 5, {p}, 'in', 250000, {p})",
                          (account, imp, D(2026, 2, 1), "f" * 40))
            line = d.execute_sql("SELECT MAX(id) FROM bank_line").fetchone()[0]
            d.execute_sql(f"INSERT INTO bank_match (line_id, receipt_id, customer_id, rule, matched_at, matched_by) "
                          f"SELECT {p}, id, customer_id, 'exact_amount', {p}, 'admin' FROM receipt WHERE id = {p}",
                          (line, at, book["receipt"].receipt_id))
            d.execute_sql(f"INSERT INTO book_entry (account_id, date, direction, amount, created_at) "
                          f"VALUES ({p}, {p}, 'out', 100, {p})", (account, D(2026, 2, 2), at))


def unguarded_columns(d) -> list[tuple[str, str, str]]:
    """(table, column, what happened) for every column of a guarded table, not listed as
    mutable, that an UPDATE of one posted row could change (read from the live schema)."""
    from arapp.db.guards import live_columns

    dialect = dialect_of(d)
    p = d.param
    accepted = []
    for table, guard in guards_in_force().items():
        types = _column_types(d, dialect, table)
        assert set(guard.mutable) <= set(types), (table, guard.mutable)
        where = {"invoice": "status <> 'draft'"}.get(table, "1 = 1")
        row_id = d.execute_sql(f"SELECT MIN(id) FROM {table} WHERE {where}").fetchone()[0]
        assert row_id is not None, f"no row in {table} to try"
        for column in live_columns(d, dialect, table):
            if column in guard.mutable:
                continue
            try:
                with d.atomic():
                    d.execute_sql(f"UPDATE {table} SET {column} = {_changed(dialect, column, types[column])} "
                                  f"WHERE id = {p}", (row_id,))
            except peewee.DatabaseError as exc:
                if "arapp:" not in str(exc):
                    accepted.append((table, column, str(exc)[:80]))
            else:
                accepted.append((table, column, "accepted"))
    return accepted


def test_every_column_of_every_guarded_table_is_frozen_or_listed_as_mutable(every_guarded_row):
    """Reads the live schema: a column a later step adds without a decision fails here."""
    assert {"invoice", "invoice_line", "receipt", "credit_note", "allocation", "audit_log", "contact_log",
            "customer_status_event", "ladder_run", "document_template", "document_file",
            "document", "bank_import", "bank_line", "bank_match", "book_entry"} <= set(guards_in_force())
    assert unguarded_columns(every_guarded_row["db"]) == []


def test_a_column_added_later_without_a_decision_is_found(every_guarded_row):
    d = every_guarded_row["db"]
    with d.atomic():
        d.execute_sql("ALTER TABLE receipt ADD COLUMN later_note TEXT NOT NULL DEFAULT ''")
    assert unguarded_columns(d) == [("receipt", "later_note", "accepted")]


# ------------------------------------------------------------------ inserts only from the services

INSERTS = {
    "allocation": "INSERT INTO allocation (invoice_id, receipt_id, amount, date, created_at, created_by) "
                  "SELECT {inv}, id, 1, date, created_at, 'x' FROM receipt WHERE id = {spare}",
    "audit_log": "INSERT INTO audit_log (at, username, action, entity, entity_id) "
                 "SELECT created_at, 'x', 'x', 'x', 'x' FROM receipt WHERE id = {rct}",
    "contact_log": "INSERT INTO contact_log (at, customer_id, method, summary, username, created_at) "
                   "SELECT created_at, customer_id, 'call', 'x', 'x', created_at FROM receipt WHERE id = {rct}",
    "receipt": "INSERT INTO receipt (number, customer_id, date, amount, unallocated, created_at) "
               "SELECT 'RCT-FORGED', customer_id, date, 100000000, 100000000, created_at FROM receipt WHERE id = {rct}",
    "invoice": "INSERT INTO invoice (customer_id, issue_date, due_date, total, open_amount, created_at) "
               "SELECT customer_id, date, date, 1, 1, created_at FROM receipt WHERE id = {rct}",
    "ladder_run": "INSERT INTO ladder_run (run_on, ran_at, username) "
                  "SELECT date, created_at, 'x' FROM receipt WHERE id = {rct}",
}


def test_a_draft_is_posted_only_by_the_services(book):
    """A raw UPDATE would post any total, date and no number, past the cap and the window."""
    d = book["db"]
    draft = invoices.create_invoice(book["a"], D(2026, 2, 25), amount=1000)
    msg = refused(d, "UPDATE invoice SET total = 4000000000000000000, open_amount = 4000000000000000000, "
                     f"status = 'posted', issue_date = '2000-01-01' WHERE id = {draft.invoice_id}")
    assert "posted only by the services" in msg
    assert refused(d, f"UPDATE invoice SET status = 'posted' WHERE id = {draft.invoice_id}")
    assert Invoice.get_by_id(draft.invoice_id).status == "draft"
    posted = invoices.post_invoice(draft.invoice_id)                # the service still posts it
    assert posted.status != "draft" and Invoice.get_by_id(draft.invoice_id).number


def test_the_record_of_the_ladders_runs_is_append_only(book):
    """Deleting the runs would let a run for a day gone by close tasks again."""
    d = book["db"]
    col.generate_tasks(D(2026, 2, 24))
    assert "append-only" in refused(d, "DELETE FROM ladder_run")
    assert "append-only" in refused(d, "UPDATE ladder_run SET run_on = '2026-01-01'")
    with pytest.raises(ValidationError, match="already ran for 2026-02-24"):
        col.generate_tasks(D(2026, 2, 1))


@pytest.mark.parametrize("table", sorted(INSERTS))
def test_an_insert_no_service_made_is_refused(book, table):
    d = book["db"]
    n = d.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    sql = INSERTS[table].format(inv=book["invoice"].invoice_id, rct=book["lone"].receipt_id,
                                spare=book["spare"].receipt_id)
    assert "arapp:" in refused(d, sql)
    assert d.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == n
    with d.atomic(), database.service_writes():        # the services' mark is what lets the same row in
        d.execute_sql(sql)
    assert d.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == n + 1


def test_the_services_mark_ends_with_its_block(book):
    d = book["db"]
    with d.atomic():
        with database.service_writes():
            pass
        with pytest.raises(peewee.DatabaseError):
            with d.atomic():
                d.execute_sql(INSERTS["audit_log"].format(inv=0, rct=book["lone"].receipt_id, spare=0))
    assert AuditLog.select().where(AuditLog.username == "x").count() == 0


def test_a_plain_sqlite_connection_cannot_write_allocations_or_logs(book, tmp_path):
    d = book["db"]
    if dialect_of(d) != "sqlite":
        pytest.skip("a SQLite file")
    con = sqlite3.connect(d.database)
    try:
        for table in ("allocation", "audit_log", "contact_log", "receipt"):
            with pytest.raises(sqlite3.DatabaseError):
                con.execute(INSERTS[table].format(inv=book["invoice"].invoice_id, rct=book["lone"].receipt_id,
                                spare=book["spare"].receipt_id))
            con.rollback()
        with pytest.raises(sqlite3.DatabaseError):
            con.execute("UPDATE receipt SET unallocated = 100000000 WHERE id = ?", (book["lone"].receipt_id,))
    finally:
        con.close()
    assert Allocation.select().where(Allocation.created_by == "x").count() == 0
    assert ContactLog.select().count() == 0
