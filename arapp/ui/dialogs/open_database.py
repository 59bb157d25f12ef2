"""Open other books that exist: an arapp books file (browsed for) or a PostgreSQL URL.
New books are made with File → New books… (MainWindow.new_books)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class OpenDatabaseDialog(QDialog):
    """An existing arapp books file or a postgresql:// URL."""

    def __init__(self, current: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.target = QLineEdit(current)
        self.target.setMinimumWidth(460)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Open books"))
        self.browse.setText(self.tr("Browse…"))
        self.hint.setText(self.tr(
            "An arapp books file on this computer, or a shared PostgreSQL database as "
            "postgresql://user@server/database. Only arapp books are opened; to start new books, use "
            "File → New books…."))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open books"), self.target.text(),
            self.tr("arapp books (*.sqlite3 *.sqlite *.db);;All files (*)"))
        if path:
            self.target.setText(path)

    def value(self) -> str:
        return self.target.text().strip()
