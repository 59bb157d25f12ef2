"""Every code the books store, each tuple written once.

The models, the services' checks, the command line's ``choices=`` and the window's
pick lists all read these tuples; the migration steps keep their own literal CHECK lists
(a released step never changes) and a test holds each CHECK list equal to its tuple
here. The words for each code are in :mod:`arapp.names`, one word per code for every
face (window, terminal, PDFs, messages).
"""

from __future__ import annotations

# ------------------------------------------------------------------ users
#: Roles of the people who log in (viewer: reads the books, writes nothing).
USER_ROLES = ("admin", "manager", "bookkeeper", "cashier", "collector", "viewer")

# ------------------------------------------------------------------ customers
CUSTOMER_KINDS = ("enterprise", "individual", "owner", "tenant", "agent")
CUSTOMER_STATUSES = ("active", "on_hold", "blacklisted", "legal")
#: "" is "not rated yet".
CREDIT_RATINGS = ("", "A", "B", "C", "D")

# ------------------------------------------------------------------ documents
INVOICE_STATUSES = ("draft", "posted", "partly_paid", "paid", "void", "written_off")
#: Invoices with money still owed.
INVOICE_OPEN_STATUSES = ("posted", "partly_paid")
#: A posted invoice as its payments move it (open, partly paid, paid): the ones that may be voided.
INVOICE_PAYMENT_STATUSES = (*INVOICE_OPEN_STATUSES, "paid")
#: The invoice list's status filter: "" all, "open" the two open statuses, or one status.
INVOICE_STATUS_FILTERS = ("", "open", *INVOICE_STATUSES)
INVOICE_SOURCES = ("manual", "batch", "import")
RECEIPT_STATUSES = ("posted", "reversed")
CREDIT_NOTE_STATUSES = ("posted", "void")
#: How money arrived; "acceptance" is a bank acceptance bill (银行承兑汇票).
PAYMENT_METHODS = ("bank", "cash", "wechat", "alipay", "card", "cheque", "acceptance")

# ------------------------------------------------------------------ aging
AGING_BASES = ("due", "invoice")
AGING_VIEWS = ("customer", "invoice", "collector", "category")

# ------------------------------------------------------------------ collections
LEVEL_ACTIONS = ("call", "sms", "email", "letter", "visit", "legal")
LEVEL_TONES = ("friendly", "firm", "urgent", "serious", "legal")
#: Who acts on a level: user roles, plus sales and legal (people outside the program).
RESPONSIBLE_ROLES = ("bookkeeper", "collector", "manager", "sales", "legal")
#: The age × amount matrix: reminder only (small and young), general, key (large).
PROCEDURES = ("reminder", "general", "key")
TASK_STATUSES = ("open", "paused", "done", "closed_paid", "superseded", "cancelled")
TASK_ACTIVE_STATUSES = ("open", "paused")
TASK_REASONS = ("ladder", "broken_promise", "broken_plan", "manual", "escalated")
#: Why dunning is paused for a customer.
HOLD_REASONS = ("promise", "plan", "legal", "agency", "extension", "dispute")
CONTACT_METHODS = ("call", "sms", "email", "letter", "visit", "wechat")
#: How a level's short message is sent by hand and then logged (contact methods; the window's order).
MESSAGE_METHODS = ("wechat", "sms")
#: Why a customer did not pay, as a contact records it (reported per month).
NONPAYMENT_REASONS = ("disputed_quality", "no_funds", "awaiting_approval", "unreachable", "refuses")
#: A contact's reason: one of the above, or "" when none was given (it paid, promised, …).
CONTACT_REASONS = ("", *NONPAYMENT_REASONS)
PROMISE_STATUSES = ("open", "kept", "broken", "cancelled")
EXTENSION_STATUSES = ("pending", "approved", "refused")
PLAN_STATUSES = ("active", "completed", "broken", "cancelled")
INSTALMENT_STATUSES = ("pending", "paid", "missed")
DISPUTE_STATUSES = ("open", "closed")
STATUS_EVENTS = ("legal", "agency", "blacklisted", "credit_suspended")
#: Where a customer can be handed over to.
HAND_OVER_TARGETS = ("legal", "agency")
#: The task queue's views; due_this_month is the seeds' 当月该到未到 (due this month by the
#: working day and not yet received).
QUEUE_BUCKETS = ("today", "overdue", "upcoming", "due_this_month", "mine", "all")
#: What a task may propose to the collector: handing the debt over to legal.
TASK_PROPOSALS = ("legal",)

# documents that go out (issue #10)
#: What the archive holds (document.kind).
DOCUMENT_KINDS = ("letter", "statement", "receipt")
#: The company's images on documents: the letterhead's logo, the seal (印章), the collection QR (收款码).
COMPANY_IMAGE_KINDS = ("logo", "seal", "payment_qr")
#: Template codes: the ladder's letters (policy_level.letter_template) and the statement's texts.
LETTER_TEMPLATES = ("payment_reminder", "reminder_letter", "payment_plan_letter", "final_demand", "lawyer_letter")
TEMPLATE_CODES = (*LETTER_TEMPLATES, "statement")
#: The languages a template is kept in (the window's languages).
TEMPLATE_LANGS = ("zh_CN", "en")
#: How the program talks to the SMTP server: SSL from the start (465), STARTTLS (587), or plain (25).
MAIL_SECURITY = ("ssl", "starttls", "none")
#: The lines of a statement of account (对账单): a document, or its void or reversal on its own date.
STATEMENT_ENTRIES = ("invoice", "invoice_void", "receipt", "receipt_reversal", "credit_note", "credit_note_void")

# bank statements, matching, reconciliation (issue #11)
#: The exports an import profile knows: a generic one and the large Chinese banks'
#: (工商银行, 建设银行, 农业银行, 中国银行, 招商银行).
BANK_PROFILES = ("generic", "icbc", "ccb", "abc", "boc", "cmb")
#: Money into the account (贷方/收入) or out of it (借方/支出), as the bank sees it.
BANK_DIRECTIONS = ("in", "out")
#: A bank line waits (unmatched), became a receipt (matched), is in the books without a
#: receipt (booked: a payment, a fee, interest), or is set aside by the user (ignored).
BANK_LINE_STATUSES = ("unmatched", "matched", "booked", "ignored")
#: Why a bank line was matched to a customer, strongest first: "recorded_receipt" is a receipt
#: the books already held (typed in from the bank's advice), "manual" is by hand.
MATCH_RULES = ("recorded_receipt", "invoice_number", "customer_code", "counterparty_account", "counterparty_name", "exact_amount",
               "oldest_sum", "subset_sum", "manual")
#: Where a customer's bank account came from.
CUSTOMER_BANK_ACCOUNT_SOURCES = ("manual", "import", "learned")
BOOK_ENTRY_STATUSES = ("posted", "void")
#: The fields a column of a bank statement can be mapped to.
BANK_FIELDS = ("date", "time", "description", "purpose", "debit", "credit", "amount", "direction", "balance",
               "counterparty_name", "counterparty_account", "counterparty_bank", "serial", "reference")

# ledger onboarding (issue #11)
#: What a row of an old ledger becomes: an open invoice with its old number, an opening
#: balance without invoice detail (one 期初余额 invoice), or an advance received (预收: an
#: opening receipt with nothing allocated).
LEDGER_ENTRY_KINDS = ("invoice", "opening", "advance")
#: The template files the program writes: a customer file and a ledger file.
ONBOARDING_FILES = ("customers", "ledger")
