"""The bank commands: bank-account add|update|list, bank-lines, match, unmatch,
bank-reconciliation; bad input exits 2 with a message naming what, and writes nothing."""

from __future__ import annotations

import datetime as _dt
import json

import pytest
from bank_book import D, line, make_book, read_in

from arapp import cli, clock
from arapp.db import database


@pytest.fixture
def book(tmp_path, capsys, old_books) -> dict:
    """make_book() in a file, with four lines read into 基本户."""
    path = str(tmp_path / "bank.sqlite3")
    database.open_database(path)
    try:
        b = make_book()
        b["lines"] = list(read_in(b["account"], [
            line(5, D(2026, 11, 2), 120000, name="锦程贸易", account="6222000011112222", serial="S001",
                 balance=1120000),
            line(6, D(2026, 11, 3), 2000, "out", description="手续费", serial="S002", balance=1118000),
            line(7, D(2026, 11, 4), 80000, name="杭州华美", description="房租", serial="S003", balance=1198000),
        ]).line_ids)
    finally:
        database.close_database()
    old_books(path)
    clock.set(_dt.datetime(2026, 12, 3, 9, 0))
    b["path"] = path
    return b


def run(capsys, book, *args, lang="en"):
    code = cli.main(["--db", book["path"], "--lang", lang, *args])
    out, err = capsys.readouterr()
    return code, out, err


def lines(capsys, book, *args) -> dict:
    code, out, _err = run(capsys, book, "bank-lines", "--format", "json", *args)
    assert code == 0
    return json.loads(out)


def test_bank_accounts_are_added_listed_and_updated(capsys, book):
    code, out, _ = run(capsys, book, "bank-account", "add", "--name", "一般户", "--bank", "建设银行",
                       "--account-no", "6217 0000 1111 2222", "--profile", "ccb", "--opening-bank-balance", "-50.00")
    assert code == 0 and "一般户" in out
    code, out, _ = run(capsys, book, "bank-account", "list", "--format", "json")
    accounts = {a["name"]: a for a in json.loads(out)["accounts"]}
    assert accounts["一般户"]["account_no"] == "6217000011112222"
    assert accounts["一般户"]["opening_bank_balance"] == "-50.00"
    assert (accounts["基本户"]["lines"], accounts["基本户"]["unmatched"]) == (3, 3)
    code, out, _ = run(capsys, book, "bank-account", "update", "一般户", "--opening-book-balance", "12.50")
    assert code == 0 and "opening_book_balance" in out
    code, out, _ = run(capsys, book, "bank-account", "list")
    assert code == 0 and "基本户" in out and "6217000011112222" in out


def test_bank_lines_lists_and_filters_the_waiting_lines(capsys, book):
    data = lines(capsys, book, "--account", "基本户")
    assert data["total"] == 3 and [x["serial"] for x in data["lines"]] == ["S001", "S002", "S003"]
    assert lines(capsys, book, "--unmatched", "--direction", "in")["total"] == 2
    code, out, _ = run(capsys, book, "bank-lines", "--search", "华美")
    assert code == 0 and "S003" in out and "S001" not in out


def test_match_by_hand_allocates_leaves_the_rest_as_credit_and_unmatch_reverses(capsys, book):
    first, second = book["invoices"][0], book["invoices"][1]
    code, out, err = run(capsys, book, "match", str(book["lines"][0]), "--invoice", first,
                         "--invoice", f"{second}:150.00", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["allocations"] == [{"invoice": first, "amount": "1000.00"}, {"invoice": second, "amount": "150.00"}]
    assert data["credit_left"] == "50.00" and data["customer"] == "C000001"
    assert data["learned_alias"] == "锦程贸易"
    line = lines(capsys, book, "--status", "matched")["lines"][0]
    assert (line["receipt"], line["rule"]) == (data["receipt"], "manual")
    code, out, err = run(capsys, book, "unmatch", str(book["lines"][0]), "--reason", "付款人不对")
    assert code == 0, err
    assert "reversed" in out and lines(capsys, book, "--unmatched")["total"] == 3


def test_match_credit_keeps_the_whole_line_for_the_customer(capsys, book):
    code, out, err = run(capsys, book, "match", str(book["lines"][2]), "--credit", "--customer", "C000002")
    assert code == 0, err
    assert "Kept as customer credit: 800.00" in out


@pytest.mark.parametrize(("args", "words"), [
    (["match", "LINE1"], "Say what the line pays"),
    (["match", "LINE1", "--credit"], "--credit needs --customer"),
    (["match", "LINE2", "--credit", "--customer", "C000001"], "paid out"),
    (["match", "9999", "--credit", "--customer", "C000001"], "No bank line 9999"),
    (["match", "LINE1", "--invoice", "INV-2026-000001:abc"], "abc"),
    (["match", "LINE1", "--invoice", "INV-2026-000001:1,100.00"], "still open on invoice INV-2026-000001"),
    (["match", "LINE1", "--invoice", "INV-2026-000001", "--customer", "C000002"], "another customer"),
    (["unmatch", "LINE1", "--reason", "错"], "not matched"),
    (["bank-lines", "--account", "没有这个户"], "No bank account"),
    (["bank-account", "add", "--name", "基本户", "--account-no", "1"], "already used"),
    (["bank-account", "update", "基本户"], "Nothing to change"),
    (["bank-reconciliation", "--account", "基本户", "--month", "2026-13"], "not a month"),
    (["bank-reconciliation", "--account", "基本户", "--month", "2026-11", "-o", "x.csv"], ".pdf or .xlsx"),
])
def test_bad_input_exits_2_naming_what_and_writes_nothing(capsys, book, args, words):
    args = [a.replace("LINE1", str(book["lines"][0])).replace("LINE2", str(book["lines"][1])) for a in args]
    code, out, err = run(capsys, book, *args)
    assert code == 2 and words in err, err
    assert "Traceback" not in err
    assert lines(capsys, book, "--unmatched")["total"] == 3


def test_a_failed_match_leaves_no_receipt(capsys, book):
    code, _out, _err = run(capsys, book, "match", str(book["lines"][0]), "--invoice", "INV-2026-000001:1000.00",
                           "--invoice", "INV-2026-000002:300.00")            # 1,300.00 of a 1,200.00 line
    assert code == 2
    code, out, _ = run(capsys, book, "receipt", "reverse", "RCT-2026-000001", "--reason", "x")
    assert code == 2


def test_bank_reconciliation_prints_and_writes_pdf_and_xlsx(capsys, book, tmp_path):
    code, out, err = run(capsys, book, "bank-reconciliation", "--account", "基本户", "--month", "2026-11",
                         "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["bank_balance"], data["book_balance"]) == ("11980.00", "10000.00")
    assert data["adjusted_bank"] == data["adjusted_books"] == "11980.00" and data["difference"] == "0.00"
    code, out, _ = run(capsys, book, "bank-reconciliation", "--account", "基本户", "--month", "2026-11", lang="zh_CN")
    assert code == 0 and "银行存款余额调节表" in out and "调节后的存款余额" in out
    for suffix in ("pdf", "xlsx"):
        target = tmp_path / f"rec.{suffix}"
        code, out, err = run(capsys, book, "bank-reconciliation", "--account", "1202020209000012345",
                             "--month", "2026-11", "-o", str(target))
        assert code == 0, err
        assert target.stat().st_size > 1000
