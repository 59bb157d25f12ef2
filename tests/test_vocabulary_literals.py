"""A group of codes is written once, in arapp/domain/vocabulary.py.

A tuple, list or set of code strings written out by hand in arapp/ that holds exactly
the codes of a vocabulary tuple is that tuple under another name: the day the
vocabulary gains a code, the copy silently disagrees. Such a copy must use the
vocabulary's name. (A group the vocabulary does not name, e.g. ("draft", "void"), is
not judged here.)
"""

from __future__ import annotations

import ast
from pathlib import Path

from arapp.domain import vocabulary as vocab

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "arapp"

#: (file, the codes) -> why that file writes the group out.
ALLOWED: dict[tuple[str, frozenset[str]], str] = {
    ("arapp/i18n.py", frozenset(vocab.TEMPLATE_LANGS)):
        "the window's languages; i18n sits below the domain and may not import the vocabulary",
    ("arapp/reports/statement.py", frozenset(vocab.STATEMENT_ENTRIES)):
        "the order of one day's lines on a statement, which is not the vocabulary's order",
}


def vocabularies() -> dict[str, frozenset[str]]:
    """Every tuple of codes in the vocabulary (two codes or more) by its name."""
    return {name: frozenset(value) for name, value in vars(vocab).items()
            if name.isupper() and isinstance(value, tuple) and len(set(value)) >= 2
            and all(isinstance(code, str) for code in value)}


def written_out_groups(path: Path, source: str | None = None) -> list[tuple[int, frozenset[str]]]:
    """(line, codes) of each tuple, list or set literal of two or more strings in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8") if source is None else source)
    out = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Tuple | ast.List | ast.Set) and len(node.elts) >= 2
                and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts)):
            out.append((node.lineno, frozenset(e.value for e in node.elts)))
    return out


def copies_of_vocabularies() -> list[str]:
    by_codes: dict[frozenset[str], list[str]] = {}
    for name, codes in vocabularies().items():
        by_codes.setdefault(codes, []).append(name)
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        # the vocabulary itself; migrations are history, frozen as they were written
        if rel == "arapp/domain/vocabulary.py" or "/migrations/" in rel:
            continue
        for line, codes in written_out_groups(path):
            if codes in by_codes and (rel, codes) not in ALLOWED:
                found.append(f"{rel}:{line}: {sorted(codes)} is vocabulary.{' / '.join(by_codes[codes])}")
    return found


def test_no_module_writes_out_a_group_of_codes_the_vocabulary_names():
    found = copies_of_vocabularies()
    assert not found, "use the vocabulary's name:\n  " + "\n  ".join(found)


def test_every_allowed_copy_is_still_there():
    live = set()
    for rel, codes in ALLOWED:
        live.update((rel, c) for _line, c in written_out_groups(ROOT / rel) if c == codes)
    assert live == set(ALLOWED), f"no longer written out; remove from ALLOWED: {set(ALLOWED) - live}"


def test_the_reader_finds_a_copy_in_any_order_and_leaves_other_groups_alone():
    source = 'OPEN = ("partly_paid", "posted")\nif s in ["draft", "void"]:\n    pass\nX = ("posted",)\n'
    groups = written_out_groups(PACKAGE / "probe.py", source)
    assert groups == [(1, frozenset(vocab.INVOICE_OPEN_STATUSES)), (2, frozenset({"draft", "void"}))]
    assert frozenset(vocab.INVOICE_OPEN_STATUSES) in vocabularies().values()
    assert frozenset({"draft", "void"}) not in vocabularies().values()


def test_a_message_sent_by_hand_is_a_contact_method_and_named_as_one():
    from arapp import names

    assert set(vocab.MESSAGE_METHODS) <= set(vocab.CONTACT_METHODS)
    assert [names.message_method(c) for c in vocab.MESSAGE_METHODS] == \
        [names.contact_method(c) for c in vocab.MESSAGE_METHODS]
