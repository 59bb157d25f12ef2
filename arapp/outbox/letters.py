"""Reminder letters by ladder level (付款提醒函, 催款函, 还款计划函, 最后催告函, 律师函 draft)
and the short message text for WeChat or SMS.

A letter is the current version of its template (``services.templates.current``, in the
language documents are made in) filled from the customer's letter facts on the day
(:mod:`arapp.reports.letters`): the overdue invoices in a table with their days overdue
and, under a late-fee policy (``services.letter_settings``), their late fees; the totals
in figures and in capitals (大写); the deadline (the letter's date plus the set days);
the payment block with the collection QR; the signature with the seal. The archive keeps
the file, the template version that made it and, for a task, a ``letter`` contact
(:func:`arapp.services.documents.archive`).

:func:`make_letters` makes the day's batch: every open task whose routed level sends a
letter and that has none yet (:func:`letters_due`), facts read in a few set queries,
laid into one PDF or one file per customer, archived only when all are finished.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from arapp import clock, names
from arapp.domain import money
from arapp.domain import templates as tpl
from arapp.domain import vocabulary as vocab
from arapp.domain.late_fees import format_rate
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.outbox.common import (
    BatchResult,
    CancelledFn,
    Job,
    Made,
    ProgressFn,
    language,
    long_date,
    make_one,
    run_batch,
    you,
)
from arapp.reports import letters as facts_report
from arapp.reports.company import Letterhead, letterhead
from arapp.reports.letters import LetterFacts, LetterTask
from arapp.services import letter_settings, templates
from arapp.services.collections import log_contact
from arapp.services.documents import DocumentPart
from arapp.services.settings import check_book_date

#: The letter that lists what is coming due rather than what is overdue.
COMING_DUE_CODE = "payment_reminder"
#: The letter whose message a level without a letter uses once something is overdue.
OVERDUE_CODE = "reminder_letter"
#: How a sent message may be recorded.
MESSAGE_METHODS = vocab.MESSAGE_METHODS


def document_date(day: _dt.date) -> str:
    """A date as the letters print it: 2026年11月20日 in Chinese, 2026-11-20 in English."""
    return long_date(day)


def _figure(fen: int) -> str:
    return money.format_amount(fen, symbol=False)


def _late_fee_note(facts: LetterFacts) -> str:
    """The sentence on late fees ('' without a policy or with no fee to the date)."""
    policy = facts.late_fee_policy
    if policy is None or facts.late_fee_total <= 0:
        return ""
    # The capitals (大写) are the Chinese letters'; the English templates give figures only.
    capitals = tr("letters", " (in capitals: {words})", words=money.amount_in_words(facts.late_fee_total)) \
        if language() == "zh_CN" else ""
    args = dict(rate=format_rate(policy.rate_per_mille), date=document_date(facts.on),
                fee=_figure(facts.late_fee_total), fee_capitals=capitals)
    if policy.grace_days:
        text = tr("letters", "As agreed, overdue amounts bear a late fee of {rate}‰ a day once a grace of {grace} "
                             "days after the due date has passed; to {date} the late fees come to CNY {fee}{fee_capitals}, included "
                             "in the amount due below.", grace=policy.grace_days, **args)
    else:
        text = tr("letters", "As agreed, overdue amounts bear a late fee of {rate}‰ a day from the day after the due "
                             "date; to {date} the late fees come to CNY {fee}{fee_capitals}, included in the "
                             "amount due below.", **args)
    if policy.cap_at_principal:
        text += tr("letters", " The late fee on an invoice is at most its unpaid amount.")
    return text


def _values(facts: LetterFacts, head: Letterhead, code: str, deadline_days: int) -> dict[str, str]:
    """LETTER_FIELDS filled from the facts, the letterhead and the deadline."""
    coming = code == COMING_DUE_CODE
    listed = facts.coming if coming else facts.overdue
    when = facts.on
    oldest = facts.oldest_due_date
    coming_date = facts.coming_due_date
    return {
        "company_name": head.name, "company_address": head.address, "company_phone": head.phone,
        "company_contact": head.contact, "bank": head.bank, "bank_account": head.bank_account,
        "customer_name": facts.name, "customer_code": facts.code, "contact_person": facts.contact_person,
        "customer_address": facts.address, "date": document_date(when), "reference": facts.code,
        "you": you(facts.customer_id),
        "open_total": _figure(facts.open_total), "open_total_capitals": money.amount_in_words(facts.open_total),
        "overdue_total": _figure(facts.overdue_total),
        "overdue_total_capitals": money.amount_in_words(facts.overdue_total),
        "late_fee": _figure(facts.late_fee_total), "late_fee_note": _late_fee_note(facts),
        "amount_due": _figure(facts.amount_due), "amount_due_capitals": money.amount_in_words(facts.amount_due),
        "coming_due_total": _figure(facts.coming_total),
        "coming_due_total_capitals": money.amount_in_words(facts.coming_total),
        "coming_due_date": document_date(coming_date) if coming_date else "",
        "invoice_count": str(len(listed)), "days_overdue": str(facts.days_overdue),
        "oldest_due_date": document_date(oldest) if oldest else "",
        "deadline": document_date(when + _dt.timedelta(days=deadline_days)),
    }


def _task(task) -> LetterTask | None:
    if task is None:
        return None
    if isinstance(task, LetterTask):
        return task
    return facts_report.task_letter(getattr(task, "id", task))


def _code_for(task: LetterTask | None, code: str | None) -> str:
    code = code or (task.letter_template if task else "")
    if not code:
        if task is not None:
            raise ValidationError(tr("letters", "Task {id} sends no letter at its level; name the letter to make",
                                     id=task.task_id), field="code")
        raise ValidationError(tr("letters", "Name the letter to make"), field="code")
    if code not in tpl.LETTER_CODES:
        raise ValidationError(tr("letters", "Unknown letter: {code}", code=code), field="code")
    return code


def _facts(customer, on: _dt.date, task: LetterTask | None) -> LetterFacts:
    policy = letter_settings.get_letter_settings().late_fee
    cid = facts_report.customer_id(customer)
    if task is not None and task.customer_id != cid:
        raise ValidationError(tr("letters", "Task {id} belongs to another customer", id=task.task_id), field="task")
    return facts_report.letter_facts(cid, on, policy=policy, task_invoices=task.invoice_ids if task else ())


def letter_values(customer, code: str, *, on: _dt.date | None = None, task=None) -> dict[str, str]:
    """The placeholders of a ``code`` letter to ``customer`` on ``on`` (today when None),
    for the task's invoices when a task is given; every LETTER_FIELDS name has a value."""
    t = _task(task)
    code = _code_for(t, code)
    on = _letter_date(on)
    return _values(_facts(customer, on, t), letterhead(), code, letter_settings.get_letter_settings().deadline_days)


def _letter_date(on: _dt.date | None) -> _dt.date:
    """``on`` (today when None) when it is inside the dates the books accept; otherwise a
    ValidationError naming the letter's date and the window."""
    return check_book_date(on or clock.today(), tr("letters", "The letter's date"), field="date")


# ------------------------------------------------------------------------------ the letter's content


def _table(pieces, facts: LetterFacts, code: str):
    """The invoices a letter lists, amounts right-aligned, a totals row."""
    coming = code == COMING_DUE_CODE
    listed = facts.coming if coming else facts.overdue
    fees = not coming and facts.late_fee_policy is not None
    header = [tr("letters", "Invoice"), tr("letters", "Issued"), tr("letters", "Due"), tr("letters", "Amount"),
              tr("letters", "Unpaid")]
    if not coming:
        header.append(tr("letters", "Days overdue"))
    if fees:
        header.append(tr("letters", "Late fee"))
    rows = []
    for i in listed:
        row = [i.number, i.issue_date.isoformat(), i.due_date.isoformat(), _figure(i.total), _figure(i.open_amount)]
        if not coming:
            row.append(str(i.days_overdue))
        if fees:
            row.append(_figure(i.late_fee))
        rows.append(row)
    total = [tr("letters", "Total"), "", "", _figure(sum(i.total for i in listed)),
             _figure(sum(i.open_amount for i in listed))]
    if not coming:
        total.append("")
    if fees:
        total.append(_figure(facts.late_fee_total))
    shares = [30, 21, 21, 25, 25] + ([19] if not coming else []) + ([22] if fees else [])
    widths = [pieces.width * s / sum(shares) for s in shares]
    return pieces.table(header, rows, numeric=range(3, len(header)), widths=widths, total=total)


def _story(pieces, template: tpl.Template, values: dict[str, str], facts: LetterFacts, code: str,
           amount: int) -> list:
    story = [pieces.title(tpl.fill(template.title, values))]
    for paragraph in tpl.body_paragraphs(template.body, values):
        if paragraph.block == "invoice_table":
            story.append(_table(pieces, facts, code))
            story.append(_Space(3))
        elif paragraph.text:
            story.append(pieces.body(paragraph.text))
    block = pieces.payment_block(amount=amount, reference=values["reference"])
    if block is not None:
        story += [_Space(2), block]
    story.append(pieces.signature(values["date"]))
    return story


def _Space(mm_high: float) -> Spacer:  # noqa: N802 - reads as a flowable
    return Spacer(1, mm_high * mm)


def _job(facts: LetterFacts, code: str, template: tpl.Template, head: Letterhead, deadline_days: int,
         task: LetterTask | None) -> Job:
    values = _values(facts, head, code, deadline_days)
    amount = facts.coming_total if code == COMING_DUE_CODE else facts.amount_due
    title = tpl.fill(template.title, values)
    contact = ""
    if task is not None:
        contact = tr("letters", "{title} (version {version}) made", title=title, version=template.version)
    part = DocumentPart(customer_id=facts.customer_id, kind="letter", title=title, lang=template.lang, code=code,
                        task_id=task.task_id if task else None, template_id=template.id, as_of=facts.on,
                        amount=amount, contact=contact)
    return Job(story=lambda pieces: _story(pieces, template, values, facts, code, amount), part=part,
               file_stem=f"{facts.code} {facts.name} {title}")


def letter_job(customer, *, code: str | None = None, task=None, on: _dt.date | None = None,
               template: tpl.Template | None = None, asks_something: bool = False) -> Job:
    """The ``code`` letter (default: the task's level's) to ``customer`` on ``on`` (today
    when None), from the current template in the documents' language or the unsaved
    ``template`` given (a preview of an edit); made for ``task`` when given."""
    t = _task(task)
    code = _code_for(t, code or (template.code if template is not None else None))
    on = _letter_date(on)
    chosen = template if template is not None else templates.current(code, language())
    settings = letter_settings.get_letter_settings()
    facts = _facts(customer, on, t)
    if asks_something:
        _check_asks_something(facts, code)
    return _job(facts, code, chosen, letterhead(), settings.deadline_days, t)


def _check_asks_something(facts: LetterFacts, code: str) -> None:
    """Refuse a letter that would list no invoice and ask for 0.00: a payment reminder to a
    customer with nothing coming due, a demand to one with nothing overdue on its date."""
    if code == COMING_DUE_CODE and not facts.coming:
        raise ValidationError(tr("letters", "{customer} has nothing coming due after {date}: no {letter} to make",
                                 customer=f"{facts.code} {facts.name}", date=facts.on.isoformat(),
                                 letter=names.template_code(code)), field="code")
    if code != COMING_DUE_CODE and not facts.overdue:
        raise ValidationError(tr("letters", "{customer} has nothing overdue on {date}: no {letter} to make",
                                 customer=f"{facts.code} {facts.name}", date=facts.on.isoformat(),
                                 letter=names.template_code(code)), field="code")


def make_letter(customer, *, code: str | None = None, task=None, on: _dt.date | None = None,
                out: str | os.PathLike | None = None) -> Made:
    """Make one letter and archive it (a task's logs a ``letter`` contact); written to
    ``out`` when given. A letter that would ask for nothing (no invoice overdue, or for a
    payment reminder none coming due) is refused."""
    return make_one(letter_job(customer, code=code, task=task, on=on, asks_something=True), out=out)


def preview_letter(customer, code: str, *, on: _dt.date | None = None, template: tpl.Template | None = None) -> bytes:
    """The PDF of a letter as it would be made, archiving nothing (``template``: an edit
    not yet saved)."""
    return make_one(letter_job(customer, code=code, on=on, template=template), keep=False).content


# ------------------------------------------------------------------------------ the day's batch


@dataclass(frozen=True)
class LetterDue:
    """A task due a letter: its customer, level, letter and the amount of the task."""

    task_id: int
    customer_id: int
    customer_code: str
    customer_name: str
    level_seq: int
    code: str
    amount: int


def letters_due(on: _dt.date | None = None, *, level: int | None = None) -> list[LetterDue]:
    """The open tasks due on or before ``on`` (today when None) whose level, as the age ×
    amount matrix routed it, sends a letter, and that have no letter archived yet (a young
    small debt's reminder has none); only ``level`` when given."""
    return [LetterDue(t.task_id, t.customer_id, t.customer_code, t.customer_name, t.level_seq, t.letter_template,
                      t.amount) for t in facts_report.letter_tasks(_letter_date(on), level=level)]


def letter_jobs(on: _dt.date | None = None, *, level: int | None = None) -> list[Job]:
    """One job per task due a letter on ``on``, the facts of all read in a few set queries."""
    on = _letter_date(on)
    tasks = facts_report.letter_tasks(on, level=level)
    if not tasks:
        return []
    settings = letter_settings.get_letter_settings()
    wanted: dict[int, set[int]] = {}
    for t in tasks:
        wanted.setdefault(t.customer_id, set()).update(t.invoice_ids)
    facts = facts_report.letter_facts_many(wanted, on, policy=settings.late_fee, task_invoices=wanted)
    head = letterhead()
    lang = language()
    chosen: dict[str, tpl.Template] = {}
    jobs = []
    for t in tasks:
        if t.letter_template not in chosen:
            chosen[t.letter_template] = templates.current(_code_for(t, None), lang)
        jobs.append(_job(facts[t.customer_id], t.letter_template, chosen[t.letter_template], head,
                         settings.deadline_days, t))
    return jobs


def make_letters(on: _dt.date | None, out: str | os.PathLike, *, level: int | None = None, combined: bool = True,
                 progress: ProgressFn | None = None, cancelled: CancelledFn | None = None) -> BatchResult:
    """Make the letters of every task due one on ``on`` (:func:`letters_due`): one PDF at
    ``out`` when ``combined``, else one file per letter in the folder ``out``; archived
    (with each task's ``letter`` contact) only when all are finished. Cancelled: nothing
    archived, no contact logged, no file left (:class:`arapp.errors.Cancelled`)."""
    on = _letter_date(on)
    jobs = letter_jobs(on, level=level)
    name = tr("letters", "Letters {date}", date=on.isoformat())
    return run_batch(jobs, out, combined=combined, file_name=name, title=name, progress=progress,
                     cancelled=cancelled)


# ------------------------------------------------------------------------------ message text


def message_code(facts: LetterFacts, task: LetterTask | None, code: str | None) -> str:
    """The template whose message fits: the one named, else the task's letter, else the
    payment reminder before anything is overdue and the overdue reminder after."""
    code = code or (task.letter_template if task else "")
    if code:
        return _code_for(task, code)
    return OVERDUE_CODE if facts.overdue else COMING_DUE_CODE


def message_text(customer, *, task=None, code: str | None = None, on: _dt.date | None = None) -> str:
    """The short text to send by WeChat or SMS (the template's ``message`` part, filled)."""
    t = _task(task)
    on = _letter_date(on)
    facts = _facts(customer, on, t)
    code = message_code(facts, t, code)
    template = templates.current(code, language())
    values = _values(facts, letterhead(), code, letter_settings.get_letter_settings().deadline_days)
    return tpl.fill(template.message, values).strip()


def record_message(customer, text: str, method: str, *, task=None):
    """Log that the message ``text`` was sent by ``method`` (sms or wechat), on the task when
    given (else the customer's open task); the user confirms it was sent first."""
    if method not in MESSAGE_METHODS:
        raise ValidationError(tr("letters", "A message is sent by sms or wechat, not {method}", method=method),
                              field="method")
    return log_contact(customer, method, text, task=getattr(task, "task_id", task))
