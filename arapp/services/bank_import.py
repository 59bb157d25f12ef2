"""Bank statement lines into the books, never twice (issue #11).

A line is the same as one the books hold when it has the same bank serial number (流水号)
in the same account, or, without a serial, the same fingerprint (date, time, direction,
amount, counterparty, texts) and the same occurrence within its file
(:func:`arapp.domain.bank.keyed`): two genuinely identical lines of one day both stay,
and reading the file again, or a statement that overlaps it, adds only what is new. A
serial that a file holds twice is counted once.

An import is one transaction: the record of the file (``bank_import``, with what it
held: new lines, lines already imported, rejected rows) and its new lines, written with
``executemany`` (50,000 lines in well under a second), and one audit record. A failure
or a cancel leaves the books as they were.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from arapp.db.database import db, is_postgres, service_writes
from arapp.db.models import BankImport, now
from arapp.db.values import chunks
from arapp.domain import text
from arapp.domain import vocabulary as vocab
from arapp.domain.bank import BankLineIn, KeyedLine, keyed
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.reports.bank import lookup_account
from arapp.services.audit import record_audit
from arapp.services.changes import Changes
from arapp.services.context import current_actor

__all__ = ["BankImportResult", "import_bank_lines", "import_summary"]

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_LINE_COLUMNS = ("account_id", "import_id", "row_no", "value_date", "value_time", "direction", "amount", "balance",
                 "counterparty_name", "counterparty_account", "counterparty_bank", "description", "purpose",
                 "serial", "reference", "fingerprint", "occurrence", "status", "updated_by")


@dataclass(frozen=True)
class BankImportResult:
    """What an import wrote: the import record, how many lines were new, already in the
    books (or repeated in the file), rejected by the reader; the dates the file covers;
    the ids of the new lines (oldest first in the file's order)."""

    import_id: int
    new: int
    duplicates: int
    rejected: int
    first_date: _dt.date | None
    last_date: _dt.date | None
    changes: Changes
    account_id: int = 0
    line_ids: tuple[int, ...] = ()

    @property
    def summary(self) -> str:
        """「N new, M already imported, K rejected」 in the user's language."""
        return import_summary(self.new, self.duplicates, self.rejected)


def import_summary(new: int, duplicates: int, rejected: int) -> str:
    """「N new, M already imported, K rejected」 in the user's language."""
    return tr("bank", "{new} new, {duplicates} already imported, {rejected} rejected",
              new=f"{new:,}", duplicates=f"{duplicates:,}", rejected=f"{rejected:,}")


def _count(rejected) -> int:
    if isinstance(rejected, int) and not isinstance(rejected, bool):
        if rejected < 0:
            raise ValidationError(tr("bank", "The count of rejected rows must be zero or more"), field="rejected")
        return rejected
    return len(rejected or ())


def _existing_serials(account_id: int, serials: list[str]) -> set[str]:
    p = db.obj.param
    found: set[str] = set()
    for part in chunks(sorted(set(serials)), 500):
        found.update(s for (s,) in db.execute_sql(
            f"SELECT serial FROM bank_line WHERE account_id = {p} AND serial <> '' "
            f"AND serial IN ({', '.join([p] * len(part))})", [account_id, *part]).fetchall())
    return found


def _existing_fingerprints(account_id: int, lines: list[KeyedLine]) -> set[tuple[str, int]]:
    if not lines:
        return set()
    p = db.obj.param
    first = min(k.line.value_date for k in lines)
    last = max(k.line.value_date for k in lines)
    return {(fp, int(n)) for fp, n in db.execute_sql(
        f"SELECT fingerprint, occurrence FROM bank_line WHERE account_id = {p} AND serial = '' "
        f"AND value_date >= {p} AND value_date <= {p}", [account_id, first.isoformat(), last.isoformat()]).fetchall()}


def _check_lines(lines: Sequence[BankLineIn]) -> list[BankLineIn]:
    out = list(lines)
    for line in out:
        if not isinstance(line, BankLineIn):
            raise ValidationError(tr("bank", "A bank line must be read from a statement (BankLineIn)"))
    return out


def import_bank_lines(account, lines: Sequence[BankLineIn], *, file_name: str, sha256: str, sheet: str = "",
                      profile: str | None = None, rows_read: int | None = None, rejected=0) -> BankImportResult:
    """Write the lines read from one statement file into ``account`` (an id, account
    number or name), leaving out every line the books already hold and every serial the
    file repeats; record the file (its name, SHA-256, sheet, profile, rows read, new,
    duplicates, rejected: a count or the reader's rejected rows); audited. One
    transaction. Permission bank.import."""
    actor = current_actor()
    actor.require("bank.import")
    lines = _check_lines(lines)
    n_rejected = _count(rejected)
    file_name = text.clean_text(file_name, text.LINE, tr("bank", "The file name"), field="file_name")
    if not file_name:
        raise ValidationError(tr("bank", "The file name is required"), field="file_name")
    sha256 = (sha256 or "").strip().lower()
    if not _SHA256.match(sha256):
        raise ValidationError(tr("bank", "The file's SHA-256 must be 64 hexadecimal digits"), field="sha256")
    sheet = text.clean_text(sheet, text.NAME, tr("bank", "The sheet"), field="sheet")
    if rows_read is None:
        rows_read = len(lines) + n_rejected
    if not isinstance(rows_read, int) or isinstance(rows_read, bool) or rows_read < 0:
        raise ValidationError(tr("bank", "The count of rows read must be zero or more"), field="rows_read")
    keyed_lines = keyed(lines)
    first = min((ln.value_date for ln in lines), default=None)
    last = max((ln.value_date for ln in lines), default=None)
    with db.atomic():
        acct = lookup_account(account)
        if not acct.active:
            raise ValidationError(tr("bank", "The bank account {name} is not active", name=acct.name),
                                  field="account")
        profile = profile or acct.profile
        if profile not in vocab.BANK_PROFILES:
            raise ValidationError(tr("bank", "Unknown import profile '{value}'; choose one of: {names}",
                                     value=profile, names=", ".join(vocab.BANK_PROFILES)), field="profile")
        if is_postgres():       # two imports into one account queue (SQLite's writers queue already)
            db.execute_sql("SELECT id FROM bank_account WHERE id = %s FOR UPDATE", (acct.id,))
        with_serial = [k for k in keyed_lines if k.line.serial]
        held_serials = _existing_serials(acct.id, [k.line.serial for k in with_serial])
        held_prints = _existing_fingerprints(acct.id, [k for k in keyed_lines if not k.line.serial])
        fresh: list[KeyedLine] = []
        seen_serials: set[str] = set()
        for k in keyed_lines:
            if k.line.serial:
                if k.line.serial in held_serials or k.line.serial in seen_serials:
                    continue
                seen_serials.add(k.line.serial)
            elif (k.fingerprint, k.occurrence) in held_prints:
                continue
            fresh.append(k)
        duplicates = len(keyed_lines) - len(fresh)
        with service_writes():
            imp = BankImport.create(account=acct.id, file_name=file_name, sha256=sha256, sheet=sheet,
                                    profile=profile, rows_read=rows_read, new_lines=len(fresh),
                                    duplicates=duplicates, rejected=n_rejected, first_date=first, last_date=last,
                                    imported_at=now(), imported_by=actor.username)
        _insert_lines(acct.id, imp.id, fresh)
        p = db.obj.param
        line_ids = tuple(i for (i,) in db.execute_sql(
            f"SELECT id FROM bank_line WHERE import_id = {p} ORDER BY id", [imp.id]).fetchall())
        record_audit("import", "bank_import", imp.id, None, {
            "account_id": acct.id, "file_name": file_name, "sha256": sha256, "sheet": sheet, "profile": profile,
            "rows_read": rows_read, "new_lines": len(fresh), "duplicates": duplicates, "rejected": n_rejected,
            "first_date": first, "last_date": last,
        })
    changes = Changes.of(bank_import=imp.id, bank_account=acct.id, bank_line=line_ids or None)
    return BankImportResult(imp.id, len(fresh), duplicates, n_rejected, first, last, changes, acct.id, line_ids)


def _insert_lines(account_id: int, import_id: int, lines: list[KeyedLine]) -> None:
    """The new lines in a few ``executemany`` statements (not one ORM save per line)."""
    if not lines:
        return
    p = db.obj.param
    days: dict[_dt.date, object] = {}
    if not is_postgres():           # SQLite takes ISO text, as Peewee stores dates
        days = {d: d.isoformat() for d in {k.line.value_date for k in lines}}
    day = days.get if days else (lambda d: d)

    rows = [(account_id, import_id, k.line.row_no, day(k.line.value_date), k.line.value_time, k.line.direction,
             k.line.amount, k.line.balance, k.line.counterparty_name, k.line.counterparty_account,
             k.line.counterparty_bank, k.line.description, k.line.purpose, k.line.serial, k.line.reference,
             k.fingerprint, k.occurrence, "unmatched", "")
            for k in lines]
    sql = (f"INSERT INTO bank_line ({', '.join(_LINE_COLUMNS)}) "
           f"VALUES ({', '.join([p] * len(_LINE_COLUMNS))})")
    cursor = db.obj.cursor()
    try:
        with service_writes():
            for part in chunks(rows, 5000):
                cursor.executemany(sql, part)
    finally:
        cursor.close()
