"""The people who log in: adding them, their roles, passwords, lockout, and the login.

Only an administrator manages users (``users.manage``); each change is audited (never the
password, only that it was set). The books always keep at least one active administrator
with no lock on the way: disabling, demoting or deleting the last one is refused.

:func:`authenticate` is the one door in, for the window and the terminal alike. Five
failed attempts in a row lock the account for :data:`LOCK_MINUTES` minutes (logged, and an
administrator may unlock it sooner); a success clears the count. A user without a
password logs in only on books where nobody has a password yet (a lone bookkeeper's first
install): once any user has one, a user without one is refused until an administrator
sets it.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass

from arapp import names
from arapp.db.database import db
from arapp.db.models import User, now
from arapp.db.values import as_datetime
from arapp.domain import passwords
from arapp.domain.vocabulary import USER_ROLES
from arapp.errors import LoginRefused, NotFound, ValidationError
from arapp.i18n import tr
from arapp.reports.users import passwords_in_use
from arapp.services.audit import record_audit
from arapp.services.changes import Changes
from arapp.services.context import Actor, acting_as, current_actor

MAX_FAILURES = 5
LOCK_MINUTES = 15
PERMISSION = "users.manage"
_USERNAME = re.compile(r"[\w.@-]{1,64}")


@dataclass(frozen=True)
class UserResult:
    """What a user-management call did: the user's id and username, and the Changes."""

    user_id: int
    username: str
    changes: Changes


def _result(user: User) -> UserResult:
    return UserResult(user.id, user.username, Changes.of(user=user.id))


def _facts(user: User) -> dict:
    """What the audit keeps of a user (never the hash)."""
    return {"username": user.username, "display_name": user.display_name, "role": user.role,
            "active": bool(user.active), "has_password": user.password_hash is not None,
            "locked_until": user.locked_until}


def _user(username: str) -> User:
    user = User.get_or_none(User.username == (username or "").strip())
    if user is None:
        raise NotFound(tr("users", "No user {name}", name=(username or "").strip()))
    return user


def _check_role(role: str) -> None:
    if role not in USER_ROLES:
        raise ValidationError(tr("users", "Unknown role {role}: one of {roles}", role=role,
                                 roles=", ".join(names.user_role(r) for r in USER_ROLES)))


def check_username(username: str) -> str:
    """The username as stored (NFC, no spaces at the ends), or a refusal saying why."""
    name = unicodedata.normalize("NFC", (username or "").strip())
    if not name:
        raise ValidationError(tr("users", "A username is needed"))
    if not _USERNAME.fullmatch(name):
        raise ValidationError(tr("users", "The username {name} may hold letters (Chinese too), digits and . _ - @ "
                                          "only, at most 64 characters, no spaces", name=name))
    return name


def _active_admins(excluding: int | None = None) -> int:
    q = User.select().where((User.role == "admin") & (User.active == True))  # noqa: E712
    if excluding is not None:
        q = q.where(User.id != excluding)
    return q.count()


def _keep_an_admin(user: User) -> None:
    if user.role == "admin" and user.active and _active_admins(excluding=user.id) == 0:
        raise ValidationError(tr("users", "{name} is the only active administrator: make another user an "
                                          "administrator first", name=user.username))


def add_user(username: str, role: str, *, display_name: str = "", password: str | None = None) -> UserResult:
    """Add a user with a role (and a password, when given)."""
    current_actor().require(PERMISSION)
    name = check_username(username)
    _check_role(role)
    display_name = (display_name or "").strip()
    if password is not None:
        passwords.check_new_password(password)
    with db.atomic():
        if User.select().where(User.username == name).exists():
            raise ValidationError(tr("users", "There is already a user {name}", name=name))
        user = User.create(username=name, role=role, display_name=display_name, active=True, created_at=now(),
                           password_hash=None if password is None else passwords.hash_password(password),
                           password_set_at=None if password is None else now())
        record_audit("create", "user", user.id, None, _facts(user))
    return _result(user)


def _update(user: User, action: str, **fields) -> UserResult:
    before = _facts(user)
    for k, v in fields.items():
        setattr(user, k, v)
    user.save(only=list(fields))
    record_audit(action, "user", user.id, before, _facts(user))
    return _result(user)


def change_role(username: str, role: str) -> UserResult:
    """Give a user another role (the last active administrator keeps theirs)."""
    current_actor().require(PERMISSION)
    _check_role(role)
    with db.atomic():
        user = _user(username)
        if user.role == role:
            return UserResult(user.id, user.username, Changes())
        _keep_an_admin(user)
        return _update(user, "change_role", role=role)


def disable_user(username: str) -> UserResult:
    """Stop a user logging in (their records stay theirs); not the last administrator."""
    current_actor().require(PERMISSION)
    with db.atomic():
        user = _user(username)
        if not user.active:
            return UserResult(user.id, user.username, Changes())
        _keep_an_admin(user)
        return _update(user, "disable", active=False)


def enable_user(username: str) -> UserResult:
    """Let a disabled user log in again."""
    current_actor().require(PERMISSION)
    with db.atomic():
        user = _user(username)
        if user.active:
            return UserResult(user.id, user.username, Changes())
        return _update(user, "enable", active=True)


def rename_user(username: str, display_name: str) -> UserResult:
    """Change the name shown for a user (the username stays: records name it)."""
    current_actor().require(PERMISSION)
    with db.atomic():
        return _update(_user(username), "rename", display_name=(display_name or "").strip())


def reset_password(username: str, password: str) -> UserResult:
    """An administrator sets a user's password (and clears a lock)."""
    current_actor().require(PERMISSION)
    passwords.check_new_password(password)
    hashed = passwords.hash_password(password)
    with db.atomic():
        return _update(_user(username), "reset_password", password_hash=hashed, password_set_at=now(),
                       failed_logins=0, locked_until=None)


def change_own_password(current: str | None, new: str) -> UserResult:
    """The acting user changes their own password; the current one is asked for when
    there is one."""
    actor = current_actor()
    passwords.check_new_password(new)
    with db.atomic():
        user = _user(actor.username)
        if user.password_hash is not None and not passwords.verify_password(current or "", user.password_hash):
            raise LoginRefused(tr("users", "The current password is not right; the password was not changed"))
        return _update(user, "change_password", password_hash=passwords.hash_password(new),
                       password_set_at=now(), failed_logins=0, locked_until=None)


def unlock_user(username: str) -> UserResult:
    """Lift a lock from failed logins before it runs out."""
    current_actor().require(PERMISSION)
    with db.atomic():
        user = _user(username)
        if user.locked_until is None and not user.failed_logins:
            return UserResult(user.id, user.username, Changes())
        return _update(user, "unlock", failed_logins=0, locked_until=None)


def authenticate(username: str, password: str | None) -> Actor:
    """The user at the desk, after checking their password. Refuses (LoginRefused, in
    words) an unknown or disabled user, a locked account, a wrong password, and a user
    without a password where passwords are in use. Failures are counted and logged."""
    name = (username or "").strip()
    user = User.get_or_none(User.username == name)
    if user is None:
        raise LoginRefused(tr("users", "Unknown user or wrong password"))
    if not user.active:
        raise LoginRefused(tr("users", "User {name} is disabled: an administrator can enable them", name=name))
    at = now()
    locked = user.locked_until is not None and as_datetime(user.locked_until) > at
    if locked:
        raise LoginRefused(_locked_message(user))
    if user.password_hash is None:
        if passwords_in_use():
            raise LoginRefused(tr("users", "User {name} has no password yet: an administrator sets one before "
                                           "they can log in", name=name))
        return Actor(user.username, user.role)
    if password is not None and passwords.verify_password(password, user.password_hash):
        with db.atomic(), acting_as(Actor(user.username, user.role)):
            fields = {}
            if user.failed_logins or user.locked_until is not None:
                fields.update(failed_logins=0, locked_until=None)
            if passwords.needs_rehash(user.password_hash):
                fields.update(password_hash=passwords.hash_password(password))
            if fields:
                User.update(**fields).where(User.id == user.id).execute()
            record_audit("login", "user", user.id)
        return Actor(user.username, user.role)
    with db.atomic(), acting_as(Actor(user.username, user.role)):
        failures = user.failed_logins + 1
        if failures >= MAX_FAILURES:
            until = at + _dt.timedelta(minutes=LOCK_MINUTES)
            User.update(failed_logins=0, locked_until=until).where(User.id == user.id).execute()
            record_audit("lock", "user", user.id, None, {"failed_logins": failures, "locked_until": until})
        else:
            User.update(failed_logins=failures).where(User.id == user.id).execute()
            record_audit("login_failed", "user", user.id, None, {"failed_logins": failures})
    if failures >= MAX_FAILURES:
        user.locked_until = until
        raise LoginRefused(_locked_message(user))
    raise LoginRefused(tr("users", "Unknown user or wrong password"))


def _locked_message(user: User) -> str:
    return tr("users", "User {name} is locked after {n} failed logins until {until}; an administrator can "
                       "unlock it sooner", name=user.username, n=MAX_FAILURES,
              until=as_datetime(user.locked_until).strftime("%H:%M"))
