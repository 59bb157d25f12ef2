"""Allocation (核销) rules on plain values: which open invoice money goes to first.

"Oldest first" has one meaning everywhere (the receipt dialog's list, the allocation
the services make, credit applied later, the demo books): the earliest due date, then
the earliest issue date, then the invoice made first. ``OLDEST_FIRST`` names the
columns for a database ORDER BY; ``oldest_first_key`` is the same order in Python.

An allocation's date (the day from which it counts in every as-of report) is the first
day from which the money is there on both sides without a break: the invoice still owes
the amount and the receipt or credit note still has it, on that day and every day after
(:func:`covered_from`). Money freed by a reversal or void is free from the reversal's or
void's date, so applying it again counts from then, never earlier: no invoice is ever
paid beyond its total, and no receipt or credit note spent beyond its amount, as of any
date.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

#: Invoice columns, in order, that sort open invoices oldest first.
OLDEST_FIRST = ("due_date", "issue_date", "id")


class OpenInvoice(Protocol):
    """What the allocation plan needs to know of an open invoice."""

    id: int
    due_date: _dt.date
    issue_date: _dt.date
    open_amount: int


def oldest_first_key(due_date: _dt.date, issue_date: _dt.date, invoice_id: int) -> tuple:
    """The sort key of an open invoice (see the module doc)."""
    return (due_date, issue_date, invoice_id)


def credit_first_key(date: _dt.date, is_credit_note: bool, source_id: int) -> tuple:
    """The order a customer's unused money (预收) is spent in: the oldest first, a credit
    note before a receipt of the same day, then the one made first."""
    return (date, 0 if is_credit_note else 1, source_id)


@dataclass
class AllocationLine:
    """One planned or made allocation."""

    invoice_id: int
    invoice_number: str
    due_date: _dt.date
    invoice_open_before: int
    amount: int


def plan_oldest_first(invoices: Iterable[OpenInvoice], amount: int, *,
                      exclude_invoice_ids: set[int] | None = None) -> list[AllocationLine]:
    """How ``amount`` fen spreads over ``invoices`` (any order), oldest first, each
    taking what it still owes until the money runs out."""
    plan: list[AllocationLine] = []
    left = amount
    ordered = sorted(invoices, key=lambda i: oldest_first_key(i.due_date, i.issue_date, i.id))
    for inv in ordered:
        if left <= 0:
            break
        if exclude_invoice_ids and inv.id in exclude_invoice_ids:
            continue
        if inv.open_amount <= 0:
            continue
        take = min(left, inv.open_amount)
        plan.append(AllocationLine(inv.id, getattr(inv, "number", None) or "", inv.due_date, inv.open_amount, take))
        left -= take
    return plan


def covered_from(start: _dt.date, left_now: int, later: Sequence[tuple[_dt.date, int]],
                 amount: int) -> _dt.date | None:
    """The first day, not before ``start``, from which an invoice's open amount (or a
    receipt's or credit note's unapplied amount) is at least ``amount`` on every day.

    ``left_now`` is what is left once every allocation counts (today's cached amount);
    ``later`` is the net amount the allocations dated after ``start`` took on each of
    their days, oldest day first (a reversal's negative row gives money back). None when
    even ``left_now`` is short of ``amount``."""
    left = left_now                    # what is left from the latest day in ``later`` on
    since = None
    for day, taken in reversed(later):
        if left < amount:
            return since
        since = day
        left += taken                  # what was left on the days before ``day``
    return start if left >= amount else since
