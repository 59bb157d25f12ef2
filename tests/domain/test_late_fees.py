"""Late fees (arapp.domain.late_fees): simple, per mille a day, after the grace, half up."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

import pytest

from arapp.domain import late_fees
from arapp.domain.late_fees import LateFeePolicy
from arapp.errors import ValidationError

DUE = _dt.date(2026, 10, 1)


def test_2000_at_3_per_mille_for_10_days_is_60_00():
    policy = LateFeePolicy(Decimal("3"))
    assert policy.fee(200000, DUE, DUE + _dt.timedelta(days=10)) == 6000


def test_the_grace_days_are_not_charged_and_the_fee_runs_from_due_plus_grace():
    policy = LateFeePolicy(Decimal("0.5"), grace_days=5)
    # 12 days overdue, 5 of grace: 7 days × 0.5‰ × 1,234.56 = 4.32096 -> 4.32
    assert policy.days(DUE, DUE + _dt.timedelta(days=12)) == 7
    assert policy.fee(123456, DUE, DUE + _dt.timedelta(days=12)) == 432
    assert policy.fee(123456, DUE, DUE + _dt.timedelta(days=5)) == 0
    assert policy.fee(123456, DUE, DUE - _dt.timedelta(days=3)) == 0


def test_the_fee_rounds_half_up_once_at_the_end():
    # 1.00 × 0.125‰ × 20 days = 0.0025 -> 0.00; × 0.125‰ × 40 = 0.005 -> 0.01 (half up)
    policy = LateFeePolicy(Decimal("0.125"))
    assert policy.fee(100, DUE, DUE + _dt.timedelta(days=20)) == 0
    assert policy.fee(100, DUE, DUE + _dt.timedelta(days=40)) == 1
    # 3.00 × 0.3‰ a day is 0.0009 yuan a day (0.00 when rounded each day); over 100 days the
    # product 0.09 is rounded once: 0.09. 333.33 × 0.3‰ × 15 = 1.4999850 -> 1.50.
    policy = LateFeePolicy(Decimal("0.3"))
    assert policy.fee(300, DUE, DUE + _dt.timedelta(days=100)) == 9
    assert policy.fee(33333, DUE, DUE + _dt.timedelta(days=15)) == 150


def test_the_cap_holds_the_fee_at_the_principal():
    days = _dt.timedelta(days=400)
    assert LateFeePolicy(Decimal("3")).fee(100000, DUE, DUE + days) == 120000
    assert LateFeePolicy(Decimal("3"), cap_at_principal=True).fee(100000, DUE, DUE + days) == 100000


def test_no_policy_no_fee():
    assert late_fees.late_fee(None, 100000, DUE, DUE + _dt.timedelta(days=99)) == 0


@pytest.mark.parametrize(("typed", "rate"), [
    ("3", Decimal("3")), ("0.5", Decimal("0.5")), ("0.125", Decimal("0.125")), ("３‰", Decimal("3")),
    (" 1.250 ", Decimal("1.250")),
])
def test_a_rate_is_read_exactly(typed, rate):
    assert late_fees.parse_rate(typed) == rate


@pytest.mark.parametrize("typed", ["0.1234", "0", "-1", "abc", "10.5", "1e3", ""])
def test_a_bad_rate_is_refused_naming_it(typed):
    with pytest.raises(ValidationError) as err:
        late_fees.parse_rate(typed)
    assert err.value.field == "rate_per_mille"
    assert typed in err.value.message


def test_grace_days_are_a_whole_number_from_0_to_365():
    assert late_fees.check_grace_days("7") == 7
    for bad in ("-1", "366", "x", True):
        with pytest.raises(ValidationError):
            late_fees.check_grace_days(bad)


def test_a_rate_is_written_without_trailing_zeros():
    assert late_fees.format_rate(Decimal("1.250")) == "1.25"
    assert late_fees.format_rate(Decimal("3")) == "3"
