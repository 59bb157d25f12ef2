"""What a failure of the database means to the user: one readable error, in the
user's language, for each way the books can let a command down (a file that is not a
database or is damaged, read-only books, a full disk, a lock held past the busy
timeout, another user's change at the same moment, a key already taken), and a retry
of PostgreSQL's serialization conflicts and deadlocks.

The command line and the window both show :func:`explain`'s message (exit 2, or a
dialog); anything that is not a database failure is not theirs to explain.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from typing import Any, TypeVar

from arapp.errors import ArappError, BooksUnavailable, Conflict, ReadOnlyBooks
from arapp.i18n import tr

T = TypeVar("T")

CONFLICT_ATTEMPTS = 4                 # tries of one job that meets another user's change
_CONFLICT_STATES = ("40001", "40P01")  # serialization_failure, deadlock_detected
_MASKING = ("cannot rollback", "no such savepoint", "no transaction is active")


def not_a_database(where: str) -> BooksUnavailable:
    return BooksUnavailable(tr("db", "{where} is not a database file (it is not SQLite, or its first page is "
                                     "destroyed). arapp changed nothing.", where=where))


def damaged(where: str, detail: str) -> BooksUnavailable:
    return BooksUnavailable(tr("db", "The books file {where} is damaged ({detail}) and cannot be read safely. "
                                     "Open the latest backup copy beside it (*.bak.sqlite3) or restore the "
                                     "file from your backups.", where=where, detail=detail))


def _driver_errors(exc: BaseException):
    """The exception, the driver's error peewee wrapped in it, and what they interrupted."""
    seen: list[BaseException] = []
    todo = [exc]
    while todo and len(seen) < 12:
        e = todo.pop(0)
        if e is None or any(e is s for s in seen):
            continue
        seen.append(e)
        if e.args and isinstance(e.args[0], BaseException):
            todo.insert(0, e.args[0])
        todo.extend([e.__cause__, e.__context__])
    return seen


def _is_driver_error(e: BaseException) -> bool:
    import sqlite3

    if isinstance(e, sqlite3.Error):
        return True
    if type(e).__module__.split(".")[0] == "psycopg":
        return True
    peewee = sys.modules.get("peewee")
    return peewee is not None and isinstance(e, peewee.DatabaseError | peewee.InterfaceError)


def _kind(e: BaseException) -> str | None:
    """What went wrong, from one driver error: a word, or None when it says nothing."""
    if not _is_driver_error(e):
        return None
    text = str(e).lower()
    state = getattr(e, "sqlstate", None)
    if state:
        return {"40001": "conflict", "40P01": "conflict", "53100": "full", "25006": "read_only",
                "55P03": "locked", "23505": "unique", "XX001": "damaged", "XX002": "damaged"}.get(state, "other")
    name = getattr(e, "sqlite_errorname", "") or ""
    for prefix, words, kind in (
        ("SQLITE_FULL", ("disk is full",), "full"),
        ("SQLITE_READONLY", ("readonly database",), "read_only"),
        ("SQLITE_BUSY", ("database is locked",), "locked"),
        ("SQLITE_LOCKED", ("table is locked",), "locked"),
        ("SQLITE_NOTADB", ("file is not a database",), "not_db"),
        ("SQLITE_CORRUPT", ("malformed",), "damaged"),
        ("SQLITE_IOERR", ("disk i/o error",), "io"),
        ("SQLITE_CANTOPEN", ("unable to open database",), "cant_open"),
        ("SQLITE_CONSTRAINT_UNIQUE", ("unique constraint failed",), "unique"),
    ):
        if name.startswith(prefix) or any(w in text for w in words):
            return kind
    if any(w in text for w in _MASKING):
        return None                  # a rollback after SQLite's own: what it interrupted says more
    if type(e).__module__.split(".")[0] == "psycopg" and "connect" in text:
        return "unreachable"
    return "other"


def kind_of(exc: BaseException) -> str | None:
    """The first telling word about ``exc`` (full, read_only, locked, not_db, damaged, io,
    cant_open, unique, conflict, unreachable, other), or None: not a database failure."""
    kinds = [k for k in (_kind(e) for e in _driver_errors(exc)) if k]
    telling = [k for k in kinds if k != "other"]
    return (telling or kinds or [None])[0]


def _first_text(exc: BaseException) -> str:
    for e in _driver_errors(exc):
        if _is_driver_error(e) and not any(w in str(e).lower() for w in _MASKING):
            return str(e).strip()
    return str(exc).strip()


def explain(exc: BaseException, where: str | None = None) -> ArappError | None:
    """The readable error for a database failure (its message names the books and what
    to do), or None when ``exc`` is not one. Nothing was saved in every case."""
    if isinstance(exc, ArappError):
        return exc
    kind = kind_of(exc)
    if kind is None:
        return None
    if where is None:
        from arapp.db.database import place_of

        where = place_of()
    error = _first_text(exc)
    if kind == "full":
        return BooksUnavailable(tr("db", "The disk holding the books {where} is full, so nothing was saved. "
                                         "Free some space and try again.", where=where))
    if kind == "read_only":
        return ReadOnlyBooks(tr("db", "The books {where} are read-only, so nothing was saved: reading works, "
                                      "writing does not. To write, make the file writable (or copy it to a "
                                      "folder you may write to).", where=where))
    if kind == "locked":
        from arapp.db.database import BUSY_TIMEOUT_SECONDS

        return BooksUnavailable(tr("db", "The books {where} are in use by another program, which has held them "
                                         "locked for more than {seconds} seconds, so nothing was saved. Close "
                                         "the other program (or wait for it) and try again.", where=where,
                                   seconds=f"{BUSY_TIMEOUT_SECONDS:g}"))
    if kind == "not_db":
        return not_a_database(where)
    if kind == "damaged":
        return damaged(where, error)
    if kind == "io":
        return BooksUnavailable(tr("db", "Reading or writing the books {where} failed (an input/output error: "
                                         "{error}), so nothing was saved. Check the disk or the network drive "
                                         "and try again.", where=where, error=error))
    if kind == "cant_open":
        return BooksUnavailable(tr("db", "Cannot open the database {where}: {error}", where=where, error=error))
    if kind == "unreachable":
        return BooksUnavailable(tr("db", "Cannot reach the database server {where}: {error}",
                                   where=where, error=error))
    if kind == "conflict":
        return Conflict(tr("db", "The books {where} were changed by another user at the same moment; arapp "
                                 "tried {n} times and saved nothing. Please try again.",
                           where=where, n=CONFLICT_ATTEMPTS))
    if kind == "unique":
        return Conflict(tr("db", "The books {where} already hold a record with the same key ({error}), so "
                                 "nothing was saved.", where=where, error=error))
    return BooksUnavailable(tr("db", "The database {where} refused the operation ({error}), so nothing was "
                                     "saved.", where=where, error=error))


def is_conflict(exc: BaseException) -> bool:
    """A PostgreSQL serialization failure or deadlock: the same job may simply run again."""
    return any(getattr(e, "sqlstate", None) in _CONFLICT_STATES for e in _driver_errors(exc))


def retry_conflicts(fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """Call ``fn(*args, **kwargs)`` (a service call: one transaction); when it fails on
    another user's change at the same moment and committed nothing, call it again after
    a short random pause, up to CONFLICT_ATTEMPTS times in all; the last failure is raised."""
    from arapp.db.database import commits

    for attempt in range(1, CONFLICT_ATTEMPTS + 1):
        before = commits()
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            if attempt == CONFLICT_ATTEMPTS or commits() != before or not is_conflict(exc):
                raise
        time.sleep(random.uniform(0.01, 0.05) * attempt)
    raise AssertionError("unreachable")  # pragma: no cover
