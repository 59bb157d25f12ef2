"""``arapp receipt add|reverse|print`` and ``arapp receipts print``: receipts through their
service; the receipt (收据) as a document through arapp.outbox.receipts."""

from __future__ import annotations

from arapp import clock, names
from arapp.cli.render import EXIT_OK, money_sign, plain, print_json
from arapp.cli.transaction import writes
from arapp.i18n import tr, trn


@writes
def cmd_receipt_add(args) -> int:
    """Record a receipt and allocate it (oldest due first unless told otherwise)."""
    from arapp.db import lookups
    from arapp.reports.balances import customer_balance
    from arapp.services.receipts import AUTO, record_receipt

    cust = lookups.customer(args.customer)
    if args.no_allocate:
        allocations = None
    elif args.allocate:
        allocations = args.allocate
    else:
        allocations = AUTO
    result = record_receipt(cust, args.date, args.amount, method=args.method, reference=args.reference,
                            memo=args.memo, allocations=allocations)
    bal = customer_balance(cust.id, clock.today())
    if args.format == "json":
        print_json({
            "number": result.number, "customer": result.customer_code, "date": args.date,
            "amount": plain(result.amount), "method": args.method,
            "allocations": [{"invoice": n, "amount": plain(a)} for n, a in result.allocated],
            "unallocated": plain(result.unallocated), "customer_balance": plain(bal.balance),
        }, args.pretty)
        return EXIT_OK
    print(tr("cli", "Receipt {number} recorded: {amount} from {customer} ({method}).", number=result.number,
             amount=money_sign(result.amount), customer=result.customer_code, method=names.payment_method(args.method)))
    for number, amount in result.allocated:
        print("  " + tr("cli", "allocated {amount} to {invoice}", amount=money_sign(amount), invoice=number))
    if result.unallocated:
        print(tr("cli", "Kept as customer credit: {amount}.", amount=money_sign(result.unallocated)))
    print(tr("cli", "Customer {code} balance: {balance}.", code=result.customer_code,
             balance=money_sign(bal.balance)))
    return EXIT_OK


@writes
def cmd_receipt_reverse(args) -> int:
    """Reverse a receipt (dated today unless --date); its invoices are owed again."""
    from arapp.db import lookups
    from arapp.reports.balances import customer_balance
    from arapp.services.receipts import reverse_receipt

    result = reverse_receipt(args.ref.strip(), args.reason, date=args.date or clock.today())
    bal = customer_balance(lookups.customer(result.customer_code).id, clock.today())
    if args.format == "json":
        print_json({
            "number": result.number, "customer": result.customer_code, "amount": plain(result.amount),
            "status": result.status,
            "reopened": [{"invoice": n, "amount": plain(-a)} for n, a in result.allocated],
            "customer_balance": plain(bal.balance),
        }, args.pretty)
        return EXIT_OK
    print(tr("cli", "Receipt {number} reversed.", number=result.number))
    for number, amount in result.allocated:
        print("  " + tr("cli", "{invoice} is owed again: {amount}", invoice=number, amount=money_sign(-amount)))
    print(tr("cli", "Customer {code} balance: {balance}.", code=result.customer_code,
             balance=money_sign(bal.balance)))
    return EXIT_OK


@writes
def cmd_receipt_print(args) -> int:
    """Make a receipt's PDF (收据; --two-copies: 存根 and 客户联 on one page) and archive it."""
    from arapp.outbox.receipts import make_receipt

    made = make_receipt(args.ref.strip(), two_copies=args.two_copies, out=args.output)
    print(tr("cli", "Receipt written to {path} ({pages} pages).", path=str(made.path), pages=made.pages))
    return EXIT_OK


@writes
def cmd_receipts_print(args) -> int:
    """Make every receipt of a day: one PDF (--combined) or one file per receipt in a folder."""
    from pathlib import Path

    from arapp.outbox.receipts import make_receipts

    out = Path(args.output)
    if not args.combined and not out.exists() and out.parent.is_dir():
        out.mkdir()
    batch = make_receipts(args.date, out, combined=args.combined, two_copies=args.two_copies)
    if not batch.documents:
        print(tr("cli", "No receipts are dated {date}.", date=args.date.isoformat()))
        return EXIT_OK
    print(trn("cli", "{n} receipt of {date} made:", "{n} receipts of {date} made:", batch.documents,
              date=args.date.isoformat()))
    for path in batch.files:
        print("  " + str(path))
    return EXIT_OK
