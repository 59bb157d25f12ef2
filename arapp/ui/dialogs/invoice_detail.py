"""The invoice detail window (应收单详情): one invoice and everything that happened to it.

Opened by double-clicking an invoice in the Invoices tab or in a collection file. It
reads arapp.reports.invoice_detail on a worker and shows the header (number, customer,
dates, the extended due date, status, total, open), then pages: the lines, every
allocation that paid it (reversed ones greyed with the day and why), the credit notes
against it, its void and the reversals that touched it, its collection task and its
disputes. From here: issue a credit note, void one (selected in the payments or credit
note page), open or resolve a dispute. The writes are operations; when their broadcast
touches this invoice the window reloads, and ``actMessage`` says what was done (the
main window holds it in the status bar over the tabs' own texts).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from arapp import clock, names
from arapp.reports import invoice_detail as report
from arapp.reports.invoice_detail import CREDIT_NOTE, InvoiceDetail
from arapp.services.context import current_actor
from arapp.ui import operations
from arapp.ui.common import AMOUNT_ALIGN, money_text
from arapp.ui.jobs import JobRunner
from arapp.ui.models.collections import MUTED_COLOR, RecordsModel
from arapp.ui.operations import Operations

#: What the window shows: a write touching any of these may have changed it.
WATCHES = ("invoice", "allocation", "receipt", "credit_note", "collection", "task")


class DetailModel(RecordsModel):
    """RecordsModel with quantities (Decimal) shown as typed and right-aligned like amounts."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and 0 <= index.column() < len(self.columns) and self.columns[index.column()][1] == "quantity":
            if role == Qt.ItemDataRole.DisplayRole:
                value = self.rows[index.row()][index.column()]
                return "" if value is None else f"{value:,f}"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(AMOUNT_ALIGN)
        return super().data(index, role)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns) and self.columns[section][1] == "quantity"):
            return int(AMOUNT_ALIGN)
        return super().headerData(section, orientation, role)


class InvoiceDetailWindow(QDialog):
    """One invoice's detail, read on a worker; reloads after writes that touch it."""

    actMessage = Signal(str)         # what an act here did, for the status bar
    loaded = Signal(object)          # InvoiceDetail, or None when it could not be read

    PAGES = ("lines", "payments", "credit_notes", "history", "collection")

    def __init__(self, invoice_id: int, parent: QWidget | None = None, *, runner: JobRunner | None = None,
                 ops: Operations | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.invoice_id = invoice_id
        self.ops = ops or operations.for_widget(parent)
        self.runner = runner or self.ops.runner
        self.detail: InvoiceDetail | None = None
        self.current_dialog = None
        self._generation = 0
        self.ops.changed.connect(self._books_changed)

        self.title = QLabel()
        font = self.title.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.alert = QLabel()
        self.alert.setWordWrap(True)
        self.alert.setStyleSheet("color: #b71c1c;")

        # Two a row: the tax (hidden when the invoice has none) sits right of the total;
        # 已收 is receipts only, 贷项 the credit notes (no money came in for them).
        self.header_keys = ("customer", "issue_date", "due_date", "effective_due", "status", "period", "total",
                            "tax", "paid", "credited", "open", "description", "external_number")
        self.header_labels = {k: QLabel() for k in self.header_keys}
        self.header_values = {k: QLabel() for k in self.header_keys}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for i, k in enumerate(self.header_keys):
            self.header_labels[k].setStyleSheet("color: #555;")
            self.header_values[k].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row, col = divmod(i, 2)
            grid.addWidget(self.header_labels[k], row, col * 2)
            grid.addWidget(self.header_values[k], row, col * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for k in ("total", "open"):
            f = self.header_values[k].font()
            f.setBold(True)
            self.header_values[k].setFont(f)

        self.credit_button = QPushButton()
        self.credit_button.clicked.connect(lambda: self.issue_credit_note())
        self.void_note_button = QPushButton()
        self.void_note_button.clicked.connect(lambda: self.void_credit_note())
        self.dispute_button = QPushButton()
        self.dispute_button.clicked.connect(lambda: self.open_dispute())
        self.resolve_button = QPushButton()
        self.resolve_button.clicked.connect(lambda: self.resolve_dispute())
        actions = QHBoxLayout()
        for b in (self.credit_button, self.void_note_button, self.dispute_button, self.resolve_button):
            actions.addWidget(b)
        actions.addStretch(1)

        self.pages = QTabWidget()
        self.models: dict[str, DetailModel] = {}
        self.views: dict[str, QTableView] = {}
        for key in ("lines", "payments", "credit_notes", "history", "disputes"):
            model = DetailModel(self)
            view = QTableView()
            view.setModel(model)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setAlternatingRowColors(True)
            view.setWordWrap(False)
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(24)
            view.horizontalHeader().setStretchLastSection(key != "lines")   # in lines the description stretches
            view.selectionModel().currentRowChanged.connect(lambda *_a: self.update_buttons())
            self.models[key], self.views[key] = model, view
            if key != "disputes":
                self.pages.addTab(view, "")
        self.task_box = QGroupBox()
        self.task_text = QLabel()
        self.task_text.setWordWrap(True)
        self.task_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.task_box).addWidget(self.task_text)
        self.disputes_label = QLabel()
        collection = QWidget()
        cl = QVBoxLayout(collection)
        cl.setContentsMargins(0, 4, 0, 0)
        cl.addWidget(self.task_box)
        cl.addWidget(self.disputes_label)
        cl.addWidget(self.views["disputes"], 1)
        self.pages.addTab(collection, "")
        self.pages.currentChanged.connect(lambda _i: self.update_buttons())

        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #777;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.alert)
        layout.addLayout(grid)
        layout.addLayout(actions)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.buttons)
        self.resize(1040, 660)
        self.retranslate_ui()
        self.reload()

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        t = self.tr
        for k, text in (("customer", t("Customer")), ("issue_date", t("Issue date")), ("due_date", t("Due date")),
                        ("effective_due", t("Extended to")), ("status", t("Status")),
                        ("total", t("Total with tax")), ("tax", t("Tax")), ("paid", t("Received")),
                        ("credited", t("Credited")), ("open", t("Open")), ("period", t("Period")),
                        ("description", t("Description")), ("external_number", t("Old ledger number"))):
            self.header_labels[k].setText(text)
        self.header_labels["external_number"].setToolTip(
            t("The number the invoice had in the ledger it was imported from; customers may quote it"))
        self.credit_button.setText(t("Credit note…"))
        self.credit_button.setToolTip(t("Issue a credit note against this invoice"))
        self.void_note_button.setText(t("Void credit note…"))
        self.void_note_button.setToolTip(t("Void the credit note selected in the payments or credit notes page"))
        self.dispute_button.setText(t("Open dispute…"))
        self.dispute_button.setToolTip(t("The customer disputes this invoice: it leaves the dunning until resolved"))
        self.resolve_button.setText(t("Resolve dispute…"))
        self.resolve_button.setToolTip(t("Close the open dispute with how it ended"))
        self.task_box.setTitle(t("Collection task"))
        self.disputes_label.setText(t("Disputes"))
        self.placeholder.setText(t("Loading…"))
        self.models["payments"].set_columns([
            (t("From"), "text"), (t("Number"), "text"), (t("Document date"), "date"), (t("Counts from"), "date"),
            (t("Amount"), "money"), (t("By"), "text"), (t("State"), "text"), (t("Why undone"), "text")])
        self.models["credit_notes"].set_columns([
            (t("Number"), "text"), (t("Date"), "date"), (t("Amount"), "money"), (t("On this invoice"), "money"),
            (t("Unapplied"), "money"), (t("Reason"), "text"), (t("Status"), "text"), (t("By"), "text"),
            (t("Void reason"), "text")])
        self.models["history"].set_columns([
            (t("What"), "text"), (t("Date"), "date"), (t("By"), "text"), (t("Document"), "text"),
            (t("Amount"), "money"), (t("Reason"), "text")])
        self.models["disputes"].set_columns([
            (t("Opened on"), "date"), (t("Reason"), "text"), (t("Opened by"), "text"), (t("Status"), "text"),
            (t("Closed on"), "date"), (t("Resolution"), "text"), (t("Closed by"), "text")])
        self.show_detail(self.detail)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def page_titles(self) -> dict[str, str]:
        t = self.tr
        return {"lines": t("Lines"), "payments": t("Payments"), "credit_notes": t("Credit notes"),
                "history": t("Voids and reversals"), "collection": t("Collection and disputes")}

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        """Read the invoice's detail again on a worker."""
        self._generation += 1
        generation = self._generation
        invoice_id = self.invoice_id

        def job(_progress, _cancelled):
            return report.invoice_detail(invoice_id)

        self.runner.submit(job, name="invoice-detail", on_finished=lambda d: self._done(generation, d),
                           on_failed=lambda msg: self._failed(generation, msg), owner=self)

    def _done(self, generation: int, d: InvoiceDetail) -> None:
        if generation != self._generation:
            return
        self.show_detail(d)
        self.loaded.emit(d)

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.placeholder.setText(message)
        self.placeholder.show()
        self.loaded.emit(None)

    def _books_changed(self, changes) -> None:
        """A write committed: read the invoice again if it may have touched it (one small query)."""
        if changes.touches(*WATCHES):
            self.reload()

    # ------------------------------------------------------------------ content
    def show_detail(self, d: InvoiceDetail | None) -> None:
        self.detail = d
        titles = self.page_titles()
        t = self.tr
        if d is None:
            self.setWindowTitle(t("Invoice"))
            self.title.setText("")
            self.alert.hide()
            for key in self.PAGES:
                self.pages.setTabText(self.PAGES.index(key), titles[key])
            self.update_buttons()
            return
        self.placeholder.hide()
        self.setWindowTitle(t("Invoice {number}").format(number=d.number or t("(draft)")))
        self.title.setText(t("Invoice {number} · {status}").format(number=d.number or t("(draft)"),
                                                                  status=names.invoice_status(d.status)))
        dash = "—"
        v = self.header_values
        v["customer"].setText(f"{d.customer_code}  {d.customer_name}")
        v["issue_date"].setText(d.issue_date.isoformat())
        v["due_date"].setText(d.due_date.isoformat())
        v["effective_due"].setText(d.effective_due.isoformat() if d.effective_due else dash)
        v["status"].setText(names.invoice_status(d.status))
        v["total"].setText(money_text(d.total))
        v["tax"].setText(money_text(d.tax))
        for w in (v["tax"], self.header_labels["tax"]):
            w.setVisible(d.tax != 0)
        v["paid"].setText(money_text(d.received))
        v["paid"].setToolTip(t("Money received from the customer (receipts) on this invoice"))
        v["credited"].setText(money_text(d.credited))
        v["credited"].setToolTip(t("What credit notes took off this invoice: no money was received for it"))
        v["open"].setText(money_text(d.open_amount))
        days = (clock.today() - (d.effective_due or d.due_date)).days
        v["open"].setStyleSheet("color: #b71c1c;" if d.is_open and days > 0 else "")
        v["period"].setText(d.period or dash)
        v["description"].setText(d.description or dash)
        v["external_number"].setText(d.external_number)
        for w in (v["external_number"], self.header_labels["external_number"]):
            w.setVisible(bool(d.external_number))          # only an imported invoice has one
        alerts = []
        if d.status == "void":
            void = next((h for h in d.history if h.kind == "void"), None)
            if void is not None:
                alerts.append(t("Voided on {date} by {user}: {reason}").format(
                    date=void.date.isoformat(), user=void.by, reason=void.reason))
        if d.open_dispute is not None:
            alerts.append(t("Disputed since {date}: {reason}").format(
                date=d.open_dispute.opened_on.isoformat(), reason=d.open_dispute.reason))
        if d.is_open and days > 0:
            alerts.append(t("{n} day overdue", "{n} days overdue", days).format(n=days))
        self.alert.setText(" · ".join(alerts))
        self.alert.setVisible(bool(alerts))

        self.models["lines"].set_columns([(c.label, c.kind) for c in d.line_columns])
        self.models["lines"].set_rows(d.lines)
        self.models["payments"].set_rows(
            [[self._source_word(p.source), p.number, p.source_date, p.date, p.amount, p.by,
              t("Reversed on {date}").format(date=p.reversed_on.isoformat()) if p.reversed else t("In force"),
              p.reversal_reason] for p in d.payments], d.payments,
            [MUTED_COLOR if p.reversed else None for p in d.payments])
        self.models["credit_notes"].set_rows(
            [[n.number, n.date, n.amount, n.applied_here, n.unapplied, n.reason,
              names.credit_note_status(n.status), n.created_by, n.void_reason] for n in d.credit_notes],
            d.credit_notes, [MUTED_COLOR if n.status == "void" else None for n in d.credit_notes])
        self.models["history"].set_rows(
            [[self._history_word(h.kind), h.date, h.by, h.document, h.amount, h.reason] for h in d.history],
            d.history)
        self.models["disputes"].set_rows(
            [[x.opened_on, x.reason, x.opened_by, names.dispute_status(x.status), x.closed_on, x.resolution,
              x.closed_by] for x in d.disputes], d.disputes,
            [None if x.status == "open" else MUTED_COLOR for x in d.disputes])
        self.task_text.setText(self._task_text(d))
        counts = {"lines": len(d.lines), "payments": len(d.payments), "credit_notes": len(d.credit_notes),
                  "history": len(d.history), "collection": len(d.disputes)}
        for i, key in enumerate(self.PAGES):
            self.pages.setTabText(i, f"{titles[key]} ({counts[key]})" if counts[key] else titles[key])
        for key, view in self.views.items():
            view.resizeColumnsToContents()
            for col in range(self.models[key].columnCount()):
                if view.columnWidth(col) > 260:
                    view.setColumnWidth(col, 260)
        header = self.views["lines"].horizontalHeader()       # the description takes the room, not the last figure
        for i, c in enumerate(d.line_columns):
            if c.key == "description":
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        self.update_buttons()

    def _source_word(self, source: str) -> str:
        return self.tr("Credit note") if source == CREDIT_NOTE else self.tr("Receipt")

    def _history_word(self, kind: str) -> str:
        t = self.tr
        return {"posted": t("Posted"), "void": t("Invoice voided"), "receipt_reversed": t("Receipt reversed"),
                "credit_note_void": t("Credit note voided")}.get(kind, kind)

    def _task_text(self, d: InvoiceDetail) -> str:
        t = self.tr
        task = d.task
        if task is None:
            return t("No collection task: the invoice is not due for dunning, or its debt was settled.")
        state = names.task_status(task.status)
        if task.status == "paused" and task.hold_reason:
            state = names.with_note(state, names.hold_reason(task.hold_reason))
        text = t("Task {id}: level {level}, {action}, {procedure} · {status} · since {created} · collector "
                 "{collector}").format(id=task.task_id, level=task.level_seq, action=names.level_action(task.action),
                                       procedure=names.procedure(task.procedure), status=state,
                                       created=task.created_on.isoformat(), collector=task.assigned_name or
                                       t("nobody"))
        if not task.covers_invoice:
            text += "\n" + t("The customer's task works other invoices; this one is not in it yet.")
        return text

    # ------------------------------------------------------------------ buttons
    def selected_credit_note(self) -> tuple[int, str, int] | None:
        """The posted credit note selected in the payments or credit notes page: (id, number, amount)."""
        d = self.detail
        if d is None:
            return None
        key = self.PAGES[self.pages.currentIndex()]
        if key not in ("payments", "credit_notes"):
            return None
        chosen: Any = self.models[key].payload(self.views[key].currentIndex().row())
        if chosen is None:
            return None
        if key == "payments":
            if not chosen.credit_note_open:
                return None
            note = next((n for n in d.credit_notes if n.credit_note_id == chosen.source_id), None)
            return (chosen.source_id, chosen.number, note.amount if note else chosen.amount)
        return (chosen.credit_note_id, chosen.number, chosen.amount) if chosen.status == "posted" else None

    def update_buttons(self) -> None:
        actor = current_actor()
        d = self.detail
        live = d is not None and d.status not in ("draft", "void")
        self.credit_button.setEnabled(live and actor.may("credit_note.issue"))
        self.void_note_button.setEnabled(self.selected_credit_note() is not None and actor.may("credit_note.void"))
        work = actor.may("collection.work")
        self.dispute_button.setEnabled(work and d is not None and d.is_open and d.open_dispute is None)
        self.resolve_button.setEnabled(work and d is not None and d.open_dispute is not None)

    def _open(self, dialog, message=None) -> Any:
        self.current_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._said(message() if message else getattr(dialog, "message", "")))
        dialog.finished.connect(lambda _r: setattr(self, "current_dialog", None))
        dialog.open()
        return dialog

    def _said(self, text: str) -> None:
        if text:
            self.actMessage.emit(text)

    def issue_credit_note(self):
        from arapp.ui.dialogs.credit_note import CreditNoteDialog

        d = self.detail
        if d is None or d.status in ("draft", "void"):
            return None
        return self._open(CreditNoteDialog(self, invoice=(d.invoice_id, d.number, d.customer_id, d.open_amount),
                                           invoice_lines=d.line_amounts(), ops=self.ops))

    def void_credit_note(self):
        from arapp.ui.dialogs.credit_note import VoidCreditNoteDialog

        chosen = self.selected_credit_note()
        if chosen is None:
            return None
        return self._open(VoidCreditNoteDialog(self, *chosen, ops=self.ops))

    def open_dispute(self):
        from arapp.ui.dialogs.dispute import OpenDisputeDialog

        d = self.detail
        if d is None or not d.is_open or d.open_dispute is not None:
            return None
        label = self.tr("{number} · open {open}").format(number=d.number, open=money_text(d.open_amount))
        return self._open(OpenDisputeDialog(self, [(d.invoice_id, label)], clock.today(), ops=self.ops))

    def resolve_dispute(self):
        from arapp.ui.dialogs.dispute import ResolveDisputeDialog

        d = self.detail
        x = d.open_dispute if d is not None else None
        if x is None:
            return None
        return self._open(ResolveDisputeDialog(self, x.dispute_id, d.number, x.reason, clock.today(), ops=self.ops))


def open_invoice_detail(parent: QWidget, invoice_id: int, *, runner: JobRunner | None = None,
                        ops: Operations | None = None, status=None) -> InvoiceDetailWindow:
    """Show an invoice's detail window beside ``parent`` (not modal); ``status`` (a
    callable or a signal's emit: a tab's ``actMessage``) receives what the window's acts say."""
    window = InvoiceDetailWindow(invoice_id, parent, runner=runner, ops=ops)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if status is not None:
        window.actMessage.connect(status)
    window.show()
    return window

