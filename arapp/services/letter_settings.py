"""The letters' settings in company_setting: the late-fee policy (违约金) and the deadline.

``late_fee.rate_per_mille`` (the daily rate in ‰ as typed, exactly; '' or missing: no
late-fee policy, and the letters say nothing of late fees), ``late_fee.grace_days``,
``late_fee.cap_at_principal`` ('1' or '0'), and ``letters.deadline_days``: the days after a
letter's date by which it asks for payment (default 7). Saving needs ``settings.edit``;
every value written is audited; a bad value is refused naming the field and the value.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from arapp.db.database import db
from arapp.db.models import CompanySetting
from arapp.domain import late_fees
from arapp.domain.late_fees import LateFeePolicy
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.services.audit import record_audit
from arapp.services.changes import NOTHING, Changes
from arapp.services.context import current_actor

RATE_KEY = "late_fee.rate_per_mille"
GRACE_KEY = "late_fee.grace_days"
CAP_KEY = "late_fee.cap_at_principal"
DEADLINE_KEY = "letters.deadline_days"
KEYS = (RATE_KEY, GRACE_KEY, CAP_KEY, DEADLINE_KEY)

#: The deadline a letter gives when none is set, and the longest one accepted.
DEFAULT_DEADLINE_DAYS = 7
MAX_DEADLINE_DAYS = 90


@dataclass(frozen=True)
class LetterSettings:
    """The late-fee policy (None: no late fees) and the days a letter gives to pay."""

    late_fee: LateFeePolicy | None
    deadline_days: int = DEFAULT_DEADLINE_DAYS


@dataclass
class LetterSettingsSaved:
    """The settings written: key -> (old value or None, new value)."""

    changed: dict[str, tuple[str | None, str]]

    @property
    def changes(self) -> Changes:
        return Changes.of(setting=True) if self.changed else NOTHING


def _stored() -> dict[str, str]:
    found = {r.key: r.value for r in CompanySetting.select().where(CompanySetting.key.in_(list(KEYS)))}
    return {k: (found.get(k) or "").strip() for k in KEYS}


def get_letter_settings() -> LetterSettings:
    """The letters' settings as stored (a value that cannot be read counts as not set)."""
    s = _stored()
    policy = None
    if s[RATE_KEY]:
        try:
            rate = Decimal(s[RATE_KEY])
            grace = int(s[GRACE_KEY] or 0)
            if rate > 0 and grace >= 0:
                policy = LateFeePolicy(rate, grace, s[CAP_KEY] == "1")
        except (InvalidOperation, ValueError):
            policy = None
    try:
        days = int(s[DEADLINE_KEY]) if s[DEADLINE_KEY] else DEFAULT_DEADLINE_DAYS
    except ValueError:
        days = DEFAULT_DEADLINE_DAYS
    if not 1 <= days <= MAX_DEADLINE_DAYS:
        days = DEFAULT_DEADLINE_DAYS
    return LetterSettings(policy, days)


def check_deadline_days(value: object) -> int:
    """The deadline as a whole number of days from 1 to :data:`MAX_DEADLINE_DAYS`."""
    try:
        days = -1 if isinstance(value, bool) else int(str(value).strip())
    except ValueError:
        days = -1
    if not 1 <= days <= MAX_DEADLINE_DAYS:
        raise ValidationError(
            tr("services", "The letters' deadline '{value}' must be a whole number of days from 1 to {most}",
               value=value, most=MAX_DEADLINE_DAYS), field=DEADLINE_KEY)
    return days


def _write(wanted: dict[str, str]) -> LetterSettingsSaved:
    changed: dict[str, tuple[str | None, str]] = {}
    with db.atomic():
        for key, value in wanted.items():
            row = CompanySetting.get_or_none(CompanySetting.key == key)
            old = row.value if row else None
            if old == value or (old is None and value == ""):
                continue
            if row:
                CompanySetting.update(value=value).where(CompanySetting.key == key).execute()
            else:
                CompanySetting.create(key=key, value=value)
            record_audit("update", "company_setting", key, None if old is None else {"value": old}, {"value": value})
            changed[key] = (old, value)
    return LetterSettingsSaved(changed)


def save_letter_settings(*, rate_per_mille: str | Decimal | None = None, grace_days: object = None,
                         cap_at_principal: bool | None = None, deadline_days: object = None,
                         no_late_fee: bool = False) -> LetterSettingsSaved:
    """Save what is given (None: keep as it is): the late-fee rate (‰ a day, up to three
    decimals), grace days and cap, or ``no_late_fee`` to stop charging late fees; the
    letters' deadline in days. Needs settings.edit; audited; all or nothing."""
    current_actor().require("settings.edit")
    wanted: dict[str, str] = {}
    if no_late_fee:
        if rate_per_mille is not None:
            raise ValidationError(tr("services", "Give a late-fee rate or no late fee, not both"),
                                  field=RATE_KEY)
        wanted[RATE_KEY] = ""
    if rate_per_mille is not None:
        wanted[RATE_KEY] = late_fees.format_rate(late_fees.parse_rate(rate_per_mille, field=RATE_KEY))
    if grace_days is not None:
        wanted[GRACE_KEY] = str(late_fees.check_grace_days(grace_days, field=GRACE_KEY))
    if cap_at_principal is not None:
        wanted[CAP_KEY] = "1" if cap_at_principal else "0"
    if deadline_days is not None:
        wanted[DEADLINE_KEY] = str(check_deadline_days(deadline_days))
    return _write(wanted)
