"""Where arapp finds its resources and keeps its data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def user_data_dir(*, create: bool = True) -> Path:
    """The per-user data folder (created on demand unless ``create=False``);
    ARAPP_DATA_DIR overrides it."""
    override = os.environ.get("ARAPP_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir("arapp", appauthor=False))
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path(*, create_folder: bool = True) -> Path:
    """The SQLite file the books live in unless ARAPP_DB or an argument names another
    (its folder is made on demand unless ``create_folder=False``)."""
    return user_data_dir(create=create_folder) / "arapp.sqlite3"


#: The demo books' file in the user data folder: a file of their own, never the user's books.
DEMO_FILE_NAME = "demo.sqlite3"


def demo_database_path(*, create_folder: bool = True) -> Path:
    """The SQLite file of the demo books (an invented company, for trying arapp), beside
    the default books in the user data folder; ``arapp demo`` and File → Open demo books
    make it. A user's own books never receive demo data."""
    return user_data_dir(create=create_folder) / DEMO_FILE_NAME


def is_demo_database_path(target: str | os.PathLike | None) -> bool:
    """Does ``target`` name the demo books' file in the user data folder?"""
    if target is None or str(target) == "" or "://" in str(target):
        return False
    demo = demo_database_path(create_folder=False)
    return Path(target).expanduser().absolute() == demo.absolute()


def cjk_font_path() -> Path | None:
    """A TrueType font with Chinese glyphs. On Windows Microsoft YaHei or SimSun where the
    PC has them (what users there see every day), else the bundled one, else a system one."""
    windows = Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"
    preferred = [windows / "msyh.ttc", windows / "simsun.ttc"] if sys.platform == "win32" else []
    candidates = [
        *preferred,
        RESOURCES / "fonts" / "wqy-microhei.ttc",
        Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
        Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
        windows / "msyh.ttc",
        windows / "simhei.ttf",
        windows / "simsun.ttc",
    ]
    for c in candidates:
        if c.exists():
            return c
    return None
