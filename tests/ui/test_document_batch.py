"""The batches of the Documents menu: what they hold before they run, progress, cancel,
what they made and whom they left out (makers faked: tests/ui/fake_outbox.py)."""

from __future__ import annotations

import datetime as _dt

import pytest
from fake_outbox import LetterDue

from arapp import clock
from arapp.db.models import ContactLog, Document


@pytest.fixture
def three_due(books, fake_outbox):
    clock.set(_dt.date(2026, 12, 3))
    ids = [books.customer(name, code=f"C{i:03d}") for i, name in enumerate(("甲公司", "乙公司", "丙公司"), 1)]
    fake_outbox.due = [LetterDue(None, cid, f"C{i:03d}", name, level, "reminder_letter", 120_000 * i)
                       for i, (cid, name, level) in enumerate(zip(ids, ("甲公司", "乙公司", "丙公司"), (2, 2, 3),
                                                                  strict=True), 1)]
    return ids


@pytest.fixture
def batch(main_window, qtbot):
    def open_batch(kind: str):
        dialog = main_window.open_batch(kind)
        qtbot.waitSignal(dialog.looked, timeout=5000) if dialog.count is None else None
        qtbot.waitUntil(lambda: dialog.count is not None, timeout=5000)
        return dialog

    return open_batch


def test_the_documents_menu_offers_the_three_batches_and_templates(main_window):
    texts = [a.text() for a in main_window.documents_menu.actions() if not a.isSeparator()]
    assert main_window.documents_menu.title() == "文档(&D)"
    assert texts == ["待发催款函(&L)…", "对账单(&S)…", "当日收据(&R)…", "模板(&T)…"]


def test_documents_templates_opens_the_template_editor(main_window, qtbot):
    from arapp.ui.dialogs.templates import TemplateEditor

    editor = main_window._open_templates()
    assert isinstance(editor, TemplateEditor) and editor.isVisible()
    editor.close()


def test_the_letters_due_are_listed_before_anything_is_made(three_due, batch, fake_outbox, qtbot):
    dialog = batch("letter")
    assert dialog.due_model.rowCount() == 3
    assert dialog.due_model.rows[0][0] == "C001 甲公司"
    assert "3 封" in dialog.count_label.text()
    dialog.level.setCurrentIndex(dialog.level.findData(3))
    qtbot.waitUntil(lambda: dialog.due_model.rowCount() == 1, timeout=5000)
    assert Document.select().count() == 0


def test_a_combined_batch_runs_with_progress_and_says_what_it_made(three_due, batch, fake_outbox, tmp_path,
                                                                   qtbot):
    fake_outbox.skipped = [("C009 丁公司", "没有地址")]
    dialog = batch("letter")
    out = tmp_path / "letters.pdf"
    dialog.output.setText(str(out))
    dialog.output.setModified(True)
    progress = []
    dialog.progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(dialog.batchFinished, timeout=30000):
        assert dialog.make()
    assert out.is_file()
    assert Document.select().count() == 3
    assert progress and max(progress) == 3
    assert "3 份" in dialog.outcome.text()
    assert "C009 丁公司：没有地址" in dialog.skipped.toPlainText()
    assert dialog.preview_button.isVisibleTo(dialog)
    preview = dialog.open_preview()
    qtbot.addWidget(preview)
    assert preview.page_count() == 3
    assert not dialog.make_button.isEnabled() and dialog.make() is False     # not made twice by a second click
    dialog.level.setCurrentIndex(dialog.level.findData(2))
    qtbot.waitUntil(dialog.make_button.isEnabled, timeout=5000)


def test_one_file_per_customer_goes_into_a_folder(three_due, batch, tmp_path, qtbot):
    dialog = batch("letter")
    dialog.separate.setChecked(True)
    folder = tmp_path / "letters"
    dialog.output.setText(str(folder))
    dialog.output.setModified(True)
    with qtbot.waitSignal(dialog.batchFinished, timeout=30000):
        dialog.make()
    assert len(list(folder.glob("*.pdf"))) == 3
    assert not dialog.preview_button.isVisibleTo(dialog)


def test_a_cancelled_batch_archives_nothing_and_says_so(three_due, batch, fake_outbox, tmp_path, qtbot):
    fake_outbox.delay = 0.4
    dialog = batch("letter")
    out = tmp_path / "letters.pdf"
    dialog.output.setText(str(out))
    dialog.output.setModified(True)
    dialog.make()
    assert dialog.cancel_button.isEnabled() and not dialog.close_button.isEnabled()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.cancelled, timeout=30000)
    assert "没有归档" in dialog.outcome.text()
    assert Document.select().count() == 0 and ContactLog.select().count() == 0
    assert not out.exists()
    assert dialog.close_button.isEnabled()


def test_statements_say_how_many_customers_and_run(books, fake_outbox, batch, tmp_path, qtbot):
    clock.set(_dt.date(2026, 12, 3))
    fake_outbox.statement_customers = [books.customer("甲公司"), books.customer("乙公司")]
    dialog = batch("statement")
    assert dialog.start.date().toString("yyyy-MM-dd") == "2026-11-01"
    assert dialog.end.date().toString("yyyy-MM-dd") == "2026-11-30"
    assert "2 位客户" in dialog.count_label.text()
    assert dialog.separate.isChecked()
    dialog.output.setText(str(tmp_path))
    dialog.output.setModified(True)
    with qtbot.waitSignal(dialog.batchFinished, timeout=30000):
        dialog.make()
    assert Document.select().where(Document.kind == "statement").count() == 2


def test_an_empty_day_of_receipts_makes_nothing(fake_outbox, batch):
    dialog = batch("receipt")
    assert dialog.count == 0
    assert not dialog.make_button.isEnabled()


def test_what_a_batch_made_is_said_with_chinese_punctuation(three_due, batch, tmp_path, qtbot):
    dialog = batch("letter")
    out = tmp_path / "letters.pdf"
    dialog.output.setText(str(out))
    dialog.output.setModified(True)
    with qtbot.waitSignal(dialog.batchFinished, timeout=30000):
        assert dialog.make()
    text = dialog.outcome.text()
    assert "份文档，" in text and ", " not in text.replace(str(out), "")
