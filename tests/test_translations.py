"""Every user-visible string in the code has its Simplified Chinese translation, with
the same {placeholders} (the UI speaks Chinese by default)."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from arapp import i18n

ROOT = Path(__file__).resolve().parent.parent / "arapp"
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def translatable_calls():
    """(file, line, context, source) for tr("ctx", "src"), translate("ctx", "src") and self.tr("src")."""
    for path in sorted(ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
            args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
            if name in ("tr", "translate", "_tr", "qtr") and len(args) >= 2 and args[0] and args[1]:
                yield path, node.lineno, args[0], args[1]
            elif name == "tr" and isinstance(f, ast.Attribute) and len(args) >= 1 and args[0] and len(args) == 1:
                yield path, node.lineno, "", args[0]


def test_catalogs_are_well_formed():
    files = sorted(i18n.translations_dir().glob("*_zh_CN.ts"))
    assert files
    for f in files:
        root = ET.parse(f).getroot()
        assert root.tag == "TS"


def test_every_string_in_the_code_has_a_chinese_translation():
    missing, bad = [], []
    i18n.reload()
    for path, line, ctx, src in translatable_calls():
        zh = i18n.lookup(ctx, src, "zh_CN")
        where = f"{path.relative_to(ROOT.parent)}:{line} [{ctx}] {src!r}"
        if zh is None:
            missing.append(where)
        elif set(PLACEHOLDER.findall(zh)) != set(PLACEHOLDER.findall(src)):
            bad.append(f"{where} -> {zh!r}")
    assert not missing, "untranslated:\n" + "\n".join(missing)
    assert not bad, "placeholders differ:\n" + "\n".join(bad)


def test_chinese_is_the_default_and_english_available():
    i18n.set_language(None)
    assert i18n.language() == "zh_CN"
    i18n.set_language("en")
    assert i18n.tr("aging", "Not yet due") == "Not yet due"
