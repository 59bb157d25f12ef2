"""The template editor (模板): the wording of each letter, of the statement's e-mail and
of the short messages, per template and language, with the placeholders each may use.

The five parts of a template (title, letter text, e-mail subject, e-mail text, message)
are checked as the user types (:func:`arapp.domain.templates.check_part`): the message
under a part names the unknown placeholder, and Save stays off while any part is refused.
Save writes the next version (:func:`arapp.services.templates.save_template`, as an
operation off the UI thread) with an optional note; nothing is ever overwritten, so
"Restore" saves an older version's text again as a new version, and "Restore the
built-in text" does so with version 1. A preview with a real customer is made by
:func:`arapp.outbox.letters.preview_letter` from the unsaved texts, when that module is
there. Only a manager or an administrator (template.edit) changes a template; anybody
else reads it.

:func:`open_template_editor` opens it (from Settings → Letters, or the Documents menu).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arapp import names
from arapp.domain import templates as tpl
from arapp.domain import text as text_kinds
from arapp.errors import ArappError, ValidationError
from arapp.i18n import tr
from arapp.services import templates as svc
from arapp.services.context import current_actor
from arapp.ui import common, operations
from arapp.ui.dialogs.customer_picker import CustomerPicker
from arapp.ui.operations import Operations

#: The parts written on one line (the others are several lines long).
ONE_LINE = ("title", "subject")
#: The editor's pages: (page, parts on it).
PAGES = (("letter", ("title", "body")), ("email", ("subject", "email")), ("message", ("message",)))
PROBLEM_STYLE = "color: #b00020;"


def letter_maker():
    """arapp.outbox.letters when it is there (the preview needs it), else None."""
    try:
        from arapp.outbox import letters
    except ImportError:
        return None
    return letters if hasattr(letters, "preview_letter") else None


def restore_version(code: str, lang: str, number: int) -> svc.TemplateSaved:
    """Save version ``number``'s texts of the ``code`` template in ``lang`` again, as its
    next version (nothing is written when they are the newest version's texts)."""
    old = svc.version(code, lang, number)
    note = tr("TemplateEditor", "Restored version {version}", version=number)
    return svc.save_template(code, lang, title=old.title, body=old.body, subject=old.subject, email=old.email,
                             message=old.message, note=note)


def make_preview(code: str, customer_id: int, template: tpl.Template) -> bytes:
    """The PDF of the ``code`` letter for the customer, from ``template``'s (unsaved) texts;
    archives nothing."""
    return letter_maker().preview_letter(customer_id, code, template=template)


def show_pdf(parent: QWidget | None, content: bytes, title: str, file_name: str):
    """Show a PDF: in the window's preview dialog when there is one, else in the system's
    viewer from a temporary file. Tests replace this."""
    try:
        from arapp.ui.dialogs.pdf_preview import PdfPreviewDialog
    except ImportError:
        PdfPreviewDialog = None  # noqa: N806
    if PdfPreviewDialog is not None:
        try:
            dialog = PdfPreviewDialog(content, title, file_name, parent=parent)
        except TypeError:           # a preview dialog that takes no parent
            dialog = PdfPreviewDialog(content, title, file_name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
    folder = Path(tempfile.mkdtemp(prefix="arapp-preview-"))
    path = folder / file_name
    path.write_bytes(content)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


class _FocusWatch(QObject):
    """Tells the editor which part the user was last typing in."""

    def __init__(self, editor: TemplateEditor, part: str, widget: QWidget):
        super().__init__(widget)
        self.editor, self.part = editor, part
        widget.installEventFilter(self)

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusIn:
            self.editor.last_part = self.part
        return False


class TemplateEditor(QDialog):
    def __init__(self, parent: QWidget | None = None, *, ops: Operations | None = None,
                 code: str = "reminder_letter", lang: str | None = None):
        super().__init__(parent)
        self.ops = ops or operations.for_widget(parent)
        t = self.tr
        self.setWindowTitle(t("Document templates"))
        self.resize(1180, 740)
        self.may_edit = current_actor().may("template.edit")
        self.current: tpl.Template | None = None   # the newest version of the template chosen
        self.loaded: tpl.Template | None = None    # the version whose texts were put in the editors
        self.problems: dict[str, str] = {}
        self.last_part = "body"

        # -- which template
        self.code = common.fit_combo(QComboBox())
        for c in tpl.TEMPLATE_CODES:
            self.code.addItem(names.template_code(c), c)
        self.lang = common.fit_combo(QComboBox())
        for lg in tpl.TEMPLATE_LANGS:
            self.lang.addItem(names.template_lang(lg), lg)
        self.code.setCurrentIndex(max(0, self.code.findData(code)))
        self.lang.setCurrentIndex(max(0, self.lang.findData(lang or _ui_language())))
        self._shown_choice = (self.code.currentData(), self.lang.currentData())
        self.version_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(t("Template")))
        top.addWidget(self.code)
        top.addSpacing(12)
        top.addWidget(QLabel(t("Language")))
        top.addWidget(self.lang)
        top.addSpacing(12)
        top.addWidget(self.version_label, 1)
        self.read_only_note = QLabel(t("Only a manager or an administrator can change the templates; "
                                       "you can read them and preview them."))
        self.read_only_note.setStyleSheet("color: #8a5a00;")
        self.read_only_note.setVisible(not self.may_edit)

        # -- the parts
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self.pages = QTabWidget()
        page_titles = {"letter": t("Letter"), "email": t("E-mail"), "message": t("Message")}
        for page_name, parts in PAGES:
            page = QWidget()
            pl = QVBoxLayout(page)
            for part in parts:
                if part in ONE_LINE:
                    edit = QLineEdit()
                    edit.setMaxLength(text_kinds.max_length(text_kinds.LINE))
                else:
                    edit = QPlainTextEdit()
                    edit.setTabChangesFocus(True)
                edit.setReadOnly(not self.may_edit)
                edit.textChanged.connect(self._typed)
                _FocusWatch(self, part, edit)
                problem = QLabel()
                problem.setWordWrap(True)
                problem.setStyleSheet(PROBLEM_STYLE)
                problem.hide()
                pl.addWidget(QLabel(tpl.part_label(part)))
                pl.addWidget(edit, 0 if part in ONE_LINE else 1)
                pl.addWidget(problem)
                self.editors[part], self.problem_labels[part] = edit, problem
            self.pages.addTab(page, page_titles[page_name])

        # -- the placeholders
        self.fields = QTreeWidget()
        self.fields.setColumnCount(2)
        self.fields.setHeaderLabels([t("Placeholder"), t("Stands for")])
        self.fields.setRootIsDecorated(False)
        self.fields.setAlternatingRowColors(True)
        self.fields.itemDoubleClicked.connect(lambda item, _col: self.insert_field(item.data(0, Qt.ItemDataRole.UserRole)))
        fields_hint = QLabel(t("Double-click a placeholder to put it at the cursor.") if self.may_edit
                             else t("What each placeholder is filled with."))
        fields_hint.setWordWrap(True)
        fields_box = QGroupBox(t("Placeholders this template may use"))
        fl = QVBoxLayout(fields_box)
        fl.addWidget(fields_hint)
        fl.addWidget(self.fields, 1)

        # -- the versions
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels([t("Version"), t("Saved"), t("By"), t("Note")])
        self.history.verticalHeader().hide()
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.history.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.itemSelectionChanged.connect(self._version_chosen)
        self.history.itemDoubleClicked.connect(lambda _item: self.show_version())
        self.show_button = QPushButton(t("Show this version"))
        self.restore_button = QPushButton(t("Restore this version"))
        self.builtin_button = QPushButton(t("Restore the built-in text"))
        self.show_button.clicked.connect(lambda: self.show_version())
        self.restore_button.clicked.connect(lambda: self.restore())
        self.builtin_button.clicked.connect(self.restore_builtin)
        versions_box = QGroupBox(t("Versions"))
        vl = QVBoxLayout(versions_box)
        vl.addWidget(self.history, 1)
        vb = QHBoxLayout()
        for b in (self.show_button, self.restore_button):
            vb.addWidget(b)
        vb.addStretch(1)
        vl.addLayout(vb)
        vb2 = QHBoxLayout()
        vb2.addWidget(self.builtin_button)
        vb2.addStretch(1)
        vl.addLayout(vb2)

        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(fields_box)
        side.addWidget(versions_box)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.pages)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([700, 560])         # the placeholders' meanings are read whole
        self.split = split

        # -- preview, note, save
        self.maker = letter_maker()
        self.customer = CustomerPicker()
        self.customer.setMinimumWidth(260)
        self.preview_button = QPushButton(t("Preview…"))
        self.preview_button.clicked.connect(self.preview)
        self.preview_box = QWidget()
        pr = QHBoxLayout(self.preview_box)
        pr.setContentsMargins(0, 0, 0, 0)
        pr.addWidget(QLabel(t("Preview with customer")))
        pr.addWidget(self.customer)
        pr.addWidget(self.preview_button)
        self.preview_box.setVisible(self.maker is not None)
        self.note = QLineEdit()
        self.note.setMaxLength(text_kinds.max_length(text_kinds.LINE))
        self.note.setPlaceholderText(t("What changed and why (optional)"))
        self.note.setEnabled(self.may_edit)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = common.ErrorLabel()
        self.save_button = QPushButton(t("Save as a new version"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(t("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.preview_box)
        bottom.addStretch(1)
        bottom.addWidget(QLabel(t("Note")))
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.read_only_note)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

        self.code.currentIndexChanged.connect(self._choice_changed)
        self.lang.currentIndexChanged.connect(self._choice_changed)
        self.load()

    # ------------------------------------------------------------------ what is shown

    def chosen(self) -> tuple[str, str]:
        return self.code.currentData(), self.lang.currentData()

    def load(self, number: int | None = None) -> None:
        """Put the chosen template's newest version (or version ``number``) in the editors,
        with its placeholders and its history."""
        code, lang = self.chosen()
        self._shown_choice = (code, lang)
        self.current = svc.current(code, lang)
        shown = self.current if number is None or number == self.current.version else svc.version(code, lang, number)
        self.loaded = shown
        for part, edit in self.editors.items():
            edit.blockSignals(True)
            if isinstance(edit, QLineEdit):
                edit.setText(shown.part(part))
                edit.setCursorPosition(0)
            else:
                edit.setPlainText(shown.part(part))
            edit.blockSignals(False)
        letter = code != "statement"
        self.pages.setTabVisible(0, letter)
        if not letter and self.pages.currentIndex() == 0:
            self.pages.setCurrentIndex(1)
        self._fill_fields(code)
        self._fill_history()
        self.preview_button.setEnabled(letter)
        self.preview_button.setToolTip("" if letter else self.tr("A statement is previewed from the Documents menu."))
        self.error.clear_message()
        self._show_state()
        self._check()

    def _fill_fields(self, code: str) -> None:
        self.fields.clear()
        for name in tpl.fields_for(code):
            item = QTreeWidgetItem(["{" + name + "}", tpl.field_label(name)])
            item.setData(0, Qt.ItemDataRole.UserRole, name)
            item.setToolTip(1, tpl.field_label(name))
            self.fields.addTopLevelItem(item)
        self.fields.resizeColumnToContents(0)

    def _fill_history(self) -> None:
        rows = svc.history(*self.chosen())
        self.history.blockSignals(True)
        self.history.setRowCount(len(rows))
        for r, (number, at, by, note) in enumerate(rows):
            by_text = names.user_name(by) if by != "system" else self.tr("arapp")
            if number == 1 and not note:
                note = self.tr("The built-in text")
            for c, value in enumerate((str(number), at[:16], by_text, note)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, number)
                if c == 0:
                    item.setTextAlignment(common.AMOUNT_ALIGN)
                self.history.setItem(r, c, item)
        self.history.clearSelection()
        self.history.blockSignals(False)
        self._version_chosen()

    def versions_listed(self) -> list[int]:
        """The version numbers in the history, newest first."""
        return [int(self.history.item(r, 0).text()) for r in range(self.history.rowCount())]

    def selected_version(self) -> int | None:
        rows = self.history.selectionModel().selectedRows()
        if not rows:
            return None
        return int(self.history.item(rows[0].row(), 0).text())

    def select_version(self, number: int) -> None:
        """Select version ``number`` in the history."""
        for r in range(self.history.rowCount()):
            if int(self.history.item(r, 0).text()) == number:
                self.history.selectRow(r)
                return

    def _version_chosen(self) -> None:
        number = self.selected_version()
        t = self.tr
        self.show_button.setEnabled(number is not None)
        self.show_button.setText(t("Show version {version}").format(version=number) if number
                                 else t("Show this version"))
        current = self.current.version if self.current else None
        self.restore_button.setEnabled(self.may_edit and number is not None and number != current)
        self.restore_button.setText(t("Restore version {version}").format(version=number) if number
                                    else t("Restore this version"))
        self.builtin_button.setEnabled(self.may_edit and current is not None and current > 1)

    def _show_state(self) -> None:
        cur, shown = self.current, self.loaded
        if cur is None or shown is None:
            return
        self.version_label.setText(self.tr("Current version: {version}").format(version=cur.version))
        if shown.version == cur.version:
            self.status.setText(self.tr("Showing version {version}, the current one.").format(version=cur.version))
        else:
            self.status.setText(self.tr("Showing version {version} (the current one is {current}): Save writes this "
                                        "text as a new version.").format(version=shown.version, current=cur.version))

    # ------------------------------------------------------------------ typing

    def texts(self) -> dict[str, str]:
        """The five parts as they are in the editors."""
        return {part: (e.text() if isinstance(e, QLineEdit) else e.toPlainText()) for part, e in self.editors.items()}

    def candidate(self) -> tpl.Template:
        """The template as typed (not saved)."""
        code, lang = self.chosen()
        return tpl.Template(code=code, lang=lang, version=0, **self.texts())

    def is_changed(self) -> bool:
        """Whether the editors hold other texts than the current version's."""
        return self.current is not None and self.texts() != {p: self.current.part(p) for p in tpl.PARTS}

    def _edited_since_load(self) -> bool:
        return self.loaded is not None and self.texts() != {p: self.loaded.part(p) for p in tpl.PARTS}

    def _typed(self) -> None:
        self.error.clear_message()
        self._check()

    def _check(self) -> None:
        """Check every part as it stands: mark the refused ones and say why under them;
        Save is on only when all are fine and something differs from the current version."""
        code = self.code.currentData()
        texts = self.texts()
        problems: dict[str, str] = {}
        for part in tpl.PARTS:
            try:
                tpl.check_part(code, part, texts[part])
            except ValidationError as exc:
                problems[part] = exc.message
        if not problems:
            try:
                tpl.check_template(self.candidate())
            except ValidationError as exc:
                problems[exc.field if exc.field in self.editors else "body"] = exc.message
        self.problems = problems
        for part, label in self.problem_labels.items():
            message = problems.get(part, "")
            label.setText(message)
            label.setVisible(bool(message))
            self.editors[part].setStyleSheet(common.INVALID_STYLE if message else "")
            self.editors[part].setProperty("refused", bool(message))
        self.save_button.setEnabled(self.may_edit and not problems and self.is_changed()
                                    and not operations.is_waiting(self))

    def insert_field(self, name: str) -> bool:
        """Put ``{name}`` at the cursor of the part last typed in (a table placeholder on a
        line of its own in the letter text)."""
        if not self.may_edit or not name:
            return False
        part = self.last_part
        if not self.pages.currentWidget().isAncestorOf(self.editors[part]):
            part = next(p for page, parts in PAGES for p in parts
                        if self.pages.currentWidget().isAncestorOf(self.editors[p]))
        if name in tpl.BLOCKS:
            part = "body"
            self.pages.setCurrentIndex(0)
        edit = self.editors[part]
        token = "{" + name + "}"
        if isinstance(edit, QLineEdit):
            edit.insert(token)
        else:
            cursor = edit.textCursor()
            if name in tpl.BLOCKS:
                line = cursor.block().text()
                before = "\n" if line[:cursor.positionInBlock()].strip() else ""
                after = "\n" if line[cursor.positionInBlock():].strip() else ""
                token = before + token + after
            cursor.insertText(token)
            edit.setTextCursor(cursor)
        edit.setFocus()
        self.last_part = part
        return True

    # ------------------------------------------------------------------ choosing

    def _choice_changed(self) -> None:
        if self._edited_since_load() and not common.ask_yes_no(
                self, self.tr("Document templates"),
                self.tr("Discard the changes to {template} ({lang})?").format(
                    template=names.template_code(self._shown_choice[0]),
                    lang=names.template_lang(self._shown_choice[1]))):
            for combo, value in ((self.code, self._shown_choice[0]), (self.lang, self._shown_choice[1])):
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(value))
                combo.blockSignals(False)
            return
        self.load()

    def show_version(self, number: int | None = None) -> bool:
        """Put version ``number`` (the one selected) in the editors, to read, to change and
        save as a new version, or to preview."""
        number = number or self.selected_version()
        if number is None:
            return False
        if self._edited_since_load() and not common.ask_yes_no(
                self, self.tr("Document templates"), self.tr("Discard the changes typed and show version {version}?")
                .format(version=number)):
            return False
        self.load(number)
        self.select_version(number)
        return True

    # ------------------------------------------------------------------ writing

    def save(self) -> bool:
        """Save the texts as the next version (as an operation); refused parts stop it here."""
        self._check()
        if not self.may_edit or self.problems:
            return False
        code, lang = self.chosen()
        self.ops.run(svc.save_template, code, lang, **self.texts(), note=self.note.text(),
                     parent=self, on_done=self._saved, on_failed=self._refused)
        return True

    def restore(self, number: int | None = None) -> bool:
        """Save version ``number``'s (the selected one's) text again as the newest version."""
        number = number or self.selected_version()
        if not self.may_edit or number is None:
            return False
        if self._edited_since_load() and not common.ask_yes_no(
                self, self.tr("Document templates"),
                self.tr("Discard the changes typed and restore version {version}?").format(version=number)):
            return False
        self.ops.run(restore_version, *self.chosen(), number, parent=self, on_done=self._saved,
                     on_failed=self._refused)
        return True

    def restore_builtin(self) -> bool:
        """Save the built-in wording (version 1) again as the newest version."""
        return self.restore(1)

    def _saved(self, result: svc.TemplateSaved) -> None:
        self.note.clear()
        self.load()
        if result.written:
            self.status.setText(self.tr("Saved as version {version}.").format(version=result.template.version))
            self.select_version(result.template.version)
        else:
            self.status.setText(self.tr("Nothing to save: the text is the same as version {version}.")
                                .format(version=result.template.version))

    def _refused(self, exc: ArappError) -> None:
        self.error.show_message(exc.message)
        if exc.field in self.editors:
            self.editors[exc.field].setStyleSheet(common.INVALID_STYLE)
        common.mark_invalid(self.note, exc.field == "note")

    # ------------------------------------------------------------------ preview

    def preview(self) -> bool:
        """The letter for the chosen customer from the texts as typed (archives nothing)."""
        if self.maker is None:
            return False
        customer_id = self.customer.resolve()
        if customer_id is None:
            self.error.show_message(self.tr("Choose the customer to preview the letter for."))
            common.mark_invalid(self.customer)
            return False
        common.mark_invalid(self.customer, False)
        code = self.code.currentData()
        title = self.tr("Preview: {template}, {customer}").format(
            template=names.template_code(code), customer=self.customer.customer_name)
        file_name = f"preview-{code}-{self.customer.customer_code or customer_id}.pdf"
        self.ops.run(make_preview, code, customer_id, self.candidate(), parent=self,
                     on_done=lambda content: self._previewed(content, title, file_name),
                     on_failed=lambda exc: self.error.show_message(exc.message))
        return True

    def _previewed(self, content: bytes, title: str, file_name: str) -> None:
        self.preview_shown = show_pdf(self, content, title, file_name)


def _ui_language() -> str:
    from arapp import i18n

    lang = i18n.language()
    return lang if lang in tpl.TEMPLATE_LANGS else tpl.TEMPLATE_LANGS[0]


def open_template_editor(parent: QWidget | None = None, ops: Operations | None = None, *,
                         code: str = "reminder_letter") -> TemplateEditor:
    """Open the template editor (window-modal over ``parent``) and return it."""
    editor = TemplateEditor(parent, ops=ops, code=code)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.open()
    return editor
