"""``build_demo``: fill an empty book with the demo company's books in one transaction."""

from __future__ import annotations

import datetime as _dt
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

from arapp import clock
from arapp.demo.company import USERS
from arapp.demo.generator import DemoGenerator
from arapp.errors import ArappError, ValidationError
from arapp.i18n import tr
from arapp.reports.books import DEMO_SETTING
from arapp.services.bulk import bulk_load

__all__ = ["DemoCancelled", "DemoSummary", "build_demo"]


class DemoCancelled(ArappError):
    """The demo build was cancelled; nothing was written."""


@dataclass
class DemoSummary:
    """What ``build_demo`` made. Amounts in fen."""

    customers: int = 0
    users: int = 0
    invoices: int = 0
    invoice_lines: int = 0
    receipts: int = 0
    credit_notes: int = 0
    allocations: int = 0
    total_invoiced: int = 0
    total_received: int = 0
    total_credited: int = 0
    open_invoices: int = 0      # fen still owed on invoices
    credit: int = 0             # unapplied receipts and credit notes (预收)
    contacts: int = 0           # the collection work of the last months: contacts logged,
    promises: int = 0           # promises to pay (kept, broken, open),
    payment_plans: int = 0      # payment plans,
    extensions: int = 0         # extension requests
    first_date: _dt.date | None = None
    end_date: _dt.date | None = None
    seconds: float = 0.0

    @property
    def open_balance(self) -> int:
        """What customers owe in all, net of their credit."""
        return self.open_invoices - self.credit

    def as_dict(self) -> dict:
        d = asdict(self)
        d["open_balance"] = self.open_balance
        return d


def build_demo(customers: int = 300, years: int = 3, seed: int = 1,
               progress: Callable[[int, int], None] | None = None,
               cancel: Callable[[], bool] | None = None,
               *, end_date: _dt.date | None = None) -> DemoSummary:
    """Fill the (empty) open database with demo books: company settings, users,
    ``customers`` customers, and ``years`` years of monthly invoices ending at
    ``end_date`` (today by default) with their receipts, allocations and a few credit
    notes, and the collection work of the last six months (contacts by the collectors
    with the customers' reasons, promises kept and broken, payment plans, extension
    requests; :mod:`arapp.demo.collection_work`), written by the bulk loader (:mod:`arapp.services.bulk`) as the services would
    write them, with one audit record for the whole build. ``progress(done, total)`` is
    called as months complete; when ``cancel()`` returns True the build stops and nothing
    is written (DemoCancelled). Refuses (ValidationError) when the database already has
    customers. The books are marked as demo books (reports.books.is_demo_books)."""
    if not isinstance(customers, int) or customers < 1 or customers > 1_000_000:
        raise ValidationError(tr("demo", "The number of customers must be from 1 to 1,000,000"), field="customers")
    if not isinstance(years, int) or years < 1 or years > 30:
        raise ValidationError(tr("demo", "The number of years must be from 1 to 30"), field="years")
    started = time.perf_counter()
    end = end_date or clock.today()

    def check_cancel() -> None:
        if cancel is not None and cancel():
            raise DemoCancelled(tr("demo", "The demo build was cancelled; nothing was written"))

    with bulk_load() as ledger:
        generator = DemoGenerator(ledger, customers, years, seed, end, check_cancel=check_cancel, progress=progress)
        generator.run()
        ledger.add_settings({DEMO_SETTING: "1"})        # the window says 演示数据 on these books
        counts = ledger.finish()
        summary = DemoSummary(**asdict(counts), users=len(USERS), first_date=generator.first, end_date=end)
        ledger.audit("demo", "database", "demo", {k: v for k, v in summary.as_dict().items() if k != "seconds"})
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary
