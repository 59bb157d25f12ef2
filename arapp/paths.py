"""Where arapp finds its resources and keeps its data."""

from __future__ import annotations

import os
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def user_data_dir() -> Path:
    """The per-user data folder (created on demand); ARAPP_DATA_DIR overrides it."""
    override = os.environ.get("ARAPP_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir("arapp", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    """The SQLite file the books live in unless ARAPP_DB or an argument names another."""
    return user_data_dir() / "arapp.sqlite3"


def cjk_font_path() -> Path | None:
    """A TrueType font with Chinese glyphs: the bundled one, else a system one."""
    candidates = [
        RESOURCES / "fonts" / "wqy-microhei.ttc",
        Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
        Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
        Path("C:/Windows/Fonts/msyh.ttc"),
        Path("C:/Windows/Fonts/simhei.ttf"),
        Path("C:/Windows/Fonts/simsun.ttc"),
    ]
    for c in candidates:
        if c.exists():
            return c
    return None
