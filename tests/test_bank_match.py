"""services.bank_match and bank_book: a bank line becomes a receipt and its allocations
in one transaction, is unmatched (the receipt reversed, never deleted), teaches an alias
and an account; outgoing lines never become receipts; lines are booked, ignored,
restored; book entries are written, voided and linked."""

from __future__ import annotations

import datetime as _dt

import pytest
from bank_book import D, line, make_book, read_in

from arapp import clock
from arapp.db.database import db
from arapp.db.models import (
    Allocation,
    AuditLog,
    BankLine,
    BankMatch,
    BookEntry,
    CustomerAlias,
    CustomerBankAccount,
    Invoice,
    Receipt,
)
from arapp.errors import PermissionDenied, ValidationError
from arapp.reports.bank import bank_line, book_entries
from arapp.services import bank, receipts
from arapp.services.context import Actor, acting_as


@pytest.fixture
def book(ledger_db):
    b = make_book()
    result = read_in(b["account"], [
        line(5, D(2026, 11, 2), 120000, name="锦程贸易", account="6222 0000 1111 2222", description="付INV款",
             serial="S001"),
        line(6, D(2026, 11, 3), 2000, "out", description="手续费", serial="S002"),
        line(7, D(2026, 11, 4), 80000, name="杭州华美", account="6222000033334444", description="房租",
             serial="S003"),
        line(8, D(2026, 11, 5), 500, name="利息", description="结息", serial="S004"),
    ])
    b["lines"] = list(result.line_ids)
    return b


def _open(number: str) -> int:
    return Invoice.get(Invoice.number == number).open_amount


def test_accepting_a_line_makes_the_receipt_and_its_allocations_in_one_go(book):
    first, second, _third, _b = book["invoices"]
    result = bank.accept_match(book["lines"][0], book["a"], [(first, 100000), (second, 15000)],
                               rule="invoice_number", score=95, reason="摘要含应收单号")
    receipt = Receipt.get(Receipt.number == result.receipt_number)
    assert (receipt.amount, receipt.date, receipt.method, receipt.reference) == (120000, D(2026, 11, 2), "bank", "S001")
    assert receipt.bank_account_id == book["account"]
    assert result.allocated == [(first, 100000), (second, 15000)]
    assert result.credit_left == 5000 == receipt.unallocated           # the rest stays as credit
    assert (_open(first), _open(second)) == (0, 35000)
    row = bank_line(book["lines"][0])
    assert (row.status, row.receipt_number, row.rule, row.score, row.reason) == (
        "matched", receipt.number, "invoice_number", 95, "摘要含应收单号")
    assert row.customer_id == book["a"]
    assert result.changes.touches("bank_line", "receipt", "invoice", "allocation")


def test_accepting_teaches_the_payers_name_and_account(book):
    result = bank.accept_match(book["lines"][0], book["a"], [])
    assert result.learned_alias == "锦程贸易" and result.learned_account == "6222000011112222"
    assert CustomerAlias.get(CustomerAlias.alias == "锦程贸易").customer_id == book["a"]
    learned = CustomerBankAccount.get(CustomerBankAccount.account_no == "6222000011112222")
    assert (learned.customer_id, learned.source, learned.account_name) == (book["a"], "learned", "锦程贸易")
    assert AuditLog.select().where(AuditLog.action == "learn").count() == 2
    assert result.changes.touches("customer")


def test_an_account_another_customer_holds_is_not_taken_from_it(book):
    CustomerBankAccount.create(customer=book["b"], account_no="6222000011112222", source="manual")
    result = bank.accept_match(book["lines"][0], book["a"], [])
    assert result.learned_account == ""
    assert CustomerBankAccount.get(CustomerBankAccount.account_no == "6222000011112222").customer_id == book["b"]


def test_an_outgoing_line_never_becomes_a_receipt(book):
    receipts_before = Receipt.select().count()
    with pytest.raises(ValidationError, match="paid out"):
        bank.accept_match(book["lines"][1], book["a"], [])
    with pytest.raises(ValidationError, match="paid out"):
        bank.accept_matches([bank.MatchChoice(book["lines"][1], book["a"])])
    assert Receipt.select().count() == receipts_before
    assert BankLine.get_by_id(book["lines"][1]).status == "unmatched"


def test_a_line_is_matched_once(book):
    bank.accept_match(book["lines"][0], book["a"], [])
    with pytest.raises(ValidationError, match="already matched to receipt"):
        bank.accept_match(book["lines"][0], book["b"], [])
    assert BankMatch.select().count() == 1


def test_allocations_beyond_the_line_or_of_another_customer_are_refused_and_nothing_is_written(book):
    first, _second, _third, of_b = book["invoices"]
    with pytest.raises(ValidationError, match="exceed"):
        bank.accept_match(book["lines"][0], book["a"], [(first, 100000), (book["invoices"][1], 50000)])
    with pytest.raises(ValidationError, match="another customer"):
        bank.accept_match(book["lines"][0], book["a"], [(of_b, 1000)])
    assert (Receipt.select().count(), BankMatch.select().count()) == (0, 0)
    assert BankLine.get_by_id(book["lines"][0]).status == "unmatched"


def test_unmatching_reverses_the_receipt_never_deletes_it_and_the_line_waits_again(book):
    first = book["invoices"][0]
    clock.set(_dt.datetime(2026, 11, 25, 9, 0))
    made = bank.accept_match(book["lines"][0], book["a"], [(first, 100000)])
    undone = bank.unmatch(book["lines"][0], "付款人不是该客户")
    receipt = Receipt.get(Receipt.number == made.receipt_number)
    assert (receipt.status, receipt.reversal_reason, receipt.reversed_on) == (
        "reversed", "付款人不是该客户", D(2026, 11, 2))              # dated back: never that customer's money
    assert undone.receipt_reversed and _open(first) == 100000
    twins = list(Allocation.select().where(Allocation.receipt == receipt.id).order_by(Allocation.id))
    assert [a.amount for a in twins] == [100000, -100000]
    match = BankMatch.get(BankMatch.line == book["lines"][0])
    assert (match.undo_reason, match.undone_by) == ("付款人不是该客户", "admin") and match.undone_at is not None
    assert bank_line(book["lines"][0]).status == "unmatched"
    # What the wrong match taught is forgotten, and the line can go to the right customer.
    assert set(undone.unlearned) == {"锦程贸易", "6222000011112222"}
    assert not CustomerAlias.select().where(CustomerAlias.alias == "锦程贸易").exists()
    again = bank.accept_match(book["lines"][0], book["b"], [(book["invoices"][3], 80000)])
    assert bank_line(book["lines"][0]).receipt_number == again.receipt_number != made.receipt_number
    assert CustomerBankAccount.get(CustomerBankAccount.account_no == "6222000011112222").customer_id == book["b"]


def test_unmatching_needs_a_reason_and_a_matched_line(book):
    with pytest.raises(ValidationError, match="not matched"):
        bank.unmatch(book["lines"][0], "错")
    bank.accept_match(book["lines"][0], book["a"], [])
    with pytest.raises(ValidationError, match="reason"):
        bank.unmatch(book["lines"][0], "  ")


def test_reversing_the_receipt_in_the_receipts_tab_puts_the_line_back_in_the_queue(book):
    made = bank.accept_match(book["lines"][0], book["a"], [])
    result = receipts.reverse_receipt(made.receipt_number, "退回")
    assert bank_line(book["lines"][0]).status == "unmatched"
    assert result.changes.touches("bank_line")
    assert BankMatch.get(BankMatch.line == book["lines"][0]).undo_reason == "退回"


def test_accepting_many_lines_is_all_or_nothing(book):
    good = bank.MatchChoice(book["lines"][0], book["a"], ((book["invoices"][0], 100000),), "exact_amount", 90, "金额")
    bad = bank.MatchChoice(book["lines"][2], book["b"], ((book["invoices"][0], 80000),))      # A's invoice
    with pytest.raises(ValidationError, match=f"Bank line {book['lines'][2]}: "):
        bank.accept_matches([good, bad])
    assert (Receipt.select().count(), BankMatch.select().count()) == (0, 0)
    batch = bank.accept_matches([good, bank.MatchChoice(book["lines"][2], book["b"],
                                                         ((book["invoices"][3], 80000),))])
    assert len(batch) == 2 and [r.line_id for r in batch] == [book["lines"][0], book["lines"][2]]
    assert batch.changes.ids("bank_line") == {book["lines"][0], book["lines"][2]}


def test_a_receipt_recorded_by_hand_is_linked_and_unlinking_leaves_it(book):
    typed = receipts.record_receipt(book["b"], D(2026, 11, 4), 80000, reference="转账", allocations=None,
                                    bank_account="基本户")
    assert Receipt.get_by_id(typed.receipt_id).bank_account_id == book["account"]
    linked = bank.link_receipt(book["lines"][2], typed.number)
    assert linked.receipt_number == typed.number and bank_line(book["lines"][2]).status == "matched"
    with pytest.raises(ValidationError, match="already matched"):
        bank.link_receipt(book["lines"][0], typed.number)
    assert BankMatch.get(BankMatch.line == book["lines"][2]).rule == "recorded_receipt"
    undone = bank.unmatch(book["lines"][2], "对错了")
    assert not undone.receipt_reversed and Receipt.get_by_id(typed.receipt_id).status == "posted"
    # Accepting it among others, as the matcher proposed it, links it the same way.
    batch = bank.accept_matches([bank.MatchChoice(book["lines"][2], book["b"], (), "recorded_receipt", 100,
                                                  "已录收款", typed.number)])
    assert batch.results[0].receipt_number == typed.number and Receipt.select().count() == 1
    with pytest.raises(ValidationError, match="names the receipt"):
        bank.accept_match(book["lines"][0], book["a"], [], rule="recorded_receipt")


def test_a_receipt_of_another_amount_or_account_is_not_linked(book):
    typed = receipts.record_receipt(book["b"], D(2026, 11, 4), 70000, allocations=None, bank_account="基本户")
    with pytest.raises(ValidationError, match="not the amount of"):
        bank.link_receipt(book["lines"][2], typed.number)
    cash = receipts.record_receipt(book["b"], D(2026, 11, 4), 80000, method="cash", allocations=None)
    with pytest.raises(ValidationError, match="not paid into"):
        bank.link_receipt(book["lines"][2], cash.number)


def test_matching_is_the_bookkeepers_not_the_collectors(book):
    with acting_as(Actor("li", "collector")), pytest.raises(PermissionDenied):
        bank.accept_match(book["lines"][0], book["a"], [])
    with acting_as(Actor("zhao", "bookkeeper")):
        assert bank.accept_match(book["lines"][0], book["a"], []).receipt_number


# ------------------------------------------------------------------ booking

def test_booking_an_outgoing_line_writes_its_book_entry_and_voiding_it_puts_the_line_back(book):
    booked = bank.book_line(book["lines"][1])
    entry = BookEntry.get_by_id(booked.entry_id)
    assert (entry.direction, entry.amount, entry.date, entry.line_id, entry.description) == (
        "out", 2000, D(2026, 11, 3), book["lines"][1], "手续费")
    assert bank_line(book["lines"][1]).status == "booked" and bank_line(book["lines"][1]).book_entry_id == entry.id
    with pytest.raises(ValidationError, match="booked"):
        bank.book_line(book["lines"][1])
    bank.void_book_entry(entry.id, "记错")
    assert bank_line(book["lines"][1]).status == "unmatched"
    assert BookEntry.get_by_id(entry.id).status == "void"                   # never deleted
    with pytest.raises(ValidationError, match="void already"):
        bank.void_book_entry(entry.id, "再来")


def test_an_entry_written_before_the_bank_had_it_is_linked_when_the_line_comes(book):
    entry = bank.add_book_entry(book["account"], D(2026, 11, 1), "out", 2000, "预付手续费")
    assert book_entries(book["account"], unlinked=True)[0].id == entry.entry_id
    with pytest.raises(ValidationError, match="not the same money"):
        bank.link_book_entry(entry.entry_id, book["lines"][3])
    bank.link_book_entry(entry.entry_id, book["lines"][1])
    assert bank_line(book["lines"][1]).status == "booked"
    with pytest.raises(ValidationError, match="linked to bank line"):
        bank.link_book_entry(entry.entry_id, book["lines"][1])
    assert book_entries(book["account"], unlinked=True) == []


def test_interest_is_booked_and_a_booked_line_is_restored_by_voiding_its_entry(book):
    booked = bank.book_line(book["lines"][3], "利息收入")
    assert BookEntry.get_by_id(booked.entry_id).description == "利息收入"
    with pytest.raises(ValidationError, match="reason"):
        bank.restore_line(book["lines"][3])
    bank.restore_line(book["lines"][3], "不是利息")
    assert bank_line(book["lines"][3]).status == "unmatched"
    assert BookEntry.get_by_id(booked.entry_id).void_reason == "不是利息"


def test_an_ignored_line_leaves_the_queue_until_restored(book):
    with pytest.raises(ValidationError, match="reason"):
        bank.ignore_line(book["lines"][3], "")
    bank.ignore_line(book["lines"][3], "内部转账")
    assert bank_line(book["lines"][3]).status == "ignored"
    with pytest.raises(ValidationError, match="ignored"):
        bank.accept_match(book["lines"][3], book["a"], [])
    bank.restore_line(book["lines"][3])
    assert bank_line(book["lines"][3]).status == "unmatched"
    audit = AuditLog.get((AuditLog.entity == "bank_line") & (AuditLog.action == "ignore"))
    assert "内部转账" in audit.after_json


def test_a_book_entry_is_refused_when_dated_after_today_or_of_no_amount(book):
    with pytest.raises(ValidationError, match="after today"):
        bank.add_book_entry(book["account"], D(2026, 12, 1), "out", 100, "付款")
    with pytest.raises(ValidationError, match="more than zero"):
        bank.add_book_entry(book["account"], D(2026, 11, 1), "out", 0, "付款")
    with pytest.raises(ValidationError, match="description"):
        bank.add_book_entry(book["account"], D(2026, 11, 1), "out", 100, "")
    with acting_as(Actor("wang", "cashier")), pytest.raises(PermissionDenied):
        bank.add_book_entry(book["account"], D(2026, 11, 1), "out", 100, "付款")
    assert int(db.execute_sql("SELECT COUNT(*) FROM book_entry").fetchone()[0]) == 0
