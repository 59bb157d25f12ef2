"""The catalogs hold every user-visible string of the code under its exact context, in
Simplified Chinese, with the same {placeholders}; the extractor keeps them in step;
English counts say "1 customer" and "2 customers"."""

from __future__ import annotations

import io
import logging
import textwrap
import xml.etree.ElementTree as ET

import pytest

from arapp import i18n, i18n_extract, names
from arapp.i18n import Message
from arapp.i18n_extract import extract, extract_source, render_catalog


@pytest.fixture(scope="module")
def extraction():
    return extract()


@pytest.fixture
def sample_catalogs(tmp_path, monkeypatch):
    """Point arapp.i18n at a folder of sample catalogs; ``write(name, messages)`` fills it."""
    folder = tmp_path / "translations"
    folder.mkdir()
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)

    def write(name: str, messages: list[Message]) -> None:
        (folder / name).write_text(render_catalog("zh_CN", messages), encoding="utf-8")
        i18n.reload()

    yield write
    i18n.reload()
    names.forget()


# --------------------------------------------------------------------------- the real catalogs

def test_catalogs_are_well_formed():
    files = i18n.catalog_files("zh_CN")
    assert len(files) >= 9
    for f in files:
        root = ET.parse(f).getroot()
        assert root.tag == "TS" and root.get("language") == "zh_CN"


def test_catalogs_are_up_to_date_with_the_code(capsys):
    """What ``python3 dev.py i18n --check`` runs: nothing to add, mark or rewrite."""
    code = i18n_extract.main(["--check"])
    assert code == 0, capsys.readouterr().out


def test_every_translatable_call_has_a_literal_context_and_source(extraction):
    assert extraction.warnings == []


def test_every_string_in_the_code_has_chinese_under_its_own_context(extraction):
    i18n.reload()
    missing = []
    for f in extraction.found:
        if i18n.lookup(f.context, f.source, "zh_CN", comment=f.comment) is None:
            borrowed = i18n.other_contexts(f.source)   # what the old fallback would have taken
            hint = f"; only elsewhere: {borrowed}" if borrowed else ""
            missing.append(f"{f.path}:{f.line} [{f.context}] {f.source!r}{hint}")
    assert len({(f.context, f.source, f.comment) for f in extraction.found}) > 1000
    assert not missing, "untranslated:\n" + "\n".join(missing)


def test_every_translation_has_the_placeholders_of_its_source():
    i18n.reload()
    refused = i18n.refused("zh_CN")
    assert not refused, "\n".join(f"{r.file} [{r.context}] {r.source!r} -> {r.translation!r}: {r.reason}"
                                  for r in refused)


def test_no_message_is_in_two_catalogs():
    seen: dict[tuple[str, str, str], str] = {}
    for path in i18n.catalog_files("zh_CN"):
        for m in i18n.read_catalog(path)[1]:
            assert m.key not in seen, f"{m.key} in {seen[m.key]} and {path.name}"
            seen[m.key] = path.name


def test_chinese_is_the_default_and_english_available():
    i18n.set_language(None)
    assert i18n.language() == "zh_CN"
    i18n.set_language("en")
    assert i18n.tr("aging", "Not yet due") == "Not yet due"


def test_a_real_string_is_not_translated_under_a_context_that_lacks_it():
    i18n.reload()
    assert i18n.lookup("MainWindow", "Customers", "zh_CN") == "客户"
    assert "MainWindow" in i18n.other_contexts("Customers")
    assert i18n.lookup("NoSuchContext", "Customers", "zh_CN") is None


# --------------------------------------------------------------------------- run-time lookups

def test_a_string_present_only_in_another_context_stays_english(sample_catalogs):
    sample_catalogs("core_zh_CN.ts", [Message("InvoiceStatus", "Open", forms=("未收",)),
                                      Message("TaskStatus", "Open", forms=("待处理",))])
    i18n.set_language("zh_CN")
    assert i18n.tr("InvoiceStatus", "Open") == "未收"
    assert i18n.tr("TaskStatus", "Open") == "待处理"
    assert i18n.tr("QueueBucket", "Open") == "Open"
    assert i18n.other_contexts("Open") == {"InvoiceStatus": "未收", "TaskStatus": "待处理"}


def test_unfinished_and_vanished_entries_are_not_used(sample_catalogs):
    sample_catalogs("core_zh_CN.ts", [Message("c", "Draft", forms=("草稿",), state="unfinished"),
                                      Message("c", "Gone", forms=("没了",), state="vanished")])
    assert i18n.lookup("c", "Draft", "zh_CN") is None
    assert i18n.lookup("c", "Gone", "zh_CN") is None


def test_a_translation_whose_placeholders_differ_is_refused_at_load(sample_catalogs, caplog):
    sample_catalogs("core_zh_CN.ts", [Message("c", "{count} open", forms=("{n} 笔未收",)),
                                      Message("c", "Hello {name}", forms=("你好，{name}",)),
                                      Message("c", "{n} task", "{n} tasks", True, ("{n} 个任务{x}",))])
    i18n.set_language("zh_CN")
    with caplog.at_level(logging.WARNING, logger="arapp.i18n"):
        assert i18n.tr("c", "{count} open", count=3) == "3 open"
    assert "refused" in caplog.text
    assert i18n.tr("c", "Hello {name}", name="李") == "你好，李"
    assert i18n.trn("c", "{n} task", "{n} tasks", 2) == "2 tasks"
    refused = i18n.refused("zh_CN")
    assert [(r.source, r.translation) for r in refused] == [("{count} open", "{n} 笔未收"),
                                                             ("{n} task", "{n} 个任务{x}")]


def test_placeholders_read_format_fields_and_qt_arguments():
    assert i18n.placeholders("{a} and {b:,} of {c.d} {e[0]}; {{literal}} %n %1") == {"a", "b", "c", "e",
                                                                                      "%n", "%1"}
    assert i18n.placeholders("unbalanced {") == {"{?}"}
    assert i18n.placeholders("50%") == frozenset()


# --------------------------------------------------------------------------- plurals

def test_english_counts_take_the_singular_for_one_and_the_plural_otherwise():
    i18n.set_language("en")
    assert i18n.trn("reports", "{n} customer", "{n} customers", 1) == "1 customer"
    assert i18n.trn("reports", "{n} customer", "{n} customers", 2) == "2 customers"
    assert i18n.trn("reports", "{n} customer", "{n} customers", 0) == "0 customers"
    assert i18n.trn("x", "{n} more for {who}", "{n} more for {who}s", 1, who="Li") == "1 more for Li"


def test_chinese_counts_have_one_form():
    i18n.set_language("zh_CN")
    one = i18n.trn("reports", "{n} customer", "{n} customers", 1)
    two = i18n.trn("reports", "{n} customer", "{n} customers", 2)
    assert one.replace("1", "2") == two and "客户" in two


def test_aging_bucket_labels_count_days_and_years_in_english():
    from arapp.domain.aging import default_labels

    i18n.set_language("en")
    assert default_labels((0, 30)) == ("Not yet due", "1-30 days", "Over 30 days")
    assert default_labels((1,)) == ("Up to 1 day", "Over 1 day")
    assert default_labels((365, 730)) == ("Within 1 year", "1-2 years", "Over 2 years")


def test_widgets_count_with_self_tr_singular_plural_n(qapp, sample_catalogs):
    """Qt's self.tr(source, disambiguation, n): arapp passes the English plural as the
    disambiguation; PySide6 asks each class of the MRO, the runtime class first."""
    from PySide6.QtCore import QCoreApplication, QObject

    from arapp.ui.translator import AppTranslator

    sample_catalogs("ui_zh_CN.ts", [
        Message("SampleBase", "Save the file", forms=("保存文件",)),
        Message("SampleBase", "{n} task", "{n} tasks", True, ("{n} 个任务",)),
        Message("SampleSub", "Close", forms=("关闭",)),
        Message("Elsewhere", "Only elsewhere", forms=("别处",)),
    ])

    class SampleBase(QObject):
        def save_text(self):
            return self.tr("Save the file")

        def elsewhere(self):
            return self.tr("Only elsewhere")

        def tasks(self, n):
            return self.tr("{n} task", "{n} tasks", n).format(n=n)

    class SampleSub(SampleBase):
        def close_text(self):
            return self.tr("Close")

    translator = AppTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        i18n.set_language("zh_CN")
        sub = SampleSub()
        assert sub.save_text() == "保存文件"      # a base-class method: the base's context
        assert sub.close_text() == "关闭"
        assert sub.elsewhere() == "Only elsewhere"
        assert sub.tasks(1) == "1 个任务" and sub.tasks(5) == "5 个任务"
        i18n.set_language("en")
        assert sub.tasks(1) == "1 task" and sub.tasks(5) == "5 tasks"
        assert QCoreApplication.translate("SampleBase", "{n} task", "{n} tasks", 2) == "{n} tasks"
        assert QCoreApplication.translate("Nowhere", "{n} task", "{n} tasks", 2) == "{n} task"
    finally:
        QCoreApplication.removeTranslator(translator)


# --------------------------------------------------------------------------- the extractor

SAMPLE = '''
from PySide6.QtCore import QT_TRANSLATE_NOOP, QT_TR_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from arapp import i18n
from arapp.i18n import noop, tr, trn as count_words

HEADING = QT_TRANSLATE_NOOP("App", "A constant")
NAME = "From a constant"
MESSAGES = (noop("cli", "Marked for later"),)


def plain(n, source):
    t = tr
    a = tr("cli", "Plain " "joined", x=1)
    b = i18n.tr("cli", "Through the module")
    c = count_words("cli", "{n} customer", "{n} customers", n)
    d = t("cli", "Through an alias")
    e = QCoreApplication.translate("TableModels", "Qt style")
    f = QCoreApplication.translate("TableModels", "{n} row", "{n} rows", n)
    g = i18n.lookup("App", NAME)
    h = tr("cli", source)
    k = tr("cli", source)  # i18n: computed
    return a, b, c, d, e, f, g, h, k


class Base(QWidget):
    LABEL = QT_TR_NOOP("Class constant")

    def build(self, n):
        t = self.tr
        self.tr("Direct")
        t("Through t")
        self.tr("{n} item", "{n} items", n)

        def later():
            return self.tr("In a closure")
        return later


class Sub(Base):
    def more(self):
        return self.tr("Sub's own")


def outside(self):
    return self.tr("No class")
'''


def test_the_extractor_finds_every_call_form():
    result = extract_source(textwrap.dedent(SAMPLE), "arapp/ui/sample.py")
    found = {(f.context, f.source, f.comment, f.numerus) for f in result.found}
    assert found == {
        ("App", "A constant", "", False),
        ("cli", "Marked for later", "", False),
        ("cli", "Plain joined", "", False),
        ("cli", "Through the module", "", False),
        ("cli", "{n} customer", "{n} customers", True),
        ("cli", "Through an alias", "", False),
        ("TableModels", "Qt style", "", False),
        ("TableModels", "{n} row", "{n} rows", True),
        ("App", "From a constant", "", False),
        ("Base", "Class constant", "", False),
        ("Base", "Direct", "", False),
        ("Base", "Through t", "", False),
        ("Base", "{n} item", "{n} items", True),
        ("Base", "In a closure", "", False),
        ("Sub", "Sub's own", "", False),
    }
    assert len(result.warnings) == 2
    assert "computed source" in result.warnings[0] and ":22:" in result.warnings[0]
    assert "outside a class" in result.warnings[1]


def _sample_tree(tmp_path, code: dict[str, str], catalogs: dict[str, list[Message]]):
    package = tmp_path / "arapp"
    for rel, text in code.items():
        path = package / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    translations = tmp_path / "translations"
    translations.mkdir()
    for name, messages in catalogs.items():
        (translations / name).write_text(render_catalog("zh_CN", messages), encoding="utf-8")
    return package, translations


def _read(translations, name):
    return {m.key: m for m in i18n.read_catalog(translations / name)[1]}


def test_the_extractor_adds_marks_and_restores_and_a_second_run_changes_nothing(tmp_path):
    code = {
        "cli.py": '''
            from arapp.i18n import tr
            tr("cli", "Open")
            tr("cli", "Total")
            tr("cli", "Kept")
            tr("cli", "Back again")
        ''',
        "ui/tab.py": '''
            class CustomersTab:
                def build(self):
                    self.tr("Open")
                    self.tr("Brand new")
        ''',
        "ui/collections_tab.py": '''
            class QueueModel:
                def build(self):
                    self.tr("Total")
        ''',
    }
    catalogs = {
        "cli_zh_CN.ts": [Message("cli", "Kept", forms=("保留",)),
                         Message("cli", "Removed", forms=("删除",)),
                         Message("cli", "Never done", forms=("",), state="unfinished"),
                         Message("cli", "Back again", forms=("回来",), state="vanished")],
        "ui_zh_CN.ts": [Message("InvoicesTab", "Open", forms=("未收",))],
        "reports_zh_CN.ts": [Message("reports", "Open", forms=("未结",)),
                             Message("reports", "Total", forms=("合计",))],
        "ui_collections_zh_CN.ts": [],
    }
    package, translations = _sample_tree(tmp_path, code, catalogs)
    out = io.StringIO()
    assert i18n_extract.run(check=True, translations=translations, package=package, out=out) == 1
    assert _read(translations, "cli_zh_CN.ts")[("cli", "Removed", "")].state is None  # --check writes nothing

    assert i18n_extract.run(translations=translations, package=package, out=out) == 0
    cli = _read(translations, "cli_zh_CN.ts")
    assert cli[("cli", "Kept", "")].state is None
    assert cli[("cli", "Removed", "")].state == "vanished" and cli[("cli", "Removed", "")].translation == "删除"
    assert cli[("cli", "Never done", "")].state == "obsolete"
    assert cli[("cli", "Back again", "")].state is None
    # Two other contexts disagree on "Open": no suggestion. "Total" has one: suggested.
    assert cli[("cli", "Open", "")].state == "unfinished" and cli[("cli", "Open", "")].translation == ""
    assert cli[("cli", "Total", "")].state == "unfinished" and cli[("cli", "Total", "")].translation == "合计"
    # A new context goes to its module's area; a class in a collections module to ui_collections.
    ui = _read(translations, "ui_zh_CN.ts")
    assert set(ui) == {("InvoicesTab", "Open", ""), ("CustomersTab", "Open", ""), ("CustomersTab", "Brand new", "")}
    assert ui[("InvoicesTab", "Open", "")].state == "vanished"
    assert set(_read(translations, "ui_collections_zh_CN.ts")) == {("QueueModel", "Total", "")}
    assert "catalogs up to date" not in out.getvalue()

    before = {p.name: p.read_bytes() for p in translations.iterdir()}
    again = io.StringIO()
    assert i18n_extract.run(check=True, translations=translations, package=package, out=again) == 0
    assert i18n_extract.run(translations=translations, package=package, out=again) == 0
    assert {p.name: p.read_bytes() for p in translations.iterdir()} == before
    assert "catalogs up to date" in again.getvalue()


def test_a_new_count_is_suggested_the_words_of_its_old_plural_message(tmp_path):
    code = {"reports/table.py": '''
        from arapp.i18n import trn
        trn("reports", "{n} customer", "{n} customers", 3)
    '''}
    catalogs = {"reports_zh_CN.ts": [Message("reports", "{n} customers", forms=("{n} 个客户",))]}
    package, translations = _sample_tree(tmp_path, code, catalogs)
    assert i18n_extract.run(translations=translations, package=package, out=io.StringIO()) == 0
    messages = _read(translations, "reports_zh_CN.ts")
    new = messages[("reports", "{n} customer", "{n} customers")]
    assert new.numerus and new.state == "unfinished" and new.forms == ("{n} 个客户",)
    assert messages[("reports", "{n} customers", "")].state == "vanished"
    text = (translations / "reports_zh_CN.ts").read_text(encoding="utf-8")
    assert '<message numerus="yes">' in text and "<comment>{n} customers</comment>" in text


def test_an_existing_entry_stays_in_its_file_and_a_new_one_joins_its_context(tmp_path):
    code = {"services/collections.py": '''
        from arapp.i18n import tr
        tr("cli", "Old")
        tr("cli", "New")
        tr("names", "Mixed")
    '''}
    catalogs = {"cli_zh_CN.ts": [Message("cli", "Old", forms=("旧",))],
                "core_zh_CN.ts": [Message("names", "Mixed", forms=("混",))],
                "collections_zh_CN.ts": [Message("names", "Mixed", forms=("混",))]}
    package, translations = _sample_tree(tmp_path, code, catalogs)
    assert i18n_extract.run(translations=translations, package=package, out=io.StringIO()) == 0
    assert set(_read(translations, "cli_zh_CN.ts")) == {("cli", "Old", ""), ("cli", "New", "")}
    # a duplicate keeps the copy in its module's area and drops the other
    assert set(_read(translations, "collections_zh_CN.ts")) == {("names", "Mixed", "")}
    assert _read(translations, "core_zh_CN.ts") == {}
