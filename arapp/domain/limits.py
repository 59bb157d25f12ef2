"""What may enter the books: the largest amount, the window of dates, billing periods and
quantities. Pure checks; the services call them on every write (so the window, the command
line and imports meet the same rules) and the window sets its widgets' ranges from them.

* Amounts: no document carries more than :data:`arapp.domain.money.MAX_AMOUNT_FEN`
  (¥999,999,999.99; its docstring gives the arithmetic), nor does a line, nor quantity ×
  unit price, nor a unit price.
* Dates: a document's date (issue, receipt, credit note, void, reversal, allocation) lies in
  the company's :class:`DateWindow`, by default 2000-01-01 to one year after today; a due
  date lies from the issue date to :data:`MAX_TERMS_DAYS` after it.
* Billing periods: a month (``2026-11``, also ``2026/11``, ``2026年11月``) or a quarter
  (``2026-Q4``), kept in one form (``2026-11``, ``2026-Q4``), touching the date window.
* Quantities: decimal digits only (``12``, ``2.5``, ``1,000``), more than zero, at most three
  decimals and :data:`MAX_QUANTITY_MILLI` thousandths; ``1e3``, ``inf``, ``0x10``, ``1_000``
  and signs are refused.
"""

from __future__ import annotations

import datetime as _dt
import operator
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from arapp.domain.dates import add_months, month_bounds
from arapp.domain.money import MAX_AMOUNT_FEN, format_amount
from arapp.errors import ValidationError
from arapp.i18n import tr

__all__ = [
    "DEFAULT_EARLIEST",
    "DEFAULT_MONTHS_AHEAD",
    "MAX_AMOUNT_FEN",
    "MAX_MONTHS_AHEAD",
    "MAX_QUANTITY_MILLI",
    "MAX_TERMS_DAYS",
    "SETTING_FLOOR",
    "DateWindow",
    "check_amount",
    "check_due_date",
    "date_window",
    "line_amount",
    "parse_period",
    "parse_quantity",
]

#: The largest quantity on an invoice line, in thousandths: 999,999,999.999.
MAX_QUANTITY_MILLI = 10**12 - 1
#: The longest payment terms (days), as the customer's terms allow: a due date lies at most
#: this long after its issue date.
MAX_TERMS_DAYS = 3650
#: The date window's defaults: from 2000-01-01 to twelve months after today.
DEFAULT_EARLIEST = _dt.date(2000, 1, 1)
DEFAULT_MONTHS_AHEAD = 12
#: What the window's setting may be: its first day from 1970-01-01 (and not after today),
#: its last day up to ten years ahead.
SETTING_FLOOR = _dt.date(1970, 1, 1)
MAX_MONTHS_AHEAD = 120

_QUANTITY = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$")
_QUARTER = re.compile(r"^(?P<y>\d{4})\s*[-/.]?\s*[Qq](?P<q>[1-4])$")


def _shown(value: object) -> str:
    text = str(value).strip()
    return text if len(text) <= 40 else text[:39] + "…"


def check_amount(fen: int, what: str | None = None, *, field: str | None = None) -> int:
    """``fen`` when it is at most :data:`MAX_AMOUNT_FEN`; otherwise a ValidationError naming
    ``what`` (the field in the user's words, e.g. "Receipt amount"; left out where the form
    already says it), the amount and the limit. Only the size is checked here: whether zero
    or a negative is allowed is the caller's."""
    fen = operator.index(fen)
    if abs(fen) > MAX_AMOUNT_FEN:
        amount, limit = format_amount(fen), format_amount(MAX_AMOUNT_FEN)
        if what is None:
            message = tr("limits", "{amount} is more than the largest amount one document may carry, {limit}",
                         amount=amount, limit=limit)
        else:
            message = tr("limits", "{what}: {amount} is more than the largest amount one document may carry, "
                                   "{limit}", what=what, amount=amount, limit=limit)
        raise ValidationError(message, field=field)
    return fen


def parse_quantity(value: Decimal | int | str, *, line: int, field: str = "quantity") -> int:
    """A quantity as typed (text of decimal digits, an int or a Decimal) in thousandths:
    ``"2.5"`` -> 2500, ``"1,000"`` -> 1000000. Refused (ValidationError naming the line and
    the value): anything that is not plain decimal digits (``1e3``, ``inf``, ``1_000``,
    ``0x10``, a sign), zero, more than three decimals (trailing zeros are fine) and more than
    :data:`MAX_QUANTITY_MILLI` thousandths."""
    shown = _shown(value)
    if isinstance(value, bool):
        raise TypeError("a quantity is not a bool")
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise _not_a_quantity(shown, line, field)
        number = value
    elif isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip()
        if not _QUANTITY.match(text):
            raise _not_a_quantity(shown, line, field)
        number = Decimal(text.replace(",", ""))
    else:
        raise TypeError(f"a quantity is text, an int or a Decimal, not {type(value).__name__}")
    if number <= 0:
        raise ValidationError(
            tr("limits", "Line {line}: the quantity {value} must be more than zero", line=line, value=shown),
            field=field)
    milli = number * 1000
    if milli != milli.to_integral_value():
        raise ValidationError(
            tr("limits", "Line {line}: the quantity {value} has more than three decimals", line=line, value=shown),
            field=field)
    if milli > MAX_QUANTITY_MILLI:
        raise ValidationError(
            tr("limits", "Line {line}: the quantity {value} is more than the largest quantity, {limit}",
               line=line, value=shown, limit="999,999,999.999"),
            field=field)
    return int(milli)


def _not_a_quantity(shown: str, line: int, field: str) -> ValidationError:
    return ValidationError(
        tr("limits", "Line {line}: the quantity '{value}' is not a number in digits (write it like 12 or 2.5)",
           line=line, value=shown),
        field=field)


def line_amount(quantity_milli: int, unit_price: int) -> int:
    """Quantity (thousandths) × unit price (fen), rounded half up to the fen. Exact: no
    Decimal context is involved."""
    product = quantity_milli * unit_price
    whole, rest = divmod(abs(product), 1000)
    fen = whole + (1 if rest * 2 >= 1000 else 0)
    return -fen if product < 0 else fen


@dataclass(frozen=True)
class DateWindow:
    """The dates the books accept for their documents: ``earliest`` to ``latest``, both in."""

    earliest: _dt.date
    latest: _dt.date

    def __contains__(self, day: _dt.date) -> bool:
        return self.earliest <= day <= self.latest

    def check(self, day: _dt.date, what: str, *, field: str | None = None) -> _dt.date:
        """``day`` when it is in the window; otherwise a ValidationError naming ``what``
        (e.g. "Issue date", in the user's words), the date and the window."""
        if isinstance(day, _dt.datetime):
            day = day.date()
        if day not in self:
            raise ValidationError(
                tr("limits", "{what} {date} is outside the dates these books accept, {earliest} to {latest} "
                             "(an administrator can change this in Settings)",
                   what=what, date=day.isoformat(), earliest=self.earliest.isoformat(),
                   latest=self.latest.isoformat()),
                field=field)
        return day


def date_window(today: _dt.date, *, earliest: _dt.date = DEFAULT_EARLIEST,
                months_ahead: int = DEFAULT_MONTHS_AHEAD) -> DateWindow:
    """The window from ``earliest`` to ``months_ahead`` calendar months after ``today``
    (one year by default: 2026-12-03 -> 2027-12-03; 2028-02-29 -> 2029-02-28)."""
    return DateWindow(earliest, add_months(today, months_ahead))


def check_due_date(issue: _dt.date, due: _dt.date, *, field: str = "due_date") -> _dt.date:
    """``due`` when it lies from ``issue`` to :data:`MAX_TERMS_DAYS` after it; otherwise a
    ValidationError naming both dates."""
    if due < issue:
        raise ValidationError(
            tr("limits", "The due date {due} is before the issue date {issue}", due=due.isoformat(),
               issue=issue.isoformat()), field=field)
    if (due - issue).days > MAX_TERMS_DAYS:
        raise ValidationError(
            tr("limits", "The due date {due} is more than {days} days after the issue date {issue}",
               due=due.isoformat(), days=MAX_TERMS_DAYS, issue=issue.isoformat()), field=field)
    return due


def parse_period(text: str, window: DateWindow | None = None, *, field: str = "period") -> str:
    """A billing period as the books keep it: ``""`` (none), a month ``2026-11`` (typed also
    as ``2026/11``, ``202611``, ``2026年11月``, full-width digits) or a quarter ``2026-Q4``
    (also ``2026Q4``). With ``window``, the period must overlap it. Anything else is refused
    with a ValidationError naming the text."""
    if not isinstance(text, str):
        raise TypeError(f"a period is text, not {type(text).__name__}")
    s = unicodedata.normalize("NFKC", text).strip()
    if not s:
        return ""
    shown = _shown(text)
    quarter = _QUARTER.match(s)
    try:
        if quarter:
            year, q = int(quarter.group("y")), int(quarter.group("q"))
            first = month_bounds(f"{year:04d}-{3 * q - 2:02d}")[0]
            last = month_bounds(f"{year:04d}-{3 * q:02d}")[1]
            kept = f"{year:04d}-Q{q}"
        else:
            first, last = month_bounds(s)
            kept = f"{first.year:04d}-{first.month:02d}"
    except ValidationError:
        raise ValidationError(
            tr("limits", "The billing period '{text}' is not a month or a quarter; write it like 2026-11 or 2026-Q4",
               text=shown), field=field) from None
    if window is not None and (last < window.earliest or first > window.latest):
        raise ValidationError(
            tr("limits", "The billing period {period} is outside the dates these books accept, {earliest} to {latest}",
               period=kept, earliest=window.earliest.isoformat(), latest=window.latest.isoformat()),
            field=field)
    return kept
