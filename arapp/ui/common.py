"""Small pieces the tabs and dialogs share: settings, message boxes, amounts, dates,
and the translated names of statuses and kinds."""

from __future__ import annotations

import datetime as _dt
import os

from PySide6.QtCore import QDate, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QStyle,
    QTextEdit,
    QWidget,
)

from arapp.domain import limits
from arapp.domain.money import format_amount, parse_amount
from arapp.errors import ArappError

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
    """Outline a field the last save refused (or clear the outline). A marked field
    clears itself as soon as the user puts it right (see :func:`_watch_until_valid`),
    and with the last marked field of its window the red error line goes too."""
    if widget is None:
        return
    widget.setStyleSheet(INVALID_STYLE if invalid else "")
    widget.setProperty("invalid", invalid)
    if invalid:
        _watch_until_valid(widget)


def _field_reads(widget: QWidget) -> bool:
    """Whether a field now holds something a save could take: an amount that parses,
    text that is not blank; any other change (a choice, a date, a number) counts."""
    if isinstance(widget, AmountEdit):
        try:
            widget.fen()
        except ArappError:
            return False
        return True
    text = None
    if isinstance(widget, QLineEdit):
        text = widget.text()
    elif isinstance(widget, QPlainTextEdit):
        text = widget.toPlainText()
    elif isinstance(widget, QTextEdit):
        text = widget.toPlainText()
    elif isinstance(widget, QComboBox) and widget.isEditable():
        text = widget.currentText()
    return text is None or bool(text.strip())


def _change_signals(widget: QWidget) -> list:
    if isinstance(widget, QLineEdit):
        return [widget.textChanged]
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged, widget.editTextChanged]
    if isinstance(widget, QDateTimeEdit):
        return [widget.dateTimeChanged]
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return [widget.valueChanged]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    changed = getattr(widget, "changed", None)       # a composite field (a customer picker)
    return [changed] if changed is not None and hasattr(changed, "connect") else []


def _watch_until_valid(widget: QWidget) -> None:
    """Once: when the marked field changes and reads (_field_reads), drop its outline;
    when no field of its window is marked any more, hide the window's error lines."""
    if widget.property("_watched_until_valid"):
        return
    widget.setProperty("_watched_until_valid", True)

    def changed(*_args) -> None:
        if not widget.property("invalid") or not _field_reads(widget):
            return
        mark_invalid(widget, False)
        window = widget.window()
        still = [w for w in window.findChildren(QWidget) if w.property("invalid") and w.window() is window]
        if not still:
            for label in window.findChildren(ErrorLabel):
                if label.window() is window:
                    label.clear_message()

    for signal in _change_signals(widget):
        signal.connect(changed)


def fit_combo(combo: QComboBox) -> QComboBox:
    """A combo box as wide as its longest item in the language shown ("Finance mar" no
    more); its size hint is then what a table column or layout must give it."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def fit_combo_column(view, column: int) -> None:
    """Widen ``column`` of a table view so the combo boxes set in its cells show their
    longest item (never narrower than it was)."""
    need = max((w.sizeHint().width() for r in range(view.rowCount())
                if isinstance(w := view.cellWidget(r, column), QComboBox)), default=0)
    if need > view.columnWidth(column):
        view.setColumnWidth(column, need)


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


def cell_margin(view) -> int:
    """What a table cell keeps free of text on its two sides together (the style's focus
    frame margin and one pixel each side): a text fits when its advance plus this fits."""
    return 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)


def content_width(view, column: int, rows, *, header_pad: int = 10) -> int:
    """The width column ``column`` of a table view needs for its header and the cells of
    ``rows`` (each in its own font: a bold totals row is wider), so none is elided."""
    model = view.model()
    width = header_width(view, column, header_pad)
    base = view.fontMetrics()
    margin = cell_margin(view) + 2
    for row in rows:
        index = model.index(row, column)
        text = model.data(index)
        if text in (None, ""):
            continue
        font = model.data(index, Qt.ItemDataRole.FontRole)
        fm = QFontMetrics(font) if isinstance(font, QFont) else base
        width = max(width, fm.horizontalAdvance(str(text)) + margin)
    return width


def header_width(view, column: int, pad: int = 10) -> int:
    """The width a column's header title needs to be read whole."""
    header = view.horizontalHeader()
    label = view.model().headerData(column, Qt.Orientation.Horizontal) or ""
    width = QFontMetrics(header.font()).horizontalAdvance(str(label)) + pad
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
        width += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + 4
    return width


def fill_columns(view, *, rows, stretch: int | None, shrinkable: list[int],
                 caps: dict[int, int] | None = None, floors: dict[int, int] | None = None) -> None:
    """Size a table view's columns to their widest header or cell among ``rows`` (the
    first page and any totals row), the ``caps`` holding wordy columns back, then share
    the view's width: the ``stretch`` column (the name) takes the room left over; when
    the columns are wider than the view, the ``shrinkable`` ones (names, words) give
    way down to their ``floors`` (their header by default) and elide. Amounts, dates and
    counts keep their width: they are never elided."""
    model = view.model()
    if model is None or model.columnCount() == 0:
        return
    caps = caps or {}
    rows = list(rows)
    shown = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    for c in shown:
        width = content_width(view, c, rows)
        if c in caps:
            width = max(min(width, caps[c]), header_width(view, c))
        view.setColumnWidth(c, width)
    room = view.viewport().width()
    rows_height = model.rowCount() * max(1, view.verticalHeader().defaultSectionSize())
    bar = view.verticalScrollBar()
    if not bar.isVisible() and rows_height > view.viewport().height() \
            and view.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        room -= bar.sizeHint().width()              # the bar that is about to appear
    used = sum(view.columnWidth(c) for c in shown)
    if used < room and stretch is not None and stretch in shown:
        view.setColumnWidth(stretch, view.columnWidth(stretch) + room - used)
    elif used > room:
        floors = {c: header_width(view, c) for c in shrinkable} | (floors or {})
        fit_columns(view, room, [c for c in shrinkable if c in shown], floors)


class RefitOnResize(QObject):
    """Call ``fit()`` again whenever a view's viewport changes width (the window resized,
    a splitter moved, a scroll bar came or went), so its columns keep to its width."""

    def __init__(self, view, fit):
        super().__init__(view)
        self.fit = fit
        self._width = -1
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and watched.width() != self._width:
            self._width = watched.width()
            self.fit()
        return False


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
