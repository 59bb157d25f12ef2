"""Credit assessment (信用评估): the score from payment history with its reasons, any
credit hold in force, the 5C notes, and the manager's decision on rating, limit and
terms. The system suggests; only a manager decides, and the decision is audited
(written as an operation, off the UI thread)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from arapp import names
from arapp.domain.text import NOTE, max_length
from arapp.errors import ArappError
from arapp.reports.customers import customer_card
from arapp.services import credit
from arapp.services.context import current_actor
from arapp.ui import common, operations
from arapp.ui.common import AmountEdit
from arapp.ui.operations import Operations


class CreditDialog(QDialog):
    def __init__(self, parent, customer_id: int, *, ops: Operations | None = None):
        super().__init__(parent)
        self.ops = ops or operations.for_widget(parent)
        self.customer_id = customer_id
        self.saved = False
        cust = customer_card(customer_id)
        suggestion = credit.suggest_rating(customer_id)
        holds = credit.credit_hold_reasons(customer_id)
        history = suggestion.history
        self.setWindowTitle(self.tr("Credit assessment: {code} {name}").format(code=cust.code, name=cust.name))

        current = QLabel(self.tr("Now: rating {rating}, limit {limit}, terms {days} day", "Now: rating {rating}, limit {limit}, terms {days} days", cust.payment_terms_days).format(
            rating=cust.credit_rating or "—",
            limit=names.no_credit_limit() if cust.credit_limit is None else common.money_text(cust.credit_limit),
            days=cust.payment_terms_days))
        self.suggestion_label = QLabel(self.tr("Suggested rating {rating} (score {score} of 100)").format(
            rating=suggestion.rating, score=suggestion.score))
        font = self.suggestion_label.font()
        font.setBold(True)
        self.suggestion_label.setFont(font)
        self.reasons = QLabel("\n".join(f"• {r}" for r in suggestion.reasons))
        self.reasons.setWordWrap(True)
        stats = QLabel(self.tr("{n} invoice due, {paid} paid, {ontime} on time; {late} days late on average; overdue now {overdue}",
                               "{n} invoices due, {paid} paid, {ontime} on time; {late} days late on average; overdue now {overdue}", history.invoices).format(
            n=history.invoices, paid=history.paid, ontime=history.paid_on_time, late=history.average_days_late,
            overdue=common.money_text(history.open_overdue)))
        stats.setWordWrap(True)
        box = QGroupBox(self.tr("Payment history"))
        bl = QVBoxLayout(box)
        for w in (current, self.suggestion_label, self.reasons, stats):
            bl.addWidget(w)
        self.holds = QLabel()
        self.holds.setWordWrap(True)
        if holds:
            self.holds.setText(self.tr("On credit hold: {reasons}").format(reasons="; ".join(holds)))
            self.holds.setStyleSheet("color: #b00020;")
        else:
            self.holds.setText(self.tr("No credit hold."))

        self.notes = {k: QLineEdit() for k in ("character", "capacity", "capital", "collateral", "conditions")}
        for edit in self.notes.values():
            edit.setMaxLength(max_length(NOTE))
        five = QGroupBox(self.tr("Assessment (5C)"))
        fl = QFormLayout(five)
        five_c = {"character": self.tr("Character"), "capacity": self.tr("Capacity"),
                 "capital": self.tr("Capital"), "collateral": self.tr("Collateral"),
                 "conditions": self.tr("Conditions")}
        last = credit.credit_assessments(customer_id)
        for key, edit in self.notes.items():
            if last:
                edit.setText(getattr(last[0], f"{key}_note"))
            fl.addRow(five_c[key], edit)

        self.rating = QComboBox()
        for r in ("A", "B", "C", "D"):
            self.rating.addItem(r, r)
        self.rating.setCurrentIndex(self.rating.findData(cust.credit_rating or suggestion.rating))
        self.limit = AmountEdit(allow_empty=True)
        self.limit.setPlaceholderText(names.no_credit_limit())     # empty is no limit, never 0.00
        self.limit.set_fen(cust.credit_limit)
        self.terms = QSpinBox()
        self.terms.setRange(0, 3650)
        self.terms.setValue(cust.payment_terms_days)
        self.terms.setSuffix(self.tr(" days"))
        decision = QGroupBox(self.tr("Decision"))
        dl = QFormLayout(decision)
        dl.addRow(self.tr("Rating"), self.rating)
        dl.addRow(self.tr("Credit limit"), self.limit)
        dl.addRow(self.tr("Payment terms"), self.terms)
        self.may_decide = current_actor().may("credit.approve")
        self.permission_note = QLabel(self.tr("Only a manager can decide; you can read the assessment."))
        self.permission_note.setVisible(not self.may_decide)
        if last:
            dl.addRow(QLabel(self.tr("Last decision: {rating} by {user} on {date}").format(
                rating=last[0].decided_rating, user=last[0].decided_by, date=last[0].assessed_on.isoformat())))

        self.error = common.ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.may_decide)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Wide enough that the reasons and the history read on a line or two each, with the
        # 5C notes and the decision side by side, so it stays short enough for a laptop
        # screen and no wrapped line is squeezed over another.
        layout = QVBoxLayout(self)
        for w in (box, self.holds):
            layout.addWidget(w)
        side = QHBoxLayout()
        side.addWidget(five, 3)
        side.addWidget(decision, 2)
        layout.addLayout(side)
        for w in (self.permission_note, self.error, self.buttons):
            layout.addWidget(w)
        self.setMinimumWidth(680)

    def save(self) -> bool:
        """Start recording the decision; the dialog closes when done, or shows the refusal.
        False when the limit typed is refused and nothing was sent."""
        try:
            limit = self.limit.fen(field="credit_limit")
        except ArappError as exc:
            self._refused(exc)
            return False
        self.ops.run(credit.record_credit_decision, self.customer_id, rating=self.rating.currentData(),
                     limit=limit, terms_days=self.terms.value(), **{k: e.text() for k, e in self.notes.items()},
                     parent=self, on_done=self._saved, on_failed=self._refused)
        return True

    def _saved(self, _decision) -> None:
        self.saved = True
        self.accept()

    def _refused(self, exc: ArappError) -> None:
        self.error.show_message(exc.message)
        common.mark_invalid(self.limit, exc.field in ("credit_limit", "limit"))
