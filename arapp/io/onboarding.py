"""Reading a customer file and a receivable ledger (台账) file for onboarding (issue #11).

Each reader finds the header row by the names columns go by (:data:`CUSTOMER_SYNONYMS`,
:data:`LEDGER_SYNONYMS`: 客户编号/客户代码, 客户名称, 别名, 联系人, 电话, 账期/付款期限(天),
信用额度, 发票号/单据号/原单号, 开票日期/开单日期, 到期日, 金额/未收金额/余额, 摘要 … and the
template's own headers in either language), reads every row under it into a
:class:`~arapp.domain.onboarding.CustomerRow` or :class:`~arapp.domain.onboarding.LedgerRow`,
and refuses a row whose cell cannot be read, with its row, column and reason
(:class:`~arapp.domain.onboarding.RejectedRow`). Nothing is written: the preview
(:class:`CustomerFilePreview`, :class:`LedgerFilePreview`) is what the window's wizard
shows; :func:`import_customer_file` and :func:`import_ledger_file` read and then apply it
through :mod:`arapp.services.onboarding`, which checks the rows against the books.

The generic reading (xlsx, xls, ods, csv; hostile files; the header row; footer rows) is
:mod:`arapp.io.sheets`, :mod:`arapp.io.cells` and :mod:`arapp.io.table`. A ledger's
footer words are fewer than a bank statement's: 期初余额 is a ledger's own word for an
opening balance, not a footer.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from arapp import names
from arapp.domain import vocabulary as vocab
from arapp.domain.onboarding import (
    CUSTOMER_FIELDS,
    ContactIn,
    CustomerRow,
    LedgerRow,
    PayerAccountIn,
    RejectedRow,
    field_label,
)
from arapp.errors import FileRefused, ValidationError
from arapp.i18n import lookup, noop, tr
from arapp.io import cells, sheets, table

__all__ = ["CUSTOMER_SYNONYMS", "LEDGER_SYNONYMS", "CustomerFilePreview", "LedgerFilePreview",
           "example_marks", "import_customer_file", "import_ledger_file", "read_customer_file",
           "read_ledger_file"]

#: The names a column of each field of a customer file goes by (exact matches count most).
CUSTOMER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("客户编号", "客户代码", "客户编码", "客户号", "编号", "代码", "customer code", "code"),
    "name": ("客户名称", "客户全称", "单位名称", "公司名称", "名称", "客户", "customer name", "customer", "name"),
    "aliases": ("别名", "简称", "客户简称", "曾用名", "付款户名", "aliases", "alias"),
    "kind": ("客户类型", "客户性质", "类型", "customer type", "kind", "type"),
    "category": ("客户分类", "分类", "类别", "行业", "category"),
    "phone": ("电话", "公司电话", "联系电话", "座机", "phone", "telephone"),
    "email": ("电子邮件", "电子邮箱", "邮箱", "e-mail", "email"),
    "address": ("地址", "通讯地址", "联系地址", "注册地址", "address"),
    "tax_id": ("纳税人识别号", "统一社会信用代码", "税号", "信用代码", "taxpayer id", "tax id"),
    "payment_terms_days": ("账期(天)", "账期", "付款期限(天)", "付款期限", "信用期(天)", "信用期", "结算天数",
                           "payment terms (days)", "payment terms", "terms"),
    "credit_limit": ("信用额度", "授信额度", "信用限额", "credit limit"),
    "contact_name": ("联系人", "联系人姓名", "contact person", "contact"),
    "contact_title": ("联系人职务", "职务", "contact title", "title"),
    "contact_phone": ("联系人电话", "联系人手机", "手机", "手机号", "contact phone", "mobile"),
    "contact_email": ("联系人邮箱", "联系人电子邮件", "contact e-mail", "contact email"),
    "bank_account_no": ("银行账号", "付款账号", "银行帐号", "账号", "帐号", "bank account number", "account number",
                        "account no"),
    "bank_account_name": ("账户名称", "开户名称", "户名", "account name"),
    "bank_name": ("开户行", "开户银行", "银行", "bank"),
    "notes": ("备注", "说明", "notes", "remarks"),
}

#: The names a column of each field of a ledger file goes by. The open amount is looked
#: for first (未收金额, 余额) so a file with both 金额 and 未收金额 reads what is still owed.
LEDGER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "customer_code": ("客户编号", "客户代码", "客户编码", "客户号", "customer code"),
    "customer_name": ("客户名称", "客户全称", "单位名称", "客户", "customer name", "customer"),
    "external_number": ("发票号", "发票号码", "单据号", "单据编号", "原单号", "应收单号", "单号", "invoice number",
                        "invoice no", "old ledger number", "old number"),
    "issue_date": ("开票日期", "开单日期", "单据日期", "业务日期", "发票日期", "日期", "issue date", "date"),
    "due_date": ("到期日", "到期日期", "应收款日期", "due date"),
    "terms_days": ("账期(天)", "账期", "付款期限(天)", "付款期限", "信用期(天)", "信用期", "terms (days)", "terms"),
    "amount": ("未收金额", "未收余额", "应收余额", "欠款金额", "期初余额", "余额", "欠款", "应收金额", "金额",
               "open amount", "amount", "balance"),
    "description": ("摘要", "说明", "备注", "内容", "description", "memo"),
    "period": ("所属期间", "账单月份", "期间", "billing period", "period"),
}

CUSTOMER_REQUIRED = ("name",)
LEDGER_REQUIRED = (("customer_code", "customer_name"), "amount")
#: Rows that total a ledger, not a customer's line (期初余额 is a line of its own here).
FOOTER_WORDS = ("合计", "总计", "小计", "本页小计", "本页合计", "共计", "累计")
_SPLIT = re.compile(r"[;；、,，|\n]+")
_ACCOUNTS_SPLIT = re.compile(r"[;；,，|\n]+")
_DAYS = re.compile(r"^(\d{1,5})\s*(?:天|日|days?)?$", re.IGNORECASE)

#: Words for the customer types as Chinese files write them (the program's own among them).
_KIND_WORDS = {"企业": "enterprise", "公司": "enterprise", "单位": "enterprise", "个人": "individual",
               "业主": "owner", "租户": "tenant", "代理": "agent", "代理商": "agent"}


@dataclass
class FilePreview:
    """What a file held, read and not yet applied: the sheet read (and a note saying
    which), the header's row, the column of each field (its header in the file), the rows
    read, the rows refused, and the footer rows skipped."""

    file_name: str
    sha256: str
    sheet_name: str
    sheet_note: str
    header_row_no: int
    columns: dict[str, str]
    rejected: list[RejectedRow] = field(default_factory=list)
    skipped_rows: list[int] = field(default_factory=list)
    rows_read: int = 0


@dataclass
class CustomerFilePreview(FilePreview):
    rows: list[CustomerRow] = field(default_factory=list)


@dataclass
class LedgerFilePreview(FilePreview):
    rows: list[LedgerRow] = field(default_factory=list)


class _CellRefused(Exception):
    def __init__(self, field_name: str, value: object, reason: str) -> None:
        super().__init__(reason)
        self.field = field_name
        self.value = value
        self.reason = reason


def example_marks() -> tuple[str, ...]:
    """The text the templates put on their example row (in both languages)."""
    source = noop("onboarding", "Example row: delete it before importing")
    marks = {source, tr("onboarding", source)}  # i18n: computed
    zh = lookup("onboarding", source, "zh_CN")  # i18n: computed
    if zh:
        marks.add(zh)
    return tuple(marks)


def _synonyms(base: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The synonyms with each field's label in the user's language (the template's header)."""
    return {f: (*words, field_label(f)) for f, words in base.items()}


def _open(path: str | Path, sheet: str | None, synonyms: dict[str, tuple[str, ...]],
          required: Sequence) -> tuple[sheets.Workbook, sheets.Sheet, str, table.Header]:
    workbook = sheets.read_workbook(path)
    chosen, note = sheets.pick_sheet(workbook, sheet)
    try:
        header = table.find_header(chosen.rows, synonyms, required=required, describe=field_label)
    except ValidationError as exc:
        raise FileRefused(tr("onboarding", "{file}, sheet 「{sheet}」: {problem}", file=workbook.file_name,
                             sheet=chosen.name, problem=exc.message)) from None
    return workbook, chosen, note, header


def _cell(row: Sequence, header: table.Header, field_name: str):
    col = header.columns.get(field_name)
    return row[col] if col is not None and col < len(row) else None


def _text(row: Sequence, header: table.Header, field_name: str) -> str:
    value = _cell(row, header, field_name)
    try:
        return cells.cell_text(value)
    except ValidationError as exc:
        raise _CellRefused(field_name, value, exc.message) from None


def _days(row: Sequence, header: table.Header, field_name: str) -> int | None:
    value = _cell(row, header, field_name)
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = unicodedata.normalize("NFKC", _text(row, header, field_name)).strip()
    if not text:
        return None
    m = _DAYS.match(text)
    if not m:
        raise _CellRefused(field_name, value, tr("onboarding", "'{text}' is not a whole number of days", text=text))
    return int(m.group(1))


def _amount(row: Sequence, header: table.Header, field_name: str, *, required: bool) -> int | None:
    value = _cell(row, header, field_name)
    if cells.is_blank_amount(value):
        if required:
            raise _CellRefused(field_name, value, tr("onboarding", "The amount is empty"))
        return None
    try:
        return cells.cell_amount(value)
    except ValidationError as exc:
        raise _CellRefused(field_name, value, exc.message) from None


def _date(row: Sequence, header: table.Header, field_name: str, date1904: bool) -> _dt.date | None:
    value = _cell(row, header, field_name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return cells.cell_date(value, date1904=date1904)[0]
    except ValidationError as exc:
        raise _CellRefused(field_name, value, exc.message) from None


def _kind(text: str) -> str:
    """A customer type as written (a code, the program's word in either language, or a
    common word such as 企业 or 个人) as its code; unknown words are kept for the service
    to refuse."""
    if not text:
        return ""
    key = text.strip().casefold()
    for code in vocab.CUSTOMER_KINDS:
        if key in (code, names.customer_kind(code).casefold(), _KIND_ENGLISH[code]):
            return code
    return _KIND_WORDS.get(text.strip(), text.strip())


#: The program's English words for the customer types (a file made with the English template).
_KIND_ENGLISH = {"enterprise": "enterprise", "individual": "individual", "owner": "property owner",
                 "tenant": "tenant", "agent": "agent"}


def _shown(value: object) -> str:
    if value is None:
        return ""
    try:
        s = cells.cell_text(value)
    except ValidationError:
        s = str(value)
    return s if len(s) <= 60 else s[:59] + "…"


def _read(path: str | Path, sheet: str | None, synonyms, required, read_row: Callable, preview_type):
    workbook, chosen, note, header = _open(path, sheet, _synonyms(synonyms), required)
    columns = {f: header.name_of(f) for f, _col in sorted(header.columns.items(), key=lambda item: item[1])}
    preview = preview_type(workbook.file_name, workbook.sha256, chosen.name, note, header.row_no, columns)
    marks = example_marks()
    skipped: list[int] = []
    for row_no, row in table.data_rows(chosen.rows, header, footer_words=FOOTER_WORDS, skipped=skipped):
        preview.rows_read += 1
        try:
            preview.rows.append(read_row(row_no, row, header, chosen.date1904, marks))
        except _CellRefused as exc:
            preview.rejected.append(RejectedRow(row_no, columns.get(exc.field) or field_label(exc.field),
                                                _shown(exc.value), exc.reason))
    preview.skipped_rows = skipped
    return preview


def _example(text: str, marks: tuple[str, ...], field_name: str) -> None:
    if text in marks:
        raise _CellRefused(field_name, text, tr("onboarding", "This is the template's example row; delete it"))


def _customer_row(row_no: int, row: Sequence, header: table.Header, date1904: bool,
                  marks: tuple[str, ...]) -> CustomerRow:
    t = {f: _text(row, header, f) for f in CUSTOMER_FIELDS if f not in ("payment_terms_days", "credit_limit")}
    _example(t["notes"], marks, "notes")
    contacts = ()
    if any(t[f] for f in ("contact_name", "contact_title", "contact_phone", "contact_email")):
        contacts = (ContactIn(t["contact_name"], t["contact_title"], t["contact_phone"], t["contact_email"]),)
    accounts = tuple(PayerAccountIn(number.strip(), t["bank_account_name"], t["bank_name"])
                     for number in _ACCOUNTS_SPLIT.split(t["bank_account_no"]) if number.strip())
    return CustomerRow(
        row_no=row_no, name=t["name"], code=t["code"],
        aliases=tuple(a.strip() for a in _SPLIT.split(t["aliases"]) if a.strip()),
        kind=_kind(t["kind"]), category=t["category"], phone=t["phone"], email=t["email"], address=t["address"],
        tax_id=t["tax_id"], payment_terms_days=_days(row, header, "payment_terms_days"),
        credit_limit=_amount(row, header, "credit_limit", required=False), contacts=contacts,
        bank_accounts=accounts, notes=t["notes"])


def _ledger_row(row_no: int, row: Sequence, header: table.Header, date1904: bool,
                marks: tuple[str, ...]) -> LedgerRow:
    description = _text(row, header, "description")
    _example(description, marks, "description")
    return LedgerRow(
        row_no=row_no, amount=_amount(row, header, "amount", required=True),
        customer_code=_text(row, header, "customer_code"), customer_name=_text(row, header, "customer_name"),
        external_number=_text(row, header, "external_number"),
        issue_date=_date(row, header, "issue_date", date1904), due_date=_date(row, header, "due_date", date1904),
        terms_days=_days(row, header, "terms_days"), description=description,
        period=_text(row, header, "period"))


def read_customer_file(path: str | Path, *, sheet: str | None = None) -> CustomerFilePreview:
    """A customer file read (nothing written): its rows, the rows refused with their row,
    column and reason, and where they were found. Refuses (FileRefused) a file that is
    not a readable spreadsheet or has no header row with a customer name column."""
    return _read(path, sheet, CUSTOMER_SYNONYMS, CUSTOMER_REQUIRED, _customer_row, CustomerFilePreview)


def read_ledger_file(path: str | Path, *, sheet: str | None = None) -> LedgerFilePreview:
    """A ledger file read (nothing written): its rows, the rows refused with their row,
    column and reason, and where they were found. Refuses (FileRefused) a file that is
    not a readable spreadsheet or has no header row with a customer and an amount column."""
    return _read(path, sheet, LEDGER_SYNONYMS, LEDGER_REQUIRED, _ledger_row, LedgerFilePreview)


def import_customer_file(path: str | Path, *, sheet: str | None = None, dry_run: bool = False,
                         skip_rejected: bool = False):
    """Read a customer file and apply it through
    :func:`arapp.services.onboarding.import_customers`; returns (preview, result).
    Raises :class:`~arapp.services.onboarding.RowsRejected` (nothing written) when rows
    were refused and ``skip_rejected`` is not given."""
    from arapp.services.onboarding import import_customers

    preview = read_customer_file(path, sheet=sheet)
    result = import_customers(preview.rows, dry_run=dry_run, skip_rejected=skip_rejected, rejected=preview.rejected,
                              file_name=preview.file_name, sha256=preview.sha256, columns=preview.columns)
    return preview, result


def import_ledger_file(path: str | Path, *, as_of: _dt.date | None = None, sheet: str | None = None,
                       dry_run: bool = False, skip_rejected: bool = False):
    """Read a ledger file and apply it through
    :func:`arapp.services.onboarding.import_ledger` as of ``as_of`` (default today);
    returns (preview, result). Raises :class:`~arapp.services.onboarding.RowsRejected`
    (nothing written) when rows were refused and ``skip_rejected`` is not given."""
    from arapp.services.onboarding import import_ledger

    preview = read_ledger_file(path, sheet=sheet)
    result = import_ledger(preview.rows, as_of=as_of, dry_run=dry_run, skip_rejected=skip_rejected,
                           rejected=preview.rejected, file_name=preview.file_name, sha256=preview.sha256,
                           columns=preview.columns)
    return preview, result

