"""The ladder follows the seeds' matrix (issue #8): why a customer did not pay, on each
contact (``contact_log.reason``: disputed quality, no funds, waiting for approval,
cannot reach, refuses; '' when none was given); the policy setting of how many failed
attempts at the top levels propose a hand-over to legal (default 2, 0 never); and the
record of the day's runs of the ladder (``ladder_run``), so a run for a day before the
last one is refused. The runs recorded in the audit log so far are copied in.

The contact log stays append-only: adding a column with a default rewrites no row.
"""

from arapp.db.migrations import run_script

DESCRIPTION = "ladder matrix, contact reasons, ladder runs"

SCRIPT = """
ALTER TABLE contact_log ADD COLUMN reason TEXT NOT NULL DEFAULT ''
    CHECK (reason IN ('', 'disputed_quality', 'no_funds', 'awaiting_approval', 'unreachable', 'refuses'))
;;
CREATE INDEX ix_contact_log_at ON contact_log (at)
;;
ALTER TABLE collection_policy ADD COLUMN legal_after_attempts INTEGER NOT NULL DEFAULT 2
    CHECK (legal_after_attempts >= 0 AND legal_after_attempts <= 20)
;;
CREATE TABLE ladder_run (
    id {pk},
    run_on DATE NOT NULL,
    ran_at {ts} NOT NULL,
    username TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT ''
)
;;
CREATE INDEX ix_ladder_run_on ON ladder_run (run_on)
"""

# The daily runs the audit log recorded (those that changed something), by dialect.
SQLITE_RUNS = """
INSERT INTO ladder_run (run_on, ran_at, username, summary)
SELECT entity_id, at, username, COALESCE(after_json, '') FROM audit_log
WHERE action = 'generate' AND entity = 'collection_task'
  AND entity_id GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
ORDER BY id
"""

POSTGRES_RUNS = """
INSERT INTO ladder_run (run_on, ran_at, username, summary)
SELECT CAST(entity_id AS DATE), at, username, COALESCE(after_json, '') FROM audit_log
WHERE action = 'generate' AND entity = 'collection_task'
  AND entity_id ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}$'
ORDER BY id
"""


def apply(database, dialect):
    run_script(database, dialect, SCRIPT)
    run_script(database, dialect, SQLITE_RUNS if dialect == "sqlite" else POSTGRES_RUNS)
