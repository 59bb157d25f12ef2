"""The paged table model: rows come from the database a page at a time.

``PagedTableModel`` holds the rows the user has scrolled to. ``fetchMore`` asks for the
next page (200 rows); with a :class:`~arapp.ui.jobs.JobRunner` the query runs on a
worker thread and the rows are inserted when they arrive, so even a sort over a million
invoices never blocks the window. Without a runner (the dialogs, some tests) pages load
synchronously. Sorting and filtering reset the model and are done by SQL.

Every reset bumps a generation number; a page that arrives for an older generation
(the user re-sorted while it was loading) is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from arapp.ui.common import AMOUNT_ALIGN
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


class SqlListModel(PagedTableModel):
    """A document list sorted and filtered in SQL: subclasses give the page and count
    readers (``read_page(filters, sort, descending, offset, limit)``, ``read_count(filters)``,
    run on workers), the empty filter, the first sort, and ``SORT_BY_COLUMN`` the SQL
    sort key of each column."""

    SORT_BY_COLUMN: tuple[str, ...] = ()
    FILTER: Callable[[], Any]
    FIRST_SORT: str = ""

    def __init__(self, runner: JobRunner | None = None, page_size: int = PAGE_SIZE, parent=None):
        super().__init__(runner, page_size, parent)
        self._filters = type(self).FILTER()
        self._sort = self.FIRST_SORT
        self._descending = True

    @property
    def filters(self) -> Any:
        return self._filters

    @property
    def sort_key(self) -> str:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def setFilter(self, filters) -> None:  # noqa: N802 - Qt-style name the tabs use
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

    def load_page(self, offset: int, limit: int) -> Callable[[], list[Any]]:
        page, filters, sort, descending = self.read_page, self._filters, self._sort, self._descending
        return lambda: page(filters, sort, descending, offset, limit)

    def count_job(self) -> Callable[[], int]:
        count, filters = self.read_count, self._filters
        return lambda: count(filters)

    @staticmethod
    def read_page(filters, sort: str, descending: bool, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    @staticmethod
    def read_count(filters) -> int:
        raise NotImplementedError
