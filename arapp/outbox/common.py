"""What every kind of document shares: the result of making one, and the batch runner.

A *job* is one customer's document still to lay out: :class:`Job` holds the flowables'
maker (called only when the document is laid, so a batch of thousands keeps one in
memory at a time... as far as ReportLab allows) and the archive record it will get.
:func:`run_batch` lays jobs into one combined PDF or one file per customer, with
progress and cancel, and archives them only when every file is finished: a cancelled or
failed batch archives nothing and leaves no file behind.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from arapp import i18n
from arapp.documents.letterhead import DocumentSpec, Pieces, build_documents
from arapp.errors import Cancelled, ValidationError
from arapp.exports.files import output_file, part_path
from arapp.i18n import tr
from arapp.reports.company import letterhead
from arapp.services.documents import DocumentPart, archive, archive_many

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


@dataclass
class Job:
    """One customer's document to make: ``story(pieces)`` returns its flowables; ``part`` is
    its archive record (pages filled in when laid); ``file_stem`` names its own file."""

    story: Callable[[Pieces], list]
    part: DocumentPart
    file_stem: str


@dataclass
class Made:
    """A document (or a batch) made and archived: the PDF's bytes, its suggested file name,
    page count, the archive's file id and document ids, and where it was written (if asked)."""

    content: bytes
    file_name: str
    pages: int
    file_id: int | None = None
    document_ids: list[int] = field(default_factory=list)
    path: Path | None = None
    changes: object = None


@dataclass
class BatchResult:
    """What a batch made: the files written, the number of documents and customers, and the
    customers left out with the reason (no address, nothing owed …)."""

    files: list[Path] = field(default_factory=list)
    documents: int = 0
    document_ids: list[int] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    changes: object = None


def language() -> str:
    """The language documents are made in: the user's (the window's or the terminal's)."""
    return i18n.language()


#: The kinds of customer a letter addresses as a company (贵司); the others are people (您).
COMPANY_KINDS = ("enterprise", "agent")


def you(customer_id: int) -> str:
    """How a document addresses the customer: 贵司 to a company, 您 to a person (an owner,
    a tenant, an individual); "you" in English either way."""
    from arapp.reports.customers import customer_kind

    if customer_kind(customer_id) in COMPANY_KINDS:
        return tr("AddressCompany", "you")
    return tr("AddressPerson", "you")


def long_date(day) -> str:
    """A date as documents print it: 2026年11月20日 in Chinese, 2026-11-20 in English."""
    if language() == "zh_CN":
        return f"{day.year}年{day.month}月{day.day}日"
    return day.isoformat()


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_name(text: str) -> str:
    """``text`` made a file name Windows and Linux both accept."""
    return _UNSAFE.sub("_", text).strip(" .") or "document"


def render(jobs: Sequence[Job], *, title: str = "", progress: ProgressFn | None = None,
           cancelled: CancelledFn | None = None) -> tuple[bytes, list[DocumentPart], int]:
    """Lay ``jobs`` into one PDF in memory: its bytes, the parts with their pages, the page count."""
    pieces = Pieces(letterhead())
    buf = io.BytesIO()
    specs = (DocumentSpec(job.story(pieces), job.part.title) for job in jobs)
    built = build_documents(buf, specs, pieces, title=title, total=len(jobs), progress=progress,
                            cancelled=cancelled)
    parts = [replace(job.part, first_page=first, pages=count)
             for job, first, count in zip(jobs, built.first_pages, built.page_counts, strict=True)]
    return buf.getvalue(), parts, built.pages


def make_one(job: Job, *, out: str | os.PathLike | None = None, title: str = "", keep: bool = True) -> Made:
    """Lay one document, archive it (``keep``; a preview archives nothing) and write it to
    ``out`` when given (a path that cannot be written is refused before any work)."""
    file_name = safe_name(job.file_stem) + ".pdf"
    if out is not None:
        with output_file(out):
            pass
    content, parts, pages = render([job], title=title or job.part.title)
    made = Made(content, file_name, pages)
    if out is not None:
        made.path = write_bytes(out, content)
    if keep:
        archived = archive(content, made.path.name if made.path else file_name, parts, pages=pages)
        made.file_id, made.document_ids, made.changes = archived.file_id, archived.document_ids, archived.changes
    return made


def write_bytes(path: str | os.PathLike, content: bytes) -> Path:
    """Write ``content`` to ``path`` whole or not at all (refused by name when it cannot be)."""
    with output_file(path) as target:
        part = part_path(target)
        with open(part, "wb") as f:
            f.write(content)
        os.replace(part, target)
    return target


def run_batch(jobs: Sequence[Job], out: str | os.PathLike, *, combined: bool, file_name: str, title: str = "",
              progress: ProgressFn | None = None, cancelled: CancelledFn | None = None) -> BatchResult:
    """Make ``jobs``: with ``combined`` one PDF at ``out`` (a file), else one file per job in
    the folder ``out`` (named by each job's ``file_stem``). Every file is finished before
    anything is archived; on cancel or failure the files already written are removed and
    nothing is archived (:class:`arapp.errors.Cancelled` is raised on cancel)."""
    out = Path(out)
    result = BatchResult()
    if not jobs:
        return result
    if combined:
        if out.is_dir():
            out = out / (safe_name(file_name) + ".pdf")
        with output_file(out):
            pass
    elif not out.is_dir():
        raise ValidationError(tr("outbox", "Cannot write into {path}: it is not a folder", path=str(out)),
                              field="output")
    written: list[Path] = []
    archives: list[tuple[bytes, str, list[DocumentPart], int]] = []
    try:
        if combined:
            content, parts, pages = render(jobs, title=title, progress=progress, cancelled=cancelled)
            written.append(write_bytes(out, content))
            archives.append((content, out.name, parts, pages))
        else:
            used: dict[str, int] = {}
            for index, job in enumerate(jobs):
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(index, len(jobs))
                content, parts, pages = render([job], title=job.part.title)
                stem = safe_name(job.file_stem)
                used[stem] = used.get(stem, 0) + 1
                name = stem + (f"-{used[stem]}" if used[stem] > 1 else "") + ".pdf"
                written.append(write_bytes(out / name, content))
                archives.append((content, name, parts, pages))
            if progress is not None:
                progress(len(jobs), len(jobs))
        if cancelled is not None and cancelled():
            raise Cancelled()
        archived = archive_many(archives)
        result.document_ids = [i for a in archived for i in a.document_ids]
        changes = None
        for a in archived:
            changes = a.changes if changes is None else changes | a.changes
        result.changes = changes
    except BaseException:
        for path in written:
            try:
                path.unlink()
            except OSError:
                pass
        raise
    result.files = written
    result.documents = len(jobs)
    return result
