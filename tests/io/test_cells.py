"""Cells read as text, dates (with their time of day) and amounts in fen, exactly, in the
forms bank exports and ledgers write them."""

from __future__ import annotations

import datetime as dt

import pytest

from arapp.errors import ValidationError
from arapp.io.cells import cell_amount, cell_date, cell_text, cell_time, is_blank_amount
from arapp.io.sheets import Uncomputed

NOV_5 = dt.date(2026, 11, 5)


# --------------------------------------------------------------------------- text

@pytest.mark.parametrize(("value", "text"), [
    (None, ""), ("", ""), ("  货款\t", "货款"), ("\u3000杭州某某\u00a0", "杭州某某"),
    ('="6222021234567890"', "6222021234567890"), ("'001234", "001234"),
    (6222.0, "6222"), (12.5, "12.5"), (42, "42"), (True, "TRUE"),
    (NOV_5, "2026-11-05"), (dt.datetime(2026, 11, 5, 10, 3), "2026-11-05 10:03:00"),
])
def test_cell_text(value, text):
    assert cell_text(value) == text


def test_a_formula_without_its_value_is_refused_as_text():
    with pytest.raises(ValidationError, match="D7 holds a formula \\(SUM\\(A1:A6\\)\\) saved without its value"):
        cell_text(Uncomputed("D7", "SUM(A1:A6)"))


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize("value", [
    NOV_5, "2026-11-05", "2026/11/5", "2026年11月5日", "20261105", 20261105, 20261105.0, 46331, 46331.0,
    "46331", " 2026-11-05\t", "２０２６－１１－０５",
])
def test_dates_in_every_form_without_a_time(value):
    assert cell_date(value) == (NOV_5, "")


@pytest.mark.parametrize(("value", "time"), [
    (dt.datetime(2026, 11, 5, 10, 23, 45), "10:23:45"),
    ("2026-11-05 10:23:45", "10:23:45"),
    ("2026/11/5 9:05", "09:05:00"),
    ("2026年11月5日 10:23", "10:23:00"),
    ("20261105 102345", "10:23:45"),
    ("20261105102345", "10:23:45"),
    ("2026-11-05-10.23.45.000000", "10:23:45"),
    (46331.4359375, "10:27:45"),
])
def test_dates_with_a_time_of_day(value, time):
    assert cell_date(value) == (NOV_5, time)


def test_the_1904_date_system_moves_serials_by_1462_days():
    assert cell_date(46331 - 1462, date1904=True) == (NOV_5, "")
    assert cell_date(46331, date1904=False) == (NOV_5, "")


@pytest.mark.parametrize(("value", "reason"), [
    ("", "the date is empty"), (None, "the date is empty"), ("2026-02-30", "no such day"),
    ("5/11/2026", "is not a date"), ("货款", "is not a date"), (dt.time(10, 3), "a time of day, not a date"),
    ("2026-11-05 25:00", "not a time of day"), (True, "is not a date"), (60, "never existed"),
])
def test_bad_dates_are_refused_with_the_reason(value, reason):
    with pytest.raises(ValidationError, match=reason):
        cell_date(value)


@pytest.mark.parametrize(("value", "time"), [
    (None, ""), ("", ""), (dt.time(10, 23, 45), "10:23:45"), ("10:23:45", "10:23:45"), ("10:23", "10:23:00"),
    ("10.23.45", "10:23:45"), ("102345", "10:23:45"), (102345, "10:23:45"), (93000, "09:30:00"),
    (0.4359375, "10:27:45"), ("2026-11-05 10:23:45", "10:23:45"), (dt.timedelta(hours=9, minutes=5), "09:05:00"),
])
def test_times_of_day_in_a_column_of_their_own(value, time):
    assert cell_time(value) == time


def test_a_bad_time_is_refused():
    with pytest.raises(ValidationError, match="not a time of day"):
        cell_time("上午")


# --------------------------------------------------------------------------- amounts

@pytest.mark.parametrize(("value", "fen"), [
    (1234.5, 123450), (3.7599999999999998, 376), (0.1 + 0.2, 30), (-12.34, -1234), (999999999999.99, 99999999999999),
    (100, 10000), (1.005, 101),
    ("1,234.50", 123450), ("¥1,234.50", 123450), ("￥1,234.50", 123450), ("1234.5元", 123450),
    ("１，２３４．５０", 123450), ("(1,234.50)", -123450), ("（1,234.50）", -123450), ("-1,234.50", -123450),
    ("1,234.50\t\t", 123450), ("  1234.50  ", 123450), ("0", 0), ("0.00", 0), ("RMB 100", 10000),
    ('="1,234.50"', 123450),
])
def test_amounts_exactly_in_fen(value, fen):
    assert cell_amount(value) == fen


@pytest.mark.parametrize(("value", "reason"), [
    ("1,234.50abc", "is not an amount"), ("12.345", "more than two decimal places"), ("1,23.4", "misplaced"),
    ("", "the amount is empty"), (None, "the amount is empty"), ("-", "the amount is empty"),
    (NOV_5, "a date, not an amount"), (True, "is not an amount"), (float("nan"), "is not an amount"),
    ("1.2.3", "is not an amount"), ("约100", "is not an amount"), (1e13, "too large"),
])
def test_bad_amounts_are_refused_with_the_reason(value, reason):
    with pytest.raises(ValidationError, match=reason):
        cell_amount(value)


def test_a_formula_without_its_value_is_never_an_amount_of_zero():
    with pytest.raises(ValidationError, match="saved without its value"):
        cell_amount(Uncomputed("C3", "A3*2"))


@pytest.mark.parametrize(("value", "blank"), [
    (None, True), ("", True), ("  ", True), ("-", True), ("—", True), ("--", True), ("\t-\t", True),
    ("0", False), (0.0, False), ("1.00", False), (5.0, False),
])
def test_the_empty_side_of_a_debit_credit_pair(value, blank):
    assert is_blank_amount(value) is blank


def test_the_same_text_read_twice_gives_the_same_fen():
    assert cell_amount("8,888.88") == cell_amount("8,888.88") == 888888
    assert cell_date("2026/11/5 10:00") == cell_date("2026/11/5 10:00") == (NOV_5, "10:00:00")
