"""The xlsx writer's data rows (written as XML by arapp.exports.xlsx, not cell by cell by
openpyxl) read back exactly as openpyxl's own cells of the same values would: the same
values, types, number formats and quote prefixes; the rows after them (totals, notes)
numbered on; the autofilter over the data; several sheets each with their own rows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest
from openpyxl import Workbook

from arapp.exports.xlsx import _SheetWriter, write_tables_xlsx
from arapp.reports.table import Column, ReportTable

COLUMNS = [Column("t", "Text"), Column("m", "Money", "money"), Column("i", "Count", "int"),
           Column("d", "Day", "date"), Column("w", "When", "datetime"), Column("p", "Rate", "percent"),
           Column("n", "Average", "number"), Column("x", "Change", "points")]
ROWS = [
    ["普通文字", 123456, 7, dt.date(2026, 12, 3), dt.datetime(2026, 12, 3, 9, 30), Decimal("0.125"), Decimal("12.5"),
     Decimal("0.025")],
    ["=SUM(A1:A9)", -5, 0, dt.date(2000, 1, 1), dt.datetime(2026, 1, 1, 0, 0, 59), Decimal(0), Decimal(0),
     Decimal("-0.1")],
    [" leading space", None, None, None, None, None, None, None],
    ["<b>&amp; \"quoted\" 'x'</b>", "—", "n/a", dt.datetime(2026, 5, 6, 7, 8), dt.date(2026, 5, 6), None, None, None],
    ["@cmd", 1, 10**12, dt.date(2099, 12, 31), dt.datetime(1999, 12, 31, 23, 59), Decimal("1"), Decimal("0.05"),
     Decimal("0")],
    ["-1+2", 99_999_999_999, -3, None, None, Decimal("0.3333"), Decimal("33.35"), Decimal("0.00005")],
    ["", 0, 1, None, None, None, None, None],
    ["line one\nline two", 10, 2, None, None, None, None, None],
]


def table(rows=ROWS, **kw) -> ReportTable:
    return ReportTable("Kinds", COLUMNS, [list(r) for r in rows], company="公司", as_of=dt.date(2026, 12, 3),
                       subtitle=["one", "two"], totals=["Total", 1, 2, None, None, None, None, None],
                       footnotes=["a note", "another"], **kw)


def reference(t: ReportTable, path) -> None:
    """The data rows as openpyxl writes the writer's cells (the writer before issue #11)."""
    wb = Workbook(write_only=True)
    w = _SheetWriter(wb, t, "S")
    for row in t.rows:
        w.ws.append([None if v is None else w.value_cell(v, c.kind) for v, c in zip(row, COLUMNS, strict=True)])
    wb.save(path)


def facts(cell):
    return (cell.value, cell.data_type, cell.number_format if cell.value is not None else None, cell.quotePrefix)


def test_the_data_rows_read_back_as_openpyxls_own_cells(tmp_path):
    t = table()
    write_tables_xlsx([t], tmp_path / "ours.xlsx")
    reference(t, tmp_path / "theirs.xlsx")
    ours = openpyxl.load_workbook(tmp_path / "ours.xlsx").active
    theirs = openpyxl.load_workbook(tmp_path / "theirs.xlsx").active
    header = 5                                   # title, company, two subtitle lines
    assert [c.value for c in ours[header]] == [c.label for c in COLUMNS]
    for i in range(len(ROWS)):
        for j in range(len(COLUMNS)):
            got, want = facts(ours.cell(header + 1 + i, j + 1)), facts(theirs.cell(i + 1, j + 1))
            if isinstance(want[0], float):
                assert got[0] == pytest.approx(want[0], abs=1e-9) and got[1:] == want[1:], (i, j)
            else:
                assert got == want, (i, j, got, want)


def test_the_rows_after_the_data_are_numbered_on_and_the_filter_covers_the_data(tmp_path):
    t = table()
    ws = openpyxl.load_workbook(write_tables_xlsx([t], tmp_path / "t.xlsx")).active
    last = 5 + len(ROWS)
    assert ws.cell(last + 1, 1).value == "Total" and ws.cell(last + 1, 1).font.b
    assert ws.cell(last + 1, 2).value == pytest.approx(0.01) and ws.cell(last + 1, 3).value == 2
    assert ws.cell(last + 3, 1).value == "a note" and ws.cell(last + 4, 1).value == "another"
    assert ws.auto_filter.ref == f"A5:H{last}" and ws.freeze_panes == "A6"
    assert ws.max_row == last + 4


def test_a_carriage_return_in_text_stays_a_carriage_return(tmp_path):
    t = table([["a\rb", 1, 1, None, None, None, None, None]])
    ws = openpyxl.load_workbook(write_tables_xlsx([t], tmp_path / "cr.xlsx")).active
    assert ws.cell(6, 1).value == "a\rb"


def test_several_sheets_each_hold_their_own_rows_and_an_empty_table_has_none(tmp_path):
    a = table(ROWS[:2], sheet_name="A")
    b = table(ROWS[2:], sheet_name="B")
    empty = table([], sheet_name="C")
    wb = openpyxl.load_workbook(write_tables_xlsx([a, b, empty], tmp_path / "m.xlsx"))
    assert [wb[n].cell(6, 1).value for n in ("A", "B")] == ["普通文字", " leading space"]
    assert wb["A"].cell(8, 1).value == "Total" and wb["B"].cell(6 + len(ROWS) - 2, 1).value == "Total"
    assert wb["C"].cell(6, 1).value == "Total"
