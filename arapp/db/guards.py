"""Guard triggers generated from one list per table, for SQLite and PostgreSQL alike.

A migration step freezes a :class:`Guard` per table (which columns may change, when the
row is frozen, what an update or insert must satisfy) and calls :func:`guard_statements`
to turn it into triggers for its dialect. Every column the table has when the step runs
and the guard does not list as mutable is frozen: a column added by a later step is not
covered until a later step regenerates the guard with a decision about it
(``tests/db/test_guards.py`` reads the live schema and fails on such a column).

The generated SQL raises ``arapp: ...`` messages; conditions are written once, in
PostgreSQL's spelling (``IS DISTINCT FROM``), and SQLite gets ``IS NOT``.

Inserts into a table marked ``services_only`` need the services' mark
(:func:`arapp.db.database.service_writes`): on SQLite the ``arapp_writer()`` function
that only arapp's own connections define; on PostgreSQL the transaction-local setting
``arapp.writer``. What that protects against, and what it does not, is said there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: The mark a trigger checks before a services-only insert, per dialect.
_MARK_MISSING = {
    "sqlite": "arapp_writer() = 0",
    "postgres": "COALESCE(current_setting('arapp.writer', true), '') NOT IN ('services', 'bulk')",
}


@dataclass(frozen=True)
class Guard:
    """What the database holds still on one table.

    ``mutable``: the columns that may change on a frozen row (under ``rules``); every
    other column is frozen. With no mutable columns every update of a frozen row is
    refused, whatever its columns (those added later included).
    ``frozen_when``: SQL on ``OLD`` saying when the row is frozen (None: always).
    ``sealed_when``: SQL on ``OLD`` saying when even the mutable columns are frozen
    (a void or reversed document: its void fields are set once).
    ``delete_refused_when``: SQL on ``OLD`` (None: a delete is always refused).
    ``rules`` / ``insert_rules``: (SQL on ``OLD``/``NEW`` that refuses, message). An
    update rule must be one that only a change of a column it names can make true:
    on SQLite it fires only for an UPDATE that sets one of those columns (``UPDATE OF``),
    which keeps the allocation trigger's own updates cheap.
    ``services_only``: an insert needs the services' mark.
    """

    message: str
    mutable: tuple[str, ...] = ()
    frozen_when: str | None = None
    sealed_when: str | None = None
    delete_refused_when: str | None = None
    rules: tuple[tuple[str, str], ...] = ()
    insert_rules: tuple[tuple[str, str], ...] = ()
    services_only: bool = False


def live_columns(database, dialect: str, table: str) -> list[str]:
    """The columns ``table`` has in the open database, in order."""
    if dialect == "sqlite":
        return [row[1] for row in database.execute_sql(f"PRAGMA table_info({table})").fetchall()]
    return [row[0] for row in database.execute_sql(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = %s ORDER BY ordinal_position", (table,)).fetchall()]


def _sql(dialect: str, condition: str) -> str:
    if dialect == "sqlite":
        condition = condition.replace(" IS NOT DISTINCT FROM ", " IS ").replace(" IS DISTINCT FROM ", " IS NOT ")
    return condition


def _changed(columns: list[str]) -> str:
    return "(" + " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in columns) + ")"


def _quote(message: str) -> str:
    return "'" + message.replace("'", "''") + "'"


def _update_checks(guard: Guard, columns: list[str]) -> list[tuple[str | None, str, list[str] | None]]:
    """(refusing condition or None for always, message, the columns whose update can make
    it true, or None for any update) for an UPDATE, in order."""
    checks: list[tuple[str | None, str, list[str] | None]] = []
    if guard.sealed_when is not None and guard.mutable:
        checks.append((f"({guard.sealed_when}) AND {_changed(columns)}", guard.message, None))
    if guard.mutable:
        frozen = [c for c in columns if c not in guard.mutable]
        cond = _changed(frozen)
        checks.append((cond if guard.frozen_when is None else f"({guard.frozen_when}) AND {cond}", guard.message,
                       frozen))
    else:
        checks.append((guard.frozen_when, guard.message, None))
    for cond, msg in guard.rules:
        named = {m.group(1) for m in re.finditer(r"\b(?:NEW|OLD)\.(\w+)", cond)}
        checks.append((cond, msg, [c for c in columns if c in named] or None))
    return checks


def _insert_checks(guard: Guard, dialect: str) -> list[tuple[str | None, str]]:
    checks: list[tuple[str | None, str]] = []
    if guard.services_only:
        checks.append((_MARK_MISSING[dialect], "arapp: only arapp's services write here"))
    checks += list(guard.insert_rules)
    return checks


def guard_statements(database, dialect: str, table: str, guard: Guard) -> list[str]:
    """The SQL that (re)creates ``table``'s guard triggers from ``guard``, for the live
    columns of the table. Refuses a mutable column the table does not have."""
    columns = live_columns(database, dialect, table)
    unknown = [c for c in guard.mutable if c not in columns]
    if unknown:
        raise ValueError(f"guard for {table}: no such columns {unknown}")
    update = _update_checks(guard, columns)
    insert = _insert_checks(guard, dialect)
    delete: list[tuple[str | None, str]] = [(guard.delete_refused_when, guard.message)]
    if dialect == "sqlite":
        return _sqlite(database, table, update, insert, delete)
    return _postgres(table, [(cond, msg) for cond, msg, _ in update], insert, delete)


def _sqlite_trigger(name: str, event: str, table: str, cond: str | None, msg: str) -> str:
    when = "" if cond is None else f"\nWHEN {_sql('sqlite', cond)}"
    return f"CREATE TRIGGER {name} BEFORE {event} ON {table}{when}\nBEGIN SELECT RAISE(ABORT, {_quote(msg)}); END"


def _sqlite(database, table: str, update, insert, delete) -> list[str]:
    """One trigger per check, each with its WHEN (and UPDATE OF) so a check that cannot
    apply costs nothing; the table's earlier generated triggers are dropped first."""
    out = [f"DROP TRIGGER {name}" for (name,) in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name LIKE ?",
        (table, f"tg_guard_{table}_%")).fetchall()]
    if insert:      # one trigger for the insert checks: every insert runs them all
        body = "\n".join(f"    SELECT RAISE(ABORT, {_quote(msg)})"
                         + ("" if cond is None else f" WHERE {_sql('sqlite', cond)}") + ";" for cond, msg in insert)
        out.append(f"CREATE TRIGGER tg_guard_{table}_i BEFORE INSERT ON {table}\nBEGIN\n{body}\nEND")
    for n, (cond, msg, cols) in enumerate(update, start=1):
        event = "UPDATE" if cols is None else f"UPDATE OF {', '.join(cols)}"
        out.append(_sqlite_trigger(f"tg_guard_{table}_u{n}", event, table, cond, msg))
    for n, (cond, msg) in enumerate(delete, start=1):
        out.append(_sqlite_trigger(f"tg_guard_{table}_d{n}", "DELETE", table, cond, msg))
    return out


def _plpgsql(checks) -> str:
    return "\n".join(
        f"        RAISE EXCEPTION {_quote(msg)};" if cond is None
        else f"        IF {_sql('postgres', cond)} THEN RAISE EXCEPTION {_quote(msg)}; END IF;"
        for cond, msg in checks)


def _postgres(table: str, update, insert, delete) -> list[str]:
    fn = f"arapp_guard_{table}"
    body = (
        f"CREATE OR REPLACE FUNCTION {fn}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
        f"    IF TG_OP = 'INSERT' THEN\n{_plpgsql(insert)}\n        RETURN NEW;\n"
        f"    ELSIF TG_OP = 'DELETE' THEN\n{_plpgsql(delete)}\n        RETURN OLD;\n"
        f"    END IF;\n{_plpgsql(update)}\n    RETURN NEW;\nEND $$")
    return [
        body,
        f"DROP TRIGGER IF EXISTS tg_guard_{table} ON {table}",
        f"CREATE TRIGGER tg_guard_{table} BEFORE INSERT OR UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {fn}()",
    ]
