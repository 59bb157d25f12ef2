"""The window's side of the documents: the archive lists in the customer's detail and the
collection file, and the acts that make a document (a statement of account, a task's
letter, a receipt) or record a message sent (makers faked: tests/ui/fake_outbox.py;
the archive, contacts and Changes are the real ones)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from arapp.db.models import ContactLog, Document
from arapp.services import collections as svc
from arapp.services.documents import DocumentPart, archive

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)


def pdf_of(pages: int, mark: str = "") -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for i in range(pages):
        c.drawString(100, 700, f"{mark} page {i + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def preview_of(qtbot, widget_or_signal_owner):
    """The PdfPreviewDialog the act opens (a child of the window)."""
    from arapp.ui.dialogs.pdf_preview import PdfPreviewDialog

    found = []

    def shown():
        found[:] = [d for d in widget_or_signal_owner.window().findChildren(PdfPreviewDialog) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=15000)
    return found[-1]


@pytest.fixture
def ops_widget(runner, qtbot):
    """A window of its own with operations (what a dialog finds through its parent)."""
    from PySide6.QtWidgets import QWidget

    from arapp.ui.operations import Operations

    w = QWidget()
    w.ops = Operations(runner, w)
    qtbot.addWidget(w)
    w.resize(900, 700)
    w.show()
    return w


@pytest.fixture
def customer(books):
    return books.customer("上海锦程贸易有限公司", code="C0001", payment_terms_days=0)


def test_the_list_shows_the_archived_documents_and_opens_one_at_its_page(customer, ops_widget, qtbot):
    from arapp.ui.dialogs.documents_list import DocumentsList

    archive(pdf_of(1, "a"), "letter.pdf", [DocumentPart(customer, "letter", "催款函 C0001", "zh_CN")], pages=1)
    combined = [DocumentPart(customer, "statement", "对账单 C0001", "zh_CN", first_page=3, pages=2),
                DocumentPart(customer, "receipt", "收据 R0001", "zh_CN", first_page=1, pages=2)]
    archive(pdf_of(4, "b"), "batch.pdf", combined, pages=4)
    docs = DocumentsList(ops_widget)
    docs.show_for(customer_id=customer)
    assert docs.model.rowCount() == 3
    kinds = {row[1] for row in docs.model.rows}
    assert kinds == {"信函", "对账单", "收据"}
    row = next(i for i, r in enumerate(docs.model.rows) if r[2] == "对账单 C0001")
    assert docs.model.rows[row][3] == "—" and docs.model.rows[row][5] == 2
    assert docs.model.rows[row][4] == "系统管理员"            # names.user_name of admin
    docs.open_row(row)
    preview = preview_of(qtbot, docs)
    qtbot.waitUntil(lambda: preview.current_page() == 3, timeout=5000)
    assert preview.page_count() == 4


def test_the_list_reads_again_when_a_document_is_made(customer, ops_widget):
    from arapp.services.changes import Changes
    from arapp.ui.dialogs.documents_list import DocumentsList

    docs = DocumentsList(ops_widget, ops=ops_widget.ops)
    docs.show_for(customer_id=customer)
    assert docs.count() == 0 and docs.empty.isVisibleTo(docs)
    made = archive(pdf_of(1), "x.pdf", [DocumentPart(customer, "letter", "催款函", "zh_CN")], pages=1)
    ops_widget.ops.changed.emit(Changes.of(invoice=[1]))
    assert docs.count() == 0
    ops_widget.ops.changed.emit(made.changes)
    assert docs.count() == 1


def test_the_customer_detail_lists_its_documents_and_makes_a_statement(customer, fake_outbox, main_window,
                                                                        qtbot, wait_loaded):
    from arapp import clock

    clock.set(dt.date(2026, 12, 3))
    tab = main_window.customers_tab
    wait_loaded(tab.model)
    tab.select_customer(customer)
    qtbot.waitUntil(lambda: tab.detail.customer_id == customer, timeout=5000)
    documents = tab.detail.documents
    assert documents.count() == 0
    assert "对账单" in [text for text, _on, _do in tab.context_actions()][-1]
    dialog = tab.statement_of_account()
    assert dialog.period() == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    dialog.open_only.setChecked(True)
    dialog.make_button.click()
    preview = preview_of(qtbot, tab)
    assert preview.page_count() == 1
    name, args, kwargs = fake_outbox.calls[-1]
    assert name == "make_statement" and args == (customer, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert kwargs["open_only"] is True
    qtbot.waitUntil(lambda: documents.count() == 1, timeout=5000)
    assert "对账单" in main_window.statusBar().currentMessage()


def test_a_statement_period_that_ends_before_it_starts_is_refused(customer, fake_outbox, ops_widget):
    from arapp.ui.dialogs.statement import StatementDialog

    dialog = StatementDialog(customer, "C0001", ops_widget)
    dialog.start.setDate(dialog.end.date().addDays(1))
    assert dialog.make() is False
    assert "2026" in dialog.error.text() or dialog.error.text()
    assert not fake_outbox.calls


# ---------------------------------------------------------------------- the collection file

@pytest.fixture
def collections(customer, fake_outbox, main_window, qtbot):
    from arapp.services.invoices import create_invoice

    create_invoice(customer, TODAY - 60 * DAY, due_date=TODAY - 45 * DAY, amount=900_000, description="服务费",
                   post=True, override_reason="test")
    svc.generate_tasks(TODAY)
    tab = main_window.collections_tab
    with qtbot.waitSignal(tab.detailLoaded, timeout=10000):
        main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.detail is not None, timeout=10000)
    return tab


def test_a_tasks_letter_is_made_logged_as_a_contact_and_previewed(collections, fake_outbox, qtbot):
    tab = collections
    task = tab.detail.current_task
    assert task is not None and task.letter_template
    button = tab.actions.letter_button
    assert button.isVisibleTo(tab) and button.isEnabled()
    with qtbot.waitSignal(tab.detailLoaded, timeout=15000):      # the letter's contact reloads the file
        button.click()
    preview = preview_of(qtbot, tab)
    assert preview.page_count() == 1
    name, args, kwargs = [c for c in fake_outbox.calls if c[0] == "make_letter"][-1]
    assert kwargs["task"] == task.task_id and kwargs["code"] == task.letter_template
    assert ContactLog.select().where(ContactLog.method == "letter", ContactLog.task == task.task_id).count() == 1
    qtbot.waitUntil(lambda: tab.pane.documents.count() == 1, timeout=5000)
    assert tab.pane.pages.tabText(len(tab.pane.PAGES)).endswith("(1)")


def test_message_text_sent_by_wechat_records_the_contact(collections, fake_outbox, qtbot):
    from PySide6.QtGui import QGuiApplication

    tab = collections
    task = tab.detail.current_task
    dialog = tab.actions.message_text()
    assert dialog.text.toPlainText() == fake_outbox.message
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == fake_outbox.message
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.sent_buttons["wechat"].click()
    name, args, kwargs = fake_outbox.calls[-1]
    assert name == "record_message" and args[2] == "wechat" and kwargs["task"] == task.task_id
    assert ContactLog.select().where(ContactLog.method == "wechat").count() == 1
    assert "微信" in tab.window().statusBar().currentMessage()


def test_message_text_closed_records_nothing(collections, fake_outbox):
    dialog = collections.actions.message_text()
    dialog.close_button.click()
    assert not [c for c in fake_outbox.calls if c[0] == "record_message"]
    assert ContactLog.select().where(ContactLog.method.in_(("wechat", "sms"))).count() == 0


# ---------------------------------------------------------------------- receipts and e-mail

def test_a_receipt_is_printed_with_two_copies_and_previewed(customer, fake_outbox, ops_widget, qtbot):
    from arapp.services.receipts import record_receipt
    from arapp.ui.dialogs.receipt_detail import ReceiptDetailDialog

    receipt = record_receipt(customer, TODAY, 50_000, method="cash").receipt_id
    dialog = ReceiptDetailDialog(receipt, ops_widget)
    qtbot.addWidget(dialog)
    dialog.show()
    said = []
    dialog.said.connect(said.append)
    dialog.two_copies.setChecked(True)
    dialog.print_button.click()
    preview = preview_of(qtbot, dialog)
    assert preview.page_count() == 1
    assert fake_outbox.calls[-1][0] == "make_receipt" and fake_outbox.calls[-1][2]["two_copies"] is True
    assert Document.select().where(Document.receipt == receipt).count() == 1
    assert said and "收据" in said[-1]


def test_send_by_e_mail_says_to_whom_and_why_not(customer, fake_outbox, ops_widget, qtbot, messages):
    from arapp.ui.dialogs.documents_list import DocumentsList

    archive(pdf_of(1), "x.pdf", [DocumentPart(customer, "letter", "催款函 C0001", "zh_CN")], pages=1)
    docs = DocumentsList(ops_widget, ops=ops_widget.ops)
    docs.show_for(customer_id=customer)
    docs.view.selectRow(0)
    assert docs.send_button.isVisibleTo(docs) and docs.send_button.isEnabled()
    said = []
    docs.actMessage.connect(said.append)
    with qtbot.waitSignal(ops_widget.ops.finished, timeout=10000):
        docs.send_button.click()
    assert "finance@example.com" in said[-1]
    fake_outbox.send_ok, fake_outbox.send_error = False, "邮件服务器拒绝登录"
    with qtbot.waitSignal(ops_widget.ops.finished, timeout=10000):
        docs.send_button.click()
    assert "邮件服务器拒绝登录" in messages.errors[-1][1]


def test_without_the_mail_module_no_e_mail_is_offered(customer, fake_outbox, ops_widget, monkeypatch):
    from fake_outbox import without_mail

    from arapp.ui.dialogs.documents_list import DocumentsList

    without_mail(monkeypatch)
    docs = DocumentsList(ops_widget)
    assert not docs.send_button.isVisibleTo(docs)
