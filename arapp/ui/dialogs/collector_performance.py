"""Collector performance (催收员考核): a month's figures per collector (tasks completed,
contacts, money collected within 30 days of a contact, promise-kept rate, the overdue
ratio of the portfolio), read on a worker, with an Excel export written on a worker.

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

from arapp import clock
from arapp.reports.table import ReportTable
from arapp.ui import common
from arapp.ui.jobs import JobRunner
from arapp.ui.models.report_table import ReportTableModel


class CollectorPerformanceDialog(QDialog):
    """考核: pick a month, read the figures on a worker, export them to Excel. Another
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
        today = clock.today()
        first = _dt.date.fromisoformat(f"{month}-01") if month else today.replace(day=1)
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
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addStretch(1)
        top.addWidget(self.progress)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.footnote)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.month.dateChanged.connect(lambda _d: self.reload())
        self.resize(1060, 460)
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
        self.export_button.setEnabled(False)
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
        self.export_button.setEnabled(True)
        self.error.clear_message()
        self.loaded.emit(table)

    def _failed(self, generation: int, message: str) -> None:
        self._busy(-1)
        if generation == self._generation:
            self.error.show_message(message)

    def _ask_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), suggested,
                                              self.tr("Excel workbook (*.xlsx)"))
        return path

    def export(self, path: str | None = None) -> None:
        """Write the table shown to an Excel workbook, on a worker."""
        if self.table is None:
            return
        path = path or self.ask_path(f"{self.FILE_STEM}-{self.month_text()}.xlsx")
        if not path:
            return
        table = self.table

        def job(progress, cancelled):
            from arapp.exports.xlsx import write_table_xlsx

            return str(write_table_xlsx(table, path))

        self._busy(+1)
        self.export_button.setEnabled(False)
        self.runner.submit(job, name=f"{self.FILE_STEM}-export", owner=self,
                           on_finished=self._exported, on_failed=self._export_failed,
                           on_cancelled=lambda: self._busy(-1))

    def _exported(self, path: str) -> None:
        self._busy(-1)
        self.export_button.setEnabled(True)
        self.last_export = path
        self.exported.emit(path)

    def _export_failed(self, message: str) -> None:
        self._busy(-1)
        self.export_button.setEnabled(True)
        common.show_error(self, self.tr("Export"), message)
