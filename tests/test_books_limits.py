"""Issue #8, items 2 and 4: one cap on every amount a document carries, a command that fails
commits nothing, books holding an amount from before the cap say so instead of crashing,
and dates, periods and quantities nobody means are refused. Services on both databases,
the command line on a SQLite file."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from arapp import cli, clock
from arapp.db.models import AuditLog, CreditNote, Invoice, InvoiceLine, Receipt
from arapp.domain import limits
from arapp.domain.money import MAX_AMOUNT_FEN
from arapp.errors import PermissionDenied, ValidationError
from arapp.reports.balances import customer_balances
from arapp.services import credit_notes, customers, invoices, receipts, settings
from arapp.services.collections import generate_tasks
from arapp.services.context import Actor, acting_as
from arapp.services.invoices import LineInput

D = dt.date
TODAY = D(2026, 12, 3)
HUGE_PRICE = 99_999_999_999_999          # ¥999,999,999,999.99, the issue's unit price
TABLES = ("invoice", "invoice_line", "receipt", "credit_note", "allocation", "audit_log", "number_sequence",
          "company_setting")


@pytest.fixture(autouse=True)
def _today():
    clock.set(TODAY)


@pytest.fixture
def cust(ledger_db, old_books):
    old_books()
    return customers.create_customer(name="甲", code="A", payment_terms_days=30).code


def _counts() -> dict[str, int]:
    return {m.__name__: m.select().count() for m in (Invoice, InvoiceLine, Receipt, CreditNote, AuditLog)}


def _refused(fn, *args, field=None, words=(), **kwargs):
    before = _counts()
    with pytest.raises(ValidationError) as exc:
        fn(*args, **kwargs)
    assert _counts() == before, "a refused write wrote something"
    if field is not None:
        assert exc.value.field == field
    for w in words:
        assert w in exc.value.message, (w, exc.value.message)
    return exc.value


# ----------------------------------------------------------------------------- item 2: the cap

def test_the_issues_huge_line_is_refused_naming_the_unit_price_and_the_limit(cust):
    _refused(invoices.create_invoice, cust, D(2026, 1, 10), lines=[LineInput("x", "50000", HUGE_PRICE)], post=True,
             field="unit_price", words=("Unit price on line 1", "¥999,999,999,999.99", "¥999,999,999.99"))


def test_quantity_times_price_over_the_cap_is_refused_naming_the_line(cust):
    _refused(invoices.create_invoice, cust, D(2026, 1, 10), post=True,
             lines=[LineInput("a", "1", 100), LineInput("x", "50000", 999_999_999)],
             field="amount", words=("Amount of line 2", "¥499,999,999,500.00", "¥999,999,999.99"))


def test_lines_within_the_cap_whose_total_is_over_it_are_refused(cust):
    _refused(invoices.create_invoice, cust, D(2026, 1, 10), post=True,
             lines=[LineInput("a", "1", MAX_AMOUNT_FEN), LineInput("b", "1", 1)],
             field="amount", words=("Invoice total", "¥1,000,000,000.00"))
    _refused(invoices.create_invoice, cust, D(2026, 1, 10), amount=MAX_AMOUNT_FEN + 1, post=True,
             field="amount", words=("Invoice amount",))


def test_documents_at_the_cap_are_accepted_and_add_up(cust):
    for _ in range(3):
        invoices.create_invoice(cust, D(2026, 1, 10), amount=MAX_AMOUNT_FEN, post=True)
    receipts.record_receipt(cust, D(2026, 2, 1), MAX_AMOUNT_FEN)
    credit_notes.issue_credit_note(cust, D(2026, 2, 2), MAX_AMOUNT_FEN, "退货")
    assert customer_balances(as_of=TODAY).rows[0].balance == MAX_AMOUNT_FEN


def test_a_receipt_or_credit_note_over_the_cap_is_refused(cust):
    _refused(receipts.record_receipt, cust, D(2026, 2, 1), MAX_AMOUNT_FEN + 1, field="amount",
             words=("Receipt amount", "¥999,999,999.99"))
    _refused(receipts.preview_allocation, cust, MAX_AMOUNT_FEN + 1, field="amount")
    _refused(credit_notes.issue_credit_note, cust, D(2026, 2, 1), MAX_AMOUNT_FEN + 1, "退货", field="amount",
             words=("Credit note amount",))


def test_a_draft_over_the_cap_left_by_an_older_version_is_not_posted(cust, monkeypatch):
    monkeypatch.setattr(limits, "MAX_AMOUNT_FEN", 10**19)            # the older version: no cap
    draft = invoices.create_invoice(cust, D(2026, 1, 10), lines=[LineInput("x", "50000", HUGE_PRICE)])
    monkeypatch.undo()
    clock.set(TODAY)
    _refused(invoices.post_invoice, draft.invoice_id, field="amount", words=("Invoice total",))
    assert Invoice.get_by_id(draft.invoice_id).status == "draft"


def test_a_draft_dated_outside_a_narrowed_window_is_refused_naming_its_issue_date(cust):
    clock.set(TODAY)
    draft = invoices.create_invoice(cust, D(2026, 1, 10), amount=1000)
    settings.save_date_window(D(2026, 6, 1), 12)                      # the window moved past the draft
    _refused(invoices.post_invoice, draft.invoice_id, field="issue_date", words=("Issue date", "2026-01-10"))
    assert Invoice.get_by_id(draft.invoice_id).status == "draft"


def test_reports_over_books_with_amounts_from_before_the_cap_give_a_clear_message_or_the_sum(cust, monkeypatch):
    """On either database: the balances, the aging and the ladder over two ¥49,999,999,999,999,500.00
    invoices end in the one clear refusal (SQLite, whose sums stop at 64 bits) or in the exact
    sum (PostgreSQL, whose sums of bigint are numeric), never in another error."""
    from arapp.db.database import is_postgres as cust_db_is_postgres
    from arapp.db.overflow import AmountOverflowError
    from arapp.reports.aging import aging

    monkeypatch.setattr(limits, "MAX_AMOUNT_FEN", 10**19)
    for _ in range(2):
        invoices.create_invoice(cust, D(2026, 1, 10), lines=[LineInput("x", "50000", HUGE_PRICE)], post=True)
    monkeypatch.undo()
    clock.set(TODAY)
    for report in (lambda: customer_balances(as_of=TODAY).rows[0].balance, lambda: aging(TODAY).total,
                   lambda: generate_tasks(TODAY)):
        try:
            got = report()
        except AmountOverflowError as exc:
            assert "¥999,999,999.99" in exc.message
            assert "INV-2026-000001" in exc.message or cust_db_is_postgres()
        else:
            assert got == 2 * 4_999_999_999_999_950_000 or not isinstance(got, int)


# ----------------------------------------------------------------------------- item 4: dates

@pytest.mark.parametrize("issue", [D(1900, 1, 1), D(1999, 12, 31), D(2099, 1, 1), D(2027, 12, 4)])
def test_invoices_dated_outside_the_window_are_refused(cust, issue):
    _refused(invoices.create_invoice, cust, issue, amount=100, post=True, field="issue_date",
             words=(f"Issue date {issue.isoformat()}", "2000-01-01 to 2027-12-03"))


def test_the_window_edges_are_accepted(cust):
    assert invoices.create_invoice(cust, D(2027, 12, 3), amount=100, post=True).status == "posted"
    assert invoices.create_invoice(cust, D(2000, 1, 1), amount=100, post=True).status == "posted"


def test_due_dates_nobody_means_are_refused(cust):
    _refused(invoices.create_invoice, cust, D(2026, 1, 10), due_date=D(2199, 1, 1), amount=100, post=True,
             field="due_date", words=("2199-01-01",))
    _refused(invoices.create_invoice, cust, D(2026, 1, 10), due_date=D(2026, 1, 9), amount=100, post=True,
             field="due_date", words=("2026-01-09", "2026-01-10"))


@pytest.mark.parametrize("period", ["nonsense", "2026-13", "13/2026", "2099-01", "1900-01"])
def test_malformed_or_far_periods_are_refused(cust, period):
    _refused(invoices.create_invoice, cust, D(2026, 1, 10), amount=100, period=period, post=True,
             field="period", words=(period,))


def test_periods_are_stored_in_one_form(cust):
    res = invoices.create_invoice(cust, D(2026, 1, 10), amount=100, period="2026年1月", post=True)
    assert Invoice.get_by_id(res.invoice_id).period == "2026-01"


@pytest.mark.parametrize("quantity", ["1e3", "Infinity", "1_000", "0x10", "-1"])
def test_quantities_in_exponent_or_other_forms_are_refused(cust, quantity):
    _refused(invoices.create_invoice, cust, D(2026, 1, 10), lines=[LineInput("x", quantity, 100)], post=True,
             field="quantity", words=("Line 1", quantity))


def test_receipt_credit_note_void_and_reversal_dates_keep_to_the_window(cust):
    inv = invoices.create_invoice(cust, D(2026, 1, 10), amount=100_000, post=True)
    _refused(receipts.record_receipt, cust, D(1900, 1, 1), 100, field="date", words=("Receipt date 1900-01-01",))
    _refused(credit_notes.issue_credit_note, cust, D(2099, 1, 1), 100, "退货", field="date",
             words=("Credit note date 2099-01-01",))
    rct = receipts.record_receipt(cust, D(2026, 2, 1), 100, allocations=None)
    note = credit_notes.issue_credit_note(cust, D(2026, 2, 1), 100, "退货", apply=False)
    _refused(receipts.allocate_receipt, rct.number, date=D(2099, 1, 1), field="date")
    _refused(receipts.apply_customer_credit, cust, date=D(2099, 1, 1), field="date")
    _refused(receipts.reverse_receipt, rct.number, "错账", date=D(2099, 1, 1), field="date",
             words=("Reversal date 2099-01-01",))
    _refused(credit_notes.void_credit_note, note.number, "错账", date=D(2099, 1, 1), field="date")
    _refused(invoices.void_invoice, inv.number, "错账", date=D(2099, 1, 1), field="date",
             words=("Void date 2099-01-01",))


def test_the_ladder_is_not_run_for_a_day_outside_the_window(cust):
    invoices.create_invoice(cust, D(2026, 1, 10), amount=100_000, post=True)
    with pytest.raises(ValidationError, match="2099-01-01"):
        generate_tasks(D(2099, 1, 1))


# ----------------------------------------------------------------------------- the window's setting

def test_the_window_is_a_company_setting_saved_with_an_audit_record(cust):
    assert settings.date_window() == limits.DateWindow(D(2000, 1, 1), D(2027, 12, 3))
    change = settings.save_date_window(D(1995, 1, 1), 24)
    assert change.changed == {"dates.earliest": (None, "1995-01-01"), "dates.months_ahead": (None, "24")}
    assert settings.date_window() == limits.DateWindow(D(1995, 1, 1), D(2028, 12, 3))
    assert invoices.create_invoice(cust, D(1995, 6, 1), amount=100, post=True).status == "posted"
    audited = {a.entity_id for a in AuditLog.select().where(AuditLog.entity == "company_setting")}
    assert {"dates.earliest", "dates.months_ahead"} <= audited
    assert settings.save_date_window(D(1995, 1, 1), 24).changed == {}      # unchanged: nothing written


def test_the_window_setting_is_checked_and_kept_for_administrators(cust):
    _refused(settings.save_date_window, D(1960, 1, 1), 12, field="dates.earliest", words=("1960-01-01",))
    _refused(settings.save_date_window, D(2027, 1, 1), 12, field="dates.earliest")
    _refused(settings.save_date_window, D(2000, 1, 1), 121, field="dates.months_ahead", words=("121",))
    with acting_as(Actor("bk", "bookkeeper")), pytest.raises(PermissionDenied):
        settings.save_date_window(D(1995, 1, 1), 12)


# ----------------------------------------------------------------------------- the command line

@pytest.fixture
def book(tmp_path, capsys, old_books):
    path = str(tmp_path / "books.sqlite3")
    assert cli.main(["init", path]) == 0
    old_books(path)
    assert cli.main(["--db", path, "customer", "add", "--name", "甲", "--code", "A"]) == 0
    assert cli.main(["--db", path, "customer", "add", "--name", "乙", "--code", "B"]) == 0
    assert cli.main(["--db", path, "invoice", "add", "--customer", "B", "--date", "2026-01-10",
                     "--amount", "1,000.00"]) == 0
    capsys.readouterr()
    return path


def _run(capsys, book, *args, lang="en"):
    code = cli.main(["--db", book, "--lang", lang, *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def _table_counts(path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def _reports_work(capsys, book) -> None:
    for args in (["balance"], ["aging"], ["customer", "list"], ["tasks", "generate"], ["invoice", "list"]):
        code, _out, err = _run(capsys, book, *args)
        assert code == 0, (args, err)


@pytest.mark.parametrize("args, words", [
    (["invoice", "add", "--customer", "A", "--date", "2026-01-10", "--line", "x:50000:999999999999.99"],
     ("¥999,999,999,999.99", "¥999,999,999.99")),
    (["invoice", "add", "--customer", "A", "--date", "2026-01-10", "--line", "x:50000:999999999.99"],
     ("Amount of line 1", "¥49,999,999,999,500.00", "¥999,999,999.99")),
    (["receipt", "add", "--customer", "A", "--date", "2026-02-01", "--amount", "1,000,000,000.00"],
     ("Receipt amount", "¥999,999,999.99")),
    (["invoice", "add", "--customer", "A", "--date", "1900-01-01", "--amount", "5"], ("1900-01-01",)),
    (["invoice", "add", "--customer", "A", "--date", "2099-01-01", "--amount", "5"], ("2099-01-01",)),
    (["invoice", "add", "--customer", "A", "--date", "2026-01-10", "--due", "2199-01-01", "--amount", "5"],
     ("2199-01-01",)),
    (["invoice", "add", "--customer", "A", "--date", "2026-01-10", "--due", "2026-01-01", "--amount", "5"],
     ("2026-01-01",)),
    (["invoice", "add", "--customer", "A", "--date", "2026-01-10", "--period", "nonsense", "--amount", "5"],
     ("nonsense",)),
    (["invoice", "add", "--customer", "A", "--date", "2026-01-10", "--line", "x:1e3:5"], ("1e3",)),
    (["invoice", "add", "--customer", "A", "--date", "2026-01-10", "--amount", "1e3"], ("1e3",)),
    (["receipt", "add", "--customer", "A", "--date", "2099-01-01", "--amount", "5"], ("2099-01-01",)),
    (["tasks", "generate", "--date", "2099-01-01"], ("2099-01-01",)),
])
def test_the_issues_reproductions_exit_2_with_a_message_and_write_nothing(capsys, book, args, words):
    before = _table_counts(book)
    code, _out, err = _run(capsys, book, *args)
    assert code == 2 and err.startswith("arapp:"), err
    for w in words:
        assert w in err, (w, err)
    assert _table_counts(book) == before
    _reports_work(capsys, book)


def test_a_refusal_is_said_in_chinese_too(capsys, book):
    code, _out, err = _run(capsys, book, "invoice", "add", "--customer", "A", "--date", "2026-01-10",
                           "--line", "x:50000:999999999999.99", lang="zh_CN")
    assert code == 2 and "¥999,999,999.99" in err and "单价" in err
    code, _out, err = _run(capsys, book, "invoice", "add", "--customer", "A", "--date", "1900-01-01",
                           "--amount", "5", lang="zh_CN")
    assert code == 2 and "1900-01-01" in err and "开单日期" in err


def test_a_command_that_fails_after_its_service_wrote_commits_nothing(capsys, book, monkeypatch):
    """The issue's second huge invoice: the service wrote and posted it, then the balance
    printed after it failed, and the invoice stayed in the books."""
    from arapp.errors import ArappError
    from arapp.reports import balances

    def failing(*_args, **_kwargs):
        raise ArappError("the read after the write failed")

    before = _table_counts(book)
    monkeypatch.setattr(balances, "customer_balance", failing)
    code, out, err = _run(capsys, book, "invoice", "add", "--customer", "A", "--date", "2026-01-10",
                          "--amount", "100.00")
    assert code == 2 and "the read after the write failed" in err
    assert out == ""                                   # nothing said about an invoice the books do not hold
    assert _table_counts(book) == before
    monkeypatch.undo()
    _reports_work(capsys, book)


def test_books_holding_an_amount_from_before_the_cap_say_which_and_can_be_mended(capsys, book, monkeypatch):
    """Two of the issue's ¥49,999,999,999,999,500.00 invoices, written by a version without
    the cap: the reports say which documents are too large instead of crashing, and voiding
    one mends today's reports."""
    from arapp.db.database import close_database, open_database

    open_database(book)
    monkeypatch.setattr(limits, "MAX_AMOUNT_FEN", 10**19)
    numbers = [invoices.create_invoice("A", D(2026, 1, 10), post=True,
                                       lines=[LineInput("x", "50000", HUGE_PRICE)]).number for _ in range(2)]
    close_database()
    monkeypatch.undo()
    clock.set(TODAY)
    for args in (["balance"], ["aging"], ["customer", "list"], ["tasks", "generate"]):
        code, _out, err = _run(capsys, book, *args)
        assert code == 2, (args, err)
        assert "too large to add up" in err and numbers[0] in err and "¥999,999,999.99" in err, err
    code, _out, err = _run(capsys, book, "invoice", "void", numbers[1], "--reason", "金额录错")
    assert code == 0, err
    code, out, err = _run(capsys, book, "balance")
    assert code == 0 and "49,999,999,999,999,500.00" in out, err


def test_the_date_window_is_shown_and_set_from_the_command_line(capsys, book):
    code, out, _err = _run(capsys, book, "settings")
    assert code == 0 and "2000-01-01 to 2027-12-03" in out
    code, _out, err = _run(capsys, book, "invoice", "add", "--customer", "A", "--date", "1996-01-01", "--amount", "5")
    assert code == 2 and "1996-01-01" in err
    code, out, _err = _run(capsys, book, "settings", "--dates-from", "1995-01-01", "--months-ahead", "24")
    assert code == 0 and "1995-01-01 to 2028-12-03" in out
    code, _out, err = _run(capsys, book, "invoice", "add", "--customer", "A", "--date", "1996-01-01", "--amount", "5")
    assert code == 0, err
    before = _table_counts(book)
    code, _out, err = _run(capsys, book, "settings", "--months-ahead", "999")
    assert code == 2 and "999" in err and _table_counts(book) == before
    code, _out, err = _run(capsys, book, "settings", "--months-ahead", "-1")
    assert code == 2 and "months" in err and "days" not in err and _table_counts(book) == before
    con = sqlite3.connect(book)
    try:
        audited = {r[0] for r in con.execute("SELECT entity_id FROM audit_log WHERE entity = 'company_setting'")}
    finally:
        con.close()
    assert {"dates.earliest", "dates.months_ahead"} <= audited
