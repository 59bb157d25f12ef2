"""Demo books: a plausible property-management and trading company, years of history.

``build_demo`` fills an empty ledger with 上海锦绣物业管理有限公司's customers (owners and
tenants of four estates, trading customers and agents), their monthly invoices up to
the end date, receipts paid on time, late, in part or not at all, allocations oldest
due first, a few credit notes and some prepayments (customer credit, 预收).

It is built for size: 20,000 customers over four years (about a million invoices)
take a few minutes. It does not call the per-document services; it replays what they
would do in Python (the same allocation order, the same gap-free numbers per year,
the same statuses) and writes the rows with ``executemany`` on the raw connection,
month by month, all in one transaction: a cancel or an error leaves nothing behind.

Invoices go in as drafts (the database refuses lines on a posted invoice) and are
posted in one set-based UPDATE at the end, which also sets each ``open_amount`` from
the allocations the database holds, so ``open_amount == total - allocations`` holds
by construction. The number sequences are set so later services continue the numbers.

Deterministic for a seed and an end date: no wall-clock time reaches the rows.
"""

from __future__ import annotations

import datetime as _dt
import heapq
import random
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass

from arapp import clock
from arapp.db.database import db, is_postgres, is_sqlite
from arapp.errors import ArappError, ValidationError
from arapp.i18n import tr, trn
from arapp.services.audit import record_audit

__all__ = ["DemoCancelled", "DemoSummary", "build_demo", "COMPANY"]


class DemoCancelled(ArappError):
    """The demo build was cancelled; nothing was written."""


@dataclass
class DemoSummary:
    """What ``build_demo`` made. Amounts in fen."""

    customers: int = 0
    users: int = 0
    invoices: int = 0
    invoice_lines: int = 0
    receipts: int = 0
    credit_notes: int = 0
    allocations: int = 0
    total_invoiced: int = 0
    total_received: int = 0
    total_credited: int = 0
    open_invoices: int = 0      # fen still owed on invoices
    credit: int = 0             # unapplied receipts and credit notes (预收)
    first_date: _dt.date | None = None
    end_date: _dt.date | None = None
    seconds: float = 0.0

    @property
    def open_balance(self) -> int:
        """What customers owe in all, net of their credit."""
        return self.open_invoices - self.credit

    def as_dict(self) -> dict:
        d = asdict(self)
        d["open_balance"] = self.open_balance
        return d


# ----------------------------------------------------------------------------- the company

# Company settings, under the dotted keys the settings use (``credit.hold_overdue_days``).
COMPANY = {
    "company.name": "上海锦绣物业管理有限公司",
    "company.address": "上海市浦东新区锦绣路1888号锦绣大厦5楼",
    "company.phone": "021-58881234",
    "company.tax_id": "91310115MA1K3B7X2Q",
    "company.bank": "中国工商银行上海锦绣支行",
    "company.bank_account": "1001 2345 0900 1234 567",
    "company.contact": "李晓梅",
}

# username, display name, role
USERS = (
    ("wangjg", "王建国", "manager"),
    ("lixm", "李晓梅", "bookkeeper"),
    ("zhangli", "张丽", "cashier"),
    ("chenjing", "陈静", "cashier"),
    ("liuyang", "刘洋", "collector"),
    ("zhaolei", "赵磊", "collector"),
    ("sunting", "孙婷", "collector"),
)
BOOKKEEPER = "lixm"
CASHIERS = ("zhangli", "chenjing")
COLLECTORS = ("liuyang", "zhaolei", "sunting")

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉文斌宇浩凯鑫婷雪琳晨欣怡佳涵梓轩航思远鸣晓东"
    "海燕春梅秀英俊峰辉波宁琴云飞鹏亮斌丹萍颖倩慧瑶嘉瑞泽睿博雅楠蕾晶莉荣德福寿安康永长"
)
CITIES = ("上海", "杭州", "苏州", "南京", "宁波", "无锡", "合肥", "嘉兴", "绍兴", "常州", "温州", "南通")
DISTRICTS = {
    "上海": ("浦东新区", "闵行区", "徐汇区", "静安区", "普陀区", "宝山区"),
    "杭州": ("西湖区", "滨江区", "余杭区", "拱墅区", "萧山区"),
    "苏州": ("姑苏区", "工业园区", "吴中区", "相城区"),
    "南京": ("鼓楼区", "建邺区", "江宁区", "玄武区"),
    "宁波": ("鄞州区", "海曙区", "江北区"),
    "无锡": ("梁溪区", "滨湖区", "新吴区"),
    "合肥": ("蜀山区", "包河区", "庐阳区"),
    "嘉兴": ("南湖区", "秀洲区"),
    "绍兴": ("越城区", "柯桥区"),
    "常州": ("天宁区", "武进区", "新北区"),
    "温州": ("鹿城区", "瓯海区", "龙湾区"),
    "南通": ("崇川区", "通州区", "海门区"),
}
ROADS = ("人民路", "解放路", "中山路", "建设路", "长江路", "新华路", "和平路", "文化路", "工业路", "滨江大道",
         "科技路", "世纪大道", "金桥路", "湖滨路", "东方路", "延安路", "南京路", "学院路")
CITY_AREA_CODES = {"上海": "021", "杭州": "0571", "苏州": "0512", "南京": "025", "宁波": "0574", "无锡": "0510",
                   "合肥": "0551", "嘉兴": "0573", "绍兴": "0575", "常州": "0519", "温州": "0577", "南通": "0513"}
BRANDS = ("恒达", "华信", "金鼎", "瑞丰", "鑫源", "永盛", "宏图", "天润", "嘉禾", "博远", "众诚", "远航", "汇通",
          "新元", "顺发", "中泰", "国丰", "宝利", "晟达", "联创", "正泰", "万隆", "海纳", "卓越", "鼎盛", "安信",
          "恒昌", "金诚", "昌盛", "兴业", "德邦", "优品", "佳和", "创新", "明辉", "锦程", "同舟", "凯旋", "宏达",
          "盛世", "天成", "信达", "和润", "华美", "东升", "金桥", "银河", "长城", "泰和", "福源")
INDUSTRIES = ("贸易", "商贸", "实业", "电子", "科技", "建材", "物流", "食品", "纺织", "五金", "化工", "机电",
              "供应链管理", "进出口", "医疗器械", "装饰工程", "酒店管理", "餐饮管理")
AGENT_TRADES = ("商务代理", "销售代理", "经销", "营销策划", "贸易代理")
PRODUCTS = (("不锈钢管材", "米", 4500), ("办公家具", "套", 120000), ("LED照明灯具", "只", 8800),
            ("电线电缆", "米", 1250), ("劳保用品", "箱", 36000), ("清洁用品", "箱", 18000),
            ("建材辅料", "批", 560000), ("电梯配件", "件", 45000), ("消防器材", "套", 68000),
            ("监控设备", "台", 129000), ("中央空调配件", "件", 23000), ("绿化苗木", "株", 6500),
            ("门禁系统", "套", 380000), ("办公用纸", "箱", 16500), ("五金工具", "套", 27800))
# name, street address, 物业费 fen per ㎡ per month
ESTATES = (
    ("锦绣花园", "上海市浦东新区锦绣路1888弄", 250),
    ("锦绣华庭", "上海市闵行区莲花南路2000弄", 180),
    ("金桥名苑", "上海市浦东新区金桥路1200弄", 320),
    ("碧云新天地", "上海市浦东新区碧云路388弄", 450),
)
MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
                   "157", "158", "159", "166", "170", "175", "176", "177", "178", "180", "181", "182", "183",
                   "185", "186", "187", "188", "189", "191", "198", "199")

KIND_CATEGORY = {"owner": "业主", "tenant": "租户", "enterprise": "贸易客户", "agent": "代理商"}

# Payment behaviours and how often each is drawn.
BEHAVIOURS = (("on_time", 45), ("late", 25), ("partial", 12), ("stopped", 10), ("prepay", 8))

CN_REASONS = {
    "owner": ("物业费优惠减免", "空置房物业费减免", "计费面积更正"),
    "tenant": ("租金优惠减免", "维修期间租金减免", "计费错误更正"),
    "enterprise": ("质量问题折让", "退货冲减", "价格调整折让"),
    "agent": ("返利冲减", "退货冲减", "价格调整折让"),
}


# ----------------------------------------------------------------------------- the simulation

class _Cust:
    __slots__ = ("idx", "id", "kind", "terms", "behaviour", "start", "stop", "grace", "late_mean", "partial_pct",
                 "monthly", "area_centi", "price", "parking", "rent", "methods", "open", "credit",
                 "cashier", "roundup")


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


def _check_empty() -> None:
    n = db.execute_sql("SELECT COUNT(*) FROM customer").fetchone()[0]
    if n:
        raise ValidationError(
            trn("demo", "The database already has {n} customer; demo data goes only into an empty database",
                "The database already has {n} customers; demo data goes only into an empty database", n))


def build_demo(customers: int = 300, years: int = 3, seed: int = 1,
               progress: Callable[[int, int], None] | None = None,
               cancel: Callable[[], bool] | None = None,
               *, end_date: _dt.date | None = None) -> DemoSummary:
    """Fill the (empty) open database with demo books: company settings, users,
    ``customers`` customers, and ``years`` years of monthly invoices ending at
    ``end_date`` (today by default) with their receipts, allocations and a few credit
    notes. ``progress(done, total)`` is called as months complete; when ``cancel()``
    returns True the build stops and nothing is written (DemoCancelled). Refuses
    (ValidationError) when the database already has customers."""
    if not isinstance(customers, int) or customers < 1 or customers > 1_000_000:
        raise ValidationError(tr("demo", "The number of customers must be from 1 to 1,000,000"), field="customers")
    if not isinstance(years, int) or years < 1 or years > 30:
        raise ValidationError(tr("demo", "The number of years must be from 1 to 30"), field="years")
    started = time.perf_counter()
    end = end_date or clock.today()
    database = db.obj
    if database is None:
        raise RuntimeError("open_database() first")
    sqlite = is_sqlite(database)
    restore: list[tuple[str, object]] = []
    if sqlite:
        # A bulk load may skip fsync: it is one transaction, and a crash loses only the demo.
        for pragma, value in (("synchronous", 0), ("cache_size", -262144)):
            old = database.execute_sql(f"PRAGMA {pragma}").fetchone()[0]
            restore.append((pragma, old))
            database.execute_sql(f"PRAGMA {pragma} = {value}")
    try:
        with database.atomic():
            _check_empty()
            builder = _Builder(database, customers, years, seed, end, progress, cancel)
            summary = builder.run()
    finally:
        for pragma, old in restore:
            database.execute_sql(f"PRAGMA {pragma} = {old}")
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


class _Builder:
    def __init__(self, database, n_customers: int, years: int, seed: int, end: _dt.date,
                 progress, cancel) -> None:
        self.database = database
        self.pg = is_postgres(database)
        self.p = database.param
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
        self.progress = progress
        self.cancel = cancel
        self.summary = DemoSummary(first_date=self.first, end_date=end)
        self.cur = database.cursor()
        self._date_cache: dict[int, object] = {}
        self._times = [f"{9 + i // 60 % 9:02d}:{i % 60:02d}:{(i * 7) % 60:02d}" for i in range(540)]
        self.heap: list[tuple] = []
        self.seq = 0
        # per-year document counters (next value)
        self.numbers: dict[tuple[str, int], int] = {}
        self.user_ids: dict[str, int] = {}

    # -- helpers ----------------------------------------------------------------------------

    def day(self, ordinal: int):
        """A date parameter: ISO text on SQLite (as Peewee stores it), a date on PostgreSQL."""
        v = self._date_cache.get(ordinal)
        if v is None:
            d = _dt.date.fromordinal(ordinal)
            v = d if self.pg else d.isoformat()
            self._date_cache[ordinal] = v
        return v

    def stamp(self, ordinal: int, k: int):
        """A created_at on the document's day, at an office hour."""
        t = self._times[k % 540]
        if self.pg:
            d = _dt.date.fromordinal(ordinal)
            h, mi, s = (int(x) for x in t.split(":"))
            return _dt.datetime(d.year, d.month, d.day, h, mi, s)
        return f"{self.day(ordinal)} {t}"

    def next_number(self, name: str, prefix: str, year: int) -> str:
        key = (name, year)
        v = self.numbers.get(key, 1)
        self.numbers[key] = v + 1
        return f"{prefix}-{year}-{v:06d}"

    def insert(self, table: str, columns: tuple[str, ...], rows: list) -> None:
        if not rows:
            return
        p = self.p
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([p] * len(columns))})"
        self.cur.executemany(sql, rows)

    def push(self, ordinal: int, order: int, cust: _Cust, payload: tuple) -> None:
        if ordinal > self.end_ord:
            return
        self.seq += 1
        heapq.heappush(self.heap, (ordinal, order, cust.idx, self.seq, payload))

    def next_id(self, table: str) -> int:
        """The first id to give explicitly in ``table`` (past any id used before)."""
        if self.pg:
            row = self.database.execute_sql(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id'))").fetchone()
            return int(row[0])
        row = self.database.execute_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()
        top = int(row[0])
        seq = self.database.execute_sql("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
        if seq is not None:
            top = max(top, int(seq[0]))
        return top + 1

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel():
            raise DemoCancelled(tr("demo", "The demo build was cancelled; nothing was written"))

    # -- the build --------------------------------------------------------------------------

    def run(self) -> DemoSummary:
        self.check_cancel()
        self.make_company_and_users()
        custs = self.make_customers()
        self.inv_next = self.next_id("invoice")
        self.inv_first = self.inv_next
        self.rct_next = self.next_id("receipt")
        self.cn_next = self.next_id("credit_note")
        self.inv_open: dict[int, int] = {}
        n_months = len(self.months)
        final_steps = 10
        total_steps = n_months + final_steps
        for mi, (year, month) in enumerate(self.months):
            self.check_cancel()
            self.rows_inv: list = []
            self.rows_line: list = []
            self.rows_rct: list = []
            self.rows_cn: list = []
            self.rows_alloc: list = []
            self.make_month(custs, mi, year, month)
            self.flush()
            if self.progress is not None:
                self.progress(mi + 1, total_steps)
        self.check_cancel()
        self.post_invoices(final_steps, n_months, total_steps)
        self.finish(custs)
        return self.summary

    def make_company_and_users(self) -> None:
        p = self.p
        for key, value in COMPANY.items():
            self.database.execute_sql(
                f"INSERT INTO company_setting (key, value) VALUES ({p}, {p}) ON CONFLICT (key) DO NOTHING",
                (key, value))
        created = self.stamp(self.first.toordinal() - 30, 0)
        active = True if self.pg else 1
        for username, display, role in USERS:
            self.database.execute_sql(
                f"INSERT INTO app_user (username, display_name, role, active, created_at) "
                f"VALUES ({p}, {p}, {p}, {p}, {p}) ON CONFLICT (username) DO NOTHING",
                (username, display, role, active, created))
        for uid, username in self.database.execute_sql("SELECT id, username FROM app_user").fetchall():
            self.user_ids[username] = uid
        self.summary.users = len(USERS)

    def make_customers(self) -> list[_Cust]:
        rng = self.rng
        n = self.n_customers
        first_id = self.next_id("customer")
        rows = []
        alias_rows = []
        rooms: set[tuple[int, int, int, int]] = set()
        used_names: set[str] = set()
        custs = []
        n_months = len(self.months)
        for i in range(n):
            c = _Cust()
            c.idx = i
            c.id = first_id + i
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
            c.open = deque()
            c.credit = deque()
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
            collector = self.user_ids[COLLECTORS[rng.randrange(3)]]
            created = self.stamp(_month_start(*self.months[c.start]).toordinal() - rng.randint(1, 20), i)
            rows.append((c.id, f"C{i + 1:06d}", name, kind, KIND_CATEGORY[kind],
                         phone, email, address, tax_id, rating, limit, c.terms, status, collector,
                         "", created, created))
            for a in aliases:
                alias_rows.append((c.id, a))
            custs.append(c)
        self.insert("customer", ("id", "code", "name", "kind", "category", "phone", "email", "address",
                                 "tax_id", "credit_rating", "credit_limit", "payment_terms_days", "status",
                                 "collector_id", "notes", "created_at", "updated_at"), rows)
        self.insert("customer_alias", ("customer_id", "alias"), alias_rows)
        self.numbers[("customer", 0)] = n + 1
        self.summary.customers = n
        return custs

    # -- one month --------------------------------------------------------------------------

    def make_month(self, custs: list[_Cust], mi: int, year: int, month: int) -> None:
        rng = self.rng
        first_ord = _dt.date(year, month, 1).toordinal()
        ny, nm = _add_month(year, month)
        last_ord = min(_dt.date(ny, nm, 1).toordinal() - 1, self.end_ord)
        period = f"{year}-{month:02d}"
        push = self.push
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
            else:
                self.do_credit_note(c, ordinal, payload)

    def schedule_payment(self, c: _Cust, issue: int, due: int, total: int) -> None:
        rng = self.rng
        b = c.behaviour
        if b == "prepay":
            return
        if b == "stopped" and self.month_index(issue) >= c.stop:
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

    def month_index(self, ordinal: int) -> int:
        d = _dt.date.fromordinal(ordinal)
        y0, m0 = self.months[0]
        return (d.year - y0) * 12 + d.month - m0

    def do_invoice(self, c: _Cust, issue: int, payload: tuple) -> None:
        _kind, lines, desc, period, source = payload
        inv_id = self.inv_next
        self.inv_next += 1
        due = issue + c.terms
        total = sum(line[3] for line in lines)
        year = _dt.date.fromordinal(issue).year
        number = self.next_number("invoice", "INV", year)
        stamp = self.stamp(issue, inv_id)
        self.rows_inv.append((inv_id, number, c.id, self.day(issue), self.day(due), period, desc, total, total,
                              "draft", source, stamp, BOOKKEEPER, stamp, BOOKKEEPER))
        for n, (ldesc, qm, price, amount) in enumerate(lines, start=1):
            self.rows_line.append((inv_id, n, ldesc, qm, price, amount))
        self.summary.invoices += 1
        self.summary.invoice_lines += len(lines)
        self.summary.total_invoiced += total
        self.inv_open[inv_id] = total
        # Posting uses the customer's credit (预收) on the new invoice, oldest credit first.
        left = total
        credit = c.credit
        while left and credit:
            src = credit[0]
            take = min(left, src[3])
            self.allocation(inv_id, src, take, issue, BOOKKEEPER, stamp)
            left -= take
            src[3] -= take
            if src[3] == 0:
                credit.popleft()
        self.inv_open[inv_id] = left
        if left:
            c.open.append(inv_id)
        self.schedule_payment(c, issue, due, total)
        if self.rng.random() < 0.004:
            pct = self.rng.choice((5, 10, 20, 30, 100))
            amount = max(100, total * pct // 100)
            self.push(issue + self.rng.randint(2, 40), 1, c,
                      ("C", inv_id, amount, self.rng.choice(CN_REASONS[c.kind])))

    def allocation(self, inv_id: int, src: list, amount: int, ordinal: int, user: str, stamp) -> None:
        if src[0] == "R":
            self.rows_alloc.append((inv_id, src[1], None, amount, self.day(ordinal), stamp, user))
        else:
            self.rows_alloc.append((inv_id, None, src[1], amount, self.day(ordinal), stamp, user))
        self.summary.allocations += 1

    def apply_oldest_first(self, c: _Cust, src: list, ordinal: int, user: str, stamp) -> None:
        """Spread what is left of ``src`` over the open invoices, oldest due first."""
        opened = c.open
        inv_open = self.inv_open
        while src[3] and opened:
            inv_id = opened[0]
            take = min(src[3], inv_open[inv_id])
            self.allocation(inv_id, src, take, ordinal, user, stamp)
            src[3] -= take
            inv_open[inv_id] -= take
            if inv_open[inv_id] == 0:
                opened.popleft()

    def do_receipt(self, c: _Cust, ordinal: int, payload: tuple) -> None:
        _kind, amount, pct = payload
        if amount is None:
            owed = sum(self.inv_open[i] for i in c.open)
            amount = owed * pct // 100 // 100 * 100
        if amount <= 0:
            return
        rng = self.rng
        rid = self.rct_next
        self.rct_next += 1
        year = _dt.date.fromordinal(ordinal).year
        number = self.next_number("receipt", "RCT", year)
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
        stamp = self.stamp(ordinal, rid)
        self.rows_rct.append((rid, number, c.id, self.day(ordinal), amount, method, ref, "", "posted",
                              stamp, user, 0))
        self.summary.receipts += 1
        self.summary.total_received += amount
        src = ["R", rid, ordinal, amount]
        self.apply_oldest_first(c, src, ordinal, user, stamp)
        if src[3]:
            c.credit.append(src)

    def do_credit_note(self, c: _Cust, ordinal: int, payload: tuple) -> None:
        _kind, inv_id, amount, reason = payload
        cid = self.cn_next
        self.cn_next += 1
        year = _dt.date.fromordinal(ordinal).year
        number = self.next_number("credit_note", "CN", year)
        stamp = self.stamp(ordinal, cid)
        self.rows_cn.append((cid, number, c.id, inv_id, self.day(ordinal), amount, reason, "posted",
                             stamp, BOOKKEEPER, 0))
        self.summary.credit_notes += 1
        self.summary.total_credited += amount
        src = ["C", cid, ordinal, amount]
        # Against its invoice first (as issue_credit_note does), the rest oldest due first.
        open_on_invoice = self.inv_open.get(inv_id, 0)
        if open_on_invoice > 0:
            take = min(amount, open_on_invoice)
            self.allocation(inv_id, src, take, ordinal, BOOKKEEPER, stamp)
            src[3] -= take
            self.inv_open[inv_id] -= take
            if self.inv_open[inv_id] == 0:
                c.open.remove(inv_id)
        self.apply_oldest_first(c, src, ordinal, BOOKKEEPER, stamp)
        if src[3]:
            c.credit.append(src)

    # -- writing ----------------------------------------------------------------------------

    def flush(self) -> None:
        self.insert("invoice", ("id", "number", "customer_id", "issue_date", "due_date", "period", "description",
                                "total", "open_amount", "status", "source", "posted_at", "posted_by",
                                "created_at", "created_by"), self.rows_inv)
        self.insert("invoice_line", ("invoice_id", "line_no", "description", "quantity_milli", "unit_price",
                                     "amount"), self.rows_line)
        self.insert("credit_note", ("id", "number", "customer_id", "invoice_id", "date", "amount", "reason",
                                    "status", "created_at", "created_by", "unapplied"), self.rows_cn)
        self.insert("receipt", ("id", "number", "customer_id", "date", "amount", "method", "reference", "memo",
                                "status", "created_at", "created_by", "unallocated"), self.rows_rct)
        self.insert("allocation", ("invoice_id", "receipt_id", "credit_note_id", "amount", "date",
                                   "created_at", "created_by"), self.rows_alloc)
        # Only open invoices are needed again; forget the settled ones.
        inv_open = self.inv_open
        for inv_id in [i for i, v in inv_open.items() if v == 0]:
            del inv_open[inv_id]

    def post_invoices(self, steps: int, done: int, total_steps: int) -> None:
        """Post every demo invoice at once: open amount from the allocations, status from it."""
        first, last = self.inv_first, self.inv_next - 1
        if last < first:
            return
        p = self.p
        paid_sql = (
            f"UPDATE invoice SET open_amount = invoice.total - a.paid, "
            f"status = CASE WHEN a.paid >= invoice.total THEN 'paid' ELSE 'partly_paid' END "
            f"FROM (SELECT invoice_id, SUM(amount) AS paid FROM allocation "
            f"WHERE invoice_id >= {p} AND invoice_id <= {p} GROUP BY invoice_id) AS a "
            f"WHERE invoice.id = a.invoice_id AND invoice.status = 'draft'")
        unpaid_sql = f"UPDATE invoice SET status = 'posted' WHERE id >= {p} AND id <= {p} AND status = 'draft'"
        span = last - first + 1
        chunk = -(-span // steps)
        for k in range(steps):
            self.check_cancel()
            lo = first + k * chunk
            hi = min(last, lo + chunk - 1)
            if lo <= hi:
                self.database.execute_sql(paid_sql, (lo, hi))
                self.database.execute_sql(unpaid_sql, (lo, hi))
            if self.progress is not None:
                self.progress(done + k + 1, total_steps)

    def finish(self, custs: list[_Cust]) -> None:
        p = self.p
        s = self.summary
        for (name, year), nxt in sorted(self.numbers.items()):
            self.database.execute_sql(
                f"INSERT INTO number_sequence (name, year, next_value) VALUES ({p}, {p}, {p}) "
                f"ON CONFLICT (name, year) DO UPDATE SET next_value = excluded.next_value",
                (name, year, nxt))
        if self.pg:
            for table in ("customer", "invoice", "receipt", "credit_note"):
                self.database.execute_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)")
        # What is left on receipts and credit notes (written as 0 month by month; only the
        # sources still holding customer credit at the end have anything left).
        left_rct = [(src[3], src[1]) for c in custs for src in c.credit if src[0] == "R"]
        left_cn = [(src[3], src[1]) for c in custs for src in c.credit if src[0] == "C"]
        if left_rct:
            self.cur.executemany(f"UPDATE receipt SET unallocated = {p} WHERE id = {p}", left_rct)
        if left_cn:
            self.cur.executemany(f"UPDATE credit_note SET unapplied = {p} WHERE id = {p}", left_cn)
        s.open_invoices = sum(c_open for c in custs for c_open in (self.inv_open[i] for i in c.open))
        s.credit = sum(src[3] for c in custs for src in c.credit)
        after = {k: v for k, v in s.as_dict().items() if k != "seconds"}
        record_audit("demo", "database", "demo", None, after)
