"""services.onboarding.import_customers: a customer file's customers with their aliases,
contact persons, terms, limits and bank accounts, into books that may hold customers
already, all or nothing, with one audit record (issue #11)."""

from __future__ import annotations

import datetime as _dt
import json

import pytest

from arapp import clock
from arapp.db.models import AuditLog, Contact, Customer, CustomerAlias, CustomerBankAccount
from arapp.domain.onboarding import ContactIn, CustomerRow, PayerAccountIn
from arapp.errors import PermissionDenied
from arapp.services import customers
from arapp.services.context import Actor, acting_as
from arapp.services.onboarding import RowsRejected, import_customers

BOOKKEEPER = Actor("lixm", "bookkeeper")


@pytest.fixture
def books(ledger_db):
    clock.set(_dt.datetime(2026, 11, 20, 9, 30))
    return ledger_db


def _full_row(**kw) -> CustomerRow:
    values = dict(row_no=2, name="上海锦程贸易有限公司", code="A001", aliases=("锦程贸易", "锦程"), kind="tenant",
                  category="贸易客户", phone="021-5555 0100", email="ar@jincheng.cn", address="上海市浦东新区世纪大道1号",
                  tax_id="91310000MA1K000001", payment_terms_days=45, credit_limit=5_000_000,
                  contacts=(ContactIn("张三", "财务经理", "13800000000", "zhang@jincheng.cn"),),
                  bank_accounts=(PayerAccountIn("6222 0210 0000 0001", "上海锦程贸易有限公司", "工商银行上海分行"),),
                  notes="老客户")
    values.update(kw)
    return CustomerRow(**values)


def test_a_customer_comes_in_with_everything_the_file_says(books):
    result = import_customers([_full_row()], file_name="客户.xlsx")
    c = Customer.get(code="A001")
    assert (c.name, c.kind, c.category, c.phone, c.email, c.address, c.tax_id, c.payment_terms_days,
            c.credit_limit, c.status, c.notes) == (
        "上海锦程贸易有限公司", "tenant", "贸易客户", "021-5555 0100", "ar@jincheng.cn", "上海市浦东新区世纪大道1号",
        "91310000MA1K000001", 45, 5_000_000, "active", "老客户")
    assert sorted(a.alias for a in CustomerAlias.select().where(CustomerAlias.customer == c.id)) == ["锦程", "锦程贸易"]
    person = Contact.get(Contact.customer == c.id)
    assert (person.name, person.title, person.phone, person.email, person.is_primary) == (
        "张三", "财务经理", "13800000000", "zhang@jincheng.cn", True)
    acct = CustomerBankAccount.get(CustomerBankAccount.customer == c.id)
    assert (acct.account_no, acct.account_name, acct.bank, acct.source) == (
        "6222021000000001", "上海锦程贸易有限公司", "工商银行上海分行", "import")
    assert (result.aliases, result.contacts, result.bank_accounts) == (2, 1, 1)
    assert result.customers[0].customer_id == c.id and result.changes.ids("customer") == {c.id}


def test_a_blank_code_gets_the_next_code_and_skips_codes_in_use(books):
    customers.create_customer(name="已有客户")                                   # C000001
    result = import_customers([CustomerRow(2, "甲", code="C000002"), CustomerRow(3, "乙"), CustomerRow(4, "丙")])
    assert [c.code for c in result.customers] == ["C000002", "C000003", "C000004"]
    assert customers.create_customer(name="丁").code == "C000005"


def test_the_defaults_fill_what_the_file_leaves_out(books):
    import_customers([CustomerRow(2, "乙公司")])
    c = Customer.get(name="乙公司")
    assert (c.kind, c.payment_terms_days, c.credit_limit, c.credit_rating) == ("enterprise", 30, None, "")


@pytest.mark.parametrize(("row", "column", "words"), [
    (CustomerRow(2, ""), "Customer name", "empty"),
    (CustomerRow(2, "甲", code="A 1"), "Customer code", "no spaces"),
    (CustomerRow(2, "甲", code="X" * 41), "Customer code", "too long"),
    (CustomerRow(2, "甲", kind="robot"), "Customer type", "Unknown customer type"),
    (CustomerRow(2, "甲", email="not-an-address"), "E-mail", "not an e-mail address"),
    (CustomerRow(2, "甲", payment_terms_days=3651), "Payment terms (days)", "from 0 to 3650"),
    (CustomerRow(2, "甲", credit_limit=-1), "Credit limit", "zero or more"),
    (CustomerRow(2, "甲", credit_limit=100_000_000_000), "Credit limit", "largest amount"),
    (CustomerRow(2, "甲", contacts=(ContactIn("", phone="138"),)), "Contact person", "needs a name"),
    (CustomerRow(2, "甲", contacts=(ContactIn("张", email="x"),)), "Contact e-mail", "not an e-mail address"),
    (CustomerRow(2, "甲", bank_accounts=(PayerAccountIn("账号?"),)), "Bank account number", "not a bank account"),
    (CustomerRow(2, "甲", address="第一行\n第二行"), "Address", "one line"),
])
def test_a_row_that_breaks_a_rule_is_refused_naming_its_row_and_column(books, row, column, words):
    with pytest.raises(RowsRejected) as err:
        import_customers([row])
    (refused,) = err.value.result.rejected
    assert (refused.row_no, refused.column) == (2, column) and words in refused.reason
    assert Customer.select().count() == 0


def test_a_code_in_the_books_is_refused_as_existing(books):
    customers.create_customer(name="旧客户", code="A001")
    with pytest.raises(RowsRejected) as err:
        import_customers([_full_row()])
    (refused,) = err.value.result.rejected
    assert refused.column == "Customer code" and "in the books already (旧客户)" in refused.reason
    assert Customer.select().count() == 1 and CustomerBankAccount.select().count() == 0


def test_a_name_in_the_books_without_a_code_is_refused_but_a_code_lets_it_in(books):
    customers.create_customer(name="同名公司", code="A001")
    with pytest.raises(RowsRejected) as err:
        import_customers([CustomerRow(2, "同名公司")])
    assert "give a code to add another" in err.value.result.rejected[0].reason
    assert import_customers([CustomerRow(2, "同名公司", code="B001")]).written


def test_a_code_name_or_account_twice_in_the_file_is_refused_the_second_time(books):
    rows = [CustomerRow(2, "甲", code="A1", bank_accounts=(PayerAccountIn("62220001"),)),
            CustomerRow(3, "乙", code="A1"), CustomerRow(4, "丙"), CustomerRow(5, "丙"),
            CustomerRow(6, "丁", bank_accounts=(PayerAccountIn("6222 0001"),))]
    with pytest.raises(RowsRejected) as err:
        import_customers(rows)
    got = [(r.row_no, r.column) for r in err.value.result.rejected]
    assert got == [(3, "Customer code"), (5, "Customer name"), (6, "Bank account number")]
    assert all("on row" in r.reason for r in err.value.result.rejected)


def test_a_bank_account_of_another_customer_is_refused(books):
    import_customers([CustomerRow(2, "甲", code="A1", bank_accounts=(PayerAccountIn("62220001"),))])
    with pytest.raises(RowsRejected) as err:
        import_customers([CustomerRow(2, "乙", code="A2", bank_accounts=(PayerAccountIn("62220001"),))])
    assert "belongs to customer A1 already" in err.value.result.rejected[0].reason


def test_a_bookkeeper_imports_customers_but_not_credit_limits(books):
    with acting_as(BOOKKEEPER):
        assert import_customers([CustomerRow(2, "甲", code="A1")]).written
        with pytest.raises(PermissionDenied) as err:
            import_customers([CustomerRow(3, "乙", code="A2", credit_limit=100)])
    assert "credit.approve" in err.value.message and "rows 3" in err.value.message
    assert Customer.select().count() == 1


def test_a_cashier_may_not_import(books):
    with acting_as(Actor("cash", "cashier")), pytest.raises(PermissionDenied):
        import_customers([CustomerRow(2, "甲")])


def test_skip_rejected_imports_the_others_and_the_audit_names_what_was_skipped(books):
    result = import_customers([CustomerRow(2, "甲", code="A1"), CustomerRow(3, "")], skip_rejected=True,
                              file_name="客户.xlsx", sha256="cd" * 32)
    assert result.written and [c.code for c in result.customers] == ["A1"]
    rec = AuditLog.get(AuditLog.action == "import", AuditLog.entity == "customers")
    after = json.loads(rec.after_json)
    assert rec.entity_id == "客户.xlsx"
    assert (after["customers"], after["rejected"], after["skipped_rows"], after["codes"]) == (1, 1, [3], ["A1"])


def test_one_audit_record_for_the_whole_import(books):
    before = AuditLog.select().count()
    import_customers([_full_row(code=f"A{k}", name=f"客户{k}", bank_accounts=(PayerAccountIn(f"6222{k:04d}"),))
                      for k in range(50)])
    assert AuditLog.select().count() == before + 1


def test_a_dry_run_writes_nothing(books):
    result = import_customers([_full_row(), CustomerRow(3, "乙")], dry_run=True)
    assert result.dry_run and not result.written and [c.code for c in result.customers] == ["A001", "C000001"]
    assert Customer.select().count() == 0 and AuditLog.select().count() == 0


def test_customer_ids_come_after_those_in_use(books):
    customers.create_customer(name="旧客户", code="OLD")
    result = import_customers([CustomerRow(2, "甲", code="A1")])
    new = customers.create_customer(name="新客户", code="NEW")
    assert Customer.get(code="OLD").id < result.customers[0].customer_id < new.customer_id
