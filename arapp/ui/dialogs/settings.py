"""Settings (设置): the company's details printed on reports and letters, the credit
policy threshold, and the dates the books accept for documents. Stored in the database
through the services, as an operation (off the UI thread); admin or manager only."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from arapp import clock
from arapp.domain import limits
from arapp.domain.text import max_length
from arapp.errors import ArappError
from arapp.services import credit, settings
from arapp.services.context import current_actor
from arapp.ui import common, operations
from arapp.ui.operations import Operations, Several


def save_settings(company: dict[str, str], hold_days: int,
                  dates: tuple[_dt.date, int] | None = None) -> Several:
    """Save the company's details, then the credit-hold threshold and the date window
    (first accepted day, months ahead) when they changed."""
    results = [settings.save_company_settings(company)]
    if hold_days != credit.hold_overdue_days():
        results.append(credit.set_hold_overdue_days(hold_days))
    if dates is not None and dates != settings.date_window_setting():
        results.append(settings.save_date_window(*dates))
    return Several(tuple(results))


class SettingsDialog(QDialog):
    def __init__(self, parent=None, *, ops: Operations | None = None):
        super().__init__(parent)
        self.ops = ops or operations.for_widget(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)       # an address or bank name is read whole, not scrolled
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
            edit.setMaxLength(max_length(settings.COMPANY_TEXT[key]))
            self.fields[key] = edit
            form.addRow(labels[key], edit)
        self.hold_days = QSpinBox()
        self.hold_days.setRange(1, 3650)
        self.hold_days.setValue(credit.hold_overdue_days())
        self.hold_days.setSuffix(self.tr(" days"))
        policy = QGroupBox(self.tr("Credit control"))
        pform = QFormLayout(policy)
        pform.addRow(self.tr("Hold new invoices when anything is overdue more than"), self.hold_days)
        earliest, months = settings.date_window_setting()
        self.earliest = QDateEdit(common.to_qdate(earliest))
        self.earliest.setCalendarPopup(True)
        self.earliest.setDisplayFormat("yyyy-MM-dd")
        self.earliest.setDateRange(common.to_qdate(limits.SETTING_FLOOR), common.to_qdate(clock.today()))
        self.months_ahead = QSpinBox()
        self.months_ahead.setRange(0, limits.MAX_MONTHS_AHEAD)
        self.months_ahead.setValue(months)
        self.months_ahead.setSuffix(self.tr(" months after today"))
        dates = QGroupBox(self.tr("Document dates"))
        dform = QFormLayout(dates)
        dform.addRow(self.tr("Accept documents dated from"), self.earliest)
        dform.addRow(self.tr("up to"), self.months_ahead)
        self.may_edit = current_actor().may("settings.edit") and current_actor().may("credit.approve")
        note = QLabel(self.tr("Only an administrator or a manager can change the settings."))
        note.setVisible(not self.may_edit)
        self.error = common.ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.may_edit)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (company, policy, dates, note, self.error, self.buttons):
            layout.addWidget(w)

    def save(self) -> bool:
        """Start saving; the dialog closes when done, or shows the refusal."""
        self.ops.run(save_settings, {k: e.text() for k, e in self.fields.items()}, self.hold_days.value(),
                     (common.from_qdate(self.earliest.date()), self.months_ahead.value()),
                     parent=self, on_done=self._saved, on_failed=self._refused)
        return True

    def _saved(self, _result: Several) -> None:
        self.saved = True
        self.accept()

    def _refused(self, exc: ArappError) -> None:
        self.error.show_message(exc.message)
        for key, edit in self.fields.items():
            common.mark_invalid(edit, exc.field == key)
        common.mark_invalid(self.hold_days, exc.field == "days")
        common.mark_invalid(self.earliest, exc.field == settings.EARLIEST_DATE_KEY)
        common.mark_invalid(self.months_ahead, exc.field == settings.MONTHS_AHEAD_KEY)
