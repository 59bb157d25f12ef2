"""Stand-ins for the bank pieces the Bank tab calls (arapp.io.bank_statement,
arapp.services.bank, arapp.reports.bank, .bank_matching, .bank_reconciliation) while
they are built on other branches, so the window's side can be tested.

Each fake has the agreed name and shape (helper brief, "The contract between the pieces").
The accounts and lines live in memory; accepting a match records a real receipt with
its allocations (services.receipts.record_receipt) and unmatching reverses it for real,
so the customers' balances the dialogs show are the books' own. ``install(monkeypatch)``
puts the fakes in sys.modules (the tab imports the pieces by name when it needs them,
arapp/ui/tabs/bank/backend.py) and returns the :class:`Store` to steer them.

The real statement reader is used when it is in the build; the fake one (for a build
without it) reads CSV only: title rows, then a header with the usual Chinese column names,
data rows, a 合计 footer.

To switch a test to the real pieces once they are on main, drop the ``fake_bank``
fixture from it (tests/ui/conftest.py).
"""

from __future__ import annotations

import csv
import datetime as _dt
import hashlib
import importlib
import json
import re
import sys
import time
import types
from dataclasses import dataclass, field, replace
from pathlib import Path

from arapp.domain.bank import BalanceCheck, BankLineIn, check_running_balance, keyed
from arapp.domain.dates import month_bounds, parse_date
from arapp.domain.money import parse_amount
from arapp.errors import Cancelled, FileRefused, ValidationError
from arapp.services.changes import Changes
from arapp.services.context import current_actor

# --------------------------------------------------------------------------- io


@dataclass
class Sheet:
    name: str
    hidden: bool
    date1904: bool
    rows: list[list]


@dataclass
class Workbook:
    file_name: str
    kind: str
    sha256: str
    encoding: str
    sheets: list[Sheet]


@dataclass
class BankMapping:
    columns: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(self.columns, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> BankMapping:
        return cls(dict(json.loads(text))) if text else cls()


@dataclass(frozen=True)
class RejectedRow:
    row_no: int
    column: str
    value: str
    reason: str


@dataclass
class StatementPreview:
    workbook: Workbook
    sheet_name: str
    sheet_note: str
    header_row_no: int
    profile: str
    mapping: BankMapping
    lines: list[BankLineIn]
    rejected: list[RejectedRow]
    footer_rows: list[int]
    newest_first: bool
    balance_check: BalanceCheck
    account_no: str
    first_date: _dt.date | None
    last_date: _dt.date | None
    rows_read: int


SYNONYMS = {
    "date": ("交易日期", "日期", "记账日期"), "time": ("交易时间", "时间"), "description": ("摘要",),
    "purpose": ("用途",), "debit": ("借方发生额", "支出金额"), "credit": ("贷方发生额", "收入金额"),
    "balance": ("余额", "账户余额"), "counterparty_name": ("对方户名",), "counterparty_account": ("对方账号",),
    "counterparty_bank": ("对方开户行",), "serial": ("流水号", "交易流水号"), "reference": ("凭证号",),
}
PRESETS = {p: {} for p in ("generic", "icbc", "ccb", "abc", "boc", "cmb")}


def guess_mapping(header_names) -> BankMapping:
    columns = {}
    for name in header_names:
        for f, words in SYNONYMS.items():
            if str(name).strip() in words and f not in columns:
                columns[f] = str(name).strip()
    return BankMapping(columns)


def read_statement(path, *, profile=None, mapping=None, sheet=None) -> StatementPreview:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FileRefused(f"{path.name}：无法读取（{exc.strerror}）") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileRefused(f"{path.name}：不是可读的表格文件") from exc
    rows = [[c.strip() for c in r] for r in csv.reader(text.splitlines())]
    header_index = next((i for i, r in enumerate(rows) if len(guess_mapping(r).columns) >= 3), None)
    if header_index is None:
        raise FileRefused(f"{path.name}：找不到表头（交易日期、借方发生额、贷方发生额……）")
    names = rows[header_index]
    mapping = mapping if mapping is not None and mapping.columns else guess_mapping(names)
    col = {f: names.index(h) for f, h in mapping.columns.items() if h in names}
    account_no = ""
    for r in rows[:header_index]:
        for c in r:
            m = re.search(r"账号[:：]?\s*([\d\s-]{8,})", c)
            if m:
                account_no = re.sub(r"\D", "", m.group(1))
    lines, rejected, footers = [], [], []
    for i, r in enumerate(rows[header_index + 1:], start=header_index + 2):
        if not any(r):
            continue
        if r[0].startswith("合计"):
            footers.append(i)
            continue

        def get(f, r=r):
            return r[col[f]] if f in col and col[f] < len(r) else ""

        try:
            column = mapping.columns.get("date", "date")
            day = parse_date(get("date"))
            column = mapping.columns.get("debit", "debit")
            out = parse_amount(get("debit") or "0", allow_negative=False) if get("debit") not in ("", "-") else 0
            column = mapping.columns.get("credit", "credit")
            inn = parse_amount(get("credit") or "0", allow_negative=False) if get("credit") not in ("", "-") else 0
            column = mapping.columns.get("balance", "balance")
            balance = parse_amount(get("balance")) if get("balance") else None
        except ValidationError as exc:
            rejected.append(RejectedRow(i, column, "", exc.message))
            continue
        if not (out or inn):
            rejected.append(RejectedRow(i, mapping.columns.get("credit", ""), "", "借贷两栏都没有金额"))
            continue
        lines.append(BankLineIn(i, day, "in" if inn else "out", inn or out, value_time=get("time"),
                                balance=balance, counterparty_name=get("counterparty_name"),
                                counterparty_account=get("counterparty_account"), description=get("description"),
                                purpose=get("purpose"), serial=get("serial"), reference=get("reference")))
    dates = [line.value_date for line in lines]
    book = Workbook(path.name, "csv", hashlib.sha256(raw).hexdigest(), "utf-8",
                    [Sheet("Sheet1", False, False, rows)])
    return StatementPreview(book, "Sheet1", "", header_index + 1, profile or "generic", mapping, lines, rejected,
                            footers, False, check_running_balance(lines), account_no,
                            min(dates, default=None), max(dates, default=None), len(rows) - header_index - 1)


# --------------------------------------------------------------------------- store


@dataclass
class BankAccountRow:
    id: int
    name: str
    bank: str
    account_no: str
    profile: str = "generic"
    mapping: str = ""
    opening_date: _dt.date | None = None
    opening_bank_balance: int = 0
    opening_book_balance: int = 0
    active: bool = True
    lines: int = 0
    unmatched: int = 0
    unmatched_in: int = 0
    last_date: _dt.date | None = None


@dataclass
class BankLineRow:
    id: int
    account_id: int
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
    status: str = "unmatched"
    receipt_id: int | None = None
    receipt_number: str = ""
    customer_id: int | None = None
    customer_code: str = ""
    customer_name: str = ""
    rule: str = ""
    score: int | None = None
    reason: str = ""
    fingerprint: str = ""
    occurrence: int = 1


@dataclass
class BankLinePage:
    rows: list[BankLineRow]
    total: int


@dataclass
class BankImportResult:
    import_id: int
    new: int
    duplicates: int
    rejected: int
    first_date: _dt.date | None
    last_date: _dt.date | None
    changes: Changes


@dataclass
class MatchResult:
    line_id: int
    receipt_number: str
    allocated: list[tuple[str, int]]        # (invoice number, fen)
    credit_left: int
    changes: Changes
    receipt_id: int = 0
    customer_code: str = ""


@dataclass
class MatchBatch:
    results: list[MatchResult]
    changes: Changes

    def __len__(self) -> int:
        return len(self.results)


@dataclass(frozen=True)
class MatchChoice:
    line_id: int
    customer: object
    allocations: tuple = ()
    rule: str = "manual"
    score: int = 100
    reason: str = ""
    receipt: object = None

    @classmethod
    def from_proposal(cls, line_id: int, proposal) -> MatchChoice:
        return cls(line_id, proposal.customer_id, tuple((a.invoice_id, a.amount) for a in proposal.allocations),
                   proposal.rule, proposal.score, proposal.reason)


@dataclass
class LineResult:
    line_id: int
    status: str
    changes: Changes


@dataclass
class AccountResult:
    account_id: int
    changes: Changes


@dataclass(frozen=True)
class ProposedAllocation:
    invoice_id: int
    invoice_number: str
    external_number: str
    due_date: _dt.date
    open_amount: int
    amount: int


@dataclass(frozen=True)
class Proposal:
    customer_id: int
    customer_code: str
    customer_name: str
    allocations: list[ProposedAllocation]
    credit_left: int
    rule: str
    score: int
    reason: str


ITEM_KINDS = ("bank_in", "bank_out", "books_in", "books_out")


@dataclass(frozen=True)
class ReconItem:
    kind: str
    date: _dt.date
    amount: int
    reference: str
    description: str
    line_id: int | None = None


@dataclass
class Reconciliation:
    account_id: int
    account_name: str
    bank: str
    account_no: str
    month: str
    as_of: _dt.date
    bank_balance: int
    book_balance: int
    items: list[ReconItem] = field(default_factory=list)

    def of(self, kind: str) -> list[ReconItem]:
        return [i for i in self.items if i.kind == kind]

    def total(self, kind: str) -> int:
        return sum(i.amount for i in self.of(kind))

    @property
    def adjusted_bank(self) -> int:
        return self.bank_balance + self.total("books_in") - self.total("books_out")

    @property
    def adjusted_books(self) -> int:
        return self.book_balance + self.total("bank_in") - self.total("bank_out")

    @property
    def difference(self) -> int:
        return self.adjusted_bank - self.adjusted_books

    def table(self):
        from arapp.reports.table import Column, ReportTable

        rows = [["银行对账单余额", self.bank_balance], ["企业账面余额", self.book_balance],
                ["调节后银行余额", self.adjusted_bank], ["调节后账面余额", self.adjusted_books]]
        return ReportTable("银行存款余额调节表", [Column("item", "项目"), Column("amount", "金额", "money")], rows,
                           as_of=self.as_of)


def bank_changes(lines=(), accounts=(), base: Changes | None = None) -> Changes:
    """The Changes the real services give; the bank kinds may not be in KINDS yet, so built directly."""
    touched = dict(base.touched) if base else {}
    if lines:
        touched["bank_line"] = frozenset(lines)
    if accounts:
        touched["bank_account"] = frozenset(accounts)
    return Changes(touched)


@dataclass
class Store:
    """What the fakes hold, return and were asked."""

    accounts: dict[int, BankAccountRow] = field(default_factory=dict)
    lines: dict[int, BankLineRow] = field(default_factory=dict)
    proposals: dict[int, list[Proposal]] = field(default_factory=dict)
    book_entries: list[tuple] = field(default_factory=list)
    calls: list[tuple[str, tuple, dict]] = field(default_factory=list)
    delay: float = 0.0            # seconds per line imported (to cancel one half-way)
    imports: int = 0
    book_only: int = 0            # what the books hold that the bank does not (a cheque not yet presented)
    unexplained: int = 0          # a difference nobody found yet

    def called(self, name, *args, **kwargs):
        self.calls.append((name, args, kwargs))

    def names(self) -> list[str]:
        return [c[0] for c in self.calls]

    def account(self, ref) -> BankAccountRow:
        for a in self.accounts.values():
            if ref in (a.id, a.account_no, a.name):
                return a
        raise ValidationError(f"没有银行账户 {ref}")

    def line(self, line_id) -> BankLineRow:
        try:
            return self.lines[int(line_id)]
        except (KeyError, ValueError):
            raise ValidationError(f"没有银行流水 {line_id}") from None

    def counted(self, a: BankAccountRow) -> BankAccountRow:
        mine = [x for x in self.lines.values() if x.account_id == a.id]
        return replace(a, lines=len(mine), unmatched=sum(1 for x in mine if x.status == "unmatched"),
                       unmatched_in=sum(1 for x in mine if x.status == "unmatched" and x.direction == "in"))

    # -- building books for tests
    def add_lines(self, account_id: int, lines: list[BankLineIn]) -> list[int]:
        ids = []
        for k in keyed(lines):
            line_id = max(self.lines, default=0) + 1
            ln = k.line
            self.lines[line_id] = BankLineRow(
                line_id, account_id, self.imports, ln.row_no, ln.value_date, ln.value_time, ln.direction,
                ln.amount, ln.balance, ln.counterparty_name, ln.counterparty_account, ln.counterparty_bank,
                ln.description, ln.purpose, ln.serial, ln.reference, fingerprint=k.fingerprint,
                occurrence=k.occurrence)
            ids.append(line_id)
        return ids

    def propose(self, line_id: int, customer_id: int, allocations: list[tuple[int, int]], *, rule="invoice_number",
                score=95, reason="摘要含应收单号") -> Proposal:
        from arapp.db.models import Customer, Invoice

        c = Customer.get_by_id(customer_id)
        allocs = []
        for invoice_id, amount in allocations:
            inv = Invoice.get_by_id(invoice_id)
            allocs.append(ProposedAllocation(inv.id, inv.number, "", inv.due_date, inv.open_amount, amount))
        left = self.lines[line_id].amount - sum(a for _i, a in allocations)
        p = Proposal(c.id, c.code, c.name, allocs, left, rule, score, reason)
        self.proposals.setdefault(line_id, []).append(p)
        return p


def install(monkeypatch, *, real_reader: bool = True) -> Store:
    """Put the fakes where the Bank tab finds the bank pieces. The statement reader
    (arapp.io.bank_statement) touches no books, so the real one is kept when it is in the
    build (``real_reader``); the pieces that read and write the books are all faked."""
    store = Store()
    called = store.called

    # -- services
    def add_bank_account(name, bank, account_no, *, profile="generic", opening_date=None, opening_bank_balance=0,
                         opening_book_balance=0):
        called("add_bank_account", name, bank, account_no, profile=profile, opening_date=opening_date,
               opening_bank_balance=opening_bank_balance, opening_book_balance=opening_book_balance)
        current_actor().require("bank.accounts")
        if not str(name).strip():
            raise ValidationError("账户名称不能为空", field="name")
        if any(a.account_no == account_no or a.name == name for a in store.accounts.values()):
            raise ValidationError(f"账号 {account_no} 已有账户", field="account_no")
        a = BankAccountRow(max(store.accounts, default=0) + 1, name, bank, account_no, profile, "", opening_date,
                           opening_bank_balance, opening_book_balance)
        store.accounts[a.id] = a
        return AccountResult(a.id, bank_changes(accounts=[a.id]))

    def update_bank_account(account, **fields):
        called("update_bank_account", account, **fields)
        current_actor().require("bank.accounts")
        a = store.account(account)
        for k, v in fields.items():
            setattr(a, k, v)
        return AccountResult(a.id, bank_changes(accounts=[a.id]))

    def save_mapping(account, mapping_json):
        called("save_mapping", account, mapping_json)
        a = store.account(account)
        a.mapping = mapping_json
        return AccountResult(a.id, bank_changes(accounts=[a.id]))

    def import_bank_lines(account, lines, *, file_name, sha256, sheet="", profile, rows_read, rejected,
                          progress=None, cancelled=None):
        called("import_bank_lines", account, list(lines), file_name=file_name, sha256=sha256, sheet=sheet,
               profile=profile, rows_read=rows_read, rejected=rejected)
        current_actor().require("bank.import")
        a = store.account(account)
        known = {(x.serial or (x.fingerprint, x.occurrence)) for x in store.lines.values() if x.account_id == a.id}
        new = []
        for n, k in enumerate(keyed(lines), 1):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if store.delay:
                time.sleep(store.delay)
            if progress is not None:
                progress(n, len(lines))
            if (k.line.serial or (k.fingerprint, k.occurrence)) not in known:
                new.append(k.line)
        store.imports += 1
        ids = store.add_lines(a.id, new)
        dates = [x.value_date for x in lines]
        return BankImportResult(store.imports, len(new), len(lines) - len(new), len(rejected),
                                min(dates, default=None), max(dates, default=None),
                                bank_changes(lines=ids or [0], accounts=[a.id]))

    def accept_match(line_id, customer, allocations, *, rule="manual", score=100, reason=""):
        called("accept_match", line_id, customer, list(allocations), rule=rule, score=score, reason=reason)
        from arapp.services.receipts import record_receipt

        current_actor().require("bank.match")
        ln = store.line(line_id)
        if ln.status != "unmatched" or ln.direction != "in":
            raise ValidationError(f"第 {ln.row_no} 行流水不是待匹配的收入")
        r = record_receipt(customer, ln.value_date, ln.amount, method="bank", reference=ln.serial,
                           allocations=[tuple(a) for a in allocations])
        from arapp.db.models import Customer

        c = Customer.get_by_id(_customer_id(customer))
        ln.status, ln.receipt_id, ln.receipt_number = "matched", r.receipt_id, r.number
        ln.customer_id, ln.customer_code, ln.customer_name = c.id, c.code, c.name
        ln.rule, ln.score, ln.reason = rule, score, reason
        return MatchResult(ln.id, r.number, list(r.allocated), r.unallocated,
                           bank_changes(lines=[ln.id], accounts=[ln.account_id], base=r.changes), r.receipt_id, c.code)

    def accept_matches(choices):
        called("accept_matches", list(choices))
        results = [accept_match(c.line_id, c.customer, c.allocations, rule=c.rule, score=c.score, reason=c.reason)
                   for c in choices]
        merged = Changes()
        for r in results:
            merged = merged | r.changes
        return MatchBatch(results, merged)

    def unmatch(line_id, reason):
        called("unmatch", line_id, reason)
        from arapp.services.receipts import reverse_receipt

        current_actor().require("bank.match")
        ln = store.line(line_id)
        if ln.status != "matched":
            raise ValidationError("这笔流水没有匹配")
        if not str(reason).strip():
            raise ValidationError("请写明取消匹配的原因", field="reason")
        r = reverse_receipt(ln.receipt_id, reason)
        ln.status, ln.receipt_id, ln.receipt_number = "unmatched", None, ""
        ln.customer_id, ln.customer_code, ln.customer_name, ln.rule, ln.score, ln.reason = None, "", "", "", None, ""
        return LineResult(ln.id, ln.status, bank_changes(lines=[ln.id], accounts=[ln.account_id], base=r.changes))

    def _set(line_id, status, need, permission):
        current_actor().require(permission)
        ln = store.line(line_id)
        if ln.status not in need:
            raise ValidationError(f"第 {ln.row_no} 行流水现为{ln.status}")
        ln.status = status
        return LineResult(ln.id, status, bank_changes(lines=[ln.id], accounts=[ln.account_id]))

    def book_line(line_id, description=""):
        called("book_line", line_id, description)
        store.book_entries.append((line_id, description))
        return _set(line_id, "booked", ("unmatched",), "bank.book")

    def ignore_line(line_id, reason):
        called("ignore_line", line_id, reason)
        return _set(line_id, "ignored", ("unmatched",), "bank.book")

    def restore_line(line_id, reason=""):
        called("restore_line", line_id, reason)
        return _set(line_id, "unmatched", ("ignored", "booked"), "bank.book")

    # -- reports
    def bank_accounts():
        return [store.counted(a) for a in sorted(store.accounts.values(), key=lambda a: a.name)]

    def bank_lines(account=None, *, status=None, date_from=None, date_to=None, search="", order="date",
                   descending=False, limit=200, offset=0):
        rows = list(store.lines.values())
        if account is not None:
            a = store.account(account)
            rows = [r for r in rows if r.account_id == a.id]
        if status:
            rows = [r for r in rows if r.status == status]
        if date_from:
            rows = [r for r in rows if r.value_date >= date_from]
        if date_to:
            rows = [r for r in rows if r.value_date <= date_to]
        if search:
            rows = [r for r in rows if search in " ".join((r.counterparty_name, r.description, r.serial,
                                                           r.customer_name, r.receipt_number))]
        key = order if order in ("amount", "status", "serial") else "value_date"
        rows.sort(key=lambda r: (getattr(r, key), r.id), reverse=descending)
        return BankLinePage([replace(r) for r in rows[offset:offset + limit]], len(rows))

    def bank_line(line_id):
        return replace(store.line(line_id))

    def proposals(account=None, *, line_ids=None, limit_per_line=3):
        wanted = set(line_ids) if line_ids is not None else None
        out = {}
        for line_id, ps in store.proposals.items():
            ln = store.lines.get(line_id)
            if ln is None or ln.status != "unmatched" or (wanted is not None and line_id not in wanted):
                continue
            if account is not None and ln.account_id != store.account(account).id:
                continue
            out[line_id] = sorted(ps, key=lambda p: -p.score)[:limit_per_line]
        return out

    def bank_reconciliation(account, month):
        a = store.account(account)
        _start, end = month_bounds(month)
        mine = [x for x in store.lines.values() if x.account_id == a.id and x.value_date <= end]
        moved = sum(x.amount if x.direction == "in" else -x.amount for x in mine)
        bank = a.opening_bank_balance + moved
        items = [ReconItem("bank_in" if x.direction == "in" else "bank_out", x.value_date, x.amount, x.serial,
                           x.counterparty_name or x.description, x.id)
                 for x in mine if x.status == "unmatched"]
        if store.book_only:
            items.append(ReconItem("books_in", end, store.book_only, "", "企业已收银行未收"))
        waiting = sum(i.amount if i.kind == "bank_in" else -i.amount for i in items if i.kind.startswith("bank"))
        books = bank - waiting + store.book_only + store.unexplained
        return Reconciliation(a.id, a.name, a.bank, a.account_no, month, end, bank, books, items)

    modules = {
        "arapp.io.bank_statement": dict(read_statement=read_statement, guess_mapping=guess_mapping,
                                        BankMapping=BankMapping, PRESETS=PRESETS, StatementPreview=StatementPreview,
                                        RejectedRow=RejectedRow),
        "arapp.services.bank": dict(add_bank_account=add_bank_account, update_bank_account=update_bank_account,
                                    save_mapping=save_mapping, import_bank_lines=import_bank_lines,
                                    accept_match=accept_match, accept_matches=accept_matches, MatchChoice=MatchChoice,
                                    unmatch=unmatch, book_line=book_line, ignore_line=ignore_line,
                                    restore_line=restore_line, BankImportResult=BankImportResult,
                                    MatchResult=MatchResult, MatchBatch=MatchBatch),
        "arapp.reports.bank": dict(bank_accounts=bank_accounts, bank_lines=bank_lines, bank_line=bank_line,
                                   BankAccountRow=BankAccountRow, BankLineRow=BankLineRow, BankLinePage=BankLinePage),
        "arapp.reports.bank_matching": dict(proposals=proposals, Proposal=Proposal,
                                            ProposedAllocation=ProposedAllocation),
        "arapp.reports.bank_reconciliation": dict(bank_reconciliation=bank_reconciliation,
                                                  Reconciliation=Reconciliation, ReconItem=ReconItem,
                                                  ITEM_KINDS=ITEM_KINDS),
    }
    if real_reader:
        try:
            importlib.import_module("arapp.io.bank_statement")
        except ImportError:
            pass
        else:
            del modules["arapp.io.bank_statement"]
    for name, members in modules.items():
        module = types.ModuleType(name)
        module.__dict__.update(members)
        monkeypatch.setitem(sys.modules, name, module)
        parent, _, leaf = name.rpartition(".")
        monkeypatch.setattr(importlib.import_module(parent), leaf, module, raising=False)
    return store


def _customer_id(customer) -> int:
    from arapp.db import lookups

    return lookups.customer(customer).id


def without(monkeypatch, *names: str) -> None:
    """As if these pieces were not there: importing them fails."""
    for name in names:
        monkeypatch.setitem(sys.modules, name, None)

