"""Guards in the database itself: a posted document cannot be edited or deleted
even by a program that bypasses the services, and the audit log is append-only.

What may still change on a posted invoice: status, open_amount and the void fields
(a void is recorded, not a rewrite); on a receipt or credit note only the
reversal/void fields. Allocations and audit records never change once written.
"""

from arapp.db.migrations import run_script

DESCRIPTION = "immutability guards for posted documents"

IMMUTABLE_MSG = "arapp: posted documents cannot be edited or deleted; void or reverse them"

SQLITE = f"""
CREATE TRIGGER tg_invoice_posted_no_update BEFORE UPDATE ON invoice
WHEN OLD.status <> 'draft' AND (
    NEW.number IS NOT OLD.number OR NEW.customer_id IS NOT OLD.customer_id
    OR NEW.issue_date IS NOT OLD.issue_date OR NEW.due_date IS NOT OLD.due_date
    OR NEW.total IS NOT OLD.total OR NEW.period IS NOT OLD.period
    OR NEW.description IS NOT OLD.description OR NEW.status = 'draft'
    OR NEW.posted_at IS NOT OLD.posted_at OR NEW.source IS NOT OLD.source)
BEGIN SELECT RAISE(ABORT, '{IMMUTABLE_MSG}'); END
;;
CREATE TRIGGER tg_invoice_posted_no_delete BEFORE DELETE ON invoice
WHEN OLD.status <> 'draft'
BEGIN SELECT RAISE(ABORT, '{IMMUTABLE_MSG}'); END
;;
CREATE TRIGGER tg_invoice_line_posted_no_insert BEFORE INSERT ON invoice_line
WHEN (SELECT status FROM invoice WHERE id = NEW.invoice_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, '{IMMUTABLE_MSG}'); END
;;
CREATE TRIGGER tg_invoice_line_posted_no_update BEFORE UPDATE ON invoice_line
WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, '{IMMUTABLE_MSG}'); END
;;
CREATE TRIGGER tg_invoice_line_posted_no_delete BEFORE DELETE ON invoice_line
WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, '{IMMUTABLE_MSG}'); END
;;
CREATE TRIGGER tg_receipt_no_update BEFORE UPDATE ON receipt
WHEN NEW.number IS NOT OLD.number OR NEW.customer_id IS NOT OLD.customer_id
    OR NEW.date IS NOT OLD.date OR NEW.amount IS NOT OLD.amount
    OR NEW.method IS NOT OLD.method OR NEW.reference IS NOT OLD.reference
    OR (OLD.status = 'reversed')
BEGIN SELECT RAISE(ABORT, '{IMMUTABLE_MSG}'); END
;;
CREATE TRIGGER tg_receipt_no_delete BEFORE DELETE ON receipt
BEGIN SELECT RAISE(ABORT, '{IMMUTABLE_MSG}'); END
;;
CREATE TRIGGER tg_credit_note_no_update BEFORE UPDATE ON credit_note
WHEN NEW.number IS NOT OLD.number OR NEW.customer_id IS NOT OLD.customer_id
    OR NEW.date IS NOT OLD.date OR NEW.amount IS NOT OLD.amount
    OR NEW.invoice_id IS NOT OLD.invoice_id OR (OLD.status = 'void')
BEGIN SELECT RAISE(ABORT, '{IMMUTABLE_MSG}'); END
;;
CREATE TRIGGER tg_credit_note_no_delete BEFORE DELETE ON credit_note
BEGIN SELECT RAISE(ABORT, '{IMMUTABLE_MSG}'); END
;;
CREATE TRIGGER tg_allocation_no_update BEFORE UPDATE ON allocation
BEGIN SELECT RAISE(ABORT, '{IMMUTABLE_MSG}'); END
;;
CREATE TRIGGER tg_allocation_no_delete BEFORE DELETE ON allocation
BEGIN SELECT RAISE(ABORT, '{IMMUTABLE_MSG}'); END
;;
CREATE TRIGGER tg_audit_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'arapp: the audit log is append-only'); END
;;
CREATE TRIGGER tg_audit_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'arapp: the audit log is append-only'); END
"""

POSTGRES = f"""
CREATE FUNCTION arapp_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '{IMMUTABLE_MSG}';
END $$
;;
CREATE FUNCTION arapp_invoice_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'draft' THEN RAISE EXCEPTION '{IMMUTABLE_MSG}'; END IF;
        RETURN OLD;
    END IF;
    IF OLD.status <> 'draft' AND (
        NEW.number IS DISTINCT FROM OLD.number OR NEW.customer_id IS DISTINCT FROM OLD.customer_id
        OR NEW.issue_date IS DISTINCT FROM OLD.issue_date OR NEW.due_date IS DISTINCT FROM OLD.due_date
        OR NEW.total IS DISTINCT FROM OLD.total OR NEW.period IS DISTINCT FROM OLD.period
        OR NEW.description IS DISTINCT FROM OLD.description OR NEW.status = 'draft'
        OR NEW.posted_at IS DISTINCT FROM OLD.posted_at OR NEW.source IS DISTINCT FROM OLD.source) THEN
        RAISE EXCEPTION '{IMMUTABLE_MSG}';
    END IF;
    RETURN NEW;
END $$
;;
CREATE TRIGGER tg_invoice_guard BEFORE UPDATE OR DELETE ON invoice
FOR EACH ROW EXECUTE FUNCTION arapp_invoice_guard()
;;
CREATE FUNCTION arapp_invoice_line_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE st TEXT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT status INTO st FROM invoice WHERE id = NEW.invoice_id;
    ELSE
        SELECT status INTO st FROM invoice WHERE id = OLD.invoice_id;
    END IF;
    IF st <> 'draft' THEN RAISE EXCEPTION '{IMMUTABLE_MSG}'; END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END $$
;;
CREATE TRIGGER tg_invoice_line_guard BEFORE INSERT OR UPDATE OR DELETE ON invoice_line
FOR EACH ROW EXECUTE FUNCTION arapp_invoice_line_guard()
;;
CREATE FUNCTION arapp_receipt_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.number IS DISTINCT FROM OLD.number OR NEW.customer_id IS DISTINCT FROM OLD.customer_id
        OR NEW.date IS DISTINCT FROM OLD.date OR NEW.amount IS DISTINCT FROM OLD.amount
        OR NEW.method IS DISTINCT FROM OLD.method OR NEW.reference IS DISTINCT FROM OLD.reference
        OR OLD.status = 'reversed' THEN
        RAISE EXCEPTION '{IMMUTABLE_MSG}';
    END IF;
    RETURN NEW;
END $$
;;
CREATE TRIGGER tg_receipt_guard BEFORE UPDATE ON receipt
FOR EACH ROW EXECUTE FUNCTION arapp_receipt_guard()
;;
CREATE TRIGGER tg_receipt_no_delete BEFORE DELETE ON receipt
FOR EACH ROW EXECUTE FUNCTION arapp_refuse()
;;
CREATE FUNCTION arapp_credit_note_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.number IS DISTINCT FROM OLD.number OR NEW.customer_id IS DISTINCT FROM OLD.customer_id
        OR NEW.date IS DISTINCT FROM OLD.date OR NEW.amount IS DISTINCT FROM OLD.amount
        OR NEW.invoice_id IS DISTINCT FROM OLD.invoice_id OR OLD.status = 'void' THEN
        RAISE EXCEPTION '{IMMUTABLE_MSG}';
    END IF;
    RETURN NEW;
END $$
;;
CREATE TRIGGER tg_credit_note_guard BEFORE UPDATE ON credit_note
FOR EACH ROW EXECUTE FUNCTION arapp_credit_note_guard()
;;
CREATE TRIGGER tg_credit_note_no_delete BEFORE DELETE ON credit_note
FOR EACH ROW EXECUTE FUNCTION arapp_refuse()
;;
CREATE TRIGGER tg_allocation_frozen BEFORE UPDATE OR DELETE ON allocation
FOR EACH ROW EXECUTE FUNCTION arapp_refuse()
;;
CREATE TRIGGER tg_audit_frozen BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION arapp_refuse()
"""


def apply(database, dialect):
    script = SQLITE if dialect == "sqlite" else POSTGRES
    # The scripts hold no {placeholders}; double the braces the runner would read.
    run_script(database, dialect, script.replace("{", "{{").replace("}", "}}"))
