"""The PDF preview (预览): pages, the first page of a document in a batch, save as, print."""

from __future__ import annotations

import io

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def pdf_of(pages: int) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for i in range(pages):
        c.drawString(100, 700, f"page {i + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture
def preview(qtbot):
    from arapp.ui.dialogs.pdf_preview import PdfPreviewDialog

    def make(content: bytes, first_page: int = 1) -> PdfPreviewDialog:
        dialog = PdfPreviewDialog(content, "催款函", "催款函-C0001.pdf", first_page)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def test_the_preview_shows_the_pdf_and_says_how_many_pages(preview):
    dialog = preview(pdf_of(3))
    assert dialog.page_count() == 3
    assert dialog.of_label.text() == "页，共 3 页"
    assert dialog.print_button.isEnabled()
    assert "预览" in dialog.windowTitle()


def test_a_document_inside_a_batch_opens_at_its_first_page(preview, qtbot):
    dialog = preview(pdf_of(4), first_page=3)
    qtbot.waitUntil(lambda: dialog.current_page() == 3)
    assert dialog.page_box.value() == 3
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.current_page() == 4)
    assert not dialog.next_button.isEnabled()


def test_bytes_that_are_no_pdf_say_so_and_print_nothing(preview):
    dialog = preview(b"not a pdf at all")
    assert dialog.page_count() == 0
    assert not dialog.print_button.isEnabled()
    assert dialog.error.text()


def test_save_as_writes_the_very_bytes(preview, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    content = pdf_of(2)
    dialog = preview(content)
    said = []
    dialog.said.connect(said.append)
    target = tmp_path / "out" / "letter"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    dialog.save_button.click()
    assert (tmp_path / "out" / "letter.pdf").read_bytes() == content
    assert said and "letter.pdf" in said[0]


def test_save_as_into_a_folder_that_is_not_there_says_why(preview, tmp_path):
    dialog = preview(pdf_of(1))
    missing = tmp_path / "nowhere" / "x.pdf"
    assert dialog.save_as(str(missing)) is None
    assert "nowhere" in dialog.error.text()
    assert not missing.exists()


def test_print_lays_the_chosen_pages_on_a4(preview, tmp_path):
    dialog = preview(pdf_of(5))
    printer = dialog.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(150)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert dialog.print_pages(printer, 2, 4) == 3
    printed = QPdfDocument()
    printed.load(str(out))
    assert printed.pageCount() == 3
    size = printed.pagePointSize(0)
    assert round(size.width()) == 595 and round(size.height()) == 842


def test_the_page_range_of_the_print_dialog_is_honoured(preview, tmp_path):
    dialog = preview(pdf_of(5))
    printer = dialog.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(100)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(4, 5)
    dialog._print_chosen(printer)
    printed = QPdfDocument()
    printed.load(str(tmp_path / "range.pdf"))
    assert printed.pageCount() == 2


def test_the_system_viewer_gets_a_copy_in_the_data_folder(preview, monkeypatch, tmp_path):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    content = pdf_of(1)
    dialog = preview(content)
    copy = dialog.open_in_viewer()
    assert copy is not None and copy.read_bytes() == content
    assert copy.parent == tmp_path / "data" / "preview"
    assert opened == [str(copy)]
