"""Exports: the one writer of report files. A ``ReportTable`` (or several) becomes a
PDF, an Excel workbook or a CSV file; nothing in the books changes.

- ``export_tables(tables, fmt, path)``: PDF (one document, a section per table, charts
  included), xlsx (a sheet per table) or CSV (one table).
- ``export_report(name, fmt, path, ...)``: a named report of :mod:`arapp.reports.catalog`,
  built and written.
- ``export_aging(result, fmt, path)``: the aging result the user is looking at, in the
  one layout the screen shows too (:func:`arapp.reports.table.aging_table`).
- ``output_file(path)`` (:mod:`arapp.exports.files`): a path that cannot be written
  (no such folder, a folder, not allowed, disk full) is a refusal naming it; no ``.part``
  stays behind.
- ``table_csv(table)`` / ``write_table_csv(table, path)``: one table as CSV text / file.
- ``export_list(table, path, fmt=None)``: a list of the books
  (:mod:`arapp.reports.list_tables`) as xlsx or CSV, the format from the file's
  extension unless given (``list_format``); a list longer than an Excel sheet holds is
  refused as xlsx, with CSV offered.

Where the writers live: the xlsx and CSV writers are here (:mod:`arapp.exports.xlsx`,
:mod:`arapp.exports.csv`); ``arapp.io`` is for imports. The PDF table writer stays in
:mod:`arapp.documents.pdf`, beside the ReportLab fonts, page frame and page numbering
that the letters and statements share, and draws charts from
:mod:`arapp.documents.charts`: exports read documents, never the other way.

Layers: exports read ``reports`` and ``domain`` (and ``documents``); only the faces (CLI,
window) import exports. ReportLab and openpyxl are imported when a file of their kind
is written, so importing this package stays cheap.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Sequence
from pathlib import Path

from arapp.errors import ValidationError
from arapp.exports.csv import table_csv, write_table_csv
from arapp.exports.files import output_file
from arapp.i18n import tr
from arapp.reports import catalog
from arapp.reports.aging import AgingResult
from arapp.reports.company import company_name
from arapp.reports.table import ReportTable, aging_table

__all__ = ["FORMATS", "LIST_FORMATS", "TABLE_FORMATS", "XLSX_MAX_ROWS", "export_aging", "export_list",
           "export_report", "export_tables", "list_format", "table_csv", "write_table_csv"]

#: The file formats of the named reports (several tables each).
FORMATS = ("pdf", "xlsx")
#: The file formats of one table (the aging table, collector performance).
TABLE_FORMATS = ("pdf", "xlsx", "csv")
#: The file formats of a list of the books (every row: a spreadsheet, not a printout).
LIST_FORMATS = ("xlsx", "csv")
#: The rows an Excel sheet holds (title, header, totals and notes included).
XLSX_MAX_ROWS = 1_048_576


def export_tables(tables: Sequence[ReportTable], fmt: str, path: str | os.PathLike, *,
                  title: str | None = None) -> Path:
    """Write tables to ``path`` as a PDF (one document under ``title``), an Excel
    workbook (a sheet per table) or, for one table, CSV. Reads nothing from the books.
    A path that cannot be written is refused (:func:`arapp.exports.files.output_file`)."""
    fmt = (fmt or "").lower().lstrip(".")
    if fmt not in TABLE_FORMATS:
        raise ValidationError(tr("reports", "Unknown export format '{fmt}' (pdf or xlsx)", fmt=fmt))
    with output_file(path):
        return _write_tables(tables, fmt, path, title)


def _write_tables(tables: Sequence[ReportTable], fmt: str, path: str | os.PathLike, title: str | None) -> Path:
    if fmt == "pdf":
        from arapp.documents.pdf import write_table_pdf, write_tables_pdf

        if len(tables) == 1 and title is None:
            return write_table_pdf(tables[0], path)
        return write_tables_pdf(tables, path, title=title)
    if fmt == "xlsx":
        from arapp.exports.xlsx import write_tables_xlsx

        for t in tables:
            _fits_a_sheet(t)
        return write_tables_xlsx(tables, path)
    if len(tables) != 1:
        raise ValueError(f"CSV holds one table, not {len(tables)}; write pdf or xlsx")
    return write_table_csv(tables[0], path)


def export_report(name: str, fmt: str, path: str | os.PathLike, as_of: _dt.date | str | None = None,
                  month: str | None = None, options: catalog.ReportOptions | None = None) -> Path:
    """Build the named report (read-only) and write it to ``path`` as ``fmt`` ('pdf' or
    'xlsx'); ``options`` as :func:`arapp.reports.catalog.build_report` takes them. A
    signed report's PDF ends with the 编制 / 审核 line."""
    when, month = catalog.resolve_dates(name, as_of, month)
    tables = catalog.build_report(name, as_of, month, options)
    return export_tables(tables, fmt, path, title=catalog.report_title(name, when, month))


def export_aging(result: AgingResult, fmt: str, path: str | os.PathLike) -> Path:
    """Write an aging result (any view) as a PDF with its chart, an Excel sheet or CSV,
    in the layout of :func:`arapp.reports.table.aging_table`."""
    return export_tables([aging_table(result, company_name())], fmt, path)


def _fits_a_sheet(table: ReportTable) -> None:
    """Refuse, before any work, a table longer than an Excel sheet holds."""
    lines = 1 + bool(table.company) + len(table.subtitle) + 1 + bool(table.totals) + (
        1 + len(table.footnotes) if table.footnotes else 0)
    if len(table.rows) + lines > XLSX_MAX_ROWS:
        raise ValidationError(tr("exports", "{title} has {n} rows, more than an Excel sheet holds "
                                            "({most}); export it as CSV instead.", title=table.title,
                                 n=f"{len(table.rows):,}", most=f"{XLSX_MAX_ROWS - lines:,}"), field="format")


def list_format(path: str | os.PathLike, fmt: str | None = None) -> str:
    """The format a list is written in: ``fmt`` when given, else the file's extension
    (``.xlsx`` or ``.csv``); anything else is refused naming the file."""
    if fmt:
        chosen = fmt.lower().lstrip(".")
        if chosen not in LIST_FORMATS:
            raise ValidationError(tr("exports", "Unknown list format '{fmt}': xlsx or csv", fmt=fmt), field="format")
        return chosen
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in LIST_FORMATS:
        return suffix
    raise ValidationError(tr("exports", "Cannot tell the format of {path}: name the file .xlsx or .csv, or give "
                                        "the format (xlsx or csv).", path=str(path)), field="format")


def export_list(table: ReportTable, path: str | os.PathLike, fmt: str | None = None) -> Path:
    """Write one list (a :class:`ReportTable` of :mod:`arapp.reports.list_tables`) to
    ``path`` as xlsx or CSV; the format from the extension unless ``fmt`` is given."""
    return export_tables([table], list_format(path, fmt), path)
