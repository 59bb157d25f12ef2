"""The archive of documents made, read back: a customer's, a task's or a receipt's
documents, and the bytes of one to open again (read-only)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from peewee import JOIN

from arapp.db.models import Customer, Document, DocumentFile, DocumentTemplate
from arapp.db.values import as_date, timestamp
from arapp.domain import vocabulary as vocab
from arapp.errors import NotFound
from arapp.i18n import tr


@dataclass(frozen=True)
class ArchivedDocument:
    """One document in the archive: what, for whom, when, by whom, from which template
    version, and where in its file (``first_page``, ``pages``)."""

    id: int
    kind: str
    code: str
    customer_id: int
    customer_code: str
    customer_name: str
    title: str
    made_at: _dt.datetime
    made_by: str
    file_id: int
    file_name: str
    sha256: str
    first_page: int
    pages: int
    template_version: int | None
    task_id: int | None
    receipt_id: int | None
    amount: int
    lang: str
    as_of: _dt.date | None = None
    period_from: _dt.date | None = None
    period_to: _dt.date | None = None
    file_pages: int = 0                      # the pages of the whole file (a combined batch holds many documents)


def _query():
    # The joined rows' ids too: peewee puts each joined row in its foreign key's place, so
    # without them customer_id, file_id and template_id would read None.
    return (Document.select(Document, Customer.id, Customer.code, Customer.name, DocumentFile.id, DocumentFile.sha256,
                            DocumentFile.pages, DocumentTemplate.id, DocumentTemplate.version)
            .join(Customer, on=(Document.customer == Customer.id))
            .switch(Document).join(DocumentFile, on=(Document.file == DocumentFile.id))
            .switch(Document).join(DocumentTemplate, join_type=JOIN.LEFT_OUTER,
                                   on=(Document.template == DocumentTemplate.id)))


def _row(d) -> ArchivedDocument:
    version = d.template.version if d.template_id is not None else None
    return ArchivedDocument(
        id=d.id, kind=d.kind, code=d.code, customer_id=d.customer_id, customer_code=d.customer.code,
        customer_name=d.customer.name, title=d.title, made_at=d.made_at, made_by=d.made_by, file_id=d.file_id,
        file_name=d.file_name, sha256=d.file.sha256, first_page=d.first_page, pages=d.pages,
        template_version=version, task_id=d.task_id, receipt_id=d.receipt_id, amount=d.amount, lang=d.lang,
        as_of=as_date(d.as_of) if d.as_of else None, period_from=as_date(d.period_from) if d.period_from else None,
        period_to=as_date(d.period_to) if d.period_to else None, file_pages=d.file.pages)


def documents(*, customer_id: int | None = None, task_id: int | None = None, receipt_id: int | None = None,
              kind: str | None = None, limit: int = 500) -> list[ArchivedDocument]:
    """Documents made, newest first, for a customer, a task or a receipt (any of them)."""
    q = _query()
    if customer_id is not None:
        q = q.where(Document.customer == customer_id)
    if task_id is not None:
        q = q.where(Document.task == task_id)
    if receipt_id is not None:
        q = q.where(Document.receipt == receipt_id)
    if kind is not None:
        q = q.where(Document.kind == kind)
    return [_row(d) for d in q.order_by(Document.made_at.desc(), Document.id.desc()).limit(limit)]


@dataclass(frozen=True)
class DocumentFilter:
    """Which documents of the archive a list holds; empty fields do not filter. The dates
    are the day each was made (both ends included); ``text`` matches part of the title,
    the file name, or the customer's code or name."""

    customer_id: int | None = None
    kind: str = ""
    date_from: _dt.date | None = None
    date_to: _dt.date | None = None
    text: str = ""


def document_list(filters: DocumentFilter | None = None, *, offset: int = 0,
                  limit: int | None = None) -> list[ArchivedDocument]:
    """The archive, newest first (the order :func:`documents` gives a customer's), filtered;
    every document when ``limit`` is None (an export of the list)."""
    f = filters or DocumentFilter()
    q = _query()
    if f.customer_id is not None:
        q = q.where(Document.customer == f.customer_id)
    kind = (f.kind or "").strip()
    if kind:
        if kind not in vocab.DOCUMENT_KINDS:
            raise ValueError(f"unknown document kind {kind!r}")
        q = q.where(Document.kind == kind)
    if f.date_from is not None:
        q = q.where(Document.made_at >= timestamp(_dt.datetime.combine(f.date_from, _dt.time())))
    if f.date_to is not None:
        q = q.where(Document.made_at < timestamp(_dt.datetime.combine(f.date_to + _dt.timedelta(days=1), _dt.time())))
    text = (f.text or "").strip()
    if text:
        q = q.where(Document.title.contains(text) | Document.file_name.contains(text)
                    | Customer.code.contains(text) | Customer.name.contains(text))
    return [_row(d) for d in q.order_by(Document.made_at.desc(), Document.id.desc()).offset(offset).limit(limit)]


def document(document_id: int) -> ArchivedDocument:
    """One archived document."""
    d = _query().where(Document.id == document_id).first()
    if d is None:
        raise NotFound(tr("reports", "No document {id}", id=document_id))
    return _row(d)


def file_content(file_id: int) -> bytes:
    """The bytes of an archived file, as they were made."""
    row = DocumentFile.select(DocumentFile.content).where(DocumentFile.id == file_id).first()
    if row is None:
        raise NotFound(tr("reports", "No archived file {id}", id=file_id))
    return bytes(row.content)
