"""Take a payment (收款) from a customer and allocate it (核销).

The dialog lists the customer's open invoices and fills in the allocation the books
would make, oldest due first (services.receipts.preview_allocation); the user may change
any line by hand. What is not allocated is shown as the customer's credit (预收), and
saving calls services.receipts.record_receipt with exactly the lines shown, as an
operation (off the UI thread, the dialog waiting).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QTimer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from arapp import clock, names
from arapp.domain import vocabulary as vocab
from arapp.domain.money import amount_in_words
from arapp.domain.text import NOTE, SHORT, max_length
from arapp.errors import ArappError, ValidationError
from arapp.reports.balances import customer_balance, open_items
from arapp.services import receipts as receipt_service
from arapp.services import settings
from arapp.ui import operations
from arapp.ui.common import (
    AmountEdit,
    ErrorLabel,
    from_qdate,
    keep_to_window,
    mark_invalid,
    money_text,
    to_qdate,
)
from arapp.ui.dialogs.allocation_panel import RECEIPT, AllocationPanel
from arapp.ui.dialogs.customer_picker import CustomerPicker
from arapp.ui.operations import Operations

RECALC_DELAY_MS = 300



class ReceiptDialog(QDialog):
    """Record a receipt for a customer, previewing and editing its allocation."""

    def __init__(self, parent: QWidget | None = None, customer_id: int | None = None, *,
                 ops: Operations | None = None):
        super().__init__(parent)
        self.ops = ops or operations.for_widget(parent)
        self.customer_id: int | None = None
        self.result_receipt: receipt_service.ReceiptResult | None = None
        self._existing_credit = 0
        self._open_total = 0
        self._planned_amount: int | None = None
        self.setMinimumSize(820, 560)
        self._recalc_timer = QTimer(self)
        self._recalc_timer.setSingleShot(True)
        self._recalc_timer.setInterval(RECALC_DELAY_MS)
        self._recalc_timer.timeout.connect(self._amount_changed)

        self.customer = CustomerPicker()
        self.customer.customerChosen.connect(self._customer_chosen)
        self.customer.editingFinished.connect(self._customer_typed)
        self.date = QDateEdit(to_qdate(clock.today()))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        keep_to_window(self.date, settings.date_window(), until=clock.today())   # money arrived by today
        self.amount = AmountEdit(document=True)
        self.amount.textChanged.connect(lambda _t: self._recalc_timer.start())
        self.amount.editingFinished.connect(self._amount_changed)
        self.amount_words = QLabel()
        self.amount_words.setStyleSheet("color: #555;")
        self.method = QComboBox()
        for value, label in names.pairs(names.payment_method, vocab.PAYMENT_METHODS):
            self.method.addItem(label, value)
        self.reference = QLineEdit()
        self.reference.setMaxLength(max_length(SHORT))
        self.memo = QLineEdit()
        self.memo.setMaxLength(max_length(NOTE))
        self.customer_info = QLabel()
        self.customer_info.setWordWrap(True)

        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        self.labels = [QLabel() for _ in range(6)]
        amount_row = QVBoxLayout()
        amount_row.setSpacing(2)
        amount_row.addWidget(self.amount)
        amount_row.addWidget(self.amount_words)
        for label, widget in zip(self.labels, (self.customer, self.date, amount_row, self.method, self.reference,
                                                self.memo), strict=True):
            form.addRow(label, widget)
        form.addRow("", self.customer_info)

        self.alloc_box = AllocationPanel(self, source=RECEIPT)
        self.alloc_box.replanRequested.connect(self.reallocate)
        self.alloc_box.editRejected.connect(lambda msg: self.error.show_message(msg))
        self.alloc_box.changed.connect(self._update_summary)
        self.model = self.alloc_box.model
        self.table = self.alloc_box.table
        self.summary = self.alloc_box.summary
        self.reset_button = self.alloc_box.reset_button
        self.clear_button = self.alloc_box.clear_button

        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form_box)
        layout.addWidget(self.alloc_box, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.retranslate_ui()
        if customer_id is not None:
            self.customer.set_customer(customer_id)
        self._update_summary()

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Take payment"))
        self.form_box.setTitle(self.tr("Receipt"))
        self.alloc_box.setTitle(self.tr("Allocation to open invoices (oldest due first; double-click to change)"))
        for label, text in zip(self.labels, (self.tr("Customer *"), self.tr("Date"), self.tr("Amount (¥) *"),
                                             self.tr("Method"), self.tr("Reference"), self.tr("Memo")), strict=True):
            label.setText(text)
        self.reference.setPlaceholderText(self.tr("Bank serial no., cheque no. or transaction id"))
        for i, (_value, label) in enumerate(names.pairs(names.payment_method, vocab.PAYMENT_METHODS)):
            self.method.setItemText(i, label)
        self._update_summary()
        self._update_customer_info()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ customer and plan
    def _customer_typed(self) -> None:
        if self.customer.customer_id is None and self.customer.text().strip():
            self.customer.resolve()

    def _customer_chosen(self, customer_id: int) -> None:
        self.customer_id = customer_id
        mark_invalid(self.customer, False)
        try:
            items = open_items(customer_id)
            balance = customer_balance(customer_id)
        except ArappError as exc:
            self.error.show_message(exc.message)
            return
        self._existing_credit = balance.credit
        self._open_total = balance.open_invoices
        self.alloc_box.set_invoices(items)
        self._update_customer_info()
        self.reallocate()

    def _update_customer_info(self) -> None:
        if self.customer_id is None:
            self.customer_info.setText("")
            return
        text = self.tr("Open invoices: {count}, owing {open}").format(
            count=self.model.rowCount(), open=money_text(self._open_total))
        if self._existing_credit:
            text += self.tr("; unapplied credit already held: {credit}").format(
                credit=money_text(self._existing_credit))
        self.customer_info.setText(text)

    def amount_fen(self) -> int | None:
        try:
            return self.amount.fen(field="amount")
        except ValidationError:
            return None

    def _amount_changed(self) -> None:
        """A new amount gets a fresh oldest-first plan; the same amount keeps hand edits."""
        self._recalc_timer.stop()
        if self.amount_fen() != self._planned_amount:
            self.reallocate()

    def reallocate(self) -> None:
        """Fill the allocation oldest due first for the amount typed (services preview)."""
        self._recalc_timer.stop()
        self.error.clear_message()
        mark_invalid(self.amount, False)
        amount = self.amount_fen()
        self._planned_amount = amount
        words = ""
        if amount:
            try:
                words = amount_in_words(amount)
            except Exception:  # words are a courtesy; never block the dialog on them
                words = ""
        self.amount_words.setText(words)
        if self.customer_id is None or not amount:
            self.model.set_plan({})
            self._update_summary()
            return
        try:
            plan, _left = receipt_service.preview_allocation(self.customer_id, amount, receipt_service.AUTO)
        except ArappError as exc:
            self.error.show_message(exc.message)
            self.model.set_plan({})
        else:
            self.alloc_box.set_plan(plan)
        self._update_summary()

    def _update_summary(self) -> None:
        self.alloc_box.set_amount(self.amount_fen() or 0)

    def leftover(self) -> int:
        return self.alloc_box.leftover()

    # ------------------------------------------------------------------ saving
    def save(self) -> bool:
        """Start recording the receipt with the allocation shown: the dialog closes when
        the books took it, or shows the refusal. False (and a message) when the form
        itself is refused and nothing was sent."""
        self.error.clear_message()
        for w in (self.customer, self.amount):
            mark_invalid(w, False)
        if self.customer_id is None or self.customer.customer_id != self.customer_id:
            resolved = self.customer.resolve()
            if resolved is None:
                mark_invalid(self.customer)
                self.error.show_message(self.tr("Choose the customer who paid"))
                return False
        try:
            amount = self.amount.fen(field="amount")
        except ArappError as exc:
            self._refused(exc)
            return False
        self.ops.run(receipt_service.record_receipt, self.customer_id, from_qdate(self.date.date()), amount,
                     method=self.method.currentData(), reference=self.reference.text(), memo=self.memo.text(),
                     allocations=self.model.allocations(), parent=self, on_done=self._saved,
                     on_failed=self._refused)
        return True

    def _saved(self, result: receipt_service.ReceiptResult) -> None:
        self.result_receipt = result
        self.accept()

    def _refused(self, exc: ArappError) -> None:
        if exc.field == "amount":
            mark_invalid(self.amount)
            self.amount.setFocus()
            self.error.show_message(self.tr("Amount: {message}").format(message=exc.message))
        else:
            self.error.show_message(exc.message)
