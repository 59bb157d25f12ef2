"""The Collections tab (#4): the day's run from the tab, the queue in priority order with
broken promises first, the customer's file beside it, the dialogs that log a contact,
record a promise, agree a plan and ask for an extension (refusals shown in the dialog,
nothing written), who may decide, the policy editor, collector performance to Excel,
and the tab's own Chinese catalog."""

from __future__ import annotations

import ast
import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from arapp.db.models import User
from arapp.services import collections as svc
from arapp.services.context import Actor, acting_as
from arapp.ui.models.collections import BROKEN_BACKGROUND, QueueModel
from arapp.ui.tabs.collections import CollectionsTab

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
MANAGER = Actor("wangjg", "manager")
COLLECTOR = Actor("liuyang", "collector")
ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "resources" / "translations" / "ui_collections_zh_CN.ts"
MY_FILES = ("tabs/collections/tab.py", "tabs/collections/detail.py", "tabs/collections/actions.py", "models/collections.py", "dialogs/collection.py",
            "dialogs/collection_policy.py", "dialogs/collector_performance.py", "dialogs/collection_reasons.py")


def invoice(customer_id: int, amount: int, due: dt.date) -> int:
    from arapp.services.invoices import create_invoice

    return create_invoice(customer_id, due - 15 * DAY, due_date=due, amount=amount, description="服务费", post=True,
                          override_reason="test").invoice_id


@pytest.fixture
def coll_books(books):
    """Two customers with overdue invoices: 锦程 owes more and longer than 张伟."""
    staff = {u: User.create(username=u, display_name=n, role=r)
             for u, n, r in (("liuyang", "刘洋", "collector"), ("wangjg", "王建国", "manager"))}
    a = books.customer("上海锦程贸易有限公司", payment_terms_days=0, category="贸易客户",
                       collector_id=staff["liuyang"].id)
    b = books.customer("张伟", payment_terms_days=0, category="业主")
    invoice(a, 100000, TODAY - 45 * DAY)
    invoice(a, 50000, TODAY - 10 * DAY)
    invoice(b, 20000, TODAY - 5 * DAY)
    return a, b


def shown_tab(runner, qtbot) -> CollectionsTab:
    w = CollectionsTab(runner)
    qtbot.addWidget(w)
    w.resize(1280, 700)
    with qtbot.waitSignal(w.queueLoaded, timeout=10000):
        w.show()
    return w


@pytest.fixture
def tab(coll_books, runner, qtbot):
    """The tab after today's run, with the first task's file loaded."""
    svc.generate_tasks(TODAY)
    w = CollectionsTab(runner)
    qtbot.addWidget(w)
    w.resize(1280, 700)
    with qtbot.waitSignal(w.detailLoaded, timeout=10000):
        w.show()
    return w


def reload_detail(tab, qtbot) -> None:
    with qtbot.waitSignal(tab.detailLoaded, timeout=10000):
        tab.load_detail()


def cell(model, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, QueueModel.KEYS.index(key)), role)


# --------------------------------------------------------------------------- the queue

def test_generating_from_the_tab_fills_the_queue_and_reports_the_counts(coll_books, runner, qtbot):
    a, b = coll_books
    w = shown_tab(runner, qtbot)
    assert w.model.rowCount() == 0
    assert "没有任务" in w.summary.text()
    said = []
    w.actMessage.connect(said.append)
    with qtbot.waitSignal(w.actions.tasksGenerated, timeout=10000) as sig, \
            qtbot.waitSignal(w.detailLoaded, timeout=10000):
        w.actions.generate_button.click()
    res = sig.args[0]
    assert res.created == 2 and res.on == TODAY
    assert "新建 2 个" in said[-1]
    m = w.model
    assert m.rowCount() == 2
    assert m.row_at(0).customer_id == a                    # more overdue for longer: first
    assert cell(m, 0, "overdue") == "1,500.00"
    assert cell(m, 0, "overdue", Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    assert cell(m, 0, "collector") == "刘洋"
    assert m.headerData(0, Qt.Orientation.Horizontal) == "客户"
    assert "共 2 个任务" in w.summary.text()
    assert w.detail.customer_id == a and len(w.detail.open_items) == 2
    assert w.pane.title.text().endswith("上海锦程贸易有限公司")
    with qtbot.waitSignal(w.actions.tasksGenerated, timeout=10000) as sig:
        w.actions.generate()                                         # the same day again: nothing new
    assert sig.args[0].created == 0


def test_buckets_and_filters_narrow_the_queue(tab, qtbot, coll_books):
    a, b = coll_books
    with qtbot.waitSignal(tab.queueLoaded, timeout=10000) as sig:
        tab.collector.setCurrentIndex(tab.collector.findData("liuyang"))
    assert [r.customer_id for r in sig.args[0]] == [a]
    with qtbot.waitSignal(tab.queueLoaded, timeout=10000) as sig:
        tab.collector.setCurrentIndex(0)
        tab.set_bucket("upcoming")
    assert sig.args[0] == []
    with qtbot.waitSignal(tab.queueLoaded, timeout=10000) as sig:
        tab.set_bucket("today")
        tab.min_amount.setText("500")
        tab.min_amount.editingFinished.emit()
    assert [r.customer_id for r in sig.args[0]] == [a]


def test_broken_promises_come_first_and_are_marked(coll_books, runner, qtbot):
    a, b = coll_books
    svc.generate_tasks(TODAY - 4 * DAY)
    svc.record_promise(b, TODAY - 2 * DAY, 20000, on=TODAY - 4 * DAY)      # 张伟 does not pay
    svc.generate_tasks(TODAY)                                              # the promise is broken
    w = shown_tab(runner, qtbot)
    m = w.model
    assert [r.customer_id for r in m.rows] == [b, a]      # less money, but a broken promise
    assert m.row_at(0).broken_promises == 1
    assert cell(m, 0, "broken") == "1"
    assert cell(m, 0, "customer", Qt.ItemDataRole.BackgroundRole).color() == BROKEN_BACKGROUND
    assert cell(m, 1, "customer", Qt.ItemDataRole.BackgroundRole) is None
    assert "承诺违约" in w.summary.text()
    m.sort(QueueModel.KEYS.index("overdue"), Qt.SortOrder.DescendingOrder)
    assert m.row_at(0).customer_id == a
    m.sort(-1)                                             # the indicator cleared: priority again
    assert m.row_at(0).customer_id == b


# --------------------------------------------------------------------------- contacts and promises

def test_logging_a_contact_from_the_dialog_shows_it_in_the_file(tab, qtbot, coll_books, op):
    a, _b = coll_books
    assert tab.actions.contact_button.isEnabled()
    changed = []
    tab.ops.changed.connect(changed.append)
    dialog = tab.actions.log_contact()
    assert not op(dialog.save).ok                          # nothing said: refused, nothing written
    assert "沟通内容" in dialog.error.text() and dialog.error.isVisible()
    assert dialog.summary.property("invalid")
    dialog.method.setCurrentIndex(dialog.method.findData("call"))
    dialog.person.setEditText("王经理")
    dialog.summary.setPlainText("电话提醒两张逾期应收单，共 1,500.00 元")
    dialog.answer.setPlainText("月底前付款")
    dialog.follow_up.setChecked(True)
    dialog.next_date.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(3))
    with qtbot.waitSignal(tab.detailLoaded, timeout=10000):
        assert dialog.save()
    contact = tab.detail.contacts[0]
    assert (contact.summary, contact.person, contact.answer) == ("电话提醒两张逾期应收单，共 1,500.00 元", "王经理",
                                                                "月底前付款")
    model = tab.pane.models["contacts"]
    assert model.rowCount() == 1 and model.data(model.index(0, 1)) == "电话"
    assert tab.pane.pages.tabText(1) == "联系记录 (1)"
    assert tab.detail.current_task.follow_up_on == TODAY + 3 * DAY
    assert [c.ids("collection") for c in changed] == [{a}]
    assert "已记录联系" in dialog.message


def test_a_promise_in_the_past_is_refused_and_a_good_one_is_shown(tab, qtbot, coll_books, op):
    a, _b = coll_books
    dialog = tab.actions.record_promise()
    dialog.date.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-1))
    dialog.amount.setText("500")
    assert not op(dialog.save).ok
    assert "已经过去" in dialog.error.text() and dialog.error.isVisible()
    assert dialog.date.property("invalid") and not dialog.amount.property("invalid")
    assert tab.detail.promises == []                      # nothing written
    dialog.date.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(7))
    dialog.amount.setText("0")
    assert not op(dialog.save).ok
    assert dialog.amount.property("invalid")
    dialog.amount.setText("500")
    with qtbot.waitSignal(tab.detailLoaded, timeout=10000):
        assert dialog.save()
    d = tab.detail
    assert d.customer_id == a                             # still shown, though its task now waits
    assert d.open_promise.amount == 50000 and d.open_promise.promised_date == TODAY + 7 * DAY
    assert d.current_task.status == "paused"
    assert tab.model.row_for_customer(a) < 0              # not in the open queue while the promise runs
    assert tab.pane.figure_values["promise"].text().endswith("¥500.00")
    assert tab.pane.models["promises"].rowCount() == 1


# --------------------------------------------------------------------------- plans and extensions

def test_a_plan_that_does_not_add_up_is_refused(tab, qtbot, coll_books, op):
    assert tab.actions.plan_button.isEnabled()
    dialog = tab.actions.start_plan()
    assert dialog.owed == 150000 and dialog.table.rowCount() == 3
    assert dialog.update_difference() == 0
    dialog.set_amount(0, "100.00")
    assert dialog.update_difference() == 10000 - 50000
    assert "还差" in dialog.difference.text()
    assert not op(dialog.save).ok
    assert "1,500.00" in dialog.error.text()
    assert tab.detail.plans == []
    dialog.count.setValue(4)
    assert dialog.propose() and dialog.table.rowCount() == 4 and dialog.update_difference() == 0
    with qtbot.waitSignal(tab.detailLoaded, timeout=10000):
        assert dialog.save()
    plan = tab.detail.active_plan
    assert plan.total == 150000 and [i.amount for i in plan.instalments] == [37500] * 4
    assert tab.pane.models["plans"].rowCount() == 4
    assert not tab.actions.plan_button.isEnabled()                # one active plan at a time


def test_a_collector_asks_for_an_extension_and_only_a_manager_decides(tab, qtbot, coll_books, messages, op):
    with acting_as(COLLECTOR):
        tab.actions.update_buttons()
        assert tab.actions.extension_button.isEnabled() and not tab.actions.status_button.isEnabled()
        dialog = tab.actions.request_extension()
        first = dialog.detail.open_items[0]
        dialog.invoice.setCurrentIndex(dialog.invoice.findData(first.invoice_id))
        dialog.new_due.setDate(QDate(first.due_date.year, first.due_date.month, first.due_date.day).addDays(-1))
        dialog.reason.setPlainText("客户资金周转困难")
        assert not op(dialog.save).ok
        assert "必须晚于当前到期日" in dialog.error.text()
        dialog.new_due.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(20))
        with qtbot.waitSignal(tab.detailLoaded, timeout=10000):
            assert dialog.save()
        assert tab.detail.extensions[0].status == "pending"
        assert "1 个延期申请待审批" in tab.pane.alerts.text()
        assert not tab.actions.approve_button.isEnabled() and not tab.actions.refuse_button.isEnabled()
        refused = op(tab.actions.approve_extension, ops=tab.ops)      # the service refuses a collector
        assert not refused.ok and messages.errors[-1][1] == refused.error.message
        assert tab.detail.extensions[0].status == "pending"
    with acting_as(MANAGER):
        tab.actions.update_buttons()
        assert tab.actions.approve_button.isEnabled() and tab.actions.refuse_button.isEnabled()
        with qtbot.waitSignal(tab.detailLoaded, timeout=10000):
            assert tab.actions.approve_extension()
    assert messages.questions                             # asked first
    ext = tab.detail.extensions[0]
    assert ext.status == "approved" and ext.decided_by == "wangjg"
    item = next(i for i in tab.detail.open_items if i.invoice_id == first.invoice_id)
    assert item.effective_due == TODAY + 20 * DAY and item.days_overdue == 0


def test_hand_over_needs_a_manager_a_reason_and_a_yes(tab, qtbot, coll_books, messages, op):
    a, _b = coll_books
    with acting_as(COLLECTOR):
        tab.actions.update_buttons()
        assert not tab.actions.status_actions["legal"].isEnabled()
    with acting_as(MANAGER):
        tab.actions.update_buttons()
        assert tab.actions.status_actions["blacklisted"].isEnabled()
        assert not tab.actions.status_actions["resume"].isEnabled()
        dialog = tab.actions.change_status("blacklisted")
        assert not op(dialog.save).ok                     # no reason
        assert "原因" in dialog.error.text()
        dialog.reason.setPlainText("多次承诺违约")
        messages.answer_yes = False
        assert not dialog.save()                          # the user said no: nothing written
        assert tab.detail.status_events == []
        messages.answer_yes = True
        with qtbot.waitSignal(tab.detailLoaded, timeout=10000):
            assert dialog.save()
        assert tab.detail.customer_status == "blacklisted"
        assert "黑名单" in tab.pane.alerts.text()
        assert tab.actions.status_actions["resume"].isEnabled() and not tab.actions.status_actions["blacklisted"].isEnabled()


def test_escalate_and_complete(tab, qtbot):
    level = tab.detail.current_task.level_seq
    dialog = tab.actions.escalate()
    dialog.reason.setPlainText("客户不接电话")
    with qtbot.waitSignal(tab.detailLoaded, timeout=10000):
        assert dialog.save()
    assert tab.detail.current_task.level_seq == level + 1
    dialog = tab.actions.complete()
    dialog.reason.setPlainText("已发催款函")
    with qtbot.waitSignal(tab.detailLoaded, timeout=10000):
        assert dialog.save()
    assert tab.detail.current_task is None and tab.detail.tasks[0].status == "done"
    assert not tab.actions.escalate_button.isEnabled()


# --------------------------------------------------------------------------- policies and performance

def test_policy_editor_refuses_start_days_that_do_not_increase(coll_books, qtbot, op):
    from arapp.reports.collections import list_policies
    from arapp.ui.dialogs.collection_policy import PolicyDialog

    dialog = PolicyDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.may_edit and dialog.levels.rowCount() == 7
    dialog.set_start_day(2, -10)                          # level 3 before level 2
    assert not op(dialog.save).ok
    assert "第 3 级" in dialog.error.text() and "递增" in dialog.error.text()
    assert list_policies()[0].levels[2].start_day == 0    # nothing written
    dialog.set_start_day(2, 0)
    dialog.new_policy()
    dialog.name.setText("标准催收流程")                    # the default's name: not overwritten by a new one
    assert not dialog.save() and "已有名为" in dialog.error.text()
    dialog.name.setText("业主催收")
    dialog.categories.setText("业主，租户")
    dialog.threshold.setText("5,000")
    assert op(dialog.save).ok, dialog.error.text()
    saved = next(p for p in list_policies() if p.name == "业主催收")
    assert saved.categories == ("业主", "租户") and saved.amount_threshold == 500000
    assert dialog.list.count() == 2
    with acting_as(COLLECTOR):
        reader = PolicyDialog(None)
        qtbot.addWidget(reader)
        assert not reader.may_edit and not reader.save_button.isEnabled() and reader.note.isVisibleTo(reader)


def test_collector_performance_shows_the_month_and_exports_excel(tab, qtbot, tmp_path):
    from openpyxl import load_workbook

    dialog = tab.open_performance()
    with qtbot.waitSignal(dialog.loaded, timeout=10000) as sig:
        pass
    table = sig.args[0]
    assert [r[0] for r in table.rows] == ["刘洋"]
    assert dialog.model.rowCount() == 2                   # the collector and the totals row
    target = tmp_path / "perf.xlsx"
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.export(str(target))
    ws = load_workbook(target).active
    assert "催收员考核" in str(ws["A1"].value)
    dialog.close()


def test_the_tab_speaks_english_after_switching(tab):
    from arapp.ui.translator import install_translators

    install_translators("en")
    tab.retranslate_ui()
    assert tab.actions.generate_button.text() == "Generate today's tasks"
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Customer"
    assert tab.pane.page_titles()["contacts"] == "Contacts"


# --------------------------------------------------------------------------- the catalog

PLACEHOLDER = re.compile(r"\{(\w*)\}")


def ui_strings() -> set[tuple[str, str]]:
    """(class, source) of self.tr("…") and of t("…") where t = self.tr, in the tab's files."""
    found = set()
    for name in MY_FILES:
        tree = ast.parse((ROOT / "arapp" / "ui" / name).read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for node in ast.walk(cls):
                if not isinstance(node, ast.Call):
                    continue
                args = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                f = node.func
                if len(args) == 1 and ((isinstance(f, ast.Attribute) and f.attr == "tr")
                                       or (isinstance(f, ast.Name) and f.id == "t")):
                    found.add((cls.name, args[0]))
    return found


def test_every_string_of_the_tab_is_in_its_catalog_under_its_own_context():
    catalog = {}
    for ctx in ET.parse(CATALOG).getroot().iter("context"):
        for msg in ctx.iter("message"):
            key = (ctx.findtext("name"), msg.findtext("source"))
            zh = "".join(msg.find("translation").itertext()).strip()  # a count's one numerusform too
            assert key not in catalog, f"duplicate {key}"
            assert zh and zh != key[1], key
            assert sorted(PLACEHOLDER.findall(key[1])) == sorted(PLACEHOLDER.findall(zh)), key
            catalog[key] = zh
    strings = ui_strings()
    assert len(strings) > 200
    missing = sorted(strings - set(catalog))
    assert not missing, "\n".join(f"{c}: {s!r}" for c, s in missing)
