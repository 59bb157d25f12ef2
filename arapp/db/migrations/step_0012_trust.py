"""Who is at the desk, and an audit trail that shows tampering (issue #12).

``app_user`` gains ``password_hash`` (NULL: no password yet; a lone bookkeeper's books
may run without one until it is set), ``failed_logins`` (consecutive failures),
``locked_until`` (five failures lock the account for a while) and ``password_set_at``.
A role is one of ``vocabulary.USER_ROLES`` (the read-only ``viewer`` joins them); a
CHECK-like trigger refuses any other.

``login_session``: a terminal session opened by ``arapp login`` for one operating-system
user on one machine, until ``expires_at`` or until ended; the token itself is never
stored, only its SHA-256.

``audit_log`` gains ``seq`` (1, 2, 3 … with no gap, in the order the records were
written), ``machine`` (the computer the record came from), ``prev_hash`` (the previous
record's ``hash``; "" for the first) and ``hash`` (SHA-256 over ``prev_hash`` and the
record's own content: :func:`arapp.domain.audit_chain.record_hash`). ``audit_head``
holds the last record's seq and hash (one row), so a record removed from the end shows
too. A change, a deletion or an insertion behind the program's back breaks the chain
(:func:`arapp.reports.audit.verify_chain` names the first bad record). The records
written before this step are chained here, in id order. The audit log's guard is made
again from step 6's list, so the new columns are frozen like the rest.
"""

from arapp.db.guards import guard_statements
from arapp.db.migrations import run_script
from arapp.db.migrations import step_0006_guards as step6
from arapp.domain.audit_chain import GENESIS, canonical_time, record_hash

DESCRIPTION = "passwords and lockout, terminal sessions, the hash-chained audit log"

ROLES = "'admin', 'manager', 'bookkeeper', 'cashier', 'collector', 'viewer'"

SCRIPT = """
ALTER TABLE app_user ADD COLUMN password_hash TEXT
;;
ALTER TABLE app_user ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0
;;
ALTER TABLE app_user ADD COLUMN locked_until {ts}
;;
ALTER TABLE app_user ADD COLUMN password_set_at {ts}
;;
CREATE TABLE login_session (
    id {pk},
    user_id {fk} NOT NULL REFERENCES app_user (id),
    token_hash TEXT NOT NULL UNIQUE,
    os_user TEXT NOT NULL,
    machine TEXT NOT NULL,
    created_at {ts} NOT NULL,
    expires_at {ts} NOT NULL,
    ended_at {ts}
)
;;
CREATE INDEX ix_login_session_user ON login_session (user_id)
;;
ALTER TABLE audit_log ADD COLUMN seq BIGINT
;;
ALTER TABLE audit_log ADD COLUMN machine TEXT NOT NULL DEFAULT ''
;;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''
;;
ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT ''
;;
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL
)
"""

SQLITE_ROLE_CHECK = f"""
CREATE TRIGGER tg_app_user_role_i BEFORE INSERT ON app_user
WHEN NEW.role NOT IN ({ROLES})
BEGIN SELECT RAISE(ABORT, 'arapp: a user''s role is one of {ROLES.replace("'", "")}'); END
;;
CREATE TRIGGER tg_app_user_role_u BEFORE UPDATE OF role ON app_user
WHEN NEW.role NOT IN ({ROLES})
BEGIN SELECT RAISE(ABORT, 'arapp: a user''s role is one of {ROLES.replace("'", "")}'); END
"""

POSTGRES_ROLE_CHECK = f"""
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_role CHECK (role IN ({ROLES}))
"""


def _chain_existing(database, dialect: str) -> None:
    """Chain the records written before this step, in id order (a few thousand at a time)."""
    p = "?" if dialect == "sqlite" else "%s"
    prev, seq, last_id = GENESIS, 0, 0
    while True:
        rows = database.execute_sql(
            "SELECT id, at, username, action, entity, entity_id, before_json, after_json FROM audit_log "
            f"WHERE id > {p} ORDER BY id LIMIT 5000", (last_id,)).fetchall()
        if not rows:
            break
        updates = []
        for rid, at, username, action, entity, entity_id, before, after in rows:
            seq += 1
            h = record_hash(prev, seq, canonical_time(at), username, "", action, entity, entity_id, before, after)
            updates.append((seq, prev, h, rid))
            prev, last_id = h, rid
        database.cursor().executemany(
            f"UPDATE audit_log SET seq = {p}, prev_hash = {p}, hash = {p} WHERE id = {p}", updates)
    database.execute_sql(f"INSERT INTO audit_head (id, seq, hash) VALUES (1, {p}, {p})", (seq, prev))


def apply(database, dialect):
    run_script(database, dialect, SCRIPT)
    run_script(database, dialect, SQLITE_ROLE_CHECK if dialect == "sqlite" else POSTGRES_ROLE_CHECK)
    # The audit log is frozen (step 6): its triggers go while the old records are chained,
    # and come back from the same list, covering the new columns.
    if dialect == "sqlite":
        for (name,) in database.execute_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").fetchall():
            database.execute_sql(f"DROP TRIGGER {name}")
    else:
        database.execute_sql("ALTER TABLE audit_log DISABLE TRIGGER USER")
    _chain_existing(database, dialect)
    if dialect == "postgres":
        database.execute_sql("ALTER TABLE audit_log ENABLE TRIGGER USER")
    run_script(database, dialect, "CREATE UNIQUE INDEX ux_audit_log_seq ON audit_log (seq)")
    for sql in guard_statements(database, dialect, "audit_log", step6.GUARDS["audit_log"]):
        database.execute_sql(sql)
