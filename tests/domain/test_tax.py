"""VAT on an invoice line (arapp.domain.tax): 税额 half up to the fen, rates as typed."""

from __future__ import annotations

import pytest

from arapp.domain import tax
from arapp.domain.limits import line_amount
from arapp.errors import ValidationError


def test_three_at_33_33_with_13_percent_is_99_99_plus_13_00_tax_is_112_99():
    amount = line_amount(3000, 3333)
    assert amount == 9999
    assert tax.line_tax(amount, 1300) == 1300          # 12.9987 -> 13.00
    assert amount + tax.line_tax(amount, 1300) == 11299


@pytest.mark.parametrize(("amount", "rate", "expected"), [
    (50, 900, 5),            # 0.045 -> 0.05: a half goes up (float round would give 0.04)
    (150, 300, 5),           # 0.045 -> 0.05
    (149, 300, 4),           # 0.0447 -> 0.04
    (100000, 600, 6000),     # 1,000.00 at 6% = 60.00
    (12345, 100, 123),       # 1.2345 -> 1.23
    (12350, 100, 124),       # 1.235 -> 1.24
    (99999, 0, 0),
    (99_999_999_999, 1300, 13_000_000_000),   # the cap at 13%: exact, no overflow
])
def test_the_tax_on_a_line_rounds_half_up_to_the_fen(amount, rate, expected):
    assert tax.line_tax(amount, rate) == expected


def test_the_tax_refuses_floats_and_rates_outside_0_to_100_percent():
    with pytest.raises(TypeError):
        tax.line_tax(99.99, 1300)   # type: ignore[arg-type]
    with pytest.raises(ValueError):
        tax.line_tax(100, 10001)


@pytest.mark.parametrize(("typed", "bp"), [
    ("13%", 1300), ("13", 1300), ("１３％", 1300), ("9 %", 900), ("6%", 600), ("3%", 300), ("1%", 100),
    ("13.0%", 1300), ("", 0), ("0", 0), ("0%", 0), ("none", 0), ("无", 0), (None, 0), (1300, 1300), (0, 0),
])
def test_a_rate_is_read_as_typed(typed, bp):
    assert tax.parse_tax_rate(typed) == bp


@pytest.mark.parametrize("typed", ["17%", "16%", "10%", "13.5%", "abc", "0.13", "-13%", "1300", 1700])
def test_a_rate_that_is_not_one_of_todays_is_refused_naming_the_line_and_the_value(typed):
    with pytest.raises(ValidationError) as info:
        tax.parse_tax_rate(typed, line=2)
    assert "Line 2" in info.value.message
    assert "13%, 9%, 6%, 3%, 1%" in info.value.message
    assert info.value.field == "tax_rate"


def test_a_rate_is_written_as_a_percentage():
    assert [tax.rate_text(r) for r in tax.TAX_RATES_BP] == ["", "13%", "9%", "6%", "3%", "1%"]
    assert tax.rate_text(1650) == "16.5%"
    assert tax.rate_text(1705) == "17.05%"
