"""Every service that takes typed text refuses control and invisible characters and
text over its field's limit, naming the field, and writes nothing; the CLI exits 2."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from arapp import cli, clock, i18n
from arapp.db.models import AuditLog, Contact, Customer, CustomerAlias, Receipt
from arapp.errors import ValidationError
from arapp.services import aging_schemes, credit, credit_notes, customers, invoices, receipts, settings
from arapp.services import collections as col
from arapp.services.invoices import LineInput

D = dt.date
ISSUED = D(2026, 1, 10)

ESC = "A\x1b[31mB"
RLO = "INV\u202e9102"
NUL = "A\x00B"
HUGE = "字" * 100_000


@pytest.fixture
def books(ledger_db):
    customers.create_customer(name="甲公司", code="A")
    inv = invoices.create_invoice("A", ISSUED, amount=100_000, post=True)
    rct = receipts.record_receipt("A", D(2026, 1, 12), 1000, allocations=None)
    note = credit_notes.issue_credit_note("A", D(2026, 1, 12), 1000, "折让", apply=False)
    return {"invoice": inv.number, "receipt": rct.number, "credit_note": note.number}


WRITERS = {
    "customer name": lambda b, v: customers.create_customer(name=v),
    "customer code": lambda b, v: customers.create_customer(name="乙", code=v),
    "customer category": lambda b, v: customers.create_customer(name="乙", category=v),
    "customer phone": lambda b, v: customers.create_customer(name="乙", phone=v),
    "customer e-mail": lambda b, v: customers.create_customer(name="乙", email=f"a{v}@b.cn"),
    "customer address": lambda b, v: customers.create_customer(name="乙", address=v),
    "customer tax id": lambda b, v: customers.create_customer(name="乙", tax_id=v),
    "customer notes": lambda b, v: customers.create_customer(name="乙", notes=v),
    "customer edit": lambda b, v: customers.update_customer("A", address=v),
    "alias at creation": lambda b, v: customers.create_customer(name="乙", aliases=[v]),
    "alias added": lambda b, v: customers.add_alias("A", v),
    "aliases edited": lambda b, v: customers.update_customer("A", aliases=[v]),
    "aliases set": lambda b, v: customers.set_aliases("A", [v]),
    "contact name": lambda b, v: customers.add_contact("A", v),
    "contact title": lambda b, v: customers.add_contact("A", "张", title=v),
    "contact phone": lambda b, v: customers.add_contact("A", "张", phone=v),
    "contact notes": lambda b, v: customers.add_contact("A", "张", notes=v),
    "invoice description": lambda b, v: invoices.create_invoice("A", ISSUED, amount=100, description=v),
    "invoice line": lambda b, v: invoices.create_invoice("A", ISSUED, lines=[LineInput(v, 1, 100)]),
    "invoice void reason": lambda b, v: invoices.void_invoice(b["invoice"], v),
    "receipt reference": lambda b, v: receipts.record_receipt("A", ISSUED, 100, reference=v),
    "receipt memo": lambda b, v: receipts.record_receipt("A", ISSUED, 100, memo=v),
    "receipt reversal reason": lambda b, v: receipts.reverse_receipt(b["receipt"], v),
    "credit note reason": lambda b, v: credit_notes.issue_credit_note("A", ISSUED, 100, v),
    "credit note void reason": lambda b, v: credit_notes.void_credit_note(b["credit_note"], v),
    "credit assessment note": lambda b, v: credit.record_credit_decision("A", rating="B", limit=None, character=v),
    "customer status reason": lambda b, v: credit.customer_status_change("A", "on_hold", v),
    "company name": lambda b, v: settings.save_company_settings({"company.name": v}),
    "company address": lambda b, v: settings.save_company_settings({"company.address": v}),
    "aging scheme name": lambda b, v: aging_schemes.save_scheme(v, [30, 60]),
    "aging bucket label": lambda b, v: aging_schemes.save_scheme("季度", [30, 60], ["未到期", v, "60天以上"]),
    "contact summary": lambda b, v: col.log_contact("A", "call", v, at=D(2026, 2, 1)),
    "contact person": lambda b, v: col.log_contact("A", "call", "已催", at=D(2026, 2, 1), person=v),
    "contact answer": lambda b, v: col.log_contact("A", "call", "已催", at=D(2026, 2, 1), answer=v),
    "promise note": lambda b, v: col.record_promise("A", D(2026, 3, 1), 100, on=D(2026, 2, 1), note=v),
    "dispute reason": lambda b, v: col.open_dispute(b["invoice"], v, on=D(2026, 2, 1)),
    "extension reason": lambda b, v: col.request_extension(b["invoice"], D(2026, 4, 1), v, on=D(2026, 2, 1)),
    "policy name": lambda b, v: col.save_policy(v, [col.LevelInput(0, "call", "friendly", "bookkeeper")]),
}


def _written() -> tuple[int, ...]:
    return (AuditLog.select().count(), Customer.select().count(), CustomerAlias.select().count(),
            Contact.select().count(), Receipt.select().count())


@pytest.mark.parametrize("writer", WRITERS.values(), ids=WRITERS.keys())
def test_control_characters_are_refused_and_nothing_is_written(books, writer):
    before = _written()
    for value in (ESC, RLO, NUL):
        with pytest.raises(ValidationError) as err:
            writer(books, value)
        assert "U+" in err.value.message
    assert _written() == before


@pytest.mark.parametrize("writer", WRITERS.values(), ids=WRITERS.keys())
def test_a_hundred_thousand_characters_are_refused_naming_the_limit(books, writer):
    before = _written()
    with pytest.raises(ValidationError) as err:
        writer(books, HUGE)
    assert "at most" in err.value.message
    assert _written() == before


def test_one_line_fields_refuse_a_line_break_and_notes_keep_theirs(books):
    with pytest.raises(ValidationError) as err:
        customers.create_customer(name="乙公司\n丙公司")
    assert err.value.field == "name" and "one line" in err.value.message
    change = customers.create_customer(name="乙公司\r\n", notes="第一行\r\n第二行\r\n")
    c = Customer.get_by_id(change.customer_id)
    assert (c.name, c.notes) == ("乙公司", "第一行\n第二行")
    rct = receipts.record_receipt("A", ISSUED, 100, reference="20260110-001\r\n", memo="一\r\n二")
    r = Receipt.get_by_id(rct.receipt_id)
    assert (r.reference, r.memo) == ("20260110-001", "一\n二")


def test_the_refusal_names_the_field_in_the_users_language(books):
    i18n.set_language("zh_CN")
    with pytest.raises(ValidationError) as err:
        customers.create_customer(name="乙", code=ESC)
    assert err.value.field == "code" and err.value.message.startswith("客户编码") and "U+001B" in err.value.message
    with pytest.raises(ValidationError) as err:
        customers.create_customer(name="乙", address=HUGE)
    assert err.value.field == "address" and err.value.message.startswith("地址") and "500" in err.value.message
    with pytest.raises(ValidationError) as err:
        receipts.record_receipt("A", ISSUED, 100, memo=HUGE)
    assert err.value.field == "memo" and err.value.message.startswith("备注")


# ------------------------------------------------------------------------------ the CLI


def _count(dbfile: str, table: str) -> int:
    con = sqlite3.connect(dbfile)
    try:
        return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("args, message", [
    (["customer", "add", "--name", "乙", "--code", "B\x1b[2J"], "U+001B"),
    (["customer", "add", "--name", "乙\u202e"], "U+202E"),
    (["customer", "add", "--name", "乙", "--address", "x" * 100_000], "at most 500"),
    (["customer", "add", "--name", "乙", "--alias", "乙\x08"], "U+0008"),
    (["invoice", "add", "--customer", "A", "--date", "2026-01-10", "--amount", "10", "--description", "货\x00款"],
     "U+0000"),
    (["invoice", "add", "--customer", "A", "--date", "2026-01-10", "--line", "货\u202e款:1:10"], "U+202E"),
    (["receipt", "add", "--customer", "A", "--date", "2026-01-10", "--amount", "10", "--memo", "m" * 100_000],
     "at most 2,000"),
    (["receipt", "add", "--customer", "A", "--date", "2026-01-10", "--amount", "10", "--reference", "R\r1"],
     "one line"),
    (["contact", "add", "--customer", "A", "--method", "call", "--summary", "已催\x1b[0m"], "U+001B"),
    (["promise", "add", "--customer", "A", "--date", "{soon}", "--amount", "1", "--note", "n" * 100_000],
     "at most"),
])
def test_cli_refuses_bad_text_with_exit_2_and_writes_nothing(capsys, tmp_path, args, message):
    dbfile = str(tmp_path / "cli.sqlite3")
    assert cli.main(["init", dbfile]) == 0
    capsys.readouterr()
    assert cli.main(["--db", dbfile, "customer", "add", "--name", "甲", "--code", "A"]) == 0
    capsys.readouterr()
    audit = _count(dbfile, "audit_log")
    soon = (clock.today() + dt.timedelta(days=30)).isoformat()
    code = cli.main(["--db", dbfile, "--lang", "en", *(a.replace("{soon}", soon) for a in args)])
    out, err = capsys.readouterr()
    assert code == 2, err
    assert message in err and "Traceback" not in err and out == ""
    assert _count(dbfile, "audit_log") == audit
