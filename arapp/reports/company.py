"""The company's own details as printed on reports (read-only)."""

from __future__ import annotations

from arapp.db.database import db
from arapp.i18n import tr

#: The setting that holds the company name; ``company_name`` (no dot) is read too,
#: because demo books built before the settings moved to dotted keys stored it there.
COMPANY_NAME_KEYS = ("company.name", "company_name")


def company_setting(key: str) -> str | None:
    """One value from the company_setting table, or None."""
    p = db.obj.param
    row = db.execute_sql(f"SELECT value FROM company_setting WHERE key = {p}", (key,)).fetchone()
    return row[0] if row else None


def company_name() -> str:
    """The company name for report headers; a placeholder when it was never set."""
    for key in COMPANY_NAME_KEYS:
        value = (company_setting(key) or "").strip()
        if value:
            return value
    return tr("reports", "(company name not set)")
