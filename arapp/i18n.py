"""Translation shared by the GUI, the command line and the PDFs.

Source strings are English; ``resources/translations/*_zh_CN.ts`` (Qt Linguist
format, one file per area) carry the Simplified Chinese, which is the default language. The GUI installs
a QTranslator that asks this module, so Qt widgets, the CLI and ReportLab documents all
take their words from the same file.

Use ``tr("Context", "Source text")``; ``{name}`` placeholders are filled by ``format``
after translation, so the translated text may move them.
"""

from __future__ import annotations

import os
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

from arapp.paths import RESOURCES

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")

_lock = threading.Lock()
_language = os.environ.get("ARAPP_LANG", DEFAULT_LANGUAGE)
_catalogs: dict[str, tuple[dict[tuple[str, str], str], dict[str, str]]] = {}


def translations_dir() -> Path:
    return RESOURCES / "translations"


def _load(language: str) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    with _lock:
        if language in _catalogs:
            return _catalogs[language]
        by_context: dict[tuple[str, str], str] = {}
        by_source: dict[str, str] = {}
        # One catalog per area (core_zh_CN.ts, ui_zh_CN.ts, ...), all merged.
        for path in sorted(translations_dir().glob(f"*_{language}.ts")):
            root = ET.parse(path).getroot()
            for ctx in root.iter("context"):
                name = ctx.findtext("name") or ""
                for msg in ctx.iter("message"):
                    source = msg.findtext("source")
                    trans_el = msg.find("translation")
                    if source is None or trans_el is None:
                        continue
                    if trans_el.get("type") in ("unfinished", "obsolete", "vanished"):
                        continue
                    text = trans_el.text or ""
                    if not text:
                        continue
                    by_context[(name, source)] = text
                    by_source.setdefault(source, text)
        _catalogs[language] = (by_context, by_source)
        return _catalogs[language]


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


def lookup(context: str, source: str, lang: str | None = None) -> str | None:
    """The translation of ``source`` or None when the catalog has none."""
    lang = lang or _language
    if lang == "en":
        return None
    by_context, by_source = _load(lang)
    found = by_context.get((context, source))
    if found is None:
        found = by_source.get(source)
    return found


def tr(context: str, source: str, /, **params: object) -> str:
    """Translate ``source`` into the current language and fill ``{placeholders}``."""
    text = lookup(context, source) or source
    if params:
        try:
            text = text.format(**params)
        except (KeyError, IndexError, ValueError):
            text = source.format(**params)
    return text


def reload() -> None:
    """Forget loaded catalogs (after the .ts file changed)."""
    with _lock:
        _catalogs.clear()
