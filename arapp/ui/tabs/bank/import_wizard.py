"""The bank statement import wizard (导入银行对账单): file → account and format →
columns → preview → import and result.

The file is read by arapp.io.bank_statement.read_statement on a worker of the window's
JobRunner, again whenever the format or the columns change, so what the preview shows is
exactly what would be imported. Nothing is written before the last page: there
services.bank.import_bank_lines runs on a worker with a progress bar and Cancel, in one
transaction (a cancel or a failure leaves the books as they were), and the mapping is
saved with the account once the import is in. The result says "N new, M already
imported, K rejected"; :attr:`ImportWizard.matchRequested` offers the unmatched lines
to the tab.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from arapp.db.failures import explain
from arapp.errors import ArappError
from arapp.services.changes import Changes
from arapp.services.context import acting_as, current_actor
from arapp.ui import operations
from arapp.ui.jobs import JobCancelled, JobRunner
from arapp.ui.tabs.bank import backend
from arapp.ui.tabs.bank.import_pages import (
    AccountPage,
    FilePage,
    MappingPage,
    PreviewPage,
    ResultPage,
    digits,
)
from arapp.ui.tabs.bank.models import PreviewRow

#: Data rows whose first values the mapping page shows for each column.
SAMPLE_ROWS = 3


class ImportWizard(QWizard):
    """Import one statement file into one of the company's bank accounts."""

    matchRequested = Signal(int)        # the account whose new lines the user wants to match now
    imported = Signal(object)           # the service's BankImportResult
    said = Signal(str)                  # what the import did, for the status bar

    def __init__(self, parent: QWidget | None = None, *, runner: JobRunner | None = None,
                 account_id: int | None = None, path: str | None = None):
        super().__init__(parent)
        self.ops = operations.for_widget(parent)
        self.runner = runner or self.ops.runner
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(940, 640)
        # What the pages show and change.
        self.path: Path | None = None
        self.sheet: str | None = None
        self.preview: Any = None
        self.header_preview: Any = None      # the last file read that worked: its header and first rows
        self._saved_refused = False
        self.read_error = ""
        self.reading = False
        self.accounts: list[Any] = []
        self.account: Any = None
        self.profile = "generic"
        self.mapping: Any = None
        self.mapping_source = "guess"      # where the columns come from: guess, saved (the account's), user
        self.mapping_note = ""
        self.save_mapping = True
        self.result: Any = None
        self.import_error = ""
        self.importing = False
        self.cancelled = False
        self._read_key: tuple | None = None
        self._read_handle = None
        self._import_handle = None
        self._wanted_account = account_id

        self.file_page = FilePage()
        self.account_page = AccountPage()
        self.mapping_page = MappingPage()
        self.preview_page = PreviewPage()
        self.result_page = ResultPage()
        self.preview_page.setCommitPage(True)
        for page in (self.file_page, self.account_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.account_page.new_button.clicked.connect(self.new_account)
        self.load_accounts()
        self.retranslate_ui()
        if path:
            self.file_page.path.setText(path)
            self.file_page.read()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import a bank statement"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _ended(self) -> None:
        """The import ended (done, failed or cancelled): Cancel has nothing left to stop."""
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)

    def _pages_show_state(self) -> None:
        for page in (self.file_page, self.account_page, self.mapping_page, self.preview_page, self.result_page):
            page.show_state()
            page.completeChanged.emit()

    # ------------------------------------------------------------------ accounts
    def load_accounts(self, select_id: int | None = None) -> None:
        """The company's accounts (reports.bank.bank_accounts); keeps or picks the one chosen."""
        try:
            self.accounts = list(backend.piece("lists").bank_accounts())
        except backend.Unavailable:
            self.accounts = []
        wanted = select_id or (self.account.id if self.account is not None else None) or self._wanted_account
        self.account = next((a for a in self.accounts if a.id == wanted), None)
        if self.account is None and len(self.accounts) == 1:
            self.account = self.accounts[0]
        if self.account is not None:
            self.profile = self.account.profile or self.profile

    def choose_account(self, account_id: int | None) -> None:
        account = next((a for a in self.accounts if a.id == account_id), None)
        if getattr(account, "id", None) != getattr(self.account, "id", None):
            self._saved_refused = False
            self.mapping_note = ""
        self.account = account
        if self.account is not None and self.account.profile:
            self.profile = self.account.profile

    def guess_account(self) -> None:
        """The account whose number the file names, if the books have it."""
        found = digits(getattr(self.preview, "account_no", "") or "")
        if not found:
            return
        for a in self.accounts:
            if digits(a.account_no) and digits(a.account_no) == found:
                self.choose_account(a.id)
                return

    def account_warning(self) -> str:
        """The account number in the file against the account chosen, when they differ."""
        found = getattr(self.preview, "account_no", "") or ""
        if self.account is None or not digits(found) or digits(found) == digits(self.account.account_no):
            return ""
        return self.tr("The file is of account {found}, but the account chosen is {name} ({number}). Check that "
                       "this is the right statement.").format(found=found, name=self.account.name,
                                                              number=self.account.account_no)

    def new_account(self):
        """Add the account the file is of (its number filled in from the file)."""
        from arapp.ui.tabs.bank.account_dialog import AccountDialog

        dialog = AccountDialog(self, account_no=getattr(self.preview, "account_no", "") or "")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._account_added(dialog.result_account_id))
        dialog.open()
        self.account_dialog = dialog
        return dialog

    def _account_added(self, account_id: int | None) -> None:
        self.load_accounts(account_id)
        self.account_page.fill()

    # ------------------------------------------------------------------ reading
    def choose_file(self, path: Path, sheet: str | None = None) -> None:
        """Read the file the user chose (its header and columns guessed)."""
        if path != self.path:
            sheet = None
        self.path, self.sheet = path, sheet
        self.mapping = None
        self.mapping_source = "guess"
        self.mapping_note = ""
        self._saved_refused = False
        self._read(None, first=True)

    def read_for_mapping(self) -> None:
        """Read for the columns page: with the columns the user chose, else the account's saved
        mapping (when it fits the file), else the columns guessed from the header."""
        if self.mapping_source != "user":
            saved = self._saved_json()
            if saved and not self._saved_refused:
                self.mapping = backend.piece("statement").BankMapping.from_json(saved)   # read by _saved_json
                self.mapping_source = "saved"
            else:
                self.mapping = self.header_preview.mapping if self.header_preview is not None else None
                self.mapping_source = "guess"
        self._read(self.mapping)

    def set_mapping(self, columns: dict[str, str]) -> None:
        """The columns as the user chose them on the columns page."""
        self.mapping = backend.piece("statement").BankMapping(columns=dict(columns))
        self.mapping_source = "user"

    def read_for_preview(self) -> None:
        self._read(self.mapping)

    def _key(self, mapping: Any) -> tuple:
        return (self.path, self.sheet, self.profile, mapping.to_json() if mapping is not None else "")

    def _read(self, mapping: Any, *, first: bool = False) -> None:
        key = self._key(mapping)
        if key == self._read_key and (self.reading or self.preview is not None):
            return
        if self._read_handle is not None:
            self._read_handle.cancel()
        self._read_key = key
        self.reading = True
        self.read_error = ""
        path, sheet, profile = self.path, self.sheet, None if first else self.profile
        try:
            statement = backend.piece("statement")
        except backend.Unavailable:
            self._read_failed(key, self.tr("Statement files cannot be read in this version."))
            return

        def job(_progress, _cancelled):
            return statement.read_statement(path, profile=profile, mapping=mapping, sheet=sheet)

        self._pages_show_state()
        self._read_handle = self.runner.submit(
            job, name="bank statement read", owner=self,
            on_finished=lambda preview: self._read_done(key, preview, first),
            on_failed=lambda message: self._read_failed(key, message),
            on_cancelled=lambda: None)

    def _read_done(self, key: tuple, preview: Any, first: bool) -> None:
        if key != self._read_key:
            return
        self.reading = False
        self._read_handle = None
        self.preview = self.header_preview = preview
        if self.mapping is None or first:
            self.mapping = preview.mapping
        elif self.mapping_source == "saved":
            self.mapping_note = self.tr("The columns are read with the mapping saved with this account.")
        if first:
            self.profile = (self.account.profile if self.account is not None and self.account.profile
                            else preview.profile) or "generic"
            self.guess_account()
            if self.profile == preview.profile:
                self._read_key = self._key(self.mapping)     # what the columns page would read again
        self._pages_show_state()

    def _read_failed(self, key: tuple, message: str) -> None:
        if key != self._read_key:
            return
        self.reading = False
        self._read_handle = None
        if key[3] and key[3] == self._saved_json() and not self._saved_refused:
            # The account's saved mapping does not fit this file: guess from its header instead.
            self._saved_refused = True
            self.mapping = self.header_preview.mapping if self.header_preview is not None else None
            self.mapping_source = "guess"
            self.mapping_note = self.tr("The mapping saved with the account does not fit this file ({reason}); the "
                                        "columns were guessed from its header.").format(reason=message)
            self._read(self.mapping)
            return
        self.preview = None
        self.read_error = message
        self._pages_show_state()

    def _saved_json(self) -> str:
        if self.account is None or not self.account.mapping:
            return ""
        try:
            return backend.piece("statement").BankMapping.from_json(self.account.mapping).to_json()
        except (ArappError, ValueError, TypeError, backend.Unavailable):   # a mapping that no longer reads
            return ""

    def header_names(self) -> list[str]:
        """The titles of the file's columns, in order (the header row read)."""
        p = self.header_preview
        if p is None:
            return []
        row = self._header_row()
        if row is not None:
            names = [" ".join(str(v).split()) if v is not None else "" for v in row]
            while names and not names[-1]:
                names.pop()
            if any(names):
                return names
        return list(dict.fromkeys(p.mapping.columns.values()))

    def _sheet(self) -> Any:
        p = self.header_preview
        if p is None:
            return None
        for s in getattr(p.workbook, "sheets", []) or []:
            if s.name == p.sheet_name:
                return s
        return None

    def _header_row(self) -> list | None:
        sheet = self._sheet()
        index = (self.header_preview.header_row_no or 0) - 1
        if sheet is None or not (0 <= index < len(sheet.rows)):
            return None
        return sheet.rows[index]

    def samples(self) -> dict[int, list[str]]:
        """Column index → the first few values under the header."""
        sheet = self._sheet()
        out: dict[int, list[str]] = {}
        if sheet is None:
            return out
        start = self.header_preview.header_row_no or 0
        for row in sheet.rows[start:start + SAMPLE_ROWS]:
            for i, value in enumerate(row):
                out.setdefault(i, []).append("" if value is None else str(value).strip())
        return out

    def refused_rows(self) -> list[PreviewRow]:
        by_row: dict[int, list[tuple[str, str]]] = {}
        for r in self.preview.rejected:
            by_row.setdefault(r.row_no, []).append((r.column, r.reason))
        return [PreviewRow(n, None, tuple(reasons)) for n, reasons in by_row.items()]

    def preview_rows(self) -> list[PreviewRow]:
        """The lines to import and the refused rows, in the file's order."""
        rows = [PreviewRow(line.row_no, line) for line in self.preview.lines] + self.refused_rows()
        return sorted(rows, key=lambda r: r.row_no)

    # ------------------------------------------------------------------ importing
    def start_import(self) -> bool:
        """Write the lines previewed into the account chosen (services.bank.import_bank_lines) on a
        worker, with progress and Cancel; the mapping is saved with the account after it."""
        if self.importing or self.result is not None:
            return False
        p, account = self.preview, self.account
        if p is None or account is None:
            return False
        try:
            bank = backend.piece("services")
        except backend.Unavailable:
            self.import_error = self.tr("Statements cannot be imported in this version.")
            self._pages_show_state()
            return False
        mapping_json = self.mapping.to_json() if self.mapping is not None else ""
        save = self.save_mapping and mapping_json and mapping_json != self._saved_json()
        actor = current_actor()

        def job(progress, cancelled):
            if cancelled():
                raise JobCancelled()
            with acting_as(actor):
                result = backend.call(bank.import_bank_lines, account.id, p.lines, file_name=p.workbook.file_name,
                                      sha256=p.workbook.sha256, sheet=p.sheet_name, profile=self.profile,
                                      rows_read=p.rows_read, rejected=list(p.rejected), progress=progress,
                                      cancelled=cancelled)
                saved = bank.save_mapping(account.id, mapping_json) if save else None
                return result, saved

        self.importing, self.cancelled, self.import_error = True, False, ""
        self._import_handle = self.runner.submit(job, name="bank statement import", owner=self,
                                                 on_finished=self._imported, on_failed=self._import_failed,
                                                 on_progress=self.result_page.set_progress,
                                                 on_cancelled=self._import_cancelled)
        # A service that cannot stop half-way is not offered a Cancel it would not honour.
        self.stoppable = backend.takes(bank.import_bank_lines, "cancelled")
        cancel = self.button(QWizard.WizardButton.CancelButton)
        cancel.setEnabled(self.stoppable)
        cancel.setToolTip("" if self.stoppable else self.tr("Once started, the import runs to its end in one go."))
        self._pages_show_state()
        return True

    def running(self) -> bool:
        return self.importing

    def cancel_import(self) -> None:
        if self._import_handle is not None and getattr(self, "stoppable", True):
            self._import_handle.cancel()
            self.result_page.outcome.setText(self.tr("Cancelling…"))

    def _imported(self, results: tuple) -> None:
        result, saved = results
        self.importing, self._import_handle, self.result = False, None, result
        self._ended()
        changes = getattr(result, "changes", None)
        if saved is not None and isinstance(getattr(saved, "changes", None), Changes):
            changes = (changes or Changes()) | saved.changes
        if isinstance(changes, Changes) and changes:
            self.ops.changed.emit(changes)
        self._pages_show_state()
        self.imported.emit(result)
        self.said.emit(self.import_text())

    def _import_failed(self, message: str) -> None:
        handle = self._import_handle
        self.importing, self._import_handle = False, None
        self._ended()
        raised = handle.exception if handle is not None else None
        error = explain(raised) if raised is not None and not isinstance(raised, ArappError) else None
        self.import_error = self.tr("Nothing was imported: {reason}").format(
            reason=error.message if error is not None else message)
        self._pages_show_state()

    def _import_cancelled(self) -> None:
        self.importing, self._import_handle, self.cancelled = False, None, True
        self._ended()
        self._pages_show_state()
        self.said.emit(self.import_text())

    def import_text(self) -> str:
        """「工行基本户：新增 12 条，已导入过 3 条，拒绝 1 条」, or where the import is."""
        t = self.tr
        if self.importing:
            return t("Importing…")
        if self.cancelled:
            return t("Cancelled: nothing was imported.")
        r = self.result
        if r is None:
            return ""
        text = r.summary              # the sentence the terminal prints too: N new, M already imported, K rejected
        if self.account is not None:
            text = t("{account}: {what}").format(account=self.account.name, what=text)
        return text

    # ------------------------------------------------------------------ closing
    def accept(self) -> None:
        if self.importing:
            return
        if self.result is not None and self.result.new and self.result_page.match_now.isChecked() \
                and self.account is not None:
            self.matchRequested.emit(self.account.id)
        super().accept()

    def reject(self) -> None:
        if self.importing:
            self.cancel_import()          # Cancel or Escape while importing stops it; the wizard stays
            return
        if self._read_handle is not None:
            self._read_handle.cancel()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.importing:
            self.cancel_import()
            event.ignore()
            return
        super().closeEvent(event)
