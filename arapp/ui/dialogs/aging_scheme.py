"""Define or change an aging bucket scheme (saved as an operation, off the UI thread)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from arapp.domain.text import NAME, max_length
from arapp.errors import ArappError
from arapp.reports import aging as aging_report
from arapp.services import aging_schemes
from arapp.ui import common, operations
from arapp.ui.operations import Operations


class SchemeDialog(QDialog):
    """Define or change a bucket scheme: a name and the edges in days."""

    def __init__(self, parent=None, scheme: aging_report.Scheme | None = None, *, ops: Operations | None = None):
        super().__init__(parent)
        self.ops = ops or operations.for_widget(parent)
        self.setWindowTitle(self.tr("Aging scheme"))
        self.name = QLineEdit()
        self.name.setMaxLength(max_length(NAME))
        self.edges = QLineEdit()
        self.labels = QLineEdit()
        self.make_default = QCheckBox(self.tr("Use as the default scheme"))
        self.error = common.ErrorLabel()
        if scheme is not None and not scheme.builtin:
            self.name.setText(scheme.name)
            self.edges.setText(", ".join(str(e) for e in scheme.edges))
            self.labels.setText(", ".join(scheme.labels))
        self.edges.setPlaceholderText("0, 30, 60, 90, 180, 365")
        self.labels.setPlaceholderText(self.tr("optional: one name per bucket, separated by commas"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Bucket edges (days)"), self.edges)
        form.addRow(self.tr("Bucket names"), self.labels)
        form.addRow("", self.make_default)
        hint = QLabel(self.tr("Each edge is the last day of a bucket; one more bucket holds everything "
                              "older. Up to 12 buckets; 0 makes a 'not yet due' bucket."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.saved_name: str | None = None

    def save(self) -> bool:
        """Start saving the scheme; the dialog closes when done, or shows the refusal."""
        edges = [e.strip() for e in self.edges.text().replace("，", ",").split(",") if e.strip()]
        labels = [x.strip() for x in self.labels.text().replace("，", ",").split(",") if x.strip()]
        self.ops.run(aging_schemes.save_scheme, self.name.text(), edges, labels or None,
                     make_default=self.make_default.isChecked(), parent=self, on_done=self._saved,
                     on_failed=self._refused)
        return True

    def _saved(self, result) -> None:
        self.saved_name = result.name
        self.accept()

    def _refused(self, exc: ArappError) -> None:
        self.error.show_message(exc.message)
