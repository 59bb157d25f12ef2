"""The 导出… (Export…) button of a list tab: every row the list holds, as it is filtered and
sorted now, to an Excel workbook or a CSV file the user picks.

A tab gives :class:`ListExport` a ``build`` function, called on the UI thread when the
button is clicked: it reads what the list shows (its filters, its order, the rows of a
queue already loaded) and returns a job that builds the
:class:`~arapp.reports.table.ReportTable` (:mod:`arapp.reports.list_tables`, all the
rows, not the page loaded). The job and the writing run on a worker
(:class:`~arapp.ui.jobs.JobRunner`); the status bar says when it starts and what was
written (how many rows, where); a file that cannot be written is said in a message box
(:func:`arapp.exports.files.output_file`'s refusal). The format follows the name's
extension, else the file type chosen in the dialog; the folder is remembered.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from arapp import clock
from arapp.reports.table import ReportTable
from arapp.ui import common
from arapp.ui.jobs import JobRunner

#: A tab's builder: called on the UI thread, returns the job that reads the list.
Builder = Callable[[], Callable[[], ReportTable]]
FOLDER_SETTING = "export/folder"


class ListExport(QObject):
    """The Export… button of one list and the export it starts."""

    #: An export was written: the path and the number of rows.
    exported = Signal(str, int)

    def __init__(self, parent: QWidget, runner: JobRunner | None, *, name: str, build: Builder,
                 status: Callable[[str], None]):
        super().__init__(parent)
        self.parent_widget = parent
        self.runner = runner or JobRunner(self)
        self.name = name                # the list's name (reports.list_tables.LISTS)
        self.build = build
        self.status = status
        self.busy = False
        self.last_path: str | None = None
        self.button = QPushButton(parent)
        self.button.clicked.connect(lambda _checked=False: self.export())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("Export…"))
        self.button.setToolTip(self.tr("Save every row of this list, as it is filtered and sorted now, "
                                       "to an Excel workbook or a CSV file"))

    # ------------------------------------------------------------------ the file
    def filters(self) -> tuple[str, str]:
        """The file types the dialog offers: Excel, CSV."""
        return self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, comma-separated (*.csv)")

    def suggested_path(self) -> str:
        """Where the dialog starts: the folder of the last export, a name with today's date."""
        folder = str(common.ui_settings().value(FOLDER_SETTING, "") or "")
        from arapp.reports.list_tables import list_title

        name = f"{list_title(self.name)}-{clock.today().isoformat()}.xlsx"
        return os.path.join(folder, name) if folder and os.path.isdir(folder) else name

    def ask_path(self) -> tuple[str, str] | None:
        """The file the user picks and its format (None when cancelled)."""
        excel, csv = self.filters()
        path, chosen = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Export the list"),
                                                   self.suggested_path(), f"{excel};;{csv}", excel)
        if not path:
            return None
        return with_format(path, "csv" if chosen == csv else "xlsx")

    # ------------------------------------------------------------------ the export
    def export(self, path: str | None = None, fmt: str | None = None) -> bool:
        """Export the list to ``path`` (asked for when None) off the UI thread; False when
        nothing was started (busy, or the dialog cancelled)."""
        if self.busy:
            return False
        if path is None:
            picked = self.ask_path()
            if picked is None:
                return False
            path, fmt = picked
        else:
            path, fmt = with_format(path, fmt)
        read = self.build()

        def job(_progress, _cancelled):
            from arapp.exports import export_list

            table = read()
            written = export_list(table, path, fmt)
            return str(written), len(table.rows)

        self._set_busy(True)
        self.status(self.tr("Exporting to {path}…").format(path=path))
        self.runner.submit(job, name=f"export-{self.name}", on_finished=self._done, on_failed=self._failed,
                           owner=self.button)
        return True

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.button.setEnabled(not busy)

    def _done(self, result: tuple[str, int]) -> None:
        path, rows = result
        self._set_busy(False)
        self.last_path = path
        common.ui_settings().setValue(FOLDER_SETTING, str(Path(path).parent))
        self.status(self.tr("Exported {n} row to {path}", "Exported {n} rows to {path}", rows).format(n=f"{rows:,}", path=path))
        self.exported.emit(path, rows)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.status("")
        common.show_error(self.parent_widget, self.tr("Export"), message)


def with_format(path: str, fmt: str | None) -> tuple[str, str]:
    """The path and its format: the extension's (.xlsx, .csv) when it has one, else
    ``fmt`` (xlsx when None) with its extension added."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in ("xlsx", "csv"):
        return path, suffix
    fmt = fmt or "xlsx"
    return f"{path}.{fmt}", fmt


def count_row(label: QLabel, export: ListExport) -> QHBoxLayout:
    """The line under a list: how many it shows, and the Export… button at its right."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label, 1)
    row.addWidget(export.button)
    return row

