"""Bank statements: import-bank, bank-lines, match, unmatch, bank-reconciliation, bank
accounts (issue #11).

``add_commands`` puts this module's commands on the parser (called by
:func:`arapp.cli.parser.build_parser`); each command imports what it needs when run. A
command that writes is one transaction (:func:`arapp.cli.transaction.writes`); bad input
exits 2 with a message naming what.
"""

from __future__ import annotations

import argparse

from arapp import names
from arapp.cli.render import EXIT_OK, CliError, fit, money, plain, print_json, render_table
from arapp.cli.transaction import writes
from arapp.domain import vocabulary as vocab
from arapp.i18n import tr, trn


def add_commands(sub, add, parser_class) -> None:
    """Add this module's commands to ``sub`` (``add(sub, name, help, json_output=True)``
    makes a leaf parser; ``parser_class`` is the parser type for nested subcommands)."""
    from arapp.cli.parser import amount_arg, date_arg, positive_int_arg

    account_help = tr("bank_cli", "the bank account: its name, account number or id")

    # bank-account add | update | list
    p = add(sub, "bank-account", tr("bank_cli", "add, change and list the company's bank accounts"),
            json_output=False)
    asub = p.add_subparsers(dest="action", metavar=tr("bank_cli", "ACTION"), parser_class=parser_class,
                            required=True)
    c = add(asub, "add", tr("bank_cli", "add a bank account"))
    c.add_argument("--name", required=True, help=tr("bank_cli", "what the account is called, e.g. 基本户"))
    c.add_argument("--bank", default="", help=tr("bank_cli", "the bank (开户银行)"))
    c.add_argument("--account-no", required=True, metavar=tr("bank_cli", "NUMBER"),
                   help=tr("bank_cli", "the account number"))
    _account_fields(c, amount_arg, date_arg)
    c.set_defaults(func=cmd_bank_account_add)
    c = add(asub, "update", tr("bank_cli", "change a bank account's fields or opening balances"))
    c.add_argument("account", metavar=tr("bank_cli", "ACCOUNT"), help=account_help)
    c.add_argument("--name", default=None, help=tr("bank_cli", "a new name"))
    c.add_argument("--bank", default=None, help=tr("bank_cli", "the bank (开户银行)"))
    c.add_argument("--account-no", default=None, metavar=tr("bank_cli", "NUMBER"),
                   help=tr("bank_cli", "the account number"))
    _account_fields(c, amount_arg, date_arg, defaults=False)
    active = c.add_mutually_exclusive_group()
    active.add_argument("--inactive", dest="active", action="store_false", default=None,
                        help=tr("bank_cli", "stop using the account (its lines stay)"))
    active.add_argument("--active", dest="active", action="store_true", help=tr("bank_cli", "use it again"))
    c.set_defaults(func=cmd_bank_account_update)
    c = add(asub, "list", tr("bank_cli", "list the bank accounts with their lines waiting"))
    c.set_defaults(func=cmd_bank_account_list)

    # bank-lines
    p = add(sub, "bank-lines", tr("bank_cli", "list bank statement lines with their match"))
    p.add_argument("--account", default=None, metavar=tr("bank_cli", "ACCOUNT"), help=account_help)
    status = p.add_mutually_exclusive_group()
    status.add_argument("--unmatched", action="store_true", help=tr("bank_cli", "only the lines still waiting"))
    status.add_argument("--status", choices=vocab.BANK_LINE_STATUSES, default=None,
                        help=tr("bank_cli", "only lines of this status"))
    p.add_argument("--direction", choices=vocab.BANK_DIRECTIONS, default=None,
                   help=tr("bank_cli", "in (money received) or out (money paid)"))
    p.add_argument("--from", dest="date_from", type=date_arg, default=None, metavar=tr("bank_cli", "DATE"),
                   help=tr("bank_cli", "lines from this day"))
    p.add_argument("--to", dest="date_to", type=date_arg, default=None, metavar=tr("bank_cli", "DATE"),
                   help=tr("bank_cli", "lines up to this day"))
    p.add_argument("--search", default="", metavar=tr("bank_cli", "TEXT"),
                   help=tr("bank_cli", "part of the counterparty, description or serial"))
    p.add_argument("--limit", type=positive_int_arg, default=100, metavar="N",
                   help=tr("bank_cli", "at most N lines (default 100)"))
    p.set_defaults(func=cmd_bank_lines)

    # match
    p = add(sub, "match", tr("bank_cli", "match an incoming bank line by hand: the receipt and its allocations "
                                         "(the rest is left as credit)"))
    p.add_argument("line", type=positive_int_arg, metavar=tr("bank_cli", "LINE"),
                   help=tr("bank_cli", "the bank line's id (see bank-lines)"))
    p.add_argument("--invoice", type=invoice_part_arg, action="append", default=[],
                   metavar="N[:AMOUNT]",
                   help=tr("bank_cli", "an invoice the line pays, with how much (default: what it owes, up to "
                                       "what is left of the line); repeatable"))
    p.add_argument("--customer", default=None, metavar=tr("bank_cli", "CODE"),
                   help=tr("bank_cli", "the customer (default: the first invoice's)"))
    p.add_argument("--credit", action="store_true",
                   help=tr("bank_cli", "no invoice: keep the whole line as the customer's credit"))
    p.add_argument("--receipt", default=None, metavar=tr("bank_cli", "NUMBER"),
                   help=tr("bank_cli", "the receipt already in the books that the line shows (no new receipt)"))
    p.add_argument("--no-learn", dest="learn", action="store_false",
                   help=tr("bank_cli", "do not keep the payer's name and account for the customer"))
    p.set_defaults(func=cmd_match)

    # unmatch
    p = add(sub, "unmatch", tr("bank_cli", "undo a bank line's match: its receipt is reversed, never deleted"))
    p.add_argument("line", type=positive_int_arg, metavar=tr("bank_cli", "LINE"),
                   help=tr("bank_cli", "the bank line's id"))
    p.add_argument("--reason", required=True, metavar=tr("bank_cli", "TEXT"), help=tr("bank_cli", "why"))
    p.add_argument("--date", type=date_arg, default=None, metavar=tr("bank_cli", "DATE"),
                   help=tr("bank_cli", "date of the reversal (default: the receipt's date)"))
    p.set_defaults(func=cmd_unmatch)

    # bank-reconciliation
    p = add(sub, "bank-reconciliation", tr("bank_cli", "the bank reconciliation statement (银行存款余额调节表) "
                                                       "of an account for a month"))
    p.add_argument("--account", required=True, metavar=tr("bank_cli", "ACCOUNT"), help=account_help)
    p.add_argument("--month", required=True, metavar="YYYY-MM", help=tr("bank_cli", "the month"))
    p.add_argument("-o", "--output", default=None, metavar=tr("bank_cli", "FILE"),
                   help=tr("bank_cli", "write it to this file: .pdf or .xlsx (default: print it)"))
    p.set_defaults(func=cmd_bank_reconciliation)

    from arapp.cli.bank_import import add_import_command

    add_import_command(sub, add)


def _account_fields(c, amount_arg, date_arg, *, defaults: bool = True) -> None:
    c.add_argument("--profile", choices=vocab.BANK_PROFILES, default="generic" if defaults else None,
                   help=tr("bank_cli", "the bank's export format (default generic)"))
    c.add_argument("--opening-date", type=date_arg, default=None, metavar=tr("bank_cli", "DATE"),
                   help=tr("bank_cli", "the day the opening balances are at the start of"))
    c.add_argument("--opening-bank-balance", type=signed_amount_arg, default=0 if defaults else None,
                   metavar=tr("bank_cli", "AMOUNT"), help=tr("bank_cli", "the balance per bank statement"))
    c.add_argument("--opening-book-balance", type=signed_amount_arg, default=0 if defaults else None,
                   metavar=tr("bank_cli", "AMOUNT"), help=tr("bank_cli", "the balance per books"))


def signed_amount_arg(text: str) -> int:
    """An amount that may be negative (an overdrawn opening balance), in fen."""
    from arapp.domain.money import parse_amount
    from arapp.errors import ValidationError

    try:
        return parse_amount(text, allow_negative=True)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def invoice_part_arg(text: str) -> tuple[str, int | None]:
    """``N`` or ``N:AMOUNT``: an invoice number and, when given, the amount for it."""
    from arapp.cli.parser import amount_arg

    number, sep, amount = text.rpartition(":")
    if not sep:
        number, amount = text, ""
    number = number.strip()
    if not number:
        raise argparse.ArgumentTypeError(
            tr("bank_cli", "'{text}' is not N or N:AMOUNT (for example INV-2026-000123:500.00)", text=text))
    return number, (amount_arg(amount) if amount.strip() else None)


# ------------------------------------------------------------------ accounts

def _account_json(r) -> dict:
    return {"id": r.id, "name": r.name, "bank": r.bank, "account_no": r.account_no, "profile": r.profile,
            "opening_date": r.opening_date, "opening_bank_balance": plain(r.opening_bank_balance),
            "opening_book_balance": plain(r.opening_book_balance), "active": r.active, "lines": r.lines,
            "unmatched": r.unmatched, "last_date": r.last_date}


@writes
def cmd_bank_account_add(args) -> int:
    """Add one of the company's bank accounts."""
    from arapp.services.bank import add_bank_account

    result = add_bank_account(args.name, args.bank, args.account_no, profile=args.profile,
                              opening_date=args.opening_date, opening_bank_balance=args.opening_bank_balance,
                              opening_book_balance=args.opening_book_balance)
    if args.format == "json":
        print_json({"id": result.account_id, "name": result.name, "account_no": result.account_no}, args.pretty)
        return EXIT_OK
    print(tr("bank_cli", "Bank account {name} ({number}) added, id {id}.", name=result.name,
             number=result.account_no, id=result.account_id))
    return EXIT_OK


@writes
def cmd_bank_account_update(args) -> int:
    """Change a bank account's fields or opening balances."""
    from arapp.services.bank import update_bank_account

    fields = {k: getattr(args, k) for k in ("name", "bank", "account_no", "profile", "opening_date",
                                            "opening_bank_balance", "opening_book_balance", "active")
              if getattr(args, k) is not None}
    if not fields:
        raise CliError(tr("bank_cli", "Nothing to change: give at least one field"))
    result = update_bank_account(args.account, **fields)
    if args.format == "json":
        print_json({"id": result.account_id, "name": result.name, "changed": list(result.changed)}, args.pretty)
        return EXIT_OK
    if result.changed:
        print(tr("bank_cli", "Bank account {name} changed: {fields}.", name=result.name,
                 fields=", ".join(result.changed)))
    else:
        print(tr("bank_cli", "Bank account {name}: nothing changed.", name=result.name))
    return EXIT_OK


def cmd_bank_account_list(args) -> int:
    """The bank accounts with how many lines they hold and how many wait."""
    from arapp.reports.bank import bank_accounts

    rows = bank_accounts()
    if args.format == "json":
        print_json({"accounts": [_account_json(r) for r in rows]}, args.pretty)
        return EXIT_OK
    if not rows:
        print(tr("bank_cli", "No bank accounts yet: add one with 'arapp bank-account add'."))
        return EXIT_OK
    headers = [tr("bank_cli", "Id"), tr("bank_cli", "Name"), tr("bank_cli", "Bank"), tr("bank_cli", "Account number"),
               tr("bank_cli", "Profile"), tr("bank_cli", "Lines"), tr("bank_cli", "Waiting"),
               tr("bank_cli", "Last line")]
    body = [[str(r.id), r.name + ("" if r.active else " " + tr("bank_cli", "(inactive)")), r.bank, r.account_no,
             names.bank_profile(r.profile), str(r.lines), str(r.unmatched),
             r.last_date.isoformat() if r.last_date else ""] for r in rows]
    print(render_table(headers, body, [True, False, False, False, False, True, True, False]))
    return EXIT_OK


# ------------------------------------------------------------------ lines

def line_json(r) -> dict:
    """One bank line for JSON: amounts as decimal strings, its match in force."""
    return {"id": r.id, "account": r.account_name, "date": r.value_date, "time": r.value_time,
            "direction": r.direction, "amount": plain(r.amount), "balance": plain(r.balance),
            "counterparty_name": r.counterparty_name, "counterparty_account": r.counterparty_account,
            "description": r.description, "purpose": r.purpose, "serial": r.serial, "status": r.status,
            "receipt": r.receipt_number or None, "customer": r.customer_code or None, "rule": r.rule or None,
            "score": r.score, "reason": r.reason or None, "book_entry": r.book_entry_id}


def cmd_bank_lines(args) -> int:
    """Bank lines, oldest first, with the receipt and customer each became."""
    from arapp.reports.bank import bank_lines

    status = "unmatched" if args.unmatched else args.status
    page = bank_lines(args.account, status=status, direction=args.direction, date_from=args.date_from,
                      date_to=args.date_to, search=args.search, limit=args.limit)
    if args.format == "json":
        print_json({"total": page.total, "lines": [line_json(r) for r in page.rows]}, args.pretty)
        return EXIT_OK
    if not page.rows:
        print(tr("bank_cli", "No bank lines."))
        return EXIT_OK
    headers = [tr("bank_cli", "Line"), tr("bank_cli", "Date"), tr("bank_cli", "In/out"), tr("bank_cli", "Amount"),
               tr("bank_cli", "Counterparty"), tr("bank_cli", "Description"), tr("bank_cli", "Serial"),
               tr("bank_cli", "Status"), tr("bank_cli", "Receipt / customer")]
    body = [[str(r.id), r.value_date.isoformat(), names.bank_direction(r.direction), money(r.amount),
             fit(r.counterparty_name, 20), fit(" ".join(x for x in (r.description, r.purpose) if x), 24),
             r.serial, names.bank_line_status(r.status),
             " ".join(x for x in (r.receipt_number, r.customer_code) if x)] for r in page.rows]
    print(render_table(headers, body, [True, False, False, True, False, False, False, False, False]))
    if page.total > len(page.rows):
        print(trn("bank_cli", "{n} more line not shown (use --limit).", "{n} more lines not shown (use --limit).",
                  page.total - len(page.rows)))
    return EXIT_OK


@writes
def cmd_match(args) -> int:
    """Match an incoming line by hand: a new receipt allocated to the invoices given (the
    rest as credit), or the receipt already in the books (--receipt)."""
    from arapp.services.bank import accept_match, link_receipt

    if args.receipt and (args.invoice or args.credit):
        raise CliError(tr("bank_cli", "--receipt matches a receipt already recorded; give no --invoice or --credit"))
    if args.credit and args.invoice:
        raise CliError(tr("bank_cli", "--credit keeps the whole line as credit; give no --invoice with it"))
    if not (args.receipt or args.invoice or args.credit):
        raise CliError(tr("bank_cli", "Say what the line pays: --invoice N[:AMOUNT] (repeatable), --credit with "
                                      "--customer, or --receipt NUMBER"))
    if args.credit and not args.customer:
        raise CliError(tr("bank_cli", "--credit needs --customer CODE"))
    if args.receipt:
        result = link_receipt(args.line, args.receipt.strip(), learn=args.learn)
    else:
        result = accept_match(args.line, args.customer, args.invoice, rule="manual", score=100,
                              reason=tr("bank_cli", "matched by hand"), learn=args.learn)
    if args.format == "json":
        print_json({"line": result.line_id, "receipt": result.receipt_number, "customer": result.customer_code,
                    "allocations": [{"invoice": n, "amount": plain(a)} for n, a in result.allocated],
                    "credit_left": plain(result.credit_left), "learned_alias": result.learned_alias or None,
                    "learned_account": result.learned_account or None}, args.pretty)
        return EXIT_OK
    print(tr("bank_cli", "Bank line {line} matched: receipt {number} of {customer}.", line=result.line_id,
             number=result.receipt_number, customer=result.customer_code))
    for number, amount in result.allocated:
        print("  " + tr("bank_cli", "allocated {amount} to {invoice}", amount=money(amount), invoice=number))
    if result.credit_left:
        print(tr("bank_cli", "Kept as customer credit: {amount}.", amount=money(result.credit_left)))
    if result.learned_alias:
        print(tr("bank_cli", "Learned: {name} is an alias of {customer}.", name=result.learned_alias,
                 customer=result.customer_code))
    if result.learned_account:
        print(tr("bank_cli", "Learned: account {number} is {customer}'s.", number=result.learned_account,
                 customer=result.customer_code))
    return EXIT_OK


@writes
def cmd_unmatch(args) -> int:
    """Undo a line's match: the receipt it made is reversed (never deleted)."""
    from arapp.services.bank import unmatch

    result = unmatch(args.line, args.reason, date=args.date)
    if args.format == "json":
        print_json({"line": result.line_id, "receipt": result.receipt_number, "reversed": result.receipt_reversed,
                    "unlearned": list(result.unlearned)}, args.pretty)
        return EXIT_OK
    if result.receipt_reversed:
        print(tr("bank_cli", "Bank line {line} unmatched; receipt {number} reversed.", line=result.line_id,
                 number=result.receipt_number))
    else:
        print(tr("bank_cli", "Bank line {line} unmatched; receipt {number} stays as it was.", line=result.line_id,
                 number=result.receipt_number))
    for item in result.unlearned:
        print("  " + tr("bank_cli", "forgotten: {item}", item=item))
    return EXIT_OK


# ------------------------------------------------------------------ reconciliation

def cmd_bank_reconciliation(args) -> int:
    """The month's reconciliation statement: printed, as JSON, or written to .pdf/.xlsx."""
    from pathlib import Path

    from arapp.reports.bank_reconciliation import bank_reconciliation

    fmt = None
    if args.output:
        fmt = Path(args.output).suffix.lower().lstrip(".")
        if fmt not in ("pdf", "xlsx"):
            raise CliError(tr("bank_cli", "-o {path}: the reconciliation is written as .pdf or .xlsx",
                              path=args.output))
    rec = bank_reconciliation(args.account, args.month)
    if fmt:
        from arapp.exports.bank import export_bank_reconciliation

        path = export_bank_reconciliation(rec, fmt, args.output)
        print(tr("bank_cli", "Wrote {path}", path=str(path)))
        return EXIT_OK
    if args.format == "json":
        print_json({
            "account": rec.account_name, "account_no": rec.account_no, "month": rec.month, "as_of": rec.as_of,
            "bank_balance": plain(rec.bank_balance), "book_balance": plain(rec.book_balance),
            "items": [{"kind": i.kind, "date": i.date, "amount": plain(i.amount), "reference": i.reference,
                       "description": i.description} for i in rec.items],
            "adjusted_bank": plain(rec.adjusted_bank), "adjusted_books": plain(rec.adjusted_books),
            "difference": plain(rec.difference),
        }, args.pretty)
        return EXIT_OK
    from arapp.cli.render import report_table_text

    tables = rec.tables()
    print(report_table_text(tables[0]))
    if rec.items:
        print()
        print(report_table_text(tables[1], cell_width=40))
    return EXIT_OK
