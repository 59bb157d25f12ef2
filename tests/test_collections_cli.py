"""The collection commands end to end on a temporary SQLite file: tasks generate and
list, contact add, promise add, collectors report; refusals exit 2 and write nothing."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import openpyxl
import pytest

from arapp import cli

TABLES = ("collection_task", "contact_log", "promise_to_pay", "audit_log")
SOON = (dt.date.today() + dt.timedelta(days=20)).isoformat()     # a promise is made today, for a later day


@pytest.fixture
def book(tmp_path, capsys) -> str:
    path = str(tmp_path / "cli.sqlite3")
    assert cli.main(["init", path]) == 0
    for args in (["customer", "add", "--name", "杭州恒达贸易有限公司", "--code", "HD01", "--terms", "30"],
                 ["customer", "add", "--name", "苏州华信电子有限公司", "--code", "HX02", "--terms", "30"],
                 ["invoice", "add", "--customer", "HD01", "--date", "2026-01-05", "--amount", "5,000.00",
                  "--override", "test"],
                 ["invoice", "add", "--customer", "HX02", "--date", "2026-01-20", "--amount", "800.00",
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


def counts(dbfile: str) -> dict[str, int]:
    con = sqlite3.connect(dbfile)
    try:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def test_generate_list_contact_and_promise(capsys, book):
    res = run_json(capsys, book, "tasks", "generate", "--date", "2026-02-25")
    assert (res["created"], res["escalated"], res["closed"], res["skipped"]) == (2, 0, 0, 0)
    again = run_json(capsys, book, "tasks", "generate", "--date", "2026-02-25")
    assert again["created"] == 0
    code, out, _ = run(capsys, book, "tasks", "generate", "--date", "2026-02-25")
    assert code == 0 and "0 created (0 escalated), 0 closed, 0 customers skipped" in out

    rows = run_json(capsys, book, "tasks", "list", "--date", "2026-02-25")
    assert [(r["customer"], r["level"], r["amount_overdue"], r["days_overdue"]) for r in rows] == [
        ("HD01", 4, "5000.00", 21), ("HX02", 4, "800.00", 6)]
    task = rows[0]["task"]

    res = run_json(capsys, book, "contact", "add", "--customer", "HD01", "--method", "call", "--summary",
                   "电话催收，客户答应月底付款", "--person", "王经理", "--next-date", SOON)
    assert res["task"] == task and res["follow_up_on"] == SOON
    code, out, _ = run(capsys, book, "promise", "add", "--customer", "HD01", "--date", SOON,
                       "--amount", "2,000.00")
    assert code == 0 and f"will pay ¥2,000.00 by {SOON}" in out
    rows = run_json(capsys, book, "tasks", "list", "--date", "2026-02-25")
    assert [r["customer"] for r in rows] == ["HX02"]            # HD01's task waits for the promise
    code, out, _ = run(capsys, book, "tasks", "list", "--date", "2026-02-25", lang="zh_CN")
    assert code == 0 and "HX02" in out and "级别" in out


def test_refusals_exit_2_and_write_nothing(capsys, book):
    run_json(capsys, book, "tasks", "generate", "--date", "2026-02-25")
    before = counts(book)
    for args in (["promise", "add", "--customer", "HD01", "--date", "2020-01-01", "--amount", "100"],
                 ["promise", "add", "--customer", "HD01", "--date", "2099-01-01", "--amount", "100"],
                 ["promise", "add", "--customer", "HD01", "--date", SOON, "--amount", "0"],
                 ["promise", "add", "--customer", "HD01", "--date", SOON, "--amount", "99,999.00"],
                 ["promise", "add", "--customer", "NOPE", "--date", SOON, "--amount", "1"],
                 ["contact", "add", "--customer", "HD01", "--method", "pigeon", "--summary", "x"],
                 ["contact", "add", "--customer", "HD01", "--method", "call", "--summary", " "],
                 ["contact", "add", "--customer", "HD01", "--method", "call", "--summary", "x", "--task", "999"],
                 ["tasks", "generate", "--date", "2026-02-30"],
                 ["tasks", "list", "--bucket", "someday"],
                 ["collectors", "report", "--month", "2026-13"],
                 ["collectors", "report", "--month", "2026-02", "--format", "xlsx"]):
        code, _out, err = run(capsys, book, *args)
        assert code == 2, args
        assert err.startswith("arapp:"), (args, err)
    code, _out, err = run(capsys, book, "promise", "add", "--customer", "HD01", "--date", "2020-01-01",
                          "--amount", "100", lang="zh_CN")
    assert code == 2 and "已经过去" in err
    code, _out, err = run(capsys, book, "--user", "nobody", "tasks", "generate")
    assert code == 2
    assert counts(book) == before


def test_collectors_report_as_table_json_and_excel(capsys, book, tmp_path):
    run_json(capsys, book, "tasks", "generate", "--date", "2026-02-25")
    run(capsys, book, "contact", "add", "--customer", "HD01", "--method", "visit", "--summary", "上门")
    code, out, _ = run(capsys, book, "collectors", "report", "--month", "2026-02")
    assert code == 0 and "Collector performance" in out
    figs = run_json(capsys, book, "collectors", "report", "--month", "2026-02")
    assert isinstance(figs, list)
    target = tmp_path / "perf.xlsx"
    code, out, _ = run(capsys, book, "collectors", "report", "--month", "2026-02", "--format", "xlsx",
                       "-o", str(target))
    assert code == 0 and target.exists()
    ws = openpyxl.load_workbook(target).active
    assert any("Collector performance" in str(c.value) for row in ws.iter_rows() for c in row if c.value)


def test_collector_performance_is_a_named_report_too(capsys, book, tmp_path):
    from arapp.reports import catalog

    assert catalog.resolve_dates("collector-performance", dt.date(2026, 3, 5)) == (dt.date(2026, 3, 31), "2026-03")
    assert catalog.resolve_dates("collector-performance", None, "2026-02") == (dt.date(2026, 2, 28), "2026-02")
    target = tmp_path / "perf.pdf"
    code, out, _ = run(capsys, book, "report", "collector-performance", "--month", "2026-02", "-o", str(target))
    assert code == 0 and target.stat().st_size > 1000
