"""The Receipts tab (收款): every receipt paged from the database, with filters, SQL
sorting, and the actions on a receipt: take a payment, see it in full, reverse it with a
reason, apply its money left (预收) to open invoices.

The list loads 200 rows at a time on a worker thread and counts the matching receipts on
another (reports.receipt_list). Writes run as operations; the list reloads when the
operations' broadcast says receipts or allocations changed.

A receipt recorded anywhere in the window (this tab, the Customers or Invoices tab) is
announced by :attr:`ReceiptsTab.receiptRecorded` with the service's result, once the
books have it: the window says its number in the status bar, the list selects it, and
a :class:`ReceiptPrintOffer` beside that message offers to print its 收据 with one click.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStatusBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arapp import names
from arapp.domain import limits
from arapp.domain import vocabulary as vocab
from arapp.reports.receipt_list import STATUS_FILTERS, ReceiptFilter, ReceiptRow
from arapp.services import receipts as receipt_service
from arapp.services.context import current_actor
from arapp.ui import common
from arapp.ui.common import RefreshWhenShown, amount_text, money_text
from arapp.ui.jobs import JobRunner
from arapp.ui.list_export import ListExport, count_row
from arapp.ui.models.receipts import ReceiptTableModel
from arapp.ui.operations import Operations, Outcome
from arapp.ui.tabs.filtered import CustomerFilteredList

SEARCH_DELAY_MS = 250
METHOD_FILTERS = ("", *vocab.PAYMENT_METHODS)
#: The services that apply money a customer already holds (核销预收).
APPLYING = (receipt_service.allocate_receipt.__name__, receipt_service.apply_customer_credit.__name__)


class ReceiptsTab(CustomerFilteredList, RefreshWhenShown, QWidget):
    statusMessage = Signal(str)            # a filter's refusal (the count is under the list)
    actMessage = Signal(str)               # what an action of this tab did (reversed, applied)
    #: A receipt was recorded (from any dialog of the window): the service's ReceiptResult.
    #: The window says it and offers to print it (ReceiptPrintOffer).
    receiptRecorded = Signal(object)

    WATCHES = ("receipt", "allocation", "customer")

    def __init__(self, runner: JobRunner | None = None, parent: QWidget | None = None, *,
                 ops: Operations | None = None):
        super().__init__(parent)
        self.runner = runner
        self.ops = ops or Operations(runner, self)
        self.ops.changed.connect(self.books_changed)
        self.ops.finished.connect(self._operation_finished)
        self.current_dialog = None
        self._customer_filter: tuple[int, str] | None = None
        self._select_after_load: int | None = None

        # Filters.
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.method = QComboBox()
        for value, label in names.pairs(names.payment_method, METHOD_FILTERS):
            self.method.addItem(label, value)
        self.status = QComboBox()
        for value, label in names.pairs(names.receipt_status, STATUS_FILTERS):
            self.status.addItem(label, value)
        for combo in (self.method, self.status):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for edit in (self.date_from, self.date_to):
            edit.setMaximumWidth(110)
            edit.setClearButtonEnabled(True)
        self.from_label = QLabel()
        self.to_label = QLabel()
        self.customer_chip = QToolButton()
        self.customer_chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.customer_chip.clicked.connect(self.clear_customer_filter)
        self.customer_chip.hide()

        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(SEARCH_DELAY_MS)
        self.filter_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self.filter_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.method.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self.apply_filters)
            edit.textChanged.connect(lambda t, e=edit: (not t) and self.apply_filters())

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.customer_chip)
        filters.addWidget(self.method)
        filters.addWidget(self.status)
        filters.addWidget(self.from_label)
        filters.addWidget(self.date_from)
        filters.addWidget(self.to_label)
        filters.addWidget(self.date_to)

        # Actions.
        self.new_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.take_receipt())
        self.detail_button = QPushButton()
        self.detail_button.clicked.connect(lambda: self.show_detail())
        self.reverse_button = QPushButton()
        self.reverse_button.clicked.connect(lambda: self.reverse_selected())
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(lambda: self.apply_credit())
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(lambda: self.refresh())
        actions = QHBoxLayout()
        for b in (self.new_button, self.detail_button, self.reverse_button, self.apply_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.refresh_button)

        # The list.
        self.model = ReceiptTableModel(runner, parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(self.model.KEYS.index("customer_name"), QHeaderView.ResizeMode.Stretch)
        self.view.setSortingEnabled(True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self.show_detail())

        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #555;")
        self.list_export = ListExport(self, runner, name="receipts", build=self.export_job,
                                      status=self.actMessage.emit)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.view, 1)
        layout.addLayout(count_row(self.count_label, self.list_export))

        self.model.countChanged.connect(lambda _n: self._update_count())
        self.model.pageLoaded.connect(self._page_loaded)
        self.model.loadingChanged.connect(lambda _b: self._update_count())
        self.model.loadFailed.connect(lambda msg: common.show_error(self, self.tr("Receipts"), msg))
        self.retranslate_ui()
        self._update_buttons()

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search receipt no., reference, customer code or name"))
        for i, (_value, label) in enumerate(names.pairs(names.payment_method, METHOD_FILTERS)):
            self.method.setItemText(i, label)
        for i, (_value, label) in enumerate(names.pairs(names.receipt_status, STATUS_FILTERS)):
            self.status.setItemText(i, label)
        self.from_label.setText(self.tr("Received from"))
        self.to_label.setText(self.tr("to"))
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText(self.tr("yyyy-mm-dd"))
        self.new_button.setText(self.tr("Take payment"))
        self.detail_button.setText(self.tr("Details"))
        self.reverse_button.setText(self.tr("Reverse…"))
        self.apply_button.setText(self.tr("Apply credit…"))
        self.apply_button.setToolTip(self.tr("Allocate what is left of the receipt to the customer's open invoices"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.list_export.retranslate_ui()
        self._update_chip()
        self.model.retranslate()
        self._size_columns()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _size_columns(self) -> None:
        """Amount columns as wide as the largest amount a document may carry (never cut);
        the others as wide as their content usually is; the customer's name takes the rest."""
        metrics = self.view.fontMetrics()
        header_metrics = self.view.horizontalHeader().fontMetrics()
        widest_amount = metrics.horizontalAdvance(amount_text(limits.MAX_AMOUNT_FEN))
        samples = {"number": "RCT-2026-000000", "date": "2026-12-31", "customer": "C000000",
                   "method": max((names.payment_method(m) for m in vocab.PAYMENT_METHODS), key=metrics.horizontalAdvance),
                   "status": max((names.receipt_status(s) for s in vocab.RECEIPT_STATUSES),
                                 key=metrics.horizontalAdvance)}
        for col, (key, title) in enumerate(self.model.columns()):
            if key == "customer_name":
                continue
            content = widest_amount if self.model.is_amount(key) else metrics.horizontalAdvance(samples.get(key, ""))
            self.view.setColumnWidth(col, max(content, header_metrics.horizontalAdvance(title) + 18) + 16)

    # ------------------------------------------------------------------ filters
    def current_filter(self) -> ReceiptFilter:
        return ReceiptFilter(
            text=self.search.text().strip(),
            method=self.method.currentData() or "",
            status=self.status.currentData() or "",
            customer_id=self._customer_filter[0] if self._customer_filter else None,
            date_from=self._date(self.date_from, "date_from"),
            date_to=self._date(self.date_to, "date_to"),
        )

    def export_job(self):
        """What Export… writes: every receipt the list's filter matches, in its order."""
        from arapp.reports.list_tables import receipts_table

        filters, sort, descending = self.model.filters, self.model.sort_key, self.model.descending
        return lambda: receipts_table(filters, sort, descending)

    # ------------------------------------------------------------------ list
    def refresh(self, select_id: int | None = None) -> None:
        """Reload the list, selecting ``select_id`` (else one waiting to be selected, else
        the receipt selected now)."""
        selected = self.selected_receipt()
        if select_id is None:
            select_id = self._select_after_load or (selected.id if selected else None)
        self._select_after_load = select_id
        self.model.refresh()

    def refresh_now(self) -> None:
        self.refresh()

    def select_receipt(self, receipt_id: int) -> None:
        """Select a receipt in the list: now if loaded, else once its page has come."""
        for row, r in enumerate(self.model.rows()):
            if r.id == receipt_id:
                self._select_row(row)
                return
        self._select_after_load = receipt_id
        if not self.model.loading and self.isVisible():
            self.model.refresh()

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def _page_loaded(self, _n: int) -> None:
        self._update_count()
        if self._select_after_load is not None:
            for row, r in enumerate(self.model.rows()):
                if r.id == self._select_after_load:
                    self._select_after_load = None
                    self._select_row(row)
                    break
            else:
                if self.model.exhausted or self.model.rowCount() >= 1000:
                    self._select_after_load = None
                elif self.model.canFetchMore():
                    self.model.fetchMore()
        self._update_buttons()

    def count_text(self) -> str:
        shown = self.model.rowCount()
        total = self.model.total
        if total is None:
            if self.model.loading and not shown:
                return self.tr("Loading…")
            return self.tr("{shown} receipt shown (counting…)", "{shown} receipts shown (counting…)",
                           shown).format(shown=f"{shown:,}")
        if total == 0 and self.model.filters == ReceiptFilter():
            return self.tr("No receipts yet: take a payment from a customer (Take payment).")
        return self.tr("{shown} of {total} receipt shown", "{shown} of {total} receipts shown",
                       total).format(shown=f"{shown:,}", total=f"{total:,}")

    def _update_count(self) -> None:
        """Say under the list how many are shown (every tab says what it shows under its
        list; the status bar is for what was just done and for refusals)."""
        self.count_label.setText(self.count_text())

    def selected_receipt(self) -> ReceiptRow | None:
        return self.model.row_at(self.view.currentIndex().row())

    def _update_buttons(self) -> None:
        r = self.selected_receipt()
        actor = current_actor()
        self.detail_button.setEnabled(r is not None)
        self.reverse_button.setEnabled(r is not None and r.status == "posted" and actor.may("receipt.reverse"))
        self.apply_button.setEnabled(r is not None and r.status == "posted" and r.unallocated > 0
                                     and actor.may("receipt.allocate"))
        self.new_button.setEnabled(actor.may("receipt.record"))

    # ------------------------------------------------------------------ actions
    def _open(self, dialog, on_accepted=None) -> None:
        self.current_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_accepted is not None:
            dialog.accepted.connect(on_accepted)
        dialog.finished.connect(lambda _r: setattr(self, "current_dialog", None))
        dialog.open()

    def take_receipt(self):
        """Take a payment from the selected receipt's customer (or the customer listed)."""
        from arapp.ui.dialogs.receipt import ReceiptDialog

        r = self.selected_receipt()
        customer_id = r.customer_id if r is not None else (self._customer_filter[0] if self._customer_filter else None)
        dialog = ReceiptDialog(self, customer_id=customer_id)
        self._open(dialog)
        return dialog

    def show_detail(self):
        from arapp.ui.dialogs.receipt_detail import ReceiptDetailDialog

        r = self.selected_receipt()
        if r is None:
            return None
        dialog = ReceiptDetailDialog(r.id, self)
        dialog.said.connect(self.actMessage)
        self._open(dialog)
        return dialog

    def reverse_selected(self):
        """Ask for the reason and reverse the selected receipt (红字冲销)."""
        from arapp.ui.dialogs.receipt_detail import ReverseReceiptDialog

        r = self.selected_receipt()
        if r is None or r.status != "posted":
            return None
        dialog = ReverseReceiptDialog(r.id, self)
        self._open(dialog, lambda: self._reversed(dialog.result_receipt))
        return dialog

    def _reversed(self, result: receipt_service.ReceiptResult | None) -> None:
        if result is None:
            return
        text = self.tr("Receipt {number} reversed").format(number=result.number)
        if result.allocated:
            text += self.tr("; ") + self.tr("{count} invoice owed again", "{count} invoices owed again",
                                   len(result.allocated)).format(count=len(result.allocated))
        self._select_after_load = result.receipt_id
        self.actMessage.emit(text)

    def apply_credit(self):
        """Apply what is left of the selected receipt to the customer's open invoices."""
        from arapp.ui.dialogs.apply_credit import ApplyCreditDialog

        r = self.selected_receipt()
        if r is None or r.status != "posted" or r.unallocated <= 0:
            return None
        dialog = ApplyCreditDialog(self, receipt_id=r.id)
        self._open(dialog, lambda: setattr(self, "_select_after_load", r.id))
        return dialog

    def applied_text(self, result: receipt_service.ReceiptResult) -> str:
        """What applying credit did, for the status bar."""
        done = sum(a for _n, a in result.allocated)
        return self.tr("Applied {amount} of credit to {count} invoice", "Applied {amount} of credit to {count} invoices",
                       len(result.allocated)).format(amount=money_text(done), count=len(result.allocated)) \
            + self.tr("; ") + self.tr("{left} left unapplied").format(left=money_text(result.unallocated))

    # ------------------------------------------------------------------ receipts recorded anywhere
    def _operation_finished(self, outcome: Outcome) -> None:
        """A write ended anywhere in the window: announce a receipt recorded, or credit
        applied (from this tab or the Customers tab)."""
        result = outcome.result
        if not outcome.ok or not isinstance(result, receipt_service.ReceiptResult):
            return
        if outcome.name == receipt_service.record_receipt.__name__ and result.receipt_id:
            self.receipt_recorded(result)
        elif outcome.name in APPLYING and result.allocated:
            self.actMessage.emit(self.applied_text(result))

    def receipt_recorded(self, result: receipt_service.ReceiptResult) -> None:
        """A receipt was recorded: select it in the list and announce it (receiptRecorded)."""
        self.select_receipt(result.receipt_id)
        self.receiptRecorded.emit(result)

    def recorded_text(self, result: receipt_service.ReceiptResult) -> str:
        """What the status bar says when a receipt was recorded: its number first."""
        text = self.tr("Receipt {number} recorded: {amount} from {customer}").format(
            number=result.number, amount=money_text(result.amount), customer=result.customer_code)
        allocated = sum(a for _n, a in result.allocated)
        if allocated:
            text += self.tr("; ") + self.tr("{amount} allocated to {count} invoice", "{amount} allocated to {count} invoices",
                                   len(result.allocated)).format(amount=money_text(allocated),
                                                                 count=len(result.allocated))
        if result.unallocated:
            text += self.tr("; ") + self.tr("{amount} kept as customer credit").format(amount=money_text(result.unallocated))
        return text


class ReceiptPrintOffer(QPushButton):
    """「打印收据…」 in the status bar beside what it says of a receipt just recorded: one
    click makes that receipt's 收据 as the receipt's detail prints it (archived, then
    previewed). Offered with that message only: it goes as soon as the status bar says
    something else (the receipt printed, another act, another tab's text)."""

    said = Signal(str)          # what printing did, for the status bar

    def __init__(self, status_bar: QStatusBar):
        super().__init__()
        self.receipt: receipt_service.ReceiptResult | None = None
        self._message = ""
        self.clicked.connect(lambda: self.print_receipt())
        status_bar.messageChanged.connect(self._message_changed)
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Print receipt…"))
        self.setToolTip(self.tr("Make the receipt just recorded for the customer, archive it and preview it to print"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def offer(self, result: receipt_service.ReceiptResult, message: str) -> None:
        """Offer to print the receipt while the status bar says ``message`` (the user may
        make documents)."""
        if not result.receipt_id or not current_actor().may("document.make"):
            return
        self.receipt = result
        self._message = message
        self.show()

    def withdraw(self) -> None:
        self.receipt = None
        self._message = ""
        self.hide()

    def _message_changed(self, text: str) -> None:
        if text != self._message:
            self.withdraw()

    def print_receipt(self):
        """Make the offered receipt's 收据 and preview it (receipt_detail.print_receipt)."""
        from arapp.ui.dialogs.receipt_detail import print_receipt

        if self.receipt is None:
            return None
        return print_receipt(self.window(), self.receipt.receipt_id, self.receipt.number, status=self.said.emit,
                             title=self.tr("Print receipt"))
