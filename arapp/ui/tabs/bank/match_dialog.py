"""Match a bank line by hand (手工匹配): find the customer who paid, tick their open
invoices (oldest due first; a ticked invoice takes what is left of the money, up to what
it owes), change any amount to split the money, and leave the rest as the customer's
credit (预收). The allocation preview is the receipt dialog's (AllocationPanel).

Saving calls services.bank.accept_match as an operation: the receipt (method bank, the
line's date and serial) and its allocations in one transaction, linked to the line.
Opened with one of the matcher's proposals, the dialog starts from it (its customer and
invoices), so a proposal can be corrected before it is accepted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from arapp.errors import ArappError
from arapp.reports.balances import open_items
from arapp.services import receipts as receipt_service
from arapp.ui import operations
from arapp.ui.common import ErrorLabel, date_text, mark_invalid, money_text
from arapp.ui.dialogs.allocation_panel import RECEIPT, AllocationPanel
from arapp.ui.dialogs.customer_picker import CustomerPicker
from arapp.ui.models.allocation import AllocationModel
from arapp.ui.tabs.bank import backend


class TickedAllocationModel(AllocationModel):
    """The allocation with a tick on each invoice: ticking one gives it what is left of
    the money (up to what it owes), unticking takes its amount off."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.money = 0

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            row = self._rows[index.row()]
            return Qt.CheckState.Checked if row.allocate > 0 else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            row = self._rows[index.row()]
            ticked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            if ticked:
                left = self.money - (self.total_allocated() - row.allocate)
                if left <= 0:
                    self.editRejected.emit(self.tr("Nothing of the money is left for invoice {number}").format(
                        number=row.number))
                    return False
                row.allocate = min(row.open_amount, left)
            else:
                row.allocate = 0
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 5))
            return True
        return super().setData(index, value, role)

    def tick(self, row: int, ticked: bool = True) -> bool:
        """Tick (or untick) the invoice on ``row``, as a click on its box does."""
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return self.setData(self.index(row, 0), state.value, Qt.ItemDataRole.CheckStateRole)


class MatchDialog(QDialog):
    """Match one incoming bank line to a customer and their invoices, by hand."""

    def __init__(self, line: Any, parent: QWidget | None = None, *, proposal: Any = None):
        super().__init__(parent)
        self.ops = operations.for_widget(parent)
        self.line = line
        self.proposal = proposal
        self.customer_id: int | None = None
        self.result_match: Any = None
        self.setMinimumSize(860, 560)

        self.line_box = QGroupBox()
        self.line_labels = [QLabel() for _ in range(4)]
        self.line_values = [QLabel() for _ in range(4)]
        form = QFormLayout(self.line_box)
        for label, value in zip(self.line_labels, self.line_values, strict=True):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(label, value)
        self.customer_label = QLabel()
        self.customer = CustomerPicker()
        self.customer.customerChosen.connect(self._customer_chosen)
        self.customer.editingFinished.connect(self._customer_typed)
        self.customer_info = QLabel()
        self.customer_info.setStyleSheet("color: #555;")
        form.addRow(self.customer_label, self.customer)
        form.addRow("", self.customer_info)

        self.model = TickedAllocationModel(self)
        self.model.money = line.amount
        self.alloc_box = AllocationPanel(self, source=RECEIPT, model=self.model)
        self.alloc_box.set_amount(line.amount)
        self.alloc_box.replanRequested.connect(self.allocate_oldest_first)
        self.alloc_box.editRejected.connect(lambda msg: self.error.show_message(msg))
        self.table = self.alloc_box.table
        self.summary = self.alloc_box.summary
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.line_box)
        layout.addWidget(self.alloc_box, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        if proposal is not None:
            self.customer.set_customer(proposal.customer_id)
            self.model.set_plan({a.invoice_id: a.amount for a in proposal.allocations})
        elif getattr(line, "customer_id", None):
            self.customer.set_customer(line.customer_id)
        else:
            self.customer.setText(line.counterparty_name or "")
            self.customer.setCursorPosition(0)

    def retranslate_ui(self) -> None:
        t = self.tr
        self.setWindowTitle(t("Match by hand"))
        self.line_box.setTitle(t("Bank line"))
        for label, text in zip(self.line_labels, (t("Date"), t("Amount"), t("Paid by"), t("Description")),
                               strict=True):
            label.setText(text)
        line = self.line
        self.line_values[0].setText(date_text(line.value_date) + (f" {line.value_time}" if line.value_time else ""))
        self.line_values[1].setText(money_text(line.amount))
        self.line_values[2].setText("  ".join(x for x in (line.counterparty_name, line.counterparty_account,
                                                         line.counterparty_bank) if x))
        self.line_values[3].setText("  ".join(x for x in (line.description, line.purpose, line.serial) if x))
        self.customer_label.setText(t("Customer *"))
        self.alloc_box.setTitle(t("Invoices it pays (tick them, oldest due first; double-click an amount to split)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(t("Match"))
        self._show_customer_info()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ customer and invoices
    def _customer_typed(self) -> None:
        if self.customer.customer_id is None and self.customer.text().strip():
            self.customer.resolve()

    def _customer_chosen(self, customer_id: int) -> None:
        self.customer_id = customer_id
        mark_invalid(self.customer, False)
        self.error.clear_message()
        try:
            items = open_items(customer_id)
        except ArappError as exc:
            self.error.show_message(exc.message)
            return
        self.alloc_box.set_invoices(items)
        self._open = (len(items), sum(i.open_amount for i in items))
        self._show_customer_info()

    _open: tuple[int, int] | None = None        # the customer's open invoices: how many, how much

    def _show_customer_info(self) -> None:
        if self._open is None:
            self.customer_info.setText("")
            return
        count, owed = self._open
        self.customer_info.setText(self.tr("Open invoices: {count}, owing {open}").format(
            count=count, open=money_text(owed)))

    def allocate_oldest_first(self) -> None:
        """The books' own plan for the line's money: oldest due first (services.receipts preview)."""
        if self.customer_id is None:
            return
        try:
            plan, _left = receipt_service.preview_allocation(self.customer_id, self.line.amount, receipt_service.AUTO)
        except ArappError as exc:
            self.error.show_message(exc.message)
            return
        self.alloc_box.set_plan(plan)

    def leftover(self) -> int:
        return self.alloc_box.leftover()

    # ------------------------------------------------------------------ saving
    def save(self) -> bool:
        """Start the match; the dialog closes when the books took it. False when refused here."""
        self.error.clear_message()
        if self.customer_id is None or self.customer.customer_id != self.customer_id:
            if self.customer.resolve() is None:
                mark_invalid(self.customer)
                self.error.show_message(self.tr("Choose the customer who paid"))
                return False
        if self.leftover() < 0:
            self.error.show_message(self.tr("The invoices ticked take {over} more than the line brought in").format(
                over=money_text(-self.leftover())))
            return False
        try:
            bank = backend.piece("services")
        except backend.Unavailable:
            self.error.show_message(self.tr("Bank lines cannot be matched in this version."))
            return False
        p = self.proposal
        same = p is not None and p.customer_id == self.customer_id and \
            sorted((a.invoice_id, a.amount) for a in p.allocations) == sorted(self.model.allocations())
        rule, score, reason = (p.rule, p.score, p.reason) if same else ("manual", 100, "")
        self.ops.run(bank.accept_match, self.line.id, self.customer_id, self.model.allocations(), rule=rule,
                     score=score, reason=reason, parent=self, on_done=self._saved,
                     on_failed=lambda exc: self.error.show_message(exc.message))
        return True

    def _saved(self, result: Any) -> None:
        self.result_match = result
        self.accept()
