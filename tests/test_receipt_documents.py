"""Receipts (收据) as documents (issue #10): the PDF shows the number, payer, each invoice
paid, the amount in figures and in capitals, the method and the cashier; a reversed
receipt is marked 作废; two copies (存根, 客户联) share one A4 page; each made receipt is
archived against its receipt; `arapp receipt print` and `arapp receipts print`."""

from __future__ import annotations

import datetime as _dt
import re
import shutil
import subprocess

import pytest

from arapp import cli, clock, i18n
from arapp.db.database import service_writes
from arapp.db.models import Document, User
from arapp.errors import Cancelled
from arapp.outbox.receipts import make_receipt, make_receipts, preview_receipt
from arapp.reports.documents import document, documents
from arapp.reports.receipt_document import receipt_document
from arapp.services import receipts
from arapp.services.context import Actor, set_actor
from arapp.services.customers import create_customer
from arapp.services.invoices import create_invoice

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
                                reason="pdftotext/pdfinfo (poppler-utils) are not installed")

DAY = _dt.date(2026, 11, 5)


def pdf_text(content: bytes, tmp_path) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(content)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_pages(path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def books(ledger_db):
    """A customer with an address and two invoices, paid by one receipt that a cashier
    (王芳) recorded, 1,004.56 in all: 600.00 + 300.00 to the invoices, 104.56 kept as credit."""
    clock.set(_dt.datetime(2026, 11, 5, 10, 0))
    i18n.set_language("zh_CN")
    with service_writes():
        User.create(username="wangfang", display_name="王芳", role="cashier")
    cid = create_customer(name="上海锦程贸易有限公司", code="C000777", address="上海市浦东新区世纪大道100号").customer_id
    a = create_invoice(cid, _dt.date(2026, 9, 1), amount=60000, due_date=_dt.date(2026, 10, 1), post=True)
    b = create_invoice(cid, _dt.date(2026, 10, 1), amount=30000, due_date=_dt.date(2026, 10, 31), post=True)
    set_actor(Actor("wangfang", "cashier"))
    r = receipts.record_receipt(cid, DAY, 100456, method="wechat", reference="WX-20261105-01",
                                allocations=receipts.AUTO)
    set_actor(Actor("admin", "admin"))
    return {"customer": cid, "invoices": (a.number, b.number), "receipt": r.number}


def test_a_receipt_shows_number_payer_each_invoice_amount_in_figures_and_capitals_method_and_cashier(books, tmp_path):
    text = pdf_text(preview_receipt(books["receipt"]), tmp_path)
    f = flat(text)
    assert "收据" in f
    assert books["receipt"] in f
    assert "上海锦程贸易有限公司" in f and "C000777" in f
    assert "上海市浦东新区世纪大道100号" in f
    for number in books["invoices"]:
        assert number in f
    assert "2026-09-01" in f and "2026-10-01" in f and "2026-10-31" in f     # issue and due dates
    assert "600.00" in f and "300.00" in f and "104.56" in f                # applied, and the 预收 part
    assert "预收" in f
    assert "¥1,004.56" in f
    assert "壹仟零肆元伍角陆分" in f
    assert "微信" in f and "WX-20261105-01" in f
    assert "王芳" in f
    assert "2026-11-05" in f
    assert "作废" not in f
    assert "存根" not in f


def test_a_receipt_in_english_speaks_english(books, tmp_path):
    i18n.set_language("en")
    f = flat(pdf_text(preview_receipt(books["receipt"]), tmp_path))
    assert "RECEIPT" in f and "Receivedfrom" in f and "WeChatPay" in f


def test_making_a_receipt_archives_it_against_the_receipt_and_writes_the_file(books, tmp_path):
    out = tmp_path / "receipt.pdf"
    made = make_receipt(books["receipt"], out=out)
    assert out.read_bytes() == made.content
    rid = receipt_document(books["receipt"]).id
    docs = documents(receipt_id=rid)
    assert [d.id for d in docs] == made.document_ids
    assert docs[0].kind == "receipt" and docs[0].amount == 100456 and docs[0].customer_id == books["customer"]
    assert books["receipt"] in docs[0].title
    one = document(made.document_ids[0])              # read back by id: its customer, its file's pages
    assert one.customer_id == books["customer"] and one.receipt_id == rid
    assert (one.first_page, one.pages, one.file_pages) == (1, 1, 1) and one.as_of == DAY


def test_a_preview_archives_nothing(books):
    preview_receipt(books["receipt"])
    assert Document.select().count() == 0


def test_a_reversed_receipt_is_marked_void_with_the_date_and_reason(books, tmp_path):
    clock.set(_dt.datetime(2026, 11, 10, 9, 0))
    receipts.reverse_receipt(books["receipt"], "微信退款", date=_dt.date(2026, 11, 8))
    text = flat(pdf_text(preview_receipt(books["receipt"]), tmp_path))
    assert "作废" in text
    assert "2026-11-08" in text and "微信退款" in text
    for number in books["invoices"]:     # what it had paid stays on the void copy
        assert number in text
    assert "壹仟零肆元伍角陆分" in text


def test_two_copies_put_stub_and_customers_copy_on_one_page(books, tmp_path):
    out = tmp_path / "two.pdf"
    make_receipt(books["receipt"], two_copies=True, out=out)
    assert pdf_pages(out) == 1
    text = flat(pdf_text(out.read_bytes(), tmp_path))
    assert "存根" in text and "客户联" in text
    assert text.count(books["receipt"]) == 2
    assert text.count("壹仟零肆元伍角陆分") == 2


def test_two_copies_of_a_receipt_with_many_invoices_still_fit_one_page(ledger_db, tmp_path):
    clock.set(_dt.datetime(2026, 11, 5, 10, 0))
    cid = create_customer(name="杭州华美酒店管理有限公司").customer_id
    for m in range(14):
        create_invoice(cid, _dt.date(2026, 9, 10) + _dt.timedelta(days=3 * m), amount=10000, post=True)
    r = receipts.record_receipt(cid, DAY, 140000, allocations=receipts.AUTO)
    out = tmp_path / "many.pdf"
    make_receipt(r.number, two_copies=True, out=out)
    assert pdf_pages(out) == 1


def test_the_receipts_of_a_day_are_made_in_one_file_or_one_each(books, tmp_path):
    cid = books["customer"]
    second = receipts.record_receipt(cid, DAY, 5000, method="cash").number
    receipts.record_receipt(cid, DAY - _dt.timedelta(days=1), 7000, method="cash")   # another day: left out
    combined = make_receipts(DAY, tmp_path / "day.pdf", combined=True)
    assert combined.documents == 2 and len(combined.files) == 1
    text = flat(pdf_text(combined.files[0].read_bytes(), tmp_path))
    assert books["receipt"] in text and second in text
    folder = tmp_path / "each"
    folder.mkdir()
    each = make_receipts(DAY, folder, combined=False, two_copies=True)
    assert len(each.files) == 2 and all(pdf_pages(p) == 1 for p in each.files)
    assert Document.select().count() == 4


def test_a_cancelled_day_of_receipts_archives_nothing_and_leaves_no_file(books, tmp_path):
    receipts.record_receipt(books["customer"], DAY, 5000, method="cash")
    with pytest.raises(Cancelled):
        make_receipts(DAY, tmp_path / "day.pdf", cancelled=lambda: True)
    assert Document.select().count() == 0
    assert not (tmp_path / "day.pdf").exists()


# ------------------------------------------------------------------ the command line

@pytest.fixture
def cli_books(tmp_path):
    path = str(tmp_path / "cli.sqlite3")
    clock.set(_dt.datetime(2026, 11, 5, 10, 0))
    assert cli.main(["init", path]) == 0
    assert cli.main(["--db", path, "customer", "add", "--name", "宁波港口物流有限公司", "--code", "C1"]) == 0
    assert cli.main(["--db", path, "invoice", "add", "--customer", "C1", "--date", "2026-10-01",
                     "--amount", "532.00"]) == 0
    assert cli.main(["--db", path, "receipt", "add", "--customer", "C1", "--date", "2026-11-05",
                     "--amount", "532.00", "--method", "cash"]) == 0
    return path


def receipt_number(path: str, capsys) -> str:
    capsys.readouterr()
    from arapp.db import database
    from arapp.db.models import Receipt
    database.open_database(path)
    try:
        return Receipt.select().first().number
    finally:
        database.close_database()


def test_cli_receipt_print_writes_the_receipt(cli_books, tmp_path, capsys):
    number = receipt_number(cli_books, capsys)
    out = tmp_path / "r.pdf"
    assert cli.main(["--db", cli_books, "--lang", "zh_CN", "receipt", "print", number, "-o", str(out),
                     "--two-copies"]) == 0
    assert str(out) in capsys.readouterr().out
    assert pdf_pages(out) == 1
    text = flat(pdf_text(out.read_bytes(), tmp_path))
    assert "伍佰叁拾贰元整" in text and "存根" in text and "现金" in text


def test_cli_receipt_print_of_an_unknown_number_says_so_and_exits_2(cli_books, tmp_path, capsys):
    code = cli.main(["--db", cli_books, "--lang", "zh_CN", "receipt", "print", "RCT-NOPE", "-o",
                     str(tmp_path / "x.pdf")])
    assert code == 2
    err = capsys.readouterr().err
    assert "RCT-NOPE" in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_cli_receipts_print_makes_a_days_receipts(cli_books, tmp_path, capsys):
    out = tmp_path / "day.pdf"
    assert cli.main(["--db", cli_books, "receipts", "print", "--date", "2026-11-05", "-o", str(out),
                     "--combined"]) == 0
    assert out.exists() and pdf_pages(out) == 1
    folder = tmp_path / "each"
    assert cli.main(["--db", cli_books, "receipts", "print", "--date", "2026-11-05", "-o", str(folder)]) == 0
    assert len(list(folder.glob("*.pdf"))) == 1
