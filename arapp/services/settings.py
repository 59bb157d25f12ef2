"""Company settings kept in the database (business settings never live in QSettings)."""

from __future__ import annotations

from dataclasses import dataclass

from arapp.db.database import db
from arapp.db.models import CompanySetting
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.services.audit import record_audit
from arapp.services.changes import NOTHING, Changes
from arapp.services.context import current_actor

COMPANY_KEYS = ("company.name", "company.address", "company.phone", "company.tax_id", "company.bank",
                "company.bank_account", "company.contact")


@dataclass
class SettingsChange:
    """The settings written: key -> (old value or None, new value)."""

    changed: dict[str, tuple[str | None, str]]

    @property
    def changes(self) -> Changes:
        return Changes.of(setting=True) if self.changed else NOTHING


def get_settings(keys=COMPANY_KEYS) -> dict[str, str]:
    """The company's settings by key ('' where none is set)."""
    found = {r.key: r.value for r in CompanySetting.select().where(CompanySetting.key.in_(list(keys)))}
    return {k: found.get(k, "") for k in keys}


def save_company_settings(values: dict[str, str]) -> SettingsChange:
    """Save the company's name, address and the like (admin or manager); audited."""
    current_actor().require("settings.edit")
    clean = {}
    for key, value in values.items():
        if key not in COMPANY_KEYS:
            raise ValidationError(tr("services", "Unknown setting: {key}", key=key), field=key)
        value = (value or "").strip()
        if len(value) > 200:
            raise ValidationError(tr("services", "The setting {key} is too long (at most 200 characters)", key=key),
                                  field=key)
        clean[key] = value
    if "company.name" in clean and not clean["company.name"]:
        raise ValidationError(tr("services", "The company name is required"), field="company.name")
    changed = {}
    with db.atomic():
        for key, value in clean.items():
            row = CompanySetting.get_or_none(CompanySetting.key == key)
            old = row.value if row else None
            if old == value:
                continue
            if row:
                CompanySetting.update(value=value).where(CompanySetting.key == key).execute()
            else:
                CompanySetting.create(key=key, value=value)
            record_audit("update", "company_setting", key, None if old is None else {"value": old}, {"value": value})
            changed[key] = (old, value)
    return SettingsChange(changed)
