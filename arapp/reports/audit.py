"""The audit trail read back: the hash chain checked record by record.

:func:`verify_chain` walks the audit log in ``seq`` order and recomputes every record's
hash from its predecessor's (:mod:`arapp.domain.audit_chain`); the first record that does
not agree is named with what is wrong with it: changed (its content no longer hashes to
its hash), missing before it (a gap in the numbers, or its ``prev_hash`` is not the
hash of the record before: one was removed or slipped in), out of order (ids and seq
disagree: the table was re-numbered), written without the chain, or the head row does not
match the last record (records cut off the end).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from arapp.db.database import db
from arapp.db.values import as_datetime
from arapp.domain.audit_chain import GENESIS, canonical_time, record_hash
from arapp.i18n import tr

_BATCH = 5000


@dataclass(frozen=True)
class ChainBreak:
    """The first record where the chain does not hold: its seq and id (None when the
    break is the head row or an unchained record without seq) and why, in words."""

    seq: int | None
    record_id: int | None
    reason: str


@dataclass(frozen=True)
class ChainCheck:
    """What :func:`verify_chain` found: how many records it checked, and the first break."""

    records: int
    last_seq: int
    first_break: ChainBreak | None

    @property
    def ok(self) -> bool:
        return self.first_break is None


def verify_chain(progress: Callable[[int, int], None] | None = None) -> ChainCheck:
    """Check the whole audit chain; ``progress(done, total)`` is called between batches."""
    total = int(db.execute_sql("SELECT COUNT(*) FROM audit_log").fetchone()[0])
    unchained = db.execute_sql("SELECT MIN(id) FROM audit_log WHERE seq IS NULL").fetchone()[0]
    if unchained is not None:
        return ChainCheck(0, 0, ChainBreak(None, int(unchained), tr(
            "audit", "Record {id} was written without the chain (no sequence number): it did not come from "
                     "this program.", id=unchained)))
    p = db.param
    prev_hash, prev_seq, prev_id, done = GENESIS, 0, 0, 0
    while True:
        rows = db.execute_sql(
            "SELECT id, seq, at, username, machine, action, entity, entity_id, before_json, after_json, "
            f"prev_hash, hash FROM audit_log WHERE seq > {p} ORDER BY seq LIMIT {_BATCH}", (prev_seq,)).fetchall()
        if not rows:
            break
        for (rid, seq, at, username, machine, action, entity, entity_id, before, after, stored_prev,
             stored_hash) in rows:
            seq = int(seq)
            if seq != prev_seq + 1:
                return _broken(done, prev_seq, seq, rid, tr(
                    "audit", "Records {first} to {last} are missing: the record before number {seq} was removed.",
                    first=prev_seq + 1, last=seq - 1, seq=seq))
            if rid <= prev_id:
                return _broken(done, prev_seq, seq, rid, tr(
                    "audit", "Record number {seq} (id {id}) is out of order: the ids were re-numbered behind "
                             "the program's back.", seq=seq, id=rid))
            if stored_prev != prev_hash:
                return _broken(done, prev_seq, seq, rid, tr(
                    "audit", "Record number {seq} does not follow the record before it: a record was removed "
                             "or slipped in before it.", seq=seq))
            expected = record_hash(prev_hash, seq, canonical_time(as_datetime(at)), username, machine, action,
                                   entity, entity_id, before, after)
            if stored_hash != expected:
                return _broken(done, prev_seq, seq, rid, tr(
                    "audit", "Record number {seq} ({action} {entity} {entity_id}, by {user}) was changed after "
                             "it was written.", seq=seq, action=action, entity=entity, entity_id=entity_id,
                    user=username))
            prev_hash, prev_seq, prev_id = stored_hash, seq, rid
            done += 1
        if progress is not None:
            progress(done, total)
    head = db.execute_sql("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
    if head is None:
        return ChainCheck(done, prev_seq, ChainBreak(None, None, tr(
            "audit", "The audit chain's head row is missing.")))
    if int(head[0]) != prev_seq or head[1] != prev_hash:
        return ChainCheck(done, prev_seq, ChainBreak(None, None, tr(
            "audit", "The audit log ends at record number {last}, but the chain's head says {head}: records "
                     "were cut off the end, or the head was changed.", last=prev_seq, head=int(head[0]))))
    if done != total:       # pragma: no cover - seq is unique and not null here
        return ChainCheck(done, prev_seq, ChainBreak(None, None, tr(
            "audit", "The audit log holds records outside the chain.")))
    return ChainCheck(done, prev_seq, None)


def _broken(done: int, last_seq: int, seq: int, rid: int, reason: str) -> ChainCheck:
    return ChainCheck(done, last_seq, ChainBreak(seq, int(rid), reason))
