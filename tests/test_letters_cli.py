"""Letters from the terminal (issue #10): ``letters`` (the day's batch, combined or one
file per letter), ``letter``, ``message`` (``--sent`` logs it), ``template
list|show|edit`` (a file round-trips; an unknown placeholder exits 2 naming it, in the
user's language), ``late-fee show|set|off``."""

from __future__ import annotations

import json
import sqlite3

import pytest
from letters_book import BANK_ACCOUNT, D, book, pdf_text, shows

from arapp import cli, clock, i18n
from arapp.db import database
from arapp.services import collections as col

DAY = D(2026, 2, 14)


@pytest.fixture
def books(tmp_path, capsys):
    path = str(tmp_path / "letters.sqlite3")
    assert cli.main(["init", path]) == 0
    database.open_database(path)
    try:
        b = book(DAY)
        col.generate_tasks(DAY)
    finally:
        database.close_database()
    capsys.readouterr()
    b["path"] = path
    return b


def run(capsys, books, *args, lang="zh_CN"):
    code = cli.main(["--db", books["path"], "--lang", lang, *args])
    out, err = capsys.readouterr()
    i18n.set_language("en")
    return code, out, err


def count(books, sql: str) -> int:
    con = sqlite3.connect(books["path"])
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_letters_makes_the_days_batch_once_combined_or_one_file_each(books, capsys, tmp_path):
    folder = tmp_path / "out"
    code, out, err = run(capsys, books, "letters", "--date", "2026-02-14", "-o", str(folder), lang="en")
    assert code == 0, err
    files = list(folder.iterdir())
    assert len(files) == 1 and "1 letters made" in out
    assert shows(pdf_text(files[0].read_bytes(), tmp_path), "杭州远航贸易有限公司")
    assert count(books, "SELECT COUNT(*) FROM contact_log WHERE method = 'letter'") == 1
    code, out, _ = run(capsys, books, "letters", "--date", "2026-02-14", "--combined", "-o",
                       str(tmp_path / "all.pdf"), lang="en")
    assert code == 0 and "No letters are due on 2026-02-14." in out     # each task gets its letter once


def test_letter_writes_one_customers_letter_and_archives_it(books, capsys, tmp_path):
    target = tmp_path / "one.pdf"
    code, out, err = run(capsys, books, "letter", "--customer", books["big"], "--code", "reminder_letter",
                         "--date", "2026-02-14", "-o", str(target))
    assert code == 0, err
    text = pdf_text(target.read_bytes(), tmp_path)
    assert shows(text, "贰万元整", BANK_ACCOUNT)
    assert count(books, "SELECT COUNT(*) FROM document WHERE kind = 'letter'") == 1
    code, _, err = run(capsys, books, "letter", "--customer", "NOPE", "--code", "reminder_letter", "-o",
                       str(tmp_path / "x.pdf"), lang="en")
    assert code == 2 and "NOPE" in err and "Traceback" not in err


def test_message_prints_the_text_and_records_it_when_sent(books, capsys):
    code, out, err = run(capsys, books, "message", "--customer", books["big"], "--date", "2026-02-14")
    assert code == 0, err
    assert "20,000.00" in out and BANK_ACCOUNT in out
    assert count(books, "SELECT COUNT(*) FROM contact_log") == 0
    code, out, _ = run(capsys, books, "message", "--customer", books["big"], "--date", "2026-02-14",
                       "--sent", "sms")
    assert code == 0
    assert count(books, "SELECT COUNT(*) FROM contact_log WHERE method = 'sms'") == 1


def test_template_show_and_edit_round_trip_and_an_unknown_placeholder_exits_2(books, capsys, tmp_path):
    code, out, _ = run(capsys, books, "template", "list", "--format", "json")
    listed = json.loads(out)
    assert {(r["code"], r["lang"], r["version"]) for r in listed} >= {("reminder_letter", "zh_CN", 1),
                                                                     ("reminder_letter", "en", 1)}
    code, out, _ = run(capsys, books, "template", "show", "reminder_letter")
    assert code == 0 and "## body" in out and "{invoice_table}" in out
    edited = out.split("\n", 1)[1].replace("## title\n催款函", "## title\n催款通知函")
    path = tmp_path / "t.txt"
    path.write_text(edited, encoding="utf-8")
    code, out, err = run(capsys, books, "template", "edit", "reminder_letter", "--from-file", str(path))
    assert code == 0, err
    assert "2" in out
    code, out, _ = run(capsys, books, "template", "show", "reminder_letter", "--version", "2", "--format", "json")
    assert json.loads(out)["title"] == "催款通知函"
    body = tmp_path / "body.txt"
    body.write_text("{customer_name}：\n\n请付款{no_such}。\n", encoding="utf-8")
    code, out, err = run(capsys, books, "template", "edit", "reminder_letter", "--body-file", str(body))
    assert code == 2 and "{no_such}" in err and "未知" in err and "Traceback" not in err
    code, out, err = run(capsys, books, "template", "edit", "reminder_letter", "--body-file", str(body), lang="en")
    assert code == 2 and "unknown placeholder {no_such}" in err
    assert count(books, "SELECT MAX(version) FROM document_template WHERE code = 'reminder_letter' "
                        "AND lang = 'zh_CN'") == 2
    # the English template is the English one
    code, out, _ = run(capsys, books, "template", "show", "reminder_letter", lang="en")
    assert "Overdue payment reminder" in out


def test_late_fee_set_show_and_off(books, capsys):
    code, out, _ = run(capsys, books, "late-fee", "show", lang="en")
    assert "No late fees are charged." in out and "within 7 days" in out
    code, out, err = run(capsys, books, "late-fee", "set", "--rate-per-mille", "0.1234", lang="en")
    assert code == 2 and "0.1234" in err
    code, out, err = run(capsys, books, "late-fee", "set", "--rate-per-mille", "0.5", "--grace-days", "3",
                         "--cap-at-principal", "--deadline-days", "10", "--format", "json")
    assert code == 0, err
    assert json.loads(out) == {"rate_per_mille": "0.5", "grace_days": 3, "cap_at_principal": True,
                               "deadline_days": 10}
    clock.set(DAY)
    code, out, _ = run(capsys, books, "message", "--customer", books["big"], "--date", "2026-02-14")
    assert "2026年2月24日" in out                       # the new deadline
    code, out, _ = run(capsys, books, "late-fee", "off", "--format", "json")
    assert json.loads(out)["rate_per_mille"] is None


def test_a_letter_or_message_dated_outside_the_books_dates_exits_2_and_archives_nothing(books, capsys, tmp_path):
    for args in (["letter", "--customer", books["big"], "--code", "reminder_letter", "-o", str(tmp_path / "x.pdf")],
                 ["letters", "--combined", "-o", str(tmp_path / "all.pdf")],
                 ["message", "--customer", books["big"]]):
        code, out, err = run(capsys, books, *args, "--date", "2099-01-01", lang="en")
        assert code == 2, (args, out)
        assert "2099-01-01" in err and "outside the dates these books accept" in err and "Traceback" not in err
    code, _, err = run(capsys, books, "letter", "--customer", books["big"], "--code", "reminder_letter",
                       "--date", "1999-12-31", "-o", str(tmp_path / "y.pdf"))
    assert code == 2 and "1999-12-31" in err and "函件日期" in err
    assert not list(tmp_path.glob("*.pdf"))
    assert count(books, "SELECT COUNT(*) FROM document") == 0


def test_a_brace_not_closed_or_a_file_not_there_is_refused_in_the_users_words_only(books, capsys, tmp_path):
    code, _, err = run(capsys, books, "template", "edit", "reminder_letter", "--title", "催款函{customer_name")
    assert code == 2 and "{customer_name" in err and "未闭合" in err
    assert "expected" not in err and "string" not in err
    code, _, err = run(capsys, books, "template", "edit", "reminder_letter", "--title", "催款函}：{customer_name}")
    assert code == 2 and "}" in err and "format" not in err and "Single" not in err
    code, _, err = run(capsys, books, "template", "edit", "reminder_letter", "--title", "{a{b}", lang="en")
    assert code == 2 and "not closed" in err and "unexpected" not in err
    missing = tmp_path / "nope.txt"
    code, _, err = run(capsys, books, "template", "edit", "reminder_letter", "--body-file", str(missing))
    assert code == 2 and str(missing) in err and "不存在" in err and "Errno" not in err
    bad = tmp_path / "gbk.txt"
    bad.write_bytes("催款".encode("gbk"))
    code, _, err = run(capsys, books, "template", "edit", "reminder_letter", "--body-file", str(bad), lang="en")
    assert code == 2 and "UTF-8" in err and "codec" not in err
    assert count(books, "SELECT MAX(version) FROM document_template WHERE code = 'reminder_letter'") == 1


def test_a_letter_asking_for_nothing_is_refused_and_not_archived(books, capsys, tmp_path):
    code, _, err = run(capsys, books, "letter", "--customer", books["small"], "--code", "payment_reminder",
                       "-o", str(tmp_path / "a.pdf"))
    assert code == 2 and "没有" in err and "付款提醒函" in err and "Traceback" not in err
    code, _, err = run(capsys, books, "letter", "--customer", books["big"], "--code", "reminder_letter",
                       "--date", "2026-01-25", "-o", str(tmp_path / "b.pdf"), lang="en")
    assert code == 2 and "nothing overdue" in err and "2026-01-25" in err
    assert not list(tmp_path.glob("*.pdf"))
    assert count(books, "SELECT COUNT(*) FROM document") == 0
