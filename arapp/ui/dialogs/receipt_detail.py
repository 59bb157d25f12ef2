"""One receipt (收款单) in full, and its reversal (红字冲销).

``ReceiptDetailDialog`` shows the header (number, date, customer, method, reference,
amount in figures and in capitals, who recorded it), every allocation the receipt made
(the invoice, the day the allocation counts from, the amount; an undone one marked
reversed, with the day) and, for a reversed receipt, the reversal: when, by whom, why.
Print receipt… makes the 收据 (arapp.outbox.receipts.make_receipt, optionally two copies
on one page: 存根 and 客户联) as an operation, archived, and shows it in the preview.

``ReverseReceiptDialog`` asks for the reason (required) and the reversal date, says what
the reversal will do, and reverses through services.receipts.reverse_receipt as an
operation.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arapp import clock, names
from arapp.domain.money import amount_in_words
from arapp.errors import ArappError
from arapp.reports.receipt_list import ReceiptDetail, receipt_detail
from arapp.services import receipts as receipt_service
from arapp.services.context import current_actor
from arapp.ui import operations
from arapp.ui.common import (
    AMOUNT_ALIGN,
    ErrorLabel,
    amount_text,
    date_text,
    from_qdate,
    mark_invalid,
    money_text,
    to_qdate,
)
from arapp.ui.models.paged import MUTED_COLOR
from arapp.ui.operations import Operations


def print_receipt(parent: QWidget, receipt_id: int, number: str, *, two_copies: bool = False,
                  status: Callable[[str], None] | None = None,
                  on_failed: Callable[[ArappError], None] | None = None, title: str = ""):
    """Make a receipt's 收据 (arapp.outbox.receipts.make_receipt) as an operation of
    ``parent``'s window, archived, then show it in the preview; ``status`` hears
    「收据 … 已生成并归档」; a refusal goes to ``on_failed``, else to a message box titled
    ``title``. The receipt's detail and the window's offer after a receipt is recorded
    both print through here."""
    from arapp.outbox import receipts
    from arapp.ui.dialogs.statement import make_then_preview

    return make_then_preview(
        parent, receipts.make_receipt, receipt_id, two_copies=two_copies, status=status, on_failed=on_failed,
        title=title,
        said=lambda made: QCoreApplication.translate("ReceiptDetailDialog", "Receipt {number} made and archived")
        .format(number=number))


class ReceiptDetailDialog(QDialog):
    """A receipt's header, its allocations and its reversal (read only); its 收据 printed."""

    said = Signal(str)      # what was done (a receipt printed), for the status bar

    FIELDS = ("number", "date", "customer", "method", "reference", "amount", "words", "allocated",
              "unallocated", "status", "recorded", "memo")

    def __init__(self, receipt_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.receipt_id = receipt_id
        self.detail: ReceiptDetail | None = None
        self.setMinimumSize(760, 560)
        self.header_box = QGroupBox()
        self.form = QFormLayout(self.header_box)
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in self.FIELDS:
            self.labels[key] = QLabel()
            value = QLabel()
            value.setWordWrap(True)
            self.values[key] = value
            self.form.addRow(self.labels[key], value)
        self.values["amount"].setStyleSheet("font-weight: bold;")

        self.alloc_box = QGroupBox()
        self.table = QTableWidget(0, 5)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        box = QVBoxLayout(self.alloc_box)
        box.addWidget(self.table)
        self.no_allocations = QLabel()
        box.addWidget(self.no_allocations)

        self.reversal_box = QGroupBox()
        self.reversal = QLabel()
        self.reversal.setWordWrap(True)
        rbox = QVBoxLayout(self.reversal_box)
        rbox.addWidget(self.reversal)

        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.two_copies = QCheckBox()
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(lambda: self.print_receipt())
        self.print_button.setEnabled(current_actor().may("document.make"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.two_copies)
        bottom.addWidget(self.buttons, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_box)
        layout.addWidget(self.alloc_box, 1)
        layout.addWidget(self.reversal_box)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.load()

    def load(self) -> None:
        """Read the receipt again and show it."""
        try:
            self.detail = receipt_detail(self.receipt_id)
        except ArappError as exc:
            self.error.show_message(exc.message)
            return
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Receipt"))
        self.header_box.setTitle(self.tr("Receipt"))
        for key, text in zip(self.FIELDS, (
                self.tr("Receipt no."), self.tr("Date"), self.tr("Customer"), self.tr("Method"),
                self.tr("Reference"), self.tr("Amount"), self.tr("In capitals"), self.tr("Allocated"),
                self.tr("Unallocated (customer credit)"), self.tr("Status"), self.tr("Recorded"),
                self.tr("Memo")), strict=True):
            self.labels[key].setText(text)
        self.alloc_box.setTitle(self.tr("Allocations to invoices"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Invoice no."), self.tr("Invoice date"), self.tr("Counts from"), self.tr("Amount (¥)"),
            self.tr("Status")])
        self.table.horizontalHeaderItem(3).setTextAlignment(AMOUNT_ALIGN)
        self.reversal_box.setTitle(self.tr("Reversal"))
        self.no_allocations.setText(self.tr("This receipt was not allocated to any invoice."))
        self.print_button.setText(self.tr("Print receipt…"))
        self.print_button.setToolTip(self.tr("Make the receipt for the customer, archive it and preview it to "
                                             "print"))
        self.two_copies.setText(self.tr("Two copies (stub and customer's copy)"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill(self) -> None:
        d = self.detail
        if d is None:
            return
        r = d.row
        try:
            words = amount_in_words(r.amount)
        except Exception:  # words are a courtesy; never block the dialog on them
            words = ""
        recorded = d.created_by
        if d.created_at is not None:
            recorded = f"{d.created_at:%Y-%m-%d %H:%M}  {d.created_by}".strip()
        values = {
            "number": r.number, "date": date_text(r.date), "customer": f"{r.customer_code} {r.customer_name}",
            "method": names.payment_method(r.method), "reference": r.reference, "amount": money_text(r.amount),
            "words": words, "allocated": money_text(r.allocated), "unallocated": money_text(r.unallocated),
            "status": names.receipt_status(r.status), "recorded": recorded, "memo": d.memo,
        }
        for key, text in values.items():
            self.values[key].setText(text)
        for key in ("allocated", "unallocated"):
            self.labels[key].setVisible(not r.reversed)
            self.values[key].setVisible(not r.reversed)

        self.table.setRowCount(len(d.allocations))
        for i, a in enumerate(d.allocations):
            status = self.tr("Reversed on {date}").format(date=date_text(a.reversed_on)) if a.reversed \
                else self.tr("Stands")
            cells = (a.invoice_number, date_text(a.invoice_issue_date), date_text(a.effective_date),
                     amount_text(a.amount), status)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setTextAlignment(AMOUNT_ALIGN)
                if a.reversed:
                    item.setForeground(QBrush(MUTED_COLOR))
                if c == 2:
                    item.setToolTip(self.tr("The day from which this allocation counts in the aging and balances"))
                self.table.setItem(i, c, item)
        self.table.setVisible(bool(d.allocations))
        self.no_allocations.setVisible(not d.allocations)

        self.reversal_box.setVisible(r.reversed)
        if r.reversed:
            self.reversal.setText(self.tr("Reversed on {date} by {user}. Reason: {reason}").format(
                date=date_text(d.reversed_on), user=d.reversed_by or "—", reason=d.reversal_reason))

    def print_receipt(self):
        """Make the receipt's 收据 as an operation (archived), then show it in the preview."""
        if self.detail is None:
            return None
        self.error.clear_message()
        return print_receipt(self, self.receipt_id, self.detail.row.number, two_copies=self.two_copies.isChecked(),
                             status=self.said.emit, on_failed=lambda exc: self.error.show_message(exc.message))

    def shown_allocations(self) -> list[tuple[str, str, str, str, str]]:
        """The allocation table's cells, row by row (for tests and checks)."""
        return [tuple(self.table.item(r, c).text() for c in range(5)) for r in range(self.table.rowCount())]


class ReverseReceiptDialog(QDialog):
    """Ask why a receipt is reversed (红字冲销) and from when, then reverse it through the service."""

    def __init__(self, receipt_id: int, parent: QWidget | None = None, *, ops: Operations | None = None):
        super().__init__(parent)
        self.ops = ops or operations.for_widget(parent)
        self.receipt_id = receipt_id
        self.detail = receipt_detail(receipt_id)
        self.result_receipt: receipt_service.ReceiptResult | None = None
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.date = QDateEdit(to_qdate(clock.today()))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDateRange(to_qdate(min(self.detail.row.date, clock.today())), to_qdate(clock.today()))
        self.date_label = QLabel()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self.reason_label = QLabel()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.reverse_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.date_label, self.date)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        r = self.detail.row
        live = [a for a in self.detail.allocations if not a.reversed]
        self.setWindowTitle(self.tr("Reverse receipt"))
        text = self.tr("Reverse receipt {number} of {customer} for {amount}? The receipt stays in the books "
                       "marked reversed.").format(number=r.number, customer=r.customer_name,
                                                  amount=money_text(r.amount))
        if live:
            text += " " + self.tr(
                "Its allocation to {count} invoice is undone and that invoice is owed again: {invoices}.",
                "Its allocations to {count} invoices are undone and those invoices are owed again: {invoices}.",
                len(live)).format(count=len(live), invoices=", ".join(sorted({a.invoice_number for a in live})))
        self.info.setText(text)
        self.date_label.setText(self.tr("Reversal date"))
        self.reason_label.setText(self.tr("Reason *"))
        self.reverse_button.setText(self.tr("Reverse"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def save(self) -> bool:
        """Start reversing the receipt; the dialog closes when done, or shows the refusal
        (a reason is required: the books refuse without one)."""
        self.error.clear_message()
        mark_invalid(self.reason, False)
        self.ops.run(receipt_service.reverse_receipt, self.receipt_id, self.reason.toPlainText(),
                     date=from_qdate(self.date.date()), parent=self, on_done=self._saved, on_failed=self._refused)
        return True

    def _saved(self, result: receipt_service.ReceiptResult) -> None:
        self.result_receipt = result
        self.accept()

    def _refused(self, exc: ArappError) -> None:
        if exc.field == "reason":
            mark_invalid(self.reason)
            self.reason.setFocus()
        self.error.show_message(exc.message)
