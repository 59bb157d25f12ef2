"""Shared fixtures: an isolated database per test (SQLite file; PostgreSQL too when
ARAPP_TEST_PG_URL points at a server), English messages unless a test asks."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from arapp import clock, i18n  # noqa: E402
from arapp.db import database  # noqa: E402
from arapp.services import context  # noqa: E402

PG_URL = os.environ.get("ARAPP_TEST_PG_URL")


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("ARAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("ARAPP_DB", raising=False)
    previous = i18n.language()
    i18n.set_language("en")
    context.set_actor(context.Actor("admin", "admin"))
    yield
    clock.set(None)
    i18n.set_language(previous)
    context.set_actor(context.Actor("admin", "admin"))


def reset_postgres(url: str) -> None:
    """Empty the test database's public schema."""

    d = database.make_database(url)
    d.connect()
    try:
        d.execute_sql("DROP SCHEMA public CASCADE")
        d.execute_sql("CREATE SCHEMA public")
    finally:
        d.close()


@pytest.fixture
def sqlite_db(tmp_path):
    """A fresh, migrated SQLite ledger; yields the peewee database."""
    d = database.open_database(tmp_path / "ledger.sqlite3")
    yield d
    database.close_database()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def ledger_db(request, tmp_path):
    """A fresh, migrated ledger on SQLite, and on PostgreSQL when one is available."""
    if request.param == "postgres":
        if not PG_URL:
            pytest.skip("ARAPP_TEST_PG_URL is not set")
        reset_postgres(PG_URL)
        d = database.open_database(PG_URL)
    else:
        d = database.open_database(tmp_path / "ledger.sqlite3")
    yield d
    database.close_database()
