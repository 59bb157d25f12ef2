"""The Aging tab (账龄): aging as of any date, by scheme and view, with filters, a
stacked bar chart, drill-down, Excel export and PDF printing.

Every recompute runs on a worker thread; a newer request supersedes an older one
(its result is dropped), so changing the date, scheme or view never freezes the
window. The same ``AgingResult`` feeds the table, the chart and the exports, and the
table on screen is the one the PDF and Excel print (reports.table.aging_table), made on
the worker too.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arapp import clock, i18n
from arapp.domain import vocabulary as vocab
from arapp.errors import ArappError
from arapp.reports import aging as aging_report
from arapp.reports.aging import AgingFilter, AgingResult
from arapp.ui import common
from arapp.ui.common import AmountEdit, RefreshWhenShown, from_qdate, to_qdate
from arapp.ui.dialogs.aging_scheme import SchemeDialog
from arapp.ui.jobs import JobRunner
from arapp.ui.models.aging import AgingTableModel, screen_table
from arapp.ui.operations import Operations

log = logging.getLogger(__name__)
RECOMPUTE_DELAY_MS = 150
VIEWS = vocab.AGING_VIEWS
_NO_PARENT = QModelIndex()


class AgingTab(RefreshWhenShown, QWidget):
    """账龄 tab. Signals ask the main window to show a customer or an invoice elsewhere."""

    invoiceRequested = Signal(int, str)
    statusMessage = Signal(str)            # a refusal of the as-of date (the summary is under the table)
    actMessage = Signal(str)               # what an act did (an export saved), held over the counts
    resultReady = Signal(object)

    #: The aging is of open documents; the customer's collector, category and rating filter it.
    WATCHES = ("invoice", "receipt", "credit_note", "allocation", "customer", "aging_scheme")

    def __init__(self, runner: JobRunner | None = None, parent: QWidget | None = None, *,
                 ops: Operations | None = None):
        super().__init__(parent)
        self.runner = runner or JobRunner(self)
        self.ops = ops or Operations(self.runner, self)
        self.ops.changed.connect(self.books_changed)
        self.result: AgingResult | None = None
        self._generation = 0
        self._job = None
        self._customer_drill: tuple[int, str] | None = None
        self._loading_choices = False

        self.as_of = QDateEdit(to_qdate(clock.today()))
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.basis = QComboBox()
        self.scheme = QComboBox()
        self.view = QComboBox()
        self.edit_scheme = QToolButton()
        self.collector = QComboBox()
        self.category = QComboBox()
        self.rating = QComboBox()
        self.min_amount = AmountEdit(allow_empty=True)
        self.min_amount.setMaximumWidth(110)
        self.overdue_only = QCheckBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.chip = QPushButton()
        self.chip.setFlat(True)
        self.chip.hide()
        self.export_button = QPushButton()
        self.print_button = QPushButton()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.labels = {k: QLabel() for k in ("as_of", "basis", "scheme", "view", "collector", "category",
                                             "rating", "min")}
        row1 = QHBoxLayout()
        for key, w in (("as_of", self.as_of), ("basis", self.basis), ("scheme", self.scheme)):
            row1.addWidget(self.labels[key])
            row1.addWidget(w)
        row1.addWidget(self.edit_scheme)
        row1.addWidget(self.labels["view"])
        row1.addWidget(self.view)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        for key, w in (("collector", self.collector), ("category", self.category), ("rating", self.rating),
                       ("min", self.min_amount)):
            row2.addWidget(self.labels[key])
            row2.addWidget(w)
        row2.addWidget(self.overdue_only)
        row2.addWidget(self.search, 1)
        row2.addWidget(self.chip)
        for combo in (self.basis, self.scheme, self.view, self.collector, self.category, self.rating):
            # As wide as the longest choice (English words are longer), within reason.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(6)
            combo.setMaximumWidth(240)
        self.scheme.setMinimumContentsLength(12)
        self.scheme.setMaximumWidth(360)        # a user's scheme name is read whole
        self.search.setMinimumWidth(80)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.print_button)

        self.model = AgingTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Size columns from the first rows only: measuring 20,000 rows would stall the window.
        self.table.horizontalHeader().setResizeContentsPrecision(60)
        self.table.doubleClicked.connect(self._drill_down)
        self._refit = common.RefitOnResize(self.table, self._fit_columns)

        self.chart_holder = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_holder)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart = QLabel()
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart.setMinimumSize(1, 1)
        self.chart_layout.addWidget(self.chart)
        self.chart_image: QImage | None = None
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart_holder)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.chart_holder.setMinimumHeight(220)
        splitter.setSizes([480, 300])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RECOMPUTE_DELAY_MS)
        self.timer.timeout.connect(self.recompute)

        self.retranslate_ui()
        self.load_choices()
        for w in (self.basis, self.scheme, self.view, self.collector, self.category, self.rating):
            w.currentIndexChanged.connect(self._changed)
        self.as_of.dateChanged.connect(self._changed)
        self.overdue_only.toggled.connect(self._changed)
        self.search.textChanged.connect(self._changed)
        self.min_amount.editingFinished.connect(self._changed)
        self.edit_scheme.clicked.connect(self.open_scheme_dialog)
        self.export_button.clicked.connect(lambda: self.export("xlsx"))
        self.print_button.clicked.connect(lambda: self.export("pdf"))
        self.cancel_button.clicked.connect(self.cancel)
        self.chip.clicked.connect(self.clear_drill)

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        t = self.tr
        texts = {"as_of": t("As of"), "basis": t("Age from"), "scheme": t("Scheme"), "view": t("View"),
                 "collector": t("Collector"), "category": t("Category"), "rating": t("Rating"),
                 "min": t("Min. amount")}
        for k, text in texts.items():
            self.labels[k].setText(text)
        self._fill(self.basis, [("due", t("Due date")), ("invoice", t("Invoice date"))])
        self._fill(self.view, [("customer", t("By customer")), ("invoice", t("By invoice")),
                               ("collector", t("By collector")), ("category", t("By category"))])
        self.edit_scheme.setText(t("Schemes…"))
        self.edit_scheme.setToolTip(t("Define a bucket scheme"))
        self.overdue_only.setText(t("Overdue only"))
        self.search.setPlaceholderText(t("Search code, name or phone"))
        self.export_button.setText(t("Export to Excel…"))
        self.export_button.setToolTip(t("Save the table shown as an Excel workbook, or as a CSV file (choose the "
                                        "file type in the dialog)"))
        self.print_button.setText(t("Print (PDF)…"))
        self.cancel_button.setText(t("Cancel"))
        self._update_chip()
        if self.result is not None:
            self.model.set_result(self.result)
            self._update_summary()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.load_choices()
        super().changeEvent(event)

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[object, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for value, label in items:
            combo.addItem(label, value)
        i = combo.findData(current)
        combo.setCurrentIndex(i if i >= 0 else 0)
        combo.blockSignals(False)

    def load_choices(self) -> None:
        """Fill schemes and filter lists (small queries)."""
        t = self.tr
        try:
            schemes = aging_report.list_schemes()
            default = aging_report.get_scheme()
            choices = aging_report.filter_choices()
        except ArappError as exc:
            common.show_error(self, t("Aging"), exc.message)
            return
        except Exception:  # the books are not readable (a failed switch); keep what is shown
            log.warning("could not load the aging choices", exc_info=True)
            return
        current = self.scheme.currentData() or default.name
        self._fill(self.scheme, [(s.name, s.display_name()) for s in schemes])
        i = self.scheme.findData(current)
        self.scheme.blockSignals(True)
        self.scheme.setCurrentIndex(i if i >= 0 else 0)
        self.scheme.blockSignals(False)
        self._fill(self.collector, [(None, t("All collectors")), *choices.collectors])
        self._fill(self.category, [(None, t("All categories")), *[(c, c) for c in choices.categories]])
        self._fill(self.rating, [(None, t("All ratings")), *[(r, r) for r in choices.ratings]])

    # ------------------------------------------------------------------ compute
    def refresh_now(self) -> None:
        self.recompute()

    def _changed(self, *_args) -> None:
        self.timer.start()

    def current_filters(self) -> AgingFilter:
        try:
            minimum = self.min_amount.fen(field="min_amount")
            common.mark_invalid(self.min_amount, False)
        except ArappError as exc:
            common.mark_invalid(self.min_amount, True)
            self.statusMessage.emit(exc.message)
            minimum = None
        return AgingFilter(
            collector_id=self.collector.currentData(), category=self.category.currentData(),
            rating=self.rating.currentData(), min_amount=minimum, overdue_only=self.overdue_only.isChecked(),
            search=self.search.text().strip(),
            customer_id=self._customer_drill[0] if self._customer_drill else None)

    def request(self) -> dict:
        return {"as_of": from_qdate(self.as_of.date()), "basis": self.basis.currentData() or "due",
                "scheme": self.scheme.currentData(), "view": self.view.currentData() or "customer",
                "filters": self.current_filters()}

    def recompute(self) -> None:
        """Start computing in the background; a later call supersedes this one.

        The table appears as soon as the figures are in; the chart is drawn to an image
        on a worker afterwards, so neither the query nor matplotlib runs on the UI thread."""
        self.timer.stop()
        self._generation += 1
        generation = self._generation
        req = self.request()

        language = i18n.language()

        def job(progress, cancelled):
            result = aging_report.aging(req["as_of"], basis=req["basis"], scheme=req["scheme"],
                                        view=req["view"], filters=req["filters"])
            return result, screen_table(result), language

        self.progress.show()
        self.cancel_button.show()
        self._job = self.runner.submit(
            job, name="aging",
            on_finished=lambda out: self._done(generation, out),
            on_failed=lambda msg: self._failed(generation, msg),
            on_cancelled=lambda: self._failed(generation, None), owner=self)

    def _draw_chart(self, generation: int, result: AgingResult) -> None:
        size = self.chart_holder.size()
        width, height = max(size.width(), 600), max(size.height(), 220)
        ratio = self.devicePixelRatioF()

        def job(progress, cancelled):
            from arapp.documents.charts import render_chart_rgba

            return render_chart_rgba(result, width * ratio, height * ratio, dpi=int(96 * ratio), top=8)

        self.runner.submit(job, name="aging-chart",
                           on_finished=lambda out: self._chart_done(generation, out, ratio),
                           on_failed=lambda msg: log.warning("aging chart failed: %s", msg), owner=self)

    def _chart_done(self, generation: int, out, ratio: float) -> None:
        if generation != self._generation or out is None:
            return
        buffer, w, h = out
        image = QImage(buffer, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.chart.setPixmap(pixmap)
        self.chart_image = image

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
        self._generation += 1
        self.progress.hide()
        self.cancel_button.hide()

    def is_busy(self) -> bool:
        return self.progress.isVisible()

    def _done(self, generation: int, out) -> None:
        if generation != self._generation:
            return                      # superseded by a newer request
        self.progress.hide()
        self.cancel_button.hide()
        result, table, language = out
        self.result = result
        # The headers are in the language the job started in: again if it changed meanwhile.
        self.model.set_result(result, table if language == i18n.language() else None)
        self._fit_columns()
        self._update_summary()
        self._draw_chart(generation, result)
        self.resultReady.emit(result)

    def _fit_columns(self) -> None:
        """Size the columns to their widest figure, the bold totals row included, and use
        the table's width: the name column takes what is left; when the room is short the
        names and labels give way (elided), never the amounts."""
        table = self.model.table
        if table is None:
            return
        text = [c for c, col in enumerate(table.columns) if col.kind == "text"]
        stretch = next((c for c, col in enumerate(table.columns) if col.key in ("name", "customer_name")), None)
        count = self.model.rowCount()
        rows = [*range(min(count, 60)), *([count - 1] if count > 60 else [])]    # the totals row is last
        caps = {c: 280 for c in text}
        common.fill_columns(self.table, rows=rows, stretch=stretch, shrinkable=text, caps=caps)

    def _failed(self, generation: int, message: str | None) -> None:
        if generation != self._generation:
            return
        self.progress.hide()
        self.cancel_button.hide()
        if message:
            common.show_error(self, self.tr("Aging"), message)

    def _update_summary(self) -> None:
        r = self.result
        if r is None:
            self.summary.setText("")
            return
        ratio = f"{r.total_overdue * 100 / r.total:.1f}%" if r.total else "—"
        self.summary.setText(self.tr("As of {date}: open {total}, overdue {overdue} ({ratio}), unapplied credit {credit}, {n} row",
                                     "As of {date}: open {total}, overdue {overdue} ({ratio}), unapplied credit {credit}, {n} rows", len(r.rows)).format(
            date=r.as_of.isoformat(), total=common.money_text(r.total),
            overdue=common.money_text(r.total_overdue), ratio=ratio,
            credit=common.money_text(r.total_credit), n=len(r.rows)))

    # ------------------------------------------------------------------ drill-down
    def _drill_down(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is None or self.result is None:
            return
        if self.result.view == "customer" and row.customer_id is not None:
            self.drill_to_customer(row.customer_id, f"{row.key} {row.label}")
        elif self.result.view == "invoice" and row.invoice_id is not None:
            self.invoiceRequested.emit(row.invoice_id, row.key)
        elif self.result.view in ("collector", "category"):
            combo = self.collector if self.result.view == "collector" else self.category
            match = combo.findData(row.extra.get("group_id"))
            if match >= 0:
                combo.setCurrentIndex(match)
            self.view.setCurrentIndex(self.view.findData("customer"))

    def drill_to_customer(self, customer_id: int, label: str) -> None:
        """Show one customer's open invoices (the invoice view filtered to them)."""
        self._customer_drill = (customer_id, label)
        self._update_chip()
        self.view.blockSignals(True)
        self.view.setCurrentIndex(self.view.findData("invoice"))
        self.view.blockSignals(False)
        self.recompute()

    def clear_drill(self) -> None:
        self._customer_drill = None
        self._update_chip()
        self.view.blockSignals(True)
        self.view.setCurrentIndex(self.view.findData("customer"))
        self.view.blockSignals(False)
        self.recompute()

    def _update_chip(self) -> None:
        if self._customer_drill:
            self.chip.setText(self.tr("Customer: {name}  ✕").format(name=self._customer_drill[1]))
            self.chip.show()
        else:
            self.chip.hide()

    # ------------------------------------------------------------------ schemes and exports
    def open_scheme_dialog(self) -> SchemeDialog:
        """Define a scheme; a user's scheme being shown opens for editing."""
        try:
            current = aging_report.get_scheme(self.scheme.currentData())
        except ArappError:
            current = None
        dialog = SchemeDialog(self, current)
        dialog.accepted.connect(lambda: self._scheme_saved(dialog.saved_name))
        dialog.open()
        return dialog

    def _scheme_saved(self, name: str | None) -> None:
        self.load_choices()
        if name:
            i = self.scheme.findData(name)
            if i >= 0:
                self.scheme.setCurrentIndex(i)

    def export(self, fmt: str, path: str | None = None) -> None:
        """Write the shown result to Excel (or CSV, the other file type the Excel export's
        dialog offers) or PDF (off the UI thread), then open the PDF."""
        if self.result is None:
            return
        if path is None:
            suffix = "xlsx" if fmt == "xlsx" else "pdf"
            name = f"aging-{self.result.as_of.isoformat()}.{suffix}"
            excel, comma = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, comma-separated (*.csv)")
            flt = f"{excel};;{comma}" if fmt == "xlsx" else self.tr("PDF document (*.pdf)")
            path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save as"), name, flt)
            if not path:
                return
            if fmt == "xlsx" and (chosen == comma or path.lower().endswith(".csv")):
                fmt = "csv"
                path = path if path.lower().endswith(".csv") else path.rsplit(".xlsx", 1)[0] + ".csv"
        result = self.result

        def job(progress, cancelled):
            from arapp.exports import export_aging

            export_aging(result, fmt, path)
            return path

        self.progress.show()
        self.runner.submit(job, name="aging-export", on_finished=self._exported, owner=self,
                           on_failed=lambda msg: (self.progress.hide(),
                                                  common.show_error(self, self.tr("Export"), msg)))

    def _exported(self, path: str) -> None:
        self.progress.hide()
        self.actMessage.emit(self.tr("Saved {path}").format(path=path))
        self.last_export = path
        if path.lower().endswith(".pdf") and QGuiApplication.platformName() != "offscreen":
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
