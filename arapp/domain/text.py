"""Free text the books accept: the one check every service runs on what a user types.

Each text field has a kind; the kind sets its length limit and whether it may hold more
than one line (``LIMITS``, ``MULTILINE``). :func:`clean_text` returns the text to store or
refuses it with a message in the user's language naming the field:

- leading and trailing white space is stripped (a pasted value's trailing CR/LF, tabs,
  spaces); in multi-line text CR LF and a lone CR become LF, and U+2028/U+2029 too;
- a line break inside one-line text is refused (not joined: the user sees what was meant);
- control characters (NUL, backspace, ESC and the rest of C0 and C1, DEL), invisible
  format characters (the bidirectional overrides and isolates such as U+202E, zero-width
  spaces, the byte-order mark, soft hyphens; only U+200D, which joins emoji, is allowed)
  and lone surrogates are refused, wherever they are. A tab is allowed inside
  multi-line text only;
- text longer than its kind's limit is refused, naming the limit.

``FORMULA_PREFIXES`` are the first characters that make a spreadsheet read text as a
formula; the xlsx and CSV exports both quote text that starts with one.
"""

from __future__ import annotations

import unicodedata

from arapp.errors import ValidationError
from arapp.i18n import tr

#: Kinds of text field.
CODE = "code"      # customer codes, document references typed by a user
NAME = "name"      # names of customers, contacts, companies, schemes, policies; aliases
SHORT = "short"    # phone, e-mail, tax id, category, a title, a bank account, a period
LINE = "line"      # one line of free text: an address, a description, a next step
NOTE = "note"      # notes, memos, reasons, contact summaries: may hold several lines
LETTER = "letter"  # a template's letter, e-mail or message text: several lines, pages long

#: The most characters a field of each kind holds.
LIMITS: dict[str, int] = {CODE: 40, NAME: 200, SHORT: 100, LINE: 500, NOTE: 2000, LETTER: 20000}
#: Kinds whose text may hold line breaks (and tabs).
MULTILINE = frozenset({NOTE, LETTER})

#: First characters that make a spreadsheet treat text as a formula (CSV/formula injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

_ALLOWED_FORMAT = frozenset({"\u200d"})          # zero-width joiner (emoji sequences)
_LINE_SEPARATORS = ("\u2028", "\u2029")


def max_length(kind: str) -> int:
    """The most characters a field of ``kind`` holds (for the window's maxLength)."""
    return LIMITS[kind]


def _is_refused(ch: str, multiline: bool) -> bool:
    if ch == "\n" or ch == "\t":
        return not multiline
    if ch in _LINE_SEPARATORS:
        return True
    category = unicodedata.category(ch)
    if category in ("Cc", "Cs"):
        return True
    return category == "Cf" and ch not in _ALLOWED_FORMAT


def _char_name(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X} {name}" if name else f"U+{ord(ch):04X}"


def _preview(text: str, limit: int = 30) -> str:
    """The text as a message may quote it: refused characters shown as \\uXXXX, cut short."""
    shown = "".join(f"\\u{ord(c):04x}" if _is_refused(c, False) else c for c in text[:limit])
    return shown + ("…" if len(text) > limit else "")


def clean_text(value: str | None, kind: str, label: str, *, field: str | None = None) -> str:
    """The text to store for a field of ``kind`` (``label``: the field's name in the
    user's language; ``field``: the key a form marks). None counts as empty. Raises
    ValidationError for a control or invisible character, a line break in one-line
    text, or text over the kind's limit. Emptiness is the caller's rule."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(tr("services", "{field} must be text", field=label), field=field)
    multiline = kind in MULTILINE
    text = value
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        for sep in _LINE_SEPARATORS:
            text = text.replace(sep, "\n")
    text = text.strip()
    for pos, ch in enumerate(text, start=1):
        if not _is_refused(ch, multiline):
            continue
        if ch in "\n\r" or ch in _LINE_SEPARATORS:
            raise ValidationError(
                tr("services", "{field} must be one line: '{value}' has a line break at character {pos}",
                   field=label, value=_preview(text), pos=pos), field=field)
        raise ValidationError(
            tr("services", "{field} '{value}' contains the control character {char} at character {pos}; "
                           "remove it", field=label, value=_preview(text), char=_char_name(ch), pos=pos),
            field=field)
    limit = LIMITS[kind]
    if len(text) > limit:
        raise ValidationError(
            tr("services", "{field} is too long: {n} characters, at most {limit} ('{value}')",
               field=label, n=f"{len(text):,}", limit=f"{limit:,}", value=_preview(text, 20)), field=field)
    return text
