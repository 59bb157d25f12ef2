"""``arapp customer add|list|show``: customers through their service and reports."""

from __future__ import annotations

from arapp import clock, names
from arapp.cli.render import EXIT_OK, fit, money, money_sign, pad, plain, print_json, render_table, text_width
from arapp.cli.transaction import writes
from arapp.i18n import tr, trn


def _customer_json(c, balance=None) -> dict:
    data = {
        "code": c.code, "name": c.name, "kind": c.kind, "category": c.category, "phone": c.phone,
        "email": c.email, "address": c.address, "tax_id": c.tax_id, "credit_rating": c.credit_rating,
        "credit_limit": plain(c.credit_limit), "payment_terms_days": c.payment_terms_days,
        "status": c.status,
    }
    if balance is not None:
        data.update({"open_invoices": plain(balance.open_invoices), "overdue": plain(balance.overdue),
                     "credit": plain(balance.credit), "balance": plain(balance.balance)})
    return data


@writes
def cmd_customer_add(args) -> int:
    """Add a customer with its aliases (one service call: all or nothing)."""
    from arapp.db import lookups
    from arapp.errors import NotFound
    from arapp.reports.customers import customer_card
    from arapp.services.customers import create_customer

    values: dict = {
        "name": args.name, "code": args.code, "kind": args.kind, "category": args.category,
        "phone": args.phone, "email": args.email, "address": args.address, "tax_id": args.tax_id,
        "credit_rating": (args.rating or "").upper(), "credit_limit": args.limit,
    }
    if args.terms is not None:
        values["payment_terms_days"] = args.terms
    if args.collector:
        try:
            user = lookups.user(args.collector)
        except NotFound:
            user = None
        if user is None or user.username != args.collector:     # a username, never an id
            raise NotFound(tr("cli", "No user {name}", name=args.collector))
        values["collector_id"] = user.id
    change = create_customer(**values, aliases=args.alias)
    cust = customer_card(change.customer_id)
    if args.format == "json":
        data = _customer_json(cust)
        data["aliases"] = [a for a in args.alias if a.strip()]
        print_json(data, args.pretty)
    else:
        print(tr("cli", "Customer {code} {name} added.", code=cust.code, name=cust.name))
    return EXIT_OK


def cmd_customer_list(args) -> int:
    """Customers matching a search, with today's balances."""
    from arapp.reports.balances import customer_balances
    from arapp.reports.customers import find_customer_cards

    found = find_customer_cards(args.search, limit=args.limit)
    balances = ({r.customer_id: r for r in customer_balances([c.id for c in found], clock.today()).rows}
                if found else {})
    if args.format == "json":
        print_json([_customer_json(c, balances.get(c.id)) for c in found], args.pretty)
        return EXIT_OK
    if not found:
        print(tr("cli", "No customers found."))
        return EXIT_OK
    headers = [tr("cli", "Code"), tr("cli", "Customer"), tr("cli", "Kind"), tr("cli", "Phone"), tr("cli", "Balance")]
    body = [[c.code, fit(c.name, 32), names.customer_kind(c.kind), c.phone,
             money(balances[c.id].balance) if c.id in balances else money(0)] for c in found]
    print(render_table(headers, body, [False, False, False, False, True]))
    return EXIT_OK


def cmd_customer_show(args) -> int:
    """One customer: master data, aliases, today's balance and open invoices."""
    from arapp.db import lookups
    from arapp.reports.balances import customer_balance, open_items
    from arapp.reports.customers import customer_card

    today = clock.today()
    cust = customer_card(args.code)
    bal = customer_balance(cust.id, today)
    items = open_items(cust.id, today)
    aliases = list(cust.aliases)
    collector = lookups.user(cust.collector_id) if cust.collector_id else None
    if args.format == "json":
        data = _customer_json(cust, bal)
        data["aliases"] = aliases
        data["collector"] = collector.username if collector else None
        data["open_items"] = [{"number": i.number, "issue_date": i.issue_date, "due_date": i.due_date,
                               "total": plain(i.total), "open_amount": plain(i.open_amount),
                               "days_overdue": i.days_overdue, "status": i.status} for i in items]
        print_json(data, args.pretty)
        return EXIT_OK
    fields = [
        (tr("cli", "Code"), cust.code), (tr("cli", "Name"), cust.name), (tr("cli", "Kind"), names.customer_kind(cust.kind)),
        (tr("cli", "Category"), cust.category), (tr("cli", "Phone"), cust.phone), (tr("cli", "E-mail"), cust.email),
        (tr("cli", "Address"), cust.address), (tr("cli", "Taxpayer id"), cust.tax_id),
        (tr("cli", "Credit rating"), cust.credit_rating),
        (tr("cli", "Credit limit"), money_sign(cust.credit_limit) if cust.credit_limit is not None else ""),
        (tr("cli", "Payment terms"), trn("cli", "{n} day", "{n} days", cust.payment_terms_days)),
        (tr("cli", "Status"), names.customer_status(cust.status)),
        (tr("cli", "Collector"), names.user_name(collector.username, collector.display_name) if collector else ""),
        (tr("cli", "Aliases"), "、".join(aliases)),
        (tr("cli", "Open invoices"), money_sign(bal.open_invoices)), (tr("cli", "Overdue"), money_sign(bal.overdue)),
        (tr("cli", "Credit"), money_sign(bal.credit)), (tr("cli", "Balance"), money_sign(bal.balance)),
    ]
    width = max(text_width(k) for k, _ in fields)
    for k, v in fields:
        print(f"{pad(k, width)}  {v}")
    if items:
        print()
        headers = [tr("cli", "Invoice"), tr("cli", "Issued"), tr("cli", "Due"), tr("cli", "Total"),
                   tr("cli", "Open"), tr("cli", "Days overdue")]
        body = [[i.number, i.issue_date.isoformat(), i.due_date.isoformat(), money(i.total), money(i.open_amount),
                 str(i.days_overdue)] for i in items]
        print(render_table(headers, body, [False, False, False, True, True, True]))
    return EXIT_OK
