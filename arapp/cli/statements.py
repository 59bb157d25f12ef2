"""Statements of account from the terminal: ``arapp statement`` (one customer's, to a
PDF file) and ``arapp statements`` (every customer with a balance or a movement in the
period: one file each in a folder, or one combined file). Both archive what they made;
a refusal (an unknown customer, a period that ends before it starts, a path that cannot
be written) prints one line in the user's language and exits 2, writing nothing."""

from __future__ import annotations

from arapp.cli.render import EXIT_OK
from arapp.i18n import tr, trn


def add_commands(sub, add, date_arg) -> None:
    """Register ``statement`` and ``statements`` on the parser's subcommands (``add`` is the
    parser's own adder, ``date_arg`` its date type)."""
    p = add(sub, "statement", tr("cli", "a customer's statement of account (对账单) for a period, as PDF"),
            json_output=False)
    p.add_argument("--customer", required=True, metavar=tr("cli", "CODE"), help=tr("cli", "the customer's code"))
    _period(p, date_arg)
    p.add_argument("-o", "--output", required=True, metavar=tr("cli", "FILE"), help=tr("cli", "the PDF file to write"))
    p.set_defaults(func=cmd_statement)

    p = add(sub, "statements", tr("cli", "statements of account for every customer with a balance or a movement "
                                         "in the period"), json_output=False)
    _period(p, date_arg)
    p.add_argument("-o", "--output", required=True, metavar=tr("cli", "DIR"),
                   help=tr("cli", "the folder to write one file per customer into (with --combined: the file)"))
    p.add_argument("--combined", action="store_true", help=tr("cli", "one PDF holding every statement"))
    p.set_defaults(func=cmd_statements)


def _period(p, date_arg) -> None:
    p.add_argument("--from", dest="date_from", required=True, type=date_arg, metavar=tr("cli", "DATE"),
                   help=tr("cli", "the first day of the statement"))
    p.add_argument("--to", dest="date_to", required=True, type=date_arg, metavar=tr("cli", "DATE"),
                   help=tr("cli", "the last day of the statement"))
    p.add_argument("--open-only", action="store_true",
                   help=tr("cli", "list the invoices open at the last day instead of every movement"))


def cmd_statement(args) -> int:
    """One customer's statement for the period, archived and written to ``--output``."""
    from arapp.outbox.statements import make_statement

    made = make_statement(args.customer, args.date_from, args.date_to, open_only=args.open_only, out=args.output)
    print(trn("cli", "Wrote {path} ({n} page)", "Wrote {path} ({n} pages)", made.pages, path=str(made.path)))
    return EXIT_OK


def cmd_statements(args) -> int:
    """The period's statements of every customer with a balance or a movement, archived."""
    from arapp.outbox.statements import make_statements

    result = make_statements(args.date_from, args.date_to, args.output, combined=args.combined,
                             open_only=args.open_only)
    if not result.documents:
        print(tr("cli", "No customer has a balance or a movement in this period: nothing written."))
        return EXIT_OK
    where = str(result.files[0]) if args.combined else str(args.output)
    print(trn("cli", "Wrote {n} statement into {where}", "Wrote {n} statements into {where}", result.documents,
              where=where))
    return EXIT_OK
