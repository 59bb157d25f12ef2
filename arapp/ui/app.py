"""Start the window: ``run_gui(db_target, lang)``.

Sets up QApplication with a font that has Chinese glyphs, installs the translators
(zh_CN unless told otherwise), opens the books and shows the main window. Books that do
not exist are made only for the default file in the user data folder (the first run)
and for the demo books' file; another path must hold books already (File → New books…
makes them).

Demo data never goes into a user's books: on empty books the user is asked whether to
open the demo books instead, a file of their own (paths.demo_database_path), which are
filled on a worker thread behind a progress dialog the first time.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QProgressDialog

from arapp import __version__
from arapp.db.database import close_database, describe_target, is_default_target, is_sqlite, open_database
from arapp.errors import ArappError
from arapp.paths import cjk_font_path, is_demo_database_path
from arapp.ui import common
from arapp.ui.common import ui_settings
from arapp.ui.jobs import JobCancelled, JobRunner
from arapp.ui.translator import install_translators

log = logging.getLogger(__name__)

DEMO_CUSTOMERS = 300
DEMO_YEARS = 3
DEMO_SEED = 1


NO_DISPLAY = QT_TRANSLATE_NOOP(
    "App", "There is no display (DISPLAY and WAYLAND_DISPLAY are not set), so the window cannot open. "
           "The command line works without one; 'arapp screenshot --out DIR' draws the window to PNG files.")


EMPTY_BOOKS = QT_TRANSLATE_NOOP(
    "App", "These books have no customers yet. Open the demo books to try arapp? They are a file of their own, "
           "with an invented property-management and trading company (the window says Demo data while they are "
           "open); your books stay as they are, and File → Recent books brings you back to them.\n\n"
           "Choose No to start your own books.")


def headless() -> bool:
    """True on a Linux machine with no display and no Qt platform chosen."""
    return sys.platform.startswith("linux") and not any(
        os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named for QSettings, with a CJK-capable font.
    Without a display it uses Qt's offscreen platform (screenshots, tests)."""
    app = QApplication.instance()
    if app is None:
        if headless():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(common.ORGANIZATION)
    app.setApplicationName(common.APPLICATION)
    app.setApplicationVersion(__version__)
    install_cjk_font(app)
    return app


_font_family: str | None = None


def install_cjk_font(app: QApplication) -> str | None:
    """Register the bundled or system Chinese font and make it the application font."""
    global _font_family
    if _font_family is None:
        path = cjk_font_path()
        if path is not None:
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families:
                _font_family = families[0]
            else:
                log.warning("could not load the Chinese font %s", path)
    if _font_family:
        font = QFont(app.font())
        font.setFamilies([_font_family, *app.font().families()])
        if font.pointSizeF() < 10:
            font.setPointSizeF(10)
        app.setFont(font)
    return _font_family


def choose_language(lang: str | None) -> str | None:
    """The argument, else ARAPP_LANG, else the language chosen last time (QSettings)."""
    if lang:
        return lang
    if os.environ.get("ARAPP_LANG"):
        return os.environ["ARAPP_LANG"]
    saved = ui_settings().value("ui/language")
    return str(saved) if saved else None


def upgrade_message(database) -> str:
    """What the progress dialog says while the schema is upgraded: a SQLite file is
    copied aside first; a PostgreSQL database is not (no backup is claimed for it)."""
    if is_sqlite(database):
        return QCoreApplication.translate("App", "Upgrading the database (a backup copy is made first)…")
    return QCoreApplication.translate("App", "Upgrading the database on the server (arapp makes no backup copy of "
                                             "a PostgreSQL database: the server's own backups apply)…")


def open_books(db_target: str | None, *, create: bool | None = None) -> None:
    """Open the books; when the schema must be upgraded (a copy of the file is made
    first, which takes seconds on a large book), do it on a worker thread behind a
    progress dialog so the screen never freezes. Missing books are made only when
    ``create`` (default: only the default file). Raises what open_database raises."""
    import threading

    from arapp.db import migrations
    from arapp.db.database import db

    if create is None:
        create = is_default_target(db_target) or is_demo_database_path(db_target)
    open_database(db_target, migrate=False, create=create)
    if migrations.current_version(db.obj) == migrations.latest_version():
        open_database(db_target)            # nothing to do; the check is instant
        return
    message = upgrade_message(db.obj)
    close_database()
    outcome: dict[str, BaseException | None] = {"error": None}

    def work() -> None:
        try:
            open_database(db_target)        # migrates on this thread's connection
            db.obj.close()
        except BaseException as exc:  # handed to the UI thread below
            outcome["error"] = exc

    dialog = QProgressDialog(message, "", 0, 0)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    worker = threading.Thread(target=work, name="arapp-migrate", daemon=True)
    worker.start()
    while worker.is_alive():
        QCoreApplication.processEvents()
        worker.join(0.02)
    dialog.close()
    if outcome["error"] is not None:
        raise outcome["error"]
    open_database(db_target)                # the UI thread's own connection; already up to date


def database_is_empty() -> bool:
    from arapp.reports.customers import find_customers

    return not find_customers("", limit=1)


def start_demo_build(runner: JobRunner, parent=None, on_done=None):
    """Fill the database with demo data on a worker thread, behind a progress dialog with Cancel.

    Returns (handle, dialog), or (None, None) when the demo module is not available.
    """
    try:
        from arapp.demo import build_demo
    except ImportError:
        log.warning("arapp.demo is not available; starting with empty books")
        return None, None
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("App", "First start"))
    dialog.setLabelText(QCoreApplication.translate("App", "The books are empty: creating demo customers, invoices and receipts…"))
    dialog.setCancelButtonText(QCoreApplication.translate("App", "Cancel"))
    dialog.setRange(0, 0)
    dialog.setMinimumDuration(0)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)

    def work(progress, cancelled):
        try:
            return build_demo(customers=DEMO_CUSTOMERS, years=DEMO_YEARS, seed=DEMO_SEED,
                              progress=progress, cancel=cancelled)
        except Exception:
            if cancelled():
                raise JobCancelled() from None      # the demo's own DemoCancelled, or any stop
            raise

    def progressed(done: int, total: int) -> None:
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))

    def finish(ok: bool, message: str = "") -> None:
        dialog.close()
        if message:
            common.show_error(None, QCoreApplication.translate("App", "Demo data"), message)
        if on_done is not None:
            on_done(ok)

    handle = runner.submit(
        work, name="demo", on_progress=progressed,
        on_finished=lambda _r: finish(True),
        on_failed=lambda msg: finish(False, QCoreApplication.translate("App", "The demo data could not be created: {error}").format(error=msg)),
        on_cancelled=lambda: finish(False),
    )
    dialog.canceled.connect(handle.cancel)
    dialog.canceled.connect(lambda: dialog.setLabelText(QCoreApplication.translate("App", "Cancelling…")))
    dialog.show()
    return handle, dialog


def run_gui(db_target: str | None = None, lang: str | None = None, *, demo_if_empty: bool | None = None) -> int:
    """Open the window on the books at ``db_target`` (path or postgresql:// URL; None:
    ARAPP_DB or the default file) in ``lang`` ('zh_CN' or 'en'). Returns the exit code.

    On empty books the window switches to the demo books (a file of their own) when
    ``demo_if_empty`` is True; when None (the default) the user is asked first. The
    empty books themselves are never filled with invented customers. The demo books'
    file, opened by name (``arapp --demo``), is filled at once when empty."""
    from arapp.ui.main_window import MainWindow

    if QApplication.instance() is None and headless():
        # An offscreen window nobody can see or close would just hang the terminal.
        from arapp import i18n

        i18n.set_language(choose_language(lang))
        print(i18n.lookup("App", NO_DISPLAY) or NO_DISPLAY, file=sys.stderr)
        return 2
    app = make_application()
    install_translators(choose_language(lang))
    try:
        open_books(db_target)
    except Exception as exc:  # any failure to open the books ends here, with a readable message
        message = exc.message if isinstance(exc, ArappError) else QCoreApplication.translate("App",
            "Cannot open the database {where}: {error}").format(where=describe_target(db_target), error=exc)
        common.show_error(None, QCoreApplication.translate("App", "arapp cannot start"), message)
        return 1

    window = MainWindow(db_target)
    window.show()
    if database_is_empty():
        if is_demo_database_path(describe_target(db_target)):
            window.build_demo_books()
        else:
            if demo_if_empty is None:
                demo_if_empty = common.ask_yes_no(window, QCoreApplication.translate("App", "Empty books"),
                                                  QCoreApplication.translate("App", EMPTY_BOOKS))  # i18n: computed
            if demo_if_empty:
                window.open_demo_books()
    try:
        return app.exec()
    finally:
        window.runner.cancel_all()
        window.runner.wait(10000)
        close_database()
