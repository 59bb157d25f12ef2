"""One customer's collection file: open items with aging against the extended due
dates, every task, the contact history, promises, plans with their instalments,
extension requests, disputes and status events."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from arapp import clock
from arapp.db import lookups
from arapp.db.database import db
from arapp.db.models import (
    ContactLog,
    Customer,
    CustomerStatusEvent,
    ExtensionRequest,
    Invoice,
    InvoiceDispute,
    PaymentPlan,
    PlanInstalment,
    PromiseToPay,
)
from arapp.domain import vocabulary as vocab
from arapp.domain.allocation import OLDEST_FIRST
from arapp.domain.policy import Policy
from arapp.reports.aging import get_scheme
from arapp.reports.balances import CustomerBalance, customer_balance
from arapp.reports.collections.common import as_date, chunks, in_list, user_labels
from arapp.reports.collections.policies import policy_book
from arapp.reports.collections.queue import QueueFilter, TaskRow, collection_queue


@dataclass(frozen=True)
class DetailItem:
    """An open invoice in the customer's collection file."""

    invoice_id: int
    number: str
    issue_date: _dt.date
    due_date: _dt.date
    effective_due: _dt.date        # the due date after an approved extension
    days_overdue: int              # against the effective due date
    bucket: str                    # aging bucket label (default scheme)
    total: int
    open_amount: int
    disputed: bool


@dataclass(frozen=True)
class ContactEntry:
    contact_id: int
    at: _dt.datetime
    method: str
    person: str
    summary: str
    answer: str
    next_step: str
    next_date: _dt.date | None
    username: str
    task_id: int | None
    reason: str = ""               # why the customer has not paid ('' none given)


@dataclass(frozen=True)
class PromiseEntry:
    promise_id: int
    made_on: _dt.date
    promised_date: _dt.date
    amount: int
    status: str
    received: int | None
    evaluated_on: _dt.date | None
    created_by: str
    note: str
    task_id: int | None


@dataclass(frozen=True)
class InstalmentEntry:
    seq: int
    due_on: _dt.date
    amount: int
    status: str
    settled_on: _dt.date | None


@dataclass(frozen=True)
class PlanEntry:
    plan_id: int
    start_on: _dt.date
    total: int
    status: str
    created_by: str
    ended_on: _dt.date | None
    end_reason: str
    note: str
    instalments: tuple[InstalmentEntry, ...]


@dataclass(frozen=True)
class ExtensionEntry:
    request_id: int
    invoice_id: int
    invoice_number: str
    current_due: _dt.date
    requested_due: _dt.date
    reason: str
    status: str
    requested_by: str
    requested_at: _dt.datetime
    decided_by: str
    decided_at: _dt.datetime | None
    decision_reason: str


@dataclass(frozen=True)
class DisputeEntry:
    dispute_id: int
    invoice_id: int
    invoice_number: str
    opened_on: _dt.date
    reason: str
    opened_by: str
    status: str
    closed_on: _dt.date | None
    resolution: str


@dataclass(frozen=True)
class StatusEventEntry:
    event_id: int
    status: str
    since: _dt.date
    until: _dt.date | None
    reason: str
    username: str
    ended_by: str
    end_reason: str

    def in_force(self, on: _dt.date) -> bool:
        return self.since <= on and (self.until is None or self.until > on)


@dataclass
class CollectionDetail:
    """Everything the task detail pane shows for one customer."""

    customer_id: int
    code: str
    name: str
    category: str
    phone: str
    email: str
    collector: str
    customer_status: str
    credit_rating: str
    on: _dt.date
    policy: Policy
    balance: CustomerBalance
    open_items: list[DetailItem] = field(default_factory=list)
    tasks: list[TaskRow] = field(default_factory=list)          # newest first, every status
    contacts: list[ContactEntry] = field(default_factory=list)  # newest first
    promises: list[PromiseEntry] = field(default_factory=list)
    plans: list[PlanEntry] = field(default_factory=list)
    extensions: list[ExtensionEntry] = field(default_factory=list)
    disputes: list[DisputeEntry] = field(default_factory=list)
    status_events: list[StatusEventEntry] = field(default_factory=list)

    @property
    def current_task(self) -> TaskRow | None:
        """The customer's open or paused task, if any."""
        return next((t for t in self.tasks if t.status in vocab.TASK_ACTIVE_STATUSES), None)

    @property
    def open_promise(self) -> PromiseEntry | None:
        return next((p for p in self.promises if p.status == "open"), None)

    @property
    def active_plan(self) -> PlanEntry | None:
        return next((p for p in self.plans if p.status == "active"), None)

    def statuses_in_force(self) -> list[StatusEventEntry]:
        return [e for e in self.status_events if e.in_force(self.on)]


def effective_due_dates(invoice_ids: Iterable[int]) -> dict[int, _dt.date]:
    """Invoice id → the latest approved extended due date (only invoices that have one)."""
    ids = list(invoice_ids)
    out: dict[int, _dt.date] = {}
    p = db.obj.param
    for chunk in chunks(ids):
        for iid, due in db.execute_sql(
                f"SELECT invoice_id, MAX(requested_due) FROM extension_request WHERE status = {p} "
                f"AND {in_list('invoice_id', chunk, p)} GROUP BY invoice_id", ["approved", *chunk]).fetchall():
            out[iid] = as_date(due)
    return out


def customer_collection_detail(customer: int | str | Customer, on: _dt.date | None = None) -> CollectionDetail:
    """The customer's collection file: open items with aging (against the extended due
    date where one was approved), every task, the contact history, promises, plans with
    their instalments, extension requests, disputes and status events."""
    on = on or clock.today()
    cust = lookups.customer(customer)
    users = user_labels()
    book = policy_book()
    scheme = get_scheme(None)
    invs = list(Invoice.select().where((Invoice.customer == cust.id) & (Invoice.open_amount > 0)
                                       & Invoice.status.in_(vocab.INVOICE_OPEN_STATUSES))
                .order_by(*(getattr(Invoice, column) for column in OLDEST_FIRST)))
    ext = effective_due_dates([i.id for i in invs])
    disputed = {d.invoice_id for d in InvoiceDispute.select(InvoiceDispute.invoice)
                .where((InvoiceDispute.customer == cust.id) & (InvoiceDispute.status == "open"))}
    items = []
    for inv in invs:
        eff = max(inv.due_date, ext.get(inv.id, inv.due_date))
        days = (on - eff).days
        label = next((b.label for b in scheme.buckets
                      if (b.low is None or days > b.low) and (b.high is None or days <= b.high)), "")
        items.append(DetailItem(inv.id, inv.number or "", inv.issue_date, inv.due_date, eff, max(0, days), label,
                                inv.total, inv.open_amount, inv.id in disputed))
    tasks = collection_queue(on, filters=QueueFilter(customer_id=cust.id, statuses=vocab.TASK_STATUSES))
    tasks.sort(key=lambda t: (t.created_on, t.task_id), reverse=True)
    contacts = [ContactEntry(c.id, c.at, c.method, c.person, c.summary, c.answer, c.next_step, c.next_date,
                             c.username, c.task_id, c.reason or "")
                for c in ContactLog.select().where(ContactLog.customer == cust.id)
                .order_by(ContactLog.at.desc(), ContactLog.id.desc())]
    promises = [PromiseEntry(pr.id, pr.made_on, pr.promised_date, pr.amount, pr.status, pr.received,
                             pr.evaluated_on, pr.created_by, pr.note, pr.task_id)
                for pr in PromiseToPay.select().where(PromiseToPay.customer == cust.id)
                .order_by(PromiseToPay.made_on.desc(), PromiseToPay.id.desc())]
    plans = []
    for plan in PaymentPlan.select().where(PaymentPlan.customer == cust.id).order_by(PaymentPlan.id.desc()):
        inst = tuple(InstalmentEntry(i.seq, i.due_on, i.amount, i.status, i.settled_on)
                     for i in PlanInstalment.select().where(PlanInstalment.plan == plan.id)
                     .order_by(PlanInstalment.seq))
        plans.append(PlanEntry(plan.id, plan.start_on, plan.total, plan.status, plan.created_by, plan.ended_on,
                               plan.end_reason, plan.note, inst))
    numbers = {i.id: i.number or "" for i in Invoice.select(Invoice.id, Invoice.number)
               .where(Invoice.customer == cust.id)}
    extensions = [ExtensionEntry(e.id, e.invoice_id, numbers.get(e.invoice_id, ""), e.current_due,
                                 e.requested_due, e.reason, e.status, e.requested_by, e.requested_at, e.decided_by,
                                 e.decided_at, e.decision_reason)
                  for e in ExtensionRequest.select().where(ExtensionRequest.customer == cust.id)
                  .order_by(ExtensionRequest.id.desc())]
    disputes = [DisputeEntry(d.id, d.invoice_id, numbers.get(d.invoice_id, ""), d.opened_on, d.reason,
                             d.opened_by, d.status, d.closed_on, d.resolution)
                for d in InvoiceDispute.select().where(InvoiceDispute.customer == cust.id)
                .order_by(InvoiceDispute.id.desc())]
    events = [StatusEventEntry(e.id, e.status, e.since, e.until, e.reason, e.username, e.ended_by, e.end_reason)
              for e in CustomerStatusEvent.select().where(CustomerStatusEvent.customer == cust.id)
              .order_by(CustomerStatusEvent.since.desc(), CustomerStatusEvent.id.desc())]
    return CollectionDetail(
        cust.id, cust.code, cust.name, cust.category or "", cust.phone or "", cust.email or "",
        users.get(cust.collector_id, ("", ""))[1] if cust.collector_id else "", cust.status,
        cust.credit_rating or "", on, book.for_category(cust.category), customer_balance(cust.id), items, tasks,
        contacts, promises, plans, extensions, disputes, events)

