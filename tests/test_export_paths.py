"""An export to a path it cannot write (a folder that does not exist, a folder itself, a
place the user may not write) is a refusal in the user's language naming the path and
the reason: exit 2, no traceback, nothing half-written (no ``.part`` left beside it)."""

from __future__ import annotations

import os

import pytest

from arapp import cli
from arapp.errors import ValidationError
from arapp.reports.table import Column, ReportTable

EXPORTS = [
    ["report", "weekly-overdue", "--format", "pdf"],
    ["report", "weekly-overdue", "--format", "xlsx"],
    ["report", "credit-record", "--format", "pdf"],
    ["aging", "--format", "pdf"],
    ["aging", "--format", "xlsx"],
    ["aging", "--format", "csv"],
    ["aging", "--format", "json"],
    ["collectors", "report", "--format", "pdf"],
    ["collectors", "report", "--format", "xlsx"],
    ["contact", "reasons", "--format", "xlsx"],
    ["contact", "reasons", "--format", "pdf"],
]


@pytest.fixture
def books(tmp_path, capsys) -> str:
    path = str(tmp_path / "b.sqlite3")
    assert cli.main(["init", path]) == 0
    assert cli.main(["--db", path, "customer", "add", "--name", "杭州恒达贸易有限公司", "--code", "HD01"]) == 0
    capsys.readouterr()
    return path


def _run(capsys, books, lang, args, output):
    code = cli.main(["--db", books, "--lang", lang, *args, "-o", str(output)])
    out, err = capsys.readouterr()
    return code, out, err


def _leftovers(folder):
    return sorted(p.name for p in folder.rglob("*.part"))


@pytest.mark.parametrize("args", EXPORTS, ids=lambda a: "-".join(a))
def test_export_into_a_missing_folder_is_refused_in_the_users_words(capsys, books, tmp_path, args):
    target = tmp_path / "no-such-folder" / f"out.{args[-1]}"
    code, _out, err = _run(capsys, books, "en", args, target)
    assert code == 2, err
    assert "Traceback" not in err
    assert str(target) in err and "does not exist" in err
    assert not target.parent.exists()


@pytest.mark.parametrize("args", EXPORTS, ids=lambda a: "-".join(a))
def test_export_onto_a_folder_is_refused_and_leaves_nothing_behind(capsys, books, tmp_path, args):
    folder = tmp_path / "reports"
    folder.mkdir()
    code, _out, err = _run(capsys, books, "zh_CN", args, folder)
    assert code == 2, err
    assert str(folder) in err and "文件夹" in err
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
@pytest.mark.parametrize("args", EXPORTS[:1] + EXPORTS[4:6], ids=lambda a: "-".join(a))
def test_export_into_a_read_only_folder_says_it_is_not_allowed(capsys, books, tmp_path, args):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        code, _out, err = _run(capsys, books, "en", args, folder / f"out.{args[-1]}")
    finally:
        folder.chmod(0o700)
    assert code == 2, err
    assert "not allowed" in err and str(folder / f"out.{args[-1]}") in err
    assert list(folder.iterdir()) == []


def test_a_failed_write_removes_its_part_file(tmp_path, monkeypatch):
    """The writer fails after the ``.part`` is written (the rename is refused): the part
    goes, the refusal names the file."""
    from arapp import exports

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    table = ReportTable("T", [Column("a", "A", "text")], [["x"]])
    target = tmp_path / "t.xlsx"
    with pytest.raises(ValidationError) as caught:
        exports.export_tables([table], "xlsx", target)
    assert str(target) in caught.value.message
    assert "not allowed" in caught.value.message or "不允许" in caught.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == []
