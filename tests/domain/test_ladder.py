"""The ladder's daily decision for one customer (arapp.domain.ladder), without a database:
the level each day reaches, creating and escalating, pausing for each hold, resuming,
closing, and the age × amount matrix. The seeds' ladder: −5, −3, 0, 1–30, 31–60, 61–90,
over 90 days after the due date."""

from __future__ import annotations

from dataclasses import replace

import pytest

from arapp.domain import vocabulary as vocab
from arapp.domain.ladder import (
    BREACHES,
    CUSTOMER_HOLDS,
    STANDS,
    ActiveTask,
    Position,
    assignee,
    decide,
    hold_reason,
    proposes_legal,
    reopens,
    route,
)
from arapp.domain.policy import Level, Policy

LADDER = Policy(
    id=1, name="default", categories=(), is_default=True, amount_threshold=1_000_000, short_age_days=30,
    description="",
    levels=(Level(-5, "sms", "friendly", "bookkeeper", seq=1),
            Level(-3, "call", "firm", "bookkeeper", seq=2),
            Level(0, "call", "firm", "manager", seq=3),
            Level(1, "letter", "firm", "bookkeeper", "reminder_letter", seq=4),
            Level(31, "visit", "urgent", "collector", "payment_plan_letter", seq=5),
            Level(61, "visit", "serious", "manager", "final_demand", seq=6),
            Level(91, "legal", "legal", "legal", "lawyer_letter", seq=7)),
)
ANCHOR = "2026-02-04"          # anchors are compared as the database hands them back
SMALL = 500_000                # 5,000.00: under the policy's threshold of 10,000.00
LARGE = 2_000_000              # 20,000.00: at or above it
MANAGERS = {40}                # the user id of the credit manager


def at(days: int, *, amount: int = SMALL, max_seq: int | None = None) -> Position:
    return Position.at(LADDER, ANCHOR, days, amount, max_seq)


def task(seq: int, status: str = "open", *, id: int = 1, anchor: str = ANCHOR, assigned_to: int | None = None,
         procedure: str = "general", hold: str = "") -> ActiveTask:
    return ActiveTask(id, anchor, seq, status, assigned_to, procedure, hold)


def held(reason: str, *, max_seq: int | None = 4, amount: int = SMALL) -> Position:
    """Every invoice in reach is extended past the reach or disputed."""
    return Position(LADDER, None, 10, amount, None, max_seq, hold=reason, hold_until="2026-03-20")


# ------------------------------------------------------------------------------ levels and creating

@pytest.mark.parametrize(("days", "seq"), [
    (-5, 1), (-4, 1), (-3, 2), (-1, 2), (0, 3), (1, 4), (30, 4), (31, 5), (60, 5), (61, 6), (90, 6), (91, 7),
    (900, 7)])
def test_a_customer_first_met_gets_the_level_its_age_has_reached(days, seq):
    d = decide(at(days))
    assert d.action == "create"
    assert (d.create.level.seq, d.create.reason, d.create.escalated) == (seq, "ladder", False)
    assert d.create.days_overdue == max(0, days)


def test_before_the_ladder_starts_nothing_is_made_and_an_old_task_closes():
    assert at(-6).level is None
    assert decide(at(-6)) is STANDS
    assert decide(at(-6), [task(7)]).close == (1,)


def test_the_usual_day_changes_nothing():
    assert decide(at(10, max_seq=4), [task(4)]) is STANDS
    assert decide(at(10, max_seq=5), [task(5)]) is STANDS           # escalated by hand above the age's level


def test_the_next_level_replaces_the_task_and_counts_as_an_escalation():
    d = decide(at(-3, max_seq=1), [task(1, id=11)])
    assert d.action == "escalate"
    assert (d.create.level.seq, d.create.reason, d.create.escalated) == (2, "ladder", True)
    assert d.supersede == (11,)


def test_a_day_missed_jumps_straight_to_the_level_reached_not_one_at_a_time():
    d = decide(at(40, max_seq=1), [task(1, id=11)])
    assert (d.create.level.seq, d.supersede) == (5, (11,))


def test_a_new_debt_after_the_old_one_was_paid_starts_a_fresh_episode():
    d = decide(at(-5), [task(6, anchor="2025-10-01", id=3)])         # no task for this anchor yet
    assert (d.action, d.create.level.seq, d.create.escalated, d.supersede) == ("create", 1, False, (3,))


def test_the_new_task_goes_to_whoever_had_the_customer():
    assert decide(at(31, max_seq=4), [task(4, assigned_to=7)]).create.assigned_to == 7
    assert decide(at(31, max_seq=4), [task(4)]).create.assigned_to is None    # the customer's collector


def test_a_second_task_of_the_episode_is_superseded_by_the_highest():
    d = decide(at(10, max_seq=4), [task(3, id=1), task(4, id=2)])
    assert (d.action, d.create, d.supersede, d.resume) == ("supersede", None, (1,), ())


# ------------------------------------------------------------------------------ breaches

def test_a_broken_promise_escalates_one_level_at_once():
    d = decide(at(7, max_seq=4), [task(4, id=5)], broken="broken_promise")
    assert (d.create.level.seq, d.create.reason, d.create.escalated, d.supersede) == (5, "broken_promise", True, (5,))


def test_a_broken_plan_escalates_one_above_the_level_the_age_reached():
    # paused at level 4 while the plan ran; 49 days now is level 5, the breach one more
    d = decide(at(49, max_seq=4), [task(4, "paused")], broken="broken_plan")
    assert (d.create.level.seq, d.create.reason) == (6, "broken_plan")


def test_a_breach_at_the_top_of_the_ladder_makes_nothing_new():
    d = decide(at(120, max_seq=7), [task(7)], broken="broken_promise")
    assert d.action == "stand" and d.create is None and d.supersede == ()


# ------------------------------------------------------------------------------ holds

@pytest.mark.parametrize("hold", ["promise", "plan", "legal", "agency"])
def test_a_customer_hold_pauses_the_open_task(hold):
    d = decide(at(40, max_seq=4), [task(4, id=9)], holds={hold})
    assert (d.action, d.hold, d.pause, d.create) == ("pause", hold, (9,), None)


@pytest.mark.parametrize("hold", ["extension", "dispute"])
def test_every_invoice_in_reach_held_pauses_the_open_task(hold):
    d = decide(held(hold), [task(4, id=9)])
    assert (d.action, d.hold, d.pause, d.create) == ("pause", hold, (9,), None)


def test_a_task_already_paused_stays_paused_and_a_held_customer_gets_no_new_task():
    d = decide(at(100, max_seq=4), [task(4, "paused")], holds={"promise"})
    assert (d.action, d.pause, d.create) == ("pause", (), None)
    assert decide(at(100), holds={"legal"}).create is None


def test_the_stronger_hold_names_the_pause():
    assert hold_reason({"promise", "plan"}) == "plan"
    assert hold_reason({"promise", "agency", "legal"}) == "legal"
    assert hold_reason({"blacklisted", "credit_suspended"}) == ""     # they stop credit, not the dunning
    assert decide(held("dispute"), [task(4)], holds={"promise"}).hold == "promise"


def test_the_holds_and_breaches_are_codes_of_the_vocabulary():
    assert set(CUSTOMER_HOLDS) | {"extension", "dispute"} == set(vocab.HOLD_REASONS)
    assert set(BREACHES) <= set(vocab.TASK_REASONS)


# ------------------------------------------------------------------------------ resuming and closing

def test_when_the_hold_ends_the_paused_task_resumes_where_it_was():
    d = decide(at(10, max_seq=4), [task(4, "paused", id=9)])
    assert (d.action, d.resume, d.create) == ("resume", (9,), None)


def test_when_the_hold_ends_after_the_age_moved_up_the_next_level_replaces_the_paused_task():
    d = decide(at(40, max_seq=4), [task(4, "paused", id=9)])
    assert (d.action, d.create.level.seq, d.supersede) == ("escalate", 5, (9,))


def test_the_episodes_task_replaced_meanwhile_is_reopened():
    # a dispute moved the anchor on; closed, the first episode's task is the customer's again
    d = decide(at(18, max_seq=4), [task(4, anchor="2026-02-14", id=2)])
    assert (d.action, d.reopen_seq, d.supersede, d.create) == ("resume", 4, (2,), None)
    assert reopens("superseded") and reopens("closed_paid")
    assert not reopens("done") and not reopens("cancelled")          # done or cancelled stays so


def test_a_task_done_at_the_level_reached_is_not_made_again():
    d = decide(at(12, max_seq=4))
    assert d.create is None and d.reopen_seq == 4                     # reopened only if superseded or paid


def test_nothing_owed_in_reach_closes_every_active_task():
    d = decide(None, [task(4, id=1), task(5, "paused", id=2)])
    assert (d.action, d.close) == ("close", (1, 2))
    assert decide(None) is STANDS


# ------------------------------------------------------------------------------ the age × amount matrix

@pytest.mark.parametrize(("amount", "days", "procedure"), [
    (999_999, -5, "reminder"),       # small, before the due date
    (999_999, 30, "reminder"),       # small and short
    (999_999, 31, "general"),        # small and long
    (999_999, 200, "general"),
    (1_000_000, 1, "key"),           # large, whatever the age
    (5_000_000, 200, "key"),
])
def test_the_new_task_follows_the_procedure_of_the_age_and_amount(amount, days, procedure):
    assert decide(at(days, amount=amount)).create.procedure == procedure


# ------------------------------------------------------------------------------ the matrix routes the work

def new_task(days: int, amount: int, *, carried: int | None = 7, max_seq: int | None = None):
    active = [task(max_seq, assigned_to=carried)] if max_seq else []
    return decide(at(days, amount=amount, max_seq=max_seq), active, managers=MANAGERS).create


def test_young_and_small_is_a_reminder_only_call_or_sms_never_a_letter():
    letter = new_task(10, SMALL, max_seq=3)                         # level 4 is the reminder letter
    assert (letter.level.seq, letter.procedure) == (4, "reminder")
    assert (letter.route.action, letter.route.letter_template, letter.route.role) == ("call", "", "bookkeeper")
    assert new_task(-5, SMALL).route.action == "sms"                 # the level's SMS stays an SMS
    due_day = new_task(0, SMALL, max_seq=2)                          # the manager's due-date call
    assert (due_day.route.role, due_day.route.action, due_day.assigned_to) == ("bookkeeper", "call", 7)
    # a policy that calls 95 days short: the lawyer's letter is still only a reminder, not legal's
    long_short = replace(LADDER, short_age_days=120)
    rung = route(long_short, LADDER.level(7), SMALL, 95)
    assert (rung.procedure, rung.action, rung.tone, rung.role, rung.letter_template) == (
        "reminder", "call", "firm", "bookkeeper", "")


def test_young_and_large_is_the_key_procedure_on_the_level_as_it_stands():
    t = new_task(10, LARGE, max_seq=3)
    assert (t.procedure, t.route.action, t.route.letter_template, t.route.role) == (
        "key", "letter", "reminder_letter", "bookkeeper")
    assert t.assigned_to == 7                                        # the collector keeps the customer
    due_day = new_task(0, LARGE, max_seq=2)                          # the due-date call is the manager's
    assert (due_day.route.role, due_day.assigned_to) == ("manager", None)   # the managers' queue


def test_young_and_large_is_watched_closely_under_an_extension_not_paused():
    d = decide(held("extension", amount=LARGE), [task(4, id=9, procedure="key")])
    assert (d.action, d.watch, d.pause, d.watch_until) == ("watch", (9,), (), "2026-03-20")
    again = decide(held("extension", amount=LARGE), [task(4, id=9, procedure="key", hold="extension")])
    assert (again.watch, again.pause) == ((), ())                    # watched already: nothing to write
    small = decide(held("extension"), [task(4, id=9, procedure="reminder")])
    assert (small.action, small.pause, small.watch) == ("pause", (9,), ())
    promised = decide(held("extension", amount=LARGE), [task(4, id=9, procedure="key", hold="extension")],
                      holds={"promise"})
    assert (promised.hold, promised.pause, promised.watch) == ("promise", (9,), ())


def test_old_and_small_is_the_general_procedure_up_the_ladder():
    t = new_task(40, SMALL, max_seq=4)
    assert (t.level.seq, t.procedure, t.escalated) == (5, "general", True)
    assert (t.route.action, t.route.role, t.route.letter_template, t.assigned_to) == (
        "visit", "collector", "payment_plan_letter", 7)
    assert new_task(65, SMALL, max_seq=5).route.role == "manager"   # the level's own role: the manager's


def test_old_and_large_is_the_key_procedure_led_by_the_credit_manager():
    t = new_task(40, LARGE, max_seq=4)
    assert (t.level.seq, t.procedure, t.route.role, t.route.action) == (5, "key", "manager", "visit")
    assert t.assigned_to is None                                     # the collector's: to the managers' queue
    kept = new_task(70, LARGE, max_seq=5, carried=40)                # a manager had it: the manager keeps it
    assert (kept.level.seq, kept.route.role, kept.assigned_to, kept.escalated) == (6, "manager", 40, True)
    top = new_task(120, LARGE, max_seq=6, carried=40)
    assert (top.level.seq, top.route.role, top.route.action, top.assigned_to) == (7, "manager", "legal", 40)


def test_a_manager_never_carries_a_task_of_another_role():
    assert assignee("bookkeeper", 40, MANAGERS) is None              # back to the customer's collector
    assert assignee("collector", 7, MANAGERS) == 7
    assert assignee("manager", 7, MANAGERS) is None
    assert assignee("manager", 40, MANAGERS) == 40
    back = new_task(10, SMALL, max_seq=3, carried=40)                # the manager took the due-date call
    assert (back.route.role, back.assigned_to) == ("bookkeeper", None)


def test_after_the_second_failed_attempt_at_the_top_levels_legal_is_proposed():
    assert LADDER.top_levels_from == 6 and LADDER.legal_after_attempts == 2
    assert not proposes_legal(LADDER, 7, 1)
    assert proposes_legal(LADDER, 7, 2) and proposes_legal(LADDER, 6, 3)
    assert not proposes_legal(LADDER, 5, 9)                          # below the top levels: never
    three = replace(LADDER, legal_after_attempts=3)
    assert not proposes_legal(three, 7, 2) and proposes_legal(three, 7, 3)
    never = replace(LADDER, legal_after_attempts=0)
    assert not proposes_legal(never, 7, 50)
    one_level = replace(LADDER, levels=LADDER.levels[:1])
    assert one_level.top_levels_from == 1
