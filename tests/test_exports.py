"""Report exports: Excel cells (formula-safe text, real numbers, frozen header), PDF text
(Chinese headers, totals, page numbers, header repeated), CSV cells, the aging chart, the
aging table the screen and the files share, and the Chinese for the aging labels."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import zipfile
from decimal import Decimal

import openpyxl
import pytest

from arapp import i18n
from arapp.reports.aging import AgingResult, AgingRow, Scheme, aging, default_labels
from arapp.reports.table import Column, ReportTable, aging_table, format_cell

D = dt.date
PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed; "
                                                               "python3 dev.py installs it on Debian/Ubuntu")

NASTY = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\tx", "\rx"]


def pdf_text(path, first: int | None = None, last: int | None = None) -> str:
    args = [PDFTOTEXT, "-layout"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def zh():
    i18n.set_language("zh_CN")
    yield
    i18n.set_language("en")


def small_table(names=NASTY) -> ReportTable:
    cols = [Column("code", "Code"), Column("name", "Name"), Column("due", "Due", "date"),
            Column("days", "Days", "int"), Column("amount", "Amount", "money"), Column("share", "Share", "percent")]
    rows = [[f"C{i}", name, D(2026, 3, i + 1), i * 10, 123456 * (i + 1), Decimal(i) / 8]
            for i, name in enumerate(names)]
    return ReportTable("Test report", cols, rows, company="=cmd|' /C calc'!A0", as_of=D(2026, 3, 31),
                       subtitle=["Scheme: default"], totals=["Total", None, None, None,
                                                             sum(r[4] for r in rows), None],
                       footnotes=["-note"])


# ------------------------------------------------------------------------------ Excel

def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    from arapp.exports.xlsx import write_table_xlsx

    path = write_table_xlsx(small_table(), tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(path).active
    header_row = next(r for r in range(1, 10) if ws.cell(r, 1).value == "Code")
    got = [ws.cell(header_row + 1 + i, 2) for i in range(len(NASTY))]
    assert [c.value for c in got] == NASTY
    assert all(c.data_type == "s" for c in got)
    assert all(c.quotePrefix for c in got)          # stays text when someone edits the cell
    assert ws.cell(2, 1).value == "=cmd|' /C calc'!A0" and ws.cell(2, 1).data_type == "s"
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                xml = z.read(name)
                assert b"<f>" not in xml and b"<f " not in xml


def test_numbers_are_numbers_with_formats_and_the_header_is_frozen(tmp_path):
    from arapp.exports.xlsx import MONEY_FORMAT, write_table_xlsx

    t = small_table(["甲公司", "乙"])
    path = write_table_xlsx(t, tmp_path / "n.xlsx")
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == "Test report (as of 2026-03-31)" and ws["A1"].font.b
    assert any(str(r) == "A1:F1" for r in ws.merged_cells.ranges)
    header_row = 4                                  # title, company, one subtitle line
    assert ws.cell(header_row, 1).value == "Code" and ws.cell(header_row, 1).font.b
    assert ws.freeze_panes == f"A{header_row + 1}"
    first = header_row + 1
    amount = ws.cell(first, 5)
    assert amount.data_type == "n" and amount.value == pytest.approx(1234.56) and amount.number_format == MONEY_FORMAT
    days = ws.cell(first + 1, 4)
    assert days.value == 10 and days.number_format == "0"
    due = ws.cell(first, 3)
    assert due.value.date() == D(2026, 3, 1) and due.number_format == "yyyy-mm-dd"
    assert ws.cell(first + 1, 6).value == pytest.approx(0.125) and ws.cell(first + 1, 6).number_format == "0.00%"
    total = ws.cell(first + 2, 5)
    assert total.value == pytest.approx(3703.68) and total.font.b and ws.cell(first + 2, 1).value == "Total"
    # CJK text counts double for the column width.
    assert ws.column_dimensions["B"].width >= 8


def test_several_tables_become_several_sheets(tmp_path):
    from arapp.exports.xlsx import write_tables_xlsx

    a, b = small_table(["x"]), small_table(["y"])
    a.sheet_name, b.sheet_name = "Sheet/one", "Sheet/one"
    wb = openpyxl.load_workbook(write_tables_xlsx([a, b], tmp_path / "m.xlsx"))
    assert wb.sheetnames == ["Sheet_one", "Sheet_one (2)"]


# ------------------------------------------------------------------------------ PDF

def synthetic_aging(n: int, *, as_of: dt.date | None = None) -> AgingResult:
    scheme = Scheme("default", (0, 30, 60, 90, 180, 365), builtin=True)
    rows = [AgingRow(f"C{i:06d}", f"客户{i}号有限公司", [(i * 7919 + k * 104729) % 5_000_000 if (i + k) % 3 else 0
                                                       for k in range(7)], credit=(i % 5 == 0) * 12345,
                     customer_id=i) for i in range(n)]
    return AgingResult(as_of or D(2026, 3, 31), "due", scheme, "customer", rows)


@needs_pdftotext
def test_pdf_in_chinese_has_headers_totals_and_page_numbers(tmp_path, zh):
    from arapp.documents.pdf import write_table_pdf

    result = synthetic_aging(60)
    t = aging_table(result, "上海锦绣物业管理有限公司")
    path = write_table_pdf(t, tmp_path / "aging.pdf")
    text = pdf_text(path)
    for word in ("应收账款账龄分析表", "上海锦绣物业管理有限公司", "截至 2026-03-31", "未到期", "1-30天",
                 "365天以上", "客户编码", "客户名称", "预收款", "合计"):
        assert word in text, word
    total = format_cell(result.total, "money")
    assert re.fullmatch(r"\d{1,3}(,\d{3})+\.\d\d", total)
    assert total in text
    assert format_cell(result.bucket_totals[1], "money") in text
    flat = re.sub(r"\s+", "", text)     # pdftotext may drop the spaces of "第 x 页 / 共 y 页"
    pages = int(re.search(r"共(\d+)页", flat).group(1))
    assert pages >= 2 and f"第{pages}页/共{pages}页" in flat


@needs_pdftotext
def test_long_tables_repeat_the_header_on_every_page(tmp_path):
    from arapp.documents.pdf import write_table_pdf

    cols = [Column("n", "Number", "int"), Column("name", "Customer name"), Column("amount", "Amount", "money")]
    rows = [[i, f"customer {i}", i * 100] for i in range(600)]
    t = ReportTable("Long", cols, rows, totals=["", "Total", sum(r[2] for r in rows)])
    path = write_table_pdf(t, tmp_path / "long.pdf")
    text = pdf_text(path)
    pages = text.count("\f")
    assert pages >= 10
    for page in (2, pages):
        assert "Customer name" in pdf_text(path, page, page)
    assert "customer 599" in text and "179,700.00" in text   # sum(0..599) * 100 fen


def test_pdf_embeds_the_chinese_font(tmp_path):
    from arapp.documents.pdf import FONT_NAME, pdf_font, write_table_pdf

    name, embedded = pdf_font()
    path = write_table_pdf(small_table(["甲公司"]), tmp_path / "f.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    if embedded:
        assert name == FONT_NAME and b"/FontFile2" in data
    assert b"/Helvetica" not in data


def test_a_pdf_of_several_sections_with_a_chart(tmp_path):
    from arapp.documents.pdf import write_tables_pdf

    result = synthetic_aging(8)
    t = aging_table(result, "公司")
    empty = ReportTable("Nothing here", [Column("a", "A")], [])
    path = write_tables_pdf([t, empty], tmp_path / "s.pdf", title="Monthly")
    assert path.stat().st_size > 20_000               # the chart image is in it


# ------------------------------------------------------------------------------ chart

def test_aging_chart_renders_to_png(zh):
    import io

    from arapp.documents.charts import aging_chart

    fig = aging_chart(synthetic_aging(40), top=15)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=80)
    png = buf.getvalue()
    assert png.startswith(b"\x89PNG") and len(png) > 5_000
    ax = fig.axes[0]
    assert len(ax.get_yticklabels()) == 15
    assert ax.get_xlabel() == "金额（元）"
    assert ax.xaxis.get_major_formatter()(1234567, 0) == "1,234,567"


def test_chart_for_group_views_and_an_empty_result():
    from arapp.documents.charts import aging_chart

    res = synthetic_aging(3)
    res.view = "collector"
    assert len(aging_chart(res).axes[0].patches) == 3 * 7
    empty = synthetic_aging(0)
    aging_chart(empty).savefig(__import__("io").BytesIO(), format="png")


# ------------------------------------------------------------------------------ table and labels

def test_default_bucket_labels_in_chinese(zh):
    assert default_labels((0, 30, 60, 90, 180, 365)) == (
        "未到期", "1-30天", "31-60天", "61-90天", "91-180天", "181-365天", "365天以上")
    assert default_labels((365, 730, 1095)) == ("1年以内", "1-2年", "2-3年", "3年以上")
    assert default_labels((30, 60)) == ("30天以内", "31-60天", "60天以上")


def test_format_cell():
    assert format_cell(123456789, "money") == "1,234,567.89"
    assert format_cell(-5, "money") == "-0.05"
    assert format_cell(0, "money", blank_zero=True) == ""
    assert format_cell(Decimal(2) / 3, "percent") == "66.67%"
    assert format_cell(Decimal("0.00005"), "percent") == "0.01%"     # half up
    assert format_cell(Decimal("17.25"), "number") == "17.3"
    assert format_cell(None, "date") == "" and format_cell(D(2026, 1, 2), "date") == "2026-01-02"


def test_aging_table_views(sqlite_db):
    from arapp.services import customers, invoices, receipts

    a = customers.create_customer(name="A公司", payment_terms_days=0, category="贸易客户").code
    b = customers.create_customer(name="B业主", payment_terms_days=0, category="业主").code
    invoices.create_invoice(a, D(2026, 1, 1), amount=10000, post=True)
    receipts.record_receipt(b, D(2026, 2, 1), 8000)
    cust = aging_table(aging(D(2026, 3, 31)), "X")
    assert [c.key for c in cust.columns][:4] == ["code", "name", "collector", "bucket0"]
    assert cust.totals[-3:] == [10000, 8000, 2000]
    inv = aging_table(aging(D(2026, 3, 31), view="invoice"), "X")
    assert inv.rows[0][:6] == ["INV-2026-000001", a, "A公司", D(2026, 1, 1), D(2026, 1, 1), 89]
    cat = aging_table(aging(D(2026, 3, 31), view="category"), "X")
    assert {r[0]: r[1] for r in cat.rows} == {"业主": 1, "贸易客户": 1} and cat.totals[1] == 2


def test_pdf_falls_back_to_the_builtin_chinese_font(tmp_path, monkeypatch):
    from arapp.documents import pdf

    monkeypatch.setattr(pdf, "_font", None)
    monkeypatch.setattr(pdf, "cjk_font_path", lambda: None)
    assert pdf.pdf_font() == (pdf.FALLBACK_FONT, False)
    path = pdf.write_table_pdf(small_table(["甲公司"]), tmp_path / "cid.pdf")
    assert b"STSong-Light" in path.read_bytes()


# ------------------------------------------------------------------------------ CSV and the one exporter

def test_csv_has_plain_amounts_iso_dates_and_the_totals_row(tmp_path):
    from arapp.exports import export_tables

    t = small_table(["甲公司", "=1+2"])
    path = export_tables([t], "csv", tmp_path / "t.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw      # BOM for Excel, CRLF lines
    lines = list(__import__("csv").reader(raw.decode("utf-8-sig").splitlines()))
    assert lines[0] == ["Code", "Name", "Due", "Days", "Amount", "Share"]
    assert lines[1] == ["C0", "甲公司", "2026-03-01", "0", "1234.56", "0.0000"]
    assert lines[2] == ["C1", "'=1+2", "2026-03-02", "10", "2469.12", "0.1250"]
    assert lines[3] == ["Total", "", "", "", "3703.68", ""]


def test_csv_holds_one_table_and_unknown_formats_are_refused(tmp_path):
    from arapp.errors import ValidationError
    from arapp.exports import export_tables

    with pytest.raises(ValueError):
        export_tables([small_table(["x"]), small_table(["y"])], "csv", tmp_path / "two.csv")
    with pytest.raises(ValidationError):
        export_tables([small_table(["x"])], "docx", tmp_path / "x.docx")
    assert not list(tmp_path.iterdir())


def test_aging_exports_in_every_format_from_one_table(sqlite_db, tmp_path):
    from arapp.exports import TABLE_FORMATS, export_aging, table_csv
    from arapp.services import customers, invoices

    code = customers.create_customer(name="A公司", payment_terms_days=0).code
    invoices.create_invoice(code, D(2026, 1, 1), amount=10000, post=True)
    result = aging(D(2026, 3, 31))
    for fmt in TABLE_FORMATS:
        assert export_aging(result, fmt, tmp_path / f"aging.{fmt}").stat().st_size > 0
    table = aging_table(result, "")
    assert (tmp_path / "aging.csv").read_bytes().decode("utf-8-sig") == table_csv(table)
    ws = openpyxl.load_workbook(tmp_path / "aging.xlsx").active
    header_row = next(r for r in range(1, 10) if ws.cell(r, 1).value == "Customer code")
    assert [ws.cell(header_row, i + 1).value for i in range(len(table.columns))] == [c.label for c in table.columns]


def test_the_aging_table_has_what_the_screen_shows(sqlite_db):
    from arapp.db.models import User
    from arapp.services import customers, invoices

    collector = User.create(username="liu", display_name="刘洋", role="collector")
    code = customers.create_customer(name="A公司", payment_terms_days=0, collector_id=collector.id).code
    invoices.create_invoice(code, D(2026, 1, 1), amount=10000, post=True)
    result = aging(D(2026, 3, 31))
    table = aging_table(result, "X")
    row = dict(zip((c.key for c in table.columns), table.rows[0], strict=True))
    assert (row["code"], row["name"], row["collector"], row["total"]) == (code, "A公司", "刘洋", 10000)
    assert table.chart is result and result.rows[0].customer_id is not None   # row i is result.rows[i]
    inv = aging_table(aging(D(2026, 3, 31), view="invoice"), "X")
    keys = [c.key for c in inv.columns]
    assert {"number", "customer_code", "customer_name", "due_date", "days_overdue", "total"} <= set(keys)


def test_aging_subtitle_uses_the_one_word_for_basis_and_view(sqlite_db, zh):
    from arapp import names

    result = aging(D(2026, 3, 31), basis="invoice", view="category")
    line = aging_table(result, "X").subtitle[0]
    assert names.aging_basis("invoice") in line and names.aging_view("category") in line
    assert "按开单日" in line
