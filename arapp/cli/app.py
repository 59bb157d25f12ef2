"""The window, screenshots of it, new books and demo books: ``arapp`` alone, ``arapp
screenshot``, ``arapp init`` and ``arapp demo``. Qt is imported only when the window or a
screenshot is asked for."""

from __future__ import annotations

import os
import sys

from arapp import i18n
from arapp.cli.render import (
    EXIT_OK,
    EXIT_REFUSED,
    CliError,
    money_sign,
    pad,
    plain,
    print_json,
    refuse_line,
    text_width,
)
from arapp.i18n import tr, trn


def _has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def cmd_gui(args) -> int:
    """Open the window on the books (refused without a display)."""
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
    """PNG screenshots of the main window's tabs on existing books; prints each file's path."""
    from arapp.db.database import is_default_target, resolve_target
    from arapp.ui.screenshot import take_screenshots

    paths = take_screenshots(args.out, resolve_target(args.db), lang=i18n.language(),
                             create=is_default_target(args.db))
    for path in paths:
        print(path)
    return EXIT_OK


def cmd_init(args) -> int:
    """Make new, empty books at the path (a file in an existing folder, made, marked as
    arapp books and migrated) or in an empty PostgreSQL database; refuses anything that
    is already there, books or not, and a missing folder."""
    from arapp.db.database import close_database, create_books, describe_target, is_url
    from arapp.db.migrations import latest_version

    create_books(args.target)
    close_database()
    where = describe_target(args.target) if is_url(args.target) else os.path.abspath(args.target)
    print(tr("cli", "New books made at {where} (schema version {version}).", where=where,
             version=latest_version()))
    return EXIT_OK


def _open_command(target: str) -> str:
    """The command that opens these books: ``arapp --demo`` for the data folder's demo
    file, else ``arapp --db <the path>`` (``--demo`` would open another file)."""
    from pathlib import Path

    from arapp.db.database import describe_target, is_url
    from arapp.paths import demo_database_path

    where = describe_target(target)
    if not is_url(where) and Path(where).expanduser().absolute() == demo_database_path(create_folder=False).absolute():
        return "arapp --demo"
    if any(c.isspace() or c in "'\"&;|<>()$`*?" for c in where):
        where = '"' + where.replace('"', '\\"') + '"'
    return f"arapp --db {where}"


def cmd_demo(args) -> int:
    """Fill the demo books (ending today unless --end-date): the demo file in the user
    data folder, or the empty books --db names. Books with customers are never added to:
    filled demo books are refused (quietly skipped with --if-empty), and a user's own
    books are refused, --if-empty or not."""
    from arapp import clock
    from arapp.db.database import describe_target
    from arapp.demo import build_demo
    from arapp.paths import demo_database_path
    from arapp.reports.books import is_demo_books
    from arapp.reports.customers import customer_count

    where = describe_target(args.db)
    existing = customer_count()
    if existing and is_demo_books():
        if args.if_empty:
            return EXIT_OK
        raise CliError(trn("cli", "The demo books {where} are made already ({n} customer). Open them with "
                                  "'{command}', or use --if-empty to skip quietly.",
                           "The demo books {where} are made already ({n} customers). Open them with "
                           "'{command}', or use --if-empty to skip quietly.", existing, where=where,
                           command=_open_command(args.db)))
    if existing:
        raise CliError(trn("cli", "The database already has {n} customer; these are your own books ({where}), "
                                  "and demo data never goes into them. The demo books are a file of their own: "
                                  "'arapp demo' without --db makes them in {demo}.",
                           "The database already has {n} customers; these are your own books ({where}), "
                           "and demo data never goes into them. The demo books are a file of their own: "
                           "'arapp demo' without --db makes them in {demo}.", existing, where=where,
                           demo=str(demo_database_path(create_folder=False))))
    show_progress = sys.stderr.isatty() and args.format != "json"

    def progress(done: int, total: int) -> None:
        if show_progress:
            print("\r" + tr("cli", "Building demo data: {percent}%", percent=done * 100 // total),
                  end="", file=sys.stderr, flush=True)

    summary = build_demo(args.customers, args.years, args.seed, progress=progress,
                         end_date=args.end_date or clock.today())
    if show_progress:
        print(file=sys.stderr)
    if args.format == "json":
        print_json({
            "books": where, "customers": summary.customers, "invoices": summary.invoices, "receipts": summary.receipts,
            "credit_notes": summary.credit_notes, "allocations": summary.allocations,
            "first_date": summary.first_date, "end_date": summary.end_date,
            "total_invoiced": plain(summary.total_invoiced), "total_received": plain(summary.total_received),
            "open_invoices": plain(summary.open_invoices), "credit": plain(summary.credit),
            "open_balance": plain(summary.open_balance), "seconds": summary.seconds,
        }, args.pretty)
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
    print(tr("cli", "Demo books made in {where}:", where=where))
    width = max(text_width(k) for k, _ in rows)
    for k, v in rows:
        print(f"  {pad(k, width)}  {v}")
    return EXIT_OK
