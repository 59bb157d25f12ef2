"""History never goes negative: as of any date, no invoice is paid beyond its total and
no receipt or credit note is spent beyond its amount, however documents are back-dated,
reversed, voided and their money applied again (issue 8, item 3)."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest

from arapp import cli, clock
from arapp.db import lookups
from arapp.db.database import db
from arapp.db.ledger_sql import credit_pieces_sql, open_pieces_sql
from arapp.db.models import Allocation, CreditNote, Invoice, Receipt
from arapp.errors import ArappError
from arapp.reports.aging import aging
from arapp.reports.balances import customer_balances, invoice_open_as_of
from arapp.services import credit_notes, customers, invoices, receipts

D = dt.date
TODAY = D(2026, 3, 15)


def days(start: dt.date, end: dt.date):
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)


@pytest.fixture
def cust(ledger_db):
    clock.set(TODAY)
    return customers.create_customer(name="杭州恒达贸易有限公司", payment_terms_days=30).code


def post(code, issue, amount, **kw):
    return invoices.create_invoice(code, issue, amount=amount, post=True, override_reason="test", **kw)


def source_left_as_of(source, when: dt.date) -> int:
    """What was left of a receipt or credit note at the end of ``when``, from its rows."""
    if source.date > when:
        return 0
    dead = source.reversed_on if isinstance(source, Receipt) else source.voided_on
    if dead is not None and dead <= when:
        return 0
    field = Allocation.receipt if isinstance(source, Receipt) else Allocation.credit_note
    used = sum(a.amount for a in Allocation.select().where((field == source.id) & (Allocation.date <= when)))
    return source.amount - used


def assert_history_sound(start: dt.date, end: dt.date) -> None:
    """Every invoice's open amount within [0, total] and every receipt's and credit note's
    unapplied amount within [0, amount], at the end of every day from start to end."""
    invs = list(Invoice.select())
    sources = list(Receipt.select()) + list(CreditNote.select())
    for when in days(start, end):
        for inv in invs:
            assert 0 <= invoice_open_as_of(inv.id, when) <= inv.total, (inv.number, when)
        for s in sources:
            assert 0 <= source_left_as_of(s, when) <= s.amount, (s.number, when)


# --- the reproduction -------------------------------------------------------------------

def _reentered_receipt(cust, **allocation):
    inv = post(cust, D(2026, 1, 10), 100000)
    first = receipts.record_receipt(cust, D(2026, 2, 1), 100000)
    receipts.reverse_receipt(first.number, "录错")               # dated today
    allocations = allocation.get("allocations", receipts.AUTO)
    if allocations == "explicit":
        allocations = [(inv.number, 100000)]
    second = receipts.record_receipt(cust, D(2026, 2, 1), 100000, allocations=allocations)
    return inv, second


@pytest.mark.parametrize("how", ["auto", "explicit"])
def test_a_receipt_entered_again_after_a_reversal_dated_today_never_takes_the_invoice_below_zero(cust, how):
    inv, second = _reentered_receipt(cust, allocations=receipts.AUTO if how == "auto" else "explicit")
    assert second.allocated == [(inv.number, 100000)]
    for when in days(D(2026, 2, 1), TODAY - dt.timedelta(days=1)):
        assert invoice_open_as_of(inv.invoice_id, when) == 0, when
        bal = customer_balances(as_of=when)
        assert (bal.total_open, bal.total_credit) == (0, 100000), when
        assert aging(when, view="invoice").rows == [], when
        summary = aging(when)
        assert (summary.total, summary.total_credit) == (0, 100000), when
    # the money freed by the reversal is open again from today, so the new receipt pays it today
    row = Allocation.get((Allocation.receipt == second.receipt_id) & (Allocation.amount > 0))
    assert row.date == TODAY
    assert invoice_open_as_of(inv.invoice_id, D(2026, 1, 31)) == 100000
    today = customer_balances(as_of=TODAY)
    assert (today.total_open, today.total_credit) == (0, 0)
    assert_history_sound(D(2026, 1, 1), TODAY + dt.timedelta(days=3))


def test_a_reversal_dated_back_frees_the_money_from_its_own_date(cust):
    inv = post(cust, D(2026, 1, 10), 100000)
    first = receipts.record_receipt(cust, D(2026, 2, 1), 100000)
    receipts.reverse_receipt(first.number, "支票退票", date=D(2026, 2, 1))
    second = receipts.record_receipt(cust, D(2026, 2, 1), 100000)
    row = Allocation.get((Allocation.receipt == second.receipt_id) & (Allocation.amount > 0))
    assert row.date == D(2026, 2, 1)
    assert invoice_open_as_of(inv.invoice_id, D(2026, 2, 1)) == 0
    assert_history_sound(D(2026, 1, 1), TODAY)


def test_a_partial_reversal_dated_today_lets_only_what_was_open_pay_at_the_receipt_date(cust):
    inv = post(cust, D(2026, 1, 10), 100000)
    first = receipts.record_receipt(cust, D(2026, 2, 1), 60000)   # 400.00 still open from 02-01
    receipts.reverse_receipt(first.number, "录错")
    second = receipts.record_receipt(cust, D(2026, 2, 1), 40000)  # fits what was open all along
    row = Allocation.get((Allocation.receipt == second.receipt_id) & (Allocation.amount > 0))
    assert row.date == D(2026, 2, 1)
    third = receipts.record_receipt(cust, D(2026, 2, 1), 60000)   # the freed 600.00: from today
    row = Allocation.get((Allocation.receipt == third.receipt_id) & (Allocation.amount > 0))
    assert row.date == TODAY
    assert invoice_open_as_of(inv.invoice_id, D(2026, 2, 10)) == 0
    assert_history_sound(D(2026, 1, 1), TODAY)


def test_a_credit_note_voided_today_and_a_receipt_dated_back_never_take_the_invoice_below_zero(cust):
    inv = post(cust, D(2026, 1, 10), 100000)
    note = credit_notes.issue_credit_note(cust, D(2026, 2, 1), 100000, "折让", invoice=inv.number)
    credit_notes.void_credit_note(note.number, "开错")
    receipts.record_receipt(cust, D(2026, 2, 1), 100000)
    again = credit_notes.issue_credit_note(cust, D(2026, 2, 1), 50000, "折让", invoice=inv.number)
    assert again.applied == [] and again.unapplied == 50000      # nothing left to credit
    for when in days(D(2026, 2, 1), TODAY - dt.timedelta(days=1)):
        assert invoice_open_as_of(inv.invoice_id, when) == 0, when
    assert_history_sound(D(2026, 1, 1), TODAY)


def test_money_freed_by_voiding_an_invoice_today_is_not_spent_twice_in_the_past(cust):
    first = post(cust, D(2026, 1, 10), 100000)
    paid = receipts.record_receipt(cust, D(2026, 2, 1), 100000)
    invoices.void_invoice(first.number, "开错")                    # the receipt is free from today
    other = post(cust, D(2026, 1, 5), 100000)                      # posting applies the credit
    assert other.credit_applied == 100000
    row = Allocation.get((Allocation.invoice == other.invoice_id) & (Allocation.amount > 0))
    assert row.date == TODAY
    receipt = Receipt.get_by_id(paid.receipt_id)
    for when in days(D(2026, 2, 1), TODAY - dt.timedelta(days=1)):
        assert source_left_as_of(receipt, when) == 0, when
        assert customer_balances(as_of=when).total_credit == 0, when
        assert invoice_open_as_of(other.invoice_id, when) == 100000, when
    assert_history_sound(D(2026, 1, 1), TODAY)


@pytest.mark.parametrize("path", ["allocate_receipt", "apply_customer_credit", "credit_note"])
def test_applying_unallocated_money_later_with_a_date_in_the_past_respects_history(cust, path):
    first = post(cust, D(2026, 1, 10), 100000)
    if path == "credit_note":
        source = credit_notes.issue_credit_note(cust, D(2026, 2, 1), 100000, "折让")
        source_row = CreditNote.get_by_id(source.credit_note_id)
    else:
        source = receipts.record_receipt(cust, D(2026, 2, 1), 100000)
        source_row = Receipt.get_by_id(source.receipt_id)
    invoices.void_invoice(first.number, "开错")
    other = post(cust, D(2026, 1, 5), 100000, apply_credit=False)
    if path == "allocate_receipt":
        receipts.allocate_receipt(source.number, date=D(2026, 2, 1))
    else:
        receipts.apply_customer_credit(cust, date=D(2026, 2, 1))
    assert Invoice.get_by_id(other.invoice_id).open_amount == 0
    for when in days(D(2026, 2, 1), TODAY - dt.timedelta(days=1)):
        assert source_left_as_of(source_row, when) == 0, when
    assert_history_sound(D(2026, 1, 1), TODAY)


# --- through the command line -------------------------------------------------------------

def _cli(capsys, dbfile, *args):
    code = cli.main(["--db", dbfile, "--lang", "en", *args, "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_the_reproduction_through_the_command_line(capsys, tmp_path):
    dbfile = str(tmp_path / "cli.sqlite3")
    assert cli.main(["init", dbfile]) == 0
    capsys.readouterr()
    clock.set(TODAY)
    _cli(capsys, dbfile, "customer", "add", "--name", "甲", "--code", "A")
    _cli(capsys, dbfile, "invoice", "add", "--customer", "A", "--date", "2026-01-10", "--amount", "1,000.00")
    _cli(capsys, dbfile, "receipt", "add", "--customer", "A", "--date", "2026-02-01", "--amount", "1,000.00")
    _cli(capsys, dbfile, "receipt", "reverse", "RCT-2026-000001", "--reason", "录错")
    _cli(capsys, dbfile, "receipt", "add", "--customer", "A", "--date", "2026-02-01", "--amount", "1,000.00")
    for when in ("2026-02-01", "2026-02-20", "2026-03-14"):
        by_invoice = _cli(capsys, dbfile, "aging", "--as-of", when, "--by", "invoice")
        assert by_invoice["rows"] == [], when
        summary = _cli(capsys, dbfile, "aging", "--as-of", when)
        assert summary["totals"]["total"] == "0.00" and summary["totals"]["credit"] == "1000.00", when
        bal = _cli(capsys, dbfile, "balance", "--as-of", when)
        assert bal["totals"]["open_invoices"] == "0.00" and bal["totals"]["balance"] == "-1000.00", when
    before = _cli(capsys, dbfile, "balance", "--as-of", "2026-01-31")
    assert before["totals"]["balance"] == "1000.00"
    now = _cli(capsys, dbfile, "balance")
    assert now["totals"]["balance"] == "0.00" and now["totals"]["credit"] == "0.00"


# --- property: random books ---------------------------------------------------------------

def _pieces_by_invoice(when: dt.date) -> dict[int, int]:
    p = db.obj.param
    sql, params = open_pieces_sql(p, when)
    rows = db.execute_sql(f"SELECT x.invoice_id, SUM(x.amount) FROM ({sql}) x GROUP BY x.invoice_id",
                          params).fetchall()
    return {int(i): int(a) for i, a in rows}


def _credit_by_customer(when: dt.date | None) -> dict[int, int]:
    p = db.obj.param
    sql, params = credit_pieces_sql(p, when)
    rows = db.execute_sql(f"SELECT x.customer_id, SUM(x.amount) FROM ({sql}) x GROUP BY x.customer_id",
                          params).fetchall()
    return {int(c): int(a) for c, a in rows if int(a)}


def _random_books(rng: random.Random, start: dt.date, steps: int) -> dt.date:
    """Write a random, seeded sequence of documents; the clock moves forward, documents
    are dated back up to two months; returns the last day the clock showed."""
    codes = [customers.create_customer(name=f"客户{i}").code for i in range(3)]
    today = start
    posted: list[str] = []
    taken: list[str] = []
    notes: list[str] = []

    def back(limit: int = 60) -> dt.date:
        return max(start - dt.timedelta(days=30), today - dt.timedelta(days=rng.randint(0, limit)))

    for _ in range(steps):
        today += dt.timedelta(days=rng.choice((0, 0, 1, 2, 5)))
        clock.set(today)
        code = rng.choice(codes)
        op = rng.choice(("invoice", "invoice", "receipt", "receipt", "receipt_none", "manual", "reverse",
                         "reverse_back", "void_invoice", "credit_note", "credit_note_on", "void_note",
                         "allocate", "apply_credit", "post_late"))
        try:
            if op in ("invoice", "post_late"):
                posted.append(post(code, back(), rng.randint(1, 2000) * 100,
                                   apply_credit=(op == "post_late")).number)
            elif op in ("receipt", "receipt_none"):
                taken.append(receipts.record_receipt(
                    code, back(), rng.randint(1, 2500) * 100,
                    allocations=receipts.AUTO if op == "receipt" else None).number)
            elif op == "manual":
                cust = lookups.customer(code)
                open_ = list(Invoice.select().where((Invoice.customer == cust.id) & (Invoice.open_amount > 0)
                                                    & Invoice.status.in_(["posted", "partly_paid"])))
                if open_:
                    inv = rng.choice(open_)
                    part = rng.randint(1, inv.open_amount)
                    taken.append(receipts.record_receipt(code, back(), part + rng.choice((0, 100)),
                                                         allocations=[(inv.number, part)]).number)
            elif op in ("reverse", "reverse_back") and taken:
                r = lookups.receipt(rng.choice(taken))
                when = today if op == "reverse" else max(r.date, back())
                receipts.reverse_receipt(r.number, "test", date=when)
            elif op == "void_invoice" and posted:
                inv = lookups.invoice(rng.choice(posted))
                invoices.void_invoice(inv.number, "test", date=rng.choice((today, max(inv.issue_date, back()))))
            elif op in ("credit_note", "credit_note_on"):
                target = rng.choice(posted) if (posted and op == "credit_note_on") else None
                if target is None or lookups.invoice(target).customer.code == code:
                    notes.append(credit_notes.issue_credit_note(code, back(), rng.randint(1, 800) * 100, "test",
                                                                invoice=target).number)
            elif op == "void_note" and notes:
                n = lookups.credit_note(rng.choice(notes))
                credit_notes.void_credit_note(n.number, "test", date=rng.choice((today, max(n.date, back()))))
            elif op == "allocate" and taken:
                r = lookups.receipt(rng.choice(taken))
                receipts.allocate_receipt(r.number, date=rng.choice((None, r.date, back())))
            elif op == "apply_credit":
                receipts.apply_customer_credit(code, date=rng.choice((None, back())))
        except ArappError:
            pass  # a refusal is fine; it must leave history sound
    return today


@pytest.mark.parametrize("seed", range(6))
def test_random_books_stay_within_bounds_on_every_day(ledger_db, seed):
    rng = random.Random(seed)
    start = D(2026, 1, 1)
    last = _random_books(rng, start, 70)
    invs = {i.id: i for i in Invoice.select()}
    receipts_ = list(Receipt.select())
    notes = list(CreditNote.select())
    assert invs and receipts_
    for when in days(start - dt.timedelta(days=31), last + dt.timedelta(days=1)):
        for iid, amount in _pieces_by_invoice(when).items():
            assert 0 <= amount <= invs[iid].total, (seed, invs[iid].number, when, amount)
        per_customer: dict[int, int] = {}
        for s in receipts_ + notes:
            left = source_left_as_of(s, when)
            assert 0 <= left <= s.amount, (seed, s.number, when, left)
            if left:
                per_customer[s.customer_id] = per_customer.get(s.customer_id, 0) + left
        assert _credit_by_customer(when) == per_customer, (seed, when)
    # as of today the recomputation equals the cached columns
    clock.set(last)
    pieces = _pieces_by_invoice(last)
    for inv in invs.values():
        inv = Invoice.get_by_id(inv.id)
        assert pieces.get(inv.id, 0) == (inv.open_amount if inv.status in ("posted", "partly_paid") else 0)
    cached = {}
    for s in list(Receipt.select()) + list(CreditNote.select()):
        left = s.unallocated if isinstance(s, Receipt) else s.unapplied
        assert left == source_left_as_of(s, last), (seed, s.number)
        if left:
            cached[s.customer_id] = cached.get(s.customer_id, 0) + left
    assert _credit_by_customer(None) == cached
