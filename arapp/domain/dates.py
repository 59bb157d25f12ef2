"""Calendar dates: parsing what people and bank exports write, Excel serials, month arithmetic.

Dates are plain :class:`datetime.date` values (no time, no time zone) everywhere in the
books: an invoice's issue and due dates, a receipt's date, the as-of date of a report.
Dates are always read year first (2026-11-05, 2026/11/5, 2026年11月5日, 20261105);
day-first and month-first forms such as 5/11/2026 are refused as ambiguous.
"""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal

from arapp.errors import ValidationError
from arapp.i18n import tr

__all__ = [
    "add_months",
    "days_between",
    "format_date",
    "from_excel_serial",
    "month_bounds",
    "parse_date",
    "parse_date_time",
    "parse_time",
]

# An optional time of day after the date, as bank exports write 交易时间 (parse_date drops
# it, parse_date_time returns it): 10:23, 10:23:45, 10:23:45.123, and the forms of bank
# systems: 2026-11-05-10.23.45.000000 (a DB2 timestamp) and 20261105 102345.
_CLOCK = (r"(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
          r"|(?P<H2>\d{1,2})\.(?P<M2>\d{2})\.(?P<S2>\d{2})(?:\.\d+)?"
          r"|(?P<H3>\d{2})(?P<M3>\d{2})(?P<S3>\d{2})")
_TIME = r"(?:(?:\s+|T|-)(?:" + _CLOCK + r"))?"
_DATE_FORMS = (
    # 2026-11-05, 2026/11/5, 2026.11.5 (one separator used throughout)
    re.compile(r"^(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})" + _TIME + "$"),
    # 2026年11月5日 (the 日 may be missing, spaces are tolerated)
    re.compile(r"^(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*(?:日|号)?" + _TIME + "$"),
    # 20261105, and 20261105102345 (date and time run together)
    re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})" + _TIME + "$"),
    re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?P<H4>\d{2})(?P<M4>\d{2})(?P<S4>\d{2})$"),
)
_TIME_ONLY = re.compile(r"^(?:" + _CLOCK + r")$")
_MONTH_FORMS = (
    re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})$"),
    re.compile(r"^(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月?$"),
    re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})$"),
)

# Excel's 1900 date system: serial 1 is 1900-01-01, and Lotus 1-2-3's mistake makes serial
# 60 the non-existent 1900-02-29, so from serial 61 (1900-03-01) on, day 0 is 1899-12-30.
_EXCEL_1900_EPOCH = date(1899, 12, 30)
_EXCEL_1904_EPOCH = date(1904, 1, 1)
_EXCEL_MAX_SERIAL = (date(9999, 12, 31) - _EXCEL_1900_EPOCH).days  # 2958465


def _show(text: object) -> str:
    shown = str(text).strip()
    return shown if len(shown) <= 40 else shown[:39] + "…"


def parse_date(text: str | date | datetime | int, *, field: str | None = None) -> date:
    """Read a date a person typed or a file holds.

    Accepted: ``2026-11-05``, ``2026/11/5``, ``2026.11.5``, ``2026年11月5日`` (also
    ``2026年11月5号`` and without 日), ``20261105``, the same with full-width digits
    (``２０２６－１１－０５``), any of these followed by a time of day (``2026-11-05 10:23:45``,
    the time is dropped), a :class:`date` or :class:`datetime` (its date), and an int written
    as yyyymmdd (bank exports store 20261105 as a number). For Excel serial numbers use
    :func:`from_excel_serial`.

    Refused with :class:`~arapp.errors.ValidationError` (message translated and naming the
    text; ``field`` passed on): empty input, anything not in these forms (including the
    ambiguous 5/11/2026), and days that do not exist (2026-02-30).
    """
    if isinstance(text, datetime):
        return text.date()
    if isinstance(text, date):
        return text
    if isinstance(text, bool):
        raise TypeError("parse_date takes text or a date, not bool")
    if isinstance(text, int):
        text = str(text)
    if not isinstance(text, str):
        raise TypeError(f"parse_date takes text or a date, not {type(text).__name__}")
    return _match_date(text, field)[0]


def _match_date(text: str, field: str | None) -> tuple[date, re.Match[str]]:
    shown = _show(text)
    s = unicodedata.normalize("NFKC", text).replace("\u2212", "-").strip()
    if not s:
        raise ValidationError(tr("dates", "The date is empty"), field=field)
    for form in _DATE_FORMS:
        match = form.match(s)
        if match:
            year, month, day = (int(match.group(k)) for k in ("y", "m", "d"))
            try:
                return date(year, month, day), match
            except ValueError:
                raise ValidationError(
                    tr("dates", "'{text}' is not a real date: there is no such day", text=shown),
                    field=field,
                ) from None
    raise ValidationError(
        tr("dates", "'{text}' is not a date; write it like 2026-11-05", text=shown), field=field
    )


def _clock_text(match: re.Match[str], shown: str, field: str | None) -> str:
    """The time of day a match of ``_CLOCK`` found, as ``HH:MM:SS`` ("" when none)."""
    groups = match.groupdict()
    for h, m, s in (("H", "M", "S"), ("H2", "M2", "S2"), ("H3", "M3", "S3"), ("H4", "M4", "S4")):
        if groups.get(h) is not None:
            hour, minute, second = int(groups[h]), int(groups[m]), int(groups[s] or 0)
            if hour > 23 or minute > 59 or second > 59:
                raise ValidationError(
                    tr("dates", "'{text}' is not a time of day", text=shown), field=field)
            return f"{hour:02d}:{minute:02d}:{second:02d}"
    return ""


def parse_date_time(text: str, *, field: str | None = None) -> tuple[date, str]:
    """A date as :func:`parse_date` reads it, and the time of day written after it as
    ``HH:MM:SS`` ("" when there is none): ``2026-11-05 10:23`` -> (2026-11-05, "10:23:00");
    also ``2026-11-05-10.23.45.000000`` and ``20261105102345`` as bank systems write them.
    A time that cannot be (25:00) is refused with ValidationError, like a bad date."""
    if not isinstance(text, str):
        raise TypeError(f"parse_date_time takes text, not {type(text).__name__}")
    day, match = _match_date(text, field)
    return day, _clock_text(match, _show(text), field)


def parse_time(text: str, *, field: str | None = None) -> str:
    """A time of day a file holds in a column of its own (交易时间) as ``HH:MM:SS``:
    ``10:23``, ``10:23:45``, ``10:23:45.5``, ``10.23.45``, ``102345``; full-width digits too.
    Empty text is "" (no time); anything else is refused with ValidationError."""
    if not isinstance(text, str):
        raise TypeError(f"parse_time takes text, not {type(text).__name__}")
    s = unicodedata.normalize("NFKC", text).strip()
    if not s:
        return ""
    match = _TIME_ONLY.match(s)
    if match is None:
        raise ValidationError(tr("dates", "'{text}' is not a time of day", text=_show(text)), field=field)
    return _clock_text(match, _show(text), field)


def from_excel_serial(n: int | float | Decimal, *, date1904: bool = False, field: str | None = None) -> date:
    """The date of an Excel serial day number (a date cell read as a number).

    In the 1900 date system (the default, and what Windows Excel uses) serial 1 is
    1900-01-01. Excel inherited Lotus 1-2-3's belief that 1900 was a leap year, so serial
    60 is the non-existent 1900-02-29 (refused) and serials from 61 on are one day ahead of
    a plain count: 61 is 1900-03-01, 45658 is 2025-01-01. With ``date1904=True`` (old Mac
    workbooks) serial 0 is 1904-01-01. A fractional part is a time of day and is dropped.

    Refused with ValidationError: serials below the first day, 1900-02-29, beyond
    9999-12-31, NaN and infinities.
    """
    if isinstance(n, bool) or not isinstance(n, int | float | Decimal):
        raise TypeError(f"from_excel_serial takes a number, not {type(n).__name__}")
    shown = _show(n)
    if isinstance(n, float | Decimal) and not math.isfinite(n):
        raise ValidationError(tr("dates", "'{text}' is not an Excel date number", text=shown), field=field)
    day = math.floor(n)
    if date1904:
        first, epoch, limit = 0, _EXCEL_1904_EPOCH, (date(9999, 12, 31) - _EXCEL_1904_EPOCH).days
    else:
        first, epoch, limit = 1, _EXCEL_1900_EPOCH, _EXCEL_MAX_SERIAL
    if day < first or day > limit:
        raise ValidationError(tr("dates", "'{text}' is not an Excel date number", text=shown), field=field)
    if not date1904 and day == 60:
        raise ValidationError(
            tr(
                "dates",
                "Excel date number {text} is 1900-02-29, a day that never existed",
                text=shown,
            ),
            field=field,
        )
    if not date1904 and day < 60:
        return epoch + timedelta(days=day + 1)  # before Excel's phantom leap day
    return epoch + timedelta(days=day)


def format_date(d: date) -> str:
    """The ISO form ``2026-11-05`` used in files, the database and on screen."""
    if isinstance(d, datetime):
        d = d.date()
    return d.isoformat()


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` calendar months (negative goes back), keeping the day of month
    where it exists and otherwise taking the month's last day: 2026-01-31 + 1 -> 2026-02-28.
    """
    month_index = d.year * 12 + (d.month - 1) + n
    year, month = divmod(month_index, 12)
    month += 1
    if not 1 <= year <= 9999:
        raise OverflowError(f"{d} moved by {n} months is outside the calendar")
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(d.day, last))


def month_bounds(yyyy_mm: str, *, field: str | None = None) -> tuple[date, date]:
    """The first and last day of a month given as ``2026-11`` (also ``2026/11``, ``2026.11``,
    ``202611``, ``2026年11月``, full-width digits): ``(date(2026, 11, 1), date(2026, 11, 30))``.

    Refused with ValidationError: anything else, and month numbers outside 1-12.
    """
    shown = _show(yyyy_mm)
    if not isinstance(yyyy_mm, str):
        raise TypeError(f"month_bounds takes text like 2026-11, not {type(yyyy_mm).__name__}")
    s = unicodedata.normalize("NFKC", yyyy_mm).strip()
    for form in _MONTH_FORMS:
        match = form.match(s)
        if match:
            year, month = int(match.group("y")), int(match.group("m"))
            if 1 <= year and 1 <= month <= 12:
                last = calendar.monthrange(year, month)[1]
                return date(year, month, 1), date(year, month, last)
            break
    raise ValidationError(
        tr("dates", "'{text}' is not a month; write it like 2026-11", text=shown), field=field
    )


def days_between(a: date, b: date) -> int:
    """Days from ``a`` to ``b`` (``b - a``; negative when ``b`` is earlier).

    Days overdue as of a date is ``days_between(due_date, as_of)``; an invoice due today is
    0 days overdue, one due yesterday 1.
    """
    if isinstance(a, datetime):
        a = a.date()
    if isinstance(b, datetime):
        b = b.date()
    return (b - a).days
