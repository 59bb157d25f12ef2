"""Benchmark helpers: the cached big demo database, timing, and the figures table."""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

from arapp.db import database

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(__file__).resolve().parent / ".cache"
BIG_CUSTOMERS = int(os.environ.get("ARAPP_BENCH_CUSTOMERS", "20000"))
BIG_YEARS = 4
# A fixed end date keeps the cached database the same from day to day.
END_DATE = _dt.date(2026, 11, 20)


def source_key() -> str:
    """A hash of what decides the demo database's content and schema."""
    h = hashlib.sha256()
    arapp = ROOT / "arapp"
    paths = [*sorted((arapp / "demo").glob("*.py")), arapp / "services" / "bulk.py",
             arapp / "domain" / "allocation.py", *sorted((arapp / "db" / "migrations").glob("*.py"))]
    for path in paths:
        h.update(path.relative_to(ROOT).as_posix().encode())
        h.update(path.read_bytes())
    h.update(f"{BIG_CUSTOMERS}:{BIG_YEARS}:{END_DATE}".encode())
    return h.hexdigest()


def build_cached_demo(customers: int, years: int) -> Path:
    """The cached demo database, (re)built when missing or out of date."""
    CACHE.mkdir(parents=True, exist_ok=True)
    target = CACHE / f"demo_{customers}.sqlite3"
    key_file = target.with_suffix(".key")
    key = source_key()
    if target.exists() and key_file.exists() and key_file.read_text().strip() == key:
        return target
    from arapp.demo import build_demo

    partial = target.with_name(target.name + ".building")
    for p in (partial, Path(str(partial) + "-wal"), Path(str(partial) + "-shm"), target, key_file):
        p.unlink(missing_ok=True)
    print(f"\n[bench] building {target.name} ({customers} customers, {years} years); this takes a few minutes",
          flush=True)
    started = time.perf_counter()
    database.open_database(partial)
    try:
        summary = build_demo(customers, years, seed=1, end_date=END_DATE)
        database.db.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close_database()
    partial.rename(target)
    key_file.write_text(key + "\n")
    print(f"[bench] built in {time.perf_counter() - started:.1f} s: {summary.invoices:,} invoices, "
          f"{summary.receipts:,} receipts, {summary.allocations:,} allocations", flush=True)
    return target


@dataclass
class Figure:
    name: str
    value: float
    baseline: float
    unit: str
    limit: float

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline > 0 else float("inf")

    def line(self) -> str:
        return (f"{self.name:<52} {self.value:>10.4f} {self.baseline:>10.4f} {self.unit:<3} "
                f"{self.ratio:>7.2f}x  (limit {self.limit:g}x)")


HEADER = f"{'figure':<52} {'value':>10} {'baseline':>10} {'':<3} {'ratio':>8}"


class Figures:
    """Collects figures; ``add`` prints the line and asserts the ratio stays under ``limit``."""

    def __init__(self) -> None:
        self.items: list[Figure] = []

    def add(self, name: str, value: float, baseline: float, *, limit: float, unit: str = "s") -> Figure:
        fig = Figure(name, value, baseline, unit, limit)
        self.items.append(fig)
        print(f"\n[bench] {HEADER}\n[bench] {fig.line()}", flush=True)
        assert fig.ratio < limit, f"{name}: {fig.ratio:.2f}x its baseline (limit {limit}x)"
        return fig


def best_of(n: int, fn) -> tuple[float, object]:
    """The shortest of ``n`` timed runs of ``fn()`` and the last result."""
    best = float("inf")
    result = None
    for _ in range(n):
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    return best, result
