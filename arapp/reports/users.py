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
