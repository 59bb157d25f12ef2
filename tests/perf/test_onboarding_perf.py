"""Ledger onboarding (#11): 10,000 open invoices imported into books that already hold
customers and invoices, beside a bare ``executemany`` of the same rows in the same run.

The import (:func:`arapp.services.onboarding.import_ledger`) checks every row against the
books (customer, amount cap, date window, due date, old number not imported before),
numbers the invoices, writes them and their lines with ``executemany``, posts them in one
set-based UPDATE (the guards check each), and writes its audit record. The baseline, on a
copy of the same books, inserts the very invoice and line rows the import writes, with
one ``executemany`` each under the services' mark, and nothing else. Each is run
``ROUNDS`` times on fresh copies; the best of each is compared. The issue's aim: under 3×.
"""

from __future__ import annotations

import datetime as _dt
import shutil
import time

import pytest

from arapp import clock
from arapp.db import database

INVOICES = 10_000
CUSTOMERS = 2_000
ROUNDS = 3
AS_OF = _dt.date(2026, 10, 31)


def _ledger_rows():
    from arapp.domain.onboarding import LedgerRow

    return [LedgerRow(row_no=i + 2, amount=10_000 + (i * 37) % 900_000, customer_code=f"K{i % CUSTOMERS:05d}",
                      external_number=f"FP{i:07d}", issue_date=AS_OF - _dt.timedelta(days=i % 700),
                      description=f"物业费 {i}") for i in range(INVOICES)]


def _make_books(path) -> None:
    """Books with customers and invoices already (the import meets non-empty books)."""
    from arapp.domain.onboarding import CustomerRow, LedgerRow
    from arapp.services.onboarding import import_customers, import_ledger

    database.open_database(path)
    try:
        import_customers([CustomerRow(i + 2, f"客户{i:05d}有限公司", code=f"K{i:05d}") for i in range(CUSTOMERS)])
        import_ledger([LedgerRow(i + 2, 5_000, customer_code=f"K{i:05d}", external_number=f"OLD{i}",
                                 issue_date=AS_OF - _dt.timedelta(days=30)) for i in range(CUSTOMERS)], as_of=AS_OF)
    finally:
        database.close_database()


def _import(path) -> float:
    from arapp.services.onboarding import import_ledger

    rows = _ledger_rows()
    database.open_database(path)
    try:
        started = time.perf_counter()
        result = import_ledger(rows, as_of=AS_OF, file_name="台账.xlsx")
        seconds = time.perf_counter() - started
        assert result.written and result.invoices == INVOICES
    finally:
        database.close_database()
    return seconds


def _bare(path) -> float:
    """The same invoice and line rows in two executemany statements, nothing else."""
    from arapp.db.database import service_writes
    from arapp.services.onboarding_writer import INVOICE_COLUMNS, LINE_COLUMNS

    d = database.open_database(path)
    try:
        first = int(d.execute_sql("SELECT MAX(id) FROM invoice").fetchone()[0]) + 1
        ids = {code: cid for cid, code in d.execute_sql("SELECT id, code FROM customer").fetchall()}
        stamp = clock.now().strftime("%Y-%m-%d %H:%M:%S")
        invoices, lines = [], []
        for k, r in enumerate(_ledger_rows()):
            inv_id = first + k
            due = r.issue_date + _dt.timedelta(days=30)
            invoices.append((inv_id, f"INV-X-{inv_id:07d}", ids[r.customer_code], r.issue_date.isoformat(),
                             due.isoformat(), "", r.description, r.amount, r.amount, "draft", "import", stamp,
                             "admin", stamp, "admin", r.external_number))
            lines.append((inv_id, 1, r.description, 1000, r.amount, r.amount, 0, 0))
        ph = ", ".join("?" * len(INVOICE_COLUMNS))
        started = time.perf_counter()
        with d.atomic(), service_writes():
            cur = d.cursor()
            cur.executemany(f"INSERT INTO invoice ({', '.join(INVOICE_COLUMNS)}) VALUES ({ph})", invoices)
            cur.executemany(f"INSERT INTO invoice_line ({', '.join(LINE_COLUMNS)}) VALUES "
                            f"({', '.join('?' * len(LINE_COLUMNS))})", lines)
        seconds = time.perf_counter() - started
    finally:
        database.close_database()
    return seconds


@pytest.fixture
def books(tmp_path):
    clock.set(_dt.datetime(2026, 11, 20, 10, 0, 0))
    template = tmp_path / "template.sqlite3"
    _make_books(template)
    yield template
    clock.set(None)


def test_ten_thousand_open_invoices_import_beside_a_bare_executemany(books, tmp_path, figures):
    imports, bares = [], []
    for k in range(ROUNDS):
        a, b = tmp_path / f"import{k}.sqlite3", tmp_path / f"bare{k}.sqlite3"
        shutil.copy(books, a)
        shutil.copy(books, b)
        bares.append(_bare(b))
        imports.append(_import(a))
    took, baseline = min(imports), min(bares)
    print(f"\n[bench] ledger onboarding: {INVOICES:,} invoices into books with {CUSTOMERS:,} customers in "
          f"{took:.2f} s (rounds {', '.join(f'{t:.2f}' for t in imports)}); bare executemany "
          f"{baseline:.2f} s; {took / baseline:.2f}x", flush=True)
    figures.add(f"onboarding: import {INVOICES:,} open invoices", took, baseline, limit=3)


def test_reading_a_ten_thousand_row_ledger_file_beside_calamine_alone(tmp_path, figures):
    """The reader (header found, every cell read into a row) beside python-calamine
    reading the same sheet's values, in the same run."""
    import openpyxl
    from python_calamine import CalamineWorkbook

    from arapp.io.onboarding import read_ledger_file

    path = tmp_path / "台账.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("应收台账")
    ws.append(["客户编号", "发票号", "开单日期", "到期日", "未收金额", "摘要"])
    for r in _ledger_rows():
        ws.append([r.customer_code, r.external_number, r.issue_date, r.issue_date + _dt.timedelta(days=30),
                   r.amount / 100, r.description])
    wb.save(path)

    def bare() -> float:
        started = time.perf_counter()
        CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
        return time.perf_counter() - started

    def ours() -> float:
        started = time.perf_counter()
        preview = read_ledger_file(path)
        seconds = time.perf_counter() - started
        assert len(preview.rows) == INVOICES and not preview.rejected
        return seconds

    baseline = min(bare() for _ in range(ROUNDS))
    took = min(ours() for _ in range(ROUNDS))
    print(f"\n[bench] reading a {INVOICES:,}-row ledger file: {took:.2f} s; calamine alone {baseline:.2f} s; "
          f"{took / baseline:.2f}x", flush=True)
    figures.add(f"onboarding: read a {INVOICES:,}-row ledger xlsx", took, baseline, limit=15)
