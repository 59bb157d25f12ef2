"""The receipt list, paged from the database and sorted and filtered by SQL
(reports.receipt_list)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from arapp import names
from arapp.reports.receipt_list import ReceiptFilter, ReceiptRow, receipt_count, receipt_page
from arapp.ui.common import amount_text, date_text
from arapp.ui.jobs import JobRunner
from arapp.ui.models.paged import MUTED_COLOR, PAGE_SIZE, PagedTableModel

#: Money left as the customer's credit (预收): the blue a bookkeeper reads as "ours to apply".
CREDIT_COLOR = QColor("#0d47a1")


class ReceiptTableModel(PagedTableModel):
    """The receipt list; every column sorts in SQL by the key of the same name."""

    KEYS = ("number", "date", "customer", "customer_name", "method", "amount", "allocated", "unallocated",
            "status")
    AMOUNT_KEYS = frozenset({"amount", "allocated", "unallocated"})
    SORT_BY_COLUMN = KEYS

    def __init__(self, runner: JobRunner | None = None, page_size: int = PAGE_SIZE, parent=None):
        super().__init__(runner, page_size, parent)
        self._filters = ReceiptFilter()
        self._sort = "date"
        self._descending = True

    def columns(self) -> list[tuple[str, str]]:
        t = QCoreApplication.translate
        return [
            ("number", t("ReceiptTableModel", "Receipt no.")),
            ("date", t("ReceiptTableModel", "Date")),
            ("customer", t("ReceiptTableModel", "Customer code")),
            ("customer_name", t("ReceiptTableModel", "Customer")),
            ("method", t("ReceiptTableModel", "Method")),
            ("amount", t("ReceiptTableModel", "Amount (¥)")),
            ("allocated", t("ReceiptTableModel", "Allocated (¥)")),
            ("unallocated", t("ReceiptTableModel", "Unallocated (¥)")),
            ("status", t("ReceiptTableModel", "Status")),
        ]

    @property
    def filters(self) -> ReceiptFilter:
        return self._filters

    @property
    def sort_key(self) -> str:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def setFilter(self, filters: ReceiptFilter) -> None:  # noqa: N802 - Qt-style, as the invoice model
        self._filters = filters
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.SORT_BY_COLUMN)):
            return
        key = self.SORT_BY_COLUMN[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._sort and descending == self._descending:
            return
        self._sort, self._descending = key, descending
        self.refresh()

    def sort_column(self) -> int:
        return self.SORT_BY_COLUMN.index(self._sort)

    def load_page(self, offset: int, limit: int) -> Callable[[], list[ReceiptRow]]:
        filters, sort, descending = self._filters, self._sort, self._descending
        return lambda: receipt_page(filters, sort, descending, offset, limit)

    def count_job(self) -> Callable[[], int]:
        filters = self._filters
        return lambda: receipt_count(filters)

    def cell(self, row: ReceiptRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "number":
                return row.number
            if key == "date":
                return date_text(row.date)
            if key == "customer":
                return row.customer_code
            if key == "customer_name":
                return row.customer_name
            if key == "method":
                return names.payment_method(row.method)
            if key == "amount":
                return amount_text(row.amount)
            if key == "allocated":
                return "" if row.reversed else amount_text(row.allocated)
            if key == "unallocated":
                return "" if row.reversed else amount_text(row.unallocated)
            if key == "status":
                return names.receipt_status(row.status)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.reversed:
                return QBrush(MUTED_COLOR)
            if key == "unallocated" and row.unallocated > 0:
                return QBrush(CREDIT_COLOR)
            return None
        if role == Qt.ItemDataRole.FontRole and row.reversed and key == "amount":
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "customer_name":
                return f"{row.customer_code} {row.customer_name}"
            if key == "number" and row.reference:
                return row.reference
        return None
