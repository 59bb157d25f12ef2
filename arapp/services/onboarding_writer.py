"""The bulk writer of an import into books that may already hold customers and invoices
(ledger onboarding, issue #11): rows go in with ``executemany`` on the raw connection and
the invoices are posted in one set-based UPDATE, as :mod:`arapp.services.bulk` does for
the demo books; what differs is that nothing is assumed about the book being empty.

- ids are reserved from the books: on PostgreSQL from each table's own sequence (other
  sessions writing at the same time get other ids), on SQLite past the highest id used
  (the import's transaction holds the only write lock);
- numbers come from the books' counters in one block per series and year
  (:func:`arapp.services.numbering.take_numbers`), so new invoices go on after the last;
- imported invoices are written as drafts owing their total, with their numbers, and
  posted together: the guards of schema steps 6 and 8 check each one as for the services;
- nothing is allocated: an imported invoice owes what the old ledger says it owes, and an
  advance (预收) is a receipt with all its money left as the customer's credit.

The caller (:mod:`arapp.services.onboarding`) holds the transaction, checks the rows and
writes the one audit record of the import.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from arapp.db.database import db, is_postgres, service_writes
from arapp.db.values import timestamp

__all__ = ["ImportWriter"]

INVOICE_COLUMNS = ("id", "number", "customer_id", "issue_date", "due_date", "period", "description", "total",
                   "open_amount", "status", "source", "posted_at", "posted_by", "created_at", "created_by",
                   "external_number")
LINE_COLUMNS = ("invoice_id", "line_no", "description", "quantity_milli", "unit_price", "amount", "tax_rate",
                "tax_amount")
RECEIPT_COLUMNS = ("id", "number", "customer_id", "date", "amount", "method", "reference", "memo", "status",
                   "created_at", "created_by", "unallocated")
CUSTOMER_COLUMNS = ("id", "code", "name", "kind", "category", "phone", "email", "address", "tax_id",
                    "credit_rating", "credit_limit", "payment_terms_days", "status", "notes", "created_at",
                    "updated_at")
ALIAS_COLUMNS = ("customer_id", "alias")
CONTACT_COLUMNS = ("customer_id", "name", "title", "phone", "email", "is_primary", "notes")
PAYER_ACCOUNT_COLUMNS = ("customer_id", "account_no", "account_name", "bank", "source", "created_at", "created_by")


class ImportWriter:
    """Writes an import's rows in the open transaction (values as each database takes them)."""

    def __init__(self) -> None:
        database = db.obj
        if database is None:
            raise RuntimeError("open_database() first")
        self.database = database
        self.pg = is_postgres(database)
        self.p = database.param
        self._days: dict[_dt.date, object] = {}

    def day(self, d: _dt.date):
        """A date parameter: ISO text on SQLite (as Peewee stores it), a date on PostgreSQL."""
        v = self._days.get(d)
        if v is None:
            v = self._days[d] = d if self.pg else d.isoformat()
        return v

    def stamp(self, at: _dt.datetime):
        """A timestamp parameter: text on SQLite (as Peewee stores it), a datetime on PostgreSQL."""
        return at if self.pg else timestamp(at)

    def flag(self, value: bool):
        return value if self.pg else int(value)

    def reserve_ids(self, table: str, count: int) -> list[int]:
        """``count`` ids for new rows of ``table``, ascending, used by nobody else."""
        if count <= 0:
            return []
        if self.pg:
            rows = self.database.execute_sql(
                f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, %s)",
                (count,)).fetchall()
            return sorted(int(r[0]) for r in rows)
        top = int(self.database.execute_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0])
        seq = self.database.execute_sql("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
        if seq is not None:
            top = max(top, int(seq[0]))
        return list(range(top + 1, top + 1 + count))

    def insert(self, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
        """The rows into ``table`` in one ``executemany`` under the services' mark."""
        if not rows:
            return
        p = self.p
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([p] * len(columns))})"
        cursor = self.database.cursor()
        try:
            with service_writes():
                cursor.executemany(sql, rows)
        finally:
            cursor.close()

    def post_invoices(self, ids: Sequence[int]) -> int:
        """Post the imported drafts ``ids`` (ascending) in a set-based UPDATE: each is
        posted owing its total (the guards check it against its allocations, of which it
        has none). Only drafts that carry a number are touched (the services' drafts
        have none). Returns how many were posted."""
        if not ids:
            return 0
        p = self.p
        with service_writes():          # posting needs the mark (schema step 8)
            cursor = self.database.execute_sql(
                f"UPDATE invoice SET status = 'posted' WHERE id >= {p} AND id <= {p} AND status = 'draft' "
                f"AND source = 'import' AND number IS NOT NULL", (ids[0], ids[-1]))
        return cursor.rowcount
