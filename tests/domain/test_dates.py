"""Dates: what people and bank exports write, Excel serials, month arithmetic."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arapp import i18n
from arapp.domain.dates import (
    add_months,
    days_between,
    format_date,
    from_excel_serial,
    month_bounds,
    parse_date,
)
from arapp.errors import ValidationError

NOV_5 = date(2026, 11, 5)


@pytest.fixture(autouse=True)
def english():
    before = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-05",
        "2026-11-5",
        "2026/11/5",
        "2026/11/05",
        "2026.11.5",
        "2026年11月5日",
        "2026年11月05日",
        "2026 年 11 月 5 日",
        "2026年11月5号",
        "2026年11月5",
        "20261105",
        "  2026-11-05  ",
        "２０２６－１１－０５",
        "２０２６年１１月５日",
        "２０２６１１０５",
        "2026-11-05 10:23:45",
        "2026/11/5 9:05",
        "2026-11-05T10:23:45",
        "2026年11月5日 10:23",
        "20261105 10:23:45.123",
        20261105,
        NOV_5,
        datetime(2026, 11, 5, 23, 59),
    ],
)
def test_parse_date_accepts_the_forms_in_use(text):
    assert parse_date(text) == NOV_5
    assert type(parse_date(text)) is date


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("2026-02-30", "no such day"),
        ("2025-02-29", "no such day"),
        ("2026-13-01", "no such day"),
        ("2026-00-10", "no such day"),
        ("20260230", "no such day"),
        ("2026年2月30日", "no such day"),
        ("garbage", "is not a date"),
        ("5/11/2026", "is not a date"),  # day or month first: ambiguous
        ("11/5/2026", "is not a date"),
        ("26-11-05", "is not a date"),
        ("2026-11/05", "is not a date"),  # mixed separators
        ("2026-11", "is not a date"),
        ("2026110", "is not a date"),
        ("2026-11-05 25", "is not a date"),
        ("46331", "is not a date"),  # an Excel serial: use from_excel_serial
    ],
)
def test_parse_date_refuses_and_names_the_text(text, complaint):
    with pytest.raises(ValidationError) as caught:
        parse_date(text, field="due_date")
    assert complaint in caught.value.message
    assert f"'{text}'" in caught.value.message
    assert caught.value.field == "due_date"


@pytest.mark.parametrize("text", ["", "   ", "\u3000"])
def test_parse_date_refuses_empty(text):
    with pytest.raises(ValidationError, match="empty"):
        parse_date(text)


def test_parse_date_refuses_non_text():
    for bad in (46331.0, None, True, Decimal("20261105")):
        with pytest.raises(TypeError):
            parse_date(bad)  # type: ignore[arg-type]


def test_leap_day_exists_in_leap_years_only():
    assert parse_date("2028-02-29") == date(2028, 2, 29)
    with pytest.raises(ValidationError):
        parse_date("2100-02-29")


@given(st.dates(min_value=date(1000, 1, 1)))
def test_every_written_form_reads_back(d):
    assert parse_date(format_date(d)) == d
    assert parse_date(f"{d.year}/{d.month}/{d.day}") == d
    assert parse_date(f"{d.year}.{d.month}.{d.day}") == d
    assert parse_date(f"{d.year}年{d.month}月{d.day}日") == d
    assert parse_date(d.strftime("%Y%m%d")) == d


# --- Excel serial numbers --------------------------------------------------------------


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, date(1900, 1, 1)),
        (2, date(1900, 1, 2)),
        (31, date(1900, 1, 31)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),  # after Excel's phantom 1900-02-29
        (366, date(1900, 12, 31)),
        (367, date(1901, 1, 1)),
        (36526, date(2000, 1, 1)),
        (45658, date(2025, 1, 1)),
        (46331, NOV_5),
        (46331.99, NOV_5),  # the fraction is a time of day
        (46331.0, NOV_5),
        (Decimal("46331.5"), NOV_5),
        (2958465, date(9999, 12, 31)),
    ],
)
def test_from_excel_serial_1900_system(serial, expected):
    assert from_excel_serial(serial) == expected


def test_from_excel_serial_refuses_the_phantom_leap_day():
    with pytest.raises(ValidationError, match="1900-02-29"):
        from_excel_serial(60)
    with pytest.raises(ValidationError, match="1900-02-29"):
        from_excel_serial(60.5)


@pytest.mark.parametrize("serial", [0, 0.5, -1, 2958466, float("nan"), float("inf")])
def test_from_excel_serial_refuses_out_of_range(serial):
    with pytest.raises(ValidationError) as caught:
        from_excel_serial(serial, field="交易日期")
    assert caught.value.field == "交易日期"


def test_from_excel_serial_refuses_non_numbers():
    for bad in ("46331", True, None):
        with pytest.raises(TypeError):
            from_excel_serial(bad)  # type: ignore[arg-type]


def test_from_excel_serial_1904_system():
    assert from_excel_serial(0, date1904=True) == date(1904, 1, 1)
    assert from_excel_serial(46331 - 1462, date1904=True) == NOV_5
    with pytest.raises(ValidationError):
        from_excel_serial(-1, date1904=True)


@given(st.dates(min_value=date(1900, 3, 1)))
def test_excel_serials_count_days_from_1899_12_30_after_february_1900(d):
    serial = (d - date(1899, 12, 30)).days
    assert from_excel_serial(serial) == d
    assert from_excel_serial(serial + 0.75) == d


# --- formatting and arithmetic -----------------------------------------------------------


def test_format_date_is_iso():
    assert format_date(NOV_5) == "2026-11-05"
    assert format_date(datetime(2026, 1, 2, 3, 4)) == "2026-01-02"
    assert format_date(date(999, 1, 1)) == "0999-01-01"


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 11, 5), 2, date(2027, 1, 5)),
        (date(2026, 11, 5), -11, date(2025, 12, 5)),
        (date(2026, 11, 5), -12, date(2025, 11, 5)),
        (date(2026, 11, 5), 0, date(2026, 11, 5)),
        (date(2026, 8, 31), 3, date(2026, 11, 30)),  # quarterly billing from month end
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
    ],
)
def test_add_months_clamps_the_day(start, months, expected):
    assert add_months(start, months) == expected


def test_add_months_outside_the_calendar():
    with pytest.raises(OverflowError):
        add_months(date(9999, 12, 1), 1)


@given(st.dates(min_value=date(100, 1, 1), max_value=date(9000, 12, 31)), st.integers(-1200, 1200))
def test_add_months_moves_by_whole_months(d, n):
    moved = add_months(d, n)
    assert (moved.year * 12 + moved.month) - (d.year * 12 + d.month) == n
    assert moved.day <= d.day
    assert moved.day == d.day or (moved + timedelta(days=1)).day == 1  # clamped to month end
    if d.day <= 28:
        assert add_months(moved, -n) == d


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2026-11", date(2026, 11, 1), date(2026, 11, 30)),
        ("2026-02", date(2026, 2, 1), date(2026, 2, 28)),
        ("2028-02", date(2028, 2, 1), date(2028, 2, 29)),
        ("2026-12", date(2026, 12, 1), date(2026, 12, 31)),
        ("2026-1", date(2026, 1, 1), date(2026, 1, 31)),
        ("2026/11", date(2026, 11, 1), date(2026, 11, 30)),
        ("2026.11", date(2026, 11, 1), date(2026, 11, 30)),
        ("202611", date(2026, 11, 1), date(2026, 11, 30)),
        ("2026年11月", date(2026, 11, 1), date(2026, 11, 30)),
        ("２０２６－１１", date(2026, 11, 1), date(2026, 11, 30)),
        (" 2026-11 ", date(2026, 11, 1), date(2026, 11, 30)),
    ],
)
def test_month_bounds(text, first, last):
    assert month_bounds(text) == (first, last)


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "2026", "11-2026", "2026-11-05", "", "abc"])
def test_month_bounds_refuses(text):
    with pytest.raises(ValidationError) as caught:
        month_bounds(text, field="period")
    assert "is not a month" in caught.value.message
    assert caught.value.field == "period"


def test_days_between_is_signed():
    assert days_between(date(2026, 11, 5), date(2026, 12, 5)) == 30
    assert days_between(date(2026, 12, 5), date(2026, 11, 5)) == -30
    assert days_between(NOV_5, NOV_5) == 0
    assert days_between(date(2026, 2, 1), date(2026, 3, 1)) == 28
    assert days_between(datetime(2026, 11, 5, 23, 0), datetime(2026, 11, 6, 1, 0)) == 1


def test_days_overdue_example():
    due = parse_date("2026-10-31")
    assert days_between(due, parse_date("2026年11月30日")) == 30


# --- translations -----------------------------------------------------------------------


def test_date_refusals_are_in_chinese_when_the_language_is_zh_cn():
    i18n.set_language("zh_CN")
    try:
        with pytest.raises(ValidationError) as caught:
            parse_date("2026-02-30")
        assert caught.value.message.startswith("“2026-02-30”")
        assert "日期" in caught.value.message
        with pytest.raises(ValidationError) as caught:
            from_excel_serial(60)
        assert "不存在" in caught.value.message
    finally:
        i18n.set_language("en")
    with pytest.raises(ValidationError, match="no such day"):
        parse_date("2026-02-30")
