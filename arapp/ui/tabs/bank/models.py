"""The Bank tab's table models: the account's transactions paged from the database
(reports.bank.bank_lines, sorted and filtered in SQL), a line's proposals, the rows of a
statement file before import, and the items of the reconciliation."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from arapp import names
from arapp.ui.common import AMOUNT_ALIGN, amount_text, date_text
from arapp.ui.models.paged import MUTED_COLOR, SqlListModel
from arapp.ui.tabs.bank import backend

#: Money out of the account, and a row of a file that cannot be imported.
OUT_COLOR = QColor("#6d4c41")
REFUSED_COLOR = QColor("#b00020")
MATCHED_COLOR = QColor("#1b5e20")


@dataclass(frozen=True)
class BankLineFilter:
    """What the transaction list shows: one account's lines, by status, dates, text."""

    account_id: int | None = None
    status: str = ""
    date_from: _dt.date | None = None
    date_to: _dt.date | None = None
    search: str = ""


def rule_text(rule: str, score: int | None) -> str:
    """「付款户名 · 90」: why a line was matched and how sure."""
    if not rule:
        return ""
    word = names.match_rule(rule)
    return f"{word} · {score}" if score is not None and rule != "manual" else word


class BankLineModel(SqlListModel):
    """The transactions of an account; every column sorts in SQL by the key beside it."""

    KEYS = ("date", "direction", "amount", "balance", "counterparty", "description", "serial", "status", "customer",
            "receipt", "rule")
    AMOUNT_KEYS = frozenset({"amount", "balance"})
    #: The SQL sort of each column (reports.bank.LINE_SORTS); None: the column does not sort.
    SORT_BY_COLUMN = ("date", "direction", "amount", None, "counterparty", "description", "serial", "status",
                      "customer", None, None)
    FILTER, FIRST_SORT = BankLineFilter, "date"

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.SORT_BY_COLUMN) and self.SORT_BY_COLUMN[column] is None:
            return                      # the tab puts the header's arrow back where the sort is
        super().sort(column, order)

    def sorts_by(self, column: int) -> bool:
        return 0 <= column < len(self.SORT_BY_COLUMN) and self.SORT_BY_COLUMN[column] is not None

    @staticmethod
    def _page(filters: BankLineFilter, sort: str, descending: bool, offset: int, limit: int):
        lists = backend.piece("lists")
        return lists.bank_lines(filters.account_id, status=filters.status or None, date_from=filters.date_from,
                                date_to=filters.date_to, search=filters.search, order=sort, descending=descending,
                                limit=limit, offset=offset)

    @staticmethod
    def read_page(filters, sort, descending, offset, limit) -> list[Any]:
        if filters.account_id is None:
            return []
        return list(BankLineModel._page(filters, sort, descending, offset, limit).rows)

    @staticmethod
    def read_count(filters) -> int:
        if filters.account_id is None:
            return 0
        return int(BankLineModel._page(filters, "date", False, 0, 1).total)

    def columns(self) -> list[tuple[str, str]]:
        t = QCoreApplication.translate
        return [
            ("date", t("BankLineModel", "Date")),
            ("direction", t("BankLineModel", "In/out")),
            ("amount", t("BankLineModel", "Amount (¥)")),
            ("balance", t("BankLineModel", "Balance (¥)")),
            ("counterparty", t("BankLineModel", "Counterparty")),
            ("description", t("BankLineModel", "Description")),
            ("serial", t("BankLineModel", "Serial no.")),
            ("status", t("BankLineModel", "Status")),
            ("customer", t("BankLineModel", "Customer")),
            ("receipt", t("BankLineModel", "Receipt no.")),
            ("rule", t("BankLineModel", "Rule / score")),
        ]

    def cell(self, row: Any, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "date":
                return date_text(row.value_date) + (f" {row.value_time}" if row.value_time else "")
            if key == "direction":
                return names.bank_direction(row.direction)
            if key == "amount":
                return amount_text(row.amount if row.direction == "in" else -row.amount)
            if key == "balance":
                return amount_text(row.balance)
            if key == "counterparty":
                return row.counterparty_name
            if key == "description":
                return " ".join(t for t in (row.description, row.purpose) if t)
            if key == "serial":
                return row.serial
            if key == "status":
                return names.bank_line_status(row.status)
            if key == "customer":
                return row.customer_name or ""
            if key == "receipt":
                return row.receipt_number or ""
            if key == "rule":
                return rule_text(row.rule or "", row.score)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == "ignored":
                return QBrush(MUTED_COLOR)
            if key == "amount" and row.direction == "out":
                return QBrush(OUT_COLOR)
            if key == "status" and row.status == "matched":
                return QBrush(MATCHED_COLOR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "counterparty":
                return "\n".join(t for t in (row.counterparty_name, row.counterparty_account, row.counterparty_bank)
                                 if t) or None
            if key == "serial":
                return row.serial or None
            if key == "description":
                return "\n".join(t for t in (row.description, row.purpose, row.reference) if t) or None
            if key == "customer" and row.customer_code:
                return f"{row.customer_code} {row.customer_name}"
            if key == "rule" and row.reason:
                return row.reason
        return None


class SimpleTableModel(QAbstractTableModel):
    """A read-only table of a few rows: subclasses give the headers and each cell's text."""

    AMOUNT_COLUMNS: frozenset[int] = frozenset()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def text(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.AMOUNT_COLUMNS:
            return int(AMOUNT_ALIGN)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.AMOUNT_COLUMNS:
            return int(AMOUNT_ALIGN)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return self.extra(row, index.column(), role)

    def extra(self, row: Any, column: int, role: int) -> Any:
        return None


class ProposalModel(SimpleTableModel):
    """A bank line's proposals (reports.bank_matching.proposals), best first."""

    AMOUNT_COLUMNS = frozenset({2, 3})

    def headers(self) -> list[str]:
        t = QCoreApplication.translate
        return [t("ProposalModel", "Score"), t("ProposalModel", "Customer"), t("ProposalModel", "Allocated (¥)"),
                t("ProposalModel", "Credit left (¥)"), t("ProposalModel", "Invoices"), t("ProposalModel", "Reason")]

    def text(self, p: Any, column: int) -> str:
        if column == 0:
            return str(p.score)
        if column == 1:
            return f"{p.customer_code} {p.customer_name}"
        if column == 2:
            return amount_text(sum(a.amount for a in p.allocations))
        if column == 3:
            return amount_text(p.credit_left) if p.credit_left else ""
        if column == 4:
            return "、".join(a.external_number or a.invoice_number for a in p.allocations)
        return p.reason

    def extra(self, p: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 4 and p.allocations:
                return "\n".join(f"{a.external_number or a.invoice_number}  {date_text(a.due_date)}  "
                                 f"{amount_text(a.amount)} / {amount_text(a.open_amount)}" for a in p.allocations)
            if column == 5:
                return p.reason
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(AMOUNT_ALIGN)
        return None


@dataclass(frozen=True)
class PreviewRow:
    """A row of a statement file as the import would take it (``line``), or refused
    (``refusals``: (column, reason) pairs)."""

    row_no: int
    line: Any = None
    refusals: tuple[tuple[str, str], ...] = ()


class PreviewModel(SimpleTableModel):
    """Each row of the file: its parsed values, or in red why it cannot be imported."""

    AMOUNT_COLUMNS = frozenset({3, 4})

    def headers(self) -> list[str]:
        t = QCoreApplication.translate
        return [t("PreviewModel", "Row"), t("PreviewModel", "Date"), t("PreviewModel", "In/out"),
                t("PreviewModel", "Amount (¥)"), t("PreviewModel", "Balance (¥)"), t("PreviewModel", "Counterparty"),
                t("PreviewModel", "Description"), t("PreviewModel", "Serial no.")]

    def text(self, r: PreviewRow, column: int) -> str:
        if column == 0:
            return str(r.row_no)
        line = r.line
        if line is None:
            if column == 1:
                t = QCoreApplication.translate
                return "；".join(t("PreviewModel", "column {column}: {reason}").format(column=c, reason=why)
                                 if c else why for c, why in r.refusals)
            return ""
        if column == 1:
            return date_text(line.value_date) + (f" {line.value_time}" if line.value_time else "")
        if column == 2:
            return names.bank_direction(line.direction)
        if column == 3:
            return amount_text(line.amount)
        if column == 4:
            return amount_text(line.balance)
        if column == 5:
            return line.counterparty_name
        if column == 6:
            return " ".join(t for t in (line.description, line.purpose) if t)
        return line.serial

    def extra(self, r: PreviewRow, column: int, role: int) -> Any:
        if r.line is None and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(REFUSED_COLOR)
        if r.line is None and role == Qt.ItemDataRole.ToolTipRole:
            return self.text(r, 1)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(AMOUNT_ALIGN)
        return None


class ItemsModel(SimpleTableModel):
    """One list of the reconciliation: date, what, amount."""

    AMOUNT_COLUMNS = frozenset({2})

    def headers(self) -> list[str]:
        t = QCoreApplication.translate
        return [t("ItemsModel", "Date"), t("ItemsModel", "Item"), t("ItemsModel", "Amount (¥)")]

    def text(self, item: Any, column: int) -> str:
        if column == 0:
            return date_text(item.date)
        if column == 1:
            return item.description
        return amount_text(item.amount)

    def extra(self, item: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return "  ".join(t for t in (item.description, getattr(item, "reference", "")) if t) or None
        return None
