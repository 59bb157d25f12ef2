"""export LIST: any list of the books to xlsx or CSV (issue #11).

    arapp export invoices -o 应收单.xlsx --open --customer C000123
    arapp export receipts -o receipts.csv --date-from 2026-11-01 --date-to 2026-11-30
    arapp export tasks -o tasks.xlsx --bucket overdue
    arapp export bank-lines -o 银行流水.xlsx --account 基本户 --status unmatched

Every row the filters match goes into the file (not a page), in the list's order (the
window's default, or ``--sort KEY`` with ``--ascending``/``--descending``), built by
:mod:`arapp.reports.list_tables` (the queries the window's lists page through) and
written by :func:`arapp.exports.export_list`: amounts are numbers with a number format,
dates are dates, text never becomes a formula. The format comes from the file's
extension unless ``--format`` says. An option a list does not take, an unknown status,
sort key or customer is refused (exit 2) and nothing is written.

``add_commands`` puts this module's commands on the parser (called by
:func:`arapp.cli.parser.build_parser`); each command imports what it needs when run.
"""

from __future__ import annotations

from arapp.i18n import tr

#: The lists, by name (the same as :data:`arapp.reports.list_tables.LISTS`; named here so
#: building the parser reads no books' modules).
LISTS = ("customers", "invoices", "receipts", "credit-notes", "tasks", "contacts", "documents", "bank-lines")
#: Which lists take which option (the option's dest → the lists); the others refuse it.
TAKES: dict[str, tuple[str, ...]] = {
    "customer": ("invoices", "receipts", "credit-notes", "tasks", "contacts", "documents"),
    "search": ("customers", "invoices", "receipts", "credit-notes", "contacts", "documents", "bank-lines"),
    "status": ("invoices", "receipts", "credit-notes", "tasks", "bank-lines"),
    "open": ("invoices", "credit-notes"),
    "overdue": ("customers",),
    "date_from": ("invoices", "receipts", "credit-notes", "contacts", "documents", "bank-lines"),
    "date_to": ("invoices", "receipts", "credit-notes", "contacts", "documents", "bank-lines"),
    "method": ("receipts", "contacts"),
    "kind": ("documents",),
    "account": ("bank-lines",),
    "direction": ("bank-lines",),
    "collector": ("tasks", "contacts"),
    "reason": ("contacts",),
    "bucket": ("tasks",),
    "level": ("tasks",),
    "date": ("tasks",),
    "sort": ("customers", "invoices", "receipts", "credit-notes", "contacts", "bank-lines"),
    "ascending": ("customers", "invoices", "receipts", "credit-notes", "contacts", "bank-lines"),
    "descending": ("customers", "invoices", "receipts", "credit-notes", "contacts", "bank-lines"),
}
#: How each option is written on the command line (for the refusals).
FLAGS = {"customer": "--customer", "search": "--search", "status": "--status", "open": "--open",
         "overdue": "--overdue", "date_from": "--date-from", "date_to": "--date-to", "method": "--method",
         "kind": "--kind", "account": "--account", "direction": "--direction", "collector": "--collector", "reason": "--reason", "bucket": "--bucket",
         "level": "--level", "date": "--date", "sort": "--sort", "ascending": "--ascending",
         "descending": "--descending"}


def add_commands(sub, add, parser_class) -> None:
    """Add this module's commands to ``sub`` (``add(sub, name, help, json_output=True)``
    makes a leaf parser; ``parser_class`` is the parser type for nested subcommands)."""
    from arapp.cli.parser import date_arg, positive_int_arg
    from arapp.domain import vocabulary as vocab

    p = add(sub, "export", tr("cli", "write a list of the books (every row the filters match) to Excel or CSV"),
            json_output=False)
    p.add_argument("list", choices=LISTS, metavar=tr("cli", "LIST"),
                   help=tr("cli", "which list: {lists}", lists=", ".join(LISTS)))
    p.add_argument("-o", "--output", required=True, metavar=tr("cli", "FILE"),
                   help=tr("cli", "the file to write (.xlsx or .csv)"))
    p.add_argument("--format", choices=("xlsx", "csv"), default=None,
                   help=tr("cli", "xlsx or csv (default: from the file's extension)"))
    p.add_argument("--customer", default=None, metavar=tr("cli", "CODE"), help=tr("cli", "one customer only"))
    p.add_argument("--search", default=None, metavar=tr("cli", "TEXT"),
                   help=tr("cli", "part of a number, name or text, as the list's search box takes it"))
    p.add_argument("--status", default=None, metavar=tr("cli", "STATUS"),
                   help=tr("cli", "invoices: open or a status; receipts: posted, reversed or unallocated; "
                                  "credit-notes: posted or void; tasks: task statuses, comma-separated "
                                  "(default open); bank-lines: line statuses, comma-separated"))
    p.add_argument("--open", action="store_true", default=None,
                   help=tr("cli", "invoices with money owed; credit notes with credit left"))
    p.add_argument("--overdue", action="store_true", default=None,
                   help=tr("cli", "customers with an amount overdue"))
    p.add_argument("--date-from", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "from this day (issued, received, dated, contacted or made)"))
    p.add_argument("--date-to", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "up to this day, included"))
    p.add_argument("--method", default=None, metavar=tr("cli", "METHOD"),
                   help=tr("cli", "receipts: {methods}; contacts: {contacts}", methods=", ".join(vocab.PAYMENT_METHODS),
                           contacts=", ".join(vocab.CONTACT_METHODS)))
    p.add_argument("--kind", default=None, choices=vocab.DOCUMENT_KINDS, help=tr("cli", "documents of this kind"))
    p.add_argument("--account", default=None, metavar=tr("cli", "ACCOUNT"),
                   help=tr("cli", "bank lines of this bank account (its name, account number or id)"))
    p.add_argument("--direction", default=None, choices=vocab.BANK_DIRECTIONS,
                   help=tr("cli", "bank lines: in (money received) or out (money paid)"))
    p.add_argument("--collector", default=None, metavar=tr("cli", "USERNAME"),
                   help=tr("cli", "tasks assigned to this user ('' for nobody); contacts logged by this user"))
    p.add_argument("--reason", default=None, choices=vocab.NONPAYMENT_REASONS,
                   help=tr("cli", "contacts giving this reason for not paying"))
    p.add_argument("--bucket", choices=vocab.QUEUE_BUCKETS, default=None,
                   help=tr("cli", "which tasks (default all)"))
    p.add_argument("--level", type=positive_int_arg, default=None, metavar="N", help=tr("cli", "only this level"))
    p.add_argument("--date", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "the working day of the task queue (default today)"))
    p.add_argument("--sort", default=None, metavar=tr("cli", "KEY"),
                   help=tr("cli", "sort by this column key (the list's default order otherwise)"))
    way = p.add_mutually_exclusive_group()
    way.add_argument("--ascending", action="store_true", default=None, help=tr("cli", "smallest or oldest first"))
    way.add_argument("--descending", action="store_true", default=None, help=tr("cli", "largest or newest first"))
    p.set_defaults(func=cmd_export)


# ------------------------------------------------------------------ the command

def cmd_export(args) -> int:
    """Build the list asked for with its filters and write it; say how many rows went where."""
    from arapp.cli.render import EXIT_OK
    from arapp.exports import export_list, list_format
    from arapp.i18n import trn

    _refuse_options_not_taken(args)
    fmt = list_format(args.output, args.format)          # refused before the books are read
    table = _BUILDERS[args.list](args)
    path = export_list(table, args.output, fmt)
    print(trn("cli", "Wrote {n} row to {path}", "Wrote {n} rows to {path}", len(table.rows),
              n=f"{len(table.rows):,}", path=str(path)))
    return EXIT_OK


def _refuse_options_not_taken(args) -> None:
    from arapp.cli.render import CliError

    for dest, lists in TAKES.items():
        if getattr(args, dest, None) is not None and args.list not in lists:
            raise CliError(tr("cli", "{option} does not apply to the {list} list (it applies to: {lists})",
                              option=FLAGS[dest], list=args.list, lists=", ".join(lists)))


def _refuse(value: str, option: str, allowed) -> None:
    from arapp.cli.render import CliError

    raise CliError(tr("cli", "{option}: {value} is not one of {choices}", option=option, value=value,
                      choices=", ".join(c for c in allowed if c)))


def _choice(value: str | None, option: str, allowed) -> str:
    """``value`` when it is one of ``allowed`` ('' when not given); refused otherwise."""
    if value is None:
        return ""
    value = value.strip()
    if value not in allowed or not value:
        _refuse(value, option, allowed)
    return value


def _order(args, sort_keys, default: str, default_descending: bool, descending_first=()) -> tuple[str, bool]:
    """The sort key and direction asked for: the list's default order, a key's first
    direction (amounts largest first where the window does so), or as said."""
    sort = _choice(args.sort, "--sort", sort_keys) or default
    if args.ascending:
        return sort, False
    if args.descending:
        return sort, True
    if args.sort is None:
        return sort, default_descending
    return sort, sort in descending_first


def _customer_id(args) -> int | None:
    from arapp.db import lookups

    return lookups.customer(args.customer).id if args.customer else None


def _customers(args):
    from arapp.reports.customers import CUSTOMER_LIST_SORTS
    from arapp.reports.list_tables import customers_table

    sort, descending = _order(args, CUSTOMER_LIST_SORTS, "code", False, ("balance", "overdue"))
    return customers_table(args.search or "", sort=sort, descending=descending, overdue_only=bool(args.overdue))


def _invoices(args):
    from arapp.domain import vocabulary as vocab
    from arapp.reports import invoice_list
    from arapp.reports.list_tables import invoices_table

    status = _choice(args.status, "--status", vocab.INVOICE_STATUS_FILTERS)
    sort, descending = _order(args, invoice_list.SORT_KEYS, invoice_list.DEFAULT_SORT, True)
    f = invoice_list.InvoiceFilter(text=args.search or "", status=status, customer_id=_customer_id(args),
                                   date_from=args.date_from, date_to=args.date_to, open_only=bool(args.open))
    return invoices_table(f, sort, descending)


def _receipts(args):
    from arapp.domain import vocabulary as vocab
    from arapp.reports import receipt_list
    from arapp.reports.list_tables import receipts_table

    status = _choice(args.status, "--status", receipt_list.STATUS_FILTERS)
    method = _choice(args.method, "--method", vocab.PAYMENT_METHODS)
    sort, descending = _order(args, receipt_list.SORT_KEYS, receipt_list.DEFAULT_SORT, True)
    f = receipt_list.ReceiptFilter(text=args.search or "", method=method, status=status,
                                   customer_id=_customer_id(args), date_from=args.date_from, date_to=args.date_to)
    return receipts_table(f, sort, descending)


def _credit_notes(args):
    from arapp.reports import credit_note_list
    from arapp.reports.list_tables import credit_notes_table

    status = _choice(args.status, "--status", credit_note_list.STATUS_FILTERS)
    sort, descending = _order(args, credit_note_list.SORT_KEYS, credit_note_list.DEFAULT_SORT, True)
    f = credit_note_list.CreditNoteFilter(text=args.search or "", status=status, customer_id=_customer_id(args),
                                          date_from=args.date_from, date_to=args.date_to,
                                          open_only=bool(args.open))
    return credit_notes_table(f, sort, descending)


def _tasks(args):
    from arapp import clock
    from arapp.domain import vocabulary as vocab
    from arapp.reports.collections import QueueFilter
    from arapp.reports.list_tables import tasks_table
    from arapp.services.collections import list_tasks

    statuses = ("open",)
    if args.status is not None:
        statuses = tuple(_choice(s, "--status", vocab.TASK_STATUSES) for s in args.status.split(","))
    on = args.date or clock.today()
    bucket = args.bucket or "all"
    customer_id = _customer_id(args)
    rows = list_tasks(on, bucket=bucket, collector=args.collector, level=args.level, customer=customer_id,
                      statuses=statuses)
    f = QueueFilter(collector=args.collector, level_seq=args.level, customer_id=customer_id, statuses=statuses)
    return tasks_table(rows, on, bucket=bucket, filters=f)


def _contacts(args):
    from arapp.domain import vocabulary as vocab
    from arapp.reports import contact_list
    from arapp.reports.list_tables import contacts_table

    method = _choice(args.method, "--method", vocab.CONTACT_METHODS)
    sort, descending = _order(args, contact_list.SORT_KEYS, contact_list.DEFAULT_SORT, True)
    f = contact_list.ContactFilter(customer_id=_customer_id(args), date_from=args.date_from, date_to=args.date_to,
                                   method=method, username=args.collector or "", reason=args.reason or "",
                                   text=args.search or "")
    return contacts_table(f, sort, descending)


def _documents(args):
    from arapp.reports.documents import DocumentFilter
    from arapp.reports.list_tables import documents_table

    return documents_table(DocumentFilter(customer_id=_customer_id(args), kind=args.kind or "",
                                          date_from=args.date_from, date_to=args.date_to, text=args.search or ""))


def _bank_lines(args):
    from arapp.domain import vocabulary as vocab
    from arapp.reports.bank import LINE_SORTS
    from arapp.reports.list_tables import bank_lines_table

    statuses = tuple(_choice(s, "--status", vocab.BANK_LINE_STATUSES) for s in args.status.split(",")) \
        if args.status is not None else None
    sort, descending = _order(args, LINE_SORTS, "date", False, ("amount",))
    return bank_lines_table(args.account, status=statuses, direction=args.direction, date_from=args.date_from,
                            date_to=args.date_to, search=args.search or "", order=sort, descending=descending)


_BUILDERS = {
    "customers": _customers,
    "invoices": _invoices,
    "receipts": _receipts,
    "credit-notes": _credit_notes,
    "tasks": _tasks,
    "contacts": _contacts,
    "documents": _documents,
    "bank-lines": _bank_lines,
}
