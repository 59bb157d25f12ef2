"""reports.bank_reconciliation: the 银行存款余额调节表 of a small account, worked out by
hand, for November and December; and its PDF and Excel.

Account 基本户, opened 2026-11-01 with 10,000.00 per bank and per books.

    line  date   bank             balance    in the books
    L1    11-02  +1,200.00  S001  11,200.00  accepted: receipt R1 (customer A)
    L2    11-03     -20.00  S002  11,180.00  a fee, not booked               → 银行已付企业未付 20.00
    L3    11-04    +800.00  S003  11,980.00  waiting                          → 银行已收企业未收 800.00
    L4    11-05      +5.00  S004  11,985.00  interest, booked (entry +5.00)
    L7    11-06    +999.00  S007  12,984.00  accepted then unmatched (receipt reversed, dated back)
                                                                              → 银行已收企业未收 999.00
    L5    11-28  -3,000.00  S005   9,984.00  linked to entry E1 -3,000.00 written 11-27
    L6    12-01    +600.00  S006  10,584.00  linked to receipt R2 typed 11-30 (customer B)

    books only: R3 11-29 +300.00 typed (customer A)                            → 企业已收银行未收 300.00
                E2 11-30 -1,500.00 cheque not cashed                           → 企业已付银行未付 1,500.00
                E3 11-10 -100.00, voided 11-12 (not counted)

November 30: bank 9,984.00 (L5's printed balance); books 10,000 + 1,200 + 600 + 300 + 5 - 3,000
- 1,500 = 7,605.00; R2's line is dated 12-01, so R2 is 企业已收银行未收 too (900.00 in all).
Adjusted: bank 9,984 + 900 - 1,500 = 9,384.00; books 7,605 + 1,799 - 20 = 9,384.00; difference 0.
December 31: bank 10,584.00; books 7,605.00; R2 now on both sides (300.00 left).
Adjusted: 10,584 + 300 - 1,500 = 9,384.00 = 7,605 + 1,799 - 20.
"""

from __future__ import annotations

import datetime as _dt

import openpyxl
import pytest
from bank_book import D, line, make_book, read_in
from letters_book import pdf_text

from arapp import clock, i18n
from arapp.errors import NotFound, ValidationError
from arapp.exports.bank import export_bank_reconciliation
from arapp.reports.bank_reconciliation import bank_reconciliation
from arapp.services import bank, receipts


@pytest.fixture
def book(ledger_db):
    b = make_book()
    clock.set(_dt.datetime(2026, 12, 10, 9, 0))
    ids = read_in(b["account"], [
        line(5, D(2026, 11, 2), 120000, name="锦程贸易", serial="S001", balance=1120000),
        line(6, D(2026, 11, 3), 2000, "out", description="手续费", serial="S002", balance=1118000),
        line(7, D(2026, 11, 4), 80000, name="不明来款", serial="S003", balance=1198000),
        line(8, D(2026, 11, 5), 500, description="结息", serial="S004", balance=1198500),
        line(9, D(2026, 11, 6), 99900, name="某某", serial="S007", balance=1298400),
        line(10, D(2026, 11, 28), 300000, "out", name="供应商", serial="S005", balance=998400),
        line(11, D(2026, 12, 1), 60000, name="杭州华美", serial="S006", balance=1058400),
    ]).line_ids
    l1, _l2, _l3, l4, l7, l5, l6 = ids
    bank.accept_match(l1, b["a"], [(b["invoices"][0], 100000)])
    bank.book_line(l4, "利息收入")
    bank.accept_match(l7, b["a"], [])
    bank.unmatch(l7, "不是该客户的款")
    e1 = bank.add_book_entry(b["account"], D(2026, 11, 27), "out", 300000, "付供应商货款").entry_id
    bank.link_book_entry(e1, l5)
    r2 = receipts.record_receipt(b["b"], D(2026, 11, 30), 60000, allocations=None, bank_account=b["account"])
    bank.link_receipt(l6, r2.number)
    receipts.record_receipt(b["a"], D(2026, 11, 29), 30000, allocations=None, bank_account="基本户")
    bank.add_book_entry(b["account"], D(2026, 11, 30), "out", 150000, "开出支票 No.123")
    e3 = bank.add_book_entry(b["account"], D(2026, 11, 10), "out", 10000, "记错的付款").entry_id
    bank.void_book_entry(e3, "重复", date=D(2026, 11, 12))
    b["r2"] = r2.number
    return b


def _items(rec, kind):
    return [(i.date, i.amount) for i in rec.of(kind)]


def test_november_worked_out_by_hand(book):
    rec = bank_reconciliation("基本户", "2026-11")
    assert rec.as_of == D(2026, 11, 30)
    assert (rec.bank_balance, rec.bank_balance_date) == (998400, D(2026, 11, 28))
    assert rec.book_balance == 760500
    assert _items(rec, "bank_in") == [(D(2026, 11, 4), 80000), (D(2026, 11, 6), 99900)]
    assert _items(rec, "bank_out") == [(D(2026, 11, 3), 2000)]
    assert _items(rec, "books_in") == [(D(2026, 11, 29), 30000), (D(2026, 11, 30), 60000)]
    assert _items(rec, "books_out") == [(D(2026, 11, 30), 150000)]
    assert rec.adjusted_bank == rec.adjusted_books == 938400
    assert rec.difference == 0 and rec.balanced


def test_december_the_deposit_in_transit_has_reached_the_bank(book):
    rec = bank_reconciliation(book["account"], "2026-12")
    assert (rec.bank_balance, rec.book_balance) == (1058400, 760500)
    assert _items(rec, "books_in") == [(D(2026, 11, 29), 30000)]
    assert rec.adjusted_bank == rec.adjusted_books == 938400


def test_a_difference_in_the_opening_balances_shows_as_the_difference(book):
    bank.update_bank_account(book["account"], opening_book_balance=990000)
    rec = bank_reconciliation(book["account"], "2026-11")
    assert rec.difference == 10000 and not rec.balanced
    assert rec.table().rows[-1][-1] == 10000


def test_a_match_in_december_counts_for_november_by_the_receipts_date(book):
    waiting = bank_reconciliation(book["account"], "2026-11").of("bank_in")[0]
    bank.accept_match(waiting.line_id, book["b"], [])
    rec = bank_reconciliation(book["account"], "2026-11")
    assert _items(rec, "bank_in") == [(D(2026, 11, 6), 99900)]
    assert rec.book_balance == 760500 + 80000 and rec.balanced


def test_a_receipt_reversed_after_the_month_end_still_counts_at_the_month_end(book):
    receipts.reverse_receipt(book["r2"], "退票", date=D(2026, 12, 5))
    nov = bank_reconciliation(book["account"], "2026-11")
    assert nov.book_balance == 760500 and nov.balanced
    dec = bank_reconciliation(book["account"], "2026-12")
    assert dec.book_balance == 700500
    assert (D(2026, 12, 1), 60000) in _items(dec, "bank_in") and dec.balanced


def test_without_printed_balances_the_bank_balance_is_the_opening_balance_and_the_lines(book):
    other = bank.add_bank_account("一般户", "建设银行", "6217000011112222", opening_bank_balance=50000,
                                  opening_book_balance=50000).account_id
    read_in(other, [line(2, D(2026, 11, 3), 1000, "out"), line(3, D(2026, 11, 9), 20000)], "ccb.xlsx")
    rec = bank_reconciliation(other, "2026-11")
    assert (rec.bank_balance, rec.bank_balance_date) == (69000, None)
    assert rec.adjusted_bank == rec.adjusted_books == 69000 and rec.balanced


def test_the_last_printed_balance_of_a_day_is_taken_in_the_banks_order_whichever_way_the_file_runs(book):
    other = bank.add_bank_account("一般户", "建设银行", "6217000011112222", opening_bank_balance=100000).account_id
    read_in(other, [line(2, D(2026, 11, 10), 10000, balance=130000),       # newest first
                    line(3, D(2026, 11, 10), 20000, balance=120000),
                    line(4, D(2026, 11, 9), 10000, "out", balance=100000)], "newest-first.xlsx")
    assert bank_reconciliation(other, "2026-11").bank_balance == 130000


def test_a_month_and_an_account_that_are_not_are_refused(book):
    with pytest.raises(ValidationError, match="not a month"):
        bank_reconciliation(book["account"], "2026-13")
    with pytest.raises(NotFound):
        bank_reconciliation("没有这个户", "2026-11")


def test_the_statement_goes_out_as_a_signed_pdf_and_an_excel_workbook(book, tmp_path):
    i18n.set_language("zh_CN")
    rec = bank_reconciliation(book["account"], "2026-11")
    pdf = export_bank_reconciliation(rec, "pdf", tmp_path / "rec.pdf")
    text = pdf_text(pdf.read_bytes(), tmp_path)
    for words in ("银行存款余额调节表", "银行已收、企业未收", "企业已付、银行未付", "调节后的存款余额", "9,384.00",
                  "编制", "审核", "资金主管", "财务总监"):
        assert words in text, words
    xlsx = export_bank_reconciliation(rec, "xlsx", tmp_path / "rec.xlsx")
    wb = openpyxl.load_workbook(xlsx)
    assert len(wb.sheetnames) == 2
    values = [c for row in wb.worksheets[0].iter_rows(values_only=True) for c in row if c is not None]
    assert "银行对账单余额" in values and 9984 in values
    with pytest.raises(ValidationError, match="pdf 或 xlsx"):
        export_bank_reconciliation(rec, "csv", tmp_path / "rec.csv")
