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
from matplotlib.ticker import FuncFormatter

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


def bucket_colors(n: int) -> list:
    """Green for the youngest bucket through red to dark red for the oldest."""
    cmap = colormaps["RdYlGn_r"]
    if n == 1:
        return [cmap(0.15)]
    return [cmap(0.08 + 0.9 * k / (n - 1)) for k in range(n)]


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
    if shown:
        ax.set_xlim(0, max(left) * 1.04 or 1)
    ax.set_yticks(y, names, fontproperties=small)
    ax.xaxis.set_major_formatter(yuan_formatter())
    ax.set_xlabel(tr("reports", "Amount (yuan)"), fontproperties=font)
    ax.set_title(heading, fontproperties=font, loc="left")
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if not shown:
        ax.text(0.5, 0.5, tr("reports", "No open receivables"), transform=ax.transAxes,
                ha="center", va="center", fontproperties=font)
        ax.set_yticks([])

    totals = [t / 100 for t in result.bucket_totals]
    ax_tot.bar(range(n), totals, color=colours, edgecolor="white")
    ax_tot.set_xticks(range(n), [_short(lbl, 6) for lbl in labels], rotation=60, ha="right",
                      fontproperties=small)
    ax_tot.yaxis.set_major_formatter(yuan_formatter())
    ax_tot.set_title(tr("reports", "All customers by bucket"), fontproperties=font, loc="left")
    ax_tot.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax_tot.set_axisbelow(True)
    for side in ("top", "right"):
        ax_tot.spines[side].set_visible(False)
    for tick in (*ax.get_xticklabels(), *ax_tot.get_yticklabels()):
        tick.set_fontsize(8)

    handles = [Patch(facecolor=colours[k], label=labels[k]) for k in range(n)]
    fig.legend(handles=handles, loc="outside lower center", ncol=min(n, 7), prop=small, frameon=False)
    fig.suptitle(tr("reports", "Receivables aging as of {date}", date=result.as_of.isoformat()),
                 fontproperties=chart_font(13))
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
