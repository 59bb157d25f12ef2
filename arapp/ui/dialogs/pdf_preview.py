"""A PDF in the window (预览): pages, zoom, print, save, the system viewer.

``PdfPreviewDialog(content, title, file_name, first_page=1)`` shows the bytes of a PDF
(a letter, a statement, a receipt just made, or one from the archive) with QtPdf's
QPdfView, opened at ``first_page`` (a customer's document inside a combined batch file).
Print… lays each page onto an A4 QPrinter at the printer's resolution (capped, so a
1200 dpi printer does not take a gigabyte per page), honouring the page range chosen
in the print dialog; Save as… writes the bytes to a file the user names (a path that
cannot be written is refused by name, arapp.outbox.common.write_bytes); the system
viewer gets a copy in the data folder's ``preview`` folder. Nothing here touches the
books: the document was archived (or not, for a preview) by whoever made it.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRect,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arapp.errors import ArappError
from arapp.paths import user_data_dir
from arapp.ui import common
from arapp.ui.common import ErrorLabel

#: The finest a page is rendered for the printer (dots per inch); a finer printer scales it up.
PRINT_DPI_CAP = 300
#: Copies handed to the system viewer are removed after this many seconds (the next time one is made).
PREVIEW_KEEP_SECONDS = 24 * 3600
#: Zoom choices besides fitting the width or the whole page.
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


def preview_folder() -> Path:
    """Where copies for the system viewer go: ``preview`` in the user's data folder."""
    folder = user_data_dir() / "preview"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _forget_old_copies(folder: Path) -> None:
    cutoff = time.time() - PREVIEW_KEEP_SECONDS
    for old in folder.glob("*.pdf"):
        try:
            if old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:        # open in a viewer, or gone: try again next time
            pass


class PdfPreviewDialog(QDialog):
    """One PDF's pages, with print, save as and open in the system viewer."""

    #: What the user just did with the document (printed, saved), for the status bar.
    said = Signal(str)

    def __init__(self, content: bytes, title: str, file_name: str, first_page: int = 1,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.content = bytes(content)
        self.title = title
        self.file_name = file_name if file_name.lower().endswith(".pdf") else f"{file_name}.pdf"
        self.first_page = max(1, int(first_page or 1))
        self.saved_to: Path | None = None
        self.opened_copy: Path | None = None
        self.setObjectName("PdfPreviewDialog")

        # The document reads from the buffer for as long as it is open: both live with the dialog.
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(self.content))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.navigator = self.view.pageNavigator()

        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page_label = QLabel()
        self.page_box = QSpinBox()
        self.page_box.setRange(1, max(1, self.page_count()))
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(self.go_to)
        self.of_label = QLabel()
        self.zoom_label = QLabel()
        self.zoom = QComboBox()
        self.zoom.currentIndexChanged.connect(self._zoom_chosen)
        self.navigator.currentPageChanged.connect(self._page_changed)

        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(lambda: self.save_as())
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self.open_in_viewer())
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        self.error = ErrorLabel()

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.page_box)
        bar.addWidget(self.of_label)
        bar.addSpacing(16)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom)
        bar.addStretch(1)
        buttons = QHBoxLayout()
        for b in (self.print_button, self.save_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, activated=self.print_document)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, activated=lambda: self.go_to(self.current_page() + 1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, activated=lambda: self.go_to(self.current_page() - 1))

        self.resize(900, 760)
        self.retranslate_ui()
        if not self.loaded():
            self.error.show_message(self.tr("This file cannot be shown: it is not a PDF arapp can read."))
        self._update_buttons()
        self._jumped = False

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preview: {title}").format(title=self.title))
        self.previous_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.page_label.setText(self.tr("Page"))
        self.of_label.setText(self.tr("of {pages}").format(pages=self.page_count()))
        self.zoom_label.setText(self.tr("Zoom"))
        index = max(0, self.zoom.currentIndex())
        self.zoom.blockSignals(True)
        self.zoom.clear()
        self.zoom.addItem(self.tr("Fit width"), "width")
        self.zoom.addItem(self.tr("Whole page"), "page")
        for factor in ZOOMS:
            self.zoom.addItem(f"{factor:.0%}", factor)
        self.zoom.setCurrentIndex(index)
        self.zoom.blockSignals(False)
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save as…"))
        self.open_button.setText(self.tr("Open in the system viewer"))
        self.open_button.setToolTip(self.tr("Open a copy in the PDF program of this computer"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ pages
    def loaded(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready and self.document.pageCount() > 0

    def page_count(self) -> int:
        return self.document.pageCount() if self.loaded() else 0

    def current_page(self) -> int:
        """The page in view, counting from 1."""
        return self.navigator.currentPage() + 1

    def go_to(self, page: int) -> None:
        """Show ``page`` (from 1; kept within the document)."""
        if not self.loaded():
            return
        page = min(max(1, int(page)), self.page_count())
        if page != self.current_page():
            self.navigator.jump(page - 1, QPointF(), self.navigator.currentZoom())
        self._page_changed(page - 1)

    def _page_changed(self, index: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < self.page_count())

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._jumped:
            self._jumped = True
            # The view lays its pages out once shown; then go to the document's first page.
            QTimer.singleShot(0, lambda: self.go_to(self.first_page))

    def _zoom_chosen(self, _index: int) -> None:
        choice = self.zoom.currentData()
        if choice == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif choice == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif choice is not None:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(choice))

    def _update_buttons(self) -> None:
        ok = self.loaded()
        for w in (self.print_button, self.save_button, self.open_button, self.page_box, self.zoom):
            w.setEnabled(ok)
        self._page_changed(self.current_page() - 1)

    # ------------------------------------------------------------------ print
    def make_printer(self) -> QPrinter:
        """An A4 portrait printer, named for the document (its job name)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setDocName(self.title)
        printer.setFullPage(True)
        return printer

    def print_document(self) -> QPrintDialog | None:
        """Print…: the print dialog (window-modal) with the pages to print; when accepted,
        the chosen pages go to the printer."""
        if not self.loaded():
            return None
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {title}").format(title=self.title))
        dialog.setMinMax(1, self.page_count())
        dialog.setFromTo(1, self.page_count())
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._print_chosen(printer))
        self.print_dialog = dialog
        dialog.open()
        return dialog

    def _print_chosen(self, printer: QPrinter) -> None:
        first, last = 1, self.page_count()
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), printer.toPage() or self.page_count()
        elif printer.printRange() == QPrinter.PrintRange.CurrentPage:
            first = last = self.current_page()
        self.print_pages(printer, first, last)

    def print_pages(self, printer: QPrinter, first: int = 1, last: int | None = None) -> int:
        """Lay pages ``first``..``last`` (from 1) onto ``printer``, each rendered at the
        printer's resolution (at most PRINT_DPI_CAP) and centred on the sheet at its own
        size. Returns the pages printed (0 when the printer could not start)."""
        last = self.page_count() if last is None else min(last, self.page_count())
        first = max(1, first)
        if first > last:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            self.error.show_message(self.tr("The printer could not start. Check that it is on and chosen."))
            return 0
        printed = 0
        try:
            dpi = printer.resolution()
            render_dpi = min(dpi, PRINT_DPI_CAP)
            sheet = painter.viewport()
            for page in range(first, last + 1):
                if printed:
                    printer.newPage()
                points = self.document.pagePointSize(page - 1)
                # The page at its own size on the sheet (A4 on A4: the whole sheet), never larger.
                w, h = points.width() / 72 * dpi, points.height() / 72 * dpi
                scale = min(1.0, sheet.width() / w, sheet.height() / h) if w and h else 1.0
                w, h = int(w * scale), int(h * scale)
                target = QRect(sheet.x() + (sheet.width() - w) // 2, sheet.y() + (sheet.height() - h) // 2, w, h)
                image = self.document.render(page - 1, QSize(int(w * render_dpi / dpi), int(h * render_dpi / dpi)))
                painter.drawImage(target, image)
                printed += 1
        finally:
            painter.end()
        self.said.emit(self.tr("Sent {title} to the printer: {n} page", "Sent {title} to the printer: {n} pages",
                               printed).format(title=self.title, n=printed))
        return printed

    # ------------------------------------------------------------------ save and open
    def default_save_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / self.file_name)

    def save_as(self, path: str | None = None) -> Path | None:
        """Save as…: write the PDF's bytes to a file (asked for when ``path`` is None). A
        path that cannot be written is refused, saying why, and nothing is written."""
        from arapp.outbox.common import write_bytes

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save {title}").format(title=self.title),
                                                  self.default_save_path(), self.tr("PDF files (*.pdf)"))
            if not path:
                return None
        if not Path(path).suffix:
            path += ".pdf"
        self.error.clear_message()
        try:
            target = write_bytes(path, self.content)
        except ArappError as exc:
            self.error.show_message(exc.message)
            return None
        self.saved_to = target
        self.said.emit(self.tr("Saved {path}").format(path=target))
        return target

    def open_in_viewer(self) -> Path | None:
        """Write a copy to the data folder's ``preview`` folder and hand it to the
        computer's PDF program; returns the copy's path."""
        from arapp.outbox.common import safe_name, write_bytes

        folder = preview_folder()
        _forget_old_copies(folder)
        stem = safe_name(Path(self.file_name).stem)
        target = folder / f"{stem}.pdf"
        n = 1
        while target.exists():
            n += 1
            target = folder / f"{stem}-{n}.pdf"
        self.error.clear_message()
        try:
            write_bytes(target, self.content)
        except ArappError as exc:
            self.error.show_message(exc.message)
            return None
        self.opened_copy = target
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            common.show_error(self, self.tr("Open in the system viewer"), self.tr(
                "No program on this computer opens PDF files. The copy is at {path}.").format(path=target))
        return target


def open_preview(parent: QWidget | None, content: bytes, *, title: str, file_name: str, first_page: int = 1,
                 status=None) -> PdfPreviewDialog:
    """Open a PdfPreviewDialog window-modally (deleted when closed); what it does (printed,
    saved) goes to ``status`` (a status-bar callable) when given."""
    dialog = PdfPreviewDialog(content, title, file_name, first_page, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if status is not None:
        dialog.said.connect(status)
    dialog.open()
    return dialog
