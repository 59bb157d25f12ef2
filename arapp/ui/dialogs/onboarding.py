"""Bring an existing ledger in from Excel (File → Import customers… / Import opening ledger…).

``OnboardingDialog(kind)`` (kind "customers" or "ledger"): choose the file (or save the
template file to fill first), then Preview reads it and runs the import as a dry run on a
worker (:func:`arapp.io.onboarding.import_customer_file` / ``import_ledger_file`` with
``dry_run``): which sheet and header row were read, which columns became which fields,
what each accepted row becomes and every refused row with its row, column and reason.
Import runs the same thing for real, all or nothing (refused rows stop it unless "Import
the other rows" is ticked); the result's Changes go out on the window's operations so
every list reads again, and the dialog says what was written.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from arapp import clock, names
from arapp.domain import vocabulary as vocab
from arapp.errors import ArappError
from arapp.services.changes import NOTHING, Changes
from arapp.ui import common, operations
from arapp.ui.common import ErrorLabel, from_qdate, to_qdate
from arapp.ui.models.collections import RecordsModel

KINDS = vocab.ONBOARDING_FILES
REFUSED = QColor("#b00020")


@dataclass
class Outcome:
    """What a preview or an import gave: the file read, the service's result, and the
    refusal's words when rows stopped it (nothing written then)."""

    preview: Any
    result: Any
    refused: str = ""

    @property
    def changes(self) -> Changes:
        return getattr(self.result, "changes", NOTHING) if not self.refused else NOTHING


def run_import(kind: str, path: str, *, as_of: _dt.date | None, dry_run: bool, skip_rejected: bool) -> Outcome:
    """Read the file and apply it (or try it, ``dry_run``) through the onboarding service;
    rows refused without ``skip_rejected`` give an Outcome with the refusal, nothing written."""
    from arapp.io import onboarding as io_onboarding
    from arapp.services.onboarding import RowsRejected

    read = io_onboarding.read_customer_file if kind == "customers" else io_onboarding.read_ledger_file
    preview = read(path)
    from arapp.services.onboarding import import_customers, import_ledger

    common_args = dict(dry_run=dry_run, skip_rejected=skip_rejected, rejected=preview.rejected,
                       file_name=preview.file_name, sha256=preview.sha256, columns=preview.columns)
    try:
        if kind == "customers":
            result = import_customers(preview.rows, **common_args)
        else:
            result = import_ledger(preview.rows, as_of=as_of, **common_args)
    except RowsRejected as exc:
        return Outcome(preview, exc.result, exc.message)
    return Outcome(preview, result)


class OnboardingDialog(QDialog):
    """Import customers, or an old ledger's open invoices and opening balances, from a file."""

    def __init__(self, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(kind)
        self.kind = kind
        self.ops = operations.for_widget(parent)
        self.outcome: Outcome | None = None
        self.imported: Outcome | None = None
        self.setMinimumSize(980, 620)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.textChanged.connect(self._path_changed)
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose_file)
        self.template = QPushButton()
        self.template.clicked.connect(self.save_template)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        file_row.addWidget(self.template)

        form = QFormLayout()
        self.file_label = QLabel()
        form.addRow(self.file_label, file_row)
        self.as_of = QDateEdit(to_qdate(clock.today()))
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setMaximumWidth(160)
        self.as_of_label = QLabel()
        if kind == "ledger":
            form.addRow(self.as_of_label, self.as_of)
            self.as_of.dateChanged.connect(self._forget_preview)
        self.skip = QCheckBox()
        self.skip.toggled.connect(self._update_buttons)

        self.read_note = QLabel()
        self.read_note.setWordWrap(True)
        self.read_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = ErrorLabel()

        self.rows_model = RecordsModel(self)
        self.rejected_model = RecordsModel(self)
        self.rows_view = self._table(self.rows_model)
        self.rejected_view = self._table(self.rejected_model)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.rows_view, "")
        self.tabs.addTab(self.rejected_view, "")

        self.preview_button = QPushButton()
        self.preview_button.clicked.connect(self.preview)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.do_import)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip)
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.read_note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self._update_buttons()

    @staticmethod
    def _table(model: RecordsModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return view

    # ------------------------------------------------------------------ words

    def retranslate_ui(self) -> None:
        if self.kind == "customers":
            self.setWindowTitle(self.tr("Import customers"))
            self.intro.setText(self.tr(
                "Bring your customers in from an Excel or CSV file: code, name, aliases (the names they pay "
                "under), contact persons, payment terms, credit limits and the accounts they pay from. Save the "
                "template, fill it, then preview: nothing is written until you import, and an import is all "
                "or nothing."))
        else:
            self.setWindowTitle(self.tr("Import opening ledger"))
            self.intro.setText(self.tr(
                "Bring the open invoices and opening balances of your old receivable ledger in: each open "
                "invoice keeps its old number (customers quote it when they pay) and gets a number of the "
                "program too; a negative balance is money held for the customer. The customers must "
                "be in the books first. Preview first: nothing is written until you import."))
            self.as_of_label.setText(self.tr("Balances as of"))
        self.file_label.setText(self.tr("File"))
        self.path.setPlaceholderText(self.tr("An .xlsx, .xls, .ods or .csv file"))
        self.browse.setText(self.tr("Choose…"))
        self.template.setText(self.tr("Save template…"))
        self.skip.setText(self.tr("Import the other rows when some are refused"))
        self.preview_button.setText(self.tr("Preview"))
        self.import_button.setText(self.tr("Import"))
        self.close_button.setText(self.tr("Close"))
        self._fill()

    # ------------------------------------------------------------------ file

    def choose_file(self) -> None:
        start = self.path.text() or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file to import"), start,
            self.tr("Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)"))
        if path:
            self.path.setText(path)
            self.preview()

    def save_template(self) -> None:
        from arapp.io.onboarding_templates import write_template

        default = self.tr("customers template.xlsx") if self.kind == "customers" else self.tr("ledger template.xlsx")
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the template file"),
                                              str(Path(folder) / default), self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            written = write_template(self.kind, path)
        except ArappError as exc:
            self.error.show_message(exc.message)
            return
        self.error.clear_message()
        self.summary.setText(self.tr("Template saved: {path}. Fill it in, save it, then choose it here.").format(
            path=str(written)))

    def _path_changed(self) -> None:
        self._forget_preview()

    def _forget_preview(self) -> None:
        self.outcome = None
        self._fill()
        self._update_buttons()

    # ------------------------------------------------------------------ preview and import

    def _as_of(self) -> _dt.date | None:
        return from_qdate(self.as_of.date()) if self.kind == "ledger" else None

    def preview(self) -> None:
        path = self.path.text().strip()
        if not path:
            self.error.show_message(self.tr("Choose a file first"))
            return
        self.error.clear_message()
        self.ops.run(run_import, self.kind, path, as_of=self._as_of(), dry_run=True, skip_rejected=True,
                     parent=self, on_done=self._previewed, on_failed=self._failed)

    def _previewed(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self._fill()
        self._update_buttons()

    def do_import(self) -> None:
        if self.outcome is None:
            return
        self.error.clear_message()
        self.ops.run(run_import, self.kind, self.path.text().strip(), as_of=self._as_of(), dry_run=False,
                     skip_rejected=self.skip.isChecked(), parent=self, on_done=self._imported,
                     on_failed=self._failed)

    def _imported(self, outcome: Outcome) -> None:
        if outcome.refused:
            self.outcome = outcome
            self._fill()
            self.error.show_message(outcome.refused)
            return
        self.imported = outcome
        self.outcome = None
        self._fill()
        self.summary.setText(self._done_words(outcome.result))
        self._update_buttons()

    def _failed(self, exc: ArappError) -> None:
        self.error.show_message(exc.message)

    def _update_buttons(self) -> None:
        has_file = bool(self.path.text().strip())
        self.preview_button.setEnabled(has_file)
        result = self.outcome.result if self.outcome else None
        accepted = self._accepted(result) if result is not None else 0
        rejected = len(result.rejected) if result is not None else 0
        self.import_button.setEnabled(bool(accepted) and (not rejected or self.skip.isChecked()))
        self.skip.setEnabled(bool(rejected))

    # ------------------------------------------------------------------ showing it

    def _accepted(self, result) -> int:
        return len(result.customers) if self.kind == "customers" else len(result.entries)

    def _fill(self) -> None:
        if self.outcome is None:
            self.rows_model.set_rows([])
            self.rejected_model.set_rows([])
            self.read_note.clear()
            if self.imported is None:
                self.summary.clear()
            self._set_columns()
            self._tab_titles(0, 0)
            return
        preview, result = self.outcome.preview, self.outcome.result
        from arapp.domain.onboarding import field_label

        mapped = self.tr(", ").join(self.tr("{column} → {field}").format(column=name, field=field_label(f))
                                    for f, name in preview.columns.items())
        self.read_note.setText(self.tr("{file}: {note} Header on row {row}. Columns read: {columns}").format(
            file=preview.file_name, note=preview.sheet_note, row=preview.header_row_no, columns=mapped))
        self._set_columns()
        if self.kind == "customers":
            rows = [[c.row_no, c.code, c.name, names.customer_kind(c.kind), c.category, c.payment_terms_days,
                     c.credit_limit, self.tr(", ").join(c.aliases), c.contacts, c.bank_accounts]
                    for c in result.customers]
        else:
            rows = [[e.row_no, names.ledger_entry_kind(e.kind), e.customer_code, e.customer_name,
                     e.external_number, e.issue_date, e.due_date, e.amount, e.description] for e in result.entries]
        self.rows_model.set_rows(rows)
        self.rejected_model.set_rows([[r.row_no, r.column, r.value, r.reason] for r in result.rejected],
                                     emphasis=[REFUSED] * len(result.rejected))
        self.rows_view.resizeColumnsToContents()
        self.rejected_view.resizeColumnsToContents()
        self._tab_titles(len(rows), len(result.rejected))
        self.summary.setText(self._preview_words(result))
        if result.rejected and not rows:
            self.tabs.setCurrentWidget(self.rejected_view)

    def _set_columns(self) -> None:
        if self.kind == "customers":
            self.rows_model.set_columns([
                (self.tr("Row"), "int"), (self.tr("Code"), "text"), (self.tr("Name"), "text"),
                (self.tr("Type"), "text"), (self.tr("Category"), "text"), (self.tr("Terms (days)"), "int"),
                (self.tr("Credit limit"), "money"), (self.tr("Aliases"), "text"), (self.tr("Contacts"), "int"),
                (self.tr("Bank accounts"), "int")])
        else:
            self.rows_model.set_columns([
                (self.tr("Row"), "int"), (self.tr("Becomes"), "text"), (self.tr("Customer code"), "text"),
                (self.tr("Customer"), "text"), (self.tr("Old number"), "text"), (self.tr("Issue date"), "date"),
                (self.tr("Due date"), "date"), (self.tr("Amount"), "money"), (self.tr("Description"), "text")])
        self.rejected_model.set_columns([(self.tr("Row"), "int"), (self.tr("Column"), "text"),
                                         (self.tr("Value"), "text"), (self.tr("Why it is refused"), "text")])

    def _tab_titles(self, accepted: int, rejected: int) -> None:
        self.tabs.setTabText(0, self.tr("Rows to import ({n})").format(n=accepted))
        self.tabs.setTabText(1, self.tr("Refused rows ({n})").format(n=rejected))

    def _preview_words(self, result) -> str:
        n, k = self._accepted(result), len(result.rejected)
        if self.kind == "customers":
            text = self.tr("{n} customer can be imported", "{n} customers can be imported", n).format(n=n)
            text += self.tr(" (aliases {aliases}, contacts {contacts}, bank accounts {accounts})").format(
                aliases=result.aliases, contacts=result.contacts, accounts=result.bank_accounts)
        else:
            text = self.tr("{n} row can be imported", "{n} rows can be imported", n).format(n=n)
            text += self.tr(": open invoices {invoices}, opening balances {openings}, owing {owed}; advances "
                            "{advances}, holding {held}").format(
                invoices=result.invoices, openings=result.openings, owed=common.money_text(result.owed),
                advances=result.advances, held=common.money_text(result.held))
        text += self.tr("; {k} row refused.", "; {k} rows refused.", k).format(k=k)
        if k:
            text += " " + (self.tr("Refused rows will be left out.") if self.skip.isChecked()
                           else self.tr("Correct the file, or tick the box to import the other rows."))
        return text

    def _done_words(self, result) -> str:
        if self.kind == "customers":
            n = len(result.customers)
            return self.tr("Imported {n} customer from {file}.", "Imported {n} customers from {file}.", n).format(
                n=n, file=result.file_name)
        first_last = result.number_range("INV-")
        numbers = (self.tr(" Numbers {first} to {last}.").format(first=first_last[0], last=first_last[1])
                   if first_last else "")
        return self.tr("Imported from {file}: open invoices {invoices}, opening balances {openings}, owing {owed}; "
                       "advances {advances}, holding {held}.").format(
            invoices=result.invoices, openings=result.openings, owed=common.money_text(result.owed),
            advances=result.advances, held=common.money_text(result.held), file=result.file_name) + numbers
