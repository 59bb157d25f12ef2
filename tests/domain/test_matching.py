"""domain.matching and match_text on plain values: how texts are folded and read, the
bounded subset search, and rules that need no database to be held."""

from __future__ import annotations

import datetime as _dt

import pytest

from arapp import i18n
from arapp.domain import match_text as mt
from arapp.domain.match_words import Said, Words
from arapp.domain.matching import (
    SHARED_NAME_MAX,
    CustomerFacts,
    LineFacts,
    MatchBook,
    OpenItem,
    subset_fitting,
)

D = _dt.date(2026, 9, 1)


def item(i: int, amount: int, customer: int = 1, *, due: _dt.date = D, number: str = "", external: str = ""):
    return OpenItem(i, customer, number or f"INV-2026-{i:06d}", external, due, due, amount)


# ------------------------------------------------------------------ folding

@pytest.mark.parametrize("a, b", [
    ("上海锦程贸易有限责任公司", "上海锦程贸易有限公司"),
    ("杭州华美（中国）酒店", "杭州华美(中国)酒店"),
    ("ＡＢＣ 贸易　公司", "abc贸易公司"),
    ("Acme Trading Co", "ACME TRADING CO"),
])
def test_names_that_differ_only_in_form_have_one_key(a, b):
    assert mt.name_key(a) == mt.name_key(b) != ""


def test_different_names_keep_different_keys():
    assert mt.name_key("上海锦程贸易有限公司") != mt.name_key("上海锦程实业有限公司")
    assert mt.name_key("") == mt.name_key("   ") == ""


def test_an_account_number_is_compared_without_spaces_hyphens_or_width():
    assert mt.account_key("6222 0210-0100 1234") == mt.account_key("６２２２０２１００１００１２３４") == "6222021001001234"


@pytest.mark.parametrize("written", ["INV-2026-000123", "inv2026000123", "ＩＮＶ－２０２６－０００１２３", "INV_2026/000123"])
def test_an_invoice_number_has_one_key_however_it_is_written(written):
    assert mt.number_key(written) == "INV2026000123"


@pytest.mark.parametrize("too_little", ["A-1", "ABCDEF", "123", ""])
def test_a_key_needs_four_characters_and_a_digit(too_little):
    assert mt.number_key(too_little) == ""


def test_a_text_offers_the_numbers_inside_it_even_run_together():
    keys = set(mt.text_keys("付C000123INV-2026-000123货款，及 xs-2024-0456"))
    assert {"C000123", "INV2026000123", "XS20240456"} <= keys
    assert list(mt.text_keys("货款")) == [] and list(mt.text_keys("")) == []


def test_the_programs_own_numbers_are_spelled_out_of_a_text():
    assert list(mt.own_numbers_in("付inv 2026 000123 和 ＩＮＶ－２０２５－０００００９")) == [
        "INV-2026-000123", "INV-2025-000009"]
    assert list(mt.own_numbers_in("INV-2026-0001234")) == []


# ------------------------------------------------------------------ subsets

def test_one_set_that_fits_is_found_and_said_to_be_the_only_one():
    items = [item(1, 100), item(2, 250), item(3, 40), item(4, 60)]
    chosen, several = subset_fitting(items, 140)
    assert [i.id for i in chosen] == [1, 3] and not several


def test_of_several_sets_that_fit_the_one_with_the_oldest_invoices_is_taken():
    items = [item(1, 100), item(2, 250), item(3, 40), item(4, 60), item(5, 160)]
    chosen, several = subset_fitting(items, 200)      # 1+3+4 and 3+5
    assert [i.id for i in chosen] == [1, 3, 4] and several


def test_no_set_fits_an_amount_beyond_their_sum_or_between_their_sums():
    items = [item(1, 100), item(2, 250)]
    assert subset_fitting(items, 400) == (None, False)
    assert subset_fitting(items, 200) == (None, False)
    assert subset_fitting([], 1) == (None, False)


def test_a_search_out_of_steps_does_not_claim_its_set_is_the_only_one():
    # 0.05 = the first and the last; proving no other set fits takes twice the steps
    items = [item(1, 3), *(item(i, 1000) for i in range(2, 20)), item(20, 2)]
    assert subset_fitting(items, 5, budget=1000) == ([items[0], items[-1]], False)
    assert subset_fitting(items, 5, budget=30) == ([items[0], items[-1]], True)
    assert subset_fitting(items, 5, budget=5) == (None, False)


# ------------------------------------------------------------------ the book on plain values

def book(invoices, customers=((1, "C000001", "甲公司"), (2, "C000002", "乙公司")), **kwargs) -> MatchBook:
    return MatchBook(invoices=invoices, customers=[CustomerFacts(*c) for c in customers], **kwargs)


def test_of_several_open_invoices_of_the_amount_the_oldest_is_proposed_and_said():
    b = book([item(1, 500, due=D.replace(day=20)), item(2, 500, due=D.replace(day=5)), item(3, 70)])
    (best,) = b.propose(LineFacts(1, 500, counterparty_name="甲公司"), limit=1)
    assert [a.invoice_id for a in best.allocations] == [2]
    assert "2 open invoices have this amount" in best.reason


def test_allocations_never_pass_an_invoices_open_amount():
    b = book([item(1, 300), item(2, 200)])
    best = b.propose(LineFacts(1, 1000, description="INV-2026-000001 INV-2026-000002"))[0]
    assert [(a.amount, a.open_amount) for a in best.allocations] == [(300, 300), (200, 200)]
    assert best.credit_left == 500 and best.allocated == 500


def test_a_name_too_many_customers_share_is_kept_only_where_the_amount_fits():
    n = SHARED_NAME_MAX + 3
    customers = [(c, f"C{c:06d}", "同名公司") for c in range(1, n + 1)]
    invoices = [item(c, 1000 + c, customer=c) for c in range(1, n + 1)]
    b = book(invoices, customers)
    found = b.propose(LineFacts(1, 1005, counterparty_name="同名公司"), limit=10)
    assert [p.customer_id for p in found] == [5]
    assert b.propose(LineFacts(2, 7, counterparty_name="同名公司")) == []


def test_a_customer_found_with_nothing_open_is_proposed_with_all_of_it_as_credit():
    b = book([item(1, 300)], aliases=[(2, "乙")])
    (best,) = b.propose(LineFacts(1, 800, counterparty_name="乙"))
    assert (best.customer_id, best.allocations, best.credit_left) == (2, [], 800)
    assert "nothing open" in best.reason


def test_an_unknown_customers_invoices_and_names_are_left_out():
    b = book([item(1, 300, customer=9)], aliases=[(9, "丙")], accounts=[(9, "123456", "manual")])
    assert b.propose(LineFacts(1, 300, counterparty_name="丙", counterparty_account="123456")) == []


def test_the_words_join_findings_as_the_language_does():
    said = [Said("name_is_alias"), Said("subset", n=2, numbers=("INV-2026-000001", "INV-2026-000003"))]
    assert Words().reason(said) == ("The payer's name is one of the customer's aliases; The amount is the sum "
                                    "of 2 open invoices (INV-2026-000001, INV-2026-000003)")
    i18n.set_language("zh_CN")
    assert Words().reason(said) == "付款户名与客户别名一致；金额等于 2 张未收应收单（INV-2026-000001、INV-2026-000003）的合计"
