"""The Invoices tab (应收单): the invoice list paged from the database, with filters,
SQL sorting, and the actions on an invoice: new, post a draft, void, take payment.

The list model loads 200 rows at a time on a worker thread; the number of matching
invoices is counted on another and shown when it arrives (never before the first paint).
Posting and the dialogs' writes run as operations; the list reloads when the operations
say invoices changed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arapp import names
from arapp.domain import vocabulary as vocab
from arapp.errors import ArappError
from arapp.reports.invoice_list import InvoiceFilter, InvoiceRow
from arapp.services import invoices as invoice_service
from arapp.services.credit import CreditHoldError
from arapp.ui import common
from arapp.ui.common import RefreshWhenShown
from arapp.ui.dialogs.invoice import InvoiceDialog, VoidInvoiceDialog
from arapp.ui.jobs import JobRunner
from arapp.ui.list_export import ListExport, count_row
from arapp.ui.models.invoices import InvoiceTableModel
from arapp.ui.operations import Operations
from arapp.ui.tabs.filtered import CustomerFilteredList

SEARCH_DELAY_MS = 250


class InvoicesTab(CustomerFilteredList, RefreshWhenShown, QWidget):
    statusMessage = Signal(str)            # a filter's refusal (the count is under the list)
    actMessage = Signal(str)               # what an act of this tab or its windows did (held over the counts)

    #: The list shows invoices with their open amounts and their customers' codes and names.
    WATCHES = ("invoice", "allocation", "customer")
    LOAD_WHEN_FIRST_SHOWN = False          # the list loads when the tab is made

    def __init__(self, runner: JobRunner | None = None, parent: QWidget | None = None, *,
                 ops: Operations | None = None):
        super().__init__(parent)
        self.runner = runner
        self.ops = ops or Operations(runner, self)
        self.ops.changed.connect(self.books_changed)
        self.current_dialog = None
        self.detail_window = None
        self._customer_filter: tuple[int, str] | None = None
        self._select_after_load: int | None = None
        self._select_next: int | None = None     # an invoice just written: select it after the reload
        self._posting = 0

        # Filters.
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        for value, label in names.pairs(names.invoice_status, vocab.INVOICE_STATUS_FILTERS):
            self.status.addItem(label, value)
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for edit in (self.date_from, self.date_to):
            edit.setMaximumWidth(110)
            edit.setClearButtonEnabled(True)
        self.open_only = QCheckBox()
        self.customer_chip = QToolButton()
        self.customer_chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.customer_chip.clicked.connect(self.clear_customer_filter)
        self.customer_chip.hide()
        self.from_label = QLabel()
        self.to_label = QLabel()

        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(SEARCH_DELAY_MS)
        self.filter_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self.filter_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.open_only.toggled.connect(lambda _b: self.apply_filters())
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self.apply_filters)
            edit.textChanged.connect(lambda t, e=edit: (not t) and self.apply_filters())

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.customer_chip)
        filters.addWidget(self.status)
        filters.addWidget(self.from_label)
        filters.addWidget(self.date_from)
        filters.addWidget(self.to_label)
        filters.addWidget(self.date_to)
        filters.addWidget(self.open_only)

        # Actions.
        self.new_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.new_invoice())
        self.post_button = QPushButton()
        self.post_button.clicked.connect(self.post_selected)
        self.void_button = QPushButton()
        self.void_button.clicked.connect(self.void_selected)
        self.receipt_button = QPushButton()
        self.receipt_button.clicked.connect(self.take_receipt)
        self.detail_button = QPushButton()
        self.detail_button.clicked.connect(lambda: self.open_detail())
        self.credit_note_button = QPushButton()
        self.credit_note_button.clicked.connect(lambda: self.issue_credit_note())
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        actions = QHBoxLayout()
        for b in (self.new_button, self.post_button, self.void_button, self.receipt_button, self.credit_note_button,
                  self.detail_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.refresh_button)

        # The list.
        self.model = InvoiceTableModel(runner, parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 150), (1, 90), (3, 100), (4, 100), (5, 120), (6, 120), (7, 170)):
            self.view.setColumnWidth(col, width)
        # Setting the indicator first means enabling sorting asks for the order already loaded.
        self.view.setSortingEnabled(True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self._double_clicked())

        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #555;")
        self.list_export = ListExport(self, runner, name="invoices", build=self.export_job,
                                      status=self.actMessage.emit)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.view, 1)
        layout.addLayout(count_row(self.count_label, self.list_export))

        self.model.countChanged.connect(lambda _n: self._update_count())
        self.model.pageLoaded.connect(self._page_loaded)
        self.model.loadingChanged.connect(lambda _b: self._update_count())
        self.model.loadFailed.connect(lambda msg: common.show_error(self, self.tr("Invoices"), msg))
        self.retranslate_ui()
        self._update_buttons()
        self.model.refresh()

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search invoice no., old ledger no., customer code or name"))
        for i, (_value, label) in enumerate(names.pairs(names.invoice_status, vocab.INVOICE_STATUS_FILTERS)):
            self.status.setItemText(i, label)
        self.from_label.setText(self.tr("Issued from"))
        self.to_label.setText(self.tr("to"))
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText(self.tr("yyyy-mm-dd"))
        self.open_only.setText(self.tr("Unpaid only"))
        self.new_button.setText(self.tr("New invoice"))
        self.post_button.setText(self.tr("Post"))
        self.void_button.setText(self.tr("Void"))
        self.receipt_button.setText(self.tr("Take payment"))
        self.detail_button.setText(self.tr("Details"))
        self.detail_button.setToolTip(self.tr("Everything about the selected invoice (or double-click it)"))
        self.credit_note_button.setText(self.tr("Credit note…"))
        self.credit_note_button.setToolTip(self.tr("Issue a credit note against the selected invoice, "
                                                   "or for the customer shown"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.list_export.retranslate_ui()
        self._update_chip()
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ filters
    def current_filter(self) -> InvoiceFilter:
        return InvoiceFilter(
            text=self.search.text().strip(),
            status=self.status.currentData() or "",
            customer_id=self._customer_filter[0] if self._customer_filter else None,
            date_from=self._date(self.date_from, "date_from"),
            date_to=self._date(self.date_to, "date_to"),
            open_only=self.open_only.isChecked(),
        )

    def export_job(self):
        """What Export… writes: every invoice the list's filter matches, in its order."""
        from arapp.reports.list_tables import invoices_table

        filters, sort, descending = self.model.filters, self.model.sort_key, self.model.descending
        return lambda: invoices_table(filters, sort, descending)

    # ------------------------------------------------------------------ list
    def refresh(self, select_id: int | None = None) -> None:
        """Reload the list, selecting ``select_id`` (else an invoice just written)."""
        self._select_after_load = select_id if select_id is not None else self._select_next
        self._select_next = None
        self.model.refresh()

    def refresh_now(self) -> None:
        self.refresh()

    def _page_loaded(self, _n: int) -> None:
        self._update_count()
        if self._select_after_load is not None:
            for row, inv in enumerate(self.model.rows()):
                if inv.id == self._select_after_load:
                    self._select_after_load = None
                    index = self.model.index(row, 0)
                    self.view.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows)
                    self.view.scrollTo(index)
                    break
            else:
                if self.model.exhausted or self.model.rowCount() >= 1000:
                    self._select_after_load = None
        self._update_buttons()

    def count_text(self) -> str:
        shown = self.model.rowCount()
        total = self.model.total
        if total is None:
            if self.model.loading and not shown:
                return self.tr("Loading…")
            return self.tr("{shown} invoice shown (counting…)", "{shown} invoices shown (counting…)", shown).format(shown=f"{shown:,}")
        return self.tr("{shown} of {total} invoice shown", "{shown} of {total} invoices shown", total).format(shown=f"{shown:,}", total=f"{total:,}")

    def _update_count(self) -> None:
        """Say under the list how many are shown (every tab says what it shows under its
        list; the status bar is for what was just done and for refusals)."""
        self.count_label.setText(self.count_text())

    def selected_invoice(self) -> InvoiceRow | None:
        return self.model.row_at(self.view.currentIndex().row())

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _update_buttons(self) -> None:
        inv = self.selected_invoice()
        self.post_button.setEnabled(inv is not None and inv.status == "draft" and not self._posting)
        self.void_button.setEnabled(inv is not None and inv.status in vocab.INVOICE_PAYMENT_STATUSES)
        self.detail_button.setEnabled(inv is not None and inv.status != "draft")

    def _double_clicked(self) -> None:
        inv = self.selected_invoice()
        if inv is not None and inv.status == "draft":
            self.post_selected()
        elif inv is not None:
            self.open_detail()

    # ------------------------------------------------------------------ actions
    def _open(self, dialog, on_accepted) -> None:
        self.current_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(lambda _r: setattr(self, "current_dialog", None))
        dialog.open()

    def new_invoice(self, customer_id: int | None = None) -> InvoiceDialog:
        if customer_id is None and self._customer_filter is not None:
            customer_id = self._customer_filter[0]
        dialog = InvoiceDialog(self, customer_id=customer_id)
        self._open(dialog, lambda: self._written(dialog.result_invoice, self.saved_text(dialog.result_invoice)))
        return dialog

    def _written(self, result: invoice_service.InvoiceResult | None, text: str) -> None:
        """An invoice was written: select it after the reload and say what was done."""
        if result is None:
            return
        self._saved(result.invoice_id)
        self.actMessage.emit(text)

    def saved_text(self, result: invoice_service.InvoiceResult | None) -> str:
        """What the status bar says when the invoice dialog saved an invoice (posted or a draft)."""
        if result is None:
            return ""
        if result.status == "draft" or not result.number:
            return self.tr("Draft invoice for {customer} saved ({total})").format(
                customer=result.customer_code, total=common.money_text(result.total))
        return self.tr("Invoice {number} saved and posted ({total})").format(
            number=result.number, total=common.money_text(result.total))

    def _saved(self, invoice_id: int | None) -> None:
        """Select the invoice written once the list reloads (the operation's broadcast reloads it)."""
        if invoice_id is not None:
            self._select_next = invoice_id

    def post_selected(self) -> bool:
        """Post the selected draft after a confirmation, as an operation; a credit hold
        asks for the override reason and posts again. True when the posting was started."""
        inv = self.selected_invoice()
        if inv is None or inv.status != "draft" or self._posting:
            return False
        if not common.ask_yes_no(self, self.tr("Post invoice"), self.tr(
                "Post the draft for {customer} ({total})? A posted invoice gets its number and can no "
                "longer be changed, only voided.").format(customer=inv.customer_name,
                                                          total=common.money_text(inv.total))):
            return False
        self._post(inv)
        return True

    def _post(self, inv: InvoiceRow, override_reason: str | None = None) -> None:
        self._posting += 1
        self._update_buttons()

        def ended() -> None:
            self._posting -= 1
            self._update_buttons()

        def posted(result: invoice_service.InvoiceResult) -> None:
            ended()
            self.actMessage.emit(self.tr("Invoice {number} posted").format(number=result.number))
            self._saved(inv.id)

        def refused(exc: ArappError) -> None:
            ended()
            if isinstance(exc, CreditHoldError) and override_reason is None:
                reason = common.ask_text(self, self.tr("Post invoice"), self.tr(
                    "{message}\n\nReason for the override:").format(message=exc.message))
                if reason:
                    self._post(inv, reason)
                return
            common.show_error(self, self.tr("Post invoice"), exc.message)

        self.ops.run(invoice_service.post_invoice, inv.id, override_reason=override_reason, parent=self,
                     on_done=posted, on_failed=refused)

    def void_selected(self) -> VoidInvoiceDialog | None:
        inv = self.selected_invoice()
        if inv is None:
            return None
        dialog = VoidInvoiceDialog(inv, self)
        self._open(dialog, lambda: self._written(dialog.result_invoice, self.tr("Invoice {number} voided").format(
            number=inv.number or "")))
        return dialog

    def take_receipt(self):
        from arapp.ui.dialogs.receipt import ReceiptDialog

        inv = self.selected_invoice()
        customer_id = inv.customer_id if inv is not None else (
            self._customer_filter[0] if self._customer_filter else None)
        dialog = ReceiptDialog(self, customer_id=customer_id)
        self._open(dialog, lambda: self._saved(inv.id if inv is not None else None))
        return dialog

    def open_detail(self, invoice_id: int | None = None):
        """The detail window of an invoice (the selected one by default), beside the tab."""
        from arapp.ui.dialogs.invoice_detail import open_invoice_detail

        if invoice_id is None:
            inv = self.selected_invoice()
            if inv is None or inv.status == "draft":
                return None
            invoice_id = inv.id
        self.detail_window = open_invoice_detail(self, invoice_id, runner=self.runner, ops=self.ops,
                                                 status=self.actMessage.emit)
        return self.detail_window

    def issue_credit_note(self):
        """A credit note against the selected (posted) invoice, else for the customer filtered on."""
        from arapp.reports.invoice_detail import invoice_detail
        from arapp.ui.dialogs.credit_note import CreditNoteDialog

        inv = self.selected_invoice()
        if inv is not None and inv.status not in ("draft", "void"):
            lines = invoice_detail(inv.id).line_amounts()
            dialog = CreditNoteDialog(self, invoice=(inv.id, inv.number or "", inv.customer_id, inv.open_amount),
                                      invoice_lines=lines, ops=self.ops)
        else:
            dialog = CreditNoteDialog(self, customer_id=self._customer_filter[0] if self._customer_filter else None,
                                      ops=self.ops)
        self._open(dialog, lambda: dialog.message and self.actMessage.emit(dialog.message))
        return dialog
