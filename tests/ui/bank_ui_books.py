"""Small bank books for the Bank tab's tests, made through the real services: a bank
account, statement lines, a statement file as the bank exports it, and the tab itself."""

from __future__ import annotations

import datetime as _dt
import hashlib
import itertools

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from arapp.domain.bank import BankLineIn
from arapp.reports.bank import bank_lines
from arapp.services.bank import add_bank_account, import_bank_lines

TODAY = _dt.date.today()
LEFT = Qt.MouseButton.LeftButton
ACCOUNT_NO = "6222021001012345678"
_serials = itertools.count(1)


def day(n: int) -> _dt.date:
    """``n`` days ago."""
    return TODAY - _dt.timedelta(days=n)


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def bank_account(**values) -> int:
    """工行基本户, opening balances 100,000.00 per bank and per books unless given."""
    values = {"profile": "icbc", "opening_bank_balance": 100000_00, "opening_book_balance": 100000_00} | values
    return add_bank_account("工行基本户", "工商银行上海浦东支行", ACCOUNT_NO, **values).account_id


def lines_in(account: int, *specs) -> list[int]:
    """Lines imported into ``account``: (days ago, direction, fen, counterparty, description)
    each; their ids in the order given."""
    serials = [f"SN{next(_serials):05d}" for _ in specs]
    lines = [BankLineIn(i + 5, day(d), direction, fen, counterparty_name=who, description=text, serial=serial)
             for i, ((d, direction, fen, who, text), serial) in enumerate(zip(specs, serials, strict=True))]
    name = f"lines-{serials[0]}.csv"
    import_bank_lines(account, lines, file_name=name, sha256=hashlib.sha256(name.encode()).hexdigest(),
                      profile="icbc", rows_read=len(lines), rejected=0)
    ids = {r.serial: r.id for r in bank_lines(account, limit=10000).rows}
    return [ids[s] for s in serials]


def statement_csv(path, rows: list[str], *, account_no: str = ACCOUNT_NO) -> str:
    """A statement as ICBC's online banking exports it: title rows, the header, rows, 合计."""
    head = ["中国工商银行 账户明细", f"账号：{account_no}", "",
            "交易日期,交易时间,摘要,对方户名,对方账号,借方发生额,贷方发生额,余额,流水号"]
    path.write_text("\n".join(head + rows + ["合计,,,,,,,,"]) + "\n", encoding="utf-8-sig")
    return str(path)


def open_tab(qtbot, runner, wait_loaded):
    from arapp.ui.tabs.bank import BankTab

    tab = BankTab(runner)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    wait_loaded(tab.model)
    return tab


def select_line(tab, line_id: int):
    """Click the line's row in the list."""
    row = next(i for i, r in enumerate(tab.model.rows()) if r.id == line_id)
    rect = tab.view.visualRect(tab.model.index(row, 0))
    QTest.mouseClick(tab.view.viewport(), LEFT, pos=rect.center())
    assert tab.selected_line().id == line_id
    return tab.selected_line()


def click_tick(table, row: int) -> None:
    """Click the tick box of an invoice in the manual match's table."""
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(table.viewport(), LEFT, pos=QPoint(rect.left() + 10, rect.center().y()))


def edit_amount(qtbot, table, row: int, text: str) -> None:
    """Double-click the amount to allocate, type a new one, Enter."""
    model = table.model()
    rect = table.visualRect(model.index(row, model.ALLOCATE_COLUMN))
    QTest.mouseClick(table.viewport(), LEFT, pos=rect.center())
    QTest.mouseDClick(table.viewport(), LEFT, pos=rect.center())
    [editor] = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()], timeout=2000)
