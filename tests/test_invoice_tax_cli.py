"""``arapp invoice add --line DESCRIPTION:QTY:PRICE[:RATE]``: a VAT rate per line on the
command line; a bad rate exits 2 naming it and writes nothing."""

from __future__ import annotations

import json
import sqlite3

import pytest

from arapp import cli
from arapp.cli import parser


@pytest.fixture
def dbfile(tmp_path, capsys) -> str:
    path = str(tmp_path / "cli.sqlite3")
    assert cli.main(["init", path]) == 0
    assert cli.main(["--db", path, "customer", "add", "--name", "杭州恒达贸易有限公司", "--code", "HD01"]) == 0
    capsys.readouterr()
    return path


def run(capsys, dbfile, *args, lang="en"):
    code = cli.main(["--db", dbfile, "--lang", lang, *args])
    out, err = capsys.readouterr()
    return code, out, err


def lines(dbfile: str) -> list[tuple]:
    con = sqlite3.connect(dbfile)
    try:
        return con.execute("SELECT description, amount, tax_rate, tax_amount FROM invoice_line ORDER BY id").fetchall()
    finally:
        con.close()


def test_a_line_with_13_percent_owes_the_tax_inclusive_total(capsys, dbfile):
    code, out, err = run(capsys, dbfile, "invoice", "add", "--customer", "HD01", "--date", "2026-10-01",
                         "--line", "办公用品:3:33.33:13%", "--line", "服务:费:1:10.00", "--format", "json")
    assert code == 0, err
    shown = json.loads(out)
    assert (shown["total"], shown["tax"], shown["open_amount"]) == ("122.99", "13.00", "122.99")
    assert lines(dbfile) == [("办公用品", 9999, 1300, 1300), ("服务:费", 1000, 0, 0)]


def test_the_text_output_names_the_tax_within_the_total(capsys, dbfile):
    code, out, _ = run(capsys, dbfile, "invoice", "add", "--customer", "HD01", "--date", "2026-10-01",
                       "--line", "运输:1:100.00:9%")
    assert code == 0
    assert "total ¥109.00" in out and "includes VAT ¥9.00" in out


@pytest.mark.parametrize(("line", "message"), [
    ("货款:1:100.00:17%", "'17%' is not one the books take (13%, 9%, 6%, 3%, 1%, or none)"),
    ("货款:1:100.00:abc%", "'abc%'"),
    ("货款:1:100.00:13", "write the tax rate with a percent sign"),
])
def test_a_bad_rate_exits_2_with_a_clear_message_and_writes_nothing(capsys, dbfile, line, message):
    code, out, err = run(capsys, dbfile, "invoice", "add", "--customer", "HD01", "--date", "2026-10-01",
                         "--line", line)
    assert code == 2
    assert message in err
    assert "Traceback" not in err and out == ""
    assert lines(dbfile) == []


def test_the_help_says_a_line_may_carry_a_rate(capsys):
    with pytest.raises(SystemExit):
        parser.build_parser().parse_args(["invoice", "add", "--help"])
    out = capsys.readouterr().out
    assert "DESCRIPTION:QTY:PRICE[:RATE]" in out and "13%" in out
