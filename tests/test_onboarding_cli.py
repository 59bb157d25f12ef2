"""`arapp import-customers`, `arapp import-ledger` and `arapp template-file` (issue #11):
the preview and every refused row printed with its row and column, exit 2 when any row
is refused unless --skip-rejected, nothing written on a dry run or a refusal."""

from __future__ import annotations

import datetime as _dt
import json

import openpyxl
import pytest

from arapp import cli, clock
from arapp.db import database
from arapp.db.models import Customer, Invoice


@pytest.fixture
def books_file(tmp_path):
    path = str(tmp_path / "books.sqlite3")
    assert cli.main(["init", path]) == 0
    clock.set(_dt.datetime(2026, 11, 20, 9, 0))
    return path


def xlsx(path, rows):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return str(path)


def count(path: str, model) -> int:
    database.open_database(path)
    try:
        return model.select().count()
    finally:
        database.close_database()


def customers_file(tmp_path, *extra):
    return xlsx(tmp_path / "客户.xlsx", [["客户编号", "客户名称", "别名", "账期(天)"],
                                         ["A001", "上海锦程贸易有限公司", "锦程", 45],
                                         ["A002", "杭州华美酒店", "", ""], *extra])


def test_template_file_writes_the_template(tmp_path, books_file, capsys):
    out = tmp_path / "台账模板.xlsx"
    assert cli.main(["--db", books_file, "--lang", "zh_CN", "template-file", "ledger", "-o", str(out)]) == 0
    assert "台账模板.xlsx" in capsys.readouterr().out
    assert openpyxl.load_workbook(out).sheetnames == ["应收台账", "备注"]


def test_template_file_to_a_folder_that_does_not_exist_exits_2(tmp_path, books_file, capsys):
    assert cli.main(["--db", books_file, "template-file", "customers", "-o", str(tmp_path / "无" / "x.xlsx")]) == 2
    assert "x.xlsx" in capsys.readouterr().err


def test_import_customers_prints_the_preview_and_imports(tmp_path, books_file, capsys):
    path = customers_file(tmp_path)
    assert cli.main(["--db", books_file, "--lang", "zh_CN", "import-customers", path]) == 0
    out = capsys.readouterr().out
    assert "表头在第 1 行" in out and "客户编号 → 客户编号" in out and "已导入 2 个客户" in out
    assert count(books_file, Customer) == 2


def test_a_dry_run_writes_nothing(tmp_path, books_file, capsys):
    assert cli.main(["--db", books_file, "--lang", "zh_CN", "import-customers", customers_file(tmp_path),
                     "--dry-run"]) == 0
    assert "试运行" in capsys.readouterr().out and count(books_file, Customer) == 0


def test_a_refused_row_exits_2_naming_row_and_column_and_writes_nothing(tmp_path, books_file, capsys):
    path = customers_file(tmp_path, ["A003", "丙公司", "", "三十天"], ["A001", "重复", "", ""])
    assert cli.main(["--db", books_file, "--lang", "zh_CN", "import-customers", path]) == 2
    captured = capsys.readouterr()
    assert "被拒绝的行（2 行）" in captured.out and "账期(天)" in captured.out and "第 2 行" in captured.out
    assert "未导入任何内容" in captured.err
    assert count(books_file, Customer) == 0
    assert cli.main(["--db", books_file, "import-customers", path, "--dry-run"]) == 2     # checked, still refused
    capsys.readouterr()
    assert cli.main(["--db", books_file, "import-customers", path, "--skip-rejected"]) == 0
    assert count(books_file, Customer) == 2


def test_import_ledger_as_json_after_the_customers(tmp_path, books_file, capsys):
    assert cli.main(["--db", books_file, "import-customers", customers_file(tmp_path)]) == 0
    ledger = xlsx(tmp_path / "台账.xlsx", [["客户编号", "发票号", "开票日期", "未收金额", "摘要"],
                                          ["A001", "FP-1", "2026-09-01", "1,000.00", "九月货款"],
                                          ["A002", "", "", 500, ""], ["A002", "", "", -1, ""]])
    capsys.readouterr()
    assert cli.main(["--db", books_file, "import-ledger", ledger, "--as-of", "2026-10-31", "--format", "json",
                     "--skip-rejected"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["invoices"], data["opening_balances"], data["owed"], data["written"]) == (1, 1, "1500.00", True)
    assert [r["row"] for r in data["rejected"]] == [4]                       # a second opening balance
    assert [(e["kind"], e["number"], e["external_number"]) for e in data["entries"]] == [
        ("invoice", "INV-2026-000001", "FP-1"), ("opening", "INV-2026-000002", "")]
    assert count(books_file, Invoice) == 2


def test_import_ledger_says_where_the_numbers_go_on(tmp_path, books_file, capsys):
    assert cli.main(["--db", books_file, "import-customers", customers_file(tmp_path)]) == 0
    ledger = xlsx(tmp_path / "台账.xlsx", [["客户编号", "原单号", "开单日期", "余额"], ["A001", "X9", "2026-09-01", 10]])
    assert cli.main(["--db", books_file, "--lang", "zh_CN", "import-ledger", ledger, "--as-of", "2026-10-31"]) == 0
    out = capsys.readouterr().out
    assert "INV-2026-000001" in out and "未收应收单" in out and "新应收单从其后接续编号" in out


def test_import_ledger_of_a_file_that_is_not_one_exits_2(tmp_path, books_file, capsys):
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"not a workbook at all")
    assert cli.main(["--db", books_file, "import-ledger", str(bad)]) == 2
    assert "x.xlsx" in capsys.readouterr().err
