"""Settings (设置): the company's details printed on reports and letters, and the credit
policy threshold. Stored in the database through the services; admin or manager only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from arapp.errors import ArappError
from arapp.services import credit, settings
from arapp.services.context import current_actor
from arapp.ui import common


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.saved = False
        values = settings.get_settings()
        labels = {
            "company.name": self.tr("Company name"), "company.address": self.tr("Address"),
            "company.phone": self.tr("Phone"), "company.tax_id": self.tr("Taxpayer id"),
            "company.bank": self.tr("Bank"), "company.bank_account": self.tr("Bank account"),
            "company.contact": self.tr("Contact person"),
        }
        self.fields: dict[str, QLineEdit] = {}
        company = QGroupBox(self.tr("Company (printed on reports and letters)"))
        form = QFormLayout(company)
        for key in settings.COMPANY_KEYS:
            edit = QLineEdit(values.get(key, ""))
            self.fields[key] = edit
            form.addRow(labels[key], edit)
        self.hold_days = QSpinBox()
        self.hold_days.setRange(1, 3650)
        self.hold_days.setValue(credit.hold_overdue_days())
        self.hold_days.setSuffix(self.tr(" days"))
        policy = QGroupBox(self.tr("Credit control"))
        pform = QFormLayout(policy)
        pform.addRow(self.tr("Hold new invoices when anything is overdue more than"), self.hold_days)
        self.may_edit = current_actor().may("settings.edit") and current_actor().may("credit.approve")
        note = QLabel(self.tr("Only an administrator or a manager can change the settings."))
        note.setVisible(not self.may_edit)
        self.error = common.ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.may_edit)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (company, policy, note, self.error, self.buttons):
            layout.addWidget(w)

    def save(self) -> bool:
        try:
            settings.save_company_settings({k: e.text() for k, e in self.fields.items()})
            if self.hold_days.value() != credit.hold_overdue_days():
                credit.set_hold_overdue_days(self.hold_days.value())
        except ArappError as exc:
            self.error.show_message(exc.message)
            for key, edit in self.fields.items():
                common.mark_invalid(edit, exc.field == key)
            return False
        self.saved = True
        self.accept()
        return True
