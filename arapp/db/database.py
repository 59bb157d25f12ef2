"""The database chosen at start-up: SQLite file by default, PostgreSQL by URL.

``db`` is a Peewee ``DatabaseProxy`` the models bind to; ``open_database`` points it
at a real database and brings the schema up to date.

SQLite runs with WAL, ``foreign_keys=ON``, ``synchronous=FULL`` and a busy timeout,
and every transaction begins IMMEDIATE so two writers queue instead of failing halfway.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee

from arapp.db.overflow import BooksPostgresqlDatabase, BooksSqliteDatabase
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
        return BooksPostgresqlDatabase(name, **params)
    if t != ":memory:":
        path = Path(t).expanduser()
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        t = str(path)
    return BooksSqliteDatabase(
        t, pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE", timeout=10, check_same_thread=False
    )


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
