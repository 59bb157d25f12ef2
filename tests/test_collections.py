"""The collection ladder (#4) on small books, day by day: tasks appear on the right days
at the right levels, promises are kept or broken, payments close tasks, extensions,
plans, disputes and hand-overs pause the dunning and it resumes; the queue, the
customer's file and collector performance; refusals write nothing; the contact log is
append-only in the database. SQLite, and PostgreSQL when available.

Dates are in 2026 (the past), so every "on" date is a working day already gone by.
"""

from __future__ import annotations

import datetime as dt

import peewee
import pytest

from arapp import clock, i18n
from arapp.db.database import db
from arapp.db.models import (
    AuditLog,
    CollectionPolicy,
    CollectionTask,
    ContactLog,
    Customer,
    CustomerStatusEvent,
    ExtensionRequest,
    Invoice,
    PaymentPlan,
    PlanInstalment,
    PromiseToPay,
    User,
)
from arapp.errors import NotFound, PermissionDenied, ValidationError
from arapp.reports import collections as rc
from arapp.services import collections as col
from arapp.services import credit, customers, invoices, receipts
from arapp.services.context import Actor, acting_as

D = dt.date
DAY = dt.timedelta(days=1)
MANAGER = Actor("wangjg", "manager")
COLLECTOR = Actor("liuyang", "collector")
OK = "test"


@pytest.fixture
def staff(ledger_db):
    return {
        "liuyang": User.create(username="liuyang", display_name="刘洋", role="collector"),
        "zhaolei": User.create(username="zhaolei", display_name="赵磊", role="collector"),
        "wangjg": User.create(username="wangjg", display_name="王建国", role="manager"),
        "lixm": User.create(username="lixm", display_name="李晓梅", role="bookkeeper"),
    }


def customer(name: str, *, terms: int = 30, category: str = "贸易客户", collector: User | None = None) -> str:
    return customers.create_customer(name=name, payment_terms_days=terms, category=category,
                                     collector_id=collector.id if collector else None).code


def invoice(code: str, issue: dt.date, amount: int) -> Invoice:
    res = invoices.create_invoice(code, issue, amount=amount, post=True, override_reason=OK)
    return Invoice.get_by_id(res.invoice_id)


def tasks_of(code: str, *statuses: str) -> list[CollectionTask]:
    q = CollectionTask.select().join(Customer).where(Customer.code == code).order_by(CollectionTask.id)
    if statuses:
        q = q.where(CollectionTask.status.in_(statuses))
    return list(q)


def open_task(code: str) -> CollectionTask:
    found = tasks_of(code, "open", "paused")
    assert len(found) == 1, found
    return found[0]


def counts() -> dict[str, int]:
    return {m.__name__: m.select().count() for m in (CollectionTask, ContactLog, PromiseToPay, ExtensionRequest,
                                                     PaymentPlan, PlanInstalment, CustomerStatusEvent, AuditLog)}


# ------------------------------------------------------------------------------ policy

def test_the_default_policy_is_the_seeds_ladder(ledger_db):
    pol = rc.get_policy()
    assert pol.is_default and pol.name == "default" and pol.amount_threshold == 1_000_000
    assert pol.short_age_days == 30 and pol.reach_days == 5
    assert [lv.start_day for lv in pol.levels] == [-5, -3, 0, 1, 31, 61, 91]
    assert [lv.role for lv in pol.levels] == ["bookkeeper", "bookkeeper", "manager", "bookkeeper", "collector",
                                              "manager", "legal"]
    assert [pol.level_for(d).seq if pol.level_for(d) else None for d in (-6, -5, -4, -3, 0, 1, 30, 31, 60, 61, 90,
                                                                         91, 900)] == [
        None, 1, 1, 2, 3, 4, 4, 5, 5, 6, 6, 7, 7]
    assert [pol.when_label(lv) for lv in pol.levels] == [
        "5 days before due", "3 days before due", "On the due date", "1-30 days overdue",
        "31-60 days overdue", "61-90 days overdue", "Over 90 days overdue"]
    assert pol.procedure_for(999_999, 30) == "reminder" and pol.procedure_for(999_999, 31) == "general"
    assert pol.procedure_for(1_000_000, 5) == "key" and pol.procedure_for(5_000_000, 200) == "key"
    assert pol.levels[6].letter_template == "lawyer_letter" and pol.levels[6].action == "legal"


def test_policies_are_validated_and_chosen_by_category(staff):
    levels = [col.LevelInput(0, "sms", "friendly", "bookkeeper"), col.LevelInput(15, "call", "firm", "collector"),
              col.LevelInput(60, "letter", "serious", "collector", "owner_notice")]
    before = counts()
    bad = [
        [col.LevelInput(0, "sms"), col.LevelInput(0, "call")],                       # not increasing
        [col.LevelInput(5, "sms"), col.LevelInput(1, "call")],
        [col.LevelInput(0, "fax")],                                                  # unknown action
        [col.LevelInput(0, "sms", role="janitor")],
        [col.LevelInput(0, "sms", tone="rude")],
        [col.LevelInput(k, "call") for k in range(13)],                              # too many
        [],
        [col.LevelInput(-61, "sms")],
    ]
    for ladder in bad:
        with pytest.raises(ValidationError):
            col.save_policy("业主", ladder, categories=["业主"])
    with acting_as(COLLECTOR), pytest.raises(PermissionDenied):
        col.save_policy("业主", levels, categories=["业主"])
    assert counts() == before
    res = col.save_policy("业主", levels, categories=["业主", "租户"], amount_threshold=200_000, short_age_days=90)
    assert (res.action, res.levels) == ("create", 3)
    with pytest.raises(ValidationError, match="already belongs"):
        col.save_policy("其他", levels, categories=["租户"])
    book = rc.policy_book()
    assert book.for_category("业主").name == "业主" and book.for_category("贸易客户").name == "default"
    owner = customer("业主张三", terms=0, category="业主")
    trader = customer("贸易公司", terms=0)
    invoice(owner, D(2026, 3, 1), 50000)
    invoice(trader, D(2026, 3, 1), 50000)
    col.generate_tasks(D(2026, 2, 26))            # −3: the default ladder has started, the owners' not yet
    assert tasks_of(owner) == [] and [t.level_seq for t in tasks_of(trader)] == [2]
    col.generate_tasks(D(2026, 3, 1))
    t = open_task(owner)
    assert (t.policy_name, t.level_seq, t.action, t.procedure) == ("业主", 1, "sms", "reminder")
    col.generate_tasks(D(2026, 3, 16))
    assert open_task(owner).level_seq == 2
    with pytest.raises(ValidationError):
        col.delete_policy("default")
    col.delete_policy("业主")
    assert open_task(owner).policy_id is None and open_task(owner).policy_name == "业主"
    assert CollectionPolicy.select().count() == 1


# ------------------------------------------------------------------------------ the ladder day by day

def test_tasks_appear_on_the_right_days_at_the_right_levels(staff):
    a = customer("杭州恒达贸易有限公司", collector=staff["liuyang"])
    inv = invoice(a, D(2026, 1, 5), 500000)                     # due 2026-02-04
    assert inv.due_date == D(2026, 2, 4)
    made: dict[dt.date, list[int]] = {}
    day = D(2026, 1, 25)
    while day <= D(2026, 5, 10):
        res = col.generate_tasks(day)
        again = col.generate_tasks(day)                          # idempotent: twice the same day
        assert (again.created, again.escalated, again.closed, again.superseded) == (0, 0, 0, 0)
        if res.created:
            made[day] = [t.level_seq for t in tasks_of(a) if t.created_on == day]
            assert res.escalated == (0 if day == D(2026, 1, 30) else 1)
        day += DAY
    assert made == {D(2026, 1, 30): [1], D(2026, 2, 1): [2], D(2026, 2, 4): [3], D(2026, 2, 5): [4],
                    D(2026, 3, 7): [5], D(2026, 4, 6): [6], D(2026, 5, 6): [7]}
    tasks = tasks_of(a)
    assert [t.status for t in tasks] == ["superseded"] * 6 + ["open"]
    assert [t.procedure for t in tasks] == ["reminder"] * 4 + ["general"] * 3     # 5,000.00 is a small amount
    assert [t.days_overdue for t in tasks] == [0, 0, 0, 1, 31, 61, 91]
    assert all(t.anchor == D(2026, 2, 4) and t.invoice_ids == str(inv.id) for t in tasks)
    # young and small: reminders by call or SMS, no letter, not the manager's; old: the ladder as it stands
    assert [(t.action, t.letter_template, t.role) for t in tasks] == [
        ("sms", "", "bookkeeper"), ("call", "", "bookkeeper"), ("call", "", "bookkeeper"), ("call", "", "bookkeeper"),
        ("visit", "payment_plan_letter", "collector"), ("visit", "final_demand", "manager"),
        ("legal", "lawyer_letter", "legal")]
    # the manager's level goes to the managers' queue; the others to the customer's collector
    assert [t.assigned_to_id for t in tasks] == [staff["liuyang"].id] * 5 + [None, staff["liuyang"].id]
    assert tasks[0].amount == 500000 and tasks[0].overdue_amount == 0 and tasks[4].overdue_amount == 500000
    # the queue: due today on the day it was made, overdue the day after
    assert [r.task_id for r in col.list_tasks(D(2026, 5, 6), bucket="today")] == [tasks[-1].id]
    assert col.list_tasks(D(2026, 5, 7), bucket="today") == []
    row = col.list_tasks(D(2026, 5, 7), bucket="overdue")[0]
    assert (row.level_seq, row.days_overdue, row.amount_overdue, row.priority) == (7, 92, 500000, 500000 * 92)
    # one audit record per run that changed something, none for the repeats
    assert AuditLog.select().where(AuditLog.action == "generate").count() == 7


def test_a_large_debt_follows_the_key_procedure_and_groups_the_invoices(staff):
    b = customer("宁波华信电子有限公司", terms=10)
    i1 = invoice(b, D(2026, 3, 1), 800000)        # due 03-11
    i2 = invoice(b, D(2026, 3, 10), 300000)       # due 03-20
    invoice(b, D(2026, 4, 1), 100000)             # due 04-11: out of reach on 03-16
    col.generate_tasks(D(2026, 3, 16))
    t = open_task(b)
    assert (t.level_seq, t.anchor, t.amount, t.overdue_amount, t.procedure) == (4, D(2026, 3, 11), 1100000, 800000,
                                                                                 "key")
    assert sorted(int(x) for x in t.invoice_ids.split(",")) == [i1.id, i2.id]


def test_a_broken_promise_escalates_the_next_day_and_a_kept_one_resumes_the_ladder(staff):
    a = customer("苏州金鼎实业有限公司", collector=staff["liuyang"])
    b = customer("南京瑞丰科技有限公司", collector=staff["liuyang"])
    invoice(a, D(2026, 1, 5), 500000)                          # due 02-04
    invoice(b, D(2026, 1, 5), 300000)                          # due 02-04
    col.generate_tasks(D(2026, 2, 5))
    assert open_task(a).level_seq == 4 and open_task(b).level_seq == 4
    with acting_as(COLLECTOR):
        c = col.log_contact(a, "call", "告知已逾期，客户称月底资金紧张", person="财务王经理",
                            answer="2月10日前先付2000元", next_step="到期后核对到账", next_date=D(2026, 2, 11),
                            at=dt.datetime(2026, 2, 6, 10, 30))
        pa = col.record_promise(a, D(2026, 2, 10), 200000, on=D(2026, 2, 6), contact=c.contact_id)
        pb = col.record_promise(b, D(2026, 2, 10), 100000, on=D(2026, 2, 6))
    assert c.task_id == open_task(a).id and c.follow_up_on == D(2026, 2, 11)
    assert pa.tasks.paused == 1 and open_task(a).status == "paused" and open_task(a).hold_reason == "promise"
    for day in (D(2026, 2, 7), D(2026, 2, 10)):
        res = col.generate_tasks(day)
        assert (res.created, res.skipped) == (0, 2)
    receipts.record_receipt(b, D(2026, 2, 9), 100000)          # b keeps its promise (in part of its debt)
    res = col.generate_tasks(D(2026, 2, 11))
    assert (res.promises_kept, res.promises_broken, res.created, res.escalated, res.resumed) == (1, 1, 1, 1, 1)
    assert PromiseToPay.get_by_id(pa.promise_id).status == "broken"
    assert PromiseToPay.get_by_id(pb.promise_id).received == 100000
    t = open_task(a)
    assert (t.level_seq, t.reason, t.status, t.due_on) == (5, "broken_promise", "open", D(2026, 2, 11))
    assert (open_task(b).level_seq, open_task(b).status) == (4, "open")          # resumed where it was
    assert col.generate_tasks(D(2026, 2, 12)).created == 0
    assert col.generate_tasks(D(2026, 3, 7)).created == 1                       # b reaches 31 days
    assert open_task(a).level_seq == 5                                          # a is there already
    assert col.generate_tasks(D(2026, 4, 6)).created == 2
    assert open_task(a).level_seq == 6
    # the broken promise puts the customer first in the queue
    rows = col.list_tasks(D(2026, 4, 6))
    assert [r.customer_code for r in rows] == [a, b] and rows[0].broken_promises == 1


def test_money_in_before_a_promise_on_its_own_day_does_not_keep_it(staff):
    """A part payment this morning, then a promise for more by Friday: the morning's money
    is not the promised money. A payment recorded after the promise on that day counts."""
    a = customer("常州华辰化工有限公司", collector=staff["liuyang"])
    invoice(a, D(2026, 1, 5), 500000)                          # due 02-04
    col.generate_tasks(D(2026, 2, 5))
    with clock.frozen(dt.datetime(2026, 2, 6, 9, 0)):
        receipts.record_receipt(a, D(2026, 2, 6), 100000)
    with acting_as(COLLECTOR), clock.frozen(dt.datetime(2026, 2, 6, 10, 30)):
        pr = col.record_promise(a, D(2026, 2, 10), 100000, on=D(2026, 2, 6))
    assert (pr.tasks.promises_kept, pr.tasks.paused) == (0, 1)
    assert PromiseToPay.get_by_id(pr.promise_id).status == "open" and open_task(a).status == "paused"
    with clock.frozen(dt.datetime(2026, 2, 6, 15, 0)):
        receipts.record_receipt(a, D(2026, 2, 6), 100000)     # the afternoon's transfer, after the call
    res = col.generate_tasks(D(2026, 2, 7))
    assert res.promises_kept == 1 and PromiseToPay.get_by_id(pr.promise_id).received == 100000


def test_money_in_before_a_plan_on_its_own_day_does_not_pay_an_instalment(staff):
    """The plan splits what is overdue after the morning's part payment; that payment
    must not count again towards the first instalment."""
    a = customer("扬州润泽纺织有限公司", collector=staff["liuyang"])
    invoice(a, D(2026, 1, 1), 500000)                          # due 01-31
    col.generate_tasks(D(2026, 2, 5))
    with clock.frozen(dt.datetime(2026, 2, 6, 9, 0)):
        receipts.record_receipt(a, D(2026, 2, 6), 100000)
    assert col.overdue_balance(a, D(2026, 2, 6)) == 400000
    with clock.frozen(dt.datetime(2026, 2, 6, 11, 0)):
        plan = col.start_payment_plan(a, [(D(2026, 2, 20), 200000), (D(2026, 3, 20), 200000)], on=D(2026, 2, 6))
    receipts.record_receipt(a, D(2026, 2, 15), 100000)         # half the first instalment
    res = col.generate_tasks(D(2026, 2, 21))
    assert res.plans_broken == 1 and PaymentPlan.get_by_id(plan.plan_id).status == "broken"
    assert [i.status for i in PlanInstalment.select().where(PlanInstalment.plan == plan.plan_id)
            .order_by(PlanInstalment.seq)] == ["missed", "pending"]


def test_a_payment_closes_the_tasks_and_falling_behind_again_starts_afresh(staff):
    a = customer("无锡永盛机电有限公司")
    invoice(a, D(2026, 1, 5), 500000)
    col.generate_tasks(D(2026, 2, 20))
    receipts.record_receipt(a, D(2026, 2, 25), 200000)         # part payment: the task stays
    assert col.generate_tasks(D(2026, 2, 25)).closed == 0
    receipts.record_receipt(a, D(2026, 2, 26), 300000)
    res = col.generate_tasks(D(2026, 2, 26))
    assert (res.closed, res.created) == (1, 0)
    assert [t.status for t in tasks_of(a)] == ["closed_paid"]
    assert col.list_tasks(D(2026, 2, 26)) == []
    invoice(a, D(2026, 3, 1), 100000)                          # due 03-31
    col.generate_tasks(D(2026, 3, 26))
    t = open_task(a)
    assert (t.anchor, t.level_seq) == (D(2026, 3, 31), 1)


def test_unapplied_credit_that_covers_the_debt_is_not_chased(staff):
    a = customer("瑞丰商贸有限公司")
    invoice(a, D(2026, 1, 5), 100000)
    col.generate_tasks(D(2026, 2, 5))
    receipts.record_receipt(a, D(2026, 2, 6), 60000, allocations=None)      # kept as credit (预收)
    assert col.generate_tasks(D(2026, 2, 6)).closed == 0                   # not enough to cover it
    receipts.record_receipt(a, D(2026, 2, 7), 40000, allocations=None)
    assert col.generate_tasks(D(2026, 2, 7)).closed == 1


def test_an_approved_extension_pauses_dunning_and_it_resumes_from_the_new_date(staff):
    b = customer("合肥天润物流有限公司")
    inv = invoice(b, D(2026, 1, 11), 100000)                   # due 02-10
    col.generate_tasks(D(2026, 2, 11))
    assert open_task(b).level_seq == 4
    before = counts()
    with acting_as(COLLECTOR):
        with pytest.raises(ValidationError, match="after the current due date"):
            col.request_extension(inv.number, D(2026, 2, 5), "客户资金周转困难")
        req = col.request_extension(inv.number, D(2026, 3, 10), "客户资金周转困难，申请延期一个月")
        with pytest.raises(PermissionDenied):
            col.decide_extension(req.request_id, True, "同意")
    assert counts()["ExtensionRequest"] == before["ExtensionRequest"] + 1
    assert ExtensionRequest.get_by_id(req.request_id).status == "pending"
    with acting_as(MANAGER):
        res = col.decide_extension(req.request_id, True, "老客户，同意延期", on=D(2026, 2, 12))
    assert res.status == "approved" and res.tasks.paused == 1
    assert open_task(b).hold_reason == "extension"
    assert Invoice.get_by_id(inv.id).due_date == D(2026, 2, 10)          # the posted invoice is not edited
    assert col.effective_due_date(inv.id) == D(2026, 3, 10)
    assert AuditLog.select().where(AuditLog.action == "approve", AuditLog.username == "wangjg").count() == 1
    with pytest.raises(ValidationError, match="after the current due date"):
        col.request_extension(inv.number, D(2026, 3, 1), "再延")
    for day in (D(2026, 2, 13), D(2026, 3, 4)):
        res = col.generate_tasks(day)
        assert (res.created, res.skipped) == (0, 1)
    res = col.generate_tasks(D(2026, 3, 5))                    # 5 days before the new date
    t = open_task(b)
    assert (res.created, res.superseded, t.anchor, t.level_seq) == (1, 1, D(2026, 3, 10), 1)
    col.generate_tasks(D(2026, 3, 11))
    assert (open_task(b).level_seq, open_task(b).days_overdue) == (4, 1)
    detail = rc.customer_collection_detail(b, D(2026, 3, 11))
    assert [(i.due_date, i.effective_due, i.days_overdue) for i in detail.open_items] == [
        (D(2026, 2, 10), D(2026, 3, 10), 1)]
    assert detail.extensions[0].status == "approved" and detail.extensions[0].decided_by == "wangjg"


def test_a_refused_extension_changes_nothing(staff):
    b = customer("常州宏图建材有限公司")
    inv = invoice(b, D(2026, 1, 11), 100000)
    col.generate_tasks(D(2026, 2, 11))
    req = col.request_extension(inv.id, D(2026, 3, 10), "申请延期")
    with acting_as(MANAGER):
        with pytest.raises(ValidationError):
            col.decide_extension(req.request_id, False, "")           # a refusal needs a reason
        res = col.decide_extension(req.request_id, False, "已多次逾期")
        with pytest.raises(ValidationError):
            col.decide_extension(req.request_id, True, "")            # decided already
    assert res.status == "refused" and open_task(b).status == "open"
    assert col.effective_due_date(inv.id) == D(2026, 2, 10)


def test_a_missed_instalment_breaks_the_plan_and_escalates(staff):
    c = customer("温州众诚五金有限公司")
    invoice(c, D(2026, 1, 1), 300000)                          # due 01-31
    col.generate_tasks(D(2026, 2, 15))
    assert open_task(c).level_seq == 4
    assert col.overdue_balance(c, D(2026, 2, 16)) == 300000
    proposal = col.propose_instalments(300000, 3, D(2026, 2, 20))
    assert proposal == [(D(2026, 2, 20), 100000), (D(2026, 3, 20), 100000), (D(2026, 4, 20), 100000)]
    before = counts()
    for bad in ([(D(2026, 2, 20), 100000), (D(2026, 3, 20), 199999)],                  # short by 0.01
                [(D(2026, 3, 20), 150000), (D(2026, 2, 20), 150000)],                  # dates go back
                [(D(2026, 2, 10), 150000), (D(2026, 3, 20), 150000)],                  # in the past
                [(D(2026, 2, 20), 0), (D(2026, 3, 20), 300000)]):                      # zero
        with pytest.raises(ValidationError):
            col.start_payment_plan(c, bad, on=D(2026, 2, 16))
    assert counts() == before
    with acting_as(COLLECTOR):
        plan = col.start_payment_plan(c, proposal, on=D(2026, 2, 16), note="分三期")
    assert plan.tasks.paused == 1 and open_task(c).hold_reason == "plan"
    with pytest.raises(ValidationError, match="active payment plan"):
        col.start_payment_plan(c, proposal, on=D(2026, 2, 16))
    receipts.record_receipt(c, D(2026, 2, 20), 100000)
    res = col.generate_tasks(D(2026, 2, 21))
    assert (res.created, res.skipped, res.plans_broken) == (0, 1, 0)
    assert [i.status for i in PlanInstalment.select().order_by(PlanInstalment.seq)] == ["paid", "pending", "pending"]
    assert col.generate_tasks(D(2026, 3, 20)).created == 0     # instalment 2 is due today: not missed yet
    res = col.generate_tasks(D(2026, 3, 21))
    assert (res.plans_broken, res.created, res.escalated) == (1, 1, 1)
    t = open_task(c)
    assert (t.level_seq, t.reason) == (6, "broken_plan")       # 49 days: level 5, and one more for the breach
    assert PaymentPlan.get_by_id(plan.plan_id).status == "broken"
    assert [i.status for i in PlanInstalment.select().order_by(PlanInstalment.seq)] == ["paid", "missed", "pending"]


def test_a_kept_plan_completes_and_an_instalment_may_be_paid_early(staff):
    c = customer("嘉兴佳和食品有限公司")
    invoice(c, D(2026, 1, 1), 100001)
    col.generate_tasks(D(2026, 2, 15))
    plan = col.start_payment_plan(c, col.propose_instalments(100001, 2, D(2026, 3, 1)), on=D(2026, 2, 16))
    assert [a for _, _, a, _ in plan.instalments] == [50001, 50000]
    receipts.record_receipt(c, D(2026, 2, 25), 100001)
    res = col.generate_tasks(D(2026, 2, 26))
    assert (res.plans_completed, res.closed) == (1, 1)
    assert PaymentPlan.get_by_id(plan.plan_id).status == "completed"
    assert [i.settled_on for i in PlanInstalment.select().order_by(PlanInstalment.seq)] == [D(2026, 2, 25)] * 2


def test_a_disputed_invoice_leaves_the_dunning_until_the_dispute_is_closed(staff):
    d = customer("绍兴新元纺织有限公司")
    disputed = invoice(d, D(2026, 1, 2), 200000)               # due 02-01
    col.generate_tasks(D(2026, 2, 2))
    first = open_task(d)
    res = col.open_dispute(disputed.number, "客户称货物质量有问题", on=D(2026, 2, 3))
    assert res.tasks.paused == 1 and open_task(d).hold_reason == "dispute"
    assert col.generate_tasks(D(2026, 2, 10)).skipped == 1
    with pytest.raises(ValidationError, match="already disputed"):
        col.open_dispute(disputed.number, "again")
    other = invoice(d, D(2026, 1, 15), 50000)                  # due 02-14, not disputed
    res = col.generate_tasks(D(2026, 2, 15))
    t = open_task(d)
    assert (res.created, t.anchor, t.level_seq, t.invoice_ids) == (1, D(2026, 2, 14), 4, str(other.id))
    receipts.record_receipt(d, D(2026, 2, 18), 50000, allocations=[(other.number, 50000)])
    assert col.generate_tasks(D(2026, 2, 18)).closed == 0      # the disputed invoice is still owed: paused
    assert open_task(d).status == "paused"
    res = col.close_dispute(disputed.number, "退货部分已开红字，其余照付", on=D(2026, 2, 20))
    assert res.status == "closed" and res.tasks.resumed == 1
    assert open_task(d).id == first.id and open_task(d).status == "open"


def test_a_hand_over_to_legal_stops_the_ladder_and_a_suspension_holds_new_credit(staff):
    e = customer("南通正泰化工有限公司")
    invoice(e, D(2026, 1, 1), 2_000_000)
    col.generate_tasks(D(2026, 4, 10))
    assert open_task(e).level_seq == 6
    with acting_as(COLLECTOR), pytest.raises(PermissionDenied):
        col.hand_over(e, "legal", "委托律师起诉")
    with acting_as(MANAGER):
        with pytest.raises(ValidationError):
            col.hand_over(e, "police", "x")
        res = col.hand_over(e, "legal", "委托律师起诉", on=D(2026, 4, 12))
    assert (res.customer_status, res.tasks.paused) == ("legal", 1)
    assert Customer.get(Customer.code == e).status == "legal"
    assert col.generate_tasks(D(2026, 5, 10)).created == 0     # past 90 days, but legal has it
    with acting_as(MANAGER):
        col.suspend_credit(e, "逾期超过60天", on=D(2026, 4, 12))
        reasons = credit.credit_hold_reasons(e)
        assert any("suspended" in r for r in reasons) and any("legal" in r for r in reasons)
        res = col.resume(e, "legal", "和解", on=D(2026, 5, 11))
        assert res.customer_status == "active"
        assert res.tasks.created == 1 and open_task(e).level_seq == 7
        col.resume(e, "credit_suspended", "已还款计划", on=D(2026, 5, 11))
        with pytest.raises(ValidationError):
            col.resume(e, "credit_suspended", "again", on=D(2026, 5, 11))
        col.blacklist(e, "恶意拖欠", on=D(2026, 5, 12))
    assert Customer.get(Customer.code == e).status == "blacklisted"
    assert not any("suspended" in r for r in credit.credit_hold_reasons(e))
    events = rc.customer_collection_detail(e, D(2026, 5, 12)).status_events
    assert {(ev.status, ev.until) for ev in events} == {("legal", D(2026, 5, 11)), ("credit_suspended", D(2026, 5, 11)),
                                                       ("blacklisted", None)}


# ------------------------------------------------------------------------------ tasks by hand, the queue

def test_tasks_are_assigned_completed_escalated_and_cancelled(staff):
    a = customer("上海联创供应链管理有限公司", collector=staff["liuyang"])
    invoice(a, D(2026, 1, 5), 500000)
    col.generate_tasks(D(2026, 2, 5))
    t = open_task(a)
    with acting_as(Actor("zhaolei", "collector")):
        col.assign_task(t.id, "zhaolei")                                  # take it for oneself
        with pytest.raises(PermissionDenied):
            col.assign_task(t.id, "liuyang")                              # give it away: bookkeeper/manager
    assert open_task(a).assigned_to_id == staff["zhaolei"].id
    with acting_as(Actor("lixm", "bookkeeper")):
        moved = col.reassign("zhaolei", "liuyang")
    assert moved.task_ids == [t.id] and open_task(a).assigned_to_id == staff["liuyang"].id
    with acting_as(COLLECTOR):
        with pytest.raises(ValidationError):
            col.complete_task(t.id, "  ")
        done = col.complete_task(t.id, "电话已催，客户答应下周付款", on=D(2026, 2, 6))
        assert done.status == "done"
        with pytest.raises(ValidationError):
            col.complete_task(t.id, "again")
    assert col.generate_tasks(D(2026, 2, 7)).created == 0      # done: nothing more until the next level
    assert col.list_tasks(D(2026, 2, 7)) == []
    with acting_as(COLLECTOR):
        with pytest.raises(ValidationError):
            col.escalate_task(t.id, "客户失联")                    # done tasks are not escalated
        made = col.create_task(a, on=D(2026, 2, 8), level_seq=5)
        with pytest.raises(ValidationError, match="escalate"):
            col.create_task(a, on=D(2026, 2, 8), level_seq=5)
        up = col.escalate_task(made.task_id, "客户失联", on=D(2026, 2, 9))
    new = open_task(a)
    assert (new.id, new.level_seq, new.reason) == (up.created_task_id, 6, "escalated")
    assert CollectionTask.get_by_id(made.task_id).status == "superseded"
    assert col.generate_tasks(D(2026, 3, 10)).created == 0     # level 5 by age: below the escalation
    col.escalate_task(new.id, "发律师函", on=D(2026, 3, 11))
    with pytest.raises(ValidationError, match="top of the ladder"):
        col.escalate_task(open_task(a).id, "x", on=D(2026, 3, 12))
    with acting_as(COLLECTOR), pytest.raises(PermissionDenied):
        col.cancel_task(open_task(a).id, "误建")
    with acting_as(MANAGER):
        col.cancel_task(open_task(a).id, "误建", on=D(2026, 3, 12))
    assert tasks_of(a, "open", "paused") == []


def test_the_queue_sorts_by_priority_and_splits_into_buckets(staff):
    big = customer("大额客户", collector=staff["liuyang"])
    small = customer("小额客户", collector=staff["zhaolei"])
    liar = customer("违约客户", collector=staff["zhaolei"], category="代理商")
    nobody = customer("无人负责")
    invoice(big, D(2026, 1, 1), 2_000_000)         # due 01-31
    invoice(small, D(2026, 1, 1), 10_000)
    invoice(liar, D(2026, 2, 1), 5_000)            # due 03-03
    invoice(nobody, D(2026, 1, 20), 50_000)        # due 02-19
    col.generate_tasks(D(2026, 3, 4))
    col.record_promise(liar, D(2026, 3, 6), 5_000, on=D(2026, 3, 4))
    col.generate_tasks(D(2026, 3, 7))              # broken
    col.log_contact(big, "visit", "上门", at=dt.datetime(2026, 3, 7, 9), next_date=D(2026, 3, 12))
    rows = col.list_tasks(D(2026, 3, 8))
    assert [r.customer_code for r in rows] == [liar, big, nobody, small]
    assert rows[0].broken_promises == 1 and rows[1].follow_up_on == D(2026, 3, 12)
    assert rows[1].last_contact.date() == D(2026, 3, 7)
    assert [r.customer_code for r in col.list_tasks(D(2026, 3, 8), bucket="upcoming")] == [big]
    assert [r.customer_code for r in col.list_tasks(D(2026, 3, 8), bucket="overdue")] == [liar, nobody, small]
    assert col.list_tasks(D(2026, 3, 7), bucket="today")[0].customer_code == liar
    assert [r.customer_code for r in col.list_tasks(D(2026, 3, 8), collector="zhaolei")] == [liar, small]
    # old and large: the key procedure led by the credit manager, in the managers' queue
    assert [r.customer_code for r in col.list_tasks(D(2026, 3, 8), collector="")] == [big, nobody]
    assert (rows[1].procedure, rows[1].role, rows[1].assigned_to) == ("key", "manager", "")
    with acting_as(MANAGER):
        assert [r.customer_code for r in col.list_tasks(D(2026, 3, 8), bucket="mine")] == [big]
    assert [r.customer_code for r in col.list_tasks(D(2026, 3, 8), min_amount=50_000)] == [big, nobody]
    assert [r.customer_code for r in col.list_tasks(D(2026, 3, 8), category="代理商")] == [liar]
    assert [r.customer_code for r in col.list_tasks(D(2026, 3, 8), level=5)] == [liar, big, small]
    with acting_as(Actor("zhaolei", "collector")):
        assert [r.customer_code for r in col.list_tasks(D(2026, 3, 8), bucket="mine")] == [liar, small]
    with pytest.raises(ValidationError):
        col.list_tasks(D(2026, 3, 8), bucket="someday")
    table = rc.queue_table(rows, D(2026, 3, 8), company="公司")
    assert table.totals[6] == sum(r.amount_overdue for r in rows) and len(table.rows) == 4


def test_the_customer_file_holds_everything_about_the_debt(staff):
    a = customer("杭州博远医疗器械有限公司", collector=staff["liuyang"])
    i1 = invoice(a, D(2026, 1, 5), 500000)
    i2 = invoice(a, D(2026, 2, 5), 100000)
    col.generate_tasks(D(2026, 3, 10))
    col.log_contact(a, "call", "催款", at=dt.datetime(2026, 3, 10, 9), answer="月底付")
    col.record_promise(a, D(2026, 3, 31), 300000, on=D(2026, 3, 10))
    col.open_dispute(i2.number, "单价有误", on=D(2026, 3, 11))
    detail = rc.customer_collection_detail(a, D(2026, 3, 12))
    assert detail.code == a and detail.collector == "刘洋" and detail.policy.name == "default"
    assert [(i.number, i.days_overdue, i.disputed, i.bucket) for i in detail.open_items] == [
        (i1.number, 36, False, "31-60 days"), (i2.number, 5, True, "1-30 days")]
    assert detail.balance.open_invoices == 600000
    assert detail.current_task.status == "paused" and detail.open_promise.amount == 300000
    assert detail.contacts[0].answer == "月底付" and detail.disputes[0].reason == "单价有误"
    assert detail.active_plan is None and detail.statuses_in_force() == []


# ------------------------------------------------------------------------------ refusals, permissions, the log

def test_bad_input_is_refused_with_a_clear_message_and_nothing_is_written(staff):
    a = customer("福源商贸有限公司")
    paid = customer("已结清客户")
    inv = invoice(a, D(2026, 1, 5), 500000)
    p_inv = invoice(paid, D(2026, 1, 5), 10000)
    receipts.record_receipt(paid, D(2026, 1, 20), 10000)
    col.generate_tasks(D(2026, 2, 5))
    before = counts()
    refusals = [
        (lambda: col.record_promise(a, D(2026, 2, 4), 100000, on=D(2026, 2, 5)), "in the past"),
        (lambda: col.record_promise(a, D(2026, 2, 10), 0, on=D(2026, 2, 5)), "more than zero"),
        (lambda: col.record_promise(a, D(2026, 2, 10), -100, on=D(2026, 2, 5)), "more than zero"),
        (lambda: col.record_promise(a, D(2026, 2, 10), 500001, on=D(2026, 2, 5)), "more than the"),
        (lambda: col.record_promise(paid, D(2026, 2, 10), 100, on=D(2026, 2, 5)), "owes nothing"),
        (lambda: col.start_payment_plan(a, [(D(2026, 3, 1), 499999)], on=D(2026, 2, 5)), "add up to"),
        (lambda: col.request_extension(inv.number, D(2026, 2, 1), "x"), "after the current due date"),
        (lambda: col.request_extension(inv.number, D(2026, 3, 1), " "), "required"),
        (lambda: col.request_extension(p_inv.number, D(2026, 3, 1), "x"), "not open"),
        (lambda: col.create_task(paid, on=D(2026, 2, 5)), "owes nothing"),
        (lambda: col.create_task(invoice=p_inv.number, on=D(2026, 2, 5)), "not open"),
        (lambda: col.open_dispute(p_inv.number, "x"), "not open"),
        (lambda: col.log_contact(a, "pigeon", "x"), "Unknown contact method"),
        (lambda: col.log_contact(a, "call", ""), "required"),
        (lambda: col.log_contact(a, "call", "x", at=dt.datetime.now() + dt.timedelta(days=1)), "future"),
        (lambda: col.log_contact(a, "call", "x", at=dt.datetime(2026, 2, 5, 9), next_date=D(2026, 2, 1)), "before"),
        (lambda: col.log_contact(a, "call", "x", task=99999), "No collection task"),
        (lambda: col.log_contact("NOBODY", "call", "x"), "No customer"),
    ]
    for call, words in refusals:
        with pytest.raises((ValidationError, NotFound), match=words):
            call()
    assert counts() == before
    # the same refusal in Chinese
    i18n.set_language("zh_CN")
    with pytest.raises(ValidationError, match="已经过去"):
        col.record_promise(a, D(2026, 2, 4), 100000, on=D(2026, 2, 5))


def test_a_collector_logs_contacts_and_promises_but_does_not_approve(staff):
    a = customer("鼎盛装饰工程有限公司", collector=staff["liuyang"])
    inv = invoice(a, D(2026, 1, 5), 500000)
    col.generate_tasks(D(2026, 2, 5))
    with acting_as(COLLECTOR):
        col.log_contact(a, "wechat", "微信提醒")
        col.record_promise(a, D(2026, 2, 20), 100000, on=D(2026, 2, 5))
        req = col.request_extension(inv.number, D(2026, 3, 5), "申请延期")
        for forbidden in (lambda: col.decide_extension(req.request_id, True),
                          lambda: col.blacklist(a, "x"), lambda: col.suspend_credit(a, "x"),
                          lambda: col.save_policy("x", [col.LevelInput(0, "sms")]),
                          lambda: col.set_default_policy("default")):
            with pytest.raises(PermissionDenied):
                forbidden()
    with acting_as(Actor("zhangli", "cashier")):
        with pytest.raises(PermissionDenied):
            col.log_contact(a, "call", "x")
        with pytest.raises(PermissionDenied):
            col.generate_tasks(D(2026, 2, 6))
    assert ContactLog.get().username == "liuyang"


def test_the_contact_log_refuses_update_and_delete_in_the_database(staff):
    a = customer("海纳进出口有限公司")
    c = col.log_contact(a, "call", "第一次电话")
    for sql in ("UPDATE contact_log SET summary = 'changed'", "DELETE FROM contact_log"):
        with pytest.raises(peewee.DatabaseError, match="append-only"):
            with db.atomic():
                db.execute_sql(sql)
    assert ContactLog.get_by_id(c.contact_id).summary == "第一次电话"
    with acting_as(MANAGER):
        col.blacklist(a, "拖欠", on=D(2026, 2, 1))
    for sql in ("UPDATE customer_status_event SET reason = 'other'", "DELETE FROM customer_status_event"):
        with pytest.raises(peewee.DatabaseError):
            with db.atomic():
                db.execute_sql(sql)
    with acting_as(MANAGER):
        col.resume(a, "blacklisted", "已还清", on=D(2026, 3, 1))      # ending an event is allowed, once
    with pytest.raises(peewee.DatabaseError):
        with db.atomic():
            db.execute_sql("UPDATE customer_status_event SET until = '2026-04-01'")


# ------------------------------------------------------------------------------ collector performance

def test_collector_performance_for_a_month(staff, tmp_path):
    a = customer("金桥电子有限公司", collector=staff["liuyang"])
    b = customer("银河商贸有限公司", collector=staff["liuyang"])
    c = customer("长城物流有限公司", collector=staff["zhaolei"])
    invoice(a, D(2026, 1, 5), 500000)              # due 02-04
    invoice(b, D(2026, 2, 1), 200000)              # due 03-03
    invoice(c, D(2026, 1, 5), 100000)
    col.generate_tasks(D(2026, 2, 5))
    with acting_as(COLLECTOR):
        col.log_contact(a, "call", "催款", at=dt.datetime(2026, 2, 5, 10))
        col.record_promise(a, D(2026, 2, 20), 300000, on=D(2026, 2, 5))
        col.complete_task(open_task(c).id, "已发催款函", on=D(2026, 2, 6))
    with acting_as(Actor("zhaolei", "collector")):
        col.log_contact(c, "sms", "提醒", at=dt.datetime(2026, 1, 20, 10))      # January: more than 30 days before
        col.record_promise(c, D(2026, 2, 10), 50000, on=D(2026, 2, 6))
    receipts.record_receipt(a, D(2026, 2, 18), 300000)      # within 30 days of the call
    receipts.record_receipt(c, D(2026, 2, 25), 100000)      # 36 days after the SMS: not credited
    col.generate_tasks(D(2026, 2, 21))                      # a kept, c broken
    figs = {f.username: f for f in rc.collector_performance("2026-02")}
    lf, zf = figs["liuyang"], figs["zhaolei"]
    assert (lf.tasks_completed, lf.contacts, lf.collected_after_contact) == (1, 1, 300000)
    assert (lf.promises_kept, lf.promises_broken, lf.kept_rate) == (1, 0, 1)
    assert (zf.contacts, zf.collected_after_contact, zf.promises_broken, zf.kept_rate) == (0, 0, 1, 0)
    # portfolio at the end of February: a owes 2,000.00 (overdue), b 2,000.00 (not yet due)
    assert (lf.portfolio_open, lf.portfolio_overdue) == (400000, 200000)
    table = rc.collector_performance_table("2026-02", company="公司")
    assert [r[0] for r in table.rows] == ["刘洋", "赵磊"] and table.totals[3] == 300000
    from arapp.exports.xlsx import write_table_xlsx

    path = write_table_xlsx(table, tmp_path / "perf.xlsx")
    assert path.exists() and path.stat().st_size > 0
