"""A small book for the bank tests: two customers with open invoices, a bank account,
and a maker of statement lines."""

from __future__ import annotations

import datetime as _dt
import hashlib

from arapp import clock
from arapp.domain.bank import BankLineIn
from arapp.services.bank import add_bank_account, import_bank_lines
from arapp.services.customers import create_customer
from arapp.services.invoices import create_invoice

TODAY = _dt.date(2026, 11, 20)
D = _dt.date


def line(row_no: int, day: _dt.date, amount: int, direction: str = "in", *, name: str = "", account: str = "",
         description: str = "", serial: str = "", balance: int | None = None, time: str = "",
         purpose: str = "") -> BankLineIn:
    """One statement line as the reader gives it."""
    return BankLineIn(row_no=row_no, value_date=day, direction=direction, amount=amount, value_time=time,
                      balance=balance, counterparty_name=name, counterparty_account=account,
                      description=description, purpose=purpose, serial=serial)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def read_in(account, lines, name: str = "statement.xlsx", **kwargs):
    """Import ``lines`` as one file named ``name``."""
    return import_bank_lines(account, lines, file_name=name, sha256=sha(name + str(len(lines))), profile="icbc",
                             **kwargs)


def make_book() -> dict:
    """Clock at 2026-11-20 10:00; customers A (three invoices) and B (one); account 基本户."""
    clock.set(_dt.datetime(2026, 11, 20, 10, 0))
    a = create_customer(name="上海锦程贸易有限公司").customer_id
    b = create_customer(name="杭州华美酒店管理有限公司").customer_id
    inv = [create_invoice(a, D(2026, 9, 1), amount=100000, description="服务费", post=True).number,
           create_invoice(a, D(2026, 10, 1), amount=50000, description="服务费", post=True).number,
           create_invoice(a, D(2026, 11, 1), amount=30000, description="服务费", post=True).number,
           create_invoice(b, D(2026, 10, 15), amount=80000, description="房租", post=True).number]
    account = add_bank_account("基本户", "工商银行", "1202 0202 0900 0012 345", profile="icbc",
                               opening_date=D(2026, 11, 1), opening_bank_balance=1000000,
                               opening_book_balance=1000000)
    return {"a": a, "b": b, "invoices": inv, "account": account.account_id}
