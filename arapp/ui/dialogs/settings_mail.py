"""The Settings dialog's e-mail section: the SMTP server letters and statements are sent
through (host, port, SSL or STARTTLS, user, password, the sender). The password is typed
into a password field and never shown back: left empty, the stored one is kept.

Only present when :mod:`arapp.services.mail_settings` is (:func:`mail_modules`); the
test of the connection (:func:`arapp.outbox.mail.test_smtp`) runs off the UI thread."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from arapp import names
from arapp.domain import vocabulary as vocab
from arapp.errors import ArappError
from arapp.i18n import tr
from arapp.ui import common
from arapp.ui.operations import Operations

#: The SMTP fields in the order the form shows them (the keys of smtp_settings()).
FIELDS = ("host", "port", "security", "user", "password", "from_address", "from_name")
DEFAULT_PORTS = {"ssl": 465, "starttls": 587, "none": 25}


def mail_modules():
    """(services.mail_settings, outbox.mail or None), or None when e-mail is not built in."""
    try:
        from arapp.services import mail_settings
    except ImportError:
        return None
    try:
        from arapp.outbox import mail
    except ImportError:
        mail = None
    return mail_settings, mail


def security_codes(mail_settings) -> tuple[str, ...]:
    """The connection securities the mail settings take (the vocabulary's when it names them)."""
    return vocab.MAIL_SECURITY


def security_label(code: str) -> str:
    """How a connection security reads in the list (names.mail_security when there is one)."""
    named = getattr(names, "mail_security", None)
    if named is not None:
        return named(code)
    return {"ssl": "SSL/TLS", "starttls": "STARTTLS",
            "none": tr("MailSection", "None (unencrypted, a local server only)")}.get(code, code)


def stored_settings(mail_settings) -> tuple[dict, bool]:
    """The SMTP settings as stored, without the password, and whether one is stored."""
    found = mail_settings.smtp_settings()
    values = dataclasses.asdict(found) if dataclasses.is_dataclass(found) else dict(found or {})
    password = values.pop("password", "")
    has = getattr(found, "has_password", None)
    if has is None:
        has = bool(values.get("has_password") or values.get("password_set") or password)
    return values, bool(has)


def save_and_test(mail_settings, mail, values: dict | None) -> str:
    """Save the SMTP settings as typed (when given), then connect to the server with them;
    returns what the server said."""
    if values is not None:
        mail_settings.save_smtp_settings(**values)
    return mail.test_smtp()


class MailSection(QWidget):
    """The SMTP form; :meth:`values` is what Save passes to save_smtp_settings."""

    def __init__(self, mail_settings, mail, ops: Operations, *, may_edit: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.mail_settings, self.mail, self.ops = mail_settings, mail, ops
        t = self.tr
        stored, self.has_password = stored_settings(mail_settings)
        self.stored = stored
        self.host = QLineEdit(str(stored.get("host") or ""))
        self.host.setPlaceholderText("smtp.exmail.qq.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setMaximumWidth(120)
        self.security = common.fit_combo(QComboBox())
        for code in security_codes(mail_settings):
            self.security.addItem(security_label(code), code)
        found = self.security.findData(stored.get("security") or "ssl")
        self.security.setCurrentIndex(max(0, found))
        self.port.setValue(int(stored.get("port") or DEFAULT_PORTS.get(self.security.currentData(), 465)))
        self.security.currentIndexChanged.connect(self._security_changed)
        self.user = QLineEdit(str(stored.get("user") or ""))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            t("A password is stored: leave empty to keep it") if self.has_password
            else t("No password stored"))
        self.forget_password = QCheckBox(t("Forget the stored password"))
        self.forget_password.setVisible(self.has_password)
        self.forget_password.toggled.connect(lambda on: self.password.setEnabled(may_edit and not on))
        self.from_address = QLineEdit(str(stored.get("from_address") or ""))
        self.from_address.setPlaceholderText("ar@example.com")
        self.from_name = QLineEdit(str(stored.get("from_name") or ""))
        self.edits = {"host": self.host, "port": self.port, "security": self.security, "user": self.user,
                      "password": self.password, "from_address": self.from_address, "from_name": self.from_name}
        server = QGroupBox(t("Outgoing mail server (SMTP)"))
        form = QFormLayout(server)
        form.addRow(t("Server"), self.host)
        form.addRow(t("Port"), self.port)
        form.addRow(t("Security"), self.security)
        form.addRow(t("User"), self.user)
        form.addRow(t("Password"), self.password)
        form.addRow("", self.forget_password)
        sender = QGroupBox(t("Sender"))
        sform = QFormLayout(sender)
        sform.addRow(t("From address"), self.from_address)
        sform.addRow(t("From name"), self.from_name)
        self.test_button = QPushButton(t("Save and test the connection"))
        self.test_button.setEnabled(may_edit and mail is not None)
        self.test_button.setVisible(mail is not None)
        self.test_button.clicked.connect(self.test)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.error = common.ErrorLabel()
        note = QLabel(t("The password is kept in the books for sending only; it is never shown again, "
                        "written to the log or to the audit trail."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        for w in (server, sender, note):
            layout.addWidget(w)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addStretch(1)
        for w in (*self.edits.values(), self.forget_password):
            w.setEnabled(may_edit)

    def _security_changed(self) -> None:
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS.get(self.security.currentData(), self.port.value()))

    def values(self) -> dict:
        """The settings as typed; ``password`` is None when left empty (keep the stored one),
        '' when the stored one is to be forgotten."""
        password = "" if self.forget_password.isChecked() else (self.password.text() or None)
        return {"host": self.host.text().strip(), "port": self.port.value(), "security": self.security.currentData(),
                "user": self.user.text().strip(), "password": password,
                "from_address": self.from_address.text().strip(), "from_name": self.from_name.text().strip()}

    def changed(self) -> bool:
        """Whether anything differs from what is stored (a typed password always does)."""
        typed = self.values()
        if typed["password"] is not None:
            return True
        return any(str(typed[k] or "") != str(self.stored.get(k) or "") for k in FIELDS if k != "password")

    def saved(self) -> None:
        """The values were stored: the typed password is gone from the field."""
        self.stored, self.has_password = stored_settings(self.mail_settings)
        self.password.clear()
        self.forget_password.setChecked(False)
        self.forget_password.setVisible(self.has_password)
        self.password.setPlaceholderText(self.tr("A password is stored: leave empty to keep it") if self.has_password
                                         else self.tr("No password stored"))

    def test(self) -> bool:
        """Save what is typed and connect to the server with it (off the UI thread)."""
        self.result.clear()
        self.error.clear_message()
        self.ops.run(save_and_test, self.mail_settings, self.mail, self.values() if self.changed() else None,
                     parent=self.window(), on_done=self._tested, on_failed=self._test_failed)
        return True

    def _tested(self, answer: str) -> None:
        self.saved()
        self.result.setText(self.tr("The server answered: {answer}").format(answer=answer or "OK"))

    def _test_failed(self, exc: ArappError) -> None:
        self.mark(exc)
        self.error.show_message(exc.message)

    def mark(self, exc: ArappError) -> bool:
        """Outline the field a refusal names; whether it was one of this section's."""
        field = (exc.field or "").rsplit(".", 1)[-1]
        for key, w in self.edits.items():
            common.mark_invalid(w, field == key)
        return field in self.edits
