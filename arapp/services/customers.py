"""Customers: create, edit, aliases (names on bank statements), contacts, search."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from arapp.db import lookups
from arapp.db.database import db
from arapp.db.models import Contact, Customer, CustomerAlias, User, now
from arapp.domain import text
from arapp.domain import vocabulary as vocab
from arapp.errors import NotFound, PermissionDenied, ValidationError
from arapp.i18n import tr
from arapp.services.audit import record_audit, snapshot
from arapp.services.changes import NOTHING, Changes
from arapp.services.context import current_actor
from arapp.services.numbering import next_number

EDITABLE = (
    "code", "name", "kind", "category", "phone", "email", "address", "tax_id", "credit_rating",
    "credit_limit", "payment_terms_days", "status", "collector_id", "notes",
)
#: The manager's decisions (credit.approve): a change of these is refused to others.
CREDIT_DECISIONS = ("credit_rating", "credit_limit", "status")
#: The kind of each text field (arapp.domain.text: its length, one line or several).
TEXT_FIELDS = {"code": text.CODE, "name": text.NAME, "category": text.SHORT, "phone": text.SHORT,
               "email": text.SHORT, "address": text.LINE, "tax_id": text.SHORT, "notes": text.NOTE}
#: The kind of each text field of a contact person.
CONTACT_TEXT_FIELDS = {"name": text.NAME, "title": text.SHORT, "phone": text.SHORT, "email": text.SHORT,
                       "notes": text.NOTE}
#: What a new customer has until a manager decides: no rating, no limit set, active.
CREDIT_DEFAULTS = {key: Customer._meta.fields[key].default for key in CREDIT_DECISIONS}


@dataclass
class CustomerChange:
    """What a customer service changed."""

    customer_id: int
    code: str
    action: str
    changed_fields: list[str] = field(default_factory=list)
    name: str = ""              # the customer's name after the change

    @property
    def changes(self) -> Changes:
        """The customer, when anything about it was written."""
        if self.action == "create" or self.changed_fields:
            return Changes.of(customer=self.customer_id)
        return NOTHING


def _label(key: str) -> str:
    """A customer or contact field's name in the user's language (for refusals)."""
    return {
        "code": tr("services", "Customer code"), "name": tr("services", "Customer name"),
        "category": tr("services", "Category"), "phone": tr("services", "Phone"), "email": tr("services", "E-mail"),
        "address": tr("services", "Address"), "tax_id": tr("services", "Taxpayer id"), "notes": tr("services", "Notes"),
        "alias": tr("services", "Alias"), "contact.name": tr("services", "Contact name"),
        "title": tr("services", "Title"),
    }.get(key, key)


def _alias(alias: str | None) -> str:
    """An alias as typed, checked as a name (control characters, length)."""
    return text.clean_text(alias, text.NAME, _label("alias"), field="alias")


def _clean(values: dict, *, creating: bool, current: Customer | None = None) -> dict:
    out = {}
    for key, value in values.items():
        if key not in EDITABLE:
            raise ValidationError(tr("services", "Unknown customer field: {field}", field=key), field=key)
        if key in TEXT_FIELDS:
            value = text.clean_text(value, TEXT_FIELDS[key], _label(key), field=key)
        elif isinstance(value, str):
            value = value.strip()
        out[key] = value
    if creating or "name" in out:
        if not out.get("name"):
            raise ValidationError(tr("services", "The customer name is required"), field="name")
    if "code" in out:
        code = out["code"]
        if not creating and not code:
            raise ValidationError(tr("services", "The customer code cannot be empty"), field="code")
        if code and (len(code) > 40 or any(c.isspace() for c in code)):
            raise ValidationError(
                tr("services", "Customer code '{code}' must be at most 40 characters without spaces", code=code),
                field="code")
        if code:
            clash = Customer.select().where(Customer.code == code)
            if current is not None:
                clash = clash.where(Customer.id != current.id)
            if clash.exists():
                raise ValidationError(tr("services", "Customer code '{code}' is already used", code=code), field="code")
    if "kind" in out and out["kind"] not in vocab.CUSTOMER_KINDS:
        raise ValidationError(tr("services", "Unknown customer type '{value}'", value=out["kind"]), field="kind")
    if "status" in out and out["status"] not in vocab.CUSTOMER_STATUSES:
        raise ValidationError(tr("services", "Unknown customer status '{value}'", value=out["status"]), field="status")
    if "credit_rating" in out:
        out["credit_rating"] = (out["credit_rating"] or "").upper()
        if out["credit_rating"] not in vocab.CREDIT_RATINGS:
            raise ValidationError(
                tr("services", "Credit rating must be A, B, C or D, not '{value}'", value=out["credit_rating"]),
                field="credit_rating")
    if "credit_limit" in out:
        limit = out["credit_limit"]
        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 0):
            raise ValidationError(tr("services", "The credit limit must be zero or more"), field="credit_limit")
    if "payment_terms_days" in out:
        terms = out["payment_terms_days"]
        if not isinstance(terms, int) or isinstance(terms, bool) or not 0 <= terms <= 3650:
            raise ValidationError(
                tr("services", "Payment terms must be a whole number of days from 0 to 3650"),
                field="payment_terms_days")
    if "email" in out and out["email"] and ("@" not in out["email"] or " " in out["email"]):
        raise ValidationError(tr("services", "'{value}' is not an e-mail address", value=out["email"]), field="email")
    if "collector_id" in out and out["collector_id"] is not None:
        if not User.select().where(User.id == out["collector_id"]).exists():
            raise ValidationError(tr("services", "No user with id {value}", value=out["collector_id"]),
                                  field="collector_id")
    return out


def create_customer(*, aliases: Iterable[str] = (), contacts: Iterable[ContactInput] = (),
                    **values) -> CustomerChange:
    """Add a customer to the ledger with the names it goes by on bank statements
    (``aliases``: each recorded once; a blank one is refused) and its contact persons
    (``contacts``, at most one primary), all in one transaction: a refusal writes nothing. A blank code gets the next C000123 number. A credit
    rating, limit or status other than the defaults (``CREDIT_DEFAULTS``) is a
    manager's decision (``credit.approve``), as changing them later is."""
    current_actor().require("customer.edit")
    with db.atomic():
        data = _clean(values, creating=True)
        _require_credit_approval_for(data)
        wanted = []
        for alias in aliases:
            alias = _alias(alias)
            if not alias:
                raise ValidationError(tr("services", "The alias is empty"), field="alias")
            if alias not in wanted:
                wanted.append(alias)
        if not data.get("code"):
            while True:
                code = next_number("customer", 0)
                if not Customer.select().where(Customer.code == code).exists():
                    break
            data["code"] = code
        customer = Customer.create(**data, created_at=now(), updated_at=now())
        record_audit("create", "customer", customer.id, None, snapshot(customer))
        for alias in wanted:
            row = CustomerAlias.create(customer=customer, alias=alias)
            record_audit("create", "customer_alias", row.id, None, {"customer_id": customer.id, "alias": alias})
        people = _sync_contacts(customer, contacts)
    return CustomerChange(customer.id, customer.code, "create",
                          sorted([*data, *(["aliases"] if wanted else []), *(["contacts"] if people else [])]),
                          customer.name)


def _require_credit_approval_for(data: dict) -> None:
    """Refuse a new customer's credit terms other than the defaults to a user without
    ``credit.approve``, naming the fields."""
    actor = current_actor()
    decided = [key for key in CREDIT_DECISIONS if data.get(key, CREDIT_DEFAULTS[key]) != CREDIT_DEFAULTS[key]]
    if decided and not actor.may("credit.approve"):
        labels = {"credit_rating": tr("services", "credit rating"), "credit_limit": tr("services", "credit limit"),
                  "status": tr("services", "status")}
        raise PermissionDenied(
            tr("services", "User {user} ({role}) may not set a new customer's {fields}: that is a manager's "
                           "decision (credit.approve). Create the customer without it; a manager can set it later.",
               user=actor.username, role=actor.role, fields=tr("services", ", ").join(labels[k] for k in decided)))


def update_customer(ref: int | str, *, aliases: Iterable[str] | None = None,
                    contacts: Iterable[ContactInput] | None = None, **values) -> CustomerChange:
    """Change a customer's master data, and with ``aliases`` make its aliases exactly
    those and with ``contacts`` its contact persons exactly those (see
    :func:`_sync_contacts`), in one transaction; the audit record keeps before and after. Changing the
    credit rating, limit or status is a manager's decision (``credit.approve``)."""
    current_actor().require("customer.edit")
    with db.atomic():
        customer = lookups.customer(ref)
        data = _clean(values, creating=False, current=customer)
        before = snapshot(customer)
        changed = []
        for key, value in data.items():
            attr = "collector" if key == "collector_id" else key
            old = customer.__data__.get(attr)
            if old != value:
                setattr(customer, attr, value)
                changed.append(key)
        if any(key in CREDIT_DECISIONS for key in changed):
            current_actor().require("credit.approve")
        if changed:
            customer.updated_at = now()
            customer.save()
            record_audit("update", "customer", customer.id, before, snapshot(customer))
        if aliases is not None and _sync_aliases(customer, aliases):
            changed.append("aliases")
        if contacts is not None and _sync_contacts(customer, contacts):
            changed.append("contacts")
    return CustomerChange(customer.id, customer.code, "update", changed, customer.name)


def add_alias(ref: int | str, alias: str) -> CustomerChange:
    """Record a name under which the customer appears on bank statements."""
    current_actor().require("customer.edit")
    alias = _alias(alias)
    if not alias:
        raise ValidationError(tr("services", "The alias is empty"), field="alias")
    with db.atomic():
        customer = lookups.customer(ref)
        exists = CustomerAlias.select().where(
            (CustomerAlias.customer == customer) & (CustomerAlias.alias == alias)).exists()
        if not exists:
            row = CustomerAlias.create(customer=customer, alias=alias)
            record_audit("create", "customer_alias", row.id, None, {"customer_id": customer.id, "alias": alias})
    return CustomerChange(customer.id, customer.code, "alias", [] if exists else ["alias"])


def remove_alias(ref: int | str, alias: str) -> CustomerChange:
    current_actor().require("customer.edit")
    with db.atomic():
        customer = lookups.customer(ref)
        row = CustomerAlias.get_or_none((CustomerAlias.customer == customer) & (CustomerAlias.alias == alias))
        if row is None:
            raise NotFound(tr("services", "Customer {code} has no alias '{alias}'", code=customer.code, alias=alias))
        record_audit("delete", "customer_alias", row.id, {"customer_id": customer.id, "alias": alias}, None)
        row.delete_instance()
    return CustomerChange(customer.id, customer.code, "alias", ["alias"])


def set_aliases(ref: int | str, aliases: list[str]) -> CustomerChange:
    """Make the customer's aliases exactly ``aliases``."""
    current_actor().require("customer.edit")
    with db.atomic():
        customer = lookups.customer(ref)
        changed = _sync_aliases(customer, aliases)
    return CustomerChange(customer.id, customer.code, "alias", ["aliases"] if changed else [])


def _sync_aliases(customer: Customer, aliases: Iterable[str]) -> bool:
    """Inside a transaction: make the customer's aliases exactly ``aliases`` (blanks and
    repeats dropped), auditing each one removed or added. True when any changed."""
    wanted = []
    for a in aliases:
        a = _alias(a)
        if a and a not in wanted:
            wanted.append(a)
    have = {r.alias: r for r in CustomerAlias.select().where(CustomerAlias.customer == customer)}
    changed = False
    for alias, row in have.items():
        if alias not in wanted:
            record_audit("delete", "customer_alias", row.id, {"customer_id": customer.id, "alias": alias}, None)
            row.delete_instance()
            changed = True
    for alias in wanted:
        if alias not in have:
            row = CustomerAlias.create(customer=customer, alias=alias)
            record_audit("create", "customer_alias", row.id, None, {"customer_id": customer.id, "alias": alias})
            changed = True
    return changed


@dataclass(frozen=True)
class ContactInput:
    """A contact person as a form gives it: ``id`` None for a new one, else the contact
    it changes."""

    name: str
    title: str = ""
    phone: str = ""
    email: str = ""
    is_primary: bool = False
    notes: str = ""
    id: int | None = None


def _contact_values(values: dict, *, creating: bool) -> dict:
    """A contact's fields as typed, checked (a name, an e-mail address, each text's kind)."""
    out: dict = {}
    for key, value in values.items():
        if key == "is_primary":
            out[key] = bool(value)
            continue
        if key not in CONTACT_TEXT_FIELDS:
            raise ValidationError(tr("services", "Unknown contact field: {field}", field=key), field=key)
        out[key] = text.clean_text(value, CONTACT_TEXT_FIELDS[key], _label("contact.name" if key == "name" else key),
                                   field=key)
    if (creating or "name" in out) and not out.get("name"):
        raise ValidationError(tr("services", "The contact name is required"), field="name")
    email = out.get("email")
    if email and ("@" not in email or " " in email or email.startswith("@") or email.endswith("@")):
        raise ValidationError(tr("services", "'{value}' is not an e-mail address", value=email), field="email")
    return out


def _typed_contact(contact: ContactInput) -> dict:
    return _contact_values({"name": contact.name, "title": contact.title, "phone": contact.phone,
                            "email": contact.email, "notes": contact.notes, "is_primary": contact.is_primary},
                           creating=True)


def check_contact(contact: ContactInput) -> ContactInput:
    """The contact as the books would keep it (texts cleaned), or a ValidationError
    naming the field (``name``, ``email``, ...): what a form checks before it saves."""
    typed = _typed_contact(contact)
    return ContactInput(id=contact.id, **typed)


def _unset_other_primaries(customer_id: int, keep_id: int) -> None:
    """Inside a transaction: the customer's other contacts are no longer the primary one (audited)."""
    for other in Contact.select().where((Contact.customer == customer_id) & (Contact.id != keep_id)
                                        & (Contact.is_primary == True)):  # noqa: E712 - SQL
        before = snapshot(other)
        other.is_primary = False
        other.save()
        record_audit("update", "contact", other.id, before, snapshot(other))


def _contact(contact_id: int) -> Contact:
    row = Contact.get_or_none(Contact.id == contact_id)
    if row is None:
        raise NotFound(tr("services", "No contact person with id {id}", id=contact_id))
    return row


def add_contact(ref: int | str, name: str, *, title: str = "", phone: str = "", email: str = "",
                is_primary: bool = False, notes: str = "") -> CustomerChange:
    """Add a contact person to a customer; the primary one (``is_primary``) makes any
    other primary contact of the customer an ordinary one. Audited."""
    current_actor().require("customer.edit")
    typed = _contact_values({"name": name, "title": title, "phone": phone, "email": email, "notes": notes,
                             "is_primary": is_primary}, creating=True)
    with db.atomic():
        customer = lookups.customer(ref)
        row = Contact.create(customer=customer, **typed)
        record_audit("create", "contact", row.id, None, snapshot(row))
        if row.is_primary:
            _unset_other_primaries(customer.id, row.id)
    return CustomerChange(customer.id, customer.code, "contact", ["contacts"])


def update_contact(contact_id: int, **values) -> CustomerChange:
    """Change a contact person's name, title, phone, e-mail, notes or primary flag (the
    fields given); making one primary makes the customer's others ordinary. Audited with
    before and after; ``changed_fields`` names what changed."""
    current_actor().require("customer.edit")
    typed = _contact_values(values, creating=False)
    with db.atomic():
        row = _contact(contact_id)
        changed = _apply_contact(row, typed)
        customer = Customer.get_by_id(row.customer_id)
    return CustomerChange(customer.id, customer.code, "contact", changed)


def _apply_contact(row: Contact, typed: dict) -> list[str]:
    """Inside a transaction: set the contact's fields to ``typed``, auditing a change; the
    fields that changed, by name."""
    before = snapshot(row)
    changed = sorted(key for key, value in typed.items() if getattr(row, key) != value)
    if changed:
        for key in changed:
            setattr(row, key, typed[key])
        row.save()
        record_audit("update", "contact", row.id, before, snapshot(row))
        if row.is_primary and "is_primary" in changed:
            _unset_other_primaries(row.customer_id, row.id)
    return changed


def remove_contact(contact_id: int) -> CustomerChange:
    """Remove a contact person from its customer (the audit record keeps who it was).
    The contact log keeps the name it was written with."""
    current_actor().require("customer.edit")
    with db.atomic():
        row = _contact(contact_id)
        customer = Customer.get_by_id(row.customer_id)
        record_audit("delete", "contact", row.id, snapshot(row), None)
        row.delete_instance()
    return CustomerChange(customer.id, customer.code, "contact", ["contacts"])


def _sync_contacts(customer: Customer, contacts: Iterable[ContactInput]) -> bool:
    """Inside a transaction: make the customer's contacts exactly ``contacts`` (a new one
    added, one with an id changed, one not listed removed), each change audited. At most
    one may be the primary contact. True when anything changed."""
    wanted = list(contacts)
    typed = []
    for n, c in enumerate(wanted, start=1):
        try:
            typed.append(_typed_contact(c))
        except ValidationError as exc:
            raise ValidationError(tr("services", "Contact person {n}: {message}", n=n, message=exc.message),
                                  field="contacts") from None
    if sum(1 for t in typed if t["is_primary"]) > 1:
        raise ValidationError(tr("services", "Only one contact person can be the primary one"), field="contacts")
    have = {r.id: r for r in Contact.select().where(Contact.customer == customer.id)}
    for c in wanted:
        if c.id is not None and c.id not in have:
            raise NotFound(tr("services", "Customer {code} has no contact person with id {id}",
                              code=customer.code, id=c.id))
    changed = False
    kept = {c.id for c in wanted if c.id is not None}
    for contact_id, row in have.items():
        if contact_id not in kept:
            record_audit("delete", "contact", row.id, snapshot(row), None)
            row.delete_instance()
            changed = True
    for c, values in zip(wanted, typed, strict=True):
        if c.id is None:
            row = Contact.create(customer=customer, **values)
            record_audit("create", "contact", row.id, None, snapshot(row))
            changed = True
        else:
            row = have[c.id]
            before = snapshot(row)
            diff = [key for key, value in values.items() if getattr(row, key) != value]
            if diff:
                for key in diff:
                    setattr(row, key, values[key])
                row.save()
                record_audit("update", "contact", row.id, before, snapshot(row))
                changed = True
    return changed
