"""The database chosen at start-up: SQLite file by default, PostgreSQL by URL.

``db`` is a Peewee ``DatabaseProxy`` the models bind to; ``open_database`` points it
at books and brings their schema up to date; ``create_books`` makes new books.

Only arapp books are opened. A SQLite file is arapp books when its header carries
arapp's application id (written when the books are made) or, for books made before
that mark, when its ``schema_version`` holds arapp's first step (such books get the
mark when next opened for writing). Another program's file, a damaged file or a folder
is refused before anything is written to it; so is a PostgreSQL database holding
another program's tables. A path with no books (no file, or an empty one) is made into
new books only when asked (``create=True``): ``arapp init``, File → New books…,
``arapp demo``, and the default file in the user data folder, which is made on the
first run. A missing folder is never created. A file this user may not write is
opened read-only: reading works, a write is refused as read-only.

SQLite runs with WAL, ``foreign_keys=ON``, ``synchronous=FULL`` and a busy timeout,
and every transaction begins IMMEDIATE so two writers queue instead of failing halfway.
When SQLite has rolled a transaction back itself (a full disk, an I/O error), no second
rollback is asked for, so the error reported is the one that happened. Each thread
counts its commits (:func:`commits`), so a failed job can tell whether it wrote anything.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee

from arapp.db.overflow import RefusesOverflow
from arapp.errors import ArappError, BooksUnavailable, ReadOnlyBooks
from arapp.i18n import tr

db = peewee.DatabaseProxy()

APPLICATION_ID = 0x41524150          # "ARAP" in the SQLite header (offset 68): arapp books
FIRST_STEP = (1, "core")             # schema_version's first row in arapp books made before the mark
BUSY_TIMEOUT_SECONDS = 10.0          # how long a write waits for another program's lock

SQLITE_PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("synchronous", "full"),
    ("temp_store", "memory"),
)
_SQLITE_MAGIC = b"SQLite format 3\x00"

_local = threading.local()


def commits() -> int:
    """How many transactions this thread has committed so far (a job that failed and
    committed none may be run again)."""
    return getattr(_local, "commits", 0)


def _committed() -> None:
    _local.commits = commits() + 1


class BooksSqliteDatabase(RefusesOverflow, peewee.SqliteDatabase):
    """SQLite books in ``path`` (None in memory), read-only when the file may not be written."""

    def __init__(self, path: Path | None, *, read_only: bool = False):
        self.path = path
        self.read_only = read_only
        self.where = str(path) if path is not None else ":memory:"
        pragmas = [p for p in SQLITE_PRAGMAS if not (read_only and p[0] == "journal_mode")]
        pragmas.append(("busy_timeout", int(BUSY_TIMEOUT_SECONDS * 1000)))
        if path is None:
            name, extra = ":memory:", {}
        elif read_only:
            name, extra = path.resolve().as_uri() + "?mode=ro", {"uri": True}
        else:
            name, extra = str(path), {}
        super().__init__(name, pragmas=pragmas, lock_type="IMMEDIATE", timeout=BUSY_TIMEOUT_SECONDS,
                         check_same_thread=False, **extra)

    def commit(self):
        super().commit()
        _committed()

    def rollback(self):
        if not self.is_closed() and not self.connection().in_transaction:
            return          # SQLite rolled back already (disk full, I/O error): that error stands
        super().rollback()


class BooksPostgresDatabase(RefusesOverflow, peewee.PostgresqlDatabase):
    """Books in a PostgreSQL database; ``where`` names it without the password."""

    def __init__(self, name: str, where: str, **params):
        self.where = where
        super().__init__(name, **params)

    def commit(self):
        super().commit()
        _committed()


def is_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


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
    if is_url(t):
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


def is_default_target(target: str | os.PathLike | None) -> bool:
    """Does ``target`` (None: ARAPP_DB, else the default) name the default file in the
    user data folder? Those books are made on the first run without being asked for."""
    from arapp.paths import default_database_path

    t = resolve_target(target)
    default = default_database_path(create_folder=False)
    return not is_url(t) and Path(t).expanduser().absolute() == default.absolute()


def make_database(target: str | os.PathLike | None, *, read_only: bool = False) -> peewee.Database:
    """A Peewee database for a path (SQLite) or a postgresql:// URL, not yet connected.
    Nothing is checked or created here; :func:`open_database` does that."""
    t = resolve_target(target)
    if is_url(t):
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
        return BooksPostgresDatabase(name, describe_target(t), **params)
    database = BooksSqliteDatabase(None if t == ":memory:" else Path(t).expanduser(), read_only=read_only)
    database.register_function(_writer_mark, "arapp_writer", 0)
    return database


def create_books(target: str | os.PathLike) -> peewee.Database:
    """Make new, empty books at ``target`` and open them: a SQLite file in an existing
    folder (made, marked as arapp books, migrated), or an empty PostgreSQL database
    (migrated). Refuses a target that already holds anything, and a missing folder."""
    return open_database(target, create=True, new_only=True)


def open_database(target: str | os.PathLike | None = None, *, migrate: bool = True, create: bool = True,
                  new_only: bool = False) -> peewee.Database:
    """Point ``db`` at the books at ``target``, connect, and apply pending migrations.

    ``create``: a path with no books yet (no file, or an empty one) is made into new
    books; with ``create=False`` it is refused with a message naming ``arapp init``.
    The command line and the window pass False for a path the user typed (see
    :func:`is_default_target`); programs and tests asking for a fresh file pass nothing.
    Raises :class:`BooksUnavailable` for anything that is not arapp books, before
    writing to it, and :class:`ReadOnlyBooks` for read-only books that need an upgrade."""
    close_database()
    t = resolve_target(target)
    stamp = False
    if is_url(t) or t == ":memory:":
        real = make_database(t)
    else:
        path = Path(t).expanduser()
        kind, app_id = inspect_file(path)
        if kind == "arapp" and new_only:
            raise BooksUnavailable(tr("db", "{where} already holds arapp books; nothing was changed. "
                                            "Open them with --db (or File → Open books… in the window).",
                                      where=path))
        if kind == "missing" and not create and not path.parent.is_dir():
            raise BooksUnavailable(tr("db", "There are no books at {where}: the folder {folder} does not exist. "
                                            "Check the path; new books are made on purpose, with 'arapp init "
                                            "PATH' (or File → New books…) in a folder that exists.",
                                      where=path, folder=path.parent))
        if kind != "arapp" and not create:
            raise BooksUnavailable(tr("db", "There are no books at {where} (no such file, or an empty one). "
                                            "New books are made on purpose: run 'arapp init {where}', or use "
                                            "File → New books… in the window.", where=path))
        if kind == "missing" and not path.parent.is_dir():
            raise BooksUnavailable(tr("db", "The folder {folder} does not exist, and arapp does not create "
                                            "folders: create it first, or choose another place for the books.",
                                      folder=path.parent))
        read_only = kind == "arapp" and not _writable(path)
        real = make_database(path, read_only=read_only)
        stamp = not read_only and app_id != APPLICATION_ID
    db.initialize(real)
    try:
        real.connect(reuse_if_open=True)
        if is_postgres(real):
            _check_postgres_books(real, new_only)
        if stamp:
            real.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    except ArappError:
        real.close()
        raise
    except peewee.DatabaseError as exc:
        real.close()
        raise _cannot_open(exc, real.where) from exc
    if migrate:
        from arapp.db.migrations import current_version, latest_version
        from arapp.db.migrations import migrate as run_migrations

        if getattr(real, "read_only", False) and current_version(real) < latest_version():
            real.close()
            raise ReadOnlyBooks(tr("db", "The books {where} are read-only, and this program must upgrade them "
                                         "(schema version {have} to {newest}) before it can use them: make the "
                                         "file writable once so arapp can upgrade it (a backup copy is made "
                                         "first).", where=real.where, have=current_version(real),
                                   newest=latest_version()))
        run_migrations(real)
    return real


def _cannot_open(exc: BaseException, where: str) -> ArappError:
    from arapp.db.failures import explain

    return explain(exc, where) or ArappError(
        tr("db", "Cannot open the database {where}: {error}", where=where, error=exc))


def _check_postgres_books(database: peewee.Database, new_only: bool) -> None:
    tables = database.get_tables()
    if not tables:
        return
    if "schema_version" not in tables:
        raise not_books(database.where, tables)
    if new_only:
        raise BooksUnavailable(tr("db", "{where} already holds arapp books; nothing was changed. "
                                        "Open them with --db (or File → Open books… in the window).",
                                  where=database.where))


def _writable(path: Path) -> bool:
    """May this user write the books file? (tests put a read-only file in its place)"""
    return os.access(path, os.W_OK)


def not_books(where: str, tables: list[str]) -> BooksUnavailable:
    shown = ", ".join(sorted(tables)[:6]) + (" …" if len(tables) > 6 else "")
    return BooksUnavailable(tr("db", "{where} is not arapp books: it is another program's database (tables: "
                                     "{tables}). arapp opens only its own books and changed nothing.",
                               where=where, tables=shown))


def inspect_file(path: Path) -> tuple[str, int]:
    """What the file at ``path`` holds, reading only: ("missing" | "empty" | "arapp",
    its application id). Raises BooksUnavailable naming anything else: a folder, a file
    that is not SQLite, a truncated or damaged file, another program's database."""
    from arapp.db.failures import damaged, explain, not_a_database

    if not path.exists():
        return "missing", 0
    if path.is_dir():
        raise BooksUnavailable(tr("db", "{where} is a folder, not a books file.", where=path))
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise BooksUnavailable(tr("db", "Cannot read {where}: {error}", where=path,
                                  error=exc.strerror or exc)) from exc
    if not header:
        return "empty", 0
    if not (header[:16] == _SQLITE_MAGIC or _SQLITE_MAGIC.startswith(header)):
        raise not_a_database(str(path))
    if len(header) < 100:
        raise damaged(str(path), tr("db", "it is cut short"))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    wal = path.with_name(path.name + "-wal")
    header_size_valid = header[24:28] == header[92:96]
    if pages and header_size_valid and size < pages * page_size and not (wal.exists() and wal.stat().st_size):
        raise damaged(str(path), tr("db", "it is shorter than its header says: {size} of {expected} bytes",
                                    size=f"{size:,}", expected=f"{pages * page_size:,}"))
    if int.from_bytes(header[68:72], "big") == APPLICATION_ID:
        return "arapp", APPLICATION_ID      # the mark is in the file itself: no need to look inside
    try:
        con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            app_id = int(con.execute("PRAGMA application_id").fetchone()[0])
            tables = [r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'")]
            first = None
            if app_id == 0 and "schema_version" in tables:
                try:
                    first = con.execute("SELECT version, name FROM schema_version WHERE version = 1").fetchone()
                except sqlite3.Error:
                    first = None
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise explain(exc, str(path)) or BooksUnavailable(str(exc)) from exc
    if app_id == APPLICATION_ID:
        return "arapp", app_id
    if app_id == 0 and not tables:
        return "empty", 0
    if app_id == 0 and first is not None and tuple(first) == FIRST_STEP:
        return "arapp", 0
    raise not_books(str(path), tables)


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


def is_read_only(database: peewee.Database | None = None) -> bool:
    """Were the books (or ``database``) opened read-only (a file this user may not write)?"""
    return bool(getattr(database or db.obj, "read_only", False))


def database_path(database: peewee.Database | None = None) -> Path | None:
    """The SQLite file holding the books; None for PostgreSQL or an in-memory database."""
    d = database or db.obj
    if isinstance(d, BooksSqliteDatabase):
        return d.path
    if isinstance(d, peewee.SqliteDatabase) and d.database != ":memory:":
        return Path(d.database)
    return None


def place_of(database: peewee.Database | None = None) -> str:
    """The books' place for messages: the file, or the PostgreSQL URL without password."""
    d = database or db.obj
    if d is None:
        return describe_target(None)
    return getattr(d, "where", None) or str(getattr(d, "database", ""))
