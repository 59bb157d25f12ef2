"""take_screenshots renders every tab and the two main dialogs to PNG."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtGui import QImage

from arapp.ui.screenshot import take_screenshots


def test_screenshots_of_each_tab_and_the_dialogs(qtbot, books, ui_db, tmp_path):
    today = _dt.date.today()
    for n in range(3):
        cid = books.customer(f"截图客户{n}")
        for k in range(4):
            books.invoice(cid, 10000 * (k + 1), today - _dt.timedelta(days=20 * k))
    paths = take_screenshots(tmp_path / "shots", str(ui_db))
    names = [p.name for p in paths]
    assert names[:6] == ["customers.png", "invoices.png", "receipts.png", "bank.png", "aging.png", "collections.png"]
    assert {"new_invoice.png", "receipt.png"} <= set(names)
    for p in paths:
        image = QImage(str(p))
        assert not image.isNull(), p
    main = QImage(str(paths[0]))
    assert (main.width(), main.height()) == (1280, 800)
