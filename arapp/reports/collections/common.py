"""What the collection reports share: dates and timestamps as the database hands them
back (ISO text on SQLite), id lists, ``IN`` lists in chunks, and the users' names."""

from __future__ import annotations

import datetime as _dt

from arapp.db.models import User


def as_date(v) -> _dt.date | None:
    """A date from what the database returns (a date, a datetime or ISO text)."""
    if v is None or isinstance(v, _dt.date) and not isinstance(v, _dt.datetime):
        return v
    if isinstance(v, _dt.datetime):
        return v.date()
    return _dt.date.fromisoformat(str(v)[:10])


def as_datetime(v) -> _dt.datetime | None:
    """A timestamp from what the database returns (a datetime or ISO text)."""
    if v is None or isinstance(v, _dt.datetime):
        return v
    return _dt.datetime.fromisoformat(str(v))


def id_list(text: str) -> tuple[int, ...]:
    """Ids stored comma-separated ("3,7,12")."""
    return tuple(int(x) for x in (text or "").split(",") if x.strip())


def in_list(column: str, values: list, p: str) -> str:
    """``column IN (?, ?, …)`` with one placeholder ``p`` per value."""
    return f"{column} IN ({', '.join([p] * len(values))})"


def chunks(values: list, n: int = 800):
    """``values`` in slices of ``n`` (under the databases' limits on parameters)."""
    for i in range(0, len(values), n):
        yield values[i:i + n]


def user_labels() -> dict[int, tuple[str, str]]:
    """User id → (username, display name)."""
    return {u.id: (u.username, u.display_name or u.username)
            for u in User.select(User.id, User.username, User.display_name)}


def timestamp(value: _dt.datetime) -> str:
    """A timestamp as the database stores it."""
    return value.strftime("%Y-%m-%d %H:%M:%S")

