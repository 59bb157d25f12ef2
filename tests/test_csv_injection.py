"""CSV export is as formula-safe as the xlsx export: text that a spreadsheet would run
as a formula gets a quote in front; amounts, counts and ratios the program formats stay
numbers, negative ones too."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest

from arapp.exports.csv import table_csv
from arapp.reports.table import Column, ReportTable

NASTY = ['=HYPERLINK("http://x","y")', "@SUM(1)", "+1", "=cmd|' /C calc'!A0", "-2", "\tx", "\rx"]


def read(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def table(names, amounts) -> ReportTable:
    cols = [Column("name", "Name"), Column("amount", "Amount", "money"), Column("days", "Days", "int"),
            Column("share", "Share", "percent"), Column("avg", "Average", "number"), Column("due", "Due", "date")]
    rows = [[n, a, -3, Decimal("-0.125"), Decimal("-1.25"), dt.date(2026, 3, 1)]
            for n, a in zip(names, amounts, strict=True)]
    return ReportTable("T", cols, rows, totals=["=SUM(B2:B9)", sum(amounts), None, None, None, None])


def test_text_that_looks_like_a_formula_gets_a_quote_in_front():
    rows = read(table_csv(table(NASTY, [100] * len(NASTY))))
    assert [r[0] for r in rows[1:-1]] == ["'" + n for n in NASTY]
    assert rows[-1][0] == "'=SUM(B2:B9)"


@pytest.mark.parametrize("name", ["甲公司", "O'Brien", "a=b", "1+1", "(1,234.50)", "'quoted"])
def test_ordinary_text_is_written_as_it_is(name):
    assert read(table_csv(table([name], [1])))[1][0] == name


def test_negative_amounts_counts_and_ratios_stay_numbers():
    rows = read(table_csv(table(["甲", "乙"], [-123456, -5])))
    assert rows[1][1:5] == ["-1234.56", "-3", "-0.1250", "-1.3"]
    assert rows[2][1] == "-0.05"
    assert rows[-1][1] == "-1234.61"


def test_text_in_a_number_column_is_text_and_quoted_too():
    t = ReportTable("T", [Column("amount", "Amount", "money")], [["-1"], ["=1+1"], [12]])
    assert [r[0] for r in read(table_csv(t))[1:]] == ["'-1", "'=1+1", "0.12"]


def test_control_characters_the_xlsx_export_drops_are_dropped_from_csv_too():
    t = ReportTable("T", [Column("name", "Name")], [["A\x1b[31mB\x00C\x08"]])
    assert read(table_csv(t))[1][0] == "A[31mBC"
