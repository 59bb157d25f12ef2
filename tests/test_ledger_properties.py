"""Property test: whatever sequence of invoices, receipts, allocations, reversals,
voids and credit notes happens, the books stay consistent."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import peewee as pw
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arapp.db import database, lookups
from arapp.db.models import Allocation, CreditNote, Invoice, Receipt
from arapp.errors import ArappError
from arapp.reports.balances import customer_balances, invoice_open_as_of
from arapp.services import credit_notes, customers, invoices, receipts

amounts = st.integers(min_value=1, max_value=500_00)
day = st.integers(min_value=0, max_value=300)
BASE = dt.date(2025, 1, 1)

ops = st.one_of(
    st.tuples(st.just("invoice"), st.integers(0, 2), day, amounts),
    st.tuples(st.just("receipt"), st.integers(0, 2), day, amounts, st.sampled_from(["auto", "none", "manual"])),
    st.tuples(st.just("reverse"), st.integers(0, 50)),
    st.tuples(st.just("void"), st.integers(0, 50)),
    st.tuples(st.just("credit_note"), st.integers(0, 2), day, amounts),
    st.tuples(st.just("apply_credit"), st.integers(0, 2)),
)


def _sum(query) -> int:
    return int(query.scalar() or 0)


def check_books() -> None:
    for inv in Invoice.select():
        allocated = _sum(Allocation.select(pw.fn.SUM(Allocation.amount)).where(Allocation.invoice == inv.id))
        assert inv.open_amount >= 0, inv.number
        if inv.status == "void":
            assert allocated == 0 and inv.open_amount == 0
        else:
            assert inv.open_amount == inv.total - allocated, inv.number
            expected = "paid" if inv.open_amount == 0 else ("partly_paid" if inv.open_amount < inv.total else "posted")
            assert inv.status == expected
    credit = 0
    for r in Receipt.select():
        used = _sum(Allocation.select(pw.fn.SUM(Allocation.amount)).where(Allocation.receipt == r.id))
        assert 0 <= used <= r.amount, r.number
        if r.status == "reversed":
            assert used == 0 and r.unallocated == 0
        else:
            credit += r.amount - used
            assert r.unallocated == r.amount - used, r.number
    for n in CreditNote.select():
        used = _sum(Allocation.select(pw.fn.SUM(Allocation.amount)).where(Allocation.credit_note == n.id))
        assert 0 <= used <= n.amount
        credit += 0 if n.status == "void" else n.amount - used
        assert n.unapplied == (0 if n.status == "void" else n.amount - used)
    live = Invoice.select().where(Invoice.status != "void")
    invoiced = _sum(live.select(pw.fn.SUM(Invoice.total)))
    allocated = _sum(Allocation.select(pw.fn.SUM(Allocation.amount)))
    report = customer_balances()
    assert report.total_open == invoiced - allocated
    assert report.total_credit == credit
    # the as-of path recomputes from documents; far in the future it must agree
    later = customer_balances(as_of=dt.date.today() + dt.timedelta(days=3650))
    assert (later.total_open, later.total_credit) == (report.total_open, report.total_credit)
    # and at dates in between it agrees with a naive sum over every invoice
    for when in (BASE + dt.timedelta(days=100), BASE + dt.timedelta(days=250)):
        naive = sum(invoice_open_as_of(i.id, when) for i in Invoice.select())
        assert customer_balances(as_of=when).total_open == naive


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ops, min_size=1, max_size=25))
def test_books_stay_consistent_for_any_sequence(sequence):
    with tempfile.TemporaryDirectory() as tmp:
        database.open_database(Path(tmp) / "p.sqlite3")
        try:
            codes = [customers.create_customer(name=f"客户{i}").code for i in range(3)]
            posted: list[str] = []
            taken: list[str] = []
            for op in sequence:
                try:
                    if op[0] == "invoice":
                        _, c, d, amt = op
                        posted.append(invoices.create_invoice(codes[c], BASE + dt.timedelta(days=d),
                                                              amount=amt, post=True,
                                                              override_reason="test").number)
                    elif op[0] == "receipt":
                        _, c, d, amt, mode = op
                        alloc = {"auto": "auto", "none": None}.get(mode)
                        if mode == "manual":
                            open_ = [i for i in Invoice.select().where(
                                (Invoice.customer == lookups.customer(codes[c]).id)
                                & (Invoice.open_amount > 0) & Invoice.status.in_(["posted", "partly_paid"]))]
                            alloc = [(i.number, min(i.open_amount, amt // max(1, len(open_)) or 1))
                                     for i in open_][:2]
                        taken.append(receipts.record_receipt(codes[c], BASE + dt.timedelta(days=d), amt,
                                                             allocations=alloc).number)
                    elif op[0] == "reverse" and taken:
                        receipts.reverse_receipt(taken[op[1] % len(taken)], "test")
                    elif op[0] == "void" and posted:
                        invoices.void_invoice(posted[op[1] % len(posted)], "test")
                    elif op[0] == "credit_note":
                        _, c, d, amt = op
                        credit_notes.issue_credit_note(codes[c], BASE + dt.timedelta(days=d), amt, "test")
                    elif op[0] == "apply_credit":
                        receipts.apply_customer_credit(codes[op[1]])
                except ArappError:
                    pass  # a refusal is fine; it must leave the books consistent
                check_books()
        finally:
            database.close_database()
