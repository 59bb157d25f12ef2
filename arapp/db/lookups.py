"""One get-by-reference for the things a user names: a customer by id or code, an
invoice, receipt or credit note by id or number, a collection task by id, a user by id
or username. Each raises :class:`~arapp.errors.NotFound` with a message in the user's
language; a row passed in comes back as it is.

A reference typed by a person ("12", " INV-2026-000012 ") is read as an id when it is
all digits and the model has no such code or number, else as a code or number.
"""

from __future__ import annotations

from typing import Any

from arapp.db.models import CollectionTask, CreditNote, Customer, Invoice, Receipt, User
from arapp.errors import NotFound
from arapp.i18n import tr


def _by(model: type, key_field, ref: Any, message: str):
    if isinstance(ref, model):
        return ref
    found = None
    if isinstance(ref, bool):
        ref = str(ref)
    if isinstance(ref, int):
        found = model.get_or_none(model.id == ref)
    elif ref is not None:
        text = str(ref).strip()
        if text:
            found = model.get_or_none(key_field == text) if key_field is not None else None
            if found is None and text.isdigit():
                found = model.get_or_none(model.id == int(text))
    if found is None:
        raise NotFound(message)
    return found


def customer(ref: int | str | Customer) -> Customer:
    """A customer by id, code or row."""
    return _by(Customer, Customer.code, ref, tr("services", "No customer {ref}", ref=ref))


def invoice(ref: int | str | Invoice) -> Invoice:
    """An invoice by id, number or row."""
    return _by(Invoice, Invoice.number, ref, tr("services", "No invoice {ref}", ref=ref))


def receipt(ref: int | str | Receipt) -> Receipt:
    """A receipt by id, number or row."""
    return _by(Receipt, Receipt.number, ref, tr("services", "No receipt {ref}", ref=ref))


def credit_note(ref: int | str | CreditNote) -> CreditNote:
    """A credit note by id, number or row."""
    return _by(CreditNote, CreditNote.number, ref, tr("services", "No credit note {ref}", ref=ref))


def task(ref: int | str | CollectionTask) -> CollectionTask:
    """A collection task by id or row (a queue row's ``task_id`` works too)."""
    task_id = getattr(ref, "task_id", None)
    if task_id is not None and not isinstance(ref, CollectionTask):
        ref = task_id
    return _by(CollectionTask, None, ref, tr("collections", "No collection task {ref}", ref=ref))


def user(ref: int | str | User) -> User:
    """A user by id, username or row."""
    return _by(User, User.username, ref, tr("collections", "No user {name}", name=ref))
