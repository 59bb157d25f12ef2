"""``arapp send documents|letters|statements`` and ``arapp mail set|show|test``: documents
e-mailed as PDF attachments through arapp.outbox.mail, and the SMTP settings.

``send documents ID...`` sends documents already in the archive. ``send letters`` and
``send statements`` first make the documents (one file per customer, archived as every
made document is) and then send them. ``--dry-run`` makes and sends nothing: it prints
who would get what. Each document is its own unit: one that went out is logged as a
contact even when a later one fails; each customer's result is printed.
"""

from __future__ import annotations

import shutil
import sys
import tempfile

from arapp.cli.render import EXIT_OK, EXIT_REFUSED, CliError, print_json, render_table
from arapp.cli.transaction import writes
from arapp.i18n import tr

# ------------------------------------------------------------------ send

def cmd_send_documents(args) -> int:
    """E-mail archived documents by id (--dry-run: only say who would get what)."""
    if args.dry_run:
        return _print_plan(args, [_planned_document(i) for i in args.ids])
    from arapp.outbox.mail import send_documents

    return _print_results(args, send_documents(args.ids))


def cmd_send_letters(args) -> int:
    """Make the letters due on --date (--level: one level) and e-mail each to its customer."""
    letters = _maker("arapp.outbox.letters", tr("cli", "reminder letters"))
    if args.dry_run:
        jobs = letters.letters_due(args.date, level=args.level)
        return _print_plan(args, [_planned_job(job, args.date) for job in jobs])
    return _make_and_send(args, lambda folder: letters.make_letters(args.date, folder, level=args.level,
                                                                    combined=False))


def cmd_send_statements(args) -> int:
    """Make the statements of --from..--to for every customer that gets one and e-mail them."""
    statements = _maker("arapp.outbox.statements", tr("cli", "statements"))
    if args.dry_run:
        customers = statements.statement_customers(args.date_from, args.date_to)
        title = tr("cli", "Statement {start} – {end}", start=args.date_from.isoformat(), end=args.date_to.isoformat())
        return _print_plan(args, [_planned_customer(_customer_id(c), title) for c in customers])
    return _make_and_send(args, lambda folder: statements.make_statements(args.date_from, args.date_to, folder,
                                                                          combined=False))


def _maker(module: str, what: str):
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise CliError(tr("cli", "This version of arapp cannot make {what} yet.", what=what)) from None


def _make_and_send(args, make) -> int:
    """Make the documents (one file per customer, in a scratch folder: the archive keeps
    them) and send each."""
    from arapp.outbox.mail import send_documents

    folder = tempfile.mkdtemp(prefix="arapp-send-")
    try:
        batch = make(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for code, why in getattr(batch, "skipped", []) or []:
        print(tr("cli", "{customer}: no document made ({why})", customer=code, why=why), file=sys.stderr)
    from arapp.reports.documents import document

    ids = []
    for doc_id in batch.document_ids:
        doc = document(doc_id)
        if doc.code == "lawyer_letter":       # the lawyer's draft: made and archived, handed to the lawyer
            print(tr("cli", "{customer}: {title} made for the lawyer, not e-mailed", customer=doc.customer_code,
                     title=doc.title), file=sys.stderr)
        else:
            ids.append(doc_id)
    if not ids:
        print(tr("cli", "No documents to send."))
        return EXIT_OK
    return _print_results(args, send_documents(ids))


def _customer_id(item) -> int:
    for name in ("customer_id", "id"):
        value = getattr(item, name, None)
        if isinstance(value, int):
            return value
    return int(item)


def _planned_job(job, on=None) -> dict:
    """A letter due (outbox.letters.LetterDue) or a job, as the plan shows it: the e-mail's
    subject from the letter's template; a lawyer's letter is a draft for the lawyer, never
    e-mailed to the customer."""
    from arapp import names

    part = getattr(job, "part", job)
    code = getattr(job, "code", "") or getattr(part, "code", "")
    title = getattr(part, "title", "") or names.template_code(code)
    planned = _planned_customer(part.customer_id, title)
    if code == "lawyer_letter":
        planned.update(ok=False, message=tr("cli", "the draft for the lawyer: not e-mailed to the customer"))
    elif code and planned["ok"]:
        from arapp.domain.templates import fill
        from arapp.outbox import letters
        from arapp.outbox.common import language
        from arapp.services.templates import current

        values = getattr(letters, "letter_values", None)
        if values is not None:
            filled = values(part.customer_id, code, on=on, task=getattr(job, "task_id", None))
            planned["subject"] = fill(current(code, language()).subject, filled)
    return planned


def _planned_customer(customer_id: int, title: str) -> dict:
    from arapp.outbox.mail import recipient
    from arapp.reports.customers import customer_match

    c = customer_match(customer_id)
    to, _person = recipient(customer_id)
    return {"document": None, "customer": c.code, "name": c.name, "title": title, "to": ", ".join(to),
            "subject": "", "ok": bool(to),
            "message": "" if to else tr("cli", "no e-mail address: would not be sent")}


def _planned_document(document_id: int) -> dict:
    from arapp.errors import ArappError
    from arapp.outbox.mail import outgoing
    from arapp.reports.documents import document

    try:
        out = outgoing(document_id)
    except ArappError as exc:
        try:
            doc = document(document_id)
            code, name, title = doc.customer_code, doc.customer_name, doc.title
        except ArappError:
            code = name = title = ""
        return {"document": document_id, "customer": code, "name": name, "title": title, "to": "", "subject": "",
                "ok": False, "message": exc.message}
    doc = out.document
    return {"document": document_id, "customer": doc.customer_code, "name": doc.customer_name, "title": doc.title,
            "to": out.to_text, "subject": out.subject, "ok": True, "message": ""}


def _print_plan(args, plan: list[dict]) -> int:
    if args.format == "json":
        print_json({"dry_run": True, "documents": plan}, args.pretty)
        return EXIT_OK
    if not plan:
        print(tr("cli", "Nothing would be sent."))
        return EXIT_OK
    rows = [[p["customer"], p["name"], p["title"], p["to"] or "—", p["subject"] or p["message"]] for p in plan]
    print(render_table([tr("cli", "Customer"), tr("cli", "Name"), tr("cli", "Document"), tr("cli", "To"),
                        tr("cli", "Subject")], rows, [False] * 5))
    would = sum(1 for p in plan if p["ok"])
    print(tr("cli", "Dry run: nothing was made or sent; {would} of {total} would be sent.", would=would,
             total=len(plan)))
    return EXIT_OK


def _print_results(args, results) -> int:
    failed = [r for r in results if not r.ok]
    if args.format == "json":
        print_json({"sent": len(results) - len(failed), "failed": len(failed),
                    "documents": [{"document": r.document_id, "customer": r.customer_code, "name": r.customer_name,
                                   "title": r.title, "to": r.to, "subject": r.subject, "ok": r.ok,
                                   "message": r.message, "contact": r.contact_id} for r in results]}, args.pretty)
    else:
        rows = [[r.customer_code, r.customer_name, r.title, r.to or "—",
                 tr("cli", "sent") if r.ok else tr("cli", "not sent: {why}", why=r.message)] for r in results]
        print(render_table([tr("cli", "Customer"), tr("cli", "Name"), tr("cli", "Document"), tr("cli", "To"),
                            tr("cli", "Result")], rows, [False] * 5))
        print(tr("cli", "{sent} sent, {failed} not sent.", sent=len(results) - len(failed), failed=len(failed)))
    return EXIT_OK if not failed else EXIT_REFUSED


# ------------------------------------------------------------------ mail settings

@writes
def cmd_mail_set(args) -> int:
    """Save the SMTP settings given (the others are kept); the password is never printed."""
    from arapp.services.mail_settings import save_smtp_settings

    password = args.password
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    change = save_smtp_settings(host=args.host, port=args.port, security=args.security, user=args.smtp_user,
                                password=password, from_address=args.from_address, from_name=args.from_name)
    print(tr("cli", "Mail settings saved.") if change.changed else tr("cli", "Nothing changed."))
    _show_settings(args)
    return EXIT_OK


def cmd_mail_show(args) -> int:
    """Show the SMTP settings (the password as ****** when one is set)."""
    _show_settings(args)
    return EXIT_OK


def _show_settings(args) -> None:
    from arapp import names
    from arapp.services import mail_settings as ms

    s = ms.smtp_settings()
    password = ms.HIDDEN if s.has_password else tr("cli", "(not set)")
    if getattr(args, "format", "table") == "json":
        print_json({"host": s.host, "port": s.port, "security": s.security, "user": s.user,
                    "password_set": s.has_password, "from_address": s.from_address, "from_name": s.from_name},
                   getattr(args, "pretty", False))
        return
    rows = [[ms.label(ms.HOST), s.host], [ms.label(ms.PORT), str(s.port)],
            [ms.label(ms.SECURITY), names.mail_security(s.security)], [ms.label(ms.USER), s.user],
            [ms.label(ms.PASSWORD), password], [ms.label(ms.FROM_ADDRESS), s.from_address],
            [ms.label(ms.FROM_NAME), s.from_name]]
    print(render_table([tr("cli", "Setting"), tr("cli", "Value")], rows, [False, False]))


def cmd_mail_test(args) -> int:
    """Connect to the mail server and log in; say what happened."""
    from arapp.outbox import mail

    print(mail.test_smtp())
    return EXIT_OK
