"""The argument parser: every command, its options and their value types, with
argparse's own messages and headings said again in the user's language.

Building it imports nothing heavy (no database, no Qt), so ``arapp --help`` and
``arapp --version`` answer at once; each command's module imports what it needs when run.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import re
from collections.abc import Sequence

from arapp import __version__, i18n, names
from arapp.cli import app, customers, invoices, receipts, reports, send, settings
from arapp.cli import bank as bank_cmds
from arapp.cli import collections as collection_cmds
from arapp.cli import export as export_cmds
from arapp.cli import letters as letter_cmds
from arapp.cli import onboarding as onboarding_cmds
from arapp.cli import statements as statement_cmds
from arapp.cli.render import EXIT_REFUSED, TOP_ROWS, refuse_line
from arapp.domain import vocabulary as vocab
from arapp.domain.tax import parse_tax_rate, rates_offered
from arapp.errors import ValidationError
from arapp.i18n import noop, tr

# ----------------------------------------------------------------------------- argparse in our words

# argparse's own messages (English, from gettext) matched and said again in the user's language.
_ARGPARSE_MESSAGES = (
    (re.compile(r"^the following arguments are required: (?P<a>.+)$"), noop("cli", "These options are required: {a}")),
    (re.compile(r"^unrecognized arguments: (?P<a>.+)$"), noop("cli", "Unknown arguments: {a}")),
    (re.compile(r"^argument (?P<a>\S+): invalid choice: (?P<v>.+?) \(choose from (?P<c>.+)\)$"),
     noop("cli", "{a}: {v} is not one of {c}")),
    (re.compile(r"^argument (?P<a>\S+): expected one argument$"), noop("cli", "{a} needs a value")),
    (re.compile(r"^argument (?P<a>\S+): expected at least one argument$"), noop("cli", "{a} needs at least one value")),
    (re.compile(r"^argument (?P<a>\S+): invalid int value: (?P<v>.+)$"), noop("cli", "{a}: {v} is not a whole number")),
    (re.compile(r"^argument (?P<a>\S+): not allowed with argument (?P<b>\S+)$"),
     noop("cli", "{a} cannot be used together with {b}")),
    (re.compile(r"^one of the arguments (?P<a>.+) is required$"), noop("cli", "One of these options is required: {a}")),
    (re.compile(r"^argument (?P<a>\S+): (?P<m>.+)$"), noop("cli", "{a}: {m}")),
)


def _translate_argparse(message: str) -> str:
    for pattern, source in _ARGPARSE_MESSAGES:
        m = pattern.match(message)
        if m:
            return tr("cli", source, **m.groupdict())  # i18n: computed (marked with noop above)
    return message


class _Parser(argparse.ArgumentParser):
    """argparse with its messages and headings in the user's language; exits 2 on errors."""

    def __init__(self, *args, with_help: bool = True, **kwargs):
        kwargs["add_help"] = False
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = tr("cli", "arguments")
        self._optionals.title = tr("cli", "options")
        if with_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=tr("cli", "show this help and exit"))

    def error(self, message: str):  # noqa: D401 - argparse API
        refuse_line(_translate_argparse(message))
        self.exit(EXIT_REFUSED, tr("cli", "Run '{prog} --help' for help.", prog=self.prog) + "\n")


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        if prefix is None:
            prefix = tr("cli", "usage: ")
        return super().add_usage(usage, actions, groups, prefix)


# ----------------------------------------------------------------------------- value types

def amount_arg(text: str) -> int:
    """An amount as typed (``1,234.50``, ``¥12``) in fen; refuses more than two decimals."""
    from arapp.domain.money import parse_amount

    try:
        return parse_amount(text, allow_negative=False)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def date_arg(text: str) -> _dt.date:
    from arapp.domain.dates import parse_date

    try:
        return parse_date(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def positive_int_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(tr("cli", "'{text}' is not a whole number of 1 or more", text=text))
    return value


def days_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(tr("cli", "'{text}' is not a number of days", text=text))
    return value


def months_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(tr("cli", "'{text}' is not a number of months (0 or more)", text=text))
    return value


def allocation_arg(text: str) -> tuple[str, int]:
    """``INVOICE:AMOUNT`` (the amount may hold thousands commas)."""
    number, sep, amount = text.rpartition(":")
    if not sep or not number.strip():
        raise argparse.ArgumentTypeError(
            tr("cli", "'{text}' is not INVOICE:AMOUNT (for example INV-2026-000123:500.00)", text=text))
    return number.strip(), amount_arg(amount)


def line_arg(text: str):
    """``DESCRIPTION:QUANTITY:PRICE`` with an optional ``:RATE`` written with a percent
    sign (``物业费:1:350.00``, ``办公用品:3:33.33:13%``; the description may hold colons)."""
    from arapp.services.invoices import LineInput

    rate = "0"
    head, sep, last = text.rpartition(":")
    if sep and last.strip().endswith(("%", "％")):
        text, rate = head, last.strip()
    else:
        parts = text.rsplit(":", 3)
        number = re.compile(r"^\s*[\d.,]+\s*$")
        if len(parts) == 4 and all(number.match(x) for x in parts[1:]):
            raise argparse.ArgumentTypeError(
                tr("cli", "'{text}': write the tax rate with a percent sign, for example 办公用品:3:33.33:13%",
                   text=text))
    parts = text.rsplit(":", 2)
    if len(parts) != 3 or not parts[0].strip():
        raise argparse.ArgumentTypeError(
            tr("cli", "'{text}' is not DESCRIPTION:QUANTITY:PRICE[:RATE] (for example 物业费:1:350.00 or "
                      "办公用品:3:33.33:13%)", text=text))
    description, quantity, price = parts
    try:
        bp = parse_tax_rate(rate)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None
    return LineInput(description.strip(), quantity.strip(), amount_arg(price), tax_rate=bp)


# ----------------------------------------------------------------------------- the parser

def build_parser() -> _Parser:
    leaves: list[_Parser] = []

    parser = _Parser(
        prog="arapp",
        description=tr("cli", "Accounts receivable and collections. Without a command, opens the window."),
    )
    _global_options(parser, default=None)
    parser.add_argument("--version", action="version", version=f"arapp {__version__}",
                        help=tr("cli", "print the version and exit"))
    sub = parser.add_subparsers(dest="command", metavar=tr("cli", "COMMAND"), parser_class=_Parser)

    def add(subparsers, name: str, help_text: str, json_output: bool = True) -> _Parser:
        p = subparsers.add_parser(name, help=help_text, description=help_text)
        leaves.append(p)
        if json_output:
            p.add_argument("--format", choices=("table", "json"), default="table",
                           help=tr("cli", "table (default) or json"))
            _pretty_option(p)
        return p

    # init
    p = add(sub, "init", tr("cli", "make new, empty books: a SQLite file in an existing folder, or an empty "
                                   "PostgreSQL database"), json_output=False)
    p.add_argument("target", metavar=tr("cli", "PATH_OR_URL"),
                   help=tr("cli", "the new file (refused if it exists) or a postgresql:// URL"))
    p.set_defaults(func=app.cmd_init)

    # demo
    p = add(sub, "demo", tr("cli", "make the demo books: a file of their own in the user data folder "
                                   "(--db: other empty books, which become demo books)"))
    p.add_argument("--customers", type=positive_int_arg, default=300, metavar="N",
                   help=tr("cli", "number of customers (default 300)"))
    p.add_argument("--years", type=positive_int_arg, default=3, metavar="Y",
                   help=tr("cli", "years of history up to today (default 3)"))
    p.add_argument("--seed", type=int, default=1, metavar="S", help=tr("cli", "random seed (default 1)"))
    p.add_argument("--end-date", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "last day of the history (default today)"))
    p.add_argument("--if-empty", action="store_true",
                   help=tr("cli", "do nothing (and succeed) when the demo books are made already"))
    p.set_defaults(func=app.cmd_demo)

    # balance
    p = add(sub, "balance", tr("cli", "open balances per customer"))
    p.add_argument("--as-of", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "balances at the end of this day (default today)"))
    p.add_argument("--customer", metavar=tr("cli", "CODE"), help=tr("cli", "one customer only"))
    p.add_argument("--all", action="store_true",
                   help=tr("cli", "print every customer (default: the {n} largest balances)", n=TOP_ROWS))
    p.set_defaults(func=reports.cmd_balance)

    # customer
    p = add(sub, "customer", tr("cli", "add, list and show customers"), json_output=False)
    csub = p.add_subparsers(dest="action", metavar=tr("cli", "ACTION"), parser_class=_Parser, required=True)
    c = add(csub, "add", tr("cli", "add a customer"))
    c.add_argument("--name", required=True, help=tr("cli", "customer name"))
    c.add_argument("--code", default="", help=tr("cli", "customer code (default: the next C000123)"))
    c.add_argument("--kind", default="enterprise", choices=vocab.CUSTOMER_KINDS,
                   help=tr("cli", "kind of customer (default enterprise)"))
    c.add_argument("--category", default="", help=tr("cli", "category, e.g. 业主 or 贸易客户"))
    c.add_argument("--phone", default="", help=tr("cli", "phone"))
    c.add_argument("--email", default="", help=tr("cli", "e-mail"))
    c.add_argument("--address", default="", help=tr("cli", "address"))
    c.add_argument("--tax-id", default="", help=tr("cli", "taxpayer id"))
    c.add_argument("--terms", type=days_arg, default=None, metavar=tr("cli", "DAYS"),
                   help=tr("cli", "payment terms in days (default 30)"))
    c.add_argument("--limit", type=amount_arg, default=None, metavar=tr("cli", "AMOUNT"),
                   help=tr("cli", "credit limit (a manager's decision: needs credit.approve)"))
    c.add_argument("--rating", default="", choices=(*vocab.CREDIT_RATINGS, *(r.lower() for r in vocab.CREDIT_RATINGS if r)),
                   help=tr("cli", "credit rating A, B, C or D (a manager's decision: needs credit.approve)"))
    c.add_argument("--collector", default=None, metavar=tr("cli", "USERNAME"),
                   help=tr("cli", "assigned collector"))
    c.add_argument("--alias", action="append", default=[], metavar=tr("cli", "ALIAS"),
                   help=tr("cli", "a name the customer uses on bank statements (repeatable)"))
    c.set_defaults(func=customers.cmd_customer_add)
    c = add(csub, "list", tr("cli", "list customers"))
    c.add_argument("--search", default="", metavar=tr("cli", "TEXT"),
                   help=tr("cli", "part of the code, name, alias or phone"))
    c.add_argument("--limit", type=positive_int_arg, default=50, metavar="N",
                   help=tr("cli", "at most N customers (default 50)"))
    c.set_defaults(func=customers.cmd_customer_list)
    c = add(csub, "show", tr("cli", "show one customer with open invoices"))
    c.add_argument("code", metavar=tr("cli", "CODE"), help=tr("cli", "customer code"))
    c.set_defaults(func=customers.cmd_customer_show)

    # invoice
    p = add(sub, "invoice", tr("cli", "add, post, void and list invoices"), json_output=False)
    isub = p.add_subparsers(dest="action", metavar=tr("cli", "ACTION"), parser_class=_Parser, required=True)
    c = add(isub, "add", tr("cli", "add an invoice (posted unless --draft)"))
    c.add_argument("--customer", required=True, metavar=tr("cli", "CODE"), help=tr("cli", "customer code"))
    c.add_argument("--date", required=True, type=date_arg, metavar=tr("cli", "DATE"), help=tr("cli", "issue date"))
    c.add_argument("--due", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "due date (default: issue date plus the customer's terms)"))
    what = c.add_mutually_exclusive_group(required=True)
    what.add_argument("--amount", type=amount_arg, metavar=tr("cli", "AMOUNT"),
                      help=tr("cli", "the total, as one line"))
    what.add_argument("--line", type=line_arg, action="append", metavar="DESCRIPTION:QTY:PRICE[:RATE]",
                      help=tr("cli", "an invoice line (repeatable); RATE is the VAT rate with a percent sign, "
                                     "one of {rates} (none when left out), e.g. 办公用品:3:33.33:13%",
                              rates=rates_offered()).replace("%", "%%"))
    c.add_argument("--description", default="", metavar=tr("cli", "TEXT"), help=tr("cli", "description"))
    c.add_argument("--period", default="", metavar="YYYY-MM", help=tr("cli", "billing period"))
    c.add_argument("--draft", action="store_true", help=tr("cli", "save as a draft, do not post"))
    c.add_argument("--override", default=None, metavar=tr("cli", "REASON"),
                   help=tr("cli", "a manager's reason to post despite a credit hold"))
    c.set_defaults(func=invoices.cmd_invoice_add)
    c = add(isub, "post", tr("cli", "post a draft invoice"))
    c.add_argument("ref", metavar=tr("cli", "NUMBER_OR_ID"), help=tr("cli", "invoice number or id"))
    c.add_argument("--override", default=None, metavar=tr("cli", "REASON"),
                   help=tr("cli", "a manager's reason to post despite a credit hold"))
    c.set_defaults(func=invoices.cmd_invoice_post)
    c = add(isub, "void", tr("cli", "void a posted invoice"))
    c.add_argument("ref", metavar=tr("cli", "NUMBER"), help=tr("cli", "invoice number"))
    c.add_argument("--reason", default="", metavar=tr("cli", "TEXT"), help=tr("cli", "why (required)"))
    c.add_argument("--date", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "date of the void (default today)"))
    c.set_defaults(func=invoices.cmd_invoice_void)
    c = add(isub, "list", tr("cli", "list invoices, newest first"))
    c.add_argument("--customer", default=None, metavar=tr("cli", "CODE"), help=tr("cli", "one customer only"))
    c.add_argument("--open", action="store_true", help=tr("cli", "only invoices with money owed"))
    c.add_argument("--search", default="", metavar=tr("cli", "TEXT"),
                   help=tr("cli", "part of the invoice number, of its old ledger number (原单号), or of the "
                                  "customer's code or name"))
    c.add_argument("--limit", type=positive_int_arg, default=50, metavar="N",
                   help=tr("cli", "at most N invoices (default 50)"))
    c.set_defaults(func=invoices.cmd_invoice_list)

    # receipt
    p = add(sub, "receipt", tr("cli", "record and reverse receipts"), json_output=False)
    rsub = p.add_subparsers(dest="action", metavar=tr("cli", "ACTION"), parser_class=_Parser, required=True)
    c = add(rsub, "add", tr("cli", "record a receipt and allocate it (oldest due first by default)"))
    c.add_argument("--customer", required=True, metavar=tr("cli", "CODE"), help=tr("cli", "customer code"))
    c.add_argument("--date", required=True, type=date_arg, metavar=tr("cli", "DATE"), help=tr("cli", "receipt date"))
    c.add_argument("--amount", required=True, type=amount_arg, metavar=tr("cli", "AMOUNT"), help=tr("cli", "amount"))
    c.add_argument("--method", default="bank", choices=vocab.PAYMENT_METHODS,
                   help=tr("cli", "payment method (default bank)"))
    c.add_argument("--reference", default="", metavar=tr("cli", "REF"), help=tr("cli", "bank or payment reference"))
    c.add_argument("--memo", default="", metavar=tr("cli", "TEXT"), help=tr("cli", "memo"))
    how = c.add_mutually_exclusive_group()
    how.add_argument("--allocate", type=allocation_arg, action="append", metavar="INVOICE:AMOUNT",
                     help=tr("cli", "allocate this much to this invoice (repeatable)"))
    how.add_argument("--no-allocate", action="store_true",
                     help=tr("cli", "keep the whole amount as customer credit"))
    c.set_defaults(func=receipts.cmd_receipt_add)
    c = add(rsub, "reverse", tr("cli", "reverse a receipt (its allocations are undone)"))
    c.add_argument("ref", metavar=tr("cli", "NUMBER"), help=tr("cli", "receipt number"))
    c.add_argument("--reason", default="", metavar=tr("cli", "TEXT"), help=tr("cli", "why (required)"))
    c.add_argument("--date", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "date of the reversal (default today)"))
    c.set_defaults(func=receipts.cmd_receipt_reverse)
    c = add(rsub, "print", tr("cli", "print a receipt (收据) to PDF; it is archived"), json_output=False)
    c.add_argument("ref", metavar=tr("cli", "NUMBER"), help=tr("cli", "receipt number"))
    c.add_argument("-o", "--output", required=True, metavar=tr("cli", "FILE"), help=tr("cli", "the file to write"))
    c.add_argument("--two-copies", action="store_true",
                   help=tr("cli", "two copies on one A4 page: the stub (存根) and the customer's copy (客户联)"))
    c.set_defaults(func=receipts.cmd_receipt_print)

    # aging
    p = add(sub, "aging", tr("cli", "aging analysis of open receivables"), json_output=False)
    p.add_argument("--as-of", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "age at the end of this day (default today)"))
    p.add_argument("--basis", choices=vocab.AGING_BASES, default="due",
                   help=tr("cli", "count age from the due date (default) or the invoice date"))
    p.add_argument("--scheme", default=None, metavar=tr("cli", "NAME"),
                   help=tr("cli", "bucket scheme (default: the default scheme; built in: default, yearly)"))
    p.add_argument("--by", choices=vocab.AGING_VIEWS, default="customer",
                   help=tr("cli", "one row per customer (default), invoice, collector or category"))
    p.add_argument("--overdue-only", action="store_true", help=tr("cli", "only rows with money overdue"))
    p.add_argument("--format", choices=("table", "csv", "json", "xlsx", "pdf"), default="table",
                   help=tr("cli", "table (default), csv, json, xlsx or pdf"))
    _pretty_option(p)
    p.add_argument("-o", "--output", default=None, metavar=tr("cli", "FILE"),
                   help=tr("cli", "write to this file (required for xlsx and pdf)"))
    p.set_defaults(func=reports.cmd_aging)

    # report
    p = add(sub, "report", tr("cli", "print a named report to PDF or Excel"), json_output=False)
    p.add_argument("name", choices=("weekly-overdue", "aging-analysis", "credit-record", "collector-performance",
                                    "nonpayment-reasons"),
                   help=tr("cli", "weekly-overdue (逾期报表), aging-analysis (账龄分析报告), credit-record (信誉记录表), "
                                  "collector-performance (催收员考核) or nonpayment-reasons (未付款原因)"))
    when = p.add_mutually_exclusive_group()
    when.add_argument("--as-of", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                      help=tr("cli", "report date (weekly report default: the last Friday)"))
    when.add_argument("--month", default=None, metavar="YYYY-MM",
                      help=tr("cli", "report month (monthly report default: last month)"))
    p.add_argument("--from", dest="date_from", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "credit record: invoices issued from this day (default: the twelve calendar "
                                  "months ending with the report date's month)"))
    p.add_argument("--to", dest="date_to", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "credit record: invoices issued up to this day (default: the report date)"))
    p.add_argument("--customer", default=None, metavar=tr("cli", "CODE"),
                   help=tr("cli", "credit record: one customer only"))
    p.add_argument("--summary-only", action="store_true",
                   help=tr("cli", "credit record: the summary by customer, without the invoice lines"))
    p.add_argument("--format", choices=("pdf", "xlsx"), default="pdf", help=tr("cli", "pdf (default) or xlsx"))
    p.add_argument("-o", "--output", required=True, metavar=tr("cli", "FILE"), help=tr("cli", "the file to write"))
    p.set_defaults(func=reports.cmd_report)

    # statement, statements
    statement_cmds.add_commands(sub, add, date_arg)

    # settings
    p = add(sub, "settings", tr("cli", "show the company's settings; change the dates the books accept"))
    p.add_argument("--dates-from", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "accept documents dated from this day (default 2000-01-01)"))
    p.add_argument("--months-ahead", type=months_arg, default=None, metavar="N",
                   help=tr("cli", "and up to N months after today (default 12)"))
    p.set_defaults(func=settings.cmd_settings)

    _collection_commands(sub, add)
    _receipt_and_mail_commands(sub, add)
    letter_cmds.add_commands(sub, add)

    # bank statements, onboarding, exports (issue #11)
    bank_cmds.add_commands(sub, add, _Parser)
    onboarding_cmds.add_commands(sub, add, _Parser)
    export_cmds.add_commands(sub, add, _Parser)
    # screenshot
    p = add(sub, "screenshot", tr("cli", "save PNG screenshots of the main window's tabs"), json_output=False)
    p.add_argument("--out", required=True, metavar=tr("cli", "DIR"), help=tr("cli", "folder for the PNG files"))
    p.set_defaults(func=app.cmd_screenshot)
    # The global options are accepted after the command too; SUPPRESS keeps an absent
    # one from overwriting a value given before the command.
    for leaf in leaves:
        _global_options(leaf.add_argument_group(tr("cli", "global options")), default=argparse.SUPPRESS)
    return parser


def _choices_help(lead: str, word, codes) -> str:
    """Help for a choice option: each code with the word every face shows for it (names)."""
    return tr("cli", "{lead}: {choices}", lead=lead,
              choices=tr("cli", ", ").join(f"{code} ({word(code)})" for code in codes if code))


def _collection_commands(sub, add) -> None:
    """tasks generate|list|hand-over, contact add|reasons, promise add, collectors report (issues #4, #8)."""
    p = add(sub, "tasks", tr("cli", "the daily collection tasks"), json_output=False)
    tsub = p.add_subparsers(dest="action", metavar=tr("cli", "ACTION"), parser_class=_Parser, required=True)
    c = add(tsub, "generate", tr("cli", "run the collection ladder for a day: create, escalate and close tasks"))
    c.add_argument("--date", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "the working day (default today)"))
    c.set_defaults(func=collection_cmds.cmd_tasks_generate)
    c = add(tsub, "list", tr("cli", "list open collection tasks, most urgent first"))
    c.add_argument("--date", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "the working day (default today)"))
    c.add_argument("--collector", default=None, metavar=tr("cli", "USERNAME"),
                   help=tr("cli", "only tasks assigned to this user"))
    c.add_argument("--bucket", choices=vocab.QUEUE_BUCKETS, default="all",
                   help=_choices_help(tr("cli", "which tasks (default all)"), names.queue_bucket,
                                      vocab.QUEUE_BUCKETS))
    c.add_argument("--level", type=positive_int_arg, default=None, metavar="N", help=tr("cli", "only this level"))
    c.add_argument("--limit", type=positive_int_arg, default=50, metavar="N",
                   help=tr("cli", "at most N tasks in the table (default 50; json lists all)"))
    c.set_defaults(func=collection_cmds.cmd_tasks_list)
    c = add(tsub, "hand-over", tr("cli", "accept a task's proposal to hand the debt over to legal"))
    c.add_argument("--task", required=True, type=positive_int_arg, metavar="ID", help=tr("cli", "the task"))
    c.add_argument("--note", default="", metavar=tr("cli", "TEXT"), help=tr("cli", "note"))
    c.set_defaults(func=collection_cmds.cmd_tasks_hand_over)

    p = add(sub, "contact", tr("cli", "log contacts with customers"), json_output=False)
    csub = p.add_subparsers(dest="action", metavar=tr("cli", "ACTION"), parser_class=_Parser, required=True)
    c = add(csub, "add", tr("cli", "log a contact with a customer (the log is append-only)"))
    c.add_argument("--customer", required=True, metavar=tr("cli", "CODE"), help=tr("cli", "customer code"))
    c.add_argument("--method", required=True, choices=vocab.CONTACT_METHODS,
                   help=tr("cli", "how the customer was reached"))
    c.add_argument("--summary", required=True, metavar=tr("cli", "TEXT"), help=tr("cli", "what was said"))
    c.add_argument("--person", default="", metavar=tr("cli", "NAME"), help=tr("cli", "the person reached"))
    c.add_argument("--answer", default="", metavar=tr("cli", "TEXT"), help=tr("cli", "the customer's answer"))
    c.add_argument("--next-step", default="", metavar=tr("cli", "TEXT"), help=tr("cli", "the next step"))
    c.add_argument("--next-date", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "when to follow up"))
    c.add_argument("--task", type=positive_int_arg, default=None, metavar="ID",
                   help=tr("cli", "the task this contact belongs to (default: the customer's open task)"))
    c.add_argument("--reason", default="", choices=vocab.NONPAYMENT_REASONS,
                   help=_choices_help(tr("cli", "why the customer has not paid"), names.nonpayment_reason,
                                      vocab.NONPAYMENT_REASONS))
    c.set_defaults(func=collection_cmds.cmd_contact_add)
    c = add(csub, "reasons", tr("cli", "the reasons customers gave for not paying, for a month"), json_output=False)
    c.add_argument("--month", default=None, metavar="YYYY-MM", help=tr("cli", "the month (default: this month)"))
    c.add_argument("--format", choices=("table", "json", "xlsx", "pdf"), default="table",
                   help=tr("cli", "table (default), json, xlsx or pdf"))
    _pretty_option(c)
    c.add_argument("-o", "--output", default=None, metavar=tr("cli", "FILE"),
                   help=tr("cli", "write to this file (required for xlsx and pdf)"))
    c.set_defaults(func=collection_cmds.cmd_contact_reasons)

    p = add(sub, "promise", tr("cli", "record promises to pay"), json_output=False)
    psub = p.add_subparsers(dest="action", metavar=tr("cli", "ACTION"), parser_class=_Parser, required=True)
    c = add(psub, "add", tr("cli", "record a customer's promise to pay an amount by a date"))
    c.add_argument("--customer", required=True, metavar=tr("cli", "CODE"), help=tr("cli", "customer code"))
    c.add_argument("--date", required=True, type=date_arg, metavar=tr("cli", "DATE"),
                   help=tr("cli", "the promised payment date"))
    c.add_argument("--amount", required=True, type=amount_arg, metavar=tr("cli", "AMOUNT"),
                   help=tr("cli", "the promised amount"))
    c.add_argument("--task", type=positive_int_arg, default=None, metavar="ID", help=tr("cli", "the task"))
    c.add_argument("--note", default="", metavar=tr("cli", "TEXT"), help=tr("cli", "note"))
    c.set_defaults(func=collection_cmds.cmd_promise_add)

    p = add(sub, "collectors", tr("cli", "collector performance"), json_output=False)
    rsub = p.add_subparsers(dest="action", metavar=tr("cli", "ACTION"), parser_class=_Parser, required=True)
    c = add(rsub, "report", tr("cli", "collector performance for a month (考核)"), json_output=False)
    c.add_argument("--month", default=None, metavar="YYYY-MM",
                   help=tr("cli", "the month (default: last month, the last one that has ended)"))
    c.add_argument("--format", choices=("table", "json", "xlsx", "pdf"), default="table",
                   help=tr("cli", "table (default), json, xlsx or pdf"))
    _pretty_option(c)
    c.add_argument("-o", "--output", default=None, metavar=tr("cli", "FILE"),
                   help=tr("cli", "write to this file (required for xlsx and pdf)"))
    c.set_defaults(func=collection_cmds.cmd_collectors_report)


def _receipt_and_mail_commands(sub, add) -> None:
    """receipts print, send documents|letters|statements, mail set|show|test (issue #10)."""
    p = add(sub, "receipts", tr("cli", "print the receipts of a day"), json_output=False)
    rsub = p.add_subparsers(dest="action", metavar=tr("cli", "ACTION"), parser_class=_Parser, required=True)
    c = add(rsub, "print", tr("cli", "print every receipt dated DATE to PDF; they are archived"), json_output=False)
    c.add_argument("--date", required=True, type=date_arg, metavar=tr("cli", "DATE"), help=tr("cli", "receipt date"))
    c.add_argument("-o", "--output", required=True, metavar=tr("cli", "OUT"),
                   help=tr("cli", "a folder for one file per receipt, or with --combined the one file"))
    c.add_argument("--combined", action="store_true", help=tr("cli", "all receipts in one PDF"))
    c.add_argument("--two-copies", action="store_true",
                   help=tr("cli", "two copies on one A4 page: the stub (存根) and the customer's copy (客户联)"))
    c.set_defaults(func=receipts.cmd_receipts_print)

    p = add(sub, "send", tr("cli", "e-mail documents to customers as PDF attachments"), json_output=False)
    ssub = p.add_subparsers(dest="action", metavar=tr("cli", "ACTION"), parser_class=_Parser, required=True)
    dry = tr("cli", "make and send nothing: print who would get what")
    c = add(ssub, "documents", tr("cli", "e-mail archived documents by id"))
    c.add_argument("ids", nargs="+", type=positive_int_arg, metavar="ID", help=tr("cli", "document id"))
    c.add_argument("--dry-run", action="store_true", help=dry)
    c.set_defaults(func=send.cmd_send_documents)
    c = add(ssub, "letters", tr("cli", "make the reminder letters due on a day and e-mail them"))
    c.add_argument("--date", required=True, type=date_arg, metavar=tr("cli", "DATE"), help=tr("cli", "the working day"))
    c.add_argument("--level", type=positive_int_arg, default=None, metavar="N", help=tr("cli", "only this level"))
    c.add_argument("--dry-run", action="store_true", help=dry)
    c.set_defaults(func=send.cmd_send_letters)
    c = add(ssub, "statements", tr("cli", "make the statements of a period and e-mail them"))
    c.add_argument("--from", dest="date_from", required=True, type=date_arg, metavar=tr("cli", "DATE"),
                   help=tr("cli", "first day of the period"))
    c.add_argument("--to", dest="date_to", required=True, type=date_arg, metavar=tr("cli", "DATE"),
                   help=tr("cli", "last day of the period"))
    c.add_argument("--dry-run", action="store_true", help=dry)
    c.set_defaults(func=send.cmd_send_statements)

    p = add(sub, "mail", tr("cli", "the outgoing mail (SMTP) settings"), json_output=False)
    msub = p.add_subparsers(dest="action", metavar=tr("cli", "ACTION"), parser_class=_Parser, required=True)
    c = add(msub, "set", tr("cli", "save the SMTP settings given (the others are kept)"))
    c.add_argument("--host", default=None, metavar=tr("cli", "HOST"), help=tr("cli", "SMTP server"))
    c.add_argument("--port", default=None, metavar=tr("cli", "PORT"),
                   help=tr("cli", "SMTP port (default by security: 465, 587 or 25)"))
    c.add_argument("--security", default=None, choices=vocab.MAIL_SECURITY,
                   help=_choices_help(tr("cli", "connection security"), names.mail_security, vocab.MAIL_SECURITY))
    c.add_argument("--smtp-user", default=None, metavar=tr("cli", "LOGIN"), help=tr("cli", "SMTP login"))
    secret = c.add_mutually_exclusive_group()
    secret.add_argument("--password", default=None, metavar=tr("cli", "PASSWORD"),
                        help=tr("cli", "SMTP password ('' clears it); --password-stdin keeps it out of the "
                                       "shell history"))
    secret.add_argument("--password-stdin", action="store_true",
                        help=tr("cli", "read the SMTP password from the first line of standard input"))
    c.add_argument("--from", dest="from_address", default=None, metavar=tr("cli", "ADDRESS"),
                   help=tr("cli", "sender e-mail address"))
    c.add_argument("--from-name", default=None, metavar=tr("cli", "NAME"), help=tr("cli", "sender name"))
    c.set_defaults(func=send.cmd_mail_set)
    c = add(msub, "show", tr("cli", "show the SMTP settings (never the password)"))
    c.set_defaults(func=send.cmd_mail_show)
    c = add(msub, "test", tr("cli", "connect to the mail server and log in"), json_output=False)
    c.set_defaults(func=send.cmd_mail_test)


def _pretty_option(p) -> None:
    p.add_argument("--pretty", action="store_true",
                   help=tr("cli", "indent the JSON output (default: compact, one line)"))


def _global_options(p, default) -> None:
    p.add_argument("--db", default=default, metavar=tr("cli", "PATH_OR_URL"),
                   help=tr("cli", "SQLite file or postgresql:// URL (default: $ARAPP_DB, else the file "
                                  "in the user data folder)"))
    p.add_argument("--demo", action="store_true", default=default,
                   help=tr("cli", "use the demo books (made by 'arapp demo') instead of your own"))
    p.add_argument("--lang", default=default, choices=i18n.LANGUAGES,
                   help=tr("cli", "language of messages (default zh_CN; $ARAPP_LANG)"))
    p.add_argument("--user", default=default, metavar=tr("cli", "USERNAME"),
                   help=tr("cli", "act as this user (default admin)"))


def early_language(argv: Sequence[str]) -> str:
    """The language asked for (--lang, else $ARAPP_LANG, else zh_CN), before parsing
    the rest, so that help and error messages are already translated."""
    lang = os.environ.get("ARAPP_LANG") or i18n.DEFAULT_LANGUAGE
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    return lang

