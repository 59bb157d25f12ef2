"""The reasons of a bank-line proposal in the user's words (「摘要含应收单号 INV-2026-000123」).

The rules (``domain.matching``) say what they found as :class:`Said` values (a code and
its facts); :class:`Words` (the phrases of :data:`PHRASES` in the language in force, looked
up once for a whole batch of lines) turns a proposal's list into one sentence, the pieces
joined as the language joins them (「；」 and 「、」 in Chinese); :func:`reason_text` does it
for one list.
"""

from __future__ import annotations

from collections.abc import Iterable

from arapp.domain.money import format_amount
from arapp.i18n import lookup, noop

_CONTEXT = "matching"


class Said:
    """One thing a rule found: ``code`` (a key of :data:`PHRASES`, or "number": an invoice
    number as it is) and its facts."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: object) -> None:
        self.code = code
        self.params = params

    def __repr__(self) -> str:
        return f"Said({self.code!r}, {self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Said) and (self.code, self.params) == (other.code, other.params)

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted(self.params.items()))))


#: The words of each finding (``Said.code``); ``{placeholders}`` filled from its facts.
PHRASES: dict[str, str] = {
    "external_number": noop(_CONTEXT, "{number} (old ledger number of {own})"),
    "closed_number": noop(_CONTEXT, "{number} (nothing open)"),
    "number_in_description": noop(_CONTEXT, "The description quotes invoice {numbers}"),
    "number_in_purpose": noop(_CONTEXT, "The purpose quotes invoice {numbers}"),
    "number_in_reference": noop(_CONTEXT, "The reference quotes invoice {numbers}"),
    "code_in_description": noop(_CONTEXT, "The description quotes customer code {code}"),
    "code_in_purpose": noop(_CONTEXT, "The purpose quotes customer code {code}"),
    "code_in_reference": noop(_CONTEXT, "The reference quotes customer code {code}"),
    "account": noop(_CONTEXT, "The payer's account is one of the customer's bank accounts"),
    "account_learned": noop(_CONTEXT, "The payer's account was confirmed for this customer in an earlier match"),
    "name_is_name": noop(_CONTEXT, "The payer's name is the customer's name"),
    "name_is_alias": noop(_CONTEXT, "The payer's name is one of the customer's aliases"),
    "name_shared": noop(_CONTEXT, "{n} customers go by this name"),
    "exact": noop(_CONTEXT, "The amount is the open amount of invoice {number}"),
    "exact_several": noop(_CONTEXT, "{n} open invoices have this amount; the oldest is proposed"),
    "oldest_sum": noop(_CONTEXT, "The amount is the sum of the {n} oldest open invoices"),
    "subset": noop(_CONTEXT, "The amount is the sum of {n} open invoices ({numbers})"),
    "subset_several": noop(_CONTEXT, "Several sets of open invoices add up to the amount; the oldest set is "
                                     "proposed ({numbers})"),
    "oldest_first": noop(_CONTEXT, "The amount fits no set of open invoices: proposed oldest first"),
    "no_open": noop(_CONTEXT, "The customer has nothing open: all of it would be credit"),
    "pays_part": noop(_CONTEXT, "The amount pays part of the quoted invoices"),
    "pays_more": noop(_CONTEXT, "The amount is more than the quoted invoices have open"),
    "credit_left": noop(_CONTEXT, "{amount} is left as the customer's credit"),
    "conflict": noop(_CONTEXT, "The line points at other customers too"),
    "amount_only": noop(_CONTEXT, "Only the amount fits: invoice {number} is the one open invoice of this amount"),
    "amount_only_shared": noop(_CONTEXT, "Only the amount fits invoice {number}; {n} customers have an open "
                                         "invoice of this amount"),
    "list": noop(_CONTEXT, ", "),
    "join": noop(_CONTEXT, "; "),
}


class Words:
    """The phrases in the language in force when made (one catalog look-up per phrase,
    however many reasons are written with them)."""

    def __init__(self) -> None:
        found = {code: lookup(_CONTEXT, source) for code, source in PHRASES.items()}  # i18n: computed
        self.templates = {code: found[code] or source for code, source in PHRASES.items()}

    def reason(self, said: Iterable[Said]) -> str:
        """What a proposal's rules found, as one sentence."""
        return self.templates["join"].join(self.phrase(s) for s in said)

    def phrase(self, s: Said) -> str:
        """One finding in the user's words."""
        if not s.params:
            return self.templates[s.code]
        if s.code == "number":
            return str(s.params["number"])
        params = dict(s.params)
        if "numbers" in params:
            params["numbers"] = self.templates["list"].join(
                self.phrase(i) if isinstance(i, Said) else str(i) for i in params["numbers"])
        if "amount" in params:
            params["amount"] = format_amount(params["amount"])
        template = self.templates[s.code]
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):     # a translation gone wrong: the English
            return PHRASES[s.code].format(**params)


def reason_text(said: Iterable[Said]) -> str:
    """What a proposal's rules found, as one sentence in the user's language."""
    return Words().reason(said)
