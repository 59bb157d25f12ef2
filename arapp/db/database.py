"""The database chosen at start-up: SQLite file by default, PostgreSQL by URL.

``db`` is a Peewee ``DatabaseProxy`` the models bind to; ``open_database`` points it
at a real database and brings the schema up to date.

SQLite runs with WAL, ``foreign_keys=ON``, ``synchronous=FULL`` and a busy timeout,
and every transaction begins IMMEDIATE so two writers queue instead of failing halfway.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee

from arapp.errors import ArappError
from arapp.i18n import tr

db = peewee.DatabaseProxy()

SQLITE_PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("synchronous", "full"),
    ("busy_timeout", 10000),
    ("temp_store", "memory"),
)


_marks = threading.local()

#: The marks :func:`service_writes` sets: (value of ``arapp_writer()`` on SQLite, of
#: ``arapp.writer`` on PostgreSQL).
_MARK_VALUES = {"services": (1, "services"), "bulk": (2, "bulk")}


def _mark_stack() -> list[str]:
    stack = getattr(_marks, "stack", None)
    if stack is None:
        stack = _marks.stack = []
    return stack


def _writer_mark() -> int:
    """``arapp_writer()`` on arapp's SQLite connections: 0 outside :func:`service_writes`,
    1 inside it, 2 inside a bulk load's."""
    stack = _mark_stack()
    return _MARK_VALUES[stack[-1]][0] if stack else 0


def _set_pg_mark(database, value: str) -> None:
    database.execute_sql("SELECT set_config('arapp.writer', %s, true)", (value,))


@contextlib.contextmanager
def service_writes(*, bulk: bool = False):
    """Mark the statements of the block as the services' own writes of the rows the
    database accepts only from them (documents, allocations, the audit and contact logs;
    schema step 6). Use it around the insert itself, inside the service's transaction.
    ``bulk``: the bulk loader's inserts, whose allocations the database does not follow
    row by row; the loader sets the balances from the allocations before it ends
    (:mod:`arapp.services.bulk`), and the guards check what it sets.

    SQLite: the guard triggers call ``arapp_writer()``, a function only arapp's own
    connections define (:func:`make_database`), non-zero in this block on this thread.
    PostgreSQL: the block sets ``arapp.writer`` for the transaction
    (``set_config(..., true)``) and restores it after; the triggers read it with
    ``current_setting('arapp.writer', true)``.

    What it protects against: a row written by anything but the services: a SQL shell or
    database browser on the SQLite file (it has no ``arapp_writer()``: "no such function"),
    a psql or pgAdmin session, another program, and arapp code that writes these tables
    with raw SQL instead of the services. What it does not: someone who reads this
    code, registers the function in Python or sets the setting in psql, or drops the
    triggers, can still forge rows. Issue #12 adds a hash-chained audit log for that.
    """
    database = db.obj
    pg = isinstance(database, peewee.PostgresqlDatabase)
    stack = _mark_stack()
    kind = "bulk" if bulk else "services"
    outer = stack[-1] if stack else None
    if pg and kind != outer:
        _set_pg_mark(database, _MARK_VALUES[kind][1])
    stack.append(kind)
    try:
        yield
    finally:
        stack.pop()
        if pg and kind != outer:
            with contextlib.suppress(peewee.DatabaseError):
                # Fails only in a transaction already aborted, whose rollback clears the mark.
                _set_pg_mark(database, _MARK_VALUES[outer][1] if outer else "")


def describe_target(target: str | os.PathLike | None) -> str:
    """Where the database is, for the status bar and messages (no password)."""
    t = resolve_target(target)
    if t.startswith(("postgresql://", "postgres://")):
        u = urlparse(t)
        host = u.hostname or "localhost"
        return f"postgresql://{u.username + '@' if u.username else ''}{host}{':' + str(u.port) if u.port else ''}{u.path}"
    return t


def resolve_target(target: str | os.PathLike | None) -> str:
    """The database to open: the argument, else ARAPP_DB, else the default file."""
    if target is None or str(target) == "":
        target = os.environ.get("ARAPP_DB") or None
    if target is None:
        from arapp.paths import default_database_path

        target = default_database_path()
    return str(target)


def make_database(target: str | os.PathLike | None) -> peewee.Database:
    """A Peewee database for a path (SQLite) or a postgresql:// URL, not yet connected."""
    t = resolve_target(target)
    if t.startswith(("postgresql://", "postgres://")):
        try:
            import psycopg  # noqa: F401
        except ImportError as exc:
            raise ArappError(
                tr("db", "PostgreSQL support is not installed: install the 'postgres' extra (psycopg).")
            ) from exc
        u = urlparse(t)
        params: dict[str, object] = {}
        if u.hostname:
            params["host"] = u.hostname
        if u.port:
            params["port"] = u.port
        if u.username:
            params["user"] = unquote(u.username)
        if u.password:
            params["password"] = unquote(u.password)
        name = unquote(u.path.lstrip("/")) or "arapp"
        return peewee.PostgresqlDatabase(name, **params)
    if t != ":memory:":
        path = Path(t).expanduser()
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        t = str(path)
    database = peewee.SqliteDatabase(
        t, pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE", timeout=10, check_same_thread=False
    )
    database.register_function(_writer_mark, "arapp_writer", 0)
    return database


def open_database(target: str | os.PathLike | None = None, *, migrate: bool = True) -> peewee.Database:
    """Point ``db`` at the target, connect, and apply pending migrations."""
    close_database()
    real = make_database(target)
    db.initialize(real)
    try:
        real.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        raise ArappError(
            tr("db", "Cannot open the database {where}: {error}", where=describe_target(target), error=exc)
        ) from exc
    if migrate:
        from arapp.db.migrations import migrate as run_migrations

        run_migrations(real)
    return real


def close_database() -> None:
    """Close the open connection, if any (the books stay as written)."""
    obj = db.obj
    if obj is not None and not obj.is_closed():
        obj.close()


def is_sqlite(database: peewee.Database | None = None) -> bool:
    """Are the books (or ``database``) in a SQLite file?"""
    d = database or db.obj
    return isinstance(d, peewee.SqliteDatabase)


def is_postgres(database: peewee.Database | None = None) -> bool:
    """Are the books (or ``database``) on a PostgreSQL server?"""
    d = database or db.obj
    return isinstance(d, peewee.PostgresqlDatabase)


def database_path(database: peewee.Database | None = None) -> Path | None:
    """The SQLite file holding the books; None for PostgreSQL or an in-memory database."""
    d = database or db.obj
    if isinstance(d, peewee.SqliteDatabase) and d.database != ":memory:":
        return Path(d.database)
    return None
