"""Aging schemes and their buckets: pure values, no database.

A scheme is a list of edges in days: bucket *k* holds ages in (edge[k-1], edge[k]],
the first bucket everything up to edge[0] and one more bucket everything beyond the
last edge. The yearly scheme (1年以内, 1-2年, …) serves the bad-debt provision.
"""

from __future__ import annotations

from dataclasses import dataclass

from arapp.errors import ValidationError
from arapp.i18n import tr, trn

MAX_BUCKETS = 12


@dataclass(frozen=True)
class Bucket:
    """One aging bucket: ages above ``low`` days up to ``high`` days."""

    label: str
    low: int | None    # days, exclusive; None: no lower bound
    high: int | None   # days, inclusive; None: no upper bound


@dataclass(frozen=True)
class Scheme:
    """A bucket scheme: each edge is the last day of a bucket; one more bucket holds the rest."""

    name: str
    edges: tuple[int, ...]
    labels: tuple[str, ...] = ()
    builtin: bool = False

    @property
    def buckets(self) -> list[Bucket]:
        """The buckets in order, with the scheme's labels (or the default ones)."""
        labels = self.labels if len(self.labels) == len(self.edges) + 1 else default_labels(self.edges)
        bounds = [None, *self.edges, None]
        return [Bucket(labels[k], bounds[k], bounds[k + 1]) for k in range(len(self.edges) + 1)]

    def display_name(self) -> str:
        """The scheme's name in words (the built-in ones translated)."""
        if self.name == "default":
            return tr("aging", "Standard (by days overdue)")
        if self.name == "yearly":
            return tr("aging", "Yearly (for bad-debt provision)")
        return self.name


def default_labels(edges: tuple[int, ...] | list[int]) -> tuple[str, ...]:
    """Readable bucket names: 未到期, 1-30, …, 365天以上; whole years as 1年以内, 1-2年, …"""
    edges = list(edges)
    if edges and all(e > 0 and e % 365 == 0 for e in edges):
        years = [e // 365 for e in edges]
        out = [trn("aging", "Within {n} year", "Within {n} years", years[0])]
        for a, b in zip(years, years[1:], strict=False):
            out.append(tr("aging", "{a}-{b} years", a=a, b=b))
        out.append(trn("aging", "Over {n} year", "Over {n} years", years[-1]))
        return tuple(out)
    out = []
    low = None
    for e in edges:
        if low is None:
            out.append(tr("aging", "Not yet due") if e == 0 else trn("aging", "Up to {n} day", "Up to {n} days", e))
        else:
            out.append(tr("aging", "{a}-{b} days", a=low + 1, b=e))
        low = e
    out.append(trn("aging", "Over {n} day", "Over {n} days", edges[-1]) if edges else tr("aging", "All"))
    return tuple(out)


def validate_edges(edges) -> tuple[int, ...]:
    """Edges must be whole days, strictly increasing, at most 11 (12 buckets)."""
    try:
        values = [int(e) for e in edges]
    except (TypeError, ValueError):
        raise ValidationError(tr("aging", "Bucket edges must be whole numbers of days")) from None
    if any(str(e).strip() != str(v) for e, v in zip(edges, values, strict=True) if isinstance(e, str)):
        raise ValidationError(tr("aging", "Bucket edges must be whole numbers of days"))
    if not values:
        raise ValidationError(tr("aging", "A scheme needs at least one bucket edge"))
    if len(values) + 1 > MAX_BUCKETS:
        raise ValidationError(tr("aging", "A scheme has at most {n} buckets", n=MAX_BUCKETS))
    for a, b in zip(values, values[1:], strict=False):
        if b <= a:
            raise ValidationError(
                tr("aging", "Bucket edges must increase: {b} comes after {a}", a=a, b=b))
    if values[0] < -3650 or values[-1] > 36500:
        raise ValidationError(tr("aging", "Bucket edges must lie between -3650 and 36500 days"))
    return tuple(values)


DEFAULT_SCHEME = Scheme("default", (0, 30, 60, 90, 180, 365), builtin=True)
