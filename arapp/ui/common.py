"""Small pieces the tabs and dialogs share: settings, message boxes, amounts, dates,
and the translated names of statuses and kinds."""

from __future__ import annotations

import datetime as _dt
import os

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from arapp.domain import limits
from arapp.domain.money import format_amount, parse_amount

ORGANIZATION = "arapp"
APPLICATION = "arapp"


# --------------------------------------------------------------------------- settings

def ui_settings() -> QSettings:
    """Window geometry and UI state only (business settings live in the database).

    QSettings("arapp", "arapp") in the platform's place; with ARAPP_DATA_DIR set (tests,
    portable installs) an INI file under that folder instead, so nothing leaks out.
    """
    data_dir = os.environ.get("ARAPP_DATA_DIR")
    if data_dir:
        return QSettings(os.path.join(data_dir, "ui-settings.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


# --------------------------------------------------------------------------- messages
# Tests replace these (monkeypatch) so no modal box ever waits for a click.

def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """A line of text from the user (None when cancelled)."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, title, label)
    return text.strip() if ok and text.strip() else None


# --------------------------------------------------------------------------- amounts and dates

AMOUNT_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def amount_text(fen: int | None) -> str:
    """Fen for a table cell: 1,234.56 (the column header says 元)."""
    if fen is None:
        return ""
    return format_amount(fen, symbol=False)


def money_text(fen: int) -> str:
    """Fen for a label: ¥1,234.56."""
    return format_amount(fen)


def date_text(d: _dt.date | None) -> str:
    return d.isoformat() if d else ""


def to_qdate(d: _dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> _dt.date:
    return _dt.date(q.year(), q.month(), q.day())


def keep_to_window(edit, window: limits.DateWindow, *, extra_days: int = 0,
                   until: _dt.date | None = None) -> None:
    """Let a date edit offer only the dates the books accept (``extra_days`` more at the end,
    for a due date that may lie after the window; nothing after ``until``, today for the
    date of money that moved)."""
    latest = window.latest + _dt.timedelta(days=extra_days)
    if until is not None:
        latest = max(window.earliest, min(latest, until))
    edit.setDateRange(to_qdate(window.earliest), to_qdate(latest))


class AmountEdit(QLineEdit):
    """A line edit for an amount in yuan; ``fen()`` parses it (ValidationError if bad).
    ``document=True`` is for the amount of a document (a receipt, a promise): it may not be
    more than the books' cap (arapp.domain.limits), which the refusal names."""

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = False, document: bool = False):
        super().__init__(parent)
        self.allow_empty = allow_empty
        self.document = document
        self.setAlignment(AMOUNT_ALIGN)
        self.setPlaceholderText("0.00")
        self.setMaxLength(40)

    def fen(self, *, field: str | None = None) -> int | None:
        text = self.text().strip()
        if not text and self.allow_empty:
            return None
        fen = parse_amount(text, allow_negative=False, field=field)
        return limits.check_amount(fen, field=field) if self.document else fen

    def set_fen(self, fen: int | None) -> None:
        self.setText("" if fen is None else format_amount(fen, symbol=False))


class ErrorLabel(QLabel):
    """A red line under a form for the message of a refused save."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


INVALID_STYLE = "border: 1px solid #d32f2f;"


def mark_invalid(widget: QWidget | None, invalid: bool = True) -> None:
    if widget is None:
        return
    widget.setStyleSheet(INVALID_STYLE if invalid else "")
    widget.setProperty("invalid", invalid)


def fit_columns(view, room: int, shrinkable: list[int], floors: dict[int, int]) -> None:
    """Narrow the ``shrinkable`` columns of a table view (the widest first, each no
    narrower than its floor) until all columns fit in ``room`` pixels, so no column
    (amounts least of all) is left under the right edge; their text is elided."""
    header = view.horizontalHeader()
    count = header.count()
    over = sum(view.columnWidth(c) for c in range(count) if not view.isColumnHidden(c)) - room
    while over > 0:
        candidates = [c for c in shrinkable if view.columnWidth(c) > floors.get(c, 0)]
        if not candidates:
            return
        widest = max(candidates, key=view.columnWidth)
        others = [view.columnWidth(c) for c in candidates if c != widest]
        target = max(floors.get(widest, 0), max(others, default=0), view.columnWidth(widest) - over)
        if target >= view.columnWidth(widest):
            target = max(floors.get(widest, 0), view.columnWidth(widest) - max(1, over // len(candidates)))
        over -= view.columnWidth(widest) - target
        view.setColumnWidth(widest, target)


def view_room(view) -> int:
    """The width a table view's columns have before a horizontal scroll bar is needed,
    keeping room for the vertical one (it may appear only once the rows are laid out)."""
    return view.width() - 2 * view.frameWidth() - view.verticalScrollBar().sizeHint().width() - 2


class RefreshWhenShown:
    """Mixin for a tab that shows what is in the books: when a write elsewhere touched
    what it shows, reload at once if it is showing, else when it is next shown.

    The tab provides ``refresh_now()`` and names in ``WATCHES`` the kinds of record
    (arapp.services.changes.KINDS) it shows; the window connects each tab's
    ``books_changed`` to the operations' ``changed`` signal. A tab whose figures are
    costly loads for the first time when first shown; one that loads itself when it is
    made sets ``LOAD_WHEN_FIRST_SHOWN = False``. Put the mixin before QWidget in the bases."""

    WATCHES: tuple[str, ...] = ()
    LOAD_WHEN_FIRST_SHOWN = True
    _stale: bool | None = None          # None: not decided yet (see LOAD_WHEN_FIRST_SHOWN)

    def _is_stale(self) -> bool:
        if self._stale is None:
            self._stale = self.LOAD_WHEN_FIRST_SHOWN
        return self._stale

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._is_stale():
            self._stale = False
            self.refresh_now()

    def mark_stale(self) -> None:
        """The books changed: reload now if the tab is showing, else when it is next shown."""
        if self.isVisible():
            self._stale = False
            self.refresh_now()
        else:
            self._stale = True

    def books_changed(self, changes) -> None:
        """A write committed (arapp.ui.operations): reload if it touched what the tab shows."""
        if changes.touches(*self.WATCHES):
            self.mark_stale()
