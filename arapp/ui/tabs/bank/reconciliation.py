"""The bank reconciliation (银行存款余额调节表) of one account for one month, as the
form is laid out on paper: on the left the balance per the books, plus what the bank
received and the books did not, less what the bank paid and the books did not; on the
right the balance per the bank statement, plus what the books received and the bank did
not, less what the books paid and the bank did not; both adjusted balances at the foot,
and the difference between them in red when it is not zero.

Worked out by arapp.reports.bank_reconciliation.bank_reconciliation on a worker; the
same result is written to PDF or Excel (its ``table()``, through arapp.exports)."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arapp import clock
from arapp.ui import common
from arapp.ui.common import ErrorLabel, money_text
from arapp.ui.jobs import JobRunner
from arapp.ui.tabs.bank import backend
from arapp.ui.tabs.bank.models import ItemsModel

DIFFERENCE_STYLE = "color: #b00020; font-weight: bold;"
BALANCED_STYLE = "color: #1b5e20; font-weight: bold;"

#: The four lists: (kind of item, the side whose balance it adjusts, sign).
LISTS = (("bank_in", "books", +1), ("bank_out", "books", -1), ("books_in", "bank", +1), ("books_out", "bank", -1))


class ReconciliationView(QWidget):
    """One account's reconciliation for a month, with PDF and Excel export."""

    statusMessage = Signal(str)
    actMessage = Signal(str)
    loaded = Signal(object)            # the Reconciliation shown

    def __init__(self, runner: JobRunner | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner or JobRunner(self)
        self.account_id: int | None = None
        self.result: Any = None
        self.last_export: str | None = None
        self._generation = 0
        self.loading = False

        self.month_label = QLabel()
        self.month = QDateEdit()
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(False)
        first = clock.today().replace(day=1) - _dt.timedelta(days=1)
        self.month.setDate(QDate(first.year, first.month, 1))
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.excel_button = QPushButton()
        self.excel_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 1)
        self.heading.setFont(font)
        top = QHBoxLayout()
        top.addWidget(self.month_label)
        top.addWidget(self.month)
        top.addSpacing(24)
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.excel_button)
        top.addWidget(self.pdf_button)

        self.sides = {"books": QGroupBox(), "bank": QGroupBox()}
        self.start_labels = {"books": QLabel(), "bank": QLabel()}
        self.start_values = {"books": QLabel(), "bank": QLabel()}
        self.end_labels = {"books": QLabel(), "bank": QLabel()}
        self.end_values = {"books": QLabel(), "bank": QLabel()}
        self.list_titles: dict[str, QLabel] = {}
        self.models: dict[str, ItemsModel] = {}
        self.tables: dict[str, QTableView] = {}
        grid = QHBoxLayout()
        for side in ("books", "bank"):
            box = QGridLayout(self.sides[side])
            box.setColumnStretch(0, 1)
            row = 0
            box.addWidget(self.start_labels[side], row, 0)
            box.addWidget(self.start_values[side], row, 1)
            for name, where, _sign in LISTS:
                if where != side:
                    continue
                title = QLabel()
                model = ItemsModel(self)
                table = QTableView()
                table.setModel(model)
                table.verticalHeader().hide()
                table.verticalHeader().setDefaultSectionSize(24)
                table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
                table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
                table.setWordWrap(False)
                header = table.horizontalHeader()
                header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
                header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
                header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
                self.list_titles[name], self.models[name], self.tables[name] = title, model, table
                box.addWidget(title, row + 1, 0, 1, 2)
                box.addWidget(table, row + 2, 0, 1, 2)
                row += 2
            box.addWidget(self.end_labels[side], row + 1, 0)
            box.addWidget(self.end_values[side], row + 1, 1)
            for label in (self.start_values[side], self.end_values[side]):
                label.setAlignment(common.AMOUNT_ALIGN)
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            grid.addWidget(self.sides[side], 1)
        self.difference = QLabel()
        self.difference.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addWidget(self.difference)
        layout.addWidget(self.error)
        self.retranslate_ui()
        self._show(None)

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        t = self.tr
        self.month_label.setText(t("Month"))
        self.excel_button.setText(t("Export to Excel…"))
        self.pdf_button.setText(t("Export to PDF…"))
        self.sides["books"].setTitle(t("Per the books"))
        self.sides["bank"].setTitle(t("Per the bank statement"))
        self.start_labels["books"].setText(t("Balance per the books"))
        self.start_labels["bank"].setText(t("Balance per the bank statement"))
        for side in ("books", "bank"):
            self.end_labels[side].setText(t("Adjusted balance"))
        for model in self.models.values():
            model.retranslate()
        self._show(self.result)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def list_title(self, name: str, items: list) -> str:
        t = self.tr
        words = {"bank_in": t("Add: received by the bank, not yet in the books"),
                 "bank_out": t("Less: paid by the bank, not yet in the books"),
                 "books_in": t("Add: received in the books, not yet by the bank"),
                 "books_out": t("Less: paid in the books, not yet by the bank")}[name]
        total = sum(i.amount for i in items)
        return t("{what} ({count}, {total})").format(what=words, count=t("{n} item", "{n} items", len(items)).format(
            n=len(items)), total=money_text(total))

    def heading_text(self, result: Any) -> str:
        """「银行存款余额调节表：工行基本户，2026-11-30」."""
        if result is None:
            return ""
        end = result.as_of
        return self.tr("Bank reconciliation: {account}, {date}").format(
            account=getattr(result, "account_name", "") or "", date=end.isoformat() if end else self.month_text())

    # ------------------------------------------------------------------ loading
    def month_text(self) -> str:
        d = self.month.date()
        return f"{d.year():04d}-{d.month():02d}"

    def set_account(self, account_id: int | None) -> None:
        if account_id != self.account_id:
            self.account_id = account_id
            self.refresh()

    def refresh(self) -> None:
        """Work the reconciliation out again (on a worker) for the account and month shown."""
        self._generation += 1
        generation = self._generation
        self.error.clear_message()
        if self.account_id is None:
            self._show(None)
            return
        try:
            rec = backend.piece("reconciliation")
        except backend.Unavailable:
            self.error.show_message(self.tr("The bank reconciliation is not available in this version."))
            return
        account, month = self.account_id, self.month_text()
        self.loading = True
        self.runner.submit(lambda _p, _c: rec.bank_reconciliation(account, month), name="bank reconciliation",
                           owner=self, on_finished=lambda r: self._loaded(generation, r),
                           on_failed=lambda msg: self._failed(generation, msg))

    def _loaded(self, generation: int, result: Any) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self._show(result)
        self.loaded.emit(result)

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self._show(None)
        self.error.show_message(message)

    def _show(self, result: Any) -> None:
        self.result = result
        for button in (self.excel_button, self.pdf_button):
            button.setEnabled(result is not None)
        for name, _side, _sign in LISTS:
            items = list(result.of(name)) if result is not None else []
            self.models[name].set_rows(items)
            self.list_titles[name].setText(self.list_title(name, items))
        self.heading.setText(self.heading_text(result))
        if result is None:
            for side in ("books", "bank"):
                self.start_values[side].setText("")
                self.end_values[side].setText("")
            self.difference.setText("")
            return
        self.start_values["books"].setText(money_text(result.book_balance))
        self.start_values["bank"].setText(money_text(result.bank_balance))
        self.end_values["books"].setText(money_text(result.adjusted_books))
        self.end_values["bank"].setText(money_text(result.adjusted_bank))
        difference = result.difference
        if difference:
            self.difference.setStyleSheet(DIFFERENCE_STYLE)
            higher = self.tr("per the bank statement") if difference > 0 else self.tr("per the books")
            self.difference.setText(self.tr("The adjusted balances differ by {amount} (higher {side}): look for a line "
                                            "not yet matched or booked, or a book entry the bank does not have.").format(
                amount=money_text(abs(difference)), side=higher))
        else:
            self.difference.setStyleSheet(BALANCED_STYLE)
            self.difference.setText(self.tr("The adjusted balances agree."))

    # ------------------------------------------------------------------ export
    def export(self, fmt: str, path: str | None = None) -> bool:
        """Write the reconciliation shown to Excel or PDF (off the UI thread), then open the PDF."""
        if self.result is None:
            return False
        if path is None:
            suffix = "xlsx" if fmt == "xlsx" else "pdf"
            name = f"bank-reconciliation-{self.month_text()}.{suffix}"
            flt = self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx" else self.tr("PDF document (*.pdf)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), name, flt)
            if not path:
                return False
        result = self.result

        def job(_progress, _cancelled):
            try:
                from arapp.exports.bank import export_bank_reconciliation
            except ImportError:          # a build without the bank's writer: the one table
                from arapp.exports import export_tables

                export_tables([result.table()], fmt, path)
            else:
                export_bank_reconciliation(result, fmt, path)
            return path

        self.runner.submit(job, name="bank reconciliation export", owner=self, on_finished=self._exported,
                           on_failed=lambda msg: common.show_error(self, self.tr("Export"), msg))
        return True

    def _exported(self, path: str) -> None:
        self.last_export = path
        self.actMessage.emit(self.tr("Saved {path}").format(path=path))
        if path.lower().endswith(".pdf") and QGuiApplication.platformName() != "offscreen":
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
