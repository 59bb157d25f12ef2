"""``arapp statement`` and ``arapp statements`` on the command line: a PDF per customer
(or one combined), archived; bad input refused in the user's language with exit 2."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from arapp import cli
from arapp.db import database


@pytest.fixture
def book(tmp_path, capsys, old_books) -> str:
    path = str(tmp_path / "s.sqlite3")
    assert cli.main(["init", path]) == 0
    old_books(path)
    for args in (["customer", "add", "--name", "杭州恒达贸易有限公司", "--code", "HD01", "--terms", "30"],
                 ["customer", "add", "--name", "苏州华信电子有限公司", "--code", "HX02", "--terms", "30"],
                 ["customer", "add", "--name", "无往来客户", "--code", "NO03", "--terms", "30"],
                 ["invoice", "add", "--customer", "HD01", "--date", "2026-01-05", "--amount", "5,000.00"],
                 ["invoice", "add", "--customer", "HD01", "--date", "2026-03-05", "--amount", "700.00"],
                 ["invoice", "add", "--customer", "HX02", "--date", "2026-01-20", "--amount", "800.00"],
                 ["receipt", "add", "--customer", "HX02", "--date", "2026-02-10", "--amount", "800.00"]):
        assert cli.main(["--db", path, "--lang", "en", *args]) == 0, args
    capsys.readouterr()
    return path


def run(capsys, dbfile, *args, lang="en"):
    code = cli.main(["--db", dbfile, "--lang", lang, *args])
    out, err = capsys.readouterr()
    return code, out, err


def archived(path: str) -> list[tuple]:
    database.open_database(path)
    try:
        return list(database.db.execute_sql(
            "SELECT c.code, d.amount, d.period_from, d.period_to FROM document d "
            "JOIN customer c ON c.id = d.customer_id WHERE d.kind = 'statement' ORDER BY c.code").fetchall())
    finally:
        database.close_database()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_a_customers_statement_is_written_and_archived(capsys, book, tmp_path):
    out_file = tmp_path / "hd01.pdf"
    code, out, err = run(capsys, book, "statement", "--customer", "HD01", "--from", "2026-03-01",
                         "--to", "2026-03-31", "-o", str(out_file), lang="zh_CN")
    assert code == 0, err
    assert str(out_file) in out
    text = subprocess.run(["pdftotext", "-layout", str(out_file), "-"], capture_output=True, text=True,
                          check=True).stdout
    for word in ("杭州恒达贸易有限公司", "对账单", "5,000.00", "5,700.00", "伍仟柒佰元整", "回执", "核对相符"):
        assert word in text, word
    assert [(c, a) for c, a, *_ in archived(book)] == [("HD01", 570_000)]


def test_statements_of_a_period_one_file_per_customer(capsys, book, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    code, out, err = run(capsys, book, "statements", "--from", "2026-02-01", "--to", "2026-02-28",
                         "-o", str(folder))
    assert code == 0, err
    assert "2 statements" in out
    assert len(list(folder.glob("*.pdf"))) == 2
    assert [c for c, *_ in archived(book)] == ["HD01", "HX02"]


def test_statements_combined_and_open_only(capsys, book, tmp_path):
    target = tmp_path / "all.pdf"
    code, out, err = run(capsys, book, "statements", "--from", "2026-02-01", "--to", "2026-02-28",
                         "-o", str(target), "--combined", "--open-only")
    assert code == 0, err
    assert target.exists() and [c for c, *_ in archived(book)] == ["HD01", "HX02"]


@pytest.mark.parametrize("args, words", [
    (["statement", "--customer", "NOPE", "--from", "2026-02-01", "--to", "2026-02-28"], "客户"),
    (["statement", "--customer", "HD01", "--from", "2026-03-01", "--to", "2026-02-01"], "晚于"),
    (["statements", "--from", "2026-03-01", "--to", "2026-02-01"], "晚于"),
    (["statement", "--customer", "HD01", "--from", "2026-02-30", "--to", "2026-03-01"], "2026-02-30"),
])
def test_bad_input_is_refused_in_the_users_language_and_writes_nothing(capsys, book, tmp_path, args, words):
    target = tmp_path / "x.pdf"
    code, out, err = run(capsys, book, *args, "-o", str(target), lang="zh_CN")
    assert code == 2
    assert words in err and "Traceback" not in err
    assert not target.exists()
    assert archived(book) == []


def test_a_path_that_cannot_be_written_is_refused(capsys, book, tmp_path):
    code, out, err = run(capsys, book, "statement", "--customer", "HD01", "--from", "2026-02-01",
                         "--to", "2026-02-28", "-o", str(tmp_path / "missing" / "x.pdf"))
    assert code == 2 and "missing" in err
    code, out, err = run(capsys, book, "statements", "--from", "2026-02-01", "--to", "2026-02-28",
                         "-o", str(tmp_path / "missing"))
    assert code == 2 and "missing" in err
    assert archived(book) == []
