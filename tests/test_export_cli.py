"""``arapp export LIST -o FILE`` (issue #11): every list to xlsx or CSV from the terminal,
the format from the extension, the list commands' filters; a bad argument is refused
with exit code 2 and a message, and nothing is written."""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
import pytest

from arapp import cli, clock
from arapp.cli import export as export_cli
from arapp.reports import list_tables


@pytest.fixture
def book(tmp_path, capsys) -> str:
    clock.set(dt.datetime(2026, 3, 10, 9, 0))
    path = str(tmp_path / "cli.sqlite3")
    assert cli.main(["init", path]) == 0
    for args in (["customer", "add", "--name", "杭州恒达贸易有限公司", "--code", "HD01", "--terms", "30"],
                 ["customer", "add", "--name", "苏州华信电子有限公司", "--code", "HX02", "--terms", "30"],
                 ["invoice", "add", "--customer", "HD01", "--date", "2026-01-05", "--amount", "5,000.00",
                  "--override", "test"],
                 ["invoice", "add", "--customer", "HD01", "--date", "2026-02-05", "--amount", "1,200.50",
                  "--override", "test"],
                 ["invoice", "add", "--customer", "HX02", "--date", "2026-01-20", "--amount", "800.00",
                  "--override", "test"],
                 ["receipt", "add", "--customer", "HX02", "--date", "2026-02-01", "--amount", "800.00"],
                 ["contact", "add", "--customer", "HD01", "--method", "call", "--summary", "催款",
                  "--reason", "no_funds"],
                 ["tasks", "generate", "--date", "2026-03-10"]):
        assert cli.main(["--db", path, "--lang", "en", *args]) == 0, args
    capsys.readouterr()
    return path


def run(capsys, dbfile, *args, lang="en"):
    code = cli.main(["--db", dbfile, "--lang", lang, *args])
    out, err = capsys.readouterr()
    return code, out, err


def rows_of(path):
    ws = openpyxl.load_workbook(path).active
    values = [[c.value for c in r] for r in ws.iter_rows()]
    header = next(i for i, r in enumerate(values) if r[0] in ("Invoice no.", "Customer code", "Receipt no.",
                                                              "Contacted at", "Credit note no.", "Document no."))
    end = next(i for i in range(header + 1, len(values)) if values[i][0] in ("Total", "合计"))
    return values[header], values[header + 1:end]


def test_the_lists_the_command_names_are_the_lists_that_export():
    assert export_cli.LISTS == list_tables.LISTS == tuple(export_cli._BUILDERS)


def test_export_invoices_to_xlsx_with_the_list_filters(capsys, book, tmp_path):
    target = tmp_path / "应收单.xlsx"
    code, out, _ = run(capsys, book, "export", "invoices", "-o", str(target), "--customer", "HD01", "--open")
    assert code == 0 and "Wrote 2 rows to" in out and str(target) in out
    header, body = rows_of(target)
    assert header[:2] == ["Invoice no.", "Customer code"]
    assert [(r[1], r[5]) for r in body] == [("HD01", pytest.approx(1200.50)), ("HD01", pytest.approx(5000.0))]
    ws = openpyxl.load_workbook(target).active
    assert any("Filtered: customer HD01 杭州恒达贸易有限公司, unpaid only" == c.value for r in ws.iter_rows() for c in r)


def test_export_with_a_sort_key_and_direction(capsys, book, tmp_path):
    target = tmp_path / "inv.csv"
    code, _out, _ = run(capsys, book, "export", "invoices", "-o", str(target), "--sort", "total", "--ascending")
    assert code == 0
    lines = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [line[5] for line in lines[1:4]] == ["800.00", "1200.50", "5000.00"]


@pytest.mark.parametrize("name", ["customers", "invoices", "receipts", "credit-notes", "tasks", "contacts",
                                  "documents", "bank-lines"])
def test_every_list_exports_to_xlsx_and_csv(capsys, book, tmp_path, name):
    for suffix in ("xlsx", "csv"):
        target = tmp_path / f"{name}.{suffix}"
        code, out, err = run(capsys, book, "export", name, "-o", str(target))
        assert code == 0 and err == "" and target.stat().st_size > 0, err
    assert target.read_text(encoding="utf-8-sig").count("\n") >= 2          # header and totals at least


def test_the_task_queue_exports_its_bucket_of_the_working_day(capsys, book, tmp_path):
    target = tmp_path / "tasks.csv"
    code, out, _ = run(capsys, book, "export", "tasks", "-o", str(target), "--date", "2026-03-10",
                       "--customer", "HD01")
    assert code == 0 and "Wrote 1 row to" in out
    lines = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert lines[1][0] == "HD01" and lines[-1][0] == "Total"


def test_the_format_option_wins_over_a_name_without_extension(capsys, book, tmp_path):
    target = tmp_path / "receipts.txt"
    code, _out, _ = run(capsys, book, "export", "receipts", "-o", str(target), "--format", "csv")
    assert code == 0 and target.read_text(encoding="utf-8-sig").startswith("Receipt no.,")


def test_chinese_messages(capsys, book, tmp_path):
    target = tmp_path / "c.xlsx"
    code, out, _ = run(capsys, book, "export", "customers", "-o", str(target), lang="zh_CN")
    assert code == 0 and "已将 2 行写入" in out
    ws = openpyxl.load_workbook(target).active
    assert ws["A1"].value.startswith("客户列表")


@pytest.mark.parametrize(("args", "said"), [
    (["export", "invoices", "-o", "{dir}/x.pdf"], "Cannot tell the format of"),
    (["export", "customers", "-o", "{dir}/x.xlsx", "--open"], "--open does not apply to the customers list"),
    (["export", "invoices", "-o", "{dir}/x.xlsx", "--status", "lost"], "--status: lost is not one of"),
    (["export", "invoices", "-o", "{dir}/x.xlsx", "--sort", "colour"], "--sort: colour is not one of"),
    (["export", "receipts", "-o", "{dir}/x.xlsx", "--method", "gold"], "--method: gold is not one of"),
    (["export", "tasks", "-o", "{dir}/x.xlsx", "--status", "open,lost"], "--status: lost is not one of"),
    (["export", "invoices", "-o", "{dir}/x.xlsx", "--customer", "NOPE"], "No customer NOPE"),
    (["export", "invoices", "-o", "{dir}/gone/x.xlsx"], "does not exist"),
    (["export", "invoices", "-o", "{dir}/x.xlsx", "--date-from", "2026-02-30"], "--date-from"),
    (["export", "ledgers", "-o", "{dir}/x.xlsx"], "ledgers"),
    (["export", "invoices"], "-o/--output"),
])
def test_bad_arguments_exit_2_with_a_message_and_write_nothing(capsys, book, tmp_path, args, said):
    args = [a.replace("{dir}", str(tmp_path)) for a in args]
    code, out, err = run(capsys, book, *args)
    assert code == 2 and said in err and "Traceback" not in err, err
    assert not [p for p in tmp_path.rglob("x.*")]
