"""Read-only commands over the books: ``balance``, ``aging`` and the named reports
(``report``) as terminal tables, CSV, JSON, or Excel/PDF files. Each asks one report
for its result, dated today unless the user gives a date."""

from __future__ import annotations

from arapp import clock
from arapp.cli.render import (
    EXIT_OK,
    TOP_ROWS,
    CliError,
    big_output,
    emit,
    fit,
    json_text,
    money,
    plain,
    print_json,
    render_table,
    report_table_text,
)
from arapp.i18n import tr, trn


def _balance_json(r, with_count: bool = False) -> dict:
    data = {"code": r.code, "name": r.name, "open_invoices": plain(r.open_invoices), "overdue": plain(r.overdue),
            "credit": plain(r.credit), "balance": plain(r.balance)}
    if with_count:  # the report counts open invoices only for customers it was asked about
        data["open_count"] = r.open_count
    return data


def cmd_balance(args) -> int:
    """Open balances per customer (the largest first) at the end of a day."""
    with big_output():
        return _balance(args)


def _balance(args) -> int:
    from arapp.db import lookups
    from arapp.reports.balances import BalanceReport, customer_balance, customer_balances

    as_of = args.as_of or clock.today()
    if args.customer:
        cust = lookups.customer(args.customer)
        report = BalanceReport(as_of, [customer_balance(cust.id, as_of)])
    else:
        report = customer_balances(as_of=as_of)
    rows = sorted(report.rows, key=lambda r: (-r.balance, r.code))
    totals = {"open_invoices": plain(report.total_open), "overdue": plain(report.total_overdue),
              "credit": plain(report.total_credit), "balance": plain(report.total_balance)}
    if args.format == "json":
        print_json({"as_of": report.as_of, "customers": [_balance_json(r, bool(args.customer)) for r in rows],
                    "count": len(rows), "totals": totals}, args.pretty)
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


def cmd_aging(args) -> int:
    """Aging as a terminal table, CSV, JSON, or an Excel/PDF file."""
    with big_output():
        return _aging(args)


def _aging(args) -> int:
    from arapp.reports.aging import AgingFilter, aging

    if args.format in ("xlsx", "pdf") and not args.output:
        raise CliError(tr("cli", "--format {fmt} needs -o FILE", fmt=args.format))
    result = aging(args.as_of or clock.today(), basis=args.basis, scheme=args.scheme, view=args.by,
                   filters=AgingFilter(overdue_only=args.overdue_only))
    if args.format in ("xlsx", "pdf"):
        from arapp.exports import export_aging

        path = export_aging(result, args.format, args.output)
        print(tr("cli", "Wrote {path}", path=str(path)))
        return EXIT_OK
    if args.format == "json":
        return emit(json_text(result.to_json(), pretty=True) if args.pretty else result.json_parts(), args.output)
    from arapp.reports.company import company_name
    from arapp.reports.table import aging_table

    table = aging_table(result, company_name())
    if args.format == "csv":
        from arapp.exports import table_csv

        return emit(table_csv(table), args.output, newline="")
    cut = len(table.rows) > TOP_ROWS * 5
    text = report_table_text(table, max_rows=TOP_ROWS * 5, cell_width=24)
    if cut:
        text += "\n" + trn("cli", "{n} more row not shown (use --format csv or xlsx for all).",
                           "{n} more rows not shown (use --format csv or xlsx for all).", len(table.rows) - TOP_ROWS * 5)
    return emit(text + "\n", args.output)


def cmd_report(args) -> int:
    """One of the named reports to PDF or Excel; the credit record also for a period
    (``--from``/``--to``), one customer (``--customer``) or as a summary only."""
    from arapp.domain.dates import month_bounds
    from arapp.exports import export_report
    from arapp.reports.catalog import ReportOptions

    if args.month:
        month_bounds(args.month, field="month")     # refuses 2026-13 with a clear message
    if args.month and (args.date_from or args.date_to):
        raise CliError(tr("cli", "Give either --month or --from/--to, not both"))
    options = ReportOptions(date_from=args.date_from, date_to=args.date_to, customer=args.customer or None,
                            summary_only=args.summary_only)
    path = export_report(args.name, args.format, args.output, as_of=args.as_of, month=args.month, options=options)
    print(tr("cli", "Wrote {path}", path=str(path)))
    return EXIT_OK
