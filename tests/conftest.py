"""Shared fixtures: an isolated database per test (SQLite file; PostgreSQL too when
ARAPP_TEST_PG_URL points at a server), English messages unless a test asks."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from arapp import clock, i18n  # noqa: E402
from arapp.db import database  # noqa: E402
from arapp.services import context  # noqa: E402


def _worker_database(url: str | None) -> str | None:
    """Under pytest-xdist each worker gets a database of its own on the same server
    (``arapp_test_gw0`` …), made here when missing; the URL every test reads is that one."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not url or not worker:
        return url
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    parts = urlsplit(url)
    name = f"{parts.path.lstrip('/') or 'arapp_test'}_{worker}"
    with psycopg.connect(url, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None:
            conn.execute(f'CREATE DATABASE "{name}"')
    worker_url = urlunsplit(parts._replace(path="/" + name))
    os.environ["ARAPP_TEST_PG_URL"] = worker_url
    return worker_url


PG_URL = _worker_database(os.environ.get("ARAPP_TEST_PG_URL"))


@pytest.fixture(autouse=True)
def _cheap_passwords(monkeypatch):
    """Password hashes in tests cost microseconds, not 128 MB and a third of a second:
    hashes are made with tiny scrypt parameters (stored with the hash, so they verify as
    usual). tests/test_passwords.py checks the real parameters; commands run in a
    subprocess use them."""
    from arapp.domain import passwords

    monkeypatch.setattr(passwords, "PARAMS", passwords.ScryptParams(log_n=4, r=8, p=1))


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("ARAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("ARAPP_DB", raising=False)
    previous = i18n.language()
    i18n.set_language("en")
    context.set_actor(context.Actor("admin", "admin"))
    yield
    clock.set(None)
    i18n.set_language(previous)
    context.set_actor(context.Actor("admin", "admin"))


def reset_postgres(url: str) -> None:
    """Empty the test database's public schema."""

    d = database.make_database(url)
    d.connect()
    try:
        d.execute_sql("DROP SCHEMA public CASCADE")
        d.execute_sql("CREATE SCHEMA public")
    finally:
        d.close()


@pytest.fixture
def sqlite_db(tmp_path):
    """A fresh, migrated SQLite ledger; yields the peewee database."""
    d = database.open_database(tmp_path / "ledger.sqlite3")
    yield d
    database.close_database()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def ledger_db(request, tmp_path):
    """A fresh, migrated ledger on SQLite, and on PostgreSQL when one is available."""
    if request.param == "postgres":
        if not PG_URL:
            pytest.skip("ARAPP_TEST_PG_URL is not set")
        reset_postgres(PG_URL)
        d = database.open_database(PG_URL)
    else:
        d = database.open_database(tmp_path / "ledger.sqlite3")
    yield d
    database.close_database()


def _write_invoices(rows: list[dict]) -> list[int]:
    """Write invoices fast as the books hold them (schema step 6 refuses anything else):
    each row (Invoice fields; ``status`` and ``open_amount`` as wanted) goes in as a
    draft owing its total; what is paid of it comes from a receipt of its own through an
    allocation (the database keeps the open amount); then it is posted, or voided with
    a reason, or left a draft. Returns the invoice ids in the order of ``rows``."""
    from arapp.db.models import Allocation, Invoice, Receipt

    d = database.db
    first = {t: int(d.execute_sql(f"SELECT COALESCE(MAX(id), 0) FROM {t}").fetchone()[0]) + 1
             for t in ("invoice", "receipt")}
    ids = list(range(first["invoice"], first["invoice"] + len(rows)))
    drafts, rcts, allocs, post, void = [], [], [], [], []
    for inv_id, row in zip(ids, rows, strict=True):
        status = row.get("status", "posted")
        drafts.append({**row, "id": inv_id, "status": "draft", "open_amount": row["total"]})
        paid = row["total"] - row["open_amount"] if status in ("partly_paid", "paid") else 0
        if paid:
            rid = first["receipt"] + len(rcts)
            rcts.append({"id": rid, "number": f"RCT-T-{rid:06d}", "customer": row["customer"],
                         "date": row["issue_date"], "amount": paid, "unallocated": paid,
                         "created_at": row["created_at"]})
            allocs.append({"invoice": inv_id, "receipt": rid, "amount": paid, "date": row["issue_date"],
                           "created_at": row["created_at"]})
        (void if status == "void" else post if status != "draft" else []).append(inv_id)
    with d.atomic():
        with database.service_writes():
            for model, batch in ((Invoice, drafts), (Receipt, rcts), (Allocation, allocs)):
                for i in range(0, len(batch), 500):
                    model.insert_many(batch[i:i + 500]).execute()
        with database.service_writes():                 # posting is the services' (schema step 8)
            for i in range(0, len(post), 500):
                d.execute_sql("UPDATE invoice SET status = CASE WHEN open_amount = 0 THEN 'paid' "
                              "WHEN open_amount < total THEN 'partly_paid' ELSE 'posted' END "
                              f"WHERE id IN ({', '.join(map(str, post[i:i + 500]))})")
            for i in range(0, len(void), 500):
                d.execute_sql("UPDATE invoice SET status = 'void', open_amount = 0, void_reason = 'test', "
                              "voided_by = 'admin', voided_at = created_at "
                              f"WHERE id IN ({', '.join(map(str, void[i:i + 500]))})")
        if database.is_postgres():
            for t in ("invoice", "receipt"):
                d.execute_sql(f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), (SELECT MAX(id) FROM {t}))")
    return ids


@pytest.fixture
def write_invoices():
    """The writer of many invoices in a few statements (:func:`_write_invoices`)."""
    return _write_invoices



def _enter_old_books(path: str | None = None) -> None:
    """For tests that enter months-old invoices today: the credit check judges the overdue
    hold as of today, so the hold threshold is set to its most (3650 days) and posting them
    needs no manager's override (the credit tests keep the default). ``path``: a books file
    the command line opens; otherwise the open books."""
    if path is None:
        from arapp.services import credit

        credit.set_hold_overdue_days(3650)
        return
    import sqlite3

    con = sqlite3.connect(path)
    try:
        con.execute("INSERT OR REPLACE INTO company_setting (key, value) VALUES ('credit.hold_overdue_days', '3650')")
        con.commit()
    finally:
        con.close()


@pytest.fixture
def old_books():
    """:func:`_enter_old_books`, to call once the books are open (or with their file)."""
    return _enter_old_books
