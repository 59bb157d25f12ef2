"""The Collections tab (催收): the task queue, one customer's collection file beside it,
and the buttons that work a task (log a contact, record a promise, ask for an
extension, agree a payment plan, escalate, complete, assign, hand over).

The queue and the customer file are read on worker threads (the queue of a
million-invoice book takes a few tenths of a second); a newer request supersedes an
older one by a generation number, as in the Aging tab. The day's collection run
(``generate_tasks``) runs on a worker too. The dialogs write through
:mod:`arapp.services.collections` (one customer's write takes milliseconds) and the
tab then reloads the queue and the file, and emits ``collectionsChanged`` so the
window can refresh the other tabs.
"""

from __future__ import annotations

import datetime as _dt
import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arapp import clock, names
from arapp.domain import vocabulary as vocab
from arapp.errors import ArappError
from arapp.reports import collections as coll
from arapp.reports.collections import CollectionDetail, QueueFilter, TaskRow
from arapp.services.context import acting_as, current_actor
from arapp.ui import common
from arapp.ui.common import (
    AMOUNT_ALIGN,
    AmountEdit,
    RefreshWhenShown,
    amount_text,
    from_qdate,
    money_text,
    to_qdate,
)
from arapp.ui.jobs import JobRunner

log = logging.getLogger(__name__)

RELOAD_DELAY_MS = 150
DETAIL_DELAY_MS = 80
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
    header sorts by that column; the sort indicator cleared (-1) restores priority."""

    KEYS = ("customer", "level", "tone", "procedure", "overdue", "days", "action_on", "last_contact", "promise",
            "broken", "collector")
    NUMERIC = ("overdue", "days", "broken")
    #: Widest a column gets when fitted to its contents (the customer column takes what is left).
    MAX_WIDTH = {"level": 140, "tone": 120, "procedure": 140, "promise": 130, "collector": 90}

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
                         t("Overdue (¥)"), t("Days"), t("Work on"), t("Last contact"), t("Promise"),
                         t("Broken"), t("Collector")]
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
        return r.assigned_name

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
                return r.assigned_name or "—"
            if key == "level":
                return f"{r.level_seq} {names.level_action(r.action)}"
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
        if role == Qt.ItemDataRole.FontRole and key == "broken" and r.broken_promises:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            if r.broken_promises:
                return self.tr("Broken promises: {n}. This customer comes first.").format(n=r.broken_promises)
            if key == "promise" and r.promise_date:
                return self.tr("Promised {amount} by {date}").format(amount=money_text(r.promise_amount or 0),
                                                                    date=r.promise_date.isoformat())
            if key == "level" and r.description:
                return r.description
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


class CollectionDetailPane(QWidget):
    """One customer's collection file: the current task, the figures, and tabs with the
    open items (aged against extended due dates), contacts, promises, plans,
    extension requests, disputes, status events and every task."""

    PAGES = ("items", "contacts", "promises", "plans", "extensions", "disputes", "events", "tasks")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.detail: CollectionDetail | None = None

        self.title = QLabel()
        font = self.title.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: #555;")
        self.subtitle.setWordWrap(True)
        self.alerts = QLabel()
        self.alerts.setWordWrap(True)
        self.alerts.setStyleSheet("color: #b71c1c;")

        self.task_box = QGroupBox()
        self.task_text = QLabel()
        self.task_text.setWordWrap(True)
        self.task_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.task_box).addWidget(self.task_text)

        self.figures_box = QFrame()
        grid = QGridLayout(self.figures_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.figure_keys = ("open", "overdue", "credit", "promise")
        self.figure_labels = {k: QLabel() for k in self.figure_keys}
        self.figure_values = {k: QLabel() for k in self.figure_keys}
        for i, k in enumerate(self.figure_keys):
            self.figure_labels[k].setStyleSheet("color: #555;")
            f = self.figure_values[k].font()
            f.setPointSize(f.pointSize() + 1)
            f.setBold(True)
            self.figure_values[k].setFont(f)
            grid.addWidget(self.figure_labels[k], 0, i)
            grid.addWidget(self.figure_values[k], 1, i)

        self.pages = QTabWidget()
        self.models: dict[str, RecordsModel] = {}
        self.views: dict[str, QTableView] = {}
        for key in self.PAGES:
            model = RecordsModel(self)
            view = QTableView()
            view.setModel(model)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setAlternatingRowColors(True)
            view.setWordWrap(False)
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(24)
            view.horizontalHeader().setStretchLastSection(True)
            self.models[key], self.views[key] = model, view
            if key == "extensions":
                page = QWidget()
                pl = QVBoxLayout(page)
                pl.setContentsMargins(0, 4, 0, 0)
                self.extension_buttons = QHBoxLayout()
                pl.addLayout(self.extension_buttons)
                pl.addWidget(view)
                self.pages.addTab(page, "")
            else:
                self.pages.addTab(view, "")

        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #777; font-size: 14px;")

        self.content = QWidget()
        cl = QVBoxLayout(self.content)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.title)
        cl.addWidget(self.subtitle)
        cl.addWidget(self.alerts)
        cl.addWidget(self.task_box)
        cl.addWidget(self.figures_box)
        cl.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.content, 1)
        self.retranslate_ui()
        self.show_detail(None)

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        t = self.tr
        self.task_box.setTitle(t("Current task"))
        for k, text in (("open", t("Open invoices")), ("overdue", t("Overdue")), ("credit", t("Unapplied credit")),
                        ("promise", t("Open promise"))):
            self.figure_labels[k].setText(text)
        columns = {
            "items": [(t("Invoice no."), "text"), (t("Due date"), "date"), (t("Extended to"), "date"),
                      (t("Days overdue"), "int"), (t("Age"), "text"), (t("Amount"), "money"),
                      (t("Open"), "money"), (t("Disputed"), "text")],
            "contacts": [(t("Time"), "datetime"), (t("Method"), "text"), (t("Person reached"), "text"),
                         (t("What was said"), "text"), (t("Customer's answer"), "text"), (t("Next step"), "text"),
                         (t("Next date"), "date"), (t("By"), "text")],
            "promises": [(t("Made on"), "date"), (t("Pay by"), "date"), (t("Amount"), "money"),
                         (t("Status"), "text"), (t("Received"), "money"), (t("By"), "text"), (t("Note"), "text")],
            "plans": [(t("Plan"), "text"), (t("Plan status"), "text"), (t("Instalment"), "int"),
                      (t("Due date"), "date"), (t("Amount"), "money"), (t("Status"), "text"),
                      (t("Paid on"), "date")],
            "extensions": [(t("Invoice no."), "text"), (t("Due date"), "date"), (t("Asked for"), "date"),
                           (t("Reason"), "text"), (t("Status"), "text"), (t("Asked by"), "text"),
                           (t("Decided by"), "text"), (t("Decision note"), "text")],
            "disputes": [(t("Invoice no."), "text"), (t("Opened on"), "date"), (t("Reason"), "text"),
                         (t("Status"), "text"), (t("Closed on"), "date"), (t("Resolution"), "text")],
            "events": [(t("Status"), "text"), (t("Since"), "date"), (t("Until"), "date"), (t("Reason"), "text"),
                       (t("By"), "text"), (t("Ended by"), "text"), (t("End reason"), "text")],
            "tasks": [(t("Created"), "date"), (t("Level"), "int"), (t("Action"), "text"), (t("Status"), "text"),
                      (t("Why"), "text"), (t("Overdue (¥)"), "money"), (t("Outcome"), "text"),
                      (t("Closed"), "date"), (t("Collector"), "text")],
        }
        for key, cols in columns.items():
            self.models[key].set_columns(cols)
        self.placeholder.setText(t("Select a task in the queue to see the customer's collection file."))
        self.show_detail(self.detail)

    def page_titles(self) -> dict[str, str]:
        t = self.tr
        return {"items": t("Open items"), "contacts": t("Contacts"), "promises": t("Promises"),
                "plans": t("Payment plans"), "extensions": t("Extensions"), "disputes": t("Disputes"),
                "events": t("Status"), "tasks": t("Task history")}

    # ------------------------------------------------------------------ content
    def show_detail(self, d: CollectionDetail | None) -> None:
        self.detail = d
        titles = self.page_titles()
        if d is None:
            self.content.hide()
            self.placeholder.show()
            for key in self.PAGES:
                self.models[key].set_rows([])
                self.pages.setTabText(self.PAGES.index(key), titles[key])
            return
        self.placeholder.hide()
        self.content.show()
        t = self.tr
        dash = "—"
        self.title.setText(f"{d.code}  {d.name}")
        status = names.customer_status(d.customer_status)
        self.subtitle.setText(t("Category {category} · phone {phone} · collector {collector} · rating {rating} · "
                                "{status} · policy {policy}").format(
            category=d.category or dash, phone=d.phone or dash, collector=d.collector or dash,
            rating=d.credit_rating or dash, status=status, policy=d.policy.display_name()))
        alerts = [names.status_event(e.status) + (f"（{e.reason}）" if e.reason else "")
                  for e in d.statuses_in_force()]
        pending = [e for e in d.extensions if e.status == "pending"]
        if pending:
            alerts.append(t("Extension requests awaiting a decision: {n}").format(n=len(pending)))
        broken = sum(1 for p in d.promises if p.status == "broken")
        if broken:
            alerts.append(t("Broken promises: {n}").format(n=broken))
        disputed = sum(1 for i in d.open_items if i.disputed)
        if disputed:
            alerts.append(t("Invoices disputed: {n}").format(n=disputed))
        self.alerts.setText(" · ".join(alerts))
        self.alerts.setVisible(bool(alerts))

        task = d.current_task
        if task is None:
            self.task_text.setText(t("No open task: nothing is due for this customer, or its task is done."))
        else:
            lines = [t("Level {level} ({when}): {action}, {tone} tone, {procedure}; responsible: {role}").format(
                level=task.level_seq, when=self._when(d, task), action=names.level_action(task.action),
                tone=names.level_tone(task.tone), procedure=names.procedure(task.procedure),
                role=names.responsible_role(task.role))]
            if task.description:
                lines.append(task.description)
            state = names.task_status(task.status)
            if task.status == "paused" and task.hold_reason:
                state += f"（{names.hold_reason(task.hold_reason)}）"
            lines.append(t("Task {id}: {status} · since {created} · work on {action_on} · {days} day overdue · collector {collector}",
                           "Task {id}: {status} · since {created} · work on {action_on} · {days} days overdue · collector {collector}", task.days_overdue).format(
                id=task.task_id, status=state, created=task.created_on.isoformat(),
                action_on=task.action_on.isoformat(), days=task.days_overdue,
                collector=task.assigned_name or t("nobody")))
            self.task_text.setText("\n".join(lines))

        b = d.balance
        self.figure_values["open"].setText(money_text(b.open_invoices))
        self.figure_values["overdue"].setText(money_text(b.overdue))
        self.figure_values["overdue"].setStyleSheet("color: #b71c1c;" if b.overdue else "")
        self.figure_values["credit"].setText(money_text(b.credit))
        promise = d.open_promise
        self.figure_values["promise"].setText(
            t("{amount} by {date}").format(amount=money_text(promise.amount), date=promise.promised_date.isoformat())
            if promise else dash)

        red = BROKEN_COLOR
        self.models["items"].set_rows(
            [[i.number, i.due_date, i.effective_due if i.effective_due != i.due_date else None,
              i.days_overdue or None, i.bucket, i.total, i.open_amount, t("Yes") if i.disputed else ""]
             for i in d.open_items],
            d.open_items, [red if i.days_overdue else None for i in d.open_items])
        self.models["contacts"].set_rows(
            [[c.at, names.contact_method(c.method), c.person, c.summary, c.answer, c.next_step, c.next_date, c.username]
             for c in d.contacts], d.contacts)
        self.models["promises"].set_rows(
            [[p.made_on, p.promised_date, p.amount, names.promise_status(p.status), p.received, p.created_by,
              p.note] for p in d.promises], d.promises,
            [red if p.status == "broken" else MUTED_COLOR if p.status == "cancelled" else None for p in d.promises])
        plan_rows, plan_payloads, plan_colors = [], [], []
        for plan in d.plans:
            for k, inst in enumerate(plan.instalments):
                first = k == 0
                plan_rows.append([
                    t("#{id} from {start}, {total}").format(id=plan.plan_id, start=plan.start_on.isoformat(),
                                                           total=money_text(plan.total)) if first else "",
                    names.plan_status(plan.status) if first else "", inst.seq, inst.due_on, inst.amount,
                    names.instalment_status(inst.status), inst.settled_on])
                plan_payloads.append(plan)
                plan_colors.append(red if inst.status == "missed" else MUTED_COLOR if plan.status != "active" else None)
        self.models["plans"].set_rows(plan_rows, plan_payloads, plan_colors)
        self.models["extensions"].set_rows(
            [[e.invoice_number, e.current_due, e.requested_due, e.reason, names.extension_status(e.status),
              e.requested_by, e.decided_by, e.decision_reason] for e in d.extensions], d.extensions,
            [QColor("#e65100") if e.status == "pending" else None for e in d.extensions])
        self.models["disputes"].set_rows(
            [[x.invoice_number, x.opened_on, x.reason, x.status and (t("Open") if x.status == "open" else t("Closed")),
              x.closed_on, x.resolution] for x in d.disputes], d.disputes)
        self.models["events"].set_rows(
            [[names.status_event(e.status), e.since, e.until, e.reason, e.username, e.ended_by, e.end_reason]
             for e in d.status_events], d.status_events,
            [red if e.in_force(d.on) else MUTED_COLOR for e in d.status_events])
        self.models["tasks"].set_rows(
            [[x.created_on, x.level_seq, names.level_action(x.action), names.task_status(x.status),
              names.task_reason(x.reason), x.amount_at_creation, x.outcome, x.closed_on, x.assigned_name]
             for x in d.tasks], d.tasks,
            [None if x.status in vocab.TASK_ACTIVE_STATUSES else MUTED_COLOR for x in d.tasks])
        counts = {"items": len(d.open_items), "contacts": len(d.contacts), "promises": len(d.promises),
                  "plans": len(d.plans), "extensions": len(d.extensions), "disputes": len(d.disputes),
                  "events": len(d.status_events), "tasks": len(d.tasks)}
        for i, key in enumerate(self.PAGES):
            self.pages.setTabText(i, f"{titles[key]} ({counts[key]})" if counts[key] else titles[key])
        for key in self.PAGES:
            view = self.views[key]
            view.resizeColumnsToContents()
            for col in range(self.models[key].columnCount()):
                if view.columnWidth(col) > 220:
                    view.setColumnWidth(col, 220)

    def _when(self, d: CollectionDetail, task: TaskRow) -> str:
        level = d.policy.level(task.level_seq) if d.policy.name == task.policy_name else None
        if level is not None and level.start_day == task.start_day:
            return d.policy.when_label(level)
        return self.tr("from day {n}").format(n=task.start_day)

    def selected_extension(self):
        """The extension request selected in its page, else the only one waiting."""
        view = self.views["extensions"]
        row = view.currentIndex().row()
        chosen = self.models["extensions"].payload(row)
        if chosen is not None:
            return chosen
        pending = [e for e in (self.detail.extensions if self.detail else []) if e.status == "pending"]
        return pending[0] if len(pending) == 1 else None


class CollectionsTab(RefreshWhenShown, QWidget):
    """催收 tab: the queue on the left, the customer's file and the work buttons on the right."""

    collectionsChanged = Signal(int)     # a customer's collection file changed (0: many customers)
    statusMessage = Signal(str)
    queueLoaded = Signal(object)         # list[TaskRow]
    detailLoaded = Signal(object)        # CollectionDetail | None
    tasksGenerated = Signal(object)      # GenerationResult

    BUCKETS = ("today", "overdue", "upcoming", "mine", "all")

    def __init__(self, runner: JobRunner | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner or JobRunner(self)
        self.rows: list[TaskRow] = []
        self.detail: CollectionDetail | None = None
        self.customer_id: int | None = None      # whose file is shown (may have left the queue)
        self.current_dialog = None
        self._queue_generation = 0
        self._detail_generation = 0
        self._busy_jobs = 0
        self._choices: tuple[list, list, list] = ([], [], [])
        self._generate_running = False
        self.last_generation = None

        # -- row 1: working day, buckets, the day's run
        self.working_day = QDateEdit(to_qdate(clock.today()))
        self.working_day.setCalendarPopup(True)
        self.working_day.setDisplayFormat("yyyy-MM-dd")
        self.day_label = QLabel()
        self.bucket_group = QButtonGroup(self)
        self.bucket_group.setExclusive(True)
        self.bucket_buttons: dict[str, QToolButton] = {}
        row1 = QHBoxLayout()
        row1.addWidget(self.day_label)
        row1.addWidget(self.working_day)
        row1.addSpacing(12)
        for i, key in enumerate(self.BUCKETS):
            b = QToolButton()
            b.setCheckable(True)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setMinimumWidth(64)
            self.bucket_group.addButton(b, i)
            self.bucket_buttons[key] = b
            row1.addWidget(b)
        self.bucket_buttons["all"].setChecked(True)
        row1.addStretch(1)
        self.generate_button = QPushButton()
        self.performance_button = QPushButton()
        row1.addWidget(self.generate_button)
        row1.addWidget(self.performance_button)

        # -- row 2: filters
        self.collector = QComboBox()
        self.level = QComboBox()
        self.category = QComboBox()
        self.min_amount = AmountEdit(allow_empty=True)
        self.min_amount.setMaximumWidth(110)
        for combo in (self.collector, self.level, self.category):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.level.setMinimumContentsLength(12)
        self.filter_labels = {k: QLabel() for k in ("collector", "level", "min", "category")}
        row2 = QHBoxLayout()
        for key, w in (("collector", self.collector), ("level", self.level), ("min", self.min_amount),
                       ("category", self.category)):
            row2.addWidget(self.filter_labels[key])
            row2.addWidget(w)
        row2.addStretch(1)

        # -- the queue
        self.model = QueueModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(60)      # size columns from the first rows only
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorClearable(True)
        self.table.setSortingEnabled(True)
        self._columns_sized = False
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #555;")
        self.summary.setWordWrap(True)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.summary)

        # -- the work buttons and the customer's file
        self.contact_button = QPushButton()
        self.promise_button = QPushButton()
        self.extension_button = QPushButton()
        self.plan_button = QPushButton()
        self.escalate_button = QPushButton()
        self.complete_button = QPushButton()
        self.assign_button = QPushButton()
        self.status_button = QToolButton()
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.status_menu = QMenu(self)
        self.status_actions: dict[str, QAction] = {}
        for key in ("legal", "agency", "blacklisted", "credit_suspended", "resume"):
            action = QAction(self)
            self.status_menu.addAction(action)
            if key == "credit_suspended":
                self.status_menu.addSeparator()
            self.status_actions[key] = action
        self.status_button.setMenu(self.status_menu)
        self.approve_button = QPushButton()
        self.refuse_button = QPushButton()
        work = QGridLayout()
        work.setContentsMargins(4, 0, 0, 0)
        for i, b in enumerate((self.contact_button, self.promise_button, self.extension_button, self.plan_button)):
            work.addWidget(b, 0, i)
        for i, b in enumerate((self.escalate_button, self.complete_button, self.assign_button, self.status_button)):
            work.addWidget(b, 1, i)
        self.status_button.setSizePolicy(self.assign_button.sizePolicy())

        self.pane = CollectionDetailPane()
        self.pane.extension_buttons.addWidget(self.approve_button)
        self.pane.extension_buttons.addWidget(self.refuse_button)
        self.pane.extension_buttons.addStretch(1)
        self.pane.views["extensions"].selectionModel().currentRowChanged.connect(
            lambda *_a: self._update_buttons())
        scroll = QScrollArea()
        scroll.setWidget(self.pane)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(work)
        rl.addWidget(scroll, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([880, 380])

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setMaximumHeight(14)
        self.progress.hide()
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.progress)

        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(RELOAD_DELAY_MS)
        self.reload_timer.timeout.connect(self.reload)
        self.detail_timer = QTimer(self)
        self.detail_timer.setSingleShot(True)
        self.detail_timer.setInterval(DETAIL_DELAY_MS)
        self.detail_timer.timeout.connect(self.load_detail)

        self.retranslate_ui()
        self.load_choices()
        self.bucket_group.idToggled.connect(lambda _id, checked: checked and self._changed())
        for combo in (self.collector, self.level, self.category):
            combo.currentIndexChanged.connect(self._changed)
        self.working_day.dateChanged.connect(self._changed)
        self.min_amount.editingFinished.connect(self._changed)
        self.generate_button.clicked.connect(self.generate)
        self.performance_button.clicked.connect(self.open_performance)
        self.contact_button.clicked.connect(self.log_contact)
        self.promise_button.clicked.connect(self.record_promise)
        self.extension_button.clicked.connect(self.request_extension)
        self.plan_button.clicked.connect(self.start_plan)
        self.escalate_button.clicked.connect(self.escalate)
        self.complete_button.clicked.connect(self.complete)
        self.assign_button.clicked.connect(self.assign)
        self.approve_button.clicked.connect(self.approve_extension)
        self.refuse_button.clicked.connect(self.refuse_extension)
        self.status_actions["legal"].triggered.connect(lambda: self.change_status("legal"))
        self.status_actions["agency"].triggered.connect(lambda: self.change_status("agency"))
        self.status_actions["blacklisted"].triggered.connect(lambda: self.change_status("blacklisted"))
        self.status_actions["credit_suspended"].triggered.connect(lambda: self.change_status("credit_suspended"))
        self.status_actions["resume"].triggered.connect(self.resume_status)
        self._update_buttons()

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        t = self.tr
        self.day_label.setText(t("Working day"))
        self.working_day.setToolTip(t("The day the queue is worked for; promises and plans are dated from it"))
        names = {"today": t("Today"), "overdue": t("Overdue"), "upcoming": t("Upcoming"), "mine": t("Mine"),
                 "all": t("All")}
        tips = {"today": t("Tasks to work on the working day"),
                "overdue": t("Tasks whose day to be worked has passed"),
                "upcoming": t("Tasks to work on later days (reminders before the due date, follow-ups)"),
                "mine": t("Tasks assigned to me, and unassigned tasks for my role"),
                "all": t("Every open task")}
        for key, b in self.bucket_buttons.items():
            b.setText(names[key])
            b.setToolTip(tips[key])
        self.generate_button.setText(t("Generate today's tasks"))
        self.generate_button.setToolTip(t("Run the collection ladder for the working day: create, escalate, "
                                          "pause and close tasks (running it twice changes nothing)"))
        self.performance_button.setText(t("Collector performance…"))
        texts = {"collector": t("Collector"), "level": t("Level"), "min": t("Min. overdue"),
                 "category": t("Category")}
        for k, text in texts.items():
            self.filter_labels[k].setText(text)
        self.min_amount.setToolTip(t("Only customers with at least this much overdue"))
        self.contact_button.setText(t("Contact…"))
        self.contact_button.setToolTip(t("Log a contact: method, person reached, what was said, the customer's "
                                         "answer, the next step and date"))
        self.promise_button.setText(t("Promise…"))
        self.promise_button.setToolTip(t("Record a promise to pay an amount by a date"))
        self.extension_button.setText(t("Extension…"))
        self.extension_button.setToolTip(t("Ask for a later due date on one invoice (a manager decides)"))
        self.plan_button.setText(t("Plan…"))
        self.plan_button.setToolTip(t("Agree a payment plan: the overdue balance in instalments"))
        self.escalate_button.setText(t("Escalate…"))
        self.escalate_button.setToolTip(t("Move the customer up one level now"))
        self.complete_button.setText(t("Complete…"))
        self.complete_button.setToolTip(t("Mark the task done, with its outcome"))
        self.assign_button.setText(t("Assign…"))
        self.assign_button.setToolTip(t("Give the task to a collector, or move a collector's tasks to another"))
        self.status_button.setText(t("Status"))
        self.status_actions["legal"].setText(t("Hand over to legal…"))
        self.status_actions["agency"].setText(t("Hand over to a collection agency…"))
        self.status_actions["blacklisted"].setText(t("Blacklist…"))
        self.status_actions["credit_suspended"].setText(t("Suspend credit sales…"))
        self.status_actions["resume"].setText(t("Resume…"))
        self.approve_button.setText(t("Approve"))
        self.refuse_button.setText(t("Refuse…"))
        self.approve_button.setToolTip(t("Approve the selected extension request (a manager's decision)"))
        self.model.retranslate()
        if self.rows:
            self.model.set_rows(self.rows)
            self.size_columns()
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            # Words only: what is loaded is shown again in the new language, nothing is read.
            self.retranslate_ui()
            self._fill_choices()
            self.pane.retranslate_ui()
        super().changeEvent(event)

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[object, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for value, label in items:
            combo.addItem(label, value)
        i = combo.findData(current)
        combo.setCurrentIndex(i if i >= 0 else 0)
        combo.blockSignals(False)

    def load_choices(self) -> None:
        """Read what the filter boxes offer: collectors, the default policy's levels,
        categories (small queries), then fill them."""
        from arapp.reports.aging import filter_choices
        from arapp.services.customers import users

        try:
            people = [(u.username, u.display_name or u.username, u.role) for u in users()]
            policies = coll.list_policies()
            categories = filter_choices().categories
        except ArappError as exc:
            common.show_error(self, self.tr("Collections"), exc.message)
            return
        except Exception:  # the books are not readable (a failed switch); keep what is shown
            log.warning("could not load the collection choices", exc_info=True)
            return
        self._choices = (people, policies, categories)
        self._fill_choices()

    def _fill_choices(self) -> None:
        t = self.tr
        people, policies, categories = self._choices
        ordered = sorted(people, key=lambda u: (u[2] != "collector", u[0]))
        self._fill(self.collector, [(None, t("All collectors")), ("", t("Unassigned")),
                                    *[(username, name) for username, name, _role in ordered]])
        default = next((p for p in policies if p.is_default), policies[0] if policies else None)
        top = max((len(p.levels) for p in policies), default=0)
        levels: list[tuple[object, str]] = [(None, t("All levels"))]
        for seq in range(1, top + 1):
            lv = default.level(seq) if default else None
            levels.append((seq, f"{seq} · {default.when_label(lv)}" if lv else str(seq)))
        self._fill(self.level, levels)
        self._fill(self.category, [(None, t("All categories")), *[(c, c) for c in categories]])

    # ------------------------------------------------------------------ the queue
    def working_date(self) -> _dt.date:
        return from_qdate(self.working_day.date())

    def bucket(self) -> str:
        return self.BUCKETS[max(0, self.bucket_group.checkedId())]

    def set_bucket(self, bucket: str) -> None:
        self.bucket_buttons[bucket].setChecked(True)

    def current_filters(self) -> QueueFilter:
        try:
            minimum = self.min_amount.fen(field="min_amount")
            common.mark_invalid(self.min_amount, False)
        except ArappError as exc:
            common.mark_invalid(self.min_amount, True)
            self.statusMessage.emit(exc.message)
            minimum = None
        return QueueFilter(collector=self.collector.currentData(), level_seq=self.level.currentData(),
                           min_amount=minimum, category=self.category.currentData())

    def refresh_now(self) -> None:
        self.reload()

    def _changed(self, *_args) -> None:
        self.reload_timer.start()

    def _busy(self, delta: int) -> None:
        self._busy_jobs = max(0, self._busy_jobs + delta)
        self.progress.setVisible(self._busy_jobs > 0)

    def is_busy(self) -> bool:
        """A read or the day's run is in flight, or about to start (a timer is running)."""
        return self._busy_jobs > 0 or self.reload_timer.isActive() or self.detail_timer.isActive()

    def reload(self) -> None:
        """Read the queue on a worker (a newer call supersedes this one); the customer whose
        file is shown stays selected when still listed, and the file is read again."""
        self.reload_timer.stop()
        self._queue_generation += 1
        generation = self._queue_generation
        on, bucket, filters = self.working_date(), self.bucket(), self.current_filters()
        actor = current_actor()

        def job(progress, cancelled):
            return coll.collection_queue(on, bucket=bucket, filters=filters, user=actor.username, role=actor.role)

        self._busy(+1)
        self.runner.submit(job, name="collection-queue",
                           on_finished=lambda rows: self._queue_done(generation, rows),
                           on_failed=lambda msg: self._queue_failed(generation, msg),
                           on_cancelled=lambda: self._busy(-1), owner=self)

    refresh = reload

    def _queue_done(self, generation: int, rows: list[TaskRow]) -> None:
        self._busy(-1)
        if generation != self._queue_generation:
            return
        self.rows = rows
        keep = self.customer_id
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows, on=self.working_date())
        if rows and not self._columns_sized:
            self.size_columns()
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.selectionModel().blockSignals(False)
        self._update_summary()
        row = self.model.row_for_customer(keep) if keep is not None else -1
        if row < 0 and keep is None and rows:
            row = 0
        if row >= 0:
            self.select_row(row)                      # loads the file through currentRowChanged
        elif keep is not None:
            self.table.clearSelection()
            self.load_detail()                        # the customer left the queue: keep the file
        else:
            self.show_customer(None)
        self.queueLoaded.emit(rows)

    def _queue_failed(self, generation: int, message: str) -> None:
        self._busy(-1)
        if generation == self._queue_generation and message:
            common.show_error(self, self.tr("Collections"), message)

    def size_columns(self) -> None:
        """Fit the columns to the header and the first rows (measured, not laid out: cheap on
        a long queue); the customer column takes the room that is left."""
        self._columns_sized = True
        fm = self.table.fontMetrics()
        header_fm = QFontMetrics(self.table.horizontalHeader().font())
        sample = self.model.rows[:60]
        customer = QueueModel.KEYS.index("customer")
        others = 0
        for col, key in enumerate(QueueModel.KEYS):
            if col == customer:
                continue
            width = header_fm.horizontalAdvance(self.model.headerData(col, Qt.Orientation.Horizontal)) + 14
            for r in range(len(sample)):
                text = self.model.data(self.model.index(r, col)) or ""
                width = max(width, fm.horizontalAdvance(text) + 12)
            width = min(width, QueueModel.MAX_WIDTH.get(key, 200))
            self.table.setColumnWidth(col, width)
            others += width
        frame = 2 * self.table.frameWidth()
        scrollbar = self.table.verticalScrollBar().sizeHint().width()
        room = self.table.width() - frame - scrollbar - others - 2
        self.table.setColumnWidth(customer, max(150, min(260, room)))

    def _update_summary(self) -> None:
        rows = self.rows
        if not rows:
            self.summary.setText(self.tr("No tasks in this queue. Generate the day's tasks, or choose another "
                                         "queue or filter."))
            return
        overdue = sum(r.amount_overdue for r in rows)
        broken = sum(1 for r in rows if r.broken_promises)
        unassigned = sum(1 for r in rows if not r.assigned_to)
        self.summary.setText(self.tr("Tasks: {n}, overdue {overdue}; customers with broken promises (listed "
                                     "first): {broken}; unassigned: {unassigned}. Sorted by priority: amount "
                                     "overdue × days overdue.").format(
            n=len(rows), overdue=money_text(overdue), broken=broken, unassigned=unassigned))

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def selected_task(self) -> TaskRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _current_changed(self, current, _previous) -> None:
        row = self.model.row_at(current.row())
        if row is None:
            return
        if row.customer_id != self.customer_id or self.detail is None:
            # Another customer: no button may act on the file still shown until the new one is in.
            self.customer_id = row.customer_id
            self.detail = None
            self._update_buttons()
            self.detail_timer.start()
        else:
            self.customer_id = row.customer_id
            self.load_detail()

    # ------------------------------------------------------------------ the customer's file
    def show_customer(self, customer_id: int | None) -> None:
        """Show a customer's collection file (read on a worker)."""
        if customer_id != self.customer_id:
            self.detail = None                        # no button acts on the file shown until the new one is in
            self._update_buttons()
        self.customer_id = customer_id
        if customer_id is None:
            self._detail_generation += 1
            self.detail = None
            self.pane.show_detail(None)
            self._update_buttons()
            self.detailLoaded.emit(None)
            return
        row = self.model.row_for_customer(customer_id)
        if row >= 0 and self.table.currentIndex().row() != row:
            self.select_row(row)
        else:
            self.load_detail()

    def load_detail(self) -> None:
        self.detail_timer.stop()
        customer_id = self.customer_id
        if customer_id is None:
            return
        self._detail_generation += 1
        generation = self._detail_generation
        on = self.working_date()

        def job(progress, cancelled):
            return coll.customer_collection_detail(customer_id, on)

        self._busy(+1)
        self.runner.submit(job, name="collection-detail",
                           on_finished=lambda d: self._detail_done(generation, d),
                           on_failed=lambda msg: self._detail_failed(generation, msg),
                           on_cancelled=lambda: self._busy(-1), owner=self)

    def _detail_done(self, generation: int, d: CollectionDetail) -> None:
        self._busy(-1)
        if generation != self._detail_generation:
            return
        self.detail = d
        self.pane.show_detail(d)
        self._update_buttons()
        self.detailLoaded.emit(d)

    def _detail_failed(self, generation: int, message: str) -> None:
        self._busy(-1)
        if generation != self._detail_generation:
            return
        self.detail = None
        self.pane.show_detail(None)
        self.pane.placeholder.setText(message)
        self._update_buttons()
        self.detailLoaded.emit(None)

    # ------------------------------------------------------------------ permissions
    def _update_buttons(self) -> None:
        actor = current_actor()
        work = actor.may("collection.work")
        approve = actor.may("collection.approve")
        d = self.detail
        has = d is not None
        task = d.current_task if d else None
        owes_overdue = bool(d and d.balance.overdue > 0)
        self.generate_button.setEnabled(work and not self._generating())
        self.contact_button.setEnabled(work and has)
        self.promise_button.setEnabled(work and has and d.balance.balance > 0)
        self.extension_button.setEnabled(work and has and bool(d.open_items))
        self.plan_button.setEnabled(work and owes_overdue and d.active_plan is None)
        self.escalate_button.setEnabled(work and task is not None)
        self.complete_button.setEnabled(work and task is not None)
        self.assign_button.setEnabled(task is not None and (work or actor.may("collection.assign")))
        in_force = {e.status for e in d.statuses_in_force()} if d else set()
        for key in ("legal", "agency", "blacklisted", "credit_suspended"):
            self.status_actions[key].setEnabled(approve and has and key not in in_force)
        self.status_actions["resume"].setEnabled(approve and bool(in_force))
        self.status_button.setEnabled(approve and has)
        if not approve:
            self.status_button.setToolTip(self.tr("Only a manager hands a customer over, blacklists or suspends "
                                                  "credit sales"))
        else:
            self.status_button.setToolTip("")
        ext = self.pane.selected_extension() if d is not None else None
        pending = ext is not None and ext.status == "pending"
        self.approve_button.setEnabled(approve and pending)
        self.refuse_button.setEnabled(approve and pending)
        tip = "" if approve else self.tr("Only a manager decides extension requests")
        self.approve_button.setToolTip(tip or self.tr("Approve the selected extension request"))
        self.refuse_button.setToolTip(tip or self.tr("Refuse the selected extension request, with a reason"))

    # ------------------------------------------------------------------ the day's run
    def _generating(self) -> bool:
        return self._generate_running

    def generate(self) -> None:
        """Run the collection ladder for the working day on a worker; the counts go to the status bar."""
        if self._generating():
            return
        on = self.working_date()
        actor = current_actor()
        self._generate_running = True
        self._update_buttons()
        self.statusMessage.emit(self.tr("Generating the collection tasks for {date}…").format(date=on.isoformat()))

        def job(progress, cancelled):
            from arapp.services.collections import generate_tasks

            with acting_as(actor):
                return generate_tasks(on)

        self._busy(+1)
        self.runner.submit(job, name="collection-generate", on_finished=self._generated,
                           on_failed=self._generate_failed, on_cancelled=lambda: self._generate_failed(""),
                           owner=self)

    def _generated(self, res) -> None:
        self._busy(-1)
        self._generate_running = False
        self.last_generation = res
        self._update_buttons()
        self.statusMessage.emit(self.generation_text(res))
        self.reload()
        if res.changed:
            self.collectionsChanged.emit(0)
        self.tasksGenerated.emit(res)

    def _generate_failed(self, message: str) -> None:
        self._busy(-1)
        self._generate_running = False
        self._update_buttons()
        if message:
            common.show_error(self, self.tr("Generate today's tasks"), message)

    def generation_text(self, res) -> str:
        text = self.tr("Collection tasks for {date}: {created} created ({escalated} escalated), {closed} closed, {superseded} superseded, {paused} paused, {resumed} resumed; {skipped} customer on hold.",
                       "Collection tasks for {date}: {created} created ({escalated} escalated), {closed} closed, {superseded} superseded, {paused} paused, {resumed} resumed; {skipped} customers on hold.", res.skipped)\
            .format(date=res.on.isoformat(), created=res.created, escalated=res.escalated, closed=res.closed,
                    superseded=res.superseded, paused=res.paused, resumed=res.resumed, skipped=res.skipped)
        extras = []
        if res.promises_kept or res.promises_broken:
            extras.append(self.tr("promises kept {kept}, broken {broken}").format(kept=res.promises_kept,
                                                                                 broken=res.promises_broken))
        if res.plans_completed or res.plans_broken:
            extras.append(self.tr("plans completed {done}, broken {broken}").format(done=res.plans_completed,
                                                                                   broken=res.plans_broken))
        return text + (" " + "; ".join(extras) if extras else "")

    # ------------------------------------------------------------------ writes
    def _open(self, dialog) -> Any:
        """Open a dialog window-modally (never exec): after it saves, reload and tell the window."""
        self.current_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.written(getattr(dialog, "message", "")))
        dialog.finished.connect(lambda _r: setattr(self, "current_dialog", None))
        dialog.open()
        return dialog

    def written(self, message: str = "") -> None:
        """Something was written for the customer shown: reload the queue and the file."""
        if message:
            self.statusMessage.emit(message)
        self.collectionsChanged.emit(self.customer_id or 0)
        self.reload()

    def log_contact(self):
        from arapp.ui.collection_dialogs import ContactDialog

        if self.detail is None:
            return None
        task = self.detail.current_task
        return self._open(ContactDialog(self, self.detail, task.task_id if task else None))

    def record_promise(self):
        from arapp.ui.collection_dialogs import PromiseDialog

        if self.detail is None:
            return None
        return self._open(PromiseDialog(self, self.detail, self.working_date()))

    def request_extension(self):
        from arapp.ui.collection_dialogs import ExtensionDialog

        if self.detail is None:
            return None
        return self._open(ExtensionDialog(self, self.detail, self.working_date()))

    def start_plan(self):
        from arapp.ui.collection_dialogs import PlanDialog

        if self.detail is None:
            return None
        return self._open(PlanDialog(self, self.detail, self.working_date()))

    def escalate(self):
        from arapp.services import collections as svc
        from arapp.ui.collection_dialogs import ReasonDialog

        task = self.detail.current_task if self.detail else None
        if task is None:
            return None
        on = self.working_date()
        t = self.tr

        def act(reason: str) -> str:
            res = svc.escalate_task(task.task_id, reason, on=on)
            return t("{code}: escalated; task {id} replaces task {old}").format(
                code=res.customer_code, id=res.created_task_id, old=res.task_id)

        return self._open(ReasonDialog(
            self, t("Escalate"), t("Move {code} {name} up one level now: the next level's task replaces task {id}.")
            .format(code=self.detail.code, name=self.detail.name, id=task.task_id), t("Reason"), act))

    def complete(self):
        from arapp.services import collections as svc
        from arapp.ui.collection_dialogs import ReasonDialog

        task = self.detail.current_task if self.detail else None
        if task is None:
            return None
        on = self.working_date()
        t = self.tr

        def act(outcome: str) -> str:
            res = svc.complete_task(task.task_id, outcome, on=on)
            return t("{code}: task {id} done").format(code=res.customer_code, id=res.task_id)

        return self._open(ReasonDialog(
            self, t("Complete task"), t("Task {id} for {code} {name} is done. What was done and agreed? "
                                        "The next level still comes when its day does.")
            .format(id=task.task_id, code=self.detail.code, name=self.detail.name), t("Outcome"), act))

    def assign(self):
        from arapp.ui.collection_dialogs import AssignDialog

        task = self.detail.current_task if self.detail else None
        if task is None:
            return None
        return self._open(AssignDialog(self, self.detail, task))

    def change_status(self, status: str):
        """Hand over to legal or an agency, blacklist, or suspend credit sales (a manager's decision)."""
        from arapp.services import collections as svc
        from arapp.ui.collection_dialogs import ReasonDialog

        d = self.detail
        if d is None:
            return None
        on = self.working_date()
        t = self.tr
        titles = {"legal": t("Hand over to legal"), "agency": t("Hand over to a collection agency"),
                  "blacklisted": t("Blacklist"), "credit_suspended": t("Suspend credit sales")}
        texts = {
            "legal": t("Hand the debt of {code} {name} over to legal (诉讼). The ladder stops for the customer "
                       "until it is resumed."),
            "agency": t("Hand the debt of {code} {name} over to a collection agency. The ladder stops and new "
                        "credit sales need a manager's override until it is resumed."),
            "blacklisted": t("Blacklist {code} {name}: new invoices then need a manager's override."),
            "credit_suspended": t("Suspend new credit sales to {code} {name}: new invoices then need a "
                                  "manager's override."),
        }

        def act(reason: str) -> str:
            if status in ("legal", "agency"):
                res = svc.hand_over(d.customer_id, status, reason, on=on)
            elif status == "blacklisted":
                res = svc.blacklist(d.customer_id, reason, on=on)
            else:
                res = svc.suspend_credit(d.customer_id, reason, on=on)
            return t("{code}: {status} from {date}").format(code=res.customer_code,
                                                           status=names.status_event(status),
                                                           date=on.isoformat())

        confirm = t("{what}: {code} {name}. Are you sure?").format(what=titles[status], code=d.code, name=d.name)
        return self._open(ReasonDialog(self, titles[status], texts[status].format(code=d.code, name=d.name),
                                       t("Reason"), act, confirm=confirm))

    def resume_status(self):
        from arapp.services import collections as svc
        from arapp.ui.collection_dialogs import ReasonDialog

        d = self.detail
        if d is None:
            return None
        in_force = []
        for e in d.statuses_in_force():
            if e.status not in in_force:
                in_force.append(e.status)
        if not in_force:
            return None
        on = self.working_date()
        t = self.tr
        dialog = None

        def act(reason: str) -> str:
            status = dialog.choice.currentData()
            res = svc.resume(d.customer_id, status, reason, on=on)
            return t("{code}: {status} ended on {date}").format(code=res.customer_code,
                                                               status=names.status_event(status),
                                                               date=on.isoformat())

        dialog = ReasonDialog(self, t("Resume"), t("End a status of {code} {name} from {date}: the ladder and "
                                                   "credit sales resume. The record keeps its dates.")
                              .format(code=d.code, name=d.name, date=on.isoformat()), t("Reason"), act,
                              choices=[(s, names.status_event(s)) for s in in_force], choice_label=t("Status"),
                              confirm=t("Resume {code} {name}?").format(code=d.code, name=d.name))
        return self._open(dialog)

    def approve_extension(self) -> bool:
        """Approve the selected (or only) pending extension request, after a confirmation."""
        from arapp.services import collections as svc

        ext = self.pane.selected_extension()
        if ext is None or ext.status != "pending":
            return False
        t = self.tr
        if not common.ask_yes_no(self, t("Approve extension"), t(
                "Move the due date of invoice {number} from {due} to {new}? The dunning clock moves with it.")
                .format(number=ext.invoice_number, due=ext.current_due.isoformat(),
                        new=ext.requested_due.isoformat())):
            return False
        try:
            svc.decide_extension(ext.request_id, True, on=self.working_date())
        except ArappError as exc:
            common.show_error(self, t("Approve extension"), exc.message)
            return False
        self.written(t("Extension for invoice {number} approved: due {new}").format(
            number=ext.invoice_number, new=ext.requested_due.isoformat()))
        return True

    def refuse_extension(self):
        from arapp.services import collections as svc
        from arapp.ui.collection_dialogs import ReasonDialog

        ext = self.pane.selected_extension()
        if ext is None or ext.status != "pending":
            return None
        on = self.working_date()
        t = self.tr

        def act(reason: str) -> str:
            svc.decide_extension(ext.request_id, False, reason, on=on)
            return t("Extension for invoice {number} refused").format(number=ext.invoice_number)

        return self._open(ReasonDialog(self, t("Refuse extension"), t(
            "Refuse the request to move invoice {number} from {due} to {new}.").format(
            number=ext.invoice_number, due=ext.current_due.isoformat(), new=ext.requested_due.isoformat()),
            t("Reason"), act))

    def open_performance(self):
        from arapp.ui.collector_performance import CollectorPerformanceDialog

        dialog = CollectorPerformanceDialog(self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(lambda path: self.statusMessage.emit(self.tr("Saved {path}").format(path=path)))
        dialog.open()
        return dialog

