"""A command that writes is one unit: all of it reaches the books, or none of it.

Most write commands go on to read after the write (the invoice as it now stands, the
customer's balance after it). ``writes`` runs the whole command through
:func:`arapp.services.transactions.all_or_nothing` and holds back what it prints until
that has committed, so the terminal never reports what the books do not hold. A command
that raises, or returns a code other than 0, writes nothing.
"""

from __future__ import annotations

import contextlib
import functools
import io
import sys
from collections.abc import Callable


def writes(command: Callable[..., int]) -> Callable[..., int]:
    """``command`` run as one unit of the books, its output printed only after the commit."""

    @functools.wraps(command)
    def run(args) -> int:
        from arapp.services.transactions import all_or_nothing

        held = io.StringIO()

        def work() -> int:
            with contextlib.redirect_stdout(held):
                return command(args)

        code = all_or_nothing(work, keep=lambda result: not result)
        sys.stdout.write(held.getvalue())
        return code

    return run
