"""The company's own details as printed on reports (read-only)."""

from __future__ import annotations

from dataclasses import dataclass

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


# ------------------------------------------------------------------------------ letterhead


@dataclass(frozen=True)
class Letterhead:
    """What a document prints about the company: name, address, phone, taxpayer id, the bank
    and account to pay into, the contact person, and the optional logo, seal (印章) and
    collection QR images (PNG or JPEG bytes)."""

    name: str
    address: str = ""
    phone: str = ""
    tax_id: str = ""
    bank: str = ""
    bank_account: str = ""
    contact: str = ""
    logo: bytes | None = None
    seal: bytes | None = None
    payment_qr: bytes | None = None

    @property
    def has_bank(self) -> bool:
        return bool(self.bank_account.strip())


_LETTERHEAD_KEYS = {"address": "company.address", "phone": "company.phone", "tax_id": "company.tax_id",
                    "bank": "company.bank", "bank_account": "company.bank_account", "contact": "company.contact"}


def company_image(kind: str) -> bytes | None:
    """The company's ``kind`` image (logo, seal, payment_qr) as stored, or None."""
    p = db.obj.param
    row = db.execute_sql(f"SELECT content FROM company_image WHERE kind = {p}", (kind,)).fetchone()
    return bytes(row[0]) if row else None


def letterhead() -> Letterhead:
    """The company's letterhead as Settings hold it now."""
    values = {field: (company_setting(key) or "").strip() for field, key in _LETTERHEAD_KEYS.items()}
    return Letterhead(name=company_name(), logo=company_image("logo"), seal=company_image("seal"),
                      payment_qr=company_image("payment_qr"), **values)
