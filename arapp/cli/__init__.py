"""The command line: the same services and reports as the window, from a terminal.

    arapp                         open the window
    arapp demo                    fill an empty database with demo books
    arapp balance                 open balances per customer
    arapp customer add|list|show
    arapp invoice add|post|void|list
    arapp receipt add|reverse
    arapp screenshot --out DIR    PNG screenshots of the main tabs

Every command that prints results takes ``--format json`` (amounts as decimal strings
such as "1234.56", keys in English). A refusal (bad amount or date, unknown customer,
a rule of the books) prints one translated line on stderr and exits with code 2;
nothing is written. Nothing here imports Qt except the window and screenshot commands.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import re
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any

from arapp import __version__, clock, i18n, names
from arapp.db import lookups
from arapp.domain import vocabulary as vocab
from arapp.errors import ArappError, NotFound, ValidationError
from arapp.i18n import noop, tr, trn

EXIT_OK = 0
EXIT_REFUSED = 2
TOP_ROWS = 20


class CliError(Exception):
    """A refusal found by the command line itself (its message is translated)."""


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


def refuse_line(message: str) -> None:
    print(tr("cli", "arapp: {message}", message=message), file=sys.stderr)


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


def allocation_arg(text: str) -> tuple[str, int]:
    """``INVOICE:AMOUNT`` (the amount may hold thousands commas)."""
    number, sep, amount = text.rpartition(":")
    if not sep or not number.strip():
        raise argparse.ArgumentTypeError(
            tr("cli", "'{text}' is not INVOICE:AMOUNT (for example INV-2026-000123:500.00)", text=text))
    return number.strip(), amount_arg(amount)


def line_arg(text: str):
    """``DESCRIPTION:QUANTITY:PRICE`` (the description may hold colons)."""
    from arapp.services.invoices import LineInput

    parts = text.rsplit(":", 2)
    if len(parts) != 3 or not parts[0].strip():
        raise argparse.ArgumentTypeError(
            tr("cli", "'{text}' is not DESCRIPTION:QUANTITY:PRICE (for example 物业费:1:350.00)", text=text))
    description, quantity, price = parts
    return LineInput(description.strip(), quantity.strip(), amount_arg(price))


# ----------------------------------------------------------------------------- output

def text_width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters are two wide."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns with an ellipsis when too long."""
    if text_width(text) <= width:
        return text
    out = ""
    for ch in text:
        if text_width(out + ch) > width - 1:
            break
        out += ch
    return out + "…"


def pad(text: str, width: int, right: bool = False) -> str:
    gap = " " * max(0, width - text_width(text))
    return gap + text if right else text + gap


def render_table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[bool],
                 footer: Sequence[Sequence[str]] = ()) -> str:
    """Aligned columns; ``right`` marks the right-aligned (amount) columns."""
    all_rows = [list(headers), *[list(r) for r in rows], *[list(r) for r in footer]]
    widths = [max(text_width(r[i]) for r in all_rows) for i in range(len(headers))]

    def line(r):
        return "  ".join(pad(cell, widths[i], right[i]) for i, cell in enumerate(r)).rstrip()

    rule = "  ".join("-" * w for w in widths)
    out = [line(headers), rule, *[line(r) for r in rows]]
    if footer:
        out.append(rule)
        out.extend(line(r) for r in footer)
    return "\n".join(out)


def money(fen: int) -> str:
    """An amount for a table: 1,234.56 (no currency sign)."""
    from arapp.domain.money import format_amount

    return format_amount(fen, symbol=False)


def money_sign(fen: int) -> str:
    from arapp.domain.money import format_amount

    return format_amount(fen)


def plain(fen: int | None) -> str | None:
    """An amount for JSON: "1234.56"."""
    from arapp.domain.money import format_plain

    return None if fen is None else format_plain(fen)


def print_json(data: Any) -> None:
    def default(value):
        if isinstance(value, _dt.date | _dt.datetime):
            return value.isoformat()
        return str(value)

    print(json.dumps(data, ensure_ascii=False, indent=2, default=default))


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
        return p

    # demo
    p = add(sub, "demo", tr("cli", "fill an empty database with demo books"))
    p.add_argument("--customers", type=positive_int_arg, default=300, metavar="N",
                   help=tr("cli", "number of customers (default 300)"))
    p.add_argument("--years", type=positive_int_arg, default=3, metavar="Y",
                   help=tr("cli", "years of history up to today (default 3)"))
    p.add_argument("--seed", type=int, default=1, metavar="S", help=tr("cli", "random seed (default 1)"))
    p.add_argument("--end-date", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "last day of the history (default today)"))
    p.add_argument("--if-empty", action="store_true",
                   help=tr("cli", "do nothing (and succeed) when the database already has customers"))
    p.set_defaults(func=cmd_demo)

    # balance
    p = add(sub, "balance", tr("cli", "open balances per customer"))
    p.add_argument("--as-of", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "balances at the end of this day (default today)"))
    p.add_argument("--customer", metavar=tr("cli", "CODE"), help=tr("cli", "one customer only"))
    p.add_argument("--all", action="store_true",
                   help=tr("cli", "print every customer (default: the {n} largest balances)", n=TOP_ROWS))
    p.set_defaults(func=cmd_balance)

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
                   help=tr("cli", "credit limit"))
    c.add_argument("--rating", default="", choices=(*vocab.CREDIT_RATINGS, *(r.lower() for r in vocab.CREDIT_RATINGS if r)),
                   help=tr("cli", "credit rating A, B, C or D"))
    c.add_argument("--collector", default=None, metavar=tr("cli", "USERNAME"),
                   help=tr("cli", "assigned collector"))
    c.add_argument("--alias", action="append", default=[], metavar=tr("cli", "ALIAS"),
                   help=tr("cli", "a name the customer uses on bank statements (repeatable)"))
    c.set_defaults(func=cmd_customer_add)
    c = add(csub, "list", tr("cli", "list customers"))
    c.add_argument("--search", default="", metavar=tr("cli", "TEXT"),
                   help=tr("cli", "part of the code, name, alias or phone"))
    c.add_argument("--limit", type=positive_int_arg, default=50, metavar="N",
                   help=tr("cli", "at most N customers (default 50)"))
    c.set_defaults(func=cmd_customer_list)
    c = add(csub, "show", tr("cli", "show one customer with open invoices"))
    c.add_argument("code", metavar=tr("cli", "CODE"), help=tr("cli", "customer code"))
    c.set_defaults(func=cmd_customer_show)

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
    what.add_argument("--line", type=line_arg, action="append", metavar="DESCRIPTION:QTY:PRICE",
                      help=tr("cli", "an invoice line (repeatable)"))
    c.add_argument("--description", default="", metavar=tr("cli", "TEXT"), help=tr("cli", "description"))
    c.add_argument("--period", default="", metavar="YYYY-MM", help=tr("cli", "billing period"))
    c.add_argument("--draft", action="store_true", help=tr("cli", "save as a draft, do not post"))
    c.add_argument("--override", default=None, metavar=tr("cli", "REASON"),
                   help=tr("cli", "a manager's reason to post despite a credit hold"))
    c.set_defaults(func=cmd_invoice_add)
    c = add(isub, "post", tr("cli", "post a draft invoice"))
    c.add_argument("ref", metavar=tr("cli", "NUMBER_OR_ID"), help=tr("cli", "invoice number or id"))
    c.add_argument("--override", default=None, metavar=tr("cli", "REASON"),
                   help=tr("cli", "a manager's reason to post despite a credit hold"))
    c.set_defaults(func=cmd_invoice_post)
    c = add(isub, "void", tr("cli", "void a posted invoice"))
    c.add_argument("ref", metavar=tr("cli", "NUMBER"), help=tr("cli", "invoice number"))
    c.add_argument("--reason", default="", metavar=tr("cli", "TEXT"), help=tr("cli", "why (required)"))
    c.add_argument("--date", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "date of the void (default today)"))
    c.set_defaults(func=cmd_invoice_void)
    c = add(isub, "list", tr("cli", "list invoices, newest first"))
    c.add_argument("--customer", default=None, metavar=tr("cli", "CODE"), help=tr("cli", "one customer only"))
    c.add_argument("--open", action="store_true", help=tr("cli", "only invoices with money owed"))
    c.add_argument("--limit", type=positive_int_arg, default=50, metavar="N",
                   help=tr("cli", "at most N invoices (default 50)"))
    c.set_defaults(func=cmd_invoice_list)

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
    c.set_defaults(func=cmd_receipt_add)
    c = add(rsub, "reverse", tr("cli", "reverse a receipt (its allocations are undone)"))
    c.add_argument("ref", metavar=tr("cli", "NUMBER"), help=tr("cli", "receipt number"))
    c.add_argument("--reason", default="", metavar=tr("cli", "TEXT"), help=tr("cli", "why (required)"))
    c.add_argument("--date", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "date of the reversal (default today)"))
    c.set_defaults(func=cmd_receipt_reverse)

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
    p.add_argument("-o", "--output", default=None, metavar=tr("cli", "FILE"),
                   help=tr("cli", "write to this file (required for xlsx and pdf)"))
    p.set_defaults(func=cmd_aging)

    # report
    p = add(sub, "report", tr("cli", "print a named report to PDF or Excel"), json_output=False)
    p.add_argument("name", choices=("weekly-overdue", "aging-analysis", "credit-record", "collector-performance"),
                   help=tr("cli", "weekly-overdue (逾期报表), aging-analysis (账龄分析报告), credit-record (信誉记录表) "
                                  "or collector-performance (催收员考核)"))
    when = p.add_mutually_exclusive_group()
    when.add_argument("--as-of", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                      help=tr("cli", "report date (weekly report default: the last Friday)"))
    when.add_argument("--month", default=None, metavar="YYYY-MM",
                      help=tr("cli", "report month (monthly report default: last month)"))
    p.add_argument("--format", choices=("pdf", "xlsx"), default="pdf", help=tr("cli", "pdf (default) or xlsx"))
    p.add_argument("-o", "--output", required=True, metavar=tr("cli", "FILE"), help=tr("cli", "the file to write"))
    p.set_defaults(func=cmd_report)

    _collection_commands(sub, add)

    # screenshot
    p = add(sub, "screenshot", tr("cli", "save PNG screenshots of the main window's tabs"), json_output=False)
    p.add_argument("--out", required=True, metavar=tr("cli", "DIR"), help=tr("cli", "folder for the PNG files"))
    p.set_defaults(func=cmd_screenshot)
    # The global options are accepted after the command too; SUPPRESS keeps an absent
    # one from overwriting a value given before the command.
    for leaf in leaves:
        _global_options(leaf.add_argument_group(tr("cli", "global options")), default=argparse.SUPPRESS)
    return parser


def _collection_commands(sub, add) -> None:
    """tasks generate|list, contact add, promise add, collectors report (issue #4)."""
    p = add(sub, "tasks", tr("cli", "the daily collection tasks"), json_output=False)
    tsub = p.add_subparsers(dest="action", metavar=tr("cli", "ACTION"), parser_class=_Parser, required=True)
    c = add(tsub, "generate", tr("cli", "run the collection ladder for a day: create, escalate and close tasks"))
    c.add_argument("--date", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "the working day (default today)"))
    c.set_defaults(func=cmd_tasks_generate)
    c = add(tsub, "list", tr("cli", "list open collection tasks, most urgent first"))
    c.add_argument("--date", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "the working day (default today)"))
    c.add_argument("--collector", default=None, metavar=tr("cli", "USERNAME"),
                   help=tr("cli", "only tasks assigned to this user"))
    c.add_argument("--bucket", choices=vocab.QUEUE_BUCKETS, default="all",
                   help=tr("cli", "today, overdue, upcoming, mine or all (default)"))
    c.add_argument("--level", type=positive_int_arg, default=None, metavar="N", help=tr("cli", "only this level"))
    c.add_argument("--limit", type=positive_int_arg, default=50, metavar="N",
                   help=tr("cli", "at most N tasks in the table (default 50; json lists all)"))
    c.set_defaults(func=cmd_tasks_list)

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
    c.set_defaults(func=cmd_contact_add)

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
    c.set_defaults(func=cmd_promise_add)

    p = add(sub, "collectors", tr("cli", "collector performance"), json_output=False)
    rsub = p.add_subparsers(dest="action", metavar=tr("cli", "ACTION"), parser_class=_Parser, required=True)
    c = add(rsub, "report", tr("cli", "collector performance for a month (考核)"), json_output=False)
    c.add_argument("--month", default=None, metavar="YYYY-MM", help=tr("cli", "the month (default: this month)"))
    c.add_argument("--format", choices=("table", "json", "xlsx", "pdf"), default="table",
                   help=tr("cli", "table (default), json, xlsx or pdf"))
    c.add_argument("-o", "--output", default=None, metavar=tr("cli", "FILE"),
                   help=tr("cli", "write to this file (required for xlsx and pdf)"))
    c.set_defaults(func=cmd_collectors_report)


def _global_options(p, default) -> None:
    p.add_argument("--db", default=default, metavar=tr("cli", "PATH_OR_URL"),
                   help=tr("cli", "SQLite file or postgresql:// URL (default: $ARAPP_DB, else the file "
                                  "in the user data folder)"))
    p.add_argument("--lang", default=default, choices=vocab.LANGUAGES,
                   help=tr("cli", "language of messages (default zh_CN; $ARAPP_LANG)"))
    p.add_argument("--user", default=default, metavar=tr("cli", "USERNAME"),
                   help=tr("cli", "act as this user (default admin)"))


def _early_language(argv: Sequence[str]) -> str:
    """The language asked for (--lang, else $ARAPP_LANG, else zh_CN), before parsing
    the rest, so that help and error messages are already translated."""
    lang = os.environ.get("ARAPP_LANG") or i18n.DEFAULT_LANGUAGE
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    return lang


# ----------------------------------------------------------------------------- main

def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (0 done, 2 refused)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    previous_language = i18n.language()
    i18n.set_language(_early_language(argv))
    try:
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # --help, --version, or a refused argument
            return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_REFUSED
        try:
            if args.command is None:
                return cmd_gui(args)
            if args.command == "screenshot":
                return cmd_screenshot(args)
            return _run_on_database(args)
        except (ArappError, CliError) as exc:
            refuse_line(str(exc))
            return EXIT_REFUSED
    finally:
        i18n.set_language(previous_language)


def _run_on_database(args) -> int:
    from arapp.db.database import close_database, open_database

    open_database(args.db)
    try:
        _set_actor(args.user)
        return args.func(args)
    finally:
        close_database()


def _set_actor(username: str | None) -> None:
    from arapp.db.models import User
    from arapp.services.context import Actor, set_actor

    name = (username or "admin").strip()
    user = User.get_or_none(User.username == name)
    if user is None:
        if username is None:
            set_actor(Actor("admin", "admin"))
            return
        raise NotFound(tr("cli", "No user {name}", name=name))
    if not user.active:
        raise ValidationError(tr("cli", "User {name} is disabled", name=name))
    set_actor(Actor(user.username, user.role))


def _has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def cmd_gui(args) -> int:
    if not _has_display():
        refuse_line(tr("cli", "No display found (DISPLAY and WAYLAND_DISPLAY are not set), so the window "
                              "cannot open. Try 'arapp balance', or set QT_QPA_PLATFORM=offscreen."))
        return EXIT_REFUSED
    from arapp.db.database import resolve_target
    from arapp.ui.app import run_gui

    # Only a language given on the command line overrides the one chosen in the window.
    lang = args.lang if args.lang else os.environ.get("ARAPP_LANG") or None
    return int(run_gui(resolve_target(args.db), lang) or 0)


def cmd_screenshot(args) -> int:
    from arapp.db.database import resolve_target
    from arapp.ui.screenshot import take_screenshots

    paths = take_screenshots(args.out, resolve_target(args.db), lang=i18n.language())
    for path in paths:
        print(path)
    return EXIT_OK


# ----------------------------------------------------------------------------- demo

def cmd_demo(args) -> int:
    from arapp.db.models import Customer
    from arapp.demo import build_demo

    existing = Customer.select().count()
    if existing:
        if args.if_empty:
            return EXIT_OK
        raise CliError(trn("cli", "The database already has {n} customer; demo data goes only into an empty database "
                                  "(use --if-empty to skip quietly, or --db for another file)", "The database already has {n} customers; demo data goes only into an empty database (use --if-empty to skip quietly, or --db for another file)",
                           existing))
    show_progress = sys.stderr.isatty() and args.format != "json"

    def progress(done: int, total: int) -> None:
        if show_progress:
            print("\r" + tr("cli", "Building demo data: {percent}%", percent=done * 100 // total),
                  end="", file=sys.stderr, flush=True)

    summary = build_demo(args.customers, args.years, args.seed, progress=progress, end_date=args.end_date)
    if show_progress:
        print(file=sys.stderr)
    if args.format == "json":
        print_json({
            "customers": summary.customers, "invoices": summary.invoices, "receipts": summary.receipts,
            "credit_notes": summary.credit_notes, "allocations": summary.allocations,
            "first_date": summary.first_date, "end_date": summary.end_date,
            "total_invoiced": plain(summary.total_invoiced), "total_received": plain(summary.total_received),
            "open_invoices": plain(summary.open_invoices), "credit": plain(summary.credit),
            "open_balance": plain(summary.open_balance), "seconds": summary.seconds,
        })
        return EXIT_OK
    rows = [
        (tr("cli", "Customers"), f"{summary.customers:,}"),
        (tr("cli", "Invoices"), f"{summary.invoices:,}"),
        (tr("cli", "Receipts"), f"{summary.receipts:,}"),
        (tr("cli", "Credit notes"), f"{summary.credit_notes:,}"),
        (tr("cli", "Allocations"), f"{summary.allocations:,}"),
        (tr("cli", "Period"), f"{summary.first_date} – {summary.end_date}"),
        (tr("cli", "Invoiced"), money_sign(summary.total_invoiced)),
        (tr("cli", "Received"), money_sign(summary.total_received)),
        (tr("cli", "Open invoices"), money_sign(summary.open_invoices)),
        (tr("cli", "Customer credit"), money_sign(summary.credit)),
        (tr("cli", "Open balance"), money_sign(summary.open_balance)),
        (tr("cli", "Seconds"), f"{summary.seconds:.1f}"),
    ]
    print(tr("cli", "Demo data created:"))
    width = max(text_width(k) for k, _ in rows)
    for k, v in rows:
        print(f"  {pad(k, width)}  {v}")
    return EXIT_OK


# ----------------------------------------------------------------------------- balance

def _balance_json(r, with_count: bool = False) -> dict:
    data = {"code": r.code, "name": r.name, "open_invoices": plain(r.open_invoices), "overdue": plain(r.overdue),
            "credit": plain(r.credit), "balance": plain(r.balance)}
    if with_count:  # the report counts open invoices only for customers it was asked about
        data["open_count"] = r.open_count
    return data


def cmd_balance(args) -> int:
    from arapp.reports.balances import BalanceReport, customer_balance, customer_balances


    as_of = args.as_of
    if args.customer:
        cust = lookups.customer(args.customer)
        row = customer_balance(cust.id, as_of)
        report = BalanceReport(as_of or clock.today(), [row])
    else:
        report = customer_balances(as_of=as_of)
    rows = sorted(report.rows, key=lambda r: (-r.balance, r.code))
    totals = {"open_invoices": plain(report.total_open), "overdue": plain(report.total_overdue),
              "credit": plain(report.total_credit), "balance": plain(report.total_balance)}
    if args.format == "json":
        print_json({"as_of": report.as_of, "customers": [_balance_json(r, bool(args.customer)) for r in rows],
                    "count": len(rows), "totals": totals})
        return EXIT_OK
    shown = rows if (args.all or len(rows) <= TOP_ROWS) else rows[:TOP_ROWS]
    print(tr("cli", "Open balances as of {date}", date=report.as_of.isoformat()))
    headers = [tr("cli", "Code"), tr("cli", "Customer"), tr("cli", "Open invoices"), tr("cli", "Overdue"),
               tr("cli", "Credit"), tr("cli", "Balance")]
    body = [[r.code, fit(r.name, 32), money(r.open_invoices), money(r.overdue), money(r.credit), money(r.balance)]
            for r in shown]
    footer = [["", trn("cli", "Total ({n} customer)", "Total ({n} customers)", len(rows)), money(report.total_open),
               money(report.total_overdue), money(report.total_credit), money(report.total_balance)]]
    print(render_table(headers, body, [False, False, True, True, True, True], footer))
    if len(shown) < len(rows):
        print(trn("cli", "{n} more customer not shown (use --all to list every one).",
                  "{n} more customers not shown (use --all to list every one).", len(rows) - len(shown)))
    return EXIT_OK


# ----------------------------------------------------------------------------- customers

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


def cmd_customer_add(args) -> int:
    from arapp.db.database import db
    from arapp.db.models import User
    from arapp.services.customers import add_alias, create_customer

    values: dict[str, Any] = {
        "name": args.name, "code": args.code, "kind": args.kind, "category": args.category,
        "phone": args.phone, "email": args.email, "address": args.address, "tax_id": args.tax_id,
        "credit_rating": (args.rating or "").upper(), "credit_limit": args.limit,
    }
    if args.terms is not None:
        values["payment_terms_days"] = args.terms
    if args.collector:
        user = User.get_or_none(User.username == args.collector)
        if user is None:
            raise NotFound(tr("cli", "No user {name}", name=args.collector))
        values["collector_id"] = user.id
    with db.atomic():
        change = create_customer(**values)
        for alias in args.alias:
            add_alias(change.customer_id, alias)
    cust = lookups.customer(change.customer_id)
    if args.format == "json":
        data = _customer_json(cust)
        data["aliases"] = [a for a in args.alias if a.strip()]
        print_json(data)
    else:
        print(tr("cli", "Customer {code} {name} added.", code=cust.code, name=cust.name))
    return EXIT_OK


def cmd_customer_list(args) -> int:
    from arapp.reports.balances import customer_balances
    from arapp.services.customers import search_customers

    found = search_customers(args.search, limit=args.limit)
    balances = {r.customer_id: r for r in customer_balances([c.id for c in found]).rows} if found else {}
    if args.format == "json":
        print_json([_customer_json(c, balances.get(c.id)) for c in found])
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
    from arapp.reports.balances import customer_balance, open_items
    from arapp.services.customers import customer_aliases

    cust = lookups.customer(args.code)
    bal = customer_balance(cust.id)
    items = open_items(cust.id)
    aliases = customer_aliases(cust.id)
    collector = cust.collector.display_name or cust.collector.username if cust.collector_id else ""
    if args.format == "json":
        data = _customer_json(cust, bal)
        data["aliases"] = aliases
        data["collector"] = cust.collector.username if cust.collector_id else None
        data["open_items"] = [{"number": i.number, "issue_date": i.issue_date, "due_date": i.due_date,
                               "total": plain(i.total), "open_amount": plain(i.open_amount),
                               "days_overdue": i.days_overdue, "status": i.status} for i in items]
        print_json(data)
        return EXIT_OK
    fields = [
        (tr("cli", "Code"), cust.code), (tr("cli", "Name"), cust.name), (tr("cli", "Kind"), names.customer_kind(cust.kind)),
        (tr("cli", "Category"), cust.category), (tr("cli", "Phone"), cust.phone), (tr("cli", "E-mail"), cust.email),
        (tr("cli", "Address"), cust.address), (tr("cli", "Taxpayer id"), cust.tax_id),
        (tr("cli", "Credit rating"), cust.credit_rating),
        (tr("cli", "Credit limit"), money_sign(cust.credit_limit) if cust.credit_limit is not None else ""),
        (tr("cli", "Payment terms"), trn("cli", "{n} day", "{n} days", cust.payment_terms_days)),
        (tr("cli", "Status"), names.customer_status(cust.status)), (tr("cli", "Collector"), collector),
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


# ----------------------------------------------------------------------------- invoices

def _invoice_ref(text: str) -> int | str:
    text = text.strip()
    return int(text) if text.isdigit() else text


def cmd_invoice_add(args) -> int:
    from arapp.reports.balances import customer_balance
    from arapp.services.invoices import create_invoice

    cust = lookups.customer(args.customer)
    result = create_invoice(
        cust, args.date, due_date=args.due, lines=args.line, amount=args.amount,
        description=args.description, period=args.period, post=not args.draft,
        override_reason=args.override,
    )
    bal = customer_balance(cust.id)
    return _print_invoice_result(args, result, bal)


def _print_invoice_result(args, result, bal) -> int:
    from arapp.db.models import Invoice

    inv = Invoice.get_by_id(result.invoice_id)
    if args.format == "json":
        print_json({
            "id": inv.id, "number": inv.number, "customer": result.customer_code, "status": inv.status,
            "issue_date": inv.issue_date, "due_date": inv.due_date, "total": plain(inv.total),
            "open_amount": plain(inv.open_amount), "credit_applied": plain(result.credit_applied),
            "released": plain(result.released), "customer_balance": plain(bal.balance),
        })
        return EXIT_OK
    if inv.status == "draft":
        print(tr("cli", "Draft invoice {id} saved for {customer}: total {total}. Post it with 'arapp invoice post {id}'.",
                 id=inv.id, customer=result.customer_code, total=money_sign(inv.total)))
    elif inv.status == "void":
        print(tr("cli", "Invoice {number} voided.", number=inv.number))
        if result.released:
            print(tr("cli", "{amount} went back to the customer's credit.", amount=money_sign(result.released)))
    else:
        print(tr("cli", "Invoice {number} posted: total {total}, open {open} ({status}).",
                 number=inv.number, total=money_sign(inv.total), open=money_sign(inv.open_amount),
                 status=names.invoice_status(inv.status)))
        if result.credit_applied:
            print(tr("cli", "Customer credit used: {amount}.", amount=money_sign(result.credit_applied)))
    print(tr("cli", "Customer {code} balance: {balance}.", code=result.customer_code,
             balance=money_sign(bal.balance)))
    return EXIT_OK


def cmd_invoice_post(args) -> int:
    from arapp.db.models import Invoice
    from arapp.reports.balances import customer_balance
    from arapp.services.invoices import post_invoice

    result = post_invoice(_invoice_ref(args.ref), override_reason=args.override)
    bal = customer_balance(Invoice.get_by_id(result.invoice_id).customer_id)
    return _print_invoice_result(args, result, bal)


def cmd_invoice_void(args) -> int:
    from arapp.db.models import Invoice
    from arapp.reports.balances import customer_balance
    from arapp.services.invoices import void_invoice

    result = void_invoice(_invoice_ref(args.ref), args.reason, date=args.date)
    bal = customer_balance(Invoice.get_by_id(result.invoice_id).customer_id)
    return _print_invoice_result(args, result, bal)


def cmd_invoice_list(args) -> int:
    from arapp.reports.invoice_list import InvoiceFilter, invoice_page


    customer_id = lookups.customer(args.customer).id if args.customer else None
    rows = invoice_page(InvoiceFilter(customer_id=customer_id, open_only=args.open), limit=args.limit)
    if args.format == "json":
        print_json([{"id": r.id, "number": r.number, "customer": r.customer_code, "customer_name": r.customer_name,
                     "issue_date": r.issue_date, "due_date": r.due_date, "total": plain(r.total),
                     "open_amount": plain(r.open_amount), "status": r.status} for r in rows])
        return EXIT_OK
    if not rows:
        print(tr("cli", "No invoices found."))
        return EXIT_OK
    headers = [tr("cli", "Invoice"), tr("cli", "Customer"), tr("cli", "Issued"), tr("cli", "Due"),
               tr("cli", "Total"), tr("cli", "Open"), tr("cli", "Status")]
    body = [[r.number or f"#{r.id}", fit(f"{r.customer_code} {r.customer_name}", 30), r.issue_date.isoformat(),
             r.due_date.isoformat(), money(r.total), money(r.open_amount), names.invoice_status(r.status)] for r in rows]
    print(render_table(headers, body, [False, False, False, False, True, True, False]))
    return EXIT_OK


# ----------------------------------------------------------------------------- receipts

def cmd_receipt_add(args) -> int:
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
    bal = customer_balance(cust.id)
    if args.format == "json":
        print_json({
            "number": result.number, "customer": result.customer_code, "date": args.date,
            "amount": plain(result.amount), "method": args.method,
            "allocations": [{"invoice": n, "amount": plain(a)} for n, a in result.allocated],
            "unallocated": plain(result.unallocated), "customer_balance": plain(bal.balance),
        })
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


def cmd_receipt_reverse(args) -> int:
    from arapp.reports.balances import customer_balance
    from arapp.services.receipts import reverse_receipt

    result = reverse_receipt(args.ref.strip(), args.reason, date=args.date)
    cust = lookups.customer(result.customer_code)
    bal = customer_balance(cust.id)
    if args.format == "json":
        print_json({
            "number": result.number, "customer": result.customer_code, "amount": plain(result.amount),
            "status": result.status,
            "reopened": [{"invoice": n, "amount": plain(-a)} for n, a in result.allocated],
            "customer_balance": plain(bal.balance),
        })
        return EXIT_OK
    print(tr("cli", "Receipt {number} reversed.", number=result.number))
    for number, amount in result.allocated:
        print("  " + tr("cli", "{invoice} is owed again: {amount}", invoice=number, amount=money_sign(-amount)))
    print(tr("cli", "Customer {code} balance: {balance}.", code=result.customer_code,
             balance=money_sign(bal.balance)))
    return EXIT_OK




# ----------------------------------------------------------------------------- aging and reports

def cmd_aging(args) -> int:
    """Aging as a terminal table, CSV, JSON, or an Excel/PDF file."""
    from arapp.reports.aging import AgingFilter, aging
    from arapp.reports.company import company_name
    from arapp.reports.table import aging_table, format_cell

    if args.format in ("xlsx", "pdf") and not args.output:
        raise CliError(tr("cli", "--format {fmt} needs -o FILE", fmt=args.format))
    result = aging(args.as_of, basis=args.basis, scheme=args.scheme, view=args.by,
                   filters=AgingFilter(overdue_only=args.overdue_only))
    if args.format in ("xlsx", "pdf"):
        from arapp.reports.catalog import export_aging

        path = export_aging(result, args.format, args.output)
        print(tr("cli", "Wrote {path}", path=str(path)))
        return EXIT_OK
    if args.format == "json":
        text = json.dumps(result.to_json(), ensure_ascii=False, indent=2, default=str)
        return _emit(text, args.output)
    table = aging_table(result, company_name())
    if args.format == "csv":
        import csv
        import io

        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow([c.label for c in table.columns])
        for row in table.rows + ([table.totals] if table.totals else []):
            w.writerow(["" if v is None else (plain(v) if c.kind == "money" else
                                              v.isoformat() if isinstance(v, _dt.date) else v)
                        for c, v in zip(table.columns, row, strict=True)])
        return _emit(buf.getvalue(), args.output, newline="")
    lines = [table.title_with_date(), *table.subtitle]
    shown = table.rows
    cut = len(shown) > TOP_ROWS * 5
    if cut:
        shown = shown[:TOP_ROWS * 5]
    body = [[fit(format_cell(v, c.kind, blank_zero=c.blank_zero), 24) for c, v in zip(table.columns, row, strict=True)]
            for row in shown]
    footer = [[format_cell(v, c.kind) for c, v in zip(table.columns, table.totals, strict=True)]] if table.totals else []
    right = [c.kind in ("money", "int", "number", "percent") for c in table.columns]
    lines.append(render_table([c.label for c in table.columns], body, right, footer))
    if cut:
        lines.append(trn("cli", "{n} more row not shown (use --format csv or xlsx for all).",
                         "{n} more rows not shown (use --format csv or xlsx for all).", len(table.rows) - len(shown)))
    return _emit("\n".join(lines) + "\n", args.output)


def _emit(text: str, output: str | None, newline: str | None = None) -> int:
    if output:
        with open(output, "w", encoding="utf-8-sig" if newline == "" else "utf-8", newline=newline) as f:
            f.write(text)
        print(tr("cli", "Wrote {path}", path=output))
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_report(args) -> int:
    """One of the named reports to PDF or Excel."""
    from arapp.domain.dates import month_bounds
    from arapp.reports.catalog import export_report

    if args.month:
        month_bounds(args.month, field="month")     # refuses 2026-13 with a clear message
    path = export_report(args.name, args.format, args.output, as_of=args.as_of, month=args.month)
    print(tr("cli", "Wrote {path}", path=str(path)))
    return EXIT_OK


# ----------------------------------------------------------------------------- collections

def cmd_tasks_generate(args) -> int:
    """Run the ladder for the day and say what it did."""
    from arapp.services.collections import generate_tasks

    res = generate_tasks(args.date)
    if args.format == "json":
        print_json(res.as_dict())
        return EXIT_OK
    print(trn("cli", "Collection tasks for {date}: {created} created ({escalated} escalated), {closed} closed, {skipped} customer skipped.",
              "Collection tasks for {date}: {created} created ({escalated} escalated), {closed} closed, {skipped} customers skipped.", res.skipped, date=res.on.isoformat(), created=res.created,
             escalated=res.escalated, closed=res.closed, skipped=res.skipped))
    extras = [(tr("cli", "Superseded"), res.superseded), (tr("cli", "Paused"), res.paused),
              (tr("cli", "Resumed"), res.resumed), (tr("cli", "Promises kept"), res.promises_kept),
              (tr("cli", "Promises broken"), res.promises_broken), (tr("cli", "Plans completed"), res.plans_completed),
              (tr("cli", "Plans broken"), res.plans_broken)]
    shown = [f"{k} {v}" for k, v in extras if v]
    if shown:
        print("  " + tr("cli", ", ").join(shown))
    return EXIT_OK


def cmd_tasks_list(args) -> int:
    """The queue, most urgent first."""
    from arapp.services.collections import list_tasks

    rows = list_tasks(args.date, bucket=args.bucket, collector=args.collector, level=args.level)
    on = args.date or clock.today()
    if args.format == "json":
        print_json([{
            "task": r.task_id, "customer": r.customer_code, "customer_name": r.customer_name, "level": r.level_seq,
            "action": r.action, "tone": r.tone, "role": r.role, "procedure": r.procedure, "status": r.status,
            "reason": r.reason, "due_on": r.due_on, "follow_up_on": r.follow_up_on, "bucket": r.bucket(on),
            "days_overdue": r.days_overdue, "amount_overdue": plain(r.amount_overdue),
            "amount_open": plain(r.amount_open), "collector": r.assigned_to or None,
            "last_contact": r.last_contact, "promise_date": r.promise_date,
            "promise_amount": plain(r.promise_amount), "broken_promises": r.broken_promises,
            "priority": r.priority, "invoices": list(r.invoice_ids)} for r in rows])
        return EXIT_OK
    if not rows:
        print(tr("cli", "No collection tasks."))
        return EXIT_OK
    shown = rows[:args.limit]
    headers = [tr("cli", "Task"), tr("cli", "Customer"), tr("cli", "Level"), tr("cli", "Action"),
               tr("cli", "Procedure"), tr("cli", "Overdue"), tr("cli", "Days overdue"), tr("cli", "Collector"),
               tr("cli", "Work on"), tr("cli", "Promise")]
    body = [[str(r.task_id), fit(f"{r.customer_code} {r.customer_name}", 28), str(r.level_seq),
             names.level_action(r.action), names.procedure(r.procedure), money(r.amount_overdue), str(r.days_overdue),
             r.assigned_name, r.action_on.isoformat(),
             (r.promise_date.isoformat() if r.promise_date else "") + (" !" * min(r.broken_promises, 3))]
            for r in shown]
    print(render_table(headers, body, [True, False, True, False, False, True, True, False, False, False]))
    if len(shown) < len(rows):
        print(trn("cli", "{n} more task not shown (use --limit or --format json).", "{n} more tasks not shown (use --limit or --format json).", len(rows) - len(shown)))
    return EXIT_OK


def cmd_contact_add(args) -> int:
    from arapp.services.collections import log_contact

    res = log_contact(args.customer, args.method, args.summary, person=args.person, answer=args.answer,
                      next_step=args.next_step, next_date=args.next_date, task=args.task)
    if args.format == "json":
        print_json({"contact": res.contact_id, "customer": res.customer_code, "at": res.at, "task": res.task_id,
                    "follow_up_on": res.follow_up_on})
        return EXIT_OK
    print(tr("cli", "Contact {id} logged for {customer}.", id=res.contact_id, customer=res.customer_code))
    if res.follow_up_on:
        print(tr("cli", "Task {task} follows up on {date}.", task=res.task_id, date=res.follow_up_on.isoformat()))
    return EXIT_OK


def cmd_promise_add(args) -> int:
    from arapp.services.collections import record_promise

    res = record_promise(args.customer, args.date, args.amount, task=args.task, note=args.note)
    if args.format == "json":
        print_json({"promise": res.promise_id, "customer": res.customer_code, "date": res.promised_date,
                    "amount": plain(res.amount), "status": res.status, "replaced": res.replaced_promise_ids,
                    "tasks_paused": res.tasks.paused if res.tasks else 0})
        return EXIT_OK
    print(tr("cli", "Promise {id} recorded: {customer} will pay {amount} by {date}.", id=res.promise_id,
             customer=res.customer_code, amount=money_sign(res.amount), date=res.promised_date.isoformat()))
    if res.replaced_promise_ids:
        print(tr("cli", "It replaces the earlier open promise."))
    return EXIT_OK


def cmd_collectors_report(args) -> int:
    """Collector performance for a month as a table, JSON, or an Excel/PDF file."""
    from arapp.domain.dates import month_bounds
    from arapp.reports.collections import collector_performance, collector_performance_table
    from arapp.reports.table import format_cell

    month = args.month or clock.today().strftime("%Y-%m")
    first, _last = month_bounds(month, field="month")
    month = f"{first.year:04d}-{first.month:02d}"
    if args.format in ("xlsx", "pdf") and not args.output:
        raise CliError(tr("cli", "--format {fmt} needs -o FILE", fmt=args.format))
    if args.format == "json":
        print_json([{"collector": f.username, "name": f.name, "tasks_completed": f.tasks_completed,
                     "contacts": f.contacts, "collected_after_contact": plain(f.collected_after_contact),
                     "promises_kept": f.promises_kept, "promises_broken": f.promises_broken,
                     "kept_rate": None if f.kept_rate is None else str(round(f.kept_rate, 4)),
                     "portfolio_open": plain(f.portfolio_open), "portfolio_overdue": plain(f.portfolio_overdue),
                     "overdue_ratio": None if f.overdue_ratio is None else str(round(f.overdue_ratio, 4))}
                    for f in collector_performance(month)])
        return EXIT_OK
    table = collector_performance_table(month)
    if args.format in ("xlsx", "pdf"):
        from arapp.reports.catalog import export_tables

        path = export_tables([table], args.format, args.output)
        print(tr("cli", "Wrote {path}", path=str(path)))
        return EXIT_OK
    body = [[format_cell(v, c.kind) for c, v in zip(table.columns, row, strict=True)] for row in table.rows]
    footer = [[format_cell(v, c.kind) for c, v in zip(table.columns, table.totals, strict=True)]]
    right = [c.kind in ("money", "int", "number", "percent") for c in table.columns]
    lines = [table.title_with_date(), *table.subtitle,
             render_table([c.label for c in table.columns], body, right, footer)]
    return _emit("\n".join(lines) + "\n", args.output)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
