"""The audit log: who changed what, when, from where, before and after. Append-only and
hash-chained (:mod:`arapp.domain.audit_chain`): every record written here takes the next
``seq`` and the hash of the record before it from ``audit_head``, which it then moves on.

The head row is read ``FOR UPDATE`` on PostgreSQL, so two offices' transactions append
one after the other (the second waits for the first to commit); on SQLite every write
transaction already holds the file's write lock (BEGIN IMMEDIATE).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
from typing import Any

from arapp.db.database import db, is_postgres, service_writes
from arapp.db.models import now
from arapp.domain.audit_chain import GENESIS, canonical_time, record_hash
from arapp.services.context import current_actor


def _default(value: Any) -> Any:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return str(value)


def _json(value: dict | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=_default, sort_keys=True)


def snapshot(model_instance, fields: list[str] | None = None) -> dict[str, Any]:
    """A plain dict of a model row's columns (foreign keys as ids)."""
    data = {}
    for name, field in model_instance._meta.fields.items():
        if fields is not None and name not in fields:
            continue
        data[field.column_name if hasattr(field, "rel_model") else name] = model_instance.__data__.get(name)
    return data


_COLUMNS = "at, username, action, entity, entity_id, before_json, after_json, seq, machine, prev_hash, hash"


def _head() -> tuple[int, str]:
    """The chain's last seq and hash, locked for this transaction on PostgreSQL."""
    lock = " FOR UPDATE" if is_postgres() else ""
    row = db.execute_sql(f"SELECT seq, hash FROM audit_head WHERE id = 1{lock}").fetchone()
    if row is None:                     # books whose head row went missing: refused by verify
        return 0, GENESIS
    return int(row[0]), row[1]


def _append(records: list[dict]) -> list[dict]:
    """Chain ``records`` (dicts of at, username, action, entity, entity_id, before_json,
    after_json) after the head, insert them, and move the head on."""
    seq, prev = _head()
    machine = current_actor().machine
    for r in records:
        seq += 1
        r["seq"], r["machine"], r["prev_hash"] = seq, machine, prev
        r["hash"] = prev = record_hash(prev, seq, canonical_time(r["at"]), r["username"], machine, r["action"],
                                       r["entity"], r["entity_id"], r["before_json"], r["after_json"])
    p = db.param
    sqlite = not is_postgres()
    params = [(str(r["at"]) if sqlite else r["at"], r["username"], r["action"], r["entity"], r["entity_id"],
               r["before_json"], r["after_json"], r["seq"], machine, r["prev_hash"], r["hash"]) for r in records]
    with service_writes():
        db.cursor().executemany(f"INSERT INTO audit_log ({_COLUMNS}) VALUES ({', '.join([p] * 11)})", params)
        db.execute_sql(f"UPDATE audit_head SET seq = {p}, hash = {p} WHERE id = 1", (seq, prev))
    return records


def _in_transaction():
    """The caller's transaction (every service has one), or one of its own."""
    return contextlib.nullcontext() if db.in_transaction() else db.atomic()


def record_audit(action: str, entity: str, entity_id: Any,
                 before: dict | None = None, after: dict | None = None) -> None:
    """Write one audit record in the current transaction."""
    with _in_transaction():
        _append([dict(at=now(), username=current_actor().username, action=action, entity=entity,
                      entity_id=str(entity_id), before_json=_json(before), after_json=_json(after))])


def record_audits(action: str, entity: str, rows: list[tuple[Any, dict | None]], *,
                  before: dict | None = None) -> None:
    """Write one audit record per (entity id, after) in the current transaction, a few
    statements for many rows (a batch of documents, the promises a ladder run judged);
    ``before`` is the same for every row (None: none)."""
    if not rows:
        return
    at, username, before_json = now(), current_actor().username, _json(before)
    with _in_transaction():
        _append([dict(at=at, username=username, action=action, entity=entity, entity_id=str(entity_id),
                      before_json=before_json, after_json=_json(after)) for entity_id, after in rows])
