"""The job runner: results, progress, failures and cancel come back on the UI thread."""

from __future__ import annotations

import threading
import time

from arapp.db import lookups
from arapp.db.database import db
from arapp.errors import ValidationError
from arapp.ui.jobs import JobCancelled


def test_finished_with_progress_on_the_ui_thread(qtbot, runner):
    seen = []

    def work(progress, cancelled):
        for i in range(1, 4):
            progress(i, 3)
        return threading.current_thread() is threading.main_thread()

    results = []
    # Callbacks go in with submit: a signal connected after the job started could be missed.
    handle = runner.submit(work, on_finished=results.append,
                           on_progress=lambda d, t: seen.append((d, t, threading.current_thread()
                                                                 is threading.main_thread())))
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert results == [False]                          # the work ran on a worker
    assert (3, 3, True) in seen                        # the last progress always arrives, on the UI thread
    assert handle.done and runner.active_count() == 0


def test_refusal_message_comes_back_as_failed(qtbot, runner):
    def work(progress, cancelled):
        raise ValidationError("金额不能为空")

    failures = []
    handle = runner.submit(work, on_failed=failures.append)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert failures == ["金额不能为空"] and handle.error == "金额不能为空"


def test_unexpected_error_is_reported_not_lost(qtbot, runner):
    failures = []
    handle = runner.submit(lambda p, c: 1 / 0, on_failed=failures.append)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert failures and "ZeroDivisionError" in failures[0]


def test_cancel_flag_reaches_the_job(qtbot, runner):
    started = threading.Event()

    def work(progress, cancelled):
        started.set()
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            threading.Event().wait(0.002)
        raise JobCancelled()

    cancelled = []
    handle = runner.submit(work, on_cancelled=lambda: cancelled.append(True))
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert cancelled == [True]


def test_worker_uses_its_own_connection_and_closes_it(qtbot, runner, books):
    cid = books.customer("线程测试客户")
    connections = []

    def work(progress, cancelled):


        name = lookups.customer(cid).name
        connections.append(id(db.connection()))
        return name

    handle = runner.submit(work)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert handle.result == "线程测试客户"
    assert connections and connections[0] != id(db.connection())
