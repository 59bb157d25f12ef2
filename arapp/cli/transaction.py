"""A command that writes is one transaction: all of it reaches the books, or none of it.

Each service commits its own work, and most write commands go on to read (the invoice as
it now stands, the customer's balance after it). Without this, a read that fails after the
write would leave the write in the books while the command says it failed. ``writes`` runs
the whole command in one transaction (the services' own become savepoints inside it) and
holds back what it prints until the commit, so the terminal never reports what the books
do not hold. A command that raises, or returns a code other than 0, commits nothing.
"""

from __future__ import annotations

import contextlib
import functools
import io
import sys
from collections.abc import Callable


def writes(command: Callable[..., int]) -> Callable[..., int]:
    """``command`` run as one transaction, its output printed only after the commit."""

    @functools.wraps(command)
    def run(args) -> int:
        from arapp.db.database import db

        held = io.StringIO()
        with db.atomic() as transaction:
            with contextlib.redirect_stdout(held):
                code = command(args)
            if code:
                transaction.rollback()
        sys.stdout.write(held.getvalue())
        return code

    return run
