"""The main window: tabs, menus, language switch, status bar, remembered geometry,
opening another database, and start-up (errors, first-run demo)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from arapp import __version__, i18n
from arapp.db import database
from arapp.ui import app as ui_app_module
from arapp.ui.common import ui_settings
from arapp.ui.main_window import MainWindow
from arapp.ui.tabs.collections import CollectionsTab

UI_TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "ui_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def test_tabs_are_chinese_by_default_and_english_after_switching(main_window):
    assert main_window.tab_titles() == ["客户", "应收单", "收款", "银行", "账龄", "催收"]
    assert main_window.file_menu.title() == "文件(&F)"
    assert main_window.customers_tab.add_button.text() == "新增客户"
    assert main_window.invoices_tab.model.headerData(0, Qt.Orientation.Horizontal) == "应收单号"

    main_window.language_actions["en"].trigger()       # live: no restart
    assert i18n.language() == "en"
    assert main_window.tab_titles() == ["Customers", "Invoices", "Receipts", "Bank", "Aging", "Collections"]
    assert main_window.file_menu.title() == "&File"
    assert main_window.help_menu.title() == "&Help"
    assert main_window.customers_tab.add_button.text() == "New customer"
    assert main_window.invoices_tab.model.headerData(0, Qt.Orientation.Horizontal) == "Invoice no."
    assert main_window.collections_tab.actions.generate_button.text() == "Generate today's tasks"
    assert main_window.aging_tab.export_button.text() == "Export to Excel…"
    assert main_window.reports_menu.title() == "&Reports"
    assert main_window.user_label.text() == "User: admin (Administrator)"
    assert ui_settings().value("ui/language") == "en"

    main_window.language_actions["zh_CN"].trigger()
    assert main_window.tab_titles() == ["客户", "应收单", "收款", "银行", "账龄", "催收"]
    assert main_window.language_actions["zh_CN"].isChecked()


def test_collections_tab_is_live_with_its_menu_entries(main_window):
    assert isinstance(main_window.collections_page, CollectionsTab)
    assert main_window.collections_tab.actions.generate_button.text() == "生成今日任务"
    assert main_window.performance_action.text() == "催收员考核(&O)…"
    assert main_window.policies_action.text() == "催收政策(&P)…"


def test_status_bar_shows_database_and_user(main_window, ui_db):
    assert str(ui_db) in main_window.db_label.text()
    assert main_window.db_label.text().startswith("数据库：")
    assert main_window.user_label.text() == "用户：admin（系统管理员）"


def test_about_names_the_version(main_window, messages):
    main_window.about_action.trigger()
    assert messages.infos and __version__ in messages.infos[-1][1]


def test_geometry_and_tab_are_remembered_under_the_data_dir(qtbot, ui_db, tmp_path):
    window = MainWindow(str(ui_db))
    qtbot.addWidget(window)
    window.resize(760, 520)          # the offscreen screen is 800x600
    window.tabs.setCurrentIndex(1)
    window.show()
    window.close()
    ini = Path(ui_settings().fileName())
    assert ini.is_relative_to(tmp_path) and ini.exists()
    again = MainWindow(str(ui_db))
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == 1
    assert (again.width(), again.height()) == (760, 520)
    again.runner.wait(5000)


def test_switching_to_a_bad_database_keeps_the_current_books(main_window, books, messages, tmp_path, qtbot):
    books.customer("保留的客户")
    bad = tmp_path / "not-a-database.sqlite3"
    bad.write_bytes(b"this is not sqlite" * 100)
    assert not main_window.switch_database(str(bad))
    assert messages.errors
    assert database.db.obj is not None
    main_window.customers_tab.refresh()
    qtbot.waitUntil(lambda: main_window.customers_tab.model.rowCount() == 1)

    other = tmp_path / "other.sqlite3"
    assert not main_window.switch_database(str(other))        # no books there: nothing is made
    assert not other.exists()
    assert main_window.new_books(str(other))
    assert str(other) in main_window.db_label.text()
    qtbot.waitUntil(lambda: not main_window.customers_tab.model.loading)
    assert main_window.customers_tab.model.rowCount() == 0


def test_run_gui_reports_a_database_it_cannot_open(monkeypatch, messages, tmp_path):
    bad = tmp_path / "broken.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    assert ui_app_module.run_gui(str(bad), "zh_CN") == 1
    title, text = messages.errors[-1]
    assert title == "arapp 无法启动"
    assert "broken.sqlite3" in text


def test_run_gui_without_a_display_says_so_instead_of_hanging(tmp_path):
    import os
    import subprocess
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux decides by DISPLAY")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["ARAPP_DATA_DIR"] = str(tmp_path / "data")
    code = "import sys; from arapp.ui.app import run_gui; sys.exit(run_gui(sys.argv[1], 'zh_CN'))"
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "b.sqlite3")], env=env,
                          capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 2, done.stderr
    assert "没有可用的显示器" in done.stderr


def test_first_run_demo_builds_in_the_background_with_progress(qtbot, runner, monkeypatch):
    import arapp.demo

    seen = {}

    def fake_build_demo(customers, years, seed, progress, cancel):
        seen.update(customers=customers, years=years, seed=seed)
        for i in range(1, 6):
            progress(i, 5)
        from arapp.services.customers import create_customer

        create_customer(name="演示客户")
        return "built"

    monkeypatch.setattr(arapp.demo, "build_demo", fake_build_demo)
    assert ui_app_module.database_is_empty()
    done = []
    handle, dialog = ui_app_module.start_demo_build(runner, None, done.append)
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: done == [True], timeout=5000)
    assert seen == {"customers": 300, "years": 3, "seed": 1}
    assert not dialog.isVisible() and handle.done
    assert not ui_app_module.database_is_empty()


def test_demo_cancel_from_the_progress_dialog(qtbot, runner, monkeypatch):
    import threading
    import time

    import arapp.demo

    started = threading.Event()

    def slow_build(customers, years, seed, progress, cancel):
        started.set()
        deadline = time.monotonic() + 10
        while not cancel() and time.monotonic() < deadline:
            threading.Event().wait(0.005)
        raise arapp.demo.DemoCancelled("cancelled")

    monkeypatch.setattr(arapp.demo, "build_demo", slow_build)
    done = []
    handle, dialog = ui_app_module.start_demo_build(runner, None, done.append)
    assert started.wait(5)
    dialog.canceled.emit()                 # what the Cancel button does
    qtbot.waitUntil(lambda: done == [False], timeout=5000)
    assert handle.is_cancelled()


# --------------------------------------------------------------------------- the catalog

def test_ui_catalog_is_well_formed_and_complete():
    root = ET.parse(UI_TS).getroot()
    assert root.tag == "TS" and root.get("language") == "zh_CN"
    seen = set()
    count = 0
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        assert name
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            trans = msg.find("translation")
            if trans is not None and trans.get("type") in ("vanished", "obsolete"):
                continue  # no longer in the code; python3 dev.py i18n keeps it marked
            if msg.get("numerus") == "yes" and trans is not None:
                trans.text = trans.findtext("numerusform")  # a count: Chinese has one form
            assert source and trans is not None and trans.text, (name, source)
            assert trans.get("type") not in ("unfinished", "obsolete", "vanished"), (name, source)
            assert (name, source) not in seen, f"duplicate {name}: {source!r}"
            seen.add((name, source))
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(trans.text)), (name, source)
            assert trans.text != source, (name, source)
            assert source.count("&") == trans.text.count("&"), (name, source)      # menu accelerators
            count += 1
    assert count > 150


def test_every_ui_string_is_in_the_catalog_under_its_own_context():
    """self.tr("x") asks with the class name as context; translate("Ctx", "x") with Ctx."""
    import ast

    catalog = set()
    for ctx in ET.parse(UI_TS).getroot().iter("context"):
        for msg in ctx.iter("message"):
            catalog.add((ctx.findtext("name"), msg.findtext("source")))
    ui_dir = Path(ui_app_module.__file__).parent
    missing = []
    mine = ("app.py", "common.py", "dialogs/customer.py", "dialogs/customer_picker.py", "tabs/customers.py",
            "dialogs/invoice.py", "tabs/invoices.py", "main_window.py", "models/paged.py", "models/invoices.py",
            "models/customers.py", "models/allocation.py", "dialogs/receipt.py", "dialogs/open_database.py",
            "operations.py", "screenshot.py")
    for name in mine:
        tree = ast.parse((ui_dir / name).read_text(encoding="utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)] + [tree]:
            for node in ast.walk(cls):
                if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                    continue
                args = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                if node.func.attr == "tr" and isinstance(cls, ast.ClassDef) and len(args) == 1:
                    key = (cls.name, args[0])
                elif node.func.attr == "translate" and len(args) == 2:
                    key = (args[0], args[1])
                else:
                    continue
                if key not in catalog:
                    missing.append(f"{name}: {key}")
    assert not missing, "\n".join(sorted(set(missing)))


def test_translator_leaves_unknown_strings_alone(ui_app):
    assert QCoreApplication.translate("Nowhere", "No such string 7f3a") == "No such string 7f3a"
    assert QCoreApplication.translate("MainWindow", "Customers") == "客户"


@pytest.mark.parametrize("lang, expected", [("en", "Customers"), ("zh_CN", "客户")])
def test_install_translators_switches_qt_translation(lang, expected):
    from arapp.ui.translator import install_translators

    install_translators(lang)
    assert QCoreApplication.translate("MainWindow", "Customers") == expected


def test_settings_dialog_saves_company_and_hold_days(main_window, qtbot, op):
    from arapp.services import credit, settings
    from arapp.services.context import Actor, acting_as

    dialog = main_window.open_settings()
    dialog.fields["company.name"].setText("")
    assert not op(dialog.save).ok
    assert "公司名称" in dialog.error.text()
    dialog.fields["company.name"].setText("上海锦程物业有限公司")
    dialog.hold_days.setValue(45)
    assert op(dialog.save).ok
    assert settings.get_settings()["company.name"] == "上海锦程物业有限公司"
    assert credit.hold_overdue_days() == 45
    with acting_as(Actor("li", "cashier")):
        from arapp.ui.dialogs.settings import SettingsDialog

        d = SettingsDialog(None)
        qtbot.addWidget(d)
        assert not d.may_edit


def test_an_old_database_is_upgraded_off_the_ui_thread(qtbot, tmp_path):
    import shutil

    from arapp.db import database, migrations
    from arapp.ui.app import open_books

    old = tmp_path / "old.sqlite3"
    shutil.copy(Path(__file__).resolve().parent.parent / "fixtures" / "schema_v1.sqlite3", old)
    open_books(str(old))
    try:
        assert migrations.current_version(database.db.obj) == migrations.latest_version()
        assert list(tmp_path.glob("old.v1-*.bak.sqlite3"))
    finally:
        database.close_database()
