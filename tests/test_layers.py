"""The layers of arapp, held true over the AST of every import in arapp/.

Every ``import x``, ``from x import y``, ``from . import y`` and ``from .x import y``
is read, at module level and inside functions (lazy imports), and each one is held
against :data:`LAYERS`: the one table of who may import whom. README's Layout section
quotes it. A violation is reported as ``file:line`` with the rule it breaks.

Only ``arapp.ui`` imports Qt (PySide6, shiboken6); the last test also imports every
module outside ``ui/`` in a fresh interpreter and finds PySide6 still unloaded (a
library that pulls Qt in behind our back would show there).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "arapp"

# --------------------------------------------------------------------------- the rules

QT = "Qt"              # PySide6 and shiboken6
PACKAGES = "packages"  # any other package outside the standard library (peewee, reportlab, ...)
QT_PACKAGES = ("PySide6", "shiboken6")
LAZY = " (lazy)"       # allowed only inside a function, never at module level

#: The bottom: words, errors, translation, the clock, where files are. Everything may use them.
BOTTOM = ("arapp", "arapp.errors", "arapp.i18n", "arapp.clock", "arapp.names", "arapp.paths")
BELOW_FACES = (
    "arapp.demo", "arapp.outbox", "arapp.io", "arapp.exports", "arapp.documents", "arapp.services",
    "arapp.reports", "arapp.db", "arapp.domain", *BOTTOM,
)

#: layer -> what it may import besides itself (its own modules always may import each
#: other). A layer is a module or package of arapp; the longest one naming a module is
#: its layer ("arapp" alone is the package root, holding ``__version__``). An entry is
#: a layer, one module of a layer, QT or PACKAGES; the standard library is open to all.
#: An entry ending in LAZY may be imported only inside a function.
LAYERS: dict[str, tuple[str, ...]] = {
    "arapp":           (),
    "arapp.errors":    (),
    "arapp.clock":     (),
    "arapp.paths":     (PACKAGES,),
    "arapp.i18n":      ("arapp.errors", "arapp.paths"),
    "arapp.names":     ("arapp.i18n", "arapp.errors", "arapp.domain.vocabulary"),
    # pure values and rules: no database, no Qt, no package outside the standard library
    "arapp.domain":    ("arapp.errors", "arapp.i18n"),
    "arapp.db":        ("arapp.domain", *BOTTOM, PACKAGES),
    # read-only queries; never the writers, never the files they are written to
    "arapp.reports":   ("arapp.db", "arapp.domain", *BOTTOM, PACKAGES),
    # the only writers; they may read reports
    "arapp.services":  ("arapp.reports", "arapp.db", "arapp.domain", *BOTTOM, PACKAGES),
    # files from report results: no database of their own (they read reports), and
    # they may use each other (the cycle test keeps one direction); io applies imports
    # through the services
    "arapp.exports":   ("arapp.documents", "arapp.io", "arapp.reports", "arapp.domain", *BOTTOM, PACKAGES),
    "arapp.documents": ("arapp.exports", "arapp.io", "arapp.reports", "arapp.domain", *BOTTOM, PACKAGES),
    "arapp.io":        ("arapp.exports", "arapp.documents", "arapp.services", "arapp.reports", "arapp.domain",
                        *BOTTOM, PACKAGES),
    # documents that go out: made (reports -> documents), archived and logged through the
    # services, sent by e-mail; shared by the terminal and the window
    "arapp.outbox":    ("arapp.services", "arapp.documents", "arapp.exports", "arapp.reports", "arapp.domain",
                        *BOTTOM, PACKAGES),
    # the demo book is written through the services (a bulk service), not raw SQL
    "arapp.demo":      ("arapp.services", "arapp.reports", "arapp.domain", *BOTTOM, PACKAGES),
    # the faces. The terminal opens the window and takes screenshots, so it may import
    # those two ui modules, lazily in the command that needs them, and nothing else of ui.
    "arapp.cli":       (*BELOW_FACES, PACKAGES, "arapp.ui.app" + LAZY, "arapp.ui.screenshot" + LAZY),
    "arapp.ui":        (*BELOW_FACES, PACKAGES, QT),
    # developer tools the program itself never imports
    "arapp.i18n_extract": (*BOTTOM,),     # the catalog extractor (python3 dev.py i18n)
}

#: TEMPORARY, for the lead to empty after merging issue #7's branches: violations in
#: areas other helpers are restructuring right now (file, imported module) -> why.
#: An entry that no longer occurs fails test_the_temporary_allow_list_holds_only_live_violations.
KNOWN_VIOLATIONS_TO_REMOVE_AFTER_MERGE: dict[tuple[str, str], str] = {
}


# --------------------------------------------------------------------------- reading imports

@dataclass(frozen=True)
class Import:
    path: str        # file, relative to the repository
    line: int
    importer: str    # module name of the file
    target: str      # the module imported (arapp.x.y, or a top-level package name)
    lazy: bool       # inside a function

    def where(self) -> str:
        return f"{self.path}:{self.line}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def modules() -> dict[str, Path]:
    """Every module of arapp by its dotted name."""
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _nodes_with_laziness(tree: ast.AST):
    """(node, inside a function?) for every node of the tree."""
    stack: list[tuple[ast.AST, bool]] = [(tree, False)]
    while stack:
        node, lazy = stack.pop()
        yield node, lazy
        inner = lazy or isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        stack.extend((child, inner) for child in ast.iter_child_nodes(node))


def imports_of(path: Path, known: dict[str, Path], source: str | None = None) -> list[Import]:
    """Each module one file imports, one entry per imported module (``from a import b, c``
    gives ``a.b`` and ``a.c`` when they are modules, else ``a`` once). ``source`` stands
    in for the file's text when given."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    rel = str(path.relative_to(ROOT))
    text = path.read_text(encoding="utf-8") if source is None else source
    tree = ast.parse(text, rel)
    out: list[Import] = []
    for node, lazy in _nodes_with_laziness(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                if node.level > 1:
                    base = base[: len(base) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            seen = []
            for alias in node.names:
                sub = f"{source}.{alias.name}"
                target = sub if sub in known else source
                if target not in seen:
                    seen.append(target)
            targets = seen
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "import_module" and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            targets = [node.args[0].value]     # importlib.import_module("arapp.x")
        out.extend(Import(rel, node.lineno, name, t, lazy) for t in targets)
    return sorted(out, key=lambda i: (i.path, i.line, i.target))


def all_imports() -> list[Import]:
    known = modules()
    return [imp for path in known.values() for imp in imports_of(path, known)]


# --------------------------------------------------------------------------- judging them

def layer_of(module: str) -> str | None:
    """The layer a module of arapp belongs to: the longest LAYERS key naming it."""
    if module == "arapp":
        return "arapp"
    best = None
    for layer in LAYERS:
        if layer != "arapp" and (module == layer or module.startswith(layer + ".")):
            if best is None or len(layer) > len(best):
                best = layer
    return best


def kind_of(target: str) -> str:
    """What an import reaches: an arapp module, QT, PACKAGES or the standard library."""
    top = target.split(".")[0]
    if top == "arapp":
        return "arapp"
    if top in QT_PACKAGES:
        return QT
    if top in sys.stdlib_module_names:
        return "stdlib"
    return PACKAGES


def _covers(entry: str, target: str) -> bool:
    """Does a LAYERS entry name this module? ("arapp" names the package root alone.)"""
    return target == entry or (entry != "arapp" and target.startswith(entry + "."))


def broken_rule(imp: Import) -> str | None:
    """Why this import breaks LAYERS, or None when it keeps the rules."""
    own = layer_of(imp.importer)
    if own is None:
        return f"{imp.importer} belongs to no layer: add it to LAYERS"
    kind = kind_of(imp.target)
    if kind == "stdlib":
        return None
    allowed = LAYERS[own]
    if kind in (QT, PACKAGES):
        if kind in allowed:
            return None
        if kind == QT:
            return f"only arapp.ui imports Qt ({imp.target}); {own} may import {_say(allowed)}"
        return f"{own} imports no package outside the standard library ({imp.target})"
    target_layer = layer_of(imp.target)
    if target_layer is None:
        return f"{imp.target} belongs to no layer: add it to LAYERS"
    if target_layer == own:
        return None
    for entry in allowed:
        if entry.endswith(LAZY):
            if _covers(entry.removesuffix(LAZY), imp.target):
                if imp.lazy:
                    return None
                return f"{own} may import {imp.target} only inside a function"
        elif entry not in (QT, PACKAGES) and _covers(entry, imp.target):
            return None
    what = target_layer if imp.target == target_layer else f"{target_layer} ({imp.target})"
    return f"{own} may not import {what}; {own} may import {_say(allowed)}"


def _say(allowed: tuple[str, ...]) -> str:
    whole_bottom = set(BOTTOM) <= set(allowed)
    shown = [a for a in allowed if a != PACKAGES and not (whole_bottom and a in BOTTOM)]
    if whole_bottom:
        shown.append("the bottom")
    return ", ".join(shown) or "nothing of arapp"


def violations() -> list[tuple[Import, str]]:
    out = []
    for imp in all_imports():
        why = broken_rule(imp)
        if why is not None:
            out.append((imp, why))
    return out


# --------------------------------------------------------------------------- the tests

def test_every_module_of_arapp_belongs_to_a_layer():
    homeless = [name for name in modules() if layer_of(name) is None]
    assert not homeless, f"modules in no layer (add them to LAYERS): {homeless}"


def test_every_layer_and_entry_of_the_table_names_a_module_of_arapp():
    """A stale row (a module moved or never written) would make the table say more than
    the tree holds."""
    known = modules()
    named = set(LAYERS) | {entry.removesuffix(LAZY) for allowed in LAYERS.values() for entry in allowed
                           if entry not in (QT, PACKAGES)}
    packages = {name.rsplit(".", i)[0] for name in known for i in range(1, name.count(".") + 1)}
    missing = sorted(name for name in named if name not in known and name not in packages)
    assert not missing, f"LAYERS names modules that do not exist: {missing}"


def test_every_import_in_arapp_keeps_the_layers():
    read = all_imports()
    assert len(read) > 300 and any(i.lazy for i in read), "the import reader found too little"
    found = [(imp, why) for imp, why in violations()
             if (imp.path, imp.target) not in KNOWN_VIOLATIONS_TO_REMOVE_AFTER_MERGE]
    report = "\n".join(f"  {imp.where()}: {'lazy ' if imp.lazy else ''}import {imp.target}: {why}"
                       for imp, why in found)
    if found:
        pytest.fail(f"{len(found)} import(s) break the layers (tests/test_layers.py LAYERS):\n{report}")


def test_the_temporary_allow_list_holds_only_live_violations():
    live = {(imp.path, imp.target) for imp, _ in violations()}
    stale = sorted(set(KNOWN_VIOLATIONS_TO_REMOVE_AFTER_MERGE) - live)
    assert not stale, f"fixed; remove from KNOWN_VIOLATIONS_TO_REMOVE_AFTER_MERGE: {stale}"


def circles_of(edges: dict[str, set[str]]) -> list[str]:
    """Each circle in a graph of layers (layer -> layers it imports), once, as text."""

    def path_back(start: str) -> list[str] | None:
        todo = [(start, [start])]
        seen = set()
        while todo:
            node, trail = todo.pop()
            for nxt in sorted(edges.get(node, ())):
                if nxt == start:
                    return trail + [start]
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append((nxt, trail + [nxt]))
        return None

    out, seen_circles = [], set()
    for layer in sorted(edges):
        circle = path_back(layer)
        if circle and frozenset(circle) not in seen_circles:
            seen_circles.add(frozenset(circle))
            out.append(" -> ".join(circle))
    return out


def test_layers_do_not_import_each_other_in_a_circle():
    """Layers the table lets use each other (exports, documents, io) still do it one
    way only. (An import that breaks the table is reported by the test above.)"""
    edges: dict[str, set[str]] = {}
    for imp in all_imports():
        if kind_of(imp.target) != "arapp" or broken_rule(imp) is not None:
            continue
        a, b = layer_of(imp.importer), layer_of(imp.target)
        if a and b and a != b:
            edges.setdefault(a, set()).add(b)
    circles = circles_of(edges)
    assert not circles, "layers import each other in a circle: " + "; ".join(circles)


def test_a_circle_of_layers_is_found_once():
    edges = {"arapp.exports": {"arapp.documents", "arapp.reports"}, "arapp.documents": {"arapp.io"},
             "arapp.io": {"arapp.exports"}, "arapp.reports": {"arapp.db"}}
    assert circles_of(edges) == ["arapp.documents -> arapp.io -> arapp.exports -> arapp.documents"]
    assert circles_of({"arapp.io": {"arapp.reports"}}) == []


def test_the_import_reader_sees_lazy_relative_and_from_imports():
    """The reader itself, on a module as if it sat in arapp/reports/: a relative import
    of a module and of a name, a plain import, and two lazy ones."""
    source = (
        "from . import balances\n"
        "from .aging import AgingResult\n"
        "import arapp.db.models\n"
        "def f():\n"
        "    from arapp.ui import app\n"
        "    import PySide6.QtCore\n"
    )
    probe = PACKAGE / "reports" / "_layer_probe.py"
    found = [(i.target, i.lazy, i.line) for i in imports_of(probe, modules(), source)]
    assert found == [
        ("arapp.reports.balances", False, 1),
        ("arapp.reports.aging", False, 2),
        ("arapp.db.models", False, 3),
        ("arapp.ui.app", True, 5),
        ("PySide6.QtCore", True, 6),
    ]
    rules = [broken_rule(Import("p", 1, "arapp.reports._layer_probe", t, lazy)) for t, lazy, _ in found]
    assert rules[:3] == [None, None, None]
    assert rules[3] and "may not import arapp.ui" in rules[3]
    assert rules[4] and "only arapp.ui imports Qt" in rules[4]


def test_the_terminal_may_open_the_window_only_lazily():
    at_top = Import("arapp/cli.py", 1, "arapp.cli", "arapp.ui.app", lazy=False)
    in_command = Import("arapp/cli.py", 1, "arapp.cli", "arapp.ui.app", lazy=True)
    other_ui = Import("arapp/cli.py", 1, "arapp.cli", "arapp.ui.main_window", lazy=True)
    assert broken_rule(in_command) is None
    assert "only inside a function" in broken_rule(at_top)
    assert "may not import arapp.ui" in broken_rule(other_ui)


def test_the_domain_imports_no_package_outside_the_standard_library():
    assert broken_rule(Import("p", 1, "arapp.domain.money", "decimal", False)) is None
    assert "no package outside" in broken_rule(Import("p", 1, "arapp.domain.money", "peewee", False))
    assert "may not import arapp.db" in broken_rule(Import("p", 1, "arapp.domain.money", "arapp.db.models", False))


def test_importing_every_module_outside_ui_leaves_pyside6_unloaded():
    names = [name for name in modules() if layer_of(name) != "arapp.ui"]
    script = (
        "import importlib, json, sys\n"
        f"names = {names!r}\n"
        "failed = []\n"
        "for n in names:\n"
        "    try:\n"
        "        importlib.import_module(n)\n"
        "    except Exception as exc:\n"
        "        failed.append(f'{n}: {exc!r}')\n"
        "print(json.dumps({'qt': sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')),"
        " 'failed': failed}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["failed"] == []
    assert report["qt"] == [], f"Qt loaded by a module outside arapp/ui: {report['qt']}"
