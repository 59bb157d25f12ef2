"""``arapp tasks generate|list``, ``contact add``, ``promise add`` and ``collectors
report``: the collection work through its services, dated today unless the user
gives a date."""

from __future__ import annotations

from arapp import clock, names
from arapp.cli.render import (
    EXIT_OK,
    CliError,
    emit,
    fit,
    money,
    money_sign,
    plain,
    print_json,
    render_table,
    report_table_text,
)
from arapp.cli.transaction import writes
from arapp.i18n import tr, trn


@writes
def cmd_tasks_generate(args) -> int:
    """Run the ladder for the day and say what it did."""
    from arapp.services.collections import generate_tasks

    res = generate_tasks(args.date or clock.today())
    if args.format == "json":
        print_json(res.as_dict(), args.pretty)
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

    on = args.date or clock.today()
    rows = list_tasks(on, bucket=args.bucket, collector=args.collector, level=args.level)
    if args.format == "json":
        print_json([{
            "task": r.task_id, "customer": r.customer_code, "customer_name": r.customer_name, "level": r.level_seq,
            "action": r.action, "tone": r.tone, "role": r.role, "procedure": r.procedure, "status": r.status,
            "reason": r.reason, "due_on": r.due_on, "follow_up_on": r.follow_up_on, "bucket": r.bucket(on),
            "days_overdue": r.days_overdue, "amount_overdue": plain(r.amount_overdue),
            "amount_open": plain(r.amount_open), "collector": r.assigned_to or None,
            "last_contact": r.last_contact, "promise_date": r.promise_date,
            "promise_amount": plain(r.promise_amount), "broken_promises": r.broken_promises,
            "priority": r.priority, "invoices": list(r.invoice_ids)} for r in rows], args.pretty)
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


@writes
def cmd_contact_add(args) -> int:
    from arapp.services.collections import log_contact

    res = log_contact(args.customer, args.method, args.summary, at=clock.now(), person=args.person,
                      answer=args.answer, next_step=args.next_step, next_date=args.next_date, task=args.task)
    if args.format == "json":
        print_json({"contact": res.contact_id, "customer": res.customer_code, "at": res.at, "task": res.task_id,
                    "follow_up_on": res.follow_up_on}, args.pretty)
        return EXIT_OK
    print(tr("cli", "Contact {id} logged for {customer}.", id=res.contact_id, customer=res.customer_code))
    if res.follow_up_on:
        print(tr("cli", "Task {task} follows up on {date}.", task=res.task_id, date=res.follow_up_on.isoformat()))
    return EXIT_OK


@writes
def cmd_promise_add(args) -> int:
    from arapp.services.collections import record_promise

    res = record_promise(args.customer, args.date, args.amount, on=clock.today(), task=args.task, note=args.note)
    if args.format == "json":
        print_json({"promise": res.promise_id, "customer": res.customer_code, "date": res.promised_date,
                    "amount": plain(res.amount), "status": res.status, "replaced": res.replaced_promise_ids,
                    "tasks_paused": res.tasks.paused if res.tasks else 0}, args.pretty)
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
                    for f in collector_performance(month)], args.pretty)
        return EXIT_OK
    table = collector_performance_table(month)
    if args.format in ("xlsx", "pdf"):
        from arapp.exports import export_tables

        path = export_tables([table], args.format, args.output)
        print(tr("cli", "Wrote {path}", path=str(path)))
        return EXIT_OK
    return emit(report_table_text(table) + "\n", args.output)
