"""What the collection reports share: dates and timestamps as the database hands them
back (ISO text on SQLite), id lists, ``IN`` lists in chunks, and the users' names."""

from __future__ import annotations

from arapp import names
from arapp.db.models import User
from arapp.db.values import as_date, as_datetime, chunks, in_list, timestamp  # noqa: F401 - the package reads them here


def id_list(text: str) -> tuple[int, ...]:
    """Ids stored comma-separated ("3,7,12")."""
    return tuple(int(x) for x in (text or "").split(",") if x.strip())


def user_labels() -> dict[int, tuple[str, str]]:
    """User id → (username, display name)."""
    return {u.id: (u.username, names.user_name(u.username, u.display_name))
            for u in User.select(User.id, User.username, User.display_name)}


def people() -> dict[str, str]:
    """Login → the name to show for that user (names.user_name), in one query. A login
    the user table does not hold is not in it: show it as it is (see person)."""
    return {u.username: names.user_name(u.username, u.display_name)
            for u in User.select(User.username, User.display_name)}


def person(known: dict[str, str], username: str | None) -> str:
    """The name to show for ``username`` from ``people()``; the login itself when unknown."""
    return known.get(username or "", names.user_name(username or "", ""))
