"""What the collection services return: one result per kind of write, each with the
``Changes`` it made."""

from __future__ import annotations

import datetime as _dt
from dataclasses import asdict, dataclass, field

from arapp.services.changes import NOTHING, Changes


@dataclass
class GenerationResult:
    """What a run of the ladder did on ``on``. ``created`` counts new tasks, of which
    ``escalated`` rose above a level the customer had already reached in this episode
    (or came from a broken promise or plan); ``closed`` tasks of customers who owe
    nothing in reach any more; ``superseded`` open tasks replaced by a new one;
    ``paused``/``resumed`` tasks of customers a hold started or stopped for;
    ``watched`` key-procedure tasks kept open under an approved extension (watched
    closely, not paused); ``skipped`` customers in reach who were not dunned because
    of a hold."""

    on: _dt.date
    created: int = 0
    escalated: int = 0
    closed: int = 0
    superseded: int = 0
    paused: int = 0
    resumed: int = 0
    watched: int = 0
    skipped: int = 0
    customers_in_reach: int = 0
    promises_kept: int = 0
    promises_broken: int = 0
    plans_completed: int = 0
    plans_broken: int = 0
    created_task_ids: list[int] = field(default_factory=list)   # filled for one-customer refreshes

    @property
    def changed(self) -> bool:
        return any((self.created, self.closed, self.superseded, self.paused, self.resumed, self.watched,
                    self.promises_kept,
                    self.promises_broken, self.plans_completed, self.plans_broken))

    @property
    def changes(self) -> Changes:
        """Tasks (which ones not named for a whole-book run), and the collection files
        when promises or plans were judged."""
        if not self.changed:
            return NOTHING
        judged = any((self.promises_kept, self.promises_broken, self.plans_completed, self.plans_broken))
        return Changes.of(task=self.created_task_ids or True, collection=judged)

    def as_dict(self) -> dict:
        d = asdict(self)
        d.pop("created_task_ids")
        return d


@dataclass
class PolicyResult:
    """A policy created, changed, made the default or removed."""

    policy_id: int
    name: str
    action: str
    levels: int
    changes: Changes = NOTHING


@dataclass
class TaskResult:
    """What a task service did: the task it acted on, its status now, and the task it
    created (escalation, manual task) if any."""

    task_id: int
    customer_code: str
    status: str
    level_seq: int
    created_task_id: int | None = None
    changes: Changes = NOTHING


@dataclass
class AssignResult:
    """Tasks given to a user (``assigned_to`` '' for nobody)."""

    task_ids: list[int]
    assigned_to: str
    changes: Changes = NOTHING


@dataclass
class ContactResult:
    contact_id: int
    customer_code: str
    at: _dt.datetime
    task_id: int | None
    follow_up_on: _dt.date | None
    changes: Changes = NOTHING
    reason: str = ""               # why the customer has not paid ('' none given)


@dataclass
class PromiseResult:
    promise_id: int
    customer_code: str
    promised_date: _dt.date
    amount: int
    status: str
    replaced_promise_ids: list[int] = field(default_factory=list)
    tasks: GenerationResult | None = None
    changes: Changes = NOTHING


@dataclass
class ExtensionResult:
    request_id: int
    invoice_number: str
    customer_code: str
    status: str
    current_due: _dt.date
    requested_due: _dt.date
    tasks: GenerationResult | None = None
    changes: Changes = NOTHING


@dataclass
class PlanResult:
    plan_id: int
    customer_code: str
    total: int
    status: str
    instalments: list[tuple[int, _dt.date, int, str]] = field(default_factory=list)   # seq, date, fen, status
    tasks: GenerationResult | None = None
    changes: Changes = NOTHING


@dataclass
class DisputeResult:
    dispute_id: int
    invoice_number: str
    customer_code: str
    status: str
    tasks: GenerationResult | None = None
    changes: Changes = NOTHING


@dataclass
class StatusResult:
    """A customer status event started or ended, and the customer's status field now."""

    event_ids: list[int]
    customer_code: str
    status: str
    since: _dt.date | None
    until: _dt.date | None
    customer_status: str
    tasks: GenerationResult | None = None
    changes: Changes = NOTHING

