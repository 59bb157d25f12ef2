"""Collections (催收): the ladder, the daily task engine, the contact log, promises to
pay, extension requests, payment plans, disputes and customer status events. No Qt.

The ladder
    A policy (``CollectionPolicy``) is a list of levels, each starting so many days
    after the due date (negative: before it) with an action, a tone, a letter template
    and a responsible role. The default policy is the seeds' ladder (−5, −3, 0, 1–30,
    31–60, 61–90, over 90); other policies serve the customer categories they name.

The daily run (:func:`generate_tasks`)
    For each customer with open invoices within reach, the *anchor* is the effective due
    date of the oldest unpaid invoice (the date an approved extension moved it to;
    disputed invoices are left out). The level is the highest whose start day is on or
    before the days since the anchor. One task per customer, anchor and level
    (``UNIQUE (customer, anchor, level_seq)``) groups the customer's invoices in reach,
    so running twice on one day creates nothing, and a customer who pays and falls
    behind again starts a fresh episode with fresh tasks. A task at a higher level
    supersedes the customer's earlier open task (counted as escalated); a customer with
    nothing in reach any more has its tasks closed (``closed_paid``). While a promise
    to pay is open and not yet due, a payment plan is active, or the customer is handed
    over to legal or an agency, the customer is skipped and its open task paused; it
    resumes when the hold ends. The age × amount matrix routes each new task
    (:func:`arapp.domain.ladder.route`): a small young debt gets a call or SMS reminder
    only, a large old one is the credit manager's; a manager's task goes to the
    managers' queue; a key-procedure task stays open, watched, under an approved
    extension. After the policy's failed attempts at the top levels the task proposes a
    hand-over to legal, which the collector may accept (:func:`accept_legal_proposal`).
    A run for a day before the last run (``ladder_run``) is refused. The day after a promise date an unkept promise is
    broken and the customer escalates one level at once; a missed plan instalment breaks
    the plan and escalates the same way. The services that change a hold (a promise,
    a plan, an extension decision, a dispute, a hand-over) run the same rules for that
    one customer at once (:func:`refresh_customer`), so the queue is right straight away.

Every write here runs in one transaction, checks the acting user's permission
(``collection.work``: collectors, bookkeepers, managers; ``collection.assign``:
bookkeepers and managers; ``collection.approve`` and ``collection.policy``: managers),
writes an audit record and returns a result dataclass. Refusals raise ``ArappError``
with a translated message and write nothing.

Dates: ``on`` is the working day (default today). Balances are the books as they stand.
Reading (the queue, one customer's file, collector performance) is in
:mod:`arapp.reports.collections`; ``list_tasks`` here is a convenience over it.

The package, one module per job (every public name is here too):

- :mod:`.results`: the result dataclasses;
- :mod:`.policies`: policies checked, saved, made the default, removed;
- :mod:`.ladder`: the daily run and the one-customer refresh, set-based around the
  pure decision in :mod:`arapp.domain.ladder`;
- :mod:`.tasks`: tasks by hand (create, escalate, complete, cancel, assign, reassign)
  and ``list_tasks``;
- :mod:`.contacts`: the contact log and promises to pay;
- :mod:`.agreements`: extensions, payment plans, disputes;
- :mod:`.statuses`: hand-over, blacklist, credit suspension, their end; a task's
  proposal of a hand-over to legal accepted;
- :mod:`.common`: permissions, limits and the checks of what is typed in.
"""

from __future__ import annotations

from arapp.services.collections.agreements import (
    cancel_plan,
    close_dispute,
    decide_extension,
    effective_due_date,
    open_dispute,
    overdue_balance,
    propose_instalments,
    request_extension,
    start_payment_plan,
)
from arapp.services.collections.common import (
    MAX_DAYS_AHEAD,
    MAX_INSTALMENTS,
    MAX_TEXT,
    PERM_APPROVE,
    PERM_ASSIGN,
    PERM_POLICY,
    PERM_WORK,
)
from arapp.services.collections.contacts import log_contact, log_letter_contacts, record_promise
from arapp.services.collections.ladder import generate_tasks, refresh_customer
from arapp.services.collections.policies import (
    LevelInput,
    delete_policy,
    save_policy,
    set_default_policy,
    validate_levels,
)
from arapp.services.collections.results import (
    AssignResult,
    ContactResult,
    DisputeResult,
    ExtensionResult,
    GenerationResult,
    PlanResult,
    PolicyResult,
    PromiseResult,
    StatusResult,
    TaskResult,
)
from arapp.services.collections.statuses import (
    accept_legal_proposal,
    blacklist,
    credit_suspension_reasons,
    hand_over,
    resume,
    statuses_in_force,
    suspend_credit,
)
from arapp.services.collections.tasks import (
    assign_task,
    cancel_task,
    complete_task,
    create_task,
    escalate_task,
    list_tasks,
    reassign,
)

__all__ = [
    "accept_legal_proposal",
    "MAX_DAYS_AHEAD",
    "MAX_INSTALMENTS",
    "MAX_TEXT",
    "PERM_APPROVE",
    "PERM_ASSIGN",
    "PERM_POLICY",
    "PERM_WORK",
    "AssignResult",
    "ContactResult",
    "DisputeResult",
    "ExtensionResult",
    "GenerationResult",
    "LevelInput",
    "PlanResult",
    "PolicyResult",
    "PromiseResult",
    "StatusResult",
    "TaskResult",
    "assign_task",
    "blacklist",
    "cancel_plan",
    "cancel_task",
    "close_dispute",
    "complete_task",
    "create_task",
    "credit_suspension_reasons",
    "decide_extension",
    "delete_policy",
    "effective_due_date",
    "escalate_task",
    "generate_tasks",
    "hand_over",
    "list_tasks",
    "log_contact",
    "log_letter_contacts",
    "open_dispute",
    "overdue_balance",
    "propose_instalments",
    "reassign",
    "record_promise",
    "refresh_customer",
    "request_extension",
    "resume",
    "save_policy",
    "set_default_policy",
    "start_payment_plan",
    "statuses_in_force",
    "suspend_credit",
    "validate_levels",
]
