"""File → New books… and Open books…: only arapp books are opened, new books are made
on purpose; the window shows the same messages as the command line for books it cannot
use (another program's file, read-only, locked), and never claims a backup it did not make."""

from __future__ import annotations

import sqlite3

import peewee

from arapp.db import database
from arapp.ui import app as ui_app_module


def test_the_file_menu_offers_new_books_and_open_books(main_window):
    texts = [a.text() for a in main_window.file_menu.actions()]
    assert texts[:2] == ["新建账套(&N)…", "打开账套(&O)…"]


def test_new_books_makes_a_file_and_switches_to_it(main_window, books, tmp_path, qtbot):
    books.customer("旧账套的客户")
    new = tmp_path / "新账套.sqlite3"
    assert main_window.new_books(str(new))
    assert str(new) in main_window.db_label.text()
    con = sqlite3.connect(new)
    try:
        assert con.execute("PRAGMA application_id").fetchone()[0] == database.APPLICATION_ID
    finally:
        con.close()
    qtbot.waitUntil(lambda: not main_window.customers_tab.model.loading)
    assert main_window.customers_tab.model.rowCount() == 0


def test_new_books_refuses_an_existing_file(main_window, ui_db, messages):
    assert not main_window.new_books(str(ui_db))
    title, text = messages.errors[-1]
    assert title == "新建账套" and "已" in text


def test_opening_a_missing_file_is_refused_and_creates_nothing(main_window, ui_db, messages, tmp_path):
    missing = tmp_path / "typo.sqlite3"
    assert not main_window.open_books(str(missing))
    assert not missing.exists()
    assert "typo.sqlite3" in messages.errors[-1][1]
    assert str(ui_db) in main_window.db_label.text()
    assert database.database_path() == ui_db


def test_opening_another_programs_file_says_so_and_keeps_the_current_books(main_window, ui_db, messages,
                                                                           tmp_path):
    other = tmp_path / "recipes.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    before = other.read_bytes()
    assert not main_window.open_books(str(other))
    title, text = messages.errors[-1]
    assert title == "打开账套" and "不是 arapp 账套" in text and "recipes" in text
    assert other.read_bytes() == before
    assert database.database_path() == ui_db


def test_the_open_dialog_browses_for_an_existing_file(qapp):
    from PySide6.QtWidgets import QFileDialog

    from arapp.ui.dialogs import open_database

    calls = []

    def get_open(*args, **kwargs):
        calls.append("open")
        return "/x/y.sqlite3", ""

    def get_save(*args, **kwargs):
        calls.append("save")
        return "", ""

    dialog = open_database.OpenDatabaseDialog("")
    original = QFileDialog.getOpenFileName, QFileDialog.getSaveFileName
    QFileDialog.getOpenFileName, QFileDialog.getSaveFileName = get_open, get_save
    try:
        dialog._browse()
    finally:
        QFileDialog.getOpenFileName, QFileDialog.getSaveFileName = original
    assert calls == ["open"] and dialog.value() == "/x/y.sqlite3"
    dialog.deleteLater()


def test_a_write_on_read_only_books_shows_why_in_a_dialog(main_window, ui_db, qtbot, messages, monkeypatch):
    from arapp.services.customers import create_customer

    monkeypatch.setattr(database, "_writable", lambda path: False)
    assert main_window.open_books(str(ui_db))
    assert "只读" in main_window.db_label.text()
    ops = main_window.ops
    with qtbot.waitSignal(ops.finished, timeout=10000) as blocker:
        ops.run(create_customer, name="只读客户", parent=main_window)
    assert not blocker.args[0].ok
    title, text = messages.errors[-1]
    assert title == "未保存"
    assert "只读" in text and "books.sqlite3" in text and "Error" not in text


def test_a_write_on_locked_books_shows_why_in_a_dialog(main_window, ui_db, qtbot, messages, monkeypatch):
    from arapp.services.customers import create_customer

    monkeypatch.setattr(database, "BUSY_TIMEOUT_SECONDS", 0.2)
    assert main_window.open_books(str(ui_db))
    other = sqlite3.connect(ui_db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with qtbot.waitSignal(main_window.ops.finished, timeout=10000):
            main_window.ops.run(create_customer, name="锁住的客户", parent=main_window)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "其他程序" in messages.errors[-1][1]


def test_the_upgrade_message_claims_a_backup_only_on_sqlite(ui_db):
    sqlite_text = ui_app_module.upgrade_message(database.db.obj)
    postgres_text = ui_app_module.upgrade_message(peewee.PostgresqlDatabase("books"))
    assert "先备份" in sqlite_text
    assert "先备份" not in postgres_text and "不为 PostgreSQL 数据库另做备份" in postgres_text
