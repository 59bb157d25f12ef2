"""Posting and the ladder's runs only through arapp's services (issue #8, after review).

1. A draft becomes a posted invoice only under the services' mark
   (:func:`arapp.db.database.service_writes`): a raw ``UPDATE invoice SET status =
   'posted', total = ...`` on a draft would otherwise post any amount, on any date,
   without a number, past the cap and the date window the services check.
2. ``ladder_run`` (step 7), the record that refuses a run for a day gone by, is
   append-only and written only by the services: deleting its rows would let a run for
   an earlier day close tasks again.
"""

from arapp.db.guards import Guard, guard_statements

DESCRIPTION = "posting and the ladder's runs only through the services"

POST_MSG = "arapp: an invoice is posted only by the services of arapp"

SQLITE_POST = f"""
CREATE TRIGGER tg_invoice_post_needs_mark BEFORE UPDATE OF status ON invoice
WHEN OLD.status = 'draft' AND NEW.status <> 'draft' AND arapp_writer() = 0
BEGIN SELECT RAISE(ABORT, '{POST_MSG}'); END
"""

POSTGRES_POST = (
    f"""
CREATE FUNCTION arapp_invoice_post_needs_mark() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'draft' AND NEW.status <> 'draft'
       AND COALESCE(current_setting('arapp.writer', true), '') NOT IN ('services', 'bulk') THEN
        RAISE EXCEPTION '{POST_MSG}';
    END IF;
    RETURN NEW;
END $$
""",
    "CREATE TRIGGER tg_invoice_post_needs_mark BEFORE UPDATE OF status ON invoice "
    "FOR EACH ROW EXECUTE FUNCTION arapp_invoice_post_needs_mark()",
)

#: The ladder's runs: never changed or deleted, inserted by the services only.
GUARDS = {
    "ladder_run": Guard("arapp: the record of the ladder's runs is append-only", services_only=True),
}


def apply(database, dialect):
    if dialect == "sqlite":
        database.execute_sql(SQLITE_POST.strip())
    else:
        for sql in POSTGRES_POST:
            database.execute_sql(sql.strip())
    for table, guard in GUARDS.items():
        for sql in guard_statements(database, dialect, table, guard):
            database.execute_sql(sql)
