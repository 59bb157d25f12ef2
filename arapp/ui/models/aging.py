"""The aging table on screen, in the layout the PDF and Excel files print.

The model shows the :class:`~arapp.reports.table.ReportTable` that
:func:`arapp.reports.table.aging_table` makes of an :class:`~arapp.reports.aging.AgingResult`
(the table every export writes): the same columns in the same order with the same
headers, the cells formatted as the PDF prints them, the totals row last and bold.
Each row keeps the AgingRow it came from, for the drill-down; sorting by a column
keeps the totals row at the bottom.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from arapp.reports.aging import AgingResult, AgingRow
from arapp.reports.table import ReportTable, aging_table, format_cell
from arapp.ui.common import AMOUNT_ALIGN
from arapp.ui.models.customers import balance_text
from arapp.ui.models.report_table import RIGHT_ALIGNED

_NO_PARENT = QModelIndex()


def screen_table(result: AgingResult) -> ReportTable:
    """The aging table the exports print, for the screen (no company line; the table is pure)."""
    return aging_table(result, "")


class AgingTableModel(QAbstractTableModel):
    """An aging result as its ReportTable, plus a totals row that stays at the bottom."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result: AgingResult | None = None
        self.table: ReportTable | None = None
        self.rows: list[AgingRow] = []          # the result's rows, in the order shown
        self._cells: list[list[Any]] = []       # the table's rows, in the same order

    def set_result(self, result: AgingResult | None, table: ReportTable | None = None) -> None:
        """Show ``result`` (its table made here unless given, e.g. made on a worker)."""
        if result is not None and table is None:
            table = screen_table(result)
        self.beginResetModel()
        self.result = result
        self.table = table if result is not None else None
        self.rows = list(result.rows) if result is not None else []
        self._cells = [list(r) for r in table.rows] if self.table is not None else []
        self.endResetModel()

    def rowCount(self, parent=_NO_PARENT) -> int:  # noqa: N802
        if parent.isValid() or self.table is None:
            return 0
        return len(self._cells) + (1 if self.table.totals is not None else 0)

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
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in RIGHT_ALIGNED:
            return int(AMOUNT_ALIGN)
        return None

    def is_totals(self, row: int) -> bool:
        return self.table is not None and self.table.totals is not None and row == len(self._cells)

    def row_at(self, row: int) -> AgingRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= col < len(self.table.columns)):
            return None
        column = self.table.columns[col]
        totals = self.is_totals(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if totals:
                return format_cell(self.table.totals[col], column.kind)        # as the PDF prints totals
            value = self._cells[row][col]
            if column.key == "net" and isinstance(value, int) and value < 0:
                return balance_text(value)                  # 预收 185.80, as the customer list writes it
            return format_cell(value, column.kind, blank_zero=column.blank_zero)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(AMOUNT_ALIGN) if column.kind in RIGHT_ALIGNED else None
        if role == Qt.ItemDataRole.FontRole and totals:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole and not totals and self.result.view == "customer":
            return self.tr("Double-click to see this customer's open invoices")
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if self.table is None or not (0 <= column < len(self.table.columns)):
            return
        kind = self.table.columns[column].kind
        self.layoutAboutToBeChanged.emit()

        def sort_key(pair):
            v = pair[0][column]
            if v is None or v == "":
                return (1, 0) if kind in RIGHT_ALIGNED else (1, "")
            return (0, v)

        pairs = sorted(zip(self._cells, self.rows, strict=True), key=sort_key,
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self._cells = [c for c, _r in pairs]
        self.rows = [r for _c, r in pairs]
        self.layoutChanged.emit()
