"""Spreadsheet files made for the tests: ordinary ones in every format the readers take,
and the hostile and broken ones they must refuse. Each function writes a file under the
folder given and returns its path."""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path

import openpyxl


def xlsx(folder: Path, rows: Sequence[Sequence[object]], *, name: str = "statement.xlsx", title: str = "明细",
         merges: Sequence[str] = (), hidden: Sequence[tuple[str, Sequence[Sequence[object]]]] = (),
         extra: Sequence[tuple[str, Sequence[Sequence[object]]]] = (), date1904: bool = False,
         first_hidden: Sequence[tuple[str, Sequence[Sequence[object]]]] = ()) -> Path:
    """An xlsx written by openpyxl (formulas are saved without values, as openpyxl does)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    if date1904:
        wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    for sheet_name, sheet_rows in first_hidden:
        h = wb.create_sheet(sheet_name, 0)
        h.sheet_state = "hidden"
        for r in sheet_rows:
            h.append(list(r))
    for r in rows:
        ws.append(list(r))
    for ref in merges:
        ws.merge_cells(ref)
    for sheet_name, sheet_rows in hidden:
        h = wb.create_sheet(sheet_name)
        h.sheet_state = "hidden"
        for r in sheet_rows:
            h.append(list(r))
    for sheet_name, sheet_rows in extra:
        e = wb.create_sheet(sheet_name)
        for r in sheet_rows:
            e.append(list(r))
    path = folder / name
    wb.save(path)
    return path


def xls(folder: Path, rows: Sequence[Sequence[object]], *, name: str = "statement.xls", title: str = "明细") -> Path:
    """A real Excel 97-2003 workbook (BIFF8), written by xlwt."""
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(title)
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, dt.date):
                ws.write(r, c, value, date_style)
            else:
                ws.write(r, c, value)
    path = folder / name
    wb.save(str(path))
    return path


def ods(folder: Path, rows: Sequence[Sequence[object]], *, name: str = "statement.ods", title: str = "明细") -> Path:
    """An OpenDocument spreadsheet, its content.xml written by hand."""
    def cell(value: object) -> str:
        if value is None:
            return "<table:table-cell/>"
        if isinstance(value, dt.date):
            iso = value.isoformat()
            return (f'<table:table-cell office:value-type="date" office:date-value="{iso}">'
                    f"<text:p>{iso}</text:p></table:table-cell>")
        if isinstance(value, int | float):
            return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                    f"<text:p>{value}</text:p></table:table-cell>")
        text = str(value).replace("&", "&amp;").replace("<", "&lt;")
        return f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'

    body = "".join("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows)
    return ods_body(folder, body, name=name, title=title)


def ods_body(folder: Path, body: str, *, name: str = "statement.ods", title: str = "明细") -> Path:
    """An ods whose one table holds the rows' XML given (``<table:table-row>…``)."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{title}">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>")
    path = folder / name
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def csv_file(folder: Path, rows: Sequence[Sequence[object]], *, encoding: str = "utf-8", name: str = "statement.csv",
             delimiter: str = ",") -> Path:
    """Rows as CSV text in the encoding given ("utf-8-sig" writes the BOM Excel writes)."""
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    path = folder / name
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def html_xls(folder: Path, rows: Sequence[Sequence[object]], *, name: str = "statement.xls", charset: str = "gbk",
             spans: dict[tuple[int, int], tuple[int, int]] | None = None) -> Path:
    """An HTML table saved with a ".xls" name, as some bank sites export it.
    ``spans`` maps (row, column) of a cell to its (rowspan, colspan)."""
    spans = spans or {}
    out = [f'<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>'
           f'<meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body><table border=1>']
    for r, row in enumerate(rows):
        out.append("<tr>")
        for c, value in enumerate(row):
            if value is ...:
                continue  # covered by a span
            rs, cs = spans.get((r, c), (1, 1))
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            text = "&nbsp;" if value in (None, "") else str(value).replace("&", "&amp;")
            out.append(f"<td{attrs}>{text}</td>")
        out.append("</tr>\n")
    out.append("</table></body></html>")
    path = folder / name
    path.write_bytes("".join(out).encode(charset))
    return path


# --------------------------------------------------------------------------- hostile files

def rewrite_zip(source: Path, target: Path, replace: dict[str, bytes], *,
                add: dict[str, bytes] | None = None, compress_level: int | None = None) -> Path:
    """A copy of a zip with some members' bytes replaced (and some added)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED,
                                                         compresslevel=compress_level) as zout:
        for info in zin.infolist():
            data = replace.get(info.filename, zin.read(info))
            zout.writestr(info.filename, data)
        for member, data in (add or {}).items():
            zout.writestr(member, data)
    return target


def entity_bomb(folder: Path) -> Path:
    """An xlsx whose shared strings declare the "billion laughs" entities."""
    base = xlsx(folder, [["交易日期", "金额"], ["2026-11-05", "1.00"]], name="base.xlsx")
    lol = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{"&lol%s;" % ("" if i == 1 else i - 1) * 10}">'
                                     for i in range(1, 10)]
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [' + "".join(lol) + ']>'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
            '<si><t>&lol9;</t></si></sst>').encode()
    return rewrite_zip(base, folder / "bomb.xlsx", {}, add={"xl/sharedStrings.xml": bomb})


def entity_bomb_in_sheet(folder: Path) -> Path:
    """An xlsx whose worksheet itself opens with a DTD declaring an external entity."""
    base = xlsx(folder, [["交易日期", "金额"]], name="base2.xlsx")
    with zipfile.ZipFile(base) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
    sheet = sheet.replace("<worksheet", '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet', 1)
    return rewrite_zip(base, folder / "xxe.xlsx", {"xl/worksheets/sheet1.xml": sheet.encode()})


def zip_bomb(folder: Path, megabytes: int = 50) -> Path:
    """An xlsx with a worksheet that unpacks to ``megabytes`` MB of one repeated character
    (a ratio near 1,000 to 1)."""
    base = xlsx(folder, [["交易日期", "金额"]], name="base3.xlsx")
    with zipfile.ZipFile(base) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml")
    padded = sheet.replace(b"</worksheet>", b"<!--" + b" " * (megabytes * 1024 * 1024) + b"--></worksheet>")
    return rewrite_zip(base, folder / "zipbomb.xlsx", {"xl/worksheets/sheet1.xml": padded}, compress_level=9)


def sheet_xml_workbook(folder: Path, sheet_xml: bytes, *, name: str) -> Path:
    """An xlsx whose one worksheet is the XML given."""
    base = xlsx(folder, [["x"]], name="base4.xlsx")
    return rewrite_zip(base, folder / name, {"xl/worksheets/sheet1.xml": sheet_xml})


def many_rows_xlsx(folder: Path, rows: int) -> Path:
    """An xlsx of ``rows`` rows written as XML directly (openpyxl would take minutes)."""
    body = b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (i, i, i) for i in range(1, rows + 1))
    return sheet_xml_workbook(folder, _worksheet(body), name="many.xlsx")


def far_cell_xlsx(folder: Path, ref: str) -> Path:
    """An xlsx with one cell at A1 and one far away (``XFD1048576``): a dense read would be
    17 billion cells."""
    row = int("".join(ch for ch in ref if ch.isdigit()))
    body = (b'<row r="1"><c r="A1"><v>1</v></c></row>'
            b'<row r="%d"><c r="%s"><v>2</v></c></row>' % (row, ref.encode()))
    return sheet_xml_workbook(folder, _worksheet(body), name="far.xlsx")


def _worksheet(body: bytes) -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8"?>'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + body + b"</sheetData></worksheet>")


def password_protected(folder: Path, name: str = "protected.xlsx") -> Path:
    """What Excel saves when a workbook is given a password to open: an OLE compound file
    holding the streams EncryptionInfo and EncryptedPackage (random bytes here)."""
    import os

    info = b"\x04\x00\x04\x00\x40\x00\x00\x00" + b"<encryption/>".ljust(4088, b" ")
    package = struct.pack("<Q", 8000) + os.urandom(8184)
    path = folder / name
    path.write_bytes(compound_file({"EncryptionInfo": info, "EncryptedPackage": package}))
    return path


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE compound file (version 3, 512-byte sectors) holding the given streams,
    each at least 4,096 bytes (so no mini stream is needed)."""
    sector = 512
    end, free, fat_sect = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    chains: list[tuple[str, int, int]] = []   # name, first sector, size
    fat: list[int] = [fat_sect, end]          # sector 0: the FAT, sector 1: the directory
    data_sectors: list[bytes] = []
    next_sector = 2
    for stream_name, payload in streams.items():
        assert len(payload) >= 4096
        n = -(-len(payload) // sector)
        chains.append((stream_name, next_sector, len(payload)))
        for k in range(n):
            fat.append(next_sector + k + 1 if k < n - 1 else end)
            data_sectors.append(payload[k * sector:(k + 1) * sector].ljust(sector, b"\x00"))
        next_sector += n
    assert len(fat) <= sector // 4
    fat += [free] * (sector // 4 - len(fat))

    def entry(entry_name: str, kind: int, start: int, size: int, child: int = free, right: int = free) -> bytes:
        encoded = (entry_name + "\x00").encode("utf-16-le")
        return (encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", free, right, child) + b"\x00" * 16 + b"\x00" * 4 + b"\x00" * 16
                + struct.pack("<IQ", start, size)[:4] + struct.pack("<I", size) + b"\x00" * 4)

    entries = [entry("Root Entry", 5, end, 0, child=1)]
    for i, (stream_name, start, size) in enumerate(chains, start=1):
        entries.append(entry(stream_name, 2, start, size, right=i + 1 if i < len(chains) else free))
    while len(entries) < 4:
        entries.append(b"\x00" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", free, free, free)
                       + b"\x00" * 52)
    directory = b"".join(e.ljust(128, b"\x00")[:128] for e in entries)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\x00" * 6 + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<I", 0) + struct.pack("<108I", *([free] * 108)))
    assert len(header) == 512, len(header)
    return header + struct.pack(f"<{sector // 4}I", *fat) + directory + b"".join(data_sectors)
