"""Indexes for reports as of a past date: the few voided invoices, reversed receipts
and voided credit notes are found by the date they stopped counting, instead of
scanning every document issued before the date."""

from arapp.db.migrations import run_script

DESCRIPTION = "as-of report indexes"

SCRIPT = """
CREATE INDEX ix_invoice_voided ON invoice (voided_at) WHERE status = 'void'
;;
CREATE INDEX ix_receipt_reversed ON receipt (reversed_on) WHERE status = 'reversed'
;;
CREATE INDEX ix_credit_note_voided ON credit_note (voided_on) WHERE status = 'void'
"""


def apply(database, dialect):
    run_script(database, dialect, SCRIPT)
