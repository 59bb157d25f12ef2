"""The new-invoice dialog's VAT: a rate per line picked with the mouse, 金额 / 税额 /
价税合计 per line and in total, unit prices written like amounts, and the posted
receivable the tax-inclusive total."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from arapp.db import lookups
from arapp.db.models import InvoiceLine
from arapp.ui.common import AMOUNT_ALIGN
from arapp.ui.dialogs.invoice import AMOUNT, GROSS, TAX, TAX_RATE, UNIT_PRICE, InvoiceDialog


def pick_rate(qtbot, dialog: InvoiceDialog, row: int, text: str) -> None:
    """Open the line's rate list with a click and click the entry ``text``."""
    combo = dialog.rate_combo(row)
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.wait(QApplication.doubleClickInterval() + 50)     # a popup ignores a release that soon after opening
    index = combo.model().index(combo.findText(text), 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible())


def test_a_13_percent_line_picked_with_the_mouse_shows_its_tax_and_posts_the_tax_inclusive_total(qtbot, books):
    cid = books.customer("上海万隆供应链管理有限公司")
    dialog = InvoiceDialog(customer_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.set_line(0, "办公用品", "3", "33.33")
    assert dialog.rate_combo(0).currentText() == "不计税"
    assert [dialog.lines.item(0, c).text() for c in (AMOUNT, TAX, GROSS)] == ["99.99", "0.00", "99.99"]

    pick_rate(qtbot, dialog, 0, "13%")
    assert dialog.line_rate(0) == 1300
    assert [dialog.lines.item(0, c).text() for c in (AMOUNT, TAX, GROSS)] == ["99.99", "13.00", "112.99"]
    dialog.add_line("运输服务", "1", "100")
    pick_rate(qtbot, dialog, 1, "9%")
    assert dialog.totals() == (19999, 2200, 22199)
    assert "¥199.99" in dialog.net_label.text() and "¥22.00" in dialog.tax_label.text()
    assert "¥221.99" in dialog.total_label.text()
    assert dialog.words_label.text() == "贰佰贰拾壹元玖角玖分"

    ended = []
    dialog.ops.finished.connect(ended.append)
    qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    assert ended[0].ok, ended[0].error
    inv = lookups.invoice(dialog.result_invoice.invoice_id)
    assert (inv.total, inv.open_amount) == (22199, 22199)
    assert [(x.amount, x.tax_rate, x.tax_amount) for x in
            InvoiceLine.select().where(InvoiceLine.invoice == inv.id).order_by(InvoiceLine.line_no)] == [
        (9999, 1300, 1300), (10000, 900, 900)]


def test_a_unit_price_is_written_like_an_amount_right_aligned(qtbot, books):
    dialog = InvoiceDialog(customer_id=books.customer())
    qtbot.addWidget(dialog)
    dialog.set_line(0, "设备", "1", "1234")
    item = dialog.lines.item(0, UNIT_PRICE)
    assert item.text() == "1,234.00"
    assert item.textAlignment() == int(AMOUNT_ALIGN)
    dialog.set_line(0, "设备", "1", "12.345")          # refused on saving: left as typed
    assert dialog.lines.item(0, UNIT_PRICE).text() == "12.345"


def test_the_rate_column_is_a_pick_list_of_todays_rates_in_both_languages(qtbot, books):
    from arapp.ui.translator import install_translators

    dialog = InvoiceDialog(customer_id=books.customer())
    qtbot.addWidget(dialog)
    combo = dialog.rate_combo(0)
    assert [combo.itemText(i) for i in range(combo.count())] == ["不计税", "13%", "9%", "6%", "3%", "1%"]
    assert dialog.lines.horizontalHeaderItem(TAX_RATE).text() == "税率"
    install_translators("en")
    qtbot.waitUntil(lambda: combo.itemText(0) == "No tax")
    assert dialog.lines.horizontalHeaderItem(GROSS).text() == "Total with tax (¥)"
