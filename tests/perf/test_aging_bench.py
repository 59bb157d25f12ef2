"""Aging benchmarks (#3) on the million-invoice demo database.

The baseline is a bare sqlite3 query on the same file computing the same figures the
report shows per customer: bucket sums over the open invoices (dates compared as ISO
text against bucket edges computed once), and the unapplied credit per customer.
"""

from __future__ import annotations

import datetime as _dt

from benchlib import best_of

EDGES = (0, 30, 60, 90, 180, 365)


def bare_aging(con, as_of: _dt.date):
    bounds = [(as_of - _dt.timedelta(days=e)).isoformat() for e in EDGES]
    cases = [f"SUM(CASE WHEN due_date >= '{bounds[0]}' THEN open_amount ELSE 0 END)"]
    for lo, hi in zip(bounds[1:], bounds[:-1], strict=True):
        cases.append(f"SUM(CASE WHEN due_date >= '{lo}' AND due_date < '{hi}' THEN open_amount ELSE 0 END)")
    cases.append(f"SUM(CASE WHEN due_date < '{bounds[-1]}' THEN open_amount ELSE 0 END)")
    owed = con.execute(
        f"SELECT customer_id, {', '.join(cases)} FROM invoice NOT INDEXED "
        "WHERE open_amount > 0 AND status IN ('posted', 'partly_paid') GROUP BY customer_id").fetchall()
    credit = con.execute(
        "SELECT customer_id, SUM(unallocated) FROM receipt WHERE unallocated > 0 AND status = 'posted' "
        "GROUP BY customer_id").fetchall()
    return owed, credit


def test_aging_by_customer_against_bare_sql(open_big_db, bare_sqlite, figures):
    from arapp.reports.aging import aging

    today = _dt.date.today()
    seconds, result = best_of(5, lambda: aging())
    baseline, (owed, _credit) = best_of(5, lambda: bare_aging(bare_sqlite, today))
    assert result.total == sum(sum(r[1:]) for r in owed)
    assert result.bucket_totals == [sum(r[k] for r in owed) for k in range(1, len(EDGES) + 2)]
    print(f"\n[bench] aging by customer: {seconds * 1000:.0f} ms for {len(result.rows):,} rows")
    figures.add(f"aging by customer ({len(result.rows):,} rows)", seconds, baseline, limit=1.5)


def test_aging_other_views_and_dates(open_big_db, bare_sqlite, figures):
    from arapp.reports.aging import aging

    today = _dt.date.today()
    baseline, _ = best_of(3, lambda: bare_aging(bare_sqlite, today))
    for label, fn in (
        ("aging by collector", lambda: aging(view="collector")),
        ("aging by invoice (every open invoice)", lambda: aging(view="invoice")),
        ("aging as of six months back", lambda: aging(today - _dt.timedelta(days=182))),
        ("aging yearly scheme, invoice-date basis", lambda: aging(scheme="yearly", basis="invoice")),
    ):
        seconds, result = best_of(3, fn)
        figures.add(f"{label} ({len(result.rows):,} rows)", seconds, baseline, limit=20)
