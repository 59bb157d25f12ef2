"""Translation shared by the GUI, the command line and the PDFs.

Source strings are English; ``resources/translations/*_zh_CN.ts`` (Qt Linguist
format, one file per area) carry the Simplified Chinese, which is the default language.
The GUI installs a QTranslator that asks this module, so Qt widgets, the CLI and
ReportLab documents all take their words from the same files.

- ``tr("Context", "Source text", **params)``: ``{name}`` placeholders are filled by
  ``format`` after translation, so the translated text may move them.
- ``trn("Context", "{n} customer", "{n} customers", n, **params)``: a count. English
  takes the singular for 1 and the plural otherwise; Chinese has one form.
- ``noop("Context", "Source text")`` marks a string that is translated later with a
  computed argument (``tr(context, variable)``), so the extractor still finds it.

A string is looked up under its exact context only: a string missing from its own
context stays English rather than borrow another context's words ("Open" is 未收 on an
invoice and 待处理 on a task). ``python3 dev.py i18n`` (:mod:`arapp.i18n_extract`)
keeps the catalogs in step with the code. A translation whose ``{placeholders}``
differ from its source's is refused when the catalog loads (logged; the English is
used instead).

In a catalog a plural is a ``numerus="yes"`` message whose ``<source>`` is the English
singular and whose ``<comment>`` (Qt's disambiguation) is the English plural; the
widgets' form ``self.tr(singular, plural, n)`` asks Qt with exactly that key.
"""

from __future__ import annotations

import logging
import os
import re
import string
import threading
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

from arapp.paths import RESOURCES

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")

# Plural form index for a count, per language with a catalog (English needs none: its two
# forms are the source texts). Chinese has a single form.
_PLURAL_INDEX = {"zh_CN": lambda n: 0}


class Message(NamedTuple):
    """One ``<message>`` of a .ts catalog."""

    context: str
    source: str
    comment: str = ""               # Qt's disambiguation; for a plural, the English plural
    numerus: bool = False
    forms: tuple[str, ...] = ("",)  # the translation; a plural's numerus forms
    state: str | None = None        # None (finished), "unfinished", "vanished" or "obsolete"
    notes: tuple[tuple[str, str], ...] = ()  # other child elements kept as they are (tag, text)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def translation(self) -> str:
        return self.forms[0] if self.forms else ""


class Refusal(NamedTuple):
    """A catalog entry refused at load, with the reason."""

    file: str
    context: str
    source: str
    translation: str
    reason: str


class _Catalog:
    __slots__ = ("exact", "by_source", "plurals", "refused")

    def __init__(self) -> None:
        self.exact: dict[tuple[str, str, str], tuple[str, ...]] = {}
        self.by_source: dict[str, dict[str, str]] = {}
        self.plurals: set[tuple[str, str, str]] = set()
        self.refused: list[Refusal] = []


_lock = threading.Lock()
_language = os.environ.get("ARAPP_LANG", DEFAULT_LANGUAGE)
_catalogs: dict[str, _Catalog] = {}


def translations_dir() -> Path:
    return RESOURCES / "translations"


def catalog_files(language: str = DEFAULT_LANGUAGE) -> list[Path]:
    """The .ts files of one language, one per area (cli_zh_CN.ts, ui_zh_CN.ts, ...)."""
    return sorted(translations_dir().glob(f"*_{language}.ts"))


# ------------------------------------------------------------------ placeholders

_FORMATTER = string.Formatter()
_QT_ARG = re.compile(r"%(?:n|[1-9][0-9]?)")
_NO_FIELDS: frozenset[str] = frozenset()


def placeholders(text: str) -> frozenset[str]:
    """The ``{name}`` fields of ``text`` (and Qt's ``%n``/``%1``); ``{{`` is a brace.
    A text whose braces do not pair reads as the single field ``{?}``."""
    if "{" not in text and "}" not in text and "%" not in text:
        return _NO_FIELDS              # most strings: no parsing at load
    names: set[str] = set(_QT_ARG.findall(text)) if "%" in text else set()
    try:
        for _literal, field, _spec, _conversion in _FORMATTER.parse(text):
            if field is not None:
                names.add(re.split(r"[.\[]", field, maxsplit=1)[0])
    except ValueError:
        names.add("{?}")
    return frozenset(names)


def expected_placeholders(message: Message) -> frozenset[str]:
    """What a translation of ``message`` must hold: its source's fields (a plural's:
    those of the singular and the plural together, since one Chinese form serves both)."""
    found = placeholders(message.source)
    if message.numerus:
        found |= placeholders(message.comment)
    return found


# ------------------------------------------------------------------ reading catalogs

def read_catalog(path: Path) -> tuple[str, list[Message]]:
    """The language and the messages of one .ts file, in file order."""
    root = ET.parse(path).getroot()
    messages: list[Message] = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            if source is None:
                continue
            trans = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            if trans is None:
                forms, state = ("",), "unfinished"
            else:
                state = trans.get("type")
                if numerus:
                    forms = tuple(f.text or "" for f in trans.iter("numerusform")) or ("",)
                else:
                    forms = (trans.text or "",)
            notes = tuple((child.tag, child.text or "") for child in msg
                          if child.tag not in ("source", "comment", "translation"))
            messages.append(Message(name, source, msg.findtext("comment") or "", numerus, forms,
                                    state, notes))
    return root.get("language") or "", messages


def _load(language: str) -> _Catalog:
    with _lock:
        found = _catalogs.get(language)
        if found is not None:
            return found
        catalog = _Catalog()
        for path in catalog_files(language):
            for m in read_catalog(path)[1]:
                if m.state is not None or not all(m.forms):
                    continue  # unfinished, vanished and obsolete entries are not used
                wanted = expected_placeholders(m)
                bad = [f for f in m.forms if placeholders(f) != wanted]
                if bad:
                    reason = (f"placeholders {sorted(placeholders(bad[0]))} differ from the source's "
                              f"{sorted(wanted)}")
                    catalog.refused.append(Refusal(path.name, m.context, m.source, bad[0], reason))
                    log.warning("%s: [%s] %r -> %r refused: %s", path.name, m.context, m.source, bad[0], reason)
                    continue
                catalog.exact.setdefault(m.key, m.forms)
                if m.numerus:
                    catalog.plurals.add(m.key)
                else:
                    catalog.by_source.setdefault(m.source, {}).setdefault(m.context, m.forms[0])
        _catalogs[language] = catalog
        return catalog


# ------------------------------------------------------------------ language

def set_language(language: str | None) -> str:
    """Choose the language ('zh_CN' or 'en'); returns the one in force."""
    global _language
    if language in (None, ""):
        language = DEFAULT_LANGUAGE
    if language.lower().startswith("zh"):
        language = "zh_CN"
    elif language.lower().startswith("en"):
        language = "en"
    else:
        language = DEFAULT_LANGUAGE
    _language = language
    return _language


def language() -> str:
    return _language


# ------------------------------------------------------------------ lookups

def lookup(context: str, source: str, lang: str | None = None, *, comment: str = "") -> str | None:
    """The translation of ``source`` in exactly ``context``, or None when the catalog has
    none there (English, or a string missing from its context)."""
    lang = lang or _language
    if lang == "en":
        return None
    forms = _load(lang).exact.get((context, source, comment))
    return forms[0] if forms else None


def is_plural(context: str, singular: str, plural: str) -> bool:
    """True when the catalogs hold (singular, plural) as a count's message in ``context``."""
    return (context, singular, plural) in _load(DEFAULT_LANGUAGE).plurals


def plural(context: str, singular: str, plural: str, n: int, lang: str | None = None) -> str:
    """The words for a count of ``n``: the catalog's form for the language, else the
    English singular when ``n`` is 1 and the English plural otherwise. Unformatted."""
    lang = lang or _language
    if lang != "en":
        forms = _load(lang).exact.get((context, singular, plural))
        if forms:
            index = _PLURAL_INDEX.get(lang, lambda _n: 0)(n)
            return forms[min(index, len(forms) - 1)]
    return singular if n == 1 else plural


def answer_qt(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
    """What the window's QTranslator answers Qt: the exact-context translation, or for a
    count (``self.tr(singular, plural, n)``, a plural message of the catalogs) its form
    for ``n``, English included. None lets Qt keep the source (or ask the next class)."""
    if not source:
        return None
    if disambiguation and n is not None and n >= 0 and is_plural(context, source, disambiguation):
        return plural(context, source, disambiguation, n)
    return lookup(context, source, comment=disambiguation or "")


def _format(text: str, source: str, params: dict[str, object]) -> str:
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return source.format(**params)


def tr(context: str, source: str, /, **params: object) -> str:
    """Translate ``source`` into the current language and fill ``{placeholders}``."""
    return _format(lookup(context, source) or source, source, params)


def trn(context: str, singular: str, plural_: str, n: int, /, **params: object) -> str:
    """Translate a count: ``trn("cli", "{n} customer", "{n} customers", n)`` is
    "1 customer", "2 customers", or "2 个客户"; ``{n}`` is filled with ``n`` unless given."""
    params.setdefault("n", n)
    text = plural(context, singular, plural_, n)
    return _format(text, singular if n == 1 else plural_, params)


def noop(context: str, source: str, /) -> str:
    """Mark ``source`` for the extractor and return it unchanged; translate it later with
    ``tr(context, source)`` (Qt's QT_TRANSLATE_NOOP for code without Qt)."""
    return source


def reload() -> None:
    """Forget loaded catalogs (after the .ts file changed)."""
    with _lock:
        _catalogs.clear()


# ------------------------------------------------------------------ diagnostics (tests only)

def refused(lang: str = DEFAULT_LANGUAGE) -> list[Refusal]:
    """The entries the catalogs of ``lang`` hold but loading refused (placeholders differ)."""
    return list(_load(lang).refused)


def other_contexts(source: str, lang: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """Test diagnostic: {context: translation} for the same source text in every context.
    Run-time lookups never use this; a test names what a missing string would have borrowed."""
    return dict(_load(lang).by_source.get(source, {}))
