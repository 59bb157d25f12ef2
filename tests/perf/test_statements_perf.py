"""Statements of account (#10) for every customer of the benchmark book for one month.

The issue asks for the time (aim: under a minute for the 20,000 customers). Reading is
measured whole: choosing the customers (a balance at the end or a movement in the
month) and reading every statement with a few set queries. Laying the PDFs is measured
on a sample of ``SAMPLE`` statements (the first by code) and the whole batch estimated
from it, since laying 20,000 takes many minutes today (the report names what costs).
The baseline, in the same run, is a bare ReportLab loop laying the same sample's movement
tables with the same embedded font (no letterhead, aging, QR or slip).
"""

from __future__ import annotations

import datetime as _dt
import io
import time

from benchlib import END_DATE

START = _dt.date(2026, 10, 1)
END = _dt.date(2026, 10, 31)
SAMPLE = 100


def bare_reportlab(rows_per_customer: list[list[list[str]]]) -> float:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table

    from arapp.documents.pdf import pdf_font

    font, _embedded = pdf_font()
    started = time.perf_counter()
    story = []
    for rows in rows_per_customer:
        story.append(Table(rows or [[""]], style=[("FONT", (0, 0), (-1, -1), font, 8.5)]))
        story.append(PageBreak())
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)
    return time.perf_counter() - started


def test_statements_for_every_customer_of_a_month(open_big_db, figures):
    from arapp import clock
    from arapp.domain import money
    from arapp.outbox.common import render
    from arapp.outbox.statements import statement_jobs
    from arapp.reports.statement import statement_customers, statements

    clock.set(END_DATE)
    try:
        started = time.perf_counter()
        ids = statement_customers(START, END)
        chosen = time.perf_counter() - started
        started = time.perf_counter()
        made = statements(ids, START, END)
        read = time.perf_counter() - started
        sample = made[:SAMPLE]
        rows = [[[m.date.isoformat(), m.entry_name, m.number, m.description, money.format_amount(m.debit),
                  money.format_amount(m.credit), money.format_amount(m.balance)] for m in st.movements]
                for st in sample]
        baseline = bare_reportlab(rows)
        jobs = statement_jobs(sample)
        started = time.perf_counter()
        _content, parts, pages = render(jobs)
        laid = time.perf_counter() - started
    finally:
        clock.set(None)
    assert len(parts) == len(sample) and pages >= len(sample)
    per = laid / len(sample)
    estimate = chosen + read + per * len(ids)
    lines = sum(len(st.movements) for st in made)
    print(f"\n[bench] statements {START}..{END}: {len(ids):,} customers, {lines:,} lines; choosing {chosen:.2f} s, "
          f"reading all {read:.2f} s; laying {len(sample)} took {laid:.1f} s ({per * 1000:.0f} ms each, "
          f"{pages} pages; bare ReportLab tables {baseline:.2f} s); the whole batch estimated {estimate:.0f} s",
          flush=True)
    figures.add(f"statements: read {len(ids):,} customers' month", chosen + read, baseline, limit=50)
    figures.add(f"statements: lay {len(sample)} (the batch ≈ {estimate:.0f} s)", laid, baseline, limit=100)
