"""``arapp settings``: the company's settings as the settings dialog shows them, and the
dates the books accept (``--dates-from``, ``--months-ahead``) set through their service."""

from __future__ import annotations

from arapp import clock
from arapp.cli.render import EXIT_OK, print_json, render_table
from arapp.cli.transaction import writes
from arapp.i18n import tr


@writes
def cmd_settings(args) -> int:
    """Show the settings; with --dates-from or --months-ahead, change the date window first."""
    from arapp.services import credit, settings

    earliest, months = settings.date_window_setting()
    if args.dates_from is not None or args.months_ahead is not None:
        wanted = (args.dates_from or earliest, months if args.months_ahead is None else args.months_ahead)
        change = settings.save_date_window(*wanted)
        if args.format != "json":
            print(tr("cli", "Date window saved.") if change.changed else tr("cli", "Nothing changed."))
    company = settings.get_settings()
    window = settings.date_window(clock.today())
    earliest, months = settings.date_window_setting()
    if args.format == "json":
        print_json({**company, "credit.hold_overdue_days": credit.hold_overdue_days(),
                    "dates.earliest": earliest, "dates.months_ahead": months,
                    "dates.accepted_from": window.earliest, "dates.accepted_to": window.latest}, args.pretty)
        return EXIT_OK
    rows = [[key, value] for key, value in company.items()]
    rows.append(["credit.hold_overdue_days", str(credit.hold_overdue_days())])
    rows.append(["dates.earliest", earliest.isoformat()])
    rows.append(["dates.months_ahead", str(months)])
    print(render_table([tr("cli", "Setting"), tr("cli", "Value")], rows, [False, False]))
    print(tr("cli", "Documents are accepted dated from {earliest} to {latest}.",
             earliest=window.earliest.isoformat(), latest=window.latest.isoformat()))
    return EXIT_OK
