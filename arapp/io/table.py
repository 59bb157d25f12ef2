"""The table in a sheet: its header row found under title and account-information rows by
the names its columns go by, then its data rows, with footer rows (合计, 汇总收入金额 …)
and repeated header rows told apart and skipped.

Generic: the bank statement reader and the onboarding readers give their own synonyms
(field -> the names a column of that field goes by) and required fields.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.io.sheets import Cell, Uncomputed

__all__ = [
    "FOOTER_WORDS",
    "SEARCH_ROWS",
    "Header",
    "HeaderNotFound",
    "data_rows",
    "find_header",
    "header_key",
    "is_footer",
    "match_columns",
]

#: How many rows from the top are searched for the header.
SEARCH_ROWS = 60

#: Words that open a row that is not a transaction: totals, page subtotals, counts, the
#: balances carried, the notes under a statement.
FOOTER_WORDS = (
    "合计", "总计", "小计", "本页小计", "本页合计", "累计", "汇总", "汇总收入金额", "汇总支出金额",
    "收入合计", "支出合计", "借方合计", "贷方合计", "总笔数", "收入笔数", "支出笔数", "借方笔数",
    "贷方笔数", "承前页", "承上页", "过次页", "转下页", "期初余额", "期末余额", "上期余额", "本期余额",
    "total", "subtotal", "sum",
)
_COUNT_ROW = re.compile(r"^共\s*\d+\s*笔")


@dataclass
class Header:
    """The header row found: its index in the sheet's rows (0-based; :attr:`row_no` is the
    row as the spreadsheet shows it), the column of each field found, and the texts of
    the header row by column."""

    row_index: int
    columns: dict[str, int]
    names: list[str] = field(default_factory=list)

    @property
    def row_no(self) -> int:
        """The header's row as a spreadsheet numbers it (1-based)."""
        return self.row_index + 1

    def name_of(self, field_name: str) -> str:
        """The header text of a field's column ("" when the field has no column)."""
        col = self.columns.get(field_name)
        return self.names[col] if col is not None and col < len(self.names) else ""


class HeaderNotFound(ValidationError):
    """No row in the first :data:`SEARCH_ROWS` rows has a column for every required field.
    ``missing`` holds the required fields (or groups of alternatives) the best row lacked."""

    def __init__(self, message: str, missing: list[str | tuple[str, ...]]):
        super().__init__(message)
        self.missing = missing


def header_key(text: object) -> str:
    """A header cell's text as it is compared: full-width forms made plain, case and
    spaces, stars and colons dropped (``"借方发生额（元）："`` -> ``"借方发生额(元)"``)."""
    if text is None or isinstance(text, Uncomputed):
        return ""
    s = unicodedata.normalize("NFKC", str(text)).casefold()
    return re.sub(r"[\s*:：_]+", "", s)


_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|<[^<>]*>")


def _bare(key: str) -> str:
    """A header key without its bracketed parts (units, notes): 交易金额(元) -> 交易金额."""
    return _BRACKETS.sub("", key)


def match_columns(names: Sequence[object], synonyms: Mapping[str, Sequence[str]]) -> dict[str, int]:
    """Which column each field is in, from one row's header texts: a column whose text is
    a field's synonym exactly counts most, then the same without a bracketed unit
    (交易金额(元)), then one containing a synonym of two characters or more. Each column
    goes to one field and each field to one column, best matches first."""
    return _match(names, _compiled(synonyms))


_COMPILED: dict[int, tuple[Mapping[str, Sequence[str]], list[tuple[str, int, str, str]]]] = {}


def _compiled(synonyms: Mapping[str, Sequence[str]]) -> list[tuple[str, int, str, str]]:
    """The synonyms as (field, order, key, key without brackets), made once per mapping."""
    hit = _COMPILED.get(id(synonyms))
    if hit is not None and hit[0] is synonyms:
        return hit[1]
    compiled = []
    for field_name, words in synonyms.items():
        for order, word in enumerate(words):
            w = header_key(word)
            if w:
                compiled.append((field_name, order, w, _bare(w)))
    if len(_COMPILED) > 64:
        _COMPILED.clear()
    _COMPILED[id(synonyms)] = (synonyms, compiled)
    return compiled


def _match(names: Sequence[object], compiled: list[tuple[str, int, str, str]]) -> dict[str, int]:
    candidates: list[tuple[int, int, int, int, str]] = []   # (level, length, -order, -col, field)
    for col, name in enumerate(names):
        if not isinstance(name, str) or not name.strip():
            continue
        key = header_key(name)
        bare = _bare(key)
        for field_name, order, w, wbare in compiled:
            if key == w:
                level = 3
            elif bare == w or bare == wbare:
                level = 2
            elif len(w) >= 2 and w in key:
                level = 1
            else:
                continue
            candidates.append((level, len(w), -order, -col, field_name))
    candidates.sort(reverse=True)
    columns: dict[str, int] = {}
    taken: set[int] = set()
    for _level, _length, _order, neg_col, field_name in candidates:
        col = -neg_col
        if field_name in columns or col in taken:
            continue
        columns[field_name] = col
        taken.add(col)
    return columns


def _satisfies(columns: Mapping[str, int], required: Sequence[str | Sequence[str]]) -> list:
    missing: list[str | tuple[str, ...]] = []
    for need in required:
        if isinstance(need, str):
            if need not in columns:
                missing.append(need)
        elif not any(f in columns for f in need):
            missing.append(tuple(need))
    return missing


def find_header(rows: Sequence[Sequence[Cell]], synonyms: Mapping[str, Sequence[str]], *,
                required: Sequence[str | Sequence[str]], search_rows: int = SEARCH_ROWS,
                describe: Callable[[str], str] | None = None) -> Header:
    """The header row among the first ``search_rows`` rows: the one that has a column for
    every required field (an entry of ``required`` may be a tuple: any one of those
    fields) and the most fields besides; the first such row on a tie.

    Refused with :class:`HeaderNotFound` (a ValidationError) saying which required fields
    no row had and the names looked for; ``describe`` turns a field into words for it
    (the caller adds the file and the sheet)."""
    best: tuple[int, int, dict[str, int]] | None = None
    closest: tuple[int, list] | None = None
    compiled = _compiled(synonyms)
    for index, row in enumerate(rows[:search_rows]):
        columns = _match(row, compiled)
        if not columns:
            continue
        missing = _satisfies(columns, required)
        if missing:
            if closest is None or len(missing) < len(closest[1]):
                closest = (len(columns), missing)
            continue
        if best is None or len(columns) > best[0]:
            best = (len(columns), index, columns)
    if best is None:
        missing = closest[1] if closest else list(required)
        raise HeaderNotFound(_not_found_message(missing, synonyms, describe, search_rows), missing)
    _count, index, columns = best
    names = [_header_text(v) for v in rows[index]]
    return Header(index, columns, names)


def _header_text(value: Cell) -> str:
    if value is None or isinstance(value, Uncomputed):
        return ""
    return " ".join(str(value).split())


def _not_found_message(missing: list, synonyms: Mapping[str, Sequence[str]],
                       describe: Callable[[str], str] | None, search_rows: int) -> str:
    say = describe or (lambda f: f)
    parts = []
    for need in missing:
        group = (need,) if isinstance(need, str) else tuple(need)
        words = "、".join(w for f in group for w in list(synonyms.get(f, ()))[:4])
        what = tr("SheetTable", " or ").join(say(f) for f in group)
        parts.append(tr("SheetTable", "{what} (a column named {words})", what=what, words=words))
    return tr("SheetTable", "no header row found in the first {n} rows: no column for {fields}",
              n=search_rows, fields="; ".join(parts))


@lru_cache(maxsize=16)
def _footer_keys(footer_words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(header_key(w) for w in footer_words)


def is_footer(row: Sequence[Cell], footer_words: Sequence[str] = FOOTER_WORDS) -> bool:
    """Whether a row is a total, a count or a note rather than data: its first filled cell
    opens with a footer word (合计, 本页小计, 共 12 笔 …), or some cell is a footer word
    alone or before a colon (汇总收入金额：…)."""
    words = _footer_keys(tuple(footer_words))
    first = True
    for value in row:
        if value is None or isinstance(value, Uncomputed) or (isinstance(value, str) and not value.strip()):
            continue
        if not isinstance(value, str):
            first = False
            continue
        key = header_key(value)
        if first and (key.startswith(words) or _COUNT_ROW.match(key)):
            return True
        first = False
        if header_key(re.split(r"[:：]", value.strip(), maxsplit=1)[0]) in words:
            return True
    return False


def data_rows(rows: Sequence[Sequence[Cell]], header: Header, *, footer_words: Sequence[str] = FOOTER_WORDS,
              skipped: list[int] | None = None) -> Iterator[tuple[int, Sequence[Cell]]]:
    """The rows under the header as ``(row_no, row)`` (row_no as the spreadsheet shows
    it): empty rows are passed over; footer rows (:func:`is_footer`) and the header row
    repeated (on each printed page) are skipped and their row numbers put in ``skipped``
    when a list is given."""
    header_keys = [header_key(n) for n in header.names]
    n_keys = sum(1 for k in header_keys if k)
    for index in range(header.row_index + 1, len(rows)):
        row = rows[index]
        filled = False
        for v in row:
            if v is not None and v != "" and not (type(v) is str and not v.strip()):
                filled = True
                break
        if not filled:
            continue
        first = row[0] if row else None
        # A row opening with a date, a number or digits is data: checked no further (fast).
        plain = (first is not None and type(first) is not str and not isinstance(first, Uncomputed)) or (
            type(first) is str and first.lstrip()[:1].isdigit())
        if not plain:
            if is_footer(row, footer_words) or _repeats_header(row, header_keys, n_keys):
                if skipped is not None:
                    skipped.append(index + 1)
                continue
        yield index + 1, row


def _repeats_header(row: Sequence[Cell], header_keys: list[str], n_keys: int) -> bool:
    same = sum(1 for v, k in zip(row, header_keys, strict=False) if k and header_key(v) == k)
    return n_keys >= 2 and same >= max(2, n_keys // 2 + 1)
