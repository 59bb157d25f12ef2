"""``arapp tasks generate|list|hand-over``, ``contact add|reasons``, ``promise add`` and
``collectors report``: the collection work through its services, dated today unless
the user gives a date. The words are :mod:`arapp.names`' (the window says the same)."""

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
              (tr("cli", "Resumed"), res.resumed), (tr("cli", "Watched under an extension"), res.watched), (tr("cli", "Promises kept"), res.promises_kept),
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
            "task": r.task_id, "customer": r.customer_code, "customer_name": r.customer_name,
            "level": r.level_seq if r.task_id is not None else None,     # no task (due this month only)
            "action": r.action or None, "tone": r.tone or None, "role": r.role or None,
            "procedure": r.procedure or None, "status": r.status or None, "reason": r.reason or None, "due_on": r.due_on, "follow_up_on": r.follow_up_on, "bucket": r.bucket(on),
            "days_overdue": r.days_overdue, "amount_overdue": plain(r.amount_overdue),
            "amount_open": plain(r.amount_open), "collector": r.assigned_to or None,
            "last_contact": r.last_contact, "promise_date": r.promise_date,
            "promise_amount": plain(r.promise_amount), "broken_promises": r.broken_promises,
            "priority": r.priority, "invoices": list(r.invoice_ids), "hold_reason": r.hold_reason or None,
            "watched": r.watched, "pending_extensions": r.pending_extensions,
            "failed_attempts": r.failed_attempts, "proposal": r.proposal or None,
            "due_this_month": plain(r.due_this_month) if args.bucket == "due_this_month" else None}
            for r in rows], args.pretty)
        return EXIT_OK
    if not rows:
        print(tr("cli", "No collection tasks."))
        return EXIT_OK
    shown = rows[:args.limit]
    month = args.bucket == "due_this_month"
    headers = [tr("cli", "Task"), tr("cli", "Customer"), tr("cli", "Level"), tr("cli", "Action"),
               tr("cli", "Procedure"), tr("cli", "Overdue"), tr("cli", "Days overdue"), tr("cli", "Collector"),
               tr("cli", "Work on"), tr("cli", "Promise"), tr("cli", "Note")]
    if month:
        headers.insert(6, names.queue_bucket("due_this_month"))
    body = []
    for r in shown:
        line = [str(r.task_id) if r.task_id is not None else "—", fit(f"{r.customer_code} {r.customer_name}", 28),
                str(r.level_seq) if r.task_id is not None else "",
                names.level_action(r.action), names.procedure(r.procedure), money(r.amount_overdue),
                str(r.days_overdue), r.assignee_label, r.action_on.isoformat(),
                (r.promise_date.isoformat() if r.promise_date else "") + (" !" * min(r.broken_promises, 3)),
                r.note_text]
        if month:
            line.insert(6, money(r.due_this_month))
        body.append(line)
    right = [True, False, True, False, False, True, True, False, False, False, False]
    if month:
        right.insert(6, True)
    print(render_table(headers, body, right))
    if month:
        print(tr("cli", "Due this month by {date} and not received: {amount}.", date=on.isoformat(),
                 amount=money_sign(sum(r.due_this_month for r in rows))))
    if len(shown) < len(rows):
        print(trn("cli", "{n} more task not shown (use --limit or --format json).", "{n} more tasks not shown (use --limit or --format json).", len(rows) - len(shown)))
    return EXIT_OK


@writes
def cmd_tasks_hand_over(args) -> int:
    """Accept a task's proposal to hand the debt over to legal."""
    from arapp.services.collections import accept_legal_proposal

    res = accept_legal_proposal(args.task, args.note, on=clock.today())
    if args.format == "json":
        print_json({"customer": res.customer_code, "status": res.status, "since": res.since,
                    "customer_status": res.customer_status, "events": res.event_ids,
                    "tasks_paused": res.tasks.paused if res.tasks else 0}, args.pretty)
        return EXIT_OK
    print(tr("cli", "{customer}: {status} since {date}; the ladder stops for the customer.",
             customer=res.customer_code, status=names.status_event(res.status), date=res.since.isoformat()))
    return EXIT_OK


@writes
def cmd_contact_add(args) -> int:
    from arapp.services.collections import log_contact

    res = log_contact(args.customer, args.method, args.summary, at=clock.now(), person=args.person,
                      answer=args.answer, next_step=args.next_step, next_date=args.next_date, task=args.task,
                      reason=args.reason)
    if args.format == "json":
        print_json({"contact": res.contact_id, "customer": res.customer_code, "at": res.at, "task": res.task_id,
                    "follow_up_on": res.follow_up_on, "reason": res.reason or None}, args.pretty)
        return EXIT_OK
    print(tr("cli", "Contact {id} logged for {customer}.", id=res.contact_id, customer=res.customer_code))
    if res.reason:
        print(tr("cli", "Reason for not paying: {reason}.", reason=names.nonpayment_reason(res.reason)))
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
    from arapp.reports.catalog import last_full_month
    from arapp.reports.collections import collector_performance, collector_performance_table

    month = args.month or last_full_month()
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


def cmd_contact_reasons(args) -> int:
    """The month's reasons for not paying as a table, JSON, or an Excel/PDF file."""
    from arapp.domain.dates import month_bounds
    from arapp.reports.collections import nonpayment_reasons, nonpayment_reasons_table

    month = args.month or clock.today().strftime("%Y-%m")
    first, _last = month_bounds(month, field="month")
    month = f"{first.year:04d}-{first.month:02d}"
    if args.format in ("xlsx", "pdf") and not args.output:
        raise CliError(tr("cli", "--format {fmt} needs -o FILE", fmt=args.format))
    if args.format == "json":
        rep = nonpayment_reasons(month)
        print_json({"month": rep.month, "reasons": [
            {"reason": r.reason, "name": names.nonpayment_reason(r.reason), "contacts": r.contacts,
             "customers": r.customers, "share": None if r.share is None else str(round(r.share, 4))}
            for r in rep.rows], "contacts_with_reason": rep.contacts_with_reason,
            "contacts_without_reason": rep.without_reason, "customers": rep.customers}, args.pretty)
        return EXIT_OK
    table = nonpayment_reasons_table(month)
    if args.format in ("xlsx", "pdf"):
        from arapp.exports import export_tables

        path = export_tables([table], args.format, args.output)
        print(tr("cli", "Wrote {path}", path=str(path)))
        return EXIT_OK
    return emit(report_table_text(table) + "\n", args.output)
