"""Collection policies (催收政策): the ladder's levels (start day against the due date,
action, tone, responsible role, letter template, description), the customer
categories a policy serves, and the age × amount matrix (the amount threshold and
the short age). Stored in the database through :mod:`arapp.services.collections`, as
operations (off the UI thread); only a manager edits, everybody else reads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arapp import names
from arapp.domain import vocabulary as vocab
from arapp.domain.policy import MAX_LEGAL_AFTER_ATTEMPTS
from arapp.errors import ArappError
from arapp.reports import collections as coll
from arapp.reports.collections import Level, Policy
from arapp.services import collections as svc
from arapp.services.context import current_actor
from arapp.ui import common, operations
from arapp.ui.common import AMOUNT_ALIGN, AmountEdit
from arapp.ui.operations import Operations

COLUMNS = ("start_day", "action", "tone", "role", "letter_template", "description")


class PolicyDialog(QDialog):
    """List the policies; edit one's levels and settings; save through the service.
    The dialog stays open after a save or a delete (the operation's broadcast tells the
    Collections tab)."""

    def __init__(self, parent: QWidget | None = None, *, ops: Operations | None = None):
        super().__init__(parent)
        self.ops = ops or operations.for_widget(parent)
        t = self.tr
        self.setWindowTitle(t("Collection policies"))
        self.may_edit = current_actor().may("collection.policy")
        self.policies: list[Policy] = []
        self.current: Policy | None = None       # None: a new policy being typed
        self.saved = False

        self.list = QListWidget()
        self.list.setMinimumWidth(170)
        self.new_button = QPushButton(t("New policy"))
        self.delete_button = QPushButton(t("Delete"))
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        lb = QHBoxLayout()
        lb.addWidget(self.new_button)
        lb.addWidget(self.delete_button)
        left.addLayout(lb)

        self.name = QLineEdit()
        self.description = QLineEdit()
        self.categories = QLineEdit()
        self.categories.setPlaceholderText(t("e.g. 业主, 租户 (empty: the customers no other policy names)"))
        self.threshold = AmountEdit()
        self.threshold.setMaximumWidth(140)
        self.short_age = QSpinBox()
        self.short_age.setRange(0, 3650)
        self.short_age.setSuffix(t(" days"))
        self.legal_after = QSpinBox()
        self.legal_after.setRange(0, MAX_LEGAL_AFTER_ATTEMPTS)
        self.legal_after.setSpecialValueText(t("never"))
        self.legal_after.setSuffix(t(" failed attempts at the top levels"))
        self.legal_after.setToolTip(t("After this many failed attempts at the ladder's last two levels, the task "
                                      "proposes handing the debt over to legal (0: never)"))
        self.is_default = QCheckBox(t("Default policy (serves every category no other policy names)"))
        form = QFormLayout()
        form.addRow(t("Name"), self.name)
        form.addRow(t("Description"), self.description)
        form.addRow(t("Customer categories"), self.categories)
        form.addRow(t("Large amount from (¥)"), self.threshold)
        form.addRow(t("Short age up to"), self.short_age)
        form.addRow(t("Propose legal after"), self.legal_after)
        form.addRow("", self.is_default)
        matrix = QLabel(t("Age × amount: a small amount is only reminded (a call or an SMS, no letter) while the "
                          "age is short, then follows the general procedure; a large amount follows the key "
                          "procedure, watched closely while young, led by the credit manager once old. A level "
                          "whose responsible role is the manager goes to the managers' queue."))
        matrix.setWordWrap(True)
        matrix.setStyleSheet("color: #555;")

        self.levels = QTableWidget(0, len(COLUMNS))
        self.levels.setHorizontalHeaderLabels([t("Start day"), t("Action"), t("Tone"), t("Responsible"),
                                               t("Letter template"), t("Description")])
        header = self.levels.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((70, 100, 100, 100, 130)):
            self.levels.setColumnWidth(col, width)
        self.levels.verticalHeader().setDefaultSectionSize(28)
        self.levels.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.levels.setMinimumHeight(250)
        self.add_level_button = QPushButton(t("Add level"))
        self.remove_level_button = QPushButton(t("Remove level"))
        hint = QLabel(t("Start day: days after the due date (negative: before it). Each level runs until the next "
                        "one starts; start days must increase."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        level_buttons = QHBoxLayout()
        level_buttons.addWidget(self.add_level_button)
        level_buttons.addWidget(self.remove_level_button)
        level_buttons.addStretch(1)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(matrix)
        right.addWidget(QLabel(t("Levels")))
        right.addWidget(self.levels, 1)
        right.addLayout(level_buttons)
        right.addWidget(hint)

        self.note = QLabel(t("Only a manager can change the collection policies; you can read them."))
        self.note.setStyleSheet("color: #e65100;")
        self.note.setVisible(not self.may_edit)
        self.status = QLabel()
        self.status.setStyleSheet("color: #2e7d32;")
        self.error = common.ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.list.currentRowChanged.connect(self._row_changed)
        self.new_button.clicked.connect(self.new_policy)
        self.delete_button.clicked.connect(self.delete_policy)
        self.add_level_button.clicked.connect(lambda: self.add_level())
        self.remove_level_button.clicked.connect(self.remove_level)
        self._set_editable()
        self.load()
        self.resize(1000, 620)

    # ------------------------------------------------------------------ list
    def load(self, select: str | None = None) -> None:
        """Read the policies (a small query) and show ``select`` (else the first)."""
        try:
            self.policies = coll.list_policies()
        except ArappError as exc:
            self.error.show_message(exc.message)
            self.policies = []
        self.list.blockSignals(True)
        self.list.clear()
        for p in self.policies:
            label = p.display_name() + (self.tr(" (default)") if p.is_default else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, p.name)
            self.list.addItem(item)
        self.list.blockSignals(False)
        names = [p.name for p in self.policies]
        row = names.index(select) if select in names else 0
        if self.policies:
            self.list.setCurrentRow(row)
            self.show_policy(self.policies[row])
        else:
            self.new_policy()

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.policies):
            self.show_policy(self.policies[row])

    def show_policy(self, p: Policy) -> None:
        self.current = p
        self.name.setText(p.display_name())
        self.name.setReadOnly(True)
        self.name.setToolTip(self.tr("A policy keeps its name; make a new one to use another name"))
        self.description.setText(p.description)
        self.categories.setText(", ".join(p.categories))
        self.threshold.set_fen(p.amount_threshold)
        self.short_age.setValue(p.short_age_days)
        self.legal_after.setValue(p.legal_after_attempts)
        self.is_default.setChecked(p.is_default)
        self.is_default.setEnabled(self.may_edit and not p.is_default)
        self.delete_button.setEnabled(self.may_edit and not p.is_default)
        self.set_levels(p.levels)
        self.error.clear_message()
        self._mark(None)

    def new_policy(self) -> None:
        """Start a new policy from the default's ladder."""
        base = next((p for p in self.policies if p.is_default), None)
        self.current = None
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.name.clear()
        self.name.setReadOnly(not self.may_edit)
        self.name.setToolTip("")
        self.description.clear()
        self.categories.clear()
        self.threshold.set_fen(base.amount_threshold if base else 1_000_000)
        self.short_age.setValue(base.short_age_days if base else 30)
        self.legal_after.setValue(base.legal_after_attempts if base else 2)
        self.is_default.setChecked(False)
        self.is_default.setEnabled(self.may_edit)
        self.delete_button.setEnabled(False)
        self.set_levels(base.levels if base else [Level(0, "call", "firm", "collector")])
        self.error.clear_message()
        self.status.clear()
        self.name.setFocus()

    # ------------------------------------------------------------------ levels
    def _combo(self, codes: tuple[str, ...], namer, value: str) -> QComboBox:
        combo = QComboBox()
        for code in codes:
            combo.addItem(namer(code), code)
        i = combo.findData(value)
        combo.setCurrentIndex(i if i >= 0 else 0)
        combo.setEnabled(self.may_edit)
        return common.fit_combo(combo)

    def set_levels(self, levels) -> None:
        self.levels.setRowCount(0)
        for lv in levels:
            self.add_level(lv)

    def add_level(self, lv: Level | None = None) -> None:
        if lv is None:
            last = self.levels.item(self.levels.rowCount() - 1, 0) if self.levels.rowCount() else None
            try:
                start = int(last.text()) + 30 if last else 0
            except ValueError:
                start = 0
            lv = Level(start, "call", "firm", "collector")
        r = self.levels.rowCount()
        self.levels.insertRow(r)
        start = QTableWidgetItem(str(lv.start_day))
        start.setTextAlignment(AMOUNT_ALIGN)
        self.levels.setItem(r, 0, start)
        self.levels.setCellWidget(r, 1, self._combo(vocab.LEVEL_ACTIONS, names.level_action, lv.action))
        self.levels.setCellWidget(r, 2, self._combo(vocab.LEVEL_TONES, names.level_tone, lv.tone))
        self.levels.setCellWidget(r, 3, self._combo(vocab.RESPONSIBLE_ROLES, names.responsible_role, lv.role))
        self.levels.setItem(r, 4, QTableWidgetItem(lv.letter_template))
        self.levels.setItem(r, 5, QTableWidgetItem(lv.description))
        for col in (1, 2, 3):               # as wide as the longest action, tone and role
            common.fit_combo_column(self.levels, col)

    def remove_level(self) -> None:
        row = self.levels.currentRow()
        if row < 0:
            row = self.levels.rowCount() - 1
        if row >= 0:
            self.levels.removeRow(row)

    def set_start_day(self, row: int, value) -> None:
        self.levels.item(row, 0).setText(str(value))

    def level_inputs(self) -> list[svc.LevelInput]:
        """The table as LevelInputs; a start day that is not a whole number goes to the
        service as typed, which refuses it naming the level."""
        out = []
        for r in range(self.levels.rowCount()):
            text = (self.levels.item(r, 0).text() if self.levels.item(r, 0) else "").strip()
            try:
                start = int(text.replace("＋", "+").replace("－", "-").replace("−", "-"))
            except ValueError:
                start = text
            out.append(svc.LevelInput(
                start_day=start, action=self.levels.cellWidget(r, 1).currentData(),
                tone=self.levels.cellWidget(r, 2).currentData(), role=self.levels.cellWidget(r, 3).currentData(),
                letter_template=self.levels.item(r, 4).text() if self.levels.item(r, 4) else "",
                description=self.levels.item(r, 5).text() if self.levels.item(r, 5) else ""))
        return out

    # ------------------------------------------------------------------ save and delete
    def _set_editable(self) -> None:
        editable = self.may_edit
        for w in (self.description, self.categories, self.threshold):
            w.setReadOnly(not editable)
        self.short_age.setReadOnly(not editable)
        self.legal_after.setReadOnly(not editable)
        self.levels.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if editable
                                    else QAbstractItemView.EditTrigger.NoEditTriggers)
        for b in (self.new_button, self.delete_button, self.add_level_button, self.remove_level_button,
                  self.save_button):
            b.setEnabled(editable)

    def _mark(self, field: str | None) -> None:
        widgets = {"name": self.name, "categories": self.categories, "amount_threshold": self.threshold,
                   "short_age_days": self.short_age, "legal_after_attempts": self.legal_after, "levels": self.levels, "start_day": self.levels,
                   "action": self.levels, "tone": self.levels, "role": self.levels,
                   "letter_template": self.levels}
        for w in set(widgets.values()):
            common.mark_invalid(w, False)
        common.mark_invalid(widgets.get(field or ""), True)

    def _categories(self) -> list[str]:
        text = self.categories.text()
        for sep in ("，", "、", ";", "；"):
            text = text.replace(sep, ",")
        return [c.strip() for c in text.split(",") if c.strip()]

    def save(self) -> bool:
        """Start saving the policy shown (create or replace); a refusal is shown here and
        nothing is written. False when refused before anything was sent."""
        name = self.current.name if self.current is not None else self.name.text().strip()
        self.status.clear()
        if self.current is None and any(p.name == name or p.display_name() == name for p in self.policies):
            self.error.show_message(self.tr("There is already a policy named {name}; choose it in the list to "
                                            "change it").format(name=name))
            self._mark("name")
            return False
        try:
            threshold = self.threshold.fen(field="amount_threshold")
        except ArappError as exc:
            self._refused(exc)
            return False
        self.error.clear_message()
        self.ops.run(svc.save_policy, name, self.level_inputs(), categories=self._categories(),
                     amount_threshold=threshold, short_age_days=self.short_age.value(),
                     legal_after_attempts=self.legal_after.value(),
                     description=self.description.text(), make_default=self.is_default.isChecked(),
                     parent=self, on_done=self._saved, on_failed=self._refused)
        return True

    def _saved(self, res) -> None:
        self.saved = True
        self.load(select=res.name)
        self.status.setText(self.tr("Saved: {name}, {n} level", "Saved: {name}, {n} levels", res.levels).format(
            name=self.current.display_name() if self.current else res.name, n=res.levels))

    def _refused(self, exc: ArappError) -> None:
        self.error.show_message(exc.message)
        self._mark(exc.field)

    def delete_policy(self) -> bool:
        p = self.current
        if p is None or p.is_default:
            return False
        if not common.ask_yes_no(self, self.tr("Delete policy"), self.tr(
                "Delete the policy {name}? Its tasks stay; its categories fall back to the default policy.")
                .format(name=p.display_name())):
            return False
        self.ops.run(svc.delete_policy, p.name, parent=self, on_done=lambda _res: self._deleted(p),
                     on_failed=lambda exc: self.error.show_message(exc.message))
        return True

    def _deleted(self, p: Policy) -> None:
        self.saved = True
        self.load()
        self.status.setText(self.tr("Deleted: {name}").format(name=p.display_name()))
