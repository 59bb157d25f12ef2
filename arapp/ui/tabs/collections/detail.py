"""One customer's collection file beside the queue: the current task, the figures,
and a page for each kind of record (open items, contacts, promises, plans,
extension requests, disputes, status events, every task, the documents made)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from arapp import names
from arapp.domain import vocabulary as vocab
from arapp.reports.collections import CollectionDetail, TaskRow
from arapp.ui import common
from arapp.ui.common import RefitOnResize, money_text
from arapp.ui.dialogs.documents_list import DocumentsList
from arapp.ui.flow import FlowLayout, PageButtons
from arapp.ui.models.collections import BROKEN_COLOR, MUTED_COLOR, RecordsModel


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
        self.title.setWordWrap(True)
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
        self.proposal_text = QLabel()             # what the task proposes (legal), above its button
        self.proposal_text.setWordWrap(True)
        self.proposal_text.setStyleSheet("color: #b71c1c;")
        self.task_buttons = QHBoxLayout()         # the tab puts the accept-the-proposal button here
        box = QVBoxLayout(self.task_box)
        box.addWidget(self.task_text)
        box.addWidget(self.proposal_text)
        box.addLayout(self.task_buttons)

        # The figures side by side, onto a second line when the pane is narrow: read whole.
        self.figures_box = QFrame()
        flow = FlowLayout(self.figures_box, spacing=18)
        self.figure_keys = ("open", "overdue", "credit", "promise")
        self.figure_labels = {k: QLabel() for k in self.figure_keys}
        self.figure_values = {k: QLabel() for k in self.figure_keys}
        for k in self.figure_keys:
            self.figure_labels[k].setStyleSheet("color: #555;")
            f = self.figure_values[k].font()
            f.setPointSize(f.pointSize() + 1)
            f.setBold(True)
            self.figure_values[k].setFont(f)
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(0)
            cell_layout.addWidget(self.figure_labels[k])
            cell_layout.addWidget(self.figure_values[k])
            flow.addWidget(cell)
        policy = self.figures_box.sizePolicy()
        policy.setHeightForWidth(True)
        self.figures_box.setSizePolicy(policy)

        self.pages = QTabWidget()
        self.models: dict[str, RecordsModel] = {}
        self.views: dict[str, QTableView] = {}
        self.page_actions: dict[str, QHBoxLayout] = {}
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
            self.models[key], self.views[key] = model, view
            view.refit = RefitOnResize(view, lambda key=key: self._fit_page(key))
            if key in ("extensions", "disputes"):        # pages with buttons above their list
                page = QWidget()
                pl = QVBoxLayout(page)
                pl.setContentsMargins(0, 4, 0, 0)
                self.page_actions[key] = QHBoxLayout()
                pl.addLayout(self.page_actions[key])
                pl.addWidget(view)
                self.pages.addTab(page, "")
            else:
                self.pages.addTab(view, "")
        # The documents made for the customer (letters, statements, receipts): a page of its own.
        self.documents = DocumentsList()
        self.documents.loaded.connect(lambda _n: self._title_documents())
        self.pages.addTab(self.documents, "")
        self.extension_buttons = self.page_actions["extensions"]
        self.dispute_buttons = self.page_actions["disputes"]     # the tab's actions put theirs here

        self.page_buttons = PageButtons(self.pages)      # every page's title in view, wrapped
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
        cl.addWidget(self.page_buttons)
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
                         (t("What was said"), "text"), (t("Customer's answer"), "text"),
                         (t("Reason for not paying"), "text"), (t("Next step"), "text"),
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
            self.documents.show_for()
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
        alerts = [names.with_note(names.status_event(e.status), e.reason) for e in d.statuses_in_force()]
        pending = [e for e in d.extensions if e.status == "pending"]
        if pending:
            alerts.append(t("Extension requests awaiting a decision: {n}").format(n=len(pending)))
        broken = sum(1 for p in d.promises if p.status == "broken")
        if broken:
            alerts.append(t("Broken promises: {n}").format(n=broken))
        disputed = sum(1 for i in d.open_items if i.disputed)
        if disputed:
            alerts.append(t("Invoices disputed: {n}").format(n=disputed))
        task = d.current_task
        if task is not None and task.proposal:
            alerts.insert(0, names.task_proposal(task.proposal))
        self.alerts.setText(" · ".join(alerts))
        self.alerts.setVisible(bool(alerts))

        self.proposal_text.setVisible(task is not None and bool(task.proposal))
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
            if (task.status == "paused" and task.hold_reason) or task.watched:
                state = names.with_note(state, names.hold_reason(task.hold_reason))
            lines.append(t("Task {id}: {status} · since {created} · work on {action_on} · {days} day overdue · "
                           "collector {collector}",
                           "Task {id}: {status} · since {created} · work on {action_on} · {days} days overdue · "
                           "collector {collector}", task.days_overdue).format(
                id=task.task_id, status=state, created=task.created_on.isoformat(),
                action_on=task.action_on.isoformat(), days=task.days_overdue,
                collector=task.assignee_label or t("nobody")))
            lines.extend(n for n in task.notes()          # the state and the proposal are said already
                         if n not in (task.state_note, names.task_proposal(task.proposal)))
            self.task_text.setText("\n".join(lines))
            if task.proposal:
                self.proposal_text.setText(t("{proposal}: {n} failed attempt at the top levels (level {level}); "
                                             "the policy proposes it after {limit}.",
                                             "{proposal}: {n} failed attempts at the top levels (level {level}); "
                                             "the policy proposes it after {limit}.", task.failed_attempts).format(
                    proposal=names.task_proposal(task.proposal), n=task.failed_attempts, level=task.level_seq,
                    limit=d.policy.legal_after_attempts))

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
            [[c.at, names.contact_method(c.method), c.person, c.summary, c.answer,
              names.nonpayment_reason(c.reason) if c.reason else "", c.next_step, c.next_date, c.username]
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
            [[x.invoice_number, x.opened_on, x.reason, names.dispute_status(x.status) if x.status else "",
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
        self.documents.show_for(customer_id=d.customer_id)       # titles its page, syncs the buttons
        items = self.views["items"]
        for col, used in ((2, any(i.effective_due != i.due_date for i in d.open_items)),
                          (7, any(i.disputed for i in d.open_items))):
            items.setColumnHidden(col, not used)      # 延期至, 争议 only when an item has one
        for key in self.PAGES:
            self._fit_page(key)

    def _title_documents(self) -> None:
        """The documents page's title with its count (after every read of the list)."""
        n, title = self.documents.count(), self.tr("Documents")
        self.pages.setTabText(len(self.PAGES), f"{title} ({n})" if n else title)
        self.page_buttons.sync()

    def _fit_page(self, key: str) -> None:
        """Fit a page's columns to its width: dates, counts and amounts whole, the words
        (reasons, notes, names) elided first and the last of them taking the room left."""
        view, model = self.views[key], self.models[key]
        words = [c for c, (_label, kind) in enumerate(model.columns) if kind == "text"]
        if key == "items":
            words = [c for c in words if c != 0]          # the invoice number is read whole
        shown = [c for c in words if not view.isColumnHidden(c)]
        common.fill_columns(view, rows=range(min(model.rowCount(), 60)), stretch=shown[-1] if shown else None,
                            shrinkable=words, caps={c: 220 for c in words})

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
