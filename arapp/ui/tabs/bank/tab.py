"""The Bank tab (银行): the company's bank accounts, their statements imported, each
transaction with its match status, the proposals with their reasons, matching by hand,
the unmatched queue, and the bank reconciliation.

- Above: the account picker (add or edit an account) and 导入银行对账单… (the import
  wizard, arapp.ui.tabs.bank.import_wizard).
- 银行流水: the account's lines paged from the database (reports.bank.bank_lines, sorted
  and filtered in SQL) with filters by status (the unmatched queue is 未匹配, its count
  in the filter), dates and text; under them the selected line's proposals and actions
  (line_pane.LinePane) and "accept all scoring at least N" (line_pane.BulkAccept).
- 余额调节表: the reconciliation of the account for a month (reconciliation.py).

The bank pieces are found by name when needed (backend.py): a build without them shows
the tab saying what is not available. Writes run as operations; the tab reads again when
the broadcast says bank lines, accounts, receipts or allocations changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from arapp import names
from arapp.domain import limits
from arapp.domain import vocabulary as vocab
from arapp.ui import common
from arapp.ui.common import RefreshWhenShown, amount_text, fit_combo
from arapp.ui.jobs import JobRunner
from arapp.ui.list_export import ListExport, count_row
from arapp.ui.operations import Operations
from arapp.ui.tabs.bank import backend
from arapp.ui.tabs.bank.line_pane import BulkAccept, LinePane, role_tip
from arapp.ui.tabs.bank.models import BankLineFilter, BankLineModel
from arapp.ui.tabs.bank.reconciliation import ReconciliationView
from arapp.ui.tabs.filtered import CustomerFilteredList

SEARCH_DELAY_MS = 250
STATUS_FILTERS = ("", *vocab.BANK_LINE_STATUSES)


class BankTab(CustomerFilteredList, RefreshWhenShown, QWidget):
    statusMessage = Signal(str)            # a filter's refusal (the count is under the list)
    actMessage = Signal(str)               # what an action of this tab did

    WATCHES = ("bank_line", "bank_account", "bank_import", "book_entry", "receipt", "allocation", "customer")

    def __init__(self, runner: JobRunner | None = None, parent: QWidget | None = None, *,
                 ops: Operations | None = None):
        super().__init__(parent)
        self.runner = runner
        self.ops = ops or Operations(runner, self)
        self.ops.changed.connect(self.books_changed)
        self.current_dialog = None
        self.accounts: list[Any] = []
        self._select_after_load: int | None = None

        # Not available: a build without the bank pieces says so instead of the tab.
        self.stack = QStackedWidget()
        self.unavailable = QLabel()
        self.unavailable.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unavailable.setWordWrap(True)
        self.unavailable.setStyleSheet("color: #555; font-size: 14px;")

        # The account.
        self.account_label = QLabel()
        self.account = fit_combo(QComboBox())
        self.account.setMinimumWidth(320)
        self.account.currentIndexChanged.connect(lambda _i: self._account_changed())
        self.new_account_button = QPushButton()
        self.new_account_button.clicked.connect(lambda: self.new_account())
        self.edit_account_button = QPushButton()
        self.edit_account_button.clicked.connect(lambda: self.edit_account())
        self.import_button = QPushButton()
        self.import_button.clicked.connect(lambda: self.open_import())
        top = QHBoxLayout()
        top.addWidget(self.account_label)
        top.addWidget(self.account)
        top.addWidget(self.new_account_button)
        top.addWidget(self.edit_account_button)
        top.addStretch(1)
        top.addWidget(self.import_button)

        # Filters.
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status = fit_combo(QComboBox())
        for value in STATUS_FILTERS:
            self.status.addItem(names.bank_line_status(value), value)
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for edit in (self.date_from, self.date_to):
            edit.setMaximumWidth(110)
            edit.setClearButtonEnabled(True)
        self.from_label = QLabel()
        self.to_label = QLabel()
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(SEARCH_DELAY_MS)
        self.filter_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self.filter_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self.apply_filters)
            edit.textChanged.connect(lambda t, e=edit: (not t) and self.apply_filters())
        self.bulk = BulkAccept(self.ops, runner)
        self.bulk.actMessage.connect(self.actMessage)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status)
        filters.addWidget(self.from_label)
        filters.addWidget(self.date_from)
        filters.addWidget(self.to_label)
        filters.addWidget(self.date_to)
        filters.addStretch(1)
        filters.addWidget(self.bulk)

        # The list.
        self.model = BankLineModel(runner, parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_clicked)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._line_changed())
        self.view.doubleClicked.connect(lambda _i: self._double_clicked())
        self._refit = common.RefitOnResize(self.view, self._fit_width)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #555;")
        self.pane = LinePane(self.ops, runner)
        self.pane.actMessage.connect(self.actMessage)
        self.pane.matchByHand.connect(lambda pair: self.match_by_hand(*pair))

        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.view, 1)
        self.list_export = ListExport(self, runner, name="bank-lines", build=self.export_job,
                                      status=self.actMessage.emit)
        list_layout.addLayout(count_row(self.count_label, self.list_export))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(list_box)
        pane_scroll = QScrollArea()          # a short window scrolls the pane, never grows the window
        pane_scroll.setWidgetResizable(True)
        pane_scroll.setFrameShape(QFrame.Shape.NoFrame)
        pane_scroll.setWidget(self.pane)
        self.splitter.addWidget(pane_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([380, 280])
        lines_page = QWidget()
        lines_layout = QVBoxLayout(lines_page)
        lines_layout.addLayout(filters)
        lines_layout.addWidget(self.splitter, 1)

        self.reconciliation = ReconciliationView(runner or self.ops.runner)
        self.reconciliation.actMessage.connect(self.actMessage)
        self.pages = QTabWidget()
        self.pages.addTab(lines_page, "")
        self.pages.addTab(self.reconciliation, "")
        self.pages.currentChanged.connect(lambda _i: self._page_changed())

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(top)
        content_layout.addWidget(self.pages, 1)
        self.stack.addWidget(content)
        self.stack.addWidget(self.unavailable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self.model.countChanged.connect(lambda _n: self._update_count())
        self.model.pageLoaded.connect(self._page_loaded)
        self.model.loadingChanged.connect(lambda _b: self._update_count())
        self.model.loadFailed.connect(lambda msg: common.show_error(self, self.tr("Bank"), msg))
        self.retranslate_ui()
        self._update_buttons()

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        t = self.tr
        if hasattr(self, "list_export"):
            self.list_export.retranslate_ui()
        self.account_label.setText(t("Account"))
        self.new_account_button.setText(t("New account…"))
        self.edit_account_button.setText(t("Edit account…"))
        self.import_button.setText(t("Import bank statement…"))
        self.search.setPlaceholderText(t("Search counterparty, description, serial no., customer or receipt"))
        self.from_label.setText(t("Dated from"))
        self.to_label.setText(t("to"))
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText(t("yyyy-mm-dd"))
        self.pages.setTabText(0, t("Transactions"))
        self.pages.setTabText(1, t("Bank reconciliation"))
        self._check_pieces()
        self._fill_status_counts()
        self.model.retranslate()
        self._size_columns()
        self._update_count()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _check_pieces(self) -> bool:
        """Show the tab, or say which bank piece this build lacks; True when the lists are there."""
        missing = backend.missing("lists")
        self.unavailable.setText(self.tr("The bank statements are not available in this version ({missing} is "
                                         "missing).").format(missing=", ".join(missing)))
        self.stack.setCurrentIndex(1 if missing else 0)
        return not missing

    def _size_columns(self) -> None:
        """Each column as wide as its content usually is (amounts as wide as the largest amount a
        line may carry: never cut), then fitted to the view's width (:meth:`_fit_width`)."""
        metrics = self.view.fontMetrics()
        header_metrics = self.view.horizontalHeader().fontMetrics()
        widest_amount = metrics.horizontalAdvance(amount_text(-limits.MAX_AMOUNT_FEN))
        samples = {"date": "2026-12-31 23:59:59", "serial": "2026123100012345", "receipt": "RCT-2026-000000",
                   "counterparty": "上海锦程贸易有限公司上海", "customer": "上海锦程贸易有限公司",
                   "description": "货款 INV-2026-000123 十一月服务费",
                   "direction": max((names.bank_direction(d) for d in vocab.BANK_DIRECTIONS),
                                    key=metrics.horizontalAdvance),
                   "status": max((names.bank_line_status(s) for s in vocab.BANK_LINE_STATUSES),
                                 key=metrics.horizontalAdvance),
                   "rule": names.match_rule("counterparty_account") + " · 100"}
        self._natural: dict[int, int] = {}
        self._floors: dict[int, int] = {}
        for col, (key, title) in enumerate(self.model.columns()):
            content = widest_amount if self.model.is_amount(key) else metrics.horizontalAdvance(samples.get(key, ""))
            header = header_metrics.horizontalAdvance(title) + 18
            self._natural[col] = max(content, header) + 16
            self._floors[col] = header + 16
        self._fit_width()

    #: Columns that give way (elided, the whole text in the tooltip) when the view is narrow.
    SHRINKABLE = ("description", "counterparty", "customer", "serial", "receipt", "rule")

    def _fit_width(self) -> None:
        """The columns at their natural widths, the description taking the room left; when they do
        not fit, the wordy ones give way down to their headers. Amounts and dates never shrink."""
        natural = getattr(self, "_natural", None)
        if not natural:
            return
        for col, width in natural.items():
            self.view.setColumnWidth(col, width)
        view = self.view
        room = view.viewport().width()
        bar = view.verticalScrollBar()
        if not bar.isVisible() and self.model.rowCount() * view.verticalHeader().defaultSectionSize() \
                > view.viewport().height():
            room -= bar.sizeHint().width()              # the bar that is about to appear
        description = self.model.KEYS.index("description")
        used = sum(natural.values())
        if used < room:
            self.view.setColumnWidth(description, natural[description] + room - used)
            return
        shrinkable = [self.model.KEYS.index(k) for k in self.SHRINKABLE]
        common.fit_columns(self.view, room, shrinkable, self._floors)

    # ------------------------------------------------------------------ accounts
    def load_accounts(self, select_id: int | None = None) -> None:
        """The company's bank accounts (reports.bank.bank_accounts) in the picker, keeping the one chosen."""
        try:
            self.accounts = list(backend.piece("lists").bank_accounts())
        except backend.Unavailable:
            self.accounts = []
        wanted = select_id if select_id is not None else self.account_id()
        self.account.blockSignals(True)
        self.account.clear()
        for a in self.accounts:
            self.account.addItem(f"{a.name}  {a.account_no}", a.id)
        index = self.account.findData(wanted) if wanted is not None else -1
        self.account.setCurrentIndex(index if index >= 0 else (0 if self.accounts else -1))
        self.account.blockSignals(False)
        self._fill_status_counts()
        if self.account_id() != self.model.filters.account_id:
            self._account_changed()
        self._update_buttons()

    def account_id(self) -> int | None:
        value = self.account.currentData()
        return int(value) if value is not None else None

    def current_account(self) -> Any:
        return next((a for a in self.accounts if a.id == self.account_id()), None)

    def _account_changed(self) -> None:
        self._fill_status_counts()
        self.apply_filters()
        account = self.account_id()
        self.bulk.set_account(account)
        self.reconciliation.set_account(account)
        self._update_buttons()

    def _fill_status_counts(self) -> None:
        """The status filter's words, the unmatched queue with its count: 未匹配（12）."""
        a = self.current_account()
        for i, value in enumerate(STATUS_FILTERS):
            word = names.bank_line_status(value)
            if value == "unmatched" and a is not None:
                word = names.with_note(word, f"{a.unmatched:,}")
            self.status.setItemText(i, word)

    def new_account(self):
        from arapp.ui.tabs.bank.account_dialog import AccountDialog

        dialog = AccountDialog(self)
        self._open(dialog, lambda: self.load_accounts(dialog.result_account_id))
        return dialog

    def edit_account(self):
        from arapp.ui.tabs.bank.account_dialog import AccountDialog

        a = self.current_account()
        if a is None:
            return None
        dialog = AccountDialog(self, a)
        self._open(dialog, lambda: self.load_accounts(a.id))
        return dialog

    def export_job(self):
        """What Export… writes: every line the list's filter matches, in its order."""
        from arapp.reports.list_tables import bank_lines_table

        f, sort, descending = self.model.filters, self.model.sort_key, self.model.descending
        return lambda: bank_lines_table(f.account_id, status=f.status or None, date_from=f.date_from,
                                        date_to=f.date_to, search=f.search, order=sort, descending=descending)

    # ------------------------------------------------------------------ filters and list
    def current_filter(self) -> BankLineFilter:
        return BankLineFilter(account_id=self.account_id(), status=self.status.currentData() or "",
                              date_from=self._date(self.date_from, "date_from"),
                              date_to=self._date(self.date_to, "date_to"), search=self.search.text().strip())

    def show_unmatched(self, account_id: int | None = None) -> None:
        """The unmatched queue of an account (after an import)."""
        if account_id is not None and account_id != self.account_id():
            self.load_accounts(account_id)
        self.pages.setCurrentIndex(0)
        self.status.setCurrentIndex(STATUS_FILTERS.index("unmatched"))
        self.apply_filters()

    def refresh(self, select_id: int | None = None) -> None:
        selected = self.selected_line()
        if select_id is None:
            select_id = self._select_after_load or (selected.id if selected else None)
        self._select_after_load = select_id
        self.model.refresh()

    def refresh_now(self) -> None:
        """Read everything the tab shows again (a write touched it, or the books changed)."""
        self._update_buttons()
        if not self._check_pieces():
            return
        before = self.model.filters
        self.load_accounts()                # a new account chosen reads everything itself
        if self.model.filters is not before:
            return
        self.refresh()
        self.bulk.reload()
        if self.pages.currentWidget() is self.reconciliation:
            self.reconciliation.refresh()
        else:
            self._reconciliation_stale = True

    _reconciliation_stale = False

    def _page_changed(self) -> None:
        if self.pages.currentWidget() is self.reconciliation and self._reconciliation_stale:
            self._reconciliation_stale = False
            self.reconciliation.refresh()

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def select_line(self, line_id: int) -> None:
        for row, r in enumerate(self.model.rows()):
            if r.id == line_id:
                self._select_row(row)
                return
        self._select_after_load = line_id

    def _page_loaded(self, _n: int) -> None:
        self._update_count()
        if self._select_after_load is not None:
            for row, r in enumerate(self.model.rows()):
                if r.id == self._select_after_load:
                    self._select_after_load = None
                    self._select_row(row)
                    break
            else:
                if self.model.exhausted or self.model.rowCount() >= 1000:
                    self._select_after_load = None
                elif self.model.canFetchMore():
                    self.model.fetchMore()
        self._line_changed()

    def count_text(self) -> str:
        shown, total = self.model.rowCount(), self.model.total
        if not self.accounts:
            return self.tr("No bank account yet: add one (New account…), then import its statement.")
        if total is None:
            if self.model.loading and not shown:
                return self.tr("Loading…")
            return self.tr("{shown} line shown (counting…)", "{shown} lines shown (counting…)", shown).format(
                shown=f"{shown:,}")
        if total == 0 and self.model.filters == BankLineFilter(account_id=self.account_id()):
            return self.tr("No lines in this account yet: import its statement (Import bank statement…).")
        return self.tr("{shown} of {total} line shown", "{shown} of {total} lines shown", total).format(
            shown=f"{shown:,}", total=f"{total:,}")

    def _update_count(self) -> None:
        self.count_label.setText(self.count_text())

    def selected_line(self) -> Any:
        return self.model.row_at(self.view.currentIndex().row())

    def _line_changed(self) -> None:
        self.pane.show_line(self.selected_line())

    def _sort_clicked(self, column: int, _order) -> None:
        """A column that does not sort (balance, receipt, rule) keeps the arrow where the sort is."""
        if not self.model.sorts_by(column):
            header = self.view.horizontalHeader()
            order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), order)
            header.blockSignals(False)

    def _double_clicked(self) -> None:
        line = self.selected_line()
        if line is not None and line.status == "unmatched" and line.direction == "in":
            self.match_by_hand(line, self.pane.selected_proposal())

    def _update_buttons(self) -> None:
        accounts_tip = role_tip("bank.accounts")
        services = backend.available("services")
        off = "" if services else self.tr("Not available in this version.")
        self.new_account_button.setEnabled(not accounts_tip and services)
        self.new_account_button.setToolTip(off or accounts_tip or self.tr("Add one of the company's bank accounts"))
        self.edit_account_button.setEnabled(not accounts_tip and services and self.current_account() is not None)
        self.edit_account_button.setToolTip(off or accounts_tip or self.tr(
            "Name, bank, format and opening balances of the account"))
        import_tip = role_tip("bank.import")
        reads = backend.available("statement")
        self.import_button.setEnabled(not import_tip and services and reads)
        self.import_button.setToolTip(import_tip or ("" if reads and services else self.tr(
            "Not available in this version.")) or self.tr("Read a statement file exported from online banking"))

    # ------------------------------------------------------------------ dialogs
    def _open(self, dialog, on_accepted=None) -> None:
        self.current_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_accepted is not None:
            dialog.accepted.connect(on_accepted)
        dialog.finished.connect(lambda _r: setattr(self, "current_dialog", None))
        dialog.open()

    def open_import(self, path: str | None = None):
        """The statement import wizard, for the account shown (File → 导入银行对账单…)."""
        from arapp.ui.tabs.bank.import_wizard import ImportWizard

        self._update_buttons()
        if not self.import_button.isEnabled():
            common.show_error(self, self.tr("Import bank statement"), self.import_button.toolTip())
            return None
        wizard = ImportWizard(self, runner=self.runner, account_id=self.account_id(), path=path)
        wizard.matchRequested.connect(self.show_unmatched)
        wizard.said.connect(self.actMessage)
        wizard.imported.connect(lambda _r: self.load_accounts(wizard.account.id if wizard.account else None))
        self._open(wizard)
        return wizard

    def match_by_hand(self, line: Any, proposal: Any = None):
        from arapp.ui.tabs.bank.match_dialog import MatchDialog

        if line is None:
            return None
        dialog = MatchDialog(line, self, proposal=proposal)
        self._select_after_load = line.id
        self._open(dialog, lambda: dialog.result_match and self.actMessage.emit(
            self.pane.matched_text(dialog.result_match, dialog.customer.customer_name)))
        return dialog
