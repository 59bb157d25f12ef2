"""A plain report table: the one shape every exporter (Excel, PDF) and screen reads.

A ``ReportTable`` holds raw values, never formatted text: money as integer fen, dates
as ``datetime.date``, counts as ``int``, ratios as ``Decimal`` fractions (0.125 is
12.50%). Each exporter formats at its own edge: Excel writes real numbers with a number
format, the PDF prints ``1,234.56``. ``None`` in any cell means "nothing to show".

``aging_table`` turns an :class:`~arapp.reports.aging.AgingResult` into one for each
of the aging views. No database access here and no Qt.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from arapp import names
from arapp.domain.money import format_amount
from arapp.i18n import tr, trn

if TYPE_CHECKING:
    from arapp.reports.aging import AgingResult

#: Column kinds: how a value is stored and shown.
#: text → str; money → int fen; int → int; date → datetime.date; datetime →
#: datetime.datetime (a contact's or a document's moment, to the minute); percent → Decimal ratio;
#: number → Decimal shown with one decimal place (averages of days).
#: points → Decimal difference of two ratios, printed in percentage points (0.025 is
#: "+2.50 pp", 「+2.50个百分点」): a change in a ratio is never a percent.
KINDS = ("text", "money", "int", "date", "datetime", "percent", "number", "points")
#: The kinds printed right-aligned.
NUMERIC_KINDS = ("money", "int", "percent", "number", "points")


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str = "text"
    blank_zero: bool = False     # show zero amounts as an empty cell (aging buckets)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}; expected one of {', '.join(KINDS)}")


@dataclass
class ReportTable:
    """One table of a report, with what is printed above and below it.

    ``company`` and ``as_of`` head every export; ``subtitle`` adds lines such as the
    scheme and the basis; ``totals`` is one more row (raw values, ``None`` where
    nothing is summed). A totals row holds sums of the summable columns, counts, and
    ratios or averages worked out from the whole (the overall rate, not a sum of
    rates); never a maximum or a minimum, which is left blank. ``signature``: the
    printed report is signed, so the PDF ends with the 编制 / 审核 (prepared by /
    reviewed by) line (:func:`arapp.documents.pdf.write_tables_pdf`); ``chart`` is something the PDF draws above the table (an
    ``AgingResult``, drawn by :func:`arapp.documents.charts.aging_chart`, or a
    matplotlib ``Figure``); Excel leaves it out.
    """

    title: str
    columns: list[Column]
    rows: list[list[Any]]
    company: str = ""
    as_of: _dt.date | None = None
    subtitle: list[str] = field(default_factory=list)
    totals: list[Any] | None = None
    footnotes: list[str] = field(default_factory=list)
    sheet_name: str = ""
    chart: Any = None
    signature: bool = False

    def __post_init__(self) -> None:
        n = len(self.columns)
        if self.totals is not None and len(self.totals) != n:
            raise ValueError(f"totals row has {len(self.totals)} cells for {n} columns")
        for i, row in enumerate(self.rows[:1] + self.rows[-1:]):
            if len(row) != n:
                raise ValueError(f"row {i} has {len(row)} cells for {n} columns")

    def as_of_line(self) -> str:
        return tr("reports", "As of {date}", date=self.as_of.isoformat()) if self.as_of else ""

    def title_with_date(self) -> str:
        """The title followed by the as-of date, as the Excel title row shows it."""
        if not self.as_of:
            return self.title
        return tr("reports", "{title} (as of {date})", title=self.title, date=self.as_of.isoformat())

    def column_index(self, key: str) -> int:
        for i, c in enumerate(self.columns):
            if c.key == key:
                return i
        raise KeyError(key)

    def column_values(self, key: str) -> list[Any]:
        i = self.column_index(key)
        return [row[i] for row in self.rows]


# ------------------------------------------------------------------------------ formatting

_PERCENT_STEP = Decimal("0.0001")   # ratios to hundredths of a percent
_ONE_PLACE = Decimal("0.1")


def ratio(part: int, whole: int) -> Decimal | None:
    """``part / whole`` as a Decimal ratio (None when ``whole`` is zero)."""
    if not whole:
        return None
    return Decimal(part) / Decimal(whole)


def format_points(value: Any) -> str:
    """A change in a ratio as percentage points, signed: 0.025 → ``+2.50 pp`` (「+2.50个百分点」)."""
    q = Decimal(value).quantize(_PERCENT_STEP, rounding=ROUND_HALF_UP) * 100
    return tr("reports", "{value} pp", value=f"{q:+.2f}")


def format_cell(value: Any, kind: str, *, blank_zero: bool = False) -> str:
    """A cell as printed text: money ``1,234.56``, percent ``12.35%`` (half up), points
    ``+2.50 pp``, dates ISO."""
    if value is None or value == "":
        return ""
    if kind == "money":
        if blank_zero and value == 0:
            return ""
        return format_amount(value, symbol=False)
    if kind == "date":
        return value.isoformat() if isinstance(value, _dt.date) else str(value)
    if kind == "datetime":
        return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, _dt.datetime) else str(value)
    if kind == "percent":
        q = Decimal(value).quantize(_PERCENT_STEP, rounding=ROUND_HALF_UP) * 100
        return f"{q:.2f}%"
    if kind == "points":
        return format_points(value)
    if kind == "number":
        return f"{Decimal(value).quantize(_ONE_PLACE, rounding=ROUND_HALF_UP)}"
    if kind == "int":
        if blank_zero and value == 0:
            return ""
        return str(value)
    return str(value)


# ------------------------------------------------------------------------------ aging

def aging_subtitle(result: AgingResult) -> list[str]:
    """The lines under an aging title: scheme, basis, view, and any filters."""
    lines = [tr("reports", "Scheme: {scheme}; {basis}; {view}", scheme=result.scheme.display_name(),
                basis=names.aging_basis(result.basis), view=names.aging_view(result.view))]
    f = result.filters
    parts = []
    if f.category:
        parts.append(tr("reports", "category {value}", value=f.category))
    if f.rating:
        parts.append(tr("reports", "rating {value}", value=f.rating))
    if f.overdue_only:
        parts.append(tr("reports", "overdue only"))
    if f.min_amount is not None:
        parts.append(tr("reports", "at least {amount}", amount=format_amount(f.min_amount)))
    if f.search:
        parts.append(tr("reports", "matching '{text}'", text=f.search))
    if f.collector_id is not None:
        parts.append(tr("reports", "one collector"))
    if f.customer_id is not None:
        parts.append(tr("reports", "one customer"))
    if parts:
        lines.append(tr("reports", "Filtered: {filters}", filters=tr("reports", ", ").join(parts)))
    return lines


def _bucket_columns(result: AgingResult) -> list[Column]:
    return [Column(f"bucket{k}", label, "money", blank_zero=True) for k, label in enumerate(result.bucket_labels)]


def aging_table(result: AgingResult, company: str) -> ReportTable:
    """The aging report as a table, for the view the result was built with: the one
    layout the Aging tab, the PDF, the Excel sheet, the CSV and the terminal show.

    Columns (key: label), then one money column per bucket (``bucket0`` …, the scheme's
    bucket labels, zero shown blank), then:

    - customer view: ``code`` customer code, ``name`` customer, ``collector`` the
      customer's collector; buckets; ``total`` open on invoices, ``credit`` advance
      payments (unapplied receipts and credit notes), ``net`` net balance.
    - invoice view: ``number`` invoice no., ``customer_code``, ``customer_name``,
      ``issue_date``, ``due_date``, ``days_overdue`` (zero blank); buckets; ``total``.
    - collector and category views: ``name`` the collector or the category,
      ``customers`` how many customers; buckets; ``total``, ``credit``, ``net``.

    ``totals`` sums every money column and counts the rows (the customer and invoice
    views name the count in their second or third cell; the group views sum
    ``customers``). Row ``i`` of the table is ``result.rows[i]`` (``table.chart`` is the
    result), so a screen finds the customer, invoice or group behind a row there.
    """
    buckets = _bucket_columns(result)
    total_label = tr("reports", "Total")
    title = tr("reports", "Receivables aging report")
    footnotes = [tr("reports", "Amounts in yuan. The buckets add up to the open invoice balance; "
                               "unapplied receipts and credit notes (advance payments) are shown "
                               "apart and not aged.")]
    view = result.view
    if view == "invoice":
        columns = [
            Column("number", tr("reports", "Invoice no.")),
            Column("customer_code", tr("reports", "Customer code")),
            Column("customer_name", tr("reports", "Customer")),
            Column("issue_date", tr("reports", "Issue date"), "date"),
            Column("due_date", tr("reports", "Due date"), "date"),
            Column("days_overdue", tr("reports", "Days overdue"), "int", blank_zero=True),
            *buckets,
            Column("total", tr("reports", "Total"), "money"),
        ]
        rows = [[r.key, r.extra.get("customer_code", ""), r.label, r.extra.get("issue_date"),
                 r.extra.get("due_date"), r.extra.get("days_overdue", 0), *r.buckets, r.total]
                for r in result.rows]
        totals = [total_label, None, trn("reports", "{n} invoice", "{n} invoices", len(rows)), None, None, None,
                  *result.bucket_totals, result.total]
        footnotes = footnotes[:1]
    elif view == "customer":
        columns = [
            Column("code", tr("reports", "Customer code")),
            Column("name", tr("reports", "Customer")),
            Column("collector", tr("reports", "Collector")),
            *buckets,
            Column("total", tr("reports", "Total"), "money"),
            Column("credit", tr("reports", "Advance payments"), "money", blank_zero=True),
            Column("net", tr("reports", "Net balance"), "money"),
        ]
        rows = [[r.key, r.label, r.extra.get("collector", ""), *r.buckets, r.total, r.credit, r.net]
                for r in result.rows]
        totals = [total_label, trn("reports", "{n} customer", "{n} customers", len(rows)), None, *result.bucket_totals,
                  result.total, result.total_credit, result.total - result.total_credit]
    else:
        name_label = tr("reports", "Collector") if view == "collector" else tr("reports", "Customer category")
        columns = [
            Column("name", name_label),
            Column("customers", tr("reports", "Customers"), "int"),
            *buckets,
            Column("total", tr("reports", "Total"), "money"),
            Column("credit", tr("reports", "Advance payments"), "money", blank_zero=True),
            Column("net", tr("reports", "Net balance"), "money"),
        ]
        rows = [[r.label, r.extra.get("customers", 0), *r.buckets, r.total, r.credit, r.net] for r in result.rows]
        totals = [total_label, sum(r[1] for r in rows), *result.bucket_totals,
                  result.total, result.total_credit, result.total - result.total_credit]
    return ReportTable(
        title=title, columns=columns, rows=rows, company=company, as_of=result.as_of,
        subtitle=aging_subtitle(result), totals=totals, footnotes=footnotes,
        sheet_name=tr("reports", "Aging"), chart=result,
    )
