"""The allocation preview (核销) shared by the receipt dialog and the apply-credit dialog.

A customer's open invoices with the amount to allocate to each, filled in oldest due
first by the books' own preview (services.receipts.preview_allocation) and editable by
hand, with a summary line: how much is allocated to how many invoices and what stays with
the customer as credit (预收), or by how much the lines are more than the money there is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arapp.domain.allocation import AllocationLine
from arapp.reports.balances import OpenItem
from arapp.ui.common import money_text
from arapp.ui.models.allocation import AllocationModel, AllocationRow

#: What the money being allocated is: a receipt being recorded, or credit already held.
RECEIPT = "receipt"
CREDIT = "credit"


class AllocationPanel(QGroupBox):
    """Open invoices with the amount to allocate to each (editable), and the summary."""

    replanRequested = Signal()       # "Allocate oldest first" was clicked
    changed = Signal()               # a line's amount changed (by hand or a new plan)
    editRejected = Signal(str)       # a hand edit was refused: why

    def __init__(self, parent: QWidget | None = None, *, source: str = RECEIPT,
                 model: AllocationModel | None = None):
        super().__init__(parent)
        self.source = source
        self._amount = 0
        self.model = model or AllocationModel(self)    # a subclass may add to it (the bank's ticks)
        self.model.dataChanged.connect(lambda *_: self._changed())
        self.model.modelReset.connect(self._changed)
        self.model.editRejected.connect(self.editRejected)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.replanRequested)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(lambda: self.model.set_plan({}))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.clear_button)
        row.addWidget(self.reset_button)
        layout.addLayout(row)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.reset_button.setText(self.tr("Allocate oldest first"))
        self.clear_button.setText(self.tr("Allocate nothing"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.update_summary()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ content
    def set_invoices(self, items: list[OpenItem]) -> None:
        """The customer's open invoices (reports.balances.open_items), nothing allocated."""
        self.model.set_rows([AllocationRow(i.invoice_id, i.number, i.issue_date, i.due_date, i.open_amount,
                                           i.days_overdue) for i in items])

    def set_plan(self, plan: list[AllocationLine]) -> None:
        """Show the books' plan (a preview): these amounts on these invoices, none elsewhere."""
        self.model.set_plan({line.invoice_id: line.amount for line in plan})

    def set_amount(self, amount: int) -> None:
        """The money there is to allocate (the receipt's amount, or the credit held)."""
        self._amount = amount
        self.update_summary()

    def allocations(self) -> list[tuple[int, int]]:
        return self.model.allocations()

    def leftover(self) -> int:
        """What stays with the customer as credit after the lines shown (negative: too much)."""
        return self._amount - self.model.total_allocated()

    def _changed(self) -> None:
        self.update_summary()
        self.changed.emit()

    def update_summary(self) -> None:
        allocated = self.model.total_allocated()
        left = self._amount - allocated
        if left < 0:
            if self.source == CREDIT:
                text = self.tr("Allocated {allocated}: {over} more than the credit held").format(
                    allocated=money_text(allocated), over=money_text(-left))
            else:
                text = self.tr("Allocated {allocated}: {over} more than the receipt").format(
                    allocated=money_text(allocated), over=money_text(-left))
            self.summary.setText(f"<span style='color:#b00020'>{text}</span>")
            return
        count = len(self.model.allocations())
        text = self.tr("Allocated {allocated} to {count} invoice", "Allocated {allocated} to {count} invoices",
                       count).format(allocated=money_text(allocated), count=count)
        if left and self.source == CREDIT:
            text += self.tr("; ") + self.tr("<b>{left}</b> remains the customer's credit").format(left=money_text(left))
        elif left:
            text += self.tr("; ") + self.tr("<b>{left}</b> stays with the customer as credit").format(left=money_text(left))
        self.summary.setText(text)
