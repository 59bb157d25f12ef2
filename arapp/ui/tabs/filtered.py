"""What the document lists (Invoices, Receipts) share about their filters: typed dates
that mark the field and say why when they do not read, one customer's documents with a
chip that clears it, and filters applied to the model only when they changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from arapp.domain.dates import parse_date
from arapp.errors import ValidationError
from arapp.ui.common import mark_invalid


class CustomerFilteredList:
    """Mixed into a list tab that has ``model`` (with ``filters``/``setFilter``),
    ``filter_timer``, ``customer_chip``, ``statusMessage`` and ``current_filter()``."""

    _customer_filter: tuple[int, str] | None = None

    def _date(self, edit: QLineEdit, field: str):
        text = edit.text().strip()
        if not text:
            mark_invalid(edit, False)
            return None
        try:
            value = parse_date(text, field=field)
        except ValidationError as exc:
            mark_invalid(edit)
            self.statusMessage.emit(exc.message)
            raise
        mark_invalid(edit, False)
        return value

    def apply_filters(self) -> None:
        self.filter_timer.stop()
        try:
            filters = self.current_filter()
        except ValidationError:
            return
        self.statusMessage.emit("")             # a refusal said before is put right
        if filters != self.model.filters:
            self.model.setFilter(filters)

    def show_customer(self, customer_id: int, label: str) -> None:
        """List one customer's documents (from the Customers tab)."""
        self._customer_filter = (customer_id, label)
        self._update_chip()
        self.apply_filters()

    def clear_customer_filter(self) -> None:
        self._customer_filter = None
        self._update_chip()
        self.apply_filters()

    def _update_chip(self) -> None:
        if self._customer_filter is None:
            self.customer_chip.hide()
        else:
            t = QCoreApplication.translate
            self.customer_chip.setText(t("CustomerFilteredList", "Customer: {name}  ✕").format(
                name=self._customer_filter[1]))
            self.customer_chip.setToolTip(t("CustomerFilteredList", "Show all customers"))
            self.customer_chip.show()
