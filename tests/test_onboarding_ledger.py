"""services.onboarding.import_ledger: an old receivable ledger's open invoices, opening
balances and advances brought into books that may already hold customers and invoices,
all or nothing, in bulk, numbered on from the books' own numbers (issue #11)."""

from __future__ import annotations

import datetime as _dt
import json

import pytest

from arapp import clock
from arapp.db.models import AuditLog, Customer, Invoice, InvoiceLine, NumberSequence, Receipt
from arapp.domain.onboarding import CustomerRow, LedgerRow, RejectedRow
from arapp.errors import PermissionDenied, ValidationError
from arapp.reports.balances import customer_balance
from arapp.services import credit, customers, invoices
from arapp.services.context import Actor, acting_as
from arapp.services.onboarding import RowsRejected, import_customers, import_ledger

TODAY = _dt.date(2026, 11, 20)
AS_OF = _dt.date(2026, 10, 31)


@pytest.fixture
def books(ledger_db):
    clock.set(_dt.datetime(2026, 11, 20, 9, 30))
    import_customers([CustomerRow(2, "上海锦程贸易有限公司", code="A001", aliases=("锦程贸易",), payment_terms_days=45),
                      CustomerRow(3, "杭州华美酒店管理有限公司", code="A002"),
                      CustomerRow(4, "同名客户", code="A003"), CustomerRow(5, "同名客户", code="A004")])
    credit.set_hold_overdue_days(3650)      # the tests post invoices beside months-old history
    return ledger_db


def _invoice(customer="A001", number="FP-001", amount=120_000, issued=_dt.date(2026, 9, 1), **kw) -> LedgerRow:
    return LedgerRow(row_no=kw.pop("row_no", 2), amount=amount, customer_code=customer, external_number=number,
                     issue_date=issued, **kw)


def test_an_open_invoice_keeps_its_old_number_and_gets_the_programs_number(books):
    result = import_ledger([_invoice(description="九月货款")], as_of=AS_OF, file_name="台账.xlsx")
    assert result.written and result.invoices == 1
    inv = Invoice.get(Invoice.external_number == "FP-001")
    assert (inv.number, inv.status, inv.source, inv.total, inv.open_amount) == (
        "INV-2026-000001", "posted", "import", 120_000, 120_000)
    assert (inv.issue_date, inv.due_date) == (_dt.date(2026, 9, 1), _dt.date(2026, 10, 16))   # the customer's 45 days
    line = InvoiceLine.get(InvoiceLine.invoice == inv.id)
    assert (line.description, line.amount) == ("九月货款", 120_000)
    assert result.entries[0].number == "INV-2026-000001" and result.entries[0].record_id == inv.id
    assert customer_balance(inv.customer_id, TODAY).balance == 120_000


def test_a_new_invoice_after_the_import_gets_the_next_number(books):
    invoices.create_invoice("A002", _dt.date(2026, 3, 1), amount=500, post=True)          # INV-2026-000001
    import_ledger([_invoice(number=f"FP-{k}", row_no=k + 2, issued=_dt.date(2026, 1 + k, 5)) for k in range(3)],
                  as_of=AS_OF)
    assert sorted(Invoice.select(Invoice.number).where(Invoice.source == "import").tuples()) == [
        ("INV-2026-000002",), ("INV-2026-000003",), ("INV-2026-000004",)]
    after = invoices.create_invoice("A002", _dt.date(2026, 11, 2), amount=700, post=True)
    assert after.number == "INV-2026-000005"


def test_invoices_are_numbered_by_their_issue_year_in_date_order(books):
    rows = [_invoice(number="B", row_no=2, issued=_dt.date(2026, 2, 1)),
            _invoice(number="A", row_no=3, issued=_dt.date(2025, 12, 30)),
            _invoice(number="C", row_no=4, issued=_dt.date(2026, 1, 15))]
    import_ledger(rows, as_of=AS_OF)
    got = dict(Invoice.select(Invoice.external_number, Invoice.number).tuples())
    assert got == {"A": "INV-2025-000001", "C": "INV-2026-000001", "B": "INV-2026-000002"}
    assert NumberSequence.get(name="invoice", year=2026).next_value == 3


def test_an_opening_balance_without_detail_is_one_opening_invoice_dated_as_of(books):
    result = import_ledger([LedgerRow(7, 88_800, customer_code="A002")], as_of=AS_OF)
    inv = Invoice.get(Invoice.customer == Customer.get(code="A002").id)
    assert result.openings == 1 and inv.external_number == ""
    assert (inv.issue_date, inv.due_date, inv.total, inv.description) == (
        AS_OF, AS_OF + _dt.timedelta(days=30), 88_800, "Opening balance")


def test_a_negative_opening_balance_is_an_unallocated_opening_receipt(books):
    import_ledger([_invoice(amount=50_000), LedgerRow(3, -20_000, customer_code="A001")], as_of=AS_OF)
    rct = Receipt.get()
    assert (rct.number, rct.date, rct.amount, rct.unallocated, rct.status) == (
        "RCT-2026-000001", AS_OF, 20_000, 20_000, "posted")
    inv = Invoice.get()
    assert inv.open_amount == 50_000                     # the old ledger's facts: nothing applied on import
    assert customer_balance(rct.customer_id, TODAY).balance == 30_000


def test_a_customer_named_by_name_or_alias_is_found(books):
    import_ledger([LedgerRow(2, 100, customer_name="杭州华美酒店管理有限公司", external_number="X1",
                             issue_date=AS_OF),
                   LedgerRow(3, 200, customer_name="锦程贸易", external_number="X2", issue_date=AS_OF)], as_of=AS_OF)
    owners = dict(Invoice.select(Invoice.external_number, Customer.code).join(Customer).tuples())
    assert owners == {"X1": "A002", "X2": "A001"}


@pytest.mark.parametrize(("row", "column", "words"), [
    (LedgerRow(2, 100, customer_code="NOPE", external_number="1", issue_date=AS_OF), "Customer code", "No customer"),
    (LedgerRow(2, 100, customer_name="谁也不是", external_number="1", issue_date=AS_OF), "Customer name",
     "No customer named"),
    (LedgerRow(2, 100, customer_name="同名客户", external_number="1", issue_date=AS_OF), "Customer name",
     "more than one customer (A003, A004)"),
    (LedgerRow(2, 0, customer_code="A001", external_number="1", issue_date=AS_OF), "Open amount", "zero"),
    (LedgerRow(2, 100_000_000_000, customer_code="A001", external_number="1", issue_date=AS_OF), "Open amount",
     "largest amount"),
    (LedgerRow(2, 100, customer_code="A001", external_number="1"), "Issue date", "needs its issue date"),
    (LedgerRow(2, 100, customer_code="A001", external_number="1", issue_date=_dt.date(1999, 12, 31)),
     "Issue date", "outside the dates these books accept"),
    (LedgerRow(2, 100, customer_code="A001", external_number="1", issue_date=_dt.date(2026, 11, 5)),
     "Issue date", "after the day the balances were taken"),
    (LedgerRow(2, 100, customer_code="A001", external_number="1", issue_date=AS_OF, due_date=AS_OF.replace(day=1)),
     "Due date", "before the issue date"),
    (LedgerRow(2, 100, customer_code="A001", external_number="1", issue_date=AS_OF, terms_days=4000),
     "Terms (days)", "from 0 to 3650"),
    (LedgerRow(2, 100, customer_code="A001", external_number="1", issue_date=AS_OF, period="2026-13"),
     "Billing period", "not a month"),
    (LedgerRow(2, 100, customer_code="A001", external_number="1", issue_date=AS_OF, description="a\x07b"),
     "Description", "control character"),
])
def test_a_row_that_breaks_a_rule_is_refused_naming_its_row_and_column(books, row, column, words):
    with pytest.raises(RowsRejected) as err:
        import_ledger([row], as_of=AS_OF, columns=None)
    (refused,) = err.value.result.rejected
    assert (refused.row_no, refused.column) == (2, column) and words in refused.reason
    assert Invoice.select().count() == 0 and AuditLog.select().where(AuditLog.action == "import",
                                                                       AuditLog.entity == "ledger").count() == 0


def test_the_files_own_column_names_are_used_in_refusals(books):
    with pytest.raises(RowsRejected) as err:
        import_ledger([LedgerRow(9, 100, customer_code="NOPE", issue_date=AS_OF, external_number="1")], as_of=AS_OF,
                      columns={"customer_code": "客户代码"})
    assert err.value.result.rejected[0].column == "客户代码"


def test_one_refused_row_imports_nothing_unless_the_others_are_asked_for(books):
    rows = [_invoice(number="OK-1", row_no=2), LedgerRow(3, 100, customer_code="NOPE", external_number="X",
                                                         issue_date=AS_OF)]
    with pytest.raises(RowsRejected) as err:
        import_ledger(rows, as_of=AS_OF)
    assert "1 row was refused" in err.value.message and Invoice.select().count() == 0
    result = import_ledger(rows, as_of=AS_OF, skip_rejected=True)
    assert result.written and result.invoices == 1 and [r.row_no for r in result.rejected] == [3]
    after = json.loads(AuditLog.get(AuditLog.action == "import", AuditLog.entity == "ledger").after_json)
    assert after["skipped_rows"] == [3] and after["rejected"] == 1 and after["invoices"] == 1


def test_rows_the_reader_refused_count_as_refused(books):
    earlier = [RejectedRow(5, "金额", "abc", "'abc' is not an amount")]
    with pytest.raises(RowsRejected):
        import_ledger([_invoice()], as_of=AS_OF, rejected=earlier)
    result = import_ledger([_invoice()], as_of=AS_OF, rejected=earlier, skip_rejected=True)
    assert result.rows == 2 and result.rejected == earlier


def test_a_ledger_imported_twice_adds_nothing_the_second_time(books):
    rows = [_invoice(number="FP-9", row_no=2), LedgerRow(3, 5_000, customer_code="A002"),
            LedgerRow(4, -700, customer_code="A001")]
    import_ledger(rows, as_of=AS_OF)
    with pytest.raises(RowsRejected) as err:
        import_ledger(rows, as_of=AS_OF)
    reasons = [r.reason for r in err.value.result.rejected]
    assert "was imported already (it is INV-2026-000001 in these books)" in reasons[0]
    assert all("imported already" in r for r in reasons) and len(reasons) == 3
    assert Invoice.select().count() == 2 and Receipt.select().count() == 1


def test_a_number_twice_for_one_customer_in_the_file_is_refused_the_second_time(books):
    with pytest.raises(RowsRejected) as err:
        import_ledger([_invoice(row_no=2), _invoice(row_no=3), _invoice(customer="A002", row_no=4)], as_of=AS_OF)
    (refused,) = err.value.result.rejected
    assert refused.row_no == 3 and "on row 2 already" in refused.reason


def test_a_second_opening_balance_of_a_customer_is_refused(books):
    with pytest.raises(RowsRejected) as err:
        import_ledger([LedgerRow(2, 100, customer_code="A001"), LedgerRow(3, -50, customer_code="A001")], as_of=AS_OF)
    assert [r.row_no for r in err.value.result.rejected] == [3]


def test_the_credit_hold_does_not_stop_imported_history(books):
    credit.set_hold_overdue_days(30)
    customers.update_customer("A001", credit_limit=1_000, status="on_hold")
    result = import_ledger([_invoice(amount=5_000_000, issued=_dt.date(2025, 1, 1))], as_of=AS_OF)
    assert result.written and Invoice.get().status == "posted"
    with pytest.raises(credit.CreditHoldError):
        invoices.create_invoice("A001", TODAY, amount=100, post=True)


def test_a_dry_run_writes_nothing_and_says_what_would_be_written(books):
    result = import_ledger([_invoice(), LedgerRow(3, -100, customer_code="A002")], as_of=AS_OF, dry_run=True)
    assert result.dry_run and not result.written and not result.changes
    assert [e.number for e in result.entries] == ["INV-2026-000001", "RCT-2026-000001"]
    assert Invoice.select().count() == 0 and Receipt.select().count() == 0
    assert NumberSequence.select().where(NumberSequence.name == "invoice").count() == 0
    assert AuditLog.select().where(AuditLog.entity == "ledger").count() == 0


def test_a_dry_run_lists_refused_rows_without_raising(books):
    result = import_ledger([LedgerRow(2, 100, customer_code="NOPE")], as_of=AS_OF, dry_run=True)
    assert [r.row_no for r in result.rejected] == [2] and result.entries == []


def test_one_audit_record_names_the_file_and_what_it_held(books):
    before = AuditLog.select().count()
    import_ledger([_invoice(number=f"N{k}", row_no=k + 2) for k in range(5)] + [LedgerRow(9, -100, customer_code="A002")],
                  as_of=AS_OF, file_name="台账.xlsx", sha256="ab" * 32)
    assert AuditLog.select().count() == before + 1
    rec = AuditLog.get(AuditLog.action == "import", AuditLog.entity == "ledger")
    after = json.loads(rec.after_json)
    assert rec.entity_id == "台账.xlsx" and after["sha256"] == "ab" * 32
    assert (after["invoices"], after["advances"], after["owed"], after["held"]) == (5, 1, 600_000, 100)
    assert after["invoice_numbers"] == ["INV-2026-000001", "INV-2026-000005"]


def test_the_result_says_what_it_touched(books):
    result = import_ledger([_invoice(), LedgerRow(3, -100, customer_code="A002")], as_of=AS_OF)
    assert result.changes.ids("invoice") == {Invoice.get().id}
    assert result.changes.ids("receipt") == {Receipt.get().id}
    assert result.changes.ids("customer") == {Customer.get(code="A001").id, Customer.get(code="A002").id}


def test_it_needs_the_books_import_permission(books):
    with acting_as(Actor("cash", "cashier")), pytest.raises(PermissionDenied):
        import_ledger([_invoice()], as_of=AS_OF)
    with acting_as(Actor("lixm", "bookkeeper")):
        assert import_ledger([_invoice()], as_of=AS_OF).written


def test_the_day_the_balances_were_taken_is_not_after_today(books):
    with pytest.raises(ValidationError) as err:
        import_ledger([_invoice()], as_of=TODAY + _dt.timedelta(days=1))
    assert "after today" in err.value.message


def test_an_empty_ledger_is_refused(books):
    with pytest.raises(RowsRejected) as err:
        import_ledger([], as_of=AS_OF)
    assert "no rows to import" in err.value.message


def test_the_import_works_on_books_with_invoices_and_receipts_already(books):
    invoices.create_invoice("A002", _dt.date(2026, 10, 1), amount=9_900, post=True)
    from arapp.services.receipts import record_receipt

    record_receipt("A002", _dt.date(2026, 10, 5), 9_900, method="bank")
    import_ledger([_invoice(customer="A002", number="OLD-1"), LedgerRow(3, -500, customer_code="A001")], as_of=AS_OF)
    assert Invoice.get(Invoice.external_number == "OLD-1").number == "INV-2026-000002"
    assert Receipt.get(Receipt.amount == 500).number == "RCT-2026-000002"
