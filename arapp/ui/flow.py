"""Layouts that wrap instead of scrolling sideways: a flow layout (widgets left to right,
onto the next line when the row is full) and page buttons that stand for a tab bar,
so every page's title is read whole in a narrow pane, in any language."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QButtonGroup, QLayout, QSizePolicy, QTabWidget, QToolButton, QWidget


class FlowLayout(QLayout):
    """Widgets in a row that wraps onto more lines when narrower than their widths; its
    height follows its width (heightForWidth), so a pane never needs a sideways scroll
    bar for it."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6):
        super().__init__(parent)
        self._items = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._lay_out(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._lay_out(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _lay_out(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


class PageButtons(QWidget):
    """The titles of a QTabWidget's pages as buttons that wrap onto a second line when
    the pane is narrow (a tab bar would scroll); the tab widget's own bar is hidden.
    Call ``sync()`` after changing the page titles."""

    def __init__(self, pages: QTabWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.pages = pages
        pages.tabBar().hide()
        pages.setDocumentMode(True)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QToolButton] = []
        self.flow = FlowLayout(self, spacing=2)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.group.idClicked.connect(pages.setCurrentIndex)
        pages.currentChanged.connect(self._check)
        self.sync()

    def sync(self) -> None:
        """One button per page with the page's title; the current page's is checked."""
        while len(self.buttons) < self.pages.count():
            b = QToolButton()
            b.setCheckable(True)
            b.setAutoRaise(True)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setStyleSheet("QToolButton { padding: 2px 8px; } "
                            "QToolButton:checked { font-weight: bold; border-bottom: 2px solid #1565c0; }")
            self.group.addButton(b, len(self.buttons))
            self.flow.addWidget(b)
            self.buttons.append(b)
        for i, b in enumerate(self.buttons):
            b.setVisible(i < self.pages.count())
            if i < self.pages.count():
                b.setText(self.pages.tabText(i))
        self._check(self.pages.currentIndex())
        self.flow.invalidate()
        self.updateGeometry()

    def _check(self, index: int) -> None:
        if 0 <= index < len(self.buttons):
            self.buttons[index].setChecked(True)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.flow.heightForWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = max(self.width(), self.flow.minimumSize().width())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.flow.minimumSize()
