"""The short text of a ladder level for WeChat or SMS (amount, due date, how to pay), to
copy into the phone; recorded as a contact only when the user says it was sent.

The text comes from arapp.outbox.letters.message_text (the level's message template,
filled for the customer); the user may adjust it before copying. "Sent by WeChat" /
"Sent by SMS" record what the box holds as a contact of that method on the task
(letters.record_message, an operation); Close records nothing.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arapp import names
from arapp.domain import vocabulary as vocab
from arapp.errors import ArappError
from arapp.ui import operations
from arapp.ui.common import ErrorLabel

METHODS = vocab.MESSAGE_METHODS


class MessageTextDialog(QDialog):
    """The level's message for one customer (and task): copy it, then say how it was sent."""

    def __init__(self, customer_id: int, label: str, parent: QWidget | None = None, *, task_id: int | None = None,
                 code: str | None = None, on: _dt.date | None = None):
        super().__init__(parent)
        self.ops = operations.for_widget(parent)
        self.customer_id = customer_id
        self.label = label
        self.task_id = task_id
        self.message = ""
        self.recorded = None
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(140)
        self.error = ErrorLabel()
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy)
        self.sent_buttons: dict[str, QPushButton] = {}
        for method in METHODS:
            b = QPushButton()
            b.clicked.connect(lambda _checked=False, method=method: self.sent(method))
            self.sent_buttons[method] = b
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        for b in self.sent_buttons.values():
            row.addWidget(b)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.setMinimumWidth(520)
        self.retranslate_ui()
        self.load(code=code, on=on)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Message text"))
        self.info.setText(self.tr("The message for {customer}, to send by WeChat or SMS. Copy it, send it from the "
                                  "phone, then say how it went out: that records the contact.").format(
            customer=self.label))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the text to the clipboard"))
        for method, b in self.sent_buttons.items():
            b.setText(self.tr("Sent by {method}").format(method=names.message_method(method)))
            b.setToolTip(self.tr("Record the text above as a contact by {method}").format(
                method=names.message_method(method)))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close without recording anything"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def load(self, *, code: str | None = None, on: _dt.date | None = None) -> None:
        """Fill the box with the level's message (a read of the customer's figures)."""
        from arapp.outbox import letters

        try:
            self.text.setPlainText(letters.message_text(self.customer_id, task=self.task_id, code=code, on=on))
        except ArappError as exc:
            self.error.show_message(exc.message)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.error.clear_message()
        self.copy_button.setText(self.tr("Copied"))

    def sent(self, method: str) -> bool:
        """Record the text as a contact by ``method`` (wechat, sms) on the task, as an
        operation; the dialog closes when it is recorded."""
        from arapp.outbox import letters

        text = self.text.toPlainText().strip()
        self.error.clear_message()
        if not text:
            self.error.show_message(self.tr("There is no text to record."))
            return False

        def done(result) -> None:
            self.recorded = result
            self.message = self.tr("{customer}: message sent by {method}, recorded as a contact").format(
                customer=self.label, method=names.contact_method(method))
            self.accept()

        self.ops.run(letters.record_message, self.customer_id, text, method, task=self.task_id, parent=self,
                     on_done=done, on_failed=lambda exc: self.error.show_message(exc.message))
        return True
