"""Several service calls, and the reads that follow them, as one unit of the books.

Each service commits its own work. A face that goes on to read after a write (the
invoice as it now stands, the customer's balance after it) and may still fail wants all
of it to reach the books or none of it: :func:`all_or_nothing` runs the work in one
transaction, the services' own become savepoints inside it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from arapp.db.database import db

T = TypeVar("T")


def all_or_nothing(work: Callable[[], T], *, keep: Callable[[T], bool] = lambda _result: True) -> T:
    """Run ``work()`` as one transaction and return what it returned. Nothing of it is
    written when it raises, or when ``keep(result)`` says no (a command that ends in a
    refusal code)."""
    with db.atomic() as transaction:
        result = work()
        if not keep(result):
            transaction.rollback()
    return result
