"""Every list of the books exports whole (issue #11): reports.list_tables builds each list
with the window's own query and order, all its rows; the xlsx holds real numbers with the
money format and real dates, the CSV plain values; the filters and the order are said
under the title. On SQLite, and on PostgreSQL when one is given."""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
import pytest

from arapp import clock
from arapp.errors import ValidationError
from arapp.exports import export_list, list_format
from arapp.exports.xlsx import DATE_FORMAT, DATETIME_FORMAT, MONEY_FORMAT
from arapp.reports import list_tables as lt
from arapp.reports.contact_list import ContactFilter
from arapp.reports.credit_note_list import CreditNoteFilter
from arapp.reports.customers import customer_list_page
from arapp.reports.invoice_list import InvoiceFilter, invoice_page
from arapp.reports.receipt_list import ReceiptFilter
from arapp.services import collections as col
from arapp.services import credit_notes, customers, invoices, receipts

D = dt.date
MANY = 460                      # its open half is more than the window's page of 200


@pytest.fixture
def book(ledger_db, write_invoices, old_books):
    """Two customers named through the services, many invoices written fast for the first,
    a paid and a reversed receipt, a credit note, contacts."""
    clock.set(dt.datetime(2026, 12, 3, 10, 0))
    old_books()
    a = customers.create_customer(name="上海锦程贸易有限公司", payment_terms_days=30)
    b = customers.create_customer(name="杭州华美酒店管理有限公司", payment_terms_days=30, phone="0571-8888")
    start = D(2026, 1, 1)
    rows = []
    for k in range(MANY):
        issue = start + dt.timedelta(days=k % 300)
        total = 10_000 + k * 101
        status = ("posted", "partly_paid", "paid", "void")[k % 4]
        rows.append({"number": f"INV-T-{k + 1:06d}", "customer": a.customer_id, "issue_date": issue,
                     "due_date": issue + dt.timedelta(days=30), "total": total,
                     "open_amount": {"posted": total, "partly_paid": total // 2}.get(status, 0), "status": status,
                     "description": "服务费", "created_at": start})
    rows[0]["external_number"] = "台账-0001"            # an invoice brought in from an old ledger
    write_invoices(rows)
    formula = invoices.create_invoice(b.code, D(2026, 11, 5), amount=123_456, description="=HYPERLINK(\"x\")",
                                      post=True)
    kept = receipts.record_receipt(b.code, D(2026, 11, 20), 50_000, reference="BANK-1")
    undone = receipts.record_receipt(b.code, D(2026, 11, 21), 7_000, reference="BANK-2")
    receipts.reverse_receipt(undone.number, "录错金额", date=D(2026, 11, 22))
    credit_notes.issue_credit_note(b.code, D(2026, 11, 25), 3_000, "折让", invoice=formula.number)
    col.log_contact(b.code, "call", "催款", at=dt.datetime(2026, 11, 26, 9, 30), answer="月底付",
                    reason="no_funds")
    col.log_contact(a.code, "visit", "上门", at=dt.datetime(2026, 12, 1, 15, 5))
    return {"a": a, "b": b, "formula": formula, "kept": kept, "undone": undone}


def sheet(path):
    """(header labels, data rows of cells, the totals row of cells) of the first sheet."""
    ws = openpyxl.load_workbook(path).active
    rows = list(ws.iter_rows())
    header = next(i for i, r in enumerate(rows) if r[0].font.b and i > 0 and r[0].fill.fgColor.rgb.endswith("DCE6F1"))
    body = []
    for r in rows[header + 1:]:
        if r[0].value in ("Total", "合计"):
            return [c.value for c in rows[header]], body, r
        body.append(r)
    return [c.value for c in rows[header]], body, None


# ------------------------------------------------------------------ all the rows, the list's order

def test_the_invoice_export_holds_every_invoice_of_the_filter_in_the_lists_order_not_one_page(book):
    f = InvoiceFilter(customer_id=book["a"].customer_id, status="open")
    table = lt.invoices_table(f, "due_date", True)
    paged = []
    for offset in range(0, MANY, 200):                       # what the window pages through
        paged += invoice_page(f, "due_date", True, offset, 200)
    assert len(paged) > 200 and [r[0] for r in table.rows] == [r.number for r in paged]
    assert table.totals[5] == sum(r.total for r in paged) and table.totals[6] == sum(r.open_amount for r in paged)
    assert any("Sorted by Due date, descending" in line for line in table.subtitle)
    old = lt.invoices_table(InvoiceFilter(text="台账"))
    assert [(r[0], r[-1]) for r in old.rows] == [("INV-T-000001", "台账-0001")]
    assert old.columns[-1].label == "Old ledger number"
    assert any("customer " + book["a"].code in line and "status Not paid in full" in line for line in table.subtitle)


def test_the_customer_export_follows_the_sort_and_the_overdue_filter(book):
    table = lt.customers_table("", sort="balance", descending=True)
    assert [r[0] for r in table.rows] == [r.code for r in customer_list_page("", 0, 50, sort="balance",
                                                                             descending=True)]
    assert table.rows[0][0] == book["a"].code and table.rows[0][4] > table.rows[1][4]
    only = lt.customers_table("锦程", overdue_only=True)
    assert [r[0] for r in only.rows] == [book["a"].code]
    assert "matching '锦程', overdue only" in only.subtitle[0]


def test_receipts_and_credit_notes_total_only_what_stands(book):
    table = lt.receipts_table(ReceiptFilter(customer_id=book["b"].customer_id))
    assert [r[0] for r in table.rows] == [book["undone"].number, book["kept"].number]     # newest first
    assert table.rows[0][7] is None and table.rows[0][9] == "Reversed"                   # nothing allocated shown
    assert table.totals[6] == 50_000
    notes = lt.credit_notes_table(CreditNoteFilter(text="折让"))
    assert len(notes.rows) == 1 and notes.rows[0][4] == book["formula"].number and notes.rows[0][5] == 3_000
    assert lt.credit_notes_table(CreditNoteFilter(status="void")).rows == []


def test_the_contact_log_lists_every_contact_newest_first_with_its_moment(book):
    table = lt.contacts_table()
    assert [r[0] for r in table.rows] == [dt.datetime(2026, 12, 1, 15, 5), dt.datetime(2026, 11, 26, 9, 30)]
    assert table.rows[1][7] == "No funds" and table.rows[1][6] == "月底付"
    one_day = lt.contacts_table(ContactFilter(date_from=D(2026, 11, 26), date_to=D(2026, 11, 26)))
    assert len(one_day.rows) == 1 and "contacted 2026-11-26 to 2026-11-26" in one_day.subtitle[0]


# ------------------------------------------------------------------ what the files hold

def test_the_xlsx_holds_numbers_with_the_money_format_dates_as_dates_and_text_never_a_formula(book, tmp_path):
    path = export_list(lt.invoices_table(InvoiceFilter(customer_id=book["b"].customer_id)), tmp_path / "inv.xlsx")
    header, body, totals = sheet(path)
    assert header[:6] == ["Invoice no.", "Customer code", "Customer", "Issue date", "Due date", "Amount"]
    (row,) = body
    amount, due, description = row[5], row[4], row[9]
    assert amount.data_type == "n" and amount.value == pytest.approx(1234.56) and amount.number_format == MONEY_FORMAT
    assert isinstance(due.value, dt.datetime) and due.value.date() == D(2026, 12, 5)
    assert due.number_format == DATE_FORMAT
    assert description.data_type == "s" and description.value == '=HYPERLINK("x")' and description.quotePrefix
    assert totals[5].value == pytest.approx(1234.56) and totals[5].number_format == MONEY_FORMAT


def test_moments_are_datetimes_in_xlsx_and_csv(book, tmp_path):
    path = export_list(lt.contacts_table(), tmp_path / "contacts.xlsx")
    _header, body, _totals = sheet(path)
    assert body[0][0].value == dt.datetime(2026, 12, 1, 15, 5) and body[0][0].number_format == DATETIME_FORMAT
    text = export_list(lt.contacts_table(), tmp_path / "contacts.csv").read_text(encoding="utf-8-sig")
    assert list(csv.reader(io.StringIO(text)))[1][0] == "2026-12-01 15:05:00"


def test_the_csv_holds_plain_amounts_and_iso_dates(book, tmp_path):
    path = export_list(lt.receipts_table(ReceiptFilter(customer_id=book["b"].customer_id)), tmp_path / "r.csv")
    lines = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert lines[0][:3] == ["Receipt no.", "Receipt date", "Customer code"]
    assert lines[2][:2] == [book["kept"].number, "2026-11-20"] and lines[2][6] == "500.00"
    assert lines[-1][0] == "Total" and lines[-1][6] == "500.00"


def test_the_format_comes_from_the_extension_unless_given(tmp_path):
    assert list_format("a.XLSX") == "xlsx" and list_format("a.csv") == "csv" and list_format("a.txt", "csv") == "csv"
    with pytest.raises(ValidationError) as refused:
        list_format(tmp_path / "a.pdf")
    assert "a.pdf" in refused.value.message and ".xlsx" in refused.value.message


def test_a_list_longer_than_an_excel_sheet_is_refused_as_xlsx_with_csv_offered(book, tmp_path, monkeypatch):
    import arapp.exports as exports

    monkeypatch.setattr(exports, "XLSX_MAX_ROWS", 100)
    table = lt.invoices_table()
    with pytest.raises(ValidationError) as refused:
        export_list(table, tmp_path / "big.xlsx")
    assert "CSV" in refused.value.message and f"{len(table.rows):,}" in refused.value.message
    assert not (tmp_path / "big.xlsx").exists() and not (tmp_path / "big.xlsx.part").exists()
    assert export_list(table, tmp_path / "big.csv").stat().st_size > 0


def test_the_task_queue_says_its_bucket_and_its_order(book):
    col.generate_tasks(D(2026, 12, 3))
    rows = col.list_tasks(D(2026, 12, 3))
    table = lt.tasks_table(rows, D(2026, 12, 3), bucket="all")
    assert [r[0] for r in table.rows] == [r.customer_code for r in rows] and rows
    assert table.subtitle == ["Filtered: All"] and "Sorted by priority" in table.footnotes[0]
    month = lt.tasks_table(rows, D(2026, 12, 3), bucket="due_this_month", sorted_by=("Days", True))
    assert "due_this_month" in [c.key for c in month.columns] and "Sorted by Days, descending." in month.footnotes[0]


def test_the_customer_list_reads_balances_by_chunks_or_all_at_once_with_the_same_result(book, monkeypatch):
    import arapp.reports.customers as rc

    whole = [(r.code, r.balance, r.overdue, r.open_count) for r in rc.customer_list_page("", 0, None, sort="overdue",
                                                                                        descending=True)]
    monkeypatch.setattr(rc, "_BALANCE_CHUNK", 1)
    for all_from in (10, 1):                          # a customer at a time; every balance in one read
        monkeypatch.setattr(rc, "_ALL_BALANCES_FROM", all_from)
        for sort in ("code", "overdue"):
            chunked = [(r.code, r.balance, r.overdue, r.open_count)
                       for r in rc.customer_list_page("", 0, None, sort=sort, descending=sort == "overdue")]
            assert sorted(chunked) == sorted(whole) and len(whole) == 2 and whole[0][3] > 100
    assert [r.code for r in rc.customer_list_page("", 1, None, sort="overdue", descending=True)] == [whole[1][0]]


def test_the_archive_lists_every_document_made_with_its_kind_and_moment(book, tmp_path):
    from test_document_archive_list import tiny_pdf

    from arapp.reports.documents import DocumentFilter
    from arapp.services.documents import DocumentPart, archive

    b = book["b"].customer_id
    archive(tiny_pdf(), "letter.pdf", [DocumentPart(b, "letter", "催款函", "zh_CN", amount=12_345)], pages=1)
    clock.set(dt.datetime(2026, 12, 4, 8, 0))
    archive(tiny_pdf("s"), "statement.pdf", [DocumentPart(b, "statement", "对账单", "zh_CN")], pages=1)
    table = lt.documents_table()
    assert [(r[2], r[3], r[1]) for r in table.rows] == [("Statement of account", "对账单", dt.datetime(2026, 12, 4, 8, 0)),
                                                        ("Letter", "催款函", dt.datetime(2026, 12, 3, 10, 0))]
    assert table.rows[1][6] == 12_345 and table.totals[10] == 2
    letters = lt.documents_table(DocumentFilter(kind="letter", date_to=D(2026, 12, 3)))
    assert [r[3] for r in letters.rows] == ["催款函"]
    _header, body, _totals = sheet(export_list(table, tmp_path / "docs.xlsx"))
    assert body[0][1].number_format == DATETIME_FORMAT and body[1][6].number_format == MONEY_FORMAT
