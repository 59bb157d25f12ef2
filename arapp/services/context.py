"""Who is acting, and what their role lets them do.

The window and the command line set the acting user after a login
(:func:`arapp.services.users.authenticate`); nothing acts as a user that is not in the
books. A few permissions are the administrator's alone (:data:`ADMIN_ONLY`: users and
roles, restoring a backup), though a manager may do everything else; a viewer reads and
writes nothing.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from dataclasses import dataclass, field

from arapp.errors import PermissionDenied
from arapp.i18n import tr

# What each role may do to the books (DOMAIN.md, "Who uses it").
PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": frozenset({"*"}),
    "manager": frozenset({"*"}),
    "bookkeeper": frozenset({
        "customer.edit", "invoice.create", "invoice.post", "invoice.void", "receipt.record",
        "receipt.reverse", "receipt.allocate", "credit_note.issue", "credit_note.void", "aging.schemes",
        "collection.work", "collection.assign", "document.make", "document.send",
        "bank.import", "bank.match", "bank.book", "bank.accounts", "books.import",
    }),
    "cashier": frozenset({"receipt.record", "receipt.allocate", "document.make"}),
    # Collectors work the queue: log contacts, record promises, plans, disputes and
    # extension requests. Approving extensions, hand-overs, blacklisting and the
    # policies (collection.approve, collection.policy) are the manager's.
    # Documents: making one (a letter, statement, receipt) archives it; sending one e-mails it.
    # Editing the templates (template.edit) is the manager's.
    # Bank statements (issue #11): importing (bank.import), matching lines to receipts and
    # undoing that (bank.match), booking lines and book entries (bank.book), the company's
    # accounts and their opening balances (bank.accounts); importing customers and an old
    # ledger (books.import): the bookkeeper's and the manager's.
    "collector": frozenset({"collection.work", "document.make", "document.send"}),
    # Reads everything the window and the reports show (the audit view excepted); writes nothing.
    "viewer": frozenset(),
}

#: What only an administrator may do: users, their roles and passwords (users.manage),
#: and putting a backup in place of the books (backup.restore).
ADMIN_ONLY: frozenset[str] = frozenset({"users.manage", "backup.restore"})

#: Who reads the audit trail (the Audit view, ``arapp audit``): admin and manager ("*").
#: Who makes a backup copy (backup.make): admin, manager and the bookkeeper.
PERMISSIONS["bookkeeper"] = PERMISSIONS["bookkeeper"] | {"backup.make"}


def _machine() -> str:
    """This computer's name, as the audit records it."""
    try:
        return socket.gethostname() or ""
    except OSError:     # pragma: no cover - a host without a name
        return ""


MACHINE = _machine()


@dataclass(frozen=True)
class Actor:
    """A user at the desk: username, role, and the machine they work from."""

    username: str
    role: str
    machine: str = field(default=MACHINE, compare=False)

    def may(self, permission: str) -> bool:
        if permission in ADMIN_ONLY:
            return self.role == "admin"
        allowed = PERMISSIONS.get(self.role, frozenset())
        return "*" in allowed or permission in allowed

    def require(self, permission: str) -> None:
        if not self.may(permission):
            raise PermissionDenied(
                tr("services", "User {user} ({role}) may not do this: {permission}",
                   user=self.username, role=self.role, permission=permission)
            )


_default = Actor("admin", "admin")
_local = threading.local()


def current_actor() -> Actor:
    return getattr(_local, "actor", None) or _default


def set_actor(actor: Actor) -> None:
    """Set the acting user for this process (the GUI's logged-in user, the CLI's --user)."""
    global _default
    _default = actor


@contextlib.contextmanager
def acting_as(actor: Actor):
    """Act as another user in this thread for the duration of the block."""
    previous = getattr(_local, "actor", None)
    _local.actor = actor
    try:
        yield actor
    finally:
        _local.actor = previous
