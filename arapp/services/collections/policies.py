"""Collection policies (催收政策): a ladder of levels checked and saved, the default
policy, a policy removed."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from arapp.db.database import db
from arapp.db.models import CollectionPolicy, CollectionTask, PolicyLevel, now
from arapp.domain import text
from arapp.domain import vocabulary as vocab
from arapp.domain.policy import MAX_LEVELS, START_DAY_MAX, START_DAY_MIN, Level
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.reports.collections import get_policy
from arapp.services.audit import record_audit, snapshot
from arapp.services.changes import Changes
from arapp.services.collections.common import PERM_POLICY, checked_text
from arapp.services.collections.results import PolicyResult
from arapp.services.context import current_actor


@dataclass
class LevelInput:
    """A level as typed in Settings (``seq`` is given by the order)."""

    start_day: int
    action: str
    tone: str = "firm"
    role: str = "collector"
    letter_template: str = ""
    description: str = ""


def validate_levels(levels: Iterable[LevelInput | Level | dict]) -> list[Level]:
    """Check a ladder: 1 to 12 levels, start days whole numbers strictly increasing
    within −60 … 3650, known actions, tones and roles. Returns the levels numbered."""
    out: list[Level] = []
    for i, lv in enumerate(levels, start=1):
        if isinstance(lv, dict):
            lv = LevelInput(**lv)
        start = lv.start_day
        if not isinstance(start, int) or isinstance(start, bool):
            raise ValidationError(tr("collections", "Level {n}: the start day must be a whole number of days", n=i),
                                  field="start_day")
        if not START_DAY_MIN <= start <= START_DAY_MAX:
            raise ValidationError(tr("collections", "Level {n}: the start day must lie between {low} and {high}",
                                     n=i, low=START_DAY_MIN, high=START_DAY_MAX), field="start_day")
        if out and start <= out[-1].start_day:
            raise ValidationError(
                tr("collections", "Level {n}: start days must increase ({day} comes after {previous})",
                   n=i, day=start, previous=out[-1].start_day), field="start_day")
        if lv.action not in vocab.LEVEL_ACTIONS:
            raise ValidationError(tr("collections", "Level {n}: unknown action '{value}'", n=i, value=lv.action),
                                  field="action")
        if lv.tone not in vocab.LEVEL_TONES:
            raise ValidationError(tr("collections", "Level {n}: unknown tone '{value}'", n=i, value=lv.tone),
                                  field="tone")
        if lv.role not in vocab.RESPONSIBLE_ROLES:
            raise ValidationError(tr("collections", "Level {n}: unknown responsible role '{value}'", n=i, value=lv.role),
                                  field="role")
        template = checked_text(lv.letter_template, tr("collections", "The letter template"), kind=text.SHORT)
        if len(template) > 80:
            raise ValidationError(tr("collections", "Level {n}: the letter template name is too long", n=i),
                                  field="letter_template")
        out.append(Level(start, lv.action, lv.tone, lv.role, template,
                         checked_text(lv.description, tr("collections", "The description")), i))
    if not out:
        raise ValidationError(tr("collections", "A policy needs at least one level"), field="levels")
    if len(out) > MAX_LEVELS:
        raise ValidationError(tr("collections", "A policy has at most {n} levels", n=MAX_LEVELS), field="levels")
    return out


def save_policy(name: str, levels: Iterable[LevelInput | Level | dict], *, categories: Iterable[str] = (),
                amount_threshold: int = 1_000_000, short_age_days: int = 30, description: str = "",
                make_default: bool = False) -> PolicyResult:
    """Create a policy or replace an existing one's settings and levels. Tasks already
    made keep the level they were made at (they carry a copy). A customer category may
    belong to one policy only."""
    current_actor().require(PERM_POLICY)
    name = checked_text(name, tr("collections", "The policy name"), required=True, field_name="name", kind=text.NAME)
    if len(name) > 80:
        raise ValidationError(tr("collections", "The policy name is too long (at most {n} characters)", n=80),
                              field="name")
    checked = validate_levels(levels)
    cats = []
    for c in categories or ():
        c = checked_text(c, tr("collections", "The category"), field_name="categories", kind=text.SHORT)
        if c and c not in cats:
            cats.append(c)
    if not isinstance(amount_threshold, int) or isinstance(amount_threshold, bool) or amount_threshold < 0:
        raise ValidationError(tr("collections", "The amount threshold must be zero or more (in fen)"),
                              field="amount_threshold")
    if not isinstance(short_age_days, int) or isinstance(short_age_days, bool) or not 0 <= short_age_days <= 3650:
        raise ValidationError(tr("collections", "The short age must be 0 to 3650 days"), field="short_age_days")
    with db.atomic():
        row = CollectionPolicy.get_or_none(CollectionPolicy.name == name)
        for other in CollectionPolicy.select().where(CollectionPolicy.name != name):
            taken = set(json.loads(other.categories or "[]")) & set(cats)
            if taken:
                raise ValidationError(
                    tr("collections", "Category {category} already belongs to policy {policy}",
                       category="、".join(sorted(taken)), policy=other.name), field="categories")
        data = {"categories": json.dumps(cats, ensure_ascii=False), "amount_threshold": amount_threshold,
                "short_age_days": short_age_days, "description": checked_text(description, tr("collections", "The description")),
                "updated_at": now()}
        if row is None:
            row = CollectionPolicy.create(name=name, is_default=False, created_at=now(), **data)
            before = None
            action = "create"
        else:
            before = {**snapshot(row), "levels": [asdict(lv) for lv in get_policy(row.id).levels]}
            CollectionPolicy.update(**data).where(CollectionPolicy.id == row.id).execute()
            PolicyLevel.delete().where(PolicyLevel.policy == row.id).execute()
            action = "update"
        for lv in checked:
            PolicyLevel.create(policy=row.id, seq=lv.seq, start_day=lv.start_day, action=lv.action, tone=lv.tone,
                               role=lv.role, letter_template=lv.letter_template, description=lv.description)
        if make_default or not CollectionPolicy.select().where(CollectionPolicy.is_default == True).exists():  # noqa: E712
            _make_default(row.id)
        row = CollectionPolicy.get_by_id(row.id)
        record_audit(action, "collection_policy", row.id, before,
                     {**snapshot(row), "levels": [asdict(lv) for lv in checked]})
    return PolicyResult(row.id, name, action, len(checked), Changes.of(policy=row.id))


def _make_default(policy_id: int) -> None:
    CollectionPolicy.update(is_default=False).where(CollectionPolicy.id != policy_id).execute()
    CollectionPolicy.update(is_default=True).where(CollectionPolicy.id == policy_id).execute()


def set_default_policy(name: str) -> PolicyResult:
    """Make a policy the default: it serves every category no other policy names."""
    current_actor().require(PERM_POLICY)
    with db.atomic():
        pol = get_policy(name)
        before = get_policy(None).name
        _make_default(pol.id)
        record_audit("set_default", "collection_policy", pol.id, {"default": before}, {"default": pol.name})
    return PolicyResult(pol.id, pol.name, "default", len(pol.levels), Changes.of(policy=True))


def delete_policy(name: str) -> PolicyResult:
    """Remove a policy that is not the default. Its tasks stay, with their copy of the level."""
    current_actor().require(PERM_POLICY)
    with db.atomic():
        pol = get_policy(name)
        if pol.is_default:
            raise ValidationError(tr("collections", "The default policy cannot be removed; make another the default "
                                                    "first"), field="name")
        CollectionTask.update(policy=None).where(CollectionTask.policy == pol.id).execute()
        PolicyLevel.delete().where(PolicyLevel.policy == pol.id).execute()
        CollectionPolicy.delete().where(CollectionPolicy.id == pol.id).execute()
        record_audit("delete", "collection_policy", pol.id, {"name": pol.name, "categories": list(pol.categories),
                                                             "levels": [asdict(lv) for lv in pol.levels]}, None)
    return PolicyResult(pol.id, pol.name, "delete", 0, Changes.of(policy=pol.id))

