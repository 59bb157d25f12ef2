"""``arapp import-bank FILE --account ACCOUNT``: a bank statement read, its new lines
written, proposals for the lines that wait, and (``--accept-above``) the proposals scoring
at least that accepted, all as one unit: a refusal writes nothing; ``--dry-run`` does the
whole job and writes nothing either, to show what it would do (the preview).

The file is read by :func:`arapp.io.bank_statement.read_statement` with the mapping saved
for the account (or the profile asked for); the lines go in through
:func:`arapp.services.bank.import_bank_lines` (never twice); the proposals come from
:func:`arapp.reports.bank_matching.proposals`; accepting is
:func:`arapp.services.bank.accept_match`, one line after another, so a line whose
invoices an earlier line of the same file took is proposed again and, still scoring
enough, accepted, else left waiting.
"""

from __future__ import annotations

import argparse

from arapp import names
from arapp.cli.render import EXIT_OK, CliError, fit, money, plain, print_json, render_table
from arapp.i18n import tr, trn

#: How many rejected rows and waiting lines the table output lists.
SHOWN = 30


def add_import_command(sub, add) -> None:
    """``import-bank`` on the parser."""
    from arapp.domain import vocabulary as vocab

    p = add(sub, "import-bank", tr("bank_cli", "read a bank statement file (xlsx, xls, csv) into an account, never "
                                               "twice; propose matches for the lines that wait"))
    p.add_argument("file", metavar=tr("bank_cli", "FILE"), help=tr("bank_cli", "the statement file"))
    p.add_argument("--account", required=True, metavar=tr("bank_cli", "ACCOUNT"),
                   help=tr("bank_cli", "the bank account: its name, account number or id"))
    p.add_argument("--profile", choices=vocab.BANK_PROFILES, default=None,
                   help=tr("bank_cli", "whose export the file is (default: the mapping saved for the account, "
                                       "else guessed from the file)"))
    p.add_argument("--sheet", default=None, metavar=tr("bank_cli", "NAME"),
                   help=tr("bank_cli", "the sheet to read (default: the first visible one)"))
    p.add_argument("--dry-run", action="store_true",
                   help=tr("bank_cli", "show what would be imported and accepted; write nothing"))
    p.add_argument("--accept-above", type=score_arg, default=None, metavar=tr("bank_cli", "SCORE"),
                   help=tr("bank_cli", "accept every proposal scoring at least this (0 to 100)"))
    p.set_defaults(func=cmd_import_bank)


def score_arg(text: str) -> int:
    """A score from 0 to 100."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(tr("bank_cli", "'{text}' is not a score from 0 to 100", text=text))
    return value


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _check_account(preview, account) -> None:
    """Refuse a file whose title rows name another account than the one given."""
    found = _digits(preview.account_no or "")
    if not found or "*" in (preview.account_no or ""):
        return
    if found != _digits(account.account_no):
        raise CliError(tr("bank_cli", "{file} is a statement of account {found}, not of {name} ({number}); "
                                      "nothing was imported", file=preview.workbook.file_name, found=preview.account_no,
                          name=account.name, number=account.account_no))


def _job(args, account) -> dict:
    """The whole import as one unit of the books; what it did, for the output."""
    from arapp.errors import NotFound, ValidationError
    from arapp.io.bank_statement import BankMapping, read_statement
    from arapp.reports.bank import bank_lines
    from arapp.reports.bank_matching import proposals
    from arapp.services.bank import MatchChoice, accept_match, import_bank_lines, save_mapping

    mapping = None
    if args.profile is None and account.mapping:
        mapping = BankMapping.from_json(account.mapping)
    profile = args.profile or (account.profile if account.profile != "generic" and mapping is None else None)
    preview = read_statement(args.file, profile=profile, mapping=mapping, sheet=args.sheet)
    _check_account(preview, account)
    result = import_bank_lines(account.id, preview.lines, file_name=preview.workbook.file_name,
                               sha256=preview.workbook.sha256, sheet=preview.sheet_name, profile=preview.profile,
                               rows_read=preview.rows_read, rejected=preview.rejected)
    mapping_json = preview.mapping.to_json()
    if mapping_json != account.mapping:
        save_mapping(account.id, mapping_json)
    proposed = proposals(account.id, line_ids=list(result.line_ids)) if result.line_ids else {}
    accepted, missed = [], []
    if args.accept_above is not None:
        for line_id in result.line_ids:
            best = proposed.get(line_id) or []
            if not best or best[0].score < args.accept_above:
                continue
            for attempt in (0, 1):
                try:
                    made = accept_match(**_choice_args(MatchChoice.from_proposal(line_id, best[0])))
                except (ValidationError, NotFound) as exc:
                    if attempt == 0:     # an earlier line took its invoices: ask again
                        best = proposals(account.id, line_ids=[line_id]).get(line_id) or []
                        if best and best[0].score >= args.accept_above:
                            continue
                    missed.append((line_id, exc.message))
                    break
                accepted.append((line_id, best[0], made))
                break
        done = {line_id for line_id, _p, _m in accepted}
        proposed = {lid: props for lid, props in proposed.items() if lid not in done}
    lines = {}
    if proposed:        # the waiting lines as the books hold them (before a dry run's rollback)
        page = bank_lines(account.id, import_id=result.import_id, status="unmatched", direction="in",
                          limit=len(result.line_ids))
        lines = {r.id: r for r in page.rows}
    return {"preview": preview, "result": result, "proposed": proposed, "accepted": accepted, "missed": missed,
            "lines": lines}


def _choice_args(choice) -> dict:
    return {"line_id": choice.line_id, "customer": choice.customer, "allocations": choice.allocations,
            "rule": choice.rule, "score": choice.score, "reason": choice.reason}


def cmd_import_bank(args) -> int:
    """Read the statement, import its new lines, propose and (--accept-above) accept."""
    from arapp.reports.bank import lookup_account
    from arapp.services.transactions import all_or_nothing

    account = lookup_account(args.account)
    done = all_or_nothing(lambda: _job(args, account), keep=lambda _done: not args.dry_run)
    if args.format == "json":
        print_json(_as_json(args, account, done), args.pretty)
        return EXIT_OK
    _print(args, account, done)
    return EXIT_OK


def _proposal_json(p) -> dict:
    return {"customer": p.customer_code, "customer_name": p.customer_name, "rule": p.rule, "score": p.score,
            "reason": p.reason, "credit_left": plain(p.credit_left),
            "allocations": [{"invoice": a.invoice_number, "external_number": a.external_number or None,
                             "amount": plain(a.amount)} for a in p.allocations]}


def _as_json(args, account, done) -> dict:
    preview, result = done["preview"], done["result"]
    return {
        "file": preview.workbook.file_name, "sheet": preview.sheet_name, "profile": preview.profile,
        "account": account.name, "dry_run": bool(args.dry_run), "rows_read": preview.rows_read,
        "new": result.new, "duplicates": result.duplicates, "rejected": result.rejected,
        "first_date": result.first_date, "last_date": result.last_date,
        "rejected_rows": [{"row": r.row_no, "column": r.column, "value": r.value, "reason": r.reason}
                          for r in preview.rejected],
        "balance_breaks": [{"row": b.row_no, "expected": plain(b.expected), "printed": plain(b.printed)}
                           for b in preview.balance_check.breaks],
        "notes": list(preview.notes) + ([preview.sheet_note] if preview.sheet_note else []),
        "accepted": [{"line": None if args.dry_run else lid, "receipt": None if args.dry_run else m.receipt_number,
                      "customer": p.customer_code, "rule": p.rule, "score": p.score, "reason": p.reason}
                     for lid, p, m in done["accepted"]],
        "not_accepted": [{"line": None if args.dry_run else lid, "reason": why} for lid, why in done["missed"]],
        "waiting": [_waiting_json(args, lid, done["lines"].get(lid), props) for lid, props in done["proposed"].items()],
    }


def _waiting_json(args, line_id: int, row, props) -> dict:
    data = {"line": None if args.dry_run else line_id}
    if row is not None:
        data.update({"date": row.value_date, "amount": plain(row.amount), "counterparty_name": row.counterparty_name,
                     "description": row.description, "serial": row.serial})
    data["proposals"] = [_proposal_json(p) for p in props]
    return data


def _print(args, account, done) -> None:
    from arapp.services.bank import import_summary

    preview, result = done["preview"], done["result"]
    head = (tr("bank_cli", "Dry run: nothing was written.") + " ") if args.dry_run else ""
    print(head + tr("bank_cli", "{file} (sheet {sheet}, {profile}) into {account}: {summary}.",
                    file=preview.workbook.file_name, sheet=preview.sheet_name,
                    profile=names.bank_profile(preview.profile),
                    account=account.name, summary=import_summary(result.new, result.duplicates, result.rejected)))
    for note in ([preview.sheet_note] if preview.sheet_note else []) + list(preview.notes):
        print("  " + note)
    for r in preview.rejected[:SHOWN]:
        print("  " + tr("bank_cli", "row {row}, column {column}: {reason}", row=r.row_no, column=r.column or "-",
                        reason=r.reason))
    if len(preview.rejected) > SHOWN:
        print("  " + trn("bank_cli", "{n} more rejected row not shown (use --format json).",
                         "{n} more rejected rows not shown (use --format json).", len(preview.rejected) - SHOWN))
    for b in preview.balance_check.breaks[:SHOWN]:
        print("  " + tr("bank_cli", "row {row}: the balance printed is {printed}, the amounts give {expected}",
                        row=b.row_no, printed=money(b.printed), expected=money(b.expected)))
    if args.accept_above is not None:
        print(trn("bank_cli", "{n} line accepted (score {score} or more).", "{n} lines accepted (score {score} or more).",
                  len(done["accepted"]), score=args.accept_above))
        for line_id, why in done["missed"]:
            print("  " + tr("bank_cli", "line {line} left waiting: {reason}", line=line_id, reason=why))
    waiting = done["proposed"]
    if not waiting:
        return
    print(trn("bank_cli", "{n} line waits for a match:", "{n} lines wait for a match:", len(waiting)))
    headers = [tr("bank_cli", "Line"), tr("bank_cli", "Date"), tr("bank_cli", "Amount"),
               tr("bank_cli", "Counterparty"), tr("bank_cli", "Proposal"), tr("bank_cli", "Score"),
               tr("bank_cli", "Why")]
    body = []
    for line_id, props in list(waiting.items())[:SHOWN]:
        row = done["lines"].get(line_id)
        best = props[0] if props else None
        body.append(["-" if args.dry_run else str(line_id),
                     row.value_date.isoformat() if row else "", money(row.amount) if row else "",
                     fit(row.counterparty_name, 20) if row else "",
                     best.customer_code if best else "", str(best.score) if best else "",
                     fit(best.reason, 40) if best else tr("bank_cli", "no proposal")])
    print(render_table(headers, body, [True, False, True, False, False, True, False]))
    if len(waiting) > SHOWN:
        print(trn("bank_cli", "{n} more line not shown (use bank-lines).", "{n} more lines not shown (use bank-lines).",
                  len(waiting) - SHOWN))
