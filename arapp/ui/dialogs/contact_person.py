"""A customer's contact persons (联系人) in the customer dialog: the list with add, edit
and remove, and the small form for one person.

The list is kept in the customer dialog until it saves: the customer and its contacts
are written together by one service call (services.customers.create_customer /
update_customer with ``contacts``), so a refusal keeps neither. The form checks a person
as the books would (services.customers.check_contact) and names the field it refuses.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arapp.domain.text import max_length
from arapp.errors import ArappError
from arapp.services import customers as customer_service
from arapp.services.customers import ContactInput
from arapp.ui.common import ErrorLabel, mark_invalid

NAME, TITLE, PHONE, EMAIL, PRIMARY = range(5)


class ContactPersonDialog(QDialog):
    """Add (``contact`` None) or change one contact person; ``contact`` holds the result
    once accepted."""

    def __init__(self, parent: QWidget | None = None, contact: ContactInput | None = None):
        super().__init__(parent)
        self.contact = contact
        self.editing = contact is not None
        self.name = QLineEdit()
        self.title = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.notes = QLineEdit()
        self.primary = QCheckBox()
        self.fields = {"name": self.name, "title": self.title, "phone": self.phone, "email": self.email,
                       "notes": self.notes}
        for key, edit in self.fields.items():
            edit.setMaxLength(max_length(customer_service.CONTACT_TEXT_FIELDS[key]))
        form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        for label, widget in zip(self.labels, (self.name, self.title, self.phone, self.email, self.notes,
                                               self.primary), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        if contact is not None:
            self.name.setText(contact.name)
            self.title.setText(contact.title)
            self.phone.setText(contact.phone)
            self.email.setText(contact.email)
            self.notes.setText(contact.notes)
            self.primary.setChecked(contact.is_primary)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit contact person") if self.editing else self.tr("New contact person"))
        for label, text in zip(self.labels, (self.tr("Name *"), self.tr("Title"), self.tr("Phone"),
                                             self.tr("E-mail"), self.tr("Notes"), self.tr("Primary contact")),
                               strict=True):
            label.setText(text)
        self.title.setPlaceholderText(self.tr("e.g. finance manager"))
        self.primary.setText(self.tr("The person to call first"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def save(self) -> bool:
        """Check the person as the books would; accept, or name the field refused."""
        self.error.clear_message()
        for widget in self.fields.values():
            mark_invalid(widget, False)
        typed = ContactInput(self.name.text(), self.title.text(), self.phone.text(), self.email.text(),
                             self.primary.isChecked(), self.notes.text(),
                             id=self.contact.id if self.contact is not None else None)
        try:
            self.contact = customer_service.check_contact(typed)
        except ArappError as exc:
            widget = self.fields.get(exc.field or "")
            if widget is not None:
                mark_invalid(widget)
                widget.setFocus()
            self.error.show_message(exc.message)
            return False
        self.accept()
        return True


class ContactsBox(QGroupBox):
    """The customer's contact persons, kept here until the customer dialog saves them."""

    changed = Signal()
    dialogOpened = Signal(object)          # the ContactPersonDialog just opened (tests, screenshots)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._contacts: list[ContactInput] = []
        self.current_dialog: ContactPersonDialog | None = None
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        for col, width in ((NAME, 110), (TITLE, 110), (PHONE, 130), (PRIMARY, 80)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(EMAIL, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(96)
        self.table.setMaximumHeight(150)
        self.table.doubleClicked.connect(lambda _index: self.edit_contact())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_contact())
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(lambda: self.edit_contact())
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_contact)
        buttons = QVBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Contact persons"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Title"), self.tr("Phone"),
                                              self.tr("E-mail"), self.tr("Primary")])
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ the list
    def contacts(self) -> list[ContactInput]:
        """The persons as the service takes them (new ones without an id)."""
        return list(self._contacts)

    def set_contacts(self, contacts: list[ContactInput]) -> None:
        self._contacts = list(contacts)
        self._fill()

    def _fill(self) -> None:
        current = self.table.currentRow()
        self.table.setRowCount(len(self._contacts))
        for row, c in enumerate(self._contacts):
            for col, text in ((NAME, c.name), (TITLE, c.title), (PHONE, c.phone), (EMAIL, c.email),
                              (PRIMARY, self.tr("★ primary") if c.is_primary else "")):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == PRIMARY:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        if 0 <= current < len(self._contacts):
            self.table.selectRow(current)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = 0 <= self.table.currentRow() < len(self._contacts) and bool(self.table.selectedItems())
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _put(self, row: int | None, contact: ContactInput) -> None:
        """Put ``contact`` at ``row`` (None: at the end); a primary one makes the others ordinary."""
        if contact.is_primary:
            self._contacts = [replace(c, is_primary=False) for c in self._contacts]
        if row is None:
            self._contacts.append(contact)
            row = len(self._contacts) - 1
        else:
            self._contacts[row] = contact
        self._fill()
        self.table.selectRow(row)
        self.changed.emit()

    # ------------------------------------------------------------------ actions
    def _open(self, dialog: ContactPersonDialog, row: int | None) -> ContactPersonDialog:
        self.current_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._put(row, dialog.contact))
        dialog.finished.connect(lambda _r: setattr(self, "current_dialog", None))
        dialog.open()
        self.dialogOpened.emit(dialog)
        return dialog

    def add_contact(self) -> ContactPersonDialog:
        """Open the form for a new person (first one: primary by default)."""
        dialog = ContactPersonDialog(self)
        dialog.primary.setChecked(not self._contacts)
        return self._open(dialog, None)

    def edit_contact(self) -> ContactPersonDialog | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._contacts):
            return None
        return self._open(ContactPersonDialog(self, self._contacts[row]), row)

    def remove_contact(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._contacts):
            del self._contacts[row]
            self._fill()
            if self._contacts:
                self.table.selectRow(min(row, len(self._contacts) - 1))
            self.changed.emit()
