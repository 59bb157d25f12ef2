"""Demo books are a file of their own (issue #9): ``arapp demo`` makes them in the user
data folder and marks them, ``--demo`` opens them, and a user's own books never get demo
data, not even from ``--if-empty``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from arapp import cli
from arapp.paths import default_database_path, demo_database_path

SMALL = ("--customers", "4", "--years", "1", "--end-date", "2026-06-30")


def run(capsys, *args):
    code = cli.main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def customers(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT COUNT(*) FROM customer").fetchone()[0]
    finally:
        con.close()


def marked_demo(path: Path) -> bool:
    con = sqlite3.connect(path)
    try:
        row = con.execute("SELECT value FROM company_setting WHERE key = 'books.demo'").fetchone()
    finally:
        con.close()
    return row is not None and row[0] == "1"


@pytest.fixture
def own_books(tmp_path, capsys) -> Path:
    path = tmp_path / "own.sqlite3"
    assert run(capsys, "init", str(path))[0] == 0
    assert run(capsys, "--db", str(path), "customer", "add", "--name", "真实客户")[0] == 0
    return path


def test_arapp_demo_makes_the_demo_file_in_the_data_folder_and_never_the_default_books(capsys):
    code, out, err = run(capsys, "demo", *SMALL, "--format", "json")
    assert code == 0, err
    demo = demo_database_path()
    assert json.loads(out)["books"] == str(demo)
    assert customers(demo) == 4 and marked_demo(demo)
    assert not default_database_path(create_folder=False).exists()


def test_arapp_demo_ignores_arapp_db_naming_the_users_books(capsys, own_books, monkeypatch):
    monkeypatch.setenv("ARAPP_DB", str(own_books))
    before = own_books.read_bytes()
    assert run(capsys, "demo", *SMALL)[0] == 0
    assert own_books.read_bytes() == before
    assert customers(demo_database_path()) == 4


def test_made_demo_books_are_skipped_with_if_empty_and_refused_without(capsys):
    assert run(capsys, "demo", *SMALL)[0] == 0
    demo = demo_database_path()
    before = demo.read_bytes()
    assert run(capsys, "demo", "--if-empty") == (0, "", "")
    code, out, err = run(capsys, "demo", *SMALL)
    assert code == 2 and out == ""
    assert "made already (4 customers)" in err and "--demo" in err
    assert demo.read_bytes() == before


@pytest.mark.parametrize("if_empty", [False, True])
def test_own_books_with_customers_are_refused_even_with_if_empty(capsys, own_books, if_empty):
    before = own_books.read_bytes()
    code, out, err = run(capsys, "--db", str(own_books), "demo", *SMALL, *(["--if-empty"] if if_empty else []))
    assert code == 2 and out == ""
    assert "your own books" in err and str(demo_database_path(create_folder=False)) in err
    assert err.count("\n") == 1
    assert own_books.read_bytes() == before


def test_empty_books_named_on_purpose_become_demo_books(capsys, tmp_path):
    path = tmp_path / "try.sqlite3"
    assert run(capsys, "init", str(path))[0] == 0
    code, out, err = run(capsys, "--db", str(path), "demo", *SMALL)
    assert code == 0, err
    assert str(path) in out
    assert customers(path) == 4 and marked_demo(path)


def test_the_demo_option_points_a_command_at_the_demo_books(capsys):
    code, _out, err = run(capsys, "--demo", "balance")
    assert code == 2 and "run 'arapp demo' first" in err
    assert not demo_database_path(create_folder=False).exists()
    assert run(capsys, "demo", *SMALL)[0] == 0
    code, out, err = run(capsys, "--demo", "balance", "--format", "json")
    assert code == 0, err
    assert {c["code"] for c in json.loads(out)["customers"]} <= {"C000001", "C000002", "C000003", "C000004"}
    code, _out, err = run(capsys, "--demo", "--db", "x.sqlite3", "balance")
    assert code == 2 and "--demo" in err


def test_chinese_refusal_names_the_demo_file(capsys, own_books):
    code = cli.main(["--lang", "zh_CN", "--db", str(own_books), "demo"])
    _out, err = capsys.readouterr()
    assert code == 2 and "自己的账套" in err and "演示账套" in err


def test_made_demo_books_in_another_file_are_opened_with_db_naming_that_file(capsys, tmp_path):
    """Demo books that are not the data folder's demo file: the refusal says how to open
    them (``arapp --db <that file>``), not ``arapp --demo``, which opens another file."""
    path = tmp_path / "other demo.sqlite3"
    assert run(capsys, "init", str(path))[0] == 0
    assert run(capsys, "--db", str(path), "demo", *SMALL)[0] == 0
    code, out, err = run(capsys, "--db", str(path), "demo", *SMALL)
    assert code == 2 and out == ""
    assert f"'arapp --db \"{path}\"'" in err and "arapp --demo" not in err, err
    code, _out, err = run(capsys, "demo", *SMALL)
    assert code == 0
    code, _out, err = run(capsys, "demo", *SMALL)
    assert code == 2 and "'arapp --demo'" in err and "--db" not in err, err
