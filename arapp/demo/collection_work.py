"""The demo's collection work (催收), consistent with the money the demo books receive.

Over the last months of the history (:data:`WINDOW_DAYS`) the collectors chase what is
overdue: each customer's collector calls, texts, writes or visits a few days after a
due date passes unpaid, hears why the customer has not paid, and records promises to
pay; the credit manager decides a few extension requests; some partial payers agree a
payment plan, paid by instalments (the plan's receipts are real receipts of the
books) until it is completed or broken.

Everything is judged as the ladder judges it (:mod:`arapp.services.collections.ladder`),
from the receipts the books hold: a promise is kept on the day the money received after
it reaches the amount, by the promised date; broken the day after that date otherwise;
open while the date is still to come. A plan's instalment is paid once the payments
since the plan started cover it and every one before, by its due date; one not covered
is missed, which breaks the plan. Nobody calls a customer who has paid, or whose
extension was approved, and contacts are dated before the end date.

Decisions come from a random source of their own (seeded from the demo's seed), so the
ledger's own draws are the same whether or not this work is simulated; only the plans'
instalment receipts add to the books.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import random
from collections.abc import Callable

from arapp.demo.company import GIVEN, SURNAMES
from arapp.domain.money import format_amount, split_evenly
from arapp.services.bulk import BulkLedger

__all__ = ["CollectionWork", "WINDOW_DAYS"]

#: How far back from the end date the collection work is simulated (about six months).
WINDOW_DAYS = 183
MANAGER = "wangjg"

_REASONS = {   # behaviour → (reason code, weight): what the customer says
    "late": (("awaiting_approval", 40), ("no_funds", 30), ("", 30)),
    "partial": (("no_funds", 50), ("disputed_quality", 25), ("", 25)),
    "stopped": (("refuses", 30), ("unreachable", 35), ("no_funds", 35)),
    "on_time": (("awaiting_approval", 40), ("", 60)),
}
_ANSWERS = {
    "": ("客户表示会尽快安排付款", "客户称已提交付款申请", "对方确认收到账单"),
    "awaiting_approval": ("付款申请在走内部审批流程", "财务说老板出差，签字后付款", "等待集团财务审批"),
    "no_funds": ("客户称近期资金紧张，月底回款后再付", "对方说下游货款未到，需缓几天", "客户表示手头紧，希望分期"),
    "disputed_quality": ("客户对部分货物质量有异议，要求先处理", "业主反映维修未完成，暂不缴费", "对方称数量与单据不符"),
    "refuses": ("客户拒绝付款，态度强硬", "对方表示不认可该笔费用", "业主称不满意物业服务，拒缴"),
    "unreachable": ("电话无人接听", "手机关机，短信未回复", "联系人已离职，新联系人未确定"),
}
_SUMMARIES = {
    "call": "电话催收：提醒 {amount} 已逾期 {days} 天",
    "sms": "短信提醒：{amount} 已逾期，请尽快付款",
    "wechat": "微信提醒：{amount} 已到期未付",
    "email": "邮件发送对账单及催款通知，{amount} 已逾期 {days} 天",
    "letter": "寄送催款函：逾期 {days} 天，金额 {amount}",
    "visit": "上门拜访，当面沟通 {amount} 的付款安排",
}
_EXTENSION_REASONS = ("资金周转困难，申请延期付款", "等待下游客户回款，申请延期", "集团付款审批周期长，申请延期")
_PLAN_NOTES = ("协商分期还款，按月支付", "客户资金紧张，同意分期偿还欠款", "经协商签订还款计划")


def _weighted(rng: random.Random, pairs) -> str:
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for value, w in pairs:
        x -= w
        if x < 0:
            return value
    return pairs[-1][0]


class _Plan:
    __slots__ = ("cust", "start", "made_at", "instalments", "note")


class _Money:
    """Money a customer paid, in the order of its days: day, when recorded, running sum."""

    __slots__ = ("days", "recorded", "sums")

    def __init__(self) -> None:
        self.days: list[int] = []
        self.recorded: list[_dt.datetime] = []
        self.sums: list[int] = []

    def add(self, ordinal: int, recorded: _dt.datetime, amount: int) -> None:
        self.days.append(ordinal)
        self.recorded.append(recorded)
        self.sums.append((self.sums[-1] if self.sums else 0) + amount)

    def _amount(self, k: int) -> int:
        return self.sums[k] - (self.sums[k - 1] if k else 0)

    def _start(self, since: _dt.datetime) -> tuple[int, int]:
        """(index of the first later day, fen counted on the day of ``since``): money
        dated that day counts only if recorded at or after ``since`` (the ladder's rule)."""
        day = since.toordinal()
        lo = bisect.bisect_left(self.days, day)
        hi = bisect.bisect_right(self.days, day)
        same = sum(self._amount(k) for k in range(lo, hi) if self.recorded[k] >= since)
        return hi, same

    def received(self, since: _dt.datetime, until: int) -> int:
        """Fen counted from ``since`` up to the end of day ``until``."""
        if until < since.toordinal():
            return 0
        first, same = self._start(since)
        last = bisect.bisect_right(self.days, until) - 1
        before = self.sums[first - 1] if first else 0
        return same + (self.sums[last] - before if last >= first else 0)

    def reached(self, since: _dt.datetime, amount: int) -> int | None:
        """The day the money counted from ``since`` first adds up to ``amount``."""
        first, same = self._start(since)
        if same >= amount:
            return since.toordinal()
        before = self.sums[first - 1] if first else 0
        k = bisect.bisect_left(self.sums, before + amount - same, first)
        return self.days[k] if k < len(self.days) else None


_NOTHING = _Money()


class CollectionWork:
    """Collects the overdue invoices and the receipts the generator writes, then
    (:meth:`finish`) writes the collection work through ``ledger``. ``push_receipt(cust,
    ordinal, amount)`` schedules a receipt in the generator (a plan's instalment)."""

    def __init__(self, ledger: BulkLedger, seed: int, end: _dt.date,
                 push_receipt: Callable[[object, int, int], None]) -> None:
        self.ledger = ledger
        self.rng = random.Random(f"arapp-demo-collections-{seed}")
        self.end_ord = end.toordinal()
        self.start_ord = self.end_ord - WINDOW_DAYS
        self.push_receipt = push_receipt
        self._overdue: dict[int, list[tuple]] = {}            # cust idx → (due, pay, amount, invoice id)
        self._receipts: dict[int, _Money] = {}                # cust idx → receipts (what promises count)
        self._payments: dict[int, _Money] = {}                # … receipts and credit notes (what plans count)
        self._plans: list[_Plan] = []
        self._planned: set[int] = set()
        self._custs: dict[int, object] = {}

    # -- what the generator tells --------------------------------------------------------------

    def invoice_scheduled(self, cust, inv_id: int, issue: int, due: int, pay: int | None, amount: int) -> None:
        """An invoice whose payment (``pay`` the day, None never) is decided."""
        if due + 1 >= self.end_ord or due < self.start_ord - 30:
            return
        if pay is not None and pay <= due + 2:
            return                      # paid on time or nearly: nobody chases it
        self._custs[cust.idx] = cust
        self._overdue.setdefault(cust.idx, []).append((due, pay, amount, inv_id, issue))

    def money_received(self, cust, ordinal: int, amount: int, recorded: _dt.datetime, *, receipt: bool) -> None:
        """A receipt (or a credit note) the books hold, recorded at ``recorded``, in the
        order of their days."""
        if ordinal < self.start_ord - 60:
            return
        self._payments.setdefault(cust.idx, _Money()).add(ordinal, recorded, amount)
        if receipt:
            self._receipts.setdefault(cust.idx, _Money()).add(ordinal, recorded, amount)

    def maybe_plan(self, cust, first_ord: int) -> bool:
        """Whether a partial payer agrees a payment plan this month (one plan each at most)."""
        return (cust.behaviour == "partial" and self.start_ord <= first_ord <= self.end_ord - 90
                and cust.idx not in self._planned and self.rng.random() < 0.04)

    def agree_plan(self, cust, ordinal: int) -> None:
        """On ``ordinal`` the customer agrees to pay what is overdue in monthly instalments;
        the instalments it will pay are scheduled as receipts (a plan kept, or broken off)."""
        rng = self.rng
        day = _dt.date.fromordinal(ordinal)
        overdue = self.ledger.overdue(cust.id, day)
        if overdue < 100_000 or ordinal >= self.end_ord or cust.idx in self._planned:
            return
        self._planned.add(cust.idx)
        n = rng.choice((3, 4, 6))
        amounts = split_evenly(overdue, n)
        dues = [ordinal + 30 * k for k in range(1, n + 1)]
        pays = n if rng.random() < 0.6 else rng.randint(1, n - 1)
        for k in range(pays):
            self.push_receipt(cust, max(ordinal + 1, dues[k] - rng.randint(0, 5)), amounts[k])
        plan = _Plan()
        plan.cust, plan.start, plan.note = cust, ordinal, rng.choice(_PLAN_NOTES)
        plan.made_at = self._at(ordinal)
        plan.instalments = list(zip(dues, amounts, strict=True))
        self._plans.append(plan)
        self._custs[cust.idx] = cust

    def _at(self, ordinal: int) -> _dt.datetime:
        d = _dt.date.fromordinal(ordinal)
        return _dt.datetime(d.year, d.month, d.day, self.rng.randint(9, 17), self.rng.randrange(60))

    # -- writing -------------------------------------------------------------------------------

    def finish(self) -> None:
        """Write every customer's contacts, promises and extensions, then the plans."""
        for idx in sorted(self._overdue):
            self._chase(self._custs[idx], sorted(self._overdue[idx], key=lambda e: (e[0], e[3])))
        for plan in self._plans:
            self._write_plan(plan)

    def _chase(self, c, events: list[tuple]) -> None:
        rng, ledger = self.rng, self.ledger
        last_contact = -10**9
        has_open = False
        for due, pay, amount, inv_id, issue in events:
            stop = pay if pay is not None else self.end_ord
            if c.kind in ("enterprise", "agent") and pay is not None and pay - due > 10 and rng.random() < 0.12:
                if self._extension(c, inv_id, issue, due, pay):
                    continue                    # approved: nobody chases it before the new date
            day = due + rng.randint(1, 6)
            if day < self.start_ord or day - last_contact < 10:
                continue
            for attempt in range(4):
                if day >= stop or day >= self.end_ord:
                    break
                last_contact = day
                reason = _weighted(rng, _REASONS[c.behaviour])
                method = self._method(c, attempt)
                at = self._at(day)
                summary = _SUMMARIES[method].format(amount=format_amount(amount), days=day - due)
                contact = ledger.new_contact(c.id, at, method, summary, username=c.collector, reason=reason,
                                             answer=rng.choice(_ANSWERS[reason]), person=self._person(c))
                promised = None
                if pay is not None and pay - day <= 45 and rng.random() < 0.65:
                    promised = pay                              # it will come: promised for its day
                elif rng.random() < 0.4:
                    promised = day + rng.randint(3, 7)          # a date the customer may not keep
                if promised is None or (has_open and promised >= self.end_ord):
                    day += rng.randint(7, 15)
                    continue
                status = self._promise(c, contact, at, promised, amount)
                has_open = has_open or status == "open"
                if status != "broken" or promised >= stop:
                    break
                day = promised + rng.randint(1, 3)              # broken: call again

    def _promise(self, c, contact: int, at: _dt.datetime, promised: int, amount: int) -> str:
        """Write a promise judged as the ladder would; returns its status."""
        money = self._receipts.get(c.idx, _NOTHING)
        reached = money.reached(at, amount)
        date = _dt.date.fromordinal
        if reached is not None and reached <= min(promised, self.end_ord):
            status, evaluated, received = "kept", reached, money.received(at, reached)
        elif promised < self.end_ord:
            status, evaluated, received = "broken", promised + 1, money.received(at, promised)
        else:
            status, evaluated, received = "open", None, None
        self.ledger.new_promise(c.id, at, date(promised), amount, status=status, user=c.collector,
                                contact_id=contact, received=received,
                                evaluated_on=None if evaluated is None else date(evaluated))
        return status

    def _extension(self, c, inv_id: int, issue: int, due: int, pay: int) -> bool:
        """An extension request a few days before the due date; True when it was approved."""
        rng = self.rng
        asked = max(issue, due - rng.randint(0, 4))
        if asked < self.start_ord or asked >= self.end_ord:
            return False
        date = _dt.date.fromordinal
        new_due = pay + rng.randint(0, 3)
        decided = asked + rng.randint(1, 3)
        approved = rng.random() < 0.8
        if decided >= self.end_ord:
            self.ledger.new_extension(inv_id, c.id, date(due), date(new_due), rng.choice(_EXTENSION_REASONS),
                                      requested_by=c.collector, requested_at=self._at(asked), status="pending")
            return False
        self.ledger.new_extension(inv_id, c.id, date(due), date(new_due), rng.choice(_EXTENSION_REASONS),
                                  requested_by=c.collector, requested_at=self._at(asked),
                                  status="approved" if approved else "refused", decided_by=MANAGER,
                                  decided_at=self._at(decided),
                                  decision_reason="" if approved else "信用等级不足，不同意延期")
        return approved

    def _write_plan(self, plan: _Plan) -> None:
        """The plan, its instalments judged from the money received after it started."""
        c = plan.cust
        money = self._payments.get(c.idx, _NOTHING)
        date = _dt.date.fromordinal
        rows, cum, status, ended, why = [], 0, "completed", None, "all instalments paid"
        for seq, (due, amount) in enumerate(plan.instalments, start=1):
            cum += amount
            if status != "completed":
                rows.append((date(due), amount, "pending", None))
                continue
            reached = money.reached(plan.made_at, cum)
            if reached is not None and reached <= min(due, self.end_ord):
                rows.append((date(due), amount, "paid", date(reached)))
                ended = reached
            elif due + 1 <= self.end_ord:
                rows.append((date(due), amount, "missed", None))
                status, ended, why = "broken", due + 1, f"instalment {seq} missed"
            else:
                rows.append((date(due), amount, "pending", None))
                status, ended, why = "active", None, ""
        self.ledger.new_contact(c.id, plan.made_at, "visit", plan.note, username=c.collector, reason="no_funds",
                                answer="客户同意按还款计划分期付款", person=self._person(c))
        self.ledger.new_plan(c.id, plan.made_at, rows, status=status, user=c.collector, note=plan.note,
                             ended_on=None if ended is None else date(ended), end_reason=why)

    def _method(self, c, attempt: int) -> str:
        if c.kind in ("owner", "tenant"):
            return ("sms", "call", "wechat", "visit")[attempt] if self.rng.random() < 0.7 else "call"
        return ("call", "email", "letter", "visit")[attempt] if self.rng.random() < 0.7 else "call"

    def _person(self, c) -> str:
        if c.kind in ("owner", "tenant"):
            return ""
        rng = self.rng
        return rng.choice(SURNAMES) + rng.choice(("会计", "经理", "出纳")) if rng.random() < 0.8 else \
            rng.choice(SURNAMES) + rng.choice(GIVEN)
