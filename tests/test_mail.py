"""E-mail (issue #10): the SMTP settings (password never in the audit trail or a log), an
archived document sent as a PDF attachment with a Chinese subject to a local aiosmtpd
server on 127.0.0.1, logged as a contact of method ``email``; a failure says why and logs
nothing; a batch gives each customer's result; `arapp send` and `arapp mail`."""

from __future__ import annotations

import datetime as _dt
import email
import email.policy
import logging
import socket
import sys
import types

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from arapp import cli, clock, i18n
from arapp.db.models import AuditLog, CollectionTask, ContactLog
from arapp.errors import PermissionDenied, ValidationError
from arapp.outbox import mail
from arapp.outbox.common import Job, make_one, run_batch
from arapp.services import collections as col
from arapp.services.context import Actor, set_actor
from arapp.services.customers import ContactInput, create_customer
from arapp.services.documents import DocumentPart
from arapp.services.invoices import create_invoice
from arapp.services.mail_settings import HIDDEN, save_smtp_settings, smtp_settings
from arapp.services.settings import save_company_settings

PASSWORD = "s3cret-口令-Pw!"
DAY = _dt.date(2026, 11, 20)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Sink:
    """Keeps every message; refuses recipients at refused.example."""

    def __init__(self):
        self.envelopes = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 - aiosmtpd's name
        if address.endswith("@refused.example"):
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.envelopes.append(envelope)
        return "250 OK"

    def messages(self):
        return [email.message_from_bytes(e.content, policy=email.policy.default) for e in self.envelopes]


def _authenticator(server, session, envelope, mechanism, auth_data):
    ok = auth_data.login == b"arapp" and auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False)      # handled=False: aiosmtpd answers 535 on a failure


@pytest.fixture
def smtp_server():
    sink = Sink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port, authenticator=_authenticator,
                            auth_require_tls=False)
    controller.start()
    sink.port = port
    yield sink
    controller.stop()


@pytest.fixture
def books(ledger_db, smtp_server):
    """Company and SMTP settings pointing at the local server; four customers: one with an
    e-mail, one whose contact person has one, one without, one the server refuses; an
    overdue invoice each; today's ladder run gives each a task."""
    clock.set(_dt.datetime(2026, 11, 20, 9, 0))
    i18n.set_language("zh_CN")
    save_company_settings({"company.name": "杭州华美物业服务有限公司", "company.phone": "0571-88886666"})
    save_smtp_settings(host="127.0.0.1", port=smtp_server.port, security="none", user="arapp", password=PASSWORD,
                       from_address="ar@huamei.example", from_name="华美物业 应收")
    ids = {
        "mail": create_customer(name="上海锦程贸易有限公司", code="C1", email="finance@jincheng.example").customer_id,
        "contact": create_customer(name="宁波港口物流有限公司", code="C2", contacts=[
            ContactInput("李娜", email="lina@ningbo.example", is_primary=True)]).customer_id,
        "none": create_customer(name="张三", code="C3").customer_id,
        "refused": create_customer(name="拒收公司", code="C4", email="nobody@refused.example").customer_id,
    }
    for cid in ids.values():
        create_invoice(cid, _dt.date(2026, 9, 1), due_date=_dt.date(2026, 10, 1), amount=123456, post=True)
    col.generate_tasks(DAY)
    return ids


def letter_job(customer_id: int, title: str = "催款函") -> Job:
    task = CollectionTask.select().where(CollectionTask.customer == customer_id).first()
    part = DocumentPart(customer_id=customer_id, kind="letter", code="reminder_letter", title=title, lang="zh_CN",
                        task_id=task.id if task else None, amount=123456, as_of=DAY)
    from arapp.documents.letterhead import para
    return Job(story=lambda pieces: [para(f"{title} 测试", pieces.styles["body"])], part=part,
               file_stem=f"{title}-{customer_id}")


def archived_letter(customer_id: int) -> int:
    return make_one(letter_job(customer_id)).document_ids[0]


def email_contacts():
    return list(ContactLog.select().where(ContactLog.method == "email"))


# ------------------------------------------------------------------ settings

def test_smtp_settings_are_saved_and_read_back(books, smtp_server):
    s = smtp_settings()
    assert (s.host, s.port, s.security, s.user, s.password) == ("127.0.0.1", smtp_server.port, "none", "arapp",
                                                                PASSWORD)
    assert s.from_address == "ar@huamei.example" and s.from_name == "华美物业 应收"
    assert PASSWORD not in repr(s)


def test_the_password_never_reaches_the_audit_trail(books):
    save_smtp_settings(password="another-秘密")
    save_smtp_settings(password="")
    trail = " ".join((a.before_json or "") + (a.after_json or "") for a in AuditLog.select())
    assert PASSWORD not in trail and "another-秘密" not in trail
    rows = list(AuditLog.select().where(AuditLog.entity_id == "mail.password").order_by(AuditLog.id))
    assert len(rows) == 3 and HIDDEN in rows[0].after_json and HIDDEN in rows[1].before_json


@pytest.mark.parametrize(("values", "field", "words"), [
    ({"port": 70000}, "mail.port", "70000"),
    ({"port": "abc"}, "mail.port", "abc"),
    ({"from_address": "not-an-address"}, "mail.from_address", "not-an-address"),
    ({"security": "tls13"}, "mail.security", "tls13"),
    ({"host": "smtp example.com"}, "mail.host", "smtp example.com"),
])
def test_bad_settings_are_refused_naming_the_field(books, values, field, words):
    i18n.set_language("en")
    with pytest.raises(ValidationError) as caught:
        save_smtp_settings(**values)
    assert caught.value.field == field and words in caught.value.message
    assert smtp_settings().from_address == "ar@huamei.example"


def test_a_bad_password_is_refused_without_repeating_it(books):
    with pytest.raises(ValidationError) as caught:
        save_smtp_settings(password="pw-xyzzy\nq")
    assert "xyzzy" not in caught.value.message and caught.value.field == "mail.password"


def test_only_settings_editors_change_mail_settings(books):
    set_actor(Actor("lina", "collector"))
    with pytest.raises(PermissionDenied):
        save_smtp_settings(host="smtp.example.com")


# ------------------------------------------------------------------ one document

def test_a_letter_arrives_with_its_pdf_and_a_chinese_subject_and_is_logged_as_an_email_contact(books, smtp_server):
    doc_id = archived_letter(books["mail"])
    result = mail.send_document(doc_id)
    assert result.ok and result.to == "finance@jincheng.example"
    [msg] = smtp_server.messages()
    assert msg["Subject"] == "杭州华美物业服务有限公司催款函（上海锦程贸易有限公司）"     # the template's subject
    assert msg["To"] == "finance@jincheng.example"
    assert msg["From"].addresses[0].display_name == "华美物业 应收"
    body = msg.get_body(("plain",)).get_content()
    assert "上海锦程贸易有限公司" in body and "1,234.56" in body
    [attachment] = list(msg.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == f"催款函-{books['mail']}.pdf"
    assert attachment.get_content().startswith(b"%PDF")
    [contact] = email_contacts()
    task = CollectionTask.select().where(CollectionTask.customer == books["mail"]).first()
    assert contact.customer_id == books["mail"] and contact.task_id == task.id
    assert "finance@jincheng.example" in contact.summary
    assert AuditLog.select().where((AuditLog.action == "send") & (AuditLog.entity == "document")).count() == 1


def test_the_contact_persons_address_is_used_when_the_customer_has_none(books, smtp_server):
    result = mail.send_document(archived_letter(books["contact"]))
    assert result.ok and result.to == "lina@ningbo.example"
    assert smtp_server.envelopes[0].rcpt_tos == ["lina@ningbo.example"]


def test_a_customer_without_an_address_is_refused_by_name_and_nothing_is_sent(books, smtp_server):
    doc_id = archived_letter(books["none"])
    with pytest.raises(ValidationError) as caught:
        mail.send_document(doc_id)
    assert "C3" in caught.value.message and "张三" in caught.value.message
    assert smtp_server.envelopes == [] and email_contacts() == []


def test_a_receipt_goes_out_with_a_plain_subject(books, smtp_server):
    from arapp.outbox.receipts import make_receipt
    from arapp.services import receipts
    r = receipts.record_receipt(books["mail"], DAY, 50000)
    result = mail.send_document(make_receipt(r.number).document_ids[0])
    assert result.ok
    [msg] = smtp_server.messages()
    assert r.number in msg["Subject"] and "杭州华美物业服务有限公司" in msg["Subject"]


def test_a_wrong_port_says_it_cannot_connect_and_logs_nothing(books, smtp_server):
    port = free_port()
    save_smtp_settings(port=port)
    with pytest.raises(mail.MailFailure) as caught:
        mail.send_document(archived_letter(books["mail"]))
    assert f"127.0.0.1:{port}" in caught.value.message and "无法连接" in caught.value.message
    assert email_contacts() == []


def test_a_server_that_never_answers_times_out_and_says_so(books, monkeypatch):
    monkeypatch.setattr(mail, "TIMEOUT", 1)
    with socket.socket() as silent:                 # takes the connection, never greets
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        save_smtp_settings(port=silent.getsockname()[1])
        with pytest.raises(mail.MailFailure) as caught:
            mail.send_document(archived_letter(books["mail"]))
    assert "1 秒内没有响应" in caught.value.message
    assert email_contacts() == []


def test_a_refused_login_says_so_and_logs_nothing(books, smtp_server):
    save_smtp_settings(password="wrong")
    with pytest.raises(mail.MailFailure) as caught:
        mail.send_document(archived_letter(books["mail"]))
    assert "拒绝" in caught.value.message and "arapp" in caught.value.message
    assert smtp_server.envelopes == [] and email_contacts() == []


def test_a_refused_recipient_says_so_and_logs_nothing(books, smtp_server):
    with pytest.raises(mail.MailFailure) as caught:
        mail.send_document(archived_letter(books["refused"]))
    assert "nobody@refused.example" in caught.value.message
    assert email_contacts() == []


def test_a_document_in_a_combined_file_is_not_sent_with_the_others_pages(books, smtp_server, tmp_path):
    batch = run_batch([letter_job(books["mail"]), letter_job(books["contact"])], tmp_path / "all.pdf", combined=True,
                      file_name="all")
    with pytest.raises(ValidationError) as caught:
        mail.send_document(batch.document_ids[1])
    assert "2" in caught.value.message
    assert smtp_server.envelopes == []


def test_a_cashier_may_not_send(books, smtp_server):
    doc_id = archived_letter(books["mail"])
    set_actor(Actor("wangfang", "cashier"))
    with pytest.raises(PermissionDenied):
        mail.send_document(doc_id)
    assert smtp_server.envelopes == []


def test_the_password_is_in_no_log_record_nor_message(books, smtp_server, caplog):
    caplog.set_level(logging.DEBUG)
    doc_id = archived_letter(books["mail"])
    save_smtp_settings(password=PASSWORD + "x")         # a refused login: the message must not echo it
    with pytest.raises(mail.MailFailure) as caught:
        mail.send_document(doc_id)
    save_smtp_settings(password=PASSWORD)
    assert mail.send_document(doc_id).ok
    assert mail.test_smtp()
    assert PASSWORD not in caplog.text and PASSWORD not in caught.value.message


def test_test_smtp_says_it_logged_in(books, smtp_server):
    i18n.set_language("en")
    said = mail.test_smtp()
    assert f"127.0.0.1:{smtp_server.port}" in said and "arapp" in said
    save_smtp_settings(password="wrong")
    with pytest.raises(mail.MailFailure):
        mail.test_smtp()


# ------------------------------------------------------------------ a batch

def test_a_batch_gives_each_customers_result(books, smtp_server):
    ids = [archived_letter(books[k]) for k in ("mail", "none", "contact", "refused")]
    results = mail.send_documents(ids)
    assert [r.ok for r in results] == [True, False, True, False]
    assert [r.customer_code for r in results] == ["C1", "C3", "C2", "C4"]
    assert "张三" in results[1].message
    assert "nobody@refused.example" in results[3].message
    assert len(smtp_server.envelopes) == 2
    assert sorted(c.customer_id for c in email_contacts()) == sorted([books["mail"], books["contact"]])


def test_a_batch_against_a_server_that_is_down_sends_nothing_and_says_why_for_each(books):
    save_smtp_settings(port=free_port())
    results = mail.send_documents([archived_letter(books["mail"]), archived_letter(books["contact"])])
    assert not any(r.ok for r in results)
    assert all("无法连接" in r.message for r in results)
    assert email_contacts() == []


# ------------------------------------------------------------------ the command line

@pytest.fixture
def cli_books(tmp_path, smtp_server):
    path = str(tmp_path / "cli.sqlite3")
    clock.set(_dt.datetime(2026, 11, 20, 9, 0))
    assert cli.main(["init", path]) == 0
    for args in (["customer", "add", "--name", "上海锦程贸易有限公司", "--code", "C1", "--email", "a@jincheng.example"],
                 ["customer", "add", "--name", "张三", "--code", "C3"],
                 ["invoice", "add", "--customer", "C1", "--date", "2026-09-01", "--amount", "1000.00"],
                 ["receipt", "add", "--customer", "C1", "--date", "2026-11-20", "--amount", "300.00"],
                 ["receipt", "add", "--customer", "C3", "--date", "2026-11-20", "--amount", "10.00"]):
        assert cli.main(["--db", path, *args]) == 0
    assert cli.main(["--db", path, "mail", "set", "--host", "127.0.0.1", "--port", str(smtp_server.port),
                     "--security", "none", "--smtp-user", "arapp", "--password", PASSWORD,
                     "--from", "ar@huamei.example"]) == 0
    return path


def test_cli_mail_show_and_set_never_print_the_password(cli_books, capsys, tmp_path):
    assert cli.main(["--db", cli_books, "mail", "show"]) == 0
    out = capsys.readouterr().out
    assert "127.0.0.1" in out and HIDDEN in out and PASSWORD not in out
    assert cli.main(["--db", cli_books, "mail", "set", "--port", "99999"]) == 2
    assert "99999" in capsys.readouterr().err


def test_cli_mail_test_connects(cli_books, capsys):
    assert cli.main(["--db", cli_books, "--lang", "en", "mail", "test"]) == 0
    assert "logged in as arapp" in capsys.readouterr().out


def test_cli_send_documents_dry_run_sends_nothing_then_sends(cli_books, capsys, smtp_server, tmp_path):
    for n in (1, 2):
        assert cli.main(["--db", cli_books, "receipts", "print", "--date", "2026-11-20", "-o",
                         str(tmp_path / f"r{n}")]) == 0
    capsys.readouterr()
    assert cli.main(["--db", cli_books, "--lang", "en", "send", "documents", "1", "2", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "a@jincheng.example" in out and "no e-mail address" in out and "1 of 2 would be sent" in out
    assert smtp_server.envelopes == []
    assert cli.main(["--db", cli_books, "--lang", "en", "send", "documents", "1", "2"]) == 2   # one was not sent
    out = capsys.readouterr().out
    assert "1 sent, 1 not sent" in out and "C3" in out
    assert len(smtp_server.envelopes) == 1


def _fake_letters(monkeypatch, customer_ids):
    """outbox.letters as its helper will write it, reduced to what `send letters` calls."""
    fake = types.ModuleType("arapp.outbox.letters")
    fake.letters_due = lambda on, level=None: [letter_job(c) for c in customer_ids]

    def make_letters(on, out, *, level=None, combined=False, progress=None, cancelled=None):
        return run_batch([letter_job(c) for c in customer_ids], out, combined=combined, file_name="letters")

    fake.make_letters = make_letters
    monkeypatch.setitem(sys.modules, "arapp.outbox.letters", fake)


def test_cli_send_letters_makes_then_sends_with_a_made_up_letters_maker(cli_books, smtp_server, monkeypatch, capsys):
    """The letters' maker is another helper's (outbox.letters, not on main yet): a
    stand-in with its names shows the command makes the letters, then sends each."""
    from arapp.db import database
    from arapp.reports.documents import documents
    _fake_letters(monkeypatch, [1, 2])                  # C1 has an e-mail address, C3 none
    assert cli.main(["--db", cli_books, "--lang", "en", "send", "letters", "--date", "2026-11-20", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "a@jincheng.example" in out and "1 of 2 would be sent" in out
    database.open_database(cli_books)
    assert documents(kind="letter") == []               # a dry run makes nothing
    database.close_database()
    assert cli.main(["--db", cli_books, "--lang", "en", "send", "letters", "--date", "2026-11-20"]) == 2
    out = capsys.readouterr().out
    assert "1 sent, 1 not sent" in out and "C3" in out
    assert len(smtp_server.envelopes) == 1
    database.open_database(cli_books)
    try:
        assert len(documents(kind="letter")) == 2
    finally:
        database.close_database()


def test_cli_send_statements_without_the_statements_maker_says_so(cli_books, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "arapp.outbox.statements", None)
    assert cli.main(["--db", cli_books, "--lang", "en", "send", "statements", "--from", "2026-10-01", "--to",
                     "2026-10-31"]) == 2
    assert "cannot make statements" in capsys.readouterr().err


def test_cli_send_statements_makes_then_sends_with_a_made_up_statements_maker(cli_books, capsys, monkeypatch,
                                                                             smtp_server):
    fake = types.ModuleType("arapp.outbox.statements")

    def job(customer_id):
        part = DocumentPart(customer_id=customer_id, kind="statement", code="statement", title="对账单", lang="zh_CN",
                            period_from=_dt.date(2026, 10, 1), period_to=_dt.date(2026, 10, 31), amount=70000)
        from arapp.documents.letterhead import para
        return Job(story=lambda pieces: [para("对账单", pieces.styles["body"])], part=part, file_stem=f"st-{customer_id}")

    fake.statement_customers = lambda start, end: [1, 2]
    fake.make_statements = lambda start, end, out, *, combined=False, **kw: run_batch(
        [job(1), job(2)], out, combined=combined, file_name="st")
    monkeypatch.setitem(sys.modules, "arapp.outbox.statements", fake)
    assert cli.main(["--db", cli_books, "send", "statements", "--from", "2026-10-01", "--to", "2026-10-31"]) == 2
    [msg] = smtp_server.messages()
    assert "对账单" in msg["Subject"]
    assert "2026-10-01" in msg.get_body(("plain",)).get_content()
