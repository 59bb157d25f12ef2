"""A new customer's credit rating, limit and status are the manager's decision
(credit.approve), as changing them is: others create customers with the defaults."""

from __future__ import annotations

import sqlite3

import pytest

from arapp import cli
from arapp.db.models import AuditLog, Customer
from arapp.errors import PermissionDenied
from arapp.services import customers
from arapp.services.context import Actor, acting_as

BOOKKEEPER = Actor("lixm", "bookkeeper")


@pytest.mark.parametrize("values", [
    {"credit_limit": 99_999_999_999_999},
    {"credit_rating": "A"},
    {"credit_rating": "a"},
    {"credit_limit": 0},
    {"status": "blacklisted"},
])
def test_a_bookkeeper_may_not_set_credit_terms_when_creating(ledger_db, values):
    with acting_as(BOOKKEEPER), pytest.raises(PermissionDenied) as err:
        customers.create_customer(name="甲公司", code="A", **values)
    assert "credit.approve" in err.value.message
    assert Customer.select().count() == 0 and AuditLog.select().count() == 0


def test_a_bookkeeper_creates_a_customer_with_the_default_credit_terms(ledger_db):
    with acting_as(BOOKKEEPER):
        change = customers.create_customer(name="甲公司", code="A", credit_rating="", credit_limit=None,
                                           status="active", payment_terms_days=45)
    c = Customer.get_by_id(change.customer_id)
    assert (c.credit_rating, c.credit_limit, c.status, c.payment_terms_days) == ("", None, "active", 45)


def test_a_manager_sets_credit_terms_when_creating(ledger_db):
    with acting_as(Actor("boss", "manager")):
        change = customers.create_customer(name="甲公司", code="A", credit_rating="A",
                                           credit_limit=99_999_999_999_999)
    c = Customer.get_by_id(change.customer_id)
    assert (c.credit_rating, c.credit_limit) == ("A", 99_999_999_999_999)


def _add_user(dbfile: str, username: str, role: str) -> None:
    con = sqlite3.connect(dbfile)
    con.execute("INSERT INTO app_user (username, display_name, role, active, created_at) "
                "VALUES (?, ?, ?, 1, '2026-01-01 00:00:00')", (username, username, role))
    con.commit()
    con.close()


@pytest.mark.parametrize("extra", [["--limit", "999,999,999,999.99"], ["--rating", "A"]])
def test_cli_customer_add_with_limit_or_rating_as_a_bookkeeper_exits_2(capsys, tmp_path, extra):
    dbfile = str(tmp_path / "cli.sqlite3")
    assert cli.main(["init", dbfile]) == 0
    capsys.readouterr()
    assert cli.main(["--db", dbfile, "customer", "add", "--name", "乙", "--code", "B"]) == 0
    _add_user(dbfile, "lixm", "bookkeeper")
    capsys.readouterr()
    code = cli.main(["--db", dbfile, "--lang", "en", "--user", "lixm", "customer", "add", "--name", "甲",
                     "--code", "A", *extra])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert "credit.approve" in err and "Traceback" not in err
    con = sqlite3.connect(dbfile)
    assert con.execute("SELECT COUNT(*) FROM customer").fetchone()[0] == 1
    con.close()
    # without them the bookkeeper may add the customer
    assert cli.main(["--db", dbfile, "--user", "lixm", "customer", "add", "--name", "甲", "--code", "A"]) == 0


def test_the_refusal_names_the_fields_in_chinese(ledger_db):
    from arapp import i18n

    i18n.set_language("zh_CN")
    with acting_as(BOOKKEEPER), pytest.raises(PermissionDenied) as err:
        customers.create_customer(name="甲公司", credit_rating="A", credit_limit=100)
    assert "信用等级、信用额度" in err.value.message and "主管" in err.value.message
