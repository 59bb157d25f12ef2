"""Letters benchmark (issue #10): 1,000 formal letters (催款函 and 还款计划函, each with its
table of overdue invoices and late fees) in one batch, against a bare ReportLab loop
laying the same content with the same embedded CJK font in the same run.

The book: 1,000 customers, each owing two or three large invoices 20 to 60 days overdue,
so the age × amount matrix routes every task to a letter; a late-fee policy; a seal.

Figures:
- the outbox path, whole: ``make_letters`` (the tasks due and their facts read from the
  books, the templates filled, the PDF laid and written, the file, 1,000 documents and
  1,000 ``letter`` contacts archived): at most 1.3× the bare loop (the issue's figure);
- the same without the archive (``letter_jobs`` then ``render``), reported beside it.

The bare loop is a platypus SimpleDocTemplate holding, per letter, the same title, body
paragraphs and invoice table (same styles), the same payment QR (drawn by ReportLab), the
signature with the seal, and the letterhead's lines on every page; no database, no archive.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import random
import time

import pytest
from benchlib import best_of
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.platypus.tables import TableStyle

from arapp import clock, i18n
from arapp.db import database

N_CUSTOMERS = int(os.environ.get("ARAPP_BENCH_LETTERS", "1000"))   # fewer for a quick look
ON = dt.date(2026, 3, 20)


@pytest.fixture
def letters_book(sqlite_db, write_invoices):
    """1,000 customers with large overdue debts, their tasks made by the ladder."""
    build_book(write_invoices)
    return sqlite_db


def build_book(write_invoices) -> None:
    """The benchmark's book in the open database (see the module doc)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from letters_book import company

    from arapp.db.models import Customer
    from arapp.services import collections as col
    from arapp.services import letter_settings

    i18n.set_language("zh_CN")
    clock.set(dt.date(2026, 1, 2))
    company(seal=True)
    letter_settings.save_letter_settings(rate_per_mille="0.5", grace_days=3)
    rng = random.Random(10)
    now = dt.datetime(2026, 1, 2, 9, 0)
    firms = ("贸易", "物流", "电子科技", "建筑工程", "餐饮管理", "物业服务", "医药", "纺织")
    cities = ("杭州", "宁波", "苏州", "无锡", "合肥", "南京", "上海", "温州")
    with database.service_writes():
        Customer.insert_many([
            {"code": f"C{i:06d}", "name": f"{cities[i % 8]}{firms[i % 7]}第{i}有限公司", "payment_terms_days": 30,
             "address": f"{cities[i % 8]}市某区某路{i}号", "created_at": now, "updated_at": now}
            for i in range(1, N_CUSTOMERS + 1)]).execute()
    ids = [c.id for c in Customer.select(Customer.id).order_by(Customer.id)]
    rows = []
    for cid in ids:
        for k in range(rng.choice((2, 3))):
            issue = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(0, 30) + k)
            total = rng.randrange(600_000, 3_000_000)
            rows.append({"number": f"INV-2026-{len(rows) + 1:06d}", "customer": cid, "issue_date": issue,
                         "due_date": issue + dt.timedelta(days=30), "total": total, "open_amount": total,
                         "status": "posted", "created_at": now})
    write_invoices(rows)
    clock.set(ON)
    col.generate_tasks(ON)


def bare_contents(on: dt.date) -> list[dict]:
    """The letters' content as plain values (title, paragraphs, table, QR text), made
    through the outbox's own filling so the bare loop lays exactly the same text."""
    from arapp.documents.letterhead import qr_payload
    from arapp.domain import templates as tpl
    from arapp.outbox import letters
    from arapp.outbox.letters import _figure, _values
    from arapp.reports import letters as facts_report
    from arapp.reports.company import letterhead
    from arapp.services import letter_settings, templates

    settings = letter_settings.get_letter_settings()
    tasks = facts_report.letter_tasks(on)
    facts = facts_report.letter_facts_many([t.customer_id for t in tasks], on, policy=settings.late_fee)
    head = letterhead()
    out = []
    for t in tasks:
        f = facts[t.customer_id]
        template = templates.current(t.letter_template, "zh_CN")
        values = _values(f, head, t.letter_template, settings.deadline_days)
        rows = [[i.number, i.issue_date.isoformat(), i.due_date.isoformat(), _figure(i.total), _figure(i.open_amount),
                 str(i.days_overdue), _figure(i.late_fee)] for i in f.overdue]
        out.append({"title": tpl.fill(template.title, values),
                    "paragraphs": [p.text if not p.block else None for p in tpl.body_paragraphs(template.body, values)],
                    "rows": rows, "total": ["合计", "", "", _figure(sum(i.total for i in f.overdue)),
                                            _figure(f.overdue_total), "", _figure(f.late_fee_total)],
                    "payment": [head.name, head.bank, head.bank_account, _figure(f.amount_due), values["reference"]],
                    "qr": qr_payload(head, f.amount_due, values["reference"]), "date": values["date"]})
    assert letters.COMING_DUE_CODE not in {t.letter_template for t in tasks}
    return out


def bare_loop(contents: list[dict]) -> bytes:
    """The same letters laid by plain platypus: one SimpleDocTemplate, no archive, no database."""
    from xml.sax.saxutils import escape

    from arapp.documents.letterhead import Pieces, qr_drawing
    from arapp.reports.company import letterhead

    pieces = Pieces(letterhead())          # the same font, styles and decoded seal
    font, styles, seal, head = pieces.font, pieces.styles, pieces.seal, pieces.letterhead
    width = pieces.width

    def para(text, style):
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    class Sig(Flowable):
        def __init__(self, date_text):
            super().__init__()
            self.date_text = date_text

        def wrap(self, aw, ah):
            self.width = aw
            return aw, 30 * mm

        def draw(self):
            c = self.canv
            c.setFont(font, 11)
            c.drawRightString(self.width, 16 * mm, head.name)
            c.drawRightString(self.width, 9 * mm, self.date_text)
            c.drawImage(seal, self.width - 40 * mm, -7 * mm, 38 * mm, 38 * mm, mask="auto")

    def on_page(c, doc):
        c.setFont(font, 15)
        c.drawString(18 * mm, 270 * mm, head.name)
        c.setFont(font, 8.5)
        c.drawString(18 * mm, 264 * mm, f"{head.address}　电话：{head.phone}")
        c.line(18 * mm, 262 * mm, 192 * mm, 262 * mm)
        c.setFont(font, 8)
        c.drawRightString(192 * mm, 10 * mm, f"第 {doc.page} 页")

    table_style = TableStyle([("FONT", (0, 0), (-1, -1), font, 9, 12), ("GRID", (0, 0), (-1, -1), 0.4, "#7F8FA6"),
                              ("BACKGROUND", (0, 0), (-1, 0), "#DCE6F1"), ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
                              ("BACKGROUND", (0, -1), (-1, -1), "#EEEEEE")])
    header = ["单据号", "开单日期", "到期日", "金额", "未付金额", "逾期天数", "违约金"]
    shares = [30, 21, 21, 25, 25, 19, 22]
    widths = [width * s / sum(shares) for s in shares]
    story = []
    for index, c in enumerate(contents):
        if index:
            story.append(PageBreak())
        story.append(para(c["title"], styles["title"]))
        for text in c["paragraphs"]:
            if text is None:
                story += [Table([header, *c["rows"], c["total"]], colWidths=widths, repeatRows=1, style=table_style),
                          Spacer(1, 3 * mm)]
            else:
                story.append(para(text, styles["body"]))
        box = para("\n".join(c["payment"]), styles["body"])
        story += [Spacer(1, 2 * mm), Table([[box, qr_drawing(c["qr"], 30 * mm)]], colWidths=[width - 38 * mm, 38 * mm]),
                  Sig(c["date"])]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=(210 * mm, 297 * mm), leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=42 * mm, bottomMargin=18 * mm, invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


def test_a_batch_of_1000_letters_against_a_bare_reportlab_loop(letters_book, tmp_path, figures):
    from arapp.db.models import ContactLog, Document
    from arapp.outbox import common, letters

    due = letters.letters_due(ON)
    assert len(due) == N_CUSTOMERS
    assert {d.code for d in due} <= {"reminder_letter", "payment_plan_letter"}
    contents = bare_contents(ON)

    def render_only():
        jobs = letters.letter_jobs(ON)
        return common.render(jobs)

    # Taken in turns, the best of two each: the two cores are shared, and a busy moment
    # should not fall on one side only.
    bare_seconds = render_seconds = float("inf")
    for _ in range(2):
        seconds, bare_pdf = best_of(1, lambda: bare_loop(contents))
        bare_seconds = min(bare_seconds, seconds)
        seconds, (content, parts, pages) = best_of(1, render_only)
        render_seconds = min(render_seconds, seconds)
    assert len(parts) == N_CUSTOMERS and pages >= N_CUSTOMERS

    started = time.perf_counter()
    result = letters.make_letters(ON, tmp_path / "letters.pdf", combined=True)
    whole_seconds = time.perf_counter() - started
    assert result.documents == N_CUSTOMERS
    assert Document.select().count() == N_CUSTOMERS
    assert ContactLog.select().where(ContactLog.method == "letter").count() == N_CUSTOMERS
    print(f"\n[bench] letters: {pages} pages, {len(content) / 1e6:.1f} MB; bare loop {len(bare_pdf) / 1e6:.1f} MB; "
          f"archive and contacts {whole_seconds - render_seconds:.2f} s")
    figures.add("1,000 letters: outbox, render only (no archive)", render_seconds, bare_seconds, limit=1.3)
    figures.add("1,000 letters: make_letters, archive included", whole_seconds, bare_seconds, limit=1.3)
