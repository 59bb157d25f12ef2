"""Bringing an existing receivable ledger (应收账款台账) in: the rows a customer file and a
ledger file hold once read, and the rows refused on the way (issue #11).

Pure values: :mod:`arapp.io.onboarding` reads a file into these rows (and the rows it
refuses, each with its row, column and reason); :mod:`arapp.services.onboarding` checks
them against the books and writes them in one transaction.

A ledger row is one of three things, by its amount and its number (:func:`entry_kind`):

- an open invoice (``invoice``): a positive amount with the number it had in the old
  ledger (原单号), kept as the invoice's external number;
- an opening balance (``opening``): a positive amount without a number, what the customer
  owed without the invoices behind it: one 期初余额 invoice;
- an advance received (``advance``, 预收): a negative amount, with or without a number:
  an opening receipt with nothing allocated, the customer's credit.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from arapp import i18n
from arapp.i18n import tr

__all__ = ["ContactIn", "CustomerRow", "LedgerRow", "PayerAccountIn", "RejectedRow", "entry_kind",
           "field_label", "CUSTOMER_FIELDS", "LEDGER_FIELDS"]

#: The fields of a customer file, in the template's order.
CUSTOMER_FIELDS = ("code", "name", "aliases", "kind", "category", "phone", "email", "address", "tax_id",
                   "payment_terms_days", "credit_limit", "contact_name", "contact_title", "contact_phone",
                   "contact_email", "bank_account_no", "bank_account_name", "bank_name", "notes")
#: The fields of a ledger file, in the template's order.
LEDGER_FIELDS = ("customer_code", "customer_name", "external_number", "issue_date", "due_date", "terms_days",
                 "amount", "description", "period")


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """A row of a file that is not imported: ``row_no`` as the spreadsheet numbers it (the
    header is a row too), ``column`` the file's header of the column at fault ("" when the
    whole row is), ``value`` what the cell held, ``reason`` why, in the user's words."""

    row_no: int
    column: str
    value: str
    reason: str


@dataclass(frozen=True, slots=True)
class ContactIn:
    """A contact person of a customer as the file gives it."""

    name: str
    title: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class PayerAccountIn:
    """A bank account the customer pays from (its number, the name on it, the bank)."""

    account_no: str
    account_name: str = ""
    bank: str = ""


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """One customer of a customer file. ``code`` "" gets the next C000123 code; ``kind`` is
    a code of :data:`arapp.domain.vocabulary.CUSTOMER_KINDS` ("" is enterprise);
    ``payment_terms_days`` None is the books' default (30); ``credit_limit`` in fen, None
    for none; the first contact is the primary one."""

    row_no: int
    name: str
    code: str = ""
    aliases: tuple[str, ...] = ()
    kind: str = ""
    category: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    tax_id: str = ""
    payment_terms_days: int | None = None
    credit_limit: int | None = None
    contacts: tuple[ContactIn, ...] = ()
    bank_accounts: tuple[PayerAccountIn, ...] = ()
    notes: str = ""


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """One line of an old ledger: whose (``customer_code``, else ``customer_name``), how
    much is still owed in fen (negative: an advance received, 预收), the old number, the
    dates (a missing due date comes from ``terms_days``, else the customer's terms), the
    description and the billing period."""

    row_no: int
    amount: int
    customer_code: str = ""
    customer_name: str = ""
    external_number: str = ""
    issue_date: _dt.date | None = None
    due_date: _dt.date | None = None
    terms_days: int | None = None
    description: str = ""
    period: str = ""


def entry_kind(row: LedgerRow) -> str:
    """What a ledger row becomes (a code of :data:`arapp.domain.vocabulary.LEDGER_ENTRY_KINDS`):
    ``advance`` for a negative amount, ``invoice`` for one with its old number, ``opening``
    for a balance without one."""
    if row.amount < 0:
        return "advance"
    return "invoice" if row.external_number else "opening"


_labels: dict[str, dict[str, str]] = {}


def field_label(field: str) -> str:
    """The name of a file's field in the user's words (the template's header)."""
    table = _labels.get(i18n.language())
    if table is None:
        table = _labels[i18n.language()] = _label_table()
    return table.get(field, field)


def _label_table() -> dict[str, str]:
    return {
        "code": tr("onboarding", "Customer code"),
        "name": tr("onboarding", "Customer name"),
        "aliases": tr("onboarding", "Aliases"),
        "kind": tr("onboarding", "Customer type"),
        "category": tr("onboarding", "Category"),
        "phone": tr("onboarding", "Phone"),
        "email": tr("onboarding", "E-mail"),
        "address": tr("onboarding", "Address"),
        "tax_id": tr("onboarding", "Taxpayer id"),
        "payment_terms_days": tr("onboarding", "Payment terms (days)"),
        "credit_limit": tr("onboarding", "Credit limit"),
        "contact_name": tr("onboarding", "Contact person"),
        "contact_title": tr("onboarding", "Contact title"),
        "contact_phone": tr("onboarding", "Contact phone"),
        "contact_email": tr("onboarding", "Contact e-mail"),
        "bank_account_no": tr("onboarding", "Bank account number"),
        "bank_account_name": tr("onboarding", "Account name"),
        "bank_name": tr("onboarding", "Bank"),
        "notes": tr("onboarding", "Notes"),
        "customer_code": tr("onboarding", "Customer code"),
        "customer_name": tr("onboarding", "Customer name"),
        "external_number": tr("onboarding", "Old ledger number"),
        "issue_date": tr("onboarding", "Issue date"),
        "due_date": tr("onboarding", "Due date"),
        "terms_days": tr("onboarding", "Terms (days)"),
        "amount": tr("onboarding", "Open amount"),
        "description": tr("onboarding", "Description"),
        "period": tr("onboarding", "Billing period"),
    }
