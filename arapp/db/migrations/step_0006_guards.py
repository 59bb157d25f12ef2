"""Every column of a posted document frozen but a listed few; cached balances kept by the
database from the allocation rows; inserts into the money tables and the logs only
from arapp's services.

1. One :class:`~arapp.db.guards.Guard` per table (:data:`GUARDS`, frozen here) says which
   columns may still change once the row is posted, and under what rules; every other
   column the table has now is frozen. The triggers of steps 2 and 5 on these tables
   are replaced by the ones generated from the list, for both dialects.
   A void or reversal needs a reason (a time or date, a user) and its fields are set
   once: a void invoice, a reversed receipt, a void credit note never change again.
2. ``invoice.open_amount`` (with the status it implies), ``receipt.unallocated`` and
   ``credit_note.unapplied`` are written by a trigger on each allocation insert, and an
   update that makes any of them disagree with the allocation rows is refused: open
   = total less allocations (0 once void, with every allocation reversed), left on a
   receipt or credit note = amount less allocations (0 once reversed or void). Existing
   books are recomputed from their allocations first. A bulk load (its own mark) sets
   the balances in a few set-based updates instead, checked the same way.
3. An insert into invoice, invoice_line, receipt, credit_note, allocation, audit_log or
   contact_log needs the services' mark (:func:`arapp.db.database.service_writes`).
"""

from arapp.db.guards import Guard, guard_statements

DESCRIPTION = "every posted column frozen, balances kept from allocations, service-only inserts"

POSTED = "arapp: posted documents cannot be edited or deleted; void or reverse them"

_INV_PAID = "COALESCE((SELECT SUM(a.amount) FROM allocation a WHERE a.invoice_id = NEW.id), 0)"
_RCT_USED = "COALESCE((SELECT SUM(a.amount) FROM allocation a WHERE a.receipt_id = NEW.id), 0)"
_CN_USED = "COALESCE((SELECT SUM(a.amount) FROM allocation a WHERE a.credit_note_id = NEW.id), 0)"
_INV_CHANGED = ("(NEW.open_amount IS DISTINCT FROM OLD.open_amount OR NEW.status IS DISTINCT FROM OLD.status "
                "OR NEW.total IS DISTINCT FROM OLD.total)")
_RCT_CHANGED = "(NEW.unallocated IS DISTINCT FROM OLD.unallocated OR NEW.status IS DISTINCT FROM OLD.status)"
_CN_CHANGED = "(NEW.unapplied IS DISTINCT FROM OLD.unapplied OR NEW.status IS DISTINCT FROM OLD.status)"
_LINE_POSTED = "(SELECT status FROM invoice WHERE id = {row}.invoice_id) <> 'draft'"

GUARDS: dict[str, Guard] = {
    "invoice": Guard(
        POSTED,
        mutable=("status", "open_amount", "void_reason", "voided_at", "voided_by"),
        frozen_when="OLD.status <> 'draft'",
        sealed_when="OLD.status IN ('void', 'written_off')",
        delete_refused_when="OLD.status <> 'draft'",
        rules=(
            ("OLD.status <> 'draft' AND NEW.status = 'draft'", POSTED),
            ("NEW.status IN ('void', 'written_off') AND OLD.status NOT IN ('void', 'written_off') "
             "AND (TRIM(NEW.void_reason) = '' OR NEW.voided_at IS NULL OR NEW.voided_by = '')",
             "arapp: an invoice is voided with a reason, a time and a user"),
            ("NEW.status NOT IN ('void', 'written_off') AND (NEW.void_reason IS DISTINCT FROM OLD.void_reason "
             "OR NEW.voided_at IS DISTINCT FROM OLD.voided_at OR NEW.voided_by IS DISTINCT FROM OLD.voided_by)",
             "arapp: the void fields are set once, when the invoice is voided"),
            (f"{_INV_CHANGED} AND ((NEW.status IN ('void', 'written_off') AND NEW.open_amount <> 0) "
             "OR (NEW.status = 'posted' AND NEW.open_amount <> NEW.total) "
             "OR (NEW.status = 'partly_paid' AND (NEW.open_amount <= 0 OR NEW.open_amount >= NEW.total)) "
             "OR (NEW.status = 'paid' AND NEW.open_amount <> 0))",
             "arapp: an invoice's status follows from its open amount"),
            (f"{_INV_CHANGED} AND ((NEW.status = 'void' AND {_INV_PAID} <> 0) "
             f"OR (NEW.status NOT IN ('void', 'written_off') AND NEW.open_amount <> NEW.total - {_INV_PAID}))",
             "arapp: an invoice's open amount follows from its allocations"),
        ),
        insert_rules=(
            ("NEW.status <> 'draft' OR NEW.open_amount <> NEW.total OR NEW.void_reason <> '' "
             "OR NEW.voided_at IS NOT NULL OR NEW.voided_by <> ''",
             "arapp: an invoice is written as a draft owing its total, then posted"),
        ),
        services_only=True,
    ),
    "invoice_line": Guard(
        POSTED,
        frozen_when=_LINE_POSTED.format(row="OLD"),
        delete_refused_when=_LINE_POSTED.format(row="OLD"),
        rules=((_LINE_POSTED.format(row="NEW"), POSTED),),
        insert_rules=((_LINE_POSTED.format(row="NEW"), POSTED),),
        services_only=True,
    ),
    "receipt": Guard(
        POSTED,
        mutable=("status", "unallocated", "reversed_on", "reversal_reason", "reversed_by"),
        sealed_when="OLD.status = 'reversed'",
        rules=(
            ("NEW.status = 'reversed' AND OLD.status <> 'reversed' "
             "AND (TRIM(NEW.reversal_reason) = '' OR NEW.reversed_on IS NULL OR NEW.reversed_by = '')",
             "arapp: a receipt is reversed with a reason, a date and a user"),
            ("NEW.status <> 'reversed' AND (NEW.reversed_on IS DISTINCT FROM OLD.reversed_on "
             "OR NEW.reversal_reason IS DISTINCT FROM OLD.reversal_reason "
             "OR NEW.reversed_by IS DISTINCT FROM OLD.reversed_by)",
             "arapp: the reversal fields are set once, when the receipt is reversed"),
            (f"{_RCT_CHANGED} AND ((NEW.status = 'reversed' AND NEW.unallocated <> 0) "
             "OR NEW.unallocated < 0 OR NEW.unallocated > NEW.amount)",
             "arapp: what is left of a receipt is between nothing and its amount, nothing once reversed"),
            (f"{_RCT_CHANGED} AND ((NEW.status = 'reversed' AND {_RCT_USED} <> 0) "
             f"OR (NEW.status <> 'reversed' AND NEW.unallocated <> NEW.amount - {_RCT_USED}))",
             "arapp: what is left of a receipt follows from its allocations"),
        ),
        insert_rules=(
            ("NEW.status <> 'posted' OR NEW.unallocated <> NEW.amount OR NEW.reversed_on IS NOT NULL "
             "OR NEW.reversal_reason <> '' OR NEW.reversed_by <> ''",
             "arapp: a receipt is written posted, with all its money unallocated"),
        ),
        services_only=True,
    ),
    "credit_note": Guard(
        POSTED,
        mutable=("status", "unapplied", "voided_on", "void_reason"),
        sealed_when="OLD.status = 'void'",
        rules=(
            ("NEW.status = 'void' AND OLD.status <> 'void' AND (TRIM(NEW.void_reason) = '' OR NEW.voided_on IS NULL)",
             "arapp: a credit note is voided with a reason and a date"),
            ("NEW.status <> 'void' AND (NEW.voided_on IS DISTINCT FROM OLD.voided_on "
             "OR NEW.void_reason IS DISTINCT FROM OLD.void_reason)",
             "arapp: the void fields are set once, when the credit note is voided"),
            (f"{_CN_CHANGED} AND ((NEW.status = 'void' AND NEW.unapplied <> 0) "
             "OR NEW.unapplied < 0 OR NEW.unapplied > NEW.amount)",
             "arapp: what is left of a credit note is between nothing and its amount, nothing once void"),
            (f"{_CN_CHANGED} AND ((NEW.status = 'void' AND {_CN_USED} <> 0) "
             f"OR (NEW.status <> 'void' AND NEW.unapplied <> NEW.amount - {_CN_USED}))",
             "arapp: what is left of a credit note follows from its allocations"),
        ),
        insert_rules=(
            ("NEW.status <> 'posted' OR NEW.unapplied <> NEW.amount OR NEW.voided_on IS NOT NULL "
             "OR NEW.void_reason <> ''",
             "arapp: a credit note is written posted, with all its money unapplied"),
        ),
        services_only=True,
    ),
    "allocation": Guard(
        "arapp: allocations are never edited or deleted; reverse them",
        insert_rules=(
            ("(NEW.amount < 0) <> (NEW.reverses_id IS NOT NULL) OR (NEW.reverses_id IS NOT NULL AND NOT EXISTS ("
             "SELECT 1 FROM allocation o WHERE o.id = NEW.reverses_id AND o.amount = -NEW.amount "
             "AND o.invoice_id = NEW.invoice_id AND o.receipt_id IS NOT DISTINCT FROM NEW.receipt_id "
             "AND o.credit_note_id IS NOT DISTINCT FROM NEW.credit_note_id))",
             "arapp: a negative allocation is the twin of the allocation it reverses"),
            ("(SELECT customer_id FROM invoice WHERE id = NEW.invoice_id) IS DISTINCT FROM COALESCE("
             "(SELECT customer_id FROM receipt WHERE id = NEW.receipt_id), "
             "(SELECT customer_id FROM credit_note WHERE id = NEW.credit_note_id))",
             "arapp: an allocation ties a customer's money to the same customer's invoice"),
        ),
        services_only=True,
    ),
    "audit_log": Guard("arapp: the audit log is append-only", services_only=True),
    "contact_log": Guard("arapp: the contact log is append-only", services_only=True),
    "customer_status_event": Guard(
        "arapp: a status event can only be ended once, never rewritten",
        mutable=("until", "ended_by", "end_reason"),
        sealed_when="OLD.until IS NOT NULL",
        rules=(
            ("NEW.until IS NULL AND (NEW.ended_by IS DISTINCT FROM OLD.ended_by "
             "OR NEW.end_reason IS DISTINCT FROM OLD.end_reason)",
             "arapp: a status event can only be ended once, never rewritten"),
            ("NEW.until IS NOT NULL AND OLD.until IS NULL AND (TRIM(NEW.end_reason) = '' OR NEW.ended_by = '')",
             "arapp: a status event is ended with a reason and a user"),
        ),
    ),
    "credit_assessment": Guard("arapp: a credit decision is kept as made; record a new one"),
    "credit_override": Guard("arapp: a credit-hold override is kept as made"),
}

#: The triggers and functions of steps 2 and 5 that the generated guards replace.
_OLD_SQLITE_TRIGGERS = (
    "tg_invoice_posted_no_update", "tg_invoice_posted_no_delete", "tg_invoice_line_posted_no_insert",
    "tg_invoice_line_posted_no_update", "tg_invoice_line_posted_no_delete", "tg_receipt_no_update",
    "tg_receipt_no_delete", "tg_credit_note_no_update", "tg_credit_note_no_delete", "tg_allocation_no_update",
    "tg_allocation_no_delete", "tg_audit_no_update", "tg_audit_no_delete", "tg_contact_log_no_update",
    "tg_contact_log_no_delete", "tg_status_event_no_update", "tg_status_event_no_delete",
)
_OLD_PG_TRIGGERS = (
    ("tg_invoice_guard", "invoice"), ("tg_invoice_line_guard", "invoice_line"), ("tg_receipt_guard", "receipt"),
    ("tg_receipt_no_delete", "receipt"), ("tg_credit_note_guard", "credit_note"),
    ("tg_credit_note_no_delete", "credit_note"), ("tg_allocation_frozen", "allocation"),
    ("tg_audit_frozen", "audit_log"), ("tg_contact_log_frozen", "contact_log"),
    ("tg_status_event_guard", "customer_status_event"),
)
_OLD_PG_FUNCTIONS = (
    "arapp_refuse", "arapp_invoice_guard", "arapp_invoice_line_guard", "arapp_receipt_guard",
    "arapp_credit_note_guard", "arapp_contact_log_refuse", "arapp_status_event_guard",
)

#: Existing books: the cached amounts and invoice statuses recomputed from the allocations.
RECOMPUTE = (
    "UPDATE invoice SET open_amount = CASE WHEN status IN ('void', 'written_off') THEN 0 ELSE total - COALESCE("
    "(SELECT SUM(a.amount) FROM allocation a WHERE a.invoice_id = invoice.id), 0) END",
    "UPDATE invoice SET status = CASE WHEN open_amount = 0 THEN 'paid' WHEN open_amount < total THEN 'partly_paid' "
    "ELSE 'posted' END WHERE status IN ('posted', 'partly_paid', 'paid')",
    "UPDATE receipt SET unallocated = CASE WHEN status = 'reversed' THEN 0 ELSE amount - COALESCE("
    "(SELECT SUM(a.amount) FROM allocation a WHERE a.receipt_id = receipt.id), 0) END",
    "UPDATE credit_note SET unapplied = CASE WHEN status = 'void' THEN 0 ELSE amount - COALESCE("
    "(SELECT SUM(a.amount) FROM allocation a WHERE a.credit_note_id = credit_note.id), 0) END",
)

#: After each allocation insert: the invoice's open amount and status, and what is left
#: on the receipt or credit note. SQLite fires row triggers row by row, so it subtracts;
#: PostgreSQL fires them after the whole statement, so it recomputes from the sums.
#: Not inside a bulk load's mark (arapp_writer() 2, arapp.writer 'bulk'): the loader
#: sets the balances from the allocations in a few set-based updates, which the guards
#: check against the sums, before its transaction ends.
KEEP_BALANCES_SQLITE = """
CREATE TRIGGER tg_allocation_keeps_balances AFTER INSERT ON allocation
WHEN arapp_writer() <> 2
BEGIN
    UPDATE invoice SET open_amount = open_amount - NEW.amount,
        status = CASE WHEN status IN ('posted', 'partly_paid', 'paid') THEN
            CASE WHEN open_amount - NEW.amount <= 0 THEN 'paid'
                 WHEN open_amount - NEW.amount < total THEN 'partly_paid' ELSE 'posted' END
            ELSE status END
    WHERE id = NEW.invoice_id;
    UPDATE receipt SET unallocated = unallocated - NEW.amount WHERE id = NEW.receipt_id;
    UPDATE credit_note SET unapplied = unapplied - NEW.amount WHERE id = NEW.credit_note_id;
END
"""

KEEP_BALANCES_POSTGRES = (
    """
CREATE FUNCTION arapp_allocation_keeps_balances() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE paid BIGINT;
BEGIN
    IF current_setting('arapp.writer', true) = 'bulk' THEN RETURN NULL; END IF;
    SELECT COALESCE(SUM(a.amount), 0) INTO paid FROM allocation a WHERE a.invoice_id = NEW.invoice_id;
    UPDATE invoice SET open_amount = total - paid,
        status = CASE WHEN status IN ('posted', 'partly_paid', 'paid') THEN
            CASE WHEN total - paid <= 0 THEN 'paid' WHEN paid > 0 THEN 'partly_paid' ELSE 'posted' END
            ELSE status END
    WHERE id = NEW.invoice_id;
    IF NEW.receipt_id IS NOT NULL THEN
        UPDATE receipt SET unallocated = amount - (SELECT COALESCE(SUM(a.amount), 0) FROM allocation a
            WHERE a.receipt_id = NEW.receipt_id) WHERE id = NEW.receipt_id;
    ELSE
        UPDATE credit_note SET unapplied = amount - (SELECT COALESCE(SUM(a.amount), 0) FROM allocation a
            WHERE a.credit_note_id = NEW.credit_note_id) WHERE id = NEW.credit_note_id;
    END IF;
    RETURN NULL;
END $$
""",
    "CREATE TRIGGER tg_allocation_keeps_balances AFTER INSERT ON allocation "
    "FOR EACH ROW EXECUTE FUNCTION arapp_allocation_keeps_balances()",
)


def apply(database, dialect):
    """Replace the old guards, recompute the cached amounts, create the generated guards."""
    if dialect == "sqlite":
        for name in _OLD_SQLITE_TRIGGERS:
            database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for name, table in _OLD_PG_TRIGGERS:
            database.execute_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        for name in _OLD_PG_FUNCTIONS:
            database.execute_sql(f"DROP FUNCTION IF EXISTS {name}()")
    for sql in RECOMPUTE:
        database.execute_sql(sql)
    if dialect == "sqlite":
        database.execute_sql(KEEP_BALANCES_SQLITE.strip())
    else:
        for sql in KEEP_BALANCES_POSTGRES:
            database.execute_sql(sql.strip())
    for table, guard in GUARDS.items():
        for sql in guard_statements(database, dialect, table, guard):
            database.execute_sql(sql)
