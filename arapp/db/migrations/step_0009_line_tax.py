"""VAT on invoice lines (issue #9): each line carries a tax rate and its tax.

``invoice_line.tax_rate`` is the rate in basis points (1300 = 13%; 0 = no tax on the
line), from 0 to 10,000; ``invoice_line.tax_amount`` is the line's 税额 in fen (zero or
more, and zero when the rate is). ``amount`` stays the line's 金额 (quantity × unit
price), so 价税合计 is ``amount + tax_amount`` and an invoice's ``total`` (the receivable)
is the sum of its lines' 价税合计. Lines written before this step get rate 0 and tax 0:
their invoices' totals are what they were.

The database does not hold the tax to ``amount × rate``: an imported invoice priced
tax-inclusive (含税) may carry a 税额 one fen off the product, as the tax authority
allows; the services compute it half up from the rate for every line they write.

The guard of ``invoice_line`` is made again with the new columns: a posted invoice's
lines stay frozen in every column, the new ones included.
"""

from arapp.db.guards import Guard, guard_statements

DESCRIPTION = "tax rate and tax amount on invoice lines"

POSTED = "arapp: posted documents cannot be edited or deleted; void or reverse them"
_LINE_POSTED = "(SELECT status FROM invoice WHERE id = {row}.invoice_id) <> 'draft'"

SQLITE = (
    "ALTER TABLE invoice_line ADD COLUMN tax_rate INTEGER NOT NULL DEFAULT 0 "
    "CHECK (tax_rate >= 0 AND tax_rate <= 10000)",
    "ALTER TABLE invoice_line ADD COLUMN tax_amount BIGINT NOT NULL DEFAULT 0 "
    "CHECK (tax_amount >= 0 AND (tax_rate > 0 OR tax_amount = 0))",
)

POSTGRES = (
    "ALTER TABLE invoice_line ADD COLUMN tax_rate INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE invoice_line ADD COLUMN tax_amount BIGINT NOT NULL DEFAULT 0",
    "ALTER TABLE invoice_line ADD CONSTRAINT ck_invoice_line_tax_rate CHECK (tax_rate >= 0 AND tax_rate <= 10000)",
    "ALTER TABLE invoice_line ADD CONSTRAINT ck_invoice_line_tax_amount "
    "CHECK (tax_amount >= 0 AND (tax_rate > 0 OR tax_amount = 0))",
)

#: The lines of a posted invoice: frozen in every column (none is mutable).
GUARDS = {
    "invoice_line": Guard(
        POSTED,
        frozen_when=_LINE_POSTED.format(row="OLD"),
        delete_refused_when=_LINE_POSTED.format(row="OLD"),
        rules=((_LINE_POSTED.format(row="NEW"), POSTED),),
        insert_rules=((_LINE_POSTED.format(row="NEW"), POSTED),),
        services_only=True,
    ),
}


def apply(database, dialect):
    for sql in SQLITE if dialect == "sqlite" else POSTGRES:
        database.execute_sql(sql)
    for table, guard in GUARDS.items():
        for sql in guard_statements(database, dialect, table, guard):
            database.execute_sql(sql)
