"""What the collection services share: the permissions, the limits, the checks of what
is typed in, and the SQL bits for sets of ids."""

from __future__ import annotations

import datetime as _dt

from arapp import clock
from arapp.db.database import db, is_postgres
from arapp.db.models import Invoice, User
from arapp.db.values import as_date, chunks, in_list, timestamp  # noqa: F401 - the package reads them here
from arapp.domain import limits, text
from arapp.domain import vocabulary as vocab
from arapp.errors import NotFound, ValidationError
from arapp.i18n import tr

PERM_WORK = "collection.work"
PERM_ASSIGN = "collection.assign"
PERM_APPROVE = "collection.approve"
PERM_POLICY = "collection.policy"

MAX_INSTALMENTS = 60
MAX_TEXT = text.LIMITS[text.NOTE]
#: A promise or an extension further away than this is refused.
MAX_DAYS_AHEAD = 3650
_LOCK_KEY = 4_040_404   # PostgreSQL advisory lock: one task writer at a time

def on_day(on: _dt.date | None) -> _dt.date:
    """The working day a service acts on: ``on`` (a date inside the books' date window),
    else today by the clock."""
    from arapp.services.settings import check_book_date

    if on is not None and not isinstance(on, _dt.date):
        raise ValidationError(tr("collections", "A date is required"), field="on")
    if isinstance(on, _dt.datetime):
        on = on.date()
    if on is None:
        return clock.today()
    return check_book_date(on, tr("collections", "Working day"), field="on")


def checked_text(value: str | None, label: str, *, required: bool = False, field_name: str | None = None,
                 kind: str = text.NOTE) -> str:
    """Typed text as :func:`arapp.domain.text.clean_text` takes it (control characters
    refused, a length per ``kind``; notes may hold several lines); refused when required
    and empty."""
    out = text.clean_text(value, kind, label, field=field_name)
    if required and not out:
        raise ValidationError(tr("collections", "{what} is required", what=label), field=field_name)
    return out


def checked_amount(amount, label: str, field_name: str = "amount") -> int:
    """An amount in fen: a whole number above zero, else refused."""
    if not isinstance(amount, int) or isinstance(amount, bool):
        raise ValidationError(tr("collections", "{what} must be in fen (an integer)", what=label), field=field_name)
    if amount <= 0:
        raise ValidationError(tr("collections", "{what} must be more than zero", what=label), field=field_name)
    return limits.check_amount(amount, label, field=field_name)


def lock_tasks() -> None:
    """Serialize the writers of tasks (SQLite's IMMEDIATE transactions already do)."""
    if is_postgres():
        db.execute_sql(f"SELECT pg_advisory_xact_lock({_LOCK_KEY})")


def active_user(ref) -> User | None:
    """A user by id, username or row (None for nobody); refused when unknown or disabled."""
    if ref is None or ref == "":
        return None
    if isinstance(ref, User):
        return ref
    found = User.get_or_none(User.id == ref) if isinstance(ref, int) else \
        User.get_or_none(User.username == str(ref).strip())
    if found is None:
        raise NotFound(tr("collections", "No user {name}", name=ref))
    if not found.active:
        raise ValidationError(tr("collections", "User {name} is disabled", name=found.username))
    return found


def is_open(inv: Invoice) -> bool:
    """Whether money is still owed on the invoice."""
    return inv.status in vocab.INVOICE_OPEN_STATUSES and inv.open_amount > 0


def refuse_closed_invoice(inv: Invoice) -> None:
    """Refuse an invoice on which nothing is owed."""
    if not is_open(inv):
        raise ValidationError(
            tr("collections", "Invoice {number} is not open (nothing is owed on it)", number=inv.number or inv.id),
            field="invoice")

