"""The ladder's matrix from the terminal (issue #8), on a temporary SQLite file: a
reason for not paying on ``contact add --reason`` and the month's ``contact reasons``
(also ``report nonpayment-reasons``); the ``due_this_month`` bucket (当月该到未到); the
proposal of a hand-over to legal in ``tasks list`` and ``tasks hand-over``; a run for
a day before the last run exits 2 and writes nothing. The words are the names' (the
window shows the same)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import openpyxl
import pytest

from arapp import cli, clock, i18n, names

TABLES = ("collection_task", "contact_log", "customer_status_event", "ladder_run", "audit_log")
TODAY = dt.date(2026, 5, 5)


@pytest.fixture
def book(tmp_path, capsys) -> str:
    """Two customers: HD01 owes 5,000.00 due 01-31 (over 90 days on 05-05), HX02 800.00 due 05-02."""
    clock.set(dt.datetime(2026, 5, 5, 9, 0), running=True)
    path = str(tmp_path / "cli.sqlite3")
    assert cli.main(["init", path]) == 0                  # new books are made on purpose
    for args in (["customer", "add", "--name", "杭州恒达贸易有限公司", "--code", "HD01", "--terms", "30"],
                 ["customer", "add", "--name", "苏州华信电子有限公司", "--code", "HX02", "--terms", "30"],
                 ["invoice", "add", "--customer", "HD01", "--date", "2026-01-01", "--amount", "5,000.00",
                  "--override", "test"],
                 ["invoice", "add", "--customer", "HX02", "--date", "2026-04-02", "--amount", "800.00",
                  "--override", "test"]):
        assert cli.main(["--db", path, "--lang", "en", *args]) == 0
    capsys.readouterr()
    return path


def run(capsys, dbfile, *args, lang="en"):
    code = cli.main(["--db", dbfile, "--lang", lang, *args])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, dbfile, *args):
    code, out, err = run(capsys, dbfile, *args, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def in_chinese(word, code: str) -> str:
    """A code's word from :mod:`arapp.names` in zh_CN (what the window shows too)."""
    i18n.set_language("zh_CN")
    try:
        return word(code)
    finally:
        i18n.set_language("en")


def counts(dbfile: str) -> dict[str, int]:
    con = sqlite3.connect(dbfile)
    try:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def test_contacts_carry_a_reason_for_not_paying_reported_for_the_month(capsys, book, tmp_path):
    assert run_json(capsys, book, "tasks", "generate")["created"] == 2
    res = run_json(capsys, book, "contact", "add", "--customer", "HD01", "--method", "call", "--summary", "催款",
                   "--reason", "no_funds")
    assert res["reason"] == "no_funds"
    code, out, _ = run(capsys, book, "contact", "add", "--customer", "HX02", "--method", "call",
                       "--summary", "质量问题", "--reason", "disputed_quality")
    assert code == 0 and "Reason for not paying: Disputes the quality." in out
    before = counts(book)
    code, _out, err = run(capsys, book, "contact", "add", "--customer", "HX02", "--method", "call",
                          "--summary", "x", "--reason", "bogus")
    assert code == 2 and "bogus" in err and "Traceback" not in err
    assert counts(book) == before
    month = run_json(capsys, book, "contact", "reasons", "--month", "2026-05")
    assert {r["reason"]: r["contacts"] for r in month["reasons"] if r["contacts"]} == {
        "no_funds": 1, "disputed_quality": 1}
    assert (month["contacts_with_reason"], month["customers"]) == (2, 2)
    code, out, _ = run(capsys, book, "contact", "reasons", "--month", "2026-05", lang="zh_CN")
    assert code == 0 and in_chinese(names.nonpayment_reason, "no_funds") in out
    assert in_chinese(names.nonpayment_reason, "no_funds") != names.nonpayment_reason("no_funds")
    assert run_json(capsys, book, "contact", "reasons", "--month", "2026-04")["contacts_with_reason"] == 0
    xlsx = tmp_path / "reasons.xlsx"
    assert run(capsys, book, "contact", "reasons", "--month", "2026-05", "--format", "xlsx", "-o", str(xlsx))[0] == 0
    assert openpyxl.load_workbook(xlsx).active.max_row >= 5
    report = tmp_path / "report.xlsx"
    code, _out, err = run(capsys, book, "report", "nonpayment-reasons", "--month", "2026-05", "--format", "xlsx",
                          "-o", str(report))
    assert code == 0, err and report.exists()
    code, _out, err = run(capsys, book, "contact", "reasons", "--month", "2026-13")
    assert code == 2 and "2026-13" in err


def test_the_due_this_month_bucket_from_the_terminal(capsys, book):
    run(capsys, book, "tasks", "generate")
    rows = run_json(capsys, book, "tasks", "list", "--bucket", "due_this_month")
    assert [(r["customer"], r["due_this_month"]) for r in rows] == [("HX02", "800.00")]
    code, out, _ = run(capsys, book, "tasks", "list", "--bucket", "due_this_month")
    assert code == 0 and "Due this month, not received" in out
    assert "Due this month by 2026-05-05 and not received: ¥800.00." in out


def test_the_due_this_month_bucket_from_the_terminal_lists_paused_tasks_and_customers_without_one(capsys, book):
    run(capsys, book, "tasks", "generate")
    assert run(capsys, book, "promise", "add", "--customer", "HX02", "--date", "2026-05-20",
               "--amount", "800.00")[0] == 0                     # HX02's task pauses
    for args in (["customer", "add", "--name", "无锡新程物流有限公司", "--code", "XC03", "--terms", "30"],
                 ["invoice", "add", "--customer", "XC03", "--date", "2026-04-03", "--amount", "300.00",
                  "--override", "test"]):                       # due 05-03, entered after the day's run
        assert run(capsys, book, *args)[0] == 0
    rows = run_json(capsys, book, "tasks", "list", "--bucket", "due_this_month")
    assert [(r["customer"], r["status"], r["hold_reason"], r["due_this_month"]) for r in rows] == [
        ("HX02", "paused", "promise", "800.00"), ("XC03", None, None, "300.00")]
    assert rows[1]["task"] is None and rows[1]["level"] is None
    code, out, _ = run(capsys, book, "tasks", "list", "--bucket", "due_this_month")
    assert code == 0 and "Paused (Promise to pay in force)" in out and "No collection task" in out
    assert "None" not in out
    assert "Due this month by 2026-05-05 and not received: ¥1,100.00." in out


def test_legal_is_proposed_after_two_failed_attempts_and_accepted_from_the_terminal(capsys, book):
    run(capsys, book, "tasks", "generate")
    hd = next(r for r in run_json(capsys, book, "tasks", "list") if r["customer"] == "HD01")
    assert (hd["level"], hd["failed_attempts"], hd["proposal"]) == (7, 0, None)
    before = counts(book)
    code, _out, err = run(capsys, book, "tasks", "hand-over", "--task", str(hd["task"]))
    assert code == 2 and "does not propose a hand-over to legal" in err and counts(book) == before
    for summary in ("第一次催收", "第二次催收"):
        run(capsys, book, "contact", "add", "--customer", "HD01", "--method", "call", "--summary", summary,
            "--reason", "refuses")
    hd = next(r for r in run_json(capsys, book, "tasks", "list") if r["customer"] == "HD01")
    assert (hd["failed_attempts"], hd["proposal"]) == (2, "legal")
    code, out, _ = run(capsys, book, "tasks", "list")
    assert "Legal hand-over proposed" in out
    code, out, _ = run(capsys, book, "tasks", "list", lang="zh_CN")
    assert in_chinese(names.task_proposal, "legal") in out and "proposed" not in out
    code, out, err = run(capsys, book, "--user", "admin", "tasks", "hand-over", "--task", str(hd["task"]),
                         "--note", "两次催收未果")
    assert code == 0, err
    assert "HD01: Handed over to legal since 2026-05-05" in out
    assert [r["customer"] for r in run_json(capsys, book, "tasks", "list")] == ["HX02"]


def test_a_run_for_a_day_before_the_last_run_exits_2_and_writes_nothing(capsys, book):
    assert run_json(capsys, book, "tasks", "generate")["created"] == 2
    before = counts(book)
    code, out, err = run(capsys, book, "tasks", "generate", "--date", "2026-04-30")
    assert code == 2 and out == "" and "Traceback" not in err
    assert "already ran for 2026-05-05" in err and "2026-04-30" in err
    assert counts(book) == before
    code, _out, err = run(capsys, book, "tasks", "generate", "--date", "2026-04-30", lang="zh_CN")
    assert code == 2 and "2026-05-05" in err and "already" not in err
