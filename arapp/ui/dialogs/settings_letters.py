"""The Settings dialog's letters section: the templates (opened in the template editor),
and, when :mod:`arapp.services.letter_settings` is there, the late-fee policy (违约金: a
rate in ‰ of the overdue amount a day, grace days, at most the principal) and the days a
letter gives to pay. Saved with the dialog's other sections."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from arapp.errors import ArappError
from arapp.ui import common


def letter_settings_module():
    """arapp.services.letter_settings when it is there, else None."""
    try:
        from arapp.services import letter_settings
    except ImportError:
        return None
    return letter_settings if hasattr(letter_settings, "save_letter_settings") else None


def _format_rate(rate) -> str:
    text = format(rate, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


class LettersSection(QWidget):
    """The templates button; the late fee and the deadline (when the module is there)."""

    templatesRequested = Signal()

    def __init__(self, *, may_edit: bool, parent: QWidget | None = None):
        super().__init__(parent)
        t = self.tr
        templates = QGroupBox(t("Templates"))
        tl = QVBoxLayout(templates)
        text = QLabel(t("The wording of each letter, of the statement's e-mail and of the short messages, in "
                        "Chinese and in English. Every change is kept as a new version."))
        text.setWordWrap(True)
        self.templates_button = QPushButton(t("Edit the templates…"))
        self.templates_button.clicked.connect(self.templatesRequested.emit)
        row = QHBoxLayout()
        row.addWidget(self.templates_button)
        row.addStretch(1)
        tl.addWidget(text)
        tl.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(templates)
        self.module = letter_settings_module()
        self.edits: dict[str, QWidget] = {}
        if self.module is not None:
            layout.addWidget(self._late_fee_box(may_edit))
        layout.addStretch(1)

    def _late_fee_box(self, may_edit: bool) -> QGroupBox:
        t = self.tr
        m = self.module
        stored = m.get_letter_settings()
        policy = stored.late_fee
        self.charge = QCheckBox(t("Charge late fees on overdue invoices, as the contracts say"))
        self.charge.setChecked(policy is not None)
        self.rate = QLineEdit(_format_rate(policy.rate_per_mille) if policy else "")
        self.rate.setPlaceholderText("0.5")
        self.rate.setMaximumWidth(120)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate)
        rate_row.addWidget(QLabel(t("‰ of the overdue amount a day")))
        rate_row.addStretch(1)
        self.grace = QSpinBox()
        self.grace.setRange(0, 365)
        self.grace.setValue(policy.grace_days if policy else 0)
        self.grace.setSuffix(t(" days"))
        self.grace.setMaximumWidth(160)
        self.cap = QCheckBox(t("Never more than the overdue amount itself"))
        self.cap.setChecked(bool(policy and policy.cap_at_principal))
        self.deadline = QSpinBox()
        self.deadline.setRange(1, int(getattr(m, "MAX_DEADLINE_DAYS", 90)))
        self.deadline.setValue(stored.deadline_days)
        self.deadline.setSuffix(t(" days after the letter's date"))
        self.deadline.setMaximumWidth(260)
        box = QGroupBox(t("Late fees and the deadline"))
        form = QFormLayout(box)
        form.addRow(self.charge)
        form.addRow(t("Rate"), rate_row)
        form.addRow(t("Grace after the due date"), self.grace)
        form.addRow("", self.cap)
        form.addRow(t("A letter asks for payment within"), self.deadline)
        hint = QLabel(t("0.5‰ a day is 0.05% of the overdue amount a day: 2,000.00 overdue for 10 days is 10.00. "
                        "Without late fees the letters say nothing of them."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        form.addRow(hint)
        self.edits = {m.RATE_KEY: self.rate, m.GRACE_KEY: self.grace, m.CAP_KEY: self.cap,
                      m.DEADLINE_KEY: self.deadline}
        self.charge.toggled.connect(self._charging)
        for w in (self.charge, *self.edits.values()):
            w.setEnabled(may_edit)
        self._charging(self.charge.isChecked() and may_edit)
        return box

    def _charging(self, on: bool) -> None:
        if not self.charge.isEnabled():
            on = False
        for w in (self.rate, self.grace, self.cap):
            w.setEnabled(on)

    def values(self) -> dict | None:
        """What save_letter_settings is given (None without the module)."""
        if self.module is None:
            return None
        if not self.charge.isChecked():
            return {"no_late_fee": True, "deadline_days": self.deadline.value()}
        return {"rate_per_mille": self.rate.text().strip(), "grace_days": self.grace.value(),
                "cap_at_principal": self.cap.isChecked(), "deadline_days": self.deadline.value()}

    def mark(self, exc: ArappError) -> bool:
        """Outline the field a refusal names; whether it was one of this section's."""
        for key, w in self.edits.items():
            common.mark_invalid(w, exc.field == key)
        return exc.field in self.edits
