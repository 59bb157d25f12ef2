"""Bringing an existing ledger in: import-customers, import-ledger, template-file (issue #11).

``add_commands`` puts this module's commands on the parser (called by
:func:`arapp.cli.parser.build_parser`); each command imports what it needs when run.

``arapp import-customers FILE`` and ``arapp import-ledger FILE [--as-of DATE]`` read the
file, print what it held (the sheet and header found, the first rows and every refused
row with its row, column and reason) and import it in one transaction. A refused row
stops the import (exit 2, nothing written) unless ``--skip-rejected``; ``--dry-run``
writes nothing and exits 2 when rows were refused, so a file can be checked first.
``arapp template-file customers|ledger -o FILE`` writes the template.
"""

from __future__ import annotations

from arapp.i18n import tr

PREVIEW_ROWS = 20


def add_commands(sub, add, parser_class) -> None:
    """Add this module's commands to ``sub`` (``add(sub, name, help, json_output=True)``
    makes a leaf parser; ``parser_class`` is the parser type for nested subcommands)."""
    from arapp.cli.parser import date_arg
    from arapp.domain import vocabulary as vocab

    def file_options(p) -> None:
        p.add_argument("file", metavar=tr("cli", "FILE"), help=tr("cli", "the xlsx, xls, ods or csv file"))
        p.add_argument("--sheet", default=None, metavar=tr("cli", "NAME"),
                       help=tr("cli", "the sheet to read (default: the first sheet that holds anything)"))
        p.add_argument("--dry-run", action="store_true",
                       help=tr("cli", "check the file and show what would be imported; write nothing"))
        p.add_argument("--skip-rejected", action="store_true",
                       help=tr("cli", "import the other rows when some are refused (default: refuse the file)"))
        p.add_argument("--all", action="store_true",
                       help=tr("cli", "print every row (default: the first {n})", n=PREVIEW_ROWS))

    p = add(sub, "import-customers", tr("cli", "import customers from a file (with aliases, contact persons, terms, "
                                               "limits and bank accounts)"))
    file_options(p)
    p.set_defaults(func=cmd_import_customers)

    p = add(sub, "import-ledger", tr("cli", "import the open invoices, opening balances and advances of an old "
                                            "receivable ledger (台账)"))
    file_options(p)
    p.add_argument("--as-of", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "the day the ledger's balances were taken (default today): opening balances "
                                  "and advances are dated it"))
    p.set_defaults(func=cmd_import_ledger)

    p = add(sub, "template-file", tr("cli", "write the template of a customer file or a ledger file (xlsx)"),
            json_output=False)
    p.add_argument("which", choices=vocab.ONBOARDING_FILES, metavar="customers|ledger",
                   help=tr("cli", "which template: customers or ledger"))
    p.add_argument("-o", "--output", required=True, metavar=tr("cli", "FILE"), help=tr("cli", "the file to write"))
    p.set_defaults(func=cmd_template_file)


def cmd_template_file(args) -> int:
    """Write a template file."""
    from arapp.cli.render import EXIT_OK
    from arapp.io.onboarding_templates import write_template

    write_template(args.which, args.output)
    print(tr("cli", "Wrote {path}", path=args.output))
    return EXIT_OK


def _run_import(args, read, apply, show) -> int:
    """Read the file, apply it, print the preview and the outcome; 2 when rows were refused
    (unless --skip-rejected imported the others) or nothing was imported."""
    from arapp.cli.render import EXIT_OK, EXIT_REFUSED, print_json, refuse_line
    from arapp.services.onboarding import RowsRejected

    preview = read(args.file, sheet=args.sheet)
    refused_message = ""
    try:
        result = apply(preview)
    except RowsRejected as exc:
        result, refused_message = exc.result, exc.message
    if args.format == "json":
        print_json(_json(preview, result, refused_message), args.pretty)
    else:
        _print_preview(preview, result, args, show)
    if refused_message:
        refuse_line(refused_message)
        return EXIT_REFUSED
    if result.rejected and not args.skip_rejected:
        return EXIT_REFUSED         # a dry run with refused rows
    return EXIT_OK


def cmd_import_customers(args) -> int:
    """Import a customer file."""
    from arapp.cli.transaction import writes
    from arapp.io.onboarding import read_customer_file
    from arapp.services.onboarding import import_customers

    def apply(preview):
        return import_customers(preview.rows, dry_run=args.dry_run, skip_rejected=args.skip_rejected,
                                rejected=preview.rejected, file_name=preview.file_name, sha256=preview.sha256,
                                columns=preview.columns)

    return writes(lambda a: _run_import(a, read_customer_file, apply, _show_customers))(args)


def cmd_import_ledger(args) -> int:
    """Import a ledger file."""
    from arapp.cli.transaction import writes
    from arapp.io.onboarding import read_ledger_file
    from arapp.services.onboarding import import_ledger

    def apply(preview):
        return import_ledger(preview.rows, as_of=args.as_of, dry_run=args.dry_run, skip_rejected=args.skip_rejected,
                             rejected=preview.rejected, file_name=preview.file_name, sha256=preview.sha256,
                             columns=preview.columns)

    return writes(lambda a: _run_import(a, read_ledger_file, apply, _show_ledger))(args)


# ----------------------------------------------------------------------------- printing

def _print_preview(preview, result, args, show) -> None:
    from arapp.domain.onboarding import field_label

    print(tr("cli", "{file}: {note} Header on row {row}.", file=preview.file_name, note=preview.sheet_note,
             row=preview.header_row_no))
    mapped = tr("cli", ", ").join(tr("cli", "{column} → {field}", column=name, field=field_label(f))
                                  for f, name in preview.columns.items())
    print(tr("cli", "Columns read: {columns}", columns=mapped))
    if preview.skipped_rows:
        print(tr("cli", "Rows skipped (totals, repeated headers): {rows}", rows=", ".join(str(n) for n in preview.skipped_rows)))
    show(result, args)
    if result.rejected:
        _print_rejected(result.rejected)


def _print_rejected(rejected) -> None:
    from arapp.cli.render import fit, render_table

    print()
    print(tr("cli", "Rows refused ({n}):", n=len(rejected)))
    headers = [tr("cli", "Row"), tr("cli", "Column"), tr("cli", "Value"), tr("cli", "Reason")]
    body = [[str(r.row_no), r.column, fit(r.value, 24), r.reason] for r in rejected]
    print(render_table(headers, body, [True, False, False, False]))


def _limited(rows: list, args) -> tuple[list, int]:
    if args.all or len(rows) <= PREVIEW_ROWS:
        return rows, 0
    return rows[:PREVIEW_ROWS], len(rows) - PREVIEW_ROWS


def _show_customers(result, args) -> None:
    from arapp import names
    from arapp.cli.render import fit, money, render_table

    shown, more = _limited(result.customers, args)
    if shown:
        headers = [tr("cli", "Row"), tr("cli", "Code"), tr("cli", "Name"), tr("cli", "Kind"), tr("cli", "Terms"),
                   tr("cli", "Credit limit"), tr("cli", "Aliases"), tr("cli", "Contact persons"), tr("cli", "Accounts")]
        body = [[str(c.row_no), c.code or tr("cli", "(next)"), fit(c.name, 30), names.customer_kind(c.kind),
                 str(c.payment_terms_days), money(c.credit_limit) if c.credit_limit is not None else "",
                 fit("、".join(c.aliases), 20), str(c.contacts), str(c.bank_accounts)] for c in shown]
        print(render_table(headers, body, [True, False, False, False, True, True, False, True, True]))
        if more:
            print(tr("cli", "… and {n} more (--all prints every row)", n=more))
    if result.dry_run:
        print(tr("cli", "Dry run: {n} customers would be imported ({aliases} aliases, {contacts} contact persons, "
                        "{accounts} bank accounts); nothing was written.", n=len(result.customers),
                 aliases=result.aliases, contacts=result.contacts, accounts=result.bank_accounts))
    elif result.written:
        print(tr("cli", "Imported {n} customers ({aliases} aliases, {contacts} contact persons, {accounts} bank "
                        "accounts).", n=len(result.customers), aliases=result.aliases, contacts=result.contacts,
                 accounts=result.bank_accounts))


def _show_ledger(result, args) -> None:
    from arapp import names
    from arapp.cli.render import fit, money, money_sign, render_table

    shown, more = _limited(result.entries, args)
    if shown:
        headers = [tr("cli", "Row"), tr("cli", "Becomes"), tr("cli", "Number"), tr("cli", "Old ledger number"),
                   tr("cli", "Customer"), tr("cli", "Issued"), tr("cli", "Due"), tr("cli", "Amount")]
        body = [[str(e.row_no), names.ledger_entry_kind(e.kind), e.number, e.external_number,
                 fit(f"{e.customer_code} {e.customer_name}", 30), e.issue_date.isoformat(),
                 e.due_date.isoformat() if e.due_date else "", money(e.amount)] for e in shown]
        print(render_table(headers, body, [True, False, False, False, False, False, False, True]))
        if more:
            print(tr("cli", "… and {n} more (--all prints every row)", n=more))
    summary = tr("cli", "{invoices} open invoices and {openings} opening balances owing {owed}, {advances} advances "
                        "received holding {held}, as of {date}", invoices=result.invoices, openings=result.openings,
                 owed=money_sign(result.owed), advances=result.advances, held=money_sign(result.held),
                 date=result.as_of.isoformat())
    if result.dry_run:
        print(tr("cli", "Dry run: {summary} would be imported; nothing was written.", summary=summary))
    elif result.written:
        print(tr("cli", "Imported {summary}.", summary=summary))
        first_last = result.number_range("INV-")
        if first_last:
            print(tr("cli", "Invoice numbers {first} to {last}; new invoices go on from there.",
                     first=first_last[0], last=first_last[1]))


def _json(preview, result, refused_message: str) -> dict:
    from arapp.cli.render import plain

    data = {
        "file": preview.file_name, "sheet": preview.sheet_name, "header_row": preview.header_row_no,
        "columns": preview.columns, "rows_read": preview.rows_read, "skipped_rows": preview.skipped_rows,
        "dry_run": result.dry_run, "written": result.written,
        "rejected": [{"row": r.row_no, "column": r.column, "value": r.value, "reason": r.reason}
                     for r in result.rejected],
    }
    if refused_message:
        data["refused"] = refused_message
    if hasattr(result, "entries"):
        data.update({
            "as_of": result.as_of, "invoices": result.invoices, "opening_balances": result.openings,
            "advances": result.advances, "owed": plain(result.owed), "held": plain(result.held),
            "entries": [{"row": e.row_no, "kind": e.kind, "number": e.number, "external_number": e.external_number,
                         "customer": e.customer_code, "issue_date": e.issue_date, "due_date": e.due_date,
                         "amount": plain(e.amount), "description": e.description} for e in result.entries],
        })
    else:
        data.update({
            "customers": [{"row": c.row_no, "code": c.code, "name": c.name, "kind": c.kind, "category": c.category,
                           "payment_terms_days": c.payment_terms_days, "credit_limit": plain(c.credit_limit),
                           "aliases": list(c.aliases), "contacts": c.contacts, "bank_accounts": c.bank_accounts}
                          for c in result.customers],
            "aliases": result.aliases, "contacts": result.contacts, "bank_accounts": result.bank_accounts,
        })
    return data
