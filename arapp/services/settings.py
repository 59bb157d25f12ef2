"""Company settings kept in the database (business settings never live in QSettings)."""

from __future__ import annotations

from dataclasses import dataclass

from arapp.db.database import db
from arapp.db.models import CompanySetting
from arapp.domain import text
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.services.audit import record_audit
from arapp.services.changes import NOTHING, Changes
from arapp.services.context import current_actor

COMPANY_KEYS = ("company.name", "company.address", "company.phone", "company.tax_id", "company.bank",
                "company.bank_account", "company.contact")
#: The kind of each company setting's text (arapp.domain.text: its length, one line).
COMPANY_TEXT = {"company.name": text.NAME, "company.address": text.LINE, "company.phone": text.SHORT,
                "company.tax_id": text.SHORT, "company.bank": text.NAME, "company.bank_account": text.SHORT,
                "company.contact": text.NAME}


def _label(key: str) -> str:
    """A company setting's name in the user's language."""
    return {"company.name": tr("services", "Company name"), "company.address": tr("services", "Company address"),
            "company.phone": tr("services", "Company phone"), "company.tax_id": tr("services", "Company taxpayer id"),
            "company.bank": tr("services", "Bank"), "company.bank_account": tr("services", "Bank account"),
            "company.contact": tr("services", "Contact person")}[key]


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
        clean[key] = text.clean_text(value, COMPANY_TEXT[key], _label(key), field=key)
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
