"""Only arapp/ui imports PySide6: the books, reports and CLI run without Qt."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "arapp"


def non_ui_modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = list(rel.parts)
        if parts[:2] == ["arapp", "ui"]:
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out.append((".".join(parts), path))
    return out


def test_no_module_outside_ui_imports_pyside6_in_its_source():
    offenders = []
    for _name, path in non_ui_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                mods = [node.module or ""]
            else:
                continue
            if any(m == "PySide6" or m.startswith("PySide6.") for m in mods):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, "PySide6 imported outside arapp/ui: " + ", ".join(offenders)


def test_importing_every_module_outside_ui_leaves_pyside6_unloaded():
    names = [name for name, _ in non_ui_modules()]
    script = (
        "import importlib, json, sys\n"
        f"names = {names!r}\n"
        "failed = []\n"
        "for n in names:\n"
        "    try:\n"
        "        importlib.import_module(n)\n"
        "    except Exception as exc:\n"
        "        failed.append(f'{n}: {exc!r}')\n"
        "print(json.dumps({'qt': sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6'),"
        " 'failed': failed}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["failed"] == []
    assert report["qt"] == [], f"PySide6 loaded by a non-ui module: {report['qt']}"
