"""The people who use the books, as plain values (for pick lists: collectors, assignees)."""

from __future__ import annotations

from dataclasses import dataclass

from arapp import names
from arapp.db.models import User


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str

    @property
    def label(self) -> str:
        """The name to show (names.user_name): the display name, else the username."""
        return names.user_name(self.username, self.display_name)


def active_users() -> list[UserRow]:
    """Every active user, by username."""
    query = User.select().where(User.active == True).order_by(User.username)  # noqa: E712
    return [UserRow(u.id, u.username, u.display_name or "", u.role) for u in query]


@dataclass(frozen=True)
class UserAccount:
    """One user as the user-management list shows them."""

    id: int
    username: str
    display_name: str
    role: str
    active: bool
    has_password: bool
    failed_logins: int
    locked_until: object      # datetime or None
    password_set_at: object   # datetime or None
    created_at: object

    @property
    def label(self) -> str:
        return names.user_name(self.username, self.display_name)


def user_accounts() -> list[UserAccount]:
    """Every user, active or not, by username (for the administrator)."""
    from arapp.db.values import as_datetime

    return [UserAccount(u.id, u.username, u.display_name or "", u.role, bool(u.active),
                        u.password_hash is not None, int(u.failed_logins or 0), as_datetime(u.locked_until),
                        as_datetime(u.password_set_at), as_datetime(u.created_at))
            for u in User.select().order_by(User.username)]


def passwords_in_use() -> bool:
    """Does any active user have a password? Then everyone logs in (the window's login
    dialog, the terminal's session or password)."""
    return User.select().where(User.password_hash.is_null(False) & (User.active == True)).exists()  # noqa: E712
