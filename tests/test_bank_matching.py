"""reports.bank_matching: proposals for the bank lines that wait, on a small hand-made book
(SQLite, and PostgreSQL when ARAPP_TEST_PG_URL is set): each rule, their order, the scores,
ambiguous sets of invoices, an amount two customers have open, what a confirmed match taught."""

from __future__ import annotations

import datetime as _dt

import pytest

from arapp import clock, i18n
from arapp.db.database import db, service_writes
from arapp.db.models import BankAccount, BankImport, BankLine, CustomerBankAccount, Invoice, now
from arapp.domain.bank import BankLineIn, fingerprint
from arapp.reports.bank_matching import proposals
from arapp.services import receipts
from arapp.services.customers import add_alias, create_customer
from arapp.services.invoices import create_invoice, post_invoice

DAY = _dt.date(2026, 11, 20)


class Book:
    """The hand-made book: customers by letter, invoices by label (number, id)."""

    def __init__(self) -> None:
        self.customers: dict[str, int] = {}
        self.codes: dict[str, str] = {}
        self.invoices: dict[str, tuple[str, int]] = {}
        self.account_id = 0
        self.import_id = 0
        self.serial = 0

    def invoice(self, label: str, letter: str, amount: int, month: int, day: int = 1, *,
                external: str = "") -> None:
        made = create_invoice(self.customers[letter], _dt.date(2026, month, day), amount=amount)
        if external:
            with db.atomic(), service_writes():
                Invoice.update(external_number=external).where(Invoice.id == made.invoice_id).execute()
        posted = post_invoice(made.invoice_id)
        self.invoices[label] = (posted.number, posted.invoice_id)

    def number(self, label: str) -> str:
        return self.invoices[label][0]

    def line(self, amount: int, *, name: str = "", account: str = "", description: str = "", purpose: str = "",
             reference: str = "", direction: str = "in") -> int:
        """A bank line written as the import writes it; its id."""
        self.serial += 1
        parsed = BankLineIn(self.serial, DAY, direction, amount, counterparty_name=name,
                            counterparty_account=account, description=description, purpose=purpose,
                            reference=reference, serial=f"S{self.serial:05d}")
        with db.atomic(), service_writes():
            row = BankLine.create(account=self.account_id, bank_import=self.import_id, row_no=self.serial,
                                  value_date=DAY, direction=direction, amount=amount, counterparty_name=name,
                                  counterparty_account=account, description=description, purpose=purpose,
                                  reference=reference, serial=parsed.serial, fingerprint=fingerprint(parsed),
                                  occurrence=1)
        return row.id

    def bank_account(self, letter: str, account_no: str, source: str) -> None:
        with db.atomic(), service_writes():
            CustomerBankAccount.create(customer=self.customers[letter], account_no=account_no, source=source,
                                       created_at=now())


@pytest.fixture
def book(ledger_db, old_books):
    """A: 上海锦程贸易有限公司 (alias 锦程贸易), invoices A1..A5 oldest first (100,000.00,
    250,000.00, 40,000.00, 60,000.00, 160,000.00 in fen /100); B: 杭州华美（中国）酒店管理有限责任公司
    with B1 (its old ledger number XS-2024-0456) and B2; C and D each owe 7,777.00 once; E
    owes 3,210.00 (the only invoice of that amount); F has nothing open."""
    clock.set(_dt.datetime(2026, 11, 20, 10, 0))
    old_books()
    b = Book()
    for letter, name, aliases in (
            ("A", "上海锦程贸易有限公司", ["锦程贸易"]), ("B", "杭州华美（中国）酒店管理有限责任公司", []),
            ("C", "南京长江建材有限公司", []), ("D", "苏州东方物业管理有限公司", []),
            ("E", "合肥佳和经销有限公司", []), ("F", "无锡优品装饰工程有限公司", [])):
        made = create_customer(name=name, aliases=aliases)
        b.customers[letter] = made.customer_id
        b.codes[letter] = made.code
    for label, amount, month in (("A1", 10_000_000, 6), ("A2", 25_000_000, 7), ("A3", 4_000_000, 8),
                                 ("A4", 6_000_000, 9), ("A5", 16_000_000, 10)):
        b.invoice(label, "A", amount, month)
    b.invoice("B1", "B", 5_000_000, 8, external="XS-2024-0456")
    b.invoice("B2", "B", 1_234_500, 9)
    b.invoice("C1", "C", 777_700, 9)
    b.invoice("D1", "D", 777_700, 10)
    b.invoice("E1", "E", 321_000, 10)
    b.invoice("F1", "F", 500_000, 7)
    receipts.record_receipt(b.customers["F"], _dt.date(2026, 8, 1), 500_000)
    with db.atomic(), service_writes():
        b.account_id = BankAccount.create(name="基本户", bank="工商银行", account_no="1001", created_at=now()).id
        b.import_id = BankImport.create(account=b.account_id, file_name="s.xlsx", sha256="0" * 64, profile="generic",
                                        imported_at=now(), imported_by="admin").id
    return b


def first(book: Book, line_id: int, **kwargs):
    return proposals(line_ids=[line_id], **kwargs)[line_id]


def invoices_of(proposal) -> list[int]:
    return [a.invoice_id for a in proposal.allocations]


# ------------------------------------------------------------------ the rules one by one

def test_an_invoice_number_in_the_description_with_its_open_amount_scores_100(book):
    line = book.line(5_000_000, description=f"付{book.number('B1')}货款")
    best = first(book, line)[0]
    assert (best.customer_id, best.rule, best.score) == (book.customers["B"], "invoice_number", 100)
    assert invoices_of(best) == [book.invoices["B1"][1]] and best.credit_left == 0
    assert book.number("B1") in best.reason and "description" in best.reason


@pytest.mark.parametrize("written", ["ＩＮＶ－{y}－{n}", "inv{y}{n}", "inv-{y}-{n}", "No.INV {y} {n}"])
def test_an_invoice_number_is_found_in_full_width_lower_case_with_spaces_or_without_hyphens(book, written):
    _prefix, year, seq = book.number("B2").split("-")
    line = book.line(1_234_500, purpose=written.format(y=year, n=seq))
    best = first(book, line)[0]
    assert (best.customer_id, best.rule, best.score) == (book.customers["B"], "invoice_number", 100)
    assert "purpose" in best.reason


def test_the_old_ledger_number_of_an_imported_invoice_is_an_invoice_number(book):
    line = book.line(5_000_000, reference="xs 2024-0456")
    best = first(book, line)[0]
    assert (best.customer_id, best.rule, best.score) == (book.customers["B"], "invoice_number", 100)
    assert "XS-2024-0456" in best.reason and book.number("B1") in best.reason


def test_an_invoice_paid_in_part_by_the_line_is_allocated_what_the_line_holds(book):
    line = book.line(3_000_000, description=book.number("B1"))
    best = first(book, line)[0]
    assert best.score == 90 and best.allocated == 3_000_000 and best.credit_left == 0
    assert "part" in best.reason


def test_more_than_the_quoted_invoices_owe_is_left_as_credit_never_allocated_beyond_open(book):
    line = book.line(6_000_000, description=f"{book.number('B1')}")
    best = first(book, line)[0]
    assert [a.amount for a in best.allocations] == [5_000_000] == [a.open_amount for a in best.allocations]
    assert best.credit_left == 1_000_000 and best.score == 90
    assert "10,000.00" in best.reason


def test_a_quoted_invoice_with_nothing_open_still_names_its_customer(book):
    paid = book.line(500_000, description=f"付{book.number('F1')}")
    best = first(book, paid)[0]
    assert (best.customer_id, best.rule) == (book.customers["F"], "invoice_number")
    assert best.allocations == [] and best.credit_left == 500_000
    assert best.score == 75 - 10 and "nothing open" in best.reason


def test_the_customer_code_in_the_reference_names_the_customer(book):
    line = book.line(10_000_000, reference=f"客户{book.codes['A'].lower()}")
    best = first(book, line)[0]
    assert (best.customer_id, best.rule) == (book.customers["A"], "customer_code")
    assert best.score == 80 + 15 and invoices_of(best) == [book.invoices["A1"][1]]
    assert book.codes["A"] in best.reason


@pytest.mark.parametrize("source, words", [("manual", "one of the customer's bank accounts"),
                                           ("learned", "confirmed for this customer in an earlier match")])
def test_the_payers_account_names_the_customer_and_says_where_the_account_came_from(book, source, words):
    book.bank_account("E", "6222 0210 0100 1234", source)
    line = book.line(321_000, account="6222-0210-0100-1234", name="某某")
    best = first(book, line)[0]
    assert (best.customer_id, best.rule, best.score) == (book.customers["E"], "counterparty_account", 95)
    assert words in best.reason


@pytest.mark.parametrize("payer", ["上海锦程贸易有限责任公司", "上海锦程贸易 有限公司", "锦程贸易", "锦程贸易　"])
def test_the_payers_name_is_compared_after_folding_company_forms_spaces_and_widths(book, payer):
    line = book.line(10_000_000, name=payer)
    best = first(book, line)[0]
    assert (best.customer_id, best.rule, best.score) == (book.customers["A"], "counterparty_name", 85)


@pytest.mark.parametrize("payer", ["杭州华美(中国)酒店管理有限公司", "杭州华美（中国）酒店管理有限责任公司",
                                   "杭州华美 ( 中国 ) 酒店管理有限公司"])
def test_parentheses_in_either_width_are_one_name(book, payer):
    line = book.line(1_234_500, name=payer)
    assert first(book, line)[0].customer_id == book.customers["B"]


def test_an_amount_equal_to_the_customers_oldest_invoices_takes_them(book):
    line = book.line(35_000_000, name="上海锦程贸易有限公司")
    best = first(book, line)[0]
    assert invoices_of(best) == [book.invoices["A1"][1], book.invoices["A2"][1]]
    assert best.score == 70 + 15 and "2 oldest" in best.reason


def test_an_amount_equal_to_one_set_of_open_invoices_takes_that_set(book):
    line = book.line(14_000_000, name="锦程贸易")
    best = first(book, line)[0]
    assert invoices_of(best) == [book.invoices["A1"][1], book.invoices["A3"][1]]
    assert best.score == 70 + 10 and "sum of 2 open invoices" in best.reason


def test_several_sets_that_fit_are_said_the_oldest_set_proposed_and_score_lower(book):
    # 200,000.00 = A1 + A3 + A4 = A3 + A5
    line = book.line(20_000_000, name="锦程贸易")
    best = first(book, line)[0]
    assert invoices_of(best) == [book.invoices[k][1] for k in ("A1", "A3", "A4")]
    assert best.score == 70 and "Several sets" in best.reason


def test_an_amount_that_fits_nothing_is_proposed_oldest_first_with_the_rest_as_credit(book):
    line = book.line(70_000_000, name="锦程贸易")
    best = first(book, line)[0]
    assert best.allocated == 10_000_000 + 25_000_000 + 4_000_000 + 6_000_000 + 16_000_000
    assert best.credit_left == 70_000_000 - best.allocated and best.score == 70 - 10
    smaller = first(book, book.line(12_000_000, name="锦程贸易"))[0]
    assert [a.amount for a in smaller.allocations] == [10_000_000, 2_000_000] and smaller.credit_left == 0


def test_an_amount_only_one_customer_has_open_proposes_it_with_a_low_score(book):
    line = book.line(321_000, name="不认识的公司")
    (best,) = first(book, line)
    assert (best.customer_id, best.rule, best.score) == (book.customers["E"], "exact_amount", 45)
    assert "Only the amount" in best.reason


def test_an_amount_two_customers_have_open_proposes_both_lower_still(book):
    line = book.line(777_700)
    found = first(book, line)
    assert {p.customer_id for p in found} == {book.customers["C"], book.customers["D"]}
    assert {p.score for p in found} == {25} and all("2 customers" in p.reason for p in found)


def test_a_known_payer_and_an_amount_score_more_than_either_alone(book):
    amount_only = first(book, book.line(777_700))[0].score
    name_only = first(book, book.line(100, name="南京长江建材有限公司"))[0].score
    both = first(book, book.line(777_700, name="南京长江建材有限公司"))
    assert [p.customer_id for p in both] == [book.customers["C"]] and both[0].score > max(amount_only, name_only)


def test_beside_a_customer_found_without_an_amount_that_fits_the_amount_alone_is_offered_low(book):
    found = first(book, book.line(777_700, name="合肥佳和经销有限公司"))     # E, who owes 3,210.00 only
    assert found[0].customer_id == book.customers["E"] and found[0].score == 70 - 10
    assert {p.customer_id for p in found[1:]} == {book.customers["C"], book.customers["D"]}
    assert {p.score for p in found[1:]} == {15}


def test_a_name_learned_from_a_confirmed_match_is_an_alias(book):
    line = book.line(321_000, name="佳和经销部")
    assert first(book, line)[0].rule == "exact_amount"
    add_alias(book.customers["E"], "佳和经销部")          # what accept_match writes
    best = first(book, line)[0]
    assert (best.rule, best.score) == ("counterparty_name", 85) and "aliases" in best.reason


# ------------------------------------------------------------------ order, conflicts, limits

def test_an_invoice_number_outranks_the_payers_name_of_another_customer(book):
    line = book.line(321_000, name="上海锦程贸易有限公司", description=f"代付{book.number('E1')}")
    found = first(book, line)
    assert [p.customer_id for p in found] == [book.customers["E"], book.customers["A"]]
    assert found[0].rule == "invoice_number" and found[0].score == 100 - 15
    assert found[1].rule == "counterparty_name" and "other customers" in found[1].reason


def test_rules_that_agree_add_up_and_say_each_reason(book):
    book.bank_account("A", "3100 8888", "manual")
    line = book.line(10_000_000, name="锦程贸易", account="31008888", description=f"{book.codes['A']}")
    best = first(book, line)[0]
    assert (best.rule, best.score) == ("customer_code", 99)        # 80 + 15 + 5 + 5, at most 99
    for words in ("customer code", "bank accounts", "aliases", "open amount of invoice"):
        assert words in best.reason


def test_a_name_several_customers_share_scores_low_until_the_amount_tells(book):
    twin = create_customer(name="上海锦程贸易有限公司").customer_id
    found = first(book, book.line(4_000_000, name="上海锦程贸易有限公司"))
    assert found[0].customer_id == book.customers["A"] and found[0].score == 35 + 15
    assert found[1].customer_id == twin and found[1].score == 35 - 10
    assert "2 customers go by this name" in found[0].reason


def test_limit_per_line_keeps_the_best(book):
    line = book.line(777_700, name="合肥佳和经销有限公司")
    assert [p.customer_id for p in first(book, line, limit_per_line=1)] == [book.customers["E"]]
    assert len(first(book, line, limit_per_line=2)) == 2
    assert len(first(book, line, limit_per_line=5)) == 3


def test_only_money_in_that_waits_gets_proposals(book):
    waiting = book.line(321_000)
    out = book.line(321_000, direction="out")
    ignored = book.line(321_000)
    with db.atomic(), service_writes():
        BankLine.update(status="ignored").where(BankLine.id == ignored).execute()
    nothing = book.line(1)
    found = proposals(book.account_id)
    assert set(found) == {waiting, nothing} and found[nothing] == []
    assert set(proposals(line_ids=[out, ignored, waiting])) == {waiting}


def test_an_account_is_named_by_id_number_or_name(book):
    line = book.line(321_000)
    assert proposals("基本户") == proposals("1001") == proposals(book.account_id)
    assert line in proposals("基本户")
    from arapp.errors import NotFound

    with pytest.raises(NotFound):
        proposals("9999")


def test_the_reason_is_in_chinese_when_the_user_reads_chinese(book):
    line = book.line(5_000_000, description=f"付{book.number('B1')}货款")
    i18n.set_language("zh_CN")
    assert first(book, line)[0].reason == f"摘要含应收单号 {book.number('B1')}"


def test_the_books_are_read_in_a_few_queries_however_many_lines_wait(book, monkeypatch):
    for k in range(3):
        book.line(321_000 + k, name="锦程贸易", description=f"{book.number('A1')} {book.number('F1')}")
    calls: list[str] = []
    real = db.obj.execute_sql

    def counting(sql, *args, **kwargs):
        calls.append(sql)
        return real(sql, *args, **kwargs)

    monkeypatch.setattr(db.obj, "execute_sql", counting)
    proposals()
    few = len(calls)
    for k in range(30):
        book.line(400_000 + k, name="锦程贸易", description=f"{book.number('A2')} {book.number('F1')} x{k}")
    calls.clear()
    result = proposals()
    assert len(calls) == few <= 7 and len(result) == 33
