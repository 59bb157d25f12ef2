"""Add or edit a customer (客户): master data, credit terms, aliases and contact persons.

The dialog checks what it can (a name, amounts, whole days, an e-mail address), then
writes through services.customers as an operation (off the UI thread, the dialog
waiting); a refusal from the service is shown under the form and the field it names is
marked. ``save()`` starts the work, so tests drive it without exec().
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from arapp import names
from arapp.domain import vocabulary as vocab
from arapp.domain.text import max_length
from arapp.errors import ArappError, ValidationError
from arapp.reports.customers import customer_card
from arapp.reports.users import active_users
from arapp.services import customers as customer_service
from arapp.services.context import current_actor
from arapp.services.customers import ContactInput
from arapp.ui import operations
from arapp.ui.common import (
    AmountEdit,
    ErrorLabel,
    mark_invalid,
)
from arapp.ui.dialogs.contact_person import ContactsBox
from arapp.ui.operations import Operations, Several


def save_customer(customer_id: int | None, values: dict, aliases: list[str],
                  contacts: list[ContactInput] | None = None) -> Several:
    """Add the customer with its ``aliases`` and ``contacts`` (``customer_id`` None), or
    change its master data and make its aliases and contact persons exactly those: one
    service call, one transaction."""
    if customer_id is None:
        return Several((customer_service.create_customer(**values, aliases=aliases, contacts=contacts or ()),))
    return Several((customer_service.update_customer(customer_id, **values, aliases=aliases,
                                                     contacts=contacts),))


class CustomerDialog(QDialog):
    """New customer when ``customer_id`` is None, else edit that customer."""

    def __init__(self, parent: QWidget | None = None, customer_id: int | None = None, *,
                 ops: Operations | None = None):
        super().__init__(parent)
        self.ops = ops or operations.for_widget(parent)
        self.customer_id = customer_id
        self.change: customer_service.CustomerChange | None = None
        self.may_decide_credit = current_actor().may("credit.approve")
        self.setMinimumWidth(720)

        self.code = QLineEdit()
        self.name = QLineEdit()
        self.kind = QComboBox()
        self.category = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.address = QLineEdit()
        self.tax_id = QLineEdit()
        self.credit_rating = QComboBox()
        for rating in vocab.CREDIT_RATINGS:
            self.credit_rating.addItem(rating or "—", rating)
        self.credit_limit = AmountEdit(allow_empty=True)
        self.terms = QLineEdit()
        self.terms.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status = QComboBox()
        self.collector = QComboBox()
        self.aliases = QPlainTextEdit()
        self.aliases.setTabChangesFocus(True)
        self.aliases.setFixedHeight(80)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.contacts_box = ContactsBox()

        self.fields: dict[str, QWidget] = {
            "code": self.code, "name": self.name, "kind": self.kind, "category": self.category,
            "phone": self.phone, "email": self.email, "address": self.address, "tax_id": self.tax_id,
            "credit_rating": self.credit_rating, "credit_limit": self.credit_limit,
            "payment_terms_days": self.terms, "status": self.status, "collector_id": self.collector,
            "aliases": self.aliases, "alias": self.aliases, "notes": self.notes,
            "contacts": self.contacts_box.table,
        }
        for key, kind in customer_service.TEXT_FIELDS.items():     # as much as the books take
            if isinstance(self.fields.get(key), QLineEdit):
                self.fields[key].setMaxLength(max_length(kind))

        self.basic_box = QGroupBox()
        self.basic_form = QFormLayout(self.basic_box)
        self.credit_box = QGroupBox()
        self.credit_form = QFormLayout(self.credit_box)
        self.basic_labels = [QLabel() for _ in range(8)]
        for label, widget in zip(self.basic_labels, (self.code, self.name, self.kind, self.category, self.phone,
                                                     self.email, self.address, self.tax_id), strict=True):
            label.setBuddy(widget)
            self.basic_form.addRow(label, widget)
        self.credit_labels = [QLabel() for _ in range(5)]
        for label, widget in zip(self.credit_labels, (self.credit_rating, self.credit_limit, self.terms,
                                                      self.status, self.collector), strict=True):
            label.setBuddy(widget)
            self.credit_form.addRow(label, widget)
        self.aliases_label = QLabel()
        self.aliases_hint = QLabel()
        self.aliases_hint.setStyleSheet("color: #666;")
        self.aliases_hint.setWordWrap(True)
        self.notes_label = QLabel()
        self.credit_form.addRow(self.aliases_label, self.aliases)
        self.credit_form.addRow("", self.aliases_hint)
        self.credit_form.addRow(self.notes_label, self.notes)

        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(self.basic_box, 0, 0)
        grid.addWidget(self.credit_box, 0, 1)
        grid.addWidget(self.contacts_box, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._fill_choices()
        # The credit rating, limit and status are a manager's decision (credit.approve),
        # at creation as later: others see them greyed out and the form leaves them be.
        for widget in self.credit_decision_widgets():
            widget.setEnabled(self.may_decide_credit)
        self.retranslate_ui()
        if customer_id is None:
            self.terms.setText("30")
        else:
            self._load(customer_id)

    def credit_decision_widgets(self) -> tuple[QWidget, ...]:
        """The fields only a user with ``credit.approve`` may set."""
        return (self.credit_rating, self.credit_limit, self.status)

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        editing = self.customer_id is not None
        self.setWindowTitle(self.tr("Edit customer") if editing else self.tr("New customer"))
        self.basic_box.setTitle(self.tr("Customer"))
        self.credit_box.setTitle(self.tr("Credit and collection"))
        for label, text in zip(self.basic_labels, (
                self.tr("Code"), self.tr("Name *"), self.tr("Type"), self.tr("Category"), self.tr("Phone"),
                self.tr("E-mail"), self.tr("Address"), self.tr("Tax ID")), strict=True):
            label.setText(text)
        for label, text in zip(self.credit_labels, (
                self.tr("Credit rating"), self.tr("Credit limit (¥)"), self.tr("Payment terms (days)"),
                self.tr("Status"), self.tr("Collector")), strict=True):
            label.setText(text)
        self.aliases_label.setText(self.tr("Aliases"))
        self.aliases_hint.setText(self.tr("Names this customer uses on bank statements, one per line."))
        self.notes_label.setText(self.tr("Notes"))
        self.code.setPlaceholderText("" if editing else self.tr("Leave blank for the next number"))
        self.name.setPlaceholderText(self.tr("Company or person, as on the contract"))
        self.credit_limit.setPlaceholderText(names.no_credit_limit())
        for combo, pairs in ((self.kind, names.pairs(names.customer_kind, vocab.CUSTOMER_KINDS)), (self.status, names.pairs(names.customer_status, vocab.CUSTOMER_STATUSES))):
            for i, (_value, label) in enumerate(pairs):
                combo.setItemText(i, label)
        self.collector.setItemText(0, self.tr("(nobody)"))
        why = "" if self.may_decide_credit else self.tr(
            "Only a manager sets the credit rating, limit and status (permission credit.approve).")
        for widget in self.credit_decision_widgets():
            widget.setToolTip(why)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_choices(self) -> None:
        for value, label in names.pairs(names.customer_kind, vocab.CUSTOMER_KINDS):
            self.kind.addItem(label, value)
        for value, label in names.pairs(names.customer_status, vocab.CUSTOMER_STATUSES):
            self.status.addItem(label, value)
        self.collector.addItem("", None)
        for user in active_users():
            self.collector.addItem(names.with_note(user.label, user.username), user.id)

    def _load(self, customer_id: int) -> None:
        c = customer_card(customer_id)
        self.code.setText(c.code)
        self.name.setText(c.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(c.kind)))
        self.category.setText(c.category)
        self.phone.setText(c.phone)
        self.email.setText(c.email)
        self.address.setText(c.address)
        self.tax_id.setText(c.tax_id)
        self.credit_rating.setCurrentIndex(max(0, self.credit_rating.findData(c.credit_rating or "")))
        self.credit_limit.set_fen(c.credit_limit)
        self.terms.setText(str(c.payment_terms_days))
        self.status.setCurrentIndex(max(0, self.status.findData(c.status)))
        collector_id = c.collector_id
        self.collector.setCurrentIndex(max(0, self.collector.findData(collector_id)) if collector_id else 0)
        self.aliases.setPlainText("\n".join(c.aliases))
        self.notes.setPlainText(c.notes)
        self.contacts_box.set_contacts([ContactInput(p.name, p.title, p.phone, p.email, p.is_primary, p.notes,
                                                     id=p.id) for p in c.contacts])
        for edit in (self.code, self.name, self.category, self.phone, self.email, self.address, self.tax_id):
            edit.setCursorPosition(0)

    # ------------------------------------------------------------------ saving
    def _field_label(self, field: str | None) -> str:
        labels = {
            "code": self.tr("Code"), "name": self.tr("Name"), "kind": self.tr("Type"),
            "category": self.tr("Category"), "phone": self.tr("Phone"), "email": self.tr("E-mail"),
            "address": self.tr("Address"), "tax_id": self.tr("Tax ID"), "credit_rating": self.tr("Credit rating"),
            "credit_limit": self.tr("Credit limit"), "payment_terms_days": self.tr("Payment terms"),
            "status": self.tr("Status"), "collector_id": self.tr("Collector"), "aliases": self.tr("Aliases"),
            "alias": self.tr("Aliases"), "notes": self.tr("Notes"),
        }
        return labels.get(field or "", "")

    def show_error(self, message: str, field: str | None = None) -> None:
        """Show a refusal under the form, naming and marking the field it is about."""
        label = self._field_label(field)
        self.error.show_message(self.tr("{field}: {message}").format(field=label, message=message)
                                if label else message)
        widget = self.fields.get(field or "")
        if widget is not None:
            mark_invalid(widget)
            widget.setFocus()

    def _clear_errors(self) -> None:
        self.error.clear_message()
        for widget in self.fields.values():
            mark_invalid(widget, False)

    def values(self) -> dict:
        """The form as service arguments; raises ValidationError naming the field."""
        name = self.name.text().strip()
        if not name:
            raise ValidationError(self.tr("The name is required"), field="name")
        code = self.code.text().strip()
        if self.customer_id is not None and not code:
            raise ValidationError(self.tr("The code cannot be blank"), field="code")
        credit_limit = self.credit_limit.fen(field="credit_limit")
        terms_text = self.terms.text().strip()
        try:
            terms = int(terms_text)
        except ValueError:
            raise ValidationError(self.tr("Enter the payment terms as a whole number of days"),
                                  field="payment_terms_days") from None
        if not 0 <= terms <= 3650:
            raise ValidationError(self.tr("Payment terms must be from 0 to 3650 days"), field="payment_terms_days")
        email = self.email.text().strip()
        if email and ("@" not in email or " " in email or email.startswith("@") or email.endswith("@")):
            raise ValidationError(self.tr("'{value}' is not an e-mail address").format(value=email), field="email")
        values = {
            "code": code,
            "name": name,
            "kind": self.kind.currentData(),
            "category": self.category.text().strip(),
            "phone": self.phone.text().strip(),
            "email": email,
            "address": self.address.text().strip(),
            "tax_id": self.tax_id.text().strip(),
            "credit_rating": self.credit_rating.currentData() or "",
            "credit_limit": credit_limit,
            "payment_terms_days": terms,
            "status": self.status.currentData(),
            "collector_id": self.collector.currentData(),
            "notes": self.notes.toPlainText().strip(),
        }
        if not self.may_decide_credit:       # left as they are (a new customer: the defaults)
            for key in customer_service.CREDIT_DECISIONS:
                del values[key]
        return values

    def alias_list(self) -> list[str]:
        return [line.strip() for line in self.aliases.toPlainText().splitlines() if line.strip()]

    def save(self) -> bool:
        """Check the form and start the write; the dialog closes when the books took it
        and shows the refusal when they did not. False (and a message) when the form
        itself is refused and nothing was sent."""
        self._clear_errors()
        try:
            values = self.values()
        except ArappError as exc:
            self.show_error(exc.message, exc.field)
            return False
        self.ops.run(save_customer, self.customer_id, values, self.alias_list(), self.contacts_box.contacts(),
                     parent=self,
                     on_done=self._saved, on_failed=lambda exc: self.show_error(exc.message, exc.field))
        return True

    def _saved(self, result: Several) -> None:
        self.change = result.results[0]
        self.customer_id = self.change.customer_id
        self.accept()
