"""What a receipt (收据) prints, read from the books: the payer, every invoice the money
paid with its dates, the part kept as the customer's credit (预收), the method, the
cashier, and the reversal where the receipt was reversed (作废). Read-only.

A posted receipt prints what its live allocations took now and what is left as credit.
A reversed receipt prints what it had paid when it was reversed (the allocations the
reversal undid) and the rest as credit, so the 作废 copy shows the same lines the
customer's copy showed.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from arapp.db import lookups
from arapp.db.models import Allocation, Customer, Invoice, Receipt
from arapp.db.values import as_date
from arapp.reports.collections.common import people, person


@dataclass(frozen=True)
class PaidLine:
    """One invoice a receipt paid: its number, issue and due dates, the amount applied."""

    invoice_number: str
    issue_date: _dt.date
    due_date: _dt.date
    amount: int


@dataclass(frozen=True)
class ReceiptDocument:
    """Everything a receipt prints. Amounts in fen; ``prepaid`` is the part no invoice took
    (预收). ``unit`` is the payer's unit or room (房号): there is no unit table yet, so it
    is '' until the property-management issue gives customers their units."""

    id: int
    number: str
    date: _dt.date
    customer_id: int
    customer_code: str
    customer_name: str
    customer_address: str
    amount: int
    method: str
    reference: str
    memo: str
    cashier: str
    status: str
    lines: list[PaidLine] = field(default_factory=list)
    prepaid: int = 0
    unit: str = ""
    reversed_on: _dt.date | None = None
    reversal_reason: str = ""
    reversed_by: str = ""

    @property
    def reversed(self) -> bool:
        return self.status == "reversed"


def receipt_document(ref) -> ReceiptDocument:
    """The receipt with this id or number (NotFound otherwise), as it prints."""
    receipt = lookups.receipt(ref)
    cust = Customer.get_by_id(receipt.customer_id)
    who = people()
    reversed_ = receipt.status == "reversed"
    reversed_on = as_date(receipt.reversed_on) if receipt.reversed_on else None
    twins = {orig: as_date(day) for orig, day in
             Allocation.select(Allocation.reverses, Allocation.date)
             .where((Allocation.receipt == receipt.id) & Allocation.reverses.is_null(False)).tuples()}
    lines = []
    for a_id, number, issue, due, amount in (
            Allocation.select(Allocation.id, Invoice.number, Invoice.issue_date, Invoice.due_date, Allocation.amount)
            .join(Invoice, on=(Allocation.invoice == Invoice.id))
            .where((Allocation.receipt == receipt.id) & (Allocation.amount > 0))
            .order_by(Allocation.date, Allocation.id).tuples()):
        undone = twins.get(a_id)
        # Posted: what stands now. Reversed: what the reversal itself undid.
        shown = undone is None if not reversed_ else (undone is not None and reversed_on is not None
                                                      and undone >= reversed_on)
        if shown:
            lines.append(PaidLine(number or "", as_date(issue), as_date(due), int(amount)))
    amount = int(receipt.amount)
    prepaid = int(receipt.unallocated) if not reversed_ else amount - sum(line.amount for line in lines)
    return ReceiptDocument(
        id=receipt.id, number=receipt.number, date=as_date(receipt.date), customer_id=cust.id,
        customer_code=cust.code, customer_name=cust.name, customer_address=(cust.address or "").strip(),
        amount=amount, method=receipt.method, reference=receipt.reference or "", memo=receipt.memo or "",
        cashier=person(who, receipt.created_by), status=receipt.status, lines=lines, prepaid=max(prepaid, 0),
        unit=unit_of(cust.id), reversed_on=reversed_on, reversal_reason=receipt.reversal_reason or "",
        reversed_by=person(who, receipt.reversed_by) if receipt.reversed_by else "")


def unit_of(customer_id: int) -> str:
    """The unit or room (房号) a customer pays for, for the receipt's payer line.

    Hook for the property-management issue (estate → building → unit): no unit table
    exists yet, so this is '' for every customer; when units arrive, return the unit's
    label here ("3栋1单元502") and every receipt prints it."""
    return ""


def receipts_on(day: _dt.date) -> list[int]:
    """The ids of every receipt dated ``day`` (reversed ones too), by number."""
    return [r_id for (r_id,) in Receipt.select(Receipt.id).where(Receipt.date == day)
            .order_by(Receipt.number, Receipt.id).tuples()]
