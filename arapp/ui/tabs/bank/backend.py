"""Where the Bank tab finds the bank pieces it shows and calls.

The statement reader (arapp.io.bank_statement), the bank services (arapp.services.bank),
the lists (arapp.reports.bank), the matcher's proposals (arapp.reports.bank_matching) and
the reconciliation (arapp.reports.bank_reconciliation) are imported by name when the tab
needs them, never when the window starts: a piece missing from a build (or failing to
import) leaves the tab saying what is not available instead of the window failing to
open (tests/ui/test_bank_tab.py: a build without them).
"""

from __future__ import annotations

import importlib
import inspect
import logging
from collections.abc import Callable
from types import ModuleType
from typing import Any

log = logging.getLogger(__name__)

#: The pieces, by what the tab calls them.
PIECES: dict[str, str] = {
    "statement": "arapp.io.bank_statement",
    "services": "arapp.services.bank",
    "lists": "arapp.reports.bank",
    "matching": "arapp.reports.bank_matching",
    "reconciliation": "arapp.reports.bank_reconciliation",
}


class Unavailable(ImportError):
    """A bank piece is not in this build (or does not import)."""

    def __init__(self, key: str):
        super().__init__(PIECES.get(key, key))
        self.key = key


def piece(key: str) -> ModuleType:
    """The module of a piece; :class:`Unavailable` when it cannot be imported."""
    try:
        module = importlib.import_module(PIECES[key])
    except Exception as exc:  # a missing module, or one that fails while importing
        log.info("bank piece %s unavailable: %s", PIECES.get(key, key), exc)
        raise Unavailable(key) from exc
    if module is None:
        raise Unavailable(key)
    return module


def available(key: str) -> bool:
    """Whether a piece imports."""
    try:
        piece(key)
    except Unavailable:
        return False
    return True


def missing(*keys: str) -> list[str]:
    """The module names of the pieces among ``keys`` (all when none given) that do not import."""
    return [PIECES[k] for k in (keys or tuple(PIECES)) if not available(k)]


def call(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """Call ``fn`` with only the keyword arguments it takes (``progress`` and ``cancelled``
    are offered to a service that may or may not follow them)."""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return fn(*args, **kwargs)
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return fn(*args, **kwargs)
    return fn(*args, **{k: v for k, v in kwargs.items() if k in params})


def takes(fn: Callable[..., Any], name: str) -> bool:
    """Whether ``fn`` takes the keyword argument ``name``."""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return name in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
