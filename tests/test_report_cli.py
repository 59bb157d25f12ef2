"""``arapp report`` on the command line, issue #9: the credit record for a period, one
customer or as a summary only; options a report does not take are refused (exit 2)
and write no file."""

from __future__ import annotations

import openpyxl
import pytest

from arapp import cli


@pytest.fixture
def book(tmp_path, capsys, old_books) -> str:
    path = str(tmp_path / "r.sqlite3")
    assert cli.main(["init", path]) == 0
    old_books(path)
    for args in (["customer", "add", "--name", "杭州恒达贸易有限公司", "--code", "HD01", "--terms", "30"],
                 ["customer", "add", "--name", "苏州华信电子有限公司", "--code", "HX02", "--terms", "30"],
                 ["invoice", "add", "--customer", "HD01", "--date", "2026-01-05", "--amount", "5,000.00"],
                 ["invoice", "add", "--customer", "HD01", "--date", "2026-03-05", "--amount", "700.00"],
                 ["invoice", "add", "--customer", "HX02", "--date", "2026-01-20", "--amount", "800.00"],
                 ["receipt", "add", "--customer", "HX02", "--date", "2026-02-10", "--amount", "800.00"]):
        assert cli.main(["--db", path, "--lang", "en", *args]) == 0, args
    capsys.readouterr()
    return path


def run(capsys, dbfile, *args):
    code = cli.main(["--db", dbfile, "--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def sheet_rows(path, sheet):
    ws = openpyxl.load_workbook(path)[sheet]
    return [list(row) for row in ws.iter_rows(values_only=True)]


def test_credit_record_for_one_customer_summary_only(capsys, book, tmp_path):
    out_file = tmp_path / "one.xlsx"
    code, out, err = run(capsys, book, "report", "credit-record", "--customer", "HD01", "--summary-only",
                         "--from", "2026-01-01", "--to", "2026-03-31", "--as-of", "2026-04-30",
                         "--format", "xlsx", "-o", str(out_file))
    assert code == 0, err
    wb = openpyxl.load_workbook(out_file)
    assert wb.sheetnames == ["Credit summary"]
    rows = sheet_rows(out_file, "Credit summary")
    assert "Customer: HD01 杭州恒达贸易有限公司" in [r[0] for r in rows]
    body = [r for r in rows if r[0] == "HD01"]
    assert len(body) == 1 and body[0][5:8] == [2, 5700, 5700]       # two invoices, nothing paid
    assert not any(r[0] == "HX02" for r in rows)


def test_credit_record_for_a_period_lists_only_its_invoices(capsys, book, tmp_path):
    out_file = tmp_path / "feb.xlsx"
    code, _, err = run(capsys, book, "report", "credit-record", "--from", "2026-01-10", "--to", "2026-02-28",
                       "--format", "xlsx", "-o", str(out_file))
    assert code == 0, err
    detail = [r for r in sheet_rows(out_file, "Credit record") if r[0] in ("HD01", "HX02")]
    assert [(r[0], r[6]) for r in detail] == [("HX02", 800.0)]
    assert any("paid or not as of 2026-02-28" in str(r[0]) for r in sheet_rows(out_file, "Credit record"))


@pytest.mark.parametrize("args, words", [
    (["credit-record", "--from", "2026-03-01", "--to", "2026-02-01"], ("2026-03-01", "2026-02-01")),
    (["credit-record", "--customer", "NOPE"], ("NOPE",)),
    (["credit-record", "--month", "2026-02", "--from", "2026-02-01"], ("--month",)),
    (["weekly-overdue", "--summary-only"], ("weekly-overdue", "credit-record")),
])
def test_refused_report_options_exit_2_and_write_nothing(capsys, book, tmp_path, args, words):
    out_file = tmp_path / "x.pdf"
    code, out, err = run(capsys, book, "report", *args, "-o", str(out_file))
    assert code == 2 and "Traceback" not in err
    for w in words:
        assert w in err, (w, err)
    assert not out_file.exists()
