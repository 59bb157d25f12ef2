"""The Collections tab's models: the task queue in priority order, and the short
read-only lists of one customer's collection file."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from arapp import clock, names
from arapp.reports.collections import TaskRow
from arapp.ui.common import AMOUNT_ALIGN, amount_text, money_text

_NO_PARENT = QModelIndex()

BROKEN_BACKGROUND = QColor("#fadbd8")
BROKEN_COLOR = QColor("#b71c1c")
MUTED_COLOR = QColor("#808080")


def _cell_text(value: Any, kind: str) -> str:
    if value is None or value == "":
        return ""
    if kind == "money":
        return amount_text(value)
    if kind == "date":
        return value.isoformat() if isinstance(value, _dt.date) else str(value)
    if kind == "datetime":
        return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, _dt.datetime) else str(value)
    return str(value)


class RecordsModel(QAbstractTableModel):
    """A short read-only list (one customer's contacts, promises, …): columns given as
    (header, kind), rows as value lists; ``payloads`` ride along in UserRole and
    ``emphasis`` colours a row's text (overdue, broken)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns: list[tuple[str, str]] = []
        self.rows: list[list[Any]] = []
        self.payloads: list[Any] = []
        self.emphasis: list[QColor | None] = []

    def set_columns(self, columns: Sequence[tuple[str, str]]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def set_rows(self, rows: Sequence[Sequence[Any]], payloads: Sequence[Any] | None = None,
                 emphasis: Sequence[QColor | None] | None = None) -> None:
        self.beginResetModel()
        self.rows = [list(r) for r in rows]
        self.payloads = list(payloads) if payloads is not None else [None] * len(self.rows)
        self.emphasis = list(emphasis) if emphasis is not None else [None] * len(self.rows)
        self.endResetModel()

    def rowCount(self, parent=_NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section][1] in ("money", "int"):
            return int(AMOUNT_ALIGN)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = index.row(), index.column()
        if not 0 <= col < len(self.columns):
            return None
        kind = self.columns[col][1]
        value = self.rows[row][col]
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell_text(value, kind)
        if role == Qt.ItemDataRole.ToolTipRole and kind == "text" and isinstance(value, str) and len(value) > 20:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in ("money", "int"):
            return int(AMOUNT_ALIGN)
        if role == Qt.ItemDataRole.ForegroundRole and self.emphasis[row] is not None:
            return QBrush(self.emphasis[row])
        if role == Qt.ItemDataRole.UserRole:
            return self.payloads[row]
        return None

    def payload(self, row: int) -> Any:
        return self.payloads[row] if 0 <= row < len(self.payloads) else None


class QueueModel(QAbstractTableModel):
    """The task queue: TaskRows in priority order (broken promises first). Clicking a
    header sorts by that column; the sort indicator cleared (-1) restores priority.
    ``due_this_month`` is shown in that bucket only (the tab hides it otherwise); the
    note says what the task proposes or waits for (:meth:`TaskRow.notes`)."""

    KEYS = ("customer", "level", "tone", "procedure", "overdue", "due_this_month", "days", "action_on",
            "last_contact", "promise", "broken", "collector", "note")
    NUMERIC = ("overdue", "due_this_month", "days", "broken")
    #: Widest a column gets when fitted to its contents (the customer column takes what is left).
    MAX_WIDTH = {"level": 140, "tone": 120, "procedure": 140, "promise": 130, "collector": 130, "note": 150}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[TaskRow] = []
        self._priority: list[TaskRow] = []
        self._headers: list[str] = []
        self.on = clock.today()
        self.retranslate()

    def retranslate(self) -> None:
        t = self.tr
        self._headers = [t("Customer"), t("Level · action"), t("Tone"), t("Procedure"),
                         t("Overdue (¥)"), t("Due this month (¥)"), t("Days"), t("Work on"), t("Last contact"),
                         t("Promise"), t("Broken"), t("Collector"), t("Note")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.KEYS) - 1)

    def set_rows(self, rows: list[TaskRow], on: _dt.date | None = None) -> None:
        self.beginResetModel()
        self.on = on or self.on
        self._priority = list(rows)
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> TaskRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_for_customer(self, customer_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.customer_id == customer_id), -1)

    def rowCount(self, parent=_NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.KEYS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.KEYS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and self.KEYS[section] in self.NUMERIC:
            return int(AMOUNT_ALIGN)
        if role == Qt.ItemDataRole.ToolTipRole:
            key = self.KEYS[section]
            if key == "broken":
                return self.tr("Promises to pay broken since this debt fell due")
            if key == "action_on":
                return self.tr("The day the task asks to be worked: the follow-up date of the last contact, "
                               "else the day it fell due")
            if key == "due_this_month":
                return self.tr("Due from the first of the month to the working day and not received")
        return None

    def value(self, r: TaskRow, key: str) -> Any:
        if key == "customer":
            return f"{r.customer_code} {r.customer_name}"
        if key == "level":
            return (r.level_seq, names.level_action(r.action))
        if key == "tone":
            return names.level_tone(r.tone)
        if key == "procedure":
            return names.procedure(r.procedure)
        if key == "overdue":
            return r.amount_overdue
        if key == "due_this_month":
            return r.due_this_month
        if key == "note":
            return r.note_text
        if key == "days":
            return r.days_overdue
        if key == "action_on":
            return r.action_on
        if key == "last_contact":
            return r.last_contact
        if key == "promise":
            return r.promise_date
        if key == "broken":
            return r.broken_promises
        return r.assignee_label

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        key = self.KEYS[index.column()] if 0 <= index.column() < len(self.KEYS) else None
        if key is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "overdue":
                return amount_text(r.amount_overdue)
            if key == "due_this_month":
                return amount_text(r.due_this_month) if r.due_this_month else ""
            if key == "note":
                return r.note_text
            if key == "last_contact":
                return self._short(r.last_contact.date()) if r.last_contact else ""
            if key == "action_on":
                return self._short(r.action_on)
            if key == "promise":
                if r.promise_date is None:
                    return ""
                return f"{r.promise_date.strftime('%m-%d')} {amount_text(r.promise_amount)}"
            if key == "broken":
                return str(r.broken_promises) if r.broken_promises else ""
            if key == "collector":
                return r.assignee_label or "—"
            if key == "level":                 # "—": a customer with no task (due this month only)
                return f"{r.level_seq} {names.level_action(r.action)}" if r.task_id is not None else "—"
            value = self.value(r, key)
            return _cell_text(value, "date" if isinstance(value, _dt.date) else "text")
        if role == Qt.ItemDataRole.TextAlignmentRole and key in self.NUMERIC:
            return int(AMOUNT_ALIGN)
        if role == Qt.ItemDataRole.BackgroundRole and r.broken_promises:
            return QBrush(BROKEN_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "broken" and r.broken_promises:
                return QBrush(BROKEN_COLOR)
            if key == "collector" and not r.assigned_name:
                return QBrush(MUTED_COLOR)
            if key in ("note", "level") and r.proposal:
                return QBrush(BROKEN_COLOR)
        if role == Qt.ItemDataRole.FontRole and ((key == "broken" and r.broken_promises)
                                                  or (key == "note" and r.proposal)):
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            if r.broken_promises:
                return self.tr("Broken promises: {n}. This customer comes first.").format(n=r.broken_promises)
            if key == "promise" and r.promise_date:
                return self.tr("Promised {amount} by {date}").format(amount=money_text(r.promise_amount or 0),
                                                                    date=r.promise_date.isoformat())
            if key in ("level", "note") and r.proposal:
                return self.tr("{n} failed attempt at the top levels: the ladder proposes handing the debt over "
                               "to legal; accept it in the customer's file",
                               "{n} failed attempts at the top levels: the ladder proposes handing the debt over "
                               "to legal; accept it in the customer's file", r.failed_attempts).format(n=r.failed_attempts)
            if key == "note" and r.notes():
                return "\n".join(r.notes())
            if key == "level" and r.description:
                return r.description
            if key == "collector" and r.assignee_label:
                return r.assignee_label
            if key == "last_contact" and r.last_contact:
                return r.last_contact.strftime("%Y-%m-%d %H:%M")
            if key == "action_on":
                return r.action_on.isoformat()
        if role == Qt.ItemDataRole.UserRole:
            return r
        return None

    def _short(self, d: _dt.date) -> str:
        """A date in the working day's year as 11-22 (the tooltip has it in full), else 2025-11-22."""
        return d.strftime("%m-%d") if d.year == self.on.year else d.isoformat()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        if not 0 <= column < len(self.KEYS):
            self.rows = list(self._priority)
        else:
            key = self.KEYS[column]

            def sort_key(r: TaskRow):
                v = self.value(r, key)
                return (1, "") if v is None or v == "" else (0, v)

            self.rows = sorted(self._priority, key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()
