"""Render the main window and the main dialogs to PNG files (documentation, review, CI).

``take_screenshots(out_dir, db_target)`` works without a screen: with no display it
selects Qt's offscreen platform before the QApplication exists. It draws the window at
1280×800 on each tab (the Bank tab too), then the new-invoice and receipt dialogs filled in for the
customer with the most open invoices.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer
from PySide6.QtWidgets import QApplication, QWidget

from arapp.db.database import open_database
from arapp.reports.balances import open_items

SIZE = (1280, 800)


def _settle(app: QApplication, window=None, timeout_ms: int = 15000) -> None:
    """Process events until the window's background jobs and page loads are done."""
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < timeout_ms:
        app.processEvents()
        busy = False
        if window is not None:
            busy = window.runner.active_count() > 0 or window.customers_tab.model.loading \
                or window.invoices_tab.model.loading or window.receipts_tab.model.loading \
                or window.bank_tab.model.loading \
                or window.collections_tab.is_busy()
        if not busy:
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def _grab(widget: QWidget, path: Path) -> Path:
    pixmap = widget.grab()
    if not pixmap.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


def _showcase_customer(window) -> int | None:
    """A customer on the first page of the list with several open invoices, preferring one
    in good standing (so the dialogs show the ordinary case, not a credit hold)."""
    rows = window.customers_tab.model.rows()
    if not rows:
        return None
    statuses = {r.id: r.status for r in rows}

    def score(r):
        return (statuses[r.id] == "active", 3 <= r.open_count <= 12, r.open_count, r.overdue > 0)

    return max(rows, key=score).id


def _generate_collection_tasks() -> None:
    """Run the day's collection ladder on the book (a demo book), so the Collections tab
    shows a queue; running it twice on a day changes nothing."""
    from arapp.errors import ArappError
    from arapp.services.collections import generate_tasks

    try:
        generate_tasks()
    except ArappError:
        pass                      # no policy or not allowed: the tab shows an empty queue


def take_screenshots(out_dir: str | Path, db_target: str | None = None, *, lang: str = "zh_CN",
                     size: tuple[int, int] = SIZE, create: bool = True) -> list[Path]:
    """Write one PNG per tab (customers.png, invoices.png, receipts.png, bank.png, aging.png,
    collections.png), new_invoice.png, receipt.png and customer_dialog.png into
    ``out_dir``; returns their paths. The books
    must exist unless ``create`` (see :func:`arapp.db.database.open_database`)."""
    from arapp.ui.app import make_application
    from arapp.ui.dialogs.customer import CustomerDialog
    from arapp.ui.dialogs.invoice import InvoiceDialog
    from arapp.ui.dialogs.receipt import ReceiptDialog
    from arapp.ui.main_window import MainWindow
    from arapp.ui.translator import install_translators

    open_database(db_target, create=create)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    install_translators(lang)
    _generate_collection_tasks()

    paths: list[Path] = []
    window = MainWindow(db_target, remember_state=False)
    window.resize(*size)
    window.tabs.setCurrentIndex(0)
    window.show()
    _settle(app, window)
    if not window.customers_tab.model.rowCount():
        # The view asks for the first page only once it is laid out: ask now, so the
        # dialogs below are drawn for a customer of the list.
        window.customers_tab.refresh()
        _settle(app, window)

    customer_id = _showcase_customer(window)
    if customer_id is not None:
        window.customers_tab.select_customer(customer_id)
        _settle(app, window)
    for index, name in enumerate(window.TAB_KEYS):
        window.tabs.setCurrentIndex(index)
        _settle(app, window)
        paths.append(_grab(window, out / f"{name}.png"))

    dialog = InvoiceDialog(window, customer_id=customer_id)
    dialog.set_line(0, QCoreApplication.translate("Screenshot", "Property management fee, November"),
                    "120.5", "2.80")
    dialog.add_line(QCoreApplication.translate("Screenshot", "Parking space, November"), "1", "300")
    dialog.add_line(QCoreApplication.translate("Screenshot", "Water"), "18.25", "4.10")
    dialog.resize(900, 600)
    dialog.show()
    _settle(app)
    paths.append(_grab(dialog, out / "new_invoice.png"))
    dialog.reject()
    dialog.deleteLater()

    receipt = ReceiptDialog(window, customer_id=customer_id)
    if customer_id is not None:
        items = open_items(customer_id)
        # Enough for the oldest invoices and part of the next, so the preview shows a split.
        amount = sum(i.open_amount for i in items[:2]) + (items[2].open_amount // 2 if len(items) > 2 else 5000)
        receipt.amount.set_fen(amount)
        receipt.reallocate()
        receipt.reference.setText("9558 8012 3456 0021")
    receipt.resize(960, 640)
    receipt.show()
    _settle(app)
    paths.append(_grab(receipt, out / "receipt.png"))
    receipt.reject()
    receipt.deleteLater()

    editor = CustomerDialog(window, customer_id)
    editor.show()
    _settle(app)
    paths.append(_grab(editor, out / "customer_dialog.png"))
    editor.reject()
    editor.deleteLater()

    window.close()
    window.deleteLater()
    _settle(app)
    return paths
