"""The ladder's matrix in the Collections tab (issue #8), in Chinese: the due-this-month
bucket (当月该到未到) with the names' word and the same figure as the terminal; a large
old debt in the managers' queue; the proposal of a hand-over to legal in the queue and
the file, accepted by the collector; the reason for not paying chosen in the contact
dialog; the month's reasons for not paying from the tab, exported to Excel; the policy's
failed attempts before legal in the policy editor."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from arapp import i18n, names
from arapp.db.models import User
from arapp.reports import collections as rc
from arapp.services import collections as svc
from arapp.services.context import Actor, acting_as
from arapp.ui.models.collections import QueueModel
from arapp.ui.tabs.collections import CollectionsTab

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
FIRST = TODAY.replace(day=1)
COLLECTOR = Actor("liuyang", "collector")


def invoice(customer_id: int, amount: int, due: dt.date) -> int:
    from arapp.services.invoices import create_invoice

    return create_invoice(customer_id, due - 15 * DAY, due_date=due, amount=amount, description="服务费", post=True,
                          override_reason="test").invoice_id


def zh(word, code: str) -> str:
    """A code's word in Chinese (the window's language in these tests)."""
    assert i18n.language() == "zh_CN"
    return word(code)


@pytest.fixture
def matrix_books(books):
    """三笔欠款: 本月到期 (5,000.00 due on the 1st of this month), 久欠大户 (20,000.00 over 120
    days, old and large), 屡催不付 (500.00 over 120 days, at the top of the ladder)."""
    staff = {u: User.create(username=u, display_name=n, role=r)
             for u, n, r in (("liuyang", "刘洋", "collector"), ("wangjg", "王建国", "manager"))}
    ids = {}
    for key, name, amount, due in (("month", "本月到期公司", 500_000, FIRST),
                                   ("big", "久欠大户公司", 2_000_000, TODAY - 120 * DAY),
                                   ("top", "屡催不付公司", 50_000, TODAY - 121 * DAY)):
        ids[key] = books.customer(name, payment_terms_days=0, category="贸易客户", collector_id=staff["liuyang"].id)
        invoice(ids[key], amount, due)
    svc.generate_tasks(TODAY)
    return ids


def shown_tab(runner, qtbot) -> CollectionsTab:
    w = CollectionsTab(runner)
    qtbot.addWidget(w)
    w.resize(1280, 700)
    with qtbot.waitSignal(w.detailLoaded, timeout=10000):
        w.show()
    return w


def cell(model, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, QueueModel.KEYS.index(key)), role)


def test_the_due_this_month_bucket_shows_the_names_word_and_the_terminals_figure(matrix_books, runner, qtbot):
    w = shown_tab(runner, qtbot)
    button = w.bucket_buttons["due_this_month"]
    assert button.text() == zh(names.queue_bucket, "due_this_month") == "当月该到未到"
    column = QueueModel.KEYS.index("due_this_month")
    assert w.table.isColumnHidden(column)
    with qtbot.waitSignal(w.queueLoaded, timeout=10000) as sig:
        button.click()
    rows = sig.args[0]
    assert [r.customer_id for r in rows] == [matrix_books["month"]]
    assert rows == svc.list_tasks(TODAY, bucket="due_this_month")       # what `tasks list --bucket` prints
    assert not w.table.isColumnHidden(column) and cell(w.model, 0, "due_this_month") == "5,000.00"
    assert "当月该到未到：¥5,000.00" in w.summary.text()


def test_the_due_this_month_bucket_shows_a_paused_task_as_paused_and_a_customer_without_a_task(
        matrix_books, books, runner, qtbot):
    """The seeds' list is every invoice due this month not received: the customer whose
    task a promise pauses reads 暂停（…）; one with no task reads — for its level and
    无催收任务, and a click on it opens its file; the figures are the terminal's."""
    from PySide6.QtTest import QTest

    month = matrix_books["month"]
    svc.record_promise(month, TODAY + 5 * DAY, 500_000, on=TODAY)
    late = books.customer("月中补录公司", payment_terms_days=0)
    invoice(late, 30_000, FIRST)                      # entered after the day's run: no task
    w = shown_tab(runner, qtbot)
    with qtbot.waitSignal(w.queueLoaded, timeout=10000) as sig:
        QTest.mouseClick(w.bucket_buttons["due_this_month"], Qt.MouseButton.LeftButton)
    rows = sig.args[0]
    assert {r.customer_id for r in rows} == {month, late}
    assert rows == svc.list_tasks(TODAY, bucket="due_this_month")       # what `tasks list --bucket` prints
    paused = w.model.row_for_customer(month)
    assert cell(w.model, paused, "note") == names.with_note(zh(names.task_status, "paused"),
                                                            zh(names.hold_reason, "promise"))
    assert cell(w.model, paused, "note").startswith("暂停（")
    untasked = w.model.row_for_customer(late)
    assert cell(w.model, untasked, "level") == "—" and cell(w.model, untasked, "note") == "无催收任务"
    assert cell(w.model, untasked, "due_this_month") == "300.00"
    assert "当月该到未到：¥5,300.00" in w.summary.text()
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=10000)
    index = w.model.index(untasked, QueueModel.KEYS.index("customer"))
    QTest.mouseClick(w.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     w.table.visualRect(index).center())
    qtbot.waitUntil(lambda: w.detail is not None and w.detail.customer_id == late, timeout=10000)
    assert w.detail.current_task is None and w.pane.isVisible()
    index = w.model.index(paused, QueueModel.KEYS.index("customer"))
    QTest.mouseClick(w.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     w.table.visualRect(index).center())
    qtbot.waitUntil(lambda: w.detail is not None and w.detail.customer_id == month, timeout=10000)
    assert w.pane.task_text.text().count("暂停（") == 1     # the file says the pause once


def test_a_large_old_debt_shows_in_the_managers_queue(matrix_books, runner, qtbot):
    w = shown_tab(runner, qtbot)
    row = w.model.row_for_customer(matrix_books["big"])
    task = w.model.row_at(row)
    assert (task.procedure, task.role, task.assigned_to) == ("key", "manager", "")
    assert cell(w.model, row, "collector") == f"({zh(names.responsible_role, 'manager')})" == "(财务负责人)"


def test_the_legal_proposal_shows_in_queue_and_file_and_the_collector_accepts_it(matrix_books, runner, qtbot, op,
                                                                                messages):
    top = matrix_books["top"]
    for hour in (9, 14):
        svc.log_contact(top, "call", "催款未果", at=dt.datetime.combine(TODAY, dt.time(hour)) - DAY,
                        reason="refuses")
    with acting_as(COLLECTOR):
        w = shown_tab(runner, qtbot)
        row = w.model.row_for_customer(top)
        proposal = zh(names.task_proposal, "legal")
        assert cell(w.model, row, "note") == proposal == "建议转交法务"
        assert "2" in cell(w.model, row, "note", Qt.ItemDataRole.ToolTipRole)
        assert f"{proposal}：1 个" in w.summary.text()
        w.show_customer(top)
        qtbot.waitUntil(lambda: w.detail is not None and w.detail.customer_id == top, timeout=10000)
        assert w.pane.alerts.text().startswith(proposal)
        assert w.pane.proposal_text.isVisibleTo(w.pane) and "2" in w.pane.proposal_text.text()
        button = w.actions.legal_button
        assert button.isVisibleTo(w) and button.isEnabled()
        dialog = w.actions.accept_legal()
        dialog.reason.setPlainText("两次催收未果")
        with qtbot.waitSignal(w.detailLoaded, timeout=10000):
            assert op(dialog.save).ok, dialog.error.text()
        assert messages.questions                                       # asked first
        assert [e.status for e in w.detail.statuses_in_force()] == ["legal"]
        assert w.detail.current_task.status == "paused" and not button.isVisibleTo(w)
        assert w.model.row_for_customer(top) < 0


def test_the_contact_dialog_records_why_the_customer_has_not_paid(matrix_books, runner, qtbot, op):
    w = shown_tab(runner, qtbot)
    w.show_customer(matrix_books["month"])
    qtbot.waitUntil(lambda: w.detail is not None and w.detail.customer_id == matrix_books["month"], timeout=10000)
    dialog = w.actions.log_contact()
    assert [dialog.reason.itemData(i) for i in range(dialog.reason.count())] == ["", "disputed_quality", "no_funds",
                                                                                "awaiting_approval", "unreachable",
                                                                                "refuses"]
    assert dialog.reason.itemText(2) == zh(names.nonpayment_reason, "no_funds")
    dialog.summary.setPlainText("电话催款，客户说账上没钱")
    dialog.reason.setCurrentIndex(dialog.reason.findData("no_funds"))
    with qtbot.waitSignal(w.detailLoaded, timeout=10000):
        assert op(dialog.save).ok, dialog.error.text()
    assert w.detail.contacts[0].reason == "no_funds"
    model = w.pane.models["contacts"]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert model.data(model.index(0, headers.index("未付款原因"))) == "资金不足"


def test_the_months_reasons_for_not_paying_from_the_tab_and_to_excel(matrix_books, runner, qtbot, tmp_path):
    from openpyxl import load_workbook

    svc.log_contact(matrix_books["big"], "visit", "客户说质量有问题", reason="disputed_quality")
    w = shown_tab(runner, qtbot)
    assert w.reports_button.menu().actions()[1].text() == "未付款原因…"
    dialog = w.open_reasons()
    with qtbot.waitSignal(dialog.loaded, timeout=10000) as sig:
        pass
    table = sig.args[0]
    assert table.rows == rc.nonpayment_reasons_table(TODAY.strftime("%Y-%m")).rows   # what the terminal prints
    assert table.rows[0][:3] == ["质量异议", 1, 1] and dialog.windowTitle() == "未付款原因"
    target = tmp_path / "reasons.xlsx"
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.export(str(target))
    assert "未付款原因" in str(load_workbook(target).active["A1"].value)
    dialog.close()


def test_the_policy_editor_sets_the_failed_attempts_before_legal(matrix_books, qtbot, op):
    from arapp.ui.dialogs.collection_policy import PolicyDialog

    dialog = PolicyDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.legal_after.value() == 2
    dialog.legal_after.setValue(3)
    assert op(dialog.save).ok, dialog.error.text()
    assert rc.get_policy(None).legal_after_attempts == 3
    dialog.legal_after.setValue(0)
    assert dialog.legal_after.text() == "从不"


def test_a_run_for_a_working_day_before_the_last_run_is_refused_with_a_clear_message(matrix_books, runner, qtbot,
                                                                                     messages):
    from PySide6.QtCore import QDate

    w = shown_tab(runner, qtbot)
    before = len(svc.list_tasks(TODAY))
    earlier = TODAY - 30 * DAY
    w.working_day.setDate(QDate(earlier.year, earlier.month, earlier.day))
    w.actions.generate()
    qtbot.waitUntil(lambda: not w.actions.generating(), timeout=10000)
    title, text = messages.errors[-1]
    assert title == "生成今日任务"
    assert f"催收流程已按 {TODAY.isoformat()} 运行过" in text and earlier.isoformat() in text
    assert len(svc.list_tasks(TODAY)) == before                       # nothing closed
