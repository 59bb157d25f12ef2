"""Bank lines matched to receipts, and undone (issue #11).

Accepting a match turns an incoming line (贷方, money in) into a receipt: method bank,
paid into the line's account, dated the line's value date, its reference the bank's
serial number, allocated to the invoices chosen (what is left stays as the customer's
credit, 预收), all in one transaction with the ``bank_match`` row (rule, score, reason)
and the line's status. Outgoing lines (借方) never become receipts; they are booked
(:mod:`arapp.services.bank_book`). A line may also be matched to a receipt already in
the books (typed in from the bank's advice before the statement came): rule
``recorded_receipt``, :func:`link_receipt`.

What a confirmed match teaches: the payer's name (对方户名) becomes an alias of the
customer, and the payer's account (对方账号) the customer's bank account (source
``learned``), unless another customer holds it. Unmatching undoes what the match taught
when nothing else taught it.

Unmatching reverses the receipt the match made (红字冲销, never deleted), dated back to
the receipt's date by default: the money was never that customer's, so the invoices
were owed all along. A match to a receipt the books already held (``recorded_receipt``)
is undone without touching the receipt. Reversing such a receipt anywhere (the Receipts tab) undoes its match too,
so the line waits in the queue again (:func:`release_receipt_lines`).
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from arapp import names
from arapp.db import lookups
from arapp.db.database import db, is_postgres, service_writes
from arapp.db.models import (
    AuditLog,
    BankLine,
    BankMatch,
    Customer,
    CustomerAlias,
    CustomerBankAccount,
    Receipt,
    now,
)
from arapp.domain import text
from arapp.domain import vocabulary as vocab
from arapp.domain.money import format_amount
from arapp.errors import NotFound, ValidationError
from arapp.i18n import tr
from arapp.services.audit import record_audit
from arapp.services.bank_accounts import normalize_account_no
from arapp.services.changes import Changes
from arapp.services.context import current_actor

#: The rule of a match to a receipt the books already held: undoing it leaves the receipt.
RECORDED = "recorded_receipt"

__all__ = ["MatchBatch", "MatchChoice", "MatchResult", "UnmatchResult", "accept_match", "accept_matches",
           "link_receipt", "release_receipt_lines", "unmatch"]


@dataclass(frozen=True)
class MatchChoice:
    """One line to accept: the customer (id, code or row), the invoices it pays as
    (invoice, fen) pairs (the rest stays as credit), and why (rule, score, reason).
    With rule ``recorded_receipt``, ``receipt`` names the receipt already in the books
    that the line shows (:func:`link_receipt`); no new receipt is made."""

    line_id: int
    customer: object
    allocations: Sequence[tuple[object, int]] = ()
    rule: str = "manual"
    score: int = 100
    reason: str = ""
    receipt: object = None

    @classmethod
    def from_proposal(cls, line_id: int, proposal) -> MatchChoice:
        """A matcher's proposal (:class:`arapp.reports.bank_matching.Proposal`) as accepted."""
        receipt = getattr(proposal, "receipt_id", None) or getattr(proposal, "receipt_number", None) or None
        return cls(line_id, proposal.customer_id,
                   tuple((a.invoice_id, a.amount) for a in proposal.allocations if a.amount > 0),
                   proposal.rule, int(proposal.score), proposal.reason, receipt)


@dataclass(frozen=True)
class MatchResult:
    """What accepting (or linking) a line did: the receipt, the money allocated per
    invoice number, what is left as credit, and what it taught."""

    line_id: int
    receipt_number: str
    allocated: list[tuple[str, int]]
    credit_left: int
    changes: Changes
    receipt_id: int = 0
    customer_code: str = ""
    match_id: int = 0
    learned_alias: str = ""
    learned_account: str = ""


@dataclass(frozen=True)
class MatchBatch:
    """The lines accepted together, in the order given, and what they touched."""

    results: list[MatchResult] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    def __iter__(self) -> Iterator[MatchResult]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)


@dataclass(frozen=True)
class UnmatchResult:
    """What undoing a match did: the receipt reversed (or left, when it was recorded by
    hand) and what was unlearned."""

    line_id: int
    receipt_number: str
    receipt_reversed: bool
    changes: Changes
    unlearned: tuple[str, ...] = ()


# ------------------------------------------------------------------ helpers

def lock_line(line_id) -> BankLine:
    """The line (by id), locked on PostgreSQL for this transaction; NotFound if none."""
    try:
        key = int(line_id)
    except (TypeError, ValueError):
        raise NotFound(tr("bank", "No bank line {ref}", ref=line_id)) from None
    q = BankLine.select().where(BankLine.id == key)
    if is_postgres():
        q = q.for_update()
    line = q.first()
    if line is None:
        raise NotFound(tr("bank", "No bank line {ref}", ref=line_id))
    return line


def set_line_status(line: BankLine, status: str, expected: str) -> None:
    """Move the line from ``expected`` to ``status`` (who and when stamped)."""
    p = db.obj.param
    with service_writes():
        n = db.execute_sql(f"UPDATE bank_line SET status = {p}, updated_at = {p}, updated_by = {p} "
                           f"WHERE id = {p} AND status = {p}",
                           (status, _stamp(now()), current_actor().username, line.id, expected)).rowcount
    if n != 1:
        raise ValidationError(tr("bank", "Bank line {id} changed meanwhile; look again", id=line.id))
    line.status = status


def _stamp(at: _dt.datetime):
    """A timestamp parameter as Peewee stores it (text on SQLite)."""
    return at if is_postgres() else at.strftime("%Y-%m-%d %H:%M:%S")


def line_words(line: BankLine) -> str:
    """A line named for messages: its date, amount and counterparty."""
    return tr("bank", "bank line {id} ({date}, {amount}, {name})", id=line.id, date=line.value_date.isoformat()
              if isinstance(line.value_date, _dt.date) else str(line.value_date),
              amount=format_amount(int(line.amount)), name=line.counterparty_name or "-")


def refuse_unless_waiting(line: BankLine) -> None:
    """Refuse a line that is not waiting (matched, booked or ignored), saying what it is."""
    if line.status == "unmatched":
        return
    if line.status == "matched":
        match = in_force(line.id)
        number = Receipt.get_by_id(match.receipt_id).number if match else ""
        raise ValidationError(tr("bank", "{line} is already matched to receipt {number}", line=line_words(line),
                                 number=number))
    if line.status == "booked":
        raise ValidationError(tr("bank", "{line} is booked in the books; void its book entry first",
                                 line=line_words(line)))
    raise ValidationError(tr("bank", "{line} is ignored; restore it first", line=line_words(line)))


def in_force(line_id: int) -> BankMatch | None:
    """The line's match in force, if any."""
    return BankMatch.get_or_none((BankMatch.line == line_id) & BankMatch.undone_at.is_null())


def clean_line_text(value: str, kind: str) -> str:
    """Bank text made fit to store in a document field: control characters dropped, cut
    to the field's length."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in (value or "")).strip()
    return " ".join(cleaned.split())[: text.LIMITS[kind]]


def _memo(line: BankLine) -> str:
    parts = [x for x in (line.counterparty_name, line.description, line.purpose) if x]
    return clean_line_text(tr("bank", "Bank statement: {text}", text=" / ".join(parts) or "-"), text.LINE)


def _check_why(rule: str, score: int, reason: str) -> str:
    if rule not in vocab.MATCH_RULES:
        raise ValidationError(tr("bank", "Unknown match rule '{value}'", value=rule), field="rule")
    if not isinstance(score, int) or isinstance(score, bool) or not 0 <= score <= 100:
        raise ValidationError(tr("bank", "The score must be a whole number from 0 to 100"), field="score")
    return clean_line_text(reason, text.NOTE)


def _check_allocations(allocations) -> list[tuple[object, int]] | None:
    out = []
    for pair in allocations or ():
        try:
            ref, part = pair
        except (TypeError, ValueError):
            raise ValidationError(tr("bank", "An allocation is an invoice and an amount")) from None
        out.append((ref, part))
    return out or None


def _customer_of(customer, allocations) -> Customer:
    """The customer named, else the one the first invoice chosen belongs to."""
    if customer is not None and customer != "":
        return lookups.customer(customer)
    if allocations:
        return Customer.get_by_id(lookups.invoice(allocations[0][0]).customer_id)
    raise ValidationError(tr("bank", "Name the customer, or the invoices the line pays"), field="customer")


def _amounts_of(line: BankLine, allocations) -> list[tuple[object, int]] | None:
    """The allocations with every amount left out (None) filled: what the invoice still
    owes, at most what is left of the line after the allocations before it."""
    if not allocations:
        return None
    left = int(line.amount) - sum(part for _, part in allocations if isinstance(part, int))
    out = []
    for ref, part in allocations:
        if part is None:
            inv = lookups.invoice(ref)
            if inv.status not in vocab.INVOICE_OPEN_STATUSES or inv.open_amount <= 0:
                raise ValidationError(tr("bank", "Invoice {number} is not open (status: {status})",
                                         number=inv.number, status=names.invoice_status(inv.status)))
            if left <= 0:
                raise ValidationError(tr("bank", "Nothing of {line} is left for invoice {number}",
                                         line=line_words(line), number=inv.number))
            part = min(int(inv.open_amount), left)
            left -= part
        out.append((ref, part))
    return out


# ------------------------------------------------------------------ learning

def _learn(customer: Customer, line: BankLine) -> tuple[tuple[int, str] | None, tuple[int, str] | None]:
    """The payer's name as an alias and the payer's account as the customer's account,
    when the books do not know them yet (an account another customer holds is left):
    (id, alias) and (id, account number) of what was learned."""
    actor = current_actor()
    p = db.obj.param
    alias = account = None
    name = clean_line_text(line.counterparty_name, text.NAME)
    if name and name != customer.name and db.execute_sql(
            f"SELECT 1 FROM customer_alias WHERE customer_id = {p} AND alias = {p}", (customer.id, name)
    ).fetchone() is None:
        alias = (CustomerAlias.insert(customer=customer.id, alias=name).execute(), name)
        record_audit("learn", "customer_alias", alias[0], None,
                     {"customer_id": customer.id, "alias": name, "line_id": line.id})
    number = normalize_account_no(clean_line_text(line.counterparty_account, text.SHORT))
    if number and db.execute_sql(f"SELECT 1 FROM customer_bank_account WHERE account_no = {p}",
                                 (number,)).fetchone() is None:
        account = (CustomerBankAccount.insert(
            customer=customer.id, account_no=number, account_name=name,
            bank=clean_line_text(line.counterparty_bank, text.NAME), source="learned", created_at=now(),
            created_by=actor.username).execute(), number)
        record_audit("learn", "customer_bank_account", account[0], None,
                     {"customer_id": customer.id, "account_no": number, "line_id": line.id})
    return alias, account


def _what_match_did(match_id: int) -> dict:
    """The audit record the match was written with (how, what it taught)."""
    row = (AuditLog.select().where((AuditLog.entity == "bank_match") & (AuditLog.entity_id == str(match_id))
                                   & AuditLog.action.in_(("accept", "link")))
           .order_by(AuditLog.id).first())
    if row is None:
        return {}
    data = json.loads(row.after_json or "{}")
    data["how"] = row.action
    return data


def _still_taught(customer_id: int, match_id: int, column, value: str) -> bool:
    """Whether another match in force of the customer has a line with ``value`` in ``column``."""
    return (BankMatch.select(BankMatch.id).join(BankLine, on=(BankLine.id == BankMatch.line))
            .where((BankMatch.customer == customer_id) & BankMatch.undone_at.is_null()
                   & (BankMatch.id != match_id) & (column == value)).exists())


def _unlearn(match: BankMatch, did: dict) -> list[str]:
    """Forget the alias and account this match taught, unless another match in force
    of the customer teaches them too."""
    gone = []
    alias_id, account_id = did.get("learned_alias_id"), did.get("learned_account_id")
    if alias_id:
        row = CustomerAlias.get_or_none(CustomerAlias.id == alias_id)
        if row is not None and not _still_taught(match.customer_id, match.id, BankLine.counterparty_name, row.alias):
            record_audit("unlearn", "customer_alias", row.id, {"customer_id": row.customer_id, "alias": row.alias},
                         None)
            row.delete_instance()
            gone.append(row.alias)
    if account_id:
        row = CustomerBankAccount.get_or_none(CustomerBankAccount.id == account_id)
        if row is not None and row.source == "learned" and not _still_taught(
                match.customer_id, match.id, BankLine.counterparty_account, row.account_no):
            record_audit("unlearn", "customer_bank_account", row.id,
                         {"customer_id": row.customer_id, "account_no": row.account_no}, None)
            row.delete_instance()
            gone.append(row.account_no)
    return gone


# ------------------------------------------------------------------ accepting

def _write_match(line: BankLine, receipt: tuple[int, str], customer: Customer, rule: str, score: int,
                 reason: str, how: str, learn: bool, extra: dict) -> tuple[int, str, str]:
    """The match row, the line matched, what it taught, the audit: (match id, alias
    learned, account learned)."""
    actor = current_actor()
    receipt_id, number = receipt
    with service_writes():
        match_id = BankMatch.insert(line=line.id, receipt=receipt_id, customer=customer.id, rule=rule, score=score,
                                    reason=reason, matched_at=now(), matched_by=actor.username).execute()
    set_line_status(line, "matched", "unmatched")
    alias, account = _learn(customer, line) if learn else (None, None)
    record_audit(how, "bank_match", match_id, None, {
        "line_id": line.id, "receipt": number, "customer": customer.code, "rule": rule, "score": score,
        "reason": reason, "learned_alias_id": alias[0] if alias else None,
        "learned_account_id": account[0] if account else None, **extra,
    })
    return match_id, alias[1] if alias else "", account[1] if account else ""


def _accept(choice: MatchChoice, learn: bool) -> MatchResult:
    from arapp.services.receipts import record_receipt

    if choice.rule == RECORDED:
        if choice.receipt is None:
            raise ValidationError(tr("bank", "A match to a receipt already recorded names the receipt"),
                                  field="receipt")
        return _link(choice.line_id, choice.receipt, choice.score, choice.reason, learn)
    reason = _check_why(choice.rule, choice.score, choice.reason)
    allocations = _check_allocations(choice.allocations)
    line = lock_line(choice.line_id)
    if line.direction != "in":
        raise ValidationError(tr("bank", "{line} is money paid out; an outgoing payment never becomes a receipt "
                                         "(book it instead)", line=line_words(line)))
    refuse_unless_waiting(line)
    customer = _customer_of(choice.customer, allocations)
    allocations = _amounts_of(line, allocations)
    reference = clean_line_text(line.serial or line.reference, text.SHORT)
    receipt_result = record_receipt(customer, line.value_date, int(line.amount), method="bank", reference=reference,
                                    memo=_memo(line), allocations=allocations, bank_account=line.account_id)
    match_id, alias, account = _write_match(
        line, (receipt_result.receipt_id, receipt_result.number), customer, choice.rule, choice.score, reason,
        "accept", learn,
        {"allocated": [[n, a] for n, a in receipt_result.allocated], "credit_left": receipt_result.unallocated})
    changes = receipt_result.changes | Changes.of(bank_line=line.id, customer=customer.id if (alias or account)
                                                  else None)
    return MatchResult(line.id, receipt_result.number, receipt_result.allocated, receipt_result.unallocated,
                       changes, receipt_result.receipt_id, customer.code, match_id, alias, account)


def accept_match(line_id: int, customer, allocations: Sequence[tuple[object, int]] = (), *, rule: str = "manual",
                 score: int = 100, reason: str = "", learn: bool = True) -> MatchResult:
    """Turn an incoming bank line into the customer's receipt (method bank, paid into the
    line's account, dated the line's date, its reference the line's serial) allocated as
    ``allocations`` says ((invoice, fen) pairs, fen None for what the invoice owes up to
    what is left of the line; the rest is left as credit), with the
    match row (``rule``, ``score``, ``reason``) and the line matched: one transaction,
    audited. ``learn``: the payer's name becomes an alias and the payer's account the
    customer's, when new. ``customer`` None: the customer of the first invoice. Refused
    for an outgoing line and a line not waiting.
    Permission bank.match (and receipt.record)."""
    current_actor().require("bank.match")
    with db.atomic():
        return _accept(MatchChoice(line_id, customer, tuple(allocations or ()), rule, score, reason), learn)


def accept_matches(choices: Sequence[MatchChoice], *, learn: bool = True) -> MatchBatch:
    """Accept several lines at once (accept all above a score): all in one transaction,
    or none when one is refused (the refusal names its line)."""
    current_actor().require("bank.match")
    results: list[MatchResult] = []
    changes = Changes()
    seen: set[int] = set()
    with db.atomic():
        for choice in choices:
            if choice.line_id in seen:
                raise ValidationError(tr("bank", "Bank line {id} is chosen twice", id=choice.line_id))
            seen.add(choice.line_id)
            try:
                result = _accept(choice, learn)
            except (ValidationError, NotFound) as exc:
                raise type(exc)(tr("bank", "Bank line {id}: {message}", id=choice.line_id, message=exc.message),
                                field=exc.field) from exc
            results.append(result)
            changes = changes | result.changes
    return MatchBatch(results, changes)


def link_receipt(line_id: int, receipt, *, score: int = 100, reason: str = "", learn: bool = True) -> MatchResult:
    """Match an incoming line to a receipt already in the books (typed in from the bank's
    advice before the statement came: paid into the line's account, of the same amount,
    not matched to another line), by the rule ``recorded_receipt``: no new receipt, and
    undoing the match leaves the receipt. Permission bank.match; audited."""
    current_actor().require("bank.match")
    with db.atomic():
        return _link(line_id, receipt, score, reason, learn)


def _link(line_id: int, receipt, score: int, reason: str, learn: bool) -> MatchResult:
    reason = _check_why(RECORDED, score, reason)
    line = lock_line(line_id)
    if line.direction != "in":
        raise ValidationError(tr("bank", "{line} is money paid out; an outgoing payment never becomes a receipt "
                                         "(book it instead)", line=line_words(line)))
    refuse_unless_waiting(line)
    rec = lookups.receipt(receipt)
    if rec.status != "posted":
        raise ValidationError(tr("bank", "Receipt {number} is reversed", number=rec.number))
    if rec.bank_account_id != line.account_id:
        raise ValidationError(tr("bank", "Receipt {number} was not paid into the account of {line}",
                                 number=rec.number, line=line_words(line)))
    other = BankMatch.get_or_none((BankMatch.receipt == rec.id) & BankMatch.undone_at.is_null())
    if other is not None:
        raise ValidationError(tr("bank", "Receipt {number} is already matched to bank line {id}",
                                 number=rec.number, id=other.line_id))
    if int(rec.amount) != int(line.amount):
        raise ValidationError(tr("bank", "Receipt {number} is {amount}, not the amount of {line}",
                                 number=rec.number, amount=format_amount(int(rec.amount)), line=line_words(line)))
    customer = Customer.get_by_id(rec.customer_id)
    match_id, alias, account = _write_match(line, (rec.id, rec.number), customer, RECORDED, score, reason, "link",
                                            learn, {})
    changes = Changes.of(bank_line=line.id, receipt=rec.id, customer=customer.id if (alias or account) else None)
    return MatchResult(line.id, rec.number, [], int(rec.unallocated), changes, rec.id, customer.code, match_id,
                       alias, account)


# ------------------------------------------------------------------ undoing

def _undo(match: BankMatch, reason: str) -> list[str]:
    actor = current_actor()
    did = _what_match_did(match.id)
    with service_writes():
        BankMatch.update(undone_at=now(), undone_by=actor.username, undo_reason=reason) \
            .where(BankMatch.id == match.id).execute()
    line = BankLine.get_by_id(match.line_id)
    if line.status == "matched":
        set_line_status(line, "unmatched", "matched")
    gone = _unlearn(match, did)
    record_audit("undo", "bank_match", match.id, {"line_id": match.line_id, "receipt_id": match.receipt_id},
                 {"undo_reason": reason, "unlearned": gone})
    return gone


def release_receipt_lines(receipt_id: int, reason: str) -> Changes:
    """Inside a receipt's reversal: undo the match in force of every line the receipt
    came from (the line waits again), with the reversal's reason."""
    matches = list(BankMatch.select().where((BankMatch.receipt == receipt_id) & BankMatch.undone_at.is_null()))
    customers = set()
    for match in matches:
        if _undo(match, reason):
            customers.add(match.customer_id)
    return Changes.of(bank_line=[m.line_id for m in matches] or None, customer=customers or None)


def unmatch(line_id: int, reason: str, *, date: _dt.date | None = None) -> UnmatchResult:
    """Undo a line's match: the receipt the match made is reversed with ``reason``
    (never deleted; dated ``date``, by default the receipt's own date, as money that
    was never the customer's); a receipt the books already held (rule
    ``recorded_receipt``) is left as it is. The match
    is marked undone, the line waits again, and what the match taught is forgotten
    unless another match teaches it. Permission bank.match (and receipt.reverse)."""
    from arapp.services.receipts import reverse_receipt

    current_actor().require("bank.match")
    reason = text.clean_text(reason, text.NOTE, tr("bank", "The reason"), field="reason")
    if not reason:
        raise ValidationError(tr("bank", "A reason is required to unmatch a bank line"), field="reason")
    with db.atomic():
        line = lock_line(line_id)
        match = in_force(line.id)
        if line.status != "matched" or match is None:
            raise ValidationError(tr("bank", "{line} is not matched", line=line_words(line)))
        receipt = Receipt.get_by_id(match.receipt_id)
        reverse = match.rule != RECORDED and receipt.status == "posted"
        gone = tuple(_undo(match, reason))
        changes = Changes.of(bank_line=line.id, receipt=receipt.id, customer=match.customer_id if gone else None)
        if reverse:
            changes = changes | reverse_receipt(receipt.id, reason, date=date or receipt.date).changes
    return UnmatchResult(line.id, receipt.number, reverse, changes, gone)
