"""The pages of the statement import wizard (arapp.ui.tabs.bank.import_wizard): the
file; the account and its statement format; the column mapping; the preview; the import
and its result. Each page reads and writes the wizard's state (``self.wizard()``); the
wizard does the reading and the importing off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from arapp import names
from arapp.domain import vocabulary as vocab
from arapp.ui.common import ErrorLabel, fit_combo, money_text
from arapp.ui.tabs.bank.models import PreviewModel

READ_DELAY_MS = 400
WARN_STYLE = "color: #b00020;"
NOTE_STYLE = "color: #555;"
#: Balance breaks listed by row before "and N more".
BREAKS_SHOWN = 5


def digits(text: str) -> str:
    return "".join(ch for ch in text or "" if ch.isdigit())


class Page(QWizardPage):
    """A page that retranslates itself."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


# --------------------------------------------------------------------------- 1. file

class FilePage(Page):
    """The statement file: typed or browsed for; read (off the UI thread) as soon as it is there."""

    def __init__(self):
        super().__init__()
        self.path = QLineEdit()
        self.path.setClearButtonEnabled(True)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        self.sheet = fit_combo(QComboBox())
        self.sheet_label = QLabel()
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(10)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.error = ErrorLabel()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(READ_DELAY_MS)
        self.timer.timeout.connect(self.read)
        self.path.textChanged.connect(lambda _t: (self.timer.start(), self.completeChanged.emit()))
        self.path.returnPressed.connect(self.read)
        self.sheet.activated.connect(lambda _i: self.read())
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet)
        sheet_row.addStretch(1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(NOTE_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addLayout(sheet_row)
        layout.addWidget(self.busy)
        layout.addWidget(self.facts)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.sheet.hide()
        self.sheet_label.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Statement file"))
        self.setSubTitle(self.tr("The file exported from the bank's online banking: xlsx, xls or csv."))
        self.hint.setText(self.tr("Nothing is written until the last step: the file is read and shown first."))
        self.path.setPlaceholderText(self.tr("Path of the statement file"))
        self.browse_button.setText(self.tr("Browse…"))
        self.sheet_label.setText(self.tr("Sheet"))
        self.show_state()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a bank statement"), self.path.text(),
                                              self.tr("Statements (*.xlsx *.xls *.csv *.ods);;All files (*)"))
        if path:
            self.path.setText(path)
            self.read()

    def read(self) -> None:
        self.timer.stop()
        text = self.path.text().strip()
        if text:
            wizard = self.wizard()
            wizard.choose_file(Path(text), self.sheet.currentData() if self.sheet.isVisible() else None)

    def show_state(self) -> None:
        wizard = self.wizard()
        if wizard is None:
            return
        self.busy.setVisible(wizard.reading)
        self.error.show_message(wizard.read_error if not wizard.reading else "")
        p = wizard.preview
        if p is None or wizard.reading:
            self.facts.setText(self.tr("Reading…") if wizard.reading else "")
            return
        sheets = [s.name for s in p.workbook.sheets if not s.hidden]
        if len(sheets) > 1 and self.sheet.count() != len(sheets):
            self.sheet.clear()
            for name in sheets:
                self.sheet.addItem(name, name)
        self.sheet.setCurrentIndex(max(0, self.sheet.findData(p.sheet_name)))
        self.sheet.setVisible(len(sheets) > 1)
        self.sheet_label.setVisible(len(sheets) > 1)
        facts = [self.tr("{file}: sheet {sheet}, header on row {row}, {count} rows read").format(
            file=p.workbook.file_name, sheet=p.sheet_name, row=p.header_row_no, count=p.rows_read)]
        if p.first_date and p.last_date:
            facts.append(self.tr("Dates from {first} to {last}").format(first=p.first_date, last=p.last_date))
        if p.account_no:
            facts.append(self.tr("Account no. in the file: {account}").format(account=p.account_no))
        if p.sheet_note:
            facts.append(p.sheet_note)
        self.facts.setText("\n".join(facts))

    def isComplete(self) -> bool:  # noqa: N802
        wizard = self.wizard()
        return bool(wizard is not None and wizard.preview is not None and not wizard.reading
                    and wizard.path == Path(self.path.text().strip()))

    def validatePage(self) -> bool:  # noqa: N802
        return self.isComplete()


# --------------------------------------------------------------------------- 2. account

class AccountPage(Page):
    """Which account the file is of (guessed from the number in the file), and the
    format its columns follow (the account's own first)."""

    def __init__(self):
        super().__init__()
        self.account = fit_combo(QComboBox())
        self.account.setMinimumWidth(360)
        self.new_button = QPushButton()
        self.profile = fit_combo(QComboBox())
        for code in vocab.BANK_PROFILES:
            self.profile.addItem(names.bank_profile(code), code)
        self.account.currentIndexChanged.connect(lambda _i: self._account_changed())
        self.profile.currentIndexChanged.connect(lambda _i: self._profile_changed())
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARN_STYLE)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.account, 1)
        row.addWidget(self.new_button)
        self.labels = [QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self.labels[0], row)
        form.addRow(self.labels[1], self.profile)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._filling = False
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Account and format"))
        self.setSubTitle(self.tr("The account the statement is of, and whose export its columns follow."))
        self.labels[0].setText(self.tr("Account"))
        self.labels[1].setText(self.tr("Format"))
        self.new_button.setText(self.tr("New account…"))
        for i, code in enumerate(vocab.BANK_PROFILES):
            self.profile.setItemText(i, names.bank_profile(code))
        self.show_state()

    def initializePage(self) -> None:  # noqa: N802
        self.fill()

    def fill(self) -> None:
        wizard = self.wizard()
        self._filling = True
        self.account.clear()
        for a in wizard.accounts:
            self.account.addItem(f"{a.name}  {a.account_no}", a.id)
        chosen = wizard.account
        self.account.setCurrentIndex(max(0, self.account.findData(chosen.id)) if chosen is not None else -1)
        self.profile.setCurrentIndex(max(0, self.profile.findData(wizard.profile)))
        self._filling = False
        self.show_state()
        self.completeChanged.emit()

    def _account_changed(self) -> None:
        if self._filling:
            return
        self.wizard().choose_account(self.account.currentData())
        self._filling = True
        self.profile.setCurrentIndex(max(0, self.profile.findData(self.wizard().profile)))
        self._filling = False
        self.show_state()
        self.completeChanged.emit()

    def _profile_changed(self) -> None:
        if not self._filling:
            self.wizard().profile = self.profile.currentData()

    def show_state(self) -> None:
        wizard = self.wizard()
        if wizard is None:
            return
        self.warning.setText(wizard.account_warning())
        self.warning.setVisible(bool(self.warning.text()))
        a = wizard.account
        if not wizard.accounts:
            self.note.setText(self.tr("The books have no bank account yet: add the account this statement is of "
                                      "(New account…)."))
        elif a is not None and a.mapping:
            self.note.setText(self.tr("The columns are read with the mapping saved with this account."))
        else:
            self.note.setText(self.tr("The columns are guessed from the file's header; check them on the next page."))

    def isComplete(self) -> bool:  # noqa: N802
        wizard = self.wizard()
        return wizard is not None and wizard.account is not None


# --------------------------------------------------------------------------- 3. mapping

class MappingPage(Page):
    """Each column of the file with the field it is read into (guessed; corrected here)."""

    def __init__(self):
        super().__init__()
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.save = QCheckBox()
        self.save.setChecked(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(10)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.save)
        layout.addWidget(self.error)
        self._columns: list[str] = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("What each column of the file holds. Correct a guess by choosing another field."))
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Read as"),
                                              self.tr("First values")])
        self.save.setText(self.tr("Save this mapping with the account for its next statements"))
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 1)
            for i, code in enumerate(("", *vocab.BANK_FIELDS)):
                combo.setItemText(i, names.bank_field(code))
        self.show_state()

    def initializePage(self) -> None:  # noqa: N802
        self.error.clear_message()
        self.wizard().read_for_mapping()
        self.show_state()

    def show_state(self) -> None:
        wizard = self.wizard()
        if wizard is None:
            return
        self.busy.setVisible(wizard.reading)
        self.table.setEnabled(not wizard.reading)
        self.note.setText(wizard.mapping_note)
        self.note.setVisible(bool(wizard.mapping_note))
        if wizard.reading:
            return
        if wizard.read_error:
            self.error.show_message(wizard.read_error)
        columns = wizard.header_names()
        if columns != self._columns or self.table.rowCount() != len(columns):
            self._fill(columns, wizard)
        self.completeChanged.emit()

    def _fill(self, columns: list[str], wizard) -> None:
        self._columns = columns
        chosen = {header: f for f, header in wizard.mapping.columns.items()}
        samples = wizard.samples()
        self.table.setRowCount(len(columns))
        for row, name in enumerate(columns):
            item = QTableWidgetItem(name)
            self.table.setItem(row, 0, item)
            combo = fit_combo(QComboBox())
            for code in ("", *vocab.BANK_FIELDS):
                combo.addItem(names.bank_field(code), code)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(name, ""))))
            combo.currentIndexChanged.connect(lambda _i: self.error.clear_message())
            self.table.setCellWidget(row, 1, combo)
            shown = "  |  ".join(v for v in samples.get(row, []) if v)
            sample = QTableWidgetItem(shown)
            sample.setToolTip(shown)
            sample.setForeground(Qt.GlobalColor.darkGray)
            self.table.setItem(row, 2, sample)
        self.table.resizeColumnsToContents()

    def combo(self, column_name: str) -> QComboBox | None:
        """The field chooser of a column of the file (for tests and the mapping)."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == column_name:
                return self.table.cellWidget(row, 1)
        return None

    def chosen(self) -> dict[str, str]:
        """field → the column's header, as chosen in the table."""
        out: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            code = self.table.cellWidget(row, 1).currentData()
            if code:
                out.setdefault(code, self.table.item(row, 0).text())
        return out

    def problem(self) -> str:
        """Why the mapping cannot be read: a field chosen twice, no date, no amount."""
        seen: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            code = self.table.cellWidget(row, 1).currentData()
            name = self.table.item(row, 0).text()
            if code and code in seen:
                return self.tr("{field} is chosen for two columns: {first} and {second}").format(
                    field=names.bank_field(code), first=seen[code], second=name)
            if code:
                seen[code] = name
        if "date" not in seen:
            return self.tr("Choose the column that holds the date ({field}).").format(field=names.bank_field("date"))
        if not ({"debit", "credit", "amount"} & set(seen)):
            return self.tr("Choose the columns of the amounts ({debit} and {credit}, or {amount}).").format(
                debit=names.bank_field("debit"), credit=names.bank_field("credit"), amount=names.bank_field("amount"))
        return ""

    def isComplete(self) -> bool:  # noqa: N802
        wizard = self.wizard()
        return wizard is not None and not wizard.reading and self.table.rowCount() > 0

    def validatePage(self) -> bool:  # noqa: N802
        problem = self.problem()
        if problem:
            self.error.show_message(problem)
            return False
        wizard = self.wizard()
        wizard.save_mapping = self.save.isChecked()
        wizard.set_mapping(self.chosen())
        return True


# --------------------------------------------------------------------------- 4. preview

class PreviewPage(Page):
    """Every row as it would be imported; refused rows in red with the row, column and reason."""

    def __init__(self):
        super().__init__()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARN_STYLE)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(10)
        self.busy.setTextVisible(False)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Nothing is in the books yet. Rows in red cannot be imported; the others will be."))
        self.model.retranslate()
        self.show_state()

    def initializePage(self) -> None:  # noqa: N802
        self.wizard().read_for_preview()
        self.show_state()

    def show_state(self) -> None:
        wizard = self.wizard()
        if wizard is None:
            return
        self.busy.setVisible(wizard.reading)
        p = wizard.preview
        if wizard.reading or p is None:
            self.summary.setText(self.tr("Reading…") if wizard.reading else "")
            self.warnings.hide()
            self.model.set_rows([])
            self.error.show_message(wizard.read_error if not wizard.reading else "")
            self.completeChanged.emit()
            return
        self.error.clear_message()
        rows = wizard.preview_rows()
        self.model.set_rows(rows)
        self.table.clearSpans()
        for i, r in enumerate(rows):
            if r.line is None:            # why the row is refused, across the row
                self.table.setSpan(i, 1, 1, self.model.columnCount() - 1)
        self.summary.setText(self.counts_text(len(p.lines), len(wizard.refused_rows())))
        warnings = [w for w in (wizard.account_warning(), self.breaks_text(p), *getattr(p, "notes", [])) if w]
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self._size_columns()
        self.completeChanged.emit()

    def counts_text(self, good: int, refused: int) -> str:
        """「N 行可导入，M 行被拒」."""
        t = self.tr
        return t("{good}, {refused}").format(
            good=t("{n} row can be imported", "{n} rows can be imported", good).format(n=f"{good:,}"),
            refused=t("{n} row refused", "{n} rows refused", refused).format(n=f"{refused:,}"))

    def breaks_text(self, p) -> str:
        breaks = list(getattr(p.balance_check, "breaks", []) or [])
        if not breaks:
            return ""
        shown = [self.tr("row {row}: the balance should be {expected}, the file says {printed}").format(
            row=b.row_no, expected=money_text(b.expected), printed=money_text(b.printed)) for b in breaks[:BREAKS_SHOWN]]
        text = self.tr("The running balance breaks: {where}").format(where=self.tr("; ").join(shown))
        if len(breaks) > BREAKS_SHOWN:
            text += self.tr(" (and {n} more)").format(n=len(breaks) - BREAKS_SHOWN)
        return text

    def _size_columns(self) -> None:
        """Numbers and dates as wide as they are; the names and texts share the rest."""
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        metrics = self.table.fontMetrics()
        self.table.setColumnWidth(1, max(self.table.columnWidth(1) if not self.wizard().refused_rows() else 0,
                                         metrics.horizontalAdvance("2026-12-31 23:59:59") + 16,
                                         header.sectionSizeHint(1)))
        for col in (5, 6):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 260))
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)

    def isComplete(self) -> bool:  # noqa: N802
        wizard = self.wizard()
        return wizard is not None and not wizard.reading and wizard.preview is not None \
            and bool(wizard.preview.lines)


# --------------------------------------------------------------------------- 5. import

class ResultPage(Page):
    """The import, with progress and Cancel, then what it did and the offer to match."""

    def __init__(self):
        super().__init__()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        font = self.outcome.font()
        font.setPointSize(font.pointSize() + 1)
        self.outcome.setFont(font)
        self.match_now = QCheckBox()
        self.match_now.setChecked(True)
        self.match_now.hide()
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addWidget(self.match_now)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setFinalPage(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("In one go: a failure or a cancel leaves the books as they were."))
        self.match_now.setText(self.tr("Show the unmatched lines now, with the matcher's proposals"))
        self.show_state()

    def initializePage(self) -> None:  # noqa: N802
        self.wizard().start_import()
        self.show_state()

    def show_state(self) -> None:
        wizard = self.wizard()
        if wizard is None:
            return
        self.outcome.setText(wizard.import_text())
        self.error.show_message(wizard.import_error)
        self.match_now.setVisible(wizard.result is not None and wizard.result.new > 0)
        if not wizard.importing:
            self.progress.setRange(0, 1)
            self.progress.setValue(1 if wizard.result is not None else 0)
        self.completeChanged.emit()

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def isComplete(self) -> bool:  # noqa: N802
        wizard = self.wizard()
        return wizard is not None and not wizard.importing
