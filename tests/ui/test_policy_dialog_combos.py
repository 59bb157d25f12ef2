"""File → Collection policies: the levels' Action, Tone and Responsible combo boxes are
as wide as their longest choice in both languages (issue #9 review: "Finance mar",
"Formal (lega", "Legal counse" in English)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox


def clipped_items(combo: QComboBox) -> list[str]:
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    fm = combo.fontMetrics()
    return [combo.itemText(i) for i in range(combo.count()) if fm.horizontalAdvance(combo.itemText(i)) > field.width()]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_levels_combo_boxes_show_their_longest_choice(ui_db, qtbot, lang):
    from arapp.ui.dialogs.collection_policy import PolicyDialog
    from arapp.ui.translator import install_translators

    install_translators(lang)
    dialog = PolicyDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    combos = [dialog.levels.cellWidget(r, c) for r in range(dialog.levels.rowCount()) for c in (1, 2, 3)]
    assert combos and all(isinstance(c, QComboBox) for c in combos)
    clipped = sorted({text for combo in combos for text in clipped_items(combo)})
    assert clipped == []
    for c in (1, 2, 3):                               # the column shows the whole combo box
        assert dialog.levels.columnWidth(c) >= dialog.levels.cellWidget(0, c).sizeHint().width()
    dialog.close()
