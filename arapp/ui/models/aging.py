"""The aging table on screen."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from arapp.reports.aging import AgingResult, AgingRow
from arapp.ui.common import AMOUNT_ALIGN, amount_text

_NO_PARENT = QModelIndex()


class AgingTableModel(QAbstractTableModel):
    """Rows of an AgingResult plus a totals row that stays at the bottom when sorting."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result: AgingResult | None = None
        self.rows: list[AgingRow] = []
        self.columns: list[tuple[str, str, str]] = []   # (key, header, kind)

    # -- columns per view
    def _make_columns(self, result: AgingResult) -> list[tuple[str, str, str]]:
        t = self.tr
        view = result.view
        if view == "customer":
            cols = [("key", t("Code"), "text"), ("label", t("Customer"), "text"),
                    ("collector", t("Collector"), "text")]
        elif view == "invoice":
            cols = [("key", t("Invoice no."), "text"), ("customer_code", t("Code"), "text"),
                    ("label", t("Customer"), "text"), ("due_date", t("Due date"), "date"),
                    ("days_overdue", t("Days overdue"), "int")]
        elif view == "collector":
            cols = [("label", t("Collector"), "text"), ("customers", t("Customers"), "int")]
        else:
            cols = [("label", t("Category"), "text"), ("customers", t("Customers"), "int")]
        cols += [(f"b{k}", label, "money") for k, label in enumerate(result.bucket_labels)]
        cols.append(("total", t("Total open"), "money"))
        if view != "invoice":
            cols += [("credit", t("Unapplied credit"), "money"), ("net", t("Net balance"), "money")]
        return cols

    def set_result(self, result: AgingResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self.rows = list(result.rows) if result else []
        self.columns = self._make_columns(result) if result else []
        self.endResetModel()

    def rowCount(self, parent=_NO_PARENT) -> int:  # noqa: N802
        if parent.isValid() or self.result is None:
            return 0
        return len(self.rows) + 1          # + totals

    def columnCount(self, parent=_NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return self.columns[section][1]
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns) and self.columns[section][2] in ("money", "int"):
                return int(AMOUNT_ALIGN)
        return None

    def is_totals(self, row: int) -> bool:
        return row == len(self.rows)

    def row_at(self, row: int) -> AgingRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _value(self, r: AgingRow, key: str):
        if key.startswith("b") and key[1:].isdigit():
            return r.buckets[int(key[1:])]
        if key == "key":
            return r.key
        if key == "label":
            return r.label
        if key == "total":
            return r.total
        if key == "credit":
            return r.credit
        if key == "net":
            return r.net
        return r.extra.get(key)

    def _total_value(self, key: str):
        res = self.result
        if key.startswith("b") and key[1:].isdigit():
            return res.bucket_totals[int(key[1:])]
        return {"total": res.total, "credit": res.total_credit, "net": res.total - res.total_credit}.get(key)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.result is None:
            return None
        row, col = index.row(), index.column()
        if not (0 <= row <= len(self.rows) and 0 <= col < len(self.columns)):
            return None
        key, _header, kind = self.columns[col]
        totals = self.is_totals(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if totals:
                if col == 0:
                    return self.tr("Total ({n})").format(n=len(self.rows))
                value = self._total_value(key)
            else:
                value = self._value(self.rows[row], key)
            if value is None:
                return ""
            if kind == "money":
                if value == 0 and not totals and key.startswith("b"):
                    return ""                 # empty buckets stay blank, as on paper
                return amount_text(value)
            if kind == "date":
                return value.isoformat() if value else ""
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(AMOUNT_ALIGN) if kind in ("money", "int") else None
        if role == Qt.ItemDataRole.FontRole and totals:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole and not totals and self.result.view == "customer":
            return self.tr("Double-click to see this customer's open invoices")
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)):
            return
        key, _h, kind = self.columns[column]
        self.layoutAboutToBeChanged.emit()

        def sort_key(r: AgingRow):
            v = self._value(r, key)
            if v is None:
                return (1, 0) if kind in ("money", "int") else (1, "")
            return (0, v)

        self.rows.sort(key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()
