"""What kind of books are open: the demo books are marked as such when they are made."""

from __future__ import annotations

from arapp.db.models import CompanySetting

#: The company setting :func:`arapp.demo.build_demo` writes into the books it fills
#: ("1"); the window's title and status bar then say 演示数据 / Demo data.
DEMO_SETTING = "books.demo"


def is_demo_books() -> bool:
    """True when the open books are demo books (filled by ``arapp demo``)."""
    row = CompanySetting.get_or_none(CompanySetting.key == DEMO_SETTING)
    return row is not None and row.value == "1"
