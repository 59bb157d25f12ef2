"""The only reader of the wall clock.

Services and reports take their dates from the faces (the window, the terminal), and
the faces ask here; so do the timestamps the services stamp on what they write.
Tests set the clock (``clock.set(...)`` or the ``frozen`` context manager) instead of
rewriting stored times.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_fixed: _dt.datetime | None = None     # a frozen "now", or None for the wall clock
_offset = _dt.timedelta(0)             # added to the wall clock (a clock set ahead that still runs)


def now() -> _dt.datetime:
    """The local time now, to the second (what the books stamp)."""
    with _lock:
        if _fixed is not None:
            return _fixed
        current = _dt.datetime.now() + _offset
    return current.replace(microsecond=0)


def today() -> _dt.date:
    """Today's date. "No date given" means the end of this day everywhere."""
    return now().date()


def set(when: _dt.datetime | _dt.date | None, *, running: bool = False) -> None:  # noqa: A001 - the clock's verb
    """Stop the clock at ``when`` (a date means its midnight); ``running`` lets it run on
    from there instead. ``None`` gives back the wall clock."""
    global _fixed, _offset
    if isinstance(when, _dt.date) and not isinstance(when, _dt.datetime):
        when = _dt.datetime.combine(when, _dt.time())
    with _lock:
        if when is None:
            _fixed, _offset = None, _dt.timedelta(0)
        elif running:
            _fixed, _offset = None, when - _dt.datetime.now()
        else:
            _fixed, _offset = when.replace(microsecond=0), _dt.timedelta(0)


def advance(delta: _dt.timedelta) -> None:
    """Move a stopped or offset clock on by ``delta``."""
    global _fixed, _offset
    with _lock:
        if _fixed is not None:
            _fixed = _fixed + delta
        else:
            _offset = _offset + delta


def is_set() -> bool:
    """Has the clock been stopped or set ahead (by a test or ``set``)?"""
    with _lock:
        return _fixed is not None or _offset != _dt.timedelta(0)


@contextlib.contextmanager
def frozen(when: _dt.datetime | _dt.date) -> Iterator[None]:
    """``with clock.frozen(datetime(2026, 11, 5, 9, 30)):`` — the clock stands there, then comes back."""
    global _fixed, _offset
    with _lock:
        saved = (_fixed, _offset)
    set(when)
    try:
        yield
    finally:
        with _lock:
            _fixed, _offset = saved
