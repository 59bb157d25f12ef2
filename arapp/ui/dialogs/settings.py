"""Settings (设置), in sections: the company's details printed on reports and letters
(the letterhead), the images documents print (logo, seal, collection QR), the e-mail
server, the letters (their templates), the credit policy threshold and the dates the books
accept for documents. Stored in the database through the services, as operations (off the
UI thread); admin or manager only.

Save keeps every section's fields at once, in one transaction (a refusal writes nothing,
turns to the section and outlines the field); an image is kept or removed as soon as it is
chosen. The e-mail section is there when :mod:`arapp.services.mail_settings` is."""

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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from arapp import clock
from arapp.domain import limits
from arapp.domain.text import max_length
from arapp.errors import ArappError
from arapp.services import credit, settings
from arapp.services.context import current_actor
from arapp.services.transactions import all_or_nothing
from arapp.ui import common, operations
from arapp.ui.dialogs.settings_images import ImagesSection
from arapp.ui.dialogs.settings_letters import LettersSection
from arapp.ui.dialogs.settings_mail import MailSection, mail_modules
from arapp.ui.operations import Operations, Several


def save_settings(company: dict[str, str], hold_days: int, dates: tuple[_dt.date, int] | None = None, *,
                  smtp: tuple | None = None, letters: tuple | None = None) -> Several:
    """Save the company's details, then the credit-hold threshold and the date window
    (first accepted day, months ahead) when they changed, the SMTP settings and the
    letters' late fee and deadline when given (``smtp``, ``letters``: the settings module
    and the values): all of it or, refused, none."""

    def work() -> Several:
        results = [settings.save_company_settings(company)]
        if hold_days != credit.hold_overdue_days():
            results.append(credit.set_hold_overdue_days(hold_days))
        if dates is not None and dates != settings.date_window_setting():
            results.append(settings.save_date_window(*dates))
        if smtp is not None:
            module, values = smtp
            results.append(module.save_smtp_settings(**values))
        if letters is not None:
            module, values = letters
            results.append(module.save_letter_settings(**values))
        return Several(tuple(results))

    return all_or_nothing(work)


class SettingsDialog(QDialog):
    def __init__(self, parent=None, *, ops: Operations | None = None):
        super().__init__(parent)
        self.ops = ops or operations.for_widget(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(640)       # an address or bank name is read whole, not scrolled
        self.saved = False
        self.may_edit = current_actor().may("settings.edit") and current_actor().may("credit.approve")
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self.sections.addTab(self._company_page(), self.tr("Company and letterhead"))
        self.images = ImagesSection(self.ops, may_edit=current_actor().may("settings.edit"))
        self.sections.addTab(self.images, self.tr("Images on documents"))
        modules = mail_modules()
        self.mail: MailSection | None = None
        if modules is not None:
            self.mail = MailSection(*modules, self.ops, may_edit=self.may_edit)
            self.sections.addTab(self.mail, self.tr("E-mail"))
        self.letters = LettersSection(may_edit=self.may_edit)
        self.letters.templatesRequested.connect(self.open_templates)
        self.templates_button = self.letters.templates_button
        self.sections.addTab(self.letters, self.tr("Letters"))
        self.sections.addTab(self._credit_page(), self.tr("Credit and dates"))
        note = QLabel(self.tr("Only an administrator or a manager can change the settings."))
        note.setVisible(not self.may_edit)
        self.error = common.ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.may_edit)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sections, 1)
        for w in (note, self.error, self.buttons):
            layout.addWidget(w)

    # ------------------------------------------------------------------ the sections

    def _company_page(self) -> QWidget:
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
        hint = QLabel(self.tr("Letters, statements and receipts print the name, address and phone at the top of "
                              "every page, and the bank and account where they say how to pay."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        return self._page(company, hint)

    def _credit_page(self) -> QWidget:
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
        return self._page(policy, dates)

    @staticmethod
    def _page(*widgets: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        for w in widgets:
            layout.addWidget(w)
        layout.addStretch(1)
        return page

    def section_of(self, widget: QWidget) -> int:
        """The index of the section (tab) ``widget`` is in, or -1."""
        for i in range(self.sections.count()):
            page = self.sections.widget(i)
            if page is widget or page.isAncestorOf(widget):
                return i
        return -1

    # ------------------------------------------------------------------ actions

    def open_templates(self):
        """The template editor, over this dialog."""
        from arapp.ui.dialogs.templates import open_template_editor

        return open_template_editor(self, self.ops)

    def save(self) -> bool:
        """Start saving; the dialog closes when done, or shows the refusal."""
        smtp = None
        if self.mail is not None and self.may_edit and self.mail.changed():
            smtp = (self.mail.mail_settings, self.mail.values())
        letters = None
        if self.letters.module is not None and self.may_edit:
            letters = (self.letters.module, self.letters.values())
        self.ops.run(save_settings, {k: e.text() for k, e in self.fields.items()}, self.hold_days.value(),
                     (common.from_qdate(self.earliest.date()), self.months_ahead.value()), smtp=smtp, letters=letters,
                     parent=self, on_done=self._saved, on_failed=self._refused)
        return True

    def _saved(self, _result: Several) -> None:
        self.saved = True
        if self.mail is not None:
            self.mail.saved()
        self.accept()

    def _refused(self, exc: ArappError) -> None:
        self.error.show_message(exc.message)
        marked: QWidget | None = None
        for key, edit in self.fields.items():
            common.mark_invalid(edit, exc.field == key)
            marked = edit if exc.field == key else marked
        for widget, field in ((self.hold_days, "days"), (self.earliest, settings.EARLIEST_DATE_KEY),
                              (self.months_ahead, settings.MONTHS_AHEAD_KEY)):
            common.mark_invalid(widget, exc.field == field)
            marked = widget if exc.field == field else marked
        if self.mail is not None and self.mail.mark(exc):
            marked = self.mail
        if self.letters.mark(exc):
            marked = self.letters
        if marked is not None:
            self.sections.setCurrentIndex(self.section_of(marked))
