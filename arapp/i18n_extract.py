"""The translation extractor: keeps ``resources/translations/*.ts`` in step with the code.

Run it as ``python3 dev.py i18n`` (``--check`` only reports, and exits 1 when a catalog
would change). Standard library only (``ast``); no Qt tools are needed.

What it finds in ``arapp/**.py``, with a literal context and source (a module-level
string constant counts as a literal):

- ``tr("ctx", "src", ...)``, ``trn("ctx", "singular", "plural", n, ...)``,
  ``lookup("ctx", "src")`` and ``noop("ctx", "src")`` of :mod:`arapp.i18n`, imported
  under any name, as ``i18n.tr(...)``, or through a local alias (``t = tr``);
- ``self.tr("src")`` and the count form ``self.tr("singular", "plural", n)`` inside a
  class, directly or through ``t = self.tr``: the context is the class the method is
  written in. PySide6's ``QObject.tr`` asks the translator with the name of each class
  of ``type(self).__mro__`` in turn (the runtime class first) until one answers, so a
  string written in a base class is found under the base class's name when a subclass
  runs the method;
- ``QCoreApplication.translate("ctx", "src"[, plural, n])`` (also ``QApplication``),
  ``QT_TRANSLATE_NOOP("ctx", "src")`` and ``QT_TR_NOOP("src")`` inside a class.

A call it recognises whose context or source is computed is reported as a warning:
mark such strings with ``noop``/``QT_TRANSLATE_NOOP`` where they are written, and say so
on the call's line with the comment ``# i18n: computed``.

How the catalogs change:

- a new (context, source) gets ``type="unfinished"``, pre-filled with the translation
  the same source has in other contexts when they all agree (a suggestion to review);
  a new count whose plural was a message of its own before takes that message's words;
- an entry no longer in the code is kept and marked ``type="vanished"`` (or
  ``"obsolete"`` when it was never finished, as Qt's lupdate does); if it comes back it
  is restored as it was;
- an entry stays in the file it is in. A new one goes to the file of its module's area
  (see ``AREAS``) when that file already holds its context or the context is new, else
  to the file holding most of its context;
- contexts are written sorted by name and messages by source, so moving code between
  modules changes nothing and a second run writes nothing.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

from arapp.i18n import Message, read_catalog

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
TRANSLATIONS = ROOT / "resources" / "translations"

# Which file (the part before _<language>.ts) a new context's strings go to, by the path
# of the module that first uses it; first match wins ("*" also matches "/").
AREAS: tuple[tuple[str, str], ...] = (
    ("arapp/names.py", "names"),
    ("arapp/domain/money.py", "values"),
    ("arapp/domain/dates.py", "values"),
    ("arapp/ui/*collect*", "ui_collections"),
    ("arapp/ui/*aging*", "ui_credit_aging"),
    ("arapp/ui/*credit*", "ui_credit_aging"),
    ("arapp/ui/*settings*", "ui_credit_aging"),
    ("arapp/ui/*report*", "ui_credit_aging"),
    ("arapp/ui/*", "ui"),
    ("arapp/*collect*", "collections"),
    ("arapp/cli*", "cli"),
    ("arapp/reports/*", "reports"),
    ("arapp/documents/*", "reports"),
    ("arapp/export*", "reports"),
    ("arapp/io/*", "io"),
    ("*", "core"),
)

I18N_FUNCTIONS = ("tr", "trn", "lookup", "noop")
QT_APPLICATIONS = ("QCoreApplication", "QGuiApplication", "QApplication")


@dataclass(frozen=True, order=True)
class Found:
    """One translatable call: where it is and the message it asks for."""

    context: str
    source: str
    comment: str        # the English plural of a count ("" otherwise)
    numerus: bool
    path: str           # relative to the repository, with "/"
    line: int


@dataclass
class Extraction:
    found: list[Found] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# ------------------------------------------------------------------ finding the calls

class _Finder(ast.NodeVisitor):
    """Walks one module; ``scopes`` maps local names to what they call."""

    def __init__(self, path: str, result: Extraction, lines: list[str] | None = None) -> None:
        self.path = path
        self.lines = lines or []
        self.result = result
        self.classes: list[str] = []
        self.scopes: list[dict[str, tuple[str, str | None]]] = [{}]
        self.i18n_modules: set[str] = set()     # names bound to the arapp.i18n module
        self.qt_apps: set[str] = set()          # names bound to QCoreApplication & co.
        self.constants: dict[str, str] = {}     # module-level NAME = "literal"

    # -- names

    def _bind(self, name: str, kind: tuple[str, str | None] | None) -> None:
        if kind is None:
            self.scopes[-1].pop(name, None)
        else:
            self.scopes[-1][name] = kind

    def _name_kind(self, name: str) -> tuple[str, str | None] | None:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return None

    def visit_Import(self, node: ast.Import) -> None:  # noqa: N802 - ast API
        for alias in node.names:
            if alias.name == "arapp.i18n" and alias.asname:
                self.i18n_modules.add(alias.asname)
            elif alias.name.startswith("arapp") and not alias.asname:
                self.i18n_modules.add("arapp.i18n")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:  # noqa: N802
        for alias in node.names:
            bound = alias.asname or alias.name
            if node.module == "arapp.i18n" and alias.name in I18N_FUNCTIONS:
                self._bind(bound, (alias.name, None))
            elif node.module == "arapp" and alias.name == "i18n":
                self.i18n_modules.add(bound)
            elif (node.module or "").startswith("PySide6"):
                if alias.name in QT_APPLICATIONS:
                    self.qt_apps.add(bound)
                elif alias.name in ("QT_TRANSLATE_NOOP", "QT_TR_NOOP"):
                    self._bind(bound, (alias.name, None))

    def _callee(self, func: ast.expr) -> tuple[str, str | None] | None:
        """What a call's function is: (kind, class name for self.tr) or None."""
        if isinstance(func, ast.Name):
            kind = self._name_kind(func.id)
            if kind and kind[0] == "QT_TR_NOOP":
                return (kind[0], self.classes[-1] if self.classes else None)
            return kind
        if not isinstance(func, ast.Attribute):
            return None
        owner = _dotted(func.value)
        if func.attr == "tr" and owner == "self":
            return ("self.tr", self.classes[-1] if self.classes else None)
        if func.attr in I18N_FUNCTIONS and owner in self.i18n_modules:
            return (func.attr, None)
        if func.attr == "translate" and owner in self.qt_apps:
            return ("translate", None)
        return None

    # -- scopes

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802
        for d in node.decorator_list + node.bases + [k.value for k in node.keywords]:
            self.visit(d)
        self.classes.append(node.name)
        self.scopes.append({})
        for stmt in node.body:
            self.visit(stmt)
        self.scopes.pop()
        self.classes.pop()

    def _visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        self.scopes.append({})
        self.generic_visit(node)
        self.scopes.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _visit_function  # noqa: N815

    def visit_Assign(self, node: ast.Assign) -> None:  # noqa: N802
        self.generic_visit(node)
        kind = self._callee(node.value) if isinstance(node.value, (ast.Name, ast.Attribute)) else None
        for target in node.targets:
            if isinstance(target, ast.Name):
                self._bind(target.id, kind)
                if len(self.scopes) == 1:
                    value = self._literal(node.value)
                    if value is not None:
                        self.constants[target.id] = value

    # -- literals

    def _literal(self, node: ast.expr | None) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self._literal(node.left), self._literal(node.right)
            return None if left is None or right is None else left + right
        if isinstance(node, ast.Name):
            return self.constants.get(node.id)
        if isinstance(node, ast.Call):  # NAME = QT_TRANSLATE_NOOP("ctx", "src") / noop(...)
            kind = self._callee(node.func)
            if kind and kind[0] in ("noop", "QT_TRANSLATE_NOOP") and len(node.args) == 2:
                return self._literal(node.args[1])
        return None

    # -- calls

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        self.generic_visit(node)
        kind = self._callee(node.func)
        if kind is None:
            return
        what, cls = kind
        args = list(node.args)
        keywords = {k.arg: k.value for k in node.keywords if k.arg}
        if what in ("self.tr", "QT_TR_NOOP"):
            if cls is None:
                self._warn(node, f"{what}() outside a class: its context cannot be known")
                return
            if what == "self.tr" and "disambiguation" in keywords:
                args[1:1] = [keywords["disambiguation"]]
            counted = len(args) >= 3 or "n" in keywords
            self._add(node, cls, args[0] if args else None, args[1] if len(args) > 1 else None, counted)
        elif what in ("tr", "lookup", "noop", "QT_TRANSLATE_NOOP"):
            self._add(node, args[0] if args else None, args[1] if len(args) > 1 else None, None, False,
                      literal_context=True)
        elif what == "trn":
            self._add(node, args[0] if args else None, args[1] if len(args) > 1 else None,
                      args[2] if len(args) > 2 else None, True, literal_context=True)
        elif what == "translate":
            counted = len(args) >= 4 or "n" in keywords
            self._add(node, args[0] if args else None, args[1] if len(args) > 1 else None,
                      args[2] if len(args) > 2 else keywords.get("disambiguation"), counted,
                      literal_context=True)

    def _add(self, node: ast.Call, context: ast.expr | str | None, source: ast.expr | None,
             comment: ast.expr | None, counted: bool, *, literal_context: bool = False) -> None:
        ctx = self._literal(context) if literal_context else context
        src = self._literal(source)
        if not isinstance(ctx, str) or src is None:
            line = self.lines[node.lineno - 1] if node.lineno <= len(self.lines) else ""
            if "# i18n: computed" in line:
                return
            part = "context" if not isinstance(ctx, str) else "source"
            self._warn(node, f"translatable call with a computed {part}: {ast.unparse(node)[:90]}")
            return
        text = ""
        if comment is not None and not (isinstance(comment, ast.Constant) and comment.value is None):
            literal = self._literal(comment)
            if literal is None:
                self._warn(node, f"computed disambiguation or plural: {ast.unparse(node)[:90]}")
                return
            text = literal
        if counted and not text:
            self._warn(node, "a count needs its English plural: self.tr(singular, plural, n)")
            return
        self.result.found.append(Found(ctx, src, text, counted, self.path, node.lineno))

    def _warn(self, node: ast.AST, message: str) -> None:
        self.result.warnings.append(f"{self.path}:{getattr(node, 'lineno', 0)}: {message}")


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return None if base is None else f"{base}.{node.attr}"
    return None


def extract_source(text: str, path: str = "<source>", result: Extraction | None = None) -> Extraction:
    """The translatable calls of one module's text."""
    result = result if result is not None else Extraction()
    _Finder(path, result, text.splitlines()).visit(ast.parse(text, filename=path))
    return result


def extract(package: Path = PACKAGE) -> Extraction:
    """The translatable calls of every module under ``package`` (in path order)."""
    result = Extraction()
    base = package.parent
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(base).as_posix()
        extract_source(path.read_text(encoding="utf-8"), rel, result)
    return result


# ------------------------------------------------------------------ updating the catalogs

def area_of(path: str) -> str:
    """The catalog area of a module path (see AREAS)."""
    for pattern, area in AREAS:
        if fnmatchcase(path, pattern):
            return area
    return "core"


@dataclass
class FileChange:
    name: str
    added: int = 0
    vanished: int = 0
    restored: int = 0
    merged: int = 0     # duplicate copies of an entry dropped from this file


def _catalog_name(area: str, language: str) -> str:
    return f"{area}_{language}.ts"


def update_catalogs(found: list[Found], catalogs: dict[str, tuple[str, list[Message]]]
                    ) -> tuple[dict[str, list[Message]], dict[str, FileChange]]:
    """The new contents of every catalog of one language (file name -> messages) for the
    calls ``found``, and what changed per file. ``catalogs`` is file name -> (language,
    messages) as read; no file is created or removed."""
    languages = {lang for lang, _m in catalogs.values()}
    language = languages.pop() if len(languages) == 1 else ""
    # What the code asks for, with the first place each key is used.
    wanted: dict[tuple[str, str, str], Found] = {}
    for f in sorted(found, key=lambda f: (f.path, f.line)):
        wanted.setdefault((f.context, f.source, f.comment), f)

    # Where each existing key lives now (a duplicate key: the copy in its area's file wins).
    homes: dict[tuple[str, str, str], list[tuple[str, Message]]] = defaultdict(list)
    for name in sorted(catalogs):
        for m in catalogs[name][1]:
            homes[m.key].append((name, m))
    files_of_context: dict[str, Counter[str]] = defaultdict(Counter)
    for key, places in homes.items():
        for name, _m in places:
            files_of_context[key[0]][name] += 1

    # Suggestions: the one translation a source has in other contexts.
    suggestions: dict[tuple[str, bool], set[str]] = defaultdict(set)
    for places in homes.values():
        for _name, m in places:
            if m.state is None and all(m.forms):
                suggestions[(m.source, m.numerus)].add(m.forms[0])

    def area_file(f: Found) -> str | None:
        name = _catalog_name(area_of(f.path), language)
        return name if name in catalogs else None

    def home_for_new(f: Found) -> str:
        own = area_file(f)
        counts = files_of_context.get(f.context)
        if own and (not counts or own in counts):
            return own
        if counts:
            return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0]
        core = _catalog_name("core", language)
        return own or (core if core in catalogs else sorted(catalogs)[0])

    out: dict[str, list[Message]] = {name: [] for name in catalogs}
    changes = {name: FileChange(name) for name in catalogs}
    for key, places in homes.items():
        f = wanted.get(key)
        name, m = places[0]
        if len(places) > 1:
            own = area_file(f) if f is not None else None
            name, m = next(((n, msg) for n, msg in places if n == own), places[0])
            for other, _m in places:
                if other != name:
                    changes[other].merged += 1
        if f is None:
            if m.state is None:
                m = m._replace(state="vanished")
                changes[name].vanished += 1
            elif m.state == "unfinished":
                m = m._replace(state="obsolete")
                changes[name].vanished += 1
        else:
            if m.state in ("vanished", "obsolete"):
                m = m._replace(state=None if m.state == "vanished" else "unfinished")
                changes[name].restored += 1
            if m.numerus != f.numerus:
                m = m._replace(numerus=f.numerus)
        out[name].append(m)
    def suggest(f: Found) -> str:
        if f.numerus:  # a count that had only its plural before: that message's words
            for _name, m in homes.get((f.context, f.comment, ""), []):
                if all(m.forms):
                    return m.forms[0]
        texts = suggestions.get((f.source, f.numerus), set())
        return next(iter(texts)) if len(texts) == 1 else ""

    for key, f in wanted.items():
        if key in homes:
            continue
        name = home_for_new(f)
        suggestion = suggest(f)
        out[name].append(Message(f.context, f.source, f.comment, f.numerus, (suggestion,), "unfinished"))
        changes[name].added += 1
    for messages in out.values():
        messages.sort(key=lambda m: (m.context, m.source, m.comment))
    return out, changes


# ------------------------------------------------------------------ writing

def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))


def render_catalog(language: str, messages: list[Message]) -> str:
    """The text of a .ts file (Qt Linguist 2.1, as lupdate writes it, without locations)."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{_escape(language)}">']
    by_context: dict[str, list[Message]] = defaultdict(list)
    for m in messages:
        by_context[m.context].append(m)
    for context in sorted(by_context):
        lines += ["    <context>", f"        <name>{_escape(context)}</name>"]
        for m in by_context[context]:
            lines.append('        <message numerus="yes">' if m.numerus else "        <message>")
            lines.append(f"            <source>{_escape(m.source)}</source>")
            if m.comment:
                lines.append(f"            <comment>{_escape(m.comment)}</comment>")
            for tag, text in m.notes:
                lines.append(f"            <{tag}>{_escape(text)}</{tag}>")
            state = f' type="{m.state}"' if m.state else ""
            if m.numerus:
                lines.append(f"            <translation{state}>")
                for form in m.forms:
                    lines.append(f"                <numerusform>{_escape(form)}</numerusform>")
                lines.append("            </translation>")
            else:
                lines.append(f"            <translation{state}>{_escape(m.translation)}</translation>")
            lines.append("        </message>")
        lines.append("    </context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ the command

def run(check: bool = False, translations: Path = TRANSLATIONS, package: Path = PACKAGE,
        out=sys.stdout) -> int:
    """Extract, update (or with ``check`` only compare) the catalogs, print a summary.
    Returns the exit code: 1 when ``check`` finds a catalog out of date."""
    extraction = extract(package)
    keys = {(f.context, f.source, f.comment) for f in extraction.found}
    contexts = {f.context for f in extraction.found}
    modules = {f.path for f in extraction.found}
    say = lambda text: print(f"[i18n] {text}", file=out)  # noqa: E731
    say(f"{len(keys)} strings in {len(contexts)} contexts, from {len(modules)} modules "
        f"({len(extraction.found)} calls)")
    for warning in extraction.warnings:
        say(f"warning: {warning}")
    by_language: dict[str, dict[str, tuple[str, list[Message]]]] = defaultdict(dict)
    for path in sorted(translations.glob("*_*.ts")):
        language, messages = read_catalog(path)
        by_language[language or path.stem.split("_", 1)[1]][path.name] = (language, messages)
    stale: list[str] = []
    for language, catalogs in sorted(by_language.items()):
        new, changes = update_catalogs(extraction.found, catalogs)
        unfinished = suggested = 0
        for name, messages in sorted(new.items()):
            text = render_catalog(language, messages)
            path = translations / name
            c = changes[name]
            differs = path.read_text(encoding="utf-8") != text
            if differs:
                stale.append(name)
                if not check:
                    path.write_text(text, encoding="utf-8", newline="\n")
            notes = [f"{c.added} new" if c.added else "", f"{c.vanished} vanished" if c.vanished else "",
                     f"{c.restored} back" if c.restored else "",
                     f"{c.merged} duplicates dropped" if c.merged else ""]
            notes = [n for n in notes if n] or (["rewritten"] if differs else [])
            if notes:
                say(f"{name}: {', '.join(notes)}" + (" (not written: --check)" if check and differs else ""))
            live = [m for m in messages if m.state not in ("vanished", "obsolete")]
            unfinished += sum(1 for m in live if m.state == "unfinished")
            suggested += sum(1 for m in live if m.state == "unfinished" and all(m.forms))
        if unfinished:
            say(f"{language}: {unfinished} strings need a translation ({suggested} with a suggestion to review)")
    if check and stale:
        say("catalogs out of date: run python3 dev.py i18n")
        return 1
    if not stale:
        say("catalogs up to date")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="dev.py i18n", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when a catalog is not up to date with the code")
    args = parser.parse_args(argv)
    return run(check=args.check)


if __name__ == "__main__":
    sys.exit(main())
