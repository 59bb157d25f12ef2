"""``arapp invoice add|post|void|list``: invoices through their service, listed by
the invoice report."""

from __future__ import annotations

from arapp import clock, names
from arapp.cli.render import EXIT_OK, fit, money, money_sign, plain, print_json, render_table
from arapp.cli.transaction import writes
from arapp.i18n import tr


def _invoice_ref(text: str) -> int | str:
    text = text.strip()
    return int(text) if text.isdigit() else text


@writes
def cmd_invoice_add(args) -> int:
    """Write an invoice (posted unless --draft) and say what it did."""
    from arapp.db import lookups
    from arapp.services.invoices import create_invoice

    cust = lookups.customer(args.customer)
    result = create_invoice(
        cust, args.date, due_date=args.due, lines=args.line, amount=args.amount,
        description=args.description, period=args.period, post=not args.draft,
        override_reason=args.override,
    )
    return _print_invoice_result(args, result)


@writes
def cmd_invoice_post(args) -> int:
    """Post a draft invoice."""
    from arapp.services.invoices import post_invoice

    return _print_invoice_result(args, post_invoice(_invoice_ref(args.ref), override_reason=args.override))


@writes
def cmd_invoice_void(args) -> int:
    """Void a posted invoice (dated today unless --date)."""
    from arapp.services.invoices import void_invoice

    result = void_invoice(_invoice_ref(args.ref), args.reason, date=args.date or clock.today())
    return _print_invoice_result(args, result)


def _print_invoice_result(args, result) -> int:
    """The invoice as it now stands and its customer's balance today."""
    from arapp.db import lookups
    from arapp.reports.balances import customer_balance

    inv = lookups.invoice(result.invoice_id)
    bal = customer_balance(inv.customer_id, clock.today())
    if args.format == "json":
        print_json({
            "id": inv.id, "number": inv.number, "customer": result.customer_code, "status": inv.status,
            "issue_date": inv.issue_date, "due_date": inv.due_date, "total": plain(inv.total),
            "open_amount": plain(inv.open_amount), "credit_applied": plain(result.credit_applied),
            "released": plain(result.released), "customer_balance": plain(bal.balance), "tax": plain(result.tax),
        }, args.pretty)
        return EXIT_OK
    if inv.status == "draft":
        print(tr("cli", "Draft invoice {id} saved for {customer}: total {total}. Post it with 'arapp invoice post {id}'.",
                 id=inv.id, customer=result.customer_code, total=money_sign(inv.total)))
        if result.tax:
            print(tr("cli", "The total includes VAT {tax}.", tax=money_sign(result.tax)))
    elif inv.status == "void":
        print(tr("cli", "Invoice {number} voided.", number=inv.number))
        if result.released:
            print(tr("cli", "{amount} went back to the customer's credit.", amount=money_sign(result.released)))
    else:
        print(tr("cli", "Invoice {number} posted: total {total}, open {open} ({status}).",
                 number=inv.number, total=money_sign(inv.total), open=money_sign(inv.open_amount),
                 status=names.invoice_status(inv.status)))
        if result.tax:
            print(tr("cli", "The total includes VAT {tax}.", tax=money_sign(result.tax)))
        if result.credit_applied:
            print(tr("cli", "Customer credit used: {amount}.", amount=money_sign(result.credit_applied)))
    print(tr("cli", "Customer {code} balance: {balance}.", code=result.customer_code,
             balance=money_sign(bal.balance)))
    return EXIT_OK


def cmd_invoice_list(args) -> int:
    """Invoices, newest first (one customer's, only those with money owed, or those whose
    number, old ledger number or customer matches --search). The old ledger number
    (原单号) of imported invoices has a column when any invoice shown has one."""
    from arapp.db import lookups
    from arapp.reports.invoice_list import InvoiceFilter, invoice_page

    customer_id = lookups.customer(args.customer).id if args.customer else None
    filters = InvoiceFilter(text=getattr(args, "search", "") or "", customer_id=customer_id, open_only=args.open)
    rows = invoice_page(filters, limit=args.limit)
    if args.format == "json":
        print_json([{"id": r.id, "number": r.number, "external_number": r.external_number,
                     "customer": r.customer_code, "customer_name": r.customer_name,
                     "issue_date": r.issue_date, "due_date": r.due_date, "total": plain(r.total),
                     "open_amount": plain(r.open_amount), "status": r.status} for r in rows], args.pretty)
        return EXIT_OK
    if not rows:
        print(tr("cli", "No invoices found."))
        return EXIT_OK
    old = any(r.external_number for r in rows)
    headers = [tr("cli", "Invoice"), *([tr("cli", "Old ledger number")] if old else []), tr("cli", "Customer"),
               tr("cli", "Issued"), tr("cli", "Due"), tr("cli", "Total"), tr("cli", "Open"), tr("cli", "Status")]
    body = [[r.number or f"#{r.id}", *([r.external_number] if old else []),
             fit(f"{r.customer_code} {r.customer_name}", 30), r.issue_date.isoformat(),
             r.due_date.isoformat(), money(r.total), money(r.open_amount), names.invoice_status(r.status)] for r in rows]
    right = [False, *([False] if old else []), False, False, False, True, True, False]
    print(render_table(headers, body, right))
    return EXIT_OK
