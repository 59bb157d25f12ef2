"""Users: passwords hashed with scrypt, lockout after five failures, an administrator
always left, only an administrator manages users, each change audited."""

from __future__ import annotations

import datetime as dt

import pytest

from arapp import clock
from arapp.db.models import AuditLog, User
from arapp.domain import passwords
from arapp.errors import LoginRefused, PermissionDenied, ValidationError
from arapp.reports.audit import verify_chain
from arapp.reports.users import passwords_in_use, user_accounts
from arapp.services import users
from arapp.services.context import Actor, acting_as


def test_the_real_parameters_are_scrypt_n_2_17_r_8_p_1_and_stored_with_the_hash():
    assert passwords.DEFAULT_PARAMS == passwords.ScryptParams(17, 8, 1)
    stored = passwords.hash_password("correct horse", passwords.DEFAULT_PARAMS)
    scheme, log_n, r, p, salt, key = stored.split("$")
    assert (scheme, log_n, r, p) == ("scrypt", "17", "8", "1")
    assert passwords.verify_password("correct horse", stored)
    assert not passwords.verify_password("correct horsE", stored)
    assert stored != passwords.hash_password("correct horse", passwords.DEFAULT_PARAMS)   # a fresh salt


def test_a_malformed_or_missing_hash_never_verifies():
    for stored in (None, "", "plain", "scrypt$17$8$1$!!$!!", "md5$1$2$3$4$5", "scrypt$40$8$1$AAAA$AAAA"):
        assert not passwords.verify_password("x", stored)


def test_a_hash_made_with_other_parameters_still_verifies_and_asks_for_a_rehash():
    old = passwords.hash_password("secret-one", passwords.ScryptParams(4, 8, 1))
    assert passwords.verify_password("secret-one", old)
    assert passwords.needs_rehash(old) == (passwords.PARAMS != passwords.ScryptParams(4, 8, 1))


def test_adding_users_with_roles_and_logging_in(ledger_db):
    users.add_user("zhangsan", "bookkeeper", display_name="张三", password="pass-word-1")
    users.add_user("李四", "viewer")
    assert passwords_in_use()
    actor = users.authenticate("zhangsan", "pass-word-1")
    assert (actor.username, actor.role) == ("zhangsan", "bookkeeper")
    with pytest.raises(LoginRefused, match="has no password yet"):
        users.authenticate("李四", None)
    with pytest.raises(LoginRefused, match="Unknown user or wrong password"):
        users.authenticate("nobody", "x")
    stored = User.get(User.username == "zhangsan").password_hash
    assert "pass-word-1" not in stored and stored.startswith("scrypt$")
    assert all("pass-word-1" not in (r.after_json or "") for r in AuditLog.select())
    assert verify_chain().ok


def test_books_without_passwords_let_a_user_in_by_name(ledger_db):
    assert not passwords_in_use()
    assert users.authenticate("admin", None) == Actor("admin", "admin")


def test_five_failures_lock_the_account_for_fifteen_minutes_and_an_admin_unlocks(ledger_db):
    clock.set(dt.datetime(2026, 12, 3, 9, 0, 0))
    users.add_user("cashier1", "cashier", password="counter-01")
    for _ in range(4):
        with pytest.raises(LoginRefused, match="wrong password"):
            users.authenticate("cashier1", "bad")
    with pytest.raises(LoginRefused, match="locked after 5 failed logins until 09:15"):
        users.authenticate("cashier1", "bad")
    with pytest.raises(LoginRefused, match="locked"):
        users.authenticate("cashier1", "counter-01")        # even the right password, while locked
    actions = [r.action for r in AuditLog.select().where(AuditLog.entity == "user").order_by(AuditLog.seq)]
    assert actions.count("login_failed") == 4 and actions.count("lock") == 1
    clock.set(dt.datetime(2026, 12, 3, 9, 15, 1))
    assert users.authenticate("cashier1", "counter-01").role == "cashier"
    clock.set(dt.datetime(2026, 12, 3, 10, 0, 0))
    for _ in range(5):
        with pytest.raises(LoginRefused):
            users.authenticate("cashier1", "bad")
    users.unlock_user("cashier1")
    assert users.authenticate("cashier1", "counter-01").role == "cashier"


def test_only_an_administrator_manages_users_not_even_a_manager(ledger_db):
    users.add_user("boss", "manager", password="manager-1")
    for role in ("manager", "bookkeeper", "cashier", "collector", "viewer"):
        with acting_as(Actor("someone", role)):
            with pytest.raises(PermissionDenied):
                users.add_user("x" + role, "viewer")
            with pytest.raises(PermissionDenied):
                users.reset_password("boss", "new-password")


def test_the_last_active_administrator_cannot_be_disabled_or_demoted(ledger_db):
    with pytest.raises(ValidationError, match="only active administrator"):
        users.disable_user("admin")
    with pytest.raises(ValidationError, match="only active administrator"):
        users.change_role("admin", "manager")
    users.add_user("admin2", "admin", password="admin-two-2")
    users.change_role("admin", "manager")
    with pytest.raises(ValidationError, match="only active administrator"):
        users.disable_user("admin2")


def test_a_disabled_user_is_refused_and_changes_are_audited(ledger_db):
    users.add_user("wang", "collector", password="collect-1")
    users.disable_user("wang")
    with pytest.raises(LoginRefused, match="disabled"):
        users.authenticate("wang", "collect-1")
    users.enable_user("wang")
    users.change_role("wang", "bookkeeper")
    users.reset_password("wang", "another-pass")
    assert users.authenticate("wang", "another-pass").role == "bookkeeper"
    actions = [r.action for r in AuditLog.select().where(AuditLog.entity == "user").order_by(AuditLog.seq)]
    assert actions[:5] == ["create", "disable", "enable", "change_role", "reset_password"]
    (row,) = [u for u in user_accounts() if u.username == "wang"]
    assert row.has_password and row.active and row.role == "bookkeeper"


def test_bad_usernames_roles_and_short_passwords_are_refused_in_words(ledger_db):
    with pytest.raises(ValidationError, match="no spaces"):
        users.add_user("two words", "viewer")
    with pytest.raises(ValidationError, match="Unknown role"):
        users.add_user("x1", "root")
    with pytest.raises(ValidationError, match="at least 8 characters"):
        users.add_user("x2", "viewer", password="short")
    with pytest.raises(ValidationError, match="already a user"):
        users.add_user("admin", "viewer")


def test_changing_ones_own_password_asks_for_the_current_one(ledger_db):
    users.add_user("zhao", "bookkeeper", password="first-pass")
    with acting_as(Actor("zhao", "bookkeeper")):
        with pytest.raises(LoginRefused, match="current password"):
            users.change_own_password("wrong", "second-pass")
        users.change_own_password("first-pass", "second-pass")
    assert users.authenticate("zhao", "second-pass").username == "zhao"


def test_the_database_refuses_a_role_that_is_not_one_of_the_roles(ledger_db):
    import peewee

    with pytest.raises(peewee.IntegrityError):
        with ledger_db.atomic():
            User.create(username="hacker", role="superuser")
