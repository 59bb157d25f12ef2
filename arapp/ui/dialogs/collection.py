"""The Collections tab's dialogs: log a contact, record a promise to pay, ask for an
extension, agree a payment plan, a reason for a decision (escalate, complete, hand
over, blacklist, suspend, resume, refuse), and assign tasks.

Each dialog's ``write()`` reads the form into one call of a service of
:mod:`arapp.services.collections` (a :class:`Write`), which ``save()`` runs as an
operation (off the UI thread, the dialog waiting); a refusal is shown in the dialog
under the form, with the field it names outlined, and nothing is written. ``message``
holds what the status bar should say after a save.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arapp import clock, names
from arapp.domain import vocabulary as vocab
from arapp.domain.dates import parse_date
from arapp.domain.money import format_amount, parse_amount
from arapp.domain.text import LINE, NOTE, max_length
from arapp.errors import ArappError
from arapp.reports.collections import CollectionDetail, TaskRow
from arapp.reports.customers import customer_card
from arapp.reports.users import active_users
from arapp.services import collections as svc
from arapp.services.context import current_actor
from arapp.ui import common, operations
from arapp.ui.common import AMOUNT_ALIGN, AmountEdit, from_qdate, money_text, to_qdate
from arapp.ui.operations import Operations


@dataclass
class Write:
    """One service call read from a form: ``fn(*args, **kwargs)`` on a worker, then
    ``said(result)`` is what the status bar says."""

    fn: Callable[..., Any]
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    said: Callable[[Any], str] = lambda _result: ""


def _date_edit(d: _dt.date) -> QDateEdit:
    edit = QDateEdit(to_qdate(d))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class _WriteDialog(QDialog):
    """A form, a red line for a refusal, Save and Cancel. Subclasses fill ``form``,
    ``fields`` (service field name → widget) and implement ``write()``."""

    def __init__(self, parent: QWidget | None, title: str, *, ops: Operations | None = None):
        super().__init__(parent)
        self.ops = ops or operations.for_widget(parent)
        self.setWindowTitle(title)
        self.message = ""
        self.saved = False
        self.fields: dict[str, QWidget] = {}
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.form = QFormLayout()
        self.error = common.ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.header)
        self.body.addLayout(self.form)
        self.extra = QVBoxLayout()
        self.body.addLayout(self.extra)
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def write(self) -> Write:               # pragma: no cover - every dialog has its own
        """The service call the form asks for (ArappError when the form itself is wrong)."""
        raise NotImplementedError

    def save(self) -> bool:
        """Start the write; the dialog closes when done, or says why here and stays open.
        False when the form is refused before anything was sent."""
        for w in self.fields.values():
            common.mark_invalid(w, False)
        try:
            call = self.write()
        except ArappError as exc:
            self._refused(exc)
            return False
        self.ops.run(call.fn, *call.args, **call.kwargs, parent=self,
                     on_done=lambda result: self._written(call, result), on_failed=self._refused)
        return True

    def _written(self, call: Write, result: Any) -> None:
        self.message = call.said(result)
        self.saved = True
        self.error.clear_message()
        self.accept()

    def _refused(self, exc: ArappError) -> None:
        self.error.show_message(exc.message)
        common.mark_invalid(self.fields.get(exc.field or ""), True)


def _who(d: CollectionDetail) -> str:
    return f"{d.code} {d.name}"


class ContactDialog(_WriteDialog):
    """Log a contact (记录联系): when, how, whom, what was said, the answer, the next step."""

    def __init__(self, parent: QWidget | None, detail: CollectionDetail, task_id: int | None = None, *,
                 ops: Operations | None = None):
        super().__init__(parent, self.tr("Log a contact"), ops=ops)
        self.detail = detail
        self.task_id = task_id
        t = self.tr
        self.header.setText(t("Contact with {customer}. The contact log is kept for good: it cannot be changed "
                              "afterwards.").format(customer=_who(detail)))
        self.method = QComboBox()
        for code in vocab.CONTACT_METHODS:
            self.method.addItem(names.contact_method(code), code)
        self.at = QDateTimeEdit(clock.now())
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setCalendarPopup(True)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.addItem("")
        for name in self._contact_names(detail.customer_id):
            self.person.addItem(name)
        self.summary = _text_box(3)
        self.answer = _text_box(2)
        self.reason = QComboBox()
        for code in vocab.CONTACT_REASONS:
            self.reason.addItem(names.nonpayment_reason(code), code)
        self.reason.setToolTip(t("Why the customer has not paid, as it says (reported per month)"))
        self.next_step = QLineEdit()
        self.next_step.setMaxLength(max_length(LINE))
        self.follow_up = QCheckBox(t("Follow up on"))
        self.next_date = _date_edit(detail.on + _dt.timedelta(days=3))
        self.next_date.setEnabled(False)
        self.follow_up.toggled.connect(self.next_date.setEnabled)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up)
        follow.addWidget(self.next_date)
        follow.addStretch(1)
        self.form.addRow(t("Method"), self.method)
        self.form.addRow(t("Time"), self.at)
        self.form.addRow(t("Person reached"), self.person)
        self.form.addRow(t("What was said"), self.summary)
        self.form.addRow(t("Customer's answer"), self.answer)
        self.form.addRow(t("Reason for not paying"), self.reason)
        self.form.addRow(t("Next step"), self.next_step)
        self.form.addRow("", follow)
        self.fields = {"method": self.method, "at": self.at, "summary": self.summary, "next_date": self.next_date,
                       "reason": self.reason}
        self.resize(520, self.sizeHint().height())

    @staticmethod
    def _contact_names(customer_id: int) -> list[str]:
        try:
            return [c.name for c in customer_card(customer_id).contacts if c.name]
        except ArappError:
            return []

    def write(self) -> Write:
        at = self.at.dateTime().toPython().replace(second=0, microsecond=0)
        return Write(svc.log_contact, (self.detail.customer_id, self.method.currentData(), self.summary.toPlainText()),
                     dict(at=at, person=self.person.currentText(), answer=self.answer.toPlainText(),
                          next_step=self.next_step.text(), task=self.task_id, reason=self.reason.currentData(),
                          next_date=from_qdate(self.next_date.date()) if self.follow_up.isChecked() else None),
                     self._said)

    def _said(self, res) -> str:
        if res.follow_up_on:
            return self.tr("{code}: contact logged; follow up on {date}").format(
                code=res.customer_code, date=res.follow_up_on.isoformat())
        return self.tr("{code}: contact logged").format(code=res.customer_code)


class PromiseDialog(_WriteDialog):
    """Record a promise to pay (付款承诺): a date and an amount."""

    def __init__(self, parent: QWidget | None, detail: CollectionDetail, on: _dt.date, *,
                 ops: Operations | None = None):
        super().__init__(parent, self.tr("Promise to pay"), ops=ops)
        self.detail = detail
        self.on = on
        t = self.tr
        task = detail.current_task
        self.task_id = task.task_id if task else None
        b = detail.balance
        self.header.setText(t("{customer} owes {open}, of which {overdue} overdue. While the promise is open, "
                              "the task waits; a promise not kept by its date escalates the next day.")
                            .format(customer=_who(detail), open=money_text(b.open_invoices),
                                    overdue=money_text(b.overdue)))
        self.date = _date_edit(on + _dt.timedelta(days=7))
        self.amount = AmountEdit()
        self.amount.set_fen(b.overdue if b.overdue > 0 else max(b.balance, 0))
        self.note = QLineEdit()
        self.note.setMaxLength(max_length(NOTE))
        self.form.addRow(t("Pay by"), self.date)
        self.form.addRow(t("Amount (¥)"), self.amount)
        self.form.addRow(t("Note"), self.note)
        if detail.open_promise is not None:
            p = detail.open_promise
            warn = QLabel(t("This replaces the open promise of {amount} by {date}.").format(
                amount=money_text(p.amount), date=p.promised_date.isoformat()))
            warn.setStyleSheet("color: #e65100;")
            warn.setWordWrap(True)
            self.extra.addWidget(warn)
        self.fields = {"promised_date": self.date, "amount": self.amount}
        self.resize(460, self.sizeHint().height())

    def write(self) -> Write:
        amount = self.amount.fen(field="amount")
        return Write(svc.record_promise, (self.detail.customer_id, from_qdate(self.date.date()), amount),
                     dict(on=self.on, task=self.task_id, note=self.note.text()), self._said)

    def _said(self, res) -> str:
        return self.tr("{code}: promise of {amount} by {date} recorded").format(
            code=res.customer_code, amount=money_text(res.amount), date=res.promised_date.isoformat())


class ExtensionDialog(_WriteDialog):
    """Ask for a later due date on one open invoice (延期申请); a manager decides."""

    def __init__(self, parent: QWidget | None, detail: CollectionDetail, on: _dt.date,
                 invoice_id: int | None = None, *, ops: Operations | None = None):
        super().__init__(parent, self.tr("Extension request"), ops=ops)
        self.detail = detail
        self.on = on
        t = self.tr
        self.header.setText(t("Ask for a later due date for one invoice of {customer}. A manager approves or "
                              "refuses; approval moves the dunning clock, the invoice itself is not changed.")
                            .format(customer=_who(detail)))
        self.invoice = QComboBox()
        for item in detail.open_items:
            label = t("{number} · due {due} · open {open}").format(
                number=item.number, due=item.effective_due.isoformat(), open=format_amount(item.open_amount))
            self.invoice.addItem(label, item.invoice_id)
        if invoice_id is not None:
            self.invoice.setCurrentIndex(max(0, self.invoice.findData(invoice_id)))
        self.current = QLabel()
        self.new_due = _date_edit(on)
        self.reason = _text_box(2)
        self.form.addRow(t("Invoice"), self.invoice)
        self.form.addRow(t("Due now"), self.current)
        self.form.addRow(t("New due date"), self.new_due)
        self.form.addRow(t("Reason"), self.reason)
        self.fields = {"invoice": self.invoice, "new_due": self.new_due, "reason": self.reason}
        self.invoice.currentIndexChanged.connect(self._invoice_changed)
        self._invoice_changed()
        self.resize(520, self.sizeHint().height())

    def _item(self):
        iid = self.invoice.currentData()
        return next((i for i in self.detail.open_items if i.invoice_id == iid), None)

    def _invoice_changed(self, *_a) -> None:
        item = self._item()
        if item is None:
            self.current.setText("—")
            return
        text = item.effective_due.isoformat()
        if item.effective_due != item.due_date:
            text = self.tr("{due} (extended from {original})").format(due=text, original=item.due_date.isoformat())
        self.current.setText(text)
        self.new_due.setDate(to_qdate(max(item.effective_due, self.on) + _dt.timedelta(days=30)))

    def write(self) -> Write:
        item = self._item()
        if item is None:
            raise ArappError(self.tr("Choose an invoice"), field="invoice")
        return Write(svc.request_extension, (item.invoice_id, from_qdate(self.new_due.date()),
                                             self.reason.toPlainText()), dict(on=self.on), self._said)

    def _said(self, res) -> str:
        return self.tr("Extension requested for invoice {number}: due {new}; a manager decides").format(
            number=res.invoice_number, new=res.requested_due.isoformat())


class PlanDialog(_WriteDialog):
    """Agree a payment plan (还款计划): the overdue balance split into instalments that
    must add up to it exactly. N equal monthly instalments are proposed; every date and
    amount can be changed."""

    def __init__(self, parent: QWidget | None, detail: CollectionDetail, on: _dt.date, *,
                 ops: Operations | None = None):
        super().__init__(parent, self.tr("Payment plan"), ops=ops)
        self.detail = detail
        self.on = on
        t = self.tr
        task = detail.current_task
        self.task_id = task.task_id if task else None
        try:
            self.owed = svc.overdue_balance(detail.customer_id, on)
        except ArappError:
            self.owed = detail.balance.overdue
        self.header.setText(t("Split the overdue balance of {customer}, {owed}, into instalments. While the plan "
                              "is kept the task waits; a missed instalment escalates.")
                            .format(customer=_who(detail), owed=money_text(self.owed)))
        self.count = QSpinBox()
        self.count.setRange(1, svc.MAX_INSTALMENTS)
        self.count.setValue(3)
        self.first = _date_edit(on + _dt.timedelta(days=7))
        self.propose_button = QPushButton(t("Propose equal monthly instalments"))
        self.propose_button.clicked.connect(self.propose)
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addWidget(QLabel(t("instalments from")))
        row.addWidget(self.first)
        row.addWidget(self.propose_button)
        row.addStretch(1)
        self.form.addRow(t("Proposal"), row)

        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([t("Date"), t("Amount (¥)")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(180)
        self.add_button = QPushButton(t("Add instalment"))
        self.remove_button = QPushButton(t("Remove instalment"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.add_button)
        edit_row.addWidget(self.remove_button)
        edit_row.addStretch(1)
        self.difference = QLabel()
        self.note = QLineEdit()
        self.note.setMaxLength(max_length(NOTE))
        self.extra.addWidget(self.table)
        self.extra.addLayout(edit_row)
        self.extra.addWidget(self.difference)
        note_form = QFormLayout()
        note_form.addRow(t("Note"), self.note)
        self.extra.addLayout(note_form)
        self.fields = {"instalments": self.table, "count": self.count}
        self.table.itemChanged.connect(lambda _item: self.update_difference())
        self.propose()
        self.resize(560, 520)

    def propose(self) -> bool:
        """Fill the table with equal monthly instalments (the earlier ones take the odd fen)."""
        common.mark_invalid(self.count, False)
        try:
            plan = svc.propose_instalments(self.owed, self.count.value(), from_qdate(self.first.date()))
        except ArappError as exc:
            self.error.show_message(exc.message)
            common.mark_invalid(self.count, True)
            return False
        self.set_instalments(plan)
        self.error.clear_message()
        return True

    def set_instalments(self, plan: list[tuple[_dt.date, int]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for date, amount in plan:
            self._append(date.isoformat(), format_amount(amount, symbol=False))
        self.table.blockSignals(False)
        self.update_difference()

    def _append(self, date_text: str, amount_text: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(date_text))
        amount = QTableWidgetItem(amount_text)
        amount.setTextAlignment(AMOUNT_ALIGN)
        self.table.setItem(r, 1, amount)

    def add_row(self) -> None:
        from arapp.domain.dates import add_months

        last = self.table.item(self.table.rowCount() - 1, 0) if self.table.rowCount() else None
        try:
            nxt = add_months(parse_date(last.text()), 1) if last else from_qdate(self.first.date())
        except ArappError:
            nxt = from_qdate(self.first.date())
        self.table.blockSignals(True)
        self._append(nxt.isoformat(), "")
        self.table.blockSignals(False)
        self.update_difference()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.update_difference()

    def set_amount(self, row: int, text: str) -> None:
        self.table.item(row, 1).setText(text)

    def set_date(self, row: int, text: str) -> None:
        self.table.item(row, 0).setText(text)

    def instalments(self) -> list[tuple[_dt.date, int]]:
        """The table as (date, fen); a cell that is not a date or an amount is refused, naming the row."""
        out = []
        for r in range(self.table.rowCount()):
            date_item, amount_item = self.table.item(r, 0), self.table.item(r, 1)
            try:
                date = parse_date((date_item.text() if date_item else "").strip(), field="instalments")
                amount = parse_amount((amount_item.text() if amount_item else "").strip(), allow_negative=False,
                                      field="instalments")
            except ArappError as exc:
                raise ArappError(self.tr("Instalment {n}: {problem}").format(n=r + 1, problem=exc.message),
                                 field="instalments") from None
            out.append((date, amount))
        return out

    def update_difference(self) -> int | None:
        """Show the instalments' sum against the overdue balance; returns the difference (fen)."""
        t = self.tr
        total = 0
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 1)
            try:
                total += parse_amount((item.text() if item else "").strip() or "0", allow_negative=False)
                if item is not None:
                    item.setForeground(QBrush())
            except ArappError:
                if item is not None:
                    item.setForeground(QBrush(QColor("#b00020")))
                self.difference.setText(t("Instalment {n} is not an amount").format(n=r + 1))
                self.difference.setStyleSheet("color: #b00020;")
                return None
        diff = total - self.owed
        if diff == 0:
            self.difference.setText(t("{n} instalment adds up to {total}: the whole overdue balance.", "{n} instalments add up to {total}: the whole overdue balance.", self.table.rowCount()).format(
                n=self.table.rowCount(), total=money_text(total)))
            self.difference.setStyleSheet("color: #2e7d32;")
        else:
            self.difference.setText(t("{n} instalment adds up to {total}; the overdue balance is {owed}: {diff} {sense}.",
                                      "{n} instalments add up to {total}; the overdue balance is {owed}: {diff} {sense}.", self.table.rowCount()).format(
                n=self.table.rowCount(), total=money_text(total), owed=money_text(self.owed),
                diff=money_text(abs(diff)), sense=t("too much") if diff > 0 else t("short")))
            self.difference.setStyleSheet("color: #b00020;")
        return diff

    def write(self) -> Write:
        return Write(svc.start_payment_plan, (self.detail.customer_id, self.instalments()),
                     dict(on=self.on, task=self.task_id, note=self.note.text()), self._said)

    def _said(self, res) -> str:
        return self.tr("{code}: payment plan of {total} in {n} instalment agreed",
                       "{code}: payment plan of {total} in {n} instalments agreed", len(res.instalments)).format(
            code=res.customer_code, total=money_text(res.total), n=len(res.instalments))


class ReasonDialog(_WriteDialog):
    """A decision with a reason (escalate, complete, hand over, blacklist, suspend,
    resume, refuse an extension): ``act(reason)`` gives the service call (a Write, with
    its status-bar message). With ``confirm`` the user is asked first (ask_yes_no)."""

    def __init__(self, parent: QWidget | None, title: str, text: str, label: str, act: Callable[[str], Write], *,
                 confirm: str | None = None, choices: list[tuple[str, str]] | None = None,
                 choice_label: str = "", ops: Operations | None = None):
        super().__init__(parent, title, ops=ops)
        self.act = act
        self.confirm = confirm
        self.header.setText(text)
        self.choice = QComboBox()
        if choices:
            for value, name in choices:
                self.choice.addItem(name, value)
            self.form.addRow(choice_label, self.choice)
        self.reason = _text_box(3)
        self.form.addRow(label, self.reason)
        self.fields = {"reason": self.reason, "outcome": self.reason, "status": self.choice}
        self.resize(480, self.sizeHint().height())

    def write(self) -> Write:
        return self.act(self.reason.toPlainText())

    def save(self) -> bool:
        if self.confirm and not common.ask_yes_no(self, self.windowTitle(), self.confirm):
            return False
        return super().save()


class AssignDialog(_WriteDialog):
    """Give the task to a user (or to nobody), or move every open task of one user to
    another (a collector on leave). Taking a task for oneself is collection work;
    giving tasks to others needs ``collection.assign``."""

    def __init__(self, parent: QWidget | None, detail: CollectionDetail, task: TaskRow, *,
                 ops: Operations | None = None):
        super().__init__(parent, self.tr("Assign"), ops=ops)
        self.detail = detail
        self.task = task
        t = self.tr
        actor = current_actor()
        self.may_assign = actor.may("collection.assign")
        people = sorted(active_users(), key=lambda u: (u.role != "collector", u.username))
        self.header.setText(t("Task {id} for {customer} is assigned to {who}.").format(
            id=task.task_id, customer=_who(detail), who=task.assigned_name or t("nobody")))
        self.this_task = QRadioButton(t("This task"))
        self.all_tasks = QRadioButton(t("Every open task of"))
        self.this_task.setChecked(True)
        self.source = QComboBox()
        self.source.addItem(t("nobody (unassigned tasks)"), "")
        self.target = QComboBox()
        if self.may_assign:
            self.target.addItem(t("Nobody"), "")
        for u in people:
            role = names.user_role(u.role)
            label = u.label if u.label == role else names.with_note(u.label, role)
            self.source.addItem(label, u.username)
            if self.may_assign or u.username == actor.username:
                self.target.addItem(label, u.username)
        if not self.may_assign and self.target.count() == 0:
            self.target.addItem(actor.username, actor.username)
        i = self.source.findData(task.assigned_to)
        self.source.setCurrentIndex(max(0, i))
        i = self.target.findData(actor.username if not self.may_assign else task.assigned_to)
        self.target.setCurrentIndex(max(0, i))
        scope = QVBoxLayout()
        scope.addWidget(self.this_task)
        every = QHBoxLayout()
        every.addWidget(self.all_tasks)
        every.addWidget(self.source, 1)
        scope.addLayout(every)
        self.form.addRow(t("Which"), scope)
        self.form.addRow(t("Give to"), self.target)
        self.all_tasks.setEnabled(self.may_assign)
        self.source.setEnabled(False)
        self.all_tasks.toggled.connect(self.source.setEnabled)
        if not self.may_assign:
            note = QLabel(t("You can take the task yourself; a bookkeeper or a manager gives tasks to others."))
            note.setWordWrap(True)
            note.setStyleSheet("color: #555;")
            self.extra.addWidget(note)
        self.fields = {"task": self.target}
        self.resize(480, self.sizeHint().height())

    def write(self) -> Write:
        to = self.target.currentData() or None
        if self.all_tasks.isChecked():
            return Write(svc.reassign, (self.source.currentData() or None, to), said=lambda res: self.tr(
                "{n} task given to {who}", "{n} tasks given to {who}", len(res.task_ids)).format(
                    n=len(res.task_ids), who=res.assigned_to or "—"))
        who = self.target.currentText()
        return Write(svc.assign_task, (self.task.task_id, to), said=lambda res: self.tr(
            "Task {id} given to {who}").format(id=res.task_id, who=who))


__all__ = ["AssignDialog", "ContactDialog", "ExtensionDialog", "PlanDialog", "PromiseDialog", "ReasonDialog", "Write"]
