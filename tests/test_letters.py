"""Reminder letters by ladder level (issue #10): what a 催款函 says (read back with
pdftotext), late fees only under a policy and as computed by hand, the letters the
matrix routes, the archive's template version and the task's ``letter`` contact, a
template with an unknown placeholder refused, a cancellable batch, the message text.

The book (tests/letters_book.py): a large debt 12,000.00 due 02-04 and 8,000.00 due
02-09, 5,000.00 coming due 02-20; a small one 3,000.00 due 02-04; the day 2026-02-14.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from letters_book import BANK_ACCOUNT, D, book, pdf_text, shows

from arapp import i18n
from arapp.db.models import AuditLog, CollectionTask, ContactLog, Customer, Document
from arapp.errors import Cancelled, ValidationError
from arapp.outbox import letters
from arapp.services import collections as col
from arapp.services import letter_settings, templates
from arapp.services.context import Actor, acting_as

DAY = D(2026, 2, 14)


@pytest.fixture
def books(ledger_db):
    i18n.set_language("zh_CN")
    b = book(DAY)
    col.generate_tasks(DAY)
    return b


def task_of(code: str) -> CollectionTask:
    return (CollectionTask.select().join(Customer).where((Customer.code == code) & (CollectionTask.status == "open"))
            .get())


def test_a_reminder_letter_shows_the_customer_each_invoice_the_totals_the_deadline_and_the_bank(books, tmp_path):
    text = pdf_text(letters.preview_letter(books["big"], "reminder_letter", on=DAY), tmp_path)
    assert shows(text, "催款函", "杭州远航贸易有限公司", books["a"][1], books["b"][1])
    assert not shows(text, books["c"][1])                # not yet due: not in a 催款函
    assert shows(text, "逾期金额合计人民币20,000.00元（大写：贰万元整）")
    assert shows(text, "请贵司于2026年2月21日前将人民币20,000.00元")   # seven days after the letter's date
    assert shows(text, BANK_ACCOUNT, "中国工商银行上海张江支行")
    assert "违约金" not in text                          # no late-fee policy: no sentence, no column
    assert Document.select().count() == 0              # a preview archives nothing


def test_the_late_fee_appears_only_under_a_policy_and_equals_the_hand_computation(books, tmp_path):
    letter_settings.save_letter_settings(rate_per_mille="0.5", grace_days=0)
    values = letters.letter_values(books["big"], "reminder_letter", on=DAY)
    # 12,000.00 × 0.5‰ × 10 days = 60.00; 8,000.00 × 0.5‰ × 5 days = 20.00
    assert (values["late_fee"], values["amount_due"], values["amount_due_capitals"]) == (
        "80.00", "20,080.00", "贰万零捌拾元整")
    assert "0.5‰" in values["late_fee_note"] and "80.00" in values["late_fee_note"]
    text = pdf_text(letters.preview_letter(books["big"], "reminder_letter", on=DAY), tmp_path)
    assert shows(text, "违约金合计人民币80.00元（大写：捌拾元整）")
    rows = {line.split()[0]: line.split() for line in text.splitlines() if line.strip().startswith("INV-")}
    assert rows[books["a"][1]][-2:] == ["10", "60.00"] and rows[books["b"][1]][-2:] == ["5", "20.00"]
    assert shows(text, "将人民币20,080.00元（大写：贰万零捌拾元整）")
    # a grace of 7 days leaves 3 days on the first invoice and none on the second: 18.00
    letter_settings.save_letter_settings(grace_days=7)
    values = letters.letter_values(books["big"], "reminder_letter", on=DAY)
    assert (values["late_fee"], values["amount_due"]) == ("18.00", "20,018.00")
    letter_settings.save_letter_settings(no_late_fee=True)
    values = letters.letter_values(books["big"], "reminder_letter", on=DAY)
    assert (values["late_fee_note"], values["amount_due"]) == ("", "20,000.00")


def test_letter_settings_refuse_a_bad_value_naming_the_field_and_are_audited(books):
    with pytest.raises(ValidationError) as err:
        letter_settings.save_letter_settings(rate_per_mille="0.1234")
    assert err.value.field == letter_settings.RATE_KEY and "0.1234" in err.value.message
    with pytest.raises(ValidationError) as err:
        letter_settings.save_letter_settings(deadline_days="0")
    assert err.value.field == letter_settings.DEADLINE_KEY
    with acting_as(Actor("liuyang", "collector")), pytest.raises(Exception, match="settings.edit"):
        letter_settings.save_letter_settings(deadline_days=10)
    assert letter_settings.get_letter_settings() == letter_settings.LetterSettings(None, 7)
    letter_settings.save_letter_settings(rate_per_mille="3", grace_days="5", cap_at_principal=True, deadline_days=10)
    got = letter_settings.get_letter_settings()
    assert (str(got.late_fee.rate_per_mille), got.late_fee.grace_days, got.late_fee.cap_at_principal,
            got.deadline_days) == ("3", 5, True, 10)
    keys = {a.entity_id for a in AuditLog.select().where(AuditLog.entity == "company_setting")}
    assert {letter_settings.RATE_KEY, letter_settings.DEADLINE_KEY} <= keys
    assert letters.letter_values(books["big"], "reminder_letter", on=DAY)["deadline"] == "2026年2月24日"


def test_letters_due_follow_the_matrix_a_young_small_debt_gets_none(books):
    small, big = task_of(books["small"]), task_of(books["big"])
    assert (small.procedure, small.letter_template) == ("reminder", "")
    assert (big.procedure, big.letter_template) == ("key", "reminder_letter")
    due = letters.letters_due(DAY)
    assert [(d.customer_code, d.level_seq, d.code, d.task_id) for d in due] == [
        (books["big"], 4, "reminder_letter", big.id)]
    assert letters.letters_due(DAY, level=5) == []
    assert letters.letters_due(DAY - dt.timedelta(days=1)) == []     # the task is due from its day on


def test_a_letter_for_a_task_logs_a_letter_contact_and_records_the_template_version(books, tmp_path):
    current = templates.current("reminder_letter", "zh_CN")
    saved = templates.save_template("reminder_letter", "zh_CN", title="催款通知函", body=current.body,
                                    subject=current.subject, email=current.email, message=current.message)
    task = task_of(books["big"])
    made = letters.make_letter(books["big"], task=task.id, on=DAY, out=tmp_path / "letter.pdf")
    assert (tmp_path / "letter.pdf").read_bytes() == made.content
    doc = Document.get_by_id(made.document_ids[0])
    assert (doc.kind, doc.code, doc.task_id, doc.template_id, doc.amount) == (
        "letter", "reminder_letter", task.id, saved.template.id, 2_000_000)
    contact = ContactLog.get(ContactLog.task == task.id)
    assert contact.method == "letter" and contact.summary == "催款通知函（第2版）已生成"
    assert shows(pdf_text(made.content, tmp_path), "催款通知函")
    assert letters.letters_due(DAY) == []                          # made once per task


def test_a_template_with_an_unknown_placeholder_is_refused_naming_it(books):
    current = templates.current("reminder_letter", "zh_CN")
    with pytest.raises(ValidationError) as err:
        templates.save_template("reminder_letter", "zh_CN", title=current.title, body=current.body + "\n\n{no_such}")
    assert "{no_such}" in err.value.message
    assert templates.current("reminder_letter", "zh_CN").version == 1


def test_the_batch_is_cancellable_and_a_cancelled_batch_archives_and_logs_nothing(books, tmp_path):
    b2 = book_more(books)
    col.generate_tasks(DAY)
    assert len(letters.letters_due(DAY)) == 2
    seen = []
    with pytest.raises(Cancelled):
        letters.make_letters(DAY, tmp_path / "all.pdf", progress=lambda done, total: seen.append(done),
                             cancelled=lambda: len(seen) >= 2)
    assert not (tmp_path / "all.pdf").exists()
    assert Document.select().count() == 0
    assert ContactLog.select().where(ContactLog.method == "letter").count() == 0
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Cancelled):
        letters.make_letters(DAY, folder, combined=False, cancelled=lambda: len(list(folder.iterdir())) >= 1)
    assert list(folder.iterdir()) == [] and Document.select().count() == 0
    result = letters.make_letters(DAY, folder, combined=False)
    assert result.documents == 2 and len(result.files) == 2
    assert ContactLog.select().where(ContactLog.method == "letter").count() == 2
    assert shows(pdf_text(result.files[0].read_bytes(), tmp_path) + pdf_text(result.files[1].read_bytes(), tmp_path),
                 b2, "杭州远航贸易有限公司")


def book_more(books) -> str:
    """A second large debt overdue, so the batch holds two letters."""
    from letters_book import customer, invoice

    from arapp import clock

    clock.set(D(2026, 1, 20))
    code = customer("宁波港城物流有限公司")
    invoice(code, D(2026, 1, 8), 1_500_000)
    clock.set(DAY)
    return "宁波港城物流有限公司"


def test_a_payment_reminder_lists_what_falls_due(books, tmp_path):
    text = pdf_text(letters.preview_letter(books["big"], "payment_reminder", on=D(2026, 1, 30)), tmp_path)
    assert shows(text, "付款提醒函", books["a"][1], books["b"][1], books["c"][1])
    assert shows(text, "将于2026年2月4日起陆续到期，合计人民币25,000.00元（大写：贰万伍仟元整）")


def test_the_message_text_is_the_levels_and_is_recorded_when_sent(books):
    text = letters.message_text(books["big"], task=task_of(books["big"]).id, on=DAY)
    assert "20,000.00" in text and BANK_ACCOUNT in text and "2026年2月21日" in text
    # a level without a letter: the overdue reminder's message once something is overdue
    small = letters.message_text(books["small"], task=task_of(books["small"]).id, on=DAY)
    assert "3,000.00" in small and "逾期" in small
    # before anything is due: the payment reminder's
    early = letters.message_text(books["big"], on=D(2026, 1, 30))
    assert "25,000.00" in early and "到期" in early
    with pytest.raises(ValidationError):
        letters.record_message(books["big"], text, "letter")
    letters.record_message(books["big"], text, "wechat", task=task_of(books["big"]).id)
    logged = ContactLog.get(ContactLog.method == "wechat")
    assert logged.summary == text and logged.task_id == task_of(books["big"]).id


def test_a_task_with_no_letter_needs_a_letter_named(books):
    with pytest.raises(ValidationError) as err:
        letters.letter_job(books["small"], task=task_of(books["small"]).id)
    assert err.value.field == "code"
    with pytest.raises(ValidationError):
        letters.letter_job(books["small"], task=task_of(books["big"]).id)     # another customer's task


@pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
                    reason="zbarimg (zbar-tools) is not installed")
def test_the_drawn_payment_qr_reads_back_the_account_amount_and_reference(books, tmp_path):
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(letters.preview_letter(books["big"], "reminder_letter", on=DAY))
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True)
    page = next(tmp_path.glob("page*.png"))
    read = subprocess.run(["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True).stdout
    assert BANK_ACCOUNT in read and "20000.00" in read and books["big"] in read


def test_a_person_is_addressed_as_nin_and_a_company_as_guisi(books, tmp_path):
    """Owners, tenants and individuals are people: the letter says 您, never 贵司 (your company)."""
    from arapp.services import customers, invoices

    person = customers.create_customer(name="沈艳慧", code="P1", kind="owner").code
    invoices.create_invoice(person, D(2026, 1, 1), due_date=D(2026, 1, 10), amount=50_000, post=True)
    text = pdf_text(letters.preview_letter(person, "reminder_letter", on=DAY), tmp_path)
    assert shows(text, "截至2026年2月14日，您尚有下列款项") and "贵司" not in text
    assert "您" in letters.message_text(person, code="reminder_letter", on=DAY)
    company_text = pdf_text(letters.preview_letter(books["big"], "reminder_letter", on=DAY), tmp_path)
    assert shows(company_text, "截至2026年2月14日，贵司尚有下列款项")


def test_the_lawyers_draft_is_never_e_mailed_to_the_customer(books):
    from arapp.outbox import mail

    made = letters.make_letter(books["big"], code="lawyer_letter", on=DAY)
    with pytest.raises(ValidationError, match="律师"):
        mail.outgoing(made.document_ids[0], to="caiwu@example.com")
