"""The company's bank accounts, their statement lines, imports and book entries, read
from the books (issue #11).

The line list is one page at a time, filtered, searched and sorted in SQL, with the
match in force beside each line (the receipt it became, the customer, the rule, score
and reason) and the book entry that books it. No Qt here: the window, the command line
and the exports read the same rows.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass

from arapp.db.database import db
from arapp.db.models import BankAccount
from arapp.db.values import as_date, as_datetime
from arapp.domain import vocabulary as vocab
from arapp.errors import NotFound, ValidationError
from arapp.i18n import tr

__all__ = ["LINE_SORTS", "BankAccountRow", "BankImportRow", "BankLinePage", "BankLineRow", "BookEntryRow",
           "bank_accounts", "bank_imports", "bank_line", "bank_lines", "book_entries", "lookup_account"]


def lookup_account(ref) -> BankAccount:
    """One of the company's bank accounts by id, account number, name or row; NotFound
    (in the user's words) when there is none."""
    if isinstance(ref, BankAccount):
        return ref
    found = None
    if isinstance(ref, int) and not isinstance(ref, bool):
        found = BankAccount.get_or_none(BankAccount.id == ref)
    elif ref is not None:
        text = str(ref).strip()
        if text:
            found = (BankAccount.get_or_none(BankAccount.account_no == text)
                     or BankAccount.get_or_none(BankAccount.name == text))
            compact = "".join(ch for ch in text if not ch.isspace() and ch not in "-‐－")
            if found is None and compact and compact != text:
                found = BankAccount.get_or_none(BankAccount.account_no == compact)
            if found is None and text.isdigit():
                found = BankAccount.get_or_none(BankAccount.id == int(text))
    if found is None:
        raise NotFound(tr("bank", "No bank account {ref}", ref=ref))
    return found


# ------------------------------------------------------------------ accounts

@dataclass(frozen=True)
class BankAccountRow:
    """One of the company's accounts with how many lines it holds and how many wait."""

    id: int
    name: str
    bank: str
    account_no: str
    profile: str
    mapping: str
    opening_date: _dt.date | None
    opening_bank_balance: int
    opening_book_balance: int
    active: bool
    lines: int = 0
    unmatched: int = 0           # lines still waiting (status unmatched), in and out
    unmatched_in: int = 0        # of which money in: the matching queue
    last_date: _dt.date | None = None


def bank_accounts(*, active_only: bool = False) -> list[BankAccountRow]:
    """Every bank account by name, with its counts of lines and of lines waiting."""
    counts = {aid: (int(n), int(u or 0), int(ui or 0), as_date(last)) for aid, n, u, ui, last in db.execute_sql(
        "SELECT account_id, COUNT(*), SUM(CASE WHEN status = 'unmatched' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN status = 'unmatched' AND direction = 'in' THEN 1 ELSE 0 END), MAX(value_date) "
        "FROM bank_line GROUP BY account_id").fetchall()}
    q = BankAccount.select().order_by(BankAccount.name, BankAccount.id)
    if active_only:
        q = q.where(BankAccount.active == True)  # noqa: E712 - SQL comparison
    out = []
    for a in q:
        n, u, ui, last = counts.get(a.id, (0, 0, 0, None))
        out.append(BankAccountRow(a.id, a.name, a.bank, a.account_no, a.profile, a.mapping,
                                  as_date(a.opening_date), int(a.opening_bank_balance),
                                  int(a.opening_book_balance), bool(a.active), n, u, ui, last))
    return out


# ------------------------------------------------------------------ lines

@dataclass(frozen=True)
class BankLineRow:
    """One bank statement line with the match in force (receipt, customer, rule, score,
    reason) and the posted book entry that books it, if any. Amounts in fen."""

    id: int
    account_id: int
    account_name: str
    import_id: int
    row_no: int
    value_date: _dt.date
    value_time: str
    direction: str
    amount: int
    balance: int | None
    counterparty_name: str
    counterparty_account: str
    counterparty_bank: str
    description: str
    purpose: str
    serial: str
    reference: str
    status: str
    updated_at: _dt.datetime | None
    updated_by: str
    match_id: int | None = None
    receipt_id: int | None = None
    receipt_number: str = ""
    customer_id: int | None = None
    customer_code: str = ""
    customer_name: str = ""
    rule: str = ""
    score: int | None = None
    reason: str = ""
    matched_at: _dt.datetime | None = None
    matched_by: str = ""
    book_entry_id: int | None = None

    @property
    def signed(self) -> int:
        """The amount as the account sees it: in +, out −."""
        return self.amount if self.direction == "in" else -self.amount


@dataclass(frozen=True)
class BankLinePage:
    """One page of the line list and how many lines the filters match in all."""

    rows: list[BankLineRow]
    total: int


#: Sort keys of the line list (ties broken by line id).
LINE_SORTS = ("date", "amount", "direction", "counterparty", "description", "serial", "status", "customer", "row")

_SORT_SQL = {
    "date": ("l.value_date", "l.value_time"),
    "amount": ("l.amount",),
    "direction": ("l.direction",),
    "counterparty": ("l.counterparty_name",),
    "description": ("l.description",),
    "serial": ("l.serial",),
    "status": ("l.status",),
    "customer": ("c.code",),
    "row": ("l.import_id", "l.row_no"),
}

_LINE_COLUMNS = (
    "l.id, l.account_id, a.name, l.import_id, l.row_no, l.value_date, l.value_time, l.direction, l.amount, "
    "l.balance, l.counterparty_name, l.counterparty_account, l.counterparty_bank, l.description, l.purpose, "
    "l.serial, l.reference, l.status, l.updated_at, l.updated_by, "
    "m.id, m.receipt_id, r.number, m.customer_id, c.code, c.name, m.rule, m.score, m.reason, m.matched_at, "
    "m.matched_by, e.id"
)
_LINE_JOINS = (
    "FROM bank_line l JOIN bank_account a ON a.id = l.account_id "
    "LEFT JOIN bank_match m ON m.line_id = l.id AND m.undone_at IS NULL "
    "LEFT JOIN receipt r ON r.id = m.receipt_id "
    "LEFT JOIN customer c ON c.id = m.customer_id "
    "LEFT JOIN book_entry e ON e.line_id = l.id AND e.status = 'posted' "
)


def _line_row(r) -> BankLineRow:
    return BankLineRow(
        r[0], r[1], r[2], r[3], r[4], as_date(r[5]), r[6] or "", r[7], int(r[8]),
        None if r[9] is None else int(r[9]), r[10] or "", r[11] or "", r[12] or "", r[13] or "", r[14] or "",
        r[15] or "", r[16] or "", r[17], as_datetime(r[18]), r[19] or "",
        r[20], r[21], r[22] or "", r[23], r[24] or "", r[25] or "", r[26] or "",
        None if r[27] is None else int(r[27]), r[28] or "", as_datetime(r[29]), r[30] or "", r[31])


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _line_where(account, status, direction, date_from, date_to, search, import_id=None) -> tuple[str, list]:
    p = db.obj.param
    conds: list[str] = []
    params: list = []
    if account is not None:
        conds.append(f"l.account_id = {p}")
        params.append(lookup_account(account).id)
    if import_id is not None:
        conds.append(f"l.import_id = {p}")
        params.append(int(import_id))
    statuses: Sequence[str] = (status,) if isinstance(status, str) else tuple(status or ())
    statuses = tuple(s for s in statuses if s)
    for s in statuses:
        if s not in vocab.BANK_LINE_STATUSES:
            raise ValidationError(tr("bank", "Unknown bank line status '{value}'", value=s), field="status")
    if statuses:
        conds.append(f"l.status IN ({', '.join([p] * len(statuses))})")
        params += list(statuses)
    if direction:
        if direction not in vocab.BANK_DIRECTIONS:
            raise ValidationError(tr("bank", "Unknown direction '{value}'", value=direction), field="direction")
        conds.append(f"l.direction = {p}")
        params.append(direction)
    if date_from is not None:
        conds.append(f"l.value_date >= {p}")
        params.append(date_from.isoformat())
    if date_to is not None:
        conds.append(f"l.value_date <= {p}")
        params.append(date_to.isoformat())
    text = (search or "").strip()
    if text:
        like = _like(text)
        fields = ("l.counterparty_name", "l.counterparty_account", "l.description", "l.purpose", "l.serial",
                  "l.reference")
        conds.append("(" + " OR ".join(f"LOWER({f}) LIKE {p} ESCAPE '\\'" for f in fields) + ")")
        params += [like] * len(fields)
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


def bank_lines(account=None, *, status: str | Sequence[str] | None = None, direction: str | None = None,
               date_from: _dt.date | None = None, date_to: _dt.date | None = None, search: str = "",
               order: str = "date", descending: bool = False, limit: int = 200, offset: int = 0,
               import_id: int | None = None) -> BankLinePage:
    """One page of bank lines (of one account, or all; of one import), filtered by status
    (one or several), direction and value date (both ends included), searched in the
    counterparty's name and account, the description, purpose, serial and reference,
    sorted by ``order`` (one of :data:`LINE_SORTS`, ties by id), with the total the
    filters match."""
    if order not in _SORT_SQL:
        raise ValidationError(tr("bank", "Unknown sort '{value}'; choose one of: {names}", value=order,
                                 names=", ".join(LINE_SORTS)), field="order")
    if limit < 0 or offset < 0:
        raise ValueError("limit and offset must be zero or more")
    p = db.obj.param
    where, params = _line_where(account, status, direction, date_from, date_to, search, import_id)
    way = " DESC" if descending else ""
    order_sql = ", ".join(f"{c}{way}" for c in (*_SORT_SQL[order], "l.id"))
    rows = db.execute_sql(f"SELECT {_LINE_COLUMNS} {_LINE_JOINS}{where} ORDER BY {order_sql} "
                          f"LIMIT {p} OFFSET {p}", [*params, limit, offset]).fetchall()
    total = int(db.execute_sql(f"SELECT COUNT(*) FROM bank_line l{where}", params).fetchone()[0])
    return BankLinePage([_line_row(r) for r in rows], total)


def bank_line(line_id: int) -> BankLineRow:
    """One bank line with its match in force; NotFound when there is none."""
    p = db.obj.param
    try:
        key = int(line_id)
    except (TypeError, ValueError):
        raise NotFound(tr("bank", "No bank line {ref}", ref=line_id)) from None
    row = db.execute_sql(f"SELECT {_LINE_COLUMNS} {_LINE_JOINS} WHERE l.id = {p}", [key]).fetchone()
    if row is None:
        raise NotFound(tr("bank", "No bank line {ref}", ref=line_id))
    return _line_row(row)


# ------------------------------------------------------------------ imports

@dataclass(frozen=True)
class BankImportRow:
    """One file read into an account and what it held."""

    id: int
    account_id: int
    file_name: str
    sha256: str
    sheet: str
    profile: str
    rows_read: int
    new_lines: int
    duplicates: int
    rejected: int
    first_date: _dt.date | None
    last_date: _dt.date | None
    imported_at: _dt.datetime | None
    imported_by: str


def bank_imports(account=None) -> list[BankImportRow]:
    """The files read into an account (or every account), newest first."""
    p = db.obj.param
    sql = ("SELECT id, account_id, file_name, sha256, sheet, profile, rows_read, new_lines, duplicates, rejected, "
           "first_date, last_date, imported_at, imported_by FROM bank_import")
    params: list = []
    if account is not None:
        sql += f" WHERE account_id = {p}"
        params.append(lookup_account(account).id)
    return [BankImportRow(r[0], r[1], r[2], r[3], r[4] or "", r[5], int(r[6]), int(r[7]), int(r[8]), int(r[9]),
                          as_date(r[10]), as_date(r[11]), as_datetime(r[12]), r[13])
            for r in db.execute_sql(sql + " ORDER BY imported_at DESC, id DESC", params).fetchall()]


# ------------------------------------------------------------------ book entries

@dataclass(frozen=True)
class BookEntryRow:
    """What the books hold for an account besides receipts, and the line that shows it."""

    id: int
    account_id: int
    date: _dt.date
    direction: str
    amount: int
    description: str
    line_id: int | None
    status: str
    voided_on: _dt.date | None
    void_reason: str
    created_at: _dt.datetime | None
    created_by: str

    @property
    def signed(self) -> int:
        return self.amount if self.direction == "in" else -self.amount


def book_entries(account=None, *, date_from: _dt.date | None = None, date_to: _dt.date | None = None,
                 status: str | None = None, unlinked: bool = False) -> list[BookEntryRow]:
    """Book entries of an account (or all), oldest first; ``status`` 'posted' or 'void';
    ``unlinked``: only those no bank line shows yet."""
    p = db.obj.param
    conds, params = [], []
    if account is not None:
        conds.append(f"account_id = {p}")
        params.append(lookup_account(account).id)
    if date_from is not None:
        conds.append(f"date >= {p}")
        params.append(date_from.isoformat())
    if date_to is not None:
        conds.append(f"date <= {p}")
        params.append(date_to.isoformat())
    if status:
        if status not in vocab.BOOK_ENTRY_STATUSES:
            raise ValidationError(tr("bank", "Unknown book entry status '{value}'", value=status), field="status")
        conds.append(f"status = {p}")
        params.append(status)
    if unlinked:
        conds.append("line_id IS NULL")
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    return [BookEntryRow(r[0], r[1], as_date(r[2]), r[3], int(r[4]), r[5] or "", r[6], r[7], as_date(r[8]),
                         r[9] or "", as_datetime(r[10]), r[11] or "")
            for r in db.execute_sql(
                "SELECT id, account_id, date, direction, amount, description, line_id, status, voided_on, "
                f"void_reason, created_at, created_by FROM book_entry{where} ORDER BY date, id", params).fetchall()]
