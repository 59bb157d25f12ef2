"""The Collections tab (催收): the task queue, one customer's collection file beside it,
and the buttons that work a task (arapp.ui.tabs.collections.actions).

The queue and the customer file are read on worker threads (the queue of a
million-invoice book takes a few tenths of a second); a newer request supersedes an
older one by a generation number, as in the Aging tab. Writes (the dialogs, the day's
collection run) are operations (arapp.ui.operations); when their broadcast says tasks,
collection files or the ledger changed, the tab reloads the queue and the file (now if
it is showing, else when it is next shown).
"""

from __future__ import annotations

import datetime as _dt
import logging

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arapp import clock, names
from arapp.domain import vocabulary as vocab
from arapp.errors import ArappError
from arapp.reports import collections as coll
from arapp.reports.collections import CollectionDetail, QueueFilter, TaskRow
from arapp.services.context import current_actor
from arapp.ui import common
from arapp.ui.common import (
    AmountEdit,
    RefreshWhenShown,
    from_qdate,
    money_text,
    to_qdate,
)
from arapp.ui.jobs import JobRunner
from arapp.ui.list_export import ListExport
from arapp.ui.models.collections import QueueModel
from arapp.ui.operations import Operations
from arapp.ui.tabs.collections.actions import CollectionActions
from arapp.ui.tabs.collections.detail import CollectionDetailPane

log = logging.getLogger(__name__)

RELOAD_DELAY_MS = 150
DETAIL_DELAY_MS = 80
_NO_PARENT = QModelIndex()

class CollectionsTab(RefreshWhenShown, QWidget):
    """催收 tab: the queue on the left, the customer's file and the work buttons on the right."""

    statusMessage = Signal(str)            # a filter's refusal (the summary is under the queue)
    actMessage = Signal(str)               # what an act did (the main window holds it)
    queueLoaded = Signal(object)         # list[TaskRow]
    detailLoaded = Signal(object)        # CollectionDetail | None

    BUCKETS = vocab.QUEUE_BUCKETS
    #: The queue and the file show tasks, collection files, the ledger's open amounts and
    #: the customers' master data; the level filter follows the policies.
    WATCHES = ("task", "collection", "invoice", "receipt", "credit_note", "allocation", "customer", "policy")

    def __init__(self, runner: JobRunner | None = None, parent: QWidget | None = None, *,
                 ops: Operations | None = None):
        super().__init__(parent)
        self.runner = runner or JobRunner(self)
        self.ops = ops or Operations(self.runner, self)
        self.ops.changed.connect(self.books_changed)
        self.rows: list[TaskRow] = []
        self.detail: CollectionDetail | None = None
        self.customer_id: int | None = None      # whose file is shown (may have left the queue)
        self._queue_generation = 0
        self._detail_generation = 0
        self._busy_jobs = 0
        self._choices: tuple[list, list, list] = ([], [], [])
        self.actions = CollectionActions(self)
        self.actions.statusMessage.connect(self.actMessage)      # what an act did: held over the counts

        # -- row 1: working day, buckets, the day's run
        self.working_day = QDateEdit(to_qdate(clock.today()))
        self.working_day.setCalendarPopup(True)
        self.working_day.setDisplayFormat("yyyy-MM-dd")
        self.day_label = QLabel()
        self.bucket_group = QButtonGroup(self)
        self.bucket_group.setExclusive(True)
        self.bucket_buttons: dict[str, QToolButton] = {}
        row1 = QHBoxLayout()
        row1.addWidget(self.day_label)
        row1.addWidget(self.working_day)
        row1.addSpacing(4)
        for i, key in enumerate(self.BUCKETS):
            b = QToolButton()
            b.setCheckable(True)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setMinimumWidth(64)
            self.bucket_group.addButton(b, i)
            self.bucket_buttons[key] = b
            row1.addWidget(b)
        self.bucket_buttons["all"].setChecked(True)
        row1.addStretch(1)
        # The month's reports of the collection work, in one menu (the row is full).
        self.reports_button = QToolButton()
        self.reports_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.reports_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.reports_menu = QMenu(self)
        self.performance_action = self.reports_menu.addAction("")
        self.reasons_action = self.reports_menu.addAction("")
        self.reports_button.setMenu(self.reports_menu)
        row1.addWidget(self.actions.generate_button)
        row1.addWidget(self.reports_button)

        # -- row 2: filters
        self.collector = QComboBox()
        self.level = QComboBox()
        self.category = QComboBox()
        self.min_amount = AmountEdit(allow_empty=True)
        self.min_amount.setMaximumWidth(110)
        for combo in (self.collector, self.level, self.category):
            # As wide as the longest choice ("All categories", "7 · Over 90 days overdue").
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(6)
        self.filter_labels = {k: QLabel() for k in ("collector", "level", "min", "category")}
        row2 = QHBoxLayout()
        for key, w in (("collector", self.collector), ("level", self.level), ("min", self.min_amount),
                       ("category", self.category)):
            row2.addWidget(self.filter_labels[key])
            row2.addWidget(w)
        row2.addStretch(1)

        # -- the queue
        self.model = QueueModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(60)      # size columns from the first rows only
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorClearable(True)
        self.table.setSortingEnabled(True)
        self._columns_sized = False
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.apply_hidden_columns()
        self.model.modelReset.connect(self.apply_hidden_columns)     # a reset shows every column again
        self._refit = common.RefitOnResize(self.table, self.size_columns)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #555;")
        self.summary.setWordWrap(True)
        self.shown_query: tuple[_dt.date, str, QueueFilter] | None = None    # what the queue shown was read for
        self.list_export = ListExport(self, self.runner, name="tasks", build=self.export_job,
                                      status=self.actMessage.emit)
        under = QHBoxLayout()
        under.addWidget(self.summary, 1)
        under.addWidget(self.list_export.button, 0, Qt.AlignmentFlag.AlignTop)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addLayout(under)

        # -- the work buttons and the customer's file
        self.pane = CollectionDetailPane()
        self.pane.extension_buttons.addWidget(self.actions.approve_button)
        self.pane.extension_buttons.addWidget(self.actions.refuse_button)
        self.pane.extension_buttons.addStretch(1)
        self.pane.task_buttons.addWidget(self.actions.legal_button)
        self.pane.task_buttons.addStretch(1)
        self.actions.install_file_actions(self.pane)
        self.pane.views["extensions"].selectionModel().currentRowChanged.connect(
            lambda *_a: self.actions.update_buttons())
        scroll = QScrollArea()
        scroll.setWidget(self.pane)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(self.actions.work_grid())
        rl.addWidget(scroll, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        # The file gets the room its open items need (about 480 px at 1280); the window
        # remembers where the user puts the handle (MainWindow.save_state).
        self.splitter.setSizes([780, 480])

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setMaximumHeight(14)
        self.progress.hide()
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.progress)

        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(RELOAD_DELAY_MS)
        self.reload_timer.timeout.connect(self.reload)
        self.detail_timer = QTimer(self)
        self.detail_timer.setSingleShot(True)
        self.detail_timer.setInterval(DETAIL_DELAY_MS)
        self.detail_timer.timeout.connect(self.load_detail)

        self.retranslate_ui()
        self.load_choices()
        self.bucket_group.idToggled.connect(lambda _id, checked: checked and self._changed())
        for combo in (self.collector, self.level, self.category):
            combo.currentIndexChanged.connect(self._changed)
        self.working_day.dateChanged.connect(self._changed)
        self.min_amount.editingFinished.connect(self._changed)
        self.performance_action.triggered.connect(lambda _checked=False: self.open_performance())
        self.reasons_action.triggered.connect(lambda _checked=False: self.open_reasons())
        self.actions.update_buttons()

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        t = self.tr
        self.day_label.setText(t("Working day"))
        self.working_day.setToolTip(t("The day the queue is worked for; promises and plans are dated from it"))
        tips = {"today": t("Tasks to work on the working day"),
                "overdue": t("Tasks whose day to be worked has passed"),
                "upcoming": t("Tasks to work on later days (reminders before the due date, follow-ups)"),
                "due_this_month": t("Due this month, not received: customers with invoices due this month up to the working day "
                                    "and not yet received"),
                "mine": t("Tasks assigned to me, and unassigned tasks for my role; for a manager also every "
                          "extension request awaiting credit approval"),
                "all": t("Every open task")}
        for key, b in self.bucket_buttons.items():
            b.setText(names.queue_bucket(key))
            b.setToolTip(tips[key])
        self.reports_button.setText(t("Reports"))
        self.reports_button.setToolTip(t("The month's collector performance and reasons for not paying"))
        self.performance_action.setText(t("Collector performance…"))
        self.reasons_action.setText(t("Reasons for not paying…"))
        self.reasons_action.setToolTip(t("The contacts of a month by the reason the customer gave for not paying"))
        texts = {"collector": t("Collector"), "level": t("Level"), "min": t("Min. overdue"),
                 "category": t("Category")}
        for k, text in texts.items():
            self.filter_labels[k].setText(text)
        self.min_amount.setToolTip(t("Only customers with at least this much overdue"))
        self.list_export.retranslate_ui()
        self.actions.retranslate_ui()
        self.model.retranslate()
        if self.rows:
            self.model.set_rows(self.rows)
            self.size_columns()
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            # Words only: what is loaded is shown again in the new language, nothing is read.
            self.retranslate_ui()
            self._fill_choices()
            self.pane.retranslate_ui()
        super().changeEvent(event)

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[object, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for value, label in items:
            combo.addItem(label, value)
        i = combo.findData(current)
        combo.setCurrentIndex(i if i >= 0 else 0)
        combo.blockSignals(False)

    def load_choices(self) -> None:
        """Read what the filter boxes offer: collectors, the default policy's levels,
        categories (small queries), then fill them."""
        from arapp.reports.aging import filter_choices
        from arapp.reports.users import active_users

        try:
            people = [(u.username, u.display_name, u.role) for u in active_users()]
            policies = coll.list_policies()
            categories = filter_choices().categories
        except ArappError as exc:
            common.show_error(self, self.tr("Collections"), exc.message)
            return
        except Exception:  # the books are not readable (a failed switch); keep what is shown
            log.warning("could not load the collection choices", exc_info=True)
            return
        self._choices = (people, policies, categories)
        self._fill_choices()

    def _fill_choices(self) -> None:
        t = self.tr
        people, policies, categories = self._choices
        ordered = sorted(people, key=lambda u: (u[2] != "collector", u[0]))
        self._fill(self.collector, [(None, t("All collectors")), ("", t("Unassigned")),
                                    *[(username, names.user_name(username, display))
                                      for username, display, _role in ordered]])
        default = next((p for p in policies if p.is_default), policies[0] if policies else None)
        top = max((len(p.levels) for p in policies), default=0)
        levels: list[tuple[object, str]] = [(None, t("All levels"))]
        for seq in range(1, top + 1):
            lv = default.level(seq) if default else None
            levels.append((seq, f"{seq} · {default.when_label(lv)}" if lv else str(seq)))
        self._fill(self.level, levels)
        self._fill(self.category, [(None, t("All categories")), *[(c, c) for c in categories]])

    # ------------------------------------------------------------------ the queue
    def working_date(self) -> _dt.date:
        return from_qdate(self.working_day.date())

    def bucket(self) -> str:
        return self.BUCKETS[max(0, self.bucket_group.checkedId())]

    def set_bucket(self, bucket: str) -> None:
        self.bucket_buttons[bucket].setChecked(True)

    def current_filters(self) -> QueueFilter:
        try:
            minimum = self.min_amount.fen(field="min_amount")
            common.mark_invalid(self.min_amount, False)
        except ArappError as exc:
            common.mark_invalid(self.min_amount, True)
            self.statusMessage.emit(exc.message)
            minimum = None
        return QueueFilter(collector=self.collector.currentData(), level_seq=self.level.currentData(),
                           min_amount=minimum, category=self.category.currentData())

    def refresh_now(self) -> None:
        self.reload()

    def books_changed(self, changes) -> None:
        """A write committed: new policies change the level filter; reload what was touched."""
        if changes.touches("policy"):
            self.load_choices()
        super().books_changed(changes)

    def _changed(self, *_args) -> None:
        self.reload_timer.start()

    def busy(self, delta: int) -> None:
        """One more (+1) or one less (-1) read or run in flight; the progress bar shows while any is."""
        self._busy_jobs = max(0, self._busy_jobs + delta)
        self.progress.setVisible(self._busy_jobs > 0)

    def is_busy(self) -> bool:
        """A read or the day's run is in flight, or about to start (a timer is running)."""
        return self._busy_jobs > 0 or self.reload_timer.isActive() or self.detail_timer.isActive()

    def reload(self) -> None:
        """Read the queue on a worker (a newer call supersedes this one); the customer whose
        file is shown stays selected when still listed, and the file is read again."""
        self.reload_timer.stop()
        self._queue_generation += 1
        generation = self._queue_generation
        on, bucket, filters = self.working_date(), self.bucket(), self.current_filters()
        actor = current_actor()

        def job(progress, cancelled):
            return coll.collection_queue(on, bucket=bucket, filters=filters, user=actor.username, role=actor.role)

        self.busy(+1)
        query = (on, bucket, filters)
        self.runner.submit(job, name="collection-queue",
                           on_finished=lambda rows: self._queue_done(generation, rows, query),
                           on_failed=lambda msg: self._queue_failed(generation, msg),
                           on_cancelled=lambda: self.busy(-1), owner=self)

    refresh = reload

    def _queue_done(self, generation: int, rows: list[TaskRow], query=None) -> None:
        self.busy(-1)
        if generation != self._queue_generation:
            return
        self.rows = rows
        self.shown_query = query
        keep = self.customer_id
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows, on=self.working_date())
        month_column = QueueModel.KEYS.index("due_this_month")
        hide = self.bucket() != "due_this_month"
        if self.table.isColumnHidden(month_column) != hide:
            self.table.setColumnHidden(month_column, hide)
            self._columns_sized = False               # the columns share the room anew
        if not self._columns_sized or not rows:       # an empty queue's headers fit too
            self.size_columns()
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.selectionModel().blockSignals(False)
        self._update_summary()
        row = self.model.row_for_customer(keep) if keep is not None else -1
        if row < 0 and keep is None and rows:
            row = 0
        if row >= 0:
            self.select_row(row)                      # loads the file through currentRowChanged
        elif keep is not None:
            self.table.clearSelection()
            self.load_detail()                        # the customer left the queue: keep the file
        else:
            self.show_customer(None)
        self.queueLoaded.emit(rows)

    def export_job(self):
        """What Export… writes: the queue as it is shown (its bucket, filters and working
        day, in the order shown: priority, or the column clicked), every task of it."""
        from arapp.reports.list_tables import tasks_table

        rows = list(self.model.rows)
        on, bucket, filters = self.shown_query or (self.working_date(), self.bucket(), QueueFilter())
        header = self.table.horizontalHeader()
        column = header.sortIndicatorSection()
        sorted_by = None
        if 0 <= column < self.model.columnCount():
            sorted_by = (str(self.model.headerData(column, Qt.Orientation.Horizontal)),
                         header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
        return lambda: tasks_table(rows, on, bucket=bucket, filters=filters, sorted_by=sorted_by)

    def _queue_failed(self, generation: int, message: str) -> None:
        self.busy(-1)
        if generation == self._queue_generation and message:
            common.show_error(self, self.tr("Collections"), message)

    #: Queue columns a user may hide (right-click the header); the tone and the procedure
    #: start hidden: the file's current task says both, and the queue then fits 1280 px
    #: in English without eliding the level or the collector.
    OPTIONAL_COLUMNS = ("level", "tone", "procedure", "days", "action_on", "last_contact", "promise", "broken",
                        "collector", "note")
    HIDDEN_AT_FIRST = ("tone", "procedure")
    HIDDEN_SETTING = "collections/hidden_columns"

    def hidden_columns(self) -> set[str]:
        """The optional columns the user hid (QSettings), else those hidden at first."""
        from PySide6.QtCore import QSettings

        value = QSettings().value(self.HIDDEN_SETTING)
        if value is None:
            return set(self.HIDDEN_AT_FIRST)
        keys = [value] if isinstance(value, str) else list(value or [])
        return {k for k in keys if k in self.OPTIONAL_COLUMNS}

    def set_column_shown(self, key: str, shown: bool) -> None:
        """Show or hide an optional queue column, remembered for the next start."""
        from PySide6.QtCore import QSettings

        hidden = self.hidden_columns()
        hidden.discard(key) if shown else hidden.add(key)
        QSettings().setValue(self.HIDDEN_SETTING, sorted(hidden) or "")
        self.apply_hidden_columns()
        self.size_columns()

    def apply_hidden_columns(self) -> None:
        hidden = self.hidden_columns()
        for key in self.OPTIONAL_COLUMNS:
            if key in QueueModel.KEYS:
                self.table.setColumnHidden(QueueModel.KEYS.index(key), key in hidden)

    def _column_menu(self, pos) -> None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        hidden = self.hidden_columns()
        for key in self.OPTIONAL_COLUMNS:
            if key not in QueueModel.KEYS:
                continue
            column = QueueModel.KEYS.index(key)
            action = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(key not in hidden)
            action.toggled.connect(lambda on, key=key: self.set_column_shown(key, on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def size_columns(self) -> None:
        """Fit the columns to their header and the first rows and share the queue's width:
        amounts, days and dates whole; the customer takes the room left, and when the
        room is short (English words are longer) the customer and the wordy columns give
        way (elided) down to their headers, never past the right edge."""
        self._columns_sized = True
        keys = QueueModel.KEYS
        customer = keys.index("customer")
        wordy = [keys.index(k) for k in ("procedure", "level", "tone", "note", "collector")]
        caps = {keys.index(k): width for k, width in QueueModel.MAX_WIDTH.items()}
        caps[customer] = 260
        floors = {c: common.header_width(self.table, c, pad=10) for c in wordy}
        floors[customer] = 90
        if any(r.proposal for r in self.model.rows):
            # The proposal of legal is read in full wherever it is in the queue.
            note = keys.index("note")
            floors[note] = self.table.fontMetrics().horizontalAdvance(names.task_proposal("legal")) + 12
            caps[note] = max(caps.get(note, 0), floors[note])
        common.fill_columns(self.table, rows=range(min(self.model.rowCount(), 60)), stretch=customer,
                            shrinkable=[customer, *wordy], caps=caps, floors=floors)

    def _update_summary(self) -> None:
        rows = self.rows
        if not rows:
            self.summary.setText(self.tr("No tasks in this queue. Generate the day's tasks, or choose another "
                                         "queue or filter."))
            return
        overdue = sum(r.amount_overdue for r in rows)
        broken = sum(1 for r in rows if r.broken_promises)
        unassigned = sum(1 for r in rows if r.task_id is not None and not r.assigned_to)
        text = self.tr("Tasks: {n}, overdue {overdue}; customers with broken promises (listed "
                       "first): {broken}; unassigned: {unassigned}. Sorted by priority: amount "
                       "overdue × days overdue.").format(
            n=sum(1 for r in rows if r.task_id is not None), overdue=money_text(overdue), broken=broken,
            unassigned=unassigned)
        legal = sum(1 for r in rows if r.proposal)
        if legal:
            text += " " + self.tr("{proposal}: {n}.").format(proposal=names.task_proposal("legal"), n=legal)
        if self.bucket() == "due_this_month":
            text += " " + self.tr("{bucket}: {amount}.").format(
                bucket=names.queue_bucket("due_this_month"), amount=money_text(sum(r.due_this_month for r in rows)))
        self.summary.setText(text)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def selected_task(self) -> TaskRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _current_changed(self, current, _previous) -> None:
        row = self.model.row_at(current.row())
        if row is None:
            return
        if row.customer_id != self.customer_id or self.detail is None:
            # Another customer: no button may act on the file still shown until the new one is in.
            self.customer_id = row.customer_id
            self.detail = None
            self.actions.update_buttons()
            self.detail_timer.start()
        else:
            self.customer_id = row.customer_id
            self.load_detail()

    # ------------------------------------------------------------------ the customer's file
    def show_customer(self, customer_id: int | None) -> None:
        """Show a customer's collection file (read on a worker)."""
        if customer_id != self.customer_id:
            self.detail = None                        # no button acts on the file shown until the new one is in
            self.actions.update_buttons()
        self.customer_id = customer_id
        if customer_id is None:
            self._detail_generation += 1
            self.detail = None
            self.pane.show_detail(None)
            self.actions.update_buttons()
            self.detailLoaded.emit(None)
            return
        row = self.model.row_for_customer(customer_id)
        if row >= 0 and self.table.currentIndex().row() != row:
            self.select_row(row)
        else:
            self.load_detail()

    def load_detail(self) -> None:
        self.detail_timer.stop()
        customer_id = self.customer_id
        if customer_id is None:
            return
        self._detail_generation += 1
        generation = self._detail_generation
        on = self.working_date()

        def job(progress, cancelled):
            return coll.customer_collection_detail(customer_id, on)

        self.busy(+1)
        self.runner.submit(job, name="collection-detail",
                           on_finished=lambda d: self._detail_done(generation, d),
                           on_failed=lambda msg: self._detail_failed(generation, msg),
                           on_cancelled=lambda: self.busy(-1), owner=self)

    def _detail_done(self, generation: int, d: CollectionDetail) -> None:
        self.busy(-1)
        if generation != self._detail_generation:
            return
        self.detail = d
        self.pane.show_detail(d)
        self.actions.update_buttons()
        self.detailLoaded.emit(d)

    def _detail_failed(self, generation: int, message: str) -> None:
        self.busy(-1)
        if generation != self._detail_generation:
            return
        self.detail = None
        self.pane.show_detail(None)
        self.pane.placeholder.setText(message)
        self.actions.update_buttons()
        self.detailLoaded.emit(None)

    def open_reasons(self):
        """Reasons for not paying, per month (未付款原因), in a dialog with an Excel export."""
        from arapp.ui.dialogs.collection_reasons import NonpaymentReasonsDialog

        month = self.working_date().strftime("%Y-%m")
        dialog = NonpaymentReasonsDialog(self.runner, self, month=month)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(lambda path: self.actMessage.emit(self.tr("Saved {path}").format(path=path)))
        dialog.open()
        return dialog

    def open_performance(self):
        from arapp.ui.dialogs.collector_performance import CollectorPerformanceDialog

        dialog = CollectorPerformanceDialog(self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(lambda path: self.actMessage.emit(self.tr("Saved {path}").format(path=path)))
        dialog.open()
        return dialog

