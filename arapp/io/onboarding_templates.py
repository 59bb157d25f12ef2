"""The template files of ledger onboarding (issue #11): a customer file and a ledger file,
each an xlsx with the header row the readers of :mod:`arapp.io.onboarding` know, one
example row, and a sheet of notes saying what each column takes.

Written through :mod:`arapp.exports` (formula-safe text, money as numbers with
``#,##0.00``, dates as dates; a path that cannot be written is refused by name). The
example row carries a mark in its notes (or description) column that the readers refuse
("the template's example row; delete it"), so an example left in the file never becomes
a customer or an invoice. ``arapp template-file customers|ledger -o FILE`` and the
window's menu call :func:`write_template`.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass
from pathlib import Path

from arapp import clock, names
from arapp.domain import limits
from arapp.domain import vocabulary as vocab
from arapp.domain.onboarding import CUSTOMER_FIELDS, LEDGER_FIELDS, field_label
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.reports.table import Column, ReportTable

__all__ = ["TEMPLATE_KINDS", "TemplateColumn", "template_columns", "template_tables", "write_template"]

TEMPLATE_KINDS = vocab.ONBOARDING_FILES
_MARK = "Example row: delete it before importing"


@dataclass(frozen=True)
class TemplateColumn:
    """One column of a template: its field, how its cells are written (a kind of
    :data:`arapp.reports.table.KINDS`), whether it must be filled, what it takes, and the
    example row's value."""

    field: str
    kind: str
    required: str
    note: str
    example: object


def _required() -> str:
    return tr("onboarding", "Required")


def _optional() -> str:
    return tr("onboarding", "Optional")


def _customer_columns() -> list[TemplateColumn]:
    kinds = tr("onboarding", ", ").join(names.customer_kind(k) for k in vocab.CUSTOMER_KINDS)
    split = tr("onboarding", "several separated by ; or 、")
    return [
        TemplateColumn("code", "text", _optional(), tr(
            "onboarding", "At most 40 characters, no spaces. Left empty, the customer gets the next code (C000123). "
                          "A code already in the books is refused."), "K0001"),
        TemplateColumn("name", "text", _required(), tr(
            "onboarding", "The customer's full name. Without a code, a name already in the books is refused."),
            tr("onboarding", "Example Trading Co., Ltd.")),
        TemplateColumn("aliases", "text", _optional(), tr(
            "onboarding", "Other names the customer pays under, as on bank statements ({split}).", split=split),
            tr("onboarding", "Example Trading")),
        TemplateColumn("kind", "text", _optional(), tr(
            "onboarding", "One of: {kinds} (empty: {default}).", kinds=kinds,
            default=names.customer_kind("enterprise")), names.customer_kind("enterprise")),
        TemplateColumn("category", "text", _optional(), tr("onboarding", "A grouping of your own."),
                       tr("onboarding", "Trade customers")),
        TemplateColumn("phone", "text", _optional(), tr("onboarding", "The customer's phone."), "021-5555 0100"),
        TemplateColumn("email", "text", _optional(), tr("onboarding", "An e-mail address for statements and letters."),
                       "ar@example.com"),
        TemplateColumn("address", "text", _optional(), tr("onboarding", "The address letters go to."),
                       tr("onboarding", "No. 1 Example Road, Shanghai")),
        TemplateColumn("tax_id", "text", _optional(), tr("onboarding", "The taxpayer id (统一社会信用代码)."),
                       "91310000MA1EXAMPLE"),
        TemplateColumn("payment_terms_days", "int", _optional(), tr(
            "onboarding", "Whole days from 0 to {most} (empty: 30). A ledger invoice without a due date is due this "
                          "many days after its issue date.", most=limits.MAX_TERMS_DAYS), 30),
        TemplateColumn("credit_limit", "money", _optional(), tr(
            "onboarding", "An amount in yuan; empty: no limit. Setting a limit is a manager's decision: only a "
                          "manager may import a file that sets one."), 5_000_000),
        TemplateColumn("contact_name", "text", _optional(), tr(
            "onboarding", "The primary contact person (needed when a contact's phone, title or e-mail is given)."),
            tr("onboarding", "Zhang San")),
        TemplateColumn("contact_title", "text", _optional(), tr("onboarding", "The contact person's title."),
                       tr("onboarding", "Finance manager")),
        TemplateColumn("contact_phone", "text", _optional(), tr("onboarding", "The contact person's phone."),
                       "138 0000 0000"),
        TemplateColumn("contact_email", "text", _optional(), tr("onboarding", "The contact person's e-mail."),
                       "zhang@example.com"),
        TemplateColumn("bank_account_no", "text", _optional(), tr(
            "onboarding", "The accounts the customer pays from (several separated by ;). An account belongs to one "
                          "customer; payments from it are recognised when bank statements are matched."),
            "6222 0000 0000 0001"),
        TemplateColumn("bank_account_name", "text", _optional(), tr(
            "onboarding", "The name on the account (empty: the customer's name)."),
            tr("onboarding", "Example Trading Co., Ltd.")),
        TemplateColumn("bank_name", "text", _optional(), tr("onboarding", "The bank of the account."),
                       tr("onboarding", "ICBC Shanghai Branch")),
        TemplateColumn("notes", "text", _optional(), tr("onboarding", "Anything else about the customer."),
                       tr("onboarding", _MARK)),
    ]


def _ledger_columns(today: _dt.date) -> list[TemplateColumn]:
    issued = today.replace(day=1) - _dt.timedelta(days=40)
    return [
        TemplateColumn("customer_code", "text", tr("onboarding", "Required (or the name)"), tr(
            "onboarding", "The code of a customer in the books: import the customer file first."), "K0001"),
        TemplateColumn("customer_name", "text", _optional(), tr(
            "onboarding", "Read when the code is empty: the customer's name or alias, naming one customer."),
            tr("onboarding", "Example Trading Co., Ltd.")),
        TemplateColumn("external_number", "text", _optional(), tr(
            "onboarding", "The invoice's number in the old ledger: kept, shown and searchable (customers quote it "
                          "in payment notes); the invoice gets the program's own number as well. Empty: the row is "
                          "the customer's opening balance, one row per customer."), "FP20260001"),
        TemplateColumn("issue_date", "date", tr("onboarding", "Required for an invoice"), tr(
            "onboarding", "Written like 2026-11-05, 2026/11/5 or 2026年11月5日. An opening balance without it is "
                          "dated the day the balances were taken."), issued),
        TemplateColumn("due_date", "date", _optional(), tr(
            "onboarding", "Empty: the issue date plus the terms of this row, else the customer's terms."),
            issued + _dt.timedelta(days=30)),
        TemplateColumn("terms_days", "int", _optional(), tr(
            "onboarding", "Whole days from 0 to {most}, for a row without a due date.", most=limits.MAX_TERMS_DAYS),
            None),
        TemplateColumn("amount", "money", _required(), tr(
            "onboarding", "What is still owed, in yuan. A negative amount is an advance received (预收): it becomes "
                          "the customer's credit, to apply to invoices later."), 1_234_500),
        TemplateColumn("description", "text", _optional(), tr(
            "onboarding", "What the invoice was for (empty for an opening balance: 期初余额)."), tr("onboarding", _MARK)),
        TemplateColumn("period", "text", _optional(), tr("onboarding", "A month (2026-11) or a quarter (2026-Q4)."),
                       ""),
    ]


def template_columns(which: str, today: _dt.date | None = None) -> list[TemplateColumn]:
    """The columns of the ``customers`` or ``ledger`` template, in the file's order."""
    if which == "customers":
        columns = _customer_columns()
        assert [c.field for c in columns] == list(CUSTOMER_FIELDS)
        return columns
    if which == "ledger":
        columns = _ledger_columns(today or clock.today())
        assert [c.field for c in columns] == list(LEDGER_FIELDS)
        return columns
    raise ValidationError(tr("onboarding", "Unknown template '{which}': customers or ledger", which=which))


def template_tables(which: str, today: _dt.date | None = None) -> list[ReportTable]:
    """The template's two sheets: the header with its example row, and the notes."""
    columns = template_columns(which, today)
    title = (tr("onboarding", "Customer import template") if which == "customers"
             else tr("onboarding", "Receivable ledger import template"))
    data = ReportTable(title, [Column(c.field, field_label(c.field), c.kind) for c in columns],
                       [[c.example for c in columns]], sheet_name=names.onboarding_file(which))
    notes = ReportTable(
        tr("onboarding", "What each column takes"),
        [Column("column", tr("onboarding", "Column")), Column("required", tr("onboarding", "Required?")),
         Column("note", tr("onboarding", "What it takes"))],
        [[field_label(c.field), c.required, c.note] for c in columns],
        subtitle=[tr("onboarding", "Fill one row per {what} under the header; the row under the header is an "
                                   "example: delete it. Columns may be in any order, and columns the program does "
                                   "not know are left alone.", what=_row_word(which)),
                  tr("onboarding", "Nothing is imported while any row is refused: each refusal names its row, its "
                                   "column and the reason.")],
        sheet_name=tr("onboarding", "Notes"))
    return [data, notes]


def _row_word(which: str) -> str:
    return tr("onboarding", "customer") if which == "customers" else tr("onboarding", "invoice or opening balance")


def write_template(which: str, path: str | os.PathLike) -> Path:
    """Write the ``customers`` or ``ledger`` template to ``path`` (xlsx)."""
    from arapp.exports import export_tables

    return export_tables(template_tables(which), "xlsx", path)
