"""A report table on screen: every numeric column reads right-aligned, percentage points
included, and its cells read as the PDF prints them."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from arapp.reports.table import NUMERIC_KINDS, Column, ReportTable
from arapp.ui.common import AMOUNT_ALIGN
from arapp.ui.models.report_table import ReportTableModel


def test_every_numeric_kind_is_right_aligned_and_text_is_not(ui_app):
    columns = [Column("name", "Name")] + [Column(kind, kind, kind) for kind in NUMERIC_KINDS]
    values = {"money": 123456, "int": 3, "number": Decimal("2.5"), "percent": Decimal("0.125"),
              "points": Decimal("0.0641")}
    table = ReportTable("t", columns, [["甲"] + [values[k] for k in NUMERIC_KINDS]])
    model = ReportTableModel()
    model.set_table(table)
    align = [model.data(model.index(0, c), Qt.ItemDataRole.TextAlignmentRole) for c in range(len(columns))]
    assert align[0] in (None, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter))
    assert all(a is not None and int(a) == int(AMOUNT_ALIGN) for a in align[1:]), align
    points = model.data(model.index(0, 1 + NUMERIC_KINDS.index("points")))
    assert "6.41" in points
