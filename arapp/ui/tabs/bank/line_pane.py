"""What the Bank tab does with lines: the selected line's proposals with their score and
reason in words, and its actions (Accept, Match by hand…, Unmatch…, Book…, Ignore…,
Restore); and "Accept all scoring at least N", which says how many lines and how much
money before it does anything.

Proposals come from arapp.reports.bank_matching.proposals on a worker; every write is an
operation (arapp.ui.operations) of services.bank, whose Changes make the tab read again.
A user whose role may not match (bank.match) or book (bank.book) sees those buttons
greyed, with the reason as their tooltip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arapp import names
from arapp.services.context import current_actor
from arapp.ui import common
from arapp.ui.common import money_text
from arapp.ui.jobs import JobRunner
from arapp.ui.operations import Operations
from arapp.ui.tabs.bank import backend
from arapp.ui.tabs.bank.models import ProposalModel

PROPOSALS_DELAY_MS = 120
DEFAULT_THRESHOLD = 90


def role_tip(permission: str) -> str:
    """Why the current user may not do ``permission`` (their role), or "" when they may."""
    from PySide6.QtCore import QCoreApplication

    actor = current_actor()
    if actor.may(permission):
        return ""
    return QCoreApplication.translate("BankTab", "Your role ({role}) may not do this.").format(
        role=names.user_role(actor.role))


def allocated_of(result: Any) -> int:
    """What a match put on invoices: its (invoice number, fen) pairs added up."""
    allocated = result.allocated
    return allocated if isinstance(allocated, int) else sum(fen for _number, fen in allocated)


def choice_of(bank: Any, line_id: int, proposal: Any) -> Any:
    """A proposal as the bank services accept it (services.bank.MatchChoice)."""
    from_proposal = getattr(bank.MatchChoice, "from_proposal", None)
    if from_proposal is not None:
        return from_proposal(line_id, proposal)
    return bank.MatchChoice(line_id, proposal.customer_id, tuple((a.invoice_id, a.amount) for a in proposal.allocations),
                            proposal.rule, proposal.score, proposal.reason)


class LinePane(QGroupBox):
    """The selected bank line's proposals and what can be done with it."""

    actMessage = Signal(str)
    matchByHand = Signal(object)          # (line, proposal or None): the tab opens the dialog

    def __init__(self, ops: Operations, runner: JobRunner | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.runner = runner
        self.line: Any = None
        self.proposals: list[Any] = []
        self.loading = False
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROPOSALS_DELAY_MS)
        self._timer.timeout.connect(self._load)

        self.model = ProposalModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in range(5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._proposal_changed())
        self.table.doubleClicked.connect(lambda _i: self.accept_selected())
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.accept_button = QPushButton()
        self.accept_button.clicked.connect(lambda: self.accept_selected())
        self.manual_button = QPushButton()
        self.manual_button.clicked.connect(lambda: self.match_by_hand())
        self.unmatch_button = QPushButton()
        self.unmatch_button.clicked.connect(lambda: self.unmatch())
        self.book_button = QPushButton()
        self.book_button.clicked.connect(lambda: self.book())
        self.ignore_button = QPushButton()
        self.ignore_button.clicked.connect(lambda: self.ignore())
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(lambda: self.restore())
        buttons = QVBoxLayout()
        for b in (self.accept_button, self.manual_button, self.unmatch_button, self.book_button, self.ignore_button,
                  self.restore_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.reason)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.show_line(None)

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        t = self.tr
        self.accept_button.setText(t("Accept proposal"))
        self.manual_button.setText(t("Match by hand…"))
        self.unmatch_button.setText(t("Unmatch…"))
        self.book_button.setText(t("Book…"))
        self.ignore_button.setText(t("Ignore…"))
        self.restore_button.setText(t("Restore"))
        self.model.retranslate()
        self._update_title()
        self._show_reason()
        self.update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802
        """Proposals are asked for only while the pane shows (a closed window asks nothing more)."""
        self._asked_when_hidden = self._timer.isActive()
        self._timer.stop()
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if getattr(self, "_asked_when_hidden", False):
            self._asked_when_hidden = False
            self._timer.start()

    def _update_title(self) -> None:
        line = self.line
        if line is None:
            self.setTitle(self.tr("Proposals"))
            return
        self.setTitle(self.tr("Line of {date}, {direction} {amount}: {status}").format(
            date=line.value_date, direction=names.bank_direction(line.direction), amount=money_text(line.amount),
            status=names.bank_line_status(line.status)))

    # ------------------------------------------------------------------ the line
    def show_line(self, line: Any) -> None:
        """Show ``line`` (a reports.bank row, or None) and load its proposals."""
        same = line is not None and self.line is not None and line.id == self.line.id
        self.line = line
        self._update_title()
        if not same:
            self.proposals = []
            self.model.set_rows([])
            self._asked_for, self._failure = None, ""
        if line is not None and line.status == "unmatched" and line.direction == "in":
            self.loading = True              # until the proposals asked for (after a short pause) arrive
            self._timer.start()
        else:
            self._generation += 1
            self.loading = False
            self.proposals = []
            self.model.set_rows([])
        self._show_reason()
        self.update_buttons()

    _asked_for: int | None = None           # the line whose proposals came back
    _failure = ""                           # why they did not
    _in_flight = False
    _unavailable = False

    def _show_reason(self) -> None:
        """Under the proposals, in words: the selected proposal's reason, or what is going on."""
        p = self.selected_proposal()
        line = self.line
        if p is not None:
            text = self.tr("{score} points, {rule}: {reason}").format(score=p.score, rule=names.match_rule(p.rule),
                                                                     reason=p.reason)
            if p.credit_left:
                text += self.tr("; ") + self.tr("{left} stays with the customer as credit").format(
                    left=money_text(p.credit_left))
        elif self._unavailable and line is not None and line.status == "unmatched" and line.direction == "in":
            text = self.tr("Proposals are not available in this version: match by hand.")
        elif self._in_flight:
            text = self.tr("Looking for proposals…")
        elif self._failure:
            text = self._failure
        elif line is not None and self._asked_for == line.id and line.status == "unmatched":
            text = self.tr("No proposal: no customer's invoice, name or account fits this line. "
                           "Match it by hand, or book it if it is not a customer's payment.")
        else:
            text = self._line_reason()
        self.reason.setText(text)

    def _line_reason(self) -> str:
        line = self.line
        if line is None:
            return self.tr("Select a line to see what the matcher proposes.")
        if line.status == "matched":
            text = self.tr("Matched to {customer}, receipt {receipt} ({rule})").format(
                customer=f"{line.customer_code} {line.customer_name}".strip(), receipt=line.receipt_number,
                rule=names.match_rule(line.rule) if line.rule else "")
            return text + (f"：{line.reason}" if line.reason else "")
        if line.status in ("booked", "ignored"):
            return names.bank_line_status(line.status) + (f"：{line.reason}" if getattr(line, "reason", "") else "")
        if line.direction == "out":
            return self.tr("Money out never becomes a receipt: book it (a payment, a fee) for the reconciliation.")
        return ""

    def _load(self) -> None:
        line = self.line
        if line is None:
            return
        self._generation += 1
        generation = self._generation
        try:
            matching = backend.piece("matching")
        except backend.Unavailable:
            self.loading, self._unavailable = False, True
            self._show_reason()
            return
        self.loading, self._in_flight = True, True
        self._show_reason()
        line_id = line.id
        job = lambda _p, _c: matching.proposals(line_ids=[line_id]).get(line_id, [])  # noqa: E731
        if self.runner is None:
            self._loaded(generation, line_id, job(None, None))
            return
        self.runner.submit(job, name="bank proposals", owner=self,
                           on_finished=lambda ps: self._loaded(generation, line_id, ps),
                           on_failed=lambda msg: self._loaded(generation, line_id, [], msg))

    def _loaded(self, generation: int, line_id: int, proposals: list, failure: str = "") -> None:
        if generation != self._generation:
            return
        self.loading, self._in_flight = False, False
        self._asked_for, self._failure = line_id, failure
        self.proposals = list(proposals)
        self.model.set_rows(self.proposals)
        if self.proposals:
            self.table.selectRow(0)
        self._proposal_changed()

    def selected_proposal(self) -> Any:
        return self.model.row_at(self.table.currentIndex().row())

    def _proposal_changed(self) -> None:
        self._show_reason()
        self.update_buttons()

    def update_buttons(self) -> None:
        line = self.line
        has_services = backend.available("services")
        unmatched = line is not None and line.status == "unmatched"
        incoming = unmatched and line.direction == "in"
        match_tip, book_tip = role_tip("bank.match"), role_tip("bank.book")
        off = "" if has_services else self.tr("Not available in this version.")
        states = (
            (self.accept_button, incoming and self.selected_proposal() is not None, match_tip,
             self.tr("Receipt and allocations as proposed, linked to the line")),
            (self.manual_button, incoming, match_tip, self.tr("Choose the customer and the invoices yourself")),
            (self.unmatch_button, line is not None and line.status == "matched", match_tip,
             self.tr("Reverse the receipt (it is kept, marked reversed) and put the line back in the queue")),
            (self.book_button, unmatched, book_tip,
             self.tr("Book the line without a receipt: a payment, a fee, interest, money that is not a customer's")),
            (self.ignore_button, unmatched, book_tip, self.tr("Set the line aside (with a reason)")),
            (self.restore_button, line is not None and line.status == "ignored", book_tip,
             self.tr("Put the ignored line back in the queue")),
        )
        for button, fits, why_not, tip in states:
            button.setEnabled(bool(fits and not why_not and has_services))
            button.setToolTip(off or why_not or tip)

    # ------------------------------------------------------------------ actions
    def _run(self, name: str, *args, done_text=None, **kwargs) -> bool:
        try:
            fn = getattr(backend.piece("services"), name)
        except backend.Unavailable:
            return False
        self.ops.run(fn, *args, parent=self, on_done=lambda r: done_text and self.actMessage.emit(done_text(r)),
                     on_failed=lambda exc: common.show_error(self, self.tr("Bank"), exc.message), **kwargs)
        return True

    def accept_selected(self) -> bool:
        """Accept the selected proposal as it is: the receipt and its allocations (or the receipt
        the books already hold, for a proposal of one), linked to the line."""
        line, p = self.line, self.selected_proposal()
        if line is None or p is None or not self.accept_button.isEnabled():
            return False
        try:
            bank = backend.piece("services")
        except backend.Unavailable:
            return False
        self.ops.run(bank.accept_matches, [choice_of(bank, line.id, p)], parent=self,
                     on_done=lambda batch: self.actMessage.emit(self.matched_text(batch.results[0], p.customer_name)),
                     on_failed=lambda exc: common.show_error(self, self.tr("Bank"), exc.message))
        return True

    def matched_text(self, result: Any, customer: str) -> str:
        """「已为 … 登记收款单 RCT-…：核销 ¥…；¥… 转为客户预收款」."""
        text = self.tr("Receipt {number} recorded for {customer}: {amount} allocated").format(
            number=result.receipt_number, customer=customer, amount=money_text(allocated_of(result)))
        if result.credit_left:
            text += self.tr("; ") + self.tr("{amount} kept as customer credit").format(
                amount=money_text(result.credit_left))
        return text

    def match_by_hand(self) -> bool:
        if self.line is None or not self.manual_button.isEnabled():
            return False
        self.matchByHand.emit((self.line, None))
        return True

    def unmatch(self) -> bool:
        """Ask why, then reverse the line's receipt and put the line back in the queue."""
        line = self.line
        if line is None or not self.unmatch_button.isEnabled():
            return False
        reason = common.ask_text(self, self.tr("Unmatch"), self.tr(
            "Why is line {serial} not {customer}'s payment? Receipt {receipt} will be reversed.").format(
            serial=line.serial or line.value_date, customer=line.customer_name, receipt=line.receipt_number))
        if not reason:
            return False
        return self._run("unmatch", line.id, reason, done_text=lambda _r: self.tr(
            "Unmatched: receipt {receipt} reversed, the line is back in the queue").format(receipt=line.receipt_number))

    def book(self) -> bool:
        """Book the line without a receipt, with what it was (手续费, 货款支付 …)."""
        line = self.line
        if line is None or not self.book_button.isEnabled():
            return False
        what = common.ask_text(self, self.tr("Book"), self.tr(
            "What was this {direction} of {amount}? (a payment to a supplier, a bank fee, interest …)").format(
            direction=names.bank_direction(line.direction), amount=money_text(line.amount)))
        if not what:
            return False
        return self._run("book_line", line.id, what, done_text=lambda _r: self.tr("Booked: {what}").format(what=what))

    def ignore(self) -> bool:
        line = self.line
        if line is None or not self.ignore_button.isEnabled():
            return False
        reason = common.ask_text(self, self.tr("Ignore"), self.tr("Why set this line aside?"))
        if not reason:
            return False
        return self._run("ignore_line", line.id, reason, done_text=lambda _r: self.tr("Line set aside"))

    def restore(self) -> bool:
        line = self.line
        if line is None or not self.restore_button.isEnabled():
            return False
        return self._run("restore_line", line.id, done_text=lambda _r: self.tr("Line back in the queue"))


class BulkAccept(QWidget):
    """"Accept all scoring at least N": the account's unmatched lines whose best proposal
    scores N or more, counted with their total, accepted in one transaction."""

    actMessage = Signal(str)

    def __init__(self, ops: Operations, runner: JobRunner | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.runner = runner
        self.account_id: int | None = None
        self.best: dict[int, Any] = {}           # line id -> its best proposal
        self.amounts: dict[int, int] = {}        # line id -> the line's amount
        self.loading = False
        self._generation = 0
        self.label = QLabel()
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 100)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.threshold.valueChanged.connect(lambda _v: self.update_text())
        self.count = QLabel()
        self.count.setStyleSheet("color: #555;")
        self.button = QPushButton()
        self.button.clicked.connect(lambda: self.accept_all())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.threshold)
        layout.addWidget(self.count)
        layout.addWidget(self.button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Proposals scoring at least"))
        self.threshold.setSuffix(self.tr(" points"))
        self.button.setText(self.tr("Accept all…"))
        self.update_text()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def chosen(self) -> list[tuple[int, Any]]:
        """(line id, best proposal) of every line at or above the threshold."""
        n = self.threshold.value()
        return [(line_id, p) for line_id, p in self.best.items() if p.score >= n]

    def update_text(self) -> None:
        chosen = self.chosen()
        total = sum(self.amounts.get(line_id, 0) for line_id, _p in chosen)
        if self.loading:
            self.count.setText(self.tr("counting…"))
        else:
            self.count.setText(self.tr("— {n} line, {total}", "— {n} lines, {total}", len(chosen)).format(
                n=len(chosen), total=money_text(total)))
        why_not = role_tip("bank.match") or ("" if backend.available("services") else
                                             self.tr("Not available in this version."))
        self.button.setEnabled(bool(chosen) and not why_not and not self.loading)
        self.button.setToolTip(why_not or self.tr("Accept the best proposal of each of these lines in one go"))

    def set_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        """Ask the matcher again for the account's unmatched lines (on a worker)."""
        self._generation += 1
        generation = self._generation
        self.best, self.amounts = {}, {}
        account = self.account_id
        try:
            matching = backend.piece("matching")
        except backend.Unavailable:
            self.loading = False
            self.update_text()
            return
        if account is None:
            self.loading = False
            self.update_text()
            return

        def job(_p, _c):
            found = matching.proposals(account, limit_per_line=1)
            best = {line_id: ps[0] for line_id, ps in found.items() if ps}
            # What a proposal allocates and leaves as credit is the line's whole amount.
            amounts = {line_id: sum(a.amount for a in p.allocations) + p.credit_left
                       for line_id, p in best.items()}
            return best, amounts

        self.loading = True
        self.update_text()
        if self.runner is None:
            self._loaded(generation, job(None, None))
            return
        self.runner.submit(job, name="bank proposals (all)", owner=self,
                           on_finished=lambda r: self._loaded(generation, r),
                           on_failed=lambda _m: self._loaded(generation, ({}, {})))

    def _loaded(self, generation: int, found: tuple) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.best, self.amounts = found
        self.update_text()

    def accept_all(self) -> bool:
        """Say how many lines and how much, and on Yes accept them all in one transaction."""
        chosen = self.chosen()
        if not chosen or not self.button.isEnabled():
            return False
        total = sum(self.amounts.get(line_id, 0) for line_id, _p in chosen)
        if not common.ask_yes_no(self, self.tr("Accept proposals"), self.tr(
                "Accept the best proposal of {n} line, {total} in all? Each becomes a receipt with its allocations.",
                "Accept the best proposals of {n} lines, {total} in all? Each becomes a receipt with its "
                "allocations.", len(chosen)).format(n=len(chosen), total=money_text(total))):
            return False
        try:
            bank = backend.piece("services")
        except backend.Unavailable:
            return False
        choices = [choice_of(bank, line_id, p) for line_id, p in chosen]
        n = len(choices)
        self.ops.run(bank.accept_matches, choices, parent=self,
                     on_done=lambda _r: self.actMessage.emit(self.tr(
                         "{n} line matched, {total} received", "{n} lines matched, {total} received", n).format(
                         n=n, total=money_text(total))),
                     on_failed=lambda exc: common.show_error(self, self.tr("Accept proposals"), exc.message))
        return True
