"""The three batches of documents (Documents menu): the letters due on a day (by ladder
level), the statements of account for a period, the receipts of a day.

``DocumentBatchDialog(kind)`` shows what the batch will make before it is made (the
letters due: customer, level, letter, amount; how many customers get a statement; how
many receipts the day has), asks for one combined PDF or one file per customer and
where, then runs the maker of arapp.outbox (letters.make_letters,
statements.make_statements, receipts.make_receipts) on a worker of the window's
JobRunner with a progress bar and Cancel. A cancelled batch archives nothing and leaves
no file (arapp.outbox.common.run_batch); the dialog says so. At the end it says how
many documents and files were made, lists the customers left out with the reason, and
offers the combined PDF in the preview. The batch's Changes go out on the window's
operations so every list of documents and the collection queue (letters log contacts)
read again.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arapp import clock, names
from arapp.db.failures import explain
from arapp.domain import vocabulary as vocab
from arapp.domain.dates import month_bounds
from arapp.errors import ArappError
from arapp.reports.catalog import last_full_month
from arapp.services.changes import Changes
from arapp.services.context import acting_as, current_actor
from arapp.ui import common, operations
from arapp.ui.common import ErrorLabel, from_qdate, money_text, to_qdate
from arapp.ui.jobs import JobRunner
from arapp.ui.models.collections import RecordsModel

KINDS = vocab.DOCUMENT_KINDS
LOOK_DELAY_MS = 150


def _date_edit(day: _dt.date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class DocumentBatchDialog(QDialog):
    """One batch of letters, statements or receipts: what it holds, where it goes, made."""

    said = Signal(str)              # what the batch did, for the status bar
    batchFinished = Signal(object)  # the BatchResult
    looked = Signal(int)            # what the batch will hold was read: how many

    def __init__(self, kind: str, parent: QWidget | None = None, *, runner: JobRunner | None = None):
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(f"unknown batch: {kind}")
        self.kind = kind
        self.ops = operations.for_widget(parent)
        self.runner = runner or self.ops.runner
        self.handle = None
        self.result = None
        self.cancelled = False
        self.failure: str = ""
        self.due: list = []
        self.count: int | None = None
        self._look_generation = 0
        self._made_folder: Path | None = None
        self.setObjectName("DocumentBatchDialog")

        # -- what the batch holds
        self.what_box = QGroupBox()
        form = QFormLayout(self.what_box)
        self.labels: dict[str, QLabel] = {}

        def row(key: str, widget: QWidget) -> None:
            self.labels[key] = QLabel()
            form.addRow(self.labels[key], widget)

        today = clock.today()
        self.day = _date_edit(today)
        self.level = QComboBox()
        start, end = month_bounds(last_full_month())
        self.start, self.end = _date_edit(start), _date_edit(end)
        self.open_only = QCheckBox()
        self.two_copies = QCheckBox()
        if kind == "letter":
            row("day", self.day)
            row("level", self.level)
            self._fill_levels()
        elif kind == "statement":
            row("start", self.start)
            row("end", self.end)
            form.addRow("", self.open_only)
        else:
            row("day", self.day)
            form.addRow("", self.two_copies)
        self.due_model = RecordsModel(self)
        self.due_view = QTableView()
        self.due_view.setModel(self.due_model)
        self.due_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due_view.setAlternatingRowColors(True)
        self.due_view.verticalHeader().hide()
        self.due_view.verticalHeader().setDefaultSectionSize(24)
        self.due_view.setVisible(kind == "letter")
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        form.addRow(self.count_label)

        # -- where it goes
        self.out_box = QGroupBox()
        self.combined = QRadioButton()
        self.separate = QRadioButton()
        self.layout_group = QButtonGroup(self)
        self.layout_group.addButton(self.combined)
        self.layout_group.addButton(self.separate)
        (self.separate if kind == "statement" else self.combined).setChecked(True)
        self.output = QLineEdit()
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        self.output_label = QLabel()
        out = QVBoxLayout(self.out_box)
        choice = QHBoxLayout()
        choice.addWidget(self.combined)
        choice.addWidget(self.separate)
        choice.addStretch(1)
        out.addLayout(choice)
        path_row = QHBoxLayout()
        path_row.addWidget(self.output_label)
        path_row.addWidget(self.output, 1)
        path_row.addWidget(self.browse_button)
        out.addLayout(path_row)

        # -- running and the outcome
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.skipped = QPlainTextEdit()
        self.skipped.setReadOnly(True)
        self.skipped.setMaximumHeight(110)
        self.skipped.hide()
        self.error = ErrorLabel()
        self.make_button = QPushButton()
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(lambda: self.make())
        self.preview_button = QPushButton()
        self.preview_button.clicked.connect(lambda: self.open_preview())
        self.preview_button.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.what_box)
        layout.addWidget(self.due_view, 1)
        layout.addWidget(self.out_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addWidget(self.skipped)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)
        if kind == "letter":
            self.resize(760, 620)

        self.look_timer = QTimer(self)
        self.look_timer.setSingleShot(True)
        self.look_timer.setInterval(LOOK_DELAY_MS)
        self.look_timer.timeout.connect(self.look)
        for edit in (self.day, self.start, self.end):
            edit.dateChanged.connect(self._what_changed)
        self.level.currentIndexChanged.connect(self._what_changed)
        self.combined.toggled.connect(lambda _on: (self._made_again(), self._suggest_output()))
        self.output.textEdited.connect(self._made_again)
        self.open_only.toggled.connect(self._made_again)
        self.two_copies.toggled.connect(self._made_again)
        self.retranslate_ui()
        self._suggest_output()
        self._update_buttons()
        self.look()

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        t = self.tr
        titles = {"letter": t("Letters due"), "statement": t("Statements of account"),
                  "receipt": t("Receipts of a day")}
        self.setWindowTitle(titles[self.kind])
        self.what_box.setTitle(titles[self.kind])
        words = {"day": t("Day"), "level": t("Level"), "start": t("From"), "end": t("To")}
        for key, label in self.labels.items():
            label.setText(words[key])
        self.open_only.setText(t("Open items only"))
        self.two_copies.setText(t("Two copies on one page (stub and customer's copy)"))
        self.due_model.set_columns([(t("Customer"), "text"), (t("Level"), "int"), (t("Letter"), "text"),
                                    (t("Amount"), "money")])
        self.out_box.setTitle(t("Output"))
        self.combined.setText(t("One combined PDF"))
        self.separate.setText(t("One file per customer"))
        self.browse_button.setText(t("Browse…"))
        self.make_button.setText(t("Make"))
        self.preview_button.setText(t("Open in the preview"))
        self.cancel_button.setText(t("Cancel"))
        self.close_button.setText(t("Close"))
        if self.kind == "letter":
            self._fill_levels()
        self._show_look()
        self._output_words()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_levels(self) -> None:
        from arapp.reports.collections.policies import list_policies

        chosen = self.level.currentData()
        try:
            deepest = max((len(p.levels) for p in list_policies()), default=0)
        except ArappError:
            deepest = 0
        self.level.blockSignals(True)
        self.level.clear()
        self.level.addItem(self.tr("All levels"), None)
        for seq in range(1, deepest + 1):
            self.level.addItem(self.tr("Level {n}").format(n=seq), seq)
        self.level.setCurrentIndex(max(0, self.level.findData(chosen)))
        self.level.blockSignals(False)

    def _word(self) -> str:
        return {"letter": self.tr("Letters"), "statement": self.tr("Statements"),
                "receipt": self.tr("Receipts")}[self.kind]

    def _output_words(self) -> None:
        if self.combined.isChecked():
            self.output_label.setText(self.tr("File"))
            self.output.setToolTip(self.tr("The PDF that will hold every document"))
        else:
            self.output_label.setText(self.tr("Folder"))
            self.output.setToolTip(self.tr("The folder that will hold one PDF per customer (made if it is not there)"))

    # ------------------------------------------------------------------ what the batch holds
    def _what_changed(self, *_args) -> None:
        self._made_again()
        self._suggest_output()
        self.look_timer.start()

    def _made_again(self, *_args) -> None:
        """Another batch is asked for (another day, level, period or output): it may be made."""
        if self.result is not None and not self.running():
            self.result = None
            self.preview_button.hide()
            self._update_buttons()

    def look(self) -> None:
        """Read on a worker what the batch will hold (a newer look supersedes an older one)."""
        self.look_timer.stop()
        self._look_generation += 1
        generation = self._look_generation
        kind, day, level = self.kind, from_qdate(self.day.date()), self.level.currentData()
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        actor = current_actor()
        if kind == "statement" and start > end:
            self.count = 0
            self.count_label.setText(self.tr("The period ends on {end}, before it starts on {start}.").format(
                start=start.isoformat(), end=end.isoformat()))
            self._update_buttons()
            return

        def job(_progress, _cancelled):
            with acting_as(actor):
                if kind == "letter":
                    from arapp.outbox import letters

                    return letters.letters_due(day, level=level)
                if kind == "statement":
                    from arapp.outbox import statements

                    return statements.statement_customers(start, end)
                from arapp.reports.receipt_list import ReceiptFilter, receipt_count

                return receipt_count(ReceiptFilter(date_from=day, date_to=day))

        self.count_label.setText(self.tr("Reading what the batch holds…"))
        self.runner.submit(job, name=f"batch-look {kind}",
                           on_finished=lambda found: self._looked(generation, found),
                           on_failed=lambda message: self._look_failed(generation, message), owner=self)

    def _looked(self, generation: int, found) -> None:
        if generation != self._look_generation:
            return
        if self.kind == "letter":
            self.due = list(found)
            self.count = len(self.due)
        elif self.kind == "statement":
            self.count = len(found)
        else:
            self.count = int(found)
        self._show_look()
        self._update_buttons()
        self.looked.emit(self.count)

    def _look_failed(self, generation: int, message: str) -> None:
        if generation == self._look_generation:
            self.count = None
            self.count_label.setText(message)
            self._update_buttons()

    def _show_look(self) -> None:
        t = self.tr
        if self.kind == "letter":
            self.due_model.set_rows([[f"{d.customer_code} {d.customer_name}", d.level_seq,
                                      names.template_code(d.code), d.amount] for d in self.due], self.due)
            header = self.due_view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        n = self.count
        if n is None:
            return
        day = from_qdate(self.day.date()).isoformat()
        if self.kind == "letter":
            total = sum(d.amount for d in self.due)
            text = (t("{n} letter due on {day}, {amount} in all", "{n} letters due on {day}, {amount} in all", n)
                    .format(n=n, day=day, amount=money_text(total)) if n else
                    t("No letter is due on {day}.").format(day=day))
        elif self.kind == "statement":
            text = t("{n} customer with a balance or activity in the period gets a statement",
                     "{n} customers with a balance or activity in the period get a statement", n).format(n=n) \
                if n else t("No customer has a balance or activity in the period.")
        else:
            text = t("{n} receipt recorded on {day}", "{n} receipts recorded on {day}", n).format(n=n, day=day) \
                if n else t("No receipt was recorded on {day}.").format(day=day)
        self.count_label.setText(text)

    # ------------------------------------------------------------------ where it goes
    def _stem(self) -> str:
        if self.kind == "statement":
            return f"{self._word()}-{from_qdate(self.start.date()).isoformat()}-{from_qdate(self.end.date()).isoformat()}"
        return f"{self._word()}-{from_qdate(self.day.date()).isoformat()}"

    def _suggest_output(self) -> None:
        """Suggest a file or folder in the user's documents, named for the batch, unless
        the user has chosen one."""
        self._output_words()
        if self.output.isModified() and self.output.text().strip():
            return
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                      or Path.home())
        self.output.setText(str(folder / (self._stem() + (".pdf" if self.combined.isChecked() else ""))))

    def browse(self) -> None:
        current = self.output.text().strip()
        if self.combined.isChecked():
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the batch as"), current,
                                                  self.tr("PDF files (*.pdf)"))
            if path and not Path(path).suffix:
                path += ".pdf"
        else:
            path = QFileDialog.getExistingDirectory(self, self.tr("The folder for the files"),
                                                    str(Path(current).parent) if current else "")
        if path:
            self.output.setText(path)
            self.output.setModified(True)

    # ------------------------------------------------------------------ the run
    def running(self) -> bool:
        return self.handle is not None

    def _update_buttons(self) -> None:
        busy = self.running()
        # A batch made is not made twice by a second click: change what it holds or where it goes first.
        self.make_button.setEnabled(not busy and bool(self.count) and self.result is None)
        self.cancel_button.setEnabled(busy)
        self.close_button.setEnabled(not busy)
        for w in (self.what_box, self.out_box):
            w.setEnabled(not busy)

    def make(self) -> bool:
        """Start the batch on a worker; False when refused before it started (no output named)."""
        if self.running() or self.result is not None:
            return False
        self.error.clear_message()
        text = self.output.text().strip()
        if not text:
            common.mark_invalid(self.output)
            self.error.show_message(self.tr("Name the file or folder the batch is written to."))
            return False
        common.mark_invalid(self.output, False)
        out = Path(text)
        combined = self.combined.isChecked()
        kind, day, level = self.kind, from_qdate(self.day.date()), self.level.currentData()
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        open_only, two_copies = self.open_only.isChecked(), self.two_copies.isChecked()
        self._made_folder = None
        if not combined and not out.exists() and out.parent.is_dir():
            try:
                out.mkdir()
                self._made_folder = out
            except OSError:
                pass        # the maker refuses the folder by name
        actor = current_actor()

        def job(progress, cancelled):
            with acting_as(actor):
                if kind == "letter":
                    from arapp.outbox import letters

                    return letters.make_letters(day, out, level=level, combined=combined, progress=progress,
                                                cancelled=cancelled)
                if kind == "statement":
                    from arapp.outbox import statements

                    return statements.make_statements(start, end, out, combined=combined, open_only=open_only,
                                                      progress=progress, cancelled=cancelled)
                from arapp.outbox import receipts

                return receipts.make_receipts(day, out, combined=combined, two_copies=two_copies,
                                              progress=progress, cancelled=cancelled)

        self.result, self.cancelled, self.failure = None, False, ""
        self.outcome.setText(self.tr("Making the documents…"))
        self.skipped.hide()
        self.preview_button.hide()
        self.progress.setRange(0, 0)
        self.handle = self.runner.submit(job, name=f"batch {kind}", on_finished=self._done, on_failed=self._failed,
                                         on_progress=self._progress, on_cancelled=self._cancelled, owner=self)
        self._update_buttons()
        return True

    def cancel(self) -> None:
        """Ask the batch to stop; it archives nothing and removes the files it wrote."""
        if self.handle is not None:
            self.handle.cancel()
            self.cancel_button.setEnabled(False)
            self.outcome.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _ended(self) -> None:
        self.handle = None
        self._update_buttons()

    def _forget_made_folder(self) -> None:
        folder, self._made_folder = self._made_folder, None
        if folder is not None:
            try:
                folder.rmdir()           # only when the batch left it empty
            except OSError:
                pass

    def _done(self, result) -> None:
        self.result = result
        self._ended()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        changes = getattr(result, "changes", None)
        if isinstance(changes, Changes) and changes:
            self.ops.changed.emit(changes)
        if not result.files:
            self._forget_made_folder()
        self.outcome.setText(self.result_text(result))
        if result.skipped:
            self.skipped.setPlainText("\n".join(self.tr("{customer}: {reason}").format(customer=who, reason=why)
                                                for who, why in result.skipped))
            self.skipped.show()
        self.preview_button.setVisible(self.combined.isChecked() and bool(result.files))
        self.said.emit(self.outcome.text().replace("\n", " "))
        self.batchFinished.emit(result)

    def result_text(self, result) -> str:
        """What the batch made, in words: documents, files, where, and who was left out."""
        t = self.tr
        n, files = result.documents, len(result.files)
        if not n:
            text = t("Nothing was made: the batch holds no document.")
        else:
            where = str(result.files[0]) if files == 1 else str(Path(result.files[0]).parent)
            # One sentence of two counted halves, joined as the language punctuates it (，in Chinese).
            text = t("{made}, {where}").format(
                made=t("{n} document made and archived", "{n} documents made and archived", n).format(n=n),
                where=t("in {n} file: {where}", "in {n} files in {where}", files).format(n=files, where=where))
        if result.skipped:
            text += "\n" + t("{n} customer left out (below).", "{n} customers left out (below).",
                            len(result.skipped)).format(n=len(result.skipped))
        return text

    def _cancelled(self) -> None:
        self._ended()
        self.cancelled = True
        self._forget_made_folder()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        text = self.tr("Cancelled: nothing was archived and no file was left behind.")
        self.outcome.setText(text)
        self.said.emit(text)

    def _failed(self, message: str) -> None:
        handle = self.handle
        self._ended()
        self._forget_made_folder()
        raised = handle.exception if handle is not None else None
        error = explain(raised) if raised is not None and not isinstance(raised, ArappError) else None
        self.failure = error.message if error is not None else message
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.outcome.setText(self.tr("Nothing was archived."))
        self.error.show_message(self.failure)

    def open_preview(self):
        """Show the combined PDF just made in the preview."""
        if self.result is None or not self.result.files:
            return None
        from arapp.ui.dialogs.pdf_preview import open_preview

        path = Path(self.result.files[0])
        try:
            content = path.read_bytes()
        except OSError as exc:
            self.error.show_message(self.tr("Cannot read {path}: {reason}").format(path=path, reason=exc.strerror))
            return None
        self.preview = open_preview(self, content, title=path.stem, file_name=path.name, status=self.said.emit)
        return self.preview

    # ------------------------------------------------------------------ closing
    def reject(self) -> None:
        if self.running():
            self.cancel()            # Escape while running stops the batch; the dialog stays
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.running():
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
