"""What the terminal prints: aligned tables (CJK counted double), money cells, JSON,
and the exit codes. Nothing here reads the books."""

from __future__ import annotations

import contextlib
import datetime as _dt
import gc
import json
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from arapp.i18n import tr

EXIT_OK = 0
EXIT_REFUSED = 2
TOP_ROWS = 20


class CliError(Exception):
    """A refusal found by the command line itself (its message is translated)."""


def refuse_line(message: str) -> None:
    print(tr("cli", "arapp: {message}", message=message), file=sys.stderr)


# ----------------------------------------------------------------------------- tables

def text_width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters are two wide."""
    if text.isascii():
        return len(text)
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns with an ellipsis when too long."""
    if text_width(text) <= width:
        return text
    out = ""
    for ch in text:
        if text_width(out + ch) > width - 1:
            break
        out += ch
    return out + "…"


def pad(text: str, width: int, right: bool = False) -> str:
    gap = " " * max(0, width - text_width(text))
    return gap + text if right else text + gap


def render_table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[bool],
                 footer: Sequence[Sequence[str]] = ()) -> str:
    """Aligned columns; ``right`` marks the right-aligned (amount) columns."""
    all_rows = [list(headers), *[list(r) for r in rows], *[list(r) for r in footer]]
    widths = [max(text_width(r[i]) for r in all_rows) for i in range(len(headers))]

    def line(r):
        return "  ".join(pad(cell, widths[i], right[i]) for i, cell in enumerate(r)).rstrip()

    rule = "  ".join("-" * w for w in widths)
    out = [line(headers), rule, *[line(r) for r in rows]]
    if footer:
        out.append(rule)
        out.extend(line(r) for r in footer)
    return "\n".join(out)


def report_table_text(table, *, max_rows: int | None = None, cell_width: int | None = None) -> str:
    """A report's ReportTable (title, subtitle, columns, rows, totals) as terminal text;
    only the first ``max_rows`` rows, each cell cut to ``cell_width`` columns."""
    from arapp.reports.table import NUMERIC_KINDS, format_cell

    shown = table.rows if max_rows is None else table.rows[:max_rows]
    body = [[format_cell(v, c.kind, blank_zero=c.blank_zero) for c, v in zip(table.columns, row, strict=True)]
            for row in shown]
    if cell_width is not None:
        body = [[fit(cell, cell_width) for cell in row] for row in body]
    footer = [[format_cell(v, c.kind) for c, v in zip(table.columns, table.totals, strict=True)]] if table.totals else []
    right = [c.kind in NUMERIC_KINDS for c in table.columns]
    return "\n".join([table.title_with_date(), *table.subtitle,
                      render_table([c.label for c in table.columns], body, right, footer)])


# ----------------------------------------------------------------------------- money cells

def money(fen: int) -> str:
    """An amount for a table: 1,234.56 (no currency sign)."""
    from arapp.domain.money import format_amount

    return format_amount(fen, symbol=False)


def money_sign(fen: int) -> str:
    from arapp.domain.money import format_amount

    return format_amount(fen)


def plain(fen: int | None) -> str | None:
    """An amount for JSON: "1234.56"."""
    from arapp.domain.money import format_plain

    return None if fen is None else format_plain(fen)


@contextlib.contextmanager
def big_output():
    """Hold the cyclic garbage collector off while a report over the whole book is built
    and printed: it makes many small containers that all live until printed, and the
    collector would only walk them again and again (Mercurial holds it off the same way
    while it builds large containers). Reference counting frees memory as usual."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# ----------------------------------------------------------------------------- JSON

def _json_default(value):
    if isinstance(value, _dt.date | _dt.datetime):
        return value.isoformat()
    return str(value)


def json_text(data: Any, pretty: bool = False) -> str:
    """``data`` as JSON text: compact on one line, or indented by two when ``pretty``.
    Non-ASCII stays as it is; dates are ISO strings."""
    if pretty:
        return json.dumps(data, ensure_ascii=False, indent=2, default=_json_default)
    # indent=None keeps json on its C encoder (the indented one is pure Python); the data
    # are plain trees built for the output, so the check for circles is left out.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), check_circular=False,
                      default=_json_default)


def print_json(data: Any, pretty: bool = False) -> None:
    print(json_text(data, pretty))


def emit(text: str | Iterable[str], output: str | None, newline: str | None = None) -> int:
    """``text`` (or its pieces, one after another) to stdout, or to the file ``output``
    (CSV, ``newline=""``, with a BOM for Excel), whole or not at all; a path that cannot be
    written is refused in the user's words."""
    pieces = [text] if isinstance(text, str) else text
    if output:
        from arapp.exports.files import write_text_file

        write_text_file(output, pieces, encoding="utf-8-sig" if newline == "" else "utf-8", newline=newline)
        print(tr("cli", "Wrote {path}", path=output))
    else:
        for piece in pieces:
            sys.stdout.write(piece)
    return EXIT_OK
