"""Files and messages a user can act on: every way the books can be unavailable ends with
exit 2 and one line naming what is wrong (never a traceback); only arapp books are
opened, and making new books is an explicit act (``arapp init``)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from arapp import cli
from arapp.db import database, migrations

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).parent / "fixtures" / "schema_v1.sqlite3"
PG_URL = os.environ.get("ARAPP_TEST_PG_URL")


def run(capsys, *args, lang="en"):
    code = cli.main(["--lang", lang, *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def count(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def book(tmp_path, capsys) -> Path:
    """Books made with ``arapp init``, one customer and one posted invoice in them."""
    path = tmp_path / "books.sqlite3"
    assert cli.main(["init", str(path)]) == 0
    assert cli.main(["--db", str(path), "customer", "add", "--name", "甲公司", "--code", "A"]) == 0
    assert cli.main(["--db", str(path), "invoice", "add", "--customer", "A", "--date", "2026-01-10",
                     "--amount", "1,000.00", "--override", "test"]) == 0
    capsys.readouterr()
    return path


# ----------------------------------------------------------------------------- item 7: only arapp books

def test_init_makes_new_books_marked_as_arapp_books(tmp_path, capsys):
    path = tmp_path / "new.sqlite3"
    code, out, err = run(capsys, "init", str(path))
    assert code == 0, err
    assert str(path) in out
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA application_id").fetchone()[0] == database.APPLICATION_ID
        assert con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == migrations.latest_version()
    finally:
        con.close()
    code, out, err = run(capsys, "--db", str(path), "balance")
    assert code == 0, err


def test_a_mistyped_path_is_refused_and_nothing_is_created(tmp_path, capsys):
    typo = tmp_path / "nosuchdir" / "typo.sqlite3"
    code, _out, err = run(capsys, "--db", str(typo), "balance")
    assert code == 2
    assert "arapp init" in err and "typo.sqlite3" in err and err.count("\n") == 1
    assert not typo.parent.exists()

    missing = tmp_path / "missing.sqlite3"
    code, _out, err = run(capsys, "--db", str(missing), "customer", "add", "--name", "甲")
    assert code == 2 and "arapp init" in err
    assert not missing.exists()

    code, _out, err = run(capsys, "--db", str(missing), "balance", lang="zh_CN")
    assert code == 2 and "arapp init" in err and "没有" in err


def test_init_refuses_a_missing_folder_and_existing_books(tmp_path, capsys, book):
    code, _out, err = run(capsys, "init", str(tmp_path / "nosuchdir" / "b.sqlite3"))
    assert code == 2 and "nosuchdir" in err
    assert not (tmp_path / "nosuchdir").exists()
    code, _out, err = run(capsys, "init", str(book))
    assert code == 2 and "already" in err
    assert count(book, "customer") == 1


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path, capsys):
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO recipes (name) VALUES ('饺子')")
    con.commit()
    con.close()
    before = other.read_bytes()
    for args in (("--db", str(other), "balance"), ("--db", str(other), "customer", "add", "--name", "甲"),
                 ("init", str(other)), ("--db", str(other), "demo", "--customers", "3")):
        code, _out, err = run(capsys, *args)
        assert code == 2, args
        assert "not arapp books" in err and "recipes" in err, err
    assert other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite3"]


def test_another_programs_file_with_its_own_application_id_is_refused(tmp_path, capsys):
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("PRAGMA application_id = 12345")
    con.execute("CREATE TABLE schema_version (version INTEGER, name TEXT, applied_at TEXT)")
    con.execute("INSERT INTO schema_version VALUES (1, 'core', '2026-01-01')")
    con.commit()
    con.close()
    code, _out, err = run(capsys, "--db", str(other), "balance")
    assert code == 2 and "not arapp books" in err


def test_old_books_without_the_mark_still_open_and_get_it(tmp_path, capsys):
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE, old)
    code, _out, err = run(capsys, "--db", str(old), "balance")
    assert code == 0, err
    con = sqlite3.connect(old)
    try:
        assert con.execute("PRAGMA application_id").fetchone()[0] == database.APPLICATION_ID
    finally:
        con.close()


def test_an_empty_file_is_not_books_until_init(tmp_path, capsys):
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    code, _out, err = run(capsys, "--db", str(empty), "balance")
    assert code == 2 and "arapp init" in err
    assert empty.stat().st_size == 0
    code, _out, err = run(capsys, "init", str(empty))
    assert code == 0, err
    assert count(empty, "schema_version") == migrations.latest_version()


def test_demo_on_a_new_path_makes_the_books_it_was_asked_for(tmp_path, capsys):
    path = tmp_path / "demo.sqlite3"
    code, _out, err = run(capsys, "--db", str(path), "demo", "--customers", "3", "--years", "1", "--format", "json")
    assert code == 0, err
    assert count(path, "customer") == 3
    code, _out, err = run(capsys, "--db", str(tmp_path / "nosuchdir" / "d.sqlite3"), "demo", "--customers", "3")
    assert code == 2 and "nosuchdir" in err
    assert not (tmp_path / "nosuchdir").exists()


def test_the_default_books_in_the_data_folder_are_made_on_first_run(tmp_path, capsys):
    code, _out, err = run(capsys, "balance")
    assert code == 0, err
    assert count(tmp_path / "data" / "arapp.sqlite3", "schema_version") == migrations.latest_version()


def test_a_folder_given_as_the_books_is_refused(tmp_path, capsys):
    code, _out, err = run(capsys, "--db", str(tmp_path), "balance")
    assert code == 2 and "folder" in err


# ----------------------------------------------------------------------------- item 6: damaged files

def test_a_file_of_random_bytes_is_named_as_not_a_database(tmp_path, capsys):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(os.urandom(8192))
    before = junk.read_bytes()
    code, _out, err = run(capsys, "--db", str(junk), "balance")
    assert code == 2 and "junk.sqlite3" in err and "not a database" in err
    code, _out, err = run(capsys, "--db", str(junk), "balance", lang="zh_CN")
    assert code == 2 and "不是数据库" in err
    assert junk.read_bytes() == before


def test_a_truncated_copy_of_real_books_is_named_as_damaged(tmp_path, capsys, book):
    data = book.read_bytes()
    cut = tmp_path / "cut.sqlite3"
    cut.write_bytes(data[: len(data) // 2])
    code, _out, err = run(capsys, "--db", str(cut), "balance")
    assert code == 2 and "cut.sqlite3" in err and "damaged" in err
    tiny = tmp_path / "tiny.sqlite3"
    tiny.write_bytes(data[:50])
    code, _out, err = run(capsys, "--db", str(tiny), "balance")
    assert code == 2 and "damaged" in err


def _read_only_checks(capsys, book: Path) -> None:
    code, out, err = run(capsys, "--db", str(book), "balance")
    assert code == 0, err
    assert "甲公司" in out
    code, _out, err = run(capsys, "--db", str(book), "customer", "add", "--name", "乙", "--code", "B")
    assert code == 2 and "read-only" in err and err.count("\n") == 1
    code, _out, err = run(capsys, "--db", str(book), "customer", "add", "--name", "乙", lang="zh_CN")
    assert code == 2 and "只读" in err


def test_read_only_books_can_be_read_and_say_so_when_written(capsys, book):
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("root may write a read-only file")
    os.chmod(book, 0o444)
    try:
        _read_only_checks(capsys, book)
    finally:
        os.chmod(book, 0o644)
    assert count(book, "customer") == 1


def test_read_only_books_simulated(capsys, book, monkeypatch):
    """The same as a chmod 444 file for a user who may not write it (root always may)."""
    monkeypatch.setattr(database, "_writable", lambda path: False)
    _read_only_checks(capsys, book)
    assert count(book, "customer") == 1


def test_read_only_books_that_need_an_upgrade_say_so(tmp_path, capsys, monkeypatch):
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE, old)
    monkeypatch.setattr(database, "_writable", lambda path: False)
    code, _out, err = run(capsys, "--db", str(old), "balance")
    assert code == 2 and "read-only" in err and "upgrade" in err
    assert count(old, "schema_version") == 1


def test_a_full_disk_is_named_and_nothing_is_written(capsys, book, monkeypatch):
    pages = sqlite3.connect(book).execute("PRAGMA page_count").fetchone()[0]
    monkeypatch.setattr(database, "SQLITE_PRAGMAS", (*database.SQLITE_PRAGMAS, ("max_page_count", pages)))
    # Twenty lines of 400 characters (24 KB with the audit record) need pages the file may not grow.
    lines = [arg for n in range(20) for arg in ("--line", f"{'大' * 400}{n}:1:10.00")]
    code, _out, err = run(capsys, "--db", str(book), "invoice", "add", "--customer", "A", "--date", "2026-01-11",
                          *lines, "--override", "test")
    assert code == 2, err
    assert "disk" in err and "full" in err and "rollback" not in err
    code, _out, err = run(capsys, "--db", str(book), "invoice", "add", "--customer", "A", "--date", "2026-01-11",
                          *lines, "--override", "test", lang="zh_CN")
    assert code == 2 and "磁盘" in err
    monkeypatch.undo()
    assert count(book, "invoice") == 1


def test_books_locked_by_another_program_past_the_busy_timeout(capsys, book, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_SECONDS", 0.2)
    other = sqlite3.connect(book, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        code, _out, err = run(capsys, "--db", str(book), "customer", "add", "--name", "乙", "--code", "B")
        assert code == 2 and "another program" in err and "books.sqlite3" in err
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert count(book, "customer") == 1


def test_a_rewound_number_sequence_is_named_not_a_crash(capsys, book):
    con = sqlite3.connect(book)
    con.execute("UPDATE number_sequence SET next_value = 1 WHERE name = 'invoice'")
    con.commit()
    con.close()
    code, _out, err = run(capsys, "--db", str(book), "invoice", "add", "--customer", "A", "--date", "2026-02-10",
                          "--amount", "10.00", "--override", "test")
    assert code == 2 and "INV-2026-000001" in err and "already" in err, err
    assert count(book, "invoice") == 1


@pytest.mark.parametrize("value", ["9223372036854775807", "'abc'", "-5", "0", "1000000"])
def test_a_counter_that_is_not_a_number_in_range_is_named_not_a_crash(capsys, book, value):
    con = sqlite3.connect(book)
    con.execute(f"UPDATE number_sequence SET next_value = {value} WHERE name = 'invoice'")
    con.commit()
    con.close()
    code, _out, err = run(capsys, "--db", str(book), "invoice", "add", "--customer", "A", "--date", "2026-02-10",
                          "--amount", "10.00", "--override", "test")
    assert code == 2 and "number_sequence" in err and "Traceback" not in err, err
    assert count(book, "invoice") == 1


def test_books_that_lost_their_schema_version_are_named_not_upgraded_from_nothing(capsys, book):
    con = sqlite3.connect(book)
    con.execute("DROP TABLE schema_version")
    con.commit()
    con.close()
    code, _out, err = run(capsys, "--db", str(book), "balance")
    assert code == 2 and "schema_version" in err and "already exists" not in err, err
    assert count(book, "invoice") == 1


def test_output_cut_short_by_the_reader_ends_quietly(book):
    """``arapp ... | head -1``: the reader goes away; no traceback, no complaint."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "arapp.cli", "--db", str(book), "invoice", "list"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdout.close()                   # gone before the first line is written
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert err == ""
    assert proc.returncode == 0

    done = subprocess.run(f"{sys.executable!s} -m arapp.cli --db {book!s} invoice list | head -1",
                          shell=True, capture_output=True, text=True, env=env, timeout=60)
    assert done.stderr == "" and len(done.stdout.splitlines()) == 1


# ----------------------------------------------------------------------------- PostgreSQL

def reset_postgres(url: str) -> None:
    """Empty the test database's public schema."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        con.execute("DROP SCHEMA public CASCADE")
        con.execute("CREATE SCHEMA public")


@pytest.mark.postgres
def test_a_serialization_conflict_is_retried_then_named(capsys, monkeypatch):
    if not PG_URL:
        pytest.skip("ARAPP_TEST_PG_URL is not set")
    import psycopg

    from arapp.services import customers

    reset_postgres(PG_URL)
    assert cli.main(["--db", PG_URL, "customer", "add", "--name", "甲"]) == 0   # the counter row exists
    capsys.readouterr()
    admin = psycopg.connect(PG_URL, autocommit=True)
    dbname = admin.execute("SELECT current_database()").fetchone()[0]
    admin.execute(f'ALTER DATABASE "{dbname}" SET default_transaction_isolation = \'repeatable read\'')
    real = customers.next_number
    conflicts = {"left": 0, "made": 0}

    def next_number_after_a_concurrent_change(kind, year):
        database.db.execute_sql("SELECT 1")          # this transaction's snapshot is taken
        if conflicts["left"]:
            conflicts["left"] -= 1
            conflicts["made"] += 1
            admin.execute("UPDATE number_sequence SET next_value = next_value + 1 "
                          "WHERE name = 'customer'")      # another user, committed meanwhile
        return real(kind, year)

    monkeypatch.setattr(customers, "next_number", next_number_after_a_concurrent_change)
    try:
        conflicts["left"] = 1
        code, _out, err = run(capsys, "--db", PG_URL, "customer", "add", "--name", "乙")
        assert code == 0, err
        assert conflicts["made"] == 1                # it conflicted once, then went through

        conflicts.update(left=100, made=0)
        code, _out, err = run(capsys, "--db", PG_URL, "customer", "add", "--name", "丙")
        assert code == 2 and "another user" in err, err
        assert 1 < conflicts["made"] < 100
    finally:
        admin.execute(f'ALTER DATABASE "{dbname}" RESET default_transaction_isolation')
        admin.close()
    d = database.open_database(PG_URL)
    try:
        names = [r[0] for r in d.execute_sql("SELECT name FROM customer ORDER BY id")]
    finally:
        database.close_database()
    assert names == ["甲", "乙"]


@pytest.mark.postgres
def test_a_postgresql_database_of_another_program_is_refused(capsys):
    if not PG_URL:
        pytest.skip("ARAPP_TEST_PG_URL is not set")
    import psycopg
    reset_postgres(PG_URL)
    with psycopg.connect(PG_URL, autocommit=True) as con:
        con.execute("CREATE TABLE recipes (id SERIAL PRIMARY KEY, name TEXT)")
    code, _out, err = run(capsys, "--db", PG_URL, "balance")
    assert code == 2 and "not arapp books" in err and "recipes" in err
    with psycopg.connect(PG_URL, autocommit=True) as con:
        tables = [r[0] for r in con.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
    assert tables == ["recipes"]
    reset_postgres(PG_URL)
