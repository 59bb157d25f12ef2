"""The Customers tab (客户): search, the list with balances, and one customer's detail.

The list pages from reports.customers.customer_list_page (code, name, alias or phone,
with balances), sorted by a click on a header (by balance or overdue amount, largest
first) and optionally only the customers with something overdue, both in SQL; the
search waits 250 ms after the last keystroke. A credit balance reads 预收 ¥1,200.00 in
the ordinary colour; red is for what is overdue. The detail pane shows
master data, aliases, contacts, the open items with totals and the documents made
(arapp.ui.dialogs.documents_list; a statement of account is made from there). Writes (a new customer,
an edit, a receipt, a credit decision) run as operations; the list reloads when the
operations say a customer or its account changed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arapp import names
from arapp.errors import ArappError
from arapp.reports.balances import customer_balance, open_items
from arapp.reports.customers import customer_card
from arapp.services.context import current_actor
from arapp.ui import common
from arapp.ui.common import (
    RefreshWhenShown,
    amount_text,
    money_text,
)
from arapp.ui.dialogs.customer import CustomerDialog
from arapp.ui.dialogs.documents_list import DocumentsList
from arapp.ui.jobs import JobRunner
from arapp.ui.list_export import ListExport, count_row
from arapp.ui.models.customers import CustomerTableModel, OpenItemsModel, balance_text
from arapp.ui.operations import Operations

SEARCH_DELAY_MS = 250
#: How far the list pages on by itself to find a customer just saved; past that it shows
#: the customer by searching for its code.
FIND_ROWS = 1000


class CustomerDetail(QWidget):
    """One customer: master data, balance, aliases, contacts and open items."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.customer_id: int | None = None

        self.title = QLabel()
        font = self.title.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: #555;")

        # Master data: two columns of label/value pairs.
        self.master_box = QGroupBox()
        grid = QGridLayout(self.master_box)
        self.master_keys = ["kind", "category", "phone", "email", "address", "tax_id", "credit_rating",
                            "credit_limit", "payment_terms_days", "status"]
        self.master_labels: dict[str, QLabel] = {}
        self.master_values: dict[str, QLabel] = {}
        for i, key in enumerate(self.master_keys):
            label, value = QLabel(), QLabel()
            label.setStyleSheet("color: #555;")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.master_labels[key], self.master_values[key] = label, value
            row, col = divmod(i, 2)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(value, row, col * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        # Balance figures.
        self.balance_box = QGroupBox()
        balance_form = QHBoxLayout(self.balance_box)
        self.figure_keys = ["open", "overdue", "credit", "balance"]
        self.figure_labels: dict[str, QLabel] = {}
        self.figure_values: dict[str, QLabel] = {}
        for key in self.figure_keys:
            box = QVBoxLayout()
            label, value = QLabel(), QLabel()
            label.setStyleSheet("color: #555;")
            f = value.font()
            f.setPointSize(f.pointSize() + 2)
            f.setBold(True)
            value.setFont(f)
            self.figure_labels[key], self.figure_values[key] = label, value
            box.addWidget(label)
            box.addWidget(value)
            balance_form.addLayout(box)

        self.aliases_box = QGroupBox()
        self.aliases_text = QLabel()
        self.aliases_text.setWordWrap(True)
        QVBoxLayout(self.aliases_box).addWidget(self.aliases_text)
        self.contacts_box = QGroupBox()
        self.contacts_text = QLabel()
        self.contacts_text.setWordWrap(True)
        self.contacts_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.contacts_box).addWidget(self.contacts_text)
        side = QHBoxLayout()
        side.addWidget(self.aliases_box, 1)
        side.addWidget(self.contacts_box, 2)

        self.items_box = QGroupBox()
        self.items_model = OpenItemsModel(self)
        self.items_view = QTableView()
        self.items_view.setModel(self.items_model)
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_view.verticalHeader().hide()
        items_header = self.items_view.horizontalHeader()
        items_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        items_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.items_view.setMinimumHeight(160)
        self.items_total = QLabel()
        self.items_total.setAlignment(Qt.AlignmentFlag.AlignRight)
        items_layout = QVBoxLayout(self.items_box)
        items_layout.addWidget(self.items_view)
        items_layout.addWidget(self.items_total)

        # The documents made for the customer (letters, statements, receipts), to open again.
        self.documents_box = QGroupBox()
        self.documents = DocumentsList()
        self.statement_button = QPushButton()       # the tab makes the statement (CustomersTab)
        self.documents.buttons.insertWidget(0, self.statement_button)
        QVBoxLayout(self.documents_box).addWidget(self.documents)

        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #777; font-size: 14px;")

        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.title)
        content_layout.addWidget(self.subtitle)
        content_layout.addWidget(self.balance_box)
        content_layout.addWidget(self.master_box)
        content_layout.addLayout(side)
        content_layout.addWidget(self.items_box, 1)
        content_layout.addWidget(self.documents_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.content)
        self.retranslate_ui()
        self.show_customer(None)

    def retranslate_ui(self) -> None:
        self.master_box.setTitle(self.tr("Master data"))
        self.balance_box.setTitle(self.tr("Balance today"))
        self.aliases_box.setTitle(self.tr("Aliases (names on bank statements)"))
        self.contacts_box.setTitle(self.tr("Contacts"))
        self.items_box.setTitle(self.tr("Open items"))
        self.documents_box.setTitle(self.tr("Documents"))
        self.statement_button.setText(self.tr("Statement of account…"))
        self.statement_button.setToolTip(self.tr("Make the customer's statement of account for a period"))
        self.statement_button.setEnabled(current_actor().may("document.make"))
        self.placeholder.setText(self.tr("Select a customer to see the details."))
        texts = {
            "kind": self.tr("Type"), "category": self.tr("Category"), "phone": self.tr("Phone"),
            "email": self.tr("E-mail"), "address": self.tr("Address"), "tax_id": self.tr("Tax ID"),
            "credit_rating": self.tr("Credit rating"), "credit_limit": self.tr("Credit limit"),
            "payment_terms_days": self.tr("Payment terms"), "status": self.tr("Status"),
        }
        for key, label in self.master_labels.items():
            label.setText(texts[key])
        figures = {"open": self.tr("Open invoices"), "overdue": self.tr("Overdue"),
                   "credit": self.tr("Unapplied credit"), "balance": self.tr("Net balance")}
        for key, label in self.figure_labels.items():
            label.setText(figures[key])
        self.items_model.retranslate()
        if self.customer_id is not None:
            self.show_customer(self.customer_id)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()       # the pane's own labels; the tab retranslates its list
        super().changeEvent(event)

    def show_customer(self, customer_id: int | None) -> None:
        """Load one customer's detail (a few small report reads of one customer)."""
        self.customer_id = customer_id
        if customer_id is None:
            self.content.hide()
            self.placeholder.show()
            self.items_model.set_items([])
            self.documents.show_for()
            return
        try:
            c = customer_card(customer_id)
            aliases, contacts = c.aliases, c.contacts
            balance = customer_balance(customer_id)
            items = open_items(customer_id)
        except ArappError as exc:
            self.customer_id = None
            self.content.hide()
            self.placeholder.setText(exc.message)
            self.placeholder.show()
            return
        self.placeholder.hide()
        self.content.show()
        self.title.setText(f"{c.name}")
        self.subtitle.setText(f"{c.code}")
        dash = "—"
        values = {
            "kind": names.customer_kind(c.kind),
            "category": c.category or dash,
            "phone": c.phone or dash,
            "email": c.email or dash,
            "address": c.address or dash,
            "tax_id": c.tax_id or dash,
            "credit_rating": c.credit_rating or dash,
            "credit_limit": money_text(c.credit_limit) if c.credit_limit is not None else names.no_credit_limit(),
            "payment_terms_days": self.tr("{n} day", "{n} days", c.payment_terms_days).format(n=c.payment_terms_days),
            "status": names.customer_status(c.status),
        }
        for key, label in self.master_values.items():
            label.setText(values[key])
        self.figure_values["open"].setText(money_text(balance.open_invoices))
        self.figure_values["overdue"].setText(money_text(balance.overdue))
        self.figure_values["overdue"].setStyleSheet("color: #b71c1c;" if balance.overdue else "")
        self.figure_values["credit"].setText(money_text(balance.credit))
        self.figure_values["balance"].setText(self.tr("Prepaid {amount}").format(amount=money_text(-balance.balance))
                                              if balance.balance < 0 else money_text(balance.balance))
        self.figure_values["balance"].setToolTip(
            self.tr("The customer has paid more than it owes; the credit goes to its next invoices")
            if balance.balance < 0 else "")
        self.aliases_text.setText("\n".join(aliases) if aliases else self.tr("None"))
        if contacts:
            lines = []
            for p in contacts:
                parts = [names.with_note(p.name, p.title)]
                parts += [x for x in (p.phone, p.email) if x]
                lines.append(("★ " if p.is_primary else "") + "  ".join(parts))
            self.contacts_text.setText("\n".join(lines))
        else:
            self.contacts_text.setText(self.tr("None"))
        self.items_model.set_items(items)
        self.documents.show_for(customer_id=customer_id)
        total_open = sum(i.open_amount for i in items)
        total_overdue = sum(i.open_amount for i in items if i.days_overdue)
        self.items_total.setText(
            self.tr("{count} open invoice, {open} open, of which {overdue} overdue", "{count} open invoices, {open} open, of which {overdue} overdue", len(items)).format(
                count=len(items), open=money_text(total_open), overdue=money_text(total_overdue)))


class CustomersTab(RefreshWhenShown, QWidget):
    """Search and list customers; add, edit, take a receipt."""

    showInvoicesRequested = Signal(int, str)   # customer id, label
    newInvoiceRequested = Signal(int)
    statusMessage = Signal(str)                # the tab's own status-bar text (the count is under the list)
    actMessage = Signal(str)                   # what was just done (held over the counts)

    #: The list shows balances and the detail master data, aliases, contacts and open items.
    WATCHES = ("customer", "invoice", "receipt", "credit_note", "allocation")
    LOAD_WHEN_FIRST_SHOWN = False          # the view pages the list in when it is shown

    def __init__(self, runner: JobRunner | None = None, parent: QWidget | None = None, *,
                 ops: Operations | None = None):
        super().__init__(parent)
        self.runner = runner
        self.ops = ops or Operations(runner, self)
        self.ops.changed.connect(self.books_changed)
        self.current_dialog = None
        self._select_after_load: int | None = None
        self._select_next: int | None = None     # a customer just written: select it after the reload
        self._select_code: str | None = None     # its code, to search for when the list does not hold it
        self._written_id: int | None = None      # that customer, while the list looks for it

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_search)

        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_customer)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_customer)
        self.receipt_button = QPushButton()
        self.receipt_button.clicked.connect(self.take_receipt)
        self.apply_credit_button = QPushButton()
        self.apply_credit_button.clicked.connect(lambda: self.apply_credit())
        self.invoice_button = QPushButton()
        self.invoice_button.clicked.connect(self._new_invoice)
        self.show_invoices_button = QPushButton()
        self.show_invoices_button.clicked.connect(self._show_invoices)
        self.credit_button = QPushButton()
        self.credit_button.clicked.connect(self.assess_credit)

        self.overdue_only = QCheckBox()
        self.overdue_only.toggled.connect(self._overdue_only_toggled)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.overdue_only)
        for b in (self.add_button, self.edit_button, self.receipt_button, self.apply_credit_button,
                  self.invoice_button, self.show_invoices_button, self.credit_button):
            bar.addWidget(b)

        self.model = CustomerTableModel(runner, parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 90), (2, 120), (3, 110), (4, 110)):
            self.view.setColumnWidth(col, width)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(self._keep_selection)     # before the view sorts the model
        self.view.setSortingEnabled(True)           # the model sorts in SQL (CustomerTableModel.sort)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.doubleClicked.connect(lambda _index: self.edit_customer())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #555;")
        self.list_export = ListExport(self, runner, name="customers", build=self.export_job,
                                      status=self.actMessage.emit)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view)
        left_layout.addLayout(count_row(self.count_label, self.list_export))

        self.detail = CustomerDetail()
        self.detail.documents.attach(self.ops)
        self.detail.documents.actMessage.connect(self.actMessage)
        self.detail.statement_button.clicked.connect(lambda: self.statement_of_account())
        scroll = QScrollArea()
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self.model.pageLoaded.connect(self._page_loaded)
        self.model.loadFailed.connect(lambda msg: common.show_error(self, self.tr("Customers"), msg))
        self.retranslate_ui()
        self._update_buttons()

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search code, name, alias or phone"))
        self.overdue_only.setText(self.tr("Overdue only"))
        self._size_amount_columns()
        self.overdue_only.setToolTip(self.tr("List only the customers with an amount past its due date"))
        self.view.horizontalHeader().setToolTip(self.tr("Click a column to sort by it (balance and overdue: "
                                                        "largest first)"))
        self.add_button.setText(self.tr("New customer"))
        self.edit_button.setText(self.tr("Edit"))
        self.receipt_button.setText(self.tr("Take payment"))
        self.apply_credit_button.setText(self.tr("Apply credit…"))
        self.apply_credit_button.setToolTip(self.tr("Allocate the customer's unapplied receipts and credit notes "
                                                    "to open invoices"))
        self.invoice_button.setText(self.tr("New invoice"))
        self.show_invoices_button.setText(self.tr("Invoices"))
        self.credit_button.setText(self.tr("Credit…"))
        self.credit_button.setToolTip(self.tr("Credit assessment: suggested rating and the manager's decision"))
        self.list_export.retranslate_ui()
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _size_amount_columns(self) -> None:
        """The balance and overdue columns wide enough for ten million yuan, a credit's
        marker (预收, Prepaid) and the sort arrow included: amounts are never cut."""
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader().fontMetrics()
        for col, widest in ((3, balance_text(-1_234_567_890)), (4, amount_text(1_234_567_890))):
            label = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            self.view.setColumnWidth(col, max(110, metrics.horizontalAdvance(widest) + 16,
                                              header.horizontalAdvance(label) + 34))

    # ------------------------------------------------------------------ list
    def refresh(self, select_id: int | None = None) -> None:
        """Reload the list, selecting ``select_id``, else a customer just written, else
        the one selected (when it is still listed)."""
        for candidate in (select_id, self._select_next, self.selected_customer_id()):
            if candidate is not None:
                break
        self._select_next = None
        self._select_after_load = candidate
        if candidate is None:
            self._select_code = None
        self.model.refresh()

    def refresh_now(self) -> None:
        self.refresh()

    def export_job(self):
        """What Export… writes: every customer the search matches (overdue only, when
        ticked), in the order of the header clicked, with today's balances."""
        from arapp.reports.list_tables import customers_table

        text, (sort, descending), overdue_only = self.model.search_text, self.model.sort_key, self.model.overdue_only
        return lambda: customers_table(text, sort=sort, descending=descending, overdue_only=overdue_only)

    def apply_search(self) -> None:
        self.search_timer.stop()
        if self.search.text().strip() == self.model.search_text and (self.model.rowCount() or self.model.loading):
            return
        self._select_after_load = None
        self.model.set_search_text(self.search.text())

    def _page_loaded(self, _n: int) -> None:
        self._update_count()
        if self._select_after_load is not None:
            row = self.model.row_for_id(self._select_after_load)
            written = self._select_after_load == self._written_id
            if row >= 0:
                self._select_after_load = self._written_id = self._select_code = None
                self.select_row(row)
                self.detail.show_customer(self.model.row_at(row).id)
            elif written and not self.model.exhausted and self.model.rowCount() < FIND_ROWS:
                self.model.fetchMore()           # a customer just written: page on to find it
            elif written and self._select_code is not None:
                self._show_by_code(self._select_code, self._select_after_load)
            else:
                self._select_after_load = self._written_id = self._select_code = None
                if self.model.rowCount():
                    self.select_row(0)
                else:
                    self.detail.show_customer(None)
        elif self.view.currentIndex().row() < 0 and self.model.rowCount():
            self.select_row(0)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if self.model.exhausted:
            self.count_label.setText(self.tr("{count} customer", "{count} customers", n).format(count=n))
        else:
            self.count_label.setText(self.tr("{count} customer shown; scroll for more", "{count} customers shown; scroll for more", n).format(count=n))

    def _keep_selection(self, *_args) -> None:
        """The list is sorted or filtered again: keep the customer selected, if it comes in the first page."""
        if self._select_after_load is None:
            self._select_after_load = self.selected_customer_id()

    def _overdue_only_toggled(self, on: bool) -> None:
        self._keep_selection()
        self.model.set_overdue_only(on)

    def _show_by_code(self, code: str, customer_id: int) -> None:
        """List the customer just saved by searching for its code (the list as it was
        does not hold it, or not within its first pages), and select it."""
        self._select_code = None
        self.search_timer.stop()
        self.overdue_only.blockSignals(True)
        self.overdue_only.setChecked(False)
        self.overdue_only.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(code)
        self.search.blockSignals(False)
        self._select_after_load = customer_id
        self.model.set_search_text(code, overdue_only=False)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def select_customer(self, customer_id: int) -> None:
        row = self.model.row_for_id(customer_id)
        if row >= 0:
            self.select_row(row)
        else:
            self._select_after_load = customer_id

    def selected_customer_id(self) -> int | None:
        row = self.model.row_at(self.view.currentIndex().row())
        return row.id if row is not None else None

    def _current_changed(self, current, _previous) -> None:
        row = self.model.row_at(current.row())
        self.detail.show_customer(row.id if row is not None else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_customer_id() is not None
        for b in (self.edit_button, self.receipt_button, self.invoice_button, self.show_invoices_button,
                  self.credit_button):
            b.setEnabled(has)
        row = self.model.row_at(self.view.currentIndex().row())
        self.apply_credit_button.setEnabled(row is not None and row.credit > 0)

    # ------------------------------------------------------------------ actions
    def add_customer(self) -> CustomerDialog:
        dialog = CustomerDialog(self)
        self._open_dialog(dialog, lambda: self._customer_written(dialog.change))
        return dialog

    def edit_customer(self) -> CustomerDialog | None:
        customer_id = self.selected_customer_id()
        if customer_id is None:
            return None
        dialog = CustomerDialog(self, customer_id)
        self._open_dialog(dialog, lambda: self._customer_written(dialog.change))
        return dialog

    def _open_dialog(self, dialog, on_saved=None) -> None:
        """Open a dialog window-modally; after its write, select its customer (the
        operation's broadcast reloads the list)."""
        self.current_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_saved or (lambda: self._customer_saved(
            dialog.change.customer_id if dialog.change else None)))
        dialog.finished.connect(lambda _r: setattr(self, "current_dialog", None))
        dialog.open()

    def _customer_saved(self, customer_id: int | None) -> None:
        if customer_id is not None:
            self._select_next = self._written_id = customer_id

    def _customer_written(self, change) -> None:
        """A customer was added or changed: select and show it once the list reloads,
        and say so in the status bar."""
        if change is None:
            return
        self._customer_saved(change.customer_id)
        self._select_code = change.code
        self.actMessage.emit(self.tr("Saved customer {code} {name}").format(code=change.code, name=change.name))

    def take_receipt(self):
        from arapp.ui.dialogs.receipt import ReceiptDialog

        dialog = ReceiptDialog(self, customer_id=self.selected_customer_id())
        self._open_dialog(dialog, lambda: self._customer_saved(dialog.customer_id))
        return dialog

    def apply_credit(self):
        """Apply the selected customer's unapplied money (预收) to its open invoices."""
        from arapp.ui.dialogs.apply_credit import ApplyCreditDialog

        customer_id = self.selected_customer_id()
        if customer_id is None:
            return None
        dialog = ApplyCreditDialog(self, customer_id=customer_id)
        self._open_dialog(dialog, lambda: self._customer_saved(customer_id))
        return dialog

    def assess_credit(self):
        """Open the credit assessment of the selected customer."""
        from arapp.ui.dialogs.credit import CreditDialog

        customer_id = self.selected_customer_id()
        if customer_id is None:
            return None
        dialog = CreditDialog(self, customer_id)
        self._open_dialog(dialog, lambda: self._customer_saved(customer_id))
        return dialog

    def issue_credit_note(self):
        """A credit note (贷项/红字) for the selected customer: an amount or lines, a reason,
        applied oldest first or kept as credit (services.credit_notes)."""
        from arapp.ui.dialogs.credit_note import CreditNoteDialog

        customer_id = self.selected_customer_id()
        if customer_id is None:
            return None
        dialog = CreditNoteDialog(self, customer_id=customer_id, ops=self.ops)
        self._open_dialog(dialog, lambda: (self._customer_saved(customer_id),
                                           dialog.message and self.actMessage.emit(dialog.message)))
        return dialog

    def context_actions(self) -> list[tuple[str, bool, object]]:
        """The selected customer's actions as the list's context menu offers them:
        (text, enabled, what it does). The toolbar's buttons plus a credit note."""

        has = self.selected_customer_id() is not None
        actions = [(b.text(), b.isEnabled(), b.click) for b in (
            self.edit_button, self.receipt_button, self.apply_credit_button, self.invoice_button)]
        actions.append((self.tr("Credit note…"), has and current_actor().may("credit_note.issue"),
                        self.issue_credit_note))
        actions += [(b.text(), b.isEnabled(), b.click) for b in (self.show_invoices_button, self.credit_button)]
        actions.append((self.tr("Statement of account…"), has and current_actor().may("document.make"),
                        self.statement_of_account))
        return actions

    def statement_of_account(self):
        """The selected customer's statement of account (对账单): the period asked, made as
        an operation (archived), then shown in the preview; the status bar says so."""
        from arapp.ui.dialogs.statement import StatementDialog

        row = self.model.row_at(self.view.currentIndex().row())
        if row is None:
            return None
        dialog = StatementDialog(row.id, f"{row.code} {row.name}", self, status=self.actMessage.emit)
        self.current_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "current_dialog", None))
        dialog.open()
        return dialog

    def _context_menu(self, pos) -> None:
        from PySide6.QtWidgets import QMenu

        index = self.view.indexAt(pos)
        if index.isValid():
            self.select_row(index.row())
        menu = QMenu(self)
        for text, enabled, do in self.context_actions():
            action = menu.addAction(text)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _checked=False, do=do: do())
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _new_invoice(self) -> None:
        customer_id = self.selected_customer_id()
        if customer_id is not None:
            self.newInvoiceRequested.emit(customer_id)

    def _show_invoices(self) -> None:
        row = self.model.row_at(self.view.currentIndex().row())
        if row is not None:
            self.showInvoicesRequested.emit(row.id, f"{row.code} {row.name}")
