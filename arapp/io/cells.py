"""One cell of a spreadsheet read as text, as a date (and time of day), or as an amount in fen.

The rules are the domain's (:mod:`arapp.domain.dates`, :mod:`arapp.domain.money`); this
module only knows what cells look like in the files people bring:

- text is stripped of the padding bank exports add (tabs, spaces, no-break and
  full-width spaces) and of Excel's ``="..."`` wrapper that CSV files use to keep an
  account number as text; a whole number stored as a float reads as digits (``6222.0``
  is ``6222``);
- a date is a date or datetime cell, an Excel serial number (1900 or 1904 system; the
  fraction is the time of day), a number written yyyymmdd (20261105), or text in the
  forms :func:`arapp.domain.dates.parse_date_time` reads, with or without a time;
- an amount is a number cell (an Excel float, exactly to the fen through
  :func:`~arapp.domain.money.from_excel_number`) or text in the forms
  :func:`~arapp.domain.money.parse_amount` reads: commas, ¥ and ￥, 元, full-width
  digits, brackets for negative. :func:`is_blank_amount` says whether a cell is the
  empty side of a debit/credit pair (blank, ``-``, ``—``).

Each function raises :class:`~arapp.errors.ValidationError` with the reason in the user's
words; the caller adds the row and the column. A formula saved without its value
(:class:`arapp.io.sheets.Uncomputed`) is refused by all three, never read as 0.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from arapp.domain import dates as domain_dates
from arapp.domain import money
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.io.sheets import Cell, Uncomputed

__all__ = ["cell_amount", "cell_date", "cell_text", "cell_time", "is_blank_amount"]

_PADDING = " \t\r\n\u00a0\u3000\u200b\ufeff"
_BLANK_AMOUNTS = frozenset(("", "-", "--", "—", "——", "－", "/", "\\", "无"))


def _uncomputed(value: Uncomputed) -> ValidationError:
    return ValidationError(tr("SheetCells", "cell {cell} holds a formula ({formula}) saved without its value; "
                              "open the file in Excel, let it calculate and save it again",
                              cell=value.ref, formula=value.formula or "="))


def _clean(text: str) -> str:
    s = text.strip(_PADDING)
    if s.startswith('="') and s.endswith('"') and len(s) >= 3:
        s = s[2:-1].strip(_PADDING)
    elif s.startswith("'"):
        s = s[1:].strip(_PADDING)
    return s


def cell_text(value: Cell) -> str:
    """A cell as text: "" for an empty cell; padding and Excel's ``="..."`` taken away;
    a whole number without ``.0``; a date as 2026-11-05."""
    if value is None:
        return ""
    if type(value) is str:
        return _clean(value) if value else ""
    if isinstance(value, Uncomputed):
        raise _uncomputed(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, str):  # a subclass of str
        return _clean(str(value))
    return str(value).strip(_PADDING)


# --------------------------------------------------------------------------- dates

_date_cache: dict[str, tuple[date, str]] = {}


def cell_date(value: Cell, *, date1904: bool = False) -> tuple[date, str]:
    """A cell as a date and the time of day it carries (``HH:MM:SS``, "" when none).

    A date or datetime cell; an Excel serial number in the workbook's date system (the
    fraction is the time); an int or float written yyyymmdd; text such as 2026-11-05,
    2026/11/5, 2026年11月5日, 20261105, each with or without a time. Refused with
    ValidationError: an empty cell, anything else, days that do not exist."""
    if isinstance(value, datetime):
        return value.date(), _hms(value.hour, value.minute, value.second)
    if isinstance(value, date):
        return value, ""
    if type(value) is str:
        hit = _date_cache.get(value)
        if hit is not None:
            return hit
        text = _clean(value)
        if not text:
            raise ValidationError(tr("SheetCells", "the date is empty"))
        if len(text) == 5 and text.isascii() and text.isdigit():
            return _serial(int(text), date1904)  # an Excel serial number saved as text
        result = domain_dates.parse_date_time(text)
        if len(_date_cache) < 100_000:
            _date_cache[value] = result
        return result
    if isinstance(value, Uncomputed):
        raise _uncomputed(value)
    if isinstance(value, bool) or value is None:
        raise ValidationError(tr("SheetCells", "the date is empty") if value is None
                              else tr("SheetCells", "'{text}' is not a date", text=str(value)))
    if isinstance(value, int | float):
        if 19000101 <= value <= 99991231 and float(value).is_integer():
            return domain_dates.parse_date(int(value)), ""
        return _serial(value, date1904)
    if isinstance(value, time | timedelta):
        raise ValidationError(tr("SheetCells", "'{text}' is a time of day, not a date", text=str(value)))
    if isinstance(value, str):
        return cell_date(str(value), date1904=date1904)
    raise ValidationError(tr("SheetCells", "'{text}' is not a date", text=str(value)))


def _serial(number: int | float, date1904: bool) -> tuple[date, str]:
    """An Excel serial day number with its fraction (the time, to the nearest second)."""
    seconds = round(number * 86400)
    day, second = divmod(seconds, 86400)
    when = domain_dates.from_excel_serial(day, date1904=date1904)
    if second == 0 and float(number).is_integer():
        return when, ""
    return when, _hms(second // 3600, second // 60 % 60, second % 60)


def _hms(hour: int, minute: int, second: int) -> str:
    return f"{hour:02d}:{minute:02d}:{second:02d}"


def cell_time(value: Cell) -> str:
    """A cell of a time-of-day column (交易时间) as ``HH:MM:SS``, "" when empty: a time or
    datetime cell, a fraction of a day, text such as 10:23:45, 10.23.45, 102345, or a
    date with a time (2026-11-05 10:23:45, whose time is taken)."""
    if value is None or value == "":
        return ""
    if isinstance(value, Uncomputed):
        raise _uncomputed(value)
    if isinstance(value, datetime | time):
        return _hms(value.hour, value.minute, value.second)
    if isinstance(value, timedelta):
        seconds = int(value.total_seconds()) % 86400
        return _hms(seconds // 3600, seconds // 60 % 60, seconds % 60)
    if isinstance(value, bool) or isinstance(value, date):
        raise ValidationError(tr("SheetCells", "'{text}' is not a time of day", text=str(value)))
    if isinstance(value, int | float):
        if 0 <= value < 1:
            seconds = min(round(value * 86400), 86399)
            return _hms(seconds // 3600, seconds // 60 % 60, seconds % 60)
        text = str(int(value)) if float(value).is_integer() else repr(value)
        if float(value).is_integer() and 0 <= value <= 235959:
            text = text.zfill(6)
        return domain_dates.parse_time(text)
    text = _clean(str(value))
    if len(text) > 8 and not text.isdigit():
        return domain_dates.parse_date_time(text)[1]
    return domain_dates.parse_time(text)


# --------------------------------------------------------------------------- amounts

_amount_cache: dict[str, int] = {}


def is_blank_amount(value: Cell) -> bool:
    """Whether a cell is the empty side of a debit/credit pair: blank, or a dash (``-``,
    ``—``, ``--``) as bank exports write it. A zero is not blank but reads as 0."""
    if value is None:
        return True
    if type(value) is str:
        return not value or _clean(value) in _BLANK_AMOUNTS
    return False


def cell_amount(value: Cell) -> int:
    """A cell as an amount in fen: a number cell exactly to the fen (Excel's floats through
    their shortest form: 3.7599999999999998 is 376 fen), or text such as 1,234.50,
    ¥1,234.50, ￥1234.5元, （1,234.50） for negative, full-width digits, with tabs and
    spaces around. Refused with ValidationError: an empty cell, text with other
    characters in it, more than two decimal places in text, a date."""
    if type(value) is float:
        # Fast path: a float within a thousandth of a fen of a whole number of fen gives the
        # same fen as from_excel_number (which rounds its shortest decimal form half up: that
        # form is within a float's error of the same value, nowhere near a half); anything
        # else (halves, NaN, the too large) goes through it.
        scaled = value * 100.0
        if -1e15 < scaled < 1e15:
            fen = round(scaled)
            if -1e-3 < scaled - fen < 1e-3 and -money.MAX_ABS_FEN <= fen <= money.MAX_ABS_FEN:
                return fen
        return money.from_excel_number(value)
    if type(value) is str:
        hit = _amount_cache.get(value)
        if hit is not None:
            return hit
        text = _clean(value)
        if not text or text in _BLANK_AMOUNTS:
            raise ValidationError(tr("SheetCells", "the amount is empty"))
        fen = money.parse_amount(text)
        if len(_amount_cache) < 100_000:
            _amount_cache[value] = fen
        return fen
    if value is None:
        raise ValidationError(tr("SheetCells", "the amount is empty"))
    if isinstance(value, Uncomputed):
        raise _uncomputed(value)
    if isinstance(value, bool):
        raise ValidationError(tr("SheetCells", "'{text}' is not an amount", text=str(value)))
    if isinstance(value, int | float):
        return money.from_excel_number(value)
    if isinstance(value, date | time | timedelta):
        raise ValidationError(tr("SheetCells", "'{text}' is a date, not an amount", text=str(value)))
    if isinstance(value, str):
        return cell_amount(str(value))
    raise ValidationError(tr("SheetCells", "'{text}' is not an amount", text=str(value)))
