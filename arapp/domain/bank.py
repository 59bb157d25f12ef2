"""A bank statement's lines as values, and what makes one line the same as another.

A line read from a bank's export (:class:`BankLineIn`) is unique within its account by
the bank's serial number (流水号) when the file has one; otherwise by its fingerprint
(date, time, direction, amount, counterparty, texts) and its occurrence within the file:
the second of two genuinely identical lines on one day is occurrence 2, so both stay, and
reading the same file again finds both already there (DOMAIN.md, "Bank statements").
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from arapp.domain import vocabulary as vocab


@dataclass(frozen=True)
class BankLineIn:
    """One transaction as read from a statement file, before it is in the books.

    ``amount`` is positive fen; ``direction`` says which way it went ("in": 贷方/收入,
    "out": 借方/支出). ``row_no`` is the file's row as a spreadsheet shows it (1-based),
    for messages. ``balance`` is the account's balance after the line, when the file has
    one. Texts are stripped of padding (tabs, spaces) by the reader."""

    row_no: int
    value_date: _dt.date
    direction: str
    amount: int
    value_time: str = ""
    balance: int | None = None
    counterparty_name: str = ""
    counterparty_account: str = ""
    counterparty_bank: str = ""
    description: str = ""
    purpose: str = ""
    serial: str = ""
    reference: str = ""

    def __post_init__(self) -> None:
        if self.direction not in vocab.BANK_DIRECTIONS:
            raise ValueError(f"direction {self.direction!r}")
        if not isinstance(self.amount, int) or isinstance(self.amount, bool) or self.amount <= 0:
            raise ValueError(f"amount {self.amount!r}: positive fen")

    @property
    def signed(self) -> int:
        """The amount with its sign as the account sees it: in +, out −."""
        return self.amount if self.direction == "in" else -self.amount


def fingerprint(line: BankLineIn) -> str:
    """40 hex digits naming what the line says (not where it sits in the file): the same
    transaction read again from the same bank's export gives the same fingerprint."""
    parts = (line.value_date.isoformat(), line.value_time, line.direction, str(line.amount),
             line.counterparty_name, _digits(line.counterparty_account), line.description, line.purpose,
             line.reference)
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def _digits(account: str) -> str:
    """The account without its spaces and dashes (``str.split`` splits on every space
    ``isspace`` knows; 50,000 lines in milliseconds, not a generator per character)."""
    return "".join(account.split()).replace("-", "") if account else ""


@dataclass(frozen=True)
class KeyedLine:
    """A line with the key the books hold it unique by."""

    line: BankLineIn
    fingerprint: str
    occurrence: int

    @property
    def key(self) -> tuple:
        """("serial", serial) or ("fingerprint", fingerprint, occurrence)."""
        if self.line.serial:
            return ("serial", self.line.serial)
        return ("fingerprint", self.fingerprint, self.occurrence)


def keyed(lines: Iterable[BankLineIn]) -> list[KeyedLine]:
    """Each line with its fingerprint and its occurrence among the file's lines that have
    the same fingerprint and no serial number (1 for the first, 2 for the second …), in
    the order of the bank's time (date, then the file's order within a day, whichever way
    the file runs: a file that runs newest first is counted oldest first too)."""
    lines = list(lines)
    newest_first = _runs_newest_first(lines)
    ordered = sorted(range(len(lines)),
                     key=lambda i: (lines[i].value_date, -i if newest_first else i))
    seen: dict[str, int] = {}
    out: list[KeyedLine | None] = [None] * len(lines)
    for i in ordered:
        line = lines[i]
        fp = fingerprint(line)
        n = 1
        if not line.serial:
            n = seen.get(fp, 0) + 1
            seen[fp] = n
        out[i] = KeyedLine(line, fp, n)
    return [k for k in out if k is not None]


def _runs_newest_first(lines: list[BankLineIn]) -> bool:
    """Whether the file lists later dates before earlier ones (more steps down than up)."""
    down = up = 0
    for a, b in zip(lines, lines[1:], strict=False):
        if b.value_date < a.value_date:
            down += 1
        elif b.value_date > a.value_date:
            up += 1
    return down > up


@dataclass
class BalanceBreak:
    """Where the running balance the file prints disagrees with its amounts: the row, the
    balance expected from the row before and the amount, and the balance printed."""

    row_no: int
    expected: int
    printed: int


@dataclass
class BalanceCheck:
    """The file's running balance checked against its amounts (in the bank's time order)."""

    checked: int = 0
    breaks: list[BalanceBreak] = field(default_factory=list)


def check_running_balance(lines: list[BankLineIn]) -> BalanceCheck:
    """Walk the lines in the bank's time order; each printed balance must equal the one
    before plus the line's signed amount. Lines with no balance are skipped (the next one
    with a balance is checked against the last known balance plus everything between)."""
    newest_first = _runs_newest_first(lines)
    ordered = sorted(range(len(lines)), key=lambda i: (lines[i].value_date, -i if newest_first else i))
    check = BalanceCheck()
    last: int | None = None
    moved = 0
    for i in ordered:
        line = lines[i]
        moved += line.signed
        if line.balance is None:
            continue
        if last is not None:
            check.checked += 1
            if last + moved != line.balance:
                check.breaks.append(BalanceBreak(line.row_no, last + moved, line.balance))
        last, moved = line.balance, 0
    return check
