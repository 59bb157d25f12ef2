"""Collector performance (催收员考核): a month's figures per collector (tasks completed,
contacts, money collected within 30 days after a contact, promise-kept rate, the
overdue ratio of the portfolio), read on a worker, exported to Excel or printed to PDF
(signed: 编制 / 审核) on a worker. It opens on the last full month.

The table shown is the same ``ReportTable`` the export and the command line use."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from arapp.reports.catalog import last_full_month
from arapp.reports.table import ReportTable
from arapp.ui import common
from arapp.ui.jobs import JobRunner
from arapp.ui.models.report_table import ReportTableModel


class CollectorPerformanceDialog(QDialog):
    """考核: pick a month (the last full one to begin with), read the figures on a worker,
    export them to Excel or PDF. Another
    month's report shows the same way by naming its table (``build``), its file name
    (``FILE_STEM``) and its title (``window_title``)."""

    loaded = Signal(object)       # ReportTable
    exported = Signal(str)        # the path written
    FILE_STEM = "collector-performance"

    @staticmethod
    def build(month: str) -> ReportTable:
        """The month's table (read on a worker)."""
        from arapp.reports.collections import collector_performance_table

        return collector_performance_table(month)

    def window_title(self) -> str:
        return self.tr("Collector performance")

    def __init__(self, runner: JobRunner, parent=None, *, month: str | None = None, ask_path=None):
        super().__init__(parent)
        self.runner = runner
        self.ask_path = ask_path or self._ask_path
        self.table: ReportTable | None = None
        self.last_export: str | None = None
        self._generation = 0
        self._jobs = 0
        self.setWindowTitle(self.window_title())
        first = _dt.date.fromisoformat(f"{month or last_full_month()}-01")
        self.month = QDateEdit(QDate(first.year, first.month, 1))
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.title = QLabel()
        f = self.title.font()
        f.setBold(True)
        f.setPointSize(f.pointSize() + 1)
        self.title.setFont(f)
        self.model = ReportTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        self.footnote = QLabel()
        self.footnote.setWordWrap(True)
        self.footnote.setStyleSheet("color: #555;")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        self.error = common.ErrorLabel()
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(lambda: self.export())
        self.pdf_button = QPushButton(self.tr("Print to PDF…"))
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(lambda: self.export(fmt="pdf"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addStretch(1)
        top.addWidget(self.progress)
        top.addWidget(self.export_button)
        top.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.footnote)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.month.dateChanged.connect(lambda _d: self.reload())
        self.resize(1200, 480)             # every column readable at 1280×800, in English too
        self.reload()

    def month_text(self) -> str:
        d = self.month.date()
        return f"{d.year():04d}-{d.month():02d}"

    def _busy(self, delta: int) -> None:
        self._jobs = max(0, self._jobs + delta)
        self.progress.setVisible(self._jobs > 0)

    def reload(self) -> None:
        """Read the month's figures on a worker (a newer month supersedes)."""
        self._generation += 1
        generation = self._generation
        month = self.month_text()
        build = self.build

        def job(progress, cancelled):
            return build(month)

        self._busy(+1)
        self._enable_exports(False)
        self.runner.submit(job, name=self.FILE_STEM, owner=self,
                           on_finished=lambda table: self._loaded(generation, table),
                           on_failed=lambda msg: self._failed(generation, msg),
                           on_cancelled=lambda: self._busy(-1))

    def _loaded(self, generation: int, table: ReportTable) -> None:
        self._busy(-1)
        if generation != self._generation:
            return
        self.table = table
        self.model.set_table(table)
        self.title.setText(" · ".join([table.title, *table.subtitle]))
        self.footnote.setText("\n".join(table.footnotes))
        self.view.resizeColumnsToContents()
        self._enable_exports(True)
        self.error.clear_message()
        self.loaded.emit(table)

    def _failed(self, generation: int, message: str) -> None:
        self._busy(-1)
        if generation == self._generation:
            self.error.show_message(message)

    def _enable_exports(self, on: bool) -> None:
        self.export_button.setEnabled(on)
        self.pdf_button.setEnabled(on)

    def _ask_path(self, suggested: str, fmt: str = "xlsx") -> str:
        flt = self.tr("PDF document (*.pdf)") if fmt == "pdf" else self.tr("Excel workbook (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), suggested, flt)
        return path

    def export(self, path: str | None = None, fmt: str = "xlsx") -> None:
        """Write the table shown to an Excel workbook or a PDF (``fmt``), on a worker."""
        if self.table is None:
            return
        path = path or self.ask_path(f"{self.FILE_STEM}-{self.month_text()}.{fmt}", fmt)
        if not path:
            return
        table = self.table

        def job(progress, cancelled):
            from arapp.exports import export_tables

            return str(export_tables([table], fmt, path))

        self._busy(+1)
        self._enable_exports(False)
        self.runner.submit(job, name=f"{self.FILE_STEM}-export", owner=self,
                           on_finished=self._exported, on_failed=self._export_failed,
                           on_cancelled=lambda: self._busy(-1))

    def _exported(self, path: str) -> None:
        self._busy(-1)
        self._enable_exports(True)
        self.last_export = path
        self.exported.emit(path)

    def _export_failed(self, message: str) -> None:
        self._busy(-1)
        self._enable_exports(True)
        common.show_error(self, self.tr("Export"), message)
