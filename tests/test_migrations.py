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


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_backup_is_checked_then_renamed_into_place(old_db, tmp_path, monkeypatch):
    seen = []
    real_replace = migrations.os.replace

    def replace(src, dst):
        seen.append((Path(src).name, Path(dst).name, sqlite3.connect(src).execute("PRAGMA integrity_check").fetchone()))
        real_replace(src, dst)

    monkeypatch.setattr(migrations.os, "replace", replace)
    database.open_database(old_db)
    database.close_database()
    (backup,) = tmp_path.glob("old.v1-*.bak.sqlite3")
    assert seen == [(backup.name + ".part", backup.name, ("ok",))]
    assert not list(tmp_path.glob("*.part"))


def test_a_backup_that_fails_on_a_full_disk_leaves_no_file_and_stops_the_upgrade(old_db, tmp_path, monkeypatch):
    real_open = migrations._open_copy

    def full_disk(path):
        con = real_open(path)
        con.execute("PRAGMA max_page_count = 2")        # the disk fills after two pages
        return con

    monkeypatch.setattr(migrations, "_open_copy", full_disk)
    with pytest.raises(SchemaError) as info:
        database.open_database(old_db)
    database.close_database()
    assert "backup" in info.value.message and "full" in info.value.message
    assert version_of(old_db) == 1                        # not upgraded without a backup
    assert not [n for n in _files(tmp_path) if n.startswith("old.v1")]     # no half copy, no .part


def test_a_backup_that_fails_its_integrity_check_is_not_kept(old_db, tmp_path, monkeypatch):
    monkeypatch.setattr(migrations, "_integrity", lambda con: "*** in database main ***\nPage 3: btreeInitPage() returns error code 11")
    with pytest.raises(SchemaError) as info:
        database.open_database(old_db)
    database.close_database()
    assert "backup" in info.value.message and "integrity" in info.value.message
    assert version_of(old_db) == 1
    assert not [n for n in _files(tmp_path) if n.startswith("old.v1")]


def test_stale_partial_backups_of_a_killed_upgrade_are_cleared(old_db, tmp_path):
    stale = tmp_path / "old.v1-20260101-000000.bak.sqlite3.part"
    stale.write_bytes(b"")
    database.open_database(old_db)
    database.close_database()
    assert not stale.exists()
    assert len(list(tmp_path.glob("old.v1-*.bak.sqlite3"))) == 1
