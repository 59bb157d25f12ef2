"""Any ReportTable on screen: its columns and rows as the exports print them (the same
cell formatting), amounts right-aligned, the totals row bold and last."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from arapp.reports.table import NUMERIC_KINDS, ReportTable, format_cell
from arapp.ui.common import AMOUNT_ALIGN

_NO_PARENT = QModelIndex()
#: Column kinds shown right-aligned: every numeric kind the reports know.
RIGHT_ALIGNED = NUMERIC_KINDS
_RIGHT = RIGHT_ALIGNED


class ReportTableModel(QAbstractTableModel):
    """A ReportTable's rows and its totals row (bold, last)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table: ReportTable | None = None

    def set_table(self, table: ReportTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def _rows(self) -> list[list]:
        if self.table is None:
            return []
        return self.table.rows + ([self.table.totals] if self.table.totals else [])

    def rowCount(self, parent=_NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent=_NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if self.table is None or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.table.columns):
            return None
        column = self.table.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.label
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in _RIGHT:
            return int(AMOUNT_ALIGN)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        rows = self._rows()
        if self.table is None or not index.isValid() or not 0 <= index.row() < len(rows):
            return None
        column = self.table.columns[index.column()]
        value = rows[index.row()][index.column()]
        totals = self.table.totals is not None and index.row() == len(rows) - 1
        if role == Qt.ItemDataRole.DisplayRole:
            return format_cell(value, column.kind, blank_zero=column.blank_zero)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in _RIGHT:
            return int(AMOUNT_ALIGN)
        if role == Qt.ItemDataRole.FontRole and totals:
            f = QFont()
            f.setBold(True)
            return f
        return None
