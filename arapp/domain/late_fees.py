"""Late fees (违约金) on overdue invoices: the contract's rule on plain values.

A late-fee policy is a rate per day in per mille (‰) of the overdue principal (what is
still open on the invoice), after a number of grace days, simple (never compounding),
optionally capped at the principal. The fee of one invoice on a day is::

    open amount × rate ‰ × days,   days = (day − due date) − grace days  (none when ≤ 0)

rounded half up to the fen once, at the end (DOMAIN.md: 2,000.00 × 3‰ × 10 days =
60.00). A letter lists each invoice's fee and their sum, so the sum is of the rounded
fees. The fees are their own invoice lines when billed; nothing here edits an invoice.
Pure: no database, no Qt.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from arapp.domain import money
from arapp.errors import ValidationError
from arapp.i18n import tr

#: The highest daily rate accepted (‰): 10‰ a day is 365% a year, far past any contract.
MAX_RATE_PER_MILLE = Decimal("10")
#: Decimal places a rate may have (0.125‰).
RATE_PLACES = 3
#: The longest grace period accepted, in days.
MAX_GRACE_DAYS = 365

_RATE = re.compile(r"^\d+(\.\d+)?$")


@dataclass(frozen=True)
class LateFeePolicy:
    """The contract's late fee: ``rate_per_mille`` a day (a Decimal, ‰), counted from
    ``grace_days`` after the due date, at most the principal when ``cap_at_principal``."""

    rate_per_mille: Decimal
    grace_days: int = 0
    cap_at_principal: bool = False

    def days(self, due_date: _dt.date, on: _dt.date) -> int:
        """The days a fee runs for an invoice due ``due_date``, on ``on`` (0 within the grace)."""
        return max(0, (on - due_date).days - self.grace_days)

    def fee(self, principal: int, due_date: _dt.date, on: _dt.date) -> int:
        """The fee in fen on ``principal`` fen overdue since ``due_date``, on ``on``."""
        days = self.days(due_date, on)
        if principal <= 0 or days <= 0:
            return 0
        fee = money.multiply_fen(principal, Fraction(self.rate_per_mille) / 1000 * days)
        return min(fee, principal) if self.cap_at_principal else fee


def late_fee(policy: LateFeePolicy | None, principal: int, due_date: _dt.date, on: _dt.date) -> int:
    """The fee under ``policy`` (0 with no policy: no late fees)."""
    return 0 if policy is None else policy.fee(principal, due_date, on)


def parse_rate(text: str | Decimal, *, field: str = "rate_per_mille") -> Decimal:
    """A daily rate in ‰ as typed (``0.5``, ``3``, ``0.125``, ``3‰``, full-width digits),
    exactly: more than three decimals, zero, a negative or a rate above
    :data:`MAX_RATE_PER_MILLE` is refused, naming the value."""
    shown = str(text)
    if isinstance(text, Decimal):
        value = text
    else:
        cleaned = unicodedata.normalize("NFKC", str(text)).strip().removesuffix("‰").strip()
        if not _RATE.match(cleaned):
            raise ValidationError(
                tr("late_fees", "The late-fee rate '{value}' is not a number of per mille a day, such as 0.5",
                   value=shown), field=field)
        try:
            value = Decimal(cleaned)
        except InvalidOperation:  # pragma: no cover - the pattern keeps this out
            raise ValidationError(tr("late_fees", "The late-fee rate '{value}' is not a number", value=shown),
                                  field=field) from None
    if not value.is_finite() or value <= 0 or value > MAX_RATE_PER_MILLE:
        raise ValidationError(
            tr("late_fees", "The late-fee rate {value}‰ must be above 0 and at most {most}‰ a day",
               value=shown, most=str(MAX_RATE_PER_MILLE)), field=field)
    if value != value.quantize(Decimal(1).scaleb(-RATE_PLACES)):
        raise ValidationError(
            tr("late_fees", "The late-fee rate {value}‰ has more than {places} decimals",
               value=shown, places=RATE_PLACES), field=field)
    return value


def check_grace_days(value: object, *, field: str = "grace_days") -> int:
    """Grace days as a whole number from 0 to :data:`MAX_GRACE_DAYS` (refused naming the value)."""
    try:
        days = int(str(value).strip()) if not isinstance(value, bool) else -1
    except ValueError:
        days = -1
    if not 0 <= days <= MAX_GRACE_DAYS:
        raise ValidationError(
            tr("late_fees", "The grace days '{value}' must be a whole number from 0 to {most}",
               value=value, most=MAX_GRACE_DAYS), field=field)
    return days


def format_rate(rate: Decimal) -> str:
    """A rate as people write it: ``0.5``, ``3``, ``0.125`` (no trailing zeros)."""
    text = format(rate, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
