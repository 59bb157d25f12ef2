"""CSV export of one report table: the header row, the rows and the totals row.

Cells are plain values a spreadsheet reads back: money as ``1234.56`` (no thousands
separator, no symbol), dates ISO, counts as digits, ratios as a fraction rounded to
four places (``0.1235`` is 12.35%; a change in a ratio alike, ``0.0250`` is 2.50
percentage points), moments as ``2026-03-10 09:30:00``, empty for ``None``. Files are
UTF-8 with a byte order mark, so Excel opens Chinese text correctly, and lines end in
CRLF (RFC 4180).

Text never turns into a formula (as in the xlsx export): a text cell starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return (``FORMULA_PREFIXES``) gets a
quote in front (OWASP's rule for CSV injection), so ``=HYPERLINK(...)`` arrives as the
text ``'=HYPERLINK(...)``. Only text gets it: amounts, counts and ratios are formatted
here from numbers, so ``-1234.56`` stays a number. The control characters the xlsx
export drops (C0 except tab, line feed and carriage return) are dropped here too.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import os
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from arapp.domain.money import format_plain
from arapp.domain.text import FORMULA_PREFIXES
from arapp.reports.table import ReportTable

__all__ = ["table_csv", "write_table_csv"]

_RATIO_STEP = Decimal("0.0001")
_ONE_PLACE = Decimal("0.1")
_DROPPED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _text(value: str) -> str:
    """Text as a spreadsheet must read it: never a formula, no control characters."""
    value = _DROPPED.sub("", value)
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def _cell(value: Any, kind: str) -> Any:
    if value is None:
        return ""
    if isinstance(value, str):
        return _text(value)
    if kind == "money" and isinstance(value, int):
        return format_plain(value)
    if isinstance(value, _dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if kind in ("percent", "points") and not isinstance(value, str):
        return str(Decimal(value).quantize(_RATIO_STEP, rounding=ROUND_HALF_UP))
    if kind == "number" and not isinstance(value, str):
        return str(Decimal(value).quantize(_ONE_PLACE, rounding=ROUND_HALF_UP))
    if kind == "text":
        return _text(str(value))
    return value


def table_csv(table: ReportTable) -> str:
    """The table as CSV text: column labels, every row, then the totals row if any."""
    buf = io.StringIO()
    w = csv.writer(buf)
    kinds = [c.kind for c in table.columns]
    w.writerow([_text(c.label) for c in table.columns])
    for row in table.rows + ([table.totals] if table.totals else []):
        w.writerow([_cell(v, k) for k, v in zip(kinds, row, strict=True)])
    return buf.getvalue()


def write_table_csv(table: ReportTable, path: str | os.PathLike) -> Path:
    """Write the table to ``path`` as CSV (UTF-8 with BOM); returns the path."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
        f.write(table_csv(table))
    os.replace(tmp, path)
    return path
