"""The Reports menu's dialog: pick a date or a month and a format, write the file off
the UI thread, then open it (PDF) in the system viewer.

The credit record (信誉记录表) also offers what keeps it short enough to print: the
invoices of a period (from … to …, else the twelve calendar months ending with the
as-of date's month, :func:`arapp.reports.credit_record.default_period`, shown in the
period's fields and following the as-of date), one
customer (found as you type), and the summary by customer only."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from arapp import exports
from arapp.reports import catalog
from arapp.reports.credit_record import default_period
from arapp.ui import common
from arapp.ui.common import from_qdate, to_qdate
from arapp.ui.dialogs.customer_picker import CustomerPicker
from arapp.ui.jobs import JobRunner

#: Wide enough to read the description and the options in one line each (it was 200 px).
MIN_WIDTH = 560


def readable_combo(combo: QComboBox) -> QComboBox:
    """A combo box as wide as its longest item, never clipped ("By custome")."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumContentsLength(max((len(combo.itemText(i)) for i in range(combo.count())), default=8))
    combo.setSizePolicy(QSizePolicy.Policy.MinimumExpanding, QSizePolicy.Policy.Fixed)
    return combo


class ReportDialog(QDialog):
    """One named report: weekly-overdue, aging-analysis or credit-record."""

    def __init__(self, name: str, runner: JobRunner, parent=None, *, ask_path=None):
        super().__init__(parent)
        self.name = name
        self.runner = runner
        self.spec = catalog.REPORTS[name]
        self.ask_path = ask_path or self._ask_path
        self.written: str | None = None
        self.setWindowTitle(self.tr("Print report"))
        self.setMinimumWidth(MIN_WIDTH)
        when, month = catalog.resolve_dates(name)
        self.description = QLabel(self.spec.description())
        self.description.setWordWrap(True)
        f = self.description.font()
        f.setBold(True)
        self.description.setFont(f)
        self.date = QDateEdit(to_qdate(when))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.month = QDateEdit(to_qdate(when))
        self.month.setDisplayFormat("yyyy-MM")
        self.format = QComboBox()
        self.format.addItem(self.tr("PDF (print)"), "pdf")
        self.format.addItem(self.tr("Excel workbook"), "xlsx")
        readable_combo(self.format)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        if self.spec.uses == "month":
            form.addRow(self.tr("Month"), self.month)
        else:
            form.addRow(self.tr("As of"), self.date)
        self.options_box: QWidget | None = None
        if self.spec.takes_options:
            self._add_options(form, when)
        form.addRow(self.tr("Format"), self.format)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.error = common.ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.description)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------------ the credit record's options
    def _add_options(self, form: QFormLayout, when: _dt.date) -> None:
        self.period = QCheckBox(self.tr("Only invoices issued from"))
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.period.toggled.connect(self.date_from.setEnabled)
        self.period.toggled.connect(self.date_to.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.period)
        row.addWidget(self.date_from)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.date_to)
        row.addStretch(1)
        self.period_hint = QLabel()
        self.period_hint.setStyleSheet("color: #555;")
        self._show_default_period()
        self.date.dateChanged.connect(self._show_default_period)
        box = QVBoxLayout()
        box.addLayout(row)
        box.addWidget(self.period_hint)
        form.addRow(self.tr("Period"), box)
        self.customer = CustomerPicker()
        self.customer.setPlaceholderText(self.tr("All customers (type a code or name for one)"))
        form.addRow(self.tr("Customer"), self.customer)
        self.summary_only = QCheckBox(self.tr("Summary by customer only (no invoice lines)"))
        form.addRow("", self.summary_only)

    def _show_default_period(self, *_args) -> None:
        """The period the report takes when none is ticked, for the as-of date chosen:
        in the (disabled) fields and in the hint under them."""
        start, end = default_period(from_qdate(self.date.date()))
        self.period_hint.setText(self.tr("Otherwise the twelve calendar months ending with the as-of date's "
                                         "month: {start} to {end}.").format(start=start.isoformat(),
                                                                            end=end.isoformat()))
        if not self.period.isChecked():
            self.date_from.setDate(to_qdate(start))
            self.date_to.setDate(to_qdate(end))

    def options(self) -> catalog.ReportOptions | None:
        """What the user chose beyond the date; None (and the error shown) when the
        customer typed matches none or several."""
        if not self.spec.takes_options:
            return catalog.ReportOptions()
        code = None
        if self.customer.text().strip():
            if self.customer.resolve() is None:
                self.error.show_message(self.tr("No single customer matches '{text}': choose one from the list, "
                                                "or leave the field empty for all customers")
                                        .format(text=self.customer.text().strip()))
                return None
            code = self.customer.customer_code
        date_from = date_to = None
        if self.period.isChecked():
            date_from, date_to = from_qdate(self.date_from.date()), from_qdate(self.date_to.date())
        return catalog.ReportOptions(date_from=date_from, date_to=date_to, customer=code,
                                     summary_only=self.summary_only.isChecked())

    def choice(self) -> tuple[_dt.date | None, str | None, str]:
        fmt = self.format.currentData()
        if self.spec.uses == "month":
            d = from_qdate(self.month.date())
            return None, f"{d.year:04d}-{d.month:02d}", fmt
        return from_qdate(self.date.date()), None, fmt

    def _ask_path(self, suggested: str, fmt: str) -> str:
        flt = self.tr("PDF document (*.pdf)") if fmt == "pdf" else self.tr("Excel workbook (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), suggested, flt)
        return path

    def run(self) -> None:
        as_of, month, fmt = self.choice()
        self.error.clear_message()
        options = self.options()
        if options is None:
            return
        stem = self.name if not options.customer else f"{self.name}-{options.customer}"
        suggested = f"{stem}-{month or as_of.isoformat()}.{fmt}"
        path = self.ask_path(suggested, fmt)
        if not path:
            return
        self.buttons.setEnabled(False)
        self.progress.show()

        def job(progress, cancelled):
            return str(exports.export_report(self.name, fmt, path, as_of=as_of, month=month, options=options))

        self.runner.submit(job, name=f"report-{self.name}", on_finished=self._done, on_failed=self._failed)

    def _done(self, path: str) -> None:
        self.progress.hide()
        self.written = path
        if path.lower().endswith(".pdf") and QGuiApplication.platformName() != "offscreen":
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        self.accept()

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.buttons.setEnabled(True)
        self.error.show_message(message)
