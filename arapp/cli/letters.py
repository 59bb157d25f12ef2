"""``arapp letters|letter|message|template|late-fee``: reminder letters by ladder level,
their message text, the templates and the late-fee policy, from the terminal.

``letters`` makes the day's batch (every task due a letter), ``letter`` one customer's,
``message`` prints the short text for WeChat or SMS (``--sent`` records it as sent),
``template list|show|edit`` reads and saves template versions (``show`` prints the file
``edit --from-file`` reads back), ``late-fee show|set|off`` the policy and the letters'
deadline. Building the parser imports nothing heavy; each command imports what it needs.
"""

from __future__ import annotations

from pathlib import Path

from arapp import names
from arapp.cli.render import EXIT_OK, EXIT_REFUSED, print_json, refuse_line, render_table
from arapp.cli.transaction import writes
from arapp.domain import vocabulary as vocab
from arapp.i18n import tr

#: The parts of a template, in the order ``template show`` prints them and ``--from-file`` reads them.
PARTS = ("title", "body", "subject", "email", "message")
#: A part's heading in a template file: a line of its own.
HEADING = "## "


def add_commands(sub, add) -> None:
    """Register the commands on the parser's subcommands (``add`` as in arapp.cli.parser)."""
    from arapp.cli.parser import _Parser, date_arg, days_arg, positive_int_arg

    p = add(sub, "letters", tr("cli", "make the reminder letters of every collection task due one on a day"))
    p.add_argument("--date", required=True, type=date_arg, metavar=tr("cli", "DATE"),
                   help=tr("cli", "the working day: tasks due on or before it"))
    p.add_argument("--level", type=positive_int_arg, default=None, metavar="N", help=tr("cli", "only this level"))
    p.add_argument("--combined", action="store_true",
                   help=tr("cli", "one PDF file for all letters (default: one file per letter in the folder OUT)"))
    p.add_argument("-o", "--output", required=True, metavar=tr("cli", "OUT"),
                   help=tr("cli", "the PDF file (with --combined) or the folder to write into"))
    p.set_defaults(func=cmd_letters)

    p = add(sub, "letter", tr("cli", "make one reminder letter for a customer"))
    p.add_argument("--customer", required=True, metavar=tr("cli", "CODE"), help=tr("cli", "customer code"))
    p.add_argument("--code", default=None, choices=vocab.LETTER_TEMPLATES,
                   help=tr("cli", "the letter (default: the task's level's)"))
    p.add_argument("--task", type=positive_int_arg, default=None, metavar="ID",
                   help=tr("cli", "the collection task the letter is for (logged as a letter contact)"))
    p.add_argument("--date", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "the letter's date (default today)"))
    p.add_argument("-o", "--output", required=True, metavar=tr("cli", "FILE"), help=tr("cli", "the PDF file"))
    p.set_defaults(func=cmd_letter)

    p = add(sub, "message", tr("cli", "print the short message text for WeChat or SMS"))
    p.add_argument("--customer", required=True, metavar=tr("cli", "CODE"), help=tr("cli", "customer code"))
    p.add_argument("--task", type=positive_int_arg, default=None, metavar="ID", help=tr("cli", "the task"))
    p.add_argument("--code", default=None, choices=vocab.LETTER_TEMPLATES,
                   help=tr("cli", "the template whose message to use (default: the task's level's)"))
    p.add_argument("--date", type=date_arg, default=None, metavar=tr("cli", "DATE"),
                   help=tr("cli", "the message's date (default today)"))
    p.add_argument("--sent", default=None, choices=vocab.MESSAGE_METHODS,
                   help=tr("cli", "record that the text was sent this way (logged as a contact)"))
    p.set_defaults(func=cmd_message)

    p = add(sub, "template", tr("cli", "list, show and edit the letter templates"), json_output=False)
    tsub = p.add_subparsers(dest="action", metavar=tr("cli", "ACTION"), parser_class=_Parser, required=True)
    c = add(tsub, "list", tr("cli", "every template with its newest version"))
    c.set_defaults(func=cmd_template_list)
    c = add(tsub, "show", tr("cli", "print a template's texts (the file template edit --from-file reads)"))
    c.add_argument("code", choices=vocab.TEMPLATE_CODES, help=tr("cli", "the template"))
    c.add_argument("--version", type=positive_int_arg, default=None, metavar="N",
                   help=tr("cli", "this version (default the newest)"))
    c.set_defaults(func=cmd_template_show)
    c = add(tsub, "edit", tr("cli", "save a new version of a template"))
    c.add_argument("code", choices=vocab.TEMPLATE_CODES, help=tr("cli", "the template"))
    c.add_argument("--from-file", type=Path, default=None, metavar=tr("cli", "FILE"),
                   help=tr("cli", "a file as template show prints it; parts it leaves out stay as they are"))
    c.add_argument("--title", default=None, metavar=tr("cli", "TEXT"), help=tr("cli", "the letter's title"))
    c.add_argument("--body-file", type=Path, default=None, metavar=tr("cli", "FILE"),
                   help=tr("cli", "a file holding the letter's text"))
    c.add_argument("--subject", default=None, metavar=tr("cli", "TEXT"), help=tr("cli", "the e-mail subject"))
    c.add_argument("--email-file", type=Path, default=None, metavar=tr("cli", "FILE"),
                   help=tr("cli", "a file holding the e-mail text"))
    c.add_argument("--message", default=None, metavar=tr("cli", "TEXT"),
                   help=tr("cli", "the message text for WeChat or SMS"))
    c.add_argument("--note", default="", metavar=tr("cli", "TEXT"), help=tr("cli", "what changed, for the history"))
    c.set_defaults(func=cmd_template_edit)

    p = add(sub, "late-fee", tr("cli", "the late-fee policy (违约金) and the letters' deadline"), json_output=False)
    lsub = p.add_subparsers(dest="action", metavar=tr("cli", "ACTION"), parser_class=_Parser, required=True)
    c = add(lsub, "show", tr("cli", "show the late-fee policy and the letters' deadline"))
    c.set_defaults(func=cmd_late_fee_show)
    c = add(lsub, "set", tr("cli", "set the late-fee policy (and the letters' deadline)"))
    c.add_argument("--rate-per-mille", default=None, metavar="R",
                   help=tr("cli", "the daily rate in per mille (‰) of the overdue amount, e.g. 0.5").replace("%", "%%"))
    c.add_argument("--grace-days", type=days_arg, default=None, metavar="N",
                   help=tr("cli", "days after the due date before late fees run (default 0)"))
    cap = c.add_mutually_exclusive_group()
    cap.add_argument("--cap-at-principal", dest="cap", action="store_true", default=None,
                     help=tr("cli", "an invoice's late fee is at most its unpaid amount"))
    cap.add_argument("--no-cap", dest="cap", action="store_false", help=tr("cli", "no cap on the late fee"))
    c.add_argument("--deadline-days", type=positive_int_arg, default=None, metavar="N",
                   help=tr("cli", "the days after a letter's date by which it asks for payment (default 7)"))
    c.set_defaults(func=cmd_late_fee_set)
    c = add(lsub, "off", tr("cli", "charge no late fees (the letters say nothing of them)"))
    c.set_defaults(func=cmd_late_fee_off)


# ----------------------------------------------------------------------------- letters


def _out_of(result) -> list[str]:
    return [str(path) for path in result.files]


@writes
def cmd_letters(args) -> int:
    """Make and archive the letters of every task due one on --date."""
    from arapp.outbox import letters

    out = Path(args.output)
    if not args.combined and not out.exists():
        out.mkdir(parents=True)
    result = letters.make_letters(args.date, out, level=args.level, combined=args.combined)
    if args.format == "json":
        print_json({"date": args.date, "letters": result.documents, "files": _out_of(result),
                    "documents": result.document_ids}, args.pretty)
        return EXIT_OK
    if not result.documents:
        print(tr("cli", "No letters are due on {date}.", date=args.date.isoformat()))
        return EXIT_OK
    print(tr("cli", "{count} letters made and archived in {files} file(s): {out}", count=result.documents,
             files=len(result.files), out=str(out)))
    return EXIT_OK


@writes
def cmd_letter(args) -> int:
    """Make and archive one customer's letter."""
    from arapp.outbox import letters

    made = letters.make_letter(args.customer, code=args.code, task=args.task, on=args.date, out=args.output)
    if args.format == "json":
        print_json({"file": str(made.path), "pages": made.pages, "documents": made.document_ids}, args.pretty)
        return EXIT_OK
    print(tr("cli", "Letter written to {path} ({pages} page(s)) and archived.", path=str(made.path),
             pages=made.pages))
    return EXIT_OK


@writes
def cmd_message(args) -> int:
    """Print the message text; with --sent, log it as a contact of that method."""
    from arapp.outbox import letters

    text = letters.message_text(args.customer, task=args.task, code=args.code, on=args.date)
    contact = None
    if args.sent:
        contact = letters.record_message(args.customer, text, args.sent, task=args.task).contact_id
    if args.format == "json":
        print_json({"text": text, "contact": contact}, args.pretty)
        return EXIT_OK
    print(text)
    if contact is not None:
        print(tr("cli", "Recorded as sent by {method} (contact {id}).", method=names.contact_method(args.sent),
                 id=contact))
    return EXIT_OK


# ----------------------------------------------------------------------------- templates


def _lang(args) -> str:
    """The template's language: the documents' (the global --lang)."""
    from arapp.outbox.common import language

    return language()


def cmd_template_list(args) -> int:
    from arapp.services import templates

    rows = []
    for t in templates.all_current():
        saved = templates.history(t.code, t.lang)[0]
        rows.append({"code": t.code, "lang": t.lang, "name": names.template_code(t.code), "version": t.version,
                     "saved_at": saved[1], "saved_by": saved[2]})
    if args.format == "json":
        print_json(rows, args.pretty)
        return EXIT_OK
    print(render_table([tr("cli", "Template"), tr("cli", "Language"), tr("cli", "Name"), tr("cli", "Version"),
                        tr("cli", "Saved"), tr("cli", "By")],
                       [[r["code"], r["lang"], r["name"], str(r["version"]), r["saved_at"], r["saved_by"]]
                        for r in rows], [False, False, False, True, False, False]))
    return EXIT_OK


def template_file(template) -> str:
    """A template's texts as a file: each part under a ``## part`` line of its own."""
    return "".join(f"{HEADING}{part}\n{template.part(part)}\n\n" for part in PARTS)


def read_template_file(text: str) -> dict[str, str]:
    """The parts a template file holds (see :func:`template_file`); a heading naming no
    part is refused, naming it."""
    from arapp.errors import ValidationError

    parts: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.startswith(HEADING) and line[len(HEADING):].strip() and " " not in line[len(HEADING):].strip():
            name = line[len(HEADING):].strip()
            if name not in PARTS:
                raise ValidationError(tr("cli", "Unknown part '{part}' in the template file; the parts are: {parts}",
                                         part=name, parts=", ".join(PARTS)), field="from_file")
            current = parts[name] = []
        elif current is not None:
            current.append(line)
    return {name: "\n".join(lines).strip("\n") for name, lines in parts.items()}


def cmd_template_show(args) -> int:
    from arapp.services import templates

    lang = _lang(args)
    t = templates.version(args.code, lang, args.version) if args.version else templates.current(args.code, lang)
    if args.format == "json":
        print_json({"code": t.code, "lang": t.lang, "version": t.version, "note": t.note,
                    **{part: t.part(part) for part in PARTS}}, args.pretty)
        return EXIT_OK
    print(tr("cli", "# {name} ({code}, {lang}), version {version}", name=names.template_code(t.code), code=t.code,
             lang=t.lang, version=t.version))
    print(template_file(t), end="")
    return EXIT_OK


def _read(path: Path) -> str:
    from arapp.errors import ValidationError

    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        reason = tr("cli", "it is not UTF-8 text (save it as UTF-8)")
    except (FileNotFoundError, NotADirectoryError):
        reason = tr("cli", "the file does not exist")
    except IsADirectoryError:
        reason = tr("cli", "it is a folder, not a file")
    except PermissionError:
        reason = tr("cli", "reading it is not allowed")
    except OSError as exc:
        reason = exc.strerror or str(exc)
    raise ValidationError(tr("cli", "Cannot read {path}: {reason}", path=str(path), reason=reason), field="file")


@writes
def cmd_template_edit(args) -> int:
    from arapp.services import templates

    lang = _lang(args)
    given = {"title": args.title, "subject": args.subject, "message": args.message,
             "body": _read(args.body_file) if args.body_file else None,
             "email": _read(args.email_file) if args.email_file else None}
    if args.from_file is not None:
        if any(v is not None for v in given.values()):
            refuse_line(tr("cli", "--from-file holds every part; give it alone"))
            return EXIT_REFUSED
        given = {**dict.fromkeys(PARTS), **read_template_file(_read(args.from_file))}
    if all(v is None for v in given.values()):
        refuse_line(tr("cli", "Nothing to save: give --from-file, or the parts to change (--title, --body-file …)"))
        return EXIT_REFUSED
    current = templates.current(args.code, lang)
    texts = {part: current.part(part) if given.get(part) is None else given[part] for part in PARTS}
    saved = templates.save_template(args.code, lang, note=args.note, **texts)
    if args.format == "json":
        print_json({"code": args.code, "lang": lang, "version": saved.template.version, "saved": saved.written},
                   args.pretty)
        return EXIT_OK
    if saved.written:
        print(tr("cli", "Template {code} ({lang}) saved as version {version}.", code=args.code, lang=lang,
                 version=saved.template.version))
    else:
        print(tr("cli", "Nothing changed: the texts are those of version {version}.", version=saved.template.version))
    return EXIT_OK


# ----------------------------------------------------------------------------- late fees


def _late_fee_rows() -> dict:
    from arapp.domain.late_fees import format_rate
    from arapp.services import letter_settings

    s = letter_settings.get_letter_settings()
    fee = s.late_fee
    return {"rate_per_mille": format_rate(fee.rate_per_mille) if fee else None,
            "grace_days": fee.grace_days if fee else None, "cap_at_principal": fee.cap_at_principal if fee else None,
            "deadline_days": s.deadline_days}


def _print_late_fee(args) -> int:
    data = _late_fee_rows()
    if args.format == "json":
        print_json(data, args.pretty)
        return EXIT_OK
    if data["rate_per_mille"] is None:
        print(tr("cli", "No late fees are charged."))
    else:
        print(tr("cli", "Late fee: {rate}‰ a day of the overdue amount, after a grace of {grace} days from the due date.",
                 rate=data["rate_per_mille"], grace=data["grace_days"]))
        if data["cap_at_principal"]:
            print(tr("cli", "An invoice's late fee is at most its unpaid amount."))
    print(tr("cli", "Letters ask for payment within {days} days of their date.", days=data["deadline_days"]))
    return EXIT_OK


def cmd_late_fee_show(args) -> int:
    return _print_late_fee(args)


@writes
def cmd_late_fee_set(args) -> int:
    from arapp.services import letter_settings

    if all(v is None for v in (args.rate_per_mille, args.grace_days, args.cap, args.deadline_days)):
        refuse_line(tr("cli", "Nothing to set: give --rate-per-mille, --grace-days, --cap-at-principal or "
                              "--deadline-days"))
        return EXIT_REFUSED
    if args.rate_per_mille is None and (args.grace_days is not None or args.cap) \
            and letter_settings.get_letter_settings().late_fee is None:
        refuse_line(tr("cli", "No late-fee policy is set: give --rate-per-mille too"))
        return EXIT_REFUSED
    letter_settings.save_letter_settings(rate_per_mille=args.rate_per_mille, grace_days=args.grace_days,
                                         cap_at_principal=args.cap, deadline_days=args.deadline_days)
    return _print_late_fee(args)


@writes
def cmd_late_fee_off(args) -> int:
    from arapp.services import letter_settings

    letter_settings.save_letter_settings(no_late_fee=True)
    return _print_late_fee(args)

