"""Bank statements in, matching, reconciliation, ledger onboarding (issue #11).

``bank_account``: the company's own accounts (开户银行, account number), each with the
import profile its bank's export follows and the column mapping the user last saved for
it, and the opening balances the reconciliation starts from (per bank and per books, on
``opening_date``).

``bank_import``: one row per file read into an account (its SHA-256, what it held: new
lines, lines already imported, rejected rows). Append-only.

``bank_line``: one transaction of a bank statement. Unique per account by the bank's
serial number (流水号) when the file has one, otherwise by a fingerprint of its date,
time, direction, amount, counterparty and texts plus its occurrence within the file (two
genuinely identical lines both stay; reading the file again adds neither). A line is
frozen once written except its ``status`` (unmatched → matched to a receipt, booked in the
books without a receipt, or ignored) and who changed that when. Never deleted.

``bank_match``: each time a line was matched to a receipt (by which rule, with what score
and reason), and when and why that was undone (the receipt reversed, not deleted). At most
one match of a line is in force. A line may also be matched to a receipt the books already
had (typed in from the bank's advice before the statement came: rule ``recorded_receipt``);
undoing that match leaves the receipt as it was.

``customer_bank_account``: the accounts a customer pays from (typed in, imported, or
learned from a confirmed match); an account belongs to one customer.

``book_entry``: what the books hold for a bank account besides receipts (a payment made,
a bank fee booked), for the reconciliation (银行存款余额调节表); linked to the bank line
that shows it once the bank has it. Voided with a reason, never deleted.

``receipt.bank_account_id``: the account a receipt was paid into (a bank line's receipt
always has it). ``invoice.external_number``: the number an invoice had in the ledger it
was imported from (customers quote it); the program's own numbering goes on unbroken.
Both columns are frozen on posted documents: the guards of ``invoice`` and ``receipt``
are made again from step 6's lists, which now cover them.
"""

from arapp.db.guards import Guard, guard_statements
from arapp.db.migrations import run_script
from arapp.db.migrations import step_0006_guards as step6

DESCRIPTION = "bank accounts, statement lines, matches, book entries, customers' bank accounts, external numbers"

PROFILES = "'generic', 'icbc', 'ccb', 'abc', 'boc', 'cmb'"
RULES = ("'recorded_receipt', 'invoice_number', 'customer_code', 'counterparty_account', 'counterparty_name', "
         "'exact_amount', 'oldest_sum', 'subset_sum', 'manual'")

SCRIPT = f"""
CREATE TABLE bank_account (
    id {{pk}},
    name TEXT NOT NULL UNIQUE,
    bank TEXT NOT NULL DEFAULT '',
    account_no TEXT NOT NULL UNIQUE,
    profile TEXT NOT NULL DEFAULT 'generic' CHECK (profile IN ({PROFILES})),
    mapping TEXT NOT NULL DEFAULT '',
    opening_date DATE,
    opening_bank_balance {{money}} NOT NULL DEFAULT 0,
    opening_book_balance {{money}} NOT NULL DEFAULT 0,
    active {{bool}} NOT NULL DEFAULT {{true}},
    created_at {{ts}} NOT NULL,
    created_by TEXT NOT NULL DEFAULT ''
)
;;
CREATE TABLE bank_import (
    id {{pk}},
    account_id {{fk}} NOT NULL REFERENCES bank_account (id),
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    sheet TEXT NOT NULL DEFAULT '',
    profile TEXT NOT NULL CHECK (profile IN ({PROFILES})),
    rows_read INTEGER NOT NULL DEFAULT 0 CHECK (rows_read >= 0),
    new_lines INTEGER NOT NULL DEFAULT 0 CHECK (new_lines >= 0),
    duplicates INTEGER NOT NULL DEFAULT 0 CHECK (duplicates >= 0),
    rejected INTEGER NOT NULL DEFAULT 0 CHECK (rejected >= 0),
    first_date DATE,
    last_date DATE,
    imported_at {{ts}} NOT NULL,
    imported_by TEXT NOT NULL
)
;;
CREATE INDEX ix_bank_import_account ON bank_import (account_id, imported_at)
;;
CREATE TABLE bank_line (
    id {{pk}},
    account_id {{fk}} NOT NULL REFERENCES bank_account (id),
    import_id {{fk}} NOT NULL REFERENCES bank_import (id),
    row_no INTEGER NOT NULL CHECK (row_no >= 1),
    value_date DATE NOT NULL,
    value_time TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    amount {{money}} NOT NULL CHECK (amount > 0),
    balance {{money}},
    counterparty_name TEXT NOT NULL DEFAULT '',
    counterparty_account TEXT NOT NULL DEFAULT '',
    counterparty_bank TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    serial TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 40),
    occurrence INTEGER NOT NULL DEFAULT 1 CHECK (occurrence >= 1),
    status TEXT NOT NULL DEFAULT 'unmatched' CHECK (status IN ('unmatched', 'matched', 'booked', 'ignored')),
    updated_at {{ts}},
    updated_by TEXT NOT NULL DEFAULT ''
)
;;
CREATE UNIQUE INDEX ux_bank_line_serial ON bank_line (account_id, serial) WHERE serial <> ''
;;
CREATE UNIQUE INDEX ux_bank_line_fingerprint ON bank_line (account_id, fingerprint, occurrence) WHERE serial = ''
;;
CREATE INDEX ix_bank_line_account ON bank_line (account_id, value_date)
;;
CREATE INDEX ix_bank_line_status ON bank_line (status, account_id)
;;
CREATE INDEX ix_bank_line_import ON bank_line (import_id)
;;
CREATE TABLE bank_match (
    id {{pk}},
    line_id {{fk}} NOT NULL REFERENCES bank_line (id),
    receipt_id {{fk}} NOT NULL REFERENCES receipt (id),
    customer_id {{fk}} NOT NULL REFERENCES customer (id),
    rule TEXT NOT NULL CHECK (rule IN ({RULES})),
    score INTEGER NOT NULL DEFAULT 0 CHECK (score >= 0 AND score <= 100),
    reason TEXT NOT NULL DEFAULT '',
    matched_at {{ts}} NOT NULL,
    matched_by TEXT NOT NULL,
    undone_at {{ts}},
    undone_by TEXT NOT NULL DEFAULT '',
    undo_reason TEXT NOT NULL DEFAULT ''
)
;;
CREATE UNIQUE INDEX ux_bank_match_in_force ON bank_match (line_id) WHERE undone_at IS NULL
;;
CREATE INDEX ix_bank_match_receipt ON bank_match (receipt_id)
;;
CREATE TABLE customer_bank_account (
    id {{pk}},
    customer_id {{fk}} NOT NULL REFERENCES customer (id),
    account_no TEXT NOT NULL UNIQUE CHECK (account_no <> ''),
    account_name TEXT NOT NULL DEFAULT '',
    bank TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import', 'learned')),
    created_at {{ts}} NOT NULL,
    created_by TEXT NOT NULL DEFAULT ''
)
;;
CREATE INDEX ix_customer_bank_account_customer ON customer_bank_account (customer_id)
;;
CREATE TABLE book_entry (
    id {{pk}},
    account_id {{fk}} NOT NULL REFERENCES bank_account (id),
    date DATE NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    amount {{money}} NOT NULL CHECK (amount > 0),
    description TEXT NOT NULL DEFAULT '',
    line_id {{fk}} REFERENCES bank_line (id),
    status TEXT NOT NULL DEFAULT 'posted' CHECK (status IN ('posted', 'void')),
    voided_on DATE,
    void_reason TEXT NOT NULL DEFAULT '',
    created_at {{ts}} NOT NULL,
    created_by TEXT NOT NULL DEFAULT ''
)
;;
CREATE INDEX ix_book_entry_account ON book_entry (account_id, date)
;;
CREATE UNIQUE INDEX ux_book_entry_line ON book_entry (line_id) WHERE line_id IS NOT NULL AND status = 'posted'
;;
ALTER TABLE receipt ADD COLUMN bank_account_id {{fk}} REFERENCES bank_account (id)
;;
CREATE INDEX ix_receipt_bank_account ON receipt (bank_account_id, date)
;;
ALTER TABLE invoice ADD COLUMN external_number TEXT NOT NULL DEFAULT ''
;;
CREATE INDEX ix_invoice_external_number ON invoice (external_number) WHERE external_number <> ''
"""

_SET_ONCE = "arapp: a bank line's facts are never changed; only its match status moves"

GUARDS: dict[str, Guard] = {
    # Step 6's lists again: the new columns (receipt.bank_account_id, invoice.external_number)
    # are not among the mutable ones, so they are frozen on posted documents.
    "invoice": step6.GUARDS["invoice"],
    "receipt": step6.GUARDS["receipt"],
    "bank_import": Guard("arapp: the record of bank imports is append-only", services_only=True),
    "bank_line": Guard(
        _SET_ONCE,
        mutable=("status", "updated_at", "updated_by"),
        services_only=True,
    ),
    "bank_match": Guard(
        "arapp: a match is never changed; undo it (the receipt is reversed)",
        mutable=("undone_at", "undone_by", "undo_reason"),
        sealed_when="OLD.undone_at IS NOT NULL",
        rules=(
            ("NEW.undone_at IS NOT NULL AND (TRIM(NEW.undo_reason) = '' OR NEW.undone_by = '')",
             "arapp: a match is undone with a reason and a user"),
        ),
        insert_rules=(
            ("NEW.undone_at IS NOT NULL OR NEW.undone_by <> '' OR NEW.undo_reason <> ''",
             "arapp: a match is written in force"),
        ),
        services_only=True,
    ),
    "book_entry": Guard(
        "arapp: a book entry is never edited or deleted; void it",
        mutable=("status", "voided_on", "void_reason", "line_id"),
        sealed_when="OLD.status = 'void'",
        rules=(
            ("NEW.status = 'void' AND OLD.status <> 'void' AND (TRIM(NEW.void_reason) = '' OR NEW.voided_on IS NULL)",
             "arapp: a book entry is voided with a reason and a date"),
            ("OLD.line_id IS NOT NULL AND NEW.line_id IS DISTINCT FROM OLD.line_id",
             "arapp: a book entry's bank line is set once"),
            ("NEW.status = 'posted' AND OLD.status = 'void'",
             "arapp: a void book entry stays void"),
        ),
        services_only=True,
    ),
}


def apply(database, dialect):
    run_script(database, dialect, SCRIPT)
    for table, guard in GUARDS.items():
        for sql in guard_statements(database, dialect, table, guard):
            database.execute_sql(sql)
