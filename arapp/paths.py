"""Where arapp finds its resources and keeps its data."""

from __future__ import annotations

import os
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
