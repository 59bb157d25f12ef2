"""How the matcher reads a bank line's texts: names, accounts and numbers made comparable.

A payer types what they like: full-width letters and digits (ＩＮＶ－２０２６), lower case,
spaces inside a name, 有限责任公司 where the books say 有限公司, （） or () around a
place name. Everything here folds such variants to one key so that a dictionary look-up
finds them:

- :func:`name_key`: a counterparty or customer name: NFKC (full-width → half-width,
  （） → ()), case folded, white space dropped, 有限责任公司 read as 有限公司.
- :func:`account_key`: a bank account number: NFKC, upper case, white space and
  hyphens dropped.
- :func:`number_key`: an invoice number, an external number or a customer code: NFKC,
  upper case, only the letters and digits kept (INV-2026-000123, inv2026000123 and
  ＩＮＶ－２０２６－０００１２３ are one key). A key needs ``MIN_KEY`` characters and a digit.
- :func:`text_keys`: every key a free text (摘要, 用途, reference) may quote: the text is
  cut into runs of letters, digits and single separators (``-_/.#`` or a space); a run
  is a key whole (:func:`run_key`), and each span of up to ``MAX_SPAN`` consecutive letter
  and digit parts of it is one too (:func:`span_keys`; the matcher reads the spans only
  when the whole run names nothing). So
  "付C000123货款INV-2026-000123" offers C000123 and INV2026000123 (and their pieces,
  which find nothing), and "C000123INV-2026-000123" offers them too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

#: The fewest characters of a number key (shorter ones quote too much by chance).
MIN_KEY = 4
#: The most letter/digit parts one key spans.
MAX_SPAN = 6

_RUN = re.compile(r"[A-Z0-9]+(?:[-_/.# ][A-Z0-9]+)*")
_PART = re.compile(r"[A-Z]+|[0-9]+")
_NOT_ALNUM = re.compile(r"[^A-Z0-9]+")
_COMPANY_FORMS = (("有限责任公司", "有限公司"),)
#: The program's own invoice numbers (services/numbering.py) as a text spells them:
#: INV-2026-000123, inv 2026 000123, INV2026000123 (after :func:`fold`).
_OWN_NUMBER = re.compile(r"INV[-_/.# ]?(\d{4})[-_/.# ]?(\d{6})(?![0-9])")
_DIGIT = re.compile(r"[0-9]")
_INV = re.compile(r"[IiＩｉ][NnＮｎ][VvＶｖ]")              # a quick look before folding
_DROP_SEPARATORS = str.maketrans("", "", "-_/.# ")
_ANY_DIGIT = re.compile(r"[0-9\uff10-\uff19]")        # ASCII or full-width


def fold(text: str) -> str:
    """NFKC and upper case: full-width letters, digits and punctuation become ASCII."""
    if not text:
        return ""
    return text.upper() if text.isascii() else unicodedata.normalize("NFKC", text).upper()


def name_key(name: str) -> str:
    """A name as the matcher compares it (see the module doc); "" for an empty name."""
    if not name:
        return ""
    key = "".join(unicodedata.normalize("NFKC", name).split()).casefold()
    for variant, form in _COMPANY_FORMS:
        if variant in key:
            key = key.replace(variant, form)
    return key


def account_key(account: str) -> str:
    """A bank account number as the matcher compares it (see the module doc)."""
    if not account:
        return ""
    return "".join(fold(account).split()).replace("-", "")


def number_key(number: str) -> str:
    """An invoice number, external number or customer code as a key; "" when it is too
    short or has no digit to be told apart from ordinary words."""
    key = _NOT_ALNUM.sub("", fold(number)) if number else ""
    if len(key) < MIN_KEY or _DIGIT.search(key) is None:
        return ""
    return key


def text_runs(text: str) -> list[str]:
    """The runs of letters, digits and single separators of a text that hold a digit,
    folded (:func:`fold`): where the text may quote a number."""
    if not text or _ANY_DIGIT.search(text) is None:
        return []
    return [run for run in _RUN.findall(fold(text)) if _DIGIT.search(run)]


def run_key(run: str) -> str:
    """A whole run (of :func:`text_runs`) as a key: its letters and digits."""
    return run.translate(_DROP_SEPARATORS)


def span_keys(run: str) -> Iterator[str]:
    """The keys inside a run: every span of up to ``MAX_SPAN`` consecutive letter and digit
    parts that holds a digit and ``MIN_KEY`` characters (the whole run is :func:`run_key`)."""
    parts = _PART.findall(run)
    n = len(parts)
    if n < 2:
        return
    for i in range(n):
        key = ""
        digit = False
        for j in range(i, min(n, i + MAX_SPAN)):
            part = parts[j]
            key += part
            digit = digit or part[0].isdigit()
            if digit and len(key) >= MIN_KEY and (i, j) != (0, n - 1):
                yield key


def text_keys(text: str) -> Iterator[str]:
    """Every number key a free text may quote: each run whole, then the spans inside it."""
    for run in text_runs(text):
        yield run_key(run)
        yield from span_keys(run)


def own_numbers_in(text: str) -> Iterator[str]:
    """The program's own invoice numbers a text spells (inv2026000123 → INV-2026-000123)."""
    if not text or _INV.search(text) is None:
        return
    for m in _OWN_NUMBER.finditer(fold(text)):
        yield f"INV-{m.group(1)}-{m.group(2)}"
