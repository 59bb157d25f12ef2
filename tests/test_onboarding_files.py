"""io.onboarding: a customer file and a ledger file read into rows and refused rows (row,
column, reason) with a preview, by the names their columns go by; the template files
(header, one example row the readers refuse, a notes sheet); and a file applied through
the services, all or nothing (issue #11). The tests write the files they read."""

from __future__ import annotations

import datetime as _dt

import openpyxl
import pytest

from arapp import clock, i18n
from arapp.db.models import Customer, CustomerAlias, CustomerBankAccount, Invoice, Receipt
from arapp.errors import FileRefused, ValidationError
from arapp.io.onboarding import (
    import_customer_file,
    import_ledger_file,
    read_customer_file,
    read_ledger_file,
)
from arapp.io.onboarding_templates import template_columns, write_template
from arapp.services.onboarding import RowsRejected

AS_OF = _dt.date(2026, 10, 31)


@pytest.fixture
def books(ledger_db):
    clock.set(_dt.datetime(2026, 11, 20, 9, 0))
    return ledger_db


def xlsx(path, rows, *, title=None, sheet="台账"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    if title:
        ws.append([title])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


CUSTOMER_HEADER = ["客户代码", "客户名称", "简称", "客户类型", "分类", "电话", "邮箱", "地址", "税号", "账期(天)", "信用额度",
                   "联系人", "职务", "手机", "银行账号", "开户行", "备注"]


def test_a_customer_file_is_read_by_its_chinese_column_names_under_a_title(tmp_path, books):
    path = xlsx(tmp_path / "客户.xlsx", [
        ["上海锦程贸易有限公司 客户清单"],
        CUSTOMER_HEADER,
        ["A001", "上海锦程贸易有限公司", "锦程；锦程贸易", "租户", "贸易客户", "021-55550100", "ar@jc.cn", "上海市",
         "91310000MA1K000001", "45天", "50,000.00", "张三", "财务经理", "13800000000", "6222 0001；6222 0002",
         "工商银行", "老客户"],
        ["", "杭州华美酒店", "", "", "", "", "", "", "", 30, 12000.5, "", "", "", "", "", ""],
    ])
    preview = read_customer_file(path)
    assert (preview.sheet_name, preview.header_row_no, preview.rejected) == ("台账", 2, [])
    assert preview.columns["code"] == "客户代码" and preview.columns["payment_terms_days"] == "账期(天)"
    first, second = preview.rows
    assert (first.row_no, first.code, first.name, first.aliases, first.kind) == (
        3, "A001", "上海锦程贸易有限公司", ("锦程", "锦程贸易"), "tenant")
    assert (first.payment_terms_days, first.credit_limit) == (45, 5_000_000)
    assert [(c.name, c.title, c.phone) for c in first.contacts] == [("张三", "财务经理", "13800000000")]
    assert [(a.account_no, a.bank) for a in first.bank_accounts] == [("6222 0001", "工商银行"), ("6222 0002", "工商银行")]
    assert (second.row_no, second.code, second.payment_terms_days, second.credit_limit) == (4, "", 30, 1_200_050)


def test_a_cell_that_cannot_be_read_is_a_refused_row_naming_row_and_column(tmp_path, books):
    path = xlsx(tmp_path / "c.xlsx", [CUSTOMER_HEADER[:3] + ["账期(天)", "信用额度"],
                                      ["A1", "甲", "", "三十", ""],
                                      ["A2", "乙", "", "", "五万元"],
                                      ["A3", "丙", "", "", ""]])
    preview = read_customer_file(path)
    assert [(r.row_no, r.column, r.value) for r in preview.rejected] == [(2, "账期(天)", "三十"), (3, "信用额度", "五万元")]
    assert [r.code for r in preview.rows] == ["A3"]


def test_a_ledger_reads_what_is_still_owed_when_it_has_both_amounts(tmp_path, books):
    path = xlsx(tmp_path / "台账.xlsx", [
        ["客户编号", "单据号", "开单日期", "到期日", "金额", "未收金额", "摘要"],
        ["A001", "XS-001", _dt.datetime(2026, 9, 1), _dt.datetime(2026, 10, 1), 1000, 600.5, "九月货款"],
        ["A002", "", "", "", "", "88,800.00", "期初余额"],
        ["A001", "", "2026/10/31", "", "", "(200.00)", "预收"],
        ["合计", "", "", "", 1000, 89201, ""],
    ])
    preview = read_ledger_file(path)
    assert preview.columns["amount"] == "未收金额" and preview.rejected == []
    assert preview.skipped_rows == [5]                            # the total, not a customer's line
    inv, opening, advance = preview.rows
    assert (inv.customer_code, inv.external_number, inv.issue_date, inv.due_date, inv.amount, inv.description) == (
        "A001", "XS-001", _dt.date(2026, 9, 1), _dt.date(2026, 10, 1), 60_050, "九月货款")
    assert (opening.external_number, opening.issue_date, opening.amount, opening.description) == (
        "", None, 8_880_000, "期初余额")                            # 期初余额 is a ledger's own line here
    assert (advance.issue_date, advance.amount) == (_dt.date(2026, 10, 31), -20_000)


def test_a_ledger_in_a_gbk_csv_file_is_read(tmp_path, books):
    path = tmp_path / "台账.csv"
    path.write_bytes("客户名称,发票号,开票日期,余额\n杭州华美酒店,FP9,2026年9月5日,\"1,234.50\"\n".encode("gbk"))
    (row,) = read_ledger_file(path).rows
    assert (row.customer_name, row.external_number, row.issue_date, row.amount) == (
        "杭州华美酒店", "FP9", _dt.date(2026, 9, 5), 123_450)


def test_a_ledger_date_that_is_no_date_is_refused_naming_its_cell(tmp_path, books):
    path = xlsx(tmp_path / "l.xlsx", [["客户编号", "原单号", "开单日期", "未收金额"], ["A1", "X", "2026-02-30", 100]])
    (refused,) = read_ledger_file(path).rejected
    assert (refused.row_no, refused.column, refused.value) == (2, "开单日期", "2026-02-30")


def test_a_file_without_the_needed_columns_is_refused_naming_file_and_sheet(tmp_path, books):
    path = xlsx(tmp_path / "错.xlsx", [["日期", "摘要"], ["2026-01-01", "x"]], sheet="Sheet1")
    with pytest.raises(FileRefused) as err:
        read_ledger_file(path)
    assert "错.xlsx" in err.value.message and "Sheet1" in err.value.message


def test_not_a_spreadsheet_is_refused(tmp_path, books):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"%PDF-1.4 not a workbook")
    with pytest.raises(ValidationError):
        read_customer_file(path)


@pytest.mark.parametrize("which", ["customers", "ledger"])
@pytest.mark.parametrize(("written", "read"), [("zh_CN", "zh_CN"), ("en", "en"), ("en", "zh_CN"), ("zh_CN", "en")])
def test_a_template_is_read_back_with_every_column_and_its_example_refused(tmp_path, books, which, written, read):
    i18n.set_language(written)
    path = write_template(which, tmp_path / f"{which}.xlsx")
    i18n.set_language(read)
    wb = openpyxl.load_workbook(path)
    assert len(wb.sheetnames) == 2
    notes = wb.worksheets[1]
    assert notes.max_row >= len(template_columns(which)) + 1
    preview = (read_customer_file if which == "customers" else read_ledger_file)(path)
    assert set(preview.columns) == {c.field for c in template_columns(which)}
    assert preview.rows == [] and len(preview.rejected) == 1
    assert preview.rejected[0].row_no == preview.header_row_no + 1


def test_the_chinese_template_has_chinese_headers_and_notes(tmp_path, books):
    i18n.set_language("zh_CN")
    wb = openpyxl.load_workbook(write_template("ledger", tmp_path / "l.xlsx"))
    data, notes = wb.worksheets
    headers = [c.value for c in data[2]]
    assert headers[:4] == ["客户编号", "客户名称", "原单号", "开单日期"] and "未收金额" in headers
    assert data.title == "应收台账" and notes.title == "备注"
    texts = [c.value for row in notes.iter_rows() for c in row if c.value]
    assert any("负数表示预收款" in t for t in texts)


def test_a_template_never_writes_a_formula(tmp_path, books):
    wb = openpyxl.load_workbook(write_template("customers", tmp_path / "c.xlsx"))
    assert all(c.data_type != "f" for ws in wb.worksheets for row in ws.iter_rows() for c in row)


def test_an_unknown_template_is_refused(tmp_path, books):
    with pytest.raises(ValidationError):
        write_template("receipts", tmp_path / "x.xlsx")


def test_a_customer_file_is_imported_through_the_service(tmp_path, books):
    path = xlsx(tmp_path / "客户.xlsx", [CUSTOMER_HEADER, ["A001", "锦程", "锦程贸易", "", "", "", "", "", "", "", "",
                                                          "", "", "", "62220001", "", ""]])
    preview, result = import_customer_file(path)
    assert result.written and preview.file_name == "客户.xlsx"
    c = Customer.get(code="A001")
    assert [a.alias for a in CustomerAlias.select().where(CustomerAlias.customer == c.id)] == ["锦程贸易"]
    assert CustomerBankAccount.get().account_no == "62220001"


def test_a_ledger_file_with_a_refused_row_imports_nothing(tmp_path, books):
    import_customer_file(xlsx(tmp_path / "c.xlsx", [["客户编号", "客户名称"], ["A001", "锦程"]]))
    path = xlsx(tmp_path / "l.xlsx", [["客户编号", "原单号", "开单日期", "未收金额"],
                                      ["A001", "X1", "2026-09-01", 100], ["A001", "X2", "不是日期", 100],
                                      ["B999", "X3", "2026-09-01", 100], ["A001", "", "", -50]])
    with pytest.raises(RowsRejected) as err:
        import_ledger_file(path, as_of=AS_OF)
    assert [(r.row_no, r.column) for r in err.value.result.rejected] == [(3, "开单日期"), (4, "客户编号")]
    assert Invoice.select().count() == 0
    _preview, result = import_ledger_file(path, as_of=AS_OF, skip_rejected=True)
    assert result.invoices == 1 and result.advances == 1
    assert Invoice.get().external_number == "X1" and Receipt.get().amount == 5_000
