"""What an empty list says on books with no customers yet: what to do next, with buttons
that do it (add a customer, import customers from Excel, open other books, open the demo books as File → Open demo
books does: their own file, made and filled on first use; the open books untouched).

An :class:`EmptyState` lies over a table view's empty area and shows itself only while
the view has no rows and the books have no customer; :func:`install_empty_states` puts
one on each list of the main window (customers, invoices, receipts, aging, collections)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def books_have_customers() -> bool:
    """Whether the open books hold any customer (False when they cannot be read)."""
    from arapp.reports.customers import customer_count

    try:
        return customer_count() > 0
    except Exception:  # books being switched or unreadable: say nothing over the list
        return True


class EmptyState(QWidget):
    """「还没有客户」 over an empty list, with Add a customer…, Open books… and Open demo
    books buttons; hidden as soon as the list has rows or the books have a customer."""

    addRequested = Signal()
    importRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.title = QLabel()
        font = self.title.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setStyleSheet("color: #555;")
        self.add_button = QPushButton()
        self.import_button = QPushButton()
        self.open_button = QPushButton()
        self.demo_button = QPushButton()
        self.add_button.clicked.connect(self.addRequested)
        self.import_button.clicked.connect(self.importRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        box = QWidget()
        box.setMinimumWidth(380)
        box.setMaximumWidth(640)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.hint)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.retranslate_ui()
        view.viewport().installEventFilter(self)
        self._watch(view.model())
        self.hide()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("No customers yet"))
        self.hint.setText(self.tr(
            "Add your first customer to start, bring your customers and your old receivable ledger in "
            "from Excel (File → Import), or open books you keep elsewhere. To try arapp first, "
            "click Open demo books (also in the File menu): an invented company in a file of its own; "
            "these books are not touched."))
        self.add_button.setText(self.tr("Add a customer…"))
        self.import_button.setText(self.tr("Import from Excel…"))
        self.open_button.setText(self.tr("Open books…"))
        self.demo_button.setText(self.tr("Open demo books"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _watch(self, model) -> None:
        if model is None:
            return
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update_state)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.setGeometry(self.view.viewport().geometry())
            if event.type() == QEvent.Type.Show:
                self.update_state()
        return False

    def update_state(self, *_args) -> None:
        """Show while the list is empty and the books have no customer; else hide."""
        model = self.view.model()
        rows = model.rowCount() if model is not None else 0
        if rows and hasattr(model, "is_totals") and model.is_totals(rows - 1):
            rows -= 1                                 # a totals row alone (the aging) is empty
        empty = model is not None and rows == 0 and not books_have_customers()
        if empty:
            self.setGeometry(self.view.viewport().geometry())
            self.raise_()
        self.setVisible(empty)


def install_empty_states(window) -> list[EmptyState]:
    """Put an empty state over each list of the main window: Add a customer… opens the
    customer dialog on the Customers tab, Open books… the window's File → Open books…,
    Open demo books the window's File → Open demo books."""

    def add() -> None:
        window.tabs.setCurrentWidget(window.customers_tab)
        window.customers_tab.add_customer()

    states = []
    for view in (window.customers_tab.view, window.invoices_tab.view, window.receipts_tab.view,
                 window.aging_tab.table, window.collections_tab.table):
        state = EmptyState(view)
        state.addRequested.connect(add)
        state.importRequested.connect(lambda: window.open_onboarding("customers"))
        state.openRequested.connect(lambda: window.choose_database())
        state.demoRequested.connect(lambda: window.open_demo_books())
        states.append(state)
    return states
