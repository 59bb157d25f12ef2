"""The archive of documents made, as a list to put in a detail pane (a customer's detail,
a collection file): made at, kind, title, template version, made by, pages.

A double-click or Open shows the document again in the preview (its archived file,
read on a worker, opened at the document's first page: a letter inside a combined
batch opens at its own page). Send by e-mail sends it through arapp.outbox.mail as an
operation and says how it went; without that module the action is not offered. The
list reads again when an operation's Changes touch ``document``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arapp import names
from arapp.errors import ArappError
from arapp.reports import documents as archive
from arapp.reports.collections.common import people, person
from arapp.services.context import current_actor
from arapp.ui import common, operations
from arapp.ui.models.collections import RecordsModel


def mail_module():
    """arapp.outbox.mail, or None where it is not installed (the e-mail action is then hidden)."""
    try:
        from arapp.outbox import mail
    except ImportError:
        return None
    return mail


class DocumentsList(QWidget):
    """Archived documents of one customer, task or receipt, to open again or send."""

    actMessage = Signal(str)        # what was just done (opened, sent), for the status bar
    loaded = Signal(int)            # the list was read: how many documents
    previewOpened = Signal(object)  # the PdfPreviewDialog just opened

    def __init__(self, parent: QWidget | None = None, *, ops: operations.Operations | None = None):
        super().__init__(parent)
        self.ops: operations.Operations | None = None
        self.scope: dict[str, int] = {}
        self.rows: list[archive.ArchivedDocument] = []
        self.people: dict[str, str] = {}          # login -> the name shown (reports people())
        self.preview = None
        self._opening = 0

        self.model = RecordsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setMinimumHeight(120)
        self.view.refit = common.RefitOnResize(self.view, self._fit)
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.empty = QLabel()
        self.empty.setStyleSheet("color: #777;")

        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self.open_row(self.view.currentIndex().row()))
        self.send_button = QPushButton()
        self.send_button.clicked.connect(lambda: self.send_selected())
        self.send_button.setVisible(mail_module() is not None)
        #: The owner puts its own buttons here (a statement of account, a letter), before Open.
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.open_button)
        self.buttons.addWidget(self.send_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(self.buttons)
        if ops is not None:
            self.attach(ops)
        self.retranslate_ui()

    def attach(self, ops: operations.Operations) -> None:
        """Read again when a write of ``ops`` made or sent a document."""
        if self.ops is ops:
            return
        self.ops = ops
        ops.changed.connect(self.books_changed)

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        t = self.tr
        self.model.set_columns([(t("Made at"), "datetime"), (t("Kind"), "text"), (t("Title"), "text"),
                                (t("Version"), "text"), (t("Made by"), "text"), (t("Pages"), "int")])
        self.open_button.setText(t("Open…"))
        self.open_button.setToolTip(t("Show the document again in the preview, to print or save it"))
        self.send_button.setText(t("Send by e-mail…"))
        self.send_button.setToolTip(t("Send the document to the customer's e-mail address as a PDF attachment"))
        self.empty.setText(t("No documents made yet."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ content
    def show_for(self, *, customer_id: int | None = None, task_id: int | None = None,
                 receipt_id: int | None = None) -> None:
        """List the documents of a customer, a task or a receipt (nothing when all are None)."""
        self.scope = {k: v for k, v in (("customer_id", customer_id), ("task_id", task_id),
                                        ("receipt_id", receipt_id)) if v is not None}
        self.reload()

    def reload(self) -> None:
        """Read the list again (one indexed query of the archive)."""
        if not self.scope:
            self.rows = []
        else:
            try:
                self.rows = archive.documents(**self.scope)
                self.people = people() if self.rows else self.people
            except ArappError as exc:
                self.rows = []
                self.empty.setText(exc.message)
        self._fill()
        self.loaded.emit(len(self.rows))

    def books_changed(self, changes) -> None:
        if self.scope and changes.touches("document"):
            self.reload()

    def _fill(self) -> None:
        dash = "—"
        self.model.set_rows(
            [[d.made_at, names.document_kind(d.kind), d.title,
              self.tr("v{n}").format(n=d.template_version) if d.template_version is not None else dash,
              person(self.people, d.made_by), d.pages] for d in self.rows], self.rows)
        self._fit()
        self.empty.setVisible(not self.rows)
        self._update_buttons()

    def _fit(self) -> None:
        """The columns within the view's width: the time, version and pages whole; the kind,
        the title and who made it give way (elided) and the title takes the room left. Only
        while shown (a hidden page fits when it is shown): sizing a hidden view's columns
        can leave the pane around it laid out with stale sizes."""
        if not self.view.isVisible():
            return
        common.fill_columns(self.view, rows=range(min(self.model.rowCount(), 60)), stretch=2,
                            shrinkable=[1, 2, 4], caps={2: 320, 4: 160})

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit()

    def count(self) -> int:
        return len(self.rows)

    def selected(self) -> archive.ArchivedDocument | None:
        return self.model.payload(self.view.currentIndex().row())

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.send_button.setEnabled(chosen and current_actor().may("document.send"))

    # ------------------------------------------------------------------ open and send
    def open_row(self, row: int):
        d = self.model.payload(row)
        return self.open_document(d) if d is not None else None

    def open_document(self, d: archive.ArchivedDocument) -> None:
        """Read the document's file on a worker and show it in the preview at its first page."""
        ops = self.ops or operations.for_widget(self)
        self._opening += 1
        self.setCursor(Qt.CursorShape.BusyCursor)

        def job(_progress, _cancelled):
            return archive.file_content(d.file_id)

        def done(content: bytes) -> None:
            self._opened()
            from arapp.ui.dialogs.pdf_preview import open_preview

            self.preview = open_preview(self.window(), content, title=d.title, file_name=d.file_name,
                                        first_page=d.first_page, status=self.actMessage.emit)
            self.previewOpened.emit(self.preview)

        def failed(message: str) -> None:
            self._opened()
            common.show_error(self, self.tr("Open document"), message)

        ops.runner.submit(job, name="document-file", on_finished=done, on_failed=failed,
                          on_cancelled=self._opened, owner=self)

    def _opened(self) -> None:
        self._opening = max(0, self._opening - 1)
        if not self._opening:
            self.unsetCursor()

    def send_selected(self):
        """Send the selected document by e-mail (arapp.outbox.mail) as an operation; the
        status bar says to whom, or a message says why it was not sent."""
        mail = mail_module()
        d = self.selected()
        if mail is None or d is None:
            return None
        ops = self.ops or operations.for_widget(self)
        title = self.tr("Send by e-mail")

        def sent(result) -> None:
            if getattr(result, "ok", False):
                self.actMessage.emit(self.tr("Sent {title} to {to}").format(title=d.title, to=result.to))
            else:
                why = getattr(result, "error", "") or self.tr("the mail server did not take it")
                self.actMessage.emit(self.tr("Not sent: {title}").format(title=d.title))
                common.show_error(self, title, self.tr("{title} was not sent: {why}").format(title=d.title, why=why))

        return ops.run(mail.send_document, d.id, parent=self, on_done=sent,
                       on_failed=lambda exc: common.show_error(self, title, exc.message))
