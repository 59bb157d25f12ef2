"""Where an export is written: a file the user named, refused in the user's language
when it cannot be written there, never left half-written.

Every writer writes ``NAME.part`` beside the file and renames it over the file when done,
so a reader never sees half a file. :func:`output_file` wraps a write: a folder that does
not exist, a path that is a folder, a place the user may not write or a full disk is a
:class:`~arapp.errors.ValidationError` naming the path and the reason, and the ``.part``
is removed. Nothing in the books changes either way.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from arapp.errors import ValidationError
from arapp.i18n import tr

__all__ = ["output_file", "part_path", "write_text_file"]


def part_path(path: str | os.PathLike) -> Path:
    """The temporary name a file is written under before it replaces ``path``."""
    path = Path(path)
    return path.with_name(path.name + ".part")


def _refusal(path: Path, exc: OSError | None = None) -> ValidationError:
    where = str(path)
    folder = str(path.parent)
    code = exc.errno if exc is not None else None
    if path.is_dir() or isinstance(exc, IsADirectoryError):
        text = tr("exports", "Cannot write {path}: it is a folder. Choose a file name inside it.", path=where)
    elif not path.parent.is_dir() or isinstance(exc, FileNotFoundError | NotADirectoryError):
        text = tr("exports", "Cannot write {path}: the folder {folder} does not exist.", path=where, folder=folder)
    elif isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = tr("exports", "Cannot write {path}: writing there is not allowed (no permission, or the file is "
                             "open in another program).", path=where)
    elif code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        text = tr("exports", "Cannot write {path}: the disk is full.", path=where)
    else:
        reason = (exc.strerror if exc is not None else None) or str(exc)
        text = tr("exports", "Cannot write {path}: {reason}", path=where, reason=reason)
    return ValidationError(text, field="output")


def _concerns(exc: OSError, path: Path) -> bool:
    """Whether the failure is of writing ``path`` (or its part), not of reading a font."""
    names = {str(path), str(part_path(path)), os.fspath(path.parent)}
    given = {os.fspath(n) for n in (exc.filename, exc.filename2) if n is not None}
    return not given or bool(given & names) or isinstance(exc, IsADirectoryError)


def _remove_part(path: Path) -> None:
    part = part_path(path)
    try:
        if part.is_file() or part.is_symlink():
            part.unlink()
    except OSError:          # best effort: the refusal still says what went wrong
        pass


@contextmanager
def output_file(path: str | os.PathLike) -> Iterator[Path]:
    """Around writing the file ``path``: refuse a path that cannot be a file before any
    work, and turn a failure of the write into a refusal naming the path and the reason,
    with the half-written ``.part`` removed."""
    path = Path(path)
    if path.is_dir() or not path.parent.is_dir():
        raise _refusal(path)
    try:
        yield path
    except OSError as exc:
        _remove_part(path)
        if not _concerns(exc, path):
            raise
        raise _refusal(path, exc) from exc
    except BaseException:
        _remove_part(path)
        raise


def write_text_file(path: str | os.PathLike, pieces: Iterable[str], *, encoding: str = "utf-8",
                    newline: str | None = None) -> Path:
    """Write text (its pieces one after another) to ``path`` whole or not at all."""
    with output_file(path) as target:
        part = part_path(target)
        with open(part, "w", encoding=encoding, newline=newline) as f:
            for piece in pieces:
                f.write(piece)
        os.replace(part, target)
    return target
