"""Benchmark fixtures: the big demo database, built once and cached, and a figures table.

Not part of the ordinary test run (pyproject's addopts ignore tests/perf); run them with
``python3 dev.py bench`` (``pytest tests/perf -s``).

The big database (20,000 customers, four years of monthly invoices, about a million
invoices) is built into ``tests/perf/.cache/demo_20000.sqlite3`` the first time and kept.
A key file beside it holds a hash of what decides its content (the ``arapp/demo/``
package, the bulk writer ``arapp/services/bulk.py``, the allocation order in
``arapp/domain/allocation.py``) and the migration steps; when any changes, the database
is built again. ``ARAPP_BENCH_CUSTOMERS`` picks another size (the file name carries
the size).

Each benchmark compares a figure with a baseline measured in the same run on the same
machine (a bare sqlite3 statement doing the same job) and asserts only a generous
ratio, never an absolute time. ``figures`` prints each line as it is measured and the
whole table at the end.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from benchlib import BIG_CUSTOMERS, BIG_YEARS, HEADER, Figures, build_cached_demo

from arapp.db import database


@pytest.fixture(scope="session")
def big_demo_db() -> Path:
    """Path of the cached million-invoice demo database (not opened)."""
    return build_cached_demo(BIG_CUSTOMERS, BIG_YEARS)


@pytest.fixture
def open_big_db(big_demo_db):
    """The cached big database opened through arapp (as the window opens it)."""
    d = database.open_database(big_demo_db)
    yield d
    database.close_database()


@pytest.fixture
def bare_sqlite(big_demo_db):
    """A plain sqlite3 connection to the same file, for the baselines."""
    con = sqlite3.connect(big_demo_db)
    yield con
    con.close()


_FIGURES = Figures()


@pytest.fixture(scope="session")
def figures() -> Figures:
    return _FIGURES


def pytest_terminal_summary(terminalreporter):
    if not _FIGURES.items:
        return
    terminalreporter.section("benchmark figures (value vs baseline measured in the same run)")
    terminalreporter.write_line(HEADER)
    for fig in _FIGURES.items:
        terminalreporter.write_line(fig.line())


