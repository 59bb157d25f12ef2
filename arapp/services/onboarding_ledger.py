"""The ledger import (open invoices, opening balances, advances received): see
:mod:`arapp.services.onboarding` for the rules."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from arapp import clock
from arapp.db.database import db
from arapp.domain import limits, text
from arapp.domain.money import format_amount
from arapp.domain.onboarding import LedgerRow, RejectedRow, entry_kind, field_label
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.services.changes import NOTHING, Changes
from arapp.services.context import current_actor
from arapp.services.numbering import take_numbers
from arapp.services.onboarding_rows import (
    RowRefused,
    audit_import,
    checked_text,
    rejection,
    stop_unless_clean,
)
from arapp.services.onboarding_writer import INVOICE_COLUMNS, LINE_COLUMNS, RECEIPT_COLUMNS, ImportWriter
from arapp.services.settings import date_window

__all__ = ["LedgerEntry", "LedgerImportResult", "import_ledger"]

@dataclass(frozen=True)
class LedgerEntry:
    """What one accepted ledger row becomes: ``kind`` (a code of
    :data:`~arapp.domain.vocabulary.LEDGER_ENTRY_KINDS`), the customer, the old number,
    the dates (``due_date`` None for an advance), the amount in fen (positive; an advance
    is money held), the description, and the number the program gives it (INV-… for an
    invoice or opening balance, RCT-… for an advance)."""

    row_no: int
    kind: str
    customer_id: int
    customer_code: str
    customer_name: str
    external_number: str
    issue_date: _dt.date
    due_date: _dt.date | None
    amount: int
    description: str
    period: str = ""
    number: str = ""
    record_id: int = 0          # the invoice's or receipt's id once written


@dataclass
class LedgerImportResult:
    """What a ledger import did (or, on a dry run, would do). Amounts in fen."""

    file_name: str
    as_of: _dt.date
    dry_run: bool
    written: bool
    rows: int                               # rows read: accepted and refused
    entries: list[LedgerEntry] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    changes: Changes = NOTHING

    def count(self, kind: str) -> int:
        return sum(1 for e in self.entries if e.kind == kind)

    def total(self, kind: str) -> int:
        return sum(e.amount for e in self.entries if e.kind == kind)

    @property
    def invoices(self) -> int:
        """Open invoices brought in with their old numbers."""
        return self.count("invoice")

    @property
    def openings(self) -> int:
        """Opening balances brought in as one 期初余额 invoice each."""
        return self.count("opening")

    @property
    def advances(self) -> int:
        """Advances received brought in as opening receipts."""
        return self.count("advance")

    @property
    def owed(self) -> int:
        """What the imported invoices and opening balances owe."""
        return self.total("invoice") + self.total("opening")

    @property
    def held(self) -> int:
        """What the imported advances hold as the customers' credit."""
        return self.total("advance")

    def number_range(self, prefix: str) -> tuple[str, str] | None:
        """The first and last number given that starts with ``prefix`` (``INV-``, ``RCT-``)."""
        numbers = sorted(e.number for e in self.entries if e.number.startswith(prefix))
        return (numbers[0], numbers[-1]) if numbers else None


class _Books:
    """What a ledger's rows are checked against, read once: the customers by code, name
    and alias, the old numbers already imported, the customers given an opening balance."""

    def __init__(self) -> None:
        self.by_code: dict[str, tuple[int, str, str, int]] = {}
        self.by_name: dict[str, list[tuple[int, str, str, int]]] = {}
        for cid, code, name, terms in db.execute_sql(
                "SELECT id, code, name, payment_terms_days FROM customer").fetchall():
            entry = (int(cid), code, name, int(terms))
            self.by_code[code] = entry
            self.by_name.setdefault(name, []).append(entry)
        by_id = {e[0]: e for e in self.by_code.values()}
        self.by_alias: dict[str, set[int]] = {}
        for cid, alias in db.execute_sql("SELECT customer_id, alias FROM customer_alias").fetchall():
            self.by_alias.setdefault(alias, set()).add(int(cid))
        self.by_id = by_id
        self.numbers: dict[tuple[int, str], str] = {
            (int(cid), ext): number for cid, ext, number in db.execute_sql(
                "SELECT customer_id, external_number, number FROM invoice WHERE external_number <> ''").fetchall()}
        self.openings: set[int] = {int(r[0]) for r in db.execute_sql(
            "SELECT DISTINCT customer_id FROM invoice WHERE source = 'import' AND external_number = ''").fetchall()}
        for (after,) in db.execute_sql(
                "SELECT after_json FROM audit_log WHERE action = 'import' AND entity = 'ledger'").fetchall():
            try:
                self.openings.update(int(c) for c in json.loads(after or "{}").get("opening_customers", ()))
            except (ValueError, TypeError, AttributeError):
                continue
        p = db.obj.param
        self.advances: set[tuple[int, str, int]] = {
            (int(cid), ref, int(amount)) for cid, ref, amount in db.execute_sql(
                f"SELECT customer_id, reference, amount FROM receipt WHERE reference <> '' AND status = {p}",
                ("posted",)).fetchall()}

    def customer(self, row: LedgerRow, columns: Mapping[str, str]) -> tuple[int, str, str, int]:
        if row.customer_code:
            found = self.by_code.get(row.customer_code)
            if found is None:
                raise RowRefused("customer_code", row.customer_code,
                                 tr("onboarding", "No customer with the code {code} in the books; import the customer "
                                                  "file first", code=row.customer_code))
            return found
        if not row.customer_name:
            raise RowRefused("customer_code", "", tr("onboarding", "The row names no customer (code or name)"))
        named = self.by_name.get(row.customer_name, [])
        if len(named) == 1:
            return named[0]
        if not named:
            aliased = self.by_alias.get(row.customer_name, set())
            if len(aliased) == 1:
                return self.by_id[next(iter(aliased))]
            if not aliased:
                raise RowRefused("customer_name", row.customer_name,
                                 tr("onboarding", "No customer named {name} in the books; import the customer file "
                                                  "first, or give the customer code", name=row.customer_name))
        codes = sorted(e[1] for e in named) or sorted(self.by_id[c][1] for c in self.by_alias[row.customer_name])
        raise RowRefused("customer_name", row.customer_name,
                         tr("onboarding", "The name {name} belongs to more than one customer ({codes}); give the "
                                          "customer code", name=row.customer_name, codes=", ".join(codes)))


def _check_ledger_row(row: LedgerRow, books: _Books, as_of: _dt.date, window: limits.DateWindow,
                      seen: dict, columns: Mapping[str, str]) -> LedgerEntry:
    """The entry an accepted row becomes, or RowRefused naming the field at fault."""
    cid, code, name, terms = books.customer(row, columns)
    amount = row.amount
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise RowRefused("amount", amount, tr("onboarding", "The amount is not an amount in fen"))
    if amount == 0:
        raise RowRefused("amount", "0", tr("onboarding", "The amount is zero: nothing is owed"))
    try:
        limits.check_amount(amount)
    except ValidationError as exc:
        raise RowRefused("amount", format_amount(amount, symbol=False), exc.message) from None
    kind = entry_kind(row)
    ext = checked_text(row.external_number, text.CODE, "external_number", columns)
    description = checked_text(row.description, text.LINE, "description", columns)
    issue = row.issue_date
    if issue is None:
        if kind == "invoice":
            raise RowRefused("issue_date", "", tr("onboarding", "An open invoice needs its issue date"))
        issue = as_of
    if not isinstance(issue, _dt.date) or isinstance(issue, _dt.datetime):
        raise RowRefused("issue_date", issue, tr("onboarding", "The issue date is not a date"))
    if issue not in window:
        try:
            window.check(issue, columns.get("issue_date") or field_label("issue_date"))
        except ValidationError as exc:
            raise RowRefused("issue_date", issue, exc.message) from None
    if issue > as_of:
        raise RowRefused("issue_date", issue,
                         tr("onboarding", "The date {date} is after the day the balances were taken, {as_of}",
                            date=issue.isoformat(), as_of=as_of.isoformat()))
    due = None
    if kind != "advance":
        due = row.due_date
        if due is None:
            days = terms if row.terms_days is None else row.terms_days
            if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= limits.MAX_TERMS_DAYS:
                raise RowRefused("terms_days", days, tr("onboarding", "The terms must be a whole number of days from "
                                                                      "0 to {most}", most=limits.MAX_TERMS_DAYS))
            due = issue + _dt.timedelta(days=days)
        try:
            limits.check_due_date(issue, due)
        except ValidationError as exc:
            raise RowRefused("due_date", due, exc.message) from None
    try:
        period = limits.parse_period(row.period or "", window)
    except ValidationError as exc:
        raise RowRefused("period", row.period, exc.message) from None
    if kind == "invoice":
        first = seen.get(("invoice", cid, ext))
        if first is not None:
            raise RowRefused("external_number", ext,
                             tr("onboarding", "The invoice number {number} of this customer is on row {row} already",
                                number=ext, row=first))
        had = books.numbers.get((cid, ext))
        if had is not None:
            raise RowRefused("external_number", ext,
                             tr("onboarding", "The invoice number {number} of customer {code} was imported already "
                                              "(it is {ours} in these books)", number=ext, code=code, ours=had))
        seen[("invoice", cid, ext)] = row.row_no
    elif kind == "advance" and ext:
        first = seen.get(("advance", cid, ext))
        if first is not None:
            raise RowRefused("external_number", ext,
                             tr("onboarding", "The number {number} of this customer is on row {row} already",
                                number=ext, row=first))
        if (cid, ext, -amount) in books.advances:
            raise RowRefused("external_number", ext,
                             tr("onboarding", "The advance {number} of customer {code} was imported already",
                                number=ext, code=code))
        seen[("advance", cid, ext)] = row.row_no
    else:       # an opening balance, owed or held: one per customer
        first = seen.get(("opening", cid))
        if first is not None:
            raise RowRefused("amount", format_amount(amount, symbol=False),
                             tr("onboarding", "Customer {code} has an opening balance on row {row} already; give one "
                                              "row per customer, or the invoices with their numbers",
                                code=code, row=first))
        if cid in books.openings:
            raise RowRefused("amount", format_amount(amount, symbol=False),
                             tr("onboarding", "The opening balance of customer {code} was imported already", code=code))
        seen[("opening", cid)] = row.row_no
    if kind == "opening" and not description:
        description = tr("onboarding", "Opening balance")
    if kind == "advance" and not description:
        description = tr("onboarding", "Advance received (opening balance)")
    return LedgerEntry(row.row_no, kind, cid, code, name, ext, issue, due, abs(amount), description, period)


def import_ledger(rows: Iterable[LedgerRow], *, as_of: _dt.date | None = None, dry_run: bool = False,
                  skip_rejected: bool = False, rejected: Sequence[RejectedRow] = (), file_name: str = "",
                  sha256: str = "", columns: Mapping[str, str] | None = None) -> LedgerImportResult:
    """Bring an old ledger's open invoices, opening balances and advances into the books
    as of ``as_of`` (default today; not after today). ``rejected``: rows the reader
    refused already; ``columns``: each field's header in the file (for the refusals).
    One transaction; refused rows stop it (:class:`RowsRejected`) unless
    ``skip_rejected``; ``dry_run`` writes nothing and returns what would be written."""
    actor = current_actor()
    actor.require("books.import")
    as_of = as_of or clock.today()
    cols = columns or {}
    rows = list(rows)
    with db.atomic() as transaction:
        window = date_window()
        today = clock.today()
        if as_of > today:
            raise ValidationError(tr("onboarding", "The day the balances were taken, {date}, is after today ({today})",
                                     date=as_of.isoformat(), today=today.isoformat()), field="as_of")
        window.check(as_of, tr("onboarding", "The day the balances were taken"), field="as_of")
        books = _Books()
        seen: dict = {}
        entries: list[LedgerEntry] = []
        refused = list(rejected)
        for row in rows:
            try:
                entries.append(_check_ledger_row(row, books, as_of, window, seen, cols))
            except RowRefused as exc:
                refused.append(rejection(row.row_no, exc, cols))
        refused.sort(key=lambda r: r.row_no)
        result = LedgerImportResult(file_name, as_of, dry_run, False, len(rows) + len(rejected), entries, refused)
        stop_unless_clean(refused, len(entries), dry_run=dry_run, skip_rejected=skip_rejected, result=result)
        if entries:
            result.entries = _write_ledger(entries, actor.username)
            result.changes = Changes.of(
                invoice=[e.record_id for e in result.entries if e.kind != "advance"] or None,
                receipt=[e.record_id for e in result.entries if e.kind == "advance"] or None,
                customer=sorted({e.customer_id for e in entries}))
            audit_import("ledger", file_name, {
                "file": file_name, "sha256": sha256, "as_of": as_of, "rows": result.rows,
                "rejected": len(refused), "skipped_rows": [r.row_no for r in refused],
                "invoices": result.invoices, "opening_balances": result.openings, "advances": result.advances,
                "owed": result.owed, "held": result.held,
                "invoice_numbers": result.number_range("INV-"), "receipt_numbers": result.number_range("RCT-"),
                "opening_customers": sorted({e.customer_id for e in result.entries if e.kind != "invoice"
                                             and not (e.kind == "advance" and e.external_number)}),
            })
        if dry_run:
            transaction.rollback()
            result.changes = NOTHING
            result.entries = [dataclasses.replace(e, record_id=0) for e in result.entries]   # rolled back
        else:
            result.written = bool(entries)
    return result


def _write_ledger(entries: list[LedgerEntry], user: str) -> list[LedgerEntry]:
    """Write the entries (invoices posted, advances as receipts); returns them with their
    numbers, in the order of their rows."""
    writer = ImportWriter()
    at = clock.now()
    stamp = writer.stamp(at)
    owed = sorted((e for e in entries if e.kind != "advance"), key=lambda e: (e.issue_date, e.row_no))
    held = sorted((e for e in entries if e.kind == "advance"), key=lambda e: (e.issue_date, e.row_no))
    numbered: dict[int, str] = {}
    for kind, group in (("invoice", owed), ("receipt", held)):
        by_year: dict[int, list[LedgerEntry]] = {}
        for e in group:
            by_year.setdefault(e.issue_date.year, []).append(e)
        for year in sorted(by_year):
            for e, number in zip(by_year[year], take_numbers(kind, year, len(by_year[year])), strict=True):
                numbered[e.row_no] = number
    # ids ascend with the numbers: the invoices of each year in their numbers' order
    owed.sort(key=lambda e: numbered[e.row_no])
    held.sort(key=lambda e: numbered[e.row_no])
    invoice_ids = writer.reserve_ids("invoice", len(owed))
    invoices, lines = [], []
    day = writer.day
    for inv_id, e in zip(invoice_ids, owed, strict=True):
        invoices.append((inv_id, numbered[e.row_no], e.customer_id, day(e.issue_date), day(e.due_date), e.period,
                         e.description, e.amount, e.amount, "draft", "import", stamp, user, stamp, user,
                         e.external_number))
        line_text = e.description or tr("onboarding", "Invoice {number} of the old ledger", number=e.external_number)
        lines.append((inv_id, 1, line_text, 1000, e.amount, e.amount, 0, 0))
    writer.insert("invoice", INVOICE_COLUMNS, invoices)
    writer.insert("invoice_line", LINE_COLUMNS, lines)
    posted = writer.post_invoices(invoice_ids)
    if posted != len(invoice_ids):
        raise RuntimeError(f"posted {posted} of {len(invoice_ids)} imported invoices")
    receipt_ids = writer.reserve_ids("receipt", len(held))
    receipts = [(rid, numbered[e.row_no], e.customer_id, day(e.issue_date), e.amount, "bank", e.external_number,
                 e.description, "posted", stamp, user, e.amount) for rid, e in zip(receipt_ids, held, strict=True)]
    writer.insert("receipt", RECEIPT_COLUMNS, receipts)
    ids = dict(zip((e.row_no for e in owed), invoice_ids, strict=True))
    ids.update(zip((e.row_no for e in held), receipt_ids, strict=True))
    return [LedgerEntry(e.row_no, e.kind, e.customer_id, e.customer_code, e.customer_name, e.external_number,
                        e.issue_date, e.due_date, e.amount, e.description, e.period, numbered[e.row_no],
                        ids[e.row_no]) for e in entries]
