"""A receipt's allocation: the customer's open invoices with the amount of the receipt
to allocate to each, editable by hand."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from arapp.domain.money import format_amount, parse_amount
from arapp.errors import ValidationError
from arapp.ui.common import AMOUNT_ALIGN, amount_text, date_text, money_text


@dataclass
class AllocationRow:
    invoice_id: int
    number: str
    issue_date: _dt.date
    due_date: _dt.date
    open_amount: int
    days_overdue: int
    allocate: int = 0


class AllocationModel(QAbstractTableModel):
    """Open invoices with the amount of this receipt to allocate to each (editable)."""

    ALLOCATE_COLUMN = 4
    editRejected = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[AllocationRow] = []

    def headers(self) -> list[str]:
        return [self.tr("Invoice no."), self.tr("Issue date"), self.tr("Due date"), self.tr("Open (¥)"),
                self.tr("Allocate (¥)"), self.tr("Left open (¥)")]

    def set_rows(self, rows: list[AllocationRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[AllocationRow]:
        return list(self._rows)

    def set_plan(self, amounts: dict[int, int]) -> None:
        for r in self._rows:
            r.allocate = amounts.get(r.invoice_id, 0)
        if self._rows:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self._rows) - 1, 5))

    def allocations(self) -> list[tuple[int, int]]:
        """(invoice id, fen) for every line with something allocated."""
        return [(r.invoice_id, r.allocate) for r in self._rows if r.allocate > 0]

    def total_allocated(self) -> int:
        return sum(r.allocate for r in self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 6:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section >= 3:
                return int(AMOUNT_ALIGN)
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == self.ALLOCATE_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [r.number, date_text(r.issue_date), date_text(r.due_date), amount_text(r.open_amount),
                    amount_text(r.allocate) if r.allocate else "", amount_text(r.open_amount - r.allocate)][c]
        if role == Qt.ItemDataRole.EditRole:
            if c == self.ALLOCATE_COLUMN:
                return format_amount(r.allocate, symbol=False, thousands=False) if r.allocate else ""
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and c >= 3:
            return int(AMOUNT_ALIGN)
        if role == Qt.ItemDataRole.ForegroundRole and c == 2 and r.days_overdue:
            return QBrush(QColor("#b71c1c"))
        if role == Qt.ItemDataRole.BackgroundRole and c == self.ALLOCATE_COLUMN:
            return QBrush(QColor("#fffbe6"))
        if role == Qt.ItemDataRole.ToolTipRole and c == self.ALLOCATE_COLUMN:
            return self.tr("Double-click to change the amount allocated to this invoice")
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != self.ALLOCATE_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        r = self._rows[index.row()]
        text = str(value or "").strip()
        try:
            fen = 0 if not text else parse_amount(text, allow_negative=False)
        except ValidationError as exc:
            self.editRejected.emit(exc.message)
            return False
        if fen > r.open_amount:
            self.editRejected.emit(
                self.tr("{amount} is more than the {open} open on invoice {number}").format(
                    amount=money_text(fen), open=money_text(r.open_amount), number=r.number))
            return False
        r.allocate = fen
        self.dataChanged.emit(self.index(index.row(), 4), self.index(index.row(), 5))
        return True
