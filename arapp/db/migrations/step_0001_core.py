"""The first schema: settings, users, customers, invoices, receipts, allocations,
credit notes, number sequences and the audit log. Money columns are integer fen."""

from arapp.db.migrations import run_script

DESCRIPTION = "core receivable ledger"

SCRIPT = """
CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
)
;;
CREATE TABLE company_setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
)
;;
CREATE TABLE app_user (
    id {pk},
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL,
    active {bool} NOT NULL DEFAULT {true},
    created_at {ts} NOT NULL
)
;;
CREATE TABLE customer (
    id {pk},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'enterprise',
    category TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    tax_id TEXT NOT NULL DEFAULT '',
    credit_rating TEXT NOT NULL DEFAULT '',
    credit_limit {money},
    payment_terms_days INTEGER NOT NULL DEFAULT 30,
    status TEXT NOT NULL DEFAULT 'active',
    collector_id {fk} REFERENCES app_user (id),
    notes TEXT NOT NULL DEFAULT '',
    created_at {ts} NOT NULL,
    updated_at {ts} NOT NULL
)
;;
CREATE INDEX ix_customer_name ON customer (name)
;;
CREATE INDEX ix_customer_phone ON customer (phone)
;;
CREATE INDEX ix_customer_collector ON customer (collector_id)
;;
CREATE TABLE customer_alias (
    id {pk},
    customer_id {fk} NOT NULL REFERENCES customer (id),
    alias TEXT NOT NULL,
    UNIQUE (customer_id, alias)
)
;;
CREATE INDEX ix_customer_alias_alias ON customer_alias (alias)
;;
CREATE TABLE contact (
    id {pk},
    customer_id {fk} NOT NULL REFERENCES customer (id),
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    is_primary {bool} NOT NULL DEFAULT {false},
    notes TEXT NOT NULL DEFAULT ''
)
;;
CREATE INDEX ix_contact_customer ON contact (customer_id)
;;
CREATE TABLE number_sequence (
    name TEXT NOT NULL,
    year INTEGER NOT NULL,
    next_value INTEGER NOT NULL,
    PRIMARY KEY (name, year)
)
;;
CREATE TABLE invoice (
    id {pk},
    number TEXT UNIQUE,
    customer_id {fk} NOT NULL REFERENCES customer (id),
    issue_date DATE NOT NULL,
    due_date DATE NOT NULL,
    period TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    total {money} NOT NULL,
    open_amount {money} NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft',
    source TEXT NOT NULL DEFAULT 'manual',
    void_reason TEXT NOT NULL DEFAULT '',
    voided_at {ts},
    voided_by TEXT NOT NULL DEFAULT '',
    posted_at {ts},
    posted_by TEXT NOT NULL DEFAULT '',
    created_at {ts} NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    CHECK (total >= 0),
    CHECK (open_amount >= 0 AND open_amount <= total),
    CHECK (status IN ('draft', 'posted', 'partly_paid', 'paid', 'void', 'written_off'))
)
;;
CREATE INDEX ix_invoice_customer_issue ON invoice (customer_id, issue_date)
;;
CREATE INDEX ix_invoice_issue_date ON invoice (issue_date)
;;
CREATE INDEX ix_invoice_due_date ON invoice (due_date)
;;
CREATE INDEX ix_invoice_open ON invoice (due_date) WHERE open_amount > 0
;;
CREATE TABLE invoice_line (
    id {pk},
    invoice_id {fk} NOT NULL REFERENCES invoice (id),
    line_no INTEGER NOT NULL,
    description TEXT NOT NULL,
    quantity_milli BIGINT NOT NULL DEFAULT 1000,
    unit_price {money} NOT NULL DEFAULT 0,
    amount {money} NOT NULL,
    UNIQUE (invoice_id, line_no)
)
;;
CREATE TABLE receipt (
    id {pk},
    number TEXT NOT NULL UNIQUE,
    customer_id {fk} NOT NULL REFERENCES customer (id),
    date DATE NOT NULL,
    amount {money} NOT NULL,
    method TEXT NOT NULL DEFAULT 'bank',
    reference TEXT NOT NULL DEFAULT '',
    memo TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'posted',
    reversed_on DATE,
    reversal_reason TEXT NOT NULL DEFAULT '',
    reversed_by TEXT NOT NULL DEFAULT '',
    created_at {ts} NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    CHECK (amount > 0),
    CHECK (status IN ('posted', 'reversed'))
)
;;
CREATE INDEX ix_receipt_customer_date ON receipt (customer_id, date)
;;
CREATE INDEX ix_receipt_date ON receipt (date)
;;
CREATE TABLE credit_note (
    id {pk},
    number TEXT NOT NULL UNIQUE,
    customer_id {fk} NOT NULL REFERENCES customer (id),
    invoice_id {fk} REFERENCES invoice (id),
    date DATE NOT NULL,
    amount {money} NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'posted',
    voided_on DATE,
    void_reason TEXT NOT NULL DEFAULT '',
    created_at {ts} NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    CHECK (amount > 0),
    CHECK (status IN ('posted', 'void'))
)
;;
CREATE INDEX ix_credit_note_customer ON credit_note (customer_id, date)
;;
CREATE TABLE allocation (
    id {pk},
    invoice_id {fk} NOT NULL REFERENCES invoice (id),
    receipt_id {fk} REFERENCES receipt (id),
    credit_note_id {fk} REFERENCES credit_note (id),
    amount {money} NOT NULL,
    date DATE NOT NULL,
    reverses_id {fk} REFERENCES allocation (id),
    created_at {ts} NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    CHECK (amount <> 0),
    CHECK ((receipt_id IS NULL AND credit_note_id IS NOT NULL) OR (receipt_id IS NOT NULL AND credit_note_id IS NULL))
)
;;
CREATE INDEX ix_allocation_invoice ON allocation (invoice_id)
;;
CREATE INDEX ix_allocation_receipt ON allocation (receipt_id)
;;
CREATE INDEX ix_allocation_credit_note ON allocation (credit_note_id)
;;
CREATE INDEX ix_allocation_date ON allocation (date)
;;
CREATE TABLE audit_log (
    id {pk},
    at {ts} NOT NULL,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT
)
;;
CREATE INDEX ix_audit_entity ON audit_log (entity, entity_id)
;;
INSERT INTO app_user (username, display_name, role, active, created_at)
VALUES ('admin', 'Administrator', 'admin', {true}, CURRENT_TIMESTAMP)
"""


def apply(database, dialect):
    run_script(database, dialect, SCRIPT)
