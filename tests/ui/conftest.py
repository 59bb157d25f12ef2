"""UI test fixtures: offscreen Qt, a fresh SQLite ledger per test, Chinese by default,
settings and data under a temporary ARAPP_DATA_DIR, and message boxes that never block."""

from __future__ import annotations

import datetime as _dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from arapp.db import database  # noqa: E402


@pytest.fixture(scope="session")
def ui_app(qapp):
    """The QApplication with the CJK font; translators are installed per test."""
    from arapp.ui.app import install_cjk_font

    install_cjk_font(qapp)
    return qapp


@pytest.fixture(autouse=True)
def _ui_isolation(_isolated, ui_app, tmp_path, monkeypatch):
    """Chinese UI (the default), data and QSettings under the test's tmp dir."""
    from PySide6.QtCore import QSettings

    from arapp.ui.translator import install_translators

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    data_dir = tmp_path / "data"
    data_dir.mkdir(exist_ok=True)
    monkeypatch.setenv("ARAPP_DATA_DIR", str(data_dir))
    monkeypatch.delenv("ARAPP_LANG", raising=False)
    install_translators("zh_CN")
    yield
    install_translators("en")


class Messages:
    """What the code under test would have shown in message boxes."""

    def __init__(self):
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.questions: list[tuple[str, str]] = []
        self.answer_yes = True
        self.text_answer: str | None = None


@pytest.fixture(autouse=True)
def messages(monkeypatch) -> Messages:
    from arapp.ui import common

    box = Messages()
    monkeypatch.setattr(common, "show_error", lambda _p, title, text: box.errors.append((title, text)))
    monkeypatch.setattr(common, "show_info", lambda _p, title, text: box.infos.append((title, text)))

    def ask(_p, title, text):
        box.questions.append((title, text))
        return box.answer_yes

    def ask_text(_p, title, text):
        box.questions.append((title, text))
        return box.text_answer

    monkeypatch.setattr(common, "ask_yes_no", ask)
    monkeypatch.setattr(common, "ask_text", ask_text)
    return box


@pytest.fixture
def ui_db(tmp_path):
    """A fresh, migrated SQLite ledger for this test."""
    path = tmp_path / "books.sqlite3"
    d = database.open_database(path)
    yield path
    database.close_database()
    del d


@pytest.fixture
def runner(ui_db, qtbot):
    """A job runner whose jobs are all finished before the database closes."""
    from arapp.ui.jobs import JobRunner

    r = JobRunner()
    yield r
    r.cancel_all()
    assert r.wait(10000)
    qtbot.wait(1)


@pytest.fixture
def main_window(ui_db, qtbot):
    from arapp.ui.main_window import MainWindow

    window = MainWindow(str(ui_db))
    qtbot.addWidget(window)
    window.show()
    yield window
    window.runner.cancel_all()
    window.runner.wait(10000)
    window.close()


@pytest.fixture
def op(qtbot):
    """op(action, *args, ops=None): call ``action`` (a dialog's save, a tab's post...),
    which starts a write as an operation, and wait until that operation has ended;
    returns its Outcome (``.ok``, ``.result``, ``.error``). The operations are the
    action's owner's ``ops`` unless given. Fails if the action sent nothing."""

    def run(action, *args, ops=None, timeout: int = 10000):
        ops = ops or action.__self__.ops
        ended = []

        def got(outcome):
            ended.append(outcome)

        ops.finished.connect(got)
        try:
            started = action(*args)
            assert started is not False, "refused before anything was sent"
            qtbot.waitUntil(lambda: bool(ended), timeout=timeout)
        finally:
            ops.finished.disconnect(got)
        return ended[0]

    return run


@pytest.fixture
def wait_loaded(qtbot):
    """wait_loaded(model): until the model's page in flight has arrived."""

    def wait(model, timeout: int = 5000) -> None:
        qtbot.waitUntil(lambda: not model.loading, timeout=timeout)

    return wait


class Books:
    """Small ledgers built through the services, for the UI to show."""

    def customer(self, name: str = "上海锦程贸易有限公司", **values) -> int:
        from arapp.services.customers import create_customer

        return create_customer(name=name, **values).customer_id

    def invoice(self, customer_id: int, amount: int, issue: _dt.date, *, due: _dt.date | None = None,
                post: bool = True) -> int:
        from arapp.services.invoices import create_invoice

        return create_invoice(customer_id, issue, due_date=due, amount=amount, description="服务费",
                              post=post).invoice_id


@pytest.fixture
def books(ui_db) -> Books:
    return Books()


@pytest.fixture
def fake_outbox(monkeypatch, ui_db):
    """The document makers faked (tests/ui/fake_outbox.py): small real PDFs, archived for real."""
    from fake_outbox import install

    return install(monkeypatch)

