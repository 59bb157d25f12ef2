"""What is agreed with a customer about a debt: extensions of a due date (延期申请),
payment plans (还款计划) and disputes of an invoice."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from arapp import names
from arapp.db import lookups
from arapp.db.database import db
from arapp.db.ledger_sql import OPEN_STATUSES_SQL
from arapp.db.models import ExtensionRequest, Invoice, InvoiceDispute, PaymentPlan, PlanInstalment, now
from arapp.domain.dates import add_months
from arapp.domain.money import format_amount, split_evenly
from arapp.errors import NotFound, ValidationError
from arapp.i18n import tr
from arapp.services.audit import record_audit, snapshot
from arapp.services.changes import NOTHING, Changes
from arapp.services.collections.common import (
    MAX_DAYS_AHEAD,
    MAX_INSTALMENTS,
    PERM_APPROVE,
    PERM_WORK,
    as_date,
    checked_amount,
    checked_text,
    on_day,
    refuse_closed_invoice,
)
from arapp.services.collections.ladder import refresh_in_transaction
from arapp.services.collections.results import DisputeResult, ExtensionResult, PlanResult
from arapp.services.context import current_actor

# ------------------------------------------------------------------------------ extensions

def effective_due_date(invoice) -> _dt.date:
    """The invoice's due date for dunning: the latest approved extension, else its own."""
    inv = lookups.invoice(invoice)
    ext = ExtensionRequest.select(ExtensionRequest.requested_due).where(
        (ExtensionRequest.invoice == inv.id) & (ExtensionRequest.status == "approved")) \
        .order_by(ExtensionRequest.requested_due.desc()).first()
    return max(inv.due_date, ext.requested_due) if ext else inv.due_date


def request_extension(invoice, new_due: _dt.date, reason: str, *, on: _dt.date | None = None) -> ExtensionResult:
    """Ask for a later due date on one open invoice (延期申请); a manager decides. Refused:
    a date not after the current (effective) due date, a paid invoice, a second
    pending request for the same invoice."""
    current_actor().require(PERM_WORK)
    on_day(on)
    reason = checked_text(reason, tr("collections", "A reason"), required=True, field_name="reason")
    if not isinstance(new_due, _dt.date):
        raise ValidationError(tr("collections", "The new due date is required"), field="new_due")
    new_due = as_date(new_due)
    with db.atomic():
        inv = lookups.invoice(invoice)
        refuse_closed_invoice(inv)
        current = effective_due_date(inv)
        if new_due <= current:
            raise ValidationError(
                tr("collections", "The new due date {new} must be after the current due date {due}",
                   new=new_due, due=current), field="new_due")
        if (new_due - current).days > MAX_DAYS_AHEAD:
            raise ValidationError(tr("collections", "The new due date {new} is too far away", new=new_due),
                                  field="new_due")
        if ExtensionRequest.select().where((ExtensionRequest.invoice == inv.id)
                                           & (ExtensionRequest.status == "pending")).exists():
            raise ValidationError(tr("collections", "Invoice {number} already has an extension request waiting for "
                                                    "a decision", number=inv.number), field="invoice")
        row = ExtensionRequest.create(invoice=inv.id, customer=inv.customer_id, current_due=current,
                                      requested_due=new_due, reason=reason, status="pending",
                                      requested_by=current_actor().username, requested_at=now())
        record_audit("request", "extension_request", row.id, None, snapshot(row))
    return ExtensionResult(row.id, inv.number or "", inv.customer.code, "pending", current, new_due, None,
                           Changes.of(collection=inv.customer_id))


def decide_extension(request: int, approve: bool, reason: str = "", *, on: _dt.date | None = None) -> ExtensionResult:
    """A manager approves or refuses an extension request (a refusal needs a reason).
    Approval moves the dunning clock for that invoice to the new date; the posted
    invoice keeps its due date."""
    current_actor().require(PERM_APPROVE)
    day = on_day(on)
    reason = checked_text(reason, tr("collections", "A reason"), required=not approve, field_name="reason")
    with db.atomic():
        row = ExtensionRequest.get_or_none(ExtensionRequest.id == request)
        if row is None:
            raise NotFound(tr("collections", "No extension request {ref}", ref=request))
        if row.status != "pending":

            raise ValidationError(tr("collections", "Extension request {id} is already {status}",
                                     id=row.id, status=names.extension_status(row.status)), field="request")
        before = snapshot(row)
        status = "approved" if approve else "refused"
        ExtensionRequest.update(status=status, decided_by=current_actor().username, decided_at=now(),
                                decision_reason=reason).where(ExtensionRequest.id == row.id).execute()
        tasks = refresh_in_transaction(row.customer_id, day) if approve else None
        row = ExtensionRequest.get_by_id(row.id)
        record_audit("approve" if approve else "refuse", "extension_request", row.id, before,
                     {**snapshot(row), "tasks": tasks.as_dict() if tasks else None})
    inv = Invoice.get_by_id(row.invoice_id)
    return ExtensionResult(row.id, inv.number or "", inv.customer.code, status, row.current_due, row.requested_due,
                           tasks, Changes.of(collection=inv.customer_id) | (tasks.changes if tasks else NOTHING))


# ------------------------------------------------------------------------------ payment plans

def overdue_balance(customer, on: _dt.date | None = None) -> int:
    """What the customer owes on invoices past their own due date on ``on`` (fen): the
    amount a payment plan must split."""
    day = on_day(on)
    cust = lookups.customer(customer)
    p = db.obj.param
    row = db.execute_sql(f"SELECT COALESCE(SUM(open_amount), 0) FROM invoice WHERE customer_id = {p} "
                         f"AND open_amount > 0 AND status IN {OPEN_STATUSES_SQL} AND due_date < {p}",
                         [cust.id, day.isoformat()]).fetchone()
    return int(row[0] or 0)


def propose_instalments(total: int, count: int, first_date: _dt.date, *, months_apart: int = 1
                        ) -> list[tuple[_dt.date, int]]:
    """``count`` monthly instalments from ``first_date`` splitting ``total`` fen exactly
    (the earlier ones take the odd fen): ``propose_instalments(100000, 3, d)`` →
    [(d, 33334), (d+1 month, 33333), (d+2 months, 33333)]."""
    checked_amount(total, tr("collections", "The plan total"), "total")
    if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= MAX_INSTALMENTS:
        raise ValidationError(tr("collections", "A plan has 1 to {n} instalments", n=MAX_INSTALMENTS), field="count")
    if not isinstance(months_apart, int) or not 1 <= months_apart <= 12:
        raise ValidationError(tr("collections", "Instalments are 1 to 12 months apart"), field="months_apart")
    if count > total:
        raise ValidationError(tr("collections", "A plan has 1 to {n} instalments", n=total), field="count")
    return [(add_months(first_date, k * months_apart), part) for k, part in enumerate(split_evenly(total, count))]


def _check_instalments(instalments: Sequence[tuple[_dt.date, int]], on: _dt.date) -> list[tuple[_dt.date, int]]:
    out = []
    if not instalments:
        raise ValidationError(tr("collections", "A plan needs at least one instalment"), field="instalments")
    if len(instalments) > MAX_INSTALMENTS:
        raise ValidationError(tr("collections", "A plan has 1 to {n} instalments", n=MAX_INSTALMENTS),
                              field="instalments")
    for k, item in enumerate(instalments, start=1):
        try:
            date, amount = item
        except (TypeError, ValueError):
            raise ValidationError(tr("collections", "Instalment {n} needs a date and an amount", n=k),
                                  field="instalments") from None
        if not isinstance(date, _dt.date):
            raise ValidationError(tr("collections", "Instalment {n} needs a date and an amount", n=k),
                                  field="instalments")
        date = as_date(date)
        checked_amount(amount, tr("collections", "Instalment {n}", n=k), "instalments")
        if date < on:
            raise ValidationError(tr("collections", "Instalment {n} is dated {date}, in the past", n=k, date=date),
                                  field="instalments")
        if out and date <= out[-1][0]:
            raise ValidationError(tr("collections", "Instalment dates must increase: {date} comes after {previous}",
                                     date=date, previous=out[-1][0]), field="instalments")
        out.append((date, amount))
    return out


def start_payment_plan(customer, instalments: Sequence[tuple[_dt.date, int]], *, on: _dt.date | None = None,
                       task=None, note: str = "") -> PlanResult:
    """Agree a payment plan (还款计划): the customer's overdue balance split into
    instalments (date, fen). Refused: amounts not summing exactly to the overdue
    balance, dates not increasing or in the past, a second active plan. The customer's
    open task pauses while the plan is kept."""
    current_actor().require(PERM_WORK)
    day = on_day(on)
    checked = _check_instalments(instalments, day)
    note = checked_text(note, tr("collections", "The note"))
    with db.atomic():
        cust = lookups.customer(customer)
        owed = overdue_balance(cust, day)
        if owed <= 0:
            raise ValidationError(tr("collections", "Customer {code} has nothing overdue to put in a plan",
                                     code=cust.code), field="customer")
        total = sum(a for _, a in checked)
        if total != owed:
            raise ValidationError(
                tr("collections", "The instalments add up to {total}, but the overdue balance is {owed}",
                   total=format_amount(total), owed=format_amount(owed)), field="instalments")
        if PaymentPlan.select().where((PaymentPlan.customer == cust.id) & (PaymentPlan.status == "active")).exists():
            raise ValidationError(tr("collections", "Customer {code} already has an active payment plan",
                                     code=cust.code), field="customer")
        t = lookups.task(task) if task is not None else None
        if t is not None and t.customer_id != cust.id:
            raise ValidationError(tr("collections", "Task {id} belongs to another customer", id=t.id), field="task")
        plan = PaymentPlan.create(customer=cust.id, task=t.id if t else None, total=total, start_on=day,
                                  status="active", note=note, created_by=current_actor().username, created_at=now())
        for k, (date, amount) in enumerate(checked, start=1):
            PlanInstalment.create(plan=plan.id, seq=k, due_on=date, amount=amount, status="pending")
        tasks = refresh_in_transaction(cust.id, day)
        record_audit("create", "payment_plan", plan.id, None,
                     {**snapshot(plan), "instalments": checked, "tasks": tasks.as_dict()})
    return PlanResult(plan.id, cust.code, total, "active",
                      [(k, d, a, "pending") for k, (d, a) in enumerate(checked, start=1)], tasks,
                      Changes.of(collection=cust.id) | tasks.changes)


def cancel_plan(plan: int, reason: str, *, on: _dt.date | None = None) -> PlanResult:
    """End an active plan by agreement (not a breach); dunning resumes at once."""
    current_actor().require(PERM_WORK)
    day = on_day(on)
    reason = checked_text(reason, tr("collections", "A reason"), required=True, field_name="reason")
    with db.atomic():
        row = PaymentPlan.get_or_none(PaymentPlan.id == plan)
        if row is None:
            raise NotFound(tr("collections", "No payment plan {ref}", ref=plan))
        if row.status != "active":

            raise ValidationError(tr("collections", "Payment plan {id} is {status}, not active",
                                     id=row.id, status=names.plan_status(row.status)), field="plan")
        before = snapshot(row)
        PaymentPlan.update(status="cancelled", ended_on=day, end_reason=reason).where(PaymentPlan.id == row.id).execute()
        tasks = refresh_in_transaction(row.customer_id, day)
        row = PaymentPlan.get_by_id(row.id)
        record_audit("cancel", "payment_plan", row.id, before, {**snapshot(row), "tasks": tasks.as_dict()})
    inst = [(i.seq, i.due_on, i.amount, i.status)
            for i in PlanInstalment.select().where(PlanInstalment.plan == row.id).order_by(PlanInstalment.seq)]
    return PlanResult(row.id, row.customer.code, row.total, "cancelled", inst, tasks,
                      Changes.of(collection=row.customer_id) | tasks.changes)


# ------------------------------------------------------------------------------ disputes

def open_dispute(invoice, reason: str, *, on: _dt.date | None = None) -> DisputeResult:
    """Record that the customer disputes an invoice; it leaves the dunning until closed."""
    current_actor().require(PERM_WORK)
    day = on_day(on)
    reason = checked_text(reason, tr("collections", "A reason"), required=True, field_name="reason")
    with db.atomic():
        inv = lookups.invoice(invoice)
        refuse_closed_invoice(inv)
        if InvoiceDispute.select().where((InvoiceDispute.invoice == inv.id)
                                         & (InvoiceDispute.status == "open")).exists():
            raise ValidationError(tr("collections", "Invoice {number} is already disputed", number=inv.number),
                                  field="invoice")
        row = InvoiceDispute.create(invoice=inv.id, customer=inv.customer_id, opened_on=day, reason=reason,
                                    opened_by=current_actor().username, status="open", created_at=now())
        tasks = refresh_in_transaction(inv.customer_id, day)
        record_audit("open", "invoice_dispute", row.id, None, {**snapshot(row), "tasks": tasks.as_dict()})
    return DisputeResult(row.id, inv.number or "", inv.customer.code, "open", tasks,
                         Changes.of(collection=inv.customer_id, invoice=inv.id) | tasks.changes)


def close_dispute(dispute_or_invoice, resolution: str, *, on: _dt.date | None = None) -> DisputeResult:
    """Close a dispute (by its id, or the invoice's open dispute) with how it ended;
    the invoice is dunned again if still owed."""
    current_actor().require(PERM_WORK)
    day = on_day(on)
    resolution = checked_text(resolution, tr("collections", "The resolution"), required=True, field_name="resolution")
    with db.atomic():
        if isinstance(dispute_or_invoice, (str, Invoice)):
            inv = lookups.invoice(dispute_or_invoice)
            row = InvoiceDispute.get_or_none((InvoiceDispute.invoice == inv.id) & (InvoiceDispute.status == "open"))
        else:
            row = InvoiceDispute.get_or_none(InvoiceDispute.id == dispute_or_invoice)
        if row is None or row.status != "open":
            raise NotFound(tr("collections", "No open dispute {ref}", ref=dispute_or_invoice))
        before = snapshot(row)
        InvoiceDispute.update(status="closed", closed_on=day, resolution=resolution,
                              closed_by=current_actor().username).where(InvoiceDispute.id == row.id).execute()
        tasks = refresh_in_transaction(row.customer_id, day)
        row = InvoiceDispute.get_by_id(row.id)
        record_audit("close", "invoice_dispute", row.id, before, {**snapshot(row), "tasks": tasks.as_dict()})
    inv = Invoice.get_by_id(row.invoice_id)
    return DisputeResult(row.id, inv.number or "", inv.customer.code, "closed", tasks,
                         Changes.of(collection=inv.customer_id, invoice=inv.id) | tasks.changes)


