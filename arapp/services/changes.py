"""What a service touched: the kinds of record and their ids.

Every write service returns a result whose ``changes`` is a :class:`Changes`. The
window's operation runner broadcasts it after the write commits, and each tab reloads
what it shows when it was touched (now if visible, else when next shown). Ids are
database ids; an empty set of a kind that is in ``kinds`` means "some of that kind,
which ones not said" (a run over the whole book).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

#: The kinds of record a service may touch.
KINDS = (
    "customer",      # a customer's own fields, aliases, contacts, credit decision, status
    "invoice",       # invoices (drafts, posting, voids) and their open amounts
    "receipt",       # receipts and their unallocated amounts
    "credit_note",   # credit notes and their unapplied amounts
    "allocation",    # money moved between receipts/credit notes and invoices
    "task",          # collection tasks
    "collection",    # a customer's collection file: contacts, promises, plans, extensions,
                     # disputes, status events; the ids are the customers'
    "policy",        # collection policies
    "aging_scheme",  # saved aging bucket schemes
    "setting",       # company settings
    "assessment",    # credit assessments
    "template",      # document templates (a new version)
    "document",      # documents made and archived (letters, statements, receipts); ids are the documents'
    "bank_account",  # the company's bank accounts: fields, opening balances, saved mapping
    "bank_import",   # a statement file read into an account
    "bank_line",     # bank statement lines and their status (matched, booked, ignored) and matches
    "book_entry",    # book entries of a bank account (payments, fees) and their links to lines
    "user",          # the people who log in: role, active, password, lockout, sessions
)


@dataclass(frozen=True)
class Changes:
    """Kinds of record touched, each with the ids touched (maybe none named)."""

    touched: dict[str, frozenset[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, **kinds: Iterable[int] | int | bool | None) -> Changes:
        """``Changes.of(invoice=[3], customer=7, task=True)``: ids, one id, or True for
        "some, not named". False or None leaves the kind out."""
        touched: dict[str, frozenset[int]] = {}
        for kind, ids in kinds.items():
            if kind not in KINDS:
                raise ValueError(f"unknown kind of record: {kind}")
            if ids is None or ids is False:
                continue
            if ids is True:
                touched[kind] = frozenset()
            elif isinstance(ids, int):
                touched[kind] = frozenset((ids,))
            else:
                touched[kind] = frozenset(int(i) for i in ids if i is not None)
        return cls(touched)

    def __or__(self, other: Changes | None) -> Changes:
        if not other:
            return self
        merged = dict(self.touched)
        for kind, ids in other.touched.items():
            merged[kind] = merged.get(kind, frozenset()) | ids
        return Changes(merged)

    def __bool__(self) -> bool:
        return bool(self.touched)

    def __contains__(self, kind: str) -> bool:
        return kind in self.touched

    def touches(self, *kinds: str) -> bool:
        """Whether any of ``kinds`` was touched."""
        return any(k in self.touched for k in kinds)

    def ids(self, kind: str) -> frozenset[int]:
        return self.touched.get(kind, frozenset())

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.touched)

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={sorted(v) if v else '…'}" for k, v in sorted(self.touched.items()))
        return f"Changes({inner})"


NOTHING = Changes()


def money_moved(allocations: Iterable) -> Changes:
    """What allocation rows (made or reversed) touched: themselves, their invoices and
    the receipts or credit notes the money came from."""
    rows = list(allocations)
    return Changes.of(
        allocation=[a.id for a in rows] or None,
        invoice=[a.invoice_id for a in rows] or None,
        receipt=[a.receipt_id for a in rows if a.receipt_id is not None] or None,
        credit_note=[a.credit_note_id for a in rows if a.credit_note_id is not None] or None,
    )

#: What moves money on a customer's account touches.
LEDGER = ("invoice", "receipt", "credit_note", "allocation", "customer")
