"""Credit control (信用管理): payment-history score, suggested rating, the manager's
decision, and credit holds with audited overrides.

The score explains itself: every point taken off comes with a reason a manager can
read. The system suggests; the manager decides (``record_credit_decision``).
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass, field

from peewee import fn

from arapp import clock
from arapp.db import lookups
from arapp.db.database import db
from arapp.db.ledger_sql import open_pieces_sql
from arapp.db.models import (
    CompanySetting,
    CreditAssessment,
    CreditNote,
    CreditOverride,
    Customer,
    Invoice,
    Receipt,
    now,
)
from arapp.db.values import as_date
from arapp.domain import text
from arapp.domain import vocabulary as vocab
from arapp.domain.money import format_amount
from arapp.errors import ArappError, ValidationError
from arapp.i18n import tr, trn
from arapp.services.audit import record_audit, snapshot
from arapp.services.changes import Changes
from arapp.services.context import current_actor
from arapp.services.customers import CustomerChange
from arapp.services.settings import SettingsChange

HOLD_DAYS_KEY = "credit.hold_overdue_days"
DEFAULT_HOLD_DAYS = 60


class CreditHoldError(ArappError):
    """Posting for a customer on credit hold needs a manager's override with a reason."""

    def __init__(self, message: str, reasons: list[str]):
        super().__init__(message)
        self.reasons = reasons


@dataclass(frozen=True)
class CreditDecision:
    """The manager's credit decision recorded: the assessment row and the customer's
    rating, limit and terms now."""

    assessment_id: int
    customer_id: int
    suggested_rating: str
    rating: str
    limit: int | None
    terms_days: int
    decided_by: str
    changes: Changes


@dataclass
class PaymentHistory:
    invoices: int = 0            # posted invoices that have fallen due
    paid: int = 0
    paid_on_time: int = 0
    average_days_late: float = 0.0
    open_overdue: int = 0        # fen overdue now
    oldest_overdue_days: int = 0


@dataclass
class RatingSuggestion:
    rating: str
    score: int
    reasons: list[str] = field(default_factory=list)
    history: PaymentHistory = field(default_factory=PaymentHistory)


def hold_overdue_days() -> int:
    row = CompanySetting.get_or_none(CompanySetting.key == HOLD_DAYS_KEY)
    try:
        return int(row.value) if row else DEFAULT_HOLD_DAYS
    except ValueError:
        return DEFAULT_HOLD_DAYS


def set_hold_overdue_days(days: int) -> SettingsChange:
    """Change the company's credit-hold threshold (days overdue)."""
    current_actor().require("credit.approve")
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= 3650:
        raise ValidationError(tr("services", "The hold threshold must be 1 to 3650 days"), field="days")
    with db.atomic():
        row = CompanySetting.get_or_none(CompanySetting.key == HOLD_DAYS_KEY)
        before = {"value": row.value} if row else None
        if row:
            CompanySetting.update(value=str(days)).where(CompanySetting.key == HOLD_DAYS_KEY).execute()
        else:
            CompanySetting.create(key=HOLD_DAYS_KEY, value=str(days))
        record_audit("update", "company_setting", HOLD_DAYS_KEY, before, {"value": str(days)})
    return SettingsChange({HOLD_DAYS_KEY: (before["value"] if before else None, str(days))})


def payment_history(customer_id: int, as_of: _dt.date | None = None) -> PaymentHistory:
    """How the customer has paid: invoices due by ``as_of``, paid on time or late."""
    when = as_of or clock.today()
    p = db.obj.param
    d = when.isoformat()
    rows = db.execute_sql(
        "SELECT i.due_date, i.open_amount, i.status, "
        "(SELECT MAX(a.date) FROM allocation a WHERE a.invoice_id = i.id) "
        f"FROM invoice i WHERE i.customer_id = {p} AND i.status IN ('posted', 'partly_paid', 'paid') "
        f"AND i.due_date <= {p}",
        (customer_id, d),
    ).fetchall()
    h = PaymentHistory()
    late_days = []
    for due, open_amount, status, last_alloc in rows:
        due = as_date(due)
        h.invoices += 1
        if status == "paid" and last_alloc is not None:
            paid_on = as_date(last_alloc)
            h.paid += 1
            late = max(0, (paid_on - due).days)
            late_days.append(late)
            if late == 0:
                h.paid_on_time += 1
        else:
            late = max(0, (when - due).days)
            late_days.append(late)
            if late > 0:
                h.open_overdue += int(open_amount)
                h.oldest_overdue_days = max(h.oldest_overdue_days, late)
    h.average_days_late = round(sum(late_days) / len(late_days), 1) if late_days else 0.0
    return h


def suggest_rating(customer, as_of: _dt.date | None = None) -> RatingSuggestion:
    """A rating A–D from payment history, with the reasons behind each deduction."""
    cust = lookups.customer(customer)
    h = payment_history(cust.id, as_of)
    score = 100
    reasons = []
    if h.invoices == 0:
        return RatingSuggestion("B", 75, [tr("services", "No payment history yet: start at B")], h)
    late_pen = min(40, int(h.average_days_late * 0.8 + 0.5))
    if late_pen:
        score -= late_pen
        reasons.append(tr("services", "Pays {days} days late on average (−{points})",
                          days=h.average_days_late, points=late_pen))
    share = h.paid_on_time / h.invoices
    share_pen = int((1 - share) * 30 + 0.5)
    if share_pen:
        score -= share_pen
        reasons.append(tr("services", "{pct}% of invoices paid on time (−{points})",
                          pct=int(share * 100 + 0.5), points=share_pen))
    if h.oldest_overdue_days > 90:
        score -= 20
        reasons.append(trn("services", "An invoice is {n} day overdue (−{points})", "An invoice is {n} days overdue (−{points})",
                           h.oldest_overdue_days, points=20))
    elif h.oldest_overdue_days > 60:
        score -= 10
        reasons.append(trn("services", "An invoice is {n} day overdue (−{points})", "An invoice is {n} days overdue (−{points})",
                           h.oldest_overdue_days, points=10))
    if cust.credit_limit and h.open_overdue > cust.credit_limit // 2:
        score -= 10
        reasons.append(tr("services", "Overdue {amount} is more than half the credit limit (−{points})",
                          amount=format_amount(h.open_overdue), points=10))
    score = max(0, score)
    rating = "A" if score >= 85 else "B" if score >= 70 else "C" if score >= 50 else "D"
    if not reasons:
        reasons.append(tr("services", "Always paid on time"))
    return RatingSuggestion(rating, score, reasons, h)


def record_credit_decision(customer, *, rating: str, limit: int | None, terms_days: int | None = None,
                           character: str = "", capacity: str = "", capital: str = "", collateral: str = "",
                           conditions: str = "", assessed_on: _dt.date | None = None) -> CreditDecision:
    """The manager's decision on rating, limit and terms, with the 5C assessment; the
    customer's master data follows it, and the suggestion in force is kept beside it."""
    actor = current_actor()
    actor.require("credit.approve")
    rating = (rating or "").upper()
    if rating not in ("A", "B", "C", "D"):
        raise ValidationError(tr("services", "Credit rating must be A, B, C or D, not '{value}'", value=rating),
                              field="rating")
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 0):
        raise ValidationError(tr("services", "The credit limit must be zero or more"), field="limit")
    if terms_days is not None and (not isinstance(terms_days, int) or not 0 <= terms_days <= 3650):
        raise ValidationError(tr("services", "Payment terms must be a whole number of days from 0 to 3650"),
                              field="terms")
    notes = {key: text.clean_text(value, text.NOTE, label, field=key) for key, value, label in (
        ("character", character, tr("services", "Character")), ("capacity", capacity, tr("services", "Capacity")),
        ("capital", capital, tr("services", "Capital")), ("collateral", collateral, tr("services", "Collateral")),
        ("conditions", conditions, tr("services", "Conditions")))}
    with db.atomic():
        cust = lookups.customer(customer)
        suggestion = suggest_rating(cust, assessed_on)
        row = CreditAssessment.create(
            customer=cust, assessed_on=assessed_on or clock.today(), character_note=notes["character"],
            capacity_note=notes["capacity"], capital_note=notes["capital"], collateral_note=notes["collateral"],
            conditions_note=notes["conditions"], suggested_rating=suggestion.rating, score=suggestion.score,
            reasons=json.dumps(suggestion.reasons, ensure_ascii=False), decided_rating=rating,
            decided_limit=limit, decided_terms_days=terms_days, decided_by=actor.username, created_at=now())
        record_audit("create", "credit_assessment", row.id, None, snapshot(row))
        before = snapshot(cust)
        cust.credit_rating = rating
        cust.credit_limit = limit
        if terms_days is not None:
            cust.payment_terms_days = terms_days
        cust.updated_at = now()
        cust.save()
        record_audit("credit_decision", "customer", cust.id, before, snapshot(cust))
    return CreditDecision(row.id, cust.id, row.suggested_rating, rating, limit, cust.payment_terms_days,
                          actor.username, Changes.of(customer=cust.id, assessment=row.id))


def credit_exposure(customer_id: int) -> int:
    """What the customer owes on everything posted, whatever its date (invoices billed
    ahead included), net of the receipts and credit notes not yet applied: the credit the
    books have extended, which a new invoice adds to."""
    owed = (Invoice.select(fn.COALESCE(fn.SUM(Invoice.open_amount), 0))
            .where((Invoice.customer == customer_id) & Invoice.status.in_(vocab.INVOICE_OPEN_STATUSES)).scalar())
    paid = (Receipt.select(fn.COALESCE(fn.SUM(Receipt.unallocated), 0))
            .where((Receipt.customer == customer_id) & (Receipt.status == "posted")).scalar())
    noted = (CreditNote.select(fn.COALESCE(fn.SUM(CreditNote.unapplied), 0))
             .where((CreditNote.customer == customer_id) & (CreditNote.status == "posted")).scalar())
    return int(owed or 0) - int(paid or 0) - int(noted or 0)


def hold_day(invoice_date: _dt.date | None) -> _dt.date:
    """The day a new invoice's credit hold is judged on: today, or the invoice's date when
    it lies ahead. Never before today, so backdating an invoice gets around no hold."""
    today = clock.today()
    return max(today, invoice_date) if invoice_date else today


def credit_hold_reasons(customer, *, adding: int = 0, as_of: _dt.date | None = None,
                        invoice_date: _dt.date | None = None) -> list[str]:
    """Why a new invoice of ``adding`` fen should not go through without a manager:
    over the limit, anything overdue more than the threshold, blacklisted or on hold,
    new credit sales suspended or the debt with an agency (collection status events).
    The limit is judged on :func:`credit_exposure` plus ``adding``; the rest on
    ``as_of`` (default today), or for an invoice dated ``invoice_date`` on its
    :func:`hold_day`."""
    cust = lookups.customer(customer)
    if invoice_date is not None:
        as_of = hold_day(invoice_date)
    reasons = []
    if cust.status == "blacklisted":
        reasons.append(tr("services", "The customer is blacklisted"))
    elif cust.status == "on_hold":
        reasons.append(tr("services", "The customer is on credit hold"))
    elif cust.status == "legal":
        reasons.append(tr("services", "The customer's debt is with legal"))
    if cust.credit_limit is not None and cust.credit_limit > 0:
        balance = credit_exposure(cust.id)
        if balance + adding > cust.credit_limit:
            reasons.append(tr("services", "Balance {balance} plus this invoice {adding} exceeds the credit limit {limit}",
                              balance=format_amount(balance), adding=format_amount(adding),
                              limit=format_amount(cust.credit_limit)))
    from arapp.services.collections import credit_suspension_reasons

    reasons += credit_suspension_reasons(cust.id, as_of)
    threshold = hold_overdue_days()
    oldest = oldest_overdue_days(cust.id, as_of)
    if oldest > threshold:
        reasons.append(trn("services", "An invoice is {n} day overdue (the limit is {limit} days)", "An invoice is {n} days overdue (the limit is {limit} days)",
                           oldest, limit=threshold))
    return reasons


def oldest_overdue_days(customer_id: int, as_of: _dt.date | None = None) -> int:
    """Days overdue of the customer's oldest unpaid invoice at the end of ``as_of``."""
    when = as_of or clock.today()
    p = db.obj.param
    pieces, params = open_pieces_sql(p, as_of)     # as customer_balance counts: a date given recomputes
    row = db.execute_sql(
        f"SELECT MIN(due_date) FROM (SELECT x.invoice_id, x.due_date, SUM(x.amount) AS amount FROM ({pieces}) x "
        f"WHERE x.customer_id = {p} GROUP BY x.invoice_id, x.due_date) y WHERE y.amount > 0",
        [*params, customer_id]).fetchone()
    if not row or row[0] is None:
        return 0
    return max(0, (when - as_date(row[0])).days)


def check_credit_for_posting(customer: Customer, amount: int, override_reason: str | None,
                             invoice_id: int | None = None,
                             invoice_date: _dt.date | None = None) -> CreditOverride | None:
    """Refuse posting for a held customer unless a manager overrides with a reason.
    Holds are judged on the books as they stand today (or on the invoice's date when it
    lies ahead, :func:`hold_day`), so a backdated invoice meets the same limit and
    overdue hold as one dated today. Call inside the posting transaction; records the
    override when one is given."""
    reasons = credit_hold_reasons(customer, adding=amount, invoice_date=invoice_date or clock.today())
    if not reasons:
        return None
    override_reason = text.clean_text(override_reason, text.NOTE, tr("services", "The override reason"),
                                      field="override_reason")
    actor = current_actor()
    if not override_reason:
        raise CreditHoldError(
            tr("services", "Customer {code} is on credit hold: {reasons}. A manager must override with a reason.",
               code=customer.code, reasons="; ".join(reasons)), reasons)
    actor.require("credit.override")
    row = CreditOverride.create(customer=customer, invoice=invoice_id, hold_reasons=json.dumps(reasons, ensure_ascii=False),
                                reason=override_reason, approved_by=actor.username, created_at=now())
    record_audit("credit_override", "customer", customer.id, None,
                 {"invoice_id": invoice_id, "reasons": reasons, "reason": override_reason})
    return row


def customer_status_change(customer, status: str, reason: str) -> CustomerChange:
    """Put a customer on hold, blacklist, hand to legal, or back to active, with a reason."""
    actor = current_actor()
    actor.require("credit.approve")
    if status not in vocab.CUSTOMER_STATUSES:
        raise ValidationError(tr("services", "Unknown customer status '{value}'", value=status), field="status")
    reason = text.clean_text(reason, text.NOTE, tr("services", "The reason"), field="reason")
    if not reason:
        raise ValidationError(tr("services", "A reason is required to change the customer's status"), field="reason")
    with db.atomic():
        cust = lookups.customer(customer)
        before = snapshot(cust)
        cust.status = status
        cust.updated_at = now()
        cust.save()
        record_audit("status", "customer", cust.id, before, {**snapshot(cust), "reason": reason})
    return CustomerChange(cust.id, cust.code, "status", ["status"])


def credit_assessments(customer) -> list[CreditAssessment]:
    """The customer's credit decisions, newest first (read-only)."""
    cust = lookups.customer(customer)
    return list(CreditAssessment.select().where(CreditAssessment.customer == cust.id)
                .order_by(CreditAssessment.assessed_on.desc(), CreditAssessment.id.desc()))
