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

The age × amount matrix routes the new task (:func:`route`, on the amount in reach and
the days overdue, none before the due date; the thresholds are the policy's):

- young and small: a *reminder* only, outside the collection procedure: a call or an SMS
  (the level's, else a call), no letter, a tone no stronger than firm, sent by the
  level's bookkeeper or collector (else the bookkeeper: not the manager's work);
- young and large: the *key* procedure on the level as the policy has it, watched
  closely: while an approved extension holds every invoice in reach, its task is not
  paused but stays open, watched (``watch``; followed up within :data:`WATCH_DAYS` days,
  and on the extended due date at the latest);
- old and small: the *general* procedure, the level as it stands (call, letter, visit…);
- old and large: the *key* procedure led by the credit manager: the task's role is the
  manager's whatever the level's, and it goes up the ladder as the age does.

A task whose role is the manager's goes to the managers' queue (no assignee) unless the
customer's task was already with a manager (``managers`` names the managers' user ids);
a task for another role never carries a manager over (it goes to the customer's
collector instead). After ``policy.legal_after_attempts`` failed attempts at the top
levels (:data:`arapp.domain.policy.TOP_LEVELS`) the task proposes a hand-over to legal
(:func:`proposes_legal`).

Anchors are compared, never parsed: they may be dates or the ISO text the database hands
back, as long as one run uses one form.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from arapp.domain.policy import Level, Policy
from arapp.domain.vocabulary import LEVEL_TONES

#: The holds on a customer that pause the dunning, strongest first.
CUSTOMER_HOLDS = ("legal", "agency", "plan", "promise")
#: Why a customer escalates one level at once.
BREACHES = ("broken_promise", "broken_plan")
#: The statuses of a no-longer-active task that the ladder may reopen as the customer's
#: task again (a task done or cancelled stays so).
REOPENABLE = ("superseded", "closed_paid")
#: A reminder outside the collection procedure is a call or an SMS, never a letter.
REMINDER_ACTIONS = ("call", "sms")
#: The strongest tone of a reminder.
REMINDER_TONE = "firm"
#: Who sends a reminder: the level's own role when one of these, else the bookkeeper.
REMINDER_ROLES = ("bookkeeper", "collector")
#: A key-procedure task watched under an extension is followed up within this many days.
WATCH_DAYS = 7


@dataclass(slots=True)
class ActiveTask:
    """One of the customer's open or paused tasks."""

    id: int
    anchor: object               # the episode it belongs to
    seq: int                     # its level
    status: str                  # "open" or "paused"
    assigned_to: int | None = None
    procedure: str = "general"
    hold_reason: str = ""


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
    hold_until: object = None    # with an extension hold: the earliest extended due date

    @classmethod
    def at(cls, policy: Policy, anchor: object, days: int, amount: int, max_seq: int | None = None) -> Position:
        """The position ``days`` after the anchor, at the level the age has reached."""
        return cls(policy, anchor, days, amount, policy.level_for(days), max_seq)


@dataclass(frozen=True, slots=True)
class Route:
    """Where the age × amount matrix sends a level's work (:func:`route`): the procedure,
    and the action, tone, responsible role and letter the task carries."""

    procedure: str               # reminder, general or key
    action: str
    tone: str
    role: str
    letter_template: str


def route(policy: Policy, level: Level, amount: int, days_overdue: int) -> Route:
    """The matrix cell of ``amount`` fen ``days_overdue`` days overdue, applied to
    ``level`` (one of the policy's; see the module doc): a reminder (call or SMS, no
    letter, not the manager's), the general procedure (the level as it stands), or the
    key procedure (the level as it stands; led by the manager once the age is long)."""
    large, young = policy.is_large(amount), policy.is_young(days_overdue)
    key = (level.seq, large, young)
    way = policy.routes.get(key)
    if way is None:
        way = policy.routes[key] = _route(level, large, young)
    return way


def _route(level: Level, large: bool, young: bool) -> Route:
    if not large and young:
        tone = level.tone if LEVEL_TONES.index(level.tone) <= LEVEL_TONES.index(REMINDER_TONE) else REMINDER_TONE
        return Route("reminder", level.action if level.action in REMINDER_ACTIONS else "call", tone,
                     level.role if level.role in REMINDER_ROLES else "bookkeeper", "")
    if not large:
        return Route("general", level.action, level.tone, level.role, level.letter_template)
    return Route("key", level.action, level.tone, level.role if young else "manager", level.letter_template)


def assignee(role: str, carried: int | None, managers: Collection[int] = ()) -> int | None:
    """Who a new task for ``role`` goes to, given the assignee ``carried`` over from the
    customer's current task: a manager's task stays with a manager or goes to the
    managers' queue (None); another role's never goes to a manager (None: the customer's
    collector)."""
    if carried is None:
        return None
    if role == "manager":
        return carried if carried in managers else None
    return None if carried in managers else carried


def proposes_legal(policy: Policy, level_seq: int, failed_attempts: int) -> bool:
    """Whether a task at ``level_seq`` proposes handing the debt over to legal: it is at
    one of the top levels and the episode has had the policy's number of failed attempts
    there (0 in the policy: never)."""
    n = policy.legal_after_attempts
    return n > 0 and level_seq >= policy.top_levels_from and failed_attempts >= n


@dataclass(slots=True)
class NewTask:
    """The task a decision creates. ``assigned_to`` is who it goes to (:func:`assignee`;
    None: the managers' queue for a manager's task, else the customer's collector). A
    value: not changed once made (not frozen only because a run makes thousands, and
    frozen ones cost eight times as much to make)."""

    level: Level
    reason: str                  # ladder, broken_promise or broken_plan
    route: Route
    days_overdue: int
    assigned_to: int | None
    escalated: bool              # above a level the episode reached, or after a breach

    @property
    def procedure(self) -> str:
        """reminder, general or key."""
        return self.route.procedure


@dataclass(slots=True)
class Decision:
    """What the day's run does for one customer: task ids to pause (with ``hold``),
    watch (key-procedure tasks kept open under an extension until ``watch_until``),
    resume, supersede or close as paid; a task to create; the episode's level to reopen.
    A value, like :class:`NewTask`."""

    create: NewTask | None = None
    hold: str = ""
    pause: tuple[int, ...] = ()
    resume: tuple[int, ...] = ()
    supersede: tuple[int, ...] = ()
    close: tuple[int, ...] = ()
    reopen_seq: int | None = None
    watch: tuple[int, ...] = ()
    watch_until: object = None

    @property
    def action(self) -> str:
        """The decision in one word: close, watch, pause, escalate, create, resume, supersede or stand."""
        if self.close:
            return "close"
        if self.hold:
            return "watch" if self.watch else "pause"
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
           broken: str = "", managers: Collection[int] = ()) -> Decision:
    """The ladder's rules for one customer on one day (see the module doc). ``managers``:
    the user ids of the managers (who keeps a manager's task)."""
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
        if hold == "extension" and not holds:
            # The key procedure watches an extended debt closely: its task stays open.
            watch = tuple(t.id for t in active if t.procedure == "key"
                          and not (t.status == "open" and t.hold_reason == "extension"))
            return Decision(hold=hold, watch=watch, watch_until=position.hold_until,
                            pause=tuple(t.id for t in active if t.status == "open" and t.procedure != "key"))
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
    rung = policy.level(target)
    way = route(policy, rung, position.amount, days)
    carried = next((t.assigned_to for t in active if t.assigned_to), None) if active else None
    new = NewTask(rung, reason, way, days, assignee(way.role, carried, managers) if carried else None,
                  reason != "ladder" or top is not None)
    return Decision(new, "", (), (), tuple([t.id for t in active]) if active else ())
