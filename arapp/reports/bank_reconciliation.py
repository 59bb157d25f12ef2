"""The bank reconciliation statement (银行存款余额调节表) of one account for one month.

At each month end the treasury supervisor (资金主管) sets the balance the bank statement
shows against the balance the books show, lists what one side has and the other not
yet (未达账项), and hands the statement to the finance director (财务总监) for review.

As of the month's last day D, counting only what is dated from the account's opening
date on:

- **balance per bank statement**: the balance the statement printed last on or before
  D (the last line of that day in the bank's order), plus any line after it up to D;
  without a printed balance, the opening bank balance plus every line;
- **balance per books**: the opening book balance, plus the receipts paid into the
  account (less those reversed by D: a reversal counts on its own date), plus the book
  entries in, less those out (less those voided by D);
- **received by the bank, not in the books** (银行已收、企业未收): incoming lines that,
  as of D, no receipt in the books matches and no book entry books; **paid by the bank,
  not in the books** (银行已付、企业未付): outgoing lines no book entry dated by D books;
- **received in the books, not by the bank** (企业已收、银行未收): receipts into the
  account and book entries in that no line dated by D shows; **paid in the books, not
  by the bank** (企业已付、银行未付): book entries out that no line dated by D shows;
- the two adjusted balances (bank + books' items, books + bank's items) and their
  difference, which is zero when both sides agree (and the opening balances did).

A match counts as of D while its receipt is in the books on D (a match undone by
reversing its receipt counts until the reversal's date; one undone without a reversal
never counts); a book entry books its line while it is posted on D.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from arapp.db.database import db
from arapp.db.values import as_date
from arapp.domain.dates import month_bounds
from arapp.domain.money import format_amount
from arapp.i18n import tr
from arapp.reports.bank import lookup_account
from arapp.reports.company import company_name
from arapp.reports.table import Column, ReportTable

__all__ = ["ITEM_KINDS", "ReconItem", "Reconciliation", "bank_reconciliation"]

#: The four kinds of item, in the statement's order.
ITEM_KINDS = ("bank_in", "bank_out", "books_in", "books_out")


def item_kind_name(kind: str) -> str:
    """An item kind in the user's words."""
    return {
        "bank_in": tr("bank_reports", "Received by the bank, not in the books"),
        "bank_out": tr("bank_reports", "Paid by the bank, not in the books"),
        "books_in": tr("bank_reports", "Received in the books, not by the bank"),
        "books_out": tr("bank_reports", "Paid in the books, not by the bank"),
    }[kind]


@dataclass(frozen=True)
class ReconItem:
    """One item one side has and the other not yet (amount positive fen)."""

    kind: str
    date: _dt.date
    amount: int
    reference: str           # the bank's serial, the receipt number, the book entry
    description: str
    line_id: int | None = None
    receipt_id: int | None = None
    entry_id: int | None = None


@dataclass(frozen=True)
class Reconciliation:
    """The statement's figures (fen) and items for one account as of ``as_of``."""

    account_id: int
    account_name: str
    bank: str
    account_no: str
    month: str
    as_of: _dt.date
    opening_date: _dt.date | None
    bank_balance: int
    book_balance: int
    bank_balance_date: _dt.date | None        # the day of the printed balance used (None: computed)
    items: list[ReconItem] = field(default_factory=list)

    def of(self, kind: str) -> list[ReconItem]:
        return [i for i in self.items if i.kind == kind]

    def total(self, kind: str) -> int:
        return sum(i.amount for i in self.items if i.kind == kind)

    @property
    def adjusted_bank(self) -> int:
        """The bank's balance with what the books have and the bank not yet."""
        return self.bank_balance + self.total("books_in") - self.total("books_out")

    @property
    def adjusted_books(self) -> int:
        """The books' balance with what the bank has and the books not yet."""
        return self.book_balance + self.total("bank_in") - self.total("bank_out")

    @property
    def difference(self) -> int:
        """Adjusted bank less adjusted books: zero when both sides agree."""
        return self.adjusted_bank - self.adjusted_books

    @property
    def balanced(self) -> bool:
        return self.difference == 0

    @property
    def title(self) -> str:
        return tr("bank_reports", "Bank reconciliation statement")

    def subtitle(self) -> list[str]:
        account = tr("bank_reports", "Account: {name}, {bank} {number}", name=self.account_name,
                     bank=self.bank or "-", number=self.account_no)
        year, month = self.month.split("-")
        period = tr("bank_reports", "Month: {year}-{month}; balances at the end of {date}", year=year, month=month,
                    date=self.as_of.isoformat())
        if self.bank_balance_date is not None:
            source = tr("bank_reports", "Balance per bank statement: the balance printed on {date}",
                        date=self.bank_balance_date.isoformat())
        else:
            source = tr("bank_reports", "Balance per bank statement: the opening balance and the lines (the "
                                        "statement printed no balance)")
        return [account, period, source]

    def table(self, company: str | None = None) -> ReportTable:
        """The statement itself, books on the left and the bank on the right, signed."""
        company = company_name() if company is None else company
        if self.balanced:
            verdict = tr("bank_reports", "The adjusted balances agree.")
        else:
            verdict = tr("bank_reports", "The adjusted balances differ by {amount}: look for a line or an entry "
                                         "missing on one side.", amount=format_amount(self.difference))
        return ReportTable(
            title=self.title,
            columns=[Column("books_item", tr("bank_reports", "Per books")),
                     Column("books_amount", tr("bank_reports", "Amount"), "money"),
                     Column("bank_item", tr("bank_reports", "Per bank statement")),
                     Column("bank_amount", tr("bank_reports", "Amount"), "money")],
            rows=[
                [tr("bank_reports", "Balance per books"), self.book_balance,
                 tr("bank_reports", "Balance per bank statement"), self.bank_balance],
                [tr("bank_reports", "Add: received by the bank, not in the books"), self.total("bank_in"),
                 tr("bank_reports", "Add: received in the books, not by the bank"), self.total("books_in")],
                [tr("bank_reports", "Less: paid by the bank, not in the books"), self.total("bank_out"),
                 tr("bank_reports", "Less: paid in the books, not by the bank"), self.total("books_out")],
                [tr("bank_reports", "Adjusted balance"), self.adjusted_books,
                 tr("bank_reports", "Adjusted balance"), self.adjusted_bank],
                [tr("bank_reports", "Difference (bank less books)"), None, "", self.difference],
            ],
            company=company, as_of=self.as_of, subtitle=self.subtitle(),
            footnotes=[verdict, tr("bank_reports", "Prepared at each month end by the treasury supervisor from the "
                                                   "bank statement and handed to the finance director for review. "
                                                   "Amounts in yuan.")],
            sheet_name=tr("bank_reports", "Reconciliation"), signature=True,
        )

    def items_table(self, company: str | None = None) -> ReportTable:
        """Every item one side has and the other not yet, by kind and date."""
        company = company_name() if company is None else company
        rows = [[item_kind_name(i.kind), i.date, i.reference, i.description, i.amount] for i in self.items]
        return ReportTable(
            title=tr("bank_reports", "Items not yet on both sides"),
            columns=[Column("kind", tr("bank_reports", "Item")), Column("date", tr("bank_reports", "Date"), "date"),
                     Column("reference", tr("bank_reports", "Serial or document")),
                     Column("description", tr("bank_reports", "Counterparty and description")),
                     Column("amount", tr("bank_reports", "Amount"), "money")],
            rows=rows, company=company, as_of=self.as_of, subtitle=self.subtitle()[:2],
            footnotes=[tr("bank_reports", "Sorted by kind, then date. Amounts in yuan.")],
            sheet_name=tr("bank_reports", "Items"), signature=True,
        )

    def tables(self, company: str | None = None) -> list[ReportTable]:
        """The statement and its items, for the PDF (one document) and Excel (two sheets)."""
        company = company_name() if company is None else company
        return [self.table(company), self.items_table(company)]


# ------------------------------------------------------------------ the figures

def _matched_as_of(p: str) -> str:
    """SQL: line ``l`` is matched as of the day (parameter) to a receipt the books hold."""
    return ("EXISTS (SELECT 1 FROM bank_match m JOIN receipt r ON r.id = m.receipt_id WHERE m.line_id = l.id "
            f"AND r.date <= {p} AND (r.reversed_on IS NULL OR r.reversed_on > {p}) "
            f"AND (m.undone_at IS NULL OR r.reversed_on > {p}))")


def _booked_as_of(p: str) -> str:
    """SQL: line ``l`` is booked as of the day (parameter) by a posted book entry dated by then."""
    return ("EXISTS (SELECT 1 FROM book_entry e WHERE e.line_id = l.id "
            f"AND e.date <= {p} AND (e.voided_on IS NULL OR e.voided_on > {p}))")


def _line_text(name: str, description: str, purpose: str) -> str:
    return " / ".join(x for x in (name, description, purpose) if x)


def _bank_balance(account_id: int, opening: _dt.date | None, opening_balance: int,
                  day: str) -> tuple[int, _dt.date | None]:
    """The statement's balance at the end of ``day``, and the date of the printed balance used."""
    p = db.obj.param
    since, params = ("", [])
    if opening is not None:
        since, params = f" AND value_date >= {p}", [opening.isoformat()]
    last = db.execute_sql(f"SELECT MAX(value_date) FROM bank_line WHERE account_id = {p} AND balance IS NOT NULL "
                          f"AND value_date <= {p}{since}", [account_id, day, *params]).fetchone()[0]
    if last is None:
        moved = db.execute_sql(
            f"SELECT COALESCE(SUM(CASE WHEN direction = 'in' THEN amount ELSE -amount END), 0) FROM bank_line "
            f"WHERE account_id = {p} AND value_date <= {p}{since}", [account_id, day, *params]).fetchone()[0]
        return opening_balance + int(moved), None
    last = as_date(last)
    rows = db.execute_sql(
        f"SELECT import_id, row_no, value_time, direction, amount, balance FROM bank_line "
        f"WHERE account_id = {p} AND value_date = {p}", [account_id, last.isoformat()]).fetchall()
    newest_first = _newest_first({r[0] for r in rows})
    rows.sort(key=lambda r: (r[2] or "", r[0], -r[1] if newest_first.get(r[0]) else r[1]))
    k = max(i for i, r in enumerate(rows) if r[5] is not None)
    balance = int(rows[k][5]) + sum(int(r[4]) if r[3] == "in" else -int(r[4]) for r in rows[k + 1:])
    later = db.execute_sql(
        f"SELECT COALESCE(SUM(CASE WHEN direction = 'in' THEN amount ELSE -amount END), 0) FROM bank_line "
        f"WHERE account_id = {p} AND value_date > {p} AND value_date <= {p}",
        [account_id, last.isoformat(), day]).fetchone()[0]
    return balance + int(later), last


def _newest_first(import_ids: set[int]) -> dict[int, bool]:
    """Per import: whether its file ran newest first (its first row dated after its last)."""
    p = db.obj.param
    out = {}
    for imp in import_ids:
        first, last = db.execute_sql(
            f"SELECT (SELECT value_date FROM bank_line WHERE import_id = {p} ORDER BY row_no LIMIT 1), "
            f"(SELECT value_date FROM bank_line WHERE import_id = {p} ORDER BY row_no DESC LIMIT 1)",
            [imp, imp]).fetchone()
        out[imp] = as_date(first) > as_date(last)
    return out


def _book_balance(account_id: int, opening: _dt.date | None, opening_balance: int, day: str) -> int:
    p = db.obj.param
    since, params = ("", [])
    if opening is not None:
        since, params = f" AND date >= {p}", [opening.isoformat()]
    received = db.execute_sql(
        f"SELECT COALESCE(SUM(amount), 0) FROM receipt WHERE bank_account_id = {p} AND date <= {p}{since} "
        f"AND (reversed_on IS NULL OR reversed_on > {p})", [account_id, day, *params, day]).fetchone()[0]
    entries = db.execute_sql(
        f"SELECT COALESCE(SUM(CASE WHEN direction = 'in' THEN amount ELSE -amount END), 0) FROM book_entry "
        f"WHERE account_id = {p} AND date <= {p}{since} AND (voided_on IS NULL OR voided_on > {p})",
        [account_id, day, *params, day]).fetchone()[0]
    return opening_balance + int(received) + int(entries)


def _items(account_id: int, opening: _dt.date | None, day: str) -> list[ReconItem]:
    p = db.obj.param
    items: list[ReconItem] = []
    line_since, line_params = ("", [])
    doc_since, doc_params = ("", [])
    if opening is not None:
        line_since, line_params = f" AND l.value_date >= {p}", [opening.isoformat()]
        doc_since, doc_params = f" AND x.date >= {p}", [opening.isoformat()]
    for lid, value_date, direction, amount, serial, name, description, purpose in db.execute_sql(
            f"SELECT l.id, l.value_date, l.direction, l.amount, l.serial, l.counterparty_name, l.description, "
            f"l.purpose FROM bank_line l WHERE l.account_id = {p} AND l.value_date <= {p}{line_since} "
            f"AND NOT {_booked_as_of(p)} AND (l.direction = 'out' OR NOT {_matched_as_of(p)}) "
            f"ORDER BY l.value_date, l.id",
            [account_id, day, *line_params, day, day, day, day, day]).fetchall():
        items.append(ReconItem("bank_in" if direction == "in" else "bank_out", as_date(value_date), int(amount),
                               serial or "", _line_text(name or "", description or "", purpose or ""), line_id=lid))
    shown = (f"EXISTS (SELECT 1 FROM bank_match m JOIN bank_line l ON l.id = m.line_id WHERE m.receipt_id = x.id "
             f"AND l.value_date <= {p} AND (m.undone_at IS NULL OR x.reversed_on > {p}))")
    for rid, rdate, amount, number, code, cname in db.execute_sql(
            f"SELECT x.id, x.date, x.amount, x.number, c.code, c.name FROM receipt x "
            f"JOIN customer c ON c.id = x.customer_id WHERE x.bank_account_id = {p} AND x.date <= {p}{doc_since} "
            f"AND (x.reversed_on IS NULL OR x.reversed_on > {p}) AND NOT {shown} ORDER BY x.date, x.id",
            [account_id, day, *doc_params, day, day, day]).fetchall():
        items.append(ReconItem("books_in", as_date(rdate), int(amount), number,
                               tr("bank_reports", "Receipt from {code} {name}", code=code, name=cname),
                               receipt_id=rid))
    for eid, edate, direction, amount, description in db.execute_sql(
            f"SELECT x.id, x.date, x.direction, x.amount, x.description FROM book_entry x "
            f"WHERE x.account_id = {p} AND x.date <= {p}{doc_since} AND (x.voided_on IS NULL OR x.voided_on > {p}) "
            f"AND (x.line_id IS NULL OR NOT EXISTS (SELECT 1 FROM bank_line l WHERE l.id = x.line_id "
            f"AND l.value_date <= {p})) ORDER BY x.date, x.id",
            [account_id, day, *doc_params, day, day]).fetchall():
        items.append(ReconItem("books_in" if direction == "in" else "books_out", as_date(edate), int(amount),
                               tr("bank_reports", "Book entry {id}", id=eid), description or "", entry_id=eid))
    order = {k: i for i, k in enumerate(ITEM_KINDS)}
    items.sort(key=lambda i: (order[i.kind], i.date, i.line_id or 0, i.receipt_id or 0, i.entry_id or 0))
    return items


def bank_reconciliation(account, month: str) -> Reconciliation:
    """The reconciliation statement of ``account`` (id, account number or name) for
    ``month`` (``2026-11``), as of the month's last day. Read-only."""
    acct = lookup_account(account)
    first, last = month_bounds(month, field="month")
    opening = as_date(acct.opening_date)
    day = last.isoformat()
    bank_balance, printed_on = _bank_balance(acct.id, opening, int(acct.opening_bank_balance), day)
    book_balance = _book_balance(acct.id, opening, int(acct.opening_book_balance), day)
    return Reconciliation(acct.id, acct.name, acct.bank, acct.account_no, f"{first.year:04d}-{first.month:02d}",
                          last, opening, bank_balance, book_balance, printed_on, _items(acct.id, opening, day))
