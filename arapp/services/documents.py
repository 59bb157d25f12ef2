"""The archive of documents made: every letter, statement and receipt that went out.

:func:`archive` stores one PDF's bytes (once per SHA-256) and one ``document`` row per
customer document in it (a combined batch is one file holding many), with the template
version, the task or receipt, the pages it takes, who made it and when, in one
transaction, audited. A letter made for a collection task is logged as a contact of
method ``letter`` on that task in the same transaction. Nothing here renders a PDF:
the caller (arapp.outbox) renders, then archives what it finished, so a batch cancelled
half-way archives nothing.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field

from arapp import clock
from arapp.db.database import db, service_writes
from arapp.db.models import CollectionTask, Document, DocumentFile
from arapp.domain import vocabulary as vocab
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.services.audit import record_audit, record_audits
from arapp.services.changes import Changes
from arapp.services.collections import log_letter_contacts
from arapp.services.context import current_actor


@dataclass(frozen=True)
class DocumentPart:
    """One customer's document inside a file: what it is and the pages it takes there.

    ``contact``: for a letter made for a task, the summary of the ``letter`` contact to log
    ('' logs none)."""

    customer_id: int
    kind: str
    title: str
    lang: str
    first_page: int = 1
    pages: int = 1
    code: str = ""
    task_id: int | None = None
    receipt_id: int | None = None
    template_id: int | None = None
    as_of: _dt.date | None = None
    period_from: _dt.date | None = None
    period_to: _dt.date | None = None
    amount: int = 0
    contact: str = ""


@dataclass
class Archived:
    """The file stored (its id and SHA-256) and the document ids, in the parts' order."""

    file_id: int
    sha256: str
    document_ids: list[int]
    contact_ids: list[int] = field(default_factory=list)
    contacted: list[int] = field(default_factory=list)      # customers a letter contact was logged for
    tasks: list[int] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        return Changes.of(document=self.document_ids, collection=self.contacted or None, task=self.tasks or None)


def sha256_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def archive(content: bytes, file_name: str, parts: Sequence[DocumentPart], *, pages: int) -> Archived:
    """Store the PDF ``content`` (``pages`` long) and one document per part; log a ``letter``
    contact for each part that asks for one. One transaction; audited (the file by its
    SHA-256, never its bytes)."""
    actor = current_actor()
    actor.require("document.make")
    if not parts:
        raise ValidationError(tr("services", "Nothing to archive: the file holds no document"), field="parts")
    for part in parts:
        if part.kind not in vocab.DOCUMENT_KINDS:
            raise ValidationError(tr("services", "Unknown kind of document: {kind}", kind=part.kind), field="kind")
        if part.first_page < 1 or part.pages < 1 or part.first_page + part.pages - 1 > pages:
            raise ValidationError(tr("services", "Pages {first}–{last} are not in a file of {pages} pages",
                                     first=part.first_page, last=part.first_page + part.pages - 1, pages=pages),
                                  field="pages")
    digest = sha256_of(content)
    made_at = clock.now().replace(microsecond=0)
    contact_ids: list[int] = []
    with db.atomic():
        with service_writes():
            stored = DocumentFile.get_or_none(DocumentFile.sha256 == digest)
            if stored is None:
                stored = DocumentFile.create(sha256=digest, content=content, size=len(content), pages=pages,
                                             created_at=made_at)
                record_audit("create", "document_file", stored.id, None,
                             {"sha256": digest, "size": len(content), "pages": pages})
            rows = [dict(kind=p.kind, code=p.code, customer=p.customer_id, task=p.task_id, receipt=p.receipt_id,
                         template=p.template_id, file=stored.id, file_name=file_name, first_page=p.first_page,
                         pages=p.pages, title=p.title, lang=p.lang, as_of=p.as_of, period_from=p.period_from,
                         period_to=p.period_to, amount=p.amount, made_at=made_at, made_by=actor.username)
                    for p in parts]
            ids = []
            for row in rows:
                doc = Document.create(**row)
                ids.append(doc.id)
        audits = [{"kind": part.kind, "code": part.code, "customer_id": part.customer_id,
                   "task_id": part.task_id, "receipt_id": part.receipt_id, "template_id": part.template_id,
                   "file_id": stored.id, "sha256": digest, "title": part.title,
                   "first_page": part.first_page, "pages": part.pages} for part in parts]
        record_audits("create", "document", list(zip(ids, audits, strict=True)))
        letters = [p for p in parts if p.contact and p.task_id is not None]
        # A batch's tasks read in one query and its letter contacts written together.
        tasks = _rows(CollectionTask, {p.task_id for p in letters})
        missing = sorted({p.task_id for p in letters} - set(tasks))
        if missing:
            raise ValidationError(tr("services", "No collection task {id}", id=missing[0]), field="task")
        contact_ids = log_letter_contacts(
            [(p.customer_id, tasks[p.task_id], p.contact) for p in letters], made_at) if letters else []
    return Archived(stored.id, digest, ids, contact_ids, sorted({p.customer_id for p in letters}),
                    sorted({p.task_id for p in letters}))


def _rows(model, ids: set[int]) -> dict:
    """The rows of ``model`` with these ids, by id (in slices under the parameter limit)."""
    out: dict = {}
    ordered = sorted(ids)
    for i in range(0, len(ordered), 500):
        out.update({r.id: r for r in model.select().where(model.id.in_(ordered[i:i + 500]))})
    return out


def archive_many(files: Sequence[tuple[bytes, str, Sequence[DocumentPart], int]]) -> list[Archived]:
    """Archive several files (content, file name, parts, pages) in one transaction: a batch
    is archived whole or not at all."""
    with db.atomic():
        return [archive(content, name, parts, pages=pages) for content, name, parts, pages in files]
