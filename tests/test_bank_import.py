"""services.bank_import: statement lines into the books never twice (by serial, or by
fingerprint and occurrence), one transaction, audited; the accounts behind them."""

from __future__ import annotations

import pytest
from bank_book import D, line, make_book, read_in, sha

from arapp.db.database import db
from arapp.db.models import AuditLog, BankAccount, BankImport
from arapp.errors import NotFound, PermissionDenied, ValidationError
from arapp.reports.bank import bank_accounts, bank_imports, bank_lines
from arapp.services import bank, bank_import
from arapp.services.context import Actor, acting_as


@pytest.fixture
def book(ledger_db):
    return make_book()


def _count(table: str) -> int:
    return int(db.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


NOVEMBER = [
    line(5, D(2026, 11, 2), 100000, name="上海锦程贸易有限公司", description="货款", serial="S001", balance=1100000),
    line(6, D(2026, 11, 3), 2000, "out", description="手续费", serial="S002", balance=1098000),
    line(7, D(2026, 11, 4), 50000, name="杭州华美", description="房租", serial="S003", balance=1148000),
]


def test_reading_the_same_file_again_adds_nothing(book):
    first = read_in(book["account"], NOVEMBER)
    assert (first.new, first.duplicates, first.rejected) == (3, 0, 0)
    again = read_in(book["account"], NOVEMBER)
    assert (again.new, again.duplicates) == (0, 3)
    assert _count("bank_line") == 3
    assert again.summary == "0 new, 3 already imported, 0 rejected"
    assert [i.new_lines for i in bank_imports(book["account"])] == [0, 3]      # both files recorded, newest first


def test_an_overlapping_statement_adds_only_its_new_lines(book):
    read_in(book["account"], NOVEMBER[:2], "first-half.xlsx")
    later = read_in(book["account"], [*NOVEMBER[1:], line(8, D(2026, 11, 6), 700, "out", serial="S004")],
                    "second-half.xlsx")
    assert (later.new, later.duplicates) == (2, 1)
    assert sorted(r.serial for r in bank_lines(book["account"]).rows) == ["S001", "S002", "S003", "S004"]


def test_two_identical_lines_without_serial_both_stay_and_reading_them_again_adds_neither(book):
    twins = [line(5, D(2026, 11, 5), 30000, name="张三", description="物业费"),
             line(6, D(2026, 11, 5), 30000, name="张三", description="物业费")]
    first = read_in(book["account"], twins)
    assert first.new == 2
    rows = bank_lines(book["account"]).rows
    assert sorted(r.id for r in rows) == sorted(first.line_ids)
    occurrences = sorted(o for (o,) in db.execute_sql("SELECT occurrence FROM bank_line").fetchall())
    assert occurrences == [1, 2]
    again = read_in(book["account"], twins)
    assert (again.new, again.duplicates) == (0, 2)
    # A later statement showing three such lines on that day adds the third only.
    third = read_in(book["account"], [*twins, line(7, D(2026, 11, 5), 30000, name="张三", description="物业费")])
    assert (third.new, third.duplicates) == (1, 2)


def test_a_file_running_newest_first_is_the_same_file_as_oldest_first(book):
    lines = [line(5, D(2026, 11, 5), 30000, name="张三"), line(6, D(2026, 11, 5), 30000, name="张三"),
             line(7, D(2026, 11, 6), 100, "out")]
    read_in(book["account"], lines)
    reversed_file = [line(5 + i, x.value_date, x.amount, x.direction, name=x.counterparty_name)
                     for i, x in enumerate(reversed(lines))]
    assert read_in(book["account"], reversed_file).new == 0


def test_a_serial_the_file_repeats_is_written_once(book):
    result = read_in(book["account"], [NOVEMBER[0], NOVEMBER[0]])
    assert (result.new, result.duplicates) == (1, 1)


def test_the_same_serial_in_another_account_is_another_line(book):
    other = bank.add_bank_account("一般户", "建设银行", "6217000011112222", profile="ccb").account_id
    read_in(book["account"], NOVEMBER)
    assert read_in(other, NOVEMBER).new == 3


def test_an_import_is_recorded_with_its_counts_and_audited(book):
    result = read_in(book["account"], NOVEMBER, rows_read=9, rejected=[object(), object()])
    imp = BankImport.get_by_id(result.import_id)
    assert (imp.rows_read, imp.new_lines, imp.duplicates, imp.rejected, imp.profile) == (9, 3, 0, 2, "icbc")
    assert (imp.first_date, imp.last_date) == (D(2026, 11, 2), D(2026, 11, 4))
    assert (result.first_date, result.last_date, result.rejected) == (D(2026, 11, 2), D(2026, 11, 4), 2)
    audit = AuditLog.get((AuditLog.entity == "bank_import") & (AuditLog.entity_id == str(imp.id)))
    assert audit.action == "import" and '"new_lines": 3' in audit.after_json
    assert result.changes.touches("bank_line", "bank_import", "bank_account")
    assert set(result.changes.ids("bank_line")) == set(result.line_ids)
    assert all(r.status == "unmatched" for r in bank_lines(book["account"]).rows)


def test_a_failure_in_the_middle_of_an_import_leaves_nothing(book, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(bank_import, "record_audit", broken)        # after the lines are written
    with pytest.raises(RuntimeError):
        read_in(book["account"], NOVEMBER)
    assert (_count("bank_line"), _count("bank_import")) == (0, 0)


def test_an_import_is_refused_for_bad_file_facts_an_inactive_account_and_the_wrong_role(book):
    with pytest.raises(ValidationError, match="SHA-256"):
        bank.import_bank_lines(book["account"], NOVEMBER, file_name="a.xlsx", sha256="abc", profile="icbc")
    with pytest.raises(NotFound, match="No bank account 9999"):
        read_in("9999", NOVEMBER)
    with acting_as(Actor("li", "collector")), pytest.raises(PermissionDenied):
        read_in(book["account"], NOVEMBER)
    bank.update_bank_account(book["account"], active=False)
    with pytest.raises(ValidationError, match="not active"):
        read_in(book["account"], NOVEMBER)
    assert _count("bank_line") == 0


def test_a_large_file_goes_in_whole_and_a_second_reading_finds_every_line(book):
    many = [line(i + 2, D(2026, 1 + i % 10, 1 + i % 28), 100 + i, "in" if i % 3 else "out", name=f"客户{i % 97}",
                 description="货款", serial=f"X{i:06d}" if i % 2 else "") for i in range(6_000)]
    result = read_in(book["account"], many, "year.xlsx")
    assert result.new == 6_000 and _count("bank_line") == 6_000 and len(result.line_ids) == 6_000
    assert read_in(book["account"], many, "year.xlsx").duplicates == 6_000


# ------------------------------------------------------------------ accounts

def test_an_account_is_added_found_by_number_or_name_and_updated_with_an_audit(book):
    acct = BankAccount.get_by_id(book["account"])
    assert acct.account_no == "1202020209000012345"            # kept without spaces
    assert bank.update_bank_account("1202 0202 0900 0012 345", bank="中国工商银行").changed == ("bank",)
    assert bank.update_bank_account("基本户", opening_book_balance=999900).changes.touches("bank_account")
    assert bank.update_bank_account(book["account"], bank="中国工商银行").changed == ()
    rows = bank_accounts()
    assert [(r.name, r.bank, r.opening_book_balance) for r in rows] == [("基本户", "中国工商银行", 999900)]
    assert AuditLog.select().where(AuditLog.entity == "bank_account").count() == 3


def test_an_account_refuses_a_used_number_a_bad_profile_and_a_float_balance(book):
    with pytest.raises(ValidationError, match="already used"):
        bank.add_bank_account("另一户", "工商银行", "1202020209000012345")
    with pytest.raises(ValidationError, match="profile"):
        bank.add_bank_account("另一户", "工商银行", "1", profile="hsbc")
    with pytest.raises(ValidationError, match="fen"):
        bank.add_bank_account("另一户", "工商银行", "1", opening_bank_balance=1.5)
    with pytest.raises(ValidationError, match="no field"):
        bank.update_bank_account(book["account"], colour="red")
    with acting_as(Actor("wang", "cashier")), pytest.raises(PermissionDenied):
        bank.add_bank_account("另一户", "工商银行", "2")


def test_the_mapping_is_saved_as_json_and_refused_when_not_an_object(book):
    assert bank.save_mapping(book["account"], '{"columns": {"date": "交易日期"}}').changed == ("mapping",)
    assert BankAccount.get_by_id(book["account"]).mapping == '{"columns": {"date": "交易日期"}}'
    with pytest.raises(ValidationError, match="JSON"):
        bank.save_mapping(book["account"], "[1, 2]")
    assert bank.save_mapping(book["account"], "").changed == ("mapping",)


def test_account_counts_say_how_many_lines_wait(book):
    read_in(book["account"], NOVEMBER)
    row = bank_accounts()[0]
    assert (row.lines, row.unmatched, row.unmatched_in, row.last_date) == (3, 3, 2, D(2026, 11, 4))


def test_bank_lines_filter_search_sort_and_page_in_sql(book):
    read_in(book["account"], NOVEMBER)
    assert bank_lines(search="华美").total == 1
    assert bank_lines(search="s00", order="amount", descending=True).rows[0].amount == 100000
    assert bank_lines(direction="out").rows[0].description == "手续费"
    assert bank_lines(status="unmatched", limit=2).total == 3
    assert len(bank_lines(limit=2, offset=2).rows) == 1
    assert bank_lines(date_from=D(2026, 11, 3), date_to=D(2026, 11, 3)).total == 1
    assert bank_lines(search="100%").total == 0            # % is a character, not a wildcard
    with pytest.raises(ValidationError):
        bank_lines(order="colour")
    with pytest.raises(ValidationError):
        bank_lines(status="lost")
    assert sha("x") != sha("y")
