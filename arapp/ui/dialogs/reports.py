"""The Reports menu's dialog: pick a date or a month and a format, write the file off
the UI thread, then open it (PDF) in the system viewer."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
)

from arapp import exports
from arapp.reports import catalog
from arapp.ui import common
from arapp.ui.common import from_qdate, to_qdate
from arapp.ui.jobs import JobRunner


class ReportDialog(QDialog):
    """One named report: weekly-overdue, aging-analysis or credit-record."""

    def __init__(self, name: str, runner: JobRunner, parent=None, *, ask_path=None):
        super().__init__(parent)
        self.name = name
        self.runner = runner
        self.spec = catalog.REPORTS[name]
        self.ask_path = ask_path or self._ask_path
        self.written: str | None = None
        self.setWindowTitle(self.tr("Print report"))
        when, month = catalog.resolve_dates(name)
        self.description = QLabel(self.spec.description())
        self.description.setWordWrap(True)
        self.date = QDateEdit(to_qdate(when))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.month = QDateEdit(to_qdate(when))
        self.month.setDisplayFormat("yyyy-MM")
        self.format = QComboBox()
        self.format.addItem(self.tr("PDF (print)"), "pdf")
        self.format.addItem(self.tr("Excel workbook"), "xlsx")
        form = QFormLayout()
        if self.spec.uses == "month":
            form.addRow(self.tr("Month"), self.month)
        else:
            form.addRow(self.tr("As of"), self.date)
        form.addRow(self.tr("Format"), self.format)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.error = common.ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.description)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def choice(self) -> tuple[_dt.date | None, str | None, str]:
        fmt = self.format.currentData()
        if self.spec.uses == "month":
            d = from_qdate(self.month.date())
            return None, f"{d.year:04d}-{d.month:02d}", fmt
        return from_qdate(self.date.date()), None, fmt

    def _ask_path(self, suggested: str, fmt: str) -> str:
        flt = self.tr("PDF document (*.pdf)") if fmt == "pdf" else self.tr("Excel workbook (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), suggested, flt)
        return path

    def run(self) -> None:
        as_of, month, fmt = self.choice()
        suggested = f"{self.name}-{month or as_of.isoformat()}.{fmt}"
        path = self.ask_path(suggested, fmt)
        if not path:
            return
        self.buttons.setEnabled(False)
        self.progress.show()
        self.error.clear_message()

        def job(progress, cancelled):
            return str(exports.export_report(self.name, fmt, path, as_of=as_of, month=month))

        self.runner.submit(job, name=f"report-{self.name}", on_finished=self._done, on_failed=self._failed)

    def _done(self, path: str) -> None:
        self.progress.hide()
        self.written = path
        if path.lower().endswith(".pdf") and QGuiApplication.platformName() != "offscreen":
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        self.accept()

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.buttons.setEnabled(True)
        self.error.show_message(message)


