"""The bank reconciliation statement (银行存款余额调节表) as a file: a signed PDF (the
statement, then its items, ending with the 编制 / 审核 line) or an Excel workbook (a
sheet each). Reads the report result only; nothing in the books changes."""

from __future__ import annotations

import os
from pathlib import Path

from arapp.errors import ValidationError
from arapp.exports import FORMATS, export_tables
from arapp.i18n import tr
from arapp.reports.bank_reconciliation import Reconciliation

__all__ = ["export_bank_reconciliation"]


def export_bank_reconciliation(reconciliation: Reconciliation, fmt: str, path: str | os.PathLike) -> Path:
    """Write ``reconciliation`` to ``path`` as ``fmt`` ('pdf' or 'xlsx'; anything else is refused)."""
    fmt = (fmt or "").lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValidationError(tr("bank_reports", "The reconciliation is written as pdf or xlsx, not '{fmt}'",
                                 fmt=fmt), field="format")
    return export_tables(reconciliation.tables(), fmt, path, title=reconciliation.title)
