"""A bank statement file read into lines, before anything is written: the preview.

:func:`read_statement` reads the file (:mod:`arapp.io.sheets`), picks the sheet, finds
the header row under the title and account rows by the names each bank gives its
columns (:data:`PRESETS`, or a saved :class:`BankMapping`), and reads every row under it
into a :class:`~arapp.domain.bank.BankLineIn` or a :class:`RejectedRow` naming the row,
the column, the value and the reason. Footer rows (合计, 本页小计 …), repeated headers
and notes are skipped and listed. The account number is looked for in the title rows;
the running balance, where the file has one, is checked in the bank's time order
(files that run newest first included) and its breaks reported.

How a row's amount is read, by the columns the statement has:

- a debit and a credit column (借方发生额/贷方发生额, 支出金额/收入金额): one side
  holds the amount, the other is blank, ``-`` or 0; both filled, or neither, is
  rejected. A negative amount on one side is a reversal (红字冲正) and moves the money
  the other way;
- one amount column with a debit/credit flag column (借/贷, 收/支, 来账/往账, D/C …);
- one signed amount column: positive in, negative out.

Nothing here writes: the import service takes the preview's lines.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from pathlib import Path

from arapp import names
from arapp.domain import bank as domain_bank
from arapp.domain import vocabulary as vocab
from arapp.domain.money import MAX_ABS_FEN
from arapp.errors import FileRefused, ValidationError
from arapp.i18n import tr
from arapp.io import cells
from arapp.io.sheets import MAX_ROWS, Uncomputed, Workbook, pick_sheet, read_workbook
from arapp.io.table import (
    FOOTER_WORDS,
    Header,
    HeaderNotFound,
    data_rows,
    find_header,
    header_key,
    match_columns,
)
from arapp.io.workbook import collector_paused

__all__ = [
    "PRESETS",
    "BankMapping",
    "Preset",
    "RejectedRow",
    "StatementPreview",
    "detect_profile",
    "guess_mapping",
    "read_statement",
]


# --------------------------------------------------------------------------- presets

#: The names columns go by in Chinese banks' exports, field by field, most usual first.
GENERIC_SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": ("交易日期", "记账日期", "入账日期", "交易日", "记账日", "发生日期", "业务日期", "会计日期", "日期",
             "transaction date", "date"),
    "time": ("交易时间", "记账时间", "交易时刻", "时间", "time"),
    "description": ("摘要", "交易摘要", "摘要说明", "业务摘要", "交易说明", "description"),
    "purpose": ("用途", "附言", "交易附言", "用途/附言", "附言/用途", "交易用途", "备注", "附加信息", "purpose", "memo"),
    "debit": ("借方发生额", "借方金额", "支出金额", "支出", "借方", "付款金额", "转出金额", "支取金额", "debit",
              "withdrawal"),
    "credit": ("贷方发生额", "贷方金额", "收入金额", "收入", "贷方", "收款金额", "转入金额", "存入金额", "credit",
               "deposit"),
    "amount": ("交易金额", "金额", "发生额", "发生金额", "amount"),
    "direction": ("借贷标志", "借贷方向", "借贷", "收支标志", "收支方向", "交易方向", "方向", "借/贷", "收/支",
                  "dr/cr"),
    "balance": ("余额", "账户余额", "当前余额", "交易后余额", "本次余额", "联机余额", "balance"),
    "counterparty_name": ("对方户名", "对方单位名称", "对方账户名称", "对方名称", "对方账户户名", "对方单位",
                          "对手方名称", "交易对方", "收(付)方名称", "counterparty"),
    "counterparty_account": ("对方账号", "对方账户", "对方账户账号", "对方卡号", "对手方账号", "收(付)方账号",
                             "counterparty account"),
    "counterparty_bank": ("对方开户行", "对方开户银行", "对方行名", "对方开户机构", "对方银行", "收(付)方开户行",
                          "收(付)方开户行名", "counterparty bank"),
    "serial": ("流水号", "交易流水号", "银行流水号", "交易序号", "流水号码", "账户明细编号-交易流水号",
               "serial"),
    "reference": ("凭证号", "凭证号码", "交易参考号", "参考号", "业务编号", "客户业务编号", "reference"),
}


@dataclass(frozen=True)
class Preset:
    """How one bank's export names its columns: its own names first, then the generic
    ones; and the words in the title rows that say the file is that bank's."""

    profile: str
    synonyms: dict[str, tuple[str, ...]]
    bank_words: tuple[str, ...] = ()


def _preset(profile: str, bank_words: tuple[str, ...], own: dict[str, tuple[str, ...]]) -> Preset:
    synonyms = {f: tuple(dict.fromkeys(own.get(f, ()) + GENERIC_SYNONYMS[f])) for f in GENERIC_SYNONYMS}
    return Preset(profile, synonyms, bank_words)


PRESETS: dict[str, Preset] = {
    "generic": _preset("generic", (), {}),
    # 工商银行: 交易时间 may hold the date and the time together; 对方单位名称; 凭证号.
    "icbc": _preset("icbc", ("工商银行", "icbc"), {
        "date": ("交易日期", "入账日期"), "counterparty_name": ("对方单位名称", "对方户名"),
        "debit": ("借方发生额",), "credit": ("贷方发生额",), "reference": ("凭证号",)}),
    # 建设银行: 借方发生额（支取）/贷方发生额（收入）, 对方开户机构, 账户明细编号-交易流水号.
    "ccb": _preset("ccb", ("建设银行", "ccb"), {
        "date": ("交易日期", "记账日期"), "debit": ("借方发生额(支取)", "借方发生额"),
        "credit": ("贷方发生额(收入)", "贷方发生额"), "counterparty_bank": ("对方开户机构",),
        "serial": ("账户明细编号-交易流水号", "交易流水号")}),
    # 农业银行: one 交易金额 (signed) or 收入金额/支出金额, 本次余额, 对方开户行.
    "abc": _preset("abc", ("农业银行", "abchina"), {
        "amount": ("交易金额",), "credit": ("收入金额",), "debit": ("支出金额",), "balance": ("本次余额", "余额"),
        "purpose": ("交易用途", "用途")}),
    # 中国银行: 交易金额 with 交易后余额, 对方账户名称.
    "boc": _preset("boc", ("中国银行", "bank of china"), {
        "amount": ("交易金额",), "balance": ("交易后余额", "余额"), "counterparty_name": ("对方账户名称", "对方户名"),
        "counterparty_account": ("对方账户账号", "对方账号")}),
    # 招商银行: 交易日, 借方金额/贷方金额, 收(付)方名称/账号/开户行, 流水号.
    "cmb": _preset("cmb", ("招商银行", "cmb"), {
        "date": ("交易日", "交易日期"), "debit": ("借方金额",), "credit": ("贷方金额",),
        "counterparty_name": ("收(付)方名称",), "counterparty_account": ("收(付)方账号",),
        "counterparty_bank": ("收(付)方开户行", "收(付)方开户行名")}),
}

#: A statement needs a date (or a 交易时间 holding it) and an amount in one of the three ways.
REQUIRED = (("date", "time"), ("debit", "credit", "amount"))

_DIRECTION_WORDS = {
    "in": ("贷", "贷方", "贷记", "收", "收入", "入", "来账", "转入", "存入", "c", "cr", "credit", "+"),
    "out": ("借", "借方", "借记", "支", "支出", "出", "往账", "转出", "支取", "d", "dr", "debit", "-"),
}
_DIRECTION = {header_key(w): d for d, words in _DIRECTION_WORDS.items() for w in words}
_DIRECTION_PLAIN = {w: d for d, words in _DIRECTION_WORDS.items() for w in words if w == header_key(w) or w.isupper()}


def detect_profile(rows: Sequence[Sequence[object]], *, search_rows: int = 20) -> str:
    """Whose export this is, from the bank's name in the title rows ("generic" when none)."""
    text = " ".join(str(v) for row in rows[:search_rows] for v in row if isinstance(v, str)).casefold()
    text = unicodedata.normalize("NFKC", text)
    for profile, preset in PRESETS.items():
        if any(word in text for word in preset.bank_words):
            return profile
    return "generic"


# --------------------------------------------------------------------------- the mapping

@dataclass
class BankMapping:
    """Which column of a statement holds each field, by the header's name for it
    (``{"date": "交易日期", "credit": "贷方发生额", …}``): saved per bank account, so the
    next file from the same bank is read the same way even if its columns move."""

    columns: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        """The mapping as JSON text (fields in vocabulary order)."""
        ordered = {f: self.columns[f] for f in vocab.BANK_FIELDS if self.columns.get(f)}
        return json.dumps({"version": 1, "columns": ordered}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> BankMapping:
        """A mapping read back; refused with ValidationError when it is not one."""
        try:
            data = json.loads(text)
            columns = data["columns"] if isinstance(data, dict) and "columns" in data else data
            if not isinstance(columns, dict):
                raise TypeError
        except (ValueError, TypeError, KeyError):
            raise ValidationError(tr("BankStatement", "The saved column mapping cannot be read")) from None
        unknown = [f for f in columns if f not in vocab.BANK_FIELDS]
        if unknown:
            raise ValidationError(tr("BankStatement", "The saved column mapping names unknown fields: {fields}",
                                     fields=", ".join(map(str, unknown))))
        if not all(isinstance(v, str) for v in columns.values()):
            raise ValidationError(tr("BankStatement", "The saved column mapping cannot be read"))
        return cls({f: v for f, v in columns.items() if v.strip()})


def guess_mapping(header_names: Sequence[object], profile: str | None = None) -> BankMapping:
    """A mapping guessed from a header row's names by the profile's synonyms (the generic
    ones when no profile is given), for the user to correct."""
    preset = PRESETS.get(profile or "generic", PRESETS["generic"])
    columns = _fix_columns(match_columns(header_names, preset.synonyms))
    return BankMapping({f: " ".join(str(header_names[c]).split()) for f, c in columns.items()})


def _fix_columns(columns: dict[str, int]) -> dict[str, int]:
    """A 交易时间 column that is the only date column holds the date too; an amount column
    beside a debit and a credit column is left aside."""
    columns = dict(columns)
    if "date" not in columns and "time" in columns:
        columns["date"] = columns["time"]
    if "amount" in columns and "debit" in columns and "credit" in columns:
        del columns["amount"]
    return columns


# --------------------------------------------------------------------------- the preview

@dataclass(frozen=True)
class RejectedRow:
    """A row that could not be read as a transaction: the row as the spreadsheet numbers
    it, the column's header name ("" when the reason is the row's), the value as the file
    has it, and the reason in the user's words."""

    row_no: int
    column: str
    value: str
    reason: str


@dataclass
class StatementPreview:
    """Everything read from a statement file, before anything is written."""

    workbook: Workbook
    sheet_name: str
    sheet_note: str
    header_row_no: int
    profile: str
    mapping: BankMapping
    lines: list[domain_bank.BankLineIn]
    rejected: list[RejectedRow]
    footer_rows: list[int]
    newest_first: bool
    balance_check: domain_bank.BalanceCheck
    account_no: str
    first_date: date | None
    last_date: date | None
    rows_read: int
    account_name: str = ""
    notes: list[str] = field(default_factory=list)


def read_statement(path: str | Path, *, profile: str | None = None, mapping: BankMapping | None = None,
                   sheet: str | None = None, max_rows: int = MAX_ROWS) -> StatementPreview:
    """Read a bank statement file into a :class:`StatementPreview` (see the module's doc).

    ``profile`` is whose export the file is (one of :data:`~arapp.domain.vocabulary.BANK_PROFILES`;
    guessed from the title rows when None); ``mapping`` a saved mapping, used instead of
    the profile's names; ``sheet`` the sheet to read by name. Refused with FileRefused:
    a file :func:`~arapp.io.sheets.read_workbook` refuses, no such sheet, and no header
    row with a date and an amount column."""
    with collector_paused():
        return _read_statement(path, profile, mapping, sheet, max_rows)


def _read_statement(path: str | Path, profile: str | None, mapping: BankMapping | None, sheet: str | None,
                    max_rows: int) -> StatementPreview:
    workbook = read_workbook(path, max_rows=max_rows)
    chosen, note = pick_sheet(workbook, sheet)
    rows = chosen.rows
    if profile is not None and profile not in PRESETS:
        raise ValidationError(tr("BankStatement", "There is no bank format called '{profile}'; the formats are "
                                 "{profiles}", profile=profile, profiles=", ".join(PRESETS)))
    used_profile = profile or detect_profile(rows)
    synonyms = _mapping_synonyms(mapping) if mapping else PRESETS[used_profile].synonyms
    try:
        header = find_header(rows, synonyms, required=REQUIRED, describe=names.bank_field)
    except HeaderNotFound as exc:
        raise FileRefused(tr("BankStatement", "{file}, sheet 「{sheet}」: {problem}", file=workbook.file_name,
                             sheet=chosen.name, problem=exc.message)) from None
    header.columns = _fix_columns(header.columns)
    notes: list[str] = []
    if mapping:
        missing = [f for f in mapping.columns if f not in header.columns]
        if missing:
            notes.append(tr("BankStatement", "Columns of the saved mapping not in this file: {columns}",
                            columns="、".join(mapping.columns[f] for f in missing)))
    found = BankMapping({f: header.names[c] for f, c in sorted(header.columns.items(),
                                                               key=lambda kv: vocab.BANK_FIELDS.index(kv[0]))})
    account_no, account_name = _account_in_titles(rows[: header.row_index])
    reader = _RowReader(header, chosen.date1904)
    read = reader.fast_reader()
    footers: list[int] = []
    lines: list[domain_bank.BankLineIn] = []
    rejected: list[RejectedRow] = []
    keep = lines.append
    for row_no, row in data_rows(rows, header, footer_words=FOOTER_WORDS, skipped=footers):
        result = read(row_no, row)
        if type(result) is _LineType:
            keep(result)
        elif result is None:
            footers.append(row_no)   # no date and no amount: a note under the table
        else:
            rejected.append(result)  # type: ignore[arg-type]
    rows_read = len(lines) + len(rejected)
    footers.sort()
    notes.extend(reader.notes())
    dates = [line.value_date for line in lines]
    return StatementPreview(
        workbook=workbook, sheet_name=chosen.name, sheet_note=note, header_row_no=header.row_no,
        profile=used_profile, mapping=found, lines=lines, rejected=rejected, footer_rows=footers,
        newest_first=_runs_newest_first(dates), balance_check=domain_bank.check_running_balance(lines),
        account_no=account_no, first_date=min(dates) if dates else None, last_date=max(dates) if dates else None,
        rows_read=rows_read, account_name=account_name, notes=notes)


def _mapping_synonyms(mapping: BankMapping) -> dict[str, tuple[str, ...]]:
    return {f: (name,) for f, name in mapping.columns.items() if f in vocab.BANK_FIELDS}


def _runs_newest_first(dates: list[date]) -> bool:
    """Whether the file lists later dates before earlier ones (more steps down than up),
    the rule :mod:`arapp.domain.bank` orders lines by."""
    down = up = 0
    for a, b in zip(dates, dates[1:], strict=False):
        if b < a:
            down += 1
        elif b > a:
            up += 1
    return down > up


# An account number after its label: grouped by fours as banks print them, joined by
# dashes, or one run of digits (a date after it, 2026-11-01, is not taken in).
_ACCOUNT_LABEL = re.compile(r"(?:账号|帐号|账户|帐户|卡号|account\s*(?:no\.?|number)?)\s*[:：]?\s*"
                            r"(\d{4}(?: \d{4}){2,}(?: \d{1,4})?|\d{2,}(?:-\d{2,}){2,}|\d{8,})(?![\d-])",
                            re.IGNORECASE)
_NAME_LABEL = re.compile(r"(?:户名|账户名称|帐户名称|单位名称|客户名称)\s*[:：]\s*(\S.*?)(?:\s{2,}|$)")
_LABEL_ONLY = re.compile(r"^(?:本方)?(?:账号|帐号|账户|帐户|卡号|账户号码|account\s*(?:no\.?|number)?)\s*[:：]?$",
                         re.IGNORECASE)


def _account_in_titles(rows: Sequence[Sequence[object]]) -> tuple[str, str]:
    """The account number (digits only) and the account's name written in the rows above
    the header: 「账号：6222 0212 3456 7890」 in one cell, or the label in one cell and the
    number in the next."""
    account = name = ""
    for row in rows:
        texts = [cells.cell_text(v) if not isinstance(v, Uncomputed) else "" for v in row]
        for i, text in enumerate(texts):
            plain = unicodedata.normalize("NFKC", text)
            if not account:
                match = _ACCOUNT_LABEL.search(plain)
                if match:
                    account = re.sub(r"[\s\-]", "", match.group(1))
                elif _LABEL_ONLY.match(plain.strip()):
                    following = next((t for t in texts[i + 1:] if t), "")
                    digits = re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", following))
                    if digits.isdigit() and len(digits) >= 8:
                        account = digits
            if not name:
                match = _NAME_LABEL.search(plain.strip())
                if match:
                    name = match.group(1).strip()
    return account, name


# --------------------------------------------------------------------------- one row

# The text fields of a line, in the order BankLineIn takes them after the balance.
_TEXT_FIELDS = ("counterparty_name", "counterparty_account", "counterparty_bank", "description", "purpose",
                "serial", "reference")
_PADDING = " \t\r\n\u00a0\u3000\u200b\ufeff"
_LINE_FIELDS = tuple(f.name for f in fields(domain_bank.BankLineIn))
assert _LINE_FIELDS[6:] == _TEXT_FIELDS, "BankLineIn's text fields moved: update _TEXT_FIELDS"
_new = object.__new__
_LineType = domain_bank.BankLineIn


def _Line(row_no: int, value_date: date, direction: str, amount: int, value_time: str, balance: int | None,
          counterparty_name: str, counterparty_account: str, counterparty_bank: str, description: str,
          purpose: str, serial: str, reference: str) -> domain_bank.BankLineIn:
    """A BankLineIn made without its __init__ (a frozen dataclass's __init__ costs more
    than reading the row): the reader has already checked what __post_init__ checks (a
    direction of BANK_DIRECTIONS, an amount of positive int fen). Equal to one made the
    ordinary way (tests/io/test_bank_statement.py holds it so)."""
    line = _new(domain_bank.BankLineIn)
    d = line.__dict__
    d["row_no"] = row_no
    d["value_date"] = value_date
    d["direction"] = direction
    d["amount"] = amount
    d["value_time"] = value_time
    d["balance"] = balance
    d["counterparty_name"] = counterparty_name
    d["counterparty_account"] = counterparty_account
    d["counterparty_bank"] = counterparty_bank
    d["description"] = description
    d["purpose"] = purpose
    d["serial"] = serial
    d["reference"] = reference
    return line


class _RowReader:
    """Reads the rows of one header: the columns looked up once, each row read with as
    little work as a plain row needs (the fast path of a 50,000-line statement)."""

    def __init__(self, header: Header, date1904: bool) -> None:
        cols = header.columns
        self.header = header
        self.date1904 = date1904
        self.date_col = cols["date"]
        self.time_col = cols.get("time") if cols.get("time") != cols["date"] else None
        self.date_and_time = cols.get("time") == cols["date"]
        self.debit_col = cols.get("debit")
        self.credit_col = cols.get("credit")
        self.amount_col = cols.get("amount") if self.debit_col is None and self.credit_col is None else None
        self.direction_col = cols.get("direction")
        self.balance_col = cols.get("balance")
        self.text_slots = [(i, cols[f]) for i, f in enumerate(_TEXT_FIELDS) if f in cols]
        self.width = max(cols.values()) + 1
        self.numeric_accounts = 0

    def notes(self) -> list[str]:
        if not self.numeric_accounts:
            return []
        return [tr("BankStatement", "{n} counterparty account numbers are stored as numbers in column 「{column}」; "
                   "digits past the 15th may have been lost by Excel", n=self.numeric_accounts,
                   column=self.header.name_of("counterparty_account"))]

    def _reject(self, row_no: int, col: int | None, value: object, reason: str) -> RejectedRow:
        column = self.header.names[col] if col is not None and col < len(self.header.names) else ""
        if isinstance(value, Uncomputed):
            shown = "=" + value.formula
        else:
            try:
                shown = cells.cell_text(value)
            except ValidationError:
                shown = ""
        return RejectedRow(row_no, column, shown, reason)

    def read_any(self, row_no: int, row: Sequence[object]) -> domain_bank.BankLineIn | RejectedRow | None:
        """One row as a line, a rejection, or None for a note (no date and no amount): every
        form a cell may take, each refusal with its reason (the path :meth:`fast_reader`
        hands every row it does not take)."""
        if len(row) < self.width:
            row = list(row) + [""] * (self.width - len(row))
        # the amount first: a row with no date and no amount is a note, not a transaction
        amounts = self._amount(row_no, row)
        raw_date = row[self.date_col]
        if amounts is None:
            if _blank(raw_date) or not _looks_dated(raw_date):
                return None
            return RejectedRow(row_no, "", "", tr("BankStatement", "the row has no amount"))
        if type(amounts) is RejectedRow:
            return amounts
        direction, amount = amounts  # type: ignore[misc]
        kind = type(raw_date)
        if kind is date:
            value_date, value_time = raw_date, ""
        else:
            try:
                value_date, value_time = cells.cell_date(raw_date, date1904=self.date1904)
            except ValidationError as exc:
                return self._reject(row_no, self.date_col, raw_date, exc.message)
        if self.time_col is not None:
            raw_time = row[self.time_col]
            if raw_time != "":
                try:
                    value_time = cells.cell_time(raw_time) or value_time
                except ValidationError as exc:
                    return self._reject(row_no, self.time_col, raw_time, exc.message)
        balance = None
        if self.balance_col is not None:
            raw = row[self.balance_col]
            if type(raw) is float or not cells.is_blank_amount(raw):
                try:
                    balance = cells.cell_amount(raw)
                except ValidationError as exc:
                    return self._reject(row_no, self.balance_col, raw, exc.message)
        texts = ["", "", "", "", "", "", ""]
        for slot, col in self.text_slots:
            value = row[col]
            if type(value) is str:
                text = value.strip(_PADDING)
                if text and text[0] in "='":
                    text = cells.cell_text(text)
                texts[slot] = text
                continue
            if isinstance(value, Uncomputed):
                return self._reject(row_no, col, value, _uncomputed_reason(value))
            if slot == 1 and type(value) is float and value >= 1e15:
                self.numeric_accounts += 1
            texts[slot] = cells.cell_text(value)
        return _Line(row_no, value_date, direction, amount, value_time, balance, *texts)

    def fast_reader(self) -> Callable[[int, Sequence[object]], domain_bank.BankLineIn | RejectedRow | None]:
        """A reader for the rows most files are made of (number cells for the amounts and the
        balance, a date cell, text cells, one side blank), with everything looked up once;
        any other row goes to :meth:`read_any`, which gives the same line for these rows
        (the tests read one statement both ways)."""
        slow = self.read_any
        width = self.width
        date_col, time_col, balance_col = self.date_col, self.time_col, self.balance_col
        debit_col, credit_col, amount_col = self.debit_col, self.credit_col, self.amount_col
        flag_col = self.direction_col
        slots = tuple(self.text_slots)
        cell_time = cells.cell_time
        limit = MAX_ABS_FEN
        directions = _DIRECTION_PLAIN
        padding = _PADDING
        make = _Line
        date_type, datetime_type, float_type, str_type = date, datetime, float, str

        def read(row_no: int, row: Sequence[object]) -> domain_bank.BankLineIn | RejectedRow | None:
            if len(row) < width:
                return slow(row_no, row)
            if amount_col is None:
                debit = row[debit_col] if debit_col is not None else ""
                credit = row[credit_col] if credit_col is not None else ""
                if type(credit) is float_type and debit == "":
                    direction, value = "in", credit
                elif type(debit) is float_type and credit == "":
                    direction, value = "out", debit
                else:
                    return slow(row_no, row)
            else:
                value = row[amount_col]
                if type(value) is not float_type:
                    return slow(row_no, row)
                if flag_col is None:
                    direction = "in" if value > 0 else "out"
                else:
                    flag = row[flag_col]
                    direction = directions.get(flag.strip(padding)) if type(flag) is str_type else None
                    if direction is None or (value < 0 and direction == "in"):
                        return slow(row_no, row)
                if value < 0:
                    value = -value
            scaled = value * 100.0
            if not 0.5 < scaled < 1e15:
                return slow(row_no, row)
            amount = round(scaled)
            if not (-1e-3 < scaled - amount < 1e-3 and amount <= limit):
                return slow(row_no, row)
            raw_date = row[date_col]
            kind = type(raw_date)
            if kind is date_type:
                value_date, value_time = raw_date, ""
            elif kind is datetime_type:
                value_date = raw_date.date()
                value_time = f"{raw_date.hour:02d}:{raw_date.minute:02d}:{raw_date.second:02d}"
            else:
                return slow(row_no, row)
            if time_col is not None:
                raw_time = row[time_col]
                if raw_time != "":
                    try:
                        value_time = cell_time(raw_time) or value_time
                    except ValidationError:
                        return slow(row_no, row)
            balance = None
            if balance_col is not None:
                raw = row[balance_col]
                if type(raw) is float_type:
                    scaled = raw * 100.0
                    if not -1e15 < scaled < 1e15:
                        return slow(row_no, row)
                    balance = round(scaled)
                    if not (-1e-3 < scaled - balance < 1e-3 and -limit <= balance <= limit):
                        return slow(row_no, row)
                elif raw != "":
                    return slow(row_no, row)
            texts = ["", "", "", "", "", "", ""]
            for slot, col in slots:
                text = row[col]
                if type(text) is not str_type:
                    return slow(row_no, row)
                text = text.strip(padding)
                if text[:1] in ("=", "'"):
                    return slow(row_no, row)
                texts[slot] = text
            return make(row_no, value_date, direction, amount, value_time, balance, *texts)

        return read

    def _amount(self, row_no: int, row: Sequence[object]) -> tuple[str, int] | RejectedRow | None:
        """(direction, positive fen), a rejection, or None when the row has no amount at all."""
        if self.amount_col is None:
            debit = credit = 0
            for col in (self.debit_col, self.credit_col):
                if col is None:
                    continue
                raw = row[col]
                if raw == "" or raw is None or (type(raw) is str and cells.is_blank_amount(raw)):
                    continue
                try:
                    fen = cells.cell_amount(raw)
                except ValidationError as exc:
                    return self._reject(row_no, col, raw, exc.message)
                if col == self.debit_col:
                    debit = fen
                else:
                    credit = fen
            if debit and credit:
                return RejectedRow(row_no, "", "", tr(
                    "BankStatement", "both 「{debit}」 and 「{credit}」 are filled; a line moves money one way",
                    debit=self.header.name_of("debit"), credit=self.header.name_of("credit")))
            if credit:
                return ("in", credit) if credit > 0 else ("out", -credit)
            if debit:
                return ("out", debit) if debit > 0 else ("in", -debit)
            if all(_blank(row[c]) for c in (self.debit_col, self.credit_col) if c is not None):
                return None
            return RejectedRow(row_no, "", "", tr("BankStatement", "the amount is 0 on both sides"))
        raw = row[self.amount_col]
        if cells.is_blank_amount(raw):
            return None
        try:
            fen = cells.cell_amount(raw)
        except ValidationError as exc:
            return self._reject(row_no, self.amount_col, raw, exc.message)
        if fen == 0:
            return self._reject(row_no, self.amount_col, raw, tr("BankStatement", "the amount is 0"))
        if self.direction_col is None:
            return ("in", fen) if fen > 0 else ("out", -fen)
        flag = row[self.direction_col]
        direction = _DIRECTION.get(header_key(cells.cell_text(flag) if not isinstance(flag, Uncomputed) else ""))
        if direction is None:
            return self._reject(row_no, self.direction_col, flag, tr(
                "BankStatement", "the debit/credit flag is not one of 借/贷, 收/支, D/C"))
        if fen < 0 and direction == "in":
            return self._reject(row_no, self.amount_col, raw, tr(
                "BankStatement", "the amount is negative but the flag says it came in"))
        return direction, abs(fen)


def _uncomputed_reason(value: Uncomputed) -> str:
    try:
        cells.cell_text(value)
    except ValidationError as exc:
        return exc.message
    return ""  # pragma: no cover


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _looks_dated(value: object) -> bool:
    """Whether a cell looks like the date of a transaction (so a row with it and no amount
    is a broken transaction, not a note)."""
    if isinstance(value, date | int | float) and not isinstance(value, bool):
        return True
    if isinstance(value, str):
        return value.strip()[:1].isdigit()
    return False
