"""The bank lines export whole (issue #11): every line the filters match (more than the
list's page), money in and out in columns of their own with the money format, the match in
force beside each line; ``arapp export bank-lines`` with the bank list's filters."""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
import pytest
from bank_book import D, line, make_book, read_in

from arapp import cli
from arapp.db import database
from arapp.exports import export_list
from arapp.exports.xlsx import MONEY_FORMAT
from arapp.reports import list_tables as lt

N = 250                         # more than the bank list's page of 200


def statement(n: int = N):
    return [line(i + 1, D(2026, 11, 1) + dt.timedelta(days=i % 19), 1000 + i, "out" if i % 3 == 0 else "in",
                 name=f"付款人{i % 7}", serial=f"S{i:05d}", description="货款" if i % 2 else "=1+1")
            for i in range(n)]


def test_every_bank_line_is_exported_with_money_in_and_out_apart(ledger_db, tmp_path):
    book = make_book()
    read_in(book["account"], statement())
    table = lt.bank_lines_table(book["account"])
    assert len(table.rows) == N
    ins = [r[3] for r in table.rows if r[3] is not None]
    outs = [r[4] for r in table.rows if r[4] is not None]
    assert len(ins) + len(outs) == N and table.totals[3] == sum(ins) and table.totals[4] == sum(outs)
    dates = [r[0] for r in table.rows]
    assert dates == sorted(dates)                                         # the list's order: by date
    assert table.rows[0][12] == "Unmatched" and "account 基本户" in table.subtitle[0]
    only_out = lt.bank_lines_table(direction="out", order="amount", descending=True)
    assert [r[4] for r in only_out.rows] == sorted(outs, reverse=True) and all(r[3] is None for r in only_out.rows)
    path = export_list(table, tmp_path / "lines.xlsx")
    ws = openpyxl.load_workbook(path).active
    header = next(i for i in range(1, 10) if ws.cell(i, 1).value == "Value date")
    money = ws.cell(header + 1, 4) if ws.cell(header + 1, 4).value is not None else ws.cell(header + 1, 5)
    assert money.data_type == "n" and money.number_format == MONEY_FORMAT
    assert isinstance(ws.cell(header + 1, 1).value, dt.datetime)
    text = [ws.cell(header + 1 + i, 10) for i in range(4)]
    assert any(c.value == "=1+1" and c.data_type == "s" and c.quotePrefix for c in text)


@pytest.fixture
def books_file(tmp_path, capsys) -> str:
    path = tmp_path / "bank.sqlite3"
    database.create_books(path)
    try:
        book = make_book()
        read_in(book["account"], statement(30))
    finally:
        database.close_database()
    return str(path)


def test_arapp_export_bank_lines_with_the_bank_lists_filters(capsys, books_file, tmp_path):
    target = tmp_path / "流水.csv"
    code = cli.main(["--db", books_file, "--lang", "en", "export", "bank-lines", "-o", str(target),
                     "--account", "基本户", "--direction", "in", "--status", "unmatched", "--search", "付款人3"])
    out, err = capsys.readouterr()
    assert code == 0 and err == "" and "Wrote" in out
    lines = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert lines[0][:5] == ["Value date", "Time", "Bank account", "Money in", "Money out"]
    body = lines[1:-1]
    assert body and all(r[6] == "付款人3" and r[3] and not r[4] for r in body)
    code = cli.main(["--db", books_file, "--lang", "en", "export", "bank-lines", "-o", str(tmp_path / "x.csv"),
                     "--status", "lost"])
    assert code == 2 and "--status: lost is not one of" in capsys.readouterr().err
    code = cli.main(["--db", books_file, "--lang", "en", "export", "invoices", "-o", str(tmp_path / "x.csv"),
                     "--account", "基本户"])
    assert code == 2 and "--account does not apply to the invoices list" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()
