"""One invoice with everything that happened to it (应收单详情): its header and lines,
every allocation that paid it (receipts and credit notes, reversed ones marked), the
credit notes issued against it, its void and the reversals and voids that gave its
money back, its collection task and its disputes.

Read only; no Qt. The invoice detail window shows it; the same object can feed a print.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from arapp.db import lookups
from arapp.db.models import (
    Allocation,
    AuditLog,
    CollectionTask,
    CreditNote,
    Invoice,
    InvoiceDispute,
    InvoiceLine,
    Receipt,
)
from arapp.domain import tax
from arapp.domain import vocabulary as vocab
from arapp.i18n import tr
from arapp.reports.collections.common import id_list, people, person, user_labels
from arapp.reports.collections.customer_file import effective_due_dates

RECEIPT = "receipt"
CREDIT_NOTE = "credit_note"


@dataclass(frozen=True)
class DetailColumn:
    """A column of the invoice's lines: ``kind`` is text, int, money (fen) or quantity (a Decimal)."""

    key: str
    label: str
    kind: str


def _quantity(milli: int) -> Decimal:
    """Thousandths as the number people read: 2500 → 2.5, 1000 → 1."""
    q = Decimal(milli) / 1000
    return q.quantize(Decimal(1)) if q == q.to_integral_value() else q.normalize()


#: The lines' columns as the detail shows them: (key, label, kind, the value of a line).
#: A column the lines gain (a tax rate, the tax) is one more entry here.
LINE_COLUMNS: tuple[tuple[str, Callable[[], str], str, Callable[[InvoiceLine], Any]], ...] = (
    ("line_no", lambda: tr("reports", "No."), "int", lambda line: line.line_no),
    ("description", lambda: tr("reports", "Description"), "text", lambda line: line.description),
    ("quantity", lambda: tr("reports", "Quantity"), "quantity", lambda line: _quantity(line.quantity_milli)),
    ("unit_price", lambda: tr("reports", "Unit price"), "money", lambda line: line.unit_price),
    ("amount", lambda: tr("reports", "Amount"), "money", lambda line: line.amount),
    ("tax_rate", lambda: tr("reports", "VAT rate"), "text", lambda line: tax.rate_text(line.tax_rate)),
    ("tax_amount", lambda: tr("reports", "VAT"), "money", lambda line: line.tax_amount),
    ("gross", lambda: tr("reports", "Amount incl. VAT"), "money", lambda line: line.gross),
)


@dataclass(frozen=True)
class PaymentEntry:
    """One allocation that paid the invoice (核销记录): from a receipt or a credit note.
    A reversed one keeps its row, with the day, the user and why it was undone."""

    allocation_id: int
    source: str                 # RECEIPT or CREDIT_NOTE
    source_id: int
    number: str                 # the receipt's or credit note's number
    source_date: _dt.date
    date: _dt.date              # the day from which the allocation counts
    amount: int
    by: str
    source_status: str          # the receipt's or credit note's status now
    reversed_on: _dt.date | None = None
    reversed_by: str = ""
    reversal_reason: str = ""

    @property
    def reversed(self) -> bool:
        return self.reversed_on is not None

    @property
    def credit_note_open(self) -> bool:
        """A credit note that may still be voided."""
        return self.source == CREDIT_NOTE and self.source_status == "posted"


@dataclass(frozen=True)
class CreditNoteEntry:
    """A credit note issued against the invoice, whether or not its money went to it."""

    credit_note_id: int
    number: str
    date: _dt.date
    amount: int
    applied_here: int           # what of it pays this invoice now
    unapplied: int              # what of it is still the customer's credit
    reason: str
    status: str
    created_by: str
    voided_on: _dt.date | None
    void_reason: str


@dataclass(frozen=True)
class HistoryEntry:
    """Something done to the invoice or to money that paid it: posted, voided, a
    receipt reversed (红字冲销), a credit note voided."""

    kind: str                   # "posted", "void", "receipt_reversed", "credit_note_void"
    date: _dt.date
    by: str
    reason: str = ""
    document: str = ""          # the receipt's or credit note's number
    amount: int | None = None   # what that document had paid on this invoice


@dataclass(frozen=True)
class InvoiceTask:
    """The collection task that works the invoice's debt (its customer's task)."""

    task_id: int
    level_seq: int
    action: str
    status: str
    hold_reason: str
    procedure: str
    created_on: _dt.date
    due_on: _dt.date
    assigned_name: str
    covers_invoice: bool        # the task was made for a debt that includes this invoice


@dataclass(frozen=True)
class InvoiceDisputeEntry:
    dispute_id: int
    opened_on: _dt.date
    reason: str
    opened_by: str
    status: str
    closed_on: _dt.date | None
    resolution: str
    closed_by: str


@dataclass(frozen=True)
class InvoiceDetail:
    """One invoice and its story. Amounts in fen; ``effective_due`` is set only when an
    approved extension moved the dunning date past ``due_date``."""

    invoice_id: int
    number: str
    customer_id: int
    customer_code: str
    customer_name: str
    issue_date: _dt.date
    due_date: _dt.date
    effective_due: _dt.date | None
    status: str
    total: int
    open_amount: int
    period: str
    description: str
    source: str
    line_columns: tuple[DetailColumn, ...] = ()
    lines: list[tuple] = field(default_factory=list)
    payments: list[PaymentEntry] = field(default_factory=list)
    credit_notes: list[CreditNoteEntry] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)
    task: InvoiceTask | None = None
    disputes: list[InvoiceDisputeEntry] = field(default_factory=list)
    tax: int = 0                # 税额: the lines' VAT within ``total`` (价税合计)
    external_number: str = ""   # 原单号: its number in the ledger it was imported from

    @property
    def is_open(self) -> bool:
        return self.status in vocab.INVOICE_OPEN_STATUSES and self.open_amount > 0

    @property
    def open_dispute(self) -> InvoiceDisputeEntry | None:
        return next((d for d in self.disputes if d.status == "open"), None)

    def line_amounts(self) -> list[tuple[str, int]]:
        """(description, amount) of each line: what a credit note may copy."""
        keys = [c.key for c in self.line_columns]
        desc, amount = keys.index("description"), keys.index("amount")
        return [(line[desc], line[amount]) for line in self.lines]

    @property
    def paid(self) -> int:
        """What live allocations pay on it now (receipts and credit notes: 已核销)."""
        return sum(p.amount for p in self.payments if not p.reversed)

    @property
    def received(self) -> int:
        """What live allocations from receipts pay on it now (已收: money received)."""
        return sum(p.amount for p in self.payments if not p.reversed and p.source == RECEIPT)

    @property
    def credited(self) -> int:
        """What live allocations from credit notes take off it now (贷项: no money received)."""
        return sum(p.amount for p in self.payments if not p.reversed and p.source == CREDIT_NOTE)


def _void_users(note_ids: list[int]) -> dict[int, str]:
    """Credit note id → who voided it (the audit record holds the user)."""
    if not note_ids:
        return {}
    q = AuditLog.select(AuditLog.entity_id, AuditLog.username).where(
        (AuditLog.entity == "credit_note") & (AuditLog.action == "void")
        & AuditLog.entity_id.in_([str(i) for i in note_ids]))
    return {int(row.entity_id): row.username for row in q}


def _payments(inv: Invoice, who: dict[str, str]) -> tuple[list[PaymentEntry], dict[int, Receipt],
                                                        dict[int, CreditNote]]:
    rows = list(Allocation.select().where(Allocation.invoice == inv.id).order_by(Allocation.date, Allocation.id))
    undone = {r.reverses_id: r for r in rows if r.reverses_id is not None}
    receipts = {r.id: r for r in Receipt.select().where(
        Receipt.id.in_({r.receipt_id for r in rows if r.receipt_id is not None} or {0}))}
    notes = {n.id: n for n in CreditNote.select().where(
        CreditNote.id.in_({r.credit_note_id for r in rows if r.credit_note_id is not None} or {0}))}
    out = []
    for a in rows:
        if a.reverses_id is not None:
            continue
        back = undone.get(a.id)
        if a.receipt_id is not None:
            src, kind = receipts[a.receipt_id], RECEIPT
            why = src.reversal_reason if src.status == "reversed" else ""
        else:
            src, kind = notes[a.credit_note_id], CREDIT_NOTE
            why = src.void_reason if src.status == "void" else ""
        if back is not None and not why and inv.status == "void":
            why = inv.void_reason
        out.append(PaymentEntry(a.id, kind, src.id, src.number, src.date, a.date, a.amount, person(who, a.created_by),
                                src.status, back.date if back else None, person(who, back.created_by) if back else "",
                                why if back else ""))
    return out, receipts, notes


def _history(inv: Invoice, payments: list[PaymentEntry], receipts: dict[int, Receipt],
             notes: dict[int, CreditNote], who: dict[str, str]) -> list[HistoryEntry]:
    out = []
    if inv.posted_at is not None:
        out.append(HistoryEntry("posted", _day(inv.posted_at), person(who, inv.posted_by)))
    if inv.status == "void" and inv.voided_at is not None:
        out.append(HistoryEntry("void", _day(inv.voided_at), person(who, inv.voided_by), inv.void_reason))
    undone: dict[tuple[str, int], int] = {}
    for p in payments:
        if p.reversed:
            undone[(p.source, p.source_id)] = undone.get((p.source, p.source_id), 0) + p.amount
    voided_by = _void_users([n.id for n in notes.values() if n.status == "void"])
    for (kind, sid), amount in undone.items():
        if kind == RECEIPT and receipts[sid].status == "reversed":
            r = receipts[sid]
            out.append(HistoryEntry("receipt_reversed", r.reversed_on, person(who, r.reversed_by), r.reversal_reason,
                                    r.number,
                                    amount))
        elif kind == CREDIT_NOTE and notes[sid].status == "void":
            n = notes[sid]
            out.append(HistoryEntry("credit_note_void", n.voided_on, person(who, voided_by.get(n.id, "")), n.void_reason,
                                    n.number, amount))
    out.sort(key=lambda h: h.date)
    return out


def _day(value) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    return _dt.datetime.fromisoformat(str(value)).date()


def _credit_notes(inv: Invoice, payments: list[PaymentEntry], who: dict[str, str]) -> list[CreditNoteEntry]:
    here: dict[int, int] = {}
    for p in payments:
        if p.source == CREDIT_NOTE and not p.reversed:
            here[p.source_id] = here.get(p.source_id, 0) + p.amount
    ids = {p.source_id for p in payments if p.source == CREDIT_NOTE}
    q = CreditNote.select().where((CreditNote.invoice == inv.id) | CreditNote.id.in_(ids or {0})) \
        .order_by(CreditNote.date, CreditNote.id)
    return [CreditNoteEntry(n.id, n.number, n.date, n.amount, here.get(n.id, 0), n.unapplied, n.reason, n.status,
                            person(who, n.created_by), n.voided_on, n.void_reason) for n in q]


def _task(inv: Invoice) -> InvoiceTask | None:
    """The customer's active task (else its latest one that covered this invoice)."""
    tasks = list(CollectionTask.select().where(CollectionTask.customer == inv.customer_id)
                 .order_by(CollectionTask.id.desc()))
    active = [t for t in tasks if t.status in vocab.TASK_ACTIVE_STATUSES]
    covering = [t for t in tasks if inv.id in id_list(t.invoice_ids)]
    chosen = next((t for t in active if t in covering), None) or (active[0] if active else None) \
        or (covering[0] if covering else None)
    if chosen is None:
        return None
    users = user_labels()
    name = users.get(chosen.assigned_to_id, ("", ""))[1] if chosen.assigned_to_id else ""
    return InvoiceTask(chosen.id, chosen.level_seq, chosen.action, chosen.status, chosen.hold_reason or "",
                       chosen.procedure, chosen.created_on, chosen.due_on, name, chosen in covering)


def invoice_detail(invoice: int | str | Invoice) -> InvoiceDetail:
    """Everything about one invoice (by id, number or row): header, lines, the money that
    paid it and what undid it, credit notes against it, its collection task and disputes."""
    inv = lookups.invoice(invoice)
    inv = Invoice.get_by_id(inv.id)                # fresh: the open amount as the books hold it now
    cust = inv.customer
    extended = effective_due_dates([inv.id]).get(inv.id)
    columns = tuple(DetailColumn(key, label(), kind) for key, label, kind, _value in LINE_COLUMNS)
    rows = list(InvoiceLine.select().where(InvoiceLine.invoice == inv.id).order_by(InvoiceLine.line_no))
    lines = [tuple(value(line) for _key, _label, _kind, value in LINE_COLUMNS) for line in rows]
    who = people()                                  # 操作人: the users' names, not their logins
    payments, receipts, notes = _payments(inv, who)
    disputes = [InvoiceDisputeEntry(d.id, d.opened_on, d.reason, person(who, d.opened_by), d.status, d.closed_on,
                                    d.resolution, person(who, d.closed_by) if d.closed_by else "")
                for d in InvoiceDispute.select().where(InvoiceDispute.invoice == inv.id)
                .order_by(InvoiceDispute.id.desc())]
    return InvoiceDetail(
        inv.id, inv.number or "", cust.id, cust.code, cust.name, inv.issue_date, inv.due_date,
        extended if extended is not None and extended > inv.due_date else None, inv.status, inv.total,
        inv.open_amount, inv.period or "", inv.description or "", inv.source, columns, lines, payments,
        _credit_notes(inv, payments, who), _history(inv, payments, receipts, notes, who), _task(inv), disputes,
        sum(line.tax_amount for line in rows), inv.external_number or "")
