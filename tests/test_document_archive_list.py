"""The archive read back (reports.documents): a customer's documents, newest first."""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from arapp.reports import documents as archive
from arapp.services.customers import create_customer
from arapp.services.documents import DocumentPart
from arapp.services.documents import archive as store


def tiny_pdf(text: str = "x") -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(100, 700, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_customers_documents_are_listed_with_and_without_a_template(ledger_db):
    from arapp.db.models import DocumentTemplate

    cid = create_customer(name="甲公司").customer_id
    template = DocumentTemplate.select().where(DocumentTemplate.code == "statement").first()
    first = tiny_pdf()
    store(first, "a.pdf", [DocumentPart(cid, "letter", "催款函", "zh_CN")], pages=1)
    store(tiny_pdf("y"), "b.pdf", [DocumentPart(cid, "statement", "对账单", "zh_CN", template_id=template.id)],
          pages=1)
    listed = archive.documents(customer_id=cid)
    assert [d.title for d in listed] == ["对账单", "催款函"]
    assert listed[0].template_version == template.version and listed[1].template_version is None
    assert listed[0].customer_id == cid and listed[0].file_id != listed[1].file_id
    assert archive.file_content(listed[1].file_id) == first
