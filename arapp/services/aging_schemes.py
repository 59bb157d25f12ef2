"""Saved aging bucket schemes: add, change, remove, choose the default."""

from __future__ import annotations

import json
from dataclasses import dataclass

from arapp.db.database import db
from arapp.db.models import AgingScheme, now
from arapp.domain import text
from arapp.domain.aging import MAX_BUCKETS, Scheme, validate_edges
from arapp.errors import NotFound, ValidationError
from arapp.i18n import tr
from arapp.reports.aging import get_scheme
from arapp.services.audit import record_audit, snapshot
from arapp.services.changes import Changes
from arapp.services.context import current_actor


@dataclass(frozen=True)
class SchemeResult:
    """A scheme saved, made the default or removed (``scheme`` None once removed)."""

    name: str
    action: str
    scheme: Scheme | None
    changes: Changes


def save_scheme(name: str, edges, labels: list[str] | None = None, *, make_default: bool = False) -> SchemeResult:
    """Create or change a user's bucket scheme (the two built-in ones are read-only)."""
    current_actor().require("aging.schemes")
    name = text.clean_text(name, text.NAME, tr("aging", "The scheme name"), field="name")
    if not name:
        raise ValidationError(tr("aging", "The scheme needs a name"), field="name")
    values = validate_edges(edges)
    typed = [text.clean_text(str(x), text.SHORT, tr("aging", "The bucket name"), field="labels") for x in labels or []]
    clean_labels = [x for x in typed if x]
    if clean_labels and len(clean_labels) != len(values) + 1:
        raise ValidationError(
            tr("aging", "{n} edges make {m} buckets, but {k} names were given",
               n=len(values), m=len(values) + 1, k=len(clean_labels)), field="labels")
    if len(values) + 1 > MAX_BUCKETS:
        raise ValidationError(tr("aging", "A scheme has at most {n} buckets", n=MAX_BUCKETS))
    with db.atomic():
        row = AgingScheme.get_or_none(AgingScheme.name == name)
        if row is not None and row.builtin:
            raise ValidationError(
                tr("aging", "The built-in scheme '{name}' cannot be changed; save it under another name", name=name),
                field="name")
        data = {"edges": json.dumps(list(values)), "labels": json.dumps(clean_labels, ensure_ascii=False)
                if clean_labels else "", "updated_at": now()}
        if row is None:
            row = AgingScheme.create(name=name, builtin=False, is_default=False, created_at=now(), **data)
            record_audit("create", "aging_scheme", row.id, None, snapshot(row))
        else:
            before = snapshot(row)
            AgingScheme.update(**data).where(AgingScheme.id == row.id).execute()
            row = AgingScheme.get_by_id(row.id)
            record_audit("update", "aging_scheme", row.id, before, snapshot(row))
        if make_default:
            _make_default(row)
    return SchemeResult(name, "save", get_scheme(name), Changes.of(aging_scheme=row.id))


def set_default_scheme(name: str) -> SchemeResult:
    """Make a saved scheme the one reports use when none is named."""
    current_actor().require("aging.schemes")
    with db.atomic():
        row = AgingScheme.get_or_none(AgingScheme.name == name)
        if row is None:
            raise NotFound(tr("aging", "No aging scheme named '{name}'", name=name))
        _make_default(row)
    return SchemeResult(name, "default", get_scheme(name), Changes.of(aging_scheme=row.id))


def _make_default(row: AgingScheme) -> None:
    AgingScheme.update(is_default=False).where(AgingScheme.id != row.id).execute()
    AgingScheme.update(is_default=True).where(AgingScheme.id == row.id).execute()
    record_audit("set_default", "aging_scheme", row.id, None, {"name": row.name})


def delete_scheme(name: str) -> SchemeResult:
    """Remove a user's scheme (not a built-in one, not the default)."""
    current_actor().require("aging.schemes")
    with db.atomic():
        row = AgingScheme.get_or_none(AgingScheme.name == name)
        if row is None:
            raise NotFound(tr("aging", "No aging scheme named '{name}'", name=name))
        if row.builtin or row.is_default:
            raise ValidationError(tr("aging", "The scheme '{name}' is built in or the default and stays", name=name))
        record_audit("delete", "aging_scheme", row.id, snapshot(row), None)
        row.delete_instance()
    return SchemeResult(name, "delete", None, Changes.of(aging_scheme=row.id))
