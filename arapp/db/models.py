"""Peewee models over the schema the migration steps build.

The codes a column may hold are in :mod:`arapp.domain.vocabulary` (and the schema's
CHECK lists, held equal to them by a test).

The models describe tables; they never create them (the migration steps do). Money
fields are ``BigIntegerField`` holding fen; dates are ``DateField`` (ISO text on SQLite).
"""

from __future__ import annotations

import datetime as _dt

import peewee as pw

from arapp import clock
from arapp.db.database import db


def now() -> _dt.datetime:
    """The time the books stamp on a row: the clock's (tests set it)."""
    return clock.now()


class MoneyField(pw.BigIntegerField):
    """Integer fen. Refuses floats so a float never reaches the books."""

    def db_value(self, value):
        """The fen to store; a float is refused before it reaches the books."""
        if isinstance(value, float):
            raise TypeError("money is integer fen; got a float")
        return super().db_value(value)


class BaseModel(pw.Model):
    """Every table of the books: bound to the database proxy, snake_case table names."""

    class Meta:
        database = db
        legacy_table_names = False


class CompanySetting(BaseModel):
    """A business setting (``company.name``, ``credit.hold_overdue_days``, ...): key and text value."""

    key = pw.TextField(primary_key=True)
    value = pw.TextField()


class User(BaseModel):
    """A person who logs in, with a role from ``vocabulary.USER_ROLES``."""

    username = pw.TextField(unique=True)
    display_name = pw.TextField(default="")
    role = pw.TextField()
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField(default=now)
    password_hash = pw.TextField(null=True)
    failed_logins = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    password_set_at = pw.DateTimeField(null=True)

    class Meta:
        table_name = "app_user"


class Customer(BaseModel):
    """A customer the books bill: code, name, contact data, terms, credit and collector."""

    code = pw.TextField(unique=True)
    name = pw.TextField()
    kind = pw.TextField(default="enterprise")
    category = pw.TextField(default="")
    phone = pw.TextField(default="")
    email = pw.TextField(default="")
    address = pw.TextField(default="")
    tax_id = pw.TextField(default="")
    credit_rating = pw.TextField(default="")
    credit_limit = MoneyField(null=True)
    payment_terms_days = pw.IntegerField(default=30)
    status = pw.TextField(default="active")
    collector = pw.ForeignKeyField(User, null=True, backref="customers", column_name="collector_id")
    notes = pw.TextField(default="")
    created_at = pw.DateTimeField(default=now)
    updated_at = pw.DateTimeField(default=now)


class CustomerAlias(BaseModel):
    """Another name of a customer (as on bank statements), found by the customer search."""

    customer = pw.ForeignKeyField(Customer, backref="aliases", column_name="customer_id")
    alias = pw.TextField()


class Contact(BaseModel):
    """A person at a customer to call or write to."""

    customer = pw.ForeignKeyField(Customer, backref="contacts", column_name="customer_id")
    name = pw.TextField()
    title = pw.TextField(default="")
    phone = pw.TextField(default="")
    email = pw.TextField(default="")
    is_primary = pw.BooleanField(default=False)
    notes = pw.TextField(default="")


class NumberSequence(BaseModel):
    """The next number of a document series (invoices, receipts, ...) in a year."""

    name = pw.TextField()
    year = pw.IntegerField()
    next_value = pw.IntegerField()

    class Meta:
        primary_key = pw.CompositeKey("name", "year")


class Invoice(BaseModel):
    """A bill to a customer: ``total`` and what is still ``open_amount``, both in fen.
    A posted invoice is voided, never rewritten (the database refuses edits to its terms)."""

    number = pw.TextField(unique=True, null=True)
    customer = pw.ForeignKeyField(Customer, backref="invoices", column_name="customer_id")
    issue_date = pw.DateField()
    due_date = pw.DateField()
    period = pw.TextField(default="")
    description = pw.TextField(default="")
    total = MoneyField()
    open_amount = MoneyField()
    status = pw.TextField(default="draft")
    source = pw.TextField(default="manual")
    void_reason = pw.TextField(default="")
    voided_at = pw.DateTimeField(null=True)
    voided_by = pw.TextField(default="")
    posted_at = pw.DateTimeField(null=True)
    posted_by = pw.TextField(default="")
    created_at = pw.DateTimeField(default=now)
    created_by = pw.TextField(default="")
    external_number = pw.TextField(default="")    # step 11: its number in the ledger it was imported from


class InvoiceLine(BaseModel):
    """One line of an invoice; quantity in thousandths, prices and amounts in fen.
    ``amount`` is 金额 (quantity × unit price), ``tax_amount`` 税额 at ``tax_rate`` (basis
    points, 1300 = 13%; 0 no tax; step 9), and their sum 价税合计 (``gross``)."""

    invoice = pw.ForeignKeyField(Invoice, backref="lines", column_name="invoice_id")
    line_no = pw.IntegerField()
    description = pw.TextField()
    quantity_milli = pw.BigIntegerField(default=1000)
    unit_price = MoneyField(default=0)
    amount = MoneyField()
    tax_rate = pw.IntegerField(default=0)
    tax_amount = MoneyField(default=0)

    @property
    def gross(self) -> int:
        """价税合计: the line's amount with its tax."""
        return self.amount + self.tax_amount


class BankAccount(BaseModel):
    """One of the company's bank accounts: its import profile and saved column mapping,
    and the opening balances (per bank, per books) the reconciliation starts from."""

    name = pw.TextField(unique=True)
    bank = pw.TextField(default="")
    account_no = pw.TextField(unique=True)
    profile = pw.TextField(default="generic")
    mapping = pw.TextField(default="")
    opening_date = pw.DateField(null=True)
    opening_bank_balance = MoneyField(default=0)
    opening_book_balance = MoneyField(default=0)
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField(default=now)
    created_by = pw.TextField(default="")

    class Meta:
        table_name = "bank_account"


class Receipt(BaseModel):
    """Money received from a customer; what no invoice took yet is ``unallocated``.
    Reversed, never edited or deleted."""

    number = pw.TextField(unique=True)
    customer = pw.ForeignKeyField(Customer, backref="receipts", column_name="customer_id")
    date = pw.DateField()
    amount = MoneyField()
    method = pw.TextField(default="bank")
    reference = pw.TextField(default="")
    memo = pw.TextField(default="")
    status = pw.TextField(default="posted")
    reversed_on = pw.DateField(null=True)
    reversal_reason = pw.TextField(default="")
    reversed_by = pw.TextField(default="")
    created_at = pw.DateTimeField(default=now)
    created_by = pw.TextField(default="")
    unallocated = MoneyField(default=0)   # kept by the database from the allocations (step 6)
    bank_account = pw.ForeignKeyField(BankAccount, null=True, backref="receipts", column_name="bank_account_id")  # step 11


class CreditNote(BaseModel):
    """A credit to a customer, applied to invoices like a receipt; what is left is ``unapplied``.
    Voided, never edited or deleted."""

    number = pw.TextField(unique=True)
    customer = pw.ForeignKeyField(Customer, backref="credit_notes", column_name="customer_id")
    invoice = pw.ForeignKeyField(Invoice, null=True, backref="credit_notes", column_name="invoice_id")
    date = pw.DateField()
    amount = MoneyField()
    reason = pw.TextField(default="")
    status = pw.TextField(default="posted")
    voided_on = pw.DateField(null=True)
    void_reason = pw.TextField(default="")
    created_at = pw.DateTimeField(default=now)
    created_by = pw.TextField(default="")
    unapplied = MoneyField(default=0)     # kept by the database from the allocations (step 6)


class Allocation(BaseModel):
    """Ties part of a receipt or credit note to an invoice (核销). Negative rows
    reverse earlier ones (``reverses``); rows are never edited or deleted."""

    invoice = pw.ForeignKeyField(Invoice, backref="allocations", column_name="invoice_id")
    receipt = pw.ForeignKeyField(Receipt, null=True, backref="allocations", column_name="receipt_id")
    credit_note = pw.ForeignKeyField(CreditNote, null=True, backref="allocations", column_name="credit_note_id")
    amount = MoneyField()
    date = pw.DateField()
    reverses = pw.ForeignKeyField("self", null=True, backref="reversals", column_name="reverses_id")
    created_at = pw.DateTimeField(default=now)
    created_by = pw.TextField(default="")


class AuditLog(BaseModel):
    """Who changed what and when, with the record before and after (append-only)."""

    at = pw.DateTimeField(default=now)
    username = pw.TextField()
    action = pw.TextField()
    entity = pw.TextField()
    entity_id = pw.TextField()
    before_json = pw.TextField(null=True)
    after_json = pw.TextField(null=True)
    seq = pw.BigIntegerField(null=True, unique=True)
    machine = pw.TextField(default="")
    prev_hash = pw.TextField(default="")
    hash = pw.TextField(default="")


class AuditHead(BaseModel):
    """The audit chain's last record: its seq and hash (one row, id 1)."""

    id = pw.IntegerField(primary_key=True)
    seq = pw.BigIntegerField()
    hash = pw.TextField()

    class Meta:
        table_name = "audit_head"


class LoginSession(BaseModel):
    """A terminal session (``arapp login``) of one user for one operating-system user on
    one machine, until it expires or is ended; only the token's SHA-256 is kept."""

    user = pw.ForeignKeyField(User, column_name="user_id")
    token_hash = pw.TextField(unique=True)
    os_user = pw.TextField()
    machine = pw.TextField()
    created_at = pw.DateTimeField(default=now)
    expires_at = pw.DateTimeField()
    ended_at = pw.DateTimeField(null=True)

    class Meta:
        table_name = "login_session"


ALL_MODELS = [
    CompanySetting, User, Customer, CustomerAlias, Contact, NumberSequence, Invoice,
    InvoiceLine, Receipt, CreditNote, Allocation, AuditLog, AuditHead, LoginSession,
]


class AgingScheme(BaseModel):
    """A bucket scheme: ``edges`` is a JSON list of day counts, each the last day of
    a bucket; one more bucket holds everything beyond the last edge."""

    name = pw.TextField(unique=True)
    edges = pw.TextField()
    labels = pw.TextField(default="")
    builtin = pw.BooleanField(default=False)
    is_default = pw.BooleanField(default=False)
    created_at = pw.DateTimeField(default=now)
    updated_at = pw.DateTimeField(default=now)


class CreditAssessment(BaseModel):
    """A manager's credit decision with the 5C assessment and the score behind it."""

    customer = pw.ForeignKeyField(Customer, backref="assessments", column_name="customer_id")
    assessed_on = pw.DateField()
    character_note = pw.TextField(default="")
    capacity_note = pw.TextField(default="")
    capital_note = pw.TextField(default="")
    collateral_note = pw.TextField(default="")
    conditions_note = pw.TextField(default="")
    suggested_rating = pw.TextField(default="")
    score = pw.IntegerField(null=True)
    reasons = pw.TextField(default="")
    decided_rating = pw.TextField()
    decided_limit = MoneyField(null=True)
    decided_terms_days = pw.IntegerField(null=True)
    decided_by = pw.TextField()
    created_at = pw.DateTimeField(default=now)


class CreditOverride(BaseModel):
    """A manager let an invoice through a credit hold, with a reason."""

    customer = pw.ForeignKeyField(Customer, backref="credit_overrides", column_name="customer_id")
    invoice = pw.ForeignKeyField(Invoice, null=True, column_name="invoice_id")
    hold_reasons = pw.TextField()
    reason = pw.TextField()
    approved_by = pw.TextField()
    created_at = pw.DateTimeField(default=now)


ALL_MODELS += [AgingScheme, CreditAssessment, CreditOverride]


# ------------------------------------------------------------------------------ collections (step 5)

class CollectionPolicy(BaseModel):
    """A collection ladder: its levels, the customer categories it serves (JSON list;
    the default policy serves every category no other policy names), and the age ×
    amount matrix settings (threshold in fen, short age in days overdue)."""

    name = pw.TextField(unique=True)
    categories = pw.TextField(default="[]")
    is_default = pw.BooleanField(default=False)
    amount_threshold = MoneyField(default=1_000_000)
    short_age_days = pw.IntegerField(default=30)
    description = pw.TextField(default="")
    created_at = pw.DateTimeField(default=now)
    updated_at = pw.DateTimeField(default=now)
    legal_after_attempts = pw.IntegerField(default=2)      # step 7: failed attempts at the top before legal


class PolicyLevel(BaseModel):
    """One rung of a ladder: from ``start_day`` days after the due date (negative:
    before it) until the next level starts."""

    policy = pw.ForeignKeyField(CollectionPolicy, backref="levels", column_name="policy_id")
    seq = pw.IntegerField()
    start_day = pw.IntegerField()
    action = pw.TextField()
    tone = pw.TextField(default="firm")
    letter_template = pw.TextField(default="")
    role = pw.TextField(default="collector")
    description = pw.TextField(default="")


class CollectionTask(BaseModel):
    """One customer at one level of the ladder for one episode (``anchor`` is the
    effective due date of the oldest unpaid invoice). The level's action, tone and role
    are copied in, so a later change to the policy does not rewrite old tasks."""

    customer = pw.ForeignKeyField(Customer, backref="collection_tasks", column_name="customer_id")
    policy = pw.ForeignKeyField(CollectionPolicy, null=True, column_name="policy_id")
    policy_name = pw.TextField(default="")
    level_seq = pw.IntegerField()
    start_day = pw.IntegerField()
    action = pw.TextField()
    tone = pw.TextField(default="")
    role = pw.TextField(default="")
    letter_template = pw.TextField(default="")
    description = pw.TextField(default="")
    anchor = pw.DateField()
    due_on = pw.DateField()
    follow_up_on = pw.DateField(null=True)
    status = pw.TextField(default="open")
    reason = pw.TextField(default="ladder")
    hold_reason = pw.TextField(default="")
    procedure = pw.TextField(default="general")
    amount = MoneyField()
    overdue_amount = MoneyField(default=0)
    days_overdue = pw.IntegerField(default=0)
    invoice_ids = pw.TextField(default="")
    assigned_to = pw.ForeignKeyField(User, null=True, column_name="assigned_to_id")
    outcome = pw.TextField(default="")
    created_on = pw.DateField()
    created_at = pw.DateTimeField(default=now)
    created_by = pw.TextField(default="")
    updated_at = pw.DateTimeField(default=now)
    closed_on = pw.DateField(null=True)
    closed_by = pw.TextField(default="")


class ContactLog(BaseModel):
    """One contact with a customer (append-only: the database refuses changes)."""

    at = pw.DateTimeField()
    customer = pw.ForeignKeyField(Customer, backref="contact_log", column_name="customer_id")
    task = pw.ForeignKeyField(CollectionTask, null=True, backref="contacts", column_name="task_id")
    method = pw.TextField()
    person = pw.TextField(default="")
    summary = pw.TextField()
    answer = pw.TextField(default="")
    next_step = pw.TextField(default="")
    next_date = pw.DateField(null=True)
    username = pw.TextField()
    created_at = pw.DateTimeField(default=now)
    reason = pw.TextField(default="")                      # step 7: why not paid (vocabulary.CONTACT_REASONS)


class PromiseToPay(BaseModel):
    """付款承诺: the customer promised ``amount`` fen by ``promised_date``."""

    customer = pw.ForeignKeyField(Customer, backref="promises", column_name="customer_id")
    task = pw.ForeignKeyField(CollectionTask, null=True, column_name="task_id")
    contact = pw.ForeignKeyField(ContactLog, null=True, column_name="contact_id")
    made_on = pw.DateField()
    promised_date = pw.DateField()
    amount = MoneyField()
    status = pw.TextField(default="open")
    received = MoneyField(null=True)
    evaluated_on = pw.DateField(null=True)
    note = pw.TextField(default="")
    created_by = pw.TextField()
    created_at = pw.DateTimeField(default=now)


class ExtensionRequest(BaseModel):
    """延期申请: a new due date asked for one invoice. Approval moves the dunning clock
    for that invoice; the posted invoice's own due date never changes."""

    invoice = pw.ForeignKeyField(Invoice, backref="extensions", column_name="invoice_id")
    customer = pw.ForeignKeyField(Customer, column_name="customer_id")
    current_due = pw.DateField()
    requested_due = pw.DateField()
    reason = pw.TextField()
    status = pw.TextField(default="pending")
    requested_by = pw.TextField()
    requested_at = pw.DateTimeField(default=now)
    decided_by = pw.TextField(default="")
    decided_at = pw.DateTimeField(null=True)
    decision_reason = pw.TextField(default="")


class PaymentPlan(BaseModel):
    """还款计划: an overdue balance split into instalments."""

    customer = pw.ForeignKeyField(Customer, backref="payment_plans", column_name="customer_id")
    task = pw.ForeignKeyField(CollectionTask, null=True, column_name="task_id")
    total = MoneyField()
    start_on = pw.DateField()
    status = pw.TextField(default="active")
    note = pw.TextField(default="")
    created_by = pw.TextField()
    created_at = pw.DateTimeField(default=now)
    ended_on = pw.DateField(null=True)
    end_reason = pw.TextField(default="")


class PlanInstalment(BaseModel):
    """One instalment of a payment plan: its due date, amount and whether it was paid."""

    plan = pw.ForeignKeyField(PaymentPlan, backref="instalments", column_name="plan_id")
    seq = pw.IntegerField()
    due_on = pw.DateField()
    amount = MoneyField()
    status = pw.TextField(default="pending")
    settled_on = pw.DateField(null=True)


class InvoiceDispute(BaseModel):
    """An invoice the customer disputes; it is left out of dunning while open."""

    invoice = pw.ForeignKeyField(Invoice, backref="disputes", column_name="invoice_id")
    customer = pw.ForeignKeyField(Customer, column_name="customer_id")
    opened_on = pw.DateField()
    reason = pw.TextField()
    opened_by = pw.TextField()
    status = pw.TextField(default="open")
    closed_on = pw.DateField(null=True)
    resolution = pw.TextField(default="")
    closed_by = pw.TextField(default="")
    created_at = pw.DateTimeField(default=now)


class CustomerStatusEvent(BaseModel):
    """A status on the customer from ``since`` until ``until`` (open-ended while None):
    hand-over to legal or an agency, blacklist, suspension of new credit sales."""

    customer = pw.ForeignKeyField(Customer, backref="status_events", column_name="customer_id")
    status = pw.TextField()
    since = pw.DateField()
    until = pw.DateField(null=True)
    reason = pw.TextField()
    username = pw.TextField()
    created_at = pw.DateTimeField(default=now)
    ended_by = pw.TextField(default="")
    end_reason = pw.TextField(default="")


ALL_MODELS += [CollectionPolicy, PolicyLevel, CollectionTask, ContactLog, PromiseToPay, ExtensionRequest,
               PaymentPlan, PlanInstalment, InvoiceDispute, CustomerStatusEvent]


# ------------------------------------------------------------------------------ the ladder's runs (step 7)

class LadderRun(BaseModel):
    """One run of the day's ladder: the working day it ran for, when, by whom, and what it
    did (JSON). A run for a day before the latest ``run_on`` is refused."""

    run_on = pw.DateField()
    ran_at = pw.DateTimeField(default=now)
    username = pw.TextField()
    summary = pw.TextField(default="")


ALL_MODELS += [LadderRun]


# ------------------------------------------------------------------------------ documents (step 10)

class DocumentTemplate(BaseModel):
    """One version of a letter's or the statement's texts (append-only: saving writes the
    next version; a document records the version that made it)."""

    code = pw.TextField()
    lang = pw.TextField()
    version = pw.IntegerField()
    title = pw.TextField(default="")
    body = pw.TextField(default="")
    subject = pw.TextField(default="")
    email = pw.TextField(default="")
    message = pw.TextField(default="")
    note = pw.TextField(default="")
    created_at = pw.DateTimeField(default=now)
    created_by = pw.TextField(default="")

    class Meta:
        table_name = "document_template"
        indexes = ((("code", "lang", "version"), True),)


class DocumentFile(BaseModel):
    """The bytes of one PDF made, unique by SHA-256 (append-only)."""

    sha256 = pw.TextField(unique=True)
    content = pw.BlobField()
    size = pw.BigIntegerField()
    pages = pw.IntegerField()
    created_at = pw.DateTimeField(default=now)

    class Meta:
        table_name = "document_file"


class Document(BaseModel):
    """One document made for one customer: its kind, template version, task or receipt, and
    the pages of its file it takes (append-only)."""

    kind = pw.TextField()
    code = pw.TextField(default="")
    customer = pw.ForeignKeyField(Customer, backref="documents", column_name="customer_id")
    task = pw.ForeignKeyField(CollectionTask, null=True, backref="documents", column_name="task_id")
    receipt = pw.ForeignKeyField(Receipt, null=True, backref="documents", column_name="receipt_id")
    template = pw.ForeignKeyField(DocumentTemplate, null=True, column_name="template_id")
    file = pw.ForeignKeyField(DocumentFile, backref="documents", column_name="file_id")
    file_name = pw.TextField()
    first_page = pw.IntegerField(default=1)
    pages = pw.IntegerField(default=1)
    title = pw.TextField(default="")
    lang = pw.TextField()
    as_of = pw.DateField(null=True)
    period_from = pw.DateField(null=True)
    period_to = pw.DateField(null=True)
    amount = MoneyField(default=0)
    made_at = pw.DateTimeField(default=now)
    made_by = pw.TextField()

    class Meta:
        table_name = "document"


class CompanyImage(BaseModel):
    """The letterhead's logo, the seal or the collection QR image (one per kind)."""

    kind = pw.TextField(unique=True)
    content = pw.BlobField()
    file_name = pw.TextField(default="")
    sha256 = pw.TextField()
    updated_at = pw.DateTimeField(default=now)
    updated_by = pw.TextField(default="")

    class Meta:
        table_name = "company_image"


ALL_MODELS += [DocumentTemplate, DocumentFile, Document, CompanyImage]


# ------------------------------------------------------------------------------ bank (step 11)

class BankImport(BaseModel):
    """One file read into an account, and what it held (append-only)."""

    account = pw.ForeignKeyField(BankAccount, backref="imports", column_name="account_id")
    file_name = pw.TextField()
    sha256 = pw.TextField()
    sheet = pw.TextField(default="")
    profile = pw.TextField()
    rows_read = pw.IntegerField(default=0)
    new_lines = pw.IntegerField(default=0)
    duplicates = pw.IntegerField(default=0)
    rejected = pw.IntegerField(default=0)
    first_date = pw.DateField(null=True)
    last_date = pw.DateField(null=True)
    imported_at = pw.DateTimeField(default=now)
    imported_by = pw.TextField()

    class Meta:
        table_name = "bank_import"


class BankLine(BaseModel):
    """One transaction of a bank statement (frozen but its match status)."""

    account = pw.ForeignKeyField(BankAccount, backref="lines", column_name="account_id")
    bank_import = pw.ForeignKeyField(BankImport, backref="lines", column_name="import_id")
    row_no = pw.IntegerField()
    value_date = pw.DateField()
    value_time = pw.TextField(default="")
    direction = pw.TextField()
    amount = MoneyField()
    balance = MoneyField(null=True)
    counterparty_name = pw.TextField(default="")
    counterparty_account = pw.TextField(default="")
    counterparty_bank = pw.TextField(default="")
    description = pw.TextField(default="")
    purpose = pw.TextField(default="")
    serial = pw.TextField(default="")
    reference = pw.TextField(default="")
    fingerprint = pw.TextField()
    occurrence = pw.IntegerField(default=1)
    status = pw.TextField(default="unmatched")
    updated_at = pw.DateTimeField(null=True)
    updated_by = pw.TextField(default="")

    class Meta:
        table_name = "bank_line"


class BankMatch(BaseModel):
    """A bank line matched to the receipt it became (by which rule, score, reason), and
    when and why that was undone."""

    line = pw.ForeignKeyField(BankLine, backref="matches", column_name="line_id")
    receipt = pw.ForeignKeyField(Receipt, backref="bank_matches", column_name="receipt_id")
    customer = pw.ForeignKeyField(Customer, column_name="customer_id")
    rule = pw.TextField()
    score = pw.IntegerField(default=0)
    reason = pw.TextField(default="")
    matched_at = pw.DateTimeField(default=now)
    matched_by = pw.TextField()
    undone_at = pw.DateTimeField(null=True)
    undone_by = pw.TextField(default="")
    undo_reason = pw.TextField(default="")

    class Meta:
        table_name = "bank_match"


class CustomerBankAccount(BaseModel):
    """An account a customer pays from (typed in, imported or learned from a match)."""

    customer = pw.ForeignKeyField(Customer, backref="bank_accounts", column_name="customer_id")
    account_no = pw.TextField(unique=True)
    account_name = pw.TextField(default="")
    bank = pw.TextField(default="")
    source = pw.TextField(default="manual")
    created_at = pw.DateTimeField(default=now)
    created_by = pw.TextField(default="")

    class Meta:
        table_name = "customer_bank_account"


class BookEntry(BaseModel):
    """What the books hold for a bank account besides receipts (a payment, a fee), linked
    to the bank line that shows it once the bank has it; voided, never deleted."""

    account = pw.ForeignKeyField(BankAccount, backref="book_entries", column_name="account_id")
    date = pw.DateField()
    direction = pw.TextField()
    amount = MoneyField()
    description = pw.TextField(default="")
    line = pw.ForeignKeyField(BankLine, null=True, backref="book_entries", column_name="line_id")
    status = pw.TextField(default="posted")
    voided_on = pw.DateField(null=True)
    void_reason = pw.TextField(default="")
    created_at = pw.DateTimeField(default=now)
    created_by = pw.TextField(default="")

    class Meta:
        table_name = "book_entry"


ALL_MODELS += [BankAccount, BankImport, BankLine, BankMatch, CustomerBankAccount, BookEntry]
