"""Charts as matplotlib ``Figure`` objects (never pyplot: reports run on worker threads).

The Chinese font is registered with matplotlib's font manager once and set on each
text of the figure through ``FontProperties``; no global ``rcParams`` change, so other
threads' figures are untouched. Figures come with an Agg canvas attached, so
``figure.savefig(buf, format="png")`` works without a GUI; the Qt window can also
put them on its own canvas.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from matplotlib import colormaps
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, fontManager
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from arapp.i18n import tr, trn
from arapp.paths import cjk_font_path
from arapp.reports.aging import AgingResult, AgingRow

__all__ = ["aging_chart", "bucket_colors", "chart_font", "yuan_formatter"]

_font_lock = threading.Lock()
_font_path: str | None = None
_font_done = False


def chart_font(size: float | None = None) -> FontProperties | None:
    """FontProperties for the Chinese font (registered once), or None without one."""
    global _font_path, _font_done
    with _font_lock:
        if not _font_done:
            path = cjk_font_path()
            if path is not None:
                try:
                    fontManager.addfont(str(path))
                    _font_path = str(path)
                except (OSError, RuntimeError, ValueError):
                    _font_path = None
            _font_done = True
    if _font_path is None:
        return FontProperties(size=size) if size else None
    return FontProperties(fname=_font_path, size=size)


def yuan_formatter() -> FuncFormatter:
    """Axis ticks in yuan with thousands separators: 1,250,000."""
    return FuncFormatter(lambda value, _pos: f"{value:,.0f}")


YOUNGEST_COLOR = "#4575b4"     # not yet due (or the youngest bucket): a blue apart from the reds


def bucket_colors(n: int) -> list:
    """A blue for the youngest bucket, then orange through red to a dark red for the
    oldest: each colour reads on white paper (no pale yellow), the overdue buckets
    darken with age, and the order rests on lightness as well as hue, so it holds for
    colour-blind readers and in grey print too."""
    cmap = colormaps["YlOrRd"]
    if n <= 1:
        return [YOUNGEST_COLOR][:n]
    older = n - 1
    if older == 1:
        return [YOUNGEST_COLOR, cmap(0.8)]
    return [YOUNGEST_COLOR, *[cmap(0.38 + 0.6 * k / (older - 1)) for k in range(older)]]


def _short(text: str, limit: int = 16) -> str:
    width, out = 0, ""
    for ch in text:
        width += 2 if ord(ch) > 0x2E80 else 1
        if width > limit * 2:
            return out + "…"
        out += ch
    return out


def _per_customer(rows: Sequence[AgingRow], n: int) -> list[tuple[str, list[int]]]:
    """Invoice rows summed per customer (the invoice view charts by customer)."""
    merged: dict[object, tuple[str, list[int]]] = {}
    for r in rows:
        key = r.customer_id if r.customer_id is not None else r.label
        name, buckets = merged.get(key, (r.label or str(key), [0] * n))
        merged[key] = (name, [a + b for a, b in zip(buckets, r.buckets, strict=True)])
    return list(merged.values())


def aging_chart(result: AgingResult, *, top: int = 15) -> Figure:
    """Stacked bars of the aging buckets.

    Customer (and invoice) view: the ``top`` customers by open total, oldest money in
    red, and beside them the totals of all customers per bucket. Collector and
    category views: one bar per group. Amounts in yuan.
    """
    font = chart_font()
    small = chart_font(8)
    labels = result.bucket_labels
    n = len(labels)
    colours = bucket_colors(n)

    if result.view in ("customer", "invoice"):
        series = (_per_customer(result.rows, n) if result.view == "invoice"
                  else [(r.label or r.key, r.buckets) for r in result.rows])
        series = [s for s in series if sum(s[1]) > 0]
        series.sort(key=lambda s: -sum(s[1]))
        shown = series[:top]
        heading = trn("reports", "Aging: top {n} customer by open amount", "Aging: top {n} customers by open amount", len(shown))
    else:
        shown = [(r.label or r.key, r.buckets) for r in result.rows if r.total > 0]
        heading = (tr("reports", "Aging by collector") if result.view == "collector"
                   else tr("reports", "Aging by customer category"))

    fig = Figure(figsize=(11, max(4.8, 1.6 + 0.32 * len(shown))), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    title = tr("reports", "Receivables aging as of {date}", date=result.as_of.isoformat())
    if not shown:
        # Empty books (or nothing open): a sentence, not 「前 0 名客户」 over axes ticked -0.
        fig.text(0.5, 0.55, tr("reports", "No open receivables as of {date}", date=result.as_of.isoformat()),
                 ha="center", va="center", fontproperties=chart_font(14), color="#555555")
        fig.text(0.5, 0.42, tr("reports", "The chart appears once invoices are posted."),
                 ha="center", va="center", fontproperties=font, color="#777777")
        return fig
    gs = fig.add_gridspec(1, 2, width_ratios=[3.2, 1])
    ax = fig.add_subplot(gs[0, 0])
    ax_tot = fig.add_subplot(gs[0, 1])

    names = [_short(name) for name, _ in shown][::-1]
    values = [b for _, b in shown][::-1]
    y = list(range(len(shown)))
    left = [0.0] * len(shown)
    for k in range(n):
        widths = [v[k] / 100 for v in values]     # fen → yuan for plotting only
        ax.barh(y, widths, left=left, color=colours[k], height=0.7, edgecolor="white", linewidth=0.4)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    ax.set_xlim(0, max(left) * 1.04 or 1)
    ax.set_yticks(y, names, fontproperties=small)
    ax.xaxis.set_major_formatter(yuan_formatter())
    ax.xaxis.set_major_locator(MaxNLocator(nbins=6, min_n_ticks=2))
    ax.set_xlabel(tr("reports", "Amount (yuan)"), fontproperties=font)
    ax.set_title(heading, fontproperties=font, loc="left")
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)

    # The buckets' totals as bars across, youngest on top: the labels stand one under
    # another and never overlap, however narrow the chart.
    totals = [t / 100 for t in result.bucket_totals]
    ax_tot.barh(range(n), totals, color=colours, edgecolor="white", height=0.7)
    ax_tot.set_yticks(range(n), [_short(lbl, 8) for lbl in labels], fontproperties=small)
    ax_tot.invert_yaxis()
    ax_tot.set_xlim(0, max(totals, default=0) * 1.05 or 1)
    ax_tot.xaxis.set_major_formatter(yuan_formatter())
    ax_tot.xaxis.set_major_locator(MaxNLocator(nbins=2, min_n_ticks=2))
    ax_tot.set_title(tr("reports", "All customers by bucket"), fontproperties=font, loc="left")
    ax_tot.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax_tot.set_axisbelow(True)
    for side in ("top", "right"):
        ax_tot.spines[side].set_visible(False)
    for tick in (*ax.get_xticklabels(), *ax_tot.get_xticklabels()):
        tick.set_fontsize(8)

    handles = [Patch(facecolor=colours[k], label=labels[k]) for k in range(n)]
    fig.legend(handles=handles, loc="outside lower center", ncol=min(n, 7), prop=small, frameon=False)
    fig.suptitle(title, fontproperties=chart_font(13))
    return fig


def render_chart_rgba(result: AgingResult, width_px: float, height_px: float, *, dpi: int = 96,
                      top: int = 8) -> tuple[bytes, int, int]:
    """Draw the aging chart at a pixel size and return (RGBA bytes, width, height), for a
    window to show as an image; safe to call on a worker thread (Agg, no pyplot)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = aging_chart(result, top=top)
    fig.set_dpi(dpi)
    fig.set_size_inches(max(width_px, 200) / dpi, max(height_px, 150) / dpi)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    buf = canvas.buffer_rgba()
    h, w = buf.shape[0], buf.shape[1]
    return bytes(buf), w, h
