"""The printed reports on a small hand-built book, figures worked out by hand:
weekly overdue (逾期报表), monthly aging analysis (账龄分析报告), credit record (信誉记录表),
the catalog, and the exports that write them. SQLite, and PostgreSQL when available.

The book (terms: A 30 days, B 0, C 10):

    INV-1  A  issued 01-05  due 02-04  1,000.00   paid 02-20 (R2)
    INV-2  B  issued 02-01  due 02-01    300.00   paid 02-01 (R1)
    INV-3  A  issued 02-10  due 03-12  2,500.00   1,000.00 paid 03-25 (R5)
    INV-4  C  issued 02-20  due 03-02    800.00   500.00 on 03-05, 300.00 on 03-08 (reversed 03-15),
                                                  300.00 on 04-10
    INV-5  B  issued 03-01  due 03-01    300.00   credit note 100.00 on 03-10; 200.00 paid 04-05 (R7,
                                                  which leaves 300.00 of advance payment)
    INV-6  A  issued 03-20  due 04-19    400.00
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal

import openpyxl
import pytest

from arapp import exports, i18n
from arapp.db import lookups
from arapp.db.models import User
from arapp.errors import NotFound, ValidationError
from arapp.reports import catalog
from arapp.reports.aging_analysis import aging_analysis_report, month_figures
from arapp.reports.credit_record import credit_lines, credit_record_report, customer_summaries
from arapp.reports.overdue import last_contacts, most_recent_friday, overdue_invoices, weekly_overdue_report
from arapp.services import collections, credit_notes, customers, invoices, receipts

D = dt.date
OK = "test book"


def inv(code, issue, amount):
    return invoices.create_invoice(code, issue, amount=amount, post=True, override_reason=OK).number


@pytest.fixture
def book(ledger_db):
    collector = User.create(username="liuyang", display_name="刘洋", role="collector")
    a = customers.create_customer(name="甲公司", payment_terms_days=30, collector_id=collector.id,
                                  credit_rating="B", credit_limit=1_000_000).code
    b = customers.create_customer(name="乙业主", payment_terms_days=0, credit_rating="A").code
    c = customers.create_customer(name="丙公司", payment_terms_days=10, credit_rating="C").code
    numbers = [inv(a, D(2026, 1, 5), 100000), inv(b, D(2026, 2, 1), 30000), inv(a, D(2026, 2, 10), 250000),
               inv(c, D(2026, 2, 20), 80000), inv(b, D(2026, 3, 1), 30000), inv(a, D(2026, 3, 20), 40000)]
    receipts.record_receipt(b, D(2026, 2, 1), 30000)                      # R1 → INV-2
    receipts.record_receipt(a, D(2026, 2, 20), 100000)                    # R2 → INV-1
    receipts.record_receipt(c, D(2026, 3, 5), 50000)                      # R3 → INV-4 (part)
    r4 = receipts.record_receipt(c, D(2026, 3, 8), 30000)                 # R4 → INV-4 paid off …
    receipts.reverse_receipt(r4.number, "退票", date=D(2026, 3, 15))      # … and reopened
    credit_notes.issue_credit_note(b, D(2026, 3, 10), 10000, "折让", invoice=numbers[4])
    receipts.record_receipt(a, D(2026, 3, 25), 100000)                    # R5 → INV-3 (part)
    receipts.record_receipt(b, D(2026, 4, 5), 50000)                      # R7 → INV-5, 300.00 left over
    receipts.record_receipt(c, D(2026, 4, 10), 30000)                     # R6 → INV-4 paid off again
    return {"A": a, "B": b, "C": c, "inv": numbers}


# ------------------------------------------------------------------------------ weekly overdue

def test_most_recent_friday():
    assert most_recent_friday(D(2026, 3, 27)) == D(2026, 3, 27)      # a Friday
    assert most_recent_friday(D(2026, 3, 26)) == D(2026, 3, 20)
    assert most_recent_friday(D(2026, 3, 29)) == D(2026, 3, 27)      # Sunday


def test_weekly_overdue_lists_overdue_invoices_most_overdue_first(book):
    items = overdue_invoices(D(2026, 3, 27))
    n = book["inv"]
    assert [(r.number, r.days_overdue, r.amount) for r in items] == [
        (n[4], 26, 20000),        # due 03-01, 300.00 less the 100.00 credit note
        (n[3], 25, 30000),        # due 03-02, the 300.00 reversed on 03-15
        (n[2], 15, 150000),       # due 03-12, 2,500.00 less 1,000.00
    ]
    assert items[2].collector == "刘洋" and items[0].collector == ""
    summary, detail = weekly_overdue_report(D(2026, 3, 27), company="公司")
    assert [r[0] for r in summary.rows] == [book["B"], book["C"], book["A"]]
    assert [r[4:8] for r in summary.rows] == [[1, 26, 20000, 0], [1, 25, 30000, 0], [1, 15, 150000, 0]]
    assert summary.totals[4:7] == [3, None, 200000]          # the most days overdue is no sum
    assert [r[7:] for r in detail.rows] == [[None, None]] * 3     # last contact, promised date: no log yet
    assert detail.totals[6] == 200000


def test_weekly_overdue_fills_last_contact_and_promise_from_the_collection_log(book):
    ids = [lookups.customer(book[k]).id for k in "ABC"]
    assert last_contacts(ids) == {}
    collections.log_contact(book["A"], "call", "催款", at=dt.datetime(2026, 3, 20, 10, 0))
    collections.log_contact(book["A"], "visit", "上门", at=dt.datetime(2026, 3, 30, 15, 0))
    collections.log_contact(book["C"], "sms", "提醒", at=dt.datetime(2026, 3, 26, 9, 0))
    collections.record_promise(book["A"], D(2026, 4, 10), 100000, on=D(2026, 3, 26))
    info = last_contacts(ids, D(2026, 3, 27))
    assert (info[ids[0]].last_contact, info[ids[0]].promised_date, info[ids[0]].promised_amount) == (
        D(2026, 3, 20), D(2026, 4, 10), 100000)
    assert (info[ids[2]].last_contact, info[ids[2]].promised_date) == (D(2026, 3, 26), None)
    assert ids[1] not in info
    assert set(last_contacts(ids, D(2026, 3, 25))) == {ids[0]}          # before the promise and C's SMS
    assert last_contacts(ids, D(2026, 3, 25))[ids[0]].promised_date is None
    summary, detail = weekly_overdue_report(D(2026, 3, 27), company="公司")
    assert {r[0]: r[8:] for r in summary.rows} == {
        book["A"]: [D(2026, 3, 20), D(2026, 4, 10)], book["B"]: [None, None], book["C"]: [D(2026, 3, 26), None]}
    assert [r[7:] for r in detail.rows if r[0] == book["A"]] == [[D(2026, 3, 20), D(2026, 4, 10)]]
    assert any("collection log" in f for f in summary.footnotes)
    # the day after its date the promise is judged (broken: nothing came), and no longer open
    collections.generate_tasks(D(2026, 4, 11))
    assert last_contacts(ids)[ids[0]].promised_date is None
    assert last_contacts(ids, D(2026, 4, 10))[ids[0]].promised_date == D(2026, 4, 10)
    assert last_contacts(ids)[ids[0]].last_contact == D(2026, 3, 30)


def test_weekly_overdue_shows_the_credit_and_drops_what_was_paid(book):
    summary, detail = weekly_overdue_report(D(2026, 4, 10), company="公司")
    assert [(r[3], r[5], r[6]) for r in detail.rows] == [(book["inv"][2], 29, 150000)]   # INV-4 paid on 04-10
    summary, _ = weekly_overdue_report(D(2026, 4, 4), company="公司")
    assert {r[0]: (r[6], r[7]) for r in summary.rows} == {
        book["A"]: (150000, 0), book["B"]: (20000, 0), book["C"]: (30000, 0)}


# ------------------------------------------------------------------------------ monthly aging analysis

def test_month_figures_add_up(book):
    feb = month_figures("2026-02")
    assert (feb.opening, feb.billed, feb.collected, feb.credit_notes, feb.closing, feb.other) == (
        100000, 360000, 130000, 0, 330000, 0)
    assert feb.overdue == 0 and feb.overdue_ratio == 0
    assert feb.collection_rate == Decimal(130000) / Decimal(460000)
    mar = month_figures("2026-03")
    # collected: 500.00 + 300.00 − 300.00 (reversal) + 1,000.00
    assert (mar.opening, mar.billed, mar.collected, mar.credit_notes, mar.closing, mar.other) == (
        330000, 70000, 150000, 10000, 240000, 0)
    assert mar.overdue == 200000
    assert mar.overdue_ratio == Decimal(200000) / Decimal(240000)
    assert mar.collection_rate == Decimal("0.375")


def test_aging_analysis_report_sections(book):
    ratios, movement, buckets, top, by_customer = aging_analysis_report("2026-03", company="公司")
    assert ratios.as_of == D(2026, 3, 31)
    overdue_row, rate_row = ratios.rows
    assert overdue_row[1:3] == [Decimal(200000) / Decimal(240000), 0]
    assert rate_row[1] == Decimal("0.375")
    assert rate_row[3] == Decimal("0.375") - Decimal(130000) / Decimal(460000)
    assert [r[1] for r in movement.rows] == [330000, 70000, -150000, -10000, 0]
    assert [r[2] for r in movement.rows] == [100000, 360000, -130000, 0, 0]
    assert movement.totals[1:] == [240000, 330000]
    # 03-31: INV-6 not yet due; INV-3 19 days, INV-5 30 days, INV-4 29 days: all 1-30.
    assert [r[1:4] for r in buckets.rows[:3]] == [[40000, 330000, -290000], [200000, 0, 200000], [0, 0, 0]]
    assert buckets.totals[1:4] == [240000, 330000, -90000] and buckets.chart is not None
    assert [(r[1], r[4], r[5]) for r in top.rows] == [(book["A"], 150000, 0), (book["C"], 30000, 0),
                                                      (book["B"], 20000, 0)]
    assert top.rows[0][8] == Decimal("0.75")
    assert by_customer.totals[-3:] == [240000, 0, 240000]


# ------------------------------------------------------------------------------ credit record

def test_credit_record_days_to_pay_and_days_overdue(book):
    lines = {x.number: x for x in credit_lines(D(2026, 1, 1), D(2026, 3, 31), D(2026, 3, 31))}
    n = book["inv"]
    got = {num: (x.repaid_on, x.days_to_pay, x.days_overdue, x.open_amount) for num, x in lines.items()}
    assert got == {
        n[0]: (D(2026, 2, 20), 46, 16, 0),
        n[1]: (D(2026, 2, 1), 0, 0, 0),
        n[2]: (None, None, 19, 150000),
        n[3]: (None, None, 29, 30000),       # paid off 03-08, reopened 03-15
        n[4]: (None, None, 30, 20000),
        n[5]: (None, None, 0, 40000),        # not yet due
    }


def test_credit_record_repaid_date_follows_reversals(book):
    n = book["inv"]
    at = {d: {x.number: x for x in credit_lines(D(2026, 2, 1), D(2026, 2, 28), d)}[n[3]]
          for d in (D(2026, 3, 10), D(2026, 4, 30))}
    assert (at[D(2026, 3, 10)].repaid_on, at[D(2026, 3, 10)].days_to_pay, at[D(2026, 3, 10)].days_overdue) == (
        D(2026, 3, 8), 16, 6)
    assert (at[D(2026, 4, 30)].repaid_on, at[D(2026, 4, 30)].days_to_pay, at[D(2026, 4, 30)].days_overdue) == (
        D(2026, 4, 10), 49, 39)


def test_credit_record_summary_per_customer(book):
    summary, detail = credit_record_report(D(2026, 1, 1), D(2026, 3, 31), as_of=D(2026, 3, 31), company="公司")
    rows = {r[0]: r for r in summary.rows}
    a, b, c = rows[book["A"]], rows[book["B"]], rows[book["C"]]
    # rating, limit, terms, invoices, billed, still owed, on time, average days late, most days overdue
    assert a[2:] == ["B", 1_000_000, 30, 3, 390000, 190000, Decimal(0), Decimal("17.5"), 19]
    assert b[2:] == ["A", None, 0, 2, 60000, 20000, Decimal("0.5"), Decimal(15), 30]
    assert c[2:] == ["C", None, 10, 1, 80000, 30000, Decimal(0), Decimal(29), 29]
    assert summary.totals[8:] == [Decimal("0.2"), Decimal("18.8"), None]   # 1 of 5 due on time; 94 / 5; no max
    assert len(detail.rows) == 6 and detail.totals[6] == 530000 and detail.totals[10] == 240000
    only_b = customer_summaries(credit_lines(D(2026, 1, 1), D(2026, 3, 31), customer_ids=[
        c.customer_id for c in customer_summaries(credit_lines(D(2026, 1, 1), D(2026, 3, 31)))
        if c.code == book["B"]]))
    assert [c.code for c in only_b] == [book["B"]]


# ------------------------------------------------------------------------------ catalog

def test_catalog_resolves_dates():
    assert catalog.resolve_dates("weekly-overdue", "2026-03-26") == (D(2026, 3, 26), None)
    assert catalog.resolve_dates("weekly-overdue", None, "2026-02") == (D(2026, 2, 28), "2026-02")
    assert catalog.resolve_dates("aging-analysis", None, "2026-02") == (D(2026, 2, 28), "2026-02")
    assert catalog.resolve_dates("aging-analysis", D(2026, 3, 5)) == (D(2026, 3, 31), "2026-03")
    when, month = catalog.resolve_dates("aging-analysis")
    assert when.day >= 28 and when < dt.date.today()
    assert catalog.resolve_dates("weekly-overdue")[0].weekday() == 4
    with pytest.raises(ValidationError):
        catalog.build_report("nope")
    with pytest.raises(ValidationError):
        catalog.resolve_dates("aging-analysis", None, "2026-13")


def test_every_catalog_report_exports_to_pdf_and_excel(book, tmp_path):
    for name in catalog.REPORTS:
        for fmt in exports.FORMATS:
            path = exports.export_report(name, fmt, tmp_path / f"{name}.{fmt}", as_of=D(2026, 3, 27),
                                         month="2026-03" if name == "aging-analysis" else None)
            assert path.stat().st_size > 1000
    wb = openpyxl.load_workbook(tmp_path / "aging-analysis.xlsx")
    assert len(wb.sheetnames) == 5
    with pytest.raises(ValidationError):
        exports.export_report("credit-record", "docx", tmp_path / "x.docx")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_monthly_report_pdf_in_chinese(book, tmp_path):
    i18n.set_language("zh_CN")
    try:
        path = exports.export_report("aging-analysis", "pdf", tmp_path / "m.pdf", month="2026-03")
    finally:
        i18n.set_language("en")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    for word in ("应收账款账龄分析报告", "2026年03月", "逾期率", "回收率", "83.33%", "37.50%", "期初应收余额",
                 "3,300.00", "2,400.00", "-1,500.00", "逾期金额前十名客户", "未到期", "1-30天"):
        assert word in text, word


# ------------------------------------------------------------------------------ what a manager chooses (#9)

def test_credit_record_summary_only_is_one_table(book):
    tables = credit_record_report(D(2026, 1, 1), D(2026, 3, 31), as_of=D(2026, 3, 31), company="公司",
                                  summary_only=True)
    assert [t.title for t in tables] == ["Credit record: summary by customer"]
    assert len(tables[0].rows) == 3


def test_credit_record_for_one_customer_names_it(book):
    summary, detail = credit_record_report(D(2026, 1, 1), D(2026, 3, 31), as_of=D(2026, 3, 31), company="公司",
                                           customer=book["A"])
    assert [r[0] for r in summary.rows] == [book["A"]]
    # A's invoices: INV-1 1,000.00, INV-3 2,500.00, INV-6 400.00; 1,500.00 + 400.00 still owed
    assert [r[3] for r in detail.rows] == [book["inv"][0], book["inv"][2], book["inv"][5]]
    assert detail.totals[6] == 390000 and detail.totals[10] == 190000
    assert f"Customer: {book['A']} 甲公司" in summary.subtitle
    with pytest.raises(NotFound):
        credit_record_report(customer="C999999")


def test_credit_record_for_a_period_takes_the_invoices_issued_in_it(book):
    summary, detail = credit_record_report(D(2026, 2, 1), D(2026, 2, 28), as_of=D(2026, 4, 30), company="公司")
    n = book["inv"]
    assert [r[3] for r in detail.rows] == [n[2], n[1], n[3]]        # by customer code: A, B, C
    assert "Invoices issued from 2026-02-01 to 2026-02-28; paid or not as of 2026-04-30" in summary.subtitle
    # a period alone is judged as of its end
    summary, _ = credit_record_report(D(2026, 2, 1), D(2026, 2, 28), company="公司")
    assert summary.as_of == D(2026, 2, 28)
    with pytest.raises(ValidationError) as e:
        credit_record_report(D(2026, 3, 1), D(2026, 2, 1))
    assert e.value.field == "date_from" and "2026-03-01" in str(e.value) and "2026-02-01" in str(e.value)


def test_credit_record_catalog_options_and_refusals(book, tmp_path):
    opts = catalog.ReportOptions(date_from=D(2026, 2, 1), date_to=D(2026, 2, 28), customer=book["C"],
                                 summary_only=True)
    (summary,) = catalog.build_report("credit-record", options=opts)
    assert summary.as_of == D(2026, 2, 28) and [r[0] for r in summary.rows] == [book["C"]]
    assert summary.rows[0][5:8] == [1, 80000, 80000]     # INV-4: nothing paid by 02-28
    with pytest.raises(ValidationError):
        catalog.build_report("weekly-overdue", options=catalog.ReportOptions(summary_only=True))
    path = exports.export_report("credit-record", "xlsx", tmp_path / "c.xlsx", options=opts)
    assert openpyxl.load_workbook(path).sheetnames == ["Credit summary"]


def test_a_sum_row_sums_and_leaves_the_most_days_overdue_blank(book):
    summary, _ = weekly_overdue_report(D(2026, 3, 27), company="公司")
    i = summary.column_index("max_days")
    assert summary.totals[i] is None and summary.totals[summary.column_index("overdue")] == 200000
    cr, _ = credit_record_report(D(2026, 1, 1), D(2026, 3, 31), as_of=D(2026, 3, 31), company="公司")
    assert cr.totals[cr.column_index("max_late")] is None
    assert cr.totals[cr.column_index("on_time")] == Decimal("0.2")      # the overall rate stays


def test_a_change_in_a_ratio_is_in_percentage_points(book, tmp_path):
    from arapp.reports.table import format_cell

    ratios = aging_analysis_report("2026-03", company="公司")[0]
    change = ratios.columns[ratios.column_index("change")]
    assert change.kind == "points"
    # collection rate 37.50% in March against 130,000 / 460,000 = 28.26% in February
    assert format_cell(ratios.rows[1][3], change.kind) == "+9.24 pp"
    assert format_cell(Decimal("-0.0125"), "points") == "-1.25 pp"
    i18n.set_language("zh_CN")
    try:
        assert format_cell(Decimal("0.0924"), "points") == "+9.24个百分点"
    finally:
        i18n.set_language("en")
    path = exports.export_tables([ratios], "xlsx", tmp_path / "r.xlsx")
    cell = openpyxl.load_workbook(path).active.cell(row=5, column=4)     # title, company, header, row 1
    assert round(cell.value, 4) == 9.2391 and "pp" in cell.number_format and "%" not in cell.number_format


def test_signed_reports_end_with_the_sign_off_line(book):
    assert all(t.signature for t in weekly_overdue_report(D(2026, 3, 27), company="公司"))
    assert all(t.signature for t in aging_analysis_report("2026-03", company="公司"))
    assert all(t.signature for t in credit_record_report(as_of=D(2026, 3, 31), company="公司"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
@pytest.mark.parametrize("lang, words", [("zh_CN", ("编制：", "审核：", "日期：")),
                                         ("en", ("Prepared by:", "Reviewed by:", "Date:"))])
def test_the_weekly_report_pdf_is_signed_in_the_users_language(book, tmp_path, lang, words):
    i18n.set_language(lang)
    try:
        path = exports.export_report("weekly-overdue", "pdf", tmp_path / "w.pdf", as_of=D(2026, 3, 27))
        unsigned = exports.export_tables(catalog.build_report("nonpayment-reasons", month="2026-03"), "pdf",
                                         tmp_path / "u.pdf")
    finally:
        i18n.set_language("en")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    last_page = text.split("\f")[-2] if text.count("\f") > 1 else text
    for word in words:
        assert word in last_page, word
    plain = subprocess.run(["pdftotext", "-layout", str(unsigned), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert words[0] not in plain
