"""Reading a spreadsheet file into rows of cells, whatever it really is, refusing what is hostile.

:func:`read_workbook` looks at the file's bytes, not its name: an xlsx (a zip holding
``xl/workbook.xml``), an ods, an xls (an OLE compound file), an HTML table saved as
".xls", or text (CSV, tab- or semicolon-separated) in UTF-8 with or without BOM, UTF-16
with a BOM, or GBK/GB18030. xlsx, xls and ods are read by python-calamine.

Before calamine sees a zip, the zip's directory is checked (too much uncompressed data
or too high a compression ratio is a zip bomb), every XML part's prolog is parsed with
defusedxml, which refuses a document type declaration (where entity bombs and external
entities live), and each worksheet's XML is scanned once, uncompressed in memory: its
rows and columns are counted (a cap on rows, and no far-away cell that would make the
sheet enormous), and formulas saved without a value are found (calamine would give an
empty cell; such cells become :class:`Uncomputed`, never 0). A workbook that asks for a
password (an OLE file holding ``EncryptedPackage``) is refused by name.

Cells are what calamine gives (``""`` for empty, ``str``, ``float``, ``int``, ``bool``,
``date``, ``datetime``, ``time``, ``timedelta``) or :class:`Uncomputed`; CSV and HTML
cells are ``str``; rows are padded to the sheet's width. A merged range's value is in
every cell it covers, as the user sees it spread across them. Every refusal is
:class:`~arapp.errors.FileRefused` naming the file and the problem; nothing is written.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import python_calamine
from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml import ElementTree as SafeET

from arapp.errors import FileRefused
from arapp.i18n import tr
from arapp.io import text_sheets
from arapp.io.workbook import (
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_RATIO,
    MAX_ROWS,
    MAX_UNCOMPRESSED,
    MAX_ZIP_MEMBERS,
    Cell,
    Sheet,
    Uncomputed,
    Workbook,
    collector_paused,
    column_letters,
    column_number,
    filled,
    refused,
    too_many_rows,
)

__all__ = [
    "KINDS",
    "MAX_ROWS",
    "Cell",
    "Sheet",
    "Uncomputed",
    "Workbook",
    "pick_sheet",
    "read_workbook",
]

KINDS = ("xlsx", "xls", "ods", "csv", "html")

# --------------------------------------------------------------------------- the way in

_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


def read_workbook(path: str | Path, *, max_rows: int = MAX_ROWS) -> Workbook:
    """Read the file at ``path`` into a :class:`Workbook` (see the module's doc).

    Refused with FileRefused, naming the file: a file that cannot be opened or is too big,
    not a spreadsheet (a PDF, a Word file, an image …), a damaged zip or workbook, a
    password-protected workbook, an XML entity bomb, a zip bomb, a sheet of more than
    ``max_rows`` rows (or too many columns or cells), a CSV in an encoding that is not
    UTF-8 or GBK/GB18030."""
    with collector_paused():
        return _read_workbook(Path(path), max_rows)


def _read_workbook(path: Path, max_rows: int) -> Workbook:
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise refused(name, tr("SheetFile", "the file is too large to read ({mb} MB; at most {limit} MB)",
                                    mb=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024)))
        data = path.read_bytes()
    except FileNotFoundError:
        raise refused(name, tr("SheetFile", "there is no such file")) from None
    except IsADirectoryError:
        raise refused(name, tr("SheetFile", "this is a folder, not a file")) from None
    except PermissionError:
        raise refused(name, tr("SheetFile", "the file may not be read (permission denied)")) from None
    except OSError as exc:
        raise refused(name, tr("SheetFile", "the file cannot be read ({reason})",
                                reason=exc.strerror or str(exc))) from None
    digest = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise refused(name, tr("SheetFile", "the file is empty"))
    if data.startswith(_ZIP):
        kind, sheets = _read_zip(name, data, max_rows)
        return Workbook(name, kind, digest, "", sheets)
    if data.startswith(_CFB):
        return Workbook(name, "xls", digest, "", _read_cfb(name, data, max_rows))
    problem = _not_a_spreadsheet(data)
    if problem:
        raise refused(name, problem)
    text, encoding = text_sheets.decode(name, data)
    head = text.lstrip()[:4096].lower()
    if head.startswith("<") and ("<table" in text[:1_000_000].lower() or "<html" in head):
        return Workbook(name, "html", digest, encoding, text_sheets.read_html(name, text, max_rows))
    if head.startswith("<?xml") or head.startswith("<workbook"):
        if "urn:schemas-microsoft-com:office:spreadsheet" in head:
            raise refused(name, tr("SheetFile", "this is an Excel 2003 XML spreadsheet, which cannot be read; "
                                    "open it in Excel and save it as .xlsx"))
        raise refused(name, tr("SheetFile", "this is an XML file, not a spreadsheet"))
    return Workbook(name, "csv", digest, encoding, [text_sheets.read_csv(name, text, max_rows)])


def _not_a_spreadsheet(data: bytes) -> str:
    """Why bytes that are neither zip nor OLE are no spreadsheet ("" when they may be text)."""
    signatures = (
        (b"%PDF", tr("SheetFile", "this is a PDF, not a spreadsheet; export the statement from the bank "
                                  "as Excel or CSV")),
        (b"\x89PNG", tr("SheetFile", "this is a picture, not a spreadsheet")),
        (b"\xff\xd8\xff", tr("SheetFile", "this is a picture, not a spreadsheet")),
        (b"GIF8", tr("SheetFile", "this is a picture, not a spreadsheet")),
        (b"Rar!", tr("SheetFile", "this is a compressed archive, not a spreadsheet; unpack it first")),
        (b"7z\xbc\xaf", tr("SheetFile", "this is a compressed archive, not a spreadsheet; unpack it first")),
        (b"\x1f\x8b", tr("SheetFile", "this is a compressed archive, not a spreadsheet; unpack it first")),
        (b"{\\rtf", tr("SheetFile", "this is a text document, not a spreadsheet")),
    )
    for magic, problem in signatures:
        if data.startswith(magic):
            return problem
    head = data[:8192]
    if not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and b"\x00" in head:
        return tr("SheetFile", "this is not a spreadsheet or a text (CSV) file")
    return ""


# --------------------------------------------------------------------------- zip: xlsx, ods

_WORKSHEET = re.compile(r"^xl/worksheets/[^/]+\.xml$")


def _read_zip(name: str, data: bytes, max_rows: int) -> tuple[str, list[Sheet]]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise refused(name, tr("SheetFile", "the file is damaged (a broken zip); save it again or "
                                "ask the bank for a new export")) from None
    names = {i.filename for i in infos}
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        kind = "xlsx"
    elif "content.xml" in names and _zip_text(zf, "mimetype").startswith("application/vnd.oasis.opendocument"
                                                                          ".spreadsheet"):
        kind = "ods"
    elif "word/document.xml" in names:
        raise refused(name, tr("SheetFile", "this is a Word document, not a spreadsheet"))
    elif "ppt/presentation.xml" in names:
        raise refused(name, tr("SheetFile", "this is a PowerPoint file, not a spreadsheet"))
    else:
        raise refused(name, tr("SheetFile", "this is a zip archive, not a spreadsheet"))
    _check_zip_directory(name, infos)
    date1904 = False
    scans: dict[str, _SheetScan] = {}
    try:
        for info in infos:
            part = info.filename
            if info.is_dir():
                continue
            if kind == "xlsx" and _WORKSHEET.match(part):
                scans[part] = _scan_worksheet(name, part, zf.read(info), max_rows)
            elif part.endswith((".xml", ".rels")):
                with zf.open(info) as stream:
                    _check_prolog(name, part, stream)
                if kind == "xlsx" and part == "xl/workbook.xml":
                    date1904 = _date1904(zf.read(info))
                if kind == "ods" and part == "content.xml":
                    scans.update(_scan_ods(name, zf.read(info), max_rows))
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
        raise refused(name, tr("SheetFile", "the file is damaged (a part of the workbook cannot be "
                                "unpacked)")) from None
    paths = _sheet_paths(zf, kind) if kind == "xlsx" else {table: table for table in scans}
    return kind, _read_calamine(name, data, kind, max_rows, date1904, paths, scans)


_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _scan_ods(name: str, content: bytes, max_rows: int) -> dict[str, _SheetScan]:
    """An ods's tables walked once (defusedxml, element by element): repeated rows and
    columns counted out, so a sheet that would be enormous is refused before calamine
    fills it in, and formula cells saved without a value found (calamine leaves them
    empty). Keyed by the table's name."""
    scans: dict[str, _SheetScan] = {}
    table = ""
    row = col = 0
    row_repeat = 1
    last_row = 0
    found: list[tuple[int, int, str, str]] = []
    cell_tags = (_ODS_TABLE + "table-cell", _ODS_TABLE + "covered-table-cell")
    for event, element in SafeET.iterparse(io.BytesIO(content), events=("start", "end"), forbid_dtd=True):
        tag = element.tag
        if event == "start":
            if tag == _ODS_TABLE + "table":
                table, row, last_row, found = element.get(_ODS_TABLE + "name", ""), 0, 0, []
            elif tag == _ODS_TABLE + "table-row":
                col = 0
                row_repeat = int(element.get(_ODS_TABLE + "number-rows-repeated", "1") or 1)
            elif tag in cell_tags:
                repeat = int(element.get(_ODS_TABLE + "number-columns-repeated", "1") or 1)
                has_value = element.get(_ODS_OFFICE + "value-type") is not None
                formula = element.get(_ODS_TABLE + "formula")
                if has_value or formula is not None:
                    last_col = col + repeat
                    last_row = row + row_repeat
                    if last_row > max_rows:
                        raise too_many_rows(name, last_row, max_rows)
                    if last_col > MAX_COLUMNS or last_row * last_col > MAX_CELLS:
                        raise refused(name, tr("SheetFile", "a sheet reaches column {column}, far wider than a "
                                               "statement or ledger; it is refused", column=column_letters(last_col)))
                    if formula is not None and not has_value and repeat == 1 and row_repeat == 1:
                        found.append((row, col, f"{column_letters(col + 1)}{row + 1}", formula.split("=", 1)[-1]))
                col += repeat
        else:
            if tag == _ODS_TABLE + "table-row":
                row += row_repeat
            elif tag == _ODS_TABLE + "table":
                scans[table] = _SheetScan(last_row, found)
            if tag in cell_tags or tag == _ODS_TABLE + "table-row":
                element.clear()
    return scans


def _zip_text(zf: zipfile.ZipFile, member: str) -> str:
    """A small text member of a zip ("" when missing or unreadable)."""
    try:
        info = zf.getinfo(member)
        if info.file_size > 1024:
            return ""
        return zf.read(info).decode("ascii", "replace").strip()
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return ""


def _check_zip_directory(name: str, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse a zip bomb from the sizes the zip's directory declares, before anything is
    unpacked (an entry that unpacks to more than it declares fails its check when read)."""
    if len(infos) > MAX_ZIP_MEMBERS:
        raise refused(name, tr("SheetFile", "the workbook holds {n} parts, far more than a spreadsheet has; "
                                "it is refused as a possible zip bomb", n=len(infos)))
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and ratio > MAX_RATIO:
            raise refused(name, tr(
                "SheetFile", "a part of the workbook ({part}) unpacks to {ratio} times its size; it is "
                "refused as a zip bomb", part=info.filename, ratio=int(ratio)))
    if total > MAX_UNCOMPRESSED:
        raise refused(name, tr(
            "SheetFile", "the workbook unpacks to {mb} MB, more than {limit} MB; it is refused as a "
            "possible zip bomb", mb=total // (1024 * 1024), limit=MAX_UNCOMPRESSED // (1024 * 1024)))


def _check_prolog(name: str, part: str, stream: io.IOBase) -> None:
    """Parse an XML part with defusedxml up to its first element: a document type
    declaration (the only place entities are declared, so where an entity bomb or an
    external entity would be) is refused; a part that is not XML is a damaged file.
    Only the prolog is read: a DTD cannot come after the first element."""
    try:
        for _event, _element in SafeET.iterparse(stream, events=("start",), forbid_dtd=True):
            return
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden):
        raise refused(name, tr(
            "SheetFile", "a part of the workbook ({part}) declares XML entities, which a spreadsheet "
            "never needs; it is refused as a possible entity bomb", part=part)) from None
    except SafeET.ParseError:
        raise refused(name, tr("SheetFile", "the file is damaged (a part of the workbook, {part}, is "
                                "not valid XML)", part=part)) from None


_DATE1904 = re.compile(rb"<(?:\w+:)?workbookPr\b[^>]*\bdate1904=\"(1|true)\"")


def _date1904(workbook_xml: bytes) -> bool:
    return _DATE1904.search(workbook_xml) is not None


@dataclass
class _SheetScan:
    """What a worksheet's XML says before calamine reads it."""

    rows: int
    uncomputed: list[tuple[int, int, str, str]]   # (row index, column index, ref, formula)


_CELL_REF = re.compile(rb'r="([A-Z]{1,3})(\d+)"')


def _scan_worksheet(name: str, part: str, xml: bytes, max_rows: int) -> _SheetScan:
    """Count a worksheet's rows and columns and find its formulas saved without a value.
    The searches are for text that ordinary statements hardly have (far columns, row
    numbers of as many digits as the cap, a formula element), so a plain sheet costs a few
    passes of ``bytes.count`` and two quiet regular expressions."""
    _check_prolog(name, part, io.BytesIO(xml))
    prefix = _root_prefix(xml)
    rows = xml.count(b"<" + prefix + b"row")
    columns = 26
    # One quiet pass: only cells past column Z and row numbers of as many digits as the cap
    # match; when one does, a second pass reads them all.
    digits = len(str(max_rows))
    if re.search(rb'r="[A-Z](?:[A-Z]|\d{%d})|r="\d{%d}' % (digits, digits), xml) is None:
        far = ()
    else:
        far = re.finditer(rb'r="(?:([A-Z]{2,3})(\d+)|[A-Z]?(\d{%d,}))"' % digits, xml)
    for match in far:
        letters, number = match.group(1), match.group(2) or match.group(3)
        if letters:
            columns = max(columns, column_number(letters.decode()))
        rows = max(rows, int(number))
    if rows > max_rows:
        raise too_many_rows(name, rows, max_rows)
    if columns > MAX_COLUMNS or rows * columns > MAX_CELLS:
        raise refused(name, tr("SheetFile", "a sheet reaches column {column}, far wider than a statement or "
                                "ledger; it is refused", column=column_letters(columns)))
    uncomputed: list[tuple[int, int, str, str]] = []
    if xml.find(b"<" + prefix + b"f") >= 0:
        uncomputed = _formulas_without_values(name, xml, prefix)
    return _SheetScan(rows, uncomputed)


def _root_prefix(xml: bytes) -> bytes:
    """The namespace prefix the worksheet's elements carry (``x:``), or b"" for none."""
    match = re.search(rb"<(\w+:)?worksheet\b", xml[:4096])
    return (match.group(1) or b"") if match else b""


def _formulas_without_values(name: str, xml: bytes, prefix: bytes) -> list[tuple[int, int, str, str]]:
    p = re.escape(prefix)
    cell = re.compile(rb"<" + p + rb"c\b([^>]*?)(?:/>|>(.*?)</" + p + rb"c>)", re.DOTALL)
    formula = re.compile(rb"<" + p + rb"f\b[^>]*?(?:/>|>(.*?)</" + p + rb"f>)", re.DOTALL)
    value = re.compile(rb"<" + p + rb"v\b[^>]*?(?:/>|>(.*?)</" + p + rb"v>)", re.DOTALL)
    found: list[tuple[int, int, str, str]] = []
    for match in cell.finditer(xml):
        body = match.group(2)
        if not body:
            continue
        f = formula.search(body)
        if f is None:
            continue
        v = value.search(body)
        attributes = match.group(1)
        # A cached value, or an empty text a formula of strings gave (t="str" with <v></v>).
        if v is not None and (v.group(1) or b't="str"' in attributes):
            continue
        ref = _CELL_REF.search(attributes)
        if ref is None:
            raise refused(name, tr("SheetFile", "the workbook holds formulas saved without their values; "
                                    "open it in Excel and save it again, then read it"))
        letters, number = ref.group(1).decode(), int(ref.group(2))
        text = _xml_text(f.group(1) or b"")
        found.append((number - 1, column_number(letters) - 1, f"{letters}{number}", text))
    return found


def _xml_text(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace")
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&")):
        text = text.replace(entity, char)
    return text


def _sheet_paths(zf: zipfile.ZipFile, kind: str) -> dict[str, str]:
    """Sheet name -> worksheet part (xlsx), to pair calamine's sheets with the scans."""
    if kind != "xlsx":
        return {}
    try:
        workbook = zf.read("xl/workbook.xml")
        rels = zf.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    targets: dict[str, str] = {}
    for rel in SafeET.fromstring(rels, forbid_dtd=True):
        target = rel.get("Target", "")
        target = target.lstrip("/")
        if not target.startswith("xl/"):
            target = "xl/" + target
        targets[rel.get("Id", "")] = target
    paths: dict[str, str] = {}
    rid = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    for element in SafeET.fromstring(workbook, forbid_dtd=True).iter():
        if element.tag.endswith("}sheet") or element.tag == "sheet":
            rel_id = element.get(rid) or element.get("r:id") or ""
            if rel_id in targets:
                paths[element.get("name", "")] = targets[rel_id]
    return paths


# --------------------------------------------------------------------------- OLE: xls

_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


def _read_cfb(name: str, data: bytes, max_rows: int) -> list[Sheet]:
    if _has_cfb_entry(data, _ENCRYPTED):
        raise _password(name)
    return _read_calamine(name, data, "xls", max_rows, False, {}, {})


def _has_cfb_entry(data: bytes, entry: bytes) -> bool:
    """Whether an OLE compound file's directory names ``entry``: directory entries are 128
    bytes each, start on a 128-byte boundary and open with the name in UTF-16."""
    start = data.find(entry)
    while start >= 0:
        if start % 128 == 0:
            return True
        start = data.find(entry, start + 1)
    return False


def _password(name: str) -> FileRefused:
    return refused(name, tr("SheetFile", "the workbook is protected by a password; open it in Excel, "
                             "remove the password (File → Info → Protect Workbook) and save it again"))


# --------------------------------------------------------------------------- calamine

def _read_calamine(name: str, data: bytes, kind: str, max_rows: int, date1904: bool,
                   paths: dict[str, str], scans: dict[str, _SheetScan]) -> list[Sheet]:
    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except python_calamine.PasswordError:
        raise _password(name) from None
    except python_calamine.CalamineError as exc:
        raise _damaged(name, kind, exc) from None
    except (ValueError, OSError) as exc:
        raise _damaged(name, kind, exc) from None
    sheets: list[Sheet] = []
    try:
        for index, meta in enumerate(book.sheets_metadata):
            if meta.typ not in (python_calamine.SheetTypeEnum.WorkSheet,):
                continue
            try:
                sheet = book.get_sheet_by_index(index)
                if sheet.height > max_rows:
                    raise too_many_rows(name, sheet.height, max_rows)
                if sheet.width > MAX_COLUMNS or sheet.height * sheet.width > MAX_CELLS:
                    raise refused(name, tr("SheetFile", "a sheet reaches column {column}, far wider than a "
                                            "statement or ledger; it is refused",
                                            column=column_letters(sheet.width)))
                rows = sheet.to_python(skip_empty_area=False)
                merged = sheet.merged_cell_ranges or []
            except python_calamine.PasswordError:
                raise _password(name) from None
            except python_calamine.CalamineError as exc:
                raise _damaged(name, kind, exc) from None
            scan = scans.get(paths.get(meta.name, ""))
            uncomputed = _mark_uncomputed(rows, scan) if scan else []
            _spread_merges(rows, merged)
            hidden = meta.visible != python_calamine.SheetVisibleEnum.Visible
            sheets.append(Sheet(meta.name, hidden, date1904, rows, uncomputed))
    finally:
        book.close()
    if not sheets:
        raise refused(name, tr("SheetFile", "the workbook has no worksheets"))
    return sheets


def _damaged(name: str, kind: str, exc: Exception) -> FileRefused:
    if kind == "xls" and "workbook" in str(exc).lower():
        return refused(name, tr("SheetFile", "this is an Office file but not an Excel workbook"))
    return refused(name, tr("SheetFile", "the file is damaged and cannot be read as a workbook ({reason})",
                             reason=str(exc)[:120]))


def _mark_uncomputed(rows: list[list[Cell]], scan: _SheetScan) -> list[str]:
    """Put an :class:`Uncomputed` where calamine left a formula's missing value empty (or
    left no cell at all: the rows are widened to hold it)."""
    refs: list[str] = []
    if not scan.uncomputed:
        return refs
    width = max([len(rows[0]) if rows else 0] + [c + 1 for _r, c, _ref, _f in scan.uncomputed])
    height = max([len(rows)] + [r + 1 for r, _c, _ref, _f in scan.uncomputed])
    while len(rows) < height:
        rows.append([])
    for row in rows:
        if len(row) < width:
            row.extend([""] * (width - len(row)))
    for r, c, ref, formula in scan.uncomputed:
        rows[r][c] = Uncomputed(ref, formula)
        refs.append(ref)
    return refs


def _spread_merges(rows: list[list[Cell]], merged: list[tuple[tuple[int, int], tuple[int, int]]]) -> None:
    """Put each merged range's value (its top-left cell's) in every cell it covers, within
    the sheet's rows (a range reaching past the data is cut at its end)."""
    for (r0, c0), (r1, c1) in merged:
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        if not filled(value):
            continue
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            for c in range(c0, min(c1, len(row) - 1) + 1):
                if not filled(row[c]):
                    row[c] = value


# --------------------------------------------------------------------------- which sheet

def pick_sheet(workbook: Workbook, name: str | None = None) -> tuple[Sheet, str]:
    """The sheet to read and a note saying which: the one named (refused when there is no
    such sheet), else the first visible sheet that is not empty; hidden and empty sheets
    passed over are said in the note. Refused when every sheet is empty, or when only a
    hidden sheet holds anything (it is named, to be chosen by name if it is the one)."""
    file_name = workbook.file_name
    if name is not None:
        wanted = name.strip()
        for sheet in workbook.sheets:
            if sheet.name == wanted or sheet.name.strip().casefold() == wanted.casefold():
                if sheet.empty:
                    raise refused(file_name, tr("SheetFile", "the sheet 「{sheet}」 is empty", sheet=sheet.name))
                return sheet, tr("SheetFile", "Read the sheet 「{sheet}」.", sheet=sheet.name)
        raise refused(file_name, tr("SheetFile", "there is no sheet named 「{sheet}」; the sheets are {sheets}",
                                     sheet=wanted, sheets=_list(s.name for s in workbook.sheets)))
    hidden = [s for s in workbook.sheets if s.hidden]
    chosen = next((s for s in workbook.sheets if not s.hidden and not s.empty), None)
    if chosen is None:
        filled_hidden = [s for s in hidden if not s.empty]
        if filled_hidden:
            raise refused(file_name, tr(
                "SheetFile", "only the hidden sheet 「{sheet}」 holds anything; choose it by name if it is the one "
                "to read", sheet=filled_hidden[0].name))
        if len(workbook.sheets) == 1:
            raise refused(file_name, tr("SheetFile", "the sheet is empty"))
        raise refused(file_name, tr("SheetFile", "every sheet is empty"))
    parts = [tr("SheetFile", "Read the sheet 「{sheet}」.", sheet=chosen.name)]
    skipped_empty = [s.name for s in workbook.sheets[: workbook.sheets.index(chosen)] if not s.hidden]
    if skipped_empty:
        parts.append(tr("SheetFile", "Empty sheets passed over: {sheets}.", sheets=_list(skipped_empty)))
    if hidden:
        parts.append(tr("SheetFile", "Hidden sheets not read: {sheets}.", sheets=_list(s.name for s in hidden)))
    others = [s.name for s in workbook.sheets if s is not chosen and not s.hidden and s.name not in skipped_empty]
    if others:
        parts.append(tr("SheetFile", "Other sheets not read: {sheets}.", sheets=_list(others)))
    return chosen, " ".join(parts)


def _list(names) -> str:
    return "、".join(f"「{n}」" for n in names)
