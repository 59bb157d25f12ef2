"""The customer list (paged, with balances; sorted and filtered in SQL) and one
customer's open invoices.

A credit balance (the customer paid more than it owes: 预收) is written with its marker,
``预收 1,200.00``, in the ordinary colour; red is for overdue amounts only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from arapp.reports.balances import OpenItem
from arapp.reports.customers import CUSTOMER_LIST_SORTS, CustomerListRow, customer_list_page
from arapp.ui.common import AMOUNT_ALIGN, amount_text, date_text
from arapp.ui.jobs import JobRunner
from arapp.ui.models.paged import OVERDUE_COLOR, PAGE_SIZE, PagedTableModel


def balance_text(fen: int) -> str:
    """A customer's net balance for a table cell: ``1,234.00`` owed, ``预收 1,234.00`` in credit."""
    if fen < 0:
        return QCoreApplication.translate("TableModels", "Prepaid {amount}").format(amount=amount_text(-fen))
    return amount_text(fen)


class CustomerTableModel(PagedTableModel):
    """Customers matching the search text (code, name, alias, phone), by code unless
    sorted (a click on a header: by balance or overdue amount, largest first), all or
    only those with something overdue; the database sorts and filters, page by page."""

    KEYS = ("code", "name", "phone", "balance", "overdue")
    AMOUNT_KEYS = frozenset({"balance", "overdue"})

    def __init__(self, runner: JobRunner | None = None, page_size: int = PAGE_SIZE, parent=None):
        super().__init__(runner, page_size, parent)
        self._text = ""
        self._sort = "code"
        self._descending = False
        self._overdue_only = False

    def columns(self) -> list[tuple[str, str]]:
        return [
            ("code", QCoreApplication.translate("TableModels", "Code")),
            ("name", QCoreApplication.translate("TableModels", "Name")),
            ("phone", QCoreApplication.translate("TableModels", "Phone")),
            ("balance", QCoreApplication.translate("TableModels", "Balance (¥)")),
            ("overdue", QCoreApplication.translate("TableModels", "Overdue (¥)")),
        ]

    @property
    def search_text(self) -> str:
        return self._text

    def set_search_text(self, text: str, *, overdue_only: bool | None = None) -> None:
        """List the customers matching ``text`` (and, given, set the overdue-only filter)."""
        self._text = text.strip()
        if overdue_only is not None:
            self._overdue_only = bool(overdue_only)
        self.refresh()

    @property
    def overdue_only(self) -> bool:
        return self._overdue_only

    def set_overdue_only(self, on: bool) -> None:
        """List only the customers with an overdue amount (or all again)."""
        if bool(on) != self._overdue_only:
            self._overdue_only = bool(on)
            self.refresh()

    @property
    def sort_key(self) -> tuple[str, bool]:
        """(what the list is sorted by, largest or last first)."""
        return self._sort, self._descending

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column, in SQL (the rows are loaded again from the first page)."""
        if not 0 <= column < len(self.KEYS) or self.KEYS[column] not in CUSTOMER_LIST_SORTS:
            return
        wanted = (self.KEYS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted != (self._sort, self._descending):
            self._sort, self._descending = wanted
            self.refresh()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (role == Qt.ItemDataRole.InitialSortOrderRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.KEYS)):
            # A first click on an amount sorts the largest first: who owes most, who is most overdue.
            return Qt.SortOrder.DescendingOrder if self.KEYS[section] in self.AMOUNT_KEYS else Qt.SortOrder.AscendingOrder
        return super().headerData(section, orientation, role)

    def load_page(self, offset: int, limit: int) -> Callable[[], list[CustomerListRow]]:
        text, sort, descending, overdue_only = self._text, self._sort, self._descending, self._overdue_only
        return lambda: customer_list_page(text, offset, limit, sort=sort, descending=descending,
                                          overdue_only=overdue_only)

    def row_for_id(self, customer_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == customer_id:
                return i
        return -1

    def cell(self, row: CustomerListRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "balance":
                return balance_text(row.balance)
            if key == "overdue":
                return amount_text(row.overdue)
            return getattr(row, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "overdue" and row.overdue > 0:
                return QBrush(OVERDUE_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole and key == "name":
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole and key == "balance" and row.balance < 0:
            return QCoreApplication.translate(
                "TableModels", "Prepaid: the customer has paid {amount} more than it owes; the credit goes to "
                               "its next invoices").format(amount=amount_text(-row.balance))
        if role == Qt.ItemDataRole.ToolTipRole and key == "balance" and row.credit:
            return QCoreApplication.translate("TableModels", "Net of {credit} of unapplied customer credit").format(credit=amount_text(row.credit))
        return None


class OpenItemsModel(QAbstractTableModel):
    """A customer's open invoices (reports.balances.open_items); a short list."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[OpenItem] = []

    def set_items(self, items: list[OpenItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[OpenItem]:
        return list(self._items)

    def _columns(self) -> list[str]:
        return [QCoreApplication.translate("TableModels", "Invoice no."), QCoreApplication.translate("TableModels", "Issue date"), QCoreApplication.translate("TableModels", "Due date"), QCoreApplication.translate("TableModels", "Amount (¥)"), QCoreApplication.translate("TableModels", "Open (¥)"),
                QCoreApplication.translate("TableModels", "Days overdue")]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 6:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns()[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section >= 3:
                return int(AMOUNT_ALIGN)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        item = self._items[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = [item.number, date_text(item.issue_date), date_text(item.due_date), amount_text(item.total),
                      amount_text(item.open_amount), str(item.days_overdue) if item.days_overdue else ""]
            return values[c] if 0 <= c < 6 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and c >= 3:
            return int(AMOUNT_ALIGN)
        if role == Qt.ItemDataRole.ForegroundRole and item.days_overdue and c in (2, 4, 5):
            return QBrush(OVERDUE_COLOR)
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
