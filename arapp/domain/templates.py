"""Document templates: editable text with named placeholders, checked and filled here.

A template (one per code and language, versioned in the database) has a ``title`` (the
heading printed on the letter), a ``body`` (the letter's text), a ``subject`` and an
``email`` text (for sending it as an attachment) and a ``message`` (the short text for
WeChat or SMS). Each is plain text holding placeholders written ``{name}``; a brace
meant literally is doubled (``{{`` and ``}}``). Nothing else of Python's format syntax
is allowed: no ``{0}``, no ``{a.b}``, no ``{a:>10}``, no ``{a!r}``.

In a body, paragraphs are separated by an empty line; a line holding only a *block*
placeholder (``{invoice_table}``) places the table of invoices there. A paragraph that
comes out empty (say ``{late_fee_note}`` where no late-fee policy applies) is dropped.

:func:`check_template` refuses what cannot be filled (an unknown placeholder, named, a
syntax error, a block placeholder inside a sentence); :func:`fill` fills one text from a
dict of values that already are strings. Pure: no database, no Qt.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from arapp.domain import vocabulary as vocab
from arapp.errors import ValidationError
from arapp.i18n import tr

#: Template codes (the ladder's letters, then ``statement``: the statement's e-mail and message
#: texts) and languages: arapp.domain.vocabulary.
LETTER_CODES = vocab.LETTER_TEMPLATES
TEMPLATE_CODES = vocab.TEMPLATE_CODES
TEMPLATE_LANGS = vocab.TEMPLATE_LANGS

#: The parts of a template, in the order the editor shows them.
PARTS = ("title", "body", "subject", "email", "message")

#: Placeholders a table takes a whole line for (body only).
BLOCKS = ("invoice_table",)

#: Placeholders every template may use: the company and the customer, the date.
COMMON_FIELDS = (
    "company_name", "company_address", "company_phone", "company_contact", "bank", "bank_account",
    "customer_name", "customer_code", "contact_person", "customer_address", "date", "reference", "you",
)

#: Placeholders of the letters: what is owed, overdue and coming due, the late fee, the deadline.
LETTER_FIELDS = COMMON_FIELDS + (
    "open_total", "open_total_capitals", "overdue_total", "overdue_total_capitals",
    "late_fee", "late_fee_note", "amount_due", "amount_due_capitals",
    "coming_due_total", "coming_due_total_capitals", "coming_due_date",
    "invoice_count", "days_overdue", "oldest_due_date", "deadline",
)

#: Placeholders of the statement's e-mail and message.
STATEMENT_FIELDS = COMMON_FIELDS + (
    "period_from", "period_to", "opening_balance", "closing_balance", "closing_balance_capitals",
)


def fields_for(code: str) -> tuple[str, ...]:
    """The placeholders a template of ``code`` may use (blocks included where they apply)."""
    if code == "statement":
        return STATEMENT_FIELDS
    return LETTER_FIELDS + BLOCKS


def field_label(name: str) -> str:
    """What a placeholder stands for, in the user's language (the editor lists them)."""
    labels = {
        "company_name": tr("templates", "Our company's name"),
        "company_address": tr("templates", "Our address"),
        "company_phone": tr("templates", "Our phone"),
        "company_contact": tr("templates", "Our contact person"),
        "bank": tr("templates", "Bank for payment"),
        "bank_account": tr("templates", "Bank account for payment"),
        "customer_name": tr("templates", "Customer name"),
        "customer_code": tr("templates", "Customer code"),
        "contact_person": tr("templates", "The customer's contact person"),
        "customer_address": tr("templates", "Customer address"),
        "you": tr("templates", "How the letter addresses the customer: a company or a person"),
        "date": tr("templates", "Date of the document"),
        "reference": tr("templates", "Reference to quote when paying"),
        "open_total": tr("templates", "Everything open (not yet due included)"),
        "open_total_capitals": tr("templates", "Everything open, in capitals"),
        "overdue_total": tr("templates", "Overdue amount"),
        "overdue_total_capitals": tr("templates", "Overdue amount in capitals"),
        "late_fee": tr("templates", "Late fees to the date"),
        "late_fee_note": tr("templates", "Sentence on late fees (empty without a late-fee policy)"),
        "amount_due": tr("templates", "Overdue amount plus late fees"),
        "amount_due_capitals": tr("templates", "Overdue amount plus late fees, in capitals"),
        "coming_due_total": tr("templates", "Amount coming due"),
        "coming_due_total_capitals": tr("templates", "Amount coming due, in capitals"),
        "coming_due_date": tr("templates", "Date the next amount falls due"),
        "invoice_count": tr("templates", "Number of invoices listed"),
        "days_overdue": tr("templates", "Days the oldest invoice is overdue"),
        "oldest_due_date": tr("templates", "Due date of the oldest invoice"),
        "deadline": tr("templates", "Deadline to pay"),
        "invoice_table": tr("templates", "Table of the invoices (a line of its own)"),
        "period_from": tr("templates", "First day of the statement"),
        "period_to": tr("templates", "Last day of the statement"),
        "opening_balance": tr("templates", "Opening balance"),
        "closing_balance": tr("templates", "Closing balance"),
        "closing_balance_capitals": tr("templates", "Closing balance in capitals"),
    }
    return labels.get(name, name)


def part_label(part: str) -> str:
    """A template part's name in the user's language."""
    return {"title": tr("templates", "Title"), "body": tr("templates", "Letter text"),
            "subject": tr("templates", "E-mail subject"), "email": tr("templates", "E-mail text"),
            "message": tr("templates", "Message text (WeChat, SMS)")}[part]


@dataclass(frozen=True)
class Template:
    """One version of a template as stored (``id`` is None for one not yet saved)."""

    code: str
    lang: str
    version: int
    title: str
    body: str
    subject: str
    email: str
    message: str
    id: int | None = None
    note: str = ""

    def part(self, name: str) -> str:
        return getattr(self, name)


def _unpaired_brace(text: str) -> tuple[str, int] | None:
    """The first brace of ``text`` that is neither doubled nor part of a ``{name}``:
    ("open", index) for a ``{`` not closed, ("close", index) for a lone ``}``."""
    i = 0
    while i < len(text):
        pair = text[i:i + 2]
        if pair in ("{{", "}}"):
            i += 2
        elif text[i] == "{":
            end = text.find("}", i + 1)
            inner = text.find("{", i + 1)
            if end < 0 or 0 <= inner < end:
                return "open", i
            i = end + 1
        elif text[i] == "}":
            return "close", i
        else:
            i += 1
    return None


def _brace_refusal(text: str, part: str) -> ValidationError:
    """The refusal of a part whose braces do not pair, showing where (no parser's words)."""
    found = _unpaired_brace(text)
    where, at = found if found is not None else ("open", max(text.find("{"), 0))
    near = text[at:at + 20].splitlines()[0] if text[at:at + 20].strip() else text[at:at + 1]
    if where == "close":
        message = tr("templates", "{part}: the brace }} in “{near}” has no {{ before it; write }}}} for a literal "
                                  "brace", part=part_label(part), near=near)
    else:
        message = tr("templates", "{part}: the brace {{ in “{near}” is not closed; write a placeholder as "
                                  "{{customer_name}}, or {{{{ for a literal brace", part=part_label(part), near=near)
    return ValidationError(message, field=part)


def placeholders(text: str, *, part: str = "body") -> list[str]:
    """The placeholder names ``text`` uses, in order; refuses a syntax error (naming the part)."""
    names = []
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise _brace_refusal(text, part) from None
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        shown = "{" + name + ("!" + conversion if conversion else "") + (":" + spec if spec else "") + "}"
        if not name or not name.isidentifier() or name.isdigit() or spec or conversion:
            raise ValidationError(
                tr("templates", "{part}: {placeholder} is not a placeholder; write a name in braces, such as "
                                "{{customer_name}}", part=part_label(part), placeholder=shown), field=part)
        names.append(name)
    return names


def check_part(code: str, part: str, text: str) -> None:
    """Refuse ``text`` as ``part`` of a ``code`` template when it cannot be filled."""
    allowed = set(fields_for(code))
    for name in placeholders(text, part=part):
        if name not in allowed:
            raise ValidationError(
                tr("templates", "{part}: unknown placeholder {{{name}}}", part=part_label(part), name=name),
                field=part)
        if name in BLOCKS and part != "body":
            raise ValidationError(
                tr("templates", "{part}: {{{name}}} can only stand on a line of its own in the letter text",
                   part=part_label(part), name=name), field=part)
    if part == "body":
        for line in text.splitlines():
            for name in BLOCKS:
                token = "{" + name + "}"
                if token in line and line.strip() != token:
                    raise ValidationError(
                        tr("templates", "{part}: {{{name}}} must stand on a line of its own",
                           part=part_label(part), name=name), field=part)


def check_template(template: Template) -> None:
    """Refuse a template that cannot be filled: its code, language, a title and a body, every
    placeholder known for its code, no syntax error. The message names the part and the
    placeholder."""
    if template.code not in TEMPLATE_CODES:
        raise ValidationError(tr("templates", "Unknown template: {code}", code=template.code), field="code")
    if template.lang not in TEMPLATE_LANGS:
        raise ValidationError(tr("templates", "Unknown language: {lang}", lang=template.lang), field="lang")
    if template.code != "statement":
        for part in ("title", "body"):
            if not template.part(part).strip():
                raise ValidationError(tr("templates", "{part} is required", part=part_label(part)), field=part)
    for part in PARTS:
        check_part(template.code, part, template.part(part))


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with each placeholder replaced by its value (a missing one by ''); doubled
    braces become single ones."""
    out = []
    for literal, name, _spec, _conv in string.Formatter().parse(text):
        out.append(literal)
        if name is not None:
            out.append(values.get(name, ""))
    return "".join(out)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a filled body (``block`` names a table to place instead of text)."""

    text: str = ""
    block: str = ""


def body_paragraphs(body: str, values: dict[str, str]) -> list[Paragraph]:
    """The body filled and cut into paragraphs (an empty line between two); a line holding only
    a block placeholder becomes that block; a paragraph that comes out empty is dropped."""
    out: list[Paragraph] = []
    current: list[str] = []

    def flush() -> None:
        text = "\n".join(current).strip("\n")
        if text.strip():
            out.append(Paragraph(text=text))
        current.clear()

    for line in body.splitlines():
        stripped = line.strip()
        block = next((b for b in BLOCKS if stripped == "{" + b + "}"), None)
        if block:
            flush()
            out.append(Paragraph(block=block))
        elif not stripped:
            flush()
        else:
            current.append(fill(line, values).rstrip())
    flush()
    return out
