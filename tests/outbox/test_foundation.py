"""The documents' foundation: templates checked and versioned, the archive append-only,
the company's images, the page that numbers each document's own pages."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys

import peewee
import pytest

from arapp import clock
from arapp.db import lookups
from arapp.db.database import service_writes
from arapp.db.models import AuditLog, ContactLog, Document, DocumentFile, DocumentTemplate
from arapp.domain import templates as tpl
from arapp.errors import PermissionDenied, ValidationError
from arapp.reports import documents as archive_report
from arapp.reports.company import Letterhead, letterhead
from arapp.services import collections as col
from arapp.services import company_images, customers, invoices, templates
from arapp.services.context import Actor, acting_as
from arapp.services.documents import DocumentPart, archive, archive_many

D = dt.date


def _png(color=(200, 0, 0, 255)) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGBA", (60, 60), color).save(buf, format="PNG")
    return buf.getvalue()


# ------------------------------------------------------------------ the template syntax (pure)

def test_unknown_placeholder_is_refused_by_name():
    with pytest.raises(ValidationError) as info:
        tpl.check_part("reminder_letter", "body", "尊敬的{customer_name}：请付{no_such_thing}元")
    assert "no_such_thing" in str(info.value)
    assert info.value.field == "body"


@pytest.mark.parametrize("text", ["请付{amount", "请付}元", "{0}", "{customer_name.upper}", "{total:>10}",
                                  "{customer_name!r}", "{}"])
def test_a_syntax_error_is_refused(text):
    with pytest.raises(ValidationError):
        tpl.check_part("reminder_letter", "body", text)


def test_a_table_must_stand_on_its_own_line_and_only_in_the_body():
    with pytest.raises(ValidationError, match="invoice_table"):
        tpl.check_part("reminder_letter", "body", "明细：{invoice_table}")
    with pytest.raises(ValidationError, match="invoice_table"):
        tpl.check_part("reminder_letter", "message", "{invoice_table}")
    tpl.check_part("reminder_letter", "body", "明细如下：\n  {invoice_table}  \n谢谢")


def test_statement_fields_are_not_letter_fields():
    with pytest.raises(ValidationError, match="overdue_total"):
        tpl.check_part("statement", "email", "{overdue_total}")
    tpl.check_part("statement", "email", "{closing_balance}")


def test_fill_and_paragraphs():
    body = "{customer_name}：\n\n第一段{late_fee_note}\n第二行\n\n{late_fee_note}\n\n{invoice_table}\n\n{{字面}}"
    paras = tpl.body_paragraphs(body, {"customer_name": "甲公司", "late_fee_note": ""})
    assert paras == [tpl.Paragraph(text="甲公司："), tpl.Paragraph(text="第一段\n第二行"),
                     tpl.Paragraph(block="invoice_table"), tpl.Paragraph(text="{字面}")]


def test_every_seeded_template_passes_its_own_check(ledger_db):
    rows = list(DocumentTemplate.select())
    assert {(r.code, r.lang) for r in rows} == {(c, lang) for c in tpl.TEMPLATE_CODES for lang in tpl.TEMPLATE_LANGS}
    for r in rows:
        assert r.version == 1
        tpl.check_template(templates.by_id(r.id))


# ------------------------------------------------------------------ versions

def test_saving_writes_the_next_version_and_keeps_the_old(ledger_db):
    first = templates.current("reminder_letter", "zh_CN")
    saved = templates.save_template("reminder_letter", "zh_CN", title="催款通知", body=first.body + "\n\n此致",
                                    subject=first.subject, email=first.email, message=first.message, note="加结尾")
    assert saved.written and saved.template.version == 2
    assert templates.current("reminder_letter", "zh_CN").title == "催款通知"
    assert templates.version("reminder_letter", "zh_CN", 1).title == first.title
    assert [v for v, *_ in templates.history("reminder_letter", "zh_CN")] == [2, 1]
    audit = AuditLog.select().where(AuditLog.entity == "document_template").order_by(AuditLog.id.desc()).first()
    assert '"version": 2' in audit.after_json
    again = templates.save_template("reminder_letter", "zh_CN", title="催款通知", body=first.body + "\n\n此致",
                                    subject=first.subject, email=first.email, message=first.message)
    assert not again.written and again.template.version == 2


def test_saving_an_unknown_placeholder_writes_nothing(ledger_db):
    with pytest.raises(ValidationError, match="amount_owed"):
        templates.save_template("final_demand", "en", title="Final demand", body="Pay {amount_owed} now")
    assert templates.current("final_demand", "en").version == 1


def test_only_a_manager_edits_templates(ledger_db):
    with acting_as(Actor("kate", "bookkeeper")), pytest.raises(PermissionDenied):
        templates.save_template("final_demand", "en", title="x", body="y")


def test_a_template_version_cannot_be_changed_in_the_database(ledger_db):
    with pytest.raises(peewee.DatabaseError, match="arapp:"), ledger_db.atomic(), service_writes():
        DocumentTemplate.update(body="改").where(DocumentTemplate.code == "reminder_letter").execute()


# ------------------------------------------------------------------ the archive

@pytest.fixture
def customer(ledger_db):
    clock.set(dt.datetime(2026, 3, 1, 9, 0))
    code = customers.create_customer(name="杭州恒达贸易有限公司", code="A").code
    return lookups.customer(code)


def test_archive_stores_a_file_once_and_a_document_per_part(customer):
    content = b"%PDF-1.4 two letters"
    parts = [DocumentPart(customer.id, "letter", "催款函", "zh_CN", first_page=1, pages=1, code="reminder_letter"),
             DocumentPart(customer.id, "letter", "催款函", "zh_CN", first_page=2, pages=2, code="reminder_letter")]
    a = archive(content, "letters.pdf", parts, pages=3)
    b = archive(content, "again.pdf", parts[:1], pages=3)
    assert a.file_id == b.file_id and DocumentFile.select().count() == 1
    listed = archive_report.documents(customer_id=customer.id)
    assert sorted((d.first_page, d.pages, d.file_name) for d in listed) == [
        (1, 1, "again.pdf"), (1, 1, "letters.pdf"), (2, 2, "letters.pdf")]
    assert archive_report.file_content(a.file_id) == content
    assert archive_report.document(a.document_ids[1]).pages == 2


def test_pages_outside_the_file_are_refused(customer):
    with pytest.raises(ValidationError):
        archive(b"%PDF", "x.pdf", [DocumentPart(customer.id, "letter", "t", "zh_CN", first_page=2, pages=2)], pages=2)
    assert Document.select().count() == 0


def test_a_letter_for_a_task_is_logged_as_a_letter_contact(customer):
    from arapp.db.models import CollectionTask

    invoices.create_invoice(customer.code, D(2026, 1, 1), due_date=D(2026, 1, 11), amount=2_000_000, post=True)
    col.generate_tasks(D(2026, 3, 1))
    task = CollectionTask.select().where(CollectionTask.customer == customer.id).first()
    a = archive(b"%PDF-letter", "l.pdf", [DocumentPart(customer.id, "letter", "催款函", "zh_CN", task_id=task.id,
                                                       contact="催款函（第1版）已生成")], pages=1)
    contact = ContactLog.get_by_id(a.contact_ids[0])
    assert contact.method == "letter" and contact.task_id == task.id and "催款函" in contact.summary
    assert "task" in a.changes and "document" in a.changes


def test_a_batch_archives_whole_or_not_at_all(customer):
    good = (b"%PDF-a", "a.pdf", [DocumentPart(customer.id, "statement", "对账单", "zh_CN")], 1)
    bad = (b"%PDF-b", "b.pdf", [DocumentPart(customer.id, "statement", "对账单", "zh_CN", first_page=5)], 1)
    with pytest.raises(ValidationError):
        archive_many([good, bad])
    assert Document.select().count() == 0 and DocumentFile.select().count() == 0


def test_the_archive_cannot_be_rewritten(customer):
    archive(b"%PDF-x", "x.pdf", [DocumentPart(customer.id, "receipt", "收据", "zh_CN")], pages=1)
    for sql in ("UPDATE document SET title = 'forged'", "DELETE FROM document", "UPDATE document_file SET size = 1",
                "DELETE FROM document_file"):
        with pytest.raises(peewee.DatabaseError, match="arapp:"), customer._meta.database.atomic():
            customer._meta.database.execute_sql(sql)


def test_a_cashier_may_make_a_receipt_but_a_viewer_nothing(customer):
    with acting_as(Actor("cash", "cashier")):
        archive(b"%PDF-r", "r.pdf", [DocumentPart(customer.id, "receipt", "收据", "zh_CN")], pages=1)
    with acting_as(Actor("v", "viewer")), pytest.raises(PermissionDenied):
        archive(b"%PDF-r2", "r.pdf", [DocumentPart(customer.id, "receipt", "收据", "zh_CN")], pages=1)


# ------------------------------------------------------------------ company images and letterhead

def test_images_are_kept_replaced_and_removed_audited_by_hash(ledger_db):
    png = _png()
    company_images.set_company_image("seal", png, "C:\\scans\\seal.png")
    assert letterhead().seal == png
    assert not company_images.set_company_image("seal", png, "seal.png").written
    company_images.set_company_image("seal", _png((0, 0, 200, 255)), "seal2.png")
    assert letterhead().seal != png
    company_images.remove_company_image("seal")
    assert letterhead().seal is None
    rows = [r for r in AuditLog.select().where(AuditLog.entity == "company_image")]
    assert len(rows) == 3 and all("sha256" in (r.after_json or r.before_json) for r in rows)
    assert all("content" not in (r.after_json or "") for r in rows)


@pytest.mark.parametrize("content, word", [(b"", "empty"), (b"GIF89a....", "PNG"),
                                            (b"\x89PNG\r\n\x1a\nbroken", "cannot be read")])
def test_a_file_that_is_no_image_is_refused_naming_it(ledger_db, content, word):
    with pytest.raises(ValidationError, match=word) as info:
        company_images.set_company_image("logo", content, "logo.png")
    assert "logo.png" in str(info.value)


# ------------------------------------------------------------------ the page

def test_each_document_numbers_its_own_pages(tmp_path):
    from arapp.documents.letterhead import DocumentSpec, Pieces, build_documents

    pieces = Pieces(Letterhead(name="上海示例物业管理有限公司", bank="招商银行", bank_account="1219 0000 8888",
                               seal=_png()))
    specs = []
    for rows in (2, 70, 3):
        specs.append(DocumentSpec([pieces.title("催款函"),
                                   pieces.table(["单据号", "未收"], [["INV-1", "1,000.00"]] * rows, numeric=[1]),
                                   pieces.payment_block(amount=100000, reference="A"), pieces.signature("2026年3月1日")]))
    out = tmp_path / "b.pdf"
    built = build_documents(out, specs, pieces)
    assert built.first_pages[0] == 1 and built.page_counts[0] == 1
    assert built.page_counts[1] >= 2 and built.first_pages[2] == 1 + built.page_counts[0] + built.page_counts[1]
    assert built.pages == sum(built.page_counts)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    pages = text.split("\f")
    assert "上海示例物业管理有限公司" in pages[0] and "催款函" in pages[0]
    last_of_second = pages[built.first_pages[1] + built.page_counts[1] - 2]
    assert f"{built.page_counts[1]}" in last_of_second
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "yes" in fonts.splitlines()[-1]          # the CJK font is embedded


def test_a_cancelled_build_stops(tmp_path):
    from arapp.documents.letterhead import DocumentSpec, Pieces, build_documents
    from arapp.errors import Cancelled

    pieces = Pieces(Letterhead(name="甲"))
    seen = []

    def progress(done, total):
        seen.append(done)

    with pytest.raises(Cancelled):
        build_documents(tmp_path / "c.pdf", [DocumentSpec([pieces.body("一")]) for _ in range(5)], pieces,
                        progress=progress, cancelled=lambda: len(seen) >= 2)
    assert len(seen) == 2


def test_on_windows_yahei_comes_before_the_bundled_font(monkeypatch, tmp_path):
    from arapp import paths

    fonts = tmp_path / "Fonts"
    fonts.mkdir()
    (fonts / "msyh.ttc").write_bytes(b"x")
    monkeypatch.setenv("WINDIR", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "win32")
    assert paths.cjk_font_path() == fonts / "msyh.ttc"
    (fonts / "msyh.ttc").unlink()
    (fonts / "simsun.ttc").write_bytes(b"x")
    assert paths.cjk_font_path() == fonts / "simsun.ttc"
