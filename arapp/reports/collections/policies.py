"""Collection policies as the books hold them: every policy with its levels, one by id
or name, and the book of which policy serves which customer category. The policy
types themselves are in :mod:`arapp.domain.policy`."""

from __future__ import annotations

import json

from arapp.db.models import CollectionPolicy, PolicyLevel
from arapp.domain.policy import Level, Policy, PolicyBook, book_of
from arapp.errors import NotFound
from arapp.i18n import tr


def _policy_from(row: CollectionPolicy, levels: list[PolicyLevel]) -> Policy:
    try:
        cats = tuple(str(c) for c in json.loads(row.categories or "[]"))
    except ValueError:
        cats = ()
    return Policy(
        id=row.id, name=row.name, categories=cats, is_default=bool(row.is_default),
        amount_threshold=int(row.amount_threshold), short_age_days=int(row.short_age_days),
        description=row.description or "",
        levels=tuple(Level(lv.start_day, lv.action, lv.tone, lv.role, lv.letter_template, lv.description, lv.seq)
                     for lv in sorted(levels, key=lambda x: x.seq)),
        legal_after_attempts=int(row.legal_after_attempts),
    )


def list_policies() -> list[Policy]:
    """Every policy with its levels, the default first."""
    rows = list(CollectionPolicy.select().order_by(CollectionPolicy.is_default.desc(), CollectionPolicy.name))
    levels: dict[int, list[PolicyLevel]] = {}
    for lv in PolicyLevel.select():
        levels.setdefault(lv.policy_id, []).append(lv)
    return [_policy_from(r, levels.get(r.id, [])) for r in rows]


def get_policy(ref: int | str | None = None) -> Policy:
    """A policy by id or name; the default policy when ``ref`` is None."""
    q = CollectionPolicy.select()
    if ref is None:
        row = q.where(CollectionPolicy.is_default == True).first()  # noqa: E712
    elif isinstance(ref, int):
        row = q.where(CollectionPolicy.id == ref).first()
    else:
        row = q.where(CollectionPolicy.name == str(ref).strip()).first()
    if row is None:
        raise NotFound(tr("collections", "No collection policy {ref}", ref=ref if ref is not None else ""))
    return _policy_from(row, list(PolicyLevel.select().where(PolicyLevel.policy == row.id)))


def policy_book() -> PolicyBook:
    """Every policy with levels, and which one serves which customer category."""
    book = book_of(list_policies())
    if book is None:
        raise NotFound(tr("collections", "There is no collection policy with levels"))
    return book

