"""The company's bank accounts (issue #11): add one, change its fields and opening
balances, save the column mapping its statements are read with.

An account is named (``基本户``), has its bank and account number, the import profile
its bank's export follows, and the balances the reconciliation starts from: per bank
statement and per books, at the start of ``opening_date`` (lines and documents dated
before it are not counted). Accounts are deactivated, never deleted (their lines stay).
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass

from arapp.db.database import db
from arapp.db.models import BankAccount, now
from arapp.domain import limits, text
from arapp.domain import vocabulary as vocab
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.reports.bank import lookup_account
from arapp.services.audit import record_audit, snapshot
from arapp.services.changes import NOTHING, Changes
from arapp.services.context import current_actor

__all__ = ["ACCOUNT_FIELDS", "BankAccountResult", "add_bank_account", "normalize_account_no", "save_mapping",
           "update_bank_account"]

#: The fields ``update_bank_account`` changes.
ACCOUNT_FIELDS = ("name", "bank", "account_no", "profile", "opening_date", "opening_bank_balance",
                  "opening_book_balance", "active")


@dataclass(frozen=True)
class BankAccountResult:
    """What an account service did: the account, the fields it changed."""

    account_id: int
    name: str
    account_no: str
    changed: tuple[str, ...] = ()

    @property
    def changes(self) -> Changes:
        return Changes.of(bank_account=self.account_id) if self.changed else NOTHING


def normalize_account_no(value: str) -> str:
    """An account number as the books keep it: no spaces, tabs or dashes
    (``6222 0202 0000-1234`` → ``6222020200001234``)."""
    return "".join(ch for ch in str(value or "") if not ch.isspace() and ch not in "-‐－")


def _label(key: str) -> str:
    return {
        "name": tr("bank", "Account name"), "bank": tr("bank", "Bank"), "account_no": tr("bank", "Account number"),
        "profile": tr("bank", "Import profile"), "opening_date": tr("bank", "Opening date"),
        "opening_bank_balance": tr("bank", "Opening balance per bank"),
        "opening_book_balance": tr("bank", "Opening balance per books"), "active": tr("bank", "Active"),
        "mapping": tr("bank", "Column mapping"),
    }[key]


def _clean(values: dict, current: BankAccount | None) -> dict:
    """The fields to store, checked; refusals name the field."""
    out: dict = {}
    for key, value in values.items():
        if key not in ACCOUNT_FIELDS:
            raise ValidationError(tr("bank", "A bank account has no field '{field}'", field=key), field=key)
        if key == "name":
            value = text.clean_text(value, text.NAME, _label(key), field=key)
            if not value:
                raise ValidationError(tr("bank", "The account name is required"), field=key)
        elif key == "bank":
            value = text.clean_text(value, text.NAME, _label(key), field=key)
        elif key == "account_no":
            value = normalize_account_no(text.clean_text(value, text.SHORT, _label(key), field=key))
            if not value:
                raise ValidationError(tr("bank", "The account number is required"), field=key)
        elif key == "profile":
            value = value or "generic"
            if value not in vocab.BANK_PROFILES:
                raise ValidationError(tr("bank", "Unknown import profile '{value}'; choose one of: {names}",
                                         value=value, names=", ".join(vocab.BANK_PROFILES)), field=key)
        elif key == "opening_date":
            if value is not None and (not isinstance(value, _dt.date) or isinstance(value, _dt.datetime)):
                raise ValidationError(tr("bank", "The opening date must be a date"), field=key)
        elif key in ("opening_bank_balance", "opening_book_balance"):
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValidationError(tr("bank", "{field} must be in fen (an integer)", field=_label(key)), field=key)
            limits.check_amount(value, _label(key), field=key)
        elif key == "active":
            value = bool(value)
        out[key] = value
    for key in ("name", "account_no"):
        if key in out:
            clash = BankAccount.get_or_none(getattr(BankAccount, key) == out[key])
            if clash is not None and (current is None or clash.id != current.id):
                raise ValidationError(
                    tr("bank", "{field} '{value}' is already used by the account {name}", field=_label(key),
                       value=out[key], name=clash.name), field=key)
    return out


def add_bank_account(name: str, bank: str, account_no: str, *, profile: str = "generic",
                     opening_date: _dt.date | None = None, opening_bank_balance: int = 0,
                     opening_book_balance: int = 0) -> BankAccountResult:
    """Add one of the company's bank accounts (permission bank.accounts); audited."""
    actor = current_actor()
    actor.require("bank.accounts")
    with db.atomic():
        data = _clean({"name": name, "bank": bank, "account_no": account_no, "profile": profile,
                       "opening_date": opening_date, "opening_bank_balance": opening_bank_balance,
                       "opening_book_balance": opening_book_balance}, None)
        row = BankAccount.create(**data, active=True, created_at=now(), created_by=actor.username)
        record_audit("create", "bank_account", row.id, None, snapshot(row))
    return BankAccountResult(row.id, row.name, row.account_no, tuple(data))


def update_bank_account(account, **fields) -> BankAccountResult:
    """Change an account's fields (any of :data:`ACCOUNT_FIELDS`: its name, bank, number,
    profile, opening date and balances, active); ``account`` is an id, account number
    or name. Permission bank.accounts; audited. Fields given with their current value
    are not counted as changed."""
    current_actor().require("bank.accounts")
    with db.atomic():
        row = lookup_account(account)
        data = _clean(fields, row)
        changed = {k: v for k, v in data.items() if getattr(row, k) != v}
        if changed:
            before = snapshot(row)
            BankAccount.update(**changed).where(BankAccount.id == row.id).execute()
            row = BankAccount.get_by_id(row.id)
            record_audit("update", "bank_account", row.id, before, snapshot(row))
    return BankAccountResult(row.id, row.name, row.account_no, tuple(changed))


def save_mapping(account, mapping_json: str) -> BankAccountResult:
    """Keep the column mapping the user last read this account's statements with (a
    JSON object, as ``BankMapping.to_json()`` writes it; "" forgets it). Permission
    bank.import (the import wizard saves it) or bank.accounts; audited."""
    actor = current_actor()
    if not actor.may("bank.accounts"):
        actor.require("bank.import")
    if not isinstance(mapping_json, str):
        raise ValidationError(tr("bank", "The column mapping must be JSON text"), field="mapping")
    mapping_json = mapping_json.strip()
    if mapping_json:
        try:
            parsed = json.loads(mapping_json)
        except ValueError:
            parsed = None
        if not isinstance(parsed, dict):
            raise ValidationError(tr("bank", "The column mapping is not a JSON object"), field="mapping")
        if len(mapping_json) > text.LIMITS[text.LETTER]:
            raise ValidationError(tr("bank", "The column mapping is too long"), field="mapping")
    with db.atomic():
        row = lookup_account(account)
        if row.mapping == mapping_json:
            return BankAccountResult(row.id, row.name, row.account_no, ())
        before = {"mapping": row.mapping}
        BankAccount.update(mapping=mapping_json).where(BankAccount.id == row.id).execute()
        record_audit("update", "bank_account", row.id, before, {"mapping": mapping_json})
    return BankAccountResult(row.id, row.name, row.account_no, ("mapping",))
