"""Code → words: one word per code, the same in the window, the terminal, the PDFs
and the messages.

Each vocabulary of :mod:`arapp.domain.vocabulary` has one function here
(``invoice_status("posted")`` → 未收款) and its own translation context
(``InvoiceStatus``, ``PaymentMethod``, …), so a word never borrows another
vocabulary's translation. ``pairs(fn, codes)`` gives (code, word) lists for pick
lists. The tables are built once per language (table cells ask often).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from arapp import i18n
from arapp.domain import vocabulary as vocab
from arapp.i18n import tr

_cache: dict[tuple[str, str], dict[str, str]] = {}


def _table(name: str, build: Callable[[], dict[str, str]]) -> dict[str, str]:
    key = (name, i18n.language())
    table = _cache.get(key)
    if table is None:
        table = _cache[key] = build()
    return table


def forget() -> None:
    """Drop the built tables (after the catalogs were reloaded)."""
    _cache.clear()


def pairs(word: Callable[[str], str], codes: Iterable[str]) -> list[tuple[str, str]]:
    """(code, word) for each code, in the vocabulary's order: the items of a pick list."""
    return [(code, word(code)) for code in codes]


# ------------------------------------------------------------------ documents

def invoice_status(code: str) -> str:
    """草稿 / 未收款 / 部分收款 / 已收清 / 已作废 / 已核销坏账; "open" is the filter for both open statuses."""
    return _table("InvoiceStatus", lambda: {
        "draft": tr("InvoiceStatus", "Draft"),
        "posted": tr("InvoiceStatus", "Unpaid"),
        "partly_paid": tr("InvoiceStatus", "Partly paid"),
        "paid": tr("InvoiceStatus", "Paid"),
        "void": tr("InvoiceStatus", "Void"),
        "written_off": tr("InvoiceStatus", "Written off"),
        "open": tr("InvoiceStatus", "Not paid in full"),
        "": tr("InvoiceStatus", "All statuses"),
    }).get(code, code)


def receipt_status(code: str) -> str:
    """已入账 / 已冲销; "unallocated" is the list's filter for posted receipts with money
    left as credit, "" the filter for all."""
    return _table("ReceiptStatus", lambda: {
        "posted": tr("ReceiptStatus", "Posted"),
        "reversed": tr("ReceiptStatus", "Reversed"),
        "unallocated": tr("ReceiptStatus", "With unallocated credit"),
        "": tr("ReceiptStatus", "All statuses"),
    }).get(code, code)


def credit_note_status(code: str) -> str:
    return _table("CreditNoteStatus", lambda: {
        "posted": tr("CreditNoteStatus", "Issued"),
        "void": tr("CreditNoteStatus", "Void"),
    }).get(code, code)


def document_status(code: str) -> str:
    """The status of an invoice, or else of a receipt (for messages naming either)."""
    if code in vocab.INVOICE_STATUSES:
        return invoice_status(code)
    return receipt_status(code)


def payment_method(code: str) -> str:
    """银行转账 / 现金 / 微信 / 支付宝 / 银行卡 / 支票 / 承兑汇票; "" is the filter for all."""
    return _table("PaymentMethod", lambda: {
        "bank": tr("PaymentMethod", "Bank transfer"),
        "cash": tr("PaymentMethod", "Cash"),
        "wechat": tr("PaymentMethod", "WeChat Pay"),
        "alipay": tr("PaymentMethod", "Alipay"),
        "card": tr("PaymentMethod", "Bank card"),
        "cheque": tr("PaymentMethod", "Cheque"),
        "acceptance": tr("PaymentMethod", "Bank acceptance bill"),
        "": tr("PaymentMethod", "All methods"),
    }).get(code, code)


# ------------------------------------------------------------------ customers and users

def customer_kind(code: str) -> str:
    return _table("CustomerKind", lambda: {
        "enterprise": tr("CustomerKind", "Enterprise"),
        "individual": tr("CustomerKind", "Individual"),
        "owner": tr("CustomerKind", "Property owner"),
        "tenant": tr("CustomerKind", "Tenant"),
        "agent": tr("CustomerKind", "Agent"),
    }).get(code, code)


def customer_status(code: str) -> str:
    return _table("CustomerStatus", lambda: {
        "active": tr("CustomerStatus", "Active"),
        "on_hold": tr("CustomerStatus", "On hold"),
        "blacklisted": tr("CustomerStatus", "Blacklisted"),
    }).get(code) or status_event(code)


def user_role(code: str) -> str:
    return _table("UserRole", lambda: {
        "admin": tr("UserRole", "Administrator"),
        "manager": tr("UserRole", "Finance manager"),
        "bookkeeper": tr("UserRole", "Bookkeeper"),
        "cashier": tr("UserRole", "Cashier"),
        "collector": tr("UserRole", "Collector"),
        "viewer": tr("UserRole", "Viewer (read only)"),
    }).get(code, code)


def with_note(word: str, note: str) -> str:
    """``word`` with ``note`` in parentheses, as the language writes them: "Paused (Payment
    plan in force)" in English, 「暂停（还款计划执行中）」 in Chinese. The parentheses are
    part of the translation, never glued on by the caller."""
    if not note:
        return word
    return tr("Parentheses", "{word} ({note})", word=word, note=note)


#: Display names arapp itself gave a user when it made the books (step_0001 makes the
#: user "admin" as "Administrator"): program words, shown in the user's language as the
#: word of that user's role. A name a person typed is shown as typed.
_BUILT_IN_NAMES = {("admin", "Administrator"): "admin"}


def user_name(username: str, display_name: str | None = "") -> str:
    """The name to show for a user (pick lists, reports, the queue): the display name,
    else the username; the names arapp gave its own users in the user's language."""
    role = _BUILT_IN_NAMES.get((username or "", display_name or ""))
    if role is not None:
        return user_role(role)
    return display_name or username or ""


def no_credit_limit() -> str:
    """The word for a customer without a credit limit (an empty limit, not 0.00): 不限,
    in the customer pane, the customer dialog and the credit assessment alike."""
    return tr("CreditLimit", "No limit")


def responsible_role(code: str) -> str:
    """Who acts on a ladder level: a user role (same word as the user's role), sales or legal."""
    if code in vocab.USER_ROLES:
        return user_role(code)
    return _table("ResponsibleRole", lambda: {
        "sales": tr("ResponsibleRole", "Sales"),
        "legal": tr("ResponsibleRole", "Legal counsel"),
    }).get(code, code)


# ------------------------------------------------------------------ aging

def aging_basis(code: str) -> str:
    return _table("AgingBasis", lambda: {
        "due": tr("AgingBasis", "By due date"),
        "invoice": tr("AgingBasis", "By invoice date"),
    }).get(code, code)


def aging_view(code: str) -> str:
    return _table("AgingView", lambda: {
        "customer": tr("AgingView", "By customer"),
        "invoice": tr("AgingView", "By invoice"),
        "collector": tr("AgingView", "By collector"),
        "category": tr("AgingView", "By category"),
    }).get(code, code)


# ------------------------------------------------------------------ collections

def contact_method(code: str) -> str:
    """电话 / 短信 / 电子邮件 / 信函 / 上门拜访 / 微信."""
    return _table("ContactMethod", lambda: {
        "call": tr("ContactMethod", "Phone call"),
        "sms": tr("ContactMethod", "SMS"),
        "email": tr("ContactMethod", "E-mail"),
        "letter": tr("ContactMethod", "Letter"),
        "visit": tr("ContactMethod", "Visit"),
        "wechat": tr("ContactMethod", "WeChat"),
    }).get(code, code)


def message_method(code: str) -> str:
    """How a short message was sent (:data:`vocab.MESSAGE_METHODS`): the contact method's word."""
    return contact_method(code)


def nonpayment_reason(code: str) -> str:
    """Why a customer has not paid, as a contact records it; '' is "none given"."""
    return _table("NonpaymentReason", lambda: {
        "disputed_quality": tr("NonpaymentReason", "Disputes the quality"),
        "no_funds": tr("NonpaymentReason", "No funds"),
        "awaiting_approval": tr("NonpaymentReason", "Waiting for approval"),
        "unreachable": tr("NonpaymentReason", "Cannot be reached"),
        "refuses": tr("NonpaymentReason", "Refuses to pay"),
        "": tr("NonpaymentReason", "None given"),
    }).get(code, code)


def task_proposal(code: str) -> str:
    """What a task proposes to the collector: hand the debt over to legal."""
    return _table("TaskProposal", lambda: {
        "legal": tr("TaskProposal", "Legal hand-over proposed"),
    }).get(code, code)


def level_action(code: str) -> str:
    """A ladder level's action: the contact methods' words, and 法律行动."""
    if code == "legal":
        return _table("LevelAction", lambda: {"legal": tr("LevelAction", "Legal action")})[code]
    return contact_method(code)


def level_tone(code: str) -> str:
    return _table("LevelTone", lambda: {
        "friendly": tr("LevelTone", "Friendly"),
        "firm": tr("LevelTone", "Firm"),
        "urgent": tr("LevelTone", "Urgent"),
        "serious": tr("LevelTone", "Serious"),
        "legal": tr("LevelTone", "Formal (legal)"),
    }).get(code, code)


def procedure(code: str) -> str:
    return _table("Procedure", lambda: {
        "reminder": tr("Procedure", "Reminder only"),
        "general": tr("Procedure", "General procedure"),
        "key": tr("Procedure", "Key procedure"),
    }).get(code, code)


def task_status(code: str) -> str:
    return _table("TaskStatus", lambda: {
        "open": tr("TaskStatus", "To do"),
        "paused": tr("TaskStatus", "Paused"),
        "done": tr("TaskStatus", "Done"),
        "closed_paid": tr("TaskStatus", "Closed (paid)"),
        "superseded": tr("TaskStatus", "Superseded"),
        "cancelled": tr("TaskStatus", "Cancelled"),
    }).get(code, code)


def task_reason(code: str) -> str:
    return _table("TaskReason", lambda: {
        "ladder": tr("TaskReason", "Ladder"),
        "broken_promise": tr("TaskReason", "Broken promise"),
        "broken_plan": tr("TaskReason", "Missed instalment"),
        "manual": tr("TaskReason", "Added by hand"),
        "escalated": tr("TaskReason", "Escalated by hand"),
    }).get(code, code)


def hold_reason(code: str) -> str:
    """Why dunning is paused for a customer."""
    if code in vocab.HAND_OVER_TARGETS:
        return status_event(code)
    return _table("HoldReason", lambda: {
        "promise": tr("HoldReason", "Promise to pay in force"),
        "plan": tr("HoldReason", "Payment plan in force"),
        "extension": tr("HoldReason", "Due date extended"),
        "dispute": tr("HoldReason", "Invoice disputed"),
    }).get(code, code)


def promise_status(code: str) -> str:
    return _table("PromiseStatus", lambda: {
        "open": tr("PromiseStatus", "Not yet due"),
        "kept": tr("PromiseStatus", "Kept"),
        "broken": tr("PromiseStatus", "Broken"),
        "cancelled": tr("PromiseStatus", "Cancelled"),
    }).get(code, code)


def plan_status(code: str) -> str:
    return _table("PlanStatus", lambda: {
        "active": tr("PlanStatus", "In force"),
        "completed": tr("PlanStatus", "Completed"),
        "broken": tr("PlanStatus", "Broken"),
        "cancelled": tr("PlanStatus", "Cancelled"),
    }).get(code, code)


def instalment_status(code: str) -> str:
    return _table("InstalmentStatus", lambda: {
        "pending": tr("InstalmentStatus", "Not yet paid"),
        "paid": tr("InstalmentStatus", "Paid"),
        "missed": tr("InstalmentStatus", "Missed"),
    }).get(code, code)


def extension_status(code: str) -> str:
    return _table("ExtensionStatus", lambda: {
        "pending": tr("ExtensionStatus", "Awaiting decision"),
        "approved": tr("ExtensionStatus", "Approved"),
        "refused": tr("ExtensionStatus", "Refused"),
    }).get(code, code)


def dispute_status(code: str) -> str:
    return _table("DisputeStatus", lambda: {
        "open": tr("DisputeStatus", "Unresolved"),
        "closed": tr("DisputeStatus", "Resolved"),
    }).get(code, code)


def status_event(code: str) -> str:
    """A status a customer is put in; the customer status of the same code reads the same
    (blacklisted, handed over to legal)."""
    if code == "blacklisted":
        return customer_status(code)
    return _table("StatusEvent", lambda: {
        "legal": tr("StatusEvent", "Handed over to legal"),
        "agency": tr("StatusEvent", "Handed over to a collection agency"),
        "credit_suspended": tr("StatusEvent", "New credit sales suspended"),
    }).get(code, code)


def queue_bucket(code: str) -> str:
    return _table("QueueBucket", lambda: {
        "today": tr("QueueBucket", "Today"),
        "overdue": tr("QueueBucket", "Overdue tasks"),
        "upcoming": tr("QueueBucket", "Upcoming"),
        "due_this_month": tr("QueueBucket", "Due this month, not received"),
        "mine": tr("QueueBucket", "Mine"),
        "all": tr("QueueBucket", "All"),
    }).get(code, code)


def document_kind(code: str) -> str:
    """What a document in the archive is: 信函 / 对账单 / 收据."""
    return _table("DocumentKind", lambda: {
        "letter": tr("DocumentKind", "Letter"),
        "statement": tr("DocumentKind", "Statement of account"),
        "receipt": tr("DocumentKind", "Receipt voucher"),
    }).get(code, code)


def company_image_kind(code: str) -> str:
    """The company's images on documents: 标志 / 印章 / 收款码."""
    return _table("CompanyImageKind", lambda: {
        "logo": tr("CompanyImageKind", "Logo"),
        "seal": tr("CompanyImageKind", "Company seal"),
        "payment_qr": tr("CompanyImageKind", "Collection QR code"),
    }).get(code, code)


def template_code(code: str) -> str:
    """A template's name: 付款提醒函 / 催款函 / 还款计划函 / 最后催告函 / 律师函 / 对账单."""
    if code == "statement":
        return document_kind(code)
    return _table("TemplateCode", lambda: {
        "payment_reminder": tr("TemplateCode", "Payment reminder"),
        "reminder_letter": tr("TemplateCode", "Overdue payment reminder"),
        "payment_plan_letter": tr("TemplateCode", "Payment plan letter"),
        "final_demand": tr("TemplateCode", "Final demand"),
        "lawyer_letter": tr("TemplateCode", "Lawyer's letter"),
    }).get(code, code)


def template_lang(code: str) -> str:
    """The language a template is written in: 中文 / English (each in its own words)."""
    return {"zh_CN": "中文", "en": "English"}.get(code, code)


def mail_security(code: str) -> str:
    """How mail reaches the SMTP server: SSL / STARTTLS / 不加密."""
    return _table("MailSecurity", lambda: {
        "ssl": tr("MailSecurity", "SSL/TLS"),
        "starttls": tr("MailSecurity", "STARTTLS"),
        "none": tr("MailSecurity", "None (unencrypted)"),
    }).get(code, code)


def statement_entry(code: str) -> str:
    """A line of a statement of account: 应收单 / 应收单作废 / 收款 / 收款冲销 / 贷项通知 / 贷项作废."""
    return _table("StatementEntry", lambda: {
        "invoice": tr("StatementEntry", "Invoice"),
        "invoice_void": tr("StatementEntry", "Invoice voided"),
        "receipt": tr("StatementEntry", "Payment received"),
        "receipt_reversal": tr("StatementEntry", "Payment reversed"),
        "credit_note": tr("StatementEntry", "Credit note"),
        "credit_note_void": tr("StatementEntry", "Credit note voided"),
    }).get(code, code)


# ------------------------------------------------------------------ bank (issue #11)

def bank_profile(code: str) -> str:
    """Whose export a statement file follows: 通用格式 / 工商银行 / 建设银行 / 农业银行 / 中国银行 / 招商银行."""
    return _table("BankProfile", lambda: {
        "generic": tr("BankProfile", "Generic"),
        "icbc": tr("BankProfile", "ICBC"),
        "ccb": tr("BankProfile", "China Construction Bank"),
        "abc": tr("BankProfile", "Agricultural Bank of China"),
        "boc": tr("BankProfile", "Bank of China"),
        "cmb": tr("BankProfile", "China Merchants Bank"),
    }).get(code, code)


def bank_direction(code: str) -> str:
    """收入 (money into the account) / 支出 (money out)."""
    return _table("BankDirection", lambda: {
        "in": tr("BankDirection", "In"),
        "out": tr("BankDirection", "Out"),
    }).get(code, code)


def bank_line_status(code: str) -> str:
    """未匹配 / 已匹配 / 已记账 / 已忽略; "" the filter for all."""
    return _table("BankLineStatus", lambda: {
        "unmatched": tr("BankLineStatus", "Unmatched"),
        "matched": tr("BankLineStatus", "Matched"),
        "booked": tr("BankLineStatus", "Booked"),
        "ignored": tr("BankLineStatus", "Ignored"),
        "": tr("BankLineStatus", "All"),
    }).get(code, code)


def match_rule(code: str) -> str:
    """Why a line was matched: 已录收款 / 应收单号 / 客户编号 / 付款账号 / 付款户名 / 金额一致 / 最早几张合计 / 几张合计 / 手工匹配."""
    return _table("MatchRule", lambda: {
        "recorded_receipt": tr("MatchRule", "Receipt already recorded"),
        "invoice_number": tr("MatchRule", "Invoice number"),
        "customer_code": tr("MatchRule", "Customer code"),
        "counterparty_account": tr("MatchRule", "Payer's account"),
        "counterparty_name": tr("MatchRule", "Payer's name"),
        "exact_amount": tr("MatchRule", "Exact amount"),
        "oldest_sum": tr("MatchRule", "Oldest invoices' sum"),
        "subset_sum": tr("MatchRule", "Sum of invoices"),
        "manual": tr("MatchRule", "By hand"),
    }).get(code, code)


def customer_bank_account_source(code: str) -> str:
    """手工录入 / 导入 / 匹配时学到."""
    return _table("BankAccountSource", lambda: {
        "manual": tr("BankAccountSource", "Typed in"),
        "import": tr("BankAccountSource", "Imported"),
        "learned": tr("BankAccountSource", "Learned from a match"),
    }).get(code, code)


def book_entry_status(code: str) -> str:
    """已记账 / 已作废."""
    return _table("BookEntryStatus", lambda: {
        "posted": tr("BookEntryStatus", "Posted"),
        "void": tr("BookEntryStatus", "Void"),
    }).get(code, code)


def bank_field(code: str) -> str:
    """What a statement column holds: 交易日期 / 交易时间 / 摘要 / 用途 / 借方发生额 / 贷方发生额 / 金额 /
    借贷标志 / 余额 / 对方户名 / 对方账号 / 对方开户行 / 流水号 / 凭证号; "" is 不导入."""
    return _table("BankField", lambda: {
        "date": tr("BankField", "Date"),
        "time": tr("BankField", "Time"),
        "description": tr("BankField", "Description"),
        "purpose": tr("BankField", "Purpose"),
        "debit": tr("BankField", "Debit (out)"),
        "credit": tr("BankField", "Credit (in)"),
        "amount": tr("BankField", "Amount (signed)"),
        "direction": tr("BankField", "Debit/credit flag"),
        "balance": tr("BankField", "Balance"),
        "counterparty_name": tr("BankField", "Counterparty name"),
        "counterparty_account": tr("BankField", "Counterparty account"),
        "counterparty_bank": tr("BankField", "Counterparty bank"),
        "serial": tr("BankField", "Bank serial number"),
        "reference": tr("BankField", "Reference"),
        "": tr("BankField", "Not imported"),
    }).get(code, code)


# ------------------------------------------------------------------ ledger onboarding (issue #11)

def ledger_entry_kind(code: str) -> str:
    """What a ledger row becomes: 未收发票 / 期初余额 / 预收款."""
    return _table("LedgerEntryKind", lambda: {
        "invoice": tr("LedgerEntryKind", "Open invoice"),
        "opening": tr("LedgerEntryKind", "Opening balance"),
        "advance": tr("LedgerEntryKind", "Advance received"),
    }).get(code, code)


def onboarding_file(code: str) -> str:
    """Which file a template is for: 客户资料 / 应收台账."""
    return _table("OnboardingFile", lambda: {
        "customers": tr("OnboardingFile", "Customers"),
        "ledger": tr("OnboardingFile", "Receivable ledger"),
    }).get(code, code)
