"""A customer's statement of account (对账单) from the window, and the one-document acts
that end in the preview (a letter for a task, a receipt).

``StatementDialog`` asks for the period (the last full month by default) and whether
to show open items only, makes the statement through arapp.outbox.statements as an
operation (off the UI thread; it is archived there) and opens it in the preview.
:func:`make_then_preview` is the same path for any maker returning a ``Made``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from arapp.domain.dates import month_bounds
from arapp.errors import ArappError
from arapp.reports.catalog import last_full_month
from arapp.ui import common, operations
from arapp.ui.common import ErrorLabel, from_qdate, to_qdate


def make_then_preview(parent: QWidget, fn: Callable, *args, said: Callable[[object], str] | None = None,
                      status: Callable[[str], None] | None = None, on_failed: Callable[[ArappError], None] | None = None,
                      title: str = "", hold: QWidget | None = None, **kwargs):
    """Make a document with ``fn(*args, **kwargs)`` (a maker of arapp.outbox returning a
    ``Made``, archived there) as an operation, then open it in the preview; ``said(made)``
    goes to ``status``. Refused: ``on_failed``, else a message box titled ``title``."""
    ops = operations.for_widget(parent)

    def done(made) -> None:
        from arapp.ui.dialogs.pdf_preview import open_preview

        name = made.file_name or "document.pdf"
        open_preview(parent.window() if parent is not None else None, made.content, title=Path(name).stem,
                     file_name=name, status=status)
        text = said(made) if said is not None else ""
        if text and status is not None:
            status(text)

    def failed(exc: ArappError) -> None:
        if on_failed is not None:
            on_failed(exc)
        else:
            common.show_error(parent, title, exc.message)

    return ops.run(fn, *args, parent=hold or parent, on_done=done, on_failed=failed, **kwargs)


class StatementDialog(QDialog):
    """对账单 for one customer: the period and open items only, then made and previewed."""

    def __init__(self, customer_id: int, label: str, parent: QWidget | None = None, *,
                 status: Callable[[str], None] | None = None):
        super().__init__(parent)
        self.customer_id = customer_id
        self.label = label
        self.status = status
        self.made = None
        self.message = ""
        start, end = month_bounds(last_full_month())
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.start = QDateEdit(to_qdate(start))
        self.end = QDateEdit(to_qdate(end))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.start_label, self.end_label = QLabel(), QLabel()
        self.open_only = QCheckBox()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.make_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.make)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.start_label, self.start)
        form.addRow(self.end_label, self.end)
        form.addRow("", self.open_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Statement of account"))
        self.info.setText(self.tr("A statement of account for {customer}: the opening balance, every "
                                  "movement of the period with the running balance, the closing balance and a "
                                  "confirmation slip. It is archived when made.").format(customer=self.label))
        self.start_label.setText(self.tr("From"))
        self.end_label.setText(self.tr("To"))
        self.open_only.setText(self.tr("Open items only"))
        self.open_only.setToolTip(self.tr("List only the invoices still open at the end of the period, instead of "
                                          "every movement"))
        self.make_button.setText(self.tr("Make and preview"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def period(self):
        return from_qdate(self.start.date()), from_qdate(self.end.date())

    def make(self) -> bool:
        """Make the statement (an operation); the dialog closes and the preview opens when done."""
        from arapp.outbox import statements

        self.error.clear_message()
        start, end = self.period()
        if start > end:
            common.mark_invalid(self.end)
            self.error.show_message(self.tr("The period ends on {end}, before it starts on {start}.").format(
                start=start.isoformat(), end=end.isoformat()))
            return False
        common.mark_invalid(self.end, False)
        owner = self.parentWidget() or self

        def said(made) -> str:
            self.made = made
            self.message = self.tr("Statement of account for {customer} made ({start} to {end}), {n} page, "
                                   "archived", "Statement of account for {customer} made ({start} to {end}), "
                                   "{n} pages, archived", made.pages).format(
                customer=self.label, start=start.isoformat(), end=end.isoformat(), n=made.pages)
            self.accept()
            return self.message

        make_then_preview(owner, statements.make_statement, self.customer_id, start, end,
                          open_only=self.open_only.isChecked(), said=said, status=self.status,
                          on_failed=lambda exc: self.error.show_message(exc.message), hold=self)
        return True
