"""Importing a 50,000-line bank statement (services.bank_import) beside a bare sqlite3
``executemany`` of the same rows (fingerprinted beforehand) into a table with the same
columns and indexes, in the same run: the first reading (all new: fingerprints, the
lookups of what the books hold, the insert with its guard trigger, the audit) and the
second (all already imported)."""

from __future__ import annotations

import datetime as _dt
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bank_book import line, read_in  # noqa: E402

from arapp import clock  # noqa: E402
from arapp.db import database  # noqa: E402
from arapp.domain.bank import keyed  # noqa: E402
from arapp.services.bank import add_bank_account  # noqa: E402

N = 50_000


def _lines():
    start = _dt.date(2026, 1, 1)
    return [line(i + 5, start + _dt.timedelta(days=i % 300), 100 + i % 9000, "in" if i % 4 else "out",
                 name=f"客户{i % 997}有限公司", account=f"6222{i % 997:012d}", description="货款",
                 purpose=f"INV-2026-{i % 5000:06d}", serial=f"2026{i:010d}" if i % 5 else "",
                 balance=1_000_000 + i)
            for i in range(N)]


def _bare(path: Path, lines) -> float:
    con = sqlite3.connect(path)
    con.executescript(
        "CREATE TABLE l (account_id, import_id, row_no, value_date, value_time, direction, amount, balance, "
        "counterparty_name, counterparty_account, counterparty_bank, description, purpose, serial, reference, "
        "fingerprint, occurrence, status, updated_by);"
        "CREATE UNIQUE INDEX a ON l (account_id, serial) WHERE serial <> '';"
        "CREATE UNIQUE INDEX b ON l (account_id, fingerprint, occurrence) WHERE serial = '';"
        "CREATE INDEX c ON l (account_id, value_date); CREATE INDEX d ON l (import_id)")
    rows = [(1, 1, k.line.row_no, k.line.value_date.isoformat(), k.line.value_time, k.line.direction,
             k.line.amount, k.line.balance, k.line.counterparty_name, k.line.counterparty_account,
             k.line.counterparty_bank, k.line.description, k.line.purpose, k.line.serial, k.line.reference,
             k.fingerprint, k.occurrence, "unmatched", "") for k in keyed(lines)]
    t = time.perf_counter()
    with con:
        con.executemany(f"INSERT INTO l VALUES ({', '.join(['?'] * 19)})", rows)
    elapsed = time.perf_counter() - t
    con.close()
    return elapsed


def test_importing_fifty_thousand_lines_beside_a_bare_executemany(tmp_path, figures):
    lines = _lines()
    baseline = _bare(tmp_path / "bare.sqlite3", lines)
    database.open_database(tmp_path / "books.sqlite3")
    try:
        clock.set(_dt.datetime(2026, 11, 20, 9, 0))
        account = add_bank_account("基本户", "工商银行", "1202020209000012345").account_id
        t = time.perf_counter()
        first = read_in(account, lines, "year.xlsx")
        new = time.perf_counter() - t
        t = time.perf_counter()
        again = read_in(account, lines, "year.xlsx")
        known = time.perf_counter() - t
    finally:
        clock.set(None)
        database.close_database()
    assert (first.new, again.duplicates) == (N, N)
    figures.add("bank import: 50,000 new lines", new, baseline, limit=8)
    figures.add("bank import: the same 50,000 lines again", known, baseline, limit=4)
