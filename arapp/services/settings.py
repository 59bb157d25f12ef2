"""Company settings kept in the database (business settings never live in QSettings)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from arapp import clock
from arapp.db.database import db
from arapp.db.models import CompanySetting
from arapp.domain import limits, text
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


# ----------------------------------------------------------------------------- the date window

EARLIEST_DATE_KEY = "dates.earliest"
MONTHS_AHEAD_KEY = "dates.months_ahead"


def date_window_setting() -> tuple[_dt.date, int]:
    """The company's date window as set: (first accepted day, months ahead of today). The
    defaults (2000-01-01, 12) where nothing, or nothing readable, is stored."""
    found = {r.key: r.value for r in
             CompanySetting.select().where(CompanySetting.key.in_([EARLIEST_DATE_KEY, MONTHS_AHEAD_KEY]))}
    try:
        earliest = _dt.date.fromisoformat(found.get(EARLIEST_DATE_KEY) or "")
    except ValueError:
        earliest = limits.DEFAULT_EARLIEST
    try:
        months = int(found.get(MONTHS_AHEAD_KEY) or "")
    except ValueError:
        months = limits.DEFAULT_MONTHS_AHEAD
    return earliest, months


def date_window(today: _dt.date | None = None) -> limits.DateWindow:
    """The dates the books accept today: from the set first day to the set months after today."""
    earliest, months = date_window_setting()
    return limits.date_window(today or clock.today(), earliest=earliest, months_ahead=months)


def check_book_date(day, what: str, *, field: str | None = None) -> _dt.date:
    """``day`` when it is a date inside today's window; otherwise a ValidationError naming
    ``what`` (the field in the user's words), the date and the window."""
    if not isinstance(day, _dt.date):
        raise ValidationError(tr("services", "{what} is required", what=what), field=field)
    return date_window().check(day, what, field=field)


def check_not_after_today(day, what: str, *, field: str | None = None) -> _dt.date:
    """``day`` when it is a date in today's window and not after today: money that moved
    (a receipt, a reversal, a void, an allocation) has moved by today. Otherwise a
    ValidationError naming ``what`` (the field in the user's words) and the date."""
    day = check_book_date(day, what, field=field)
    if isinstance(day, _dt.datetime):
        day = day.date()
    today = clock.today()
    if day > today:
        raise ValidationError(
            tr("services", "{what} {date} is after today ({today}): money that moved is dated today at the latest",
               what=what, date=day.isoformat(), today=today.isoformat()), field=field)
    return day


def save_date_window(earliest: _dt.date, months_ahead: int) -> SettingsChange:
    """Set the dates the books accept from now on: documents dated from ``earliest`` to
    ``months_ahead`` months after each day's today (admin or manager); audited. Documents
    already in the books are not touched."""
    current_actor().require("settings.edit")
    today = clock.today()
    if not isinstance(earliest, _dt.date) or not limits.SETTING_FLOOR <= earliest <= today:
        raise ValidationError(
            tr("services", "The first accepted date {date} must be from {floor} to today ({today})",
               date=earliest, floor=limits.SETTING_FLOOR.isoformat(), today=today.isoformat()),
            field=EARLIEST_DATE_KEY)
    if isinstance(months_ahead, bool) or not isinstance(months_ahead, int) \
            or not 0 <= months_ahead <= limits.MAX_MONTHS_AHEAD:
        raise ValidationError(
            tr("services", "The months ahead ({value}) must be a whole number from 0 to {most}",
               value=months_ahead, most=limits.MAX_MONTHS_AHEAD), field=MONTHS_AHEAD_KEY)
    wanted = {EARLIEST_DATE_KEY: earliest.isoformat(), MONTHS_AHEAD_KEY: str(months_ahead)}
    changed = {}
    with db.atomic():
        for key, value in wanted.items():
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
