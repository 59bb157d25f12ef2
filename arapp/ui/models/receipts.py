"""The receipt list, paged from the database and sorted and filtered by SQL
(reports.receipt_list)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from arapp import names
from arapp.reports.receipt_list import ReceiptFilter, ReceiptRow, receipt_count, receipt_page
from arapp.ui.common import amount_text, date_text
from arapp.ui.models.paged import MUTED_COLOR, SqlListModel

#: Money left as the customer's credit (预收): the blue a bookkeeper reads as "ours to apply".
CREDIT_COLOR = QColor("#0d47a1")


class ReceiptTableModel(SqlListModel):
    """The receipt list; every column sorts in SQL by the key of the same name."""

    KEYS = ("number", "date", "customer", "customer_name", "method", "amount", "allocated", "unallocated",
            "status")
    AMOUNT_KEYS = frozenset({"amount", "allocated", "unallocated"})
    SORT_BY_COLUMN = KEYS            # every column sorts in SQL by the key of the same name
    FILTER, FIRST_SORT = ReceiptFilter, "date"

    @staticmethod
    def read_page(filters, sort, descending, offset, limit) -> list[ReceiptRow]:
        return receipt_page(filters, sort, descending, offset, limit)

    @staticmethod
    def read_count(filters) -> int:
        return receipt_count(filters)

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
