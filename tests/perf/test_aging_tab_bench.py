"""The Aging tab on the million-invoice demo: fresh results after a change of date,
scheme or view (aim: within a second), and the longest the UI thread is kept busy
meanwhile (the window must not freeze)."""

from __future__ import annotations

import datetime as _dt
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchlib import best_of  # noqa: E402
from PySide6.QtCore import QDate, QElapsedTimer, QTimer  # noqa: E402
from test_aging_bench import bare_aging  # noqa: E402


class StallMeter:
    """Ticks every 5 ms on the UI thread and records the longest gap between ticks."""

    def __init__(self):
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.clock = QElapsedTimer()
        self.longest = 0
        self.timer.timeout.connect(self.tick)

    def start(self):
        self.longest = 0
        self.clock.start()
        self.timer.start()

    def tick(self):
        self.longest = max(self.longest, self.clock.restart())

    def stop(self) -> float:
        self.timer.stop()
        return self.longest / 1000


def test_aging_tab_fresh_results_after_a_change(open_big_db, bare_sqlite, figures, qtbot):
    from arapp.ui.jobs import JobRunner
    from arapp.ui.tabs.aging import AgingTab

    runner = JobRunner()
    tab = AgingTab(runner)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    with qtbot.waitSignal(tab.resultReady, timeout=30000):
        tab.show()
    baseline, _ = best_of(3, lambda: bare_aging(bare_sqlite, _dt.date.today()))
    meter = StallMeter()
    today = _dt.date.today()
    changes = (
        ("date", lambda: tab.as_of.setDate(QDate(today.year, today.month, 1))),
        ("scheme", lambda: tab.scheme.setCurrentIndex(tab.scheme.findData("yearly"))),
        ("view", lambda: tab.view.setCurrentIndex(tab.view.findData("collector"))),
        ("date back to today", lambda: tab.as_of.setDate(QDate(today.year, today.month, today.day))),
    )
    for label, change in changes:
        meter.start()
        started = time.perf_counter()
        with qtbot.waitSignal(tab.resultReady, timeout=30000):
            change()
        seconds = time.perf_counter() - started
        stall = meter.stop()
        print(f"\n[bench] aging tab, change of {label}: fresh results in {seconds:.3f} s; "
              f"longest UI-thread stall {stall * 1000:.0f} ms")
        figures.add(f"aging tab: change of {label} to fresh results", seconds, baseline, limit=10)
    runner.cancel_all()
    runner.wait(30000)
