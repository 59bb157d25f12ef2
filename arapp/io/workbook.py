"""The values a spreadsheet file is read into (:class:`Workbook`, :class:`Sheet`, cells,
:class:`Uncomputed`), the limits a file is held to, and the refusals the readers share.
:mod:`arapp.io.sheets` is the way in; it re-exports these names."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from arapp.errors import FileRefused
from arapp.i18n import tr

#: The most rows one sheet may have (a statement of a busy account for a year is far less).
MAX_ROWS = 200_000
#: The most columns one sheet may have, and the most cells (rows × columns) in all.
MAX_COLUMNS = 1_000
MAX_CELLS = 20_000_000
#: The largest file read at all, and the most a zip may hold uncompressed.
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_UNCOMPRESSED = 1024 * 1024 * 1024
#: A part of a zip compressed more than this many times (and larger than a megabyte) is a
#: bomb: spreadsheet XML compresses about 10 to 30 times.
MAX_RATIO = 200
MAX_ZIP_MEMBERS = 10_000


class Uncomputed:
    """A formula cell saved without its value (written by a program that does not calculate,
    or saved with calculation off): its value is unknown, so it is never read as 0 or empty.
    ``ref`` is the cell as Excel names it (``D7``), ``formula`` its text when known."""

    __slots__ = ("formula", "ref")

    def __init__(self, ref: str, formula: str = "") -> None:
        self.ref = ref
        self.formula = formula

    def __repr__(self) -> str:
        return f"Uncomputed({self.ref!r}, {self.formula!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Uncomputed) and (self.ref, self.formula) == (other.ref, other.formula)

    def __hash__(self) -> int:
        return hash((self.ref, self.formula))


Cell = None | str | int | float | bool | date | datetime | time | timedelta | Uncomputed


@dataclass
class Sheet:
    """One sheet: its name, whether it is hidden, the workbook's date system (1904 for old
    Mac workbooks: it matters for dates stored as plain numbers), and its rows from the
    first (row 1 is ``rows[0]``, column A is ``row[0]``). ``uncomputed`` lists the cells
    (``D7``) holding a formula saved without its value."""

    name: str
    hidden: bool
    date1904: bool
    rows: list[list[Cell]]
    uncomputed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Whether no cell of the sheet holds anything."""
        return not any(filled(v) for row in self.rows for v in row)


@dataclass
class Workbook:
    """A file read: its name (for messages), what it really is (one of :data:`KINDS`), the
    SHA-256 of its bytes (the same file imported twice is known by it), the text encoding
    of a CSV or HTML file ("" for the others), and its sheets in the file's order."""

    file_name: str
    kind: str
    sha256: str
    encoding: str
    sheets: list[Sheet]


def filled(value: Cell) -> bool:
    """Whether a cell holds anything (blank text is empty)."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return True


def refused(file_name: str, problem: str) -> FileRefused:
    """A file refused: its name and the problem in the user's words."""
    return FileRefused(tr("SheetFile", "{file}: {problem}", file=file_name, problem=problem))


def column_number(letters: str) -> int:
    """A column's number from its letters: A -> 1, AA -> 27."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def column_letters(n: int) -> str:
    """A column's letters from its number: 1 -> A, 27 -> AA."""
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def too_many_rows(name: str, rows: int, max_rows: int) -> FileRefused:
    """The refusal of a sheet with more rows than the cap."""
    return refused(name, tr("SheetFile", "a sheet has {rows} rows; at most {limit} rows can be read from one "
                             "file (split it into smaller files, by month for example)",
                             rows=f"{rows:,}", limit=f"{max_rows:,}"))


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector held off while a file is read: reading creates
    hundreds of thousands of objects and no cycles, and the collector's passes over them
    would cost a fifth of the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
