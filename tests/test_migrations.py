"""The migration runner, tested on a database the first release made (with data)."""

from __future__ import annotations

import shutil
import sqlite3
import types
from pathlib import Path

import peewee
import pytest

from arapp.db import database, migrations
from arapp.db.models import Invoice, Receipt
from arapp.errors import SchemaError
from arapp.reports.balances import customer_balances
from arapp.services import receipts

FIXTURE = Path(__file__).parent / "fixtures" / "schema_v1.sqlite3"


@pytest.fixture
def old_db(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE, path)
    return path


def version_of(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
    finally:
        con.close()


def test_first_release_database_upgrades_with_its_data(old_db, tmp_path):
    assert version_of(old_db) == 1
    database.open_database(old_db)
    try:
        assert migrations.current_version(database.db.obj) == migrations.latest_version()
        inv = Invoice.get(Invoice.number == "INV-2026-000001")
        assert (inv.total, inv.open_amount, inv.status) == (190985, 3820, "partly_paid")
        report = customer_balances()
        assert report.total_open == 3820 + 8532
        # the guards added after the first release now protect the old documents
        with pytest.raises(peewee.DatabaseError):
            with database.db.atomic():
                database.db.execute_sql("UPDATE invoice SET total = 1 WHERE id = 1")
        # and the ledger keeps working, numbering where the old program stopped
        res = receipts.record_receipt("C000002", Invoice.get_by_id(2).issue_date, 8532)
        assert res.number == "RCT-2026-000002"
        assert Invoice.get_by_id(2).status == "paid"
    finally:
        database.close_database()
    backups = list(tmp_path.glob("old.v1-*.bak.sqlite3"))
    assert len(backups) == 1
    assert version_of(backups[0]) == 1


def test_up_to_date_database_is_not_backed_up_again(old_db, tmp_path):
    database.open_database(old_db)
    database.close_database()
    database.open_database(old_db)
    database.close_database()
    assert len(list(tmp_path.glob("old.v1-*.bak.sqlite3"))) == 1


def test_database_newer_than_the_program_is_refused(old_db):
    con = sqlite3.connect(old_db)
    con.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'future', 'x')")
    con.commit()
    con.close()
    with pytest.raises(SchemaError) as info:
        database.open_database(old_db)
    database.close_database()
    assert "99" in str(info.value)
    assert version_of(old_db) == 99


def test_a_failing_step_rolls_back_completely(old_db, monkeypatch):
    real = migrations.all_steps()

    def boom(db, dialect):
        db.execute_sql("CREATE TABLE half_done (id INTEGER)")
        raise RuntimeError("disk on fire")

    broken = real[:1] + [migrations.Step(2, "broken", "", types.SimpleNamespace(apply=boom))]
    monkeypatch.setattr(migrations, "all_steps", lambda: broken)
    with pytest.raises(SchemaError):
        database.open_database(old_db)
    database.close_database()
    con = sqlite3.connect(old_db)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    con.close()
    assert "half_done" not in tables
    assert version_of(old_db) == 1


def test_fresh_database_gets_every_step(tmp_path):
    d = database.open_database(tmp_path / "new.sqlite3")
    try:
        assert migrations.current_version(d) == migrations.latest_version() >= 2
        assert Receipt.select().count() == 0
        assert d.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert d.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert d.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        database.close_database()


def test_steps_are_numbered_without_gaps():
    versions = [s.version for s in migrations.all_steps()]
    assert versions == list(range(1, len(versions) + 1))
