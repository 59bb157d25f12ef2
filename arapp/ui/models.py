"""Table models over reports: rows come from the database a page at a time.

``PagedTableModel`` holds the rows the user has scrolled to. ``fetchMore`` asks for the
next page (200 rows); with a :class:`~arapp.ui.jobs.JobRunner` the query runs on a
worker thread and the rows are inserted when they arrive, so even a sort over a million
invoices never blocks the window. Without a runner (the dialogs, some tests) pages load
synchronously. Sorting and filtering reset the model and are done by SQL.

Every reset bumps a generation number; a page that arrives for an older generation
(the user re-sorted while it was loading) is dropped.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from arapp import names
from arapp.reports.balances import OpenItem, customer_balances
from arapp.reports.invoice_list import InvoiceFilter, InvoiceRow, invoice_count, invoice_page
from arapp.services.customers import search_customers
from arapp.ui.common import AMOUNT_ALIGN, amount_text, date_text
from arapp.ui.jobs import JobRunner

PAGE_SIZE = 200

OVERDUE_COLOR = QColor("#b71c1c")
MUTED_COLOR = QColor("#808080")


class PagedTableModel(QAbstractTableModel):
    """Rows paged in from a loader; subclasses say what the columns are."""

    pageLoaded = Signal(int)          # rows added by the page that just arrived
    loadingChanged = Signal(bool)
    countChanged = Signal(int)        # total rows matching, when known (-1: counting)
    loadFailed = Signal(str)

    def __init__(self, runner: JobRunner | None = None, page_size: int = PAGE_SIZE, parent=None):
        super().__init__(parent)
        self._runner = runner
        self._page_size = page_size
        self._rows: list[Any] = []
        self._exhausted = False
        self._loading = False
        self._generation = 0
        self._total: int | None = None

    # --- what subclasses provide -------------------------------------------------------
    #: Column keys, in order (static: data() must not translate on every call).
    KEYS: tuple[str, ...] = ()
    #: Keys of the amount columns (right-aligned).
    AMOUNT_KEYS: frozenset[str] = frozenset()

    def columns(self) -> list[tuple[str, str]]:
        """(key, header) pairs, headers in the current language."""
        raise NotImplementedError

    def load_page(self, offset: int, limit: int) -> Callable[[], list[Any]]:
        """A function (run on a worker thread) returning rows offset..offset+limit."""
        raise NotImplementedError

    def count_job(self) -> Callable[[], int] | None:
        """A function counting all matching rows, or None when no count is wanted."""
        return None

    def cell(self, row: Any, key: str, role: int) -> Any:
        raise NotImplementedError

    # --- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal:
            cols = self.columns()
            if 0 <= section < len(cols):
                if role == Qt.ItemDataRole.DisplayRole:
                    return cols[section][1]
                if role == Qt.ItemDataRole.TextAlignmentRole and self.is_amount(cols[section][0]):
                    return int(AMOUNT_ALIGN)
        elif role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._rows)):
            return None
        if not (0 <= c < len(self.KEYS)):
            return None
        row = self._rows[r]
        if role == Qt.ItemDataRole.UserRole:
            return row
        key = self.KEYS[c]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(AMOUNT_ALIGN) if self.is_amount(key) else None
        return self.cell(row, key, role)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008,N802
        if parent.isValid():
            return False
        return not self._exhausted and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008,N802
        if parent.isValid():
            return
        self._request_page()

    # --- paging ------------------------------------------------------------------------
    def is_amount(self, key: str) -> bool:
        return key in self.AMOUNT_KEYS

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Any]:
        return list(self._rows)

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    @property
    def total(self) -> int | None:
        """All matching rows, once the background count has come back."""
        return self._total

    def refresh(self) -> None:
        """Forget the rows and load the first page again (after a filter, sort or save)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._set_loading(False)
        self._total = None
        self.endResetModel()
        self._request_page()
        self._request_count()

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loadingChanged.emit(loading)

    def _request_page(self) -> None:
        if self._loading or self._exhausted:
            return
        generation = self._generation
        offset = len(self._rows)
        fn = self.load_page(offset, self._page_size)
        self._set_loading(True)
        if self._runner is None:
            try:
                rows = fn()
            except Exception as exc:
                self._failed(generation, str(exc))
                return
            self._received(generation, offset, rows)
            return
        self._runner.submit(
            lambda _progress, _cancelled: fn(), name=f"{type(self).__name__} page",
            on_finished=lambda rows: self._received(generation, offset, rows),
            on_failed=lambda message: self._failed(generation, message),
            on_cancelled=lambda: self._failed(generation, ""),
            owner=self,
        )

    def _received(self, generation: int, offset: int, rows: list[Any]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        if len(rows) < self._page_size:
            self._exhausted = True
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._set_loading(False)
        if self._exhausted and self._total is None:
            self._total = len(self._rows)
            self.countChanged.emit(self._total)
        self.pageLoaded.emit(len(rows))

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._exhausted = True
        self._set_loading(False)
        if message:
            self.loadFailed.emit(message)

    def _request_count(self) -> None:
        fn = self.count_job()
        if fn is None:
            return
        generation = self._generation
        self.countChanged.emit(-1)
        if self._runner is None:
            self._counted(generation, fn())
            return
        self._runner.submit(lambda _p, _c: fn(), name=f"{type(self).__name__} count",
                            on_finished=lambda n: self._counted(generation, n), owner=self)

    def _counted(self, generation: int, n: int) -> None:
        if generation != self._generation:
            return
        self._total = int(n)
        self.countChanged.emit(self._total)

    def retranslate(self) -> None:
        """Headers and cell texts in the new language."""
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))


# --------------------------------------------------------------------------- invoices

class InvoiceTableModel(PagedTableModel):
    """The invoice list, sorted and filtered by SQL (reports.invoice_list)."""

    KEYS = ("number", "customer", "customer_name", "issue_date", "due_date", "total", "open_amount", "status")
    AMOUNT_KEYS = frozenset({"total", "open_amount"})
    SORT_BY_COLUMN = KEYS            # every column sorts in SQL by the key of the same name

    def __init__(self, runner: JobRunner | None = None, page_size: int = PAGE_SIZE, parent=None,
                 *, today: _dt.date | None = None):
        super().__init__(runner, page_size, parent)
        self._filters = InvoiceFilter()
        self._sort = "issue_date"
        self._descending = True
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

    @property
    def filters(self) -> InvoiceFilter:
        return self._filters

    @property
    def sort_key(self) -> str:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def setFilter(self, filters: InvoiceFilter) -> None:  # noqa: N802 - Qt-style name the tab uses
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

    def load_page(self, offset: int, limit: int) -> Callable[[], list[InvoiceRow]]:
        filters, sort, descending = self._filters, self._sort, self._descending
        return lambda: invoice_page(filters, sort, descending, offset, limit)

    def count_job(self) -> Callable[[], int]:
        filters = self._filters
        return lambda: invoice_count(filters)

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
                    return QCoreApplication.translate("TableModels", "{status}, {days} day overdue", "{status}, {days} days overdue", days).format(status=name, days=days)
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


# --------------------------------------------------------------------------- customers

class CustomerListRow:
    """A customer in the list, with today's balance."""

    __slots__ = ("id", "code", "name", "phone", "status", "balance", "overdue", "credit", "open_count")

    def __init__(self, id: int, code: str, name: str, phone: str, status: str,  # noqa: A002
                 balance: int = 0, overdue: int = 0, credit: int = 0, open_count: int = 0):
        self.id = id
        self.code = code
        self.name = name
        self.phone = phone
        self.status = status
        self.balance = balance
        self.overdue = overdue
        self.credit = credit
        self.open_count = open_count


def customer_list_page(text: str, offset: int, limit: int) -> list[CustomerListRow]:
    """One page of the customer search, each with its balance (services + reports)."""
    customers = search_customers(text, limit=limit, offset=offset)
    if not customers:
        return []
    report = customer_balances([c.id for c in customers])
    balances = {r.customer_id: r for r in report.rows}
    rows = []
    for c in customers:
        b = balances.get(c.id)
        rows.append(CustomerListRow(
            c.id, c.code, c.name, c.phone, c.status,
            b.balance if b else 0, b.overdue if b else 0, b.credit if b else 0, b.open_count if b else 0))
    return rows


class CustomerTableModel(PagedTableModel):
    """Customers matching the search text (code, name, alias, phone), by code."""

    KEYS = ("code", "name", "phone", "balance", "overdue")
    AMOUNT_KEYS = frozenset({"balance", "overdue"})

    def __init__(self, runner: JobRunner | None = None, page_size: int = PAGE_SIZE, parent=None):
        super().__init__(runner, page_size, parent)
        self._text = ""

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

    def set_search_text(self, text: str) -> None:
        self._text = text.strip()
        self.refresh()

    def load_page(self, offset: int, limit: int) -> Callable[[], list[CustomerListRow]]:
        text = self._text
        return lambda: customer_list_page(text, offset, limit)

    def row_for_id(self, customer_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == customer_id:
                return i
        return -1

    def cell(self, row: CustomerListRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if key in ("balance", "overdue"):
                return amount_text(getattr(row, key))
            return getattr(row, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "overdue" and row.overdue > 0:
                return QBrush(OVERDUE_COLOR)
            if key == "balance" and row.balance < 0:
                return QBrush(QColor("#1b5e20"))
        if role == Qt.ItemDataRole.ToolTipRole and key == "name":
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole and key == "balance" and row.credit:
            return QCoreApplication.translate("TableModels", "Net of {credit} of unapplied customer credit").format(credit=amount_text(row.credit))
        return None


# --------------------------------------------------------------------------- small lists

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
