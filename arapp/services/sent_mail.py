"""A document that went out by e-mail, written to the books: a contact of method
``email`` on the customer (with the document's task, else the customer's open task) and
an audit record of the send (to whom, the subject), in one transaction. Sending is
``document.send``'s (bookkeeper, collector, manager, admin). Nothing here talks to a mail
server: arapp.outbox.mail sends, then records only what the server accepted.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from arapp import clock
from arapp.db.database import db
from arapp.db.models import Document
from arapp.errors import NotFound
from arapp.i18n import tr
from arapp.services.audit import record_audit
from arapp.services.changes import NOTHING, Changes
from arapp.services.collections import log_contact
from arapp.services.context import current_actor

PERMISSION = "document.send"


@dataclass
class SentRecord:
    """The contact logged for a sent document, and what changed."""

    document_id: int
    contact_id: int
    task_id: int | None
    changes: Changes = NOTHING


def require_send() -> None:
    """Refuse (PermissionDenied, in the user's words) a user who may not send documents."""
    current_actor().require(PERMISSION)


def record_email_sent(document_id: int, *, to: str, subject: str, at: _dt.datetime | None = None) -> SentRecord:
    """Record that the archived document ``document_id`` was e-mailed to ``to`` with
    ``subject``: a contact of method ``email`` on its customer (and its task) and an audit
    record, in one transaction."""
    require_send()
    doc = Document.get_or_none(Document.id == document_id)
    if doc is None:
        raise NotFound(tr("services", "No document {id}", id=document_id))
    when = (at or clock.now()).replace(microsecond=0)
    summary = tr("services", "E-mailed {title} to {to} (subject: {subject})", title=doc.title, to=to,
                 subject=subject)
    with db.atomic():
        contact = log_contact(doc.customer_id, "email", summary, at=when, task=doc.task_id)
        record_audit("send", "document", doc.id, None,
                     {"method": "email", "to": to, "subject": subject, "contact_id": contact.contact_id})
    return SentRecord(doc.id, contact.contact_id, contact.task_id, contact.changes | Changes.of(document=[doc.id]))
