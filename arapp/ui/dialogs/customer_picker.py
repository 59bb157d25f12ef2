"""A line edit that finds a customer as you type (code, name, alias or phone).

Matches come from reports.customers.find_customers, 200 ms after the last keystroke,
into a completer popup; choosing one sets ``customer_id`` and emits ``customerChosen``.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from arapp.errors import ArappError
from arapp.reports.customers import customer_match, find_customers

SEARCH_DELAY_MS = 200
MAX_MATCHES = 30


class CustomerPicker(QLineEdit):
    customerChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.customer_id: int | None = None
        self.customer_code = ""
        self.customer_name = ""
        self.payment_terms_days = 30
        self._matches: dict[str, int] = {}
        self._completion_model = QStringListModel(self)
        self.completer_ = QCompleter(self._completion_model, self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        self.setCompleter(self.completer_)
        self.completer_.activated[str].connect(self._chosen_text)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._edited)
        self.setPlaceholderText(self.tr("Type a code, name, alias or phone"))

    @staticmethod
    def label_for(code: str, name: str) -> str:
        return f"{code}  {name}"

    def _edited(self, _text: str) -> None:
        if self.customer_id is not None:
            self.customer_id = None
        self._timer.start()

    def _search(self) -> None:
        text = self.text().strip()
        if not text:
            self._completion_model.setStringList([])
            return
        try:
            found = find_customers(text, limit=MAX_MATCHES)
        except ArappError:
            found = []
        self._matches = {self.label_for(c.code, c.name): c.id for c in found}
        self._completion_model.setStringList(list(self._matches))
        if self.hasFocus() and self._matches:
            self.completer_.setCompletionPrefix(text)
            self.completer_.complete()

    def search_now(self) -> list[str]:
        """Run the pending search at once; returns the offered labels (for tests)."""
        self._timer.stop()
        self._search()
        return list(self._matches)

    def _chosen_text(self, label: str) -> None:
        customer_id = self._matches.get(label)
        if customer_id is not None:
            self.set_customer(customer_id)

    def set_customer(self, customer_id: int | None) -> None:
        """Choose a customer by id (None clears the choice)."""
        self._timer.stop()
        if customer_id is None:
            self.customer_id = None
            self.clear()
            return
        c = customer_match(customer_id)
        self.customer_id = c.id
        self.customer_code = c.code
        self.customer_name = c.name
        self.payment_terms_days = c.payment_terms_days
        self.setText(self.label_for(c.code, c.name))
        self.setCursorPosition(0)
        self.customerChosen.emit(c.id)

    def resolve(self) -> int | None:
        """The chosen customer; a typed code or a single match counts as a choice."""
        if self.customer_id is not None:
            return self.customer_id
        text = self.text().strip()
        if not text:
            return None
        if text in self._matches:
            self.set_customer(self._matches[text])
            return self.customer_id
        try:
            exact = customer_match(text)
        except ArappError:
            exact = None
        if exact is not None:
            self.set_customer(exact.id)
            return self.customer_id
        found = find_customers(text, limit=2)
        if len(found) == 1:
            self.set_customer(found[0].id)
            return self.customer_id
        return None
