"""What the two imports of an old ledger share (issue #11): a refused row and how it is
said, texts checked as the books keep them, the stop when rows were refused, and the one
audit record of an import."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping

from arapp.domain import text
from arapp.domain.onboarding import RejectedRow, field_label
from arapp.errors import ValidationError
from arapp.i18n import tr, trn
from arapp.services.audit import record_audit

__all__ = ["RowRefused", "RowsRejected", "audit_import", "checked_text", "rejection", "shown", "stop_unless_clean"]


class RowsRejected(ValidationError):
    """An import refused because rows of its file were refused (nothing was written);
    ``result`` is the import's preview: the rows accepted and those refused, each with
    its row, column and reason."""

    def __init__(self, message: str, result) -> None:
        super().__init__(message)
        self.result = result


class RowRefused(Exception):
    """One row cannot go in: the field at fault, the value and the reason."""

    def __init__(self, field_name: str, value: object, reason: str) -> None:
        super().__init__(reason)
        self.field = field_name
        self.value = value
        self.reason = reason


def shown(value: object) -> str:
    """A cell's value as a refusal shows it."""
    if value is None:
        return ""
    if isinstance(value, _dt.date):
        return value.isoformat()
    s = str(value)
    return s if len(s) <= 60 else s[:59] + "…"


def rejection(row_no: int, refused: RowRefused, columns: Mapping[str, str]) -> RejectedRow:
    """A refused row as the preview shows it, naming the file's column."""
    column = columns.get(refused.field) or (field_label(refused.field) if refused.field else "")
    return RejectedRow(row_no, column, shown(refused.value), refused.reason)


def checked_text(value: str, kind: str, field_name: str, columns: Mapping[str, str]) -> str:
    """A text as the books keep it (:func:`arapp.domain.text.clean_text`), or RowRefused."""
    if not value:
        return ""
    if isinstance(value, str):
        plain = value.strip()
        if plain.isprintable() and len(plain) <= text.LIMITS[kind]:
            return plain            # nothing clean_text refuses (it refuses only unprintable characters)
    try:
        return text.clean_text(value, kind, columns.get(field_name) or field_label(field_name), field=field_name)
    except ValidationError as exc:
        raise RowRefused(field_name, value, exc.message) from None


def stop_unless_clean(rejected: list[RejectedRow], accepted: int, *, dry_run: bool, skip_rejected: bool,
                      result) -> None:
    """Refuse the import (RowsRejected) when rows were refused and the caller did not
    ask to skip them, or when nothing is left to import."""
    if dry_run:
        return
    if rejected and not skip_rejected:
        raise RowsRejected(
            trn("onboarding", "{n} row was refused (its row, column and reason are listed); nothing was imported. "
                              "Correct the file, or import the other rows without it.",
                "{n} rows were refused (their rows, columns and reasons are listed); nothing was imported. "
                "Correct the file, or import the other rows without them.", len(rejected)), result)
    if not accepted:
        raise RowsRejected(tr("onboarding", "The file has no rows to import; nothing was imported."), result)


def audit_import(entity: str, file_name: str, after: dict) -> None:
    """The one audit record of an import (who brought which file in, and what it held)."""
    record_audit("import", entity, file_name or entity, None, after)

