"""Bank statements read into lines before anything is written: each bank's export, the
mapping guessed and saved, every rejected row with its row, column and reason, footers
skipped, the account found in the titles, files that run newest first, the running balance."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import sheet_files as files

from arapp import i18n
from arapp.domain.bank import BankLineIn
from arapp.errors import FileRefused, ValidationError
from arapp.io import bank_statement as bs
from arapp.io.bank_statement import PRESETS, BankMapping, RejectedRow, guess_mapping, read_statement

D5, D6, D7 = dt.date(2026, 11, 5), dt.date(2026, 11, 6), dt.date(2026, 11, 7)
TITLE = [["中国工商银行 账户历史明细"], ["账号：6222 0212 3456 7890", "", "户名：杭州某某贸易有限公司"],
         ["起止日期：2026-11-01 至 2026-11-30"]]
HEAD = ["交易日期", "摘要", "借方发生额", "贷方发生额", "余额", "对方户名", "对方账号", "流水号"]


def _lines(preview) -> list[tuple]:
    return [(x.value_date, x.direction, x.amount, x.balance) for x in preview.lines]


def _standard_rows():
    return TITLE + [HEAD,
                    [D5, "货款", None, 1234.5, 11234.5, "宁波某某物流有限公司", "6222000011112222", "SN001"],
                    [D6, "手续费", 5.0, None, 11229.5, "", "", "SN002"],
                    [D7, "货款 INV-2026-000123", None, 800.0, 12029.5, "苏州某某电子", "6222000033334444", "SN003"],
                    ["合计", "", 5.0, 2034.5, "", "", "", ""]]


# --------------------------------------------------------------------------- a plain statement

def test_a_statement_is_read_into_lines_with_everything_around_them(tmp_path):
    preview = read_statement(files.xlsx(tmp_path, _standard_rows()))
    assert preview.profile == "icbc"                      # 工商银行 in the title
    assert preview.account_no == "6222021234567890"
    assert preview.account_name == "杭州某某贸易有限公司"
    assert preview.header_row_no == 4 and preview.sheet_name == "明细"
    assert preview.lines[0] == BankLineIn(5, D5, "in", 123450, "", 1123450, "宁波某某物流有限公司", "6222000011112222",
                                          "", "货款", "", "SN001", "")
    assert _lines(preview) == [(D5, "in", 123450, 1123450), (D6, "out", 500, 1122950), (D7, "in", 80000, 1202950)]
    assert preview.rejected == [] and preview.footer_rows == [8]
    assert preview.first_date == D5 and preview.last_date == D7 and preview.rows_read == 3
    assert not preview.newest_first
    assert preview.balance_check.checked == 2 and preview.balance_check.breaks == []
    assert preview.mapping.columns == {"date": "交易日期", "description": "摘要", "debit": "借方发生额",
                                       "credit": "贷方发生额", "balance": "余额", "counterparty_name": "对方户名",
                                       "counterparty_account": "对方账号", "serial": "流水号"}
    assert preview.workbook.kind == "xlsx" and "「明细」" in preview.sheet_note


def test_lines_made_fast_equal_lines_made_the_ordinary_way():
    fast = bs._Line(4, D5, "in", 100, "", None, "a", "b", "c", "d", "e", "f", "g")
    assert fast == BankLineIn(4, D5, "in", 100, "", None, "a", "b", "c", "d", "e", "f", "g")
    assert hash(fast) == hash(BankLineIn(4, D5, "in", 100, "", None, "a", "b", "c", "d", "e", "f", "g"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.amount = 5  # type: ignore[misc]


def test_the_same_statement_as_text_cells_reads_the_same(tmp_path):
    """A CSV (every cell text: the thorough path) and the xlsx (number and date cells: the fast path)."""
    rows = _standard_rows()
    as_text = [[("" if v is None else v.isoformat() if isinstance(v, dt.date) else f"{v:,.2f}"
                 if isinstance(v, float) else v) for v in row] for row in rows]
    from_xlsx = read_statement(files.xlsx(tmp_path, rows))
    from_csv = read_statement(files.csv_file(tmp_path, as_text, encoding="gbk"))
    assert from_csv.workbook.encoding == "gb18030"
    assert from_csv.lines == from_xlsx.lines


# --------------------------------------------------------------------------- each bank's export

def test_icbc_date_and_time_in_one_column_and_voucher_numbers(tmp_path):
    rows = [["中国工商银行对公账户明细"], ["交易时间", "对方单位名称", "对方账号", "借方发生额", "贷方发生额", "余额",
                                  "摘要", "用途", "凭证号"],
            ["2026-11-05 10:23:45", "宁波某某", "6222000011112222", "", "1,000.00", "11,000.00", "汇入", "货款",
             "0001"]]
    preview = read_statement(files.xlsx(tmp_path, rows))
    line = preview.lines[0]
    assert (line.value_date, line.value_time, line.amount, line.purpose, line.reference, line.serial) == (
        D5, "10:23:45", 100000, "货款", "0001", "")
    assert preview.mapping.columns["date"] == preview.mapping.columns["time"] == "交易时间"


def test_ccb_columns_with_their_notes_in_brackets_from_a_gbk_csv(tmp_path):
    rows = [["中国建设银行 活期账户交易明细"], ["账号", "6217 0000 1111 2222 333"],
            ["交易日期", "交易时间", "借方发生额（支取）", "贷方发生额（收入）", "余额", "币种", "对方户名", "对方账号",
             "对方开户机构", "记账日期", "摘要", "备注", "账户明细编号-交易流水号"],
            ["20261105", "09:05:00", "", "2,000.00", "12,000.00", "人民币", "苏州某某", "6222", "建行苏州分行",
             "20261105", "转账", "INV-2026-000123", "1001-0001"],
            ["20261106", "10:00:00", "300.00", "", "11,700.00", "人民币", "国网", "", "", "20261106", "电费", "", "1001-0002"]]
    preview = read_statement(files.csv_file(tmp_path, rows, encoding="gbk"))
    assert preview.profile == "ccb" and preview.account_no == "6217000011112222333"
    assert [(x.value_time, x.direction, x.amount, x.serial, x.counterparty_bank) for x in preview.lines] == [
        ("09:05:00", "in", 200000, "1001-0001", "建行苏州分行"), ("10:00:00", "out", 30000, "1001-0002", "")]
    assert preview.lines[0].purpose == "INV-2026-000123"
    assert preview.balance_check.breaks == []


def test_abc_signed_amounts_and_dates_as_numbers(tmp_path):
    rows = [["中国农业银行账户明细"], ["交易日期", "交易时间", "交易金额", "本次余额", "对方户名", "对方账号", "交易行",
                                "交易用途"],
            [20261105, "102345", 1500.0, 11500.0, "杭州某某", "6228", "农行杭州", "货款"],
            [20261105, "142000", -500.0, 11000.0, "", "", "", "代发工资"]]
    preview = read_statement(files.xlsx(tmp_path, rows))
    assert preview.profile == "abc"
    assert [(x.value_date, x.value_time, x.direction, x.amount, x.balance) for x in preview.lines] == [
        (D5, "10:23:45", "in", 150000, 1150000), (D5, "14:20:00", "out", 50000, 1100000)]
    assert preview.lines[1].purpose == "代发工资"


def test_boc_amount_with_a_debit_credit_flag(tmp_path):
    rows = [["中国银行 交易流水"], ["交易日期", "借贷标志", "交易金额", "交易后余额", "对方账户名称", "对方账户账号",
                               "摘要"],
            ["2026/11/5", "贷", "1,000.00", "2,000.00", "温州某某", "6216", "货款"],
            ["2026/11/6", "借", "100.00", "1,900.00", "", "", "费用"],
            ["2026/11/7", "C", "5.00", "1,905.00", "", "", "利息"]]
    preview = read_statement(files.xls(tmp_path, rows))
    assert preview.profile == "boc" and preview.workbook.kind == "xls"
    assert [(x.direction, x.amount) for x in preview.lines] == [("in", 100000), ("out", 10000), ("in", 500)]
    assert preview.lines[0].counterparty_account == "6216"


def test_cmb_trade_day_and_payer_columns(tmp_path):
    rows = [["招商银行交易明细"], ["交易日", "交易时间", "借方金额", "贷方金额", "余额", "摘要", "流水号", "收(付)方名称",
                              "收(付)方账号", "收(付)方开户行名"],
            ["2026年11月5日", "08:30:00", "-", "￥3,000.00", "5,000.00", "汇款", "CMB01", "合肥某某", "6214",
             "招行合肥分行"]]
    preview = read_statement(files.html_xls(tmp_path, rows))
    assert preview.profile == "cmb" and preview.workbook.kind == "html"
    line = preview.lines[0]
    assert (line.value_date, line.direction, line.amount, line.counterparty_name, line.counterparty_account,
            line.counterparty_bank, line.serial) == (D5, "in", 300000, "合肥某某", "6214", "招行合肥分行", "CMB01")


def test_generic_export_from_an_ods(tmp_path):
    rows = [["记账日期", "收入金额", "支出金额", "账户余额", "对方名称", "用途"],
            [D5, 10.0, None, 110.0, "张三", "定金"], [D6, None, 20.0, 90.0, "李四", "退款"]]
    preview = read_statement(files.ods(tmp_path, rows))
    assert preview.profile == "generic" and preview.workbook.kind == "ods"
    assert _lines(preview) == [(D5, "in", 1000, 11000), (D6, "out", 2000, 9000)]


def test_a_profile_given_is_used_and_an_unknown_one_refused(tmp_path):
    path = files.xlsx(tmp_path, _standard_rows())
    assert read_statement(path, profile="ccb").profile == "ccb"
    with pytest.raises(ValidationError, match="no bank format called 'hsbc'"):
        read_statement(path, profile="hsbc")


def test_every_preset_has_synonyms_for_every_field():
    from arapp.domain import vocabulary as vocab

    assert set(PRESETS) == set(vocab.BANK_PROFILES)
    for preset in PRESETS.values():
        assert set(preset.synonyms) == set(vocab.BANK_FIELDS)


# --------------------------------------------------------------------------- the mapping

def test_a_mapping_is_guessed_from_the_header_names():
    mapping = guess_mapping(["序号", "记账日期", "摘要", "支出金额", "收入金额", "余额", "对方单位名称", "对方账户",
                             "对方开户行", "交易流水号", "附言"])
    assert mapping.columns == {"date": "记账日期", "description": "摘要", "debit": "支出金额", "credit": "收入金额",
                               "balance": "余额", "counterparty_name": "对方单位名称", "counterparty_account": "对方账户",
                               "counterparty_bank": "对方开户行", "serial": "交易流水号", "purpose": "附言"}


def test_a_mapping_goes_to_json_and_back():
    mapping = BankMapping({"credit": "收款", "date": "日子"})
    text = mapping.to_json()
    assert text == '{"version": 1, "columns": {"date": "日子", "credit": "收款"}}'
    assert BankMapping.from_json(text) == mapping


@pytest.mark.parametrize(("text", "complaint"), [
    ("not json", "cannot be read"), ('{"columns": {"colour": "红"}}', "unknown fields: colour"), ("[1]", "cannot be read"),
])
def test_a_broken_saved_mapping_is_refused(text, complaint):
    with pytest.raises(ValidationError, match=complaint):
        BankMapping.from_json(text)


def test_a_saved_mapping_reads_a_file_whose_names_no_preset_knows(tmp_path):
    rows = [["日子", "收款", "付款", "说明文字"], ["2026-11-05", "1.00", "", "甲"], ["2026-11-06", "", "2.00", "乙"]]
    path = files.csv_file(tmp_path, rows)
    with pytest.raises(FileRefused, match="statement.csv, sheet 「statement」: no header row found"):
        read_statement(path)
    mapping = BankMapping({"date": "日子", "credit": "收款", "debit": "付款", "description": "说明文字",
                           "serial": "编号"})
    preview = read_statement(path, mapping=mapping)
    assert [(x.direction, x.amount, x.description) for x in preview.lines] == [("in", 100, "甲"), ("out", 200, "乙")]
    assert preview.notes == ["Columns of the saved mapping not in this file: 编号"]


def test_a_saved_mapping_follows_its_columns_when_they_move(tmp_path):
    rows = [["备注", "付款", "收款", "日子"], ["", "", "1.00", "2026-11-05"]]
    mapping = BankMapping({"date": "日子", "credit": "收款", "debit": "付款"})
    preview = read_statement(files.csv_file(tmp_path, rows), mapping=mapping)
    assert _lines(preview) == [(D5, "in", 100, None)]


# --------------------------------------------------------------------------- rejected rows

def test_each_broken_row_is_rejected_naming_row_column_value_and_reason(tmp_path):
    rows = [HEAD,
            [D5, "两边都有", 1.0, 2.0, None, "", "", ""],
            [D5, "没有金额", None, None, None, "", "", ""],
            ["2026-02-30", "坏日期", None, 3.0, None, "", "", ""],
            [D5, "金额有杂字", None, "1,234.50abc", None, "", "", ""],
            [D5, "三位小数", None, "1.005", None, "", "", ""],
            [D5, "都是零", "0", "0.00", None, "", "", ""],
            [D5, "余额坏了", None, 1.0, "余额", "", "", ""],
            [D5, "公式无值", None, "=1+1", None, "", "", ""],
            [D6, "好的", None, 9.0, None, "", "", ""]]
    preview = read_statement(files.xlsx(tmp_path, rows))
    assert preview.rejected == [
        RejectedRow(2, "", "", "both 「借方发生额」 and 「贷方发生额」 are filled; a line moves money one way"),
        RejectedRow(3, "", "", "the row has no amount"),
        RejectedRow(4, "交易日期", "2026-02-30", "'2026-02-30' is not a real date: there is no such day"),
        RejectedRow(5, "贷方发生额", "1,234.50abc", "'1,234.50abc' is not an amount"),
        RejectedRow(6, "贷方发生额", "1.005",
                    "'1.005' has more than two decimal places; amounts are counted to the fen (0.01)"),
        RejectedRow(7, "", "", "the amount is 0 on both sides"),
        RejectedRow(8, "余额", "余额", "'余额' is not an amount"),
        RejectedRow(9, "贷方发生额", "=1+1", "cell D9 holds a formula (1+1) saved without its value; open the file in "
                    "Excel, let it calculate and save it again"),
    ]
    assert [(x.row_no, x.amount) for x in preview.lines] == [(10, 900)]
    assert preview.rows_read == 9


def test_a_bad_flag_and_a_contradicting_sign_are_rejected(tmp_path):
    rows = [["交易日期", "借贷标志", "交易金额"], ["2026-11-05", "?", "1.00"], ["2026-11-05", "贷", "-1.00"],
            ["2026-11-05", "借", "-1.00"], ["2026-11-05", "借", "0"]]
    preview = read_statement(files.csv_file(tmp_path, rows))
    assert [(r.row_no, r.column, r.reason) for r in preview.rejected] == [
        (2, "借贷标志", "the debit/credit flag is not one of 借/贷, 收/支, D/C"),
        (3, "交易金额", "the amount is negative but the flag says it came in"),
        (5, "交易金额", "the amount is 0")]
    assert [(x.direction, x.amount) for x in preview.lines] == [("out", 100)]


def test_a_negative_amount_on_one_side_is_a_reversal_the_other_way(tmp_path):
    rows = [HEAD, [D5, "冲正", None, -50.0, None, "", "", ""], [D5, "退回", "(20.00)", None, None, "", "", ""]]
    preview = read_statement(files.xlsx(tmp_path, rows))
    assert [(x.direction, x.amount) for x in preview.lines] == [("out", 5000), ("in", 2000)]


def test_reasons_are_in_chinese_by_default(tmp_path):
    i18n.set_language("zh_CN")
    rows = [HEAD, [D5, "两边都有", 1.0, 2.0, None, "", "", ""]]
    (rejected,) = read_statement(files.xlsx(tmp_path, rows)).rejected
    assert "同时" in rejected.reason


# --------------------------------------------------------------------------- around the table

def test_footers_repeated_headers_and_notes_are_skipped_and_listed(tmp_path):
    rows = [HEAD, [D5, "a", None, 1.0, None, "", "", ""], ["本页小计", "", None, 1.0, None, "", "", ""], HEAD,
            [D6, "b", None, 2.0, None, "", "", ""], ["汇总收入金额：3.00", "", None, None, None, "", "", ""],
            ["共 2 笔", "", None, None, None, "", "", ""], ["制表人：张三", "", None, None, None, "", "", ""]]
    preview = read_statement(files.xlsx(tmp_path, rows))
    assert [x.row_no for x in preview.lines] == [2, 5]
    assert preview.footer_rows == [3, 4, 6, 7, 8]
    assert preview.rejected == []


def test_a_file_newest_first_is_read_either_way(tmp_path):
    body = _standard_rows()[4:7]
    rows = TITLE + [HEAD] + list(reversed(body))
    # reversed, each printed balance is still the balance after its own line
    preview = read_statement(files.xlsx(tmp_path, rows))
    assert preview.newest_first
    assert [x.value_date for x in preview.lines] == [D7, D6, D5]
    assert preview.first_date == D5 and preview.last_date == D7
    assert preview.balance_check.checked == 2 and preview.balance_check.breaks == []


def test_a_break_in_the_running_balance_is_reported_with_its_row(tmp_path):
    rows = _standard_rows()
    rows[6] = [D7, "货款", None, 800.0, 99999.0, "", "", "SN003"]
    preview = read_statement(files.xlsx(tmp_path, rows))
    (brk,) = preview.balance_check.breaks
    assert (brk.row_no, brk.expected, brk.printed) == (7, 1202950, 9999900)


def test_no_header_is_refused_naming_the_file_and_sheet(tmp_path):
    path = files.xlsx(tmp_path, [["客户", "电话"], ["张三", "123"]])
    with pytest.raises(FileRefused) as caught:
        read_statement(path)
    message = caught.value.message
    assert message.startswith("statement.xlsx, sheet 「明细」: no header row found in the first 60 rows")
    assert "Date or Time" in message and "交易日期" in message


def test_a_hidden_sheet_is_passed_over_and_said(tmp_path):
    path = files.xlsx(tmp_path, _standard_rows(), first_hidden=[("模板", [HEAD])])
    preview = read_statement(path)
    assert preview.sheet_name == "明细" and "Hidden sheets not read: 「模板」" in preview.sheet_note


def test_a_hostile_file_is_refused_through_the_statement_reader(tmp_path):
    with pytest.raises(FileRefused, match="password"):
        read_statement(files.password_protected(tmp_path))


def test_account_numbers_stored_as_numbers_are_flagged(tmp_path):
    rows = [HEAD, [D5, "a", None, 1.0, None, "x", 6.222021234567891e18, ""]]
    preview = read_statement(files.xlsx(tmp_path, rows))
    assert preview.lines[0].counterparty_account == "6222021234567890944"
    assert preview.notes == ["1 counterparty account numbers are stored as numbers in column 「对方账号」; digits past "
                             "the 15th may have been lost by Excel"]


def test_the_account_label_in_one_cell_and_the_number_in_the_next(tmp_path):
    rows = [["账号:", "", "6228 4800 1234 5678"], HEAD, [D5, "a", None, 1.0, None, "", "", ""]]
    assert read_statement(files.xlsx(tmp_path, rows)).account_no == "6228480012345678"


def test_texts_are_stripped_of_padding_and_excel_wrappers(tmp_path):
    rows = [HEAD, ["2026-11-05\t", "\t货款 ", "", "1,000.00\t", "", "  宁波某某\t", '="6222000011112222"', "\tSN9"]]
    line = read_statement(files.csv_file(tmp_path, rows)).lines[0]
    assert (line.description, line.counterparty_name, line.counterparty_account, line.serial, line.amount) == (
        "货款", "宁波某某", "6222000011112222", "SN9", 100000)


def test_a_two_row_header_with_merged_cells_is_found(tmp_path):
    rows = [["中国建设银行账户明细"], ["交易日期", "发生额", None, "余额", "对方信息", None],
            [None, "借方", "贷方", None, "对方户名", "对方账号"],
            [D5, None, 100.0, 1100.0, "宁波某某", "6222"]]
    path = files.xlsx(tmp_path, rows, merges=["A1:F1", "A2:A3", "B2:C2", "D2:D3", "E2:F2"])
    preview = read_statement(path)
    assert preview.header_row_no == 3
    assert preview.mapping.columns == {"date": "交易日期", "debit": "借方", "credit": "贷方", "balance": "余额",
                                       "counterparty_name": "对方户名", "counterparty_account": "对方账号"}
    assert _lines(preview) == [(D5, "in", 10000, 110000)]
    assert preview.lines[0].counterparty_name == "宁波某某"
