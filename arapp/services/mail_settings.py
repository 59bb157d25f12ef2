"""The company's outgoing-mail (SMTP) settings, kept in company_setting.

Host, port, security (``vocabulary.MAIL_SECURITY``: ssl, starttls, none), the login user
and password, and the sender's address and name. Saving them is a settings change
(``settings.edit``), audited like every other; the password is audited as ``******``
(set, changed or cleared), never its text, and no message, log line or ``repr`` holds it.
"""

from __future__ import annotations

import contextlib
import logging
import re
import unicodedata
from dataclasses import dataclass, field

from arapp.db.database import db
from arapp.db.models import CompanySetting
from arapp.domain import text
from arapp.domain import vocabulary as vocab
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.services.audit import record_audit
from arapp.services.context import current_actor
from arapp.services.settings import SettingsChange

HOST, PORT, SECURITY, USER, PASSWORD, FROM_ADDRESS, FROM_NAME = (
    "mail.host", "mail.port", "mail.security", "mail.user", "mail.password", "mail.from_address", "mail.from_name")
MAIL_KEYS = (HOST, PORT, SECURITY, USER, PASSWORD, FROM_ADDRESS, FROM_NAME)
#: What the audit trail and every display show instead of the password.
HIDDEN = "******"
#: The port each security setting usually takes (the default when none is given).
DEFAULT_PORTS = {"ssl": 465, "starttls": 587, "none": 25}
PASSWORD_LIMIT = 200

_ADDRESS = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\].]+$")


@dataclass(frozen=True)
class SmtpSettings:
    """The SMTP settings as stored ('' and the default port where none is set). The
    password is left out of ``repr``, so it never reaches a log or a traceback."""

    host: str = ""
    port: int = 465
    security: str = "ssl"
    user: str = ""
    password: str = field(default="", repr=False)
    from_address: str = ""
    from_name: str = ""

    @property
    def configured(self) -> bool:
        """Enough is set to send: a host and a sender address."""
        return bool(self.host and self.from_address)

    @property
    def has_password(self) -> bool:
        return bool(self.password)


def label(key: str) -> str:
    """A mail setting's name in the user's language."""
    return {HOST: tr("services", "SMTP server"), PORT: tr("services", "SMTP port"),
            SECURITY: tr("services", "Connection security"), USER: tr("services", "SMTP user"),
            PASSWORD: tr("services", "SMTP password"), FROM_ADDRESS: tr("services", "Sender address"),
            FROM_NAME: tr("services", "Sender name")}[key]


def is_email_address(value: str) -> bool:
    """``value`` looks like one e-mail address (name@domain.tld, no spaces, no list)."""
    return bool(_ADDRESS.match(value or ""))


def smtp_settings() -> SmtpSettings:
    """The SMTP settings as saved now."""
    found = {r.key: r.value for r in CompanySetting.select().where(CompanySetting.key.in_(list(MAIL_KEYS)))}
    security = found.get(SECURITY) or "ssl"
    if security not in vocab.MAIL_SECURITY:
        security = "ssl"
    try:
        port = int(found.get(PORT) or "")
    except ValueError:
        port = DEFAULT_PORTS[security]
    return SmtpSettings(host=found.get(HOST, ""), port=port, security=security, user=found.get(USER, ""),
                        password=found.get(PASSWORD, ""), from_address=found.get(FROM_ADDRESS, ""),
                        from_name=found.get(FROM_NAME, ""))


def save_smtp_settings(*, host: str | None = None, port: int | str | None = None, security: str | None = None,
                       user: str | None = None, password: str | None = None, from_address: str | None = None,
                       from_name: str | None = None) -> SettingsChange:
    """Save the SMTP settings given (None keeps a setting as it is; ``password=''`` clears
    the password). Refused, naming the field, for a port outside 1–65535, an unknown
    security, or a sender that is not an e-mail address; nothing is written then. Audited,
    the password as ``******``."""
    current_actor().require("settings.edit")
    now = smtp_settings()
    wanted: dict[str, str] = {}
    if host is not None:
        host = text.clean_text(host, text.SHORT, label(HOST), field=HOST)
        if any(ch.isspace() for ch in host) or "/" in host:
            raise ValidationError(tr("services", "{field}: '{value}' is not a server name", field=label(HOST),
                                     value=host), field=HOST)
        wanted[HOST] = host
    if security is not None:
        security = (security or "").strip().lower()
        if security not in vocab.MAIL_SECURITY:
            raise ValidationError(tr("services", "{field}: '{value}' is not one of {choices}",
                                     field=label(SECURITY), value=security, choices=", ".join(vocab.MAIL_SECURITY)),
                                  field=SECURITY)
        wanted[SECURITY] = security
    if port is not None:
        wanted[PORT] = str(_port(port))
    elif security is not None and security != now.security:
        wanted[PORT] = str(DEFAULT_PORTS[security])
    if user is not None:
        wanted[USER] = text.clean_text(user, text.SHORT, label(USER), field=USER)
    if password is not None:
        wanted[PASSWORD] = _password(password)
    if from_address is not None:
        address = text.clean_text(from_address, text.SHORT, label(FROM_ADDRESS), field=FROM_ADDRESS)
        if address and not is_email_address(address):
            raise ValidationError(tr("services", "{field}: '{value}' is not an e-mail address",
                                     field=label(FROM_ADDRESS), value=address), field=FROM_ADDRESS)
        wanted[FROM_ADDRESS] = address
    if from_name is not None:
        wanted[FROM_NAME] = text.clean_text(from_name, text.NAME, label(FROM_NAME), field=FROM_NAME)
    changed: dict[str, tuple[str | None, str]] = {}
    with db.atomic():
        for key, value in wanted.items():
            row = CompanySetting.get_or_none(CompanySetting.key == key)
            old = row.value if row else None
            if old == value:
                continue
            with _unlogged(key == PASSWORD):
                if row:
                    CompanySetting.update(value=value).where(CompanySetting.key == key).execute()
                else:
                    CompanySetting.create(key=key, value=value)
            if key == PASSWORD:
                before = None if old is None else {"value": HIDDEN if old else ""}
                record_audit("update", "company_setting", key, before, {"value": HIDDEN if value else ""})
                changed[key] = (None if old is None else HIDDEN, HIDDEN if value else "")
            else:
                record_audit("update", "company_setting", key, None if old is None else {"value": old},
                             {"value": value})
                changed[key] = (old, value)
    return SettingsChange(changed)


@contextlib.contextmanager
def _unlogged(secret: bool):
    """While the password is written, peewee's query log (DEBUG: every statement with its
    values) is held off, so the password reaches no log."""
    if not secret:
        yield
        return
    logger = logging.getLogger("peewee")
    was = logger.disabled
    logger.disabled = True
    try:
        yield
    finally:
        logger.disabled = was


def _port(port: int | str) -> int:
    shown = str(port).strip()
    try:
        number = int(shown)
    except ValueError:
        number = 0
    if isinstance(port, bool) or not 1 <= number <= 65535:
        raise ValidationError(tr("services", "{field}: '{value}' is not a port number from 1 to 65535",
                                 field=label(PORT), value=shown), field=PORT)
    return number


def _password(password: str) -> str:
    """The password as typed (spaces kept: they may be part of it); refused, without
    repeating it, when it holds a line break or a control character or is too long."""
    if not isinstance(password, str):
        raise ValidationError(tr("services", "{field} must be text", field=label(PASSWORD)), field=PASSWORD)
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in password):
        raise ValidationError(tr("services", "{field} holds a line break or a control character",
                                 field=label(PASSWORD)), field=PASSWORD)
    if len(password) > PASSWORD_LIMIT:
        raise ValidationError(tr("services", "{field} is longer than {limit} characters", field=label(PASSWORD),
                                 limit=PASSWORD_LIMIT), field=PASSWORD)
    return password
