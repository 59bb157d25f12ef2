"""Peewee models over the schema the migration steps build.

The models describe tables; they never create them (the migration steps do). Money
fields are ``BigIntegerField`` holding fen; dates are ``DateField`` (ISO text on SQLite).
"""

from __future__ import annotations

import datetime as _dt

import peewee as pw

from arapp.db.database import db


def now() -> _dt.datetime:
    return _dt.datetime.now().replace(microsecond=0)


class MoneyField(pw.BigIntegerField):
    """Integer fen. Refuses floats so a float never reaches the books."""

    def db_value(self, value):
        if isinstance(value, float):
            raise TypeError("money is integer fen; got a float")
        return super().db_value(value)


class BaseModel(pw.Model):
    class Meta:
        database = db
        legacy_table_names = False


class CompanySetting(BaseModel):
    key = pw.TextField(primary_key=True)
    value = pw.TextField()


class User(BaseModel):
    ROLES = ("admin", "manager", "bookkeeper", "cashier", "collector")
    username = pw.TextField(unique=True)
    display_name = pw.TextField(default="")
    role = pw.TextField()
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField(default=now)

    class Meta:
        table_name = "app_user"


class Customer(BaseModel):
    KINDS = ("enterprise", "individual", "owner", "tenant", "agent")
    STATUSES = ("active", "on_hold", "blacklisted", "legal")
    RATINGS = ("", "A", "B", "C", "D")
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
    customer = pw.ForeignKeyField(Customer, backref="aliases", column_name="customer_id")
    alias = pw.TextField()


class Contact(BaseModel):
    customer = pw.ForeignKeyField(Customer, backref="contacts", column_name="customer_id")
    name = pw.TextField()
    title = pw.TextField(default="")
    phone = pw.TextField(default="")
    email = pw.TextField(default="")
    is_primary = pw.BooleanField(default=False)
    notes = pw.TextField(default="")


class NumberSequence(BaseModel):
    name = pw.TextField()
    year = pw.IntegerField()
    next_value = pw.IntegerField()

    class Meta:
        primary_key = pw.CompositeKey("name", "year")


class Invoice(BaseModel):
    STATUSES = ("draft", "posted", "partly_paid", "paid", "void", "written_off")
    OPEN_STATUSES = ("posted", "partly_paid")
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


class InvoiceLine(BaseModel):
    invoice = pw.ForeignKeyField(Invoice, backref="lines", column_name="invoice_id")
    line_no = pw.IntegerField()
    description = pw.TextField()
    quantity_milli = pw.BigIntegerField(default=1000)
    unit_price = MoneyField(default=0)
    amount = MoneyField()


class Receipt(BaseModel):
    METHODS = ("cash", "bank", "wechat", "alipay", "card", "cheque")
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
    unallocated = MoneyField(default=0)   # kept by the services (schema step 3)


class CreditNote(BaseModel):
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
    unapplied = MoneyField(default=0)     # kept by the services (schema step 3)


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
    at = pw.DateTimeField(default=now)
    username = pw.TextField()
    action = pw.TextField()
    entity = pw.TextField()
    entity_id = pw.TextField()
    before_json = pw.TextField(null=True)
    after_json = pw.TextField(null=True)


ALL_MODELS = [
    CompanySetting, User, Customer, CustomerAlias, Contact, NumberSequence, Invoice,
    InvoiceLine, Receipt, CreditNote, Allocation, AuditLog,
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
