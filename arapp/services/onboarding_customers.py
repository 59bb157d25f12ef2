"""The customer import of ledger onboarding (issue #11): customers with their aliases,
contact persons, payment terms, credit limits, category and kind, phone, e-mail, address,
taxpayer id and the bank accounts they pay from (``customer_bank_account``, source
``import``), in one transaction and one audit record (see :mod:`arapp.services.onboarding`).

The rules are those of :func:`arapp.services.customers.create_customer`: a blank code
gets the next C000123 code; a code already in the books, or a code or (without a code)
a name twice in the file, is a refused row; texts are checked by their kind; terms are
0 to 3650 days; a credit limit is a manager's decision (``credit.approve``), so a file
that sets one is refused to anyone else; a bank account belongs to one customer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from arapp import clock
from arapp.db.database import db
from arapp.domain import limits, text
from arapp.domain import vocabulary as vocab
from arapp.domain.onboarding import CustomerRow, RejectedRow, field_label
from arapp.errors import PermissionDenied, ValidationError
from arapp.i18n import tr
from arapp.services.changes import NOTHING, Changes
from arapp.services.context import current_actor
from arapp.services.customers import CONTACT_TEXT_FIELDS, TEXT_FIELDS
from arapp.services.numbering import take_codes
from arapp.services.onboarding_rows import (
    RowRefused,
    audit_import,
    checked_text,
    rejection,
    stop_unless_clean,
)
from arapp.services.onboarding_writer import (
    ALIAS_COLUMNS,
    CONTACT_COLUMNS,
    CUSTOMER_COLUMNS,
    PAYER_ACCOUNT_COLUMNS,
    ImportWriter,
)

__all__ = ["CustomerImportResult", "PlannedCustomer", "import_customers"]

#: What the books give a customer the file says nothing about.
DEFAULT_TERMS = 30
DEFAULT_KIND = "enterprise"
_ACCOUNT = re.compile(r"^[0-9A-Za-z-]{4,40}$")
_CONTACT_FIELDS = {"name": "contact_name", "title": "contact_title", "phone": "contact_phone",
                   "email": "contact_email"}


@dataclass(frozen=True)
class PlannedCustomer:
    """What one accepted row of a customer file becomes (``customer_id`` once written)."""

    row_no: int
    code: str
    name: str
    kind: str
    category: str
    payment_terms_days: int
    credit_limit: int | None
    aliases: tuple[str, ...]
    contacts: int
    bank_accounts: int
    customer_id: int = 0


@dataclass
class CustomerImportResult:
    """What a customer import did (or, on a dry run, would do)."""

    file_name: str
    dry_run: bool
    written: bool
    rows: int                               # rows read: accepted and refused
    customers: list[PlannedCustomer] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    aliases: int = 0
    contacts: int = 0
    bank_accounts: int = 0
    changes: Changes = NOTHING


@dataclass
class _Checked:
    row: CustomerRow
    code: str
    values: dict
    aliases: list[str]
    contacts: list[dict]
    accounts: list[tuple[str, str, str]]


def _email(value: str, field_name: str) -> str:
    if value and ("@" not in value or " " in value or value.startswith("@") or value.endswith("@")):
        raise RowRefused(field_name, value, tr("onboarding", "'{value}' is not an e-mail address", value=value))
    return value


class _Seen:
    """The books' customers and payers' accounts, read once, and what the file took so far."""

    def __init__(self) -> None:
        self.codes: dict[str, str] = {}
        self.names: dict[str, str] = {}
        for code, name in db.execute_sql("SELECT code, name FROM customer").fetchall():
            self.codes[code] = name
            self.names.setdefault(name, code)
        self.accounts: dict[str, str] = dict(db.execute_sql(
            "SELECT a.account_no, c.code FROM customer_bank_account a JOIN customer c ON c.id = a.customer_id"
        ).fetchall())
        self.file_codes: dict[str, int] = {}
        self.file_names: dict[str, int] = {}
        self.file_accounts: dict[str, int] = {}


def _check_customer(row: CustomerRow, seen: _Seen, columns: Mapping[str, str]) -> _Checked:
    """The accepted row's values, or RowRefused naming the field at fault."""
    name = checked_text(row.name, text.NAME, "name", columns)
    if not name:
        raise RowRefused("name", "", tr("onboarding", "The customer name is empty"))
    code = checked_text(row.code, text.CODE, "code", columns)
    if any(c.isspace() for c in code):
        raise RowRefused("code", code, tr("onboarding", "A customer code has no spaces"))
    if code:
        if code in seen.codes:
            raise RowRefused("code", code, tr("onboarding", "Customer {code} is in the books already ({name})",
                                              code=code, name=seen.codes[code]))
        if code in seen.file_codes:
            raise RowRefused("code", code, tr("onboarding", "The code {code} is on row {row} already",
                                              code=code, row=seen.file_codes[code]))
    else:
        if name in seen.names:
            raise RowRefused("name", name, tr("onboarding", "A customer named {name} is in the books already ({code}); "
                                                            "give a code to add another", name=name,
                                              code=seen.names[name]))
        if name in seen.file_names:
            raise RowRefused("name", name, tr("onboarding", "The customer {name} is on row {row} already",
                                              name=name, row=seen.file_names[name]))
    kind = row.kind or DEFAULT_KIND
    if kind not in vocab.CUSTOMER_KINDS:
        raise RowRefused("kind", row.kind, tr("onboarding", "Unknown customer type '{value}'", value=row.kind))
    values: dict = {"name": name, "kind": kind}
    for key in ("category", "phone", "email", "address", "tax_id", "notes"):
        values[key] = checked_text(getattr(row, key), TEXT_FIELDS[key], key, columns)
    _email(values["email"], "email")
    terms = DEFAULT_TERMS if row.payment_terms_days is None else row.payment_terms_days
    if isinstance(terms, bool) or not isinstance(terms, int) or not 0 <= terms <= limits.MAX_TERMS_DAYS:
        raise RowRefused("payment_terms_days", terms,
                         tr("onboarding", "The payment terms must be a whole number of days from 0 to {most}",
                            most=limits.MAX_TERMS_DAYS))
    values["payment_terms_days"] = terms
    limit = row.credit_limit
    if limit is not None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise RowRefused("credit_limit", limit, tr("onboarding", "The credit limit must be zero or more"))
        try:
            limits.check_amount(limit)
        except ValidationError as exc:
            raise RowRefused("credit_limit", limit, exc.message) from None
    values["credit_limit"] = limit
    aliases: list[str] = []
    for alias in row.aliases:
        alias = checked_text(alias, text.NAME, "aliases", columns)
        if alias and alias != name and alias not in aliases:
            aliases.append(alias)
    contacts: list[dict] = []
    for n, person in enumerate(row.contacts):
        typed = {key: checked_text(getattr(person, key), CONTACT_TEXT_FIELDS[key], _CONTACT_FIELDS[key], columns)
                 for key in ("name", "title", "phone", "email")}
        if not any(typed.values()):
            continue
        if not typed["name"]:
            raise RowRefused("contact_name", "", tr("onboarding", "A contact person needs a name"))
        _email(typed["email"], "contact_email")
        contacts.append({**typed, "is_primary": n == 0})
    accounts: list[tuple[str, str, str]] = []
    for acct in row.bank_accounts:
        number = re.sub(r"\s+", "", acct.account_no or "")
        if not number:
            continue
        if not _ACCOUNT.match(number):
            raise RowRefused("bank_account_no", acct.account_no,
                             tr("onboarding", "'{value}' is not a bank account number (4 to 40 digits or letters)",
                                value=acct.account_no))
        if number in seen.accounts:
            raise RowRefused("bank_account_no", number,
                             tr("onboarding", "The bank account {account} belongs to customer {code} already",
                                account=number, code=seen.accounts[number]))
        if number in seen.file_accounts or any(a[0] == number for a in accounts):
            raise RowRefused("bank_account_no", number,
                             tr("onboarding", "The bank account {account} is on row {row} already",
                                account=number, row=seen.file_accounts.get(number, row.row_no)))
        holder = checked_text(acct.account_name, text.NAME, "bank_account_name", columns) or name
        bank = checked_text(acct.bank, text.SHORT, "bank_name", columns)
        accounts.append((number, holder, bank))
    if code:
        seen.file_codes[code] = row.row_no
    else:
        seen.file_names[name] = row.row_no
    for number, _holder, _bank in accounts:
        seen.file_accounts[number] = row.row_no
    return _Checked(row, code, values, aliases, contacts, accounts)


def _require_credit_approval(checked: list[_Checked], columns: Mapping[str, str]) -> None:
    """A file that sets credit limits is a manager's (credit.approve), as setting one is."""
    actor = current_actor()
    rows = [c.row.row_no for c in checked if c.values["credit_limit"] is not None]
    if rows and not actor.may("credit.approve"):
        shown = ", ".join(str(n) for n in rows[:10]) + (" …" if len(rows) > 10 else "")
        raise PermissionDenied(
            tr("onboarding", "User {user} ({role}) may not set credit limits (column {column}, rows {rows}): that is "
                             "a manager's decision (credit.approve). Leave the column empty, or let a manager import "
                             "the file.", user=actor.username, role=actor.role,
               column=columns.get("credit_limit") or field_label("credit_limit"), rows=shown))


def import_customers(rows: Iterable[CustomerRow], *, dry_run: bool = False, skip_rejected: bool = False,
                     rejected: Sequence[RejectedRow] = (), file_name: str = "", sha256: str = "",
                     columns: Mapping[str, str] | None = None) -> CustomerImportResult:
    """Add the customers of a customer file to the books, with their aliases, contact
    persons (the first the primary one) and the bank accounts they pay from.
    ``rejected``: rows the reader refused already; ``columns``: each field's header in
    the file. One transaction; refused rows stop it (:class:`RowsRejected`) unless
    ``skip_rejected``; ``dry_run`` writes nothing and returns what would be written."""
    actor = current_actor()
    actor.require("books.import")
    actor.require("customer.edit")
    cols = columns or {}
    rows = list(rows)
    with db.atomic() as transaction:
        seen = _Seen()
        checked: list[_Checked] = []
        refused = list(rejected)
        for row in rows:
            try:
                checked.append(_check_customer(row, seen, cols))
            except RowRefused as exc:
                refused.append(rejection(row.row_no, exc, cols))
        refused.sort(key=lambda r: r.row_no)
        _require_credit_approval(checked, cols)
        result = CustomerImportResult(file_name, dry_run, False, len(rows) + len(rejected), rejected=refused)
        result.customers = [_planned(c, c.code) for c in checked]
        stop_unless_clean(refused, len(checked), dry_run=dry_run, skip_rejected=skip_rejected, result=result)
        if checked:
            result.customers = _write_customers(checked, seen, actor.username)
            result.aliases = sum(len(c.aliases) for c in checked)
            result.contacts = sum(len(c.contacts) for c in checked)
            result.bank_accounts = sum(len(c.accounts) for c in checked)
            result.changes = Changes.of(customer=[c.customer_id for c in result.customers])
            audit_import("customers", file_name, {
                "file": file_name, "sha256": sha256, "rows": result.rows, "rejected": len(refused),
                "skipped_rows": [r.row_no for r in refused], "customers": len(result.customers),
                "aliases": result.aliases, "contacts": result.contacts, "bank_accounts": result.bank_accounts,
                "codes": [c.code for c in result.customers],
            })
        if dry_run:
            transaction.rollback()
            result.changes = NOTHING
        else:
            result.written = bool(checked)
    return result


def _planned(c: _Checked, code: str, customer_id: int = 0) -> PlannedCustomer:
    v = c.values
    return PlannedCustomer(c.row.row_no, code, v["name"], v["kind"], v["category"], v["payment_terms_days"],
                           v["credit_limit"], tuple(c.aliases), len(c.contacts), len(c.accounts), customer_id)


def _write_customers(checked: list[_Checked], seen: _Seen, user: str) -> list[PlannedCustomer]:
    """Write the accepted customers with what belongs to them; returns them as written."""
    writer = ImportWriter()
    used = set(seen.codes) | {c.code for c in checked if c.code}
    fresh = iter(take_codes(sum(1 for c in checked if not c.code), used))
    ids = writer.reserve_ids("customer", len(checked))
    stamp = writer.stamp(clock.now())
    customers, aliases, contacts, accounts, planned = [], [], [], [], []
    for cid, c in zip(ids, checked, strict=True):
        code = c.code or next(fresh)
        v = c.values
        customers.append((cid, code, v["name"], v["kind"], v["category"], v["phone"], v["email"], v["address"],
                          v["tax_id"], "", v["credit_limit"], v["payment_terms_days"], "active", v["notes"], stamp,
                          stamp))
        aliases.extend((cid, alias) for alias in c.aliases)
        contacts.extend((cid, p["name"], p["title"], p["phone"], p["email"], writer.flag(p["is_primary"]), "")
                        for p in c.contacts)
        accounts.extend((cid, number, holder, bank, "import", stamp, user) for number, holder, bank in c.accounts)
        planned.append(_planned(c, code, cid))
    writer.insert("customer", CUSTOMER_COLUMNS, customers)
    writer.insert("customer_alias", ALIAS_COLUMNS, aliases)
    writer.insert("contact", CONTACT_COLUMNS, contacts)
    writer.insert("customer_bank_account", PAYER_ACCOUNT_COLUMNS, accounts)
    return planned

