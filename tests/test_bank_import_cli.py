"""``arapp import-bank``: a statement file read into an account never twice, with the
rejected rows named, proposals for the lines that wait, --accept-above and --dry-run;
a refused file or a statement of another account exits 2 and writes nothing."""

from __future__ import annotations

import datetime as _dt
import json

import pytest
from bank_book import make_book

from arapp import cli, clock
from arapp.db import database

# The proposals are helper "matching"'s (arapp/reports/bank_matching.py), merged beside this.
pytest.importorskip("arapp.reports.bank_matching")

STATEMENT = """中国工商银行 账户明细
账号：1202020209000012345
户名：测试公司
交易日期,交易时间,摘要,借方发生额,贷方发生额,余额,对方户名,对方账号,流水号
2026-11-02,09:01:02,货款 INV-2026-000001,,"1,000.00",1010000.00,锦程贸易,6222000011112222,S001
2026-11-03,10:00:00,手续费,20.00,-,1009980.00,,,S002
2026-11-04,11:00:00,房租,,800.00,1010780.00,杭州华美酒店管理有限公司,6222000033334444,S003
2026-11-05,12:00:00,来款,,abc,1010780.00,某人,,S004
合计,,,20.00,"1,800.00",,,,
"""


@pytest.fixture
def book(tmp_path, old_books) -> dict:
    path = str(tmp_path / "bank.sqlite3")
    database.open_database(path)
    try:
        b = make_book()
    finally:
        database.close_database()
    old_books(path)
    clock.set(_dt.datetime(2026, 12, 3, 9, 0))
    b["path"] = path
    b["file"] = tmp_path / "工行11月.csv"
    b["file"].write_text(STATEMENT, encoding="utf-8-sig")
    return b


def run(capsys, book, *args, lang="en"):
    code = cli.main(["--db", book["path"], "--lang", lang, *args])
    out, err = capsys.readouterr()
    return code, out, err


def import_json(capsys, book, *extra, file=None) -> dict:
    code, out, err = run(capsys, book, "import-bank", str(file or book["file"]), "--account", "基本户",
                         "--format", "json", *extra)
    assert code == 0, err
    return json.loads(out)


def waiting(capsys, book) -> int:
    code, out, _ = run(capsys, book, "bank-lines", "--format", "json")
    return json.loads(out)["total"]


def test_a_statement_is_imported_once_with_its_rejected_row_named(capsys, book):
    data = import_json(capsys, book)
    assert (data["new"], data["duplicates"], data["rejected"]) == (3, 0, 1)
    assert data["rejected_rows"][0]["row"] == 8 and data["rejected_rows"][0]["value"] == "abc"
    assert data["balance_breaks"] == []
    by_serial = {w["serial"]: w for w in data["waiting"]}
    assert set(by_serial) == {"S001", "S003"}                 # money in only
    best = by_serial["S001"]["proposals"][0]
    assert best["customer"] == "C000001" and best["allocations"][0]["invoice"] == "INV-2026-000001"
    again = import_json(capsys, book)
    assert (again["new"], again["duplicates"]) == (0, 3)
    assert waiting(capsys, book) == 3


def test_the_table_output_says_n_new_m_already_imported_k_rejected(capsys, book):
    code, out, err = run(capsys, book, "import-bank", str(book["file"]), "--account", "基本户")
    assert code == 0, err
    assert "3 new, 0 already imported, 1 rejected" in out and "row 8" in out
    code, out, _ = run(capsys, book, "import-bank", str(book["file"]), "--account", "基本户", lang="zh_CN")
    assert "新增 0 条，已导入过 3 条，拒绝 1 条" in out


def test_a_dry_run_shows_everything_and_writes_nothing(capsys, book):
    data = import_json(capsys, book, "--dry-run", "--accept-above", "60")
    assert data["dry_run"] and data["new"] == 3 and len(data["accepted"]) >= 1
    assert waiting(capsys, book) == 0
    code, out, _ = run(capsys, book, "bank-account", "list", "--format", "json")
    assert json.loads(out)["accounts"][0]["lines"] == 0


def test_accept_above_turns_the_sure_lines_into_receipts(capsys, book):
    data = import_json(capsys, book, "--accept-above", "90")
    accepted = {a["customer"]: a for a in data["accepted"]}
    assert "C000001" in accepted and accepted["C000001"]["receipt"].startswith("RCT-2026-")
    assert all(a["score"] >= 90 for a in data["accepted"])
    code, out, _ = run(capsys, book, "bank-lines", "--status", "matched", "--format", "json")
    matched = json.loads(out)["lines"]
    assert "S001" in {x["serial"] for x in matched}
    assert {x["receipt"] for x in matched} == {a["receipt"] for a in data["accepted"]}


def test_the_mapping_read_is_saved_for_the_account(capsys, book):
    import_json(capsys, book)
    database.open_database(book["path"])
    try:
        from arapp.reports.bank import lookup_account

        saved = json.loads(lookup_account("基本户").mapping)
    finally:
        database.close_database()
    assert saved["columns"]["credit"] == "贷方发生额" and saved["columns"]["serial"] == "流水号"


def test_a_statement_of_another_account_is_refused_and_nothing_written(capsys, book, tmp_path):
    other = tmp_path / "other.csv"
    other.write_text(STATEMENT.replace("1202020209000012345", "6217000099998888"), encoding="utf-8")
    code, out, err = run(capsys, book, "import-bank", str(other), "--account", "基本户")
    assert code == 2 and "6217000099998888" in err and "Traceback" not in err
    assert waiting(capsys, book) == 0


@pytest.mark.parametrize(("content", "args", "words"), [
    (b"\x00\x01\x02 not a sheet", [], "other.xlsx"),
    (None, ["--accept-above", "120"], "score from 0 to 100"),
    (None, ["--account", "没有这个户"], "No bank account"),
])
def test_bad_input_exits_2_naming_what(capsys, book, tmp_path, content, args, words):
    target = book["file"]
    if content is not None:
        target = tmp_path / "other.xlsx"
        target.write_bytes(content)
    base = ["import-bank", str(target)]
    if "--account" not in args:
        base += ["--account", "基本户"]
    code, out, err = run(capsys, book, *base, *args)
    assert code == 2 and words in err and "Traceback" not in err, err
    assert waiting(capsys, book) == 0


def test_a_missing_file_is_named(capsys, book, tmp_path):
    code, _out, err = run(capsys, book, "import-bank", str(tmp_path / "nope.xlsx"), "--account", "基本户")
    assert code == 2 and "nope.xlsx" in err
