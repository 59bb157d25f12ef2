"""The template editor: parts checked as typed (an unknown placeholder named, Save off),
every save a new version listed in the history, restoring an old version (or the built-in
text) saving its text again, placeholders inserted at the cursor, read-only for anybody
but a manager or an administrator, the preview from the unsaved texts."""

from __future__ import annotations

import pytest

from arapp.services import templates as svc
from arapp.services.context import Actor, acting_as
from arapp.ui.dialogs import templates as editor_module
from arapp.ui.dialogs.templates import TemplateEditor


@pytest.fixture
def editor(ui_db, qtbot):
    def make(**kwargs):
        dialog = TemplateEditor(None, code="reminder_letter", lang="zh_CN", **kwargs)
        qtbot.addWidget(dialog)
        return dialog

    return make


def test_an_unknown_placeholder_turns_save_off_and_is_named_under_its_part(editor):
    dialog = editor()
    body = dialog.editors["body"]
    body.setPlainText(body.toPlainText() + "\n\n请联系{salesman}。")
    assert not dialog.save_button.isEnabled()
    assert not dialog.problem_labels["body"].isHidden()
    assert dialog.problem_labels["body"].text() == "函件正文：未知的占位符 {salesman}"
    assert dialog.editors["body"].property("refused") is True
    assert dialog.save() is False
    body.setPlainText(body.toPlainText().replace("{salesman}", "{company_contact}"))
    assert dialog.problem_labels["body"].text() == "" and dialog.problem_labels["body"].isHidden()
    assert dialog.save_button.isEnabled()


def test_a_table_placeholder_in_the_subject_is_refused(editor):
    dialog = editor()
    dialog.editors["subject"].setText("催款 {invoice_table}")
    assert not dialog.save_button.isEnabled()
    assert "{invoice_table}" in dialog.problem_labels["subject"].text()


def test_save_is_off_until_the_text_differs_from_the_current_version(editor):
    dialog = editor()
    assert not dialog.save_button.isEnabled()
    dialog.editors["title"].setText("催款通知")
    assert dialog.save_button.isEnabled()


def test_saving_writes_version_2_with_its_note_and_the_history_shows_it(editor, op):
    dialog = editor()
    assert dialog.versions_listed() == [1]
    dialog.editors["title"].setText("催款通知函")
    dialog.note.setText("标题改短")
    outcome = op(dialog.save)
    assert outcome.ok and outcome.result.written
    saved = svc.current("reminder_letter", "zh_CN")
    assert (saved.version, saved.title, saved.note) == (2, "催款通知函", "标题改短")
    assert dialog.versions_listed() == [2, 1]
    assert dialog.history.item(0, 3).text() == "标题改短"
    assert "2" in dialog.status.text()
    assert dialog.note.text() == ""
    assert not dialog.save_button.isEnabled()


def test_restoring_version_1_writes_version_3_with_version_1s_text(editor, op):
    first = svc.current("reminder_letter", "zh_CN")
    svc.save_template("reminder_letter", "zh_CN", title="第二版标题", body=first.body, subject=first.subject,
                      email=first.email, message=first.message)
    dialog = editor()
    assert dialog.versions_listed() == [2, 1]
    dialog.select_version(1)
    assert dialog.restore_button.isEnabled()
    assert op(dialog.restore).ok
    third = svc.current("reminder_letter", "zh_CN")
    assert third.version == 3
    assert [third.part(p) for p in ("title", "body", "subject", "email", "message")] == \
           [first.part(p) for p in ("title", "body", "subject", "email", "message")]
    assert dialog.versions_listed() == [3, 2, 1]
    assert dialog.editors["title"].text() == first.title


def test_the_built_in_text_comes_back_as_a_new_version(editor, op):
    first = svc.current("final_demand", "en")
    svc.save_template("final_demand", "en", title="Last call", body=first.body)
    dialog = TemplateEditor(None, code="final_demand", lang="en")
    assert dialog.builtin_button.isEnabled()
    assert op(dialog.restore_builtin).ok
    assert svc.current("final_demand", "en").title == first.title
    assert dialog.versions_listed() == [3, 2, 1]
    dialog.deleteLater()


def test_showing_an_old_version_puts_its_text_in_the_editors_to_save_again(editor, op):
    first = svc.current("reminder_letter", "zh_CN")
    svc.save_template("reminder_letter", "zh_CN", title="第二版标题", body=first.body)
    dialog = editor()
    assert dialog.editors["title"].text() == "第二版标题"
    assert dialog.show_version(1)
    assert dialog.editors["title"].text() == first.title
    assert "1" in dialog.status.text()
    assert dialog.save_button.isEnabled()


def test_a_double_clicked_placeholder_goes_in_at_the_cursor(editor):
    dialog = editor()
    title = dialog.editors["title"]
    title.setText("致函")
    title.setFocus()
    dialog.last_part = "title"
    title.setCursorPosition(0)
    assert dialog.insert_field("customer_name")
    assert title.text() == "{customer_name}致函"
    names = [dialog.fields.topLevelItem(i).data(0, 0x0100) for i in range(dialog.fields.topLevelItemCount())]
    assert "invoice_table" in names and "period_from" not in names


def test_a_table_placeholder_goes_on_a_line_of_its_own(editor):
    dialog = editor()
    body = dialog.editors["body"]
    body.setPlainText("你好")
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    dialog.last_part = "body"
    dialog.insert_field("invoice_table")
    assert body.toPlainText() == "你好\n{invoice_table}"
    assert dialog.problems == {}


def test_the_statement_lists_its_own_placeholders_and_has_no_letter_page(ui_db, qtbot):
    dialog = TemplateEditor(None, code="statement", lang="zh_CN")
    qtbot.addWidget(dialog)
    listed = [dialog.fields.topLevelItem(i).data(0, 0x0100) for i in range(dialog.fields.topLevelItemCount())]
    assert "closing_balance" in listed and "invoice_table" not in listed
    assert not dialog.pages.isTabVisible(0)


def test_another_template_is_loaded_when_chosen(editor):
    dialog = editor()
    dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
    assert dialog.editors["title"].text() == svc.current("reminder_letter", "en").title


def test_a_bookkeeper_reads_the_templates_but_cannot_change_them(ui_db, qtbot):
    with acting_as(Actor("wang", "bookkeeper")):
        dialog = TemplateEditor(None, code="reminder_letter", lang="zh_CN")
        qtbot.addWidget(dialog)
        assert not dialog.may_edit
        assert dialog.read_only_note.text() and not dialog.read_only_note.isHidden()
        assert all(e.isReadOnly() for e in dialog.editors.values())
        dialog.select_version(1)
        assert not dialog.save_button.isEnabled()
        assert not dialog.restore_button.isEnabled() and not dialog.builtin_button.isEnabled()
        assert dialog.save() is False and dialog.insert_field("customer_name") is False
    assert svc.current("reminder_letter", "zh_CN").version == 1


def test_the_preview_is_made_from_the_unsaved_texts(editor, books, op, monkeypatch):
    made = {}

    class Letters:
        @staticmethod
        def preview_letter(customer, code, *, on=None, template=None):
            made.update(customer=customer, code=code, template=template)
            return b"%PDF-1.4 preview"

    shown = []
    monkeypatch.setattr(editor_module, "letter_maker", lambda: Letters)
    monkeypatch.setattr(editor_module, "show_pdf", lambda _p, content, title, name: shown.append((content, name)))
    cid = books.customer("宁波同舟纺织有限公司", code="NB01")
    dialog = editor()
    assert not dialog.preview_box.isHidden()
    assert dialog.preview() is False
    assert dialog.customer.property("invalid") is True
    dialog.customer.set_customer(cid)
    dialog.editors["title"].setText("未保存的标题")
    assert op(dialog.preview).ok
    assert made["customer"] == cid and made["code"] == "reminder_letter"
    assert made["template"].title == "未保存的标题"
    assert shown == [(b"%PDF-1.4 preview", "preview-reminder_letter-NB01.pdf")]
    assert svc.current("reminder_letter", "zh_CN").version == 1


def test_without_the_letter_maker_there_is_no_preview(editor, monkeypatch):
    monkeypatch.setattr(editor_module, "letter_maker", lambda: None)
    assert editor().preview_box.isHidden()


def test_the_settings_dialog_opens_the_editor(ui_db, qtbot):
    from arapp.ui.dialogs.settings import SettingsDialog

    settings = SettingsDialog(None)
    qtbot.addWidget(settings)
    opened = settings.open_templates()
    assert isinstance(opened, TemplateEditor) and opened.parent() is settings
    opened.close()


def test_restoring_a_version_only_shown_asks_no_question_about_typed_changes(editor, op, monkeypatch):
    first = svc.current("reminder_letter", "zh_CN")
    svc.save_template("reminder_letter", "zh_CN", title="第二版标题", body=first.body)
    dialog = editor()
    assert dialog.show_version(1)                    # read, nothing typed
    asked = []
    monkeypatch.setattr(editor_module.common, "ask_yes_no", lambda *a, **k: asked.append(a) or False)
    dialog.select_version(1)
    assert op(dialog.restore).ok
    assert asked == []
    assert svc.current("reminder_letter", "zh_CN").title == first.title


def test_restoring_over_typed_changes_still_asks_first(editor, monkeypatch):
    first = svc.current("reminder_letter", "zh_CN")
    svc.save_template("reminder_letter", "zh_CN", title="第二版标题", body=first.body)
    dialog = editor()
    dialog.editors["title"].setText("打了一半")
    asked = []
    monkeypatch.setattr(editor_module.common, "ask_yes_no", lambda *a, **k: asked.append(a) or False)
    assert dialog.restore(1) is False
    assert len(asked) == 1
