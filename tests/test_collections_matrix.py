"""The ladder follows the seeds' matrix (issue #8), on small books, SQLite and PostgreSQL:
the age × amount matrix routes each task (a call or SMS reminder for a small young debt,
no letter; the credit manager's queue for a large old one and for every level whose
role is the manager's; a key debt under an extension watched, not paused); extension
requests reach the manager's queue; after the second failed attempt at the top levels
the task proposes a hand-over to legal, which the collector accepts; the seeds' list of
what fell due this month and is not received (当月该到未到); reasons for not paying on
contacts, reported per month; a run of the ladder for a day before the last one is
refused and writes nothing.

Dates are in 2026; the policy is the seeds' (threshold 10,000.00, short age 30 days).
"""

from __future__ import annotations

import datetime as dt
import os

import peewee
import pytest

from arapp import clock
from arapp.db import database, migrations
from arapp.db.database import db
from arapp.db.models import (
    AuditLog,
    CollectionTask,
    ContactLog,
    Customer,
    CustomerStatusEvent,
    LadderRun,
    User,
)
from arapp.errors import PermissionDenied, ValidationError
from arapp.reports import catalog
from arapp.reports import collections as rc
from arapp.services import collections as col
from arapp.services import customers, invoices, receipts
from arapp.services.context import Actor, acting_as

D = dt.date
MANAGER = Actor("wangjg", "manager")
COLLECTOR = Actor("liuyang", "collector")
OK = "test"
SMALL = 500_000          # 5,000.00
LARGE = 2_000_000        # 20,000.00


@pytest.fixture
def staff(ledger_db):
    return {
        "liuyang": User.create(username="liuyang", display_name="刘洋", role="collector"),
        "wangjg": User.create(username="wangjg", display_name="王建国", role="manager"),
    }


def customer(name: str, *, collector: User | None = None) -> str:
    return customers.create_customer(name=name, payment_terms_days=30, category="贸易客户",
                                     collector_id=collector.id if collector else None).code


def invoice(code: str, issue: dt.date, amount: int):
    res = invoices.create_invoice(code, issue, amount=amount, post=True, override_reason=OK)
    return res.invoice_id


def open_task(code: str) -> CollectionTask:
    found = list(CollectionTask.select().join(Customer).where(
        (Customer.code == code) & CollectionTask.status.in_(("open", "paused"))))
    assert len(found) == 1, found
    return found[0]


def row_of(code: str, on: dt.date, **kw):
    rows = [r for r in col.list_tasks(on, **kw) if r.customer_code == code]
    assert len(rows) == 1, rows
    return rows[0]


def counts() -> dict[str, int]:
    return {m.__name__: m.select().count()
            for m in (CollectionTask, ContactLog, CustomerStatusEvent, LadderRun, AuditLog)}


# ------------------------------------------------------------------------------ the matrix routes the work

def test_a_small_young_debt_gets_a_reminder_call_not_the_reminder_letter(staff):
    a = customer("小额新欠", collector=staff["liuyang"])
    invoice(a, D(2026, 1, 5), SMALL)                       # due 02-04
    col.generate_tasks(D(2026, 2, 10))                     # 6 days overdue: level 4, the reminder letter's
    t = open_task(a)
    assert (t.level_seq, t.procedure, t.action, t.letter_template) == (4, "reminder", "call", "")
    assert (t.role, t.assigned_to_id) == ("bookkeeper", staff["liuyang"].id)
    col.generate_tasks(D(2026, 3, 7))                      # 31 days: old, the general procedure up the ladder
    t = open_task(a)
    assert (t.level_seq, t.procedure, t.action, t.letter_template) == (5, "general", "visit", "payment_plan_letter")


def test_a_large_old_debt_is_led_by_the_credit_manager_from_the_managers_queue(staff):
    big = customer("大额久欠", collector=staff["liuyang"])
    invoice(big, D(2026, 1, 1), LARGE)                     # due 01-31
    col.generate_tasks(D(2026, 3, 4))                      # 32 days: old and large
    t = open_task(big)
    assert (t.level_seq, t.procedure, t.role, t.assigned_to_id) == (5, "key", "manager", None)
    with acting_as(MANAGER):
        assert [r.customer_code for r in col.list_tasks(D(2026, 3, 4), bucket="mine")] == [big]
        col.assign_task(t.id, "wangjg")                    # the credit manager takes it
    with acting_as(COLLECTOR):
        assert col.list_tasks(D(2026, 3, 4), bucket="mine") == []
    col.generate_tasks(D(2026, 4, 2))                      # 61 days: escalates, still the manager's
    t = open_task(big)
    assert (t.level_seq, t.procedure, t.role, t.assigned_to_id) == (6, "key", "manager", staff["wangjg"].id)
    col.generate_tasks(D(2026, 5, 2))                      # over 90: the lawyer's letter, led by the manager
    t = open_task(big)
    assert (t.level_seq, t.action, t.role, t.assigned_to_id) == (7, "legal", "manager", staff["wangjg"].id)


def test_a_level_whose_role_is_the_managers_puts_its_task_in_the_managers_queue(staff):
    small = customer("小额久欠", collector=staff["liuyang"])
    invoice(small, D(2026, 1, 5), SMALL)                   # due 02-04
    col.generate_tasks(D(2026, 4, 6))                      # 61 days: level 6, the manager's
    t = open_task(small)
    assert (t.level_seq, t.procedure, t.role, t.assigned_to_id) == (6, "general", "manager", None)
    with acting_as(MANAGER):
        assert [r.customer_code for r in col.list_tasks(D(2026, 4, 6), bucket="mine")] == [small]
        col.assign_task(t.id, "wangjg")
    col.generate_tasks(D(2026, 5, 6))                      # level 7 is legal's: back to the collector
    t = open_task(small)
    assert (t.level_seq, t.role, t.assigned_to_id) == (7, "legal", staff["liuyang"].id)
    # a task added by hand follows the same rule
    other = customer("手工任务", collector=staff["liuyang"])
    invoice(other, D(2026, 3, 1), SMALL)                   # due 03-31
    res = col.create_task(other, on=D(2026, 5, 6), level_seq=6)
    assert (CollectionTask.get_by_id(res.task_id).role, CollectionTask.get_by_id(res.task_id).assigned_to_id) == (
        "manager", None)


def test_an_extension_request_goes_to_credit_approval_in_the_managers_queue(staff):
    big = customer("大额新欠", collector=staff["liuyang"])
    inv = invoice(big, D(2026, 1, 5), LARGE)               # due 02-04
    col.generate_tasks(D(2026, 2, 5))                      # young and large: the key procedure
    assert (open_task(big).procedure, open_task(big).assigned_to_id) == ("key", staff["liuyang"].id)
    with acting_as(MANAGER):
        assert col.list_tasks(D(2026, 2, 5), bucket="mine") == []
    with acting_as(COLLECTOR):
        req = col.request_extension(inv, D(2026, 3, 31), "客户资金周转", on=D(2026, 2, 5))
        assert row_of(big, D(2026, 2, 5)).pending_extensions == 1
        with pytest.raises(PermissionDenied):
            col.decide_extension(req.request_id, True, on=D(2026, 2, 5))
    with acting_as(MANAGER):
        mine = col.list_tasks(D(2026, 2, 5), bucket="mine")
        assert [(r.customer_code, r.pending_extensions) for r in mine] == [(big, 1)]
        col.decide_extension(req.request_id, True, on=D(2026, 2, 6))
        assert col.list_tasks(D(2026, 2, 6), bucket="mine") == []


def test_a_key_debt_under_an_approved_extension_is_watched_closely_not_paused(staff):
    big = customer("大额延期", collector=staff["liuyang"])
    small = customer("小额延期", collector=staff["liuyang"])
    big_inv, small_inv = invoice(big, D(2026, 1, 5), LARGE), invoice(small, D(2026, 1, 5), SMALL)   # due 02-04
    col.generate_tasks(D(2026, 2, 5))
    with acting_as(MANAGER):
        for inv in (big_inv, small_inv):
            req = col.request_extension(inv, D(2026, 3, 31), "客户资金周转", on=D(2026, 2, 5))
            col.decide_extension(req.request_id, True, on=D(2026, 2, 6))
    watched, paused = open_task(big), open_task(small)
    assert (watched.status, watched.hold_reason, watched.follow_up_on) == ("open", "extension", D(2026, 2, 13))
    assert (paused.status, paused.hold_reason) == ("paused", "extension")
    row = row_of(big, D(2026, 2, 13))
    assert row.watched and row.bucket(D(2026, 2, 13)) == "today"
    res = col.generate_tasks(D(2026, 2, 7))                # a watched task stands: nothing to write
    assert (res.watched, res.paused, res.created) == (0, 0, 0)
    res = col.generate_tasks(D(2026, 3, 26))               # the new due date comes within reach
    t = open_task(big)
    assert (t.anchor, t.level_seq, t.procedure, t.hold_reason) == (D(2026, 3, 31), 1, "key", "")


# ------------------------------------------------------------------------------ legal after two failed attempts

def test_after_the_second_failed_attempt_at_the_top_the_task_proposes_legal_and_the_collector_accepts(staff):
    a = customer("屡催不付", collector=staff["liuyang"])
    b = customer("尚在中段", collector=staff["liuyang"])
    invoice(a, D(2026, 1, 1), SMALL)                       # due 01-31: over 90 days by 05-05
    invoice(b, D(2026, 2, 20), SMALL)                      # due 03-22: level 5 on 05-05
    on = D(2026, 5, 5)
    col.generate_tasks(on)
    assert (open_task(a).level_seq, open_task(b).level_seq) == (7, 5)
    with acting_as(COLLECTOR):
        col.log_contact(b, "call", "催款", at=dt.datetime(2026, 5, 5, 9), reason="refuses")
        col.log_contact(b, "call", "再催", at=dt.datetime(2026, 5, 5, 10), reason="refuses")
        col.log_contact(a, "call", "催款，客户拒付", at=dt.datetime(2026, 5, 5, 9), reason="refuses")
        first = row_of(a, on)
        assert (first.failed_attempts, first.proposal) == (1, "")
        before = counts()
        with pytest.raises(ValidationError, match="does not propose"):
            col.accept_legal_proposal(first.task_id, on=on)
        assert counts() == before
        col.log_contact(a, "visit", "上门，仍不付", at=dt.datetime(2026, 5, 5, 15), reason="no_funds")
        second = row_of(a, on)
        assert (second.failed_attempts, second.proposal) == (2, "legal")
        assert row_of(b, on).proposal == ""                # below the top levels, contacts do not count
        res = col.accept_legal_proposal(second.task_id, "两次催收未果", on=on)
    assert (res.status, res.customer_status) == ("legal", "legal")
    event = CustomerStatusEvent.get(CustomerStatusEvent.id == res.event_ids[0])
    assert event.username == "liuyang" and "2" in event.reason and "两次催收未果" in event.reason
    t = open_task(a)
    assert (t.status, t.hold_reason) == ("paused", "legal")
    assert [r.customer_code for r in col.list_tasks(on)] == [b]


def test_the_policy_sets_how_many_failed_attempts_propose_legal(staff):
    pol = rc.get_policy(None)
    levels = [col.LevelInput(lv.start_day, lv.action, lv.tone, lv.role, lv.letter_template, lv.description)
              for lv in pol.levels]
    with pytest.raises(ValidationError, match="0 to 20"):
        col.save_policy("default", levels, legal_after_attempts=21)
    col.save_policy("default", levels, legal_after_attempts=3)
    assert rc.get_policy(None).legal_after_attempts == 3
    a = customer("三次为限", collector=staff["liuyang"])
    invoice(a, D(2026, 1, 1), SMALL)
    col.generate_tasks(D(2026, 5, 5))
    for hour in (9, 10):
        col.log_contact(a, "call", "催款", at=dt.datetime(2026, 5, 5, hour))
    assert row_of(a, D(2026, 5, 5)).proposal == ""
    col.log_contact(a, "call", "催款", at=dt.datetime(2026, 5, 5, 11))
    assert row_of(a, D(2026, 5, 5)).proposal == "legal"
    col.save_policy("default", levels, legal_after_attempts=0)          # never
    assert row_of(a, D(2026, 5, 5)).proposal == ""


# ------------------------------------------------------------------------------ due this month, not received

def test_the_due_this_month_bucket_lists_what_fell_due_this_month_and_is_not_received(staff):
    this_month = customer("本月到期")
    part_paid = customer("本月部分收款")
    last_month = customer("上月到期")
    not_yet = customer("月底到期")
    invoice(this_month, D(2026, 2, 3), 300_000)            # due 03-05
    invoice(part_paid, D(2026, 2, 8), 200_000)             # due 03-10
    invoice(last_month, D(2026, 1, 11), 100_000)           # due 02-10
    invoice(not_yet, D(2026, 2, 21), 100_000)              # due 03-23: in reach, not yet due
    receipts.record_receipt(part_paid, D(2026, 3, 12), 50_000)
    on = D(2026, 3, 20)
    col.generate_tasks(on)
    rows = col.list_tasks(on, bucket="due_this_month")
    assert {r.customer_code: r.due_this_month for r in rows} == {this_month: 300_000, part_paid: 150_000}
    assert len(col.list_tasks(on)) == 4
    assert col.list_tasks(D(2026, 4, 2), bucket="due_this_month") == []   # a new month: nothing fell due yet


def test_the_due_this_month_bucket_lists_every_customer_owing_it_paused_or_without_a_task(staff):
    """The seeds' list is every invoice due this month and not received: a customer whose
    task a promise pauses is in it, marked paused, and so is one with no task (its task
    done, or its invoice entered after the day's run); the amounts are the queue day's."""
    worked = customer("本月到期")
    promised = customer("本月承诺")
    done = customer("本月任务已完成")
    late_entry = customer("本月补录")
    for code in (worked, promised, done):
        invoice(code, D(2026, 2, 3), 300_000)              # due 03-05
    on = D(2026, 3, 20)
    col.generate_tasks(on)
    col.record_promise(promised, D(2026, 3, 25), 300_000, on=on)
    col.complete_task(open_task(done).id, "已电话提醒，客户说月底付", on=on)
    invoice(late_entry, D(2026, 2, 8), 100_000)            # due 03-10, entered after the run
    receipts.record_receipt(worked, D(2026, 3, 25), 100_000)   # after the queue's day

    rows = {r.customer_code: r for r in col.list_tasks(on, bucket="due_this_month")}
    assert {code: r.due_this_month for code, r in rows.items()} == {
        worked: 300_000, promised: 300_000, done: 300_000, late_entry: 100_000}
    assert (rows[worked].status, rows[promised].status) == ("open", "paused")
    assert rows[promised].hold_reason == "promise"
    assert rows[done].task_id is None and rows[late_entry].task_id is None
    assert rows[done].status == rows[late_entry].status == ""
    assert rows[done].amount_open == 300_000 and rows[done].customer_name == "本月任务已完成"
    assert rows[promised].note_text == "Paused (Promise to pay in force)"     # tests run in English
    assert rows[done].note_text == rows[late_entry].note_text == "No collection task"
    # the other buckets still list open tasks only
    assert {r.customer_code for r in col.list_tasks(on)} == {worked}
    only_mine = col.list_tasks(on, bucket="due_this_month", collector="liuyang")
    assert only_mine == []                                 # nobody's customer is liuyang's


# ------------------------------------------------------------------------------ reasons for not paying

def test_a_contact_records_why_the_customer_has_not_paid_and_the_month_reports_it(staff):
    a, b = customer("质量异议", collector=staff["liuyang"]), customer("没钱")
    invoice(a, D(2026, 1, 5), SMALL)
    invoice(b, D(2026, 1, 5), SMALL)
    col.generate_tasks(D(2026, 2, 10))
    col.log_contact(a, "call", "说货有问题", at=dt.datetime(2026, 2, 10, 9), reason="disputed_quality")
    col.log_contact(a, "call", "仍说有问题", at=dt.datetime(2026, 2, 27, 9), reason="disputed_quality")
    col.log_contact(b, "call", "账上没钱", at=dt.datetime(2026, 2, 28, 23, 59), reason="no_funds")
    col.log_contact(b, "sms", "已发短信", at=dt.datetime(2026, 2, 11, 9))
    col.log_contact(b, "call", "三月再催", at=dt.datetime(2026, 3, 1, 0, 0), reason="refuses")
    before = counts()
    with pytest.raises(ValidationError, match="bogus"):
        col.log_contact(a, "call", "x", reason="bogus")
    assert counts() == before
    # The database refuses a code it does not know (its CHECK; a guard on inserts no service
    # made may refuse it first): tests/db/test_schema_matches_models holds the CHECK list.
    with pytest.raises(peewee.DatabaseError), db.atomic():
        db.execute_sql("INSERT INTO contact_log (at, customer_id, method, summary, username, created_at, reason) "
                       "VALUES ('2026-02-01 09:00:00', 1, 'call', 'x', 'u', '2026-02-01 09:00:00', 'bogus')")
    detail = rc.customer_collection_detail(a, D(2026, 2, 28))
    assert [c.reason for c in detail.contacts] == ["disputed_quality", "disputed_quality"]
    feb = rc.nonpayment_reasons("2026-02")
    assert {r.reason: (r.contacts, r.customers) for r in feb.rows if r.contacts} == {
        "disputed_quality": (2, 1), "no_funds": (1, 1)}
    assert (feb.contacts_with_reason, feb.without_reason, feb.customers) == (3, 1, 2)
    assert [r.reason for r in feb.rows] == ["disputed_quality", "no_funds", "awaiting_approval", "unreachable",
                                            "refuses"]
    table = rc.nonpayment_reasons_table("2026-02", company="公司")
    assert [row[1] for row in table.rows] == [2, 1, 0, 0, 0] and table.totals[1] == 3
    assert str(round(table.rows[0][3], 4)) == "0.6667"
    march = catalog.build_report("nonpayment-reasons", month="2026-03")[0]
    assert [row[1] for row in march.rows] == [0, 0, 0, 0, 1]


# ------------------------------------------------------------------------------ a run for a day gone by

def test_a_run_for_a_day_before_the_last_run_is_refused_and_writes_nothing(staff):
    a = customer("十一月到期", collector=staff["liuyang"])
    invoice(a, D(2026, 10, 20), SMALL)                     # due 11-19: in reach from 11-14
    col.generate_tasks(D(2026, 11, 18))
    assert open_task(a).status == "open"
    before = counts()
    with pytest.raises(ValidationError, match="already ran for 2026-11-18") as refused:
        col.generate_tasks(D(2026, 10, 31))                # would close the task: nothing is in reach then
    assert "2026-10-31" in refused.value.message and refused.value.field == "on"
    with pytest.raises(ValidationError, match="already ran for 2026-11-18"):
        col.refresh_customer(a, D(2026, 10, 31))
    assert counts() == before and open_task(a).status == "open"
    col.generate_tasks(D(2026, 11, 18))                    # the same day again, and later days, still run
    col.generate_tasks(D(2026, 11, 19))
    assert [r.run_on for r in LadderRun.select().order_by(LadderRun.id)] == [D(2026, 11, 18), D(2026, 11, 19)]
    with pytest.raises(ValidationError):
        col.generate_tasks(D(2026, 11, 18))


def test_a_run_for_a_day_after_today_is_refused_and_does_not_block_today(staff):
    a = customer("明天", collector=staff["liuyang"])
    invoice(a, D(2026, 10, 20), SMALL)
    clock.set(D(2026, 11, 18))
    before = counts()
    with pytest.raises(ValidationError, match="2026-11-19") as refused:
        col.generate_tasks(D(2026, 11, 19))
    assert "2026-11-18" in refused.value.message and refused.value.field == "on"
    with pytest.raises(ValidationError, match="2026-11-19"):
        col.refresh_customer(a, D(2026, 11, 19))
    assert counts() == before and LadderRun.select().count() == 0
    col.generate_tasks()                                   # today's run is not blocked
    assert [r.run_on for r in LadderRun.select()] == [D(2026, 11, 18)]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def books_before_step_7(request, tmp_path):
    """The target of books made before step 7 (emptied first on PostgreSQL)."""
    if request.param == "postgres":
        url = os.environ.get("ARAPP_TEST_PG_URL")
        if not url:
            pytest.skip("ARAPP_TEST_PG_URL is not set")
        fresh = database.make_database(url)
        fresh.connect()
        try:
            fresh.execute_sql("DROP SCHEMA public CASCADE")
            fresh.execute_sql("CREATE SCHEMA public")
        finally:
            fresh.close()
        return url
    return str(tmp_path / "old.sqlite3")


def test_the_runs_the_audit_log_recorded_before_the_upgrade_are_the_last_run(books_before_step_7):
    old = database.make_database(books_before_step_7)
    old.connect()
    try:
        migrations.migrate(old, target=5)     # the ladder's runs were in the audit log then
        old.execute_sql("INSERT INTO audit_log (at, username, action, entity, entity_id, after_json) VALUES "
                        "('2026-12-03 08:00:00', 'admin', 'generate', 'collection_task', '2026-12-03', '{}')")
        old.execute_sql("INSERT INTO audit_log (at, username, action, entity, entity_id, after_json) VALUES "
                        "('2026-12-03 08:00:00', 'admin', 'refresh', 'collection_task', '7', '{}')")
        migrations.migrate(old)
        assert [(str(d), u) for d, u in old.execute_sql("SELECT run_on, username FROM ladder_run").fetchall()] == [
            ("2026-12-03", "admin")]
    finally:
        old.close()
    database.open_database(books_before_step_7)
    try:
        with pytest.raises(ValidationError, match="already ran for 2026-12-03"):
            col.generate_tasks(D(2026, 10, 31))
    finally:
        database.close_database()
