"""Stand-ins for the document makers (arapp.outbox.letters, .statements, .receipts, .mail)
while they are built on other branches, so the window's side of documents can be tested.

Each fake has the makers' agreed name and signature and makes a small real PDF through
the real arapp.outbox.common (make_one / run_batch / render) and archives it through the
real services.documents, so the archive, the contact a letter logs, the batch's cancel
and the Changes the window broadcasts are all the real ones; only the documents' content
is a placeholder. ``install(monkeypatch)`` puts them in sys.modules (the window imports
the makers lazily, by name) and returns a :class:`Fakes` to steer them.

To switch a test to the real makers once they are on main, drop the ``fake_outbox``
fixture from it (tests/ui/conftest.py) and give its books what the real makers need.
"""

from __future__ import annotations

import sys
import time
import types
from dataclasses import dataclass, field

import arapp.outbox
from arapp.errors import Cancelled
from arapp.outbox.common import Job, language, make_one, render, run_batch
from arapp.services.documents import DocumentPart


@dataclass(frozen=True)
class LetterDue:
    task_id: int
    customer_id: int
    customer_code: str
    customer_name: str
    level_seq: int
    code: str
    amount: int


@dataclass(frozen=True)
class SendResult:
    ok: bool
    error: str
    to: str
    customer_code: str
    changes: object = None


@dataclass
class Fakes:
    """What the fakes return and what they were asked."""

    due: list[LetterDue] = field(default_factory=list)
    statement_customers: list[int] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    delay: float = 0.0                  # seconds per document in a batch (to cancel one half-way)
    message: str = "您好，贵司尚有应付账款 ¥1,200.00 已逾期，请尽快付款。"
    send_ok: bool = True
    send_error: str = ""
    calls: list[tuple[str, tuple, dict]] = field(default_factory=list)


def _job(customer_id: int, kind: str, title: str, *, delay: float = 0.0, **part) -> Job:
    def story(pieces):
        if delay:
            time.sleep(delay)
        return [pieces.title(title), pieces.body(f"{title}：此为测试文件。A test document.")]

    return Job(story, DocumentPart(customer_id=customer_id, kind=kind, title=title, lang=language(), **part),
               file_stem=title)


def _customer_id(customer) -> int:
    from arapp.db import lookups

    return lookups.customer(customer).id


def install(monkeypatch) -> Fakes:
    """Put the fake makers where ``from arapp.outbox import letters`` (etc.) finds them."""
    fakes = Fakes()

    def called(name, *args, **kwargs):
        fakes.calls.append((name, args, kwargs))

    # -- letters
    def make_letter(customer, *, code=None, task=None, on=None, out=None):
        called("make_letter", customer, code=code, task=task, on=on, out=out)
        code = code or "reminder_letter"
        return make_one(_job(_customer_id(customer), "letter", f"催款函-{customer}", code=code, task_id=task,
                             contact=f"寄出 {code}" if task else ""), out=out)

    def preview_letter(customer, code, *, on=None, template=None):
        called("preview_letter", customer, code, on=on, template=template)
        return render([_job(_customer_id(customer), "letter", f"预览-{code}", code=code)])[0]

    def letters_due(on, *, level=None):
        called("letters_due", on, level=level)
        return [d for d in fakes.due if level is None or d.level_seq == level]

    def make_letters(on, out, *, level=None, combined=True, progress=None, cancelled=None):
        called("make_letters", on, out, level=level, combined=combined)
        jobs = [_job(d.customer_id, "letter", f"催款函-{d.customer_code}", delay=fakes.delay, code=d.code,
                     task_id=d.task_id, contact=f"寄出 {d.code}") for d in letters_due(on, level=level)]
        result = run_batch(jobs, out, combined=combined, file_name=f"letters-{on}", progress=progress,
                           cancelled=cancelled)
        result.skipped = list(fakes.skipped)
        return result

    def message_text(customer, *, task=None, code=None, on=None):
        called("message_text", customer, task=task, code=code, on=on)
        return fakes.message

    def record_message(customer, text, method, *, task=None):
        called("record_message", customer, text, method, task=task)
        from arapp.services.collections import log_contact

        return log_contact(customer, method, text, task=task)

    # -- statements
    def make_statement(customer, start, end, *, open_only=False, out=None):
        called("make_statement", customer, start, end, open_only=open_only, out=out)
        return make_one(_job(_customer_id(customer), "statement", f"对账单-{customer}", code="statement",
                             period_from=start, period_to=end), out=out)

    def preview_statement(customer, start, end, *, open_only=False):
        return render([_job(_customer_id(customer), "statement", "对账单预览")])[0]

    def statement_customers(start, end):
        called("statement_customers", start, end)
        return list(fakes.statement_customers)

    def make_statements(start, end, out, *, combined=False, open_only=False, progress=None, cancelled=None):
        called("make_statements", start, end, out, combined=combined, open_only=open_only)
        jobs = [_job(c, "statement", f"对账单-{c}", delay=fakes.delay, code="statement", period_from=start,
                     period_to=end) for c in fakes.statement_customers]
        result = run_batch(jobs, out, combined=combined, file_name=f"statements-{start}-{end}",
                           progress=progress, cancelled=cancelled)
        result.skipped = list(fakes.skipped)
        return result

    # -- receipts
    def make_receipt(receipt, *, two_copies=False, out=None):
        called("make_receipt", receipt, two_copies=two_copies, out=out)
        from arapp.reports.receipt_list import receipt_detail

        row = receipt_detail(receipt).row
        return make_one(_job(row.customer_id, "receipt", f"收据-{row.number}", receipt_id=row.id,
                             amount=row.amount), out=out)

    def make_receipts(on, out, *, combined=True, two_copies=False, progress=None, cancelled=None):
        called("make_receipts", on, out, combined=combined, two_copies=two_copies)
        if cancelled is not None and cancelled():
            raise Cancelled()
        return run_batch([], out, combined=combined, file_name=f"receipts-{on}")

    # -- mail
    def send_document(document_id, *, to=None):
        called("send_document", document_id, to=to)
        from arapp.reports.documents import document

        d = document(document_id)
        return SendResult(fakes.send_ok, fakes.send_error, to or "finance@example.com", d.customer_code)

    modules = {
        "letters": dict(make_letter=make_letter, preview_letter=preview_letter, letters_due=letters_due,
                        make_letters=make_letters, message_text=message_text, record_message=record_message,
                        LetterDue=LetterDue),
        "statements": dict(make_statement=make_statement, preview_statement=preview_statement,
                           statement_customers=statement_customers, make_statements=make_statements),
        "receipts": dict(make_receipt=make_receipt, make_receipts=make_receipts),
        "mail": dict(send_document=send_document, SendResult=SendResult),
    }
    for name, members in modules.items():
        module = types.ModuleType(f"arapp.outbox.{name}")
        module.__dict__.update(members)
        monkeypatch.setitem(sys.modules, f"arapp.outbox.{name}", module)
        monkeypatch.setattr(arapp.outbox, name, module, raising=False)
    return fakes


def without_mail(monkeypatch) -> None:
    """As if arapp.outbox.mail were not there: importing it fails."""
    monkeypatch.setitem(sys.modules, "arapp.outbox.mail", None)
    monkeypatch.delattr(arapp.outbox, "mail", raising=False)
