"""The catalogs' words (issue #9): one word for an invoice's issue date in every face,
no jargon for a replaced task or promise, and the ambiguous English words ("Open",
"Closed", "Void", "Issued"...) translated for their meaning in each context."""

from __future__ import annotations

import pytest

from arapp import i18n, names


def live_messages():
    for path in i18n.catalog_files():
        for m in i18n.read_catalog(path)[1]:
            if m.state not in ("vanished", "obsolete"):
                yield path.name, m


def test_an_invoices_issue_date_is_one_word_everywhere():
    """An 应收单 is not necessarily a tax invoice: its date is 开单日期 in the window,
    the terminal, the PDFs and the messages alike, never 开票日期."""
    found = [(f, m.context, m.source) for f, m in live_messages() if any("开票" in t for t in m.forms)]
    assert found == []
    for context, source in (("TableModels", "Issue date"), ("InvoiceDialog", "Issue date"),
                            ("reports", "Issue date"), ("services", "Issue date"), ("cli", "Issued"),
                            ("AgingBasis", "By invoice date")):
        assert "开单日" in i18n.lookup(context, source, "zh_CN"), (context, source)


def test_the_open_invoices_figure_is_one_word_in_every_face():
    """What the customer's open invoices still owe (before credit) is 未结应收 in the
    Customers pane, the collection file, the terminal (customer show, the demo's summary)
    and the aging chart alike, never 未收应收款."""
    found = [(f, m.context, m.source) for f, m in live_messages() if any("未收应收款" in t for t in m.forms)]
    assert found == []
    for context in ("CustomerDetail", "CollectionDetailPane", "cli"):
        assert i18n.lookup(context, "Open invoices", "zh_CN") == "未结应收", context
    assert "未结应收" in i18n.lookup("reports", "No open receivables as of {date}", "zh_CN")


def test_a_replaced_task_or_promise_is_said_in_a_bookkeepers_words():
    assert all("被取代" not in t for _f, m in live_messages() for t in m.forms)
    i18n.set_language("zh_CN")
    assert names.task_status("superseded") == "已由新任务接替"
    assert "取消" in i18n.tr("cli", "It replaces the earlier open promise.")


#: Reviewed: every context that uses one of these English words, and what the word
#: means there. A new use of the word in another context must be added here, on purpose,
#: with the word for its meaning (an unreviewed 未结 on an "Open" button started this).
HOMONYMS = {
    "Open": {"cli": "未收", "CollectionDetailPane": "未收", "InvoiceDetailWindow": "未收", "reports": "未收"},
    "Closed": {"CollectionDetailPane": "结束日期"},
    "Void": {"InvoiceStatus": "已作废", "CreditNoteStatus": "已作废", "BookEntryStatus": "已作废", "InvoicesTab": "作废",
             "VoidInvoiceDialog": "作废", "VoidCreditNoteDialog": "作废"},
    "Issued": {"cli": "开单日期", "CreditNoteStatus": "已开具", "letters": "开单日期"},
    "Superseded": {"cli": "由新任务接替", "TaskStatus": "已由新任务接替"},
    "Contacts": {"collections": "联系次数", "CollectionDetailPane": "联系记录", "CustomerDetail": "联系人",
                 "OnboardingDialog": "联系人"},
    "Received": {"cli": "收款金额", "CollectionDetailPane": "已收", "InvoiceDetailWindow": "已收"},
}


@pytest.mark.parametrize("source", sorted(HOMONYMS))
def test_each_context_of_an_ambiguous_word_is_reviewed(source):
    found = {m.context: m.translation for _f, m in live_messages() if m.source == source and not m.numerus}
    assert found == HOMONYMS[source]
