"""SQL building blocks shared by the balance and aging reports.

Open amounts as of a date are computed in additive *pieces*, each a row of
(invoice_id, customer_id, issue_date, due_date, amount) whose sum per invoice is what
was owed at the end of that date:

1. what is open now (``open_amount``, read through the partial index of open invoices);
2. plus every allocation dated after the date (money that had not yet arrived);
3. for invoices voided after the date: their total less what had been allocated by then.

No piece sum goes below zero or above the total: an allocation is dated from the day
the invoice owed it and its receipt or credit note held it without a break
(:mod:`arapp.services.allocation`), so as of any date an invoice is paid at most its
total and a receipt spent at most its amount.

Pieces of one invoice share its dates, so bucket sums stay additive. No date means the
end of today, as everywhere: a receipt dated tomorrow does not pay today's aging. When
nothing in the books is dated after the date (:func:`nothing_dated_after`, a few index
probes), pieces 2 and 3 are empty and the report costs one pass over the open invoices.

Group these pieces with ``GROUP BY +x.customer_id``: the unary plus keeps SQLite from
walking the whole (customer_id, issue_date) index just to avoid a sort. Measured on the
million-invoice demo: 0.87 s through that index against 0.14 s reading the partial
index of open invoices and sorting the few open rows. Credits (预收) work the same way with
``receipt.unallocated`` and ``credit_note.unapplied``.
"""

from __future__ import annotations

import datetime as _dt

from arapp import clock
from arapp.db.database import db, is_sqlite

OPEN_STATUSES_SQL = "('posted', 'partly_paid')"


def no_index(column: str) -> str:
    """``+column`` on SQLite: the unary plus keeps the planner from using an index on
    that column (it would pick a range scan over most of the table instead of the small
    partial index the query is built for). PostgreSQL plans these well by itself."""
    return f"+{column}" if is_sqlite() else column


def nothing_dated_after(as_of: _dt.date) -> bool:
    """True when no document, allocation, void or reversal is dated after ``as_of``: then
    what is open now is what was open at the end of that day."""
    p = db.obj.param
    d = as_of.isoformat()
    next_day = (as_of + _dt.timedelta(days=1)).isoformat()
    probes = (
        (f"SELECT 1 FROM allocation WHERE date > {p} LIMIT 1", d),
        (f"SELECT 1 FROM invoice WHERE issue_date > {p} AND status <> 'draft' LIMIT 1", d),
        (f"SELECT 1 FROM invoice WHERE status = 'void' AND voided_at >= {p} LIMIT 1", next_day),
        (f"SELECT 1 FROM receipt WHERE date > {p} LIMIT 1", d),
        (f"SELECT 1 FROM receipt WHERE status = 'reversed' AND reversed_on > {p} LIMIT 1", d),
        (f"SELECT 1 FROM credit_note WHERE date > {p} LIMIT 1", d),
        (f"SELECT 1 FROM credit_note WHERE status = 'void' AND voided_on > {p} LIMIT 1", d),
    )
    return all(db.execute_sql(sql, (value,)).fetchone() is None for sql, value in probes)


def as_of_or_today(as_of: _dt.date | None) -> tuple[_dt.date, bool]:
    """The date meant (the end of today when None) and whether today's open amounts
    already are the figures at its end (nothing dated after it)."""
    when = as_of or clock.today()
    return when, nothing_dated_after(when)


def open_pieces_sql(p: str, as_of: _dt.date | None) -> tuple[str, list]:
    """A SELECT of invoice pieces (see module doc) at the end of ``as_of`` (today when None)."""
    n = no_index
    as_of, current = as_of_or_today(as_of)
    if current:
        return (
            "SELECT i.id AS invoice_id, i.customer_id, i.issue_date, i.due_date, i.open_amount AS amount "
            f"FROM invoice i WHERE i.open_amount > 0 AND i.status IN {OPEN_STATUSES_SQL}",
            [],
        )
    d = as_of.isoformat()
    next_day = (as_of + _dt.timedelta(days=1)).isoformat()
    sql = (
        "SELECT i.id AS invoice_id, i.customer_id, i.issue_date, i.due_date, i.open_amount AS amount "
        f"FROM invoice i WHERE i.open_amount > 0 AND i.status IN {OPEN_STATUSES_SQL} "
        f"AND {n('i.issue_date')} <= {p} "
        "UNION ALL "
        "SELECT i.id, i.customer_id, i.issue_date, i.due_date, l.s "
        f"FROM (SELECT invoice_id, SUM(amount) AS s FROM allocation WHERE date > {p} "
        f"GROUP BY {n('invoice_id')}) l "
        "JOIN invoice i ON i.id = l.invoice_id "
        f"WHERE i.status NOT IN ('draft', 'void') AND {n('i.issue_date')} <= {p} "
        "UNION ALL "
        "SELECT i.id, i.customer_id, i.issue_date, i.due_date, "
        f"i.total - COALESCE((SELECT SUM(a.amount) FROM allocation a WHERE a.invoice_id = i.id AND a.date <= {p}), 0) "
        f"FROM invoice i WHERE i.status = 'void' AND i.voided_at >= {p} AND {n('i.issue_date')} <= {p}"
    )
    return sql, [d, d, d, d, next_day, d]


def credit_pieces_sql(p: str, as_of: _dt.date | None, *, sources: bool = False) -> tuple[str, list]:
    """A SELECT of (customer_id, amount) pieces of unapplied receipts and credit notes at
    the end of ``as_of`` (today when None); with ``sources`` each piece also says whose it
    is: ``kind`` ('receipt' or 'credit_note') and ``source_id`` (a statement lists them)."""
    as_of, current = as_of_or_today(as_of)

    def whose(table: str, alias: str) -> str:
        return f", '{table}' AS kind, {alias}id AS source_id" if sources else ""

    if current:
        return (
            f"SELECT customer_id, unallocated AS amount{whose('receipt', '')} FROM receipt "
            "WHERE unallocated > 0 AND status = 'posted' "
            "UNION ALL "
            f"SELECT customer_id, unapplied{whose('credit_note', '')} FROM credit_note "
            "WHERE unapplied > 0 AND status = 'posted'",
            [],
        )
    d = as_of.isoformat()
    n = no_index
    parts = []
    params: list = []
    for table, left, fk, dead_status, dead_col in (
        ("receipt", "unallocated", "receipt_id", "reversed", "reversed_on"),
        ("credit_note", "unapplied", "credit_note_id", "void", "voided_on"),
    ):
        w = whose(table, "s.")
        parts.append(
            f"SELECT s.customer_id, s.{left} AS amount{w} FROM {table} s "
            f"WHERE s.{left} > 0 AND s.status = 'posted' AND {n('s.date')} <= {p}"
        )
        parts.append(
            f"SELECT s.customer_id, l.x{w} FROM (SELECT {fk} AS sid, SUM(amount) AS x FROM allocation "
            f"WHERE date > {p} AND {n(fk)} IS NOT NULL GROUP BY {n(fk)}) l JOIN {table} s ON s.id = l.sid "
            f"WHERE s.status = 'posted' AND {n('s.date')} <= {p}"
        )
        parts.append(
            f"SELECT s.customer_id, s.amount - COALESCE((SELECT SUM(a.amount) FROM allocation a "
            f"WHERE a.{fk} = s.id AND a.date <= {p}), 0){w} FROM {table} s "
            f"WHERE s.status = '{dead_status}' AND {n('s.date')} <= {p} AND s.{dead_col} > {p}"
        )
        params += [d, d, d, d, d, d]
    return " UNION ALL ".join(parts), params
