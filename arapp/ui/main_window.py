"""The main window: tabs 客户, 应收单, 收款, 账龄, 催收; menus; the database and user in the
status bar; geometry remembered in QSettings.

File menu: New books…, Open books…, Recent books (arapp.ui.recent_books), Open demo
books (the demo books' own file, made and filled on first use). On demo books the
title and the status bar say 演示数据 / Demo data (reports.books.is_demo_books).

Writes run as operations on the window's ``ops`` (arapp.ui.operations): every tab
listens to ``ops.changed`` and reloads what a write touched, so no tab refreshes
another by hand. The signals between tabs here are navigation (show this customer's
invoices, open an invoice from the aging, a new invoice for a customer)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QElapsedTimer, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

from arapp import __version__, i18n, names
from arapp.db.database import (
    create_books,
    describe_target,
    inspect_file,
    is_read_only,
    is_url,
    open_database,
    resolve_target,
)
from arapp.db.failures import explain
from arapp.domain import vocabulary as vocab
from arapp.errors import BooksUnavailable
from arapp.paths import demo_database_path
from arapp.reports.books import is_demo_books
from arapp.services.context import current_actor
from arapp.ui import common
from arapp.ui.common import ui_settings
from arapp.ui.dialogs.open_database import OpenDatabaseDialog
from arapp.ui.empty_state import install_empty_states
from arapp.ui.jobs import JobRunner
from arapp.ui.operations import Operations
from arapp.ui.recent_books import forget_all, is_missing, recent_books, remember
from arapp.ui.tabs.aging import AgingTab
from arapp.ui.tabs.collections import CollectionsTab
from arapp.ui.tabs.customers import CustomersTab
from arapp.ui.tabs.invoices import InvoicesTab
from arapp.ui.tabs.receipts import ReceiptPrintOffer, ReceiptsTab
from arapp.ui.translator import install_translators


class MainWindow(QMainWindow):
    TAB_KEYS = ("customers", "invoices", "receipts", "aging", "collections")
    #: How long what the user just did stays in the status bar before a tab's own text replaces it.
    #: (Every tab says what its list shows under the list; the status bar says acts and refusals.)
    ACT_HOLD_MS = 8000
    languageChanged = Signal(str)

    def __init__(self, db_target: str | None = None, parent: QWidget | None = None, *,
                 remember_state: bool = True):
        super().__init__(parent)
        self.db_target = db_target
        self.demo_books = False
        self.remember_state = remember_state
        self.runner = JobRunner(self)
        self.ops = Operations(self.runner, self)
        self.setObjectName("MainWindow")

        self.customers_tab = CustomersTab(self.runner, ops=self.ops)
        self.invoices_tab = InvoicesTab(self.runner, ops=self.ops)
        self.receipts_tab = ReceiptsTab(self.runner, ops=self.ops)
        self.aging_tab = AgingTab(self.runner, ops=self.ops)
        self.aging_page = self.aging_tab
        self.collections_tab = CollectionsTab(self.runner, ops=self.ops)
        self.collections_page = self.collections_tab
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for page in (self.customers_tab, self.invoices_tab, self.receipts_tab, self.aging_page, self.collections_page):
            self.tabs.addTab(page, "")
        self.setCentralWidget(self.tabs)

        self.customers_tab.showInvoicesRequested.connect(self._show_customer_invoices)
        self.customers_tab.newInvoiceRequested.connect(self._new_invoice_for)
        self.aging_tab.invoiceRequested.connect(self._show_invoice)
        self._tab_status: dict[QWidget, str] = {}     # each tab's own status-bar text
        self.tabs.currentChanged.connect(self._show_tab_status)
        self._act_timer = QElapsedTimer()
        for page in (self.customers_tab, self.invoices_tab, self.receipts_tab, self.aging_page, self.collections_page):
            act = getattr(page, "actMessage", None)       # the one act channel: every tab's acts are held
            if act is not None:
                act.connect(self.show_act)
        self.receipts_tab.receiptRecorded.connect(self._receipt_recorded)

        self._build_menus()
        self.receipt_print_offer = ReceiptPrintOffer(self.statusBar())   # 打印收据… after a receipt is recorded
        self.receipt_print_offer.said.connect(self.show_act)
        self.statusBar().addPermanentWidget(self.receipt_print_offer)
        self.demo_label = QLabel()
        self.demo_label.setStyleSheet("background: #ffe0b2; color: #7a3e00; font-weight: bold; padding: 0 8px;")
        self.demo_label.hide()
        self.statusBar().addPermanentWidget(self.demo_label)
        self.db_label = QLabel()
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self.statusBar().addPermanentWidget(self.user_label)

        for i in range(self.tabs.count()):
            self.own_status(self.tabs.widget(i))
        self.empty_states = install_empty_states(self)     # empty books: what to do next
        self.retranslate_ui()
        self.resize(1280, 800)
        if remember_state:
            self.restore_state()
            remember(db_target)                 # File → Recent books

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(lambda: self.new_books())
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_database)
        self.exit_action = QAction(self)
        self.exit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.exit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self.file_menu)
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.file_menu.addMenu(self.recent_menu)
        self.demo_action = QAction(self)
        self.demo_action.triggered.connect(lambda: self.open_demo_books())
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addSeparator()
        self.import_menu = QMenu(self.file_menu)
        self.import_actions: dict[str, QAction] = {}
        for kind in vocab.ONBOARDING_FILES:
            action = QAction(self)
            action.triggered.connect(lambda _=False, k=kind: self.open_onboarding(k))
            self.import_actions[kind] = action
            self.import_menu.addAction(action)
        self.file_menu.addMenu(self.import_menu)
        self.file_menu.addSeparator()
        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(self.open_settings)
        self.file_menu.addAction(self.settings_action)
        self.policies_action = QAction(self)
        self.policies_action.triggered.connect(self.open_policies)
        self.file_menu.addAction(self.policies_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.exit_action)

        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        # Each language is named in itself, so it can be found whatever is showing.
        for lang, label in (("zh_CN", "中文（简体）"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setData(lang)
            action.triggered.connect(lambda _checked=False, lang=lang: self.set_language(lang))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action
        self.language_actions.get(i18n.language(), self.language_actions["zh_CN"]).setChecked(True)

        self.reports_menu = bar.addMenu("")
        self.report_actions: dict[str, QAction] = {}
        for name in ("weekly-overdue", "aging-analysis", "credit-record"):
            action = QAction(self)
            action.triggered.connect(lambda _checked=False, name=name: self.open_report(name))
            self.reports_menu.addAction(action)
            self.report_actions[name] = action
        self.performance_action = QAction(self)
        self.performance_action.triggered.connect(self.open_collector_performance)
        self.reports_menu.addAction(self.performance_action)
        self.reasons_action = QAction(self)
        self.reasons_action.triggered.connect(lambda: self.collections_tab.open_reasons())
        self.reports_menu.addAction(self.reasons_action)
        self.reports_menu.addSeparator()
        self.aging_export_action = QAction(self)
        self.aging_export_action.triggered.connect(lambda: self._aging_export("xlsx"))
        self.aging_print_action = QAction(self)
        self.aging_print_action.triggered.connect(lambda: self._aging_export("pdf"))
        self.reports_menu.addAction(self.aging_export_action)
        self.reports_menu.addAction(self.aging_print_action)

        self.documents_menu = bar.addMenu("")
        self.batch_actions: dict[str, QAction] = {}
        for kind in vocab.DOCUMENT_KINDS:
            action = QAction(self)
            action.triggered.connect(lambda _checked=False, kind=kind: self.open_batch(kind))
            self.documents_menu.addAction(action)
            self.batch_actions[kind] = action
        self.documents_menu.addSeparator()
        self.templates_action = QAction(self)
        self.templates_action.triggered.connect(lambda: self._open_templates())
        self.documents_menu.addAction(self.templates_action)

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def retranslate_ui(self) -> None:
        titles = (self.tr("Customers"), self.tr("Invoices"), self.tr("Receipts"), self.tr("Aging"),
                  self.tr("Collections"))
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        self.reports_menu.setTitle(self.tr("&Reports"))
        self.report_actions["weekly-overdue"].setText(self.tr("&Weekly overdue report…"))
        self.report_actions["aging-analysis"].setText(self.tr("&Monthly aging analysis…"))
        self.report_actions["credit-record"].setText(self.tr("&Credit record…"))
        self.performance_action.setText(self.tr("C&ollector performance…"))
        self.reasons_action.setText(self.tr("Reasons for &not paying…"))
        self.aging_export_action.setText(self.tr("Export the aging shown to &Excel…"))
        self.aging_print_action.setText(self.tr("&Print the aging shown (PDF)…"))
        self.documents_menu.setTitle(self.tr("&Documents"))
        self.batch_actions["letter"].setText(self.tr("&Letters due…"))
        self.batch_actions["letter"].setToolTip(self.tr("The reminder letters due on a day, by ladder level"))
        self.batch_actions["statement"].setText(self.tr("&Statements…"))
        self.batch_actions["statement"].setToolTip(self.tr("Statements of account for every customer with a "
                                                           "balance or activity in a period"))
        self.batch_actions["receipt"].setText(self.tr("&Receipts of a day…"))
        self.templates_action.setText(self.tr("&Templates…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New books…"))
        self.open_action.setText(self.tr("&Open books…"))
        self.recent_menu.setTitle(self.tr("&Recent books"))
        self.demo_action.setText(self.tr("Open &demo books"))
        self.demo_action.setToolTip(self.tr("The demo books of an invented company, a file of their own: "
                                            "your books are not touched"))
        self.demo_label.setText(self.tr("Demo data"))
        self.demo_label.setToolTip(self.tr("These are the demo books (an invented company), a file of their own. "
                                           "File → Recent books brings back your own books."))
        self.exit_action.setText(self.tr("E&xit"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.import_menu.setTitle(self.tr("&Import"))
        self.import_actions["customers"].setText(self.tr("&Customers from Excel…"))
        self.import_actions["ledger"].setText(self.tr("Opening &ledger from Excel…"))
        self.import_actions["ledger"].setToolTip(self.tr("The open invoices and opening balances of your old "
                                                         "receivable ledger"))
        self.policies_action.setText(self.tr("Collection &policies…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About arapp"))
        self.update_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    # ------------------------------------------------------------------ status
    def update_status(self) -> None:
        """The title and the status bar name the books: where they are, read-only, demo."""
        try:
            self.demo_books = is_demo_books()
        except Exception:  # books that cannot be read say so elsewhere; the title stays plain
            self.demo_books = False
        title = self.tr("arapp — Accounts receivable and collections")
        if self.demo_books:
            title = self.tr("{title} — Demo data").format(title=title)
        self.setWindowTitle(title)
        self.demo_label.setVisible(self.demo_books)
        text = self.tr("Database: {where}").format(where=describe_target(self.db_target))
        if is_read_only():
            text += " " + self.tr("(read-only)")
        self.db_label.setText(text)
        self.db_label.setToolTip(describe_target(self.db_target))
        actor = current_actor()
        self.user_label.setText(self.tr("User: {user} ({role})").format(user=actor.username,
                                                                       role=names.user_role(actor.role)))

    def own_status(self, page: QWidget) -> None:
        """Give a tab its own status-bar text: what its ``statusMessage`` says is kept for
        it and shown while it is the current tab (at once if it is, unless the status bar
        is saying what the user just did: see show_act); switching tabs shows the new
        tab's text, never the previous tab's. Called for every tab in the window."""
        signal = getattr(page, "statusMessage", None)
        if signal is None or page in self._tab_status:
            return
        self._tab_status[page] = ""

        def said(text: str, page=page) -> None:
            self._tab_status[page] = text
            if self.tabs.currentWidget() is page and not self._act_held():
                self.statusBar().showMessage(text)

        signal.connect(said)

    def _show_tab_status(self, _index: int) -> None:
        page = self.tabs.currentWidget()
        self.own_status(page)
        self.statusBar().showMessage(self._tab_status.get(page, ""))

    def show_act(self, text: str) -> None:
        """Say in the status bar what the user just did (a receipt recorded, an invoice
        posted, a credit note issued…); the tabs' own texts do not replace it for ACT_HOLD_MS.
        Every tab's ``actMessage`` comes here."""
        if not text:
            return
        self.statusBar().showMessage(text)
        self._act_timer.start()

    def _receipt_recorded(self, result) -> None:
        """Say the receipt just recorded (its number first) and offer to print it."""
        text = self.receipts_tab.recorded_text(result)
        self.show_act(text)
        self.receipt_print_offer.offer(result, text)

    def _act_held(self) -> bool:
        return self._act_timer.isValid() and self._act_timer.elapsed() < self.ACT_HOLD_MS

    # ------------------------------------------------------------------ language
    def set_language(self, lang: str) -> None:
        """Switch the whole window's language now (every widget retranslates itself)."""
        lang = install_translators(lang)
        # Qt posts LanguageChange to the windows; deliver it now so the switch is immediate.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        settings = ui_settings()
        settings.setValue("ui/language", lang)
        action = self.language_actions.get(lang)
        if action is not None and not action.isChecked():
            action.setChecked(True)
        self.languageChanged.emit(lang)

    def show_about(self) -> None:
        common.show_info(self, self.tr("About arapp"), self.about_text())

    def about_text(self) -> str:
        return self.tr("arapp {version}\nAccounts receivable and collections for a small finance office.").format(
            version=__version__)

    # ------------------------------------------------------------------ database
    def choose_database(self) -> None:
        """File → Open books…: a file (browsed for) or a postgresql:// URL."""
        dialog = OpenDatabaseDialog(resolve_target(self.db_target), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: dialog.value() and self.open_books(dialog.value()))
        dialog.open()

    def open_books(self, target: str) -> bool:
        """Open existing books at ``target``; anything else (no such file, another
        program's file, a damaged one) is refused with its reason and the current
        books stay open."""
        return self.switch_database(target, title=self.tr("Open books"))

    def fill_recent_menu(self) -> None:
        """File → Recent books: the books opened last; a file that is gone is shown
        disabled, marked as not found."""
        menu = self.recent_menu
        menu.clear()
        books = recent_books()
        for i, target in enumerate(books, 1):
            missing = is_missing(target)
            shown = target.replace("&", "&&")        # a path's & is no accelerator
            text = self.tr("{where} (not found)").format(where=shown) if missing else shown
            action = menu.addAction(f"&{i} {text}" if i < 10 else text)
            action.setData(target)
            action.setEnabled(not missing)
            if missing:
                action.setToolTip(self.tr("This file is no longer there. It stays in the list until the list is "
                                          "cleared or the file comes back."))
            action.triggered.connect(lambda _checked=False, t=target: self.open_recent(t))
        if not books:
            menu.addAction(self.tr("No books opened yet")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear the list"))
        clear.setEnabled(bool(books))
        clear.triggered.connect(forget_all)

    def open_recent(self, target: str) -> bool:
        """Open books from the recent list; a file that is gone is refused, saying so."""
        if is_missing(target):
            common.show_error(self, self.tr("Recent books"), self.tr(
                "{where} is no longer there (moved, renamed or deleted). Open it where it is now with "
                "File → Open books….").format(where=target))
            return False
        return self.open_books(target)

    def open_demo_books(self) -> bool:
        """File → Open demo books: switch to the demo books' own file in the data folder,
        making it and filling it with the invented company first when it is missing or
        empty (behind a progress dialog). The books that were open are not touched."""
        path = demo_database_path()
        if not self.switch_database(str(path), create=not path.exists(), title=self.tr("Open demo books")):
            return False
        from arapp.ui.app import database_is_empty

        if database_is_empty():
            self.build_demo_books()
        return True

    def build_demo_books(self):
        """Fill the open (empty) books with the demo company on a worker; the window shows
        them, titled 演示数据, when done. Returns the job's (handle, dialog)."""
        from arapp.ui.app import start_demo_build

        return start_demo_build(self.runner, self, lambda _ok: self.show_books())

    def new_books(self, path: str | None = None) -> bool:
        """File → New books…: make new, empty books in a file (asked for with a file
        dialog when ``path`` is None) and switch to them. A file that exists already is
        never overwritten: it is refused, naming File → Open books…."""
        title = self.tr("New books")
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, title, "", self.tr("arapp books (*.sqlite3 *.sqlite *.db);;All files (*)"),
                options=QFileDialog.Option.DontConfirmOverwrite)
            if not path:
                return False
            if not Path(path).suffix:
                path += ".sqlite3"
        if not is_url(path):
            try:
                kind, _app_id = inspect_file(Path(path))
            except BooksUnavailable as exc:
                common.show_error(self, title, exc.message)
                return False
            if kind != "missing":
                common.show_error(self, title, self.tr(
                    "{path} exists already. New books go into a new file; to open books that exist, use "
                    "File → Open books….").format(path=path))
                return False
        if not self.switch_database(path, create=True, title=title):
            return False
        self.show_act(self.tr("New books made and opened: {where}").format(where=describe_target(path)))
        return True

    def switch_database(self, target: str, *, create: bool = False, title: str | None = None) -> bool:
        """Open other books (with ``create``, make them first: see create_books); on
        failure say why in a dialog and keep the current ones."""
        self.runner.cancel_all()
        self.runner.wait(10000)
        previous = self.db_target
        try:
            if create:
                create_books(target)
            else:
                open_database(target, create=False)
        except Exception as exc:  # any failure: keep working on the books we had
            error = explain(exc, describe_target(target))
            message = error.message if error is not None else self.tr(
                "Cannot open the database {where}: {error}").format(where=describe_target(target), error=exc)
            try:
                open_database(previous, create=False)
            except Exception:  # the previous books went away too; the message says enough
                pass
            common.show_error(self, title or self.tr("Open books"), message)
            return False
        self.db_target = target
        remember(target)
        self.show_books()
        return True

    def show_books(self) -> None:
        """Show the books now open in every tab, the title and the status bar."""
        self.update_status()
        self.customers_tab.refresh()
        self.invoices_tab.clear_customer_filter()
        self.invoices_tab.refresh()
        self.receipts_tab.clear_customer_filter()
        self.receipts_tab.mark_stale()
        self.aging_tab.load_choices()
        self.aging_tab.recompute()
        self.collections_tab.show_customer(None)
        self.collections_tab.load_choices()
        self.collections_tab.mark_stale()

    def refresh_all(self) -> None:
        self.customers_tab.refresh()
        self.invoices_tab.refresh()

    # ------------------------------------------------------------------ cross-tab
    def _show_customer_invoices(self, customer_id: int, label: str) -> None:
        self.invoices_tab.show_customer(customer_id, label)
        self.tabs.setCurrentWidget(self.invoices_tab)

    def _show_invoice(self, invoice_id: int, number: str) -> None:
        """Drill-down from the Aging tab: the invoice in the Invoices tab."""
        self.invoices_tab.clear_customer_filter()
        self.invoices_tab.search.setText(number)
        self.invoices_tab.apply_filters()
        self.tabs.setCurrentWidget(self.invoices_tab)

    def open_onboarding(self, kind: str):
        """File → Import → customers or the opening ledger from Excel (arapp.ui.dialogs.onboarding)."""
        from arapp.ui.dialogs.onboarding import OnboardingDialog

        dialog = OnboardingDialog(kind, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_settings(self):
        from arapp.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_batch(self, kind: str):
        """Documents → a batch of letters, statements or receipts (arapp.ui.dialogs.document_batch)."""
        from arapp.ui.dialogs.document_batch import DocumentBatchDialog

        dialog = DocumentBatchDialog(kind, self, runner=self.runner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.said.connect(self.show_act)
        dialog.open()
        return dialog

    def _open_templates(self):
        """Documents → Templates…: the template editor (read-only for a user without template.edit)."""
        from arapp.ui.dialogs.templates import open_template_editor

        return open_template_editor(self, self.ops)

    def open_report(self, name: str):
        from arapp.ui.dialogs.reports import ReportDialog

        dialog = ReportDialog(name, self.runner, self)
        dialog.accepted.connect(lambda: dialog.written and self.show_act(
            self.tr("Saved {path}").format(path=dialog.written)))
        dialog.open()
        return dialog

    def open_policies(self):
        from arapp.ui.dialogs.collection_policy import PolicyDialog

        dialog = PolicyDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_collector_performance(self):
        return self.collections_tab.open_performance()

    def _aging_export(self, fmt: str) -> None:
        self.tabs.setCurrentWidget(self.aging_tab)
        self.aging_tab.export(fmt)

    def _new_invoice_for(self, customer_id: int) -> None:
        self.tabs.setCurrentWidget(self.invoices_tab)
        self.invoices_tab.new_invoice(customer_id)

    # ------------------------------------------------------------------ state
    def restore_state(self) -> None:
        settings = ui_settings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        state = settings.value("main/state")
        if isinstance(state, QByteArray | bytes) and state:
            self.restoreState(QByteArray(state))
        splitter = settings.value("customers/splitter")
        if isinstance(splitter, QByteArray | bytes) and splitter:
            self.customers_tab.splitter.restoreState(QByteArray(splitter))
        splitter = settings.value("collections/splitter")
        if isinstance(splitter, QByteArray | bytes) and splitter:
            self.collections_tab.splitter.restoreState(QByteArray(splitter))
        try:
            tab = int(settings.value("main/tab", 0))
        except (TypeError, ValueError):
            tab = 0
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

    def save_state(self) -> None:
        settings = ui_settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("customers/splitter", self.customers_tab.splitter.saveState())
        settings.setValue("collections/splitter", self.collections_tab.splitter.saveState())
        settings.setValue("main/tab", self.tabs.currentIndex())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.remember_state:
            self.save_state()
        self.runner.cancel_all()
        self.runner.wait(10000)        # a write in flight finishes first
        super().closeEvent(event)
