"""The limits on what enters the books: the amount cap, quantities, periods, date windows."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

import pytest

from arapp.domain import limits
from arapp.domain.money import MAX_AMOUNT_FEN
from arapp.errors import ValidationError

INT64 = 2**63 - 1


def test_the_cap_leaves_room_for_sums_over_ten_million_documents_of_every_kind():
    # invoices, receipts, credit notes and their allocations, ten million each, all at the cap
    assert 4 * 10**7 * MAX_AMOUNT_FEN < INT64 // 2
    assert MAX_AMOUNT_FEN == 99_999_999_999          # ¥999,999,999.99


def test_check_amount_names_the_field_the_amount_and_the_limit():
    assert limits.check_amount(MAX_AMOUNT_FEN, "Receipt amount") == MAX_AMOUNT_FEN
    with pytest.raises(ValidationError) as exc:
        limits.check_amount(MAX_AMOUNT_FEN + 1, "Receipt amount", field="amount")
    assert exc.value.field == "amount"
    assert "Receipt amount" in exc.value.message
    assert "¥1,000,000,000.00" in exc.value.message and "¥999,999,999.99" in exc.value.message


@pytest.mark.parametrize("text, milli", [("1", 1000), ("2.5", 2500), ("1,000", 1_000_000), ("０.００１", 1),
                                         ("3.1400", 3140), (".5", 500), (7, 7000), (Decimal("1.25"), 1250)])
def test_quantities_in_decimal_digits_are_read_in_thousandths(text, milli):
    assert limits.parse_quantity(text, line=1) == milli


@pytest.mark.parametrize("text", ["1e3", "1E3", "inf", "Infinity", "NaN", "1_000", "0x10", "+5", "-1", "1,00",
                                  "", " ", "一", "1.2.3", Decimal("NaN")])
def test_quantities_in_other_forms_are_refused_naming_the_line_and_value(text):
    with pytest.raises(ValidationError) as exc:
        limits.parse_quantity(text, line=3)
    assert "Line 3" in exc.value.message and exc.value.field == "quantity"


@pytest.mark.parametrize("text", ["0", "0.000", "1.0005", "1000000000"])
def test_zero_too_precise_and_too_large_quantities_are_refused(text):
    with pytest.raises(ValidationError, match=text.replace(".", r"\.")):
        limits.parse_quantity(text, line=1)


def test_line_amount_rounds_half_up_exactly():
    assert limits.line_amount(18250, 410) == 7483            # 18.25 × 4.10 = 74.825 -> 74.83
    assert limits.line_amount(1000, MAX_AMOUNT_FEN) == MAX_AMOUNT_FEN


def test_periods_are_kept_in_one_form():
    assert limits.parse_period("") == ""
    assert limits.parse_period(" 2026/1 ") == "2026-01"
    assert limits.parse_period("2026年11月") == "2026-11"
    assert limits.parse_period("202611") == "2026-11"
    assert limits.parse_period("2026q4") == "2026-Q4"


@pytest.mark.parametrize("text", ["nonsense", "2026-13", "2026-00", "11/2026", "2026-Q5", "Q1", "2026-11-05"])
def test_malformed_periods_are_refused_naming_the_text(text):
    with pytest.raises(ValidationError) as exc:
        limits.parse_period(text)
    assert text in exc.value.message and exc.value.field == "period"


def test_a_period_outside_the_window_is_refused():
    window = limits.date_window(_dt.date(2026, 12, 3))
    assert limits.parse_period("2027-12", window) == "2027-12"
    assert limits.parse_period("2000-Q1", window) == "2000-Q1"
    for text in ("2099-01", "1999-12", "1900-Q1"):
        with pytest.raises(ValidationError, match="outside the dates"):
            limits.parse_period(text, window)


def test_the_default_window_is_2000_to_a_year_after_today():
    window = limits.date_window(_dt.date(2028, 2, 29))
    assert (window.earliest, window.latest) == (_dt.date(2000, 1, 1), _dt.date(2029, 2, 28))
    assert window.check(_dt.date(2000, 1, 1), "Issue date") == _dt.date(2000, 1, 1)
    with pytest.raises(ValidationError) as exc:
        window.check(_dt.date(1900, 1, 1), "Issue date", field="issue_date")
    assert "Issue date 1900-01-01" in exc.value.message and "2000-01-01 to 2029-02-28" in exc.value.message
    with pytest.raises(ValidationError):
        window.check(_dt.date(2029, 3, 1), "Issue date")


def test_a_due_date_lies_from_the_issue_date_to_the_longest_terms_after_it():
    issue = _dt.date(2026, 1, 10)
    assert limits.check_due_date(issue, issue) == issue
    assert limits.check_due_date(issue, issue + _dt.timedelta(days=3650))
    with pytest.raises(ValidationError, match="2026-01-09 is before the issue date 2026-01-10"):
        limits.check_due_date(issue, _dt.date(2026, 1, 9))
    with pytest.raises(ValidationError, match="2199-01-01"):
        limits.check_due_date(issue, _dt.date(2199, 1, 1))
