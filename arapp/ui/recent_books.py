"""File → Recent books: the books opened last, remembered in QSettings (``books/recent``).

Only where books are (a file path or a postgresql:// URL without its password) is kept,
newest first, at most :data:`LIMIT`. A file that is no longer there stays in the list,
shown disabled and marked as not found, until the list is cleared or it comes back.
"""

from __future__ import annotations

from pathlib import Path

from arapp.db.database import describe_target, is_url, resolve_target
from arapp.ui.common import ui_settings

KEY = "books/recent"
LIMIT = 8


def _key(target: str) -> str:
    """One spelling per books: an absolute path, or the URL as given."""
    return target if is_url(target) else str(Path(target).expanduser().absolute())


def recent_books() -> list[str]:
    """The books opened last, newest first."""
    value = ui_settings().value(KEY)
    if isinstance(value, str):
        value = [value] if value else []
    return [str(v) for v in (value or []) if v][:LIMIT]


def remember(target: str | None) -> None:
    """Put the books at ``target`` first in the list (opened just now)."""
    where = _key(resolve_target(target))
    if is_url(where):
        where = describe_target(where)          # never a password in the settings
    books = [where, *(b for b in recent_books() if b != where)][:LIMIT]
    settings = ui_settings()
    settings.setValue(KEY, books)
    settings.sync()


def forget_all() -> None:
    settings = ui_settings()
    settings.remove(KEY)
    settings.sync()


def is_missing(target: str) -> bool:
    """True for a file that is no longer there (a URL is never missing here: opening says)."""
    return not is_url(target) and not Path(target).exists()
