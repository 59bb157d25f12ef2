"""Every list of the books as one :class:`~arapp.reports.table.ReportTable`, for Excel and
CSV (issue #11: "export any list"): the customers, invoices, receipts, credit notes, the
collection tasks, the contact log, the archive of documents made and the bank lines.

Each table holds what the list holds, all of it (not the page the window has loaded):
the same filters and the same order, read by the same query the window's pages read
(``invoice_page``, ``receipt_page``, ``customer_list_page`` with no page limit), so an
export and the screen never disagree. The lines under the title say the filters and the
order. Values stay raw (money in fen, dates as dates, moments as datetimes); the writers
format them (:mod:`arapp.exports`): amounts are numbers in Excel, not text.

The task queue is built by the caller (the window has it loaded, the command line asks
the services for the acting user's view) and passed in: :func:`tasks_table`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence

from arapp import clock, names
from arapp.db import lookups
from arapp.domain.money import format_amount
from arapp.i18n import tr, trn
from arapp.reports.collections.common import people, person
from arapp.reports.collections.queue import QueueFilter, TaskRow, queue_table
from arapp.reports.company import company_name
from arapp.reports.contact_list import ContactFilter, contact_page
from arapp.reports.credit_note_list import CreditNoteFilter, credit_note_page
from arapp.reports.customers import customer_list_page
from arapp.reports.documents import DocumentFilter, document_list
from arapp.reports.invoice_list import InvoiceFilter, invoice_page
from arapp.reports.receipt_list import ReceiptFilter, receipt_page
from arapp.reports.table import Column, ReportTable

__all__ = ["LISTS", "bank_lines_table", "contacts_table", "credit_notes_table", "customers_table", "documents_table",
           "invoices_table", "list_title", "receipts_table", "tasks_table"]

#: The lists that export, by the name the command line gives them.
LISTS = ("customers", "invoices", "receipts", "credit-notes", "tasks", "contacts", "documents", "bank-lines")


def list_title(name: str) -> str:
    """The title of a list's export (and its sheet)."""
    return {
        "customers": tr("reports", "Customer list"),
        "invoices": tr("reports", "Invoice list"),
        "receipts": tr("reports", "Receipt list"),
        "credit-notes": tr("reports", "Credit note list"),
        "tasks": tr("collections", "Collection tasks"),
        "contacts": tr("reports", "Contact log"),
        "documents": tr("reports", "Documents made"),
        "bank-lines": tr("reports", "Bank statement lines"),
    }.get(name, name)


# ------------------------------------------------------------------ what the lines under the title say

class _Lines:
    """The filters and the order of a list, said in words under its title."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def add(self, text: str) -> None:
        self.parts.append(text)

    def customer(self, customer_id: int | None) -> None:
        if customer_id is not None:
            c = lookups.customer(customer_id)
            self.add(tr("reports", "customer {code} {name}", code=c.code, name=c.name))

    def text(self, text: str) -> None:
        if (text or "").strip():
            self.add(tr("reports", "matching '{text}'", text=text.strip()))

    def period(self, what: str, date_from: _dt.date | None, date_to: _dt.date | None) -> None:
        if date_from and date_to:
            self.add(tr("reports", "{what} {start} to {end}", what=what, start=date_from.isoformat(),
                        end=date_to.isoformat()))
        elif date_from:
            self.add(tr("reports", "{what} from {start}", what=what, start=date_from.isoformat()))
        elif date_to:
            self.add(tr("reports", "{what} up to {end}", what=what, end=date_to.isoformat()))

    def lines(self, sorted_by: str | None = None, descending: bool = False) -> list[str]:
        out = []
        if self.parts:
            out.append(tr("reports", "Filtered: {filters}", filters=tr("reports", ", ").join(self.parts)))
        if sorted_by:
            out.append(sorted_line(sorted_by, descending))
        return out


def sorted_line(column: str, descending: bool) -> str:
    """「按到期日降序排列」: the order of a list, by the label of the column it is sorted by."""
    if descending:
        return tr("reports", "Sorted by {column}, descending", column=column)
    return tr("reports", "Sorted by {column}, ascending", column=column)


def _label(columns: Sequence[Column], key: str) -> str:
    return next((c.label for c in columns if c.key == key), key)


def _table(name: str, columns: list[Column], rows: list[list], totals: list | None, lines: list[str],
           footnotes: list[str]) -> ReportTable:
    return ReportTable(title=list_title(name), columns=columns, rows=rows, company=company_name(),
                       as_of=clock.today(), subtitle=lines, totals=totals, footnotes=footnotes,
                       sheet_name=list_title(name))


def _words(word: Callable[[str], str]) -> Callable[[str], str]:
    """``word`` (a vocabulary's words of :mod:`arapp.names`) remembered per code: a long
    list asks for the same few words again and again."""
    known: dict[str, str] = {}

    def said(code: str) -> str:
        w = known.get(code)
        if w is None:
            w = known[code] = word(code)
        return w
    return said


def _money_note() -> str:
    return tr("reports", "Amounts in yuan.")


# ------------------------------------------------------------------ customers

def customers_table(text: str = "", *, sort: str = "code", descending: bool = False,
                    overdue_only: bool = False) -> ReportTable:
    """The customer list as the Customers tab shows it (search, overdue only, the order
    of the header clicked), every customer it matches, with today's balances."""
    rows = customer_list_page(text, 0, None, sort=sort, descending=descending, overdue_only=overdue_only)
    columns = [
        Column("code", tr("reports", "Customer code")),
        Column("name", tr("reports", "Customer")),
        Column("phone", tr("reports", "Phone")),
        Column("status", tr("reports", "Status")),
        Column("balance", tr("reports", "Net balance"), "money"),
        Column("overdue", tr("reports", "Overdue"), "money"),
        Column("credit", tr("reports", "Advance payments"), "money", blank_zero=True),
        Column("open_count", tr("reports", "Open invoices (count)"), "int"),
    ]
    status = _words(names.customer_status)
    body = [[r.code, r.name, r.phone or "", status(r.status), r.balance, r.overdue, r.credit,
             r.open_count] for r in rows]
    totals = [tr("reports", "Total"), trn("reports", "{n} customer", "{n} customers", len(rows)), None, None,
              sum(r.balance for r in rows), sum(r.overdue for r in rows), sum(r.credit for r in rows),
              sum(r.open_count for r in rows)]
    said = _Lines()
    said.text(text)
    if overdue_only:
        said.add(tr("reports", "overdue only"))
    return _table("customers", columns, body, totals, said.lines(_label(columns, sort), descending),
                  [tr("reports", "Amounts in yuan, today's balances. A negative net balance is money the customer "
                                 "paid in advance (预收).")])


# ------------------------------------------------------------------ invoices

def invoices_table(filters: InvoiceFilter | None = None, sort: str = "issue_date",
                   descending: bool = True) -> ReportTable:
    """The invoice list as the Invoices tab shows it: every invoice the filter matches, in
    its order (the query of :func:`arapp.reports.invoice_list.invoice_page`)."""
    f = filters or InvoiceFilter()
    today = clock.today()
    rows = invoice_page(f, sort, descending, 0, None)
    columns = [
        Column("number", tr("reports", "Invoice no.")),
        Column("customer", tr("reports", "Customer code")),
        Column("customer_name", tr("reports", "Customer")),
        Column("issue_date", tr("reports", "Issue date"), "date"),
        Column("due_date", tr("reports", "Due date"), "date"),
        Column("total", tr("reports", "Amount"), "money"),
        Column("open_amount", tr("reports", "Open"), "money"),
        Column("status", tr("reports", "Status")),
        Column("days_overdue", tr("reports", "Days overdue"), "int", blank_zero=True),
        Column("description", tr("reports", "Description")),
        Column("external_number", tr("reports", "Old ledger number")),
    ]
    live = [r for r in rows if r.status not in ("void", "draft")]
    status, draft = _words(names.invoice_status), tr("reports", "(draft)")
    body = [[r.number or draft, r.customer_code, r.customer_name, r.issue_date, r.due_date,
             r.total, None if r.status in ("void", "draft") else r.open_amount, status(r.status),
             r.days_overdue(today), r.description or "", r.external_number] for r in rows]
    totals = [tr("reports", "Total"), None, trn("reports", "{n} invoice", "{n} invoices", len(rows)), None, None,
              sum(r.total for r in live), sum(r.open_amount for r in live), None, None, None, None]
    said = _Lines()
    said.text(f.text)
    if f.status:
        said.add(tr("reports", "status {status}", status=names.invoice_status(f.status)))
    said.customer(f.customer_id)
    said.period(tr("reports", "issued"), f.date_from, f.date_to)
    if f.open_only:
        said.add(tr("reports", "unpaid only"))
    return _table("invoices", columns, body, totals, said.lines(_label(columns, sort), descending),
                  [tr("reports", "Amounts in yuan. The totals leave out drafts and void invoices.")])


# ------------------------------------------------------------------ receipts

def receipts_table(filters: ReceiptFilter | None = None, sort: str = "date", descending: bool = True) -> ReportTable:
    """The receipt list as the Receipts tab shows it, every receipt the filter matches."""
    f = filters or ReceiptFilter()
    rows = receipt_page(f, sort, descending, 0, None)
    columns = [
        Column("number", tr("reports", "Receipt no.")),
        Column("date", tr("reports", "Receipt date"), "date"),
        Column("customer", tr("reports", "Customer code")),
        Column("customer_name", tr("reports", "Customer")),
        Column("method", tr("reports", "Payment method")),
        Column("reference", tr("reports", "Reference")),
        Column("amount", tr("reports", "Amount"), "money"),
        Column("allocated", tr("reports", "Allocated"), "money"),
        Column("unallocated", tr("reports", "Unallocated"), "money"),
        Column("status", tr("reports", "Status")),
    ]
    live = [r for r in rows if not r.reversed]
    method, status = _words(names.payment_method), _words(names.receipt_status)
    body = [[r.number, r.date, r.customer_code, r.customer_name, method(r.method), r.reference or "",
             r.amount, None if r.reversed else r.allocated, None if r.reversed else r.unallocated,
             status(r.status)] for r in rows]
    totals = [tr("reports", "Total"), None, None, trn("reports", "{n} receipt", "{n} receipts", len(rows)), None,
              None, sum(r.amount for r in live), sum(r.allocated for r in live), sum(r.unallocated for r in live),
              None]
    said = _Lines()
    said.text(f.text)
    if f.method:
        said.add(names.payment_method(f.method))
    if f.status:
        said.add(tr("reports", "status {status}", status=names.receipt_status(f.status)))
    said.customer(f.customer_id)
    said.period(tr("reports", "received"), f.date_from, f.date_to)
    return _table("receipts", columns, body, totals, said.lines(_label(columns, sort), descending),
                  [tr("reports", "Amounts in yuan. The totals leave out reversed receipts.")])


# ------------------------------------------------------------------ credit notes

def credit_notes_table(filters: CreditNoteFilter | None = None, sort: str = "date",
                       descending: bool = True) -> ReportTable:
    """Every credit note the filter matches, in the order asked."""
    f = filters or CreditNoteFilter()
    rows = credit_note_page(f, sort, descending, 0, None)
    columns = [
        Column("number", tr("reports", "Credit note no.")),
        Column("date", tr("reports", "Date"), "date"),
        Column("customer", tr("reports", "Customer code")),
        Column("customer_name", tr("reports", "Customer")),
        Column("invoice", tr("reports", "Invoice no.")),
        Column("amount", tr("reports", "Amount"), "money"),
        Column("applied", tr("reports", "Applied"), "money"),
        Column("unapplied", tr("reports", "Unapplied"), "money"),
        Column("status", tr("reports", "Status")),
        Column("reason", tr("reports", "Reason")),
    ]
    live = [r for r in rows if not r.void]
    body = [[r.number, r.date, r.customer_code, r.customer_name, r.invoice_number, r.amount,
             None if r.void else r.applied, None if r.void else r.unapplied, names.credit_note_status(r.status),
             r.reason] for r in rows]
    totals = [tr("reports", "Total"), None, None, trn("reports", "{n} credit note", "{n} credit notes", len(rows)),
              None, sum(r.amount for r in live), sum(r.applied for r in live), sum(r.unapplied for r in live),
              None, None]
    said = _Lines()
    said.text(f.text)
    if f.status:
        said.add(tr("reports", "status {status}", status=names.credit_note_status(f.status)))
    said.customer(f.customer_id)
    said.period(tr("reports", "dated"), f.date_from, f.date_to)
    if f.open_only:
        said.add(tr("reports", "with credit left"))
    return _table("credit-notes", columns, body, totals, said.lines(_label(columns, sort), descending),
                  [tr("reports", "Amounts in yuan. The totals leave out void credit notes.")])


# ------------------------------------------------------------------ collection tasks

def tasks_table(rows: Sequence[TaskRow], on: _dt.date, *, bucket: str = "all", filters: QueueFilter | None = None,
                sorted_by: tuple[str, bool] | None = None) -> ReportTable:
    """The task queue as it is shown: ``rows`` in the order shown (the window's loaded
    queue, or the services' ``list_tasks``), the bucket and the filters said under the
    title; ``sorted_by`` (the label of the column clicked, descending) when the user
    sorted the queue by a column instead of priority."""
    f = filters or QueueFilter()
    table = queue_table(list(rows), on, company=company_name(), title=list_title("tasks"),
                        due_this_month=bucket == "due_this_month", sorted_by=sorted_by)
    said = _Lines()
    said.add(names.queue_bucket(bucket))
    if f.collector is not None:
        said.add(tr("reports", "collector {name}", name=person(people(), f.collector)) if f.collector
                 else tr("reports", "unassigned"))
    if f.level_seq is not None:
        said.add(tr("reports", "level {n}", n=f.level_seq))
    if f.min_amount is not None:
        said.add(tr("reports", "at least {amount}", amount=format_amount(f.min_amount)))
    if f.category is not None:
        said.add(tr("reports", "category {value}", value=f.category))
    said.customer(f.customer_id)
    if tuple(f.statuses) != ("open",):
        said.add(tr("reports", "tasks {statuses}",
                    statuses=tr("reports", ", ").join(names.task_status(s) for s in f.statuses)))
    table.subtitle = said.lines()
    return table


# ------------------------------------------------------------------ contacts

def contacts_table(filters: ContactFilter | None = None, sort: str = "at", descending: bool = True) -> ReportTable:
    """The contact log (every contact the filter matches), newest first by default."""
    f = filters or ContactFilter()
    rows = contact_page(f, sort, descending, 0, None)
    columns = [
        Column("at", tr("reports", "Contacted at"), "datetime"),
        Column("customer", tr("reports", "Customer code")),
        Column("customer_name", tr("reports", "Customer")),
        Column("method", tr("reports", "Contact method")),
        Column("person", tr("reports", "Person reached")),
        Column("summary", tr("reports", "What was said")),
        Column("answer", tr("reports", "Customer's answer")),
        Column("reason", tr("reports", "Reason for not paying")),
        Column("next_step", tr("reports", "Next step")),
        Column("next_date", tr("reports", "Follow up on"), "date"),
        Column("by", tr("reports", "Logged by")),
        Column("task", tr("reports", "Task"), "int"),
    ]
    body = [[r.at, r.customer_code, r.customer_name, names.contact_method(r.method), r.person, r.summary, r.answer,
             names.nonpayment_reason(r.reason) if r.reason else "", r.next_step, r.next_date, r.by, r.task_id]
            for r in rows]
    totals = [tr("reports", "Total"), None, trn("reports", "{n} contact", "{n} contacts", len(rows)),
              *([None] * 9)]
    said = _Lines()
    said.customer(f.customer_id)
    said.period(tr("reports", "contacted"), f.date_from, f.date_to)
    if f.method:
        said.add(names.contact_method(f.method))
    if f.username:
        said.add(tr("reports", "logged by {name}", name=person(people(), f.username)))
    if f.reason:
        said.add(names.nonpayment_reason(f.reason))
    said.text(f.text)
    return _table("contacts", columns, body, totals, said.lines(_label(columns, sort), descending), [])


# ------------------------------------------------------------------ documents

def documents_table(filters: DocumentFilter | None = None) -> ReportTable:
    """The archive of documents made (letters, statements, receipts), newest first."""
    f = filters or DocumentFilter()
    rows = document_list(f)
    who = people()
    columns = [
        Column("id", tr("reports", "Document no."), "int"),
        Column("made_at", tr("reports", "Made at"), "datetime"),
        Column("kind", tr("reports", "Document")),
        Column("title", tr("reports", "Title")),
        Column("customer", tr("reports", "Customer code")),
        Column("customer_name", tr("reports", "Customer")),
        Column("amount", tr("reports", "Amount"), "money", blank_zero=True),
        Column("as_of", tr("reports", "As of"), "date"),
        Column("period_from", tr("reports", "Period from"), "date"),
        Column("period_to", tr("reports", "Period to"), "date"),
        Column("pages", tr("reports", "Pages"), "int"),
        Column("made_by", tr("reports", "Made by")),
        Column("file_name", tr("reports", "File")),
    ]
    body = [[d.id, d.made_at, names.document_kind(d.kind), d.title, d.customer_code, d.customer_name, d.amount,
             d.as_of, d.period_from, d.period_to, d.pages, person(who, d.made_by), d.file_name] for d in rows]
    totals = [tr("reports", "Total"), None, trn("reports", "{n} document", "{n} documents", len(rows)),
              *([None] * 7), sum(d.pages for d in rows), None, None]
    said = _Lines()
    if f.kind:
        said.add(names.document_kind(f.kind))
    said.customer(f.customer_id)
    said.period(tr("reports", "made"), f.date_from, f.date_to)
    said.text(f.text)
    return _table("documents", columns, body, totals, said.lines(_label(columns, "made_at"), True),
                  [_money_note()])


# ------------------------------------------------------------------ bank lines

def bank_lines_table(account=None, *, status: str | Sequence[str] | None = None, direction: str | None = None,
                     date_from: _dt.date | None = None, date_to: _dt.date | None = None, search: str = "",
                     order: str = "date", descending: bool = False) -> ReportTable:
    """The bank statement lines (of one account, or all) with the match in force, every
    line the filters match (:func:`arapp.reports.bank.bank_lines`, its order): money in
    and out in columns of their own, so a sheet sums each way."""
    from arapp.reports.bank import bank_lines, lookup_account

    def read(limit: int):
        return bank_lines(account, status=status, direction=direction, date_from=date_from, date_to=date_to,
                          search=search, order=order, descending=descending, limit=limit)

    rows = read(read(0).total).rows
    columns = [
        Column("date", tr("reports", "Value date"), "date"),
        Column("time", tr("reports", "Time")),
        Column("account", tr("reports", "Bank account")),
        Column("in", tr("reports", "Money in"), "money"),
        Column("out", tr("reports", "Money out"), "money"),
        Column("balance", tr("reports", "Balance"), "money"),
        Column("counterparty", tr("reports", "Counterparty")),
        Column("counterparty_account", tr("reports", "Counterparty account")),
        Column("counterparty_bank", tr("reports", "Counterparty bank")),
        Column("description", tr("reports", "Description")),
        Column("purpose", tr("reports", "Purpose")),
        Column("serial", tr("reports", "Bank serial no.")),
        Column("status", tr("reports", "Status")),
        Column("receipt", tr("reports", "Receipt no.")),
        Column("customer", tr("reports", "Customer code")),
        Column("customer_name", tr("reports", "Customer")),
        Column("rule", tr("reports", "Matched by")),
        Column("score", tr("reports", "Score"), "int"),
        Column("reason", tr("reports", "Reason")),
    ]
    status_word, rule_word = _words(names.bank_line_status), _words(names.match_rule)
    body = [[r.value_date, r.value_time, r.account_name, r.amount if r.direction == "in" else None,
             r.amount if r.direction == "out" else None, r.balance, r.counterparty_name, r.counterparty_account,
             r.counterparty_bank, r.description, r.purpose, r.serial, status_word(r.status), r.receipt_number,
             r.customer_code, r.customer_name, rule_word(r.rule) if r.rule else "", r.score, r.reason]
            for r in rows]
    totals = [tr("reports", "Total"), None, trn("reports", "{n} line", "{n} lines", len(rows)),
              sum(r.amount for r in rows if r.direction == "in"), sum(r.amount for r in rows if r.direction == "out"),
              *([None] * 14)]
    said = _Lines()
    if account is not None:
        a = lookup_account(account)
        said.add(tr("reports", "account {name}", name=a.name))
    statuses = (status,) if isinstance(status, str) else tuple(status or ())
    if any(statuses):
        said.add(tr("reports", ", ").join(names.bank_line_status(s) for s in statuses if s))
    if direction:
        said.add(names.bank_direction(direction))
    said.period(tr("reports", "value date"), date_from, date_to)
    said.text(search)
    sort_labels = {"date": "date", "amount": "in", "counterparty": "counterparty", "description": "description",
                   "serial": "serial", "status": "status", "customer": "customer"}
    label = _label(columns, sort_labels[order]) if order in sort_labels else order
    return _table("bank-lines", columns, body, totals, said.lines(label, descending), [_money_note()])
