"""Reading spreadsheet files: every format by its bytes (not its name), the sheet chosen
and said, and every hostile or broken file refused by name with nothing read."""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile

import pytest
import sheet_files as files

from arapp.errors import FileRefused
from arapp.io import sheets
from arapp.io.sheets import Uncomputed, pick_sheet, read_workbook

D = dt.date(2026, 11, 5)
ROWS = [["交易日期", "摘要", "金额"], [D, "货款", 1234.5], [dt.date(2026, 11, 6), "手续费", 3.76]]


def _refusal(path, **kw) -> str:
    with pytest.raises(FileRefused) as caught:
        read_workbook(path, **kw)
    message = caught.value.message
    assert path.name in message
    return message


# --------------------------------------------------------------------------- formats

def test_xlsx_is_read_with_its_cells_as_calamine_gives_them(tmp_path):
    path = files.xlsx(tmp_path, ROWS)
    book = read_workbook(path)
    assert book.kind == "xlsx" and book.encoding == ""
    assert book.file_name == "statement.xlsx"
    assert book.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    (sheet,) = book.sheets
    assert sheet.name == "明细" and not sheet.hidden and not sheet.date1904
    assert sheet.rows == [["交易日期", "摘要", "金额"], [D, "货款", 1234.5], [dt.date(2026, 11, 6), "手续费", 3.76]]


def test_rows_start_at_row_one_even_when_the_first_rows_are_empty(tmp_path):
    path = files.xlsx(tmp_path, [[], [], [None, "交易日期"]])
    rows = read_workbook(path).sheets[0].rows
    assert rows[2][1] == "交易日期"
    assert len(rows) == 3


def test_the_1904_date_system_is_known(tmp_path):
    path = files.xlsx(tmp_path, ROWS, date1904=True)
    sheet = read_workbook(path).sheets[0]
    assert sheet.date1904
    assert sheet.rows[1][0] == D  # calamine applies the workbook's date system to date cells


def test_a_real_xls_is_read(tmp_path):
    book = read_workbook(files.xls(tmp_path, ROWS))
    assert book.kind == "xls"
    assert book.sheets[0].rows[1] == [D, "货款", 1234.5]


def test_an_ods_is_read(tmp_path):
    book = read_workbook(files.ods(tmp_path, ROWS))
    assert book.kind == "ods"
    assert book.sheets[0].rows[1] == [D, "货款", 1234.5]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_csv_in_each_encoding_is_detected(tmp_path, encoding):
    rows = [["交易日期", "摘要", "贷方发生额"], ["2026-11-05", "货款 杭州某某贸易", "1,234.50"]]
    book = read_workbook(files.csv_file(tmp_path, rows, encoding=encoding))
    assert book.kind == "csv"
    assert book.encoding == {"gbk": "gb18030"}.get(encoding, encoding)
    assert book.sheets[0].rows == rows


def test_csv_separated_by_tabs_or_semicolons(tmp_path):
    rows = [["交易日期", "摘要", "金额"], ["2026-11-05", "货款", "1,234.50"]]
    for delimiter in ("\t", ";"):
        path = files.csv_file(tmp_path, rows, delimiter=delimiter, name=f"s{ord(delimiter)}.csv")
        assert read_workbook(path).sheets[0].rows == rows


def test_csv_rows_are_padded_to_the_widest(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("中国建设银行\n交易日期,摘要,金额\n2026-11-05,货款,1.00\n", encoding="utf-8")
    rows = read_workbook(path).sheets[0].rows
    assert rows[0] == ["中国建设银行", "", ""]


def test_an_xls_that_is_really_csv_is_read_as_csv(tmp_path):
    path = files.csv_file(tmp_path, [["交易日期", "金额"], ["2026-11-05", "1.00"]], encoding="gbk",
                          name="export.xls")
    book = read_workbook(path)
    assert book.kind == "csv" and book.encoding == "gb18030"
    assert book.sheets[0].rows[1] == ["2026-11-05", "1.00"]


def test_an_xls_that_is_really_an_html_table_is_read_with_its_spans(tmp_path):
    rows = [["工商银行对账单", ..., ...], ["交易日期", "金额", ...], [..., "借方", "贷方"],
            ["2026-11-05", "", "1,234.50"]]
    path = files.html_xls(tmp_path, rows, spans={(0, 0): (1, 3), (1, 0): (2, 1), (1, 1): (1, 2)})
    book = read_workbook(path)
    assert book.kind == "html" and book.encoding == "gb18030"
    sheet = book.sheets[0]
    assert sheet.name == "Table 1"
    assert sheet.rows == [["工商银行对账单"] * 3, ["交易日期", "金额", "金额"], ["交易日期", "借方", "贷方"],
                          ["2026-11-05", "", "1,234.50"]]


def test_merged_cells_carry_their_value_across_the_merge(tmp_path):
    rows = [["账户明细"], ["交易日期", "发生额", None, "余额"], [None, "借方", "贷方", None],
            [D, None, 5.0, 105.0]]
    path = files.xlsx(tmp_path, rows, merges=["A1:D1", "B2:C2", "A2:A3", "D2:D3"])
    got = read_workbook(path).sheets[0].rows
    assert got[1] == ["交易日期", "发生额", "发生额", "余额"]
    assert got[2] == ["交易日期", "借方", "贷方", "余额"]
    assert got[3] == [D, "", 5.0, 105.0]


# --------------------------------------------------------------------------- which sheet

def test_hidden_sheets_are_passed_over_and_said(tmp_path):
    path = files.xlsx(tmp_path, ROWS, first_hidden=[("旧数据", [["x"]])], extra=[("说明", [["y"]])])
    book = read_workbook(path)
    assert [(s.name, s.hidden) for s in book.sheets] == [("旧数据", True), ("明细", False), ("说明", False)]
    sheet, note = pick_sheet(book)
    assert sheet.name == "明细"
    assert "「明细」" in note and "Hidden sheets not read: 「旧数据」" in note and "「说明」" in note


def test_empty_sheets_before_the_data_are_passed_over(tmp_path):
    path = files.xlsx(tmp_path, [], title="Sheet1", extra=[("流水", ROWS)])
    sheet, note = pick_sheet(read_workbook(path))
    assert sheet.name == "流水"
    assert "Empty sheets passed over: 「Sheet1」" in note


def test_a_sheet_chosen_by_name_is_read_even_hidden(tmp_path):
    path = files.xlsx(tmp_path, ROWS, hidden=[("隐藏", [["交易日期"]])])
    sheet, note = pick_sheet(read_workbook(path), "隐藏")
    assert sheet.name == "隐藏" and "「隐藏」" in note


def test_a_sheet_that_does_not_exist_is_refused_with_the_names(tmp_path):
    path = files.xlsx(tmp_path, ROWS)
    with pytest.raises(FileRefused, match="no sheet named 「流水」; the sheets are 「明细」"):
        pick_sheet(read_workbook(path), "流水")


def test_an_empty_sheet_is_refused(tmp_path):
    path = files.xlsx(tmp_path, [])
    with pytest.raises(FileRefused, match="statement.xlsx: the sheet is empty"):
        pick_sheet(read_workbook(path))


def test_data_only_on_a_hidden_sheet_is_refused_naming_it(tmp_path):
    path = files.xlsx(tmp_path, [], hidden=[("数据", ROWS)])
    with pytest.raises(FileRefused, match="only the hidden sheet 「数据」"):
        pick_sheet(read_workbook(path))


# --------------------------------------------------------------------------- hostile and broken

def test_not_a_spreadsheet_is_refused(tmp_path):
    pdf = tmp_path / "statement.xlsx"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n")
    assert "this is a PDF, not a spreadsheet" in _refusal(pdf)
    png = tmp_path / "photo.xls"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    assert "picture" in _refusal(png)
    binary = tmp_path / "data.csv"
    binary.write_bytes(bytes(range(256)) * 4)
    assert "not a spreadsheet" in _refusal(binary)


def test_a_word_document_and_a_plain_zip_are_refused(tmp_path):
    docx = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(docx, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    assert "Word document" in _refusal(docx)
    plain = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr("a.txt", "hello")
    assert "zip archive, not a spreadsheet" in _refusal(plain)


def test_an_empty_file_and_a_missing_one_are_refused(tmp_path):
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert "the file is empty" in _refusal(empty)
    assert "there is no such file" in _refusal(tmp_path / "gone.xlsx")


def test_a_corrupt_zip_is_refused(tmp_path):
    path = files.xlsx(tmp_path, ROWS)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    assert "damaged" in _refusal(broken)


def test_a_zip_whose_parts_do_not_unpack_is_refused(tmp_path):
    path = files.xlsx(tmp_path, ROWS)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start, start + min(info.compress_size, 40)):
        data[i] ^= 0x5A
    broken = tmp_path / "scrambled.xlsx"
    broken.write_bytes(bytes(data))
    assert "damaged" in _refusal(broken)


def test_a_password_protected_workbook_is_refused(tmp_path):
    message = _refusal(files.password_protected(tmp_path))
    assert "protected by a password" in message


def test_an_xml_entity_bomb_is_refused_before_calamine_reads_it(tmp_path, monkeypatch):
    def never(*a, **k):  # calamine must not be reached
        raise AssertionError("calamine opened a bomb")

    monkeypatch.setattr(sheets.python_calamine.CalamineWorkbook, "from_filelike", never)
    message = _refusal(files.entity_bomb(tmp_path))
    assert "entity bomb" in message and "xl/sharedStrings.xml" in message
    assert "entity bomb" in _refusal(files.entity_bomb_in_sheet(tmp_path))


def test_a_zip_bomb_is_refused_from_the_zip_directory(tmp_path, monkeypatch):
    path = files.zip_bomb(tmp_path, megabytes=20)
    read = []
    monkeypatch.setattr(zipfile.ZipFile, "read", lambda self, *a, **k: read.append(a) or b"")
    message = _refusal(path)
    assert "zip bomb" in message and "xl/worksheets/sheet1.xml" in message
    assert read == []  # nothing was unpacked


def test_a_zip_that_unpacks_to_too_much_in_all_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(sheets, "MAX_UNCOMPRESSED", 1024)
    assert "unpacks to 0 MB, more than 0 MB" in _refusal(files.xlsx(tmp_path, ROWS))


def test_too_many_rows_are_refused_with_the_cap(tmp_path):
    message = _refusal(files.many_rows_xlsx(tmp_path, 1001), max_rows=1000)
    assert "1,001 rows; at most 1,000 rows" in message


def test_a_million_row_csv_is_refused(tmp_path):
    path = tmp_path / "huge.csv"
    path.write_bytes(b"2026-11-05,1.00\n" * 1_000_000)
    assert "at most 200,000 rows" in _refusal(path)


@pytest.mark.parametrize("ref", ["A1048576", "XFD1", "XFD1048576"])
def test_a_cell_far_away_is_refused_before_calamine_would_fill_the_space(tmp_path, ref):
    message = _refusal(files.far_cell_xlsx(tmp_path, ref))
    assert "rows" in message or "column" in message


def test_formulas_without_saved_values_are_never_read_as_zero(tmp_path):
    rows = [["交易日期", "借方", "贷方", "余额"], [D, 1.0, None, "=100-B2"], [D, None, 2.0, 101.0]]
    sheet = read_workbook(files.xlsx(tmp_path, rows)).sheets[0]
    assert sheet.uncomputed == ["D2"]
    assert sheet.rows[1][3] == Uncomputed("D2", "100-B2")
    assert sheet.rows[2][3] == 101.0


def test_formulas_with_saved_values_read_as_their_values(tmp_path):
    base = files.xlsx(tmp_path, [["x"]])
    xml = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           b'<sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>""</f><v></v></c>'
           b'<c r="C1"><f>1/0</f></c></row></sheetData></worksheet>')
    path = files.rewrite_zip(base, tmp_path / "calc.xlsx", {"xl/worksheets/sheet1.xml": xml})
    sheet = read_workbook(path).sheets[0]
    assert sheet.rows[0][:2] == [2.0, ""]
    assert sheet.rows[0][2] == Uncomputed("C1", "1/0")


def test_a_csv_in_an_unknown_encoding_is_refused_by_name(tmp_path):
    path = tmp_path / "statement.csv"
    path.write_bytes("交易日期,金额\n".encode("gbk") + b"\xff\xfe\x80\x80,1.00\n")
    message = _refusal(path)
    assert "unknown encoding (not UTF-8 and not GBK/GB18030)" in message


def test_an_excel_2003_xml_file_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "statement.xls"
    path.write_text('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
                    "</Workbook>", encoding="utf-8")
    assert "save it as .xlsx" in _refusal(path)


def test_refusals_are_in_chinese_by_default(tmp_path):
    from arapp import i18n

    i18n.set_language("zh_CN")
    message = _refusal(files.password_protected(tmp_path))
    assert "密码" in message


def test_an_ods_formula_without_its_value_is_never_read_as_empty(tmp_path):
    body = ('<table:table-row><table:table-cell office:value-type="string"><text:p>余额</text:p></table:table-cell>'
            '<table:table-cell table:formula="of:=[.A2]*2"/></table:table-row>'
            '<table:table-row><table:table-cell office:value-type="float" office:value="5"/></table:table-row>')
    sheet = read_workbook(files.ods_body(tmp_path, body)).sheets[0]
    assert sheet.uncomputed == ["B1"]
    assert sheet.rows[0] == ["余额", Uncomputed("B1", "[.A2]*2")]
    assert sheet.rows[1][0] == 5.0


@pytest.mark.parametrize(("rows_repeated", "columns_repeated", "complaint"), [
    (300_000, 1, "rows"), (1, 5_000, "column"), (100_000, 1_000, "column"),
])
def test_an_ods_whose_repeated_cells_would_make_it_enormous_is_refused(tmp_path, rows_repeated, columns_repeated,
                                                                        complaint):
    body = (f'<table:table-row table:number-rows-repeated="{rows_repeated}">'
            f'<table:table-cell table:number-columns-repeated="{columns_repeated}" office:value-type="float" '
            f'office:value="1"/></table:table-row>')
    assert complaint in _refusal(files.ods_body(tmp_path, body))


def test_an_ods_with_empty_repeated_rows_at_the_end_is_read(tmp_path):
    body = ('<table:table-row><table:table-cell office:value-type="float" office:value="1"/></table:table-row>'
            '<table:table-row table:number-rows-repeated="1048575"><table:table-cell '
            'table:number-columns-repeated="1024"/></table:table-row>')
    assert read_workbook(files.ods_body(tmp_path, body)).sheets[0].rows[0] == [1.0]


def test_the_garbage_collector_is_back_on_after_a_read_and_after_a_refusal(tmp_path):
    import gc

    assert gc.isenabled()
    read_workbook(files.xlsx(tmp_path, ROWS))
    assert gc.isenabled()
    with pytest.raises(FileRefused):
        read_workbook(files.password_protected(tmp_path))
    assert gc.isenabled()
