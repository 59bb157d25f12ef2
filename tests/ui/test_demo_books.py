"""Demo books in the window (issue #9): File → Open demo books switches to a file of
their own (made and filled on first use), the title and the status bar say 演示数据, File →
Recent books brings the user's books back, and empty books at start-up are never filled:
the user is offered the demo books instead."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from arapp.db import database
from arapp.paths import demo_database_path
from arapp.ui import app as ui_app_module
from arapp.ui.main_window import MainWindow


@pytest.fixture
def small_demo(monkeypatch):
    """The window's demo build, small enough for a test (the real generator)."""
    monkeypatch.setattr(ui_app_module, "DEMO_CUSTOMERS", 5)
    monkeypatch.setattr(ui_app_module, "DEMO_YEARS", 1)


def customers(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT COUNT(*) FROM customer").fetchone()[0]
    finally:
        con.close()


def idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.runner.active_count() == 0 and not window.customers_tab.model.loading,
                    timeout=60000)


def test_the_file_menu_offers_new_open_recent_and_demo_books(main_window):
    texts = [a.text() for a in main_window.file_menu.actions()]
    assert texts[:4] == ["新建账套(&N)…", "打开账套(&O)…", "最近的账套(&R)", "打开演示账套(&D)"]


def test_opening_the_demo_books_makes_their_own_file_and_says_demo_data(main_window, books, ui_db, qtbot,
                                                                        small_demo):
    books.customer("我自己的客户")
    assert "演示数据" not in main_window.windowTitle()
    assert not main_window.demo_label.isVisible()

    main_window.demo_action.trigger()
    idle(qtbot, main_window)
    demo = demo_database_path()
    assert database.database_path() == demo
    assert customers(demo) == 5
    assert main_window.windowTitle() == "arapp — 应收账款管理与催收 — 演示数据"
    assert main_window.demo_label.isVisible() and main_window.demo_label.text() == "演示数据"
    assert str(demo) in main_window.db_label.text()
    assert main_window.customers_tab.model.rowCount() == 5
    assert customers(ui_db) == 1                       # the user's own books got nothing

    main_window.set_language("en")
    assert main_window.windowTitle() == "arapp — Accounts receivable and collections — Demo data"
    assert main_window.demo_label.text() == "Demo data"


def test_recent_books_bring_the_users_books_back(main_window, books, ui_db, qtbot, small_demo):
    books.customer("我自己的客户")
    main_window.open_demo_books()
    idle(qtbot, main_window)
    main_window.fill_recent_menu()
    entries = [a for a in main_window.recent_menu.actions() if a.data()]
    assert [a.data() for a in entries][:1] == [str(demo_database_path())]
    back = next(a for a in entries if a.data() == str(ui_db))
    back.trigger()
    idle(qtbot, main_window)
    assert database.database_path() == ui_db
    assert "演示数据" not in main_window.windowTitle() and not main_window.demo_label.isVisible()
    assert main_window.customers_tab.model.rowCount() == 1


def test_a_recent_file_that_is_gone_is_shown_disabled_and_refused_with_a_message(main_window, ui_db, tmp_path,
                                                                                 messages):
    other = tmp_path / "其他账套.sqlite3"
    assert main_window.new_books(str(other))
    assert main_window.open_books(str(ui_db))
    other.unlink()
    main_window.fill_recent_menu()
    gone = next(a for a in main_window.recent_menu.actions() if a.data() == str(other))
    assert not gone.isEnabled()
    assert gone.text().endswith("（未找到）")
    assert not main_window.open_recent(str(other))
    assert "已不在原处" in messages.errors[-1][1]
    assert database.database_path() == ui_db

    clear = next(a for a in main_window.recent_menu.actions() if a.text() == "清空列表(&C)")
    clear.trigger()
    main_window.fill_recent_menu()
    assert [a.data() for a in main_window.recent_menu.actions() if a.data()] == []


def test_the_recent_list_keeps_no_password(main_window):
    from arapp.ui.recent_books import recent_books, remember

    remember("postgresql://office:secret@server/books")
    assert recent_books()[0] == "postgresql://office@server/books"


class _NoLoop:
    """run_gui's application without its event loop: exec() only waits for the jobs."""

    def __init__(self, qtbot, windows):
        self.qtbot, self.windows = qtbot, windows

    def exec(self) -> int:
        for w in self.windows:
            idle(self.qtbot, w)
        return 0

    def __getattr__(self, name):
        return getattr(QApplication.instance(), name)


@pytest.fixture
def started(monkeypatch, qtbot):
    """run_gui(...) as a test can watch it: the windows it shows are kept."""
    windows: list[MainWindow] = []
    original_show = MainWindow.show

    def show(self):
        if self not in windows:
            windows.append(self)
            qtbot.addWidget(self)
        original_show(self)

    monkeypatch.setattr(MainWindow, "show", show)
    monkeypatch.setattr(ui_app_module, "make_application", lambda *a: _NoLoop(qtbot, windows))
    yield windows
    for w in windows:
        w.runner.cancel_all()
        w.runner.wait(10000)


@pytest.mark.parametrize("answer", [True, False])
def test_empty_books_at_start_are_never_filled_the_demo_books_are_offered(tmp_path, messages, started, small_demo,
                                                                          answer):
    own = tmp_path / "own.sqlite3"
    database.create_books(own)
    database.close_database()
    messages.answer_yes = answer
    assert ui_app_module.run_gui(str(own), "zh_CN") == 0
    title, question = messages.questions[-1]
    assert title == "空账套" and "演示账套" in question and "单独的文件" in question
    assert customers(own) == 0
    window = started[0]
    if answer:
        assert window.db_target == str(demo_database_path()) and customers(demo_database_path()) == 5
        assert "演示数据" in window.windowTitle()
    else:
        assert window.db_target == str(own) and not demo_database_path().exists()
        assert "演示数据" not in window.windowTitle()


def test_the_demo_books_opened_by_name_are_filled_without_asking(messages, started, small_demo):
    assert ui_app_module.run_gui(str(demo_database_path()), "zh_CN") == 0
    assert messages.questions == []
    assert customers(demo_database_path()) == 5
    assert "演示数据" in started[0].windowTitle()
