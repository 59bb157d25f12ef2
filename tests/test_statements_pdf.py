"""Statements of account as PDFs: what the customer reads on them, the archive, the batch."""

from __future__ import annotations

import datetime as _dt
import shutil
import subprocess

import pytest

from arapp import clock, i18n
from arapp.db.models import Document
from arapp.demo import build_demo
from arapp.domain import money
from arapp.domain.templates import STATEMENT_FIELDS
from arapp.errors import Cancelled, PermissionDenied, ValidationError
from arapp.outbox.statements import (
    make_statement,
    make_statements,
    preview_statement,
    statement_customers,
    statement_job,
    statement_values,
)
from arapp.reports.documents import documents
from arapp.reports.statement import statement
from arapp.services import context
from arapp.services.customers import create_customer
from arapp.services.invoices import create_invoice, void_invoice
from arapp.services.receipts import record_receipt

D = _dt.date
pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")


def text_of(path_or_bytes, tmp_path) -> str:
    path = path_or_bytes
    if isinstance(path_or_bytes, bytes):
        path = tmp_path / "preview.pdf"
        path.write_bytes(path_or_bytes)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def books(ledger_db):
    clock.set(D(2026, 3, 31))
    cust = create_customer(code="C001", name="上海某某贸易有限公司", address="上海市浦东新区世纪大道1号")
    create_invoice(cust.code, D(2026, 1, 10), amount=100_456, description="一月服务费", post=True)
    create_invoice(cust.code, D(2026, 2, 5), amount=50_000, description="二月服务费", post=True)
    bad = create_invoice(cust.code, D(2026, 2, 8), amount=30_000, description="错开的单", post=True)
    void_invoice(bad.invoice_id, "开错了", date=D(2026, 2, 15))
    record_receipt(cust.code, D(2026, 2, 12), 60_000, method="bank", reference="B123")
    other = create_customer(code="C002", name="杭州恒达物业", address="杭州市西湖区")
    create_invoice(other.code, D(2026, 2, 20), amount=20_000, description="物业费", post=True)
    create_customer(code="C003", name="无往来客户")
    return cust


@pdftotext
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_statement_shows_the_customer_the_balances_in_figures_and_capitals_and_the_slip(books, tmp_path, lang):
    i18n.set_language(lang)
    made = make_statement("C001", D(2026, 2, 1), D(2026, 2, 28), out=tmp_path / "s.pdf")
    text = text_of(made.path, tmp_path)
    st = statement(books.customer_id, D(2026, 2, 1), D(2026, 2, 28))
    assert st.opening == 100_456 and st.closing == 90_456
    for word in ("上海某某贸易有限公司", "C001", "上海市浦东新区世纪大道1号", "1,004.56", "904.56", "开错了",
                 money.amount_in_words(90_456), "2026-02-01", "2026-02-28"):
        assert word in text, word
    words = (("对账单", "期初余额", "期末余额", "本期合计", "大写", "回执", "核对相符", "不符", "客户盖章", "请寄回",
              "应收单作废", "账龄")
             if lang == "zh_CN" else
             ("Statement of account", "Opening balance", "Period total", "In capitals", "Confirmation of the statement",
              "agrees with our books", "does not agree", "Customer's seal", "Please return to", "Invoice voided"))
    for word in words:
        assert word in text, word


@pdftotext
def test_amounts_stand_right_aligned_in_their_columns(books, tmp_path):
    i18n.set_language("zh_CN")
    text = text_of(preview_statement("C001", D(2026, 2, 1), D(2026, 2, 28)), tmp_path)
    lines = [line for line in text.splitlines() if "INV-" in line or "RCT-" in line]
    assert len(lines) == 4
    # the running balance is the last column: every line ends at (about) the same place
    ends = [len(line.rstrip()) for line in lines]
    assert max(ends) - min(ends) <= 1, lines


def test_making_a_statement_archives_one_document_and_a_preview_none(books):
    preview_statement("C001", D(2026, 2, 1), D(2026, 2, 28))
    assert documents(customer_id=books.customer_id) == []
    made = make_statement(books.code, D(2026, 2, 1), D(2026, 2, 28))
    docs = documents(customer_id=books.customer_id)
    assert [d.id for d in docs] == made.document_ids
    doc = Document.get_by_id(docs[0].id)
    assert (doc.kind, doc.code, doc.amount, doc.period_from, doc.period_to, doc.as_of) == \
        ("statement", "statement", 90_456, D(2026, 2, 1), D(2026, 2, 28), D(2026, 2, 28))


def test_the_job_carries_the_archive_record(books):
    job = statement_job(books.customer_id, D(2026, 2, 1), D(2026, 2, 28), open_only=True)
    assert (job.part.kind, job.part.amount, job.part.customer_id) == ("statement", 90_456, books.customer_id)
    assert "C001" in job.file_stem


def test_a_bad_period_is_refused_by_name(books):
    with pytest.raises(ValidationError) as err:
        make_statement("C001", D(2026, 3, 1), D(2026, 2, 1))
    assert err.value.field == "start"
    with pytest.raises(ValidationError) as err:
        preview_statement("C001", D(1990, 1, 1), D(2026, 2, 1))
    assert err.value.field == "start"


def test_a_user_who_may_not_make_documents_makes_no_statement(books):
    context.set_actor(context.Actor("guest", "nobody"))
    try:
        with pytest.raises(PermissionDenied):
            make_statement("C001", D(2026, 2, 1), D(2026, 2, 28))
    finally:
        context.set_actor(context.Actor("admin", "admin"))


def test_the_templates_values_fill_every_statement_field(books):
    i18n.set_language("zh_CN")
    values = statement_values("C001", D(2026, 2, 1), D(2026, 2, 28))
    assert set(values) == set(STATEMENT_FIELDS)
    assert values["closing_balance"] == "904.56" and values["opening_balance"] == "1,004.56"
    assert values["closing_balance_capitals"] == "玖佰零肆元伍角陆分"
    assert values["customer_name"] == "上海某某贸易有限公司" and values["reference"] == "C001"


# ------------------------------------------------------------------ the batch

def test_the_batch_writes_one_file_per_customer_and_archives_one_document_each(books, tmp_path):
    start, end = D(2026, 2, 1), D(2026, 2, 28)
    ids = statement_customers(start, end)
    assert len(ids) == 2                            # C003 has neither balance nor movement
    result = make_statements(start, end, tmp_path)
    assert len(result.files) == 2 == result.documents
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == sorted(p.name for p in result.files)
    archived = documents(kind="statement")
    assert sorted(d.customer_id for d in archived) == sorted(ids)
    assert len({d.file_id for d in archived}) == 2


def test_a_combined_batch_is_one_file_holding_every_customers_statement(books, tmp_path):
    result = make_statements(D(2026, 2, 1), D(2026, 2, 28), tmp_path / "all.pdf", combined=True, open_only=True)
    assert [p.name for p in result.files] == ["all.pdf"]
    archived = documents(kind="statement")
    assert len(archived) == 2 and len({d.file_id for d in archived}) == 1
    assert sorted(d.first_page for d in archived)[0] == 1


@pytest.mark.parametrize("combined", [False, True])
def test_a_cancelled_batch_archives_nothing_and_leaves_no_file(books, tmp_path, combined):
    seen = []
    out = tmp_path / ("all.pdf" if combined else "")

    def cancelled() -> bool:
        return len(seen) >= 2

    with pytest.raises(Cancelled):
        make_statements(D(2026, 2, 1), D(2026, 2, 28), out, combined=combined,
                        progress=lambda done, total: seen.append(done), cancelled=cancelled)
    assert documents(kind="statement") == []
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_batch_into_a_missing_folder_is_refused(books, tmp_path):
    with pytest.raises(ValidationError):
        make_statements(D(2026, 2, 1), D(2026, 2, 28), tmp_path / "nowhere")
    assert documents(kind="statement") == []


def test_a_demo_batch_makes_a_statement_for_each_customer_with_a_balance_or_a_movement(ledger_db, tmp_path):
    end = D(2026, 11, 20)
    clock.set(end)
    build_demo(12, 1, seed=4, end_date=end)
    result = make_statements(D(2026, 10, 1), D(2026, 10, 31), tmp_path)
    ids = statement_customers(D(2026, 10, 1), D(2026, 10, 31))
    assert result.documents == len(ids) == len(result.files) > 0
    assert sorted(d.customer_id for d in documents(kind="statement")) == sorted(ids)
