"""Issue a credit note (贷项/红字) and void one.

The issue dialog opens from an invoice (its customer and the invoice fixed) or from a
customer (chosen with the picker). It takes the date, the amount, or lines (description,
amount) that add up to it, the reason, and how the money is used: on this invoice, on
this invoice and then the oldest, or kept as the customer's credit. A preview under the
form says which invoices it would pay. The write runs through
services.credit_notes.issue_credit_note as an operation; ``message`` then names the new
credit note for the status bar.

Voiding asks for the reason (a ReasonDialog) and runs services.credit_notes.void_credit_note.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arapp import clock
from arapp.domain.money import parse_amount
from arapp.errors import ArappError, ValidationError
from arapp.services import credit_notes as cn
from arapp.services import settings
from arapp.ui import common, operations
from arapp.ui.common import (
    AMOUNT_ALIGN,
    AmountEdit,
    ErrorLabel,
    from_qdate,
    keep_to_window,
    money_text,
    to_qdate,
)
from arapp.ui.dialogs.collection import ReasonDialog, Write
from arapp.ui.dialogs.customer_picker import CustomerPicker
from arapp.ui.operations import Operations

DESCRIPTION, AMOUNT = range(2)


class CreditNoteDialog(QDialog):
    """A new credit note. ``invoice`` (id, number, customer id, open fen) fixes the
    customer and offers "apply to this invoice"; else the customer is chosen."""

    def __init__(self, parent: QWidget | None = None, *, customer_id: int | None = None,
                 invoice: tuple[int, str, int, int] | None = None, invoice_lines: list[tuple[str, int]] | None = None,
                 ops: Operations | None = None):
        super().__init__(parent)
        self.ops = ops or operations.for_widget(parent)
        self.invoice = invoice
        self.invoice_lines = list(invoice_lines or [])
        self.result_note: cn.CreditNoteResult | None = None
        self.message = ""
        self._filling = False

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("color: #555;")
        self.customer = CustomerPicker()
        self.customer.customerChosen.connect(lambda _id: self.update_preview())
        self.customer.setEnabled(invoice is None)
        self.invoice_label = QLabel()
        self.date = QDateEdit(to_qdate(clock.today()))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        keep_to_window(self.date, settings.date_window())
        self.amount = AmountEdit(document=True)
        self.amount.textEdited.connect(lambda _t: self.update_preview())

        self.lines = QTableWidget(0, 2)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.verticalHeader().hide()
        self.lines.horizontalHeader().setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.lines.setColumnWidth(AMOUNT, 140)
        self.lines.setMinimumHeight(120)
        self.lines.itemChanged.connect(lambda _i: self._lines_changed())
        self.add_line_button = QPushButton()
        self.add_line_button.clicked.connect(lambda: self.add_line())
        self.remove_line_button = QPushButton()
        self.remove_line_button.clicked.connect(self.remove_line)
        self.copy_lines_button = QPushButton()
        self.copy_lines_button.clicked.connect(self.copy_invoice_lines)
        self.copy_lines_button.setVisible(bool(self.invoice_lines))
        line_buttons = QHBoxLayout()
        for b in (self.add_line_button, self.remove_line_button, self.copy_lines_button):
            line_buttons.addWidget(b)
        line_buttons.addStretch(1)

        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 14)

        self.to_invoice = QRadioButton()
        self.oldest_first = QRadioButton()
        self.keep = QRadioButton()
        self.apply_group = QButtonGroup(self)
        for b in (self.to_invoice, self.oldest_first, self.keep):
            self.apply_group.addButton(b)
            b.toggled.connect(lambda checked: checked and self.update_preview())
        self.to_invoice.setVisible(invoice is not None)
        (self.to_invoice if invoice is not None else self.oldest_first).setChecked(True)
        apply_box = QVBoxLayout()
        for b in (self.to_invoice, self.oldest_first, self.keep):
            apply_box.addWidget(b)

        self.error = ErrorLabel()

        self.form = QFormLayout()
        self.labels = {k: QLabel() for k in ("customer", "invoice", "date", "amount", "lines", "reason", "apply")}
        self.form.addRow(self.labels["customer"], self.customer)
        if invoice is not None:
            self.form.addRow(self.labels["invoice"], self.invoice_label)
        self.form.addRow(self.labels["date"], self.date)
        self.form.addRow(self.labels["amount"], self.amount)
        lines_box = QVBoxLayout()
        lines_box.addWidget(self.lines)
        lines_box.addLayout(line_buttons)
        self.form.addRow(self.labels["lines"], lines_box)
        self.form.addRow(self.labels["reason"], self.reason)
        self.form.addRow(self.labels["apply"], apply_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(self.form)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.fields = {"customer": self.customer, "invoice": self.customer, "date": self.date,
                       "amount": self.amount, "lines": self.lines, "reason": self.reason}
        self.setMinimumWidth(680)
        if invoice is not None:
            customer_id = invoice[2]
        if customer_id is not None:
            self.customer.set_customer(customer_id)
        self.retranslate_ui()
        self.update_preview()

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        t = self.tr
        self.setWindowTitle(t("New credit note"))
        self.header.setText(t("A credit note reduces what the customer owes; the invoice itself is not "
                              "changed. Give the amount, or lines that add up to it."))
        for key, text in (("customer", t("Customer *")), ("invoice", t("Against invoice")), ("date", t("Date")),
                          ("amount", t("Amount (¥) *")), ("lines", t("Lines")), ("reason", t("Reason *")),
                          ("apply", t("Use the credit"))):
            self.labels[key].setText(text)
        if self.invoice is not None:
            self.invoice_label.setText(t("{number} · open {open}").format(
                number=self.invoice[1], open=money_text(self.invoice[3])))
        self.lines.setHorizontalHeaderLabels([t("Description"), t("Amount (¥)")])
        self.add_line_button.setText(t("Add line"))
        self.remove_line_button.setText(t("Remove line"))
        self.copy_lines_button.setText(t("Copy the invoice's lines"))
        self.to_invoice.setText(t("Apply now to this invoice (what it cannot take stays as credit)"))
        self.oldest_first.setText(t("Apply now, oldest due first") if self.invoice is None else
                                  t("Apply now to this invoice, then to the oldest due"))
        self.keep.setText(t("Keep as the customer's credit, apply later"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(t("Issue"))
        self.update_preview()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ lines
    def add_line(self, description: str = "", amount: str = "") -> int:
        row = self.lines.rowCount()
        self._filling = True
        self.lines.insertRow(row)
        self.lines.setItem(row, DESCRIPTION, QTableWidgetItem(description))
        item = QTableWidgetItem(amount)
        item.setTextAlignment(AMOUNT_ALIGN)
        self.lines.setItem(row, AMOUNT, item)
        self._filling = False
        self._lines_changed()
        return row

    def remove_line(self) -> None:
        row = self.lines.currentRow()
        if row < 0:
            row = self.lines.rowCount() - 1
        if row >= 0:
            self.lines.removeRow(row)
            self._lines_changed()

    def copy_invoice_lines(self) -> None:
        """Fill the lines with the invoice's own (description and amount), to trim or delete."""
        self.lines.setRowCount(0)
        for description, fen in self.invoice_lines:
            self.add_line(description, common.amount_text(fen))

    def line_values(self) -> list[tuple[str, int]] | None:
        """The lines typed ((description, fen), …), None when there are none. A bad
        amount raises ValidationError naming the line."""
        out = []
        for row in range(self.lines.rowCount()):
            desc = (self.lines.item(row, DESCRIPTION).text() if self.lines.item(row, DESCRIPTION) else "").strip()
            text = (self.lines.item(row, AMOUNT).text() if self.lines.item(row, AMOUNT) else "").strip()
            if not desc and not text:
                continue
            try:
                fen = parse_amount(text, allow_negative=False, field="lines")
            except ValidationError as exc:
                raise ValidationError(self.tr("Line {line}: {message}").format(line=row + 1, message=exc.message),
                                      field="lines") from None
            out.append((desc, fen))
        return out or None

    def _lines_changed(self) -> None:
        if self._filling:
            return
        try:
            lines = self.line_values()
        except ValidationError:
            lines = None
            has_rows = True
        else:
            has_rows = lines is not None
        self.amount.setReadOnly(has_rows)
        if lines is not None:
            self.amount.set_fen(sum(f for _, f in lines))
        self.update_preview()

    # ------------------------------------------------------------------ what it will do
    def apply_mode(self) -> str:
        if self.to_invoice.isChecked() and self.invoice is not None:
            return cn.APPLY_TO_INVOICE
        if self.keep.isChecked():
            return cn.KEEP_AS_CREDIT
        return cn.APPLY_OLDEST_FIRST

    def update_preview(self) -> None:
        t = self.tr
        customer_id = self.customer.customer_id
        try:
            fen = self.amount.fen(field="amount")
        except ValidationError:
            fen = None
        if customer_id is None or not fen:
            self.preview.setText(t("Choose the customer and give the amount to see where the credit goes."))
            return
        try:
            plan, left = cn.preview_credit_note(customer_id, fen, invoice=self.invoice[0] if self.invoice else None,
                                                apply=self.apply_mode())
        except ArappError as exc:
            self.preview.setText(exc.message)
            return
        parts = [t("{number} {amount}").format(number=p.invoice_number, amount=money_text(p.amount)) for p in plan]
        if parts:
            text = t("Pays {invoices}").format(invoices="、".join(parts))
            if left:
                text += t("; {left} stays as the customer's credit").format(left=money_text(left))
        else:
            text = t("Nothing is applied now; {left} stays as the customer's credit").format(left=money_text(left))
        self.preview.setText(text)

    # ------------------------------------------------------------------ save
    def save(self) -> bool:
        """Start issuing the credit note; the dialog closes when done, or says why and stays.
        False when the form is refused before anything was sent."""
        for w in self.fields.values():
            common.mark_invalid(w, False)
        self.error.clear_message()
        try:
            customer_id = self.customer.resolve()
            if customer_id is None:
                raise ValidationError(self.tr("Choose the customer"), field="customer")
            lines = self.line_values()
            amount = None if lines is not None else self.amount.fen(field="amount")
        except ArappError as exc:
            self._refused(exc)
            return False
        day: _dt.date = from_qdate(self.date.date())
        self.ops.run(cn.issue_credit_note, customer_id, day, amount, self.reason.toPlainText(),
                     invoice=self.invoice[0] if self.invoice else None, apply=self.apply_mode(), lines=lines,
                     parent=self, on_done=self._saved, on_failed=self._refused)
        return True

    def _saved(self, result: cn.CreditNoteResult) -> None:
        self.result_note = result
        self.message = self.issued_text(result)
        self.accept()

    def issued_text(self, result: cn.CreditNoteResult) -> str:
        """What the status bar says after a credit note was issued: its number, where the money went."""
        t = self.tr
        applied = sum(a for _, a in result.applied)
        if applied and result.unapplied:
            return t("Credit note {number} issued for {amount}: {applied} applied, {left} kept as credit").format(
                number=result.number, amount=money_text(result.amount), applied=money_text(applied),
                left=money_text(result.unapplied))
        if applied:
            return t("Credit note {number} issued for {amount} and applied to {invoices}").format(
                number=result.number, amount=money_text(result.amount),
                invoices="、".join(n for n, _ in result.applied))
        return t("Credit note {number} issued for {amount}, kept as the customer's credit").format(
            number=result.number, amount=money_text(result.amount))

    def _refused(self, exc: ArappError) -> None:
        self.error.show_message(exc.message)
        widget = self.fields.get(exc.field or "")
        common.mark_invalid(widget, True)
        if widget is not None:
            widget.setFocus()


class VoidCreditNoteDialog(ReasonDialog):
    """Ask why a credit note is voided, then void it: what it had paid on invoices is owed again."""

    def __init__(self, parent: QWidget | None, credit_note_id: int, number: str, amount: int, *,
                 ops: Operations | None = None):
        t = self.tr

        def act(reason: str) -> Write:
            return Write(cn.void_credit_note, (credit_note_id, reason), {}, lambda res: t(
                "Credit note {number} voided; what it had paid is owed again").format(number=res.number))

        super().__init__(parent, t("Void credit note"), t(
            "Void credit note {number} for {amount}? It stays in the books marked void; what it had paid on "
            "invoices is owed again.").format(number=number, amount=money_text(amount)), t("Reason"), act, ops=ops)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(t("Void"))
