"""The Settings dialog's images: the company's logo, seal (印章) and collection QR code
(收款码) printed on letters, statements and receipts. Each shows a thumbnail; Choose…
keeps a PNG or JPEG file as that image and Remove stops printing it, each at once as an
operation (off the UI thread) through :mod:`arapp.services.company_images`, which checks
the file and audits its SHA-256."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arapp.domain import vocabulary as vocab
from arapp.errors import ArappError, ValidationError
from arapp.i18n import tr
from arapp.names import company_image_kind
from arapp.reports.company import company_image
from arapp.services import company_images
from arapp.ui import common
from arapp.ui.operations import Operations

THUMBNAIL = (160, 110)


def choose_image_file(parent: QWidget | None, title: str) -> str | None:
    """A PNG or JPEG file the user picks (None when cancelled). Tests replace this."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, title, "", tr("ImagesSection", "Images (*.png *.jpg *.jpeg)"))
    return path or None


def set_image_from_file(kind: str, path: str) -> company_images.ImageChange:
    """Read the file at ``path`` and keep it as the company's ``kind`` image (the service
    refuses anything but a PNG or JPEG of at most 2 MB, naming the image)."""
    name = Path(path).name
    try:
        content = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(tr("ImagesSection", "{what}: the file {file} cannot be read ({detail})",
                                 what=company_image_kind(kind), file=name, detail=exc.strerror or str(exc)),
                              field=kind) from exc
    return company_images.set_company_image(kind, content, name)


class ImagesSection(QWidget):
    """One row per kind of image: thumbnail, what it is for, Choose… and Remove."""

    imagesChanged = Signal()

    def __init__(self, ops: Operations, *, may_edit: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.may_edit = may_edit
        t = self.tr
        uses = {
            "logo": t("Printed at the top of every page, left of the company's name."),
            "seal": t("Stamped over the signature of letters, statements and receipts."),
            "payment_qr": t("Printed where the documents say how to pay. Without one, a QR code of the "
                            "bank account, the amount and the reference is drawn."),
        }
        self.thumbnails: dict[str, QLabel] = {}
        self.states: dict[str, QLabel] = {}
        self.choose_buttons: dict[str, QPushButton] = {}
        self.remove_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(14)
        for row, kind in enumerate(vocab.COMPANY_IMAGE_KINDS):
            thumb = QLabel()
            thumb.setFixedSize(*THUMBNAIL)
            thumb.setFrameShape(QFrame.Shape.StyledPanel)
            thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
            title = QLabel(f"<b>{company_image_kind(kind)}</b>")
            use = QLabel(uses[kind])
            use.setWordWrap(True)
            state = QLabel()
            state.setWordWrap(True)
            choose = QPushButton(t("Choose…"))
            remove = QPushButton(t("Remove"))
            choose.clicked.connect(lambda _=False, k=kind: self.choose(k))
            remove.clicked.connect(lambda _=False, k=kind: self.remove(k))
            choose.setEnabled(may_edit)
            text = QVBoxLayout()
            text.addWidget(title)
            text.addWidget(use)
            text.addWidget(state)
            buttons = QHBoxLayout()
            buttons.addWidget(choose)
            buttons.addWidget(remove)
            buttons.addStretch(1)
            text.addLayout(buttons)
            text.addStretch(1)
            grid.addWidget(thumb, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addLayout(text, row, 1)
            self.thumbnails[kind], self.states[kind] = thumb, state
            self.choose_buttons[kind], self.remove_buttons[kind] = choose, remove
        self.error = common.ErrorLabel()
        hint = QLabel(t("PNG or JPEG, at most 2 MB. A change is kept at once."))
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addStretch(1)
        for kind in vocab.COMPANY_IMAGE_KINDS:
            self.show_image(kind)

    def show_image(self, kind: str) -> None:
        """Show the ``kind`` image as the books hold it now."""
        content = company_image(kind)
        thumb, state = self.thumbnails[kind], self.states[kind]
        pixmap = QPixmap()
        if content and pixmap.loadFromData(content):
            thumb.setPixmap(pixmap.scaled(THUMBNAIL[0] - 8, THUMBNAIL[1] - 8, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))
            state.setText(self.tr("{width} × {height} pixels, {size} KB").format(
                width=pixmap.width(), height=pixmap.height(), size=max(1, len(content) // 1024)))
        else:
            thumb.clear()
            thumb.setText(self.tr("(none)"))
            state.setText(self.tr("Not set"))
        self.remove_buttons[kind].setEnabled(self.may_edit and bool(content))

    def choose(self, kind: str) -> bool:
        """Ask for a file and keep it as the ``kind`` image (as an operation)."""
        path = choose_image_file(self, self.tr("Choose the {what}").format(what=company_image_kind(kind)))
        if not path:
            return False
        self.ops.run(set_image_from_file, kind, path, parent=self.window(),
                     on_done=lambda _r, k=kind: self._done(k), on_failed=lambda exc, k=kind: self._refused(k, exc))
        return True

    def remove(self, kind: str) -> bool:
        """Stop printing the ``kind`` image (as an operation)."""
        self.ops.run(company_images.remove_company_image, kind, parent=self.window(),
                     on_done=lambda _r, k=kind: self._done(k), on_failed=lambda exc, k=kind: self._refused(k, exc))
        return True

    def _done(self, kind: str) -> None:
        self.error.clear_message()
        common.mark_invalid(self.thumbnails[kind], False)
        self.show_image(kind)
        self.imagesChanged.emit()

    def _refused(self, kind: str, exc: ArappError) -> None:
        self.error.show_message(exc.message)
        for k, thumb in self.thumbnails.items():
            common.mark_invalid(thumb, k == kind)
        self.show_image(kind)
