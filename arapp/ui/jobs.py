"""Background jobs for the window: database work off the UI thread.

``JobRunner.submit(fn, ...)`` runs ``fn(progress, cancelled)`` on a QThreadPool thread.
``progress(done, total)`` reports (throttled to ~20 a second) and ``cancelled()`` tells
the job the user pressed Cancel; a job may stop early by raising :class:`JobCancelled`.
The outcome comes back on the UI thread as one of the handle's signals:
``finished(result)``, ``failed(message)`` or ``cancelled()``; after a failure the
handle's ``exception`` is what the job raised.

Peewee keeps one connection per thread, so a job's queries run on the worker's own
connection; the runner closes it when the job ends (pool threads are reused).
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from arapp.errors import ArappError, Cancelled

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


class JobCancelled(Cancelled):
    """Raised by a job (or by ``check``) to stop early after the user cancelled (any
    :class:`arapp.errors.Cancelled` a job raises, say from arapp.outbox, counts the same)."""


class JobSignals(QObject):
    """Signals of one job; they live on the UI thread, so slots run there."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class JobHandle:
    """A submitted job: its signals and its cancel flag."""

    def __init__(self, name: str, signals: JobSignals):
        self.name = name
        self.signals = signals
        self._cancel = threading.Event()
        self.done = False
        self.result: Any = None
        self.error: str | None = None
        #: What the job raised (set on the worker before ``failed`` is emitted).
        self.exception: BaseException | None = None

    def cancel(self) -> None:
        """Ask the job to stop; it is the job's business to look."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise JobCancelled if the user cancelled (for jobs to call between steps)."""
        if self._cancel.is_set():
            raise JobCancelled()


class _Runnable(QRunnable):
    def __init__(self, handle: JobHandle, fn: Callable[[ProgressFn, CancelledFn], Any]):
        super().__init__()
        self.handle = handle
        self.fn = fn
        self._last_progress = 0.0

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress >= 0.05:
            self._last_progress = now
            self.handle.signals.progress.emit(int(done), int(total))

    def run(self) -> None:
        handle = self.handle
        signals = handle.signals
        try:
            result = self.fn(self._progress, handle.is_cancelled)
        except Cancelled:
            outcome = ("cancelled", None)
        except ArappError as exc:
            handle.exception = exc
            outcome = ("failed", exc.message)
        except Exception as exc:  # report any failure to the UI instead of losing it
            from arapp.db.failures import explain

            readable = explain(exc)
            if readable is None:
                log.error("job %s failed:\n%s", handle.name, traceback.format_exc())
                handle.exception = exc
                outcome = ("failed", f"{type(exc).__name__}: {exc}")
            else:                    # the books were unavailable: say so in the user's words
                log.warning("job %s: %s (%s)", handle.name, readable.message, exc)
                handle.exception = readable
                outcome = ("failed", readable.message)
        else:
            outcome = ("finished", result)
        finally:
            _close_thread_connection()
            self.fn = None
        kind, value = outcome
        if kind == "finished":
            signals.finished.emit(value)
        elif kind == "cancelled":
            signals.cancelled.emit()
        else:
            signals.failed.emit(value)


def _close_thread_connection() -> None:
    """Close this worker thread's database connection (peewee keeps one per thread)."""
    try:
        from arapp.db.database import db

        database = db.obj
        if database is not None and not database.is_closed():
            database.close()
    except Exception:  # closing is best effort; the next job reconnects
        log.debug("could not close a worker connection", exc_info=True)


class JobRunner(QObject):
    """Runs jobs on its own thread pool and keeps their handles until they end."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 4):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._active: set[JobHandle] = set()

    def submit(self, fn: Callable[[ProgressFn, CancelledFn], Any], *, name: str = "job",
               on_finished: Callable[[Any], None] | None = None,
               on_failed: Callable[[str], None] | None = None,
               on_progress: Callable[[int, int], None] | None = None,
               on_cancelled: Callable[[], None] | None = None,
               owner: QObject | None = None) -> JobHandle:
        """Start ``fn(progress, cancelled)`` in the pool; callbacks run on the UI thread.

        Callbacks are connected before the job starts, so none of its signals is lost.
        With ``owner``, the callbacks are skipped once that widget or model has been
        deleted (a page arriving after its table closed).
        """
        def guarded(callback):
            if callback is None or owner is None:
                return callback

            def call(*args):
                if shiboken6.isValid(owner):
                    callback(*args)
            return call

        on_finished, on_failed = guarded(on_finished), guarded(on_failed)
        on_progress, on_cancelled = guarded(on_progress), guarded(on_cancelled)
        # Parented to the runner: the C++ object is deleted on the UI thread (deleteLater),
        # never by the worker dropping its last Python reference.
        signals = JobSignals(self)
        handle = JobHandle(name, signals)
        if on_progress is not None:
            signals.progress.connect(on_progress)
        if on_finished is not None:
            signals.finished.connect(on_finished)
        if on_failed is not None:
            signals.failed.connect(on_failed)
        if on_cancelled is not None:
            signals.cancelled.connect(on_cancelled)

        def ended(result: Any = None, *, error: str | None = None) -> None:
            handle.done = True
            handle.result = result
            handle.error = error
            self._active.discard(handle)
            signals.deleteLater()

        signals.finished.connect(lambda result: ended(result))
        signals.failed.connect(lambda message: ended(error=message))
        signals.cancelled.connect(lambda: ended())
        self._active.add(handle)
        self.pool.start(_Runnable(handle, fn))
        return handle

    def active_count(self) -> int:
        return len(self._active)

    def cancel_all(self) -> None:
        for handle in list(self._active):
            handle.cancel()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until every started job has returned (for shutdown and database switches)."""
        return self.pool.waitForDone(timeout_ms)
