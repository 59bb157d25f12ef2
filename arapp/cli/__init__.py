"""The command line: the same services and reports as the window, from a terminal.

    arapp                         open the window
    arapp init PATH_OR_URL        make new, empty books
    arapp demo                    make the demo books (a file of their own; --demo opens them)
    arapp balance                 open balances per customer
    arapp customer add|list|show
    arapp invoice add|post|void|list
    arapp receipt add|reverse|print
    arapp receipts print          the receipts (收据) of a day to PDF
    arapp send documents|letters|statements   e-mail documents (--dry-run: who would get what)
    arapp mail set|show|test      the outgoing mail (SMTP) settings
    arapp settings                company settings; the dates the books accept
    arapp screenshot --out DIR    PNG screenshots of the main tabs

Every command that prints results takes ``--format json`` (amounts as decimal strings
such as "1234.56", keys in English; one compact line, indented with ``--pretty``). A
refusal (bad amount or date, unknown customer, a rule of the books) prints one
translated line on stderr and exits with code 2; nothing is written. So do books the
command cannot use (no books at that path, another program's file, a damaged file,
read-only books asked to write, a full disk, a lock held by another program, another
user's change at the same moment after a few tries): :mod:`arapp.db.failures` names
them. Output cut short by its reader (``arapp invoice list | head -1``) ends quietly
with code 0. Nothing here imports Qt except the window and screenshot commands.

``--db PATH`` opens existing books only: new books are made on purpose, by ``arapp
init PATH`` or ``arapp --db PATH demo`` (demo books are asked for by name). The one
exception is the default file in the user data folder, made on the first run.

Demo books are a file of their own (``demo.sqlite3`` in the user data folder,
:func:`arapp.paths.demo_database_path`): ``arapp demo`` makes them there, ``--demo``
points any command or the window at them, and a user's own books never receive demo
data (``arapp demo`` refuses books with customers that are not demo books).

The package: :mod:`~arapp.cli.parser` builds the arguments, :mod:`~arapp.cli.render`
prints tables and JSON, and one module per area runs its commands (``customers``,
``invoices``, ``receipts``, ``reports`` for balance, aging and the named reports,
``collections`` for tasks, contacts, promises and collectors, ``settings`` for the
company's settings, ``app`` for the window, screenshots and demo data; ``transaction``
runs each writing command all or nothing through the services and holds its output until
the commit). A command composes nothing: it reads through reports and
lookups, writes through one service call, and takes today from the clock.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (0 done, 2 refused)."""
    from arapp import i18n
    from arapp.cli import app
    from arapp.cli.parser import build_parser, early_language
    from arapp.cli.render import EXIT_REFUSED, CliError, refuse_line
    from arapp.errors import ArappError

    argv = list(sys.argv[1:] if argv is None else argv)
    previous_language = i18n.language()
    i18n.set_language(early_language(argv))
    try:
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # --help, --version, or a refused argument
            return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_REFUSED
        try:
            _choose_books(args)
            if args.command is None:
                code = app.cmd_gui(args)
            elif args.command == "screenshot":
                code = app.cmd_screenshot(args)
            elif args.command == "init":
                _load_peewee(args.target)
                code = app.cmd_init(args)
            else:
                code = _run_on_database(args)
            sys.stdout.flush()          # a reader that went away is found here, not at exit
            return code
        except (ArappError, CliError) as exc:
            refuse_line(str(exc))
            return EXIT_REFUSED
        except BrokenPipeError:
            _stdout_gone()
            return 0
        except Exception as exc:
            from arapp.db.failures import explain

            error = explain(exc)        # a failure of the books, or None for a bug (its traceback shows)
            if error is None:
                raise
            refuse_line(error.message)
            return EXIT_REFUSED
    finally:
        i18n.set_language(previous_language)


def _choose_books(args) -> None:
    """``--demo`` means the demo books' file; ``arapp demo`` without ``--db`` makes the
    demo books there, never in the user's own (default or $ARAPP_DB) books."""
    from arapp.cli.render import CliError
    from arapp.i18n import tr
    from arapp.paths import demo_database_path

    if getattr(args, "demo", None):
        if getattr(args, "db", None):
            raise CliError(tr("cli", "--demo and --db name two different books: give one of them"))
        demo = demo_database_path()
        if args.command not in (None, "demo", "init") and not demo.exists():   # the window makes them
            raise CliError(tr("cli", "The demo books are not made yet ({where}): run 'arapp demo' first.",
                              where=str(demo)))
        args.db = str(demo)
    elif args.command == "demo" and not getattr(args, "db", None):
        args.db = str(demo_database_path())


def _run_on_database(args) -> int:
    _load_peewee(args.db)
    from arapp.db.database import close_database, is_default_target, open_database
    from arapp.db.failures import retry_conflicts

    # Demo books are asked for by name; the default file is made on the first run.
    open_database(args.db, create=args.command == "demo" or is_default_target(args.db))
    try:
        _set_actor(args.user)
        return retry_conflicts(args.func, args)
    finally:
        close_database()


def _stdout_gone() -> None:
    """The reader of our output went away: send the rest (and Python's last flush) nowhere."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):   # no real stdout (tests capture it)
        pass


_POSTGRES_DRIVERS = ("psycopg2cffi", "psycopg2", "psycopg")


def _load_peewee(target: str | None) -> None:
    """Load peewee for a command on ``target``. peewee imports every PostgreSQL driver
    it finds as it loads, and psycopg alone takes longer than the rest of a quick command;
    a SQLite file never needs one, so peewee is then loaded without them (it marks them
    absent; nothing else in this one-database process asks for them). A PostgreSQL URL,
    or peewee already loaded (tests, the window), changes nothing."""
    import os

    target = target or os.environ.get("ARAPP_DB") or ""
    if "peewee" in sys.modules or str(target).startswith(("postgresql://", "postgres://")):
        return
    saved = {name: sys.modules.get(name) for name in _POSTGRES_DRIVERS}
    for name in _POSTGRES_DRIVERS:
        sys.modules[name] = None            # "import psycopg" raises ImportError
    try:
        import peewee  # noqa: F401
    finally:
        for name, module in saved.items():
            if module is None:
                del sys.modules[name]
            else:
                sys.modules[name] = module


def _set_actor(username: str | None) -> None:
    """Act as ``--user`` (admin by default; on books without users, admin as such)."""
    from arapp.db import lookups
    from arapp.errors import NotFound, ValidationError
    from arapp.i18n import tr
    from arapp.services.context import Actor, set_actor

    name = (username or "admin").strip()
    try:
        user = lookups.user(name)
    except NotFound:
        user = None
    if user is None or user.username != name:   # a username, never an id
        if username is None:
            set_actor(Actor("admin", "admin"))
            return
        raise NotFound(tr("cli", "No user {name}", name=name))
    if not user.active:
        raise ValidationError(tr("cli", "User {name} is disabled", name=name))
    set_actor(Actor(user.username, user.role))
