"""Aging analysis (账龄分析): open receivables spread over age buckets, as of any date.

One ``AgingResult`` feeds the Aging tab's table and chart, the Excel export, the PDF
and the command line. Bucket totals always equal the open balance; unapplied credits
(预收) are a separate column and never mixed into the buckets.

Age is counted in days from the due date (default) or from the invoice date. A bucket
scheme is a list of edges: bucket *k* holds ages in (edge[k-1], edge[k]], the first
bucket everything up to edge[0] and one more bucket everything beyond the last edge.
Ages are turned into date boundaries once (age ≤ e ⇔ date ≥ as_of − e), so the
database compares ISO dates instead of computing an age per invoice.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from arapp import clock, names
from arapp.db.database import db
from arapp.db.ledger_sql import credit_pieces_sql, no_index, open_pieces_sql
from arapp.db.models import AgingScheme, User
from arapp.db.values import as_date
from arapp.domain import vocabulary as vocab
from arapp.domain.aging import DEFAULT_SCHEME, MAX_BUCKETS, Bucket, Scheme, default_labels, validate_edges  # noqa: F401
from arapp.domain.money import format_plain
from arapp.errors import NotFound, ValidationError
from arapp.i18n import tr

BASES = vocab.AGING_BASES
VIEWS = vocab.AGING_VIEWS


def list_schemes() -> list[Scheme]:
    return [_to_scheme(s) for s in AgingScheme.select().order_by(AgingScheme.builtin.desc(), AgingScheme.name)]


def get_scheme(name: str | None = None) -> Scheme:
    """A saved scheme by name; the default scheme when ``name`` is None."""
    q = AgingScheme.select()
    row = q.where(AgingScheme.is_default == True).first() if not name else q.where(AgingScheme.name == name).first()  # noqa: E712
    if row is None:
        if not name:
            return DEFAULT_SCHEME
        raise NotFound(tr("aging", "No aging scheme named '{name}'", name=name))
    return _to_scheme(row)


def _to_scheme(row: AgingScheme) -> Scheme:
    edges = tuple(json.loads(row.edges))
    labels = tuple(json.loads(row.labels)) if row.labels else ()
    return Scheme(row.name, edges, labels, bool(row.builtin))


@dataclass
class AgingFilter:
    collector_id: int | None = None
    category: str | None = None
    rating: str | None = None
    min_amount: int | None = None        # fen, on the row's open total
    overdue_only: bool = False
    search: str = ""
    customer_id: int | None = None


@dataclass
class AgingRow:
    key: str
    label: str
    buckets: list[int]
    credit: int = 0
    customer_id: int | None = None
    invoice_id: int | None = None
    extra: dict = field(default_factory=dict)   # view-specific columns (dates, days, collector …)

    @property
    def total(self) -> int:
        return sum(self.buckets)

    @property
    def net(self) -> int:
        return self.total - self.credit

    @property
    def overdue(self) -> int:
        return self.extra.get("overdue", 0)


@dataclass
class AgingResult:
    as_of: _dt.date
    basis: str
    scheme: Scheme
    view: str
    rows: list[AgingRow]
    filters: AgingFilter = field(default_factory=AgingFilter)

    @property
    def bucket_labels(self) -> list[str]:
        return [b.label for b in self.scheme.buckets]

    @property
    def bucket_totals(self) -> list[int]:
        return [sum(column) for column in zip(*(r.buckets for r in self.rows), strict=True)] or [0] * len(self.scheme.buckets)

    @property
    def total(self) -> int:
        return sum(r.total for r in self.rows)

    @property
    def total_credit(self) -> int:
        return sum(r.credit for r in self.rows)

    @property
    def total_overdue(self) -> int:
        return sum(r.overdue for r in self.rows)

    def to_json(self) -> dict:
        """Plain data: amounts as decimal strings (yuan), for the command line and scripts:
        ``as_of``, ``basis``, ``scheme``, ``view``, ``buckets`` (their names), ``rows``
        (each ``key``, ``name``, the view's own columns, ``buckets``, ``total``, ``credit``,
        ``net``) and ``totals`` (``buckets``, ``total``, ``credit``, ``net``)."""
        return json.loads(self.json_text())

    def json_text(self) -> str:
        """:meth:`to_json` as compact JSON text (one line; non-ASCII as it is)."""
        return "".join(self.json_parts())

    def json_parts(self, rows_per_part: int = 500) -> Iterator[str]:
        """:meth:`json_text` in pieces of about ``rows_per_part`` rows each, to be written
        one after another (a big book's text is never held whole). Written straight from
        the rows: on a big book several times faster than building the dictionaries and
        encoding them."""
        texts = _AmountTexts()      # most cells repeat (0.00 above all): each amount is formatted once
        names = _ColumnNames()      # each view column's key encoded once
        string = _json_string
        head = {"as_of": self.as_of.isoformat(), "basis": self.basis, "scheme": self.scheme.name,
                "view": self.view, "buckets": self.bucket_labels}
        yield _compact_json(head)[:-1] + ',"rows":['
        rows: list[str] = []
        for i, r in enumerate(self.rows):
            parts = ['{"key":' if not i else ',{"key":', _json_value(r.key), ',"name":', _json_value(r.label)]
            for k, v in r.extra.items():
                name = names[k]
                if name:            # (a view column named like a fixed one is left out: the fixed one wins)
                    parts.append(name)
                    parts.append('"' + texts[v] + '"' if k == "overdue" else string(v) if type(v) is str
                                 else _json_value(v))
            total = sum(r.buckets)
            parts.append(',"buckets":["' + '","'.join([texts[b] for b in r.buckets]) + '"],"total":"' + texts[total]
                         + '","credit":"' + texts[r.credit] + '","net":"' + texts[total - r.credit] + '"}')
            rows.append("".join(parts))
            if len(rows) == rows_per_part:
                yield "".join(rows)
                rows.clear()
        bucket_totals = self.bucket_totals
        total, credit = sum(bucket_totals), self.total_credit
        totals = {"buckets": [format_plain(b) for b in bucket_totals], "total": format_plain(total),
                  "credit": format_plain(credit), "net": format_plain(total - credit)}
        yield "".join(rows) + '],"totals":' + _compact_json(totals) + "}"


_ROW_KEYS = frozenset(("key", "name", "buckets", "total", "credit", "net"))


class _ColumnNames(dict):
    """A view column's key -> its JSON text with the comma and colon around it,
    ``,"overdue":``; empty for a key that a row's fixed columns use."""

    def __missing__(self, key: str) -> str:
        text = self[key] = "" if key in _ROW_KEYS else "," + _json_value(key) + ":"
        return text
_json_string = json.encoder.encode_basestring      # a str as a JSON string, non-ASCII as it is


def _compact_json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def _json_value(v) -> str:
    """One JSON value: strings, whole numbers and None at once, dates as ISO strings."""
    kind = type(v)
    if kind is str:
        return _json_string(v)
    if kind is int:
        return str(v)
    if v is None:
        return "null"
    if isinstance(v, _dt.date):
        return _json_string(v.isoformat())
    return _compact_json(v)


class _AmountTexts(dict):
    """Fen -> "1234.56" (:func:`format_plain`), each amount formatted the first time it is asked for."""

    def __missing__(self, fen: int) -> str:
        text = self[fen] = format_plain(fen)
        return text


def _bucket_cases(p: str, column: str, as_of: _dt.date, scheme: Scheme) -> tuple[list[str], list]:
    """CASE expressions summing amounts per bucket by comparing ISO dates."""
    cases, params = [], []
    for b in scheme.buckets:
        conds = []
        if b.high is not None:            # age <= high  ⇔  date >= as_of - high
            conds.append(f"{column} >= {p}")
            params.append((as_of - _dt.timedelta(days=b.high)).isoformat())
        if b.low is not None:             # age > low    ⇔  date < as_of - low
            conds.append(f"{column} < {p}")
            params.append((as_of - _dt.timedelta(days=b.low)).isoformat())
        cases.append(f"SUM(CASE WHEN {' AND '.join(conds)} THEN x.amount ELSE 0 END)")
    return cases, params


def aging(as_of: _dt.date | None = None, *, basis: str = "due", scheme: str | Scheme | None = None,
          view: str = "customer", filters: AgingFilter | None = None) -> AgingResult:
    """The aging report as of a date. Documents dated after it are left out, and money
    received after it does not reduce what was owed."""
    if basis not in BASES:
        raise ValidationError(tr("aging", "Unknown aging basis '{value}' (due or invoice)", value=basis))
    if view not in VIEWS:
        raise ValidationError(tr("aging", "Unknown aging view '{value}'", value=view))
    sch = scheme if isinstance(scheme, Scheme) else get_scheme(scheme)
    filters = filters or AgingFilter()
    today = clock.today()
    when = as_of or today
    p = db.obj.param
    # Without a date, today's figures come straight from open amounts; a date given
    # (today's too) recomputes, so documents dated after it are left out as the
    # balances, the overdue report and the credit check leave them out.
    pieces, pparams = open_pieces_sql(p, as_of)
    date_col = "x.due_date" if basis == "due" else "x.issue_date"
    cases, cparams = _bucket_cases(p, date_col, when, sch)
    overdue_case = f"SUM(CASE WHEN x.due_date < {p} THEN x.amount ELSE 0 END)"
    customers = _customer_info() if (view == "invoice" or filters != AgingFilter()) else {}

    if view == "invoice":
        sql = (f"SELECT g.*, i.number, i.issue_date, i.due_date FROM ("
               f"SELECT x.invoice_id, x.customer_id, {', '.join(cases)}, {overdue_case} "
               f"FROM ({pieces}) x GROUP BY {no_index('x.invoice_id')}, x.customer_id HAVING SUM(x.amount) <> 0) g "
               f"JOIN invoice i ON i.id = g.invoice_id")
        n = len(sch.buckets)
        rows = []
        for rec in db.execute_sql(sql, [*cparams, when.isoformat(), *pparams]).fetchall():
            iid, cid = rec[0], rec[1]
            number, issue, due = rec[n + 3:]
            issue, due = as_date(issue), as_date(due)
            c = customers.get(cid, {})
            rows.append(AgingRow(
                key=number or str(iid), label=c.get("name", ""),
                buckets=[int(a or 0) for a in rec[2:n + 2]], customer_id=cid, invoice_id=iid,
                extra={"customer_code": c.get("code", ""), "issue_date": issue,
                       "due_date": due, "days_overdue": max(0, (when - due).days) if due else 0,
                       "overdue": int(rec[n + 2] or 0)}))
        rows = [r for r in rows if _keep(r, customers.get(r.customer_id, {}), filters)]
        rows.sort(key=lambda r: (r.extra["customer_code"], r.extra["due_date"] or when, r.key))
        return AgingResult(when, basis, sch, view, rows, filters)

    # One grouped pass over invoice pieces and credit pieces together (credit pieces
    # carry no dates, so they fall in no bucket), joined to the customer afterwards.
    credits, crparams = credit_pieces_sql(p, as_of)
    both = (f"SELECT x.customer_id, x.issue_date, x.due_date, x.amount, 0 AS credit FROM ({pieces}) x "
            f"UNION ALL SELECT c.customer_id, NULL, NULL, 0, c.amount FROM ({credits}) c")
    sql = (f"SELECT g.*, cu.code, cu.name, cu.category, cu.credit_rating, cu.collector_id FROM ("
           f"SELECT x.customer_id, {', '.join(cases)}, {overdue_case}, SUM(x.credit) AS credit "
           f"FROM ({both}) x GROUP BY {no_index('x.customer_id')}) g JOIN customer cu ON cu.id = g.customer_id")
    users = _user_names()
    n = len(sch.buckets)
    plain_filter = filters == AgingFilter()
    rows = []
    for rec in db.execute_sql(sql, [*cparams, when.isoformat(), *pparams, *crparams]).fetchall():
        cid = rec[0]
        buckets = [int(a or 0) for a in rec[1:n + 1]]
        overdue, credit, code, name, category, rating, collector_id = rec[n + 1:]
        credit = int(credit or 0)
        if not credit and not any(buckets):
            continue
        row = AgingRow(code, name, buckets, credit, customer_id=cid,
                       extra={"overdue": int(overdue or 0), "collector": users.get(collector_id, ""),
                              "collector_id": collector_id, "category": category, "rating": rating})
        if plain_filter or _keep(row, customers.get(cid, {}), filters):
            rows.append(row)

    if view == "customer":
        rows.sort(key=lambda r: r.key)
        return AgingResult(when, basis, sch, view, rows, filters)

    groups: dict[object, AgingRow] = {}
    for r in rows:
        # collectors are grouped by user (two people may share a name), categories by name
        gid = r.extra.get("collector_id") if view == "collector" else (r.extra.get("category") or "")
        name = r.extra.get("collector" if view == "collector" else "category") or ""
        g = groups.get(gid)
        if g is None:
            label = name or (tr("aging", "(no collector)") if view == "collector" else tr("aging", "(no category)"))
            g = groups[gid] = AgingRow(name, label, [0] * n,
                                       extra={"overdue": 0, "customers": 0, "group_id": gid})
        g.buckets = [a + b for a, b in zip(g.buckets, r.buckets, strict=True)]
        g.credit += r.credit
        g.extra["overdue"] += r.overdue
        g.extra["customers"] += 1
    out = sorted(groups.values(), key=lambda g: (g.key == "", g.key))
    return AgingResult(when, basis, sch, view, out, filters)


def _keep(row: AgingRow, c: dict, f: AgingFilter) -> bool:
    if f.customer_id is not None and row.customer_id != f.customer_id:
        return False
    if f.collector_id is not None and c.get("collector_id") != f.collector_id:
        return False
    if f.category and c.get("category") != f.category:
        return False
    if f.rating and c.get("rating") != f.rating:
        return False
    if f.overdue_only and row.overdue <= 0:
        return False
    if f.min_amount is not None and row.total < f.min_amount:
        return False
    if f.search:
        s = f.search.strip().lower()
        hay = f"{c.get('code', '')} {c.get('name', '')} {c.get('phone', '')} {row.key}".lower()
        if s not in hay:
            return False
    return True


def _user_names() -> dict[int, str]:
    return {u.id: names.user_name(u.username, u.display_name)
            for u in User.select(User.id, User.username, User.display_name)}


def _customer_info() -> dict[int, dict]:
    users = _user_names()
    out = {}
    cur = db.execute_sql("SELECT id, code, name, category, credit_rating, collector_id, phone FROM customer")
    for cid, code, name, category, rating, collector_id, phone in cur.fetchall():
        out[cid] = {"code": code, "name": name, "category": category, "rating": rating,
                    "collector_id": collector_id, "collector": users.get(collector_id, ""), "phone": phone}
    return out


@dataclass
class FilterChoices:
    collectors: list[tuple[int, str]]
    categories: list[str]
    ratings: list[str]


def filter_choices() -> FilterChoices:
    """What the Aging tab's filter boxes offer: collectors, customer categories, ratings."""
    collectors = [(u.id, names.user_name(u.username, u.display_name)) for u in
                  User.select().where(User.active == True).order_by(User.username)]  # noqa: E712
    cats = [r[0] for r in db.execute_sql(
        "SELECT DISTINCT category FROM customer WHERE category <> '' ORDER BY category").fetchall()]
    return FilterChoices(collectors, cats, ["A", "B", "C", "D"])
