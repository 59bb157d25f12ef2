"""The invoice list, paged from the database and sorted and filtered by SQL."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush

from arapp import names
from arapp.reports.invoice_list import InvoiceFilter, InvoiceRow, invoice_count, invoice_page
from arapp.ui.common import amount_text, date_text
from arapp.ui.jobs import JobRunner
from arapp.ui.models.paged import MUTED_COLOR, OVERDUE_COLOR, PAGE_SIZE, SqlListModel


class InvoiceTableModel(SqlListModel):
    """The invoice list, sorted and filtered by SQL (reports.invoice_list)."""

    KEYS = ("number", "customer", "customer_name", "issue_date", "due_date", "total", "open_amount", "status")
    AMOUNT_KEYS = frozenset({"total", "open_amount"})
    SORT_BY_COLUMN = KEYS            # every column sorts in SQL by the key of the same name
    FILTER, FIRST_SORT = InvoiceFilter, "issue_date"

    @staticmethod
    def read_page(filters, sort, descending, offset, limit) -> list[InvoiceRow]:
        return invoice_page(filters, sort, descending, offset, limit)

    @staticmethod
    def read_count(filters) -> int:
        return invoice_count(filters)

    def __init__(self, runner: JobRunner | None = None, page_size: int = PAGE_SIZE, parent=None,
                 *, today: _dt.date | None = None):
        super().__init__(runner, page_size, parent)
        self._today = today

    def columns(self) -> list[tuple[str, str]]:
        return [
            ("number", QCoreApplication.translate("TableModels", "Invoice no.")),
            ("customer", QCoreApplication.translate("TableModels", "Customer code")),
            ("customer_name", QCoreApplication.translate("TableModels", "Customer")),
            ("issue_date", QCoreApplication.translate("TableModels", "Issue date")),
            ("due_date", QCoreApplication.translate("TableModels", "Due date")),
            ("total", QCoreApplication.translate("TableModels", "Amount (¥)")),
            ("open_amount", QCoreApplication.translate("TableModels", "Open (¥)")),
            ("status", QCoreApplication.translate("TableModels", "Status")),
        ]

    def cell(self, row: InvoiceRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "number":
                return row.number or QCoreApplication.translate("TableModels", "(draft)")
            if key == "customer":
                return row.customer_code
            if key == "customer_name":
                return row.customer_name
            if key == "issue_date":
                return date_text(row.issue_date)
            if key == "due_date":
                return date_text(row.due_date)
            if key == "total":
                return amount_text(row.total)
            if key == "open_amount":
                return amount_text(row.open_amount) if row.status not in ("void", "draft") else ""
            if key == "status":
                days = row.days_overdue(self._today)
                name = names.invoice_status(row.status)
                if days:
                    return QCoreApplication.translate("TableModels", "{status}, {days} day overdue", "{status}, {days} days overdue",
                                                      days).format(status=name, days=days)
                return name
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status in ("void", "written_off"):
                return QBrush(MUTED_COLOR)
            if key in ("due_date", "open_amount", "status") and row.days_overdue(self._today):
                return QBrush(OVERDUE_COLOR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and key == "customer_name":
            return f"{row.customer_code} {row.customer_name}"
        return None
