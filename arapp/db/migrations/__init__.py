"""Numbered schema steps and the runner that applies them.

Each step is a module ``step_NNNN_name.py`` with ``DESCRIPTION`` and
``apply(database, dialect)``; the runner applies the pending ones in order, each in
one transaction, after copying a SQLite file aside (a checked copy, or no upgrade at
all: see :func:`backup_sqlite`), and records them in ``schema_version``. A PostgreSQL
database is not copied: the server's own backups are the ones that count. A database whose version is newer than the newest step this
program knows is refused: an older program must not write to it.

Steps are raw SQL frozen at the time they were written, never the current models, so
a step means the same thing forever. Later issues add their tables as new steps.
"""

from __future__ import annotations

import glob
import importlib
import os
import pkgutil
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import peewee

from arapp import clock
from arapp.errors import SchemaError
from arapp.i18n import tr


@dataclass(frozen=True)
class Step:
    """One numbered schema step: its version, name, description and module."""

    version: int
    name: str
    description: str
    module: ModuleType


def all_steps() -> list[Step]:
    """Every step this program knows, in order; refuses a gap in the numbering."""
    steps = []
    for info in pkgutil.iter_modules(__path__):
        m = re.fullmatch(r"step_(\d{4})_(\w+)", info.name)
        if not m:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        steps.append(Step(int(m.group(1)), m.group(2), getattr(module, "DESCRIPTION", ""), module))
    steps.sort(key=lambda s: s.version)
    versions = [s.version for s in steps]
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"migration steps are not numbered 1..n: {versions}")
    return steps


def latest_version() -> int:
    """The schema version this program builds (its newest step)."""
    return len(all_steps())


def dialect_of(database: peewee.Database) -> str:
    """Which SQL the steps write for this database: "postgres" or "sqlite"."""
    return "postgres" if isinstance(database, peewee.PostgresqlDatabase) else "sqlite"


def current_version(database: peewee.Database) -> int:
    """The newest step applied to these books (0 for an empty database)."""
    if "schema_version" not in database.get_tables():
        return 0
    row = database.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def backup_sqlite(database: peewee.SqliteDatabase, from_version: int) -> Path | None:
    """Copy the SQLite file aside before an upgrade (consistent even in WAL mode) and
    return the copy: it is written under a temporary name (``….bak.sqlite3.part``),
    checked with ``PRAGMA integrity_check``, made durable and only then renamed into
    place, so a file named like a backup is always a whole one, whatever a kill or a
    full disk interrupts. Partial copies left by an earlier, interrupted upgrade are
    removed. Raises SchemaError when the copy cannot be made; the books are unchanged."""
    from arapp.db.database import database_path

    src_path = database_path(database)
    if src_path is None:
        return None
    for stale in src_path.parent.glob(f"{glob.escape(src_path.stem)}.v*.bak{glob.escape(src_path.suffix)}.part"):
        stale.unlink(missing_ok=True)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    dst_path = src_path.with_name(f"{src_path.stem}.v{from_version}-{stamp}.bak{src_path.suffix}")
    n = 1
    while dst_path.exists():
        n += 1
        dst_path = src_path.with_name(f"{src_path.stem}.v{from_version}-{stamp}-{n}.bak{src_path.suffix}")
    part = dst_path.with_name(dst_path.name + ".part")
    try:
        dst = _open_copy(part)
        try:
            database.connection().backup(dst)
            verdict = _integrity(dst)
            dst.execute("PRAGMA journal_mode = DELETE")    # the copy stands alone: no -wal beside it
        finally:
            dst.close()
        if verdict != "ok":
            raise _BadCopy(tr("db", "the copy failed its integrity check: {verdict}", verdict=verdict[:200]))
        with open(part, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(part, dst_path)
    except Exception as exc:
        for leftover in (part, part.with_name(part.name + "-wal"), part.with_name(part.name + "-shm"),
                         part.with_name(part.name + "-journal")):
            leftover.unlink(missing_ok=True)
        from arapp.db.failures import kind_of

        reason = (tr("db", "the disk is full") if kind_of(exc) == "full"
                  else str(exc) if isinstance(exc, _BadCopy) else f"{exc}")
        raise SchemaError(tr("db", "The backup copy {path} could not be made before upgrading the books "
                                   "({reason}), so the upgrade did not start; the books are unchanged.",
                             path=dst_path, reason=reason)) from exc
    return dst_path


class _BadCopy(Exception):
    """A backup copy that is not whole."""


def _open_copy(path: Path) -> sqlite3.Connection:
    """A connection to a new file to copy the books into (tests make its disk full)."""
    return sqlite3.connect(path)


def _integrity(con: sqlite3.Connection) -> str:
    """``PRAGMA integrity_check`` of a copy: "ok", or what is wrong with it."""
    return "\n".join(str(r[0]) for r in con.execute("PRAGMA integrity_check").fetchall())


def migrate(database: peewee.Database, target: int | None = None) -> list[int]:
    """Apply pending steps up to ``target`` (default: all); returns the versions applied."""
    steps = all_steps()
    newest = len(steps)
    target = newest if target is None else target
    have = current_version(database)
    if have > newest:
        raise SchemaError(
            tr(
                "db",
                "This database has schema version {have}, newer than this program knows ({newest}). "
                "Please install the newer version of arapp.",
                have=have,
                newest=newest,
            )
        )
    pending = [s for s in steps if have < s.version <= target]
    if not pending:
        return []
    if have == 0 and "schema_version" not in database.get_tables() and "invoice" in database.get_tables():
        # The books' tables are there but not the record of their version: step 1 would
        # fail on the first table it makes. Say what is wrong instead.
        raise SchemaError(tr("db", "These books have lost the record of their schema version (the schema_version "
                                   "table is missing), so arapp cannot tell how to read them. Open the latest "
                                   "backup copy instead; nothing was changed."))
    dialect = dialect_of(database)
    if have > 0 and isinstance(database, peewee.SqliteDatabase):
        backup_sqlite(database, have)
    applied = []
    for step in pending:
        try:
            with database.atomic():
                if dialect == "sqlite":
                    # DDL inside our IMMEDIATE transaction; defer FK checks to commit.
                    database.execute_sql("PRAGMA defer_foreign_keys = ON")
                step.module.apply(database, dialect)
                p = database.param
                database.execute_sql(
                    f"INSERT INTO schema_version (version, name, applied_at) VALUES ({p}, {p}, {p})",
                    (step.version, step.name, clock.now().isoformat(timespec="seconds")),
                )
        except SchemaError:
            raise
        except Exception as exc:
            raise SchemaError(
                tr("db", "Migration step {version} ({name}) failed and was rolled back: {error}",
                   version=step.version, name=step.name, error=exc)
            ) from exc
        applied.append(step.version)
    return applied


def run_script(database: peewee.Database, dialect: str, script: str) -> None:
    """Run ';'-separated DDL, with {pk}, {ts} and {money} filled for the dialect.

    Statements are separated by a line holding only ';;' so trigger bodies may hold ';'.
    """
    subst = {
        "pk": "INTEGER PRIMARY KEY AUTOINCREMENT" if dialect == "sqlite" else "BIGSERIAL PRIMARY KEY",
        "ts": "TEXT" if dialect == "sqlite" else "TIMESTAMP",
        "money": "BIGINT",
        "fk": "INTEGER" if dialect == "sqlite" else "BIGINT",
        "bool": "INTEGER" if dialect == "sqlite" else "BOOLEAN",
        "true": "1" if dialect == "sqlite" else "TRUE",
        "false": "0" if dialect == "sqlite" else "FALSE",
    }
    for stmt in script.split("\n;;\n"):
        stmt = stmt.strip()
        if not stmt:
            continue
        database.execute_sql(stmt.format(**subst))
