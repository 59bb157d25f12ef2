"""The audit log's hash chain, as pure values (no database).

Each audit record holds the SHA-256 of the previous record's hash and its own content
(:func:`record_hash`): the sequence number, the time, who, from which machine, what was
done to which entity, and the record before and after as the JSON text stored. A record
changed, removed or slipped in behind the program's back no longer hashes to what the
next record holds, so :func:`arapp.reports.audit.verify_chain` finds it.

What it protects against: edits with a database tool, a deleted or forged row, a
re-numbered table, the last rows cut off (the head row holds the last hash). What it does
not: someone who knows this scheme and rewrites every hash from the first changed record
to the end (and the head); a copy of the head kept outside the books (the window keeps
the last one it saw) narrows that.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json

#: The ``prev_hash`` of the first record.
GENESIS = ""


def canonical_time(value: _dt.datetime | str) -> str:
    """The record's time as hashed: ISO with a space, seconds (microseconds only when
    there are any), however the database handed it back (SQLite text, PostgreSQL datetime)."""
    if not isinstance(value, _dt.datetime):
        value = _dt.datetime.fromisoformat(str(value))
    return value.replace(tzinfo=None).isoformat(sep=" ")


def record_hash(prev_hash: str, seq: int, at: str, username: str, machine: str, action: str, entity: str,
                entity_id: str, before_json: str | None, after_json: str | None) -> str:
    """The hash of one record: SHA-256 (hex) of its predecessor's hash and its content,
    written as one JSON array so no two different records share a text."""
    text = json.dumps([prev_hash, int(seq), at, username, machine, action, entity, str(entity_id),
                       before_json, after_json], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
