"""The aging chart (#9): every bucket's colour reads on white paper, from the youngest
bucket to the oldest the overdue money darkens, empty books show a sentence instead of
「前 0 名客户」 and ``-0`` ticks, and the bucket labels never overlap."""

from __future__ import annotations

import datetime as dt

import pytest
from matplotlib.colors import to_rgb

from arapp import i18n
from arapp.domain.aging import Scheme
from arapp.reports.aging import AgingResult, AgingRow


@pytest.fixture
def zh():
    i18n.set_language("zh_CN")
    yield
    i18n.set_language("en")


def luminance(colour) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in to_rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_with_white(colour) -> float:
    return 1.05 / (luminance(colour) + 0.05)


def result(n_rows: int, *, view: str = "customer") -> AgingResult:
    scheme = Scheme("default", (0, 30, 60, 90, 180, 365), builtin=True)
    rows = [AgingRow(f"C{i:06d}", f"客户{i}号有限公司", [(i + 1) * (k + 1) * 100_000 for k in range(7)], customer_id=i)
            for i in range(n_rows)]
    return AgingResult(dt.date(2026, 3, 31), "due", scheme, view, rows)


@pytest.mark.parametrize("n", [2, 4, 7, 9])
def test_every_bucket_colour_reads_on_white_and_older_buckets_are_darker(n):
    from arapp.documents.charts import bucket_colors

    colours = bucket_colors(n)
    assert len(colours) == n
    assert all(contrast_with_white(c) >= 1.6 for c in colours), [round(contrast_with_white(c), 2) for c in colours]
    overdue = [luminance(c) for c in colours[1:]]
    assert overdue == sorted(overdue, reverse=True)            # light → dark for older money
    assert len({tuple(round(x, 3) for x in to_rgb(c)) for c in colours}) == n


def all_texts(fig) -> list[str]:
    fig.canvas.draw()
    out = [t.get_text() for t in fig.texts]
    for ax in fig.axes:
        out += [ax.get_title(), ax.get_title(loc="left"), ax.get_xlabel()]
        out += [t.get_text() for t in ax.texts]
        out += [t.get_text() for t in (*ax.get_xticklabels(), *ax.get_yticklabels())]
    return [t for t in out if t]


def test_empty_books_show_a_sentence_not_top_zero_and_minus_zero(zh):
    from arapp.documents.charts import aging_chart

    texts = all_texts(aging_chart(result(0)))
    assert not any("前 0" in t or "0 名" in t for t in texts), texts
    assert not any(t.replace("−", "-").strip() == "-0" for t in texts), texts
    assert any("没有未结应收" in t or "暂无" in t for t in texts), texts


def test_bucket_labels_of_the_totals_chart_do_not_overlap():
    from arapp.documents.charts import render_chart_rgba

    fig_holder = {}

    import arapp.documents.charts as charts

    real = charts.aging_chart

    def keep(*a, **k):
        fig_holder["fig"] = real(*a, **k)
        return fig_holder["fig"]

    charts.aging_chart = keep
    try:
        render_chart_rgba(result(8), 700, 260, dpi=96)
    finally:
        charts.aging_chart = real
    fig = fig_holder["fig"]
    renderer = fig.canvas.get_renderer()
    for ax in fig.axes:
        for ticks in (ax.get_xticklabels(), ax.get_yticklabels()):
            boxes = [t.get_window_extent(renderer) for t in ticks if t.get_text() and t.get_visible()]
            for a, b in zip(boxes, boxes[1:], strict=False):
                assert not a.overlaps(b), (a, b)
