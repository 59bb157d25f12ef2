"""Words of the window (issue #9, "Words"): each meaning its own catalog entry, the whole
window retranslated on a language switch, Qt's own dialogs in Chinese, user names and
roles in the user's language, counts and parentheses in each language's own form."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from arapp import i18n, names
from arapp.ui.main_window import MainWindow

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def words_of(root: QWidget) -> list[str]:
    """Every text a user reads in ``root`` and its children, in widget order: labels,
    buttons, box titles, tab titles, placeholders, combo items, column headers, menus."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        if isinstance(w, QGroupBox):
            out.append(w.title())
        if isinstance(w, QTabWidget):
            out.extend(w.tabText(i) for i in range(w.count()))
        if isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        if isinstance(w, QComboBox):
            out.extend(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            out.extend(str(m.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(m.columnCount()))
    for action in root.findChildren(type(root.menuBar().actions()[0])) if isinstance(root, MainWindow) else []:
        out.append(action.text())
    return out


def settle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.customers_tab.model.loading and window.runner.active_count() == 0,
                    timeout=10000)
    qtbot.wait(20)


# --------------------------------------------------------------------------- one entry per meaning

def test_the_open_books_dialog_reads_qts_open_and_cancel_in_chinese(main_window):
    from arapp.ui.dialogs.open_database import OpenDatabaseDialog

    main_window.open_action.trigger()
    dialog = main_window.findChild(OpenDatabaseDialog)
    texts = [b.text() for b in dialog.buttons.buttons()]
    assert sorted(texts) == sorted(["打开", "取消"])
    assert "未结" not in texts
    dialog.reject()


STANDARD_BUTTONS = [b for b in QDialogButtonBox.StandardButton
                    if b not in (QDialogButtonBox.StandardButton.NoButton,)
                    and bin(b.value).count("1") == 1]


def test_every_standard_button_reads_qts_own_chinese_never_an_arapp_word(ui_app):
    """A button Qt names (Open, Save, Yes, Apply...) takes Qt's own translation; the app's
    catalog, where "Open" is 未收 on an amount, answers nothing in Qt's context."""
    from arapp.ui import translator

    box = QDialogButtonBox()
    for b in STANDARD_BUTTONS:
        box.addButton(b)
    qt = translator._installed["qt"]
    for b in STANDARD_BUTTONS:
        text = box.button(b).text()
        assert not LATIN_WORD.search(text.replace("&", "")), (b, text)
    for source in ("Open", "&Open", "Save", "Cancel", "Close", "Apply", "Reset", "Yes", "No", "OK"):
        assert i18n.answer_qt("QPlatformTheme", source) is None, source
        if qt.translate("QPlatformTheme", source):
            assert QCoreApplication.translate("QPlatformTheme", source) == qt.translate("QPlatformTheme", source)


def test_arapps_catalogs_hold_qts_contexts_only_for_the_gaps_of_qts_own_file(ui_app):
    """The app's catalogs may speak for a Qt class only where Qt's qtbase_zh_CN.qm is
    silent (QT_GAPS); everywhere else Qt's own words stand."""
    from arapp.ui import translator

    qt = translator._installed["qt"]
    qt_contexts = {}
    for path in i18n.catalog_files():
        for m in i18n.read_catalog(path)[1]:
            if m.state in ("vanished", "obsolete"):
                continue
            if re.fullmatch(r"Q[A-Z]\w+", m.context) and hasattr(__import__("PySide6.QtWidgets").QtWidgets,
                                                                   m.context):
                qt_contexts[(m.context, m.source)] = m.translation
    gaps = {("QFileDialog", s) for s in translator.QT_GAPS}
    assert set(qt_contexts) == gaps
    for context, source in gaps:
        assert not qt.translate(context, source), (context, source)


def test_the_file_dialog_is_chinese_throughout(ui_app):
    dialog = QFileDialog(None, "打开账套", "", "arapp (*.sqlite3);;所有文件 (*)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    try:
        texts = [w.text() for w in [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)] if w.text()]
        tips = [w.toolTip() for w in dialog.findChildren(QAbstractButton) if w.toolTip()]
        assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts
        for text in texts + tips:
            assert not LATIN_WORD.search(text.replace("&", "")), text
    finally:
        dialog.close()


def test_a_message_box_reads_chinese_standard_buttons(ui_app):
    box = QMessageBox(QMessageBox.Icon.Question, "标题", "正文",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard)
    texts = sorted(b.text().replace("&", "") for b in box.buttons())
    assert texts == sorted(["是(Y)", "否(N)", "保存(S)", "放弃"]) or not any(LATIN_WORD.search(t) for t in texts), \
        texts
    box.deleteLater()


def test_in_english_qts_buttons_are_english_again(main_window):
    main_window.set_language("en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
    assert sorted(b.text() for b in box.buttons()) == ["Cancel", "Open"]
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    assert "&Look in:" in [w.text() for w in dialog.findChildren(QLabel)]
    dialog.deleteLater()
    box.deleteLater()


def test_a_dispute_in_the_collection_file_reads_its_own_status_not_the_open_amounts_word(books, qtbot):
    """In the collection file "Open" is the open amount's column (未收); a dispute's state
    is names.dispute_status (未解决), and the tasks' "Closed" column is not 已解决."""
    import datetime as dt

    from arapp import clock
    from arapp.reports.collections import customer_collection_detail
    from arapp.services.collections.agreements import open_dispute
    from arapp.ui.tabs.collections.detail import CollectionDetailPane

    clock.set(dt.date(2026, 11, 20))
    cid = books.customer("争议客户")
    books.invoice(cid, 120_000, dt.date(2026, 9, 1), due=dt.date(2026, 10, 1))
    from arapp.db.models import Invoice
    open_dispute(Invoice.get(Invoice.customer == cid), "数量不符")
    pane = CollectionDetailPane()
    qtbot.addWidget(pane)
    pane.show_detail(customer_collection_detail(cid))
    disputes = pane.models["disputes"]
    header = [disputes.headerData(c, Qt.Orientation.Horizontal) for c in range(disputes.columnCount())]
    status = disputes.data(disputes.index(0, header.index("状态")))
    assert status == names.dispute_status("open") == "未解决"
    items = pane.models["items"]
    assert "未收" in [items.headerData(c, Qt.Orientation.Horizontal) for c in range(items.columnCount())]
    tasks = pane.models["tasks"]
    assert "已解决" not in [tasks.headerData(c, Qt.Orientation.Horizontal) for c in range(tasks.columnCount())]


# --------------------------------------------------------------------------- a live language switch

@pytest.fixture
def shown_customer(main_window, books, qtbot):
    cid = books.customer("上海锦程贸易有限公司", phone="021-5555 0101")
    main_window.customers_tab.refresh(select_id=cid)
    settle(qtbot, main_window)
    assert main_window.customers_tab.detail.customer_id == cid
    return cid


def test_switching_to_english_retranslates_the_customer_detail_pane(main_window, shown_customer):
    detail = main_window.customers_tab.detail
    assert detail.master_labels["phone"].text() == "电话"
    main_window.language_actions["en"].trigger()
    assert detail.master_labels["phone"].text() == "Phone"
    assert detail.master_labels["payment_terms_days"].text() == "Payment terms"
    assert detail.figure_labels["overdue"].text() == "Overdue"
    assert detail.master_box.title() == "Master data"
    assert detail.master_values["payment_terms_days"].text() == "30 days"
    main_window.language_actions["zh_CN"].trigger()
    assert detail.master_labels["phone"].text() == "电话"
    assert detail.master_box.title() == "基本资料"


@pytest.mark.parametrize("there, back", [("en", "zh_CN"), ("zh_CN", "en")])
def test_a_window_switched_at_run_time_reads_like_one_started_in_that_language(ui_db, shown_customer, main_window,
                                                                               qtbot, there, back):
    """Every word a window shows after a switch is the word a window started in that
    language shows: nothing stays behind in the other language until a restart."""
    main_window.set_language(back)
    main_window.set_language(there)
    settle(qtbot, main_window)
    switched = words_of(main_window)

    fresh = MainWindow(str(ui_db), remember_state=False)
    qtbot.addWidget(fresh)
    fresh.show()
    fresh.customers_tab.refresh(select_id=shown_customer)
    settle(qtbot, fresh)
    try:
        started = words_of(fresh)
        assert len(switched) == len(started)
        differ = [(a, b) for a, b in zip(switched, started, strict=True) if a != b]
        assert differ == []
    finally:
        fresh.runner.cancel_all()
        fresh.runner.wait(10000)
        fresh.close()


# --------------------------------------------------------------------------- user names and roles

def combo_texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_built_in_administrator_is_named_in_chinese_in_every_collector_list(main_window, books, qtbot):
    main_window.aging_tab.load_choices()
    main_window.collections_tab.load_choices()
    qtbot.waitUntil(lambda: main_window.runner.active_count() == 0, timeout=10000)
    for combo in (main_window.aging_tab.collector, main_window.collections_tab.collector):
        texts = combo_texts(combo)
        assert "系统管理员" in texts, texts
        assert not any("Administrator" in t for t in texts), texts
    dialog = main_window.customers_tab.add_customer()
    assert "系统管理员（admin）" in combo_texts(dialog.collector)
    dialog.reject()


def test_the_collector_performance_report_names_the_administrator_in_the_users_language(books):
    import datetime as dt

    from arapp import clock
    from arapp.reports.collections.performance import collector_performance
    from arapp.services.collections.contacts import log_contact

    clock.set(dt.date(2026, 11, 20))
    cid = books.customer("考核客户")
    books.invoice(cid, 50_000, dt.date(2026, 9, 1), due=dt.date(2026, 10, 1))
    log_contact(cid, "call", "催款电话")
    rows = {f.username: f for f in collector_performance("2026-11")}
    assert rows["admin"].name == "系统管理员"
    i18n.set_language("en")
    rows = {f.username: f for f in collector_performance("2026-11")}
    assert rows["admin"].name == "Administrator"


def test_a_name_a_person_typed_is_shown_as_typed():
    assert names.user_name("admin", "王会计") == "王会计"
    assert names.user_name("li", "") == "li"
    assert names.user_name("li", "Administrator") == "Administrator"


# --------------------------------------------------------------------------- counts and parentheses

def test_parentheses_belong_to_the_language():
    assert names.with_note("暂停", "还款计划执行中") == "暂停（还款计划执行中）"
    i18n.set_language("en")
    assert names.with_note(names.task_status("paused"), names.hold_reason("plan")) == \
        "Paused (Payment plan in force)"
    assert names.with_note("Paused", "") == "Paused"


def test_no_code_glues_full_width_parentheses_onto_words():
    """Chinese parentheses come from the catalogs (names.with_note), so English never shows
    「Paused（Payment plan in force）」: no string literal in the code holds （ or ）, apart
    from a language's own name in the language menu (and the demo company's data, and the
    built-in Chinese letters a migration seeds: texts the user edits, in one language)."""
    import ast
    from pathlib import Path

    import arapp

    allowed = {"中文（简体）"}
    found = []
    for path in Path(arapp.__file__).parent.rglob("*.py"):
        if "demo" in path.parts:
            continue                    # the demo company's Chinese names and goods are data
        if path.name == "step_0010_documents.py":
            continue                    # the seeded Chinese letter templates are data, edited as such
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                      if isinstance(n, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
                      and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings \
                    and node.value not in allowed and ("（" in node.value or "）" in node.value):
                found.append(f"{path.relative_to(path.parents[1])}:{node.lineno}: {node.value[:60]!r}")
    assert found == []


def test_the_windows_english_strings_carry_no_chinese_glosses():
    """English is English: a Chinese word beside the English one ("over to legal (诉讼)")
    belongs in the Chinese translation, not in the source every English window shows.
    Only an example of data the user types in Chinese (customer categories) may be Chinese."""
    from arapp.i18n_extract import extract

    examples_of_data = {("PolicyDialog", "e.g. 业主, 租户 (empty: the customers no other policy names)")}
    chinese = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
    found = [f"{f.path}:{f.line}: {f.source[:70]!r}" for f in extract().found
             if f.path.startswith("arapp/ui/") and (f.context, f.source) not in examples_of_data
             and (chinese.search(f.source) or chinese.search(f.comment))]
    assert found == []


FAILED_ATTEMPTS = [
    ("QueueModel", "{n} failed attempt at the top levels: the ladder proposes handing the debt over to legal; "
                   "accept it in the customer's file"),
    ("CollectionDetailPane", "{proposal}: {n} failed attempt at the top levels (level {level}); the policy "
                             "proposes it after {limit}."),
    ("CollectionActions", "{n} failed attempt at level {level} for {code} {name}: the ladder proposes handing the "
                          "debt over to legal. Accepting stops the ladder for the customer until it is resumed."),
]


@pytest.mark.parametrize("context, singular", FAILED_ATTEMPTS)
def test_one_failed_attempt_reads_singular_in_english(main_window, context, singular):
    plural = singular.replace("failed attempt", "failed attempts", 1)
    main_window.set_language("en")
    assert QCoreApplication.translate(context, singular, plural, 1) == singular
    assert QCoreApplication.translate(context, singular, plural, 3) == plural
    main_window.set_language("zh_CN")
    chinese = QCoreApplication.translate(context, singular, plural, 1)
    assert not LATIN_WORD.search(re.sub(r"\{\w+\}", "", chinese)), chinese
    assert chinese == QCoreApplication.translate(context, singular, plural, 3)


def test_the_ladders_legal_reason_counts_in_the_users_language():
    from arapp.i18n import trn

    i18n.set_language("en")
    one = trn("collections", "Proposed by the ladder after {n} failed attempt at level {level}",
              "Proposed by the ladder after {n} failed attempts at level {level}", 1, level=4)
    assert one == "Proposed by the ladder after 1 failed attempt at level 4"
