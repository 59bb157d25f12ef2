"""Documents that go out by e-mail: an archived letter, statement or receipt sent as a PDF
attachment over SMTP, with the subject and text of its template, and logged as a contact
of method ``email`` only when the server took it.

The attachment is the archived file itself, as it was made. A document that shares its
file with other customers' documents (a combined batch) is refused rather than sent with
the others' pages: make it on its own (one file per customer) to send it. The subject and
text are the template's ``subject`` and ``email`` parts in the document's language
(letters: the letter's code; statements: ``statement``), filled from the letters' or the
statements' own values where those modules are present, else from what the archive row
and the books hold (:func:`_basic_values`); a receipt, having no template, gets a plain
subject and text.

The recipient is the customer's e-mail, else its primary contact's, else any contact's;
none is a refusal naming the customer. A failure (no connection, a refused login or
recipient, a timeout) is said in the user's words and logs nothing. The password goes to
the server only: no message, log record or audit value holds it.
"""

from __future__ import annotations

import base64
import re
import smtplib
import socket
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from arapp import clock
from arapp.domain import money
from arapp.domain import templates as tpl
from arapp.errors import ArappError, NotFound, ValidationError
from arapp.i18n import tr
from arapp.outbox.common import you
from arapp.reports.company import letterhead
from arapp.reports.customers import customer_card
from arapp.reports.documents import ArchivedDocument, document, file_content
from arapp.services import mail_settings, sent_mail, templates
from arapp.services.mail_settings import SmtpSettings, is_email_address, smtp_settings

__all__ = ["MailFailure", "Outgoing", "SendResult", "TIMEOUT", "outgoing", "recipient", "send_document",
           "send_documents", "test_smtp"]

#: Seconds to wait for the mail server at each step.
TIMEOUT = 15

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


class MailFailure(ArappError):
    """The mail server could not be reached or refused the mail; the message says why."""


@dataclass
class Outgoing:
    """One e-mail ready to go: the document, to whom, the subject and text, the PDF."""

    document: ArchivedDocument
    to: list[str]
    subject: str
    body: str
    attachment: bytes = field(repr=False, default=b"")
    file_name: str = ""

    @property
    def to_text(self) -> str:
        return ", ".join(self.to)


@dataclass
class SendResult:
    """What became of one document: sent (``ok``) or why not (``message``, in the user's
    words), to whom, and the contact logged for it."""

    document_id: int
    customer_code: str = ""
    customer_name: str = ""
    title: str = ""
    to: str = ""
    subject: str = ""
    ok: bool = False
    message: str = ""
    contact_id: int | None = None
    changes: object = None


# ------------------------------------------------------------------ what goes out

_SPLIT = re.compile(r"[;,，；\s]+")


def _addresses(text: str) -> list[str]:
    return [a for a in _SPLIT.split(text or "") if a]


def recipient(customer_id: int) -> tuple[list[str], str]:
    """Where a customer's documents are e-mailed, and the person they go to: the customer's
    own address(es), else its primary contact's, else the first contact with one.
    ([], '') when it has none."""
    card = customer_card(customer_id)
    contacts = sorted(card.contacts, key=lambda c: (not c.is_primary, c.id))
    own = [a for a in _addresses(card.email) if is_email_address(a)]
    person = contacts[0].name if contacts else ""
    if own:
        return own, person
    for c in contacts:
        found = [a for a in _addresses(c.email) if is_email_address(a)]
        if found:
            return found, c.name
    return [], person


def _basic_values(doc: ArchivedDocument) -> dict[str, str]:
    """Placeholder values any document can fill from the archive row and the books: the
    company, the customer, the document's date and amount (as every amount field)."""
    lh = letterhead()
    card = customer_card(doc.customer_id)
    _, person = recipient(doc.customer_id)
    day = doc.as_of or doc.period_to or doc.made_at.date()
    figures = money.format_amount(doc.amount, symbol=False)
    words = money.amount_in_words(doc.amount)
    values = {
        "company_name": lh.name, "company_address": lh.address, "company_phone": lh.phone,
        "company_contact": lh.contact, "bank": lh.bank, "bank_account": lh.bank_account,
        "customer_name": card.name, "customer_code": card.code, "contact_person": person or card.name,
        "customer_address": card.address, "date": day.isoformat(), "reference": card.code,
        "you": you(doc.customer_id),
        "period_from": doc.period_from.isoformat() if doc.period_from else "",
        "period_to": doc.period_to.isoformat() if doc.period_to else "",
        "title": doc.title,
    }
    for name in ("open_total", "overdue_total", "amount_due", "coming_due_total", "closing_balance"):
        values[name] = figures
        values[name + "_capitals"] = words
    return values


def _values(doc: ArchivedDocument) -> dict[str, str]:
    """The template's values: the letters' or statements' own where their module is there,
    over the basic ones."""
    values = _basic_values(doc)
    try:
        if doc.kind == "letter" and doc.code:
            from arapp.outbox.letters import letter_values
            values.update(letter_values(doc.customer_id, doc.code, on=doc.as_of or doc.made_at.date(),
                                        task=doc.task_id))
        elif doc.kind == "statement" and doc.period_from and doc.period_to:
            from arapp.outbox.statements import statement_values
            values.update(statement_values(doc.customer_id, doc.period_from, doc.period_to))
    except ImportError:
        pass
    return values


def _template_code(doc: ArchivedDocument) -> str | None:
    if doc.kind == "statement":
        return "statement"
    if doc.kind == "letter" and doc.code in tpl.TEMPLATE_CODES:
        return doc.code
    return None


def _texts(doc: ArchivedDocument, values: dict[str, str]) -> tuple[str, str]:
    """The subject and text: the template's in the document's language, else plain ones."""
    subject = body = ""
    code = _template_code(doc)
    if code is not None:
        lang = doc.lang if doc.lang in tpl.TEMPLATE_LANGS else tpl.TEMPLATE_LANGS[0]
        try:
            template = templates.current(code, lang)
            subject, body = tpl.fill(template.subject, values).strip(), tpl.fill(template.email, values).strip()
        except NotFound:
            pass
    if not subject:
        subject = tr("outbox", "{company}: {title}", company=values["company_name"], title=doc.title)
    if not body:
        body = tr("outbox", "Dear {customer},\n\nplease find attached {title}.\n\n{company}\n{phone}",
                  customer=values["customer_name"], title=doc.title, company=values["company_name"],
                  phone=values["company_phone"]).strip()
    return " ".join(subject.split()), body


def outgoing(document_id: int, *, to: str | Sequence[str] | None = None, subject: str | None = None,
             body: str | None = None) -> Outgoing:
    """The e-mail that sending ``document_id`` would send (nothing is sent). Refused: a
    customer without an e-mail address (named), an address that is not one, a document
    sharing its file with other documents."""
    doc = document(document_id)
    if doc.code == "lawyer_letter":
        raise ValidationError(
            tr("outbox", "{title} for {code} {name} is the draft for the lawyer: the lawyer checks it and sends it, "
                         "arapp does not e-mail it to the customer", title=doc.title, code=doc.customer_code,
               name=doc.customer_name), field="document")
    if to is None or (isinstance(to, str) and not to.strip()):
        addresses, _person = recipient(doc.customer_id)
        if not addresses:
            raise ValidationError(
                tr("outbox", "Customer {code} {name} has no e-mail address (neither the customer nor a contact "
                             "person): add one to send {title}", code=doc.customer_code, name=doc.customer_name,
                   title=doc.title), field="to")
    else:
        addresses = _addresses(to) if isinstance(to, str) else [a.strip() for a in to if a.strip()]
        for a in addresses:
            if not is_email_address(a):
                raise ValidationError(tr("outbox", "'{value}' is not an e-mail address", value=a), field="to")
    if doc.first_page != 1 or (doc.file_pages and doc.pages != doc.file_pages):
        raise ValidationError(
            tr("outbox", "{title} is pages {first}–{last} of a combined file of {pages} pages that holds other "
                         "customers' documents; make it on its own to send it",
               title=doc.title, first=doc.first_page, last=doc.first_page + doc.pages - 1, pages=doc.file_pages),
            field="document")
    values = _values(doc)
    default_subject, default_body = _texts(doc, values)
    return Outgoing(doc, addresses, " ".join((subject or default_subject).split()), body or default_body,
                    file_content(doc.file_id), doc.file_name or "document.pdf")


def _message(out: Outgoing, settings: SmtpSettings) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = out.subject
    msg["From"] = Address(display_name=settings.from_name or "", addr_spec=settings.from_address)
    msg["To"] = ", ".join(out.to)
    msg["Date"] = format_datetime(clock.now().astimezone())
    msg["Message-ID"] = make_msgid(domain=settings.from_address.rpartition("@")[2] or None)
    msg.set_content(out.body, charset="utf-8")
    msg.add_attachment(out.attachment, maintype="application", subtype="pdf", filename=out.file_name)
    return msg


# ------------------------------------------------------------------ the server

def _where(settings: SmtpSettings) -> str:
    return f"{settings.host}:{settings.port}"


def _explain(exc: BaseException, settings: SmtpSettings, to: str = "") -> str:
    """What went wrong, in the user's words (never the password)."""
    where = _where(settings)
    if isinstance(exc, TimeoutError) or isinstance(exc.__context__, TimeoutError):
        # smtplib turns a read that timed out into SMTPServerDisconnected("... timed out")
        return tr("outbox", "The mail server {where} did not answer within {seconds} seconds", where=where,
                  seconds=TIMEOUT)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return tr("outbox", "The mail server {where} refused the login of user {user}: {reply}", where=where,
                  user=settings.user, reply=_reply(exc))
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = ", ".join(exc.recipients) or to
        replies = "; ".join(_reply_of(v) for v in exc.recipients.values())
        return tr("outbox", "The mail server refused the recipient {to}: {reply}", to=refused, reply=replies)
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return tr("outbox", "The mail server refused the sender address {sender}: {reply}",
                  sender=settings.from_address, reply=_reply(exc))
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return tr("outbox", "The mail server {where} does not offer what the settings ask for ({detail}); "
                            "check the connection security", where=where, detail=str(exc))
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return tr("outbox", "The mail server {where} closed the connection: {detail}", where=where,
                  detail=str(exc) or "—")
    if isinstance(exc, smtplib.SMTPResponseException):
        return tr("outbox", "The mail server {where} refused the mail: {reply}", where=where, reply=_reply(exc))
    if isinstance(exc, ssl.SSLError):
        return tr("outbox", "No secure connection to {where} ({detail}); check the connection security "
                            "(SSL or STARTTLS) and the port", where=where, detail=exc.reason or str(exc))
    if isinstance(exc, socket.gaierror):
        return tr("outbox", "Cannot find the mail server {host}: check the server name", host=settings.host)
    if isinstance(exc, OSError):
        return tr("outbox", "Cannot connect to the mail server {where}: {detail}", where=where,
                  detail=exc.strerror or str(exc))
    return tr("outbox", "The mail could not be sent: {detail}", detail=str(exc))


def _reply(exc: smtplib.SMTPResponseException) -> str:
    return _reply_of((exc.smtp_code, exc.smtp_error))


def _reply_of(reply) -> str:
    code, text = reply
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {text}".strip()


def _require_settings() -> SmtpSettings:
    settings = smtp_settings()
    if not settings.host:
        raise ValidationError(tr("outbox", "No mail server is set: set the SMTP settings first"),
                              field=mail_settings.HOST)
    if not settings.from_address:
        raise ValidationError(tr("outbox", "No sender address is set: set the SMTP settings first"),
                              field=mail_settings.FROM_ADDRESS)
    return settings


def _connect(settings: SmtpSettings) -> smtplib.SMTP:
    """An SMTP session to the server, secured and logged in as the settings say."""
    try:
        if settings.security == "ssl":
            server: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port, timeout=TIMEOUT,
                                                    context=ssl.create_default_context())
        else:
            server = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT)
        try:
            server.ehlo()
            if settings.security == "starttls":
                server.starttls(context=ssl.create_default_context())
                server.ehlo()
            if settings.user:
                _login(server, settings.user, settings.password)
        except BaseException:
            _close(server)
            raise
    except (smtplib.SMTPException, OSError) as exc:
        raise MailFailure(_explain(exc, settings)) from None
    return server


def _login(server: smtplib.SMTP, user: str, password: str) -> None:
    """Log in: AUTH PLAIN in UTF-8 (RFC 4616) where the server offers it (smtplib's own
    login sends ASCII only, and tries mechanism after mechanism), else smtplib's login."""
    if not server.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError(tr("outbox", "the server offers no login (AUTH)"))
    if "PLAIN" in server.esmtp_features.get("auth", "").upper().split():
        token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
        code, reply = server.docmd("AUTH", "PLAIN " + token)
        if code != 235:
            raise smtplib.SMTPAuthenticationError(code, reply)
        return
    server.login(user, password)


def _close(server: smtplib.SMTP | None) -> None:
    if server is None:
        return
    try:
        server.quit()
    except (smtplib.SMTPException, OSError):
        server.close()


def test_smtp() -> str:
    """Connect to the mail server, secure the connection and log in as the settings say;
    what happened, in the user's words (MailFailure when it did not work)."""
    sent_mail.require_send()
    settings = _require_settings()
    server = _connect(settings)
    _close(server)
    if settings.user:
        return tr("outbox", "Connected to {where} and logged in as {user}.", where=_where(settings),
                  user=settings.user)
    return tr("outbox", "Connected to {where} (no login set).", where=_where(settings))


test_smtp.__test__ = False      # a check of the settings, not a test for pytest to collect


# ------------------------------------------------------------------ sending

def send_document(document_id: int, *, to: str | Sequence[str] | None = None, subject: str | None = None,
                  body: str | None = None) -> SendResult:
    """E-mail the archived document ``document_id`` as its PDF and log a contact of method
    ``email`` (with its task). Refused before anything is sent (no permission, no settings,
    no address); a failure of the server raises MailFailure saying why, and logs nothing."""
    sent_mail.require_send()
    settings = _require_settings()
    out = outgoing(document_id, to=to, subject=subject, body=body)
    server = _connect(settings)
    try:
        return _send_one(server, settings, out)
    finally:
        _close(server)


def _send_one(server: smtplib.SMTP, settings: SmtpSettings, out: Outgoing) -> SendResult:
    doc = out.document
    try:
        server.send_message(_message(out, settings))
    except (smtplib.SMTPException, OSError) as exc:
        raise MailFailure(_explain(exc, settings, out.to_text)) from None
    result = SendResult(doc.id, doc.customer_code, doc.customer_name, doc.title, out.to_text, out.subject, ok=True,
                        message=tr("outbox", "Sent to {to}", to=out.to_text))
    try:
        record = sent_mail.record_email_sent(doc.id, to=out.to_text, subject=out.subject)
    except ArappError as exc:          # the mail is gone: say so, and that the contact log lacks it
        result.message = tr("outbox", "Sent to {to}, but the contact could not be logged: {why}", to=out.to_text,
                            why=exc.message)
        return result
    result.contact_id, result.changes = record.contact_id, record.changes
    return result


def send_documents(ids: Sequence[int], *, progress: ProgressFn | None = None,
                   cancelled: CancelledFn | None = None) -> list[SendResult]:
    """E-mail each document over one connection; each customer's result says sent or why
    not (no address, refused recipient …). When the server cannot be reached every
    document left says so; a cancel leaves the rest unsent (said in their results)."""
    sent_mail.require_send()
    settings = _require_settings()
    results: list[SendResult] = []
    server: smtplib.SMTP | None = None
    down = ""
    total = len(ids)
    try:
        for index, document_id in enumerate(ids):
            if progress is not None:
                progress(index, total)
            result = SendResult(document_id)
            results.append(result)
            try:
                doc = document(document_id)
                result.customer_code, result.customer_name, result.title = (doc.customer_code, doc.customer_name,
                                                                            doc.title)
            except NotFound as exc:
                result.message = exc.message
                continue
            if cancelled is not None and cancelled():
                result.message = tr("outbox", "Not sent: cancelled")
                continue
            if down:
                result.message = down
                continue
            try:
                out = outgoing(document_id)
                result.to, result.subject = out.to_text, out.subject
                if server is None:
                    server = _connect(settings)
                try:
                    done = _send_one(server, settings, out)
                except MailFailure:
                    if _alive(server):
                        raise
                    _close(server)                      # the server hung up: once more on a new connection
                    server = _connect(settings)
                    done = _send_one(server, settings, out)
                results[-1] = done
            except MailFailure as exc:
                result.message = exc.message
                if server is None or not _alive(server):
                    down, server = exc.message, None
            except ArappError as exc:
                result.message = exc.message
        if progress is not None:
            progress(total, total)
    finally:
        _close(server)
    return results


def _alive(server: smtplib.SMTP | None) -> bool:
    if server is None:
        return False
    try:
        return server.noop()[0] == 250
    except (smtplib.SMTPException, OSError):
        return False
