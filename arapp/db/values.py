"""Values as the databases hand them back, and small SQL building blocks.

SQLite returns dates and timestamps of raw queries as ISO text, PostgreSQL as
``date``/``datetime``; these read either. ``in_list`` and ``chunks`` build ``IN`` lists
under the databases' limits on parameters.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator, Sequence


def as_date(v) -> _dt.date | None:
    """A date from what the database returns (a date, a datetime or ISO text); None stays None."""
    if v is None:
        return None
    if isinstance(v, _dt.datetime):
        return v.date()
    if isinstance(v, _dt.date):
        return v
    return _dt.date.fromisoformat(str(v)[:10])


def as_datetime(v) -> _dt.datetime | None:
    """A timestamp from what the database returns (a datetime or ISO text); None stays None."""
    if v is None or isinstance(v, _dt.datetime):
        return v
    return _dt.datetime.fromisoformat(str(v))


def timestamp(value: _dt.datetime) -> str:
    """A timestamp as the database stores it."""
    return value.strftime("%Y-%m-%d %H:%M:%S")


def chunks(values: Sequence, n: int = 800) -> Iterator[Sequence]:
    """``values`` in slices of ``n`` (under the databases' limits on parameters)."""
    for i in range(0, len(values), n):
        yield values[i:i + n]


def in_list(column: str, values: Sequence, p: str) -> str:
    """``column IN (?, ?, …)`` with one placeholder ``p`` per value."""
    return f"{column} IN ({', '.join([p] * len(values))})"
