"""The demo books' generator: what 上海锦绣物业管理有限公司's books contain, drawn from one
seeded random source, month by month.

Customers are owners and tenants of four estates (monthly property fees, rent and
parking) and trading customers and agents (sales invoices on 30 to 90 days' terms). Each
has a payment habit: on time, late, in part, stopping, or paying months ahead. The
generator decides every document, its day and its amount, and hands it to a
:class:`arapp.services.bulk.BulkLedger`, which numbers it, allocates it in the domain's
oldest-first order and writes it. Documents of a day come in a fixed order (invoices,
then credit notes, then receipts, each by customer), so a seed and an end date give the
same books every time: no wall-clock time is read.

The collection work of the last months (contacts, promises kept and broken, payment
plans, extension requests) is simulated alongside, consistent with these receipts
(:mod:`arapp.demo.collection_work`).
"""

from __future__ import annotations

import datetime as _dt
import heapq
import random
from collections.abc import Callable

from arapp.demo.collection_work import CollectionWork
from arapp.demo.company import (
    AGENT_TRADES,
    BEHAVIOURS,
    BOOKKEEPER,
    BRANDS,
    CASHIERS,
    CITIES,
    CITY_AREA_CODES,
    CN_REASONS,
    COLLECTORS,
    COMPANY,
    DISTRICTS,
    ESTATES,
    GIVEN,
    INDUSTRIES,
    KIND_CATEGORY,
    MOBILE_PREFIXES,
    PRODUCTS,
    ROADS,
    SURNAMES,
    USERS,
)
from arapp.demo.images import logo_png, seal_png
from arapp.services.bulk import BulkLedger

__all__ = ["DemoGenerator", "POSTING_STEPS"]

#: Progress steps after the months: posting the invoices in this many parts.
POSTING_STEPS = 10


class _Cust:
    __slots__ = ("idx", "id", "kind", "terms", "behaviour", "start", "stop", "grace", "late_mean", "partial_pct",
                 "monthly", "area_centi", "price", "parking", "rent", "methods", "cashier", "roundup", "collector")


def _weighted(rng: random.Random, pairs) -> str:
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for value, w in pairs:
        x -= w
        if x < 0:
            return value
    return pairs[-1][0]


def _person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)


def _mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(100000000):08d}"


def _month_start(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, 1)


def _add_month(year: int, month: int, n: int = 1) -> tuple[int, int]:
    i = year * 12 + month - 1 + n
    return i // 12, i % 12 + 1


class DemoGenerator:
    """Decides the demo books for ``years`` years of months ending at ``end`` and has
    ``ledger`` write them. ``check_cancel()`` is called between months and may raise to
    stop; ``progress(done, total)`` is told as each month and each posting step is done."""

    def __init__(self, ledger: BulkLedger, n_customers: int, years: int, seed: int, end: _dt.date, *,
                 check_cancel: Callable[[], None],
                 progress: Callable[[int, int], None] | None = None) -> None:
        self.ledger = ledger
        self.rng = random.Random(seed)
        self.n_customers = n_customers
        self.end = end
        self.end_ord = end.toordinal()
        self.months: list[tuple[int, int]] = []
        y, m = _add_month(end.year, end.month, -(years * 12 - 1))
        for _ in range(years * 12):
            self.months.append((y, m))
            y, m = _add_month(y, m)
        self.first = _month_start(*self.months[0])
        self.check_cancel = check_cancel
        self.progress = progress
        self.heap: list[tuple] = []
        self.seq = 0
        self.user_ids: dict[str, int] = {}
        self._dates: dict[int, _dt.date] = {}
        self.work = CollectionWork(ledger, seed, end,
                                   lambda c, ordinal, amount: self.push(ordinal, 2, c, ("R", amount, None, "plan")))

    # -- helpers ----------------------------------------------------------------------------

    def date(self, ordinal: int) -> _dt.date:
        d = self._dates.get(ordinal)
        if d is None:
            d = self._dates[ordinal] = _dt.date.fromordinal(ordinal)
        return d

    def push(self, ordinal: int, order: int, cust: _Cust, payload: tuple) -> None:
        """Schedule a document on a day (order: 0 invoice, 1 credit note, 2 receipt)."""
        if ordinal > self.end_ord:
            return
        self.seq += 1
        heapq.heappush(self.heap, (ordinal, order, cust.idx, self.seq, payload))

    # -- the build --------------------------------------------------------------------------

    def run(self) -> None:
        """Write the company, its users and customers, every month's documents, and post
        the invoices (the caller finishes the ledger)."""
        self.check_cancel()
        self.ledger.add_settings(COMPANY)
        name = COMPANY["company.name"]
        self.ledger.add_company_image("seal", seal_png(name), "seal.png", self.first - _dt.timedelta(days=30))
        self.ledger.add_company_image("logo", logo_png(name), "logo.png", self.first - _dt.timedelta(days=30))
        self.user_ids = self.ledger.add_users(USERS, self.first - _dt.timedelta(days=30))
        custs = self.make_customers()
        self.ledger.flush()
        n_months = len(self.months)
        total_steps = n_months + POSTING_STEPS
        for mi, (year, month) in enumerate(self.months):
            self.check_cancel()
            self.make_month(custs, mi, year, month)
            self.ledger.flush()
            if self.progress is not None:
                self.progress(mi + 1, total_steps)
        self.check_cancel()
        self.work.finish()
        self.ledger.flush()
        progress = self.progress
        self.ledger.post_invoices(
            POSTING_STEPS, before_each=self.check_cancel,
            after_each=None if progress is None else (lambda k: progress(n_months + k, total_steps)))

    def make_customers(self) -> list[_Cust]:
        rng = self.rng
        rooms: set[tuple[int, int, int, int]] = set()
        used_names: set[str] = set()
        custs = []
        n_months = len(self.months)
        for i in range(self.n_customers):
            c = _Cust()
            c.idx = i
            kind = _weighted(rng, (("owner", 45), ("tenant", 23), ("enterprise", 24), ("agent", 8)))
            c.kind = kind
            c.behaviour = _weighted(rng, BEHAVIOURS if kind in ("owner", "tenant")
                                    else [b for b in BEHAVIOURS if b[0] != "prepay"])
            # Most customers are there from the first month; some join later.
            c.start = 0 if rng.random() < 0.88 else rng.randrange(n_months)
            c.stop = None
            c.grace = rng.randint(1, 4)
            if c.behaviour == "stopped":
                c.stop = c.start if rng.random() < 0.4 else rng.randrange(c.start, n_months)
            c.late_mean = rng.choice((8, 15, 25, 40, 70))
            c.partial_pct = rng.choice((40, 50, 60, 70, 80))
            c.parking = 0
            c.rent = 0
            c.area_centi = 0
            c.price = 0
            c.monthly = 0
            c.roundup = rng.random() < 0.05
            c.cashier = rng.choice(CASHIERS)
            if kind in ("owner", "tenant"):
                estate_i = rng.randrange(len(ESTATES))
                while True:
                    room = (estate_i, rng.randint(1, 36), rng.randint(1, 4), rng.randint(1, 33) * 100 + rng.randint(1, 4))
                    if room not in rooms or len(rooms) > 400_000:
                        break
                    estate_i = rng.randrange(len(ESTATES))
                rooms.add(room)
                estate, street, price = ESTATES[room[0]]
                name = _person_name(rng)
                address = f"{street}{estate}{room[1]}栋{room[2]}单元{room[3]}"
                phone = _mobile(rng)
                email = f"{rng.randrange(10000000, 3999999999)}@qq.com" if rng.random() < 0.3 else ""
                c.area_centi = rng.randint(5500, 18500)
                c.price = price
                if kind == "owner":
                    c.terms = 15
                    c.parking = 30000 if rng.random() < 0.3 else 0
                else:
                    c.terms = 10
                    c.rent = rng.randrange(2500, 9000, 100) * 100
                c.methods = (("wechat", 35), ("alipay", 25), ("cash", 12), ("bank", 15), ("card", 13))
                tax_id = ""
                rating = {"on_time": "A", "prepay": "A", "late": "B", "partial": "C", "stopped": "C"}[c.behaviour]
                limit = None
                aliases = []
            else:
                city = rng.choice(CITIES)
                for _ in range(20):
                    brand = rng.choice(BRANDS)
                    trade = rng.choice(INDUSTRIES if kind == "enterprise" else AGENT_TRADES)
                    name = f"{city}{brand}{trade}有限公司"
                    if name not in used_names:
                        break
                    city = rng.choice(CITIES)
                if name in used_names:
                    name = f"{city}{brand}{trade}有限公司（{rng.choice(DISTRICTS[city])}分公司）"
                used_names.add(name)
                district = rng.choice(DISTRICTS[city])
                address = f"{city}市{district}{rng.choice(ROADS)}{rng.randint(1, 2999)}号"
                if rng.random() < 0.5:
                    address += f"{rng.randint(1, 28)}楼"
                phone = (f"{CITY_AREA_CODES[city]}-{rng.randint(5, 8)}{rng.randrange(10**7):07d}"
                         if rng.random() < 0.7 else _mobile(rng))
                email = f"caiwu{rng.randrange(100, 99999)}@{rng.choice(('163.com', '126.com', 'qq.com', 'sina.com'))}"
                tax_id = f"91{rng.randint(310000, 340999)}{rng.choice(('MA', 'MA1', '7'))}"
                tax_id += "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(18 - len(tax_id)))
                c.terms = rng.choice((30, 30, 45, 60, 90)) if kind == "enterprise" else rng.choice((30, 60))
                c.monthly = int(rng.lognormvariate(10.3, 1.0)) * 100 + rng.randrange(100)
                c.monthly = max(80000, min(c.monthly, 120_000_000))
                c.methods = (("bank", 88), ("cheque", 8), ("alipay", 4))
                rating = {"on_time": "A", "late": "B", "partial": "C", "stopped": "D"}[c.behaviour]
                limit = max(5_000_000, (c.monthly * c.terms // 30 * 2) // 1_000_000 * 1_000_000)
                aliases = []
                k = rng.choice((0, 1, 1, 2))
                candidates = [f"{brand}{trade}", f"{city}{brand}", f"{city}{brand}{trade}公司",
                              f"{city}市{brand}{trade}有限公司"]
                rng.shuffle(candidates)
                aliases = candidates[:k]
            if c.behaviour == "on_time" and rng.random() < 0.3:
                rating = "B" if rating == "A" else rating
            status = "active"
            if c.behaviour == "stopped":
                status = _weighted(rng, (("active", 50), ("on_hold", 30), ("legal", 12), ("blacklisted", 8)))
            c.collector = COLLECTORS[rng.randrange(3)]
            collector = self.user_ids[c.collector]
            created_on = _month_start(*self.months[c.start]) - _dt.timedelta(days=rng.randint(1, 20))
            c.id = self.ledger.add_customer(
                name=name, kind=kind, category=KIND_CATEGORY[kind], phone=phone, email=email, address=address,
                tax_id=tax_id, credit_rating=rating, credit_limit=limit, payment_terms_days=c.terms,
                status=status, collector_id=collector, created_on=created_on, aliases=aliases)
            custs.append(c)
        return custs

    # -- one month --------------------------------------------------------------------------

    def make_month(self, custs: list[_Cust], mi: int, year: int, month: int) -> None:
        rng = self.rng
        first_ord = _dt.date(year, month, 1).toordinal()
        ny, nm = _add_month(year, month)
        last_ord = min(_dt.date(ny, nm, 1).toordinal() - 1, self.end_ord)
        period = f"{year}-{month:02d}"
        push = self.push
        work = self.work
        for c in custs:
            if mi < c.start:
                continue
            if c.kind in ("owner", "tenant"):
                lines = []
                if c.kind == "tenant":
                    lines.append((f"{period} 租金", 1000, c.rent, c.rent))
                qm = c.area_centi * 10
                fee = (qm * c.price + 500) // 1000
                lines.append((f"{period} 物业管理费（{c.area_centi // 100}.{c.area_centi % 100:02d}㎡）", qm,
                              c.price, fee))
                if c.parking:
                    lines.append((f"{period} 停车管理费", 1000, c.parking, c.parking))
                desc = f"{year}年{month}月{'租金及物业费' if c.kind == 'tenant' else '物业费'}"
                push(first_ord, 0, c, ("I", lines, desc, period, "batch"))
                if c.behaviour == "prepay" and (mi - c.start) % 6 == 0:
                    monthly = sum(line[3] for line in lines)
                    amount = -(-monthly * rng.choice((3, 6, 12)) // 10000) * 10000
                    push(first_ord + rng.randint(0, 9), 2, c, ("R", amount, None))
            else:
                if c.stop is not None and mi > c.stop + c.grace:
                    continue  # sales stop a few months after a customer stops paying (credit hold)
                x = rng.random()
                count = 1 if x < 0.6 else 2 if x < 0.9 else 3 if x < 0.95 else 0
                for _ in range(count):
                    day = rng.randint(first_ord, last_ord) if last_ord >= first_ord else first_ord
                    target = c.monthly * rng.randint(50, 150) // 100
                    lines = []
                    for _ in range(1 if rng.random() < 0.7 else 2):
                        product, unit, price = PRODUCTS[rng.randrange(len(PRODUCTS))]
                        price = price * rng.randint(80, 120) // 100
                        qty = max(1, target // price // (len(lines) + 1))
                        lines.append((f"{product}（{unit}）", qty * 1000, price, qty * price))
                    push(day, 0, c, ("I", lines, "销售货款" if c.kind == "enterprise" else "代理销售货款",
                                     period, "manual"))
            if c.behaviour == "partial" and rng.random() < (0.12 if c.kind in ("owner", "tenant") else 0.3):
                # A partial payer now and then pays down part of the arrears.
                push(rng.randint(first_ord, max(first_ord, last_ord)), 2, c, ("R", None, rng.choice((30, 50, 100))))
            if c.behaviour == "partial" and work.maybe_plan(c, first_ord):
                push(first_ord + work.rng.randint(0, 20), 3, c, ("P",))
        heap = self.heap
        pop = heapq.heappop
        while heap and heap[0][0] <= last_ord:
            ordinal, _order, cidx, _seq, payload = pop(heap)
            c = custs[cidx]
            kind = payload[0]
            if kind == "I":
                self.do_invoice(c, ordinal, payload)
            elif kind == "R":
                self.do_receipt(c, ordinal, payload)
            elif kind == "P":
                work.agree_plan(c, ordinal)
            else:
                self.do_credit_note(c, ordinal, payload)

    def schedule_payment(self, c: _Cust, inv_id: int, issue: int, due: int, total: int) -> None:
        rng = self.rng
        b = c.behaviour
        if b == "prepay":
            return
        if b == "stopped" and self.month_index(issue) >= c.stop:
            self.work.invoice_scheduled(c, inv_id, issue, due, None, total)
            return
        if b in ("on_time", "stopped"):
            if rng.random() < 0.08:
                pay = due + rng.randint(1, 12)
            else:
                pay = max(issue, due - rng.randint(0, min(10, c.terms)))
            amount = total
            if c.roundup and c.kind in ("owner", "tenant") and rng.random() < 0.3:
                amount = -(-total // 10000) * 10000
        elif b == "late":
            pay = due + 1 + min(400, int(rng.expovariate(1 / c.late_mean)))
            amount = total
        else:  # partial
            pay = due + rng.randint(0, 25)
            amount = max(100, total * c.partial_pct // 100 // 100 * 100)
        self.push(pay, 2, c, ("R", amount, None))
        self.work.invoice_scheduled(c, inv_id, issue, due, pay if pay <= self.end_ord else None, amount)

    def month_index(self, ordinal: int) -> int:
        d = _dt.date.fromordinal(ordinal)
        y0, m0 = self.months[0]
        return (d.year - y0) * 12 + d.month - m0

    def do_invoice(self, c: _Cust, issue: int, payload: tuple) -> None:
        _kind, lines, desc, period, source = payload
        due = issue + c.terms
        total = sum(line[3] for line in lines)
        inv_id = self.ledger.new_invoice(c.id, self.date(issue), self.date(due), lines, description=desc,
                                         period=period, source=source, user=BOOKKEEPER)
        self.schedule_payment(c, inv_id, issue, due, total)
        if self.rng.random() < 0.004:
            pct = self.rng.choice((5, 10, 20, 30, 100))
            amount = max(100, total * pct // 100)
            self.push(issue + self.rng.randint(2, 40), 1, c,
                      ("C", inv_id, amount, self.rng.choice(CN_REASONS[c.kind])))

    def do_receipt(self, c: _Cust, ordinal: int, payload: tuple) -> None:
        amount, pct = payload[1], payload[2]
        if amount is None:
            amount = self.ledger.owed(c.id) * pct // 100 // 100 * 100
        if amount <= 0:
            return
        # A plan's instalment draws from the collection work's source (the ledger's stays as it was).
        rng = self.work.rng if len(payload) > 3 else self.rng
        year = _dt.date.fromordinal(ordinal).year
        method = _weighted(rng, c.methods)
        if method == "bank":
            ref = f"{year}{rng.randrange(10**12):012d}"
        elif method == "wechat":
            ref = f"4200{rng.randrange(10**24):024d}"
        elif method == "alipay":
            ref = f"{year}{rng.randrange(10**24):024d}"
        elif method == "cheque":
            ref = f"{rng.randrange(10**8):08d}"
        elif method == "card":
            ref = f"POS{rng.randrange(10**10):010d}"
        else:
            ref = ""
        user = c.cashier if c.kind in ("owner", "tenant") else BOOKKEEPER
        day = self.date(ordinal)
        rid = self.ledger.new_receipt(c.id, day, amount, method=method, reference=ref, user=user)
        self.work.money_received(c, ordinal, amount, BulkLedger.recorded_at(day, rid), receipt=True)

    def do_credit_note(self, c: _Cust, ordinal: int, payload: tuple) -> None:
        _kind, inv_id, amount, reason = payload
        day = self.date(ordinal)
        cnid = self.ledger.new_credit_note(c.id, day, amount, reason, invoice_id=inv_id, user=BOOKKEEPER)
        self.work.money_received(c, ordinal, amount, BulkLedger.recorded_at(day, cnid), receipt=False)
