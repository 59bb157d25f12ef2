"""Demo books: a plausible property-management and trading company, years of history.

``build_demo`` fills an empty ledger with 上海锦绣物业管理有限公司's customers (owners and
tenants of four estates, trading customers and agents), their monthly invoices up to
the end date, receipts paid on time, late, in part or not at all, allocations oldest
due first, a few credit notes and some prepayments (customer credit, 预收).

It is built for size: 20,000 customers over four years (about a million invoices)
take a few minutes, in one transaction: a cancel or an error leaves nothing behind.
Deterministic for a seed and an end date: no wall-clock time reaches the rows.

- :mod:`arapp.demo.company`: the company, its users, and the pools of names, goods and
  payment habits (plain data);
- :mod:`arapp.demo.generator`: what the books contain, drawn from one seeded random
  source month by month;
- :mod:`arapp.demo.build`: ``build_demo``, which runs the generator against the bulk
  loader :mod:`arapp.services.bulk` (numbers, the domain's oldest-first allocation,
  rows as the services write them, one audit record).
"""

from arapp.demo.build import DemoCancelled, DemoSummary, build_demo
from arapp.demo.company import COMPANY

__all__ = ["COMPANY", "DemoCancelled", "DemoSummary", "build_demo"]
