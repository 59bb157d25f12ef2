"""Collections, read-only (催收): the policies, the task queue, one customer's collection
file, collector performance (考核). No Qt, no writes; the writes are in
:mod:`arapp.services.collections`.

- :mod:`.policies`: every policy with its levels, one policy, the policy book;
- :mod:`.queue`: the task queue (``TaskRow``, ``QueueFilter``, ``collection_queue``,
  ``queue_table``) and the grouped query of where each customer stands;
- :mod:`.customer_file`: one customer's collection file (``CollectionDetail``);
- :mod:`.performance`: collector performance for a month;
- :mod:`.reasons`: why customers have not paid, per month (the contacts' reasons).

The policy types (``Level``, ``Policy``, ``PolicyBook``) live in
:mod:`arapp.domain.policy` and are named here too. The words of the ladder (actions,
tones, roles, procedures, statuses) are codes in the database; :mod:`arapp.names`
gives their words, so the tab, the command line and the exports say the same thing.

Dates: ``on`` is the working day a question is asked for (default today). Amounts are
integer fen, today's open amounts (the books as they stand).
"""

from __future__ import annotations

from arapp.domain.policy import Level, Policy, PolicyBook
from arapp.reports.collections.customer_file import (
    CollectionDetail,
    ContactEntry,
    DetailItem,
    DisputeEntry,
    ExtensionEntry,
    InstalmentEntry,
    PlanEntry,
    PromiseEntry,
    StatusEventEntry,
    customer_collection_detail,
    effective_due_dates,
)
from arapp.reports.collections.performance import (
    COLLECTED_WINDOW_DAYS,
    CollectorFigures,
    collector_performance,
    collector_performance_table,
)
from arapp.reports.collections.policies import get_policy, list_policies, policy_book
from arapp.reports.collections.queue import (
    QueueFilter,
    TaskRow,
    collection_queue,
    open_position_sql,
    queue_table,
)
from arapp.reports.collections.reasons import (
    ReasonFigures,
    ReasonsReport,
    nonpayment_reasons,
    nonpayment_reasons_table,
)

__all__ = [
    "COLLECTED_WINDOW_DAYS",
    "CollectionDetail",
    "CollectorFigures",
    "ContactEntry",
    "DetailItem",
    "DisputeEntry",
    "ExtensionEntry",
    "InstalmentEntry",
    "Level",
    "PlanEntry",
    "Policy",
    "PolicyBook",
    "PromiseEntry",
    "QueueFilter",
    "ReasonFigures",
    "ReasonsReport",
    "StatusEventEntry",
    "TaskRow",
    "collection_queue",
    "collector_performance",
    "collector_performance_table",
    "customer_collection_detail",
    "effective_due_dates",
    "get_policy",
    "list_policies",
    "nonpayment_reasons",
    "nonpayment_reasons_table",
    "open_position_sql",
    "policy_book",
    "queue_table",
]
