"""Writes from the window as operations (after Anki's CollectionOp).

A dialog or a tab never calls a write service on the UI thread. It asks::

    self.ops.run(receipts.record_receipt, customer_id, day, amount, method="cash",
                 parent=self, on_done=self._saved, on_failed=self._refused)

The service runs on a worker of the window's :class:`~arapp.ui.jobs.JobRunner`, acting
for the user the window acts for (peewee keeps one connection per thread; the runner
closes the worker's when the job ends). Meanwhile a dialog waits: its buttons are
disabled, it shows a busy cursor and cannot be closed, and the window keeps painting.

- Refused (an :class:`~arapp.errors.ArappError`, or any failure, which is logged):
  ``on_failed(exc)`` runs (without one, a message box says why); the buttons come
  back and the dialog stays open, to mark ``exc.field`` and try again. Nothing was
  written: every service writes in one transaction. A failure of the books (read-only,
  full disk, locked, another user's change) comes as the same words the command line
  prints (:func:`arapp.db.failures.explain`); another user's change at the same moment
  is first tried again a few times when the job had committed nothing.
- Done: ``on_done(result)`` runs (a dialog closes itself there), then the result's
  ``changes`` (:class:`~arapp.services.changes.Changes`) go out on :attr:`Operations.changed`.
  Each tab listens and reloads what it shows if it was touched: now if it is showing,
  else when it is next shown (:class:`~arapp.ui.common.RefreshWhenShown`).

:attr:`Operations.finished` comes last either way, with an :class:`Outcome`; tests wait
for it with ``qtbot.waitSignal(ops.finished)``.

The window has one :class:`Operations` (``MainWindow.ops``); its tabs and dialogs find
it through their parents (:func:`for_widget`). A dialog opened without a window (tests,
tools) uses one shared by the application (:func:`shared`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QDialog, QWidget

from arapp.db.failures import explain, retry_conflicts
from arapp.errors import ArappError
from arapp.services.changes import NOTHING, Changes
from arapp.services.context import acting_as, current_actor
from arapp.ui import common
from arapp.ui.jobs import JobHandle, JobRunner

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """How an operation ended: its result and what it changed, or why it was refused."""

    name: str
    result: Any = None
    error: ArappError | None = None
    changes: Changes = NOTHING

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class Several:
    """The results of one operation that makes more than one service call, in order;
    its ``changes`` are all of theirs."""

    results: tuple

    @property
    def changes(self) -> Changes:
        merged = NOTHING
        for r in self.results:
            merged = merged | changes_of(r)
        return merged


def changes_of(result: Any) -> Changes:
    """The Changes a service result carries (nothing when it carries none)."""
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, Changes) else NOTHING


def _alive(obj: QObject | None) -> bool:
    return obj is not None and shiboken6.isValid(obj)


class _Hold(QObject):
    """A widget waiting for its operation: a busy cursor; for a dialog also its buttons
    disabled and no closing (Escape, the title bar's ✕) until the operation ends."""

    def __init__(self, widget: QWidget, block: bool):
        super().__init__(widget)
        self.widget = widget
        self.disabled: list[QAbstractButton] = []
        self.block = block
        if block:
            for button in widget.findChildren(QAbstractButton):
                if button.isEnabled():
                    button.setEnabled(False)
                    self.disabled.append(button)
            widget.installEventFilter(self)
        depth = int(widget.property("arapp_busy") or 0)
        widget.setProperty("arapp_busy", depth + 1)
        if depth == 0:
            widget.setCursor(Qt.CursorShape.BusyCursor)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.widget:
            if event.type() == QEvent.Type.Close:
                event.ignore()
                return True
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                return True
        return False

    def release(self) -> None:
        widget = self.widget
        if not _alive(widget):
            return
        if self.block:
            widget.removeEventFilter(self)
        for button in self.disabled:
            if _alive(button):
                button.setEnabled(True)
        depth = max(0, int(widget.property("arapp_busy") or 0) - 1)
        widget.setProperty("arapp_busy", depth)
        if depth == 0:
            widget.unsetCursor()
        self.deleteLater()


def is_waiting(widget: QWidget) -> bool:
    """Whether an operation started from ``widget`` is still running."""
    return bool(_alive(widget) and int(widget.property("arapp_busy") or 0))


class Operations(QObject):
    """Runs writes off the UI thread and tells the window what they changed."""

    changed = Signal(object)      # Changes: a write committed and touched these records
    finished = Signal(object)     # Outcome: the operation ended (after on_done/on_failed)

    def __init__(self, runner: JobRunner | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner or JobRunner(self)
        self._running = 0

    def running(self) -> int:
        """Operations started and not ended yet."""
        return self._running

    def run(self, fn: Callable[..., Any], /, *args: Any, parent: QWidget | None = None,
            on_done: Callable[[Any], None] | None = None,
            on_failed: Callable[[ArappError], None] | None = None, **kwargs: Any) -> JobHandle:
        """Call ``fn(*args, **kwargs)`` (a write service, or a function making a few
        service calls) on a worker as the current user; see the module's docstring.
        ``parent`` is the widget that waits: a dialog is held (buttons off, no
        closing), any other widget shows a busy cursor. Returns the job's handle."""
        actor = current_actor()
        name = getattr(fn, "__name__", "operation")
        hold = _Hold(parent, isinstance(parent, QDialog)) if _alive(parent) else None
        self._running += 1
        handle: JobHandle | None = None

        def job(_progress, _cancelled):
            with acting_as(actor):
                return retry_conflicts(fn, *args, **kwargs)

        def end() -> None:
            self._running = max(0, self._running - 1)
            if hold is not None:
                hold.release()

        def done(result: Any) -> None:
            end()
            changes = changes_of(result)
            try:
                if on_done is not None and (parent is None or _alive(parent)):
                    on_done(result)
                if changes:
                    self.changed.emit(changes)
            finally:
                self.finished.emit(Outcome(name, result=result, changes=changes))

        def failed(message: str) -> None:
            end()
            raised = handle.exception if handle is not None else None
            error = explain(raised) if raised is not None else None
            if error is None:
                error = ArappError(message or QCoreApplication.translate(
                    "Operations", "The operation was stopped before it finished."))
            try:
                if parent is None or _alive(parent):
                    if on_failed is not None:
                        on_failed(error)
                    else:
                        common.show_error(parent, QCoreApplication.translate("Operations", "Not saved"),
                                          error.message)
            finally:
                self.finished.emit(Outcome(name, error=error))

        handle = self.runner.submit(job, name=f"operation {name}", on_finished=done, on_failed=failed,
                                    on_cancelled=lambda: failed(""))
        return handle


def for_widget(widget: QObject | None) -> Operations:
    """The Operations of the window ``widget`` is in (its own, a parent's), else the
    application's shared one."""
    w = widget
    while w is not None:
        ops = getattr(w, "ops", None)
        if isinstance(ops, Operations) and _alive(ops):
            return ops
        w = w.parent()
    return shared()


_shared: Operations | None = None


def shared() -> Operations:
    """One Operations for the whole application, for dialogs opened outside a window."""
    global _shared
    if _shared is None or not _alive(_shared):
        _shared = Operations(None, QCoreApplication.instance())
    return _shared
