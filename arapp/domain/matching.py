"""Proposals for a bank line: which customer paid and which invoices the money pays.

Pure rules on plain values (:class:`MatchBook` holds what the books know, built once from
a few set queries by ``reports.bank_matching``). The rules, in order (``MATCH_RULES``):

1. ``invoice_number``: the description, purpose or reference quotes an open invoice's
   number (INV-2026-000123) or its external number (the number it had in the ledger it
   was imported from). A number of an invoice with nothing open still names its customer.
2. ``customer_code``: the texts quote a customer's code (the reference our letters and
   statements ask payers to quote).
3. ``counterparty_account``: the payer's account is one of the customer's bank accounts
   (typed in, imported, or learned when an earlier match was confirmed).
4. ``counterparty_name``: the payer's name is the customer's name or one of its aliases
   (aliases are also learned from confirmed matches), compared after folding
   (``match_text.name_key``).
5. ``exact_amount``: the amount is one open invoice's open amount: the customer's, when
   the rules above found one; otherwise each customer who has an invoice of that amount
   open is proposed on the amount alone, lower the more customers have it.
6. ``oldest_sum``: the amount is the sum of the customer's oldest open invoices (oldest
   first as everywhere: ``domain.allocation``).
7. ``subset_sum``: the amount is the sum of some of the customer's open invoices (a
   bounded search over the oldest ``SUBSET_MAX_INVOICES`` with ``SUBSET_BUDGET`` steps;
   several sets that fit are said and score lower).

A customer found by rules 1–4 is proposed with the invoices rules 5–7 fit for the
amount (or, when none fits, oldest first, the rest left as credit); its ``rule`` is the
strongest rule that found it and its reason says every rule that spoke. Scores (0–100)
add up the evidence (``SCORES``): a customer known by its account plus an exact amount
scores more than either alone; an amount alone scores low, lower still when several
customers have that amount open, and is not proposed at all beside a customer the other
rules found with a score of ``SURE`` or more. Allocations never exceed an invoice's open amount and
what the line has left over is ``credit_left``. A payer's name that more than
``SHARED_NAME_MAX`` customers share proposes only those the amount fits exactly.

The book keeps what it worked out for one text, customer and amount, so a batch of lines
that repeat themselves (the same payer monthly, the same 摘要) costs less per line.
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from arapp.domain import match_text as mt
from arapp.domain.allocation import OLDEST_FIRST
from arapp.domain.match_words import Said, Words
from arapp.domain.vocabulary import MATCH_RULES

#: The most open invoices (the oldest) the subset search looks at.
SUBSET_MAX_INVOICES = 20
#: The most steps the subset search takes for one customer and amount.
SUBSET_BUDGET = 4000

#: What each piece of evidence is worth. A customer's score is the base of the strongest
#: rule that found it, plus ``also`` for each other rule that found it too (at most two),
#: plus what the amount says (``fits``), less ``conflict`` when the line names other
#: customers as well; at most 99, 100 only for invoice numbers whose open amounts the line
#: pays exactly.
SCORES = {
    "invoice_number": 90, "invoice_number_exact": 100, "invoice_number_closed": 75,
    "customer_code": 80, "counterparty_account": 80, "counterparty_name": 70, "counterparty_name_shared": 35,
    "also": 5, "conflict": 15,
    "fits": {"exact_amount": 15, "oldest_sum": 15, "subset_sum": 10, "subset_several": 0, "none": -10},
    "amount_only_unique": 45, "amount_only_few": 25, "amount_only_many": 10, "amount_only_beside": 15,
}
#: Beside a customer found with this score or more, no one the amount alone fits is proposed.
SURE = 80
#: How many customers an amount may fit and still be "a few".
FEW_CUSTOMERS = 3
#: Past this many customers of one name, only those an amount also fits are proposed.
SHARED_NAME_MAX = 12
_RANK = {rule: i for i, rule in enumerate(MATCH_RULES)}


# ------------------------------------------------------------------ values

@dataclass(slots=True, eq=False)
class OpenItem:
    """An open invoice as the matcher sees it (one object per invoice: compared by identity)."""

    id: int
    customer_id: int
    number: str
    external_number: str
    due_date: _dt.date
    issue_date: _dt.date
    open_amount: int


@dataclass(frozen=True, slots=True)
class CustomerFacts:
    """A customer: its code and name, for the proposal."""

    id: int
    code: str
    name: str


@dataclass(slots=True)
class LineFacts:
    """What the matcher reads of a bank line (money in, positive fen)."""

    id: int
    amount: int
    counterparty_name: str = ""
    counterparty_account: str = ""
    description: str = ""
    purpose: str = ""
    reference: str = ""


@dataclass(slots=True)
class ProposedAllocation:
    """Part of the line's money proposed for one invoice (never more than it has open)."""

    invoice_id: int
    invoice_number: str
    external_number: str
    due_date: _dt.date
    open_amount: int
    amount: int


@dataclass(slots=True)
class Proposal:
    """A customer proposed for a line, the invoices the money pays, the score and the why.

    ``reason`` is written when first read, in the language in force when the proposals
    were made (most proposals of a batch are never shown)."""

    customer_id: int
    customer_code: str
    customer_name: str
    allocations: list[ProposedAllocation]
    credit_left: int
    rule: str
    score: int
    said: tuple[Said, ...] = field(default=(), repr=False)
    words: Words | None = field(default=None, repr=False, compare=False)

    @property
    def reason(self) -> str:
        """What the rules found, in words (「摘要含应收单号 INV-2026-000123」)."""
        if self.words is None:
            self.words = Words()
        return self.words.reason(self.said)

    @property
    def allocated(self) -> int:
        """What the proposal puts on invoices (the line's amount less ``credit_left``)."""
        return sum(a.amount for a in self.allocations)


@dataclass(slots=True)
class _Found:
    """What the identifying rules said of one customer for one line."""

    rules: dict[str, list[Said]] = field(default_factory=dict)
    named: list[OpenItem] = field(default_factory=list)   # open invoices the texts quote
    shared_name: int = 0                                  # customers the payer's name fits

    def add(self, rule: str, said: Said) -> None:
        self.rules.setdefault(rule, []).append(said)


@dataclass(slots=True)
class _Candidate:
    """A proposal before its words are written (only the best few are)."""

    customer_id: int
    score: int
    rule: str
    plan: list[tuple[OpenItem, int]]
    said: list[Said]
    code: str = ""


@dataclass(slots=True)
class _Key:
    """What one number key names: several open invoices, or an invoice with nothing open."""

    invoices: list[OpenItem] = field(default_factory=list)
    closed: tuple[str, int] | None = None


# ------------------------------------------------------------------ the book

class MatchBook:
    """What the books know that a line may match, indexed once for many lines.

    ``invoices``: the open invoices (any order); ``customers``: every customer; ``aliases``:
    (customer id, alias); ``accounts``: (customer id, account number, source);
    ``closed_numbers``: (number, customer id) of invoices with nothing open that lines
    quote (see :func:`own_numbers_quoted`). The reasons are written in the language in
    force when the book is made."""

    def __init__(self, *, invoices: Iterable[OpenItem], customers: Iterable[CustomerFacts],
                 aliases: Iterable[tuple[int, str]] = (), accounts: Iterable[tuple[int, str, str]] = (),
                 closed_numbers: Iterable[tuple[str, int]] = ()) -> None:
        self.words = Words()
        self.customers: dict[int, CustomerFacts] = {c.id: c for c in customers}
        # number key -> the one open invoice it names, or a _Key for anything more
        self.keys: dict[str, OpenItem | _Key] = {}
        self.names: dict[str, dict[int, str]] = {}      # name key -> {customer id: "name" or "alias"}
        self.codes: dict[str, int] = {}                 # number key of a customer code -> customer id
        for c in self.customers.values():
            key = mt.number_key(c.code)
            if key:
                self.codes[key] = c.id
            self._add_name(c.name, c.id, "name")
        for cid, alias in aliases:
            if cid in self.customers:
                self._add_name(alias, cid, "alias")
        self.accounts: dict[str, tuple[int, str]] = {}
        for cid, account_no, source in accounts:
            key = mt.account_key(account_no)
            if key and cid in self.customers:
                self.accounts[key] = (cid, source)
        self.open: dict[int, list[OpenItem]] = defaultdict(list)
        self.amounts: dict[int, list[OpenItem]] = defaultdict(list)
        known, by_customer, by_amount, keys = self.customers, self.open, self.amounts, self.keys
        for inv in sorted(invoices, key=_OLDEST):      # so every list below is oldest first
            if inv.open_amount <= 0 or inv.customer_id not in known:
                continue
            by_customer[inv.customer_id].append(inv)
            by_amount[inv.open_amount].append(inv)
            if inv.number:
                key = _number_key(inv.number)
                if key and keys.setdefault(key, inv) is not inv:
                    self._also_named(key, inv)
            if inv.external_number:
                key = _number_key(inv.external_number)
                if key and keys.setdefault(key, inv) is not inv:
                    self._also_named(key, inv)
        for number, cid in closed_numbers:
            key = mt.number_key(number)
            if key and cid in self.customers:
                entry = self._entry(key)
                if not entry.invoices:
                    entry.closed = (number, cid)
        self._subsets: dict[tuple[int, int], tuple[list[OpenItem] | None, bool]] = {}
        self._owing_amount: dict[int, list[OpenItem]] = {}
        self._hits: dict[str, list[tuple[str, OpenItem | _Key | int]]] = {}    # text -> what it quotes

    def _also_named(self, key: str, inv: OpenItem) -> None:
        named = self._entry(key).invoices
        if inv not in named:
            named.append(inv)

    def _entry(self, key: str) -> _Key:
        """The key's entry, made a :class:`_Key` (one that names only an invoice is the invoice)."""
        entry = self.keys.get(key)
        if not isinstance(entry, _Key):
            entry = self.keys[key] = _Key([entry] if entry is not None else [])
        return entry

    def _add_name(self, name: str, customer_id: int, how: str) -> None:
        key = mt.name_key(name)
        if key:
            self.names.setdefault(key, {}).setdefault(customer_id, how)

    # -------------------------------------------------------------- one line

    def propose(self, line: LineFacts, *, limit: int = 3) -> list[Proposal]:
        """The best ``limit`` proposals for ``line``, best first ([] when nothing fits)."""
        found = self._identify(line)
        candidates: list[_Candidate] = []
        if len(found) == 1:
            for cid, f in found.items():
                candidates.append(self._for_customer(line, cid, f, conflict=False))
        elif found:
            # Customers found by more than a name several customers share: each is a
            # conflict for the others.
            strong = {cid for cid, f in found.items() if not f.shared_name or len(f.rules) > 1}
            for cid, f in found.items():
                candidates.append(self._for_customer(line, cid, f, conflict=bool(strong - {cid})))
        if not candidates or max(c.score for c in candidates) < SURE:
            candidates.extend(self._amount_only(line, found, limit))
        if len(candidates) > 1:
            for c in candidates:
                c.code = self.customers[c.customer_id].code
            candidates.sort(key=_order)
        return [self._proposal(c, line.amount) for c in candidates[:limit]]

    def _identify(self, line: LineFacts) -> dict[int, _Found]:
        found: dict[int, _Found] = {}
        seen: set[tuple[str, bool]] = set()
        if line.description:
            self._quoted_in("description", line.description, found, seen)
        if line.purpose:
            self._quoted_in("purpose", line.purpose, found, seen)
        if line.reference:
            self._quoted_in("reference", line.reference, found, seen)
        if line.counterparty_account:
            hit = self.accounts.get(mt.account_key(line.counterparty_account))
            if hit is not None:
                cid, source = hit
                f = found.get(cid) or found.setdefault(cid, _Found())
                f.add("counterparty_account", Said("account_learned" if source == "learned" else "account"))
        if line.counterparty_name:
            named = self.names.get(mt.name_key(line.counterparty_name))
            if named:
                self._named_by(named, line.amount, found)
        return found

    def _quoted_in(self, field_name: str, text: str, found: dict[int, _Found], seen: set) -> None:
        """What one text quotes: open invoices' numbers, numbers with nothing open, codes."""
        hits = self._hits.get(text)
        if hits is None:
            hits = self._hits[text] = self._keys_in(text)
        if not hits:
            return
        numbers: dict[int, list[Said]] = {}
        codes: list[int] = []
        for key, entry in hits:
            kind = type(entry)
            mark = (key, kind is int)
            if mark in seen:
                continue
            seen.add(mark)
            if kind is int:                                 # a customer code
                if entry not in codes:
                    codes.append(entry)
                continue
            for inv in (entry,) if kind is OpenItem else entry.invoices:
                f = found.get(inv.customer_id) or found.setdefault(inv.customer_id, _Found())
                if inv not in f.named:
                    f.named.append(inv)
                    numbers.setdefault(inv.customer_id, []).append(_quoted(inv, key))
            if kind is _Key and entry.closed is not None:
                number, cid = entry.closed
                found.setdefault(cid, _Found())
                numbers.setdefault(cid, []).append(Said("closed_number", number=number))
        for cid, quoted in numbers.items():
            found[cid].add("invoice_number", Said("number_in_" + field_name, numbers=tuple(quoted)))
        for cid in codes:
            f = found.get(cid) or found.setdefault(cid, _Found())
            f.add("customer_code", Said("code_in_" + field_name, code=self.customers[cid].code))

    def _keys_in(self, text: str) -> list[tuple[str, OpenItem | _Key | int]]:
        """The keys a text quotes that name something, each with what it names (an open
        invoice, a :class:`_Key`, or a customer's id for a code): a run whole, or else the
        spans inside it."""
        keys, codes = self.keys, self.codes
        hits: list[tuple[str, OpenItem | _Key | int]] = []
        for run in mt.text_runs(text):
            whole = mt.run_key(run)
            found = [(k, e) for k, e in ((whole, keys.get(whole)), (whole, codes.get(whole))) if e is not None]
            if not found:
                for k in mt.span_keys(run):
                    found.extend((k, e) for e in (keys.get(k), codes.get(k)) if e is not None)
            hits.extend(found)
        return hits

    def _named_by(self, named: dict[int, str], amount: int, found: dict[int, _Found]) -> None:
        """The customers the payer's name fits. Past ``SHARED_NAME_MAX`` of them, only those
        with an open invoice of the amount (or already found by another rule) are kept."""
        n = len(named)
        if n > SHARED_NAME_MAX:
            keep = {inv.customer_id for inv in self.amounts.get(amount, ())} | set(found)
            named = {cid: how for cid, how in named.items() if cid in keep}
        for cid, how in named.items():
            f = found.get(cid) or found.setdefault(cid, _Found())
            f.add("counterparty_name", Said("name_is_" + how))
            if n > 1:
                f.shared_name = n

    def _for_customer(self, line: LineFacts, cid: int, f: _Found, *, conflict: bool) -> _Candidate:
        rules = sorted(f.rules, key=_RANK.__getitem__) if len(f.rules) > 1 else list(f.rules)
        rule = rules[0]
        said = [s for r in rules for s in f.rules[r]]
        if f.shared_name and rule == "counterparty_name":
            said.append(Said("name_shared", n=f.shared_name))
        if f.named:
            plan, fits, score = self._named_plan(line.amount, f.named, said)
        else:
            plan, fits = self._amount_plan(cid, line.amount, said)
            if rule == "invoice_number":
                base = SCORES["invoice_number_closed"]
            elif rule == "counterparty_name" and f.shared_name:
                base = SCORES["counterparty_name_shared"]
            else:
                base = SCORES[rule]
            score = base + SCORES["fits"][fits]
        score += SCORES["also"] * min(2, len(rules) - 1)
        if conflict:
            score -= SCORES["conflict"]
            said.append(Said("conflict"))
        score = max(0, min(score, 100 if fits == "named_exact" and not conflict else 99))
        return _Candidate(cid, score, rule, plan, said)

    def _named_plan(self, amount: int, named: list[OpenItem], said: list[Said]):
        named = sorted(named, key=_OLDEST)
        due = sum(inv.open_amount for inv in named)
        if amount == due:
            return [(inv, inv.open_amount) for inv in named], "named_exact", SCORES["invoice_number_exact"]
        said.append(Said("pays_part") if amount < due else Said("pays_more"))
        return _oldest_first(named, amount), "named", SCORES["invoice_number"]

    def _amount_plan(self, cid: int, amount: int, said: list[Said]) -> tuple[list, str]:
        items = self.open.get(cid, ())
        if not items:
            said.append(Said("no_open"))
            return [], "none"
        same = [inv for inv in items if inv.open_amount == amount]
        if same:
            said.append(Said("exact", number=_label(same[0])))
            if len(same) > 1:
                said.append(Said("exact_several", n=len(same)))
            return [(same[0], amount)], "exact_amount"
        running = 0
        for k, inv in enumerate(items, 1):
            running += inv.open_amount
            if running >= amount:
                if running == amount and k > 1:
                    said.append(Said("oldest_sum", n=k))
                    return [(i, i.open_amount) for i in items[:k]], "oldest_sum"
                break
        chosen, several = self._subset(cid, amount)
        if chosen:
            numbers = tuple(_label(i) for i in chosen)
            said.append(Said("subset_several", n=len(chosen), numbers=numbers) if several else
                        Said("subset", n=len(chosen), numbers=numbers))
            return [(i, i.open_amount) for i in chosen], "subset_several" if several else "subset_sum"
        said.append(Said("oldest_first"))
        return _oldest_first(items, amount), "none"

    def _subset(self, cid: int, amount: int) -> tuple[list[OpenItem] | None, bool]:
        key = (cid, amount)
        if key not in self._subsets:
            self._subsets[key] = subset_fitting(self.open[cid][:SUBSET_MAX_INVOICES], amount)
        return self._subsets[key]

    def _amount_only(self, line: LineFacts, found: dict[int, _Found], limit: int) -> list[_Candidate]:
        owing = self._owing(line.amount)
        if not owing:
            return []
        n = len(owing)
        if found:
            score = SCORES["amount_only_beside"]
        elif n == 1:
            score = SCORES["amount_only_unique"]
        elif n <= FEW_CUSTOMERS:
            score = SCORES["amount_only_few"]
        else:
            score = SCORES["amount_only_many"]
        out = []
        for inv in owing:
            if inv.customer_id in found:
                continue
            said = [Said("amount_only", number=_label(inv)) if n == 1 else
                    Said("amount_only_shared", number=_label(inv), n=n)]
            out.append(_Candidate(inv.customer_id, score, "exact_amount", [(inv, line.amount)], said))
            if len(out) >= limit:
                break
        return out

    def _owing(self, amount: int) -> list[OpenItem]:
        """Each customer's oldest open invoice of exactly ``amount``, oldest first."""
        owing = self._owing_amount.get(amount)
        if owing is None:
            first: dict[int, OpenItem] = {}
            for inv in self.amounts.get(amount, ()):
                first.setdefault(inv.customer_id, inv)
            owing = self._owing_amount[amount] = list(first.values())
        return owing

    def _proposal(self, c: _Candidate, amount: int) -> Proposal:
        allocations = [ProposedAllocation(inv.id, inv.number, inv.external_number, inv.due_date, inv.open_amount,
                                          take) for inv, take in c.plan if take > 0]
        left = amount - sum(a.amount for a in allocations)
        said = c.said
        if left > 0 and allocations:
            said = [*said, Said("credit_left", amount=left)]
        customer = self.customers[c.customer_id]
        return Proposal(customer.id, customer.code, customer.name, allocations, left, c.rule, c.score,
                        tuple(said), self.words)


# ------------------------------------------------------------------ rules on plain values

def subset_fitting(items: Sequence[OpenItem], amount: int, *,
                   budget: int = SUBSET_BUDGET) -> tuple[list[OpenItem] | None, bool]:
    """Some of ``items`` (oldest first) whose open amounts add up to ``amount``: the set
    that takes the oldest invoices, and whether another set fits too (or the search ran
    out of ``budget`` steps before it could tell). (None, False) when none fits."""
    values = [inv.open_amount for inv in items]
    n = len(values)
    rest = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        rest[i] = rest[i + 1] + values[i]
    if amount <= 0 or rest[0] < amount:
        return None, False
    fits: list[list[int]] = []
    chosen: list[int] = []
    steps = 0

    def walk(i: int, total: int) -> bool:
        # Depth first, taking an invoice before leaving it out: the first set found holds
        # the oldest. True once two sets are found (nothing more to learn).
        nonlocal steps
        steps += 1
        if steps > budget:
            raise _OutOfSteps
        if total == amount:
            fits.append(list(chosen))
            return len(fits) > 1
        if i == n or total + rest[i] < amount:
            return False
        if total + values[i] <= amount:
            chosen.append(i)
            if walk(i + 1, total + values[i]):
                return True
            chosen.pop()
        return walk(i + 1, total)

    try:
        walk(0, 0)
        out_of_steps = False
    except _OutOfSteps:
        out_of_steps = True
    if not fits:
        return None, False
    return [items[i] for i in fits[0]], len(fits) > 1 or out_of_steps


class _OutOfSteps(Exception):
    pass


def own_numbers_quoted(line: LineFacts) -> Iterable[str]:
    """The program's own invoice numbers (INV-2026-000123) the line's texts spell."""
    texts = [t for t in (line.description, line.purpose, line.reference) if t]
    return mt.own_numbers_in("\n".join(texts)) if texts else ()


def _number_key(number: str) -> str:
    """:func:`match_text.number_key`, quicker for numbers of upper-case ASCII letters,
    digits and hyphens (the program's own: INV-2026-000123)."""
    key = number.replace("-", "")
    if (len(key) >= mt.MIN_KEY and key.isascii() and key.isalnum() and not key.isalpha()
            and (key.isupper() or key.isdigit())):
        return key
    return mt.number_key(number)


#: Oldest first as everywhere (``allocation.OLDEST_FIRST``: due date, issue date, id).
_OLDEST = attrgetter(*OLDEST_FIRST)


def _order(c: _Candidate) -> tuple:
    return (-c.score, _RANK[c.rule], c.code)


def _oldest_first(items: Iterable[OpenItem], amount: int) -> list[tuple[OpenItem, int]]:
    plan, left = [], amount
    for inv in items:
        if left <= 0:
            break
        take = min(left, inv.open_amount)
        plan.append((inv, take))
        left -= take
    return plan


def _label(inv: OpenItem) -> str:
    return inv.number or inv.external_number


def _quoted(inv: OpenItem, key: str) -> Said:
    if not inv.external_number or _number_key(inv.number) == key:
        return Said("number", number=inv.number)
    return Said("external_number", number=inv.external_number, own=inv.number)
