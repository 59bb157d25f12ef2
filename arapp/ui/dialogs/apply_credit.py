"""Apply credit (核销预收): use money a customer already paid or was credited on open invoices.

Opened for one receipt (the Receipts tab: what is left of that receipt) or for a customer
(the Customers tab: every receipt and credit note with money left). The dialog shows the
money held and the same allocation preview as the receipt dialog, oldest due first
(services.receipts.preview_allocation), editable by hand; applying calls
services.receipts.allocate_receipt or apply_customer_credit with exactly the lines shown,
as an operation. The allocations count from today.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arapp.errors import ArappError
from arapp.reports.balances import customer_balance, open_items
from arapp.reports.receipt_list import CreditSource, credit_sources, receipt_detail
from arapp.services import receipts as receipt_service
from arapp.ui import operations
from arapp.ui.common import AMOUNT_ALIGN, ErrorLabel, amount_text, date_text, money_text
from arapp.ui.dialogs.allocation_panel import CREDIT, AllocationPanel
from arapp.ui.operations import Operations


class ApplyCreditDialog(QDialog):
    """Allocate a customer's unapplied money (one receipt's, or all of it) to open invoices."""

    def __init__(self, parent: QWidget | None = None, *, customer_id: int | None = None,
                 receipt_id: int | None = None, ops: Operations | None = None):
        super().__init__(parent)
        if customer_id is None and receipt_id is None:
            raise ValueError("ApplyCreditDialog needs a customer or a receipt")
        self.ops = ops or operations.for_widget(parent)
        self.receipt_id = receipt_id
        self.customer_id = customer_id
        self.customer_label = ""
        self.sources: list[CreditSource] = []
        self.result_allocation: receipt_service.ReceiptResult | None = None
        self.setMinimumSize(820, 560)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.sources_box = QGroupBox()
        self.sources_table = QTableWidget(0, 4)
        self.sources_table.verticalHeader().hide()
        self.sources_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sources_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.sources_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        box = QVBoxLayout(self.sources_box)
        box.addWidget(self.sources_table)

        self.alloc_box = AllocationPanel(self, source=CREDIT)
        self.alloc_box.replanRequested.connect(self.reallocate)
        self.alloc_box.editRejected.connect(lambda msg: self.error.show_message(msg))
        self.alloc_box.changed.connect(self._update_buttons)
        self.model = self.alloc_box.model

        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.sources_box)
        layout.addWidget(self.alloc_box, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.load()
        self.retranslate_ui()

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Apply credit"))
        self.sources_box.setTitle(self.tr("Money held for the customer (unapplied receipts and credit notes)"))
        self.sources_table.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Date"), self.tr("Amount (¥)"), self.tr("Unapplied (¥)")])
        for col in (2, 3):
            self.sources_table.horizontalHeaderItem(col).setTextAlignment(AMOUNT_ALIGN)
        self._fill_sources()
        self.alloc_box.setTitle(self.tr("Allocation to open invoices (oldest due first; double-click to change)"))
        self.apply_button.setText(self.tr("Apply"))
        self._update_heading()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_heading(self) -> None:
        if self.receipt_id is not None:
            text = self.tr("{customer}: {credit} left on receipt {number}").format(
                customer=self.customer_label, credit=money_text(self.credit()),
                number=self.sources[0].number if self.sources else "")
        else:
            text = self.tr("{customer}: {credit} of unapplied credit").format(
                customer=self.customer_label, credit=money_text(self.credit()))
        if not self.model.rowCount():
            text += "\n" + self.tr("The customer has no open invoices to apply it to.")
        self.heading.setText(text)

    # ------------------------------------------------------------------ content
    def load(self) -> None:
        """Read the money held and the open invoices, and fill the oldest-first preview."""
        try:
            if self.receipt_id is not None:
                detail = receipt_detail(self.receipt_id)
                row = detail.row
                self.customer_id = row.customer_id
                self.customer_label = f"{row.customer_code} {row.customer_name}"
                left = row.unallocated if row.status == "posted" else 0
                self.sources = [CreditSource("receipt", row.id, row.number, row.date, row.amount, left)] if left else []
            else:
                assert self.customer_id is not None
                self.sources = credit_sources(self.customer_id)
                self.customer_label = self._customer_label(self.customer_id)
            self.alloc_box.set_invoices(open_items(self.customer_id))
        except ArappError as exc:
            self.error.show_message(exc.message)
            return
        self._fill_sources()
        self.reallocate()

    @staticmethod
    def _customer_label(customer_id: int) -> str:
        balance = customer_balance(customer_id)
        return f"{balance.code} {balance.name}"

    def _fill_sources(self) -> None:
        self.sources_table.setRowCount(len(self.sources))
        for r, s in enumerate(self.sources):
            kind = self.tr("Receipt") if s.kind == "receipt" else self.tr("Credit note")
            cells = (f"{kind} {s.number}", date_text(s.date), amount_text(s.amount), amount_text(s.left))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(AMOUNT_ALIGN)
                self.sources_table.setItem(r, c, item)
        rows = sum(self.sources_table.rowHeight(r) for r in range(min(len(self.sources), 4)))
        self.sources_table.setFixedHeight(self.sources_table.horizontalHeader().sizeHint().height() + max(rows, 26)
                                          + 2 * self.sources_table.frameWidth() + 2)

    def credit(self) -> int:
        """The money there is to apply."""
        return sum(s.left for s in self.sources)

    def reallocate(self) -> None:
        """Fill the allocation oldest due first for the money held (services preview)."""
        self.error.clear_message()
        credit = self.credit()
        self.alloc_box.set_amount(credit)
        if not credit or not self.model.rowCount():
            self.alloc_box.set_plan([])
            self._update_buttons()
            return
        try:
            plan, _left = receipt_service.preview_allocation(self.customer_id, credit, receipt_service.AUTO)
        except ArappError as exc:
            self.error.show_message(exc.message)
            self.alloc_box.set_plan([])
        else:
            self.alloc_box.set_plan(plan)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.apply_button.setEnabled(bool(self.model.allocations()) and self.alloc_box.leftover() >= 0)

    def leftover(self) -> int:
        return self.alloc_box.leftover()

    # ------------------------------------------------------------------ applying
    def apply(self) -> bool:
        """Start allocating the lines shown; the dialog closes when the books took them,
        or shows the refusal. False when there is nothing to send."""
        self.error.clear_message()
        lines = self.model.allocations()
        if not lines:
            self.error.show_message(self.tr("Allocate an amount to at least one invoice"))
            return False
        if self.receipt_id is not None:
            self.ops.run(receipt_service.allocate_receipt, self.receipt_id, lines, parent=self,
                         on_done=self._applied, on_failed=self._refused)
        else:
            self.ops.run(receipt_service.apply_customer_credit, self.customer_id, allocations=lines, parent=self,
                         on_done=self._applied, on_failed=self._refused)
        return True

    def _applied(self, result) -> None:
        self.result_allocation = result
        self.accept()

    def _refused(self, exc: ArappError) -> None:
        self.error.show_message(exc.message)
