"""Proposals for the bank lines that wait: who paid, which invoices the money pays, and why.

:func:`proposals` reads the lines (money in, unmatched) and what they may match in a few
set queries, never one query per line: the open invoices (number, external number, due
and issue dates, open amount), every customer's code and name, the aliases, the
customers' bank accounts, and the invoices with nothing open whose own numbers the lines
quote. The rules themselves are ``domain.matching`` (pure, on these values). What
earlier confirmed matches taught is read here too: the accept service writes the payer's
name as an alias and the payer's account as a learned customer bank account.

A line's proposals are fresh from the books: two lines of one statement that pay the same
invoice both propose it; accepting the first leaves the second to the next call.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Sequence

from arapp.db.database import db
from arapp.db.values import as_date, chunks, in_list
from arapp.domain import vocabulary as vocab
from arapp.domain.matching import (
    CustomerFacts,
    LineFacts,
    MatchBook,
    OpenItem,
    Proposal,
    ProposedAllocation,
    own_numbers_quoted,
)
from arapp.errors import NotFound
from arapp.i18n import tr

__all__ = ["Proposal", "ProposedAllocation", "match_book", "proposals", "waiting_lines"]

_LINE_COLUMNS = "id, amount, counterparty_name, counterparty_account, description, purpose, reference"


def proposals(account=None, *, line_ids: Sequence[int] | None = None,
              limit_per_line: int = 3) -> dict[int, list[Proposal]]:
    """The best ``limit_per_line`` proposals, best first, for each bank line of ``account``
    (an id, account number or name; None: every account) that is money in and still
    unmatched; ``line_ids`` keeps only those lines. A line nothing fits maps to [];
    lines that are out, matched, booked or ignored are left out."""
    lines = waiting_lines(account, line_ids=line_ids)
    if not lines:
        return {}
    # The batch makes a few hundred thousand small objects and no reference cycles: the
    # cyclic collector, which would walk them all again and again, waits until it is done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        book = match_book(lines)
        return {line.id: book.propose(line, limit=limit_per_line) for line in lines}
    finally:
        if collecting:
            gc.enable()


def waiting_lines(account=None, *, line_ids: Sequence[int] | None = None) -> list[LineFacts]:
    """The lines that wait for a match (money in, unmatched), oldest id first."""
    p = db.obj.param
    where = ["direction = 'in'", "status = 'unmatched'"]
    params: list = []
    if account is not None:
        where.append(f"account_id = {p}")
        params.append(_account_id(account))
    sql = f"SELECT {_LINE_COLUMNS} FROM bank_line WHERE {' AND '.join(where)}"
    if line_ids is None:
        rows = db.execute_sql(sql + " ORDER BY id", params).fetchall()
    else:
        ids = sorted({int(i) for i in line_ids})
        rows = []
        for part in chunks(ids):
            rows.extend(db.execute_sql(f"{sql} AND {in_list('id', part, p)}", [*params, *part]).fetchall())
        rows.sort(key=lambda r: r[0])
    return [LineFacts(i, amount, name or "", acc or "", desc or "", purpose or "", ref or "")
            for i, amount, name, acc, desc, purpose, ref in rows]


def match_book(lines: Iterable[LineFacts] = ()) -> MatchBook:
    """What the books hold that lines may match (:class:`MatchBook`), read in set queries;
    ``lines``: the lines to be matched, whose quoted numbers of invoices with nothing open
    are looked up too."""
    statuses = ", ".join(f"'{s}'" for s in vocab.INVOICE_OPEN_STATUSES)
    rows = db.execute_sql(
        "SELECT id, customer_id, number, external_number, due_date, issue_date, open_amount FROM invoice "
        f"WHERE open_amount > 0 AND status IN ({statuses})").fetchall()
    # the few hundred distinct dates, each read once
    day = {v: as_date(v) for v in {r[4] for r in rows} | {r[5] for r in rows}}
    invoices = [OpenItem(i, cid, number or "", ext or "", day[due], day[issue], open_amount)
                for i, cid, number, ext, due, issue, open_amount in rows]
    customers = [CustomerFacts(i, code, name)
                 for i, code, name in db.execute_sql("SELECT id, code, name FROM customer").fetchall()]
    aliases = db.execute_sql("SELECT customer_id, alias FROM customer_alias").fetchall()
    accounts = db.execute_sql("SELECT customer_id, account_no, source FROM customer_bank_account").fetchall()
    return MatchBook(invoices=invoices, customers=customers, aliases=aliases, accounts=accounts,
                     closed_numbers=_closed_numbers(lines, {inv.number for inv in invoices}))


def _closed_numbers(lines: Iterable[LineFacts], open_numbers: set[str]) -> list[tuple[str, int]]:
    """(number, customer id) of the invoices with nothing open whose numbers ``lines`` quote."""
    wanted = sorted({n for line in lines for n in own_numbers_quoted(line)} - open_numbers)
    p = db.obj.param
    found: list[tuple[str, int]] = []
    for part in chunks(wanted):
        found.extend((number, cid) for number, cid in db.execute_sql(
            f"SELECT number, customer_id FROM invoice WHERE {in_list('number', part, p)}", list(part)).fetchall())
    return found


def _account_id(ref) -> int:
    """One of the company's bank accounts by id, account number or name."""
    p = db.obj.param
    if isinstance(ref, int) and not isinstance(ref, bool):
        row = db.execute_sql(f"SELECT id FROM bank_account WHERE id = {p}", (ref,)).fetchone()
    else:
        text = str(getattr(ref, "id", ref)).strip()
        row = db.execute_sql(f"SELECT id FROM bank_account WHERE account_no = {p} OR name = {p}",
                             (text, text)).fetchone()
        if row is None and text.isdigit():
            row = db.execute_sql(f"SELECT id FROM bank_account WHERE id = {p}", (int(text),)).fetchone()
    if row is None:
        raise NotFound(tr("reports", "No bank account {ref}", ref=ref))
    return int(row[0])
