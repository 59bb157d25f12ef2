"""The day from which an allocation counts (domain.allocation.covered_from)."""

from __future__ import annotations

import datetime as dt

from arapp.domain.allocation import covered_from

D = dt.date
START = D(2026, 2, 1)


def test_with_nothing_dated_later_the_allocation_counts_from_the_start():
    assert covered_from(START, 100000, [], 100000) == START


def test_money_freed_later_counts_only_from_the_day_it_was_freed():
    # paid on 02-01 by a receipt reversed on 03-15: open 0 until then, 1,000.00 after
    assert covered_from(START, 100000, [(D(2026, 3, 15), -100000)], 100000) == D(2026, 3, 15)


def test_what_was_open_all_along_still_counts_from_the_start():
    # 400.00 was open all along, 600.00 more from 03-15
    assert covered_from(START, 100000, [(D(2026, 3, 15), -60000)], 40000) == START
    assert covered_from(START, 100000, [(D(2026, 3, 15), -60000)], 40001) == D(2026, 3, 15)


def test_a_gap_in_between_pushes_the_day_past_the_gap():
    # open 1,000 from the start, 0 from 02-10 (paid), 1,000 again from 03-01 (reversed)
    steps = [(D(2026, 2, 10), 100000), (D(2026, 3, 1), -100000)]
    assert covered_from(START, 100000, steps, 50000) == D(2026, 3, 1)


def test_money_spent_later_only_needs_what_is_left_now():
    # 1,000 left from the start, 300 taken on 02-20: 700 can count from the start
    assert covered_from(START, 70000, [(D(2026, 2, 20), 30000)], 70000) == START


def test_more_than_is_left_now_never_fits():
    assert covered_from(START, 100, [], 101) is None
    assert covered_from(START, 100, [(D(2026, 3, 1), -50)], 101) is None
