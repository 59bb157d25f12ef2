"""List exports (#11): a long list to xlsx beside the same list to CSV, in the same run.

The xlsx writer puts the data rows into the sheet as XML it writes itself (openpyxl's
cell-by-cell writing took about 16 times the CSV's time for a year of invoices here);
the figure holds it near the CSV writer, which only formats text. The table is made up
(no database), so the figure is about the writer alone.
"""

from __future__ import annotations

import datetime as _dt

from benchlib import best_of

from arapp.exports import export_list
from arapp.reports.table import Column, ReportTable

ROWS = 100_000


def invoice_like_table(n: int) -> ReportTable:
    columns = [Column("number", "Invoice no."), Column("customer", "Customer code"), Column("name", "Customer"),
               Column("issue", "Issue date", "date"), Column("due", "Due date", "date"),
               Column("total", "Amount", "money"), Column("open", "Open", "money"), Column("status", "Status"),
               Column("days", "Days overdue", "int", blank_zero=True), Column("description", "Description")]
    start = _dt.date(2025, 1, 1)
    rows = [[f"INV-2025-{i:06d}", f"C{i % 20000:06d}", f"客户{i % 20000}号贸易有限公司", start + _dt.timedelta(days=i % 365),
             start + _dt.timedelta(days=i % 365 + 30), 10_000 + i * 7, (i * 13) % 500_000, "未收款", i % 90, "物业费"]
            for i in range(n)]
    return ReportTable("Invoice list", columns, rows, company="公司", as_of=_dt.date(2026, 12, 3),
                       totals=["Total", None, f"{n} invoices", None, None, sum(r[5] for r in rows),
                               sum(r[6] for r in rows), None, None, None])


def test_a_long_list_to_xlsx_beside_the_same_list_to_csv(tmp_path, figures):
    table = invoice_like_table(ROWS)
    seconds, _ = best_of(2, lambda: export_list(table, tmp_path / "list.xlsx"))
    baseline, _ = best_of(2, lambda: export_list(table, tmp_path / "list.csv"))
    print(f"\n[bench] {ROWS:,} rows: xlsx {seconds:.2f} s, csv {baseline:.2f} s")
    figures.add(f"list export to xlsx ({ROWS:,} rows) vs csv", seconds, baseline, limit=6)
