"""Books that hold an amount too large to add up say so, instead of crashing every report.

Since the cap on documents (:data:`arapp.domain.money.MAX_AMOUNT_FEN`) no service writes an
amount that can make a sum leave a signed 64-bit integer. Books written by an older version
may still hold one (a ¥49,999,999,999,999,500.00 invoice); then every balance, aging and
ladder query adding it up fails in the database (SQLite: "integer overflow"; PostgreSQL, whose
sums are numeric, when such a sum is written back: "bigint out of range"). The database
classes here turn that failure, wherever a cursor meets it, into an :class:`AmountOverflowError`
naming the documents over the cap when the database can still be asked (SQLite; a failed
PostgreSQL transaction answers nothing more) and what to do (void or reverse them, which
still works), so each face shows one clear message. Nothing is changed in the books.
"""

from __future__ import annotations

import threading

import peewee

from arapp.domain.money import MAX_AMOUNT_FEN, format_amount
from arapp.errors import ArappError
from arapp.i18n import tr

#: (table, column holding the number, amount columns) searched for amounts over the cap.
_DOCUMENTS = (
    ("invoice", "number", ("total", "open_amount")),
    ("receipt", "number", ("amount", "unallocated")),
    ("credit_note", "number", ("amount", "unapplied")),
)
_SHOWN = 5
_searching = threading.local()


class AmountOverflowError(ArappError):
    """The books hold an amount over the cap, so a sum of amounts left 64 bits."""


def _is_overflow(exc: Exception) -> bool:
    text = str(exc).lower()
    return "integer overflow" in text or "bigint out of range" in text or "integer out of range" in text


def oversized_documents(database: peewee.Database) -> list[str]:
    """Numbers (or ids) of the documents whose amounts are over the cap, at most a few."""
    found: list[str] = []
    p = database.param
    for table, number, columns in _DOCUMENTS:
        over = " OR ".join(f"{c} > {p} OR {c} < {p}" for c in columns)
        params = [v for _c in columns for v in (MAX_AMOUNT_FEN, -MAX_AMOUNT_FEN)]
        rows = database.execute_sql(
            f"SELECT id, {number} FROM {table} WHERE {over} ORDER BY id LIMIT {_SHOWN}", params).fetchall()
        found += [str(num or f"#{doc_id}") for doc_id, num in rows]
    return found[:_SHOWN]


def overflow_error(database: peewee.Database) -> AmountOverflowError:
    """The error to raise for a sum that overflowed: with the documents over the cap named
    when the database can still be asked (SQLite; not an aborted PostgreSQL transaction)."""
    documents: list[str] = []
    if not getattr(_searching, "on", False):
        _searching.on = True
        try:
            documents = oversized_documents(database)
        except peewee.DatabaseError:
            documents = []
        finally:
            _searching.on = False
    limit = format_amount(MAX_AMOUNT_FEN)
    if documents:
        return AmountOverflowError(tr(
            "db", "The books hold amounts too large to add up: {documents} (the most one document may carry is "
                  "{limit}; an older version let them in). Void or reverse them, then enter them again within "
                  "the limit.", documents=", ".join(documents), limit=limit))
    return AmountOverflowError(tr(
        "db", "The books hold an amount too large to add up (the most one document may carry is {limit}; an older "
              "version let it in). Void or reverse the document, then enter it again within the limit.",
        limit=limit))


class _Cursor:
    """A database cursor whose ``execute`` and ``executemany`` turn a value that left 64 bits
    into an AmountOverflowError; everything else is the cursor's own."""

    def __init__(self, cursor, database: peewee.Database) -> None:
        self._cursor = cursor
        self._database = database
        # Bound once: the reads go straight to the cursor (a lookup through __getattr__
        # per row cost about 1.7 µs, 8% of the aging by customer).
        self.fetchone = cursor.fetchone
        self.fetchall = cursor.fetchall
        self.fetchmany = cursor.fetchmany

    def execute(self, *args, **kwargs):
        try:
            self._cursor.execute(*args, **kwargs)
        except Exception as exc:
            if not _is_overflow(exc):
                raise
            raise overflow_error(self._database) from exc
        return self

    def executemany(self, *args, **kwargs):
        try:
            self._cursor.executemany(*args, **kwargs)
        except Exception as exc:
            if not _is_overflow(exc):
                raise
            raise overflow_error(self._database) from exc
        return self

    def __iter__(self):
        return iter(self._cursor)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self._cursor.__exit__(*exc) if hasattr(self._cursor, "__exit__") else None

    def __getattr__(self, name):
        return getattr(self._cursor, name)


class RefusesOverflow:
    """Mixed into the books' database classes (:mod:`arapp.db.database`): a sum (or a
    value) that left 64 bits becomes an AmountOverflowError, for queries through peewee
    and for the raw cursors the bulk writers use (see the module doc)."""

    def cursor(self, *args, **kwargs):
        return _Cursor(super().cursor(*args, **kwargs), self)
