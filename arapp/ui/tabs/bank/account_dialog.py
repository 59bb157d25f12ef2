"""Add or edit one of the company's bank accounts: name, bank, account number, the
export profile its statements follow, and the opening date and balances (per the bank
and per the books) the reconciliation starts from. Saved through services.bank
(add_bank_account / update_bank_account) as an operation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from arapp import clock, names
from arapp.domain import vocabulary as vocab
from arapp.domain.money import parse_amount
from arapp.errors import ArappError
from arapp.ui import operations
from arapp.ui.common import AmountEdit, ErrorLabel, fit_combo, from_qdate, mark_invalid, to_qdate
from arapp.ui.tabs.bank import backend


class BalanceEdit(AmountEdit):
    """An opening balance in yuan: may be below zero (an overdrawn account)."""

    def fen(self, *, field: str | None = None) -> int | None:
        text = self.text().strip()
        return 0 if not text else parse_amount(text, allow_negative=True, field=field)


class AccountDialog(QDialog):
    """A new bank account (``account`` None) or the one given (a reports.bank row)."""

    def __init__(self, parent: QWidget | None = None, account: Any = None, *, account_no: str = ""):
        super().__init__(parent)
        self.ops = operations.for_widget(parent)
        self.account = account
        self.result_account_id: int | None = None
        self.name = QLineEdit()
        self.bank = QLineEdit()
        self.account_no = QLineEdit()
        for edit in (self.name, self.bank, self.account_no):
            edit.setMaxLength(100)
            edit.setMinimumWidth(320)
        self.profile = fit_combo(QComboBox())
        for code in vocab.BANK_PROFILES:
            self.profile.addItem(names.bank_profile(code), code)
        self.has_opening = QCheckBox()
        self.opening_date = QDateEdit(to_qdate(clock.today()))
        self.opening_date.setCalendarPopup(True)
        self.opening_date.setDisplayFormat("yyyy-MM-dd")
        self.has_opening.toggled.connect(self.opening_date.setEnabled)
        self.opening_bank = BalanceEdit()
        self.opening_book = BalanceEdit()
        for edit in (self.opening_bank, self.opening_book):
            edit.setMaximumWidth(200)

        date_row = QHBoxLayout()
        date_row.addWidget(self.has_opening)
        date_row.addWidget(self.opening_date)
        date_row.addStretch(1)
        self.labels = [QLabel() for _ in range(7)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.name, self.bank, self.account_no, self.profile, date_row,
                                              self.opening_bank, self.opening_book), strict=True):
            form.addRow(label, field)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if account is not None:
            self.name.setText(account.name)
            self.bank.setText(account.bank)
            self.account_no.setText(account.account_no)
            self.profile.setCurrentIndex(max(0, self.profile.findData(account.profile)))
            if account.opening_date is not None:
                self.opening_date.setDate(to_qdate(account.opening_date))
            self.has_opening.setChecked(account.opening_date is not None)
            self.opening_bank.set_fen(account.opening_bank_balance)
            self.opening_book.set_fen(account.opening_book_balance)
        else:
            self.account_no.setText(account_no)
            self.has_opening.setChecked(False)
        self.opening_date.setEnabled(self.has_opening.isChecked())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        t = self.tr
        self.setWindowTitle(t("New bank account") if self.account is None else t("Bank account"))
        for label, text in zip(self.labels, (t("Name *"), t("Bank"), t("Account no. *"), t("Statement format"),
                                             t("Opening date"), t("Opening balance per bank (¥)"),
                                             t("Opening balance per books (¥)")), strict=True):
            label.setText(text)
        for i, code in enumerate(vocab.BANK_PROFILES):
            self.profile.setItemText(i, names.bank_profile(code))
        self.name.setPlaceholderText(t("e.g. ICBC basic account"))
        self.bank.setPlaceholderText(t("e.g. ICBC Shanghai Pudong branch"))
        self.has_opening.setText(t("From"))
        self.note.setText(t("The reconciliation starts from the opening balances on the opening date: what the "
                            "bank statement said and what the books said that day."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def values(self) -> dict[str, Any]:
        """What the form says, as the service takes it (ValidationError on a bad amount)."""
        return dict(
            name=self.name.text().strip(), bank=self.bank.text().strip(), account_no=self.account_no.text().strip(),
            profile=self.profile.currentData(),
            opening_date=from_qdate(self.opening_date.date()) if self.has_opening.isChecked() else None,
            opening_bank_balance=self.opening_bank.fen(field="opening_bank_balance"),
            opening_book_balance=self.opening_book.fen(field="opening_book_balance"))

    def save(self) -> bool:
        """Start saving; the dialog closes when the books took it. False when the form itself is refused."""
        self.error.clear_message()
        try:
            values = self.values()
            bank = backend.piece("services")
        except backend.Unavailable:
            self.error.show_message(self.tr("Bank accounts cannot be saved in this version."))
            return False
        except ArappError as exc:
            self._refused(exc)
            return False
        if self.account is None:
            self.ops.run(bank.add_bank_account, values.pop("name"), values.pop("bank"), values.pop("account_no"),
                         **values, parent=self, on_done=self._saved, on_failed=self._refused)
        else:
            self.ops.run(bank.update_bank_account, self.account.id, **values, parent=self, on_done=self._saved,
                         on_failed=self._refused)
        return True

    def _saved(self, result: Any) -> None:
        self.result_account_id = getattr(result, "account_id", None) or getattr(self.account, "id", None)
        self.accept()

    def _refused(self, exc: ArappError) -> None:
        fields = {"name": self.name, "bank": self.bank, "account_no": self.account_no,
                  "opening_bank_balance": self.opening_bank, "opening_book_balance": self.opening_book}
        widget = fields.get(exc.field or "")
        if widget is not None:
            mark_invalid(widget)
            widget.setFocus()
        self.error.show_message(exc.message)
