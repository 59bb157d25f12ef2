"""The Collections tab's work: the buttons that work the task of the customer shown
(log a contact, record a promise, ask for an extension, agree a payment plan,
escalate, complete, assign, hand over or resume, decide an extension request, accept
the task's proposal of a hand-over to legal, make the level's letter, copy its message
text for WeChat or SMS) and the day's run of the ladder, with who may press which.

Every write runs as an operation (:mod:`arapp.ui.operations`): a dialog waits for it
and closes, or shows the refusal; the day's run and an approval run from the tab. The
operation's broadcast makes the tab reload the queue and the file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGridLayout, QMenu, QPushButton, QToolButton

from arapp import names
from arapp.domain import vocabulary as vocab
from arapp.errors import ArappError
from arapp.services import collections as svc
from arapp.services.context import current_actor
from arapp.ui import common
from arapp.ui.dialogs.collection import (
    AssignDialog,
    ContactDialog,
    ExtensionDialog,
    PlanDialog,
    PromiseDialog,
    ReasonDialog,
    Write,
)

if TYPE_CHECKING:
    from arapp.ui.tabs.collections.tab import CollectionsTab

STATUS_KEYS = vocab.STATUS_EVENTS


class CollectionActions(QObject):
    """The work buttons of a CollectionsTab and what they do."""

    statusMessage = Signal(str)
    tasksGenerated = Signal(object)      # GenerationResult

    def __init__(self, tab: CollectionsTab):
        super().__init__(tab)
        self.tab = tab
        self.current_dialog = None
        self.last_generation = None
        self._generate_running = False

        self.generate_button = QPushButton()
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
        self.status_menu = QMenu(tab)
        self.status_actions: dict[str, QAction] = {}
        for key in (*STATUS_KEYS, "resume"):
            action = QAction(self)
            self.status_menu.addAction(action)
            if key == "credit_suspended":
                self.status_menu.addSeparator()
            self.status_actions[key] = action
        self.status_button.setMenu(self.status_menu)
        self.approve_button = QPushButton()
        self.refuse_button = QPushButton()
        self.legal_button = QPushButton()          # shown while the task proposes legal
        self.legal_button.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.legal_button.hide()
        self.dispute_button = QPushButton()        # in the file's disputes page (install_file_actions)
        self.resolve_dispute_button = QPushButton()
        self.letter_button = QPushButton()         # in the task box, when the level sends a letter
        self.message_button = QPushButton()        # in the task box: the level's WeChat/SMS text
        self.detail_window = None

        self.generate_button.clicked.connect(self.generate)
        self.contact_button.clicked.connect(self.log_contact)
        self.promise_button.clicked.connect(self.record_promise)
        self.extension_button.clicked.connect(self.request_extension)
        self.plan_button.clicked.connect(self.start_plan)
        self.escalate_button.clicked.connect(self.escalate)
        self.complete_button.clicked.connect(self.complete)
        self.assign_button.clicked.connect(self.assign)
        self.approve_button.clicked.connect(self.approve_extension)
        self.refuse_button.clicked.connect(self.refuse_extension)
        self.legal_button.clicked.connect(self.accept_legal)
        self.letter_button.clicked.connect(lambda: self.make_letter())
        self.message_button.clicked.connect(lambda: self.message_text())
        self.dispute_button.clicked.connect(lambda: self.open_dispute())
        self.resolve_dispute_button.clicked.connect(lambda: self.resolve_dispute())
        for key in STATUS_KEYS:
            self.status_actions[key].triggered.connect(lambda _checked=False, key=key: self.change_status(key))
        self.status_actions["resume"].triggered.connect(self.resume_status)

    def work_grid(self) -> QGridLayout:
        """The work buttons in two rows, for the tab to place above the customer's file."""
        work = QGridLayout()
        work.setContentsMargins(4, 0, 0, 0)
        for i, b in enumerate((self.contact_button, self.promise_button, self.extension_button, self.plan_button)):
            work.addWidget(b, 0, i)
        for i, b in enumerate((self.escalate_button, self.complete_button, self.assign_button, self.status_button)):
            work.addWidget(b, 1, i)
        self.status_button.setSizePolicy(self.assign_button.sizePolicy())
        return work

    def install_file_actions(self, pane) -> None:
        """Put the dispute buttons in the file's disputes page; a double-click on an open
        item or a dispute opens the invoice's detail window."""
        pane.dispute_buttons.addWidget(self.dispute_button)
        pane.dispute_buttons.addWidget(self.resolve_dispute_button)
        pane.dispute_buttons.addStretch(1)
        pane.task_buttons.insertWidget(0, self.letter_button)
        pane.task_buttons.insertWidget(1, self.message_button)
        pane.documents.attach(self.tab.ops)
        pane.documents.actMessage.connect(self.statusMessage)
        for key in ("items", "disputes"):
            view = pane.views[key]
            view.doubleClicked.connect(lambda index, key=key: self._open_invoice_at(key, index.row()))
            view.selectionModel().currentRowChanged.connect(lambda *_a: self.update_buttons())

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        t = self.tr
        self.generate_button.setText(t("Generate today's tasks"))
        self.generate_button.setToolTip(t("Run the collection ladder for the working day: create, escalate, "
                                          "pause and close tasks (running it twice changes nothing)"))
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
        self.dispute_button.setText(t("Open dispute…"))
        self.dispute_button.setToolTip(t("The customer disputes an invoice (the one selected in the open items, or "
                                         "chosen): it leaves the dunning until resolved"))
        self.resolve_dispute_button.setText(t("Resolve dispute…"))
        self.resolve_dispute_button.setToolTip(t("Close the selected open dispute with how it ended"))
        self.message_button.setText(t("Message text…"))
        self.message_button.setToolTip(t("The level's short text for WeChat or SMS, to copy; recorded as a contact "
                                         "when you say it was sent"))
        self.legal_button.setText(t("Accept: hand over to legal…"))
        self.legal_button.setToolTip(t("The task has had the policy's failed attempts at the top levels: accept its "
                                       "proposal and hand the debt over to legal (the ladder stops)"))
        self.update_buttons()

    # ------------------------------------------------------------------ permissions
    def update_buttons(self) -> None:
        """Enable what the user may do to the file shown (none while another customer's loads)."""
        actor = current_actor()
        work = actor.may("collection.work")
        approve = actor.may("collection.approve")
        d = self.tab.detail
        has = d is not None
        task = d.current_task if d else None
        owes_overdue = bool(d and d.balance.overdue > 0)
        self.generate_button.setEnabled(work and not self.generating())
        self.contact_button.setEnabled(work and has)
        self.promise_button.setEnabled(work and has and d.balance.balance > 0)
        self.extension_button.setEnabled(work and has and bool(d.open_items))
        self.plan_button.setEnabled(work and owes_overdue and d.active_plan is None)
        self.escalate_button.setEnabled(work and task is not None)
        self.complete_button.setEnabled(work and task is not None)
        self.assign_button.setEnabled(task is not None and (work or actor.may("collection.assign")))
        in_force = {e.status for e in d.statuses_in_force()} if d else set()
        for key in STATUS_KEYS:
            self.status_actions[key].setEnabled(approve and has and key not in in_force)
        self.status_actions["resume"].setEnabled(approve and bool(in_force))
        self.status_button.setEnabled(approve and has)
        if not approve:
            self.status_button.setToolTip(self.tr("Only a manager hands a customer over, blacklists or suspends "
                                                  "credit sales"))
        else:
            self.status_button.setToolTip("")
        ext = self.tab.pane.selected_extension() if d is not None else None
        pending = ext is not None and ext.status == "pending"
        self.approve_button.setEnabled(approve and pending)
        self.refuse_button.setEnabled(approve and pending)
        tip = "" if approve else self.tr("Only a manager decides extension requests")
        self.approve_button.setToolTip(tip or self.tr("Approve the selected extension request"))
        self.refuse_button.setToolTip(tip or self.tr("Refuse the selected extension request, with a reason"))
        self.dispute_button.setEnabled(work and bool(self.undisputed_items()))
        self.resolve_dispute_button.setEnabled(work and self.selected_dispute() is not None)
        letter = task.letter_template if task is not None else ""
        self.letter_button.setVisible(bool(letter))
        self.letter_button.setEnabled(bool(letter) and actor.may("document.make"))
        if letter:
            self.letter_button.setText(self.tr("Make letter: {letter}").format(letter=names.template_code(letter)))
            self.letter_button.setToolTip(self.tr("Make the level's letter for the customer, archive it and log it as "
                                                  "a contact of the task, then preview it to print"))
        self.message_button.setEnabled(work and has)
        proposed = task is not None and task.proposal == "legal"
        self.legal_button.setVisible(proposed)
        self.legal_button.setEnabled(work and proposed)

    # ------------------------------------------------------------------ the day's run
    def generating(self) -> bool:
        return self._generate_running

    def generate(self) -> None:
        """Run the collection ladder for the working day as an operation; the counts go to the status bar."""
        if self.generating():
            return
        on = self.tab.working_date()
        self._generate_running = True
        self.update_buttons()
        self.statusMessage.emit(self.tr("Generating the collection tasks for {date}…").format(date=on.isoformat()))
        self.tab.busy(+1)
        self.tab.ops.run(svc.generate_tasks, on, parent=self.tab, on_done=self._generated,
                         on_failed=self._generate_failed)

    def _generated(self, res) -> None:
        self.tab.busy(-1)
        self._generate_running = False
        self.last_generation = res
        self.update_buttons()
        self.statusMessage.emit(self.generation_text(res))
        self.tasksGenerated.emit(res)

    def _generate_failed(self, exc: ArappError) -> None:
        self.tab.busy(-1)
        self._generate_running = False
        self.update_buttons()
        common.show_error(self.tab, self.tr("Generate today's tasks"), exc.message)

    def generation_text(self, res) -> str:
        text = self.tr("Collection tasks for {date}: {created} created ({escalated} escalated), {closed} closed, "
                       "{superseded} superseded, {paused} paused, {resumed} resumed; {skipped} customer on hold.",
                       "Collection tasks for {date}: {created} created ({escalated} escalated), {closed} closed, "
                       "{superseded} superseded, {paused} paused, {resumed} resumed; {skipped} customers on hold.",
                       res.skipped)\
            .format(date=res.on.isoformat(), created=res.created, escalated=res.escalated, closed=res.closed,
                    superseded=res.superseded, paused=res.paused, resumed=res.resumed, skipped=res.skipped)
        extras = []
        if res.watched:
            extras.append(self.tr("watched under an extension {n}").format(n=res.watched))
        if res.promises_kept or res.promises_broken:
            extras.append(self.tr("promises kept {kept}, broken {broken}").format(kept=res.promises_kept,
                                                                                 broken=res.promises_broken))
        if res.plans_completed or res.plans_broken:
            extras.append(self.tr("plans completed {done}, broken {broken}").format(done=res.plans_completed,
                                                                                   broken=res.plans_broken))
        return text + (" " + "; ".join(extras) if extras else "")

    # ------------------------------------------------------------------ writes
    def _open(self, dialog) -> Any:
        """Open a dialog window-modally (never exec); after its write the status bar says what was done."""
        self.current_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._said(getattr(dialog, "message", "")))
        dialog.finished.connect(lambda _r: setattr(self, "current_dialog", None))
        dialog.open()
        return dialog

    def _said(self, message: str) -> None:
        if message:
            self.statusMessage.emit(message)

    def log_contact(self):
        d = self.tab.detail
        if d is None:
            return None
        task = d.current_task
        return self._open(ContactDialog(self.tab, d, task.task_id if task else None))

    def record_promise(self):
        if self.tab.detail is None:
            return None
        return self._open(PromiseDialog(self.tab, self.tab.detail, self.tab.working_date()))

    def request_extension(self):
        if self.tab.detail is None:
            return None
        return self._open(ExtensionDialog(self.tab, self.tab.detail, self.tab.working_date()))

    def start_plan(self):
        if self.tab.detail is None:
            return None
        return self._open(PlanDialog(self.tab, self.tab.detail, self.tab.working_date()))

    def escalate(self):
        d = self.tab.detail
        task = d.current_task if d else None
        if task is None:
            return None
        on = self.tab.working_date()
        t = self.tr

        def act(reason: str) -> Write:
            return Write(svc.escalate_task, (task.task_id, reason), {"on": on}, lambda res: t(
                "{code}: escalated; task {id} replaces task {old}").format(
                code=res.customer_code, id=res.created_task_id, old=res.task_id))

        return self._open(ReasonDialog(
            self.tab, t("Escalate"), t("Move {code} {name} up one level now: the next level's task replaces task "
                                       "{id}.").format(code=d.code, name=d.name, id=task.task_id), t("Reason"), act))

    def complete(self):
        d = self.tab.detail
        task = d.current_task if d else None
        if task is None:
            return None
        on = self.tab.working_date()
        t = self.tr

        def act(outcome: str) -> Write:
            return Write(svc.complete_task, (task.task_id, outcome), {"on": on}, lambda res: t(
                "{code}: task {id} done").format(code=res.customer_code, id=res.task_id))

        return self._open(ReasonDialog(
            self.tab, t("Complete task"), t("Task {id} for {code} {name} is done. What was done and agreed? "
                                            "The next level still comes when its day does.")
            .format(id=task.task_id, code=d.code, name=d.name), t("Outcome"), act))

    def assign(self):
        d = self.tab.detail
        task = d.current_task if d else None
        if task is None:
            return None
        return self._open(AssignDialog(self.tab, d, task))

    def change_status(self, status: str):
        """Hand over to legal or an agency, blacklist, or suspend credit sales (a manager's decision)."""
        d = self.tab.detail
        if d is None:
            return None
        on = self.tab.working_date()
        t = self.tr
        titles = {"legal": t("Hand over to legal"), "agency": t("Hand over to a collection agency"),
                  "blacklisted": t("Blacklist"), "credit_suspended": t("Suspend credit sales")}
        texts = {
            "legal": t("Hand the debt of {code} {name} over to legal. The ladder stops for the customer "
                       "until it is resumed."),
            "agency": t("Hand the debt of {code} {name} over to a collection agency. The ladder stops and new "
                        "credit sales need a manager's override until it is resumed."),
            "blacklisted": t("Blacklist {code} {name}: new invoices then need a manager's override."),
            "credit_suspended": t("Suspend new credit sales to {code} {name}: new invoices then need a "
                                  "manager's override."),
        }

        def said(res) -> str:
            return t("{code}: {status} from {date}").format(code=res.customer_code, status=names.status_event(status),
                                                           date=on.isoformat())

        def act(reason: str) -> Write:
            if status in vocab.HAND_OVER_TARGETS:
                return Write(svc.hand_over, (d.customer_id, status, reason), {"on": on}, said)
            if status == "blacklisted":
                return Write(svc.blacklist, (d.customer_id, reason), {"on": on}, said)
            return Write(svc.suspend_credit, (d.customer_id, reason), {"on": on}, said)

        confirm = t("{what}: {code} {name}. Are you sure?").format(what=titles[status], code=d.code, name=d.name)
        return self._open(ReasonDialog(self.tab, titles[status], texts[status].format(code=d.code, name=d.name),
                                       t("Reason"), act, confirm=confirm))

    def resume_status(self):
        d = self.tab.detail
        if d is None:
            return None
        in_force = []
        for e in d.statuses_in_force():
            if e.status not in in_force:
                in_force.append(e.status)
        if not in_force:
            return None
        on = self.tab.working_date()
        t = self.tr
        dialog = None

        def act(reason: str) -> Write:
            status = dialog.choice.currentData()
            return Write(svc.resume, (d.customer_id, status, reason), {"on": on}, lambda res: t(
                "{code}: {status} ended on {date}").format(code=res.customer_code, status=names.status_event(status),
                                                          date=on.isoformat()))

        dialog = ReasonDialog(self.tab, t("Resume"), t("End a status of {code} {name} from {date}: the ladder and "
                                                       "credit sales resume. The record keeps its dates.")
                              .format(code=d.code, name=d.name, date=on.isoformat()), t("Reason"), act,
                              choices=[(s, names.status_event(s)) for s in in_force], choice_label=t("Status"),
                              confirm=t("Resume {code} {name}?").format(code=d.code, name=d.name))
        return self._open(dialog)

    def accept_legal(self):
        """Accept the current task's proposal to hand the debt over to legal (a note is optional)."""
        d = self.tab.detail
        task = d.current_task if d else None
        if task is None or task.proposal != "legal":
            return None
        on = self.tab.working_date()
        t = self.tr

        def act(note: str) -> Write:
            return Write(svc.accept_legal_proposal, (task.task_id, note), {"on": on}, lambda res: t(
                "{code}: {status} from {date}").format(code=res.customer_code, status=names.status_event(res.status),
                                                      date=on.isoformat()))

        return self._open(ReasonDialog(
            self.tab, t("Hand over to legal"),
            t("{n} failed attempt at level {level} for {code} {name}: the ladder proposes handing the debt over "
              "to legal. Accepting stops the ladder for the customer until it is resumed.",
              "{n} failed attempts at level {level} for {code} {name}: the ladder proposes handing the debt over "
              "to legal. Accepting stops the ladder for the customer until it is resumed.",
              task.failed_attempts).format(
                n=task.failed_attempts, level=task.level_seq, code=d.code, name=d.name),
            t("Note"), act,
            confirm=t("Hand the debt of {code} {name} over to legal?").format(code=d.code, name=d.name)))

    def make_letter(self):
        """Make the current task's letter (arapp.outbox.letters.make_letter) as an operation:
        archived and logged as a ``letter`` contact of the task (the queue reads again), then
        shown in the preview."""
        from arapp.outbox import letters
        from arapp.ui.dialogs.statement import make_then_preview

        d = self.tab.detail
        task = d.current_task if d else None
        if task is None or not task.letter_template:
            return None
        t = self.tr
        word = names.template_code(task.letter_template)
        return make_then_preview(
            self.tab, letters.make_letter, d.customer_id, code=task.letter_template, task=task.task_id,
            on=self.tab.working_date(), title=t("Make letter"), status=self.statusMessage.emit,
            said=lambda made: t("{code}: {letter} made and archived, logged as a contact of task {id}").format(
                code=d.code, letter=word, id=task.task_id))

    def message_text(self):
        """The level's message text for WeChat or SMS, to copy and record as sent."""
        from arapp.ui.dialogs.message_text import MessageTextDialog

        d = self.tab.detail
        if d is None:
            return None
        task = d.current_task
        return self._open(MessageTextDialog(d.customer_id, f"{d.code} {d.name}", self.tab,
                                            task_id=task.task_id if task else None,
                                            code=(task.letter_template or None) if task else None,
                                            on=self.tab.working_date()))

    def approve_extension(self) -> bool:
        """Approve the selected (or only) pending extension request after a confirmation,
        as an operation. True when the approval was started."""
        ext = self.tab.pane.selected_extension()
        if ext is None or ext.status != "pending":
            return False
        t = self.tr
        if not common.ask_yes_no(self.tab, t("Approve extension"), t(
                "Move the due date of invoice {number} from {due} to {new}? The dunning clock moves with it.")
                .format(number=ext.invoice_number, due=ext.current_due.isoformat(),
                        new=ext.requested_due.isoformat())):
            return False
        self.tab.ops.run(
            svc.decide_extension, ext.request_id, True, on=self.tab.working_date(), parent=self.tab,
            on_done=lambda _res: self.statusMessage.emit(t("Extension for invoice {number} approved: due {new}").format(
                number=ext.invoice_number, new=ext.requested_due.isoformat())),
            on_failed=lambda exc: common.show_error(self.tab, t("Approve extension"), exc.message))
        return True

    def refuse_extension(self):
        ext = self.tab.pane.selected_extension()
        if ext is None or ext.status != "pending":
            return None
        on = self.tab.working_date()
        t = self.tr

        def act(reason: str) -> Write:
            return Write(svc.decide_extension, (ext.request_id, False, reason), {"on": on}, lambda _res: t(
                "Extension for invoice {number} refused").format(number=ext.invoice_number))

        return self._open(ReasonDialog(self.tab, t("Refuse extension"), t(
            "Refuse the request to move invoice {number} from {due} to {new}.").format(
            number=ext.invoice_number, due=ext.current_due.isoformat(), new=ext.requested_due.isoformat()),
            t("Reason"), act))

    # ------------------------------------------------------------------ invoices and disputes
    def undisputed_items(self) -> list:
        """The open items of the file shown that are not disputed yet."""
        d = self.tab.detail
        return [i for i in d.open_items if not i.disputed] if d is not None else []

    def selected_dispute(self):
        """The open dispute selected in the disputes page, else the file's only open one."""
        d = self.tab.detail
        if d is None:
            return None
        pane = self.tab.pane
        chosen = pane.models["disputes"].payload(pane.views["disputes"].currentIndex().row())
        if chosen is not None:
            return chosen if chosen.status == "open" else None
        open_ones = [x for x in d.disputes if x.status == "open"]
        return open_ones[0] if len(open_ones) == 1 else None

    def open_dispute(self):
        """Open a dispute on an invoice of the file (the open item selected, else chosen in the dialog)."""
        from arapp.ui.dialogs.dispute import OpenDisputeDialog

        items = self.undisputed_items()
        if not items:
            return None
        pane = self.tab.pane
        selected = pane.models["items"].payload(pane.views["items"].currentIndex().row())
        t = self.tr
        choices = [(i.invoice_id, t("{number} · due {due} · open {open}").format(
            number=i.number, due=i.effective_due.isoformat(), open=common.money_text(i.open_amount)))
            for i in items]
        return self._open(OpenDisputeDialog(self.tab, choices, self.tab.working_date(),
                                            selected=selected.invoice_id if selected is not None else None))

    def resolve_dispute(self):
        from arapp.ui.dialogs.dispute import ResolveDisputeDialog

        x = self.selected_dispute()
        if x is None:
            return None
        return self._open(ResolveDisputeDialog(self.tab, x.dispute_id, x.invoice_number, x.reason,
                                               self.tab.working_date()))

    def _open_invoice_at(self, key: str, row: int):
        chosen = self.tab.pane.models[key].payload(row)
        return self.open_invoice(chosen.invoice_id) if chosen is not None else None

    def open_invoice(self, invoice_id: int):
        """The invoice's detail window; what its actions say goes to the status bar."""
        from arapp.ui.dialogs.invoice_detail import open_invoice_detail

        self.detail_window = open_invoice_detail(self.tab, invoice_id, runner=self.tab.runner, ops=self.tab.ops,
                                                 status=self.statusMessage.emit)
        return self.detail_window
