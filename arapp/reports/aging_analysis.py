"""The monthly aging analysis report (应收账款账龄分析报告), as of a month's last day.

Sections, each a ``ReportTable``:

1. key ratios: overdue ratio (逾期率 = overdue / total open) and collection rate
   (回收率 = collected / (opening AR + billed)), this month and last, and the change in
   percentage points (个百分点, never %);
2. the movement of receivables over the month: opening AR, billed, collected,
   credit notes applied, voids and other adjustments, closing AR (this month and last);
3. aging by bucket: this month, last month, change and share (with the chart);
4. the ten customers with the most overdue;
5. aging by customer.

"AR" here is the open invoice balance the aging report ages (unapplied advance
payments are not netted off). Collected is money from receipts applied to invoices
with an allocation dated in the month (a reversed receipt counts back); voids and
other adjustments is whatever else moved the balance, so the movement always adds up.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from arapp import names
from arapp.db.database import db
from arapp.domain.dates import add_months, month_bounds
from arapp.i18n import tr
from arapp.reports.aging import AgingResult, aging
from arapp.reports.company import company_name
from arapp.reports.table import Column, ReportTable, aging_table, ratio

__all__ = ["MonthFigures", "aging_analysis_report", "aging_analysis_title", "month_figures", "month_label"]


@dataclass
class MonthFigures:
    """One month's receivable movement, in fen; ``aging`` is as of the month's last day."""

    first: _dt.date
    last: _dt.date
    aging: AgingResult
    opening: int           # open invoice balance at the end of the previous month
    billed: int            # invoices issued in the month (posted; voided ones too, see other)
    collected: int         # receipts applied to invoices, allocations dated in the month
    credit_notes: int      # credit notes applied to invoices in the month
    closing: int           # open invoice balance at the end of the month

    @property
    def other(self) -> int:
        """Voids, write-offs and anything else that moved the balance (usually negative)."""
        return self.closing - self.opening - self.billed + self.collected + self.credit_notes

    @property
    def overdue(self) -> int:
        return self.aging.total_overdue

    @property
    def overdue_ratio(self):
        return ratio(self.overdue, self.closing)

    @property
    def collection_rate(self):
        return ratio(self.collected, self.opening + self.billed)


def month_label(first: _dt.date) -> str:
    return tr("reports", "{year}-{month}", year=first.year, month=f"{first.month:02d}")


def aging_analysis_title(month: str) -> str:
    first, _ = month_bounds(month)
    return tr("reports", "Receivables aging analysis report, {month}", month=month_label(first))


def _month_sums(first: _dt.date, last: _dt.date) -> tuple[int, int, int]:
    """(billed, collected, credit notes applied) in the month, one query."""
    p = db.obj.param
    f, lst, nxt = first.isoformat(), last.isoformat(), (last + _dt.timedelta(days=1)).isoformat()
    # Allocations on invoices already voided by the month's end are left out: the void
    # takes the invoice out of the balance as a whole (in "other").
    live_invoice = (f"i.status <> 'draft' AND i.issue_date <= {p} "
                    f"AND NOT (i.status = 'void' AND i.voided_at < {p})")
    sql = (
        f"SELECT (SELECT COALESCE(SUM(i.total), 0) FROM invoice i "
        f"        WHERE i.status <> 'draft' AND i.issue_date >= {p} AND i.issue_date <= {p}), "
        f"(SELECT COALESCE(SUM(a.amount), 0) FROM allocation a JOIN invoice i ON i.id = a.invoice_id "
        f"        WHERE a.receipt_id IS NOT NULL AND a.date >= {p} AND a.date <= {p} AND {live_invoice}), "
        f"(SELECT COALESCE(SUM(a.amount), 0) FROM allocation a JOIN invoice i ON i.id = a.invoice_id "
        f"        WHERE a.credit_note_id IS NOT NULL AND a.date >= {p} AND a.date <= {p} AND {live_invoice})"
    )
    params = [f, lst, f, lst, lst, nxt, f, lst, lst, nxt]
    billed, collected, notes = db.execute_sql(sql, params).fetchone()
    return int(billed), int(collected), int(notes)


def month_figures(month: str, *, scheme=None, opening: AgingResult | None = None) -> MonthFigures:
    """The month's aging and movement (``month`` like ``2026-03``)."""
    first, last = month_bounds(month)
    end = aging(last, scheme=scheme)
    before = opening if opening is not None else aging(first - _dt.timedelta(days=1), scheme=end.scheme)
    billed, collected, notes = _month_sums(first, last)
    return MonthFigures(first, last, end, before.total, billed, collected, notes, end.total)


def aging_analysis_report(month: str, *, scheme=None, company: str | None = None) -> list[ReportTable]:
    """The monthly aging analysis report for ``month`` (YYYY-MM), as tables."""
    first, last = month_bounds(month)
    company = company_name() if company is None else company
    prev_first = add_months(first, -1)
    prev_month = f"{prev_first.year:04d}-{prev_first.month:02d}"
    # Last month's closing aging is this month's opening: compute it once.
    prev = month_figures(prev_month, scheme=scheme)
    this = month_figures(month, scheme=prev.aging.scheme, opening=prev.aging)
    label, prev_label = month_label(first), month_label(prev_first)
    this_col, last_col = (tr("reports", "This month ({month})", month=label),
                          tr("reports", "Last month ({month})", month=prev_label))
    scheme_line = tr("reports", "Scheme: {scheme}; {basis}", scheme=this.aging.scheme.display_name(),
                     basis=names.aging_basis("due"))
    common = {"company": company, "as_of": last, "signature": True}

    def change(a, b):
        return None if a is None or b is None else a - b

    ratios = ReportTable(
        title=tr("reports", "Key ratios"),
        columns=[Column("item", tr("reports", "Measure")), Column("this", this_col, "percent"),
                 Column("last", last_col, "percent"), Column("change", tr("reports", "Change"), "points")],
        rows=[
            [tr("reports", "Overdue ratio (overdue / total open)"), this.overdue_ratio, prev.overdue_ratio,
             change(this.overdue_ratio, prev.overdue_ratio)],
            [tr("reports", "Collection rate (collected / (opening + billed))"), this.collection_rate,
             prev.collection_rate, change(this.collection_rate, prev.collection_rate)],
        ],
        footnotes=[tr("reports", "Change is in percentage points.")],
        sheet_name=tr("reports", "Key ratios"), **common,
    )

    movement = ReportTable(
        title=tr("reports", "Movement of receivables"),
        columns=[Column("item", tr("reports", "Item")), Column("this", this_col, "money"),
                 Column("last", last_col, "money")],
        rows=[
            [tr("reports", "Opening receivables"), this.opening, prev.opening],
            [tr("reports", "Billed in the month"), this.billed, prev.billed],
            [tr("reports", "Collected in the month"), -this.collected, -prev.collected],
            [tr("reports", "Credit notes applied"), -this.credit_notes, -prev.credit_notes],
            [tr("reports", "Voids and other adjustments"), this.other, prev.other],
        ],
        totals=[tr("reports", "Closing receivables"), this.closing, prev.closing],
        footnotes=[tr("reports", "Open invoice balances in yuan; advance payments are not netted off. "
                                 "Collected: receipts applied to invoices in the month.")],
        sheet_name=tr("reports", "Movement"), **common,
    )

    labels = this.aging.bucket_labels
    this_b, prev_b = this.aging.bucket_totals, prev.aging.bucket_totals
    buckets = ReportTable(
        title=tr("reports", "Aging by bucket"),
        columns=[Column("bucket", tr("reports", "Age")), Column("this", this_col, "money"),
                 Column("last", last_col, "money"), Column("change", tr("reports", "Change"), "money"),
                 Column("share", tr("reports", "Share this month"), "percent")],
        rows=[[lbl, a, b, a - b, ratio(a, this.closing)] for lbl, a, b in zip(labels, this_b, prev_b, strict=True)],
        totals=[tr("reports", "Total"), this.closing, prev.closing, this.closing - prev.closing,
                ratio(this.closing, this.closing)],
        subtitle=[scheme_line], sheet_name=tr("reports", "By bucket"), chart=this.aging, **common,
    )

    prev_overdue = {r.customer_id: r.overdue for r in prev.aging.rows}
    ranked = sorted((r for r in this.aging.rows if r.overdue > 0), key=lambda r: (-r.overdue, r.key))[:10]
    top = ReportTable(
        title=tr("reports", "Top 10 overdue customers"),
        columns=[Column("rank", tr("reports", "Rank"), "int"), Column("code", tr("reports", "Customer code")),
                 Column("name", tr("reports", "Customer")), Column("collector", tr("reports", "Collector")),
                 Column("overdue", tr("reports", "Overdue amount"), "money"),
                 Column("last", tr("reports", "Overdue last month"), "money"),
                 Column("change", tr("reports", "Change"), "money"),
                 Column("total", tr("reports", "Total open"), "money"),
                 Column("share", tr("reports", "Share of all overdue"), "percent")],
        rows=[[k, r.key, r.label, r.extra.get("collector", ""), r.overdue, prev_overdue.get(r.customer_id, 0),
               r.overdue - prev_overdue.get(r.customer_id, 0), r.total, ratio(r.overdue, this.overdue)]
              for k, r in enumerate(ranked, start=1)],
        totals=[None, tr("reports", "Total"), None, None, sum(r.overdue for r in ranked),
                sum(prev_overdue.get(r.customer_id, 0) for r in ranked),
                sum(r.overdue - prev_overdue.get(r.customer_id, 0) for r in ranked),
                sum(r.total for r in ranked), ratio(sum(r.overdue for r in ranked), this.overdue)],
        sheet_name=tr("reports", "Top overdue"), **common,
    )

    by_customer = aging_table(this.aging, company)
    by_customer.title = tr("reports", "Aging by customer")
    by_customer.chart = None
    by_customer.sheet_name = tr("reports", "By customer")
    by_customer.signature = True
    return [ratios, movement, buckets, top, by_customer]
