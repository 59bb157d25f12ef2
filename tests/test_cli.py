"""The command line: commands end to end on a temporary SQLite file, refusals, output forms."""

from __future__ import annotations

import ast
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from arapp import cli, i18n
from arapp.cli import parser
from arapp.cli.render import text_width

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("customer", "customer_alias", "invoice", "invoice_line", "receipt", "allocation", "credit_note",
          "audit_log", "number_sequence")


@pytest.fixture
def dbfile(tmp_path) -> str:
    """New, empty books (as ``arapp init`` makes them): --db opens only existing books."""
    from arapp.db import database

    path = tmp_path / "cli.sqlite3"
    database.create_books(path)
    database.close_database()
    return str(path)


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


def test_version(capsys):
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == "arapp 0.1.0"


def test_customer_invoice_receipt_then_balance(capsys, dbfile):
    cust = run_json(capsys, dbfile, "customer", "add", "--name", "杭州恒达贸易有限公司", "--code", "HD01",
                    "--terms", "30", "--limit", "100,000", "--rating", "b", "--alias", "恒达贸易")
    assert cust["code"] == "HD01" and cust["credit_limit"] == "100000.00" and cust["credit_rating"] == "B"

    inv1 = run_json(capsys, dbfile, "invoice", "add", "--customer", "HD01", "--date", "2026-10-01",
                    "--amount", "1,000.00", "--description", "货款")
    assert inv1["number"] == "INV-2026-000001"
    assert inv1["total"] == inv1["open_amount"] == "1000.00" and inv1["due_date"] == "2026-10-31"
    inv2 = run_json(capsys, dbfile, "invoice", "add", "--customer", "HD01", "--date", "2026-10-05",
                    "--line", "服务费:2:250.25", "--line", "材料:1:0.01")
    assert inv2["number"] == "INV-2026-000002" and inv2["total"] == "500.51"
    assert inv2["customer_balance"] == "1500.51"

    rct = run_json(capsys, dbfile, "receipt", "add", "--customer", "HD01", "--date", "2026-11-02",
                   "--amount", "1,200.00", "--method", "wechat", "--allocate", "INV-2026-000002:500.51")
    assert rct["number"] == "RCT-2026-000001"
    assert rct["allocations"] == [{"invoice": "INV-2026-000002", "amount": "500.51"}]
    assert rct["unallocated"] == "699.49"
    assert rct["customer_balance"] == "300.51"

    bal = run_json(capsys, dbfile, "balance")
    assert bal["customers"] == [{"code": "HD01", "name": "杭州恒达贸易有限公司", "open_invoices": "1000.00",
                                 "overdue": bal["customers"][0]["overdue"], "credit": "699.49",
                                 "balance": "300.51"}]
    assert bal["totals"]["balance"] == "300.51"
    past = run_json(capsys, dbfile, "balance", "--as-of", "2026-10-31", "--customer", "HD01")
    assert past["customers"][0]["open_invoices"] == "1500.51" and past["customers"][0]["credit"] == "0.00"
    assert past["customers"][0]["open_count"] == 2

    # the default allocation is oldest due first; the rest stays as credit
    rct2 = run_json(capsys, dbfile, "receipt", "add", "--customer", "HD01", "--date", "2026-11-03",
                    "--amount", "1000")
    assert rct2["allocations"] == [{"invoice": "INV-2026-000001", "amount": "1000.00"}]
    assert rct2["customer_balance"] == "-699.49"

    listed = run_json(capsys, dbfile, "invoice", "list", "--customer", "HD01")
    assert [r["number"] for r in listed] == ["INV-2026-000002", "INV-2026-000001"]
    assert {r["status"] for r in listed} == {"paid"}
    shown = run_json(capsys, dbfile, "customer", "show", "HD01")
    assert shown["aliases"] == ["恒达贸易"] and shown["balance"] == "-699.49"

    rev = run_json(capsys, dbfile, "receipt", "reverse", "RCT-2026-000002", "--reason", "退票",
                   "--date", "2026-11-04")
    assert rev["status"] == "reversed" and rev["customer_balance"] == "300.51"


def test_json_is_compact_unless_pretty_and_both_say_the_same(capsys, dbfile):
    _aging_book(capsys, dbfile)
    for args in (("aging", "--as-of", "2026-03-31"), ("balance", "--as-of", "2026-03-31"),
                 ("customer", "show", "A1"), ("invoice", "list")):
        code, compact, err = run(capsys, dbfile, *args, "--format", "json")
        assert code == 0, err
        code, pretty, err = run(capsys, dbfile, *args, "--format", "json", "--pretty")
        assert code == 0, err
        assert "\n" not in compact.strip() and ", " not in compact and '": ' not in compact
        assert pretty.count("\n") > 5 and "\n  " in pretty
        assert json.loads(compact) == json.loads(pretty)
    # amounts stay exact decimal strings in both
    assert json.loads(compact)[0]["total"] == "200.00"


def test_draft_then_post_and_void(capsys, dbfile):
    run(capsys, dbfile, "customer", "add", "--name", "张三", "--kind", "owner", "--code", "Z1")
    draft = run_json(capsys, dbfile, "invoice", "add", "--customer", "Z1", "--date", "2026-03-01",
                     "--amount", "88.80", "--draft")
    assert draft["status"] == "draft" and draft["number"] is None
    posted = run_json(capsys, dbfile, "invoice", "post", str(draft["id"]))
    assert posted["number"] == "INV-2026-000001" and posted["status"] == "posted"
    voided = run_json(capsys, dbfile, "invoice", "void", "INV-2026-000001", "--reason", "开错客户")
    assert voided["status"] == "void" and voided["customer_balance"] == "0.00"


@pytest.mark.parametrize("args, message", [
    (["invoice", "add", "--customer", "A1", "--date", "2026-10-01", "--amount", "1.234"], "more than two decimal"),
    (["invoice", "add", "--customer", "A1", "--date", "2026-02-30", "--amount", "10"], "no such day"),
    (["invoice", "add", "--customer", "A1", "--date", "5/11/2026", "--amount", "10"], "not a date"),
    (["invoice", "add", "--customer", "NOBODY", "--date", "2026-10-01", "--amount", "10"], "No customer NOBODY"),
    (["invoice", "void", "INV-2026-000001"], "reason is required"),
    (["invoice", "void", "INV-2026-000001", "--reason", "   "], "reason is required"),
    (["receipt", "add", "--customer", "A1", "--date", "2026-10-02", "--amount", "0.001"], "more than two decimal"),
    (["receipt", "add", "--customer", "A1", "--date", "2026-10-02", "--amount", "50",
      "--allocate", "INV-2026-000001:60"], "still open"),
    (["receipt", "add", "--customer", "A1", "--date", "2026-10-02", "--amount", "50", "--method", "bitcoin"],
     "bitcoin"),
    (["receipt", "reverse", "RCT-2026-000099", "--reason", "x"], "No receipt"),
    (["customer", "add", "--name", "重复", "--code", "A1"], "already used"),
    (["customer", "add", "--name", "X", "--limit", "12.345"], "more than two decimal"),
    (["customer", "add", "--name", "乙公司", "--alias", "乙", "--alias", " "], "alias is empty"),
    (["--user", "ghost", "balance"], "No user ghost"),
    (["invoice", "add", "--customer", "A1", "--date", "2026-10-01"], "--amount"),
    (["demo", "--customers", "3"], "already has 1 customer;"),
])
def test_refusals_exit_2_and_write_nothing(capsys, dbfile, args, message):
    assert run(capsys, dbfile, "customer", "add", "--name", "甲公司", "--code", "A1")[0] == 0
    assert run(capsys, dbfile, "invoice", "add", "--customer", "A1", "--date", "2026-10-01", "--amount", "50")[0] == 0
    before = counts(dbfile)
    code, out, err = run(capsys, dbfile, *args)
    assert code == 2
    assert message in err
    assert out == ""
    assert counts(dbfile) == before


def test_refusal_in_chinese_and_a_role_that_may_not(capsys, dbfile):
    code, _, err = run(capsys, dbfile, "invoice", "add", "--customer", "X", "--date", "2026-10-01",
                       "--amount", "1.234", lang="zh_CN")
    assert code == 2 and "小数超过两位" in err
    run(capsys, dbfile, "customer", "add", "--name", "乙", "--code", "B1")
    con = sqlite3.connect(dbfile)
    con.execute("INSERT INTO app_user (username, display_name, role, active, created_at) "
                "VALUES ('cashier1', '张丽', 'cashier', 1, '2026-01-01 00:00:00')")
    con.commit()
    con.close()
    before = counts(dbfile)
    code, _, err = run(capsys, dbfile, "--user", "cashier1", "invoice", "add", "--customer", "B1",
                       "--date", "2026-10-01", "--amount", "10")
    assert code == 2 and "may not" in err
    assert counts(dbfile) == before
    # a cashier may take money
    code, out, _ = run(capsys, dbfile, "receipt", "add", "--customer", "B1", "--date", "2026-10-01",
                       "--amount", "10", "--user", "cashier1")
    assert code == 0 and "RCT-2026-000001" in out


def test_balance_table_lines_up_chinese_columns(capsys, dbfile):
    run(capsys, dbfile, "customer", "add", "--name", "上海锦绣物业管理有限公司", "--code", "C1")
    run(capsys, dbfile, "customer", "add", "--name", "Acme Ltd", "--code", "C2")
    run(capsys, dbfile, "invoice", "add", "--customer", "C1", "--date", "2026-10-01", "--amount", "1234567.89")
    run(capsys, dbfile, "invoice", "add", "--customer", "C2", "--date", "2026-10-01", "--amount", "5")
    code, out, _ = run(capsys, dbfile, "balance", "--as-of", "2026-10-02", lang="zh_CN")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "截至 2026-10-02 的应收余额"
    header, rule, first, second, _rule2, total = lines[1:7]
    assert header.startswith("编码") and header.endswith("余额")
    assert "1,234,567.89" in first and "上海锦绣物业管理有限公司" in first
    assert "合计（2 个客户）" in total
    # amounts are right-aligned: every row ends where the rule ends (CJK counted double)
    width = text_width(rule)
    for line in (header, first, second, total):
        assert text_width(line) == width


def test_balance_shows_the_top_rows_and_says_how_many_are_left(capsys, dbfile):
    for i in range(23):
        run(capsys, dbfile, "customer", "add", "--name", f"客户{i}", "--code", f"K{i:02d}")
        run(capsys, dbfile, "invoice", "add", "--customer", f"K{i:02d}", "--date", "2026-10-01",
            "--amount", str(100 + i))
    code, out, _ = run(capsys, dbfile, "balance")
    assert code == 0
    assert "K22" in out and "K02" not in out
    assert "3 more customers not shown" in out
    code, out, _ = run(capsys, dbfile, "balance", "--all")
    assert "K02" in out and "more customers" not in out
    assert len(run_json(capsys, dbfile, "balance")["customers"]) == 23


def test_demo_command_and_if_empty(capsys, dbfile):
    data = run_json(capsys, dbfile, "demo", "--customers", "8", "--years", "1", "--end-date", "2026-06-30")
    assert data["customers"] == 8 and data["invoices"] > 80
    assert data["end_date"] == "2026-06-30"
    before = counts(dbfile)
    code, out, err = run(capsys, dbfile, "demo", "--if-empty")
    assert (code, out, err) == (0, "", "")
    assert counts(dbfile) == before
    code, out, _ = run(capsys, dbfile, "balance", "--format", "json")
    assert json.loads(out)["totals"]["balance"] == data["open_balance"]


def test_no_display_means_no_window(capsys, monkeypatch, dbfile):
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    code, out, err = run(capsys, dbfile)
    assert code == 2 and "No display" in err and err.count("\n") == 1


def test_the_command_line_does_not_import_qt(dbfile):
    script = ("import sys; from arapp import cli; "
              f"code = cli.main(['--db', {dbfile!r}, 'balance', '--format', 'json']); "
              "assert code == 0; assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr


def test_a_command_on_a_sqlite_file_loads_no_postgresql_driver(dbfile):
    """peewee would import psycopg as it loads (longer than the rest of a quick command)."""
    script = ("import sys; from arapp import cli; "
              f"assert cli.main(['--db', {dbfile!r}, 'balance', '--format', 'json']) == 0; "
              "assert 'peewee' in sys.modules; "
              "assert not [m for m in sys.modules if m.startswith('psycopg')], 'a PostgreSQL driver was loaded'")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("ARAPP_DB", None)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr


def test_version_and_help_load_no_database_layer():
    """--version and --help answer at once: no peewee, no PostgreSQL driver, no Qt."""
    script = ("import sys; from arapp import cli; "
              "assert cli.main(['--version']) == 0; assert cli.main(['--help']) == 0; "
              "assert cli.main(['aging', '--help']) == 0; "
              "heavy = [m for m in sys.modules if m.split('.')[0] in ('peewee', 'psycopg', 'PySide6')]; "
              "assert not heavy, heavy")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr


def _tr_strings(path: Path, contexts: set[str]) -> set[tuple[str, str]]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr" and len(node.args) >= 2
                and all(isinstance(a, ast.Constant) for a in node.args[:2]) and node.args[0].value in contexts):
            found.add((node.args[0].value, node.args[1].value))
    return found


def test_every_cli_and_demo_message_has_chinese():
    wanted: set[tuple[str, str]] = set()
    for path in sorted((ROOT / "arapp" / "cli").glob("*.py")):
        wanted |= _tr_strings(path, {"cli"})
    for path in [*sorted((ROOT / "arapp" / "demo").glob("*.py")), ROOT / "arapp" / "services" / "bulk.py"]:
        wanted |= _tr_strings(path, {"demo"})
    wanted |= {("cli", source) for _pattern, source in parser._ARGPARSE_MESSAGES}
    assert len(wanted) > 100
    missing = sorted(s for ctx, s in wanted if not i18n.lookup(ctx, s, "zh_CN"))
    assert missing == []


def _aging_book(capsys, dbfile):
    con = sqlite3.connect(dbfile)     # months-old invoices entered today: no overdue hold (conftest's old_books)
    con.execute("INSERT OR REPLACE INTO company_setting (key, value) VALUES ('credit.hold_overdue_days', '3650')")
    con.commit()
    con.close()
    run_json(capsys, dbfile, "customer", "add", "--name", "A公司", "--code", "A1", "--terms", "0")
    run_json(capsys, dbfile, "invoice", "add", "--customer", "A1", "--date", "2026-01-01", "--amount", "100")
    run_json(capsys, dbfile, "invoice", "add", "--customer", "A1", "--date", "2026-03-01", "--amount", "200")


def test_aging_json_carries_buckets_rows_and_totals(capsys, dbfile):
    _aging_book(capsys, dbfile)
    code, out, err = run(capsys, dbfile, "aging", "--as-of", "2026-03-31", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["buckets"][:4] == ["Not yet due", "1-30 days", "31-60 days", "61-90 days"]
    assert data["rows"][0]["buckets"][:4] == ["0.00", "200.00", "0.00", "100.00"]
    assert data["totals"]["total"] == "300.00"


def test_aging_csv_table_and_files(capsys, dbfile, tmp_path):
    _aging_book(capsys, dbfile)
    code, out, _ = run(capsys, dbfile, "aging", "--as-of", "2026-03-31", "--format", "csv", "--by", "invoice")
    assert code == 0 and "INV-2026-000001" in out and "100.00" in out
    code, out, _ = run(capsys, dbfile, "aging", "--as-of", "2026-03-31", "--by", "category")
    assert code == 0 and "300.00" in out
    for fmt in ("xlsx", "pdf"):
        target = tmp_path / f"aging.{fmt}"
        code, _, err = run(capsys, dbfile, "aging", "--format", fmt, "-o", str(target))
        assert code == 0, err
        assert target.stat().st_size > 1000
    target = tmp_path / "weekly.xlsx"
    code, _, err = run(capsys, dbfile, "report", "weekly-overdue", "--as-of", "2026-03-27", "--format", "xlsx",
                       "-o", str(target))
    assert code == 0, err and target.exists()


@pytest.mark.parametrize("args", [
    ("aging", "--as-of", "2026-02-30"),
    ("aging", "--scheme", "nope"),
    ("aging", "--format", "pdf"),
    ("report", "aging-analysis", "--month", "2026-13", "-o", "x.pdf"),
    ("report", "nope", "-o", "x.pdf"),
])
def test_aging_and_report_refusals_exit_2(capsys, dbfile, args):
    _aging_book(capsys, dbfile)
    before = counts(dbfile)
    code, out, err = run(capsys, dbfile, *args)
    assert code == 2 and err.strip()
    assert counts(dbfile) == before
