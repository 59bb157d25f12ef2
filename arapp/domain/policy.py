"""Collection policies (催收政策): a ladder of levels and the age × amount matrix.
Pure values, no database; read from the books by :mod:`arapp.reports.collections`.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

from arapp.i18n import tr, trn

MAX_LEVELS = 12
START_DAY_MIN, START_DAY_MAX = -60, 3650
#: The ladder's top levels are its last this many levels: after ``legal_after_attempts``
#: failed attempts there, the task proposes a hand-over to legal (the seeds: "经二次催收仍未
#: 收回的账款 … 转交法务部").
TOP_LEVELS = 2
#: At most this many failed attempts may be asked for before the proposal (0: never).
MAX_LEGAL_AFTER_ATTEMPTS = 20


@dataclass(frozen=True)
class Level:
    """One rung of a ladder: applies from ``start_day`` days after the due date (negative:
    before it) until the next level starts. ``seq`` counts from 1."""

    start_day: int
    action: str
    tone: str = "firm"
    role: str = "collector"
    letter_template: str = ""
    description: str = ""
    seq: int = 0


@dataclass(frozen=True)
class Policy:
    """A collection policy with its levels in order (start days strictly increasing)."""

    id: int | None
    name: str
    categories: tuple[str, ...]
    is_default: bool
    amount_threshold: int          # fen: at or above is a large amount
    short_age_days: int            # days overdue up to this are a short age
    description: str
    levels: tuple[Level, ...]
    legal_after_attempts: int = 2  # failed attempts at the top levels before legal is proposed (0: never)

    @property
    def reach_days(self) -> int:
        """How many days before the due date the ladder starts (0 when it starts on or after)."""
        return max(0, -self.levels[0].start_day) if self.levels else 0

    @functools.cached_property
    def _starts(self) -> list[int]:
        return [lv.start_day for lv in self.levels]

    @functools.cached_property
    def routes(self) -> dict:
        """The matrix's routes of this policy's levels already worked out, by (level
        number, large, young): :func:`arapp.domain.ladder.route` fills it (a run makes
        thousands of tasks from a few cells)."""
        return {}

    def level_for(self, days: int) -> Level | None:
        """The highest level whose start day is on or before ``days`` since the due date."""
        i = bisect.bisect_right(self._starts, days)
        return self.levels[i - 1] if i else None

    def level(self, seq: int) -> Level | None:
        """The level numbered ``seq`` (from 1), or None."""
        return self.levels[seq - 1] if 1 <= seq <= len(self.levels) else None

    @property
    def top_seq(self) -> int:
        """The number of the last (highest) level."""
        return len(self.levels)

    @property
    def top_levels_from(self) -> int:
        """The number of the first of the ladder's top levels (:data:`TOP_LEVELS` from the top)."""
        return max(1, self.top_seq - TOP_LEVELS + 1)

    def is_young(self, days_overdue: int) -> bool:
        """Whether a debt this many days overdue is of short age (none before the due date)."""
        return max(0, days_overdue) <= self.short_age_days

    def is_large(self, amount: int) -> bool:
        """Whether ``amount`` fen is a large amount (at or above the threshold)."""
        return amount >= self.amount_threshold

    def procedure_for(self, amount: int, days_overdue: int) -> str:
        """The age × amount matrix: a large amount follows the key procedure; a small one
        a reminder while the age is short, the general procedure once it is long."""
        if amount >= self.amount_threshold:
            return "key"
        return "reminder" if days_overdue <= self.short_age_days else "general"

    def display_name(self) -> str:
        """The policy's name in words (the standard ladder translated)."""
        return tr("collections", "Standard ladder") if self.name == "default" else self.name

    def when_label(self, level: Level) -> str:
        """When a level applies, in words: "5 days before due", "On the due date",
        "1-30 days overdue", "Over 90 days overdue" (the last level runs on for ever)."""
        nxt = self.level(level.seq + 1)
        s = level.start_day
        if s < 0:
            return trn("collections", "{n} day before due", "{n} days before due", -s) if nxt else \
                trn("collections", "From {n} day before due", "From {n} days before due", -s)
        if s == 0:
            return tr("collections", "On the due date") if nxt and nxt.start_day == 1 else \
                tr("collections", "From the due date")
        if nxt is None:
            return trn("collections", "Over {n} day overdue", "Over {n} days overdue", s - 1) if s > 1 else \
                tr("collections", "From 1 day overdue")
        end = nxt.start_day - 1
        return tr("collections", "{a}-{b} days overdue", a=s, b=end) if end > s else \
            trn("collections", "{n} day overdue", "{n} days overdue", s)


@dataclass(frozen=True)
class PolicyBook:
    """Which policy serves which customer category."""

    default: Policy
    by_category: dict[str, Policy]
    policies: tuple[Policy, ...]

    def for_category(self, category: str | None) -> Policy:
        """The policy serving customers of ``category`` (the default one for the rest)."""
        return self.by_category.get(category or "", self.default)

    @property
    def reach_days(self) -> int:
        """How many days before the due date the earliest ladder starts."""
        return max((p.reach_days for p in self.policies), default=0)


def book_of(policies: list[Policy]) -> PolicyBook | None:
    """Which policy serves which category: the default one for the rest (the first with
    levels if none is marked default). None when no policy has levels."""
    policies = [p for p in policies if p.levels]
    default = next((p for p in policies if p.is_default), None)
    if default is None:
        if not policies:
            return None
        default = policies[0]
    by_cat: dict[str, Policy] = {}
    for p in policies:
        for c in p.categories:
            by_cat.setdefault(c, p)
    return PolicyBook(default, by_cat, tuple(policies))
