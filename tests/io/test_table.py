"""The header row found under title rows by the names its columns go by; the rows under it,
with totals, notes and repeated headers skipped."""

from __future__ import annotations

import datetime as dt

import pytest

from arapp.io.table import HeaderNotFound, data_rows, find_header, header_key, is_footer, match_columns

SYNONYMS = {
    "date": ("交易日期", "记账日期", "日期"),
    "debit": ("借方发生额", "支出金额", "借方"),
    "credit": ("贷方发生额", "收入金额", "贷方"),
    "amount": ("交易金额", "金额"),
    "balance": ("余额", "账户余额"),
    "description": ("摘要",),
}
REQUIRED = ("date", ("debit", "credit", "amount"))
D = dt.date(2026, 11, 5)


def test_header_keys_ignore_width_case_spaces_and_colons():
    assert header_key(" 借方发生额（元）：") == "借方发生额(元)"
    assert header_key("Ｄａｔｅ") == "date"


def test_columns_match_exactly_then_without_units_then_by_containing():
    names = ["记账日期", "收入金额(元)", "支出金额（元）", "账户余额", "交易摘要"]
    assert match_columns(names, SYNONYMS) == {"date": 0, "credit": 1, "debit": 2, "balance": 3, "description": 4}


def test_a_column_goes_to_its_best_field_only():
    # 借方金额 contains 金额 (amount) but is the debit column; 金额 alone is the amount.
    assert match_columns(["借方", "金额"], SYNONYMS) == {"debit": 0, "amount": 1}


def test_the_header_is_found_under_title_and_account_rows():
    rows = [["中国工商银行账户明细", "", ""], ["账号：6222021234567890", "户名：杭州某某", ""], ["", "", ""],
            ["交易日期", "摘要", "贷方发生额"], [D, "货款", 100.0]]
    header = find_header(rows, SYNONYMS, required=REQUIRED)
    assert header.row_index == 3 and header.row_no == 4
    assert header.columns == {"date": 0, "description": 1, "credit": 2}
    assert header.names == ["交易日期", "摘要", "贷方发生额"]
    assert header.name_of("credit") == "贷方发生额"


def test_the_row_with_the_most_fields_wins():
    rows = [["日期", "金额"], ["交易日期", "摘要", "借方", "贷方", "余额"]]
    assert find_header(rows, SYNONYMS, required=REQUIRED).row_index == 1


def test_no_header_is_refused_naming_what_is_missing():
    rows = [["流水明细"], ["日期", "说明", "备注"], [D, "货款", "x"]]
    with pytest.raises(HeaderNotFound) as caught:
        find_header(rows, SYNONYMS, required=REQUIRED, describe=lambda f: f.upper())
    message = caught.value.message
    assert "no header row found in the first 60 rows" in message
    assert "DEBIT or CREDIT or AMOUNT" in message and "借方发生额" in message
    assert caught.value.missing == [("debit", "credit", "amount")]


def test_a_header_below_the_rows_searched_is_not_found():
    rows = [["x"]] * 60 + [["交易日期", "金额"]]
    with pytest.raises(HeaderNotFound):
        find_header(rows, SYNONYMS, required=REQUIRED)
    assert find_header(rows, SYNONYMS, required=REQUIRED, search_rows=61).row_index == 60


@pytest.mark.parametrize("row", [
    ["合计", "", 100.0], ["", "合计：", 100.0], ["本页小计", "", "1,000.00"], ["汇总收入金额：1,234.00", "", ""],
    ["共 12 笔", "", ""], ["", "总计", ""], ["期末余额", "", 5.0], ["承前页", "", ""],
])
def test_footer_rows_are_recognised(row):
    assert is_footer(row)


@pytest.mark.parametrize("row", [[D, "合计货款", 100.0], ["2026-11-05", "货款 合计", 1.0], [D, "", 1.0]])
def test_a_transaction_that_mentions_a_total_is_not_a_footer(row):
    assert not is_footer(row)


def test_data_rows_skip_blanks_footers_and_repeated_headers_and_say_which():
    rows = [["交易日期", "摘要", "金额"], [D, "货款", 1.0], ["", "", ""], ["本页小计", "", 1.0],
            ["交易日期", "摘要", "金额"], ["2026-11-06", "退款", 2.0], ["合计", "", 3.0], ["制表：张三", "", ""]]
    header = find_header(rows, SYNONYMS, required=REQUIRED)
    skipped: list[int] = []
    got = list(data_rows(rows, header, skipped=skipped))
    assert [n for n, _ in got] == [2, 6, 8]   # the note row 8 is left to the reader to judge
    assert skipped == [4, 5, 7]
