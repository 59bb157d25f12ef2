"""New invoice (新建应收单) and void (作废) dialogs.

The new-invoice dialog takes a customer (search as you type), the issue date, a due date
that follows the customer's payment terms until the user changes it, and lines
(description, quantity, unit price, VAT rate; 金额, 税额 and 价税合计 are computed as the
services compute them, :mod:`arapp.domain.tax`), with the totals of the three under the
lines; the receivable is the tax-inclusive total. It saves a draft or posts
through services.invoices.create_invoice, as an operation (off the UI thread, the dialog
waiting). The void dialog asks for the reason and shows the service's refusal if there
is one.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arapp import clock
from arapp.domain import limits, tax
from arapp.domain.money import amount_in_words, parse_amount
from arapp.domain.text import LINE, NOTE, max_length
from arapp.errors import ArappError, ValidationError
from arapp.reports.invoice_list import InvoiceRow
from arapp.services import invoices as invoice_service
from arapp.services import settings
from arapp.services.credit import CreditHoldError, credit_hold_reasons
from arapp.ui import operations
from arapp.ui.common import (
    AMOUNT_ALIGN,
    ErrorLabel,
    amount_text,
    from_qdate,
    keep_to_window,
    mark_invalid,
    money_text,
    to_qdate,
)
from arapp.ui.dialogs.customer_picker import CustomerPicker
from arapp.ui.operations import Operations

DESCRIPTION, QUANTITY, UNIT_PRICE, AMOUNT, TAX_RATE, TAX, GROSS = range(7)
#: The columns the dialog computes (not typed).
COMPUTED = (AMOUNT, TAX, GROSS)


class InvoiceDialog(QDialog):
    """A new invoice; ``save(post=True)`` posts it, ``save(post=False)`` keeps a draft."""

    def __init__(self, parent: QWidget | None = None, customer_id: int | None = None,
                 issue_date: _dt.date | None = None, *, ops: Operations | None = None):
        super().__init__(parent)
        self.ops = ops or operations.for_widget(parent)
        self.result_invoice: invoice_service.InvoiceResult | None = None
        self._due_edited = False
        self._setting_due = False
        self._filling = False
        self.setMinimumSize(940, 560)

        self.customer = CustomerPicker()
        self.customer.customerChosen.connect(lambda _id: self._update_due_date())
        self.customer.editingFinished.connect(self._customer_typed)
        self.terms_label = QLabel()
        self.terms_label.setStyleSheet("color: #555;")
        self.issue_date = QDateEdit(to_qdate(issue_date or clock.today()))
        self.due_date = QDateEdit()
        for edit in (self.issue_date, self.due_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        window = settings.date_window()
        keep_to_window(self.issue_date, window)
        keep_to_window(self.due_date, window, extra_days=limits.MAX_TERMS_DAYS)
        self.issue_date.dateChanged.connect(lambda _d: self._update_due_date())
        self.due_date.dateChanged.connect(self._due_changed)
        self.description = QLineEdit()
        self.description.setMaxLength(max_length(LINE))
        self.period = QLineEdit()
        self.hold_label = QLabel()
        self.hold_label.setWordWrap(True)
        self.hold_label.setStyleSheet("color: #e65100;")
        self.hold_label.hide()
        self.override_label = QLabel()
        self.override_reason = QLineEdit()
        self.override_reason.setMaxLength(max_length(NOTE))

        self.head_box = QGroupBox()
        form = QFormLayout(self.head_box)
        self.labels = [QLabel() for _ in range(5)]
        customer_row = QVBoxLayout()
        customer_row.setSpacing(2)
        customer_row.addWidget(self.customer)
        customer_row.addWidget(self.terms_label)
        for label, widget in zip(self.labels, (customer_row, self.issue_date, self.due_date, self.description,
                                                self.period), strict=True):
            form.addRow(label, widget)
        form.addRow("", self.hold_label)
        form.addRow(self.override_label, self.override_reason)
        self.head_form = form
        self._show_override(False)

        self.lines = QTableWidget(0, 7)
        self.lines.verticalHeader().setDefaultSectionSize(28)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for col, width in ((QUANTITY, 80), (UNIT_PRICE, 116), (AMOUNT, 120), (TAX_RATE, 96), (TAX, 110),
                           (GROSS, 128)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.lines.setColumnWidth(col, width)
        self.lines.itemChanged.connect(self._line_changed)
        self.add_line_button = QPushButton()
        self.add_line_button.clicked.connect(lambda: self.add_line())
        self.remove_line_button = QPushButton()
        self.remove_line_button.clicked.connect(self.remove_line)
        self.net_label = QLabel()
        self.tax_label = QLabel()
        self.total_label = QLabel()
        for label in (self.net_label, self.tax_label, self.total_label):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bold = self.total_label.font()
        bold.setBold(True)
        self.total_label.setFont(bold)
        self.words_label = QLabel()
        self.words_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.words_label.setStyleSheet("color: #555;")
        self.lines_box = QGroupBox()
        lines_layout = QVBoxLayout(self.lines_box)
        lines_layout.addWidget(self.lines, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.add_line_button)
        bar.addWidget(self.remove_line_button)
        bar.addStretch(1)
        totals = QVBoxLayout()
        figures = QHBoxLayout()
        figures.setSpacing(18)
        figures.addStretch(1)
        for label in (self.net_label, self.tax_label, self.total_label):
            figures.addWidget(label)
        totals.addLayout(figures)
        totals.addWidget(self.words_label)
        bar.addLayout(totals)
        lines_layout.addLayout(bar)

        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox()
        self.post_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.draft_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.post_button.setDefault(True)
        self.post_button.clicked.connect(lambda: self.save(post=True))
        self.draft_button.clicked.connect(lambda: self.save(post=False))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.head_box)
        layout.addWidget(self.lines_box, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.add_line()
        self.retranslate_ui()
        if customer_id is not None:
            self.customer.set_customer(customer_id)
        self._update_due_date()

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New invoice"))
        self.head_box.setTitle(self.tr("Invoice"))
        self.lines_box.setTitle(self.tr("Lines"))
        for label, text in zip(self.labels, (self.tr("Customer *"), self.tr("Issue date"), self.tr("Due date"),
                                             self.tr("Description"), self.tr("Period")), strict=True):
            label.setText(text)
        self.period.setPlaceholderText(self.tr("e.g. 2026-11 (optional)"))
        self.override_label.setText(self.tr("Override reason"))
        self.override_reason.setPlaceholderText(self.tr("A manager may post despite the credit hold, giving a reason"))
        self.lines.setHorizontalHeaderLabels([self.tr("Description"), self.tr("Quantity"),
                                              self.tr("Unit price (¥)"), self.tr("Amount (¥)"),
                                              self.tr("Tax rate"), self.tr("Tax (¥)"),
                                              self.tr("Total with tax (¥)")])
        for row in range(self.lines.rowCount()):
            combo = self.rate_combo(row)
            if combo is not None:
                combo.setItemText(0, self.tr("No tax"))
        self.add_line_button.setText(self.tr("Add line"))
        self.remove_line_button.setText(self.tr("Remove line"))
        self.post_button.setText(self.tr("Save and post"))
        self.draft_button.setText(self.tr("Save as draft"))
        self._update_terms_label()
        self._update_total()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ customer and dates
    def _customer_typed(self) -> None:
        if self.customer.customer_id is None and self.customer.text().strip():
            self.customer.resolve()

    def _update_terms_label(self) -> None:
        if self.customer.customer_id is None:
            self.terms_label.setText("")
        else:
            self.terms_label.setText(self.tr("Payment terms: {days} day", "Payment terms: {days} days", self.customer.payment_terms_days).format(
                days=self.customer.payment_terms_days))

    def _show_override(self, visible: bool) -> None:
        self.head_form.setRowVisible(self.override_reason, visible)

    def update_credit_hold(self) -> list[str]:
        """Warn when posting this invoice would meet a credit hold (services.credit)."""
        reasons: list[str] = []
        if self.customer.customer_id is not None:
            try:
                reasons = credit_hold_reasons(self.customer.customer_id, adding=self.total(),
                                              invoice_date=from_qdate(self.issue_date.date()))
            except ArappError:
                reasons = []
        if reasons:
            self.hold_label.setText(self.tr("Credit hold: {reasons}. Posting needs a manager's override.").format(
                reasons="; ".join(reasons)))
        self.hold_label.setVisible(bool(reasons))
        self._show_override(bool(reasons))
        return reasons

    def _update_due_date(self) -> None:
        self._update_terms_label()
        self.update_credit_hold()
        if self._due_edited:
            return
        days = self.customer.payment_terms_days if self.customer.customer_id is not None else 30
        self._setting_due = True
        self.due_date.setDate(self.issue_date.date().addDays(days))
        self._setting_due = False

    def _due_changed(self, _date) -> None:
        if not self._setting_due:
            self._due_edited = True

    # ------------------------------------------------------------------ lines
    def add_line(self, description: str = "", quantity: str = "1", unit_price: str = "",
                 tax_rate: int = 0) -> int:
        """A new line at the end (``tax_rate`` in basis points, one of today's rates)."""
        self._filling = True
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        self.lines.setItem(row, DESCRIPTION, QTableWidgetItem(description))
        for col, text in ((QUANTITY, quantity), (UNIT_PRICE, unit_price)):
            item = QTableWidgetItem(text)
            item.setTextAlignment(AMOUNT_ALIGN)
            self.lines.setItem(row, col, item)
        for col in (AMOUNT, TAX_RATE, TAX, GROSS):
            item = QTableWidgetItem("")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setTextAlignment(AMOUNT_ALIGN)
            self.lines.setItem(row, col, item)
        combo = QComboBox()
        for bp in tax.TAX_RATES_BP:
            combo.addItem(tax.rate_text(bp) or self.tr("No tax"), bp)
        combo.setCurrentIndex(max(0, combo.findData(tax_rate)))
        combo.currentIndexChanged.connect(lambda _i, c=combo: self._rate_changed(c))
        self.lines.setCellWidget(row, TAX_RATE, combo)
        self._filling = False
        self._format_price(row)
        self._recompute_line(row)
        return row

    def rate_combo(self, row: int) -> QComboBox | None:
        """The tax-rate pick list of a line."""
        widget = self.lines.cellWidget(row, TAX_RATE)
        return widget if isinstance(widget, QComboBox) else None

    def _rate_changed(self, combo: QComboBox) -> None:
        for row in range(self.lines.rowCount()):
            if self.lines.cellWidget(row, TAX_RATE) is combo:
                self._recompute_line(row)
                return

    def remove_line(self) -> None:
        row = self.lines.currentRow()
        if row < 0:
            row = self.lines.rowCount() - 1
        if row >= 0:
            self.lines.removeRow(row)
        if self.lines.rowCount() == 0:
            self.add_line()
        self._update_total()

    def set_line(self, row: int, description: str, quantity: str, unit_price: str,
                 tax_rate: int | None = None) -> None:
        while self.lines.rowCount() <= row:
            self.add_line()
        self.lines.item(row, DESCRIPTION).setText(description)
        self.lines.item(row, QUANTITY).setText(quantity)
        self.lines.item(row, UNIT_PRICE).setText(unit_price)
        combo = self.rate_combo(row)
        if tax_rate is not None and combo is not None:
            combo.setCurrentIndex(max(0, combo.findData(tax_rate)))

    def _text(self, row: int, col: int) -> str:
        item = self.lines.item(row, col)
        return item.text().strip() if item is not None else ""

    def line_rate(self, row: int) -> int:
        """The line's tax rate in basis points (0: no tax)."""
        combo = self.rate_combo(row)
        return int(combo.currentData() or 0) if combo is not None else 0

    def _line_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() in COMPUTED:
            return
        if item.column() == UNIT_PRICE:
            self._format_price(item.row())
        self._recompute_line(item.row())

    def _format_price(self, row: int) -> None:
        """Write a unit price the books take as amounts are written (1,234.00); one they
        refuse is left as typed, for the refusal to name."""
        item = self.lines.item(row, UNIT_PRICE)
        if item is None or not item.text().strip():
            return
        try:
            shown = amount_text(parse_amount(item.text(), allow_negative=False))
        except ValidationError:
            return
        if shown != item.text():
            self._filling = True
            item.setText(shown)
            self._filling = False

    def _line_amount(self, row: int) -> int | None:
        """quantity × unit price (金额), rounded half up to the fen; None while incomplete or
        bad (a quantity the books refuse, a price or an amount over the cap)."""
        qty_text, price_text = self._text(row, QUANTITY), self._text(row, UNIT_PRICE)
        if not qty_text or not price_text:
            return None
        try:
            milli = limits.parse_quantity(qty_text, line=row + 1)
            price = limits.check_amount(parse_amount(price_text, allow_negative=False))
            return limits.check_amount(limits.line_amount(milli, price))
        except ValidationError:
            return None

    def line_figures(self, row: int) -> tuple[int, int, int] | None:
        """(金额, 税额, 价税合计) of a line, as the services compute them; None while the
        line is incomplete or bad (the tax-inclusive amount over the cap included)."""
        amount = self._line_amount(row)
        if amount is None:
            return None
        line_tax = tax.line_tax(amount, self.line_rate(row))
        try:
            limits.check_amount(amount + line_tax)
        except ValidationError:
            return None
        return amount, line_tax, amount + line_tax

    def _recompute_line(self, row: int) -> None:
        figures = self.line_figures(row)
        self._filling = True
        for col, i in ((AMOUNT, 0), (TAX, 1), (GROSS, 2)):
            item = self.lines.item(row, col)
            if item is not None:
                item.setText(amount_text(figures[i]) if figures is not None else "")
        self._filling = False
        self._update_total()

    def _blank(self, row: int) -> bool:
        return not any(self._text(row, c) for c in (DESCRIPTION, UNIT_PRICE))

    def totals(self) -> tuple[int, int, int]:
        """(金额, 税额, 价税合计) of the lines that are complete."""
        lines = [f for f in (self.line_figures(r) for r in range(self.lines.rowCount())) if f is not None]
        return sum(f[0] for f in lines), sum(f[1] for f in lines), sum(f[2] for f in lines)

    def total(self) -> int:
        """What the invoice will have the customer owe: the tax-inclusive total."""
        return self.totals()[2]

    def _update_total(self) -> None:
        net, line_tax, total = self.totals()
        if self.customer.customer_id is not None and total != getattr(self, "_hold_total", None):
            self._hold_total = total
            self.update_credit_hold()
        self.net_label.setText(self.tr("Amount: {amount}").format(amount=money_text(net)))
        self.tax_label.setText(self.tr("Tax: {tax}").format(tax=money_text(line_tax)))
        self.total_label.setText(self.tr("Total with tax: {total}").format(total=money_text(total)))
        try:
            self.words_label.setText(amount_in_words(total) if total else "")
        except Exception:  # the words are a courtesy
            self.words_label.setText("")

    def line_inputs(self) -> list[invoice_service.LineInput]:
        """The lines as the service takes them; ValidationError names the bad line."""
        out = []
        for row in range(self.lines.rowCount()):
            if self._blank(row):
                continue
            n = len(out) + 1
            desc = self._text(row, DESCRIPTION)
            if not desc:
                raise ValidationError(self.tr("Line {line}: enter a description").format(line=n), field="lines")
            qty_text = self._text(row, QUANTITY) or "1"
            limits.parse_quantity(qty_text, line=n)        # the words the books would refuse it with
            price_text = self._text(row, UNIT_PRICE)
            if not price_text:
                raise ValidationError(self.tr("Line {line}: enter the unit price").format(line=n), field="lines")
            try:
                price = parse_amount(price_text, allow_negative=False)
            except ValidationError as exc:
                raise ValidationError(self.tr("Line {line}: {message}").format(line=n, message=exc.message),
                                      field="lines") from None
            out.append(invoice_service.LineInput(desc, qty_text, price, tax_rate=self.line_rate(row)))
        if not out:
            raise ValidationError(self.tr("Add at least one line with a description and a price"), field="lines")
        return out

    # ------------------------------------------------------------------ saving
    def save(self, post: bool = True) -> bool:
        """Start writing the invoice (posted, or as a draft): the dialog closes when the
        books took it, or shows the refusal. False (and a message) when the form itself
        is refused and nothing was sent."""
        self.error.clear_message()
        for w in (self.customer, self.due_date, self.lines):
            mark_invalid(w, False)
        customer_id = self.customer.customer_id or self.customer.resolve()
        if customer_id is None:
            mark_invalid(self.customer)
            self.customer.setFocus()
            self.error.show_message(self.tr("Choose a customer"))
            return False
        override = self.override_reason.text().strip() or None
        try:
            lines = self.line_inputs()
        except ArappError as exc:
            self._refused(exc)
            return False
        self.ops.run(invoice_service.create_invoice, customer_id, from_qdate(self.issue_date.date()),
                     due_date=from_qdate(self.due_date.date()), lines=lines, description=self.description.text(),
                     period=self.period.text(), post=post, override_reason=override if post else None,
                     parent=self, on_done=self._saved, on_failed=self._refused)
        return True

    def _saved(self, result: invoice_service.InvoiceResult) -> None:
        self.result_invoice = result
        self.accept()

    def _refused(self, exc: ArappError) -> None:
        """Say why under the form and mark what it is about (the override reason for a credit hold)."""
        if isinstance(exc, CreditHoldError):
            self._show_override(True)
            mark_invalid(self.override_reason)
            self.override_reason.setFocus()
        else:
            widget = {"due_date": self.due_date, "issue_date": self.issue_date, "lines": self.lines,
                      "description": self.lines, "quantity": self.lines, "amount": self.lines,
                      "unit_price": self.lines, "period": self.period}.get(exc.field or "")
            mark_invalid(widget)
        self.error.show_message(exc.message)


class VoidInvoiceDialog(QDialog):
    """Ask why an invoice is voided (作废), then void it through the service."""

    def __init__(self, invoice: InvoiceRow, parent: QWidget | None = None, *, ops: Operations | None = None):
        super().__init__(parent)
        self.ops = ops or operations.for_widget(parent)
        self.invoice = invoice
        self.result_invoice: invoice_service.InvoiceResult | None = None
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self.reason_label = QLabel()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        inv = self.invoice
        self.setWindowTitle(self.tr("Void invoice"))
        self.info.setText(self.tr(
            "Void invoice {number} of {customer} for {total}? The invoice stays in the books marked void; "
            "money already allocated to it goes back to the customer as credit.").format(
                number=inv.number or "", customer=inv.customer_name, total=money_text(inv.total)))
        self.reason_label.setText(self.tr("Reason *"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Void"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def save(self) -> bool:
        """Start voiding the invoice; the dialog closes when done, or shows the refusal."""
        self.error.clear_message()
        mark_invalid(self.reason, False)
        self.ops.run(invoice_service.void_invoice, self.invoice.id, self.reason.toPlainText(), parent=self,
                     on_done=self._saved, on_failed=self._refused)
        return True

    def _saved(self, result: invoice_service.InvoiceResult) -> None:
        self.result_invoice = result
        self.accept()

    def _refused(self, exc: ArappError) -> None:
        if exc.field == "reason":
            mark_invalid(self.reason)
            self.reason.setFocus()
        self.error.show_message(exc.message)
