"""Aging bucket schemes, credit assessments (5C) and credit-hold overrides.

Also keeps what is left of each receipt and credit note (``unallocated`` /
``unapplied``) on the row, as ``invoice.open_amount`` does for invoices, so the
customer's credit (预收) is read from a small partial index instead of summing every
allocation of every receipt. Filled here for existing data; the services keep it.
"""

from arapp.db.migrations import run_script

DESCRIPTION = "aging schemes and credit control"

SCRIPT = """
CREATE TABLE aging_scheme (
    id {pk},
    name TEXT NOT NULL UNIQUE,
    edges TEXT NOT NULL,
    labels TEXT NOT NULL DEFAULT '',
    builtin {bool} NOT NULL DEFAULT {false},
    is_default {bool} NOT NULL DEFAULT {false},
    created_at {ts} NOT NULL,
    updated_at {ts} NOT NULL
)
;;
INSERT INTO aging_scheme (name, edges, labels, builtin, is_default, created_at, updated_at)
VALUES ('default', '[0, 30, 60, 90, 180, 365]', '', {true}, {true}, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
;;
INSERT INTO aging_scheme (name, edges, labels, builtin, is_default, created_at, updated_at)
VALUES ('yearly', '[365, 730, 1095]', '', {true}, {false}, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
;;
CREATE TABLE credit_assessment (
    id {pk},
    customer_id {fk} NOT NULL REFERENCES customer (id),
    assessed_on DATE NOT NULL,
    character_note TEXT NOT NULL DEFAULT '',
    capacity_note TEXT NOT NULL DEFAULT '',
    capital_note TEXT NOT NULL DEFAULT '',
    collateral_note TEXT NOT NULL DEFAULT '',
    conditions_note TEXT NOT NULL DEFAULT '',
    suggested_rating TEXT NOT NULL DEFAULT '',
    score INTEGER,
    reasons TEXT NOT NULL DEFAULT '',
    decided_rating TEXT NOT NULL,
    decided_limit {money},
    decided_terms_days INTEGER,
    decided_by TEXT NOT NULL,
    created_at {ts} NOT NULL
)
;;
CREATE INDEX ix_credit_assessment_customer ON credit_assessment (customer_id, assessed_on)
;;
CREATE TABLE credit_override (
    id {pk},
    customer_id {fk} NOT NULL REFERENCES customer (id),
    invoice_id {fk} REFERENCES invoice (id),
    hold_reasons TEXT NOT NULL,
    reason TEXT NOT NULL,
    approved_by TEXT NOT NULL,
    created_at {ts} NOT NULL
)
;;
CREATE INDEX ix_credit_override_customer ON credit_override (customer_id)
;;
ALTER TABLE receipt ADD COLUMN unallocated {money} NOT NULL DEFAULT 0
;;
UPDATE receipt SET unallocated = CASE WHEN status = 'posted' THEN amount - COALESCE(
    (SELECT SUM(a.amount) FROM allocation a WHERE a.receipt_id = receipt.id), 0) ELSE 0 END
;;
CREATE INDEX ix_receipt_unallocated ON receipt (customer_id) WHERE unallocated > 0
;;
ALTER TABLE credit_note ADD COLUMN unapplied {money} NOT NULL DEFAULT 0
;;
UPDATE credit_note SET unapplied = CASE WHEN status = 'posted' THEN amount - COALESCE(
    (SELECT SUM(a.amount) FROM allocation a WHERE a.credit_note_id = credit_note.id), 0) ELSE 0 END
;;
CREATE INDEX ix_credit_note_unapplied ON credit_note (customer_id) WHERE unapplied > 0
;;
INSERT INTO company_setting (key, value) VALUES ('credit.hold_overdue_days', '60')
"""


def apply(database, dialect):
    run_script(database, dialect, SCRIPT)
