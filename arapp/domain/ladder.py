"""The collection ladder's decision for one customer on one day (催收阶梯). Pure values,
no database: :mod:`arapp.services.collections.ladder` reads every customer's position
in bulk, asks :func:`decide` per customer, and writes what it decided in bulk.

What goes in
    :class:`Position`: where the customer stands on the day, from the open invoices in
    reach (due on or before the day plus the policy book's reach): the *anchor* (the
    effective due date of the oldest of them, after approved extensions, disputed ones
    left out), the days since it, the amount in reach, the highest level any task of
    this episode (customer, anchor) reached, and, when every invoice in reach is
    extended past the reach or disputed, that invoice hold. ``None`` when the customer
    owes nothing in reach (or unapplied credit covers it).
    The customer's *active* tasks (:class:`ActiveTask`: open or paused).
    The customer holds in force: an open promise not yet due (``promise``), an active
    payment plan (``plan``), a hand-over to ``legal`` or an ``agency``. A blacklisting
    or a credit suspension stops new credit sales, not the dunning.
    ``broken``: a promise or a plan broken today (``broken_promise``, ``broken_plan``).

What comes out (:class:`Decision`)
    - *stand* (:data:`STANDS`): the customer's one open task is this episode's highest
      and at or above the level the age has reached; nothing changes (the usual day);
    - *pause*: a hold is in force; the open tasks pause with its reason (legal before
      agency before plan before promise, a customer hold before an invoice hold), tasks
      already paused stay so and keep theirs;
    - *create*: the age has reached a level above every task of the episode; a task at
      that level, straight to it (a customer first met 40 days overdue gets level 5 at
      once, not levels 1 to 4 a day at a time), replacing (superseding) the customer's
      other active tasks. It counts as an *escalation* when the episode had a task already;
    - *escalate* after a broken promise or plan: one level above the higher of the level
      reached and the episode's highest, never past the top (at the top it is an
      ordinary day);
    - *resume*: the episode's highest task is paused and no hold is in force any more, so
      it opens again; if that task is no longer active (superseded while another anchor
      was dunned, or closed as paid before a receipt was reversed), it is reopened
      (``reopen_seq``); one done or cancelled stays so (:func:`reopens`), and nothing
      new is made until the age reaches the next level. Other active tasks are superseded;
    - *close*: nothing is owed in reach (or the policy's ladder has not started for it);
      every active task closes as paid (``closed_paid``).

The new task's procedure comes from the policy's age × amount matrix
(:meth:`arapp.domain.policy.Policy.procedure_for`) on the amount in reach and the days
overdue (none before the due date).

Anchors are compared, never parsed: they may be dates or the ISO text the database hands
back, as long as one run uses one form.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from arapp.domain.policy import Level, Policy

#: The holds on a customer that pause the dunning, strongest first.
CUSTOMER_HOLDS = ("legal", "agency", "plan", "promise")
#: Why a customer escalates one level at once.
BREACHES = ("broken_promise", "broken_plan")
#: The statuses of a no-longer-active task that the ladder may reopen as the customer's
#: task again (a task done or cancelled stays so).
REOPENABLE = ("superseded", "closed_paid")


@dataclass(slots=True)
class ActiveTask:
    """One of the customer's open or paused tasks."""

    id: int
    anchor: object               # the episode it belongs to
    seq: int                     # its level
    status: str                  # "open" or "paused"
    assigned_to: int | None = None


@dataclass(slots=True)
class Position:
    """Where a customer with something owed in reach stands on the day. ``level`` is the
    level the age has reached, ``policy.level_for(days)`` (:meth:`at` works it out);
    None when every invoice in reach is held (``hold``) or the ladder has not started."""

    policy: Policy
    anchor: object               # the oldest effective due date in reach (None with an invoice hold)
    days: int                    # days since the anchor (negative: before it)
    amount: int                  # fen owed on the invoices in reach
    level: Level | None
    max_seq: int | None = None   # the highest level of any task of this episode, in any status
    hold: str = ""               # "extension" or "dispute" when every invoice in reach is held

    @classmethod
    def at(cls, policy: Policy, anchor: object, days: int, amount: int, max_seq: int | None = None) -> Position:
        """The position ``days`` after the anchor, at the level the age has reached."""
        return cls(policy, anchor, days, amount, policy.level_for(days), max_seq)


@dataclass(slots=True)
class NewTask:
    """The task a decision creates. ``assigned_to`` carries over the assignee of the
    customer's current task (None: the customer's collector). A value: not changed
    once made (not frozen only because a run makes thousands, and frozen ones cost
    eight times as much to make)."""

    level: Level
    reason: str                  # ladder, broken_promise or broken_plan
    procedure: str               # reminder, general or key
    days_overdue: int
    assigned_to: int | None
    escalated: bool              # above a level the episode reached, or after a breach


@dataclass(slots=True)
class Decision:
    """What the day's run does for one customer: task ids to pause (with ``hold``),
    resume, supersede or close as paid; a task to create; the episode's level to reopen.
    A value, like :class:`NewTask`."""

    create: NewTask | None = None
    hold: str = ""
    pause: tuple[int, ...] = ()
    resume: tuple[int, ...] = ()
    supersede: tuple[int, ...] = ()
    close: tuple[int, ...] = ()
    reopen_seq: int | None = None

    @property
    def action(self) -> str:
        """The decision in one word: close, pause, escalate, create, resume, supersede or stand."""
        if self.close:
            return "close"
        if self.hold:
            return "pause"
        if self.create is not None:
            return "escalate" if self.create.escalated else "create"
        if self.resume or self.reopen_seq is not None:
            return "resume"
        return "supersede" if self.supersede else "stand"


#: The usual day: nothing changes.
STANDS = Decision()


def hold_reason(holds: Collection[str]) -> str:
    """The strongest of the customer holds in force ('' for none)."""
    if not holds:
        return ""
    return next((h for h in CUSTOMER_HOLDS if h in holds), "")


def reopens(status: str) -> bool:
    """Whether the episode's highest task, now in ``status``, becomes the customer's task again."""
    return status in REOPENABLE


def decide(position: Position | None, active: Sequence[ActiveTask] = (), holds: Collection[str] = (),
           broken: str = "") -> Decision:
    """The ladder's rules for one customer on one day (see the module doc)."""
    if position is None:
        return Decision(close=tuple(t.id for t in active)) if active else STANDS
    level = position.level
    if level is not None and len(active) == 1 and not holds and not broken:
        t = active[0]
        if (t.status == "open" and t.seq == position.max_seq and t.anchor == position.anchor
                and t.seq >= level.seq):
            return STANDS
    hold = hold_reason(holds) or (position.hold if level is None else "")
    if hold:
        return Decision(hold=hold, pause=tuple(t.id for t in active if t.status == "open"))
    if level is None:                     # the policy's ladder has not started for what is in reach
        return Decision(close=tuple(t.id for t in active)) if active else STANDS
    policy, top = position.policy, position.max_seq
    target, reason = level.seq, "ladder"
    if broken:
        base = max(target, top or 0)
        target = min(base + 1, policy.top_seq)
        if target > base:
            reason = broken
    if top is not None and top >= target:
        keep = {t.id for t in active if t.anchor == position.anchor and t.seq == top}
        return Decision(resume=tuple(t.id for t in active if t.id in keep and t.status == "paused"),
                        supersede=tuple(t.id for t in active if t.id not in keep),
                        reopen_seq=None if keep else top)
    days = max(0, position.days)
    assigned = next((t.assigned_to for t in active if t.assigned_to), None) if active else None
    new = NewTask(policy.level(target), reason, policy.procedure_for(position.amount, days), days, assigned,
                  reason != "ladder" or top is not None)
    return Decision(new, "", (), (), tuple([t.id for t in active]) if active else ())
