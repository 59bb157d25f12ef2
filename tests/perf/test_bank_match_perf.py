"""Bank matching benchmark (issue #11): proposals for a 50,000-line statement against the
million-invoice benchmark book, beside python-calamine alone reading the same file.

The statement is made from the book's open invoices with a fixed seed and written as an
xlsx (openpyxl, in the setup; 8 columns as the banks' exports have): lines that quote an
invoice's number (some in full-width or lower case, some paying part), that quote the
customer's code, that come from an account the customer paid from before (learned), that
carry the customer's name or alias (paying one invoice, the oldest few, or some of them),
that only have an invoice's amount, and noise (interest, fees, strangers, odd amounts).

Figures, in the same run: the time of ``reports.bank_matching.proposals`` for every line
(reading the books' candidates and proposing) beside calamine reading the xlsx, and the
time of each part (the lines, the candidates, the proposing) in a second run; and the
hit rate: the share of lines made for a customer whose first proposal is that customer
(by kind); how many lines a first proposal scoring 90 or more would take and how many of
those take the wrong customer ("accept all above 90"); how many noise lines got a
proposal scoring 90 or more. The lines go into
the book inside a transaction that is rolled back, so the cached book stays as it is.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import time
from collections import Counter, defaultdict

from arapp import clock

N_LINES = int(os.environ.get("ARAPP_BENCH_BANK_LINES", "50000"))
DAY = dt.date(2026, 11, 20)
LEARNED_ACCOUNTS = 4000
#: Share of lines of each kind (the rest is noise).
KINDS = (("number", 0.30), ("code", 0.08), ("account", 0.08), ("name", 0.24), ("amount", 0.10))
HEADER = ["交易日期", "交易时间", "摘要", "用途", "贷方发生额", "对方户名", "对方账号", "流水号"]


def make_statement(rng: random.Random, invoices, customers, aliases, accounts) -> list[dict]:
    """The lines: each a dict of the statement's fields plus ``expected`` (customer id or
    None) and ``kind``."""
    by_customer = defaultdict(list)
    for inv in invoices:                          # already oldest first within a customer
        by_customer[inv[1]].append(inv)
    owing = sorted(by_customer)
    amount_count = Counter(inv[4] for inv in invoices)
    lines = []
    cut = []
    edge = 0.0
    for kind, share in KINDS:
        edge += share
        cut.append((edge, kind))

    def kind_of(x: float) -> str:
        return next((k for e, k in cut if x < e), "noise")

    for n in range(N_LINES):
        kind = kind_of(rng.random())
        cid = rng.choice(owing)
        items = by_customer[cid]
        code, name = customers[cid]
        line = {"description": "", "purpose": "", "name": "", "account": "", "expected": cid, "kind": kind}
        if kind == "number":
            inv = rng.choice(items)
            number = inv[2]
            style = rng.random()
            if style < 0.15:
                number = number.translate(_FULL_WIDTH)
            elif style < 0.30:
                number = number.lower().replace("-", "")
            line["description"] = rng.choice(("付{}货款", "{} 物业费", "支付{}", "货款{}")).format(number)
            line["amount"] = inv[4] if rng.random() < 0.85 else max(1, inv[4] // 2)
            line["name"] = rng.choice(("", name, "代付款单位"))
        elif kind == "code":
            line["purpose"] = rng.choice(("客户编号{}", "{} 付款", "{}")).format(code)
            line["amount"] = _amount_for(rng, items)
            line["name"] = rng.choice(("", "个人"))
        elif kind == "account":
            cid = rng.choice(list(accounts))
            line["expected"] = cid
            items = by_customer[cid]
            line["account"] = accounts[cid]
            line["amount"] = _amount_for(rng, items)
            line["description"] = "转账"
        elif kind == "name":
            names = [name, *aliases.get(cid, ())]
            payer = rng.choice(names)
            if rng.random() < 0.2:
                payer = payer.replace("有限公司", "有限责任公司").replace("(", "（").replace(")", "）")
            line["name"] = payer
            line["amount"] = _amount_for(rng, items)
            line["description"] = rng.choice(("货款", "往来款", "", "转账"))
        elif kind == "amount":
            inv = rng.choice(items)
            line["amount"] = inv[4]
            line["name"] = rng.choice(("个人转账", "网银转账", "某某"))
            # only a customer of an amount nobody else has open can be told from the amount
            line["expected"] = cid if amount_count[inv[4]] == 1 else None
            line["kind"] = "amount" if amount_count[inv[4]] == 1 else "amount_shared"
        else:
            line["expected"] = None
            line["amount"] = rng.randint(1, 5_000_000_00) // 7 * 7 + 3
            line["name"] = rng.choice(("中国工商银行", "结息", "张三", "李四商贸", ""))
            line["description"] = rng.choice(("利息", "手续费", "退款", "2026年11月 工资", "往来"))
        line["serial"] = f"B{n + 1:08d}"
        line["time"] = f"{8 + n % 10:02d}:{n % 60:02d}:{(n * 7) % 60:02d}"
        lines.append(line)
    return lines


_FULL_WIDTH = {i: i + 0xFEE0 for i in range(0x21, 0x7F)}


def _amount_for(rng: random.Random, items) -> int:
    """One open invoice, the oldest two or three, two of them, or an amount that fits none."""
    x = rng.random()
    if x < 0.45 or len(items) == 1:
        return rng.choice(items)[4]
    if x < 0.70:
        return sum(i[4] for i in items[:rng.randint(2, min(3, len(items)))])
    if x < 0.85:
        pair = rng.sample(items, 2)
        return pair[0][4] + pair[1][4]
    return max(1, items[0][4] // 3)


def write_xlsx(path, lines) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("交易明细")
    ws.append(["账户明细查询"])
    ws.append(HEADER)
    for line in lines:
        ws.append([DAY, line["time"], line["description"], line["purpose"], line["amount"] / 100, line["name"],
                   line["account"], line["serial"]])
    wb.save(path)


def calamine_read(path) -> int:
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    return len(rows)


def insert_lines(lines) -> int:
    """The statement's lines in the books as the import writes them (one bank account, one
    import); the account's id."""
    from arapp.db.database import db, service_writes
    from arapp.db.models import BankAccount, BankImport, BankLine, now
    from arapp.domain.bank import BankLineIn, fingerprint

    with service_writes():
        account = BankAccount.create(name="基本户", bank="工商银行", account_no="1001000000001", created_at=now())
        imp = BankImport.create(account=account, file_name="statement.xlsx", sha256="0" * 64, profile="generic",
                                imported_at=now(), imported_by="admin", rows_read=len(lines), new_lines=len(lines))
        rows = []
        for k, line in enumerate(lines):
            parsed = BankLineIn(k + 3, DAY, "in", line["amount"], value_time=line["time"],
                                counterparty_name=line["name"], counterparty_account=line["account"],
                                description=line["description"], purpose=line["purpose"], serial=line["serial"])
            rows.append({"account": account.id, "bank_import": imp.id, "row_no": k + 3, "value_date": DAY,
                         "value_time": line["time"], "direction": "in", "amount": line["amount"],
                         "counterparty_name": line["name"], "counterparty_account": line["account"],
                         "description": line["description"], "purpose": line["purpose"], "serial": line["serial"],
                         "fingerprint": fingerprint(parsed), "occurrence": 1})
        for i in range(0, len(rows), 2000):
            BankLine.insert_many(rows[i:i + 2000]).execute()
    assert db.obj is not None
    return account.id


def learn_accounts(rng: random.Random, customer_ids) -> dict[int, str]:
    """Accounts some customers paid from before (what confirmed matches taught)."""
    from arapp.db.database import service_writes
    from arapp.db.models import CustomerBankAccount, now

    chosen = rng.sample(sorted(customer_ids), LEARNED_ACCOUNTS)
    accounts = {cid: f"6222{cid:012d}" for cid in chosen}
    with service_writes():
        CustomerBankAccount.insert_many([{"customer": cid, "account_no": no, "source": "learned", "created_at": now()}
                                         for cid, no in accounts.items()]).execute()
    return accounts


def test_proposals_for_a_50000_line_statement_beside_calamine_reading_it(open_big_db, figures, tmp_path):
    from arapp.db.database import db
    from arapp.reports.bank_matching import proposals

    clock.set(dt.datetime(2026, 11, 20, 10, 0))
    rng = random.Random(11)
    invoices = db.execute_sql(
        "SELECT id, customer_id, number, external_number, open_amount FROM invoice "
        "WHERE open_amount > 0 AND status IN ('posted', 'partly_paid') ORDER BY customer_id, due_date, issue_date, id"
    ).fetchall()
    customers = {cid: (code, name) for cid, code, name in db.execute_sql("SELECT id, code, name FROM customer")}
    aliases = defaultdict(list)
    for cid, alias in db.execute_sql("SELECT customer_id, alias FROM customer_alias"):
        aliases[cid].append(alias)
    owing = {inv[1] for inv in invoices}
    try:
        with db.atomic() as txn:
            accounts = learn_accounts(rng, owing)
            lines = make_statement(rng, invoices, customers, aliases, accounts)
            path = tmp_path / "statement.xlsx"
            started = time.perf_counter()
            write_xlsx(path, lines)
            written = time.perf_counter() - started
            account_id = insert_lines(lines)
            calamine = min(_timed(calamine_read, path) for _ in range(2))
            started = time.perf_counter()
            found = proposals(account_id)
            matched = time.perf_counter() - started
            print(f"\n[bench] bank matching, the parts (a second run): {parts(account_id)}", flush=True)
            report(lines, found, matched, calamine, written, figures)
            txn.rollback()
    finally:
        clock.set(None)


def parts(account_id) -> str:
    """The time of each part of ``proposals`` (a second run, done by hand)."""
    import gc

    from arapp.reports.bank_matching import match_book, waiting_lines

    gc.disable()
    try:
        started = time.perf_counter()
        lines = waiting_lines(account_id)
        read = time.perf_counter() - started
        started = time.perf_counter()
        book = match_book(lines)
        indexed = time.perf_counter() - started
        started = time.perf_counter()
        for line in lines:
            book.propose(line)
        proposed = time.perf_counter() - started
    finally:
        gc.enable()
    return f"lines read {read:.3f} s, candidates read and indexed {indexed:.3f} s, proposing {proposed:.3f} s"


def _timed(fn, *args) -> float:
    started = time.perf_counter()
    fn(*args)
    return time.perf_counter() - started


def report(lines, found, matched, calamine, written, figures) -> None:
    from arapp.reports.bank_matching import waiting_lines

    ids = [f.id for f in waiting_lines()]
    assert len(ids) == len(lines) == len(found)
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])     # lines, first right, any right
    sure_noise = 0
    sure = sure_wrong = 0
    for line_id, line in zip(ids, lines, strict=True):
        got = found[line_id]
        if got and got[0].score >= 90:
            sure += 1
            sure_wrong += got[0].customer_id != line["expected"]
        if line["expected"] is None:
            if line["kind"] == "noise" and got and got[0].score >= 90:
                sure_noise += 1
            by_kind[line["kind"]][0] += 1
            by_kind[line["kind"]][1] += not got or got[0].score < 50
            continue
        counts = by_kind[line["kind"]]
        counts[0] += 1
        counts[1] += bool(got) and got[0].customer_id == line["expected"]
        counts[2] += any(p.customer_id == line["expected"] for p in got)
    made = [k for k in by_kind if k not in ("noise", "amount_shared")]
    total = sum(by_kind[k][0] for k in made)
    hits = sum(by_kind[k][1] for k in made)
    print(f"\n[bench] bank matching: {len(lines):,} lines; xlsx written in {written:.1f} s; calamine read it in "
          f"{calamine:.3f} s; proposals {matched:.3f} s ({matched / calamine:.2f}x calamine)", flush=True)
    for kind, (n, first, anywhere) in sorted(by_kind.items()):
        if kind in ("noise", "amount_shared"):
            print(f"[bench]   {kind:<14} {n:>6,} lines; {first / n:6.1%} without a proposal scoring 50 or more",
                  flush=True)
        else:
            print(f"[bench]   {kind:<14} {n:>6,} lines; right customer first {first / n:6.1%}, "
                  f"among the proposals {anywhere / n:6.1%}", flush=True)
    print(f"[bench]   hit rate (lines made for a customer, right customer first): {hits / total:.1%}; "
          f"noise lines with a proposal scoring 90 or more: {sure_noise}", flush=True)
    print(f"[bench]   a first proposal scoring 90 or more: {sure:,} lines ({sure / len(lines):.1%}), "
          f"of which the wrong customer: {sure_wrong}", flush=True)
    figures.add(f"bank matching: proposals for {len(lines):,} lines", matched, calamine, limit=12)
    assert hits / total > 0.9
    assert sure_noise == 0 and sure_wrong <= sure // 1000
