"""Document templates: save a new version (checked, audited), read the current one.

A template is never changed: saving writes the next version of its code and language, so
every document made keeps pointing at the text that made it. Version 1 of each is the
built-in wording (migration step 10).
"""

from __future__ import annotations

from dataclasses import dataclass

from arapp.db.database import db, service_writes
from arapp.db.models import DocumentTemplate
from arapp.domain import templates as tpl
from arapp.domain import text
from arapp.errors import NotFound
from arapp.i18n import tr
from arapp.services.audit import record_audit
from arapp.services.changes import NOTHING, Changes
from arapp.services.context import current_actor


def _as_template(row: DocumentTemplate) -> tpl.Template:
    return tpl.Template(code=row.code, lang=row.lang, version=row.version, title=row.title, body=row.body,
                        subject=row.subject, email=row.email, message=row.message, id=row.id, note=row.note)


def current(code: str, lang: str) -> tpl.Template:
    """The newest version of the ``code`` template in ``lang``."""
    if code not in tpl.TEMPLATE_CODES:
        raise NotFound(tr("templates", "Unknown template: {code}", code=code))
    row = (DocumentTemplate.select().where((DocumentTemplate.code == code) & (DocumentTemplate.lang == lang))
           .order_by(DocumentTemplate.version.desc()).first())
    if row is None:
        raise NotFound(tr("templates", "No template {code} in {lang}", code=code, lang=lang))
    return _as_template(row)


def version(code: str, lang: str, number: int) -> tpl.Template:
    """One stored version of a template."""
    row = DocumentTemplate.get_or_none((DocumentTemplate.code == code) & (DocumentTemplate.lang == lang)
                                       & (DocumentTemplate.version == number))
    if row is None:
        raise NotFound(tr("templates", "No version {version} of template {code} in {lang}",
                          version=number, code=code, lang=lang))
    return _as_template(row)


def by_id(template_id: int) -> tpl.Template:
    """The template version with this id (the one a document records)."""
    row = DocumentTemplate.get_or_none(DocumentTemplate.id == template_id)
    if row is None:
        raise NotFound(tr("templates", "No template version {id}", id=template_id))
    return _as_template(row)


def history(code: str, lang: str) -> list[tuple[int, str, str, str]]:
    """(version, saved at, by, note) of every version, newest first."""
    rows = (DocumentTemplate.select(DocumentTemplate.version, DocumentTemplate.created_at,
                                    DocumentTemplate.created_by, DocumentTemplate.note)
            .where((DocumentTemplate.code == code) & (DocumentTemplate.lang == lang))
            .order_by(DocumentTemplate.version.desc()))
    return [(r.version, str(r.created_at)[:19], r.created_by, r.note) for r in rows]


def all_current() -> list[tpl.Template]:
    """The newest version of every template, by code then language."""
    return [current(code, lang) for code in tpl.TEMPLATE_CODES for lang in tpl.TEMPLATE_LANGS]


@dataclass
class TemplateSaved:
    """The version written (None when the text was the same as the newest)."""

    template: tpl.Template
    written: bool

    @property
    def changes(self) -> Changes:
        return Changes.of(template=self.template.id) if self.written else NOTHING


def save_template(code: str, lang: str, *, title: str, body: str, subject: str = "", email: str = "",
                  message: str = "", note: str = "") -> TemplateSaved:
    """Save the texts as the next version of ``code`` in ``lang`` (template.edit; audited). A
    text with an unknown placeholder or a syntax error is refused, naming the part and the
    placeholder; the same texts as the newest version write nothing."""
    current_actor().require("template.edit")
    kinds = {"title": text.LINE, "subject": text.LINE, "body": text.LETTER, "email": text.LETTER,
             "message": text.LETTER}
    given = {"title": title, "body": body, "subject": subject, "email": email, "message": message}
    clean = {part: text.clean_text(given[part], kinds[part], tpl.part_label(part), field=part) for part in tpl.PARTS}
    note = text.clean_text(note, text.LINE, tr("templates", "Note"), field="note")
    candidate = tpl.Template(code=code, lang=lang, version=0, note=note, **clean)
    tpl.check_template(candidate)
    with db.atomic():
        newest = current(code, lang)
        if all(newest.part(p) == candidate.part(p) for p in tpl.PARTS):
            return TemplateSaved(newest, False)
        with service_writes():
            row = DocumentTemplate.create(code=code, lang=lang, version=newest.version + 1, title=candidate.title,
                                          body=candidate.body, subject=candidate.subject, email=candidate.email,
                                          message=candidate.message, note=note,
                                          created_by=current_actor().username)
        record_audit("create", "document_template", row.id, None,
                     {"code": code, "lang": lang, "version": row.version, "note": note})
    return TemplateSaved(_as_template(row), True)
