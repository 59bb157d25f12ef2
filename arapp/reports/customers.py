"""Customers as the faces show them, as plain values: one customer's card (master data,
aliases, contacts), a short match for a search box, and a page of the customer list
with today's balances, sorted and filtered in SQL (by code, name, phone, balance or
overdue amount; only the customers with something overdue). Read-only."""

from __future__ import annotations

from dataclasses import dataclass

from arapp import clock
from arapp.db import lookups
from arapp.db.database import db, is_sqlite
from arapp.db.ledger_sql import credit_pieces_sql, no_index, open_pieces_sql
from arapp.db.models import Contact, Customer, CustomerAlias
from arapp.reports.balances import customer_balances

#: What the customer list sorts by: master data, or today's balance or overdue amount.
CUSTOMER_LIST_SORTS = ("code", "name", "phone", "balance", "overdue")
#: Customers whose balances are read in one query (an IN list of their ids).
_BALANCE_CHUNK = 900
#: Customers from which a list reads every customer's balance at once (a read of the
#: whole book costs about as much as three chunks).
_ALL_BALANCES_FROM = 3 * _BALANCE_CHUNK


@dataclass(frozen=True)
class ContactCard:
    """A contact person of a customer."""

    name: str
    title: str
    phone: str
    email: str
    is_primary: bool
    id: int = 0
    notes: str = ""


@dataclass(frozen=True)
class CustomerCard:
    """One customer's master data, the names it goes by on bank statements (in the order
    they were recorded) and its contact people."""

    id: int
    code: str
    name: str
    kind: str
    category: str
    phone: str
    email: str
    address: str
    tax_id: str
    credit_rating: str
    credit_limit: int | None
    payment_terms_days: int
    status: str
    collector_id: int | None
    notes: str
    aliases: tuple[str, ...] = ()
    contacts: tuple[ContactCard, ...] = ()


@dataclass(frozen=True)
class CustomerMatch:
    """A customer as a search box offers it."""

    id: int
    code: str
    name: str
    payment_terms_days: int
    status: str


def customer_card(ref: int | str) -> CustomerCard:
    """The customer with this id or code, with its aliases and contacts (NotFound otherwise)."""
    c = lookups.customer(ref)
    aliases = tuple(r.alias for r in CustomerAlias.select(CustomerAlias.alias)
                    .where(CustomerAlias.customer == c.id).order_by(CustomerAlias.id))
    contacts = tuple(ContactCard(p.name, p.title or "", p.phone or "", p.email or "", bool(p.is_primary),
                                 p.id, p.notes or "")
                     for p in Contact.select().where(Contact.customer == c.id).order_by(Contact.id))
    return _card(c, aliases, contacts)


def _card(c: Customer, aliases: tuple[str, ...] = (), contacts: tuple[ContactCard, ...] = ()) -> CustomerCard:
    return CustomerCard(
        id=c.id, code=c.code, name=c.name, kind=c.kind, category=c.category or "", phone=c.phone or "",
        email=c.email or "", address=c.address or "", tax_id=c.tax_id or "", credit_rating=c.credit_rating or "",
        credit_limit=c.credit_limit, payment_terms_days=c.payment_terms_days, status=c.status,
        collector_id=c.collector_id, notes=c.notes or "", aliases=aliases, contacts=contacts)


def find_customer_cards(text: str = "", *, limit: int = 200, offset: int = 0) -> list[CustomerCard]:
    """The master data of the customers whose code, name, alias or phone contains ``text``
    (all when blank), by code; without their aliases and contacts."""
    return [_card(c) for c in _search(text).limit(limit).offset(offset)]


def _match(c: Customer) -> CustomerMatch:
    return CustomerMatch(c.id, c.code, c.name, c.payment_terms_days, c.status)


def customer_match(ref: int | str) -> CustomerMatch:
    """The customer with this id or code, as a search box shows it (NotFound otherwise)."""
    return _match(lookups.customer(ref))


def _matching(text: str):
    """The condition on customers whose code, name, alias or phone contains ``text``
    (None when blank: all)."""
    text = (text or "").strip()
    if not text:
        return None
    # contains() escapes % and _ so they are searched for literally
    alias_ids = CustomerAlias.select(CustomerAlias.customer_id).where(CustomerAlias.alias.contains(text))
    return (Customer.code.contains(text) | Customer.name.contains(text) | Customer.phone.contains(text)
            | Customer.id.in_(alias_ids))


def _search(text: str):
    query = Customer.select().order_by(Customer.code)
    condition = _matching(text)
    return query if condition is None else query.where(condition)


def find_customers(text: str = "", *, limit: int = 30, offset: int = 0) -> list[CustomerMatch]:
    """Customers whose code, name, alias or phone contains ``text`` (all when blank), by code."""
    return [_match(c) for c in _search(text).limit(limit).offset(offset)]


class CustomerListRow:
    """A customer in the list, with today's balance."""

    __slots__ = ("id", "code", "name", "phone", "status", "balance", "overdue", "credit", "open_count")

    def __init__(self, id: int, code: str, name: str, phone: str, status: str,  # noqa: A002
                 balance: int = 0, overdue: int = 0, credit: int = 0, open_count: int = 0):
        self.id = id
        self.code = code
        self.name = name
        self.phone = phone
        self.status = status
        self.balance = balance
        self.overdue = overdue
        self.credit = credit
        self.open_count = open_count


def customer_list_page(text: str, offset: int, limit: int | None, *, sort: str = "code", descending: bool = False,
                       overdue_only: bool = False) -> list[CustomerListRow]:
    """One page of the customer search (code, name, alias or phone), each with today's
    balance, overdue amount, unapplied credit and open invoice count, in the order of
    ``sort`` (one of :data:`CUSTOMER_LIST_SORTS`; ties by code), optionally only the
    customers with something overdue. The order and the filter are SQL's, so pages follow
    one another whatever the books hold. ``limit`` None: every customer from ``offset``
    on (an export of the list; the balances are read a chunk of customers at a time)."""
    if sort not in CUSTOMER_LIST_SORTS:
        raise ValueError(f"the customer list sorts by one of {CUSTOMER_LIST_SORTS}, not {sort!r}")
    if sort in ("balance", "overdue") or overdue_only:
        ids = _ids_by_figures(text, sort, descending, overdue_only, offset, limit)
        found = {}
        for start in range(0, len(ids), _BALANCE_CHUNK):
            found.update((c.id, c) for c in Customer.select().where(Customer.id.in_(ids[start:start + _BALANCE_CHUNK])))
        customers = [found[i] for i in ids if i in found]
    else:
        column = getattr(Customer, sort)
        query = Customer.select().order_by(column.desc() if descending else column.asc(),
                                           *(() if sort == "code" else (Customer.code.asc(),)))
        condition = _matching(text)
        if condition is not None:
            query = query.where(condition)
        customers = list(query.limit(limit).offset(offset))
    if not customers:
        return []
    if len(customers) >= _ALL_BALANCES_FROM:       # most of the book: one read of every balance
        balances = {r.customer_id: r for r in customer_balances(None, counts=True).rows}
    else:
        balances = {}
        for start in range(0, len(customers), _BALANCE_CHUNK):
            chunk = customers[start:start + _BALANCE_CHUNK]
            balances.update((r.customer_id, r) for r in customer_balances([c.id for c in chunk]).rows)
    rows = []
    for c in customers:
        b = balances.get(c.id)
        rows.append(CustomerListRow(
            c.id, c.code, c.name, c.phone, c.status,
            b.balance if b else 0, b.overdue if b else 0, b.credit if b else 0, b.open_count if b else 0))
    return rows


def _ids_by_figures(text: str, sort: str, descending: bool, overdue_only: bool, offset: int,
                    limit: int | None) -> list[int]:
    """The ids of one page of matching customers ordered by ``sort`` over today's open
    amounts and credit (the pieces of :mod:`arapp.db.ledger_sql`, as the balance report
    reads them), ties by code; only those with an overdue amount when ``overdue_only``."""
    p = db.obj.param
    pieces, piece_params = open_pieces_sql(p, None)
    credits, credit_params = credit_pieces_sql(p, None)
    where, where_params = "", []
    condition = _matching(text)
    if condition is not None:
        where_sql, where_params = Customer.select(Customer.id).where(condition).sql()
        where = f" AND c.id IN ({where_sql})"
    if overdue_only:
        where += " AND COALESCE(o.overdue, 0) > 0"
    order = {"balance": "balance", "overdue": "overdue", "code": "c.code", "name": "c.name", "phone": "c.phone"}[sort]
    direction = "DESC" if descending else "ASC"
    tie = "" if sort == "code" else ", c.code ASC"
    sql = (
        "SELECT c.id, COALESCE(o.open_sum, 0) - COALESCE(k.credit, 0) AS balance, COALESCE(o.overdue, 0) AS overdue "
        "FROM customer c "
        "LEFT JOIN (SELECT x.customer_id, SUM(x.amount) AS open_sum, "
        f"SUM(CASE WHEN x.due_date < {p} THEN x.amount ELSE 0 END) AS overdue "
        f"FROM ({pieces}) x GROUP BY {no_index('x.customer_id')}) o ON o.customer_id = c.id "
        "LEFT JOIN (SELECT y.customer_id, SUM(y.amount) AS credit "
        f"FROM ({credits}) y GROUP BY y.customer_id) k ON k.customer_id = c.id "
        f"WHERE 1 = 1{where} ORDER BY {order} {direction}{tie}")
    params = [clock.today().isoformat(), *piece_params, *credit_params, *where_params]
    if limit is not None:
        sql += f" LIMIT {p} OFFSET {p}"
        params += [int(limit), int(offset)]
    elif offset:
        sql += f" LIMIT -1 OFFSET {p}" if is_sqlite() else f" OFFSET {p}"
        params.append(int(offset))
    return [int(row[0]) for row in db.execute_sql(sql, params).fetchall()]


def customer_count() -> int:
    """How many customers the books hold."""
    return Customer.select().count()


def customer_kind(ref: int | str) -> str:
    """The customer's kind (vocabulary.CUSTOMER_KINDS): enterprise, individual, owner …"""
    return lookups.customer(ref).kind
