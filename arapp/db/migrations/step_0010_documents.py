"""Documents that go out (issue #10): templates, the archive of what was made, company images.

``document_template``: one row per version of a template (code × language × version), never
changed once written: saving a template writes the next version, and a document records
the version that made it. Version 1 of every letter and of the statement's texts, in
Chinese and English, is written here (the built-in wording; "restore the default" is
saving version 1's text again).

``document_file``: the bytes of every PDF made (unique by SHA-256), with its size and page
count; ``document``: one row per document for one customer (a letter, a statement, a
receipt) pointing at the file and the pages it takes there (a combined batch is one file
holding many documents). Both are append-only: the database refuses an update or a delete.

``company_image``: the letterhead's logo, the seal (印章) and the collection QR (收款码),
one row per kind, replaced or removed by the settings service (audited by SHA-256).

The Chinese letters say ``{you}``: 贵司 to a company, 您 to a person (an owner, a tenant).

The default collection policy's first level (the friendly reminder five days before the
due date) gets the 付款提醒函 template where it still has none.
"""

from arapp import clock
from arapp.db.guards import Guard, guard_statements
from arapp.db.migrations import run_script

DESCRIPTION = "document templates, archive of documents made, company images"

CODES = "'payment_reminder', 'reminder_letter', 'payment_plan_letter', 'final_demand', 'lawyer_letter', 'statement'"

SCRIPT = f"""
CREATE TABLE document_template (
    id {{pk}},
    code TEXT NOT NULL CHECK (code IN ({CODES})),
    lang TEXT NOT NULL CHECK (lang IN ('zh_CN', 'en')),
    version INTEGER NOT NULL CHECK (version >= 1),
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_at {{ts}} NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    UNIQUE (code, lang, version)
)
;;
CREATE TABLE document_file (
    id {{pk}},
    sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    content {{blob}} NOT NULL,
    size BIGINT NOT NULL CHECK (size >= 0),
    pages INTEGER NOT NULL CHECK (pages >= 0),
    created_at {{ts}} NOT NULL
)
;;
CREATE TABLE document (
    id {{pk}},
    kind TEXT NOT NULL CHECK (kind IN ('letter', 'statement', 'receipt')),
    code TEXT NOT NULL DEFAULT '',
    customer_id {{fk}} NOT NULL REFERENCES customer (id),
    task_id {{fk}} REFERENCES collection_task (id),
    receipt_id {{fk}} REFERENCES receipt (id),
    template_id {{fk}} REFERENCES document_template (id),
    file_id {{fk}} NOT NULL REFERENCES document_file (id),
    file_name TEXT NOT NULL,
    first_page INTEGER NOT NULL DEFAULT 1 CHECK (first_page >= 1),
    pages INTEGER NOT NULL DEFAULT 1 CHECK (pages >= 1),
    title TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL CHECK (lang IN ('zh_CN', 'en')),
    as_of DATE,
    period_from DATE,
    period_to DATE,
    amount {{money}} NOT NULL DEFAULT 0,
    made_at {{ts}} NOT NULL,
    made_by TEXT NOT NULL
)
;;
CREATE INDEX ix_document_customer ON document (customer_id, made_at)
;;
CREATE INDEX ix_document_task ON document (task_id)
;;
CREATE INDEX ix_document_receipt ON document (receipt_id)
;;
CREATE INDEX ix_document_file ON document (file_id)
;;
CREATE TABLE company_image (
    id {{pk}},
    kind TEXT NOT NULL UNIQUE CHECK (kind IN ('logo', 'seal', 'payment_qr')),
    content {{blob}} NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL,
    updated_at {{ts}} NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
)
;;
UPDATE policy_level SET letter_template = 'payment_reminder'
WHERE letter_template = '' AND seq = 1 AND start_day < 0
  AND policy_id IN (SELECT id FROM collection_policy WHERE name = 'default')
"""

# ----------------------------------------------------------------------------- version 1 texts

ZH = {
    "payment_reminder": (
        "付款提醒函",
        """{customer_name}：

您好！感谢{you}一直以来对{company_name}的信任与支持。

根据双方约定，{you}有下列款项将于{coming_due_date}起陆续到期，合计人民币{coming_due_total}元（大写：{coming_due_total_capitals}）：

{invoice_table}

烦请{you}按期安排付款。如已安排，请忽略本函；如对账目有任何疑问，欢迎随时与我们联系，我们将尽快核实。

付款方式：
户名：{company_name}
开户银行：{bank}
账号：{bank_account}
付款时请在附言中注明：{reference}

联系人：{company_contact}　电话：{company_phone}""",
        "{company_name}付款提醒（{customer_name}）",
        """{customer_name}：

您好！{you}有款项人民币{coming_due_total}元将于{coming_due_date}到期，详见附件中的付款提醒函。

如已安排付款，请忽略本邮件；如有疑问，请联系{company_contact}，电话{company_phone}。

{company_name}""",
        "【{company_name}】{customer_name}您好，{you}有款项{coming_due_total}元将于{coming_due_date}到期，"
        "请按期付至{bank}（账号{bank_account}），附言注明{reference}。如已安排请忽略，谢谢！电话{company_phone}",
    ),
    "reminder_letter": (
        "催款函",
        """{customer_name}：

截至{date}，{you}尚有下列款项已超过约定的付款期限，逾期金额合计人民币{overdue_total}元（大写：{overdue_total_capitals}），明细如下：

{invoice_table}

{late_fee_note}

请{you}于{deadline}前将人民币{amount_due}元（大写：{amount_due_capitals}）汇入我司账户：
户名：{company_name}
开户银行：{bank}
账号：{bank_account}
付款时请在附言中注明：{reference}

如{you}已经付款，请将付款凭证发送给我们以便核对；如对上述账目有异议，请自收到本函之日起七日内书面告知。逾期仍未付款，我司将暂停对{you}的赊销，并保留依法追究的权利。

感谢{you}的理解与配合。

联系人：{company_contact}　电话：{company_phone}""",
        "{company_name}催款函（{customer_name}）",
        """{customer_name}：

截至{date}，{you}逾期未付款项合计人民币{amount_due}元，催款函详见附件。请于{deadline}前付款；如已付款，请将付款凭证回复本邮件。

{company_name}
电话：{company_phone}""",
        "【{company_name}】{customer_name}您好，截至{date}{you}逾期应付款{amount_due}元，请于{deadline}前"
        "付至{bank}（账号{bank_account}），附言注明{reference}。如已付款请忽略。电话{company_phone}",
    ),
    "payment_plan_letter": (
        "关于商定还款计划的函",
        """{customer_name}：

截至{date}，{you}逾期未付款项合计人民币{overdue_total}元（大写：{overdue_total_capitals}），最早一笔已逾期{days_overdue}天，明细如下：

{invoice_table}

{late_fee_note}

为妥善解决上述欠款，我司愿与{you}商定分期还款计划。请{you}于{deadline}前与我司联系，确认还款金额与日期。在欠款结清或还款计划确认之前，我司将暂停对{you}的赊销。

付款账户：
户名：{company_name}
开户银行：{bank}
账号：{bank_account}
付款时请在附言中注明：{reference}

联系人：{company_contact}　电话：{company_phone}""",
        "{company_name}关于商定还款计划的函（{customer_name}）",
        """{customer_name}：

{you}逾期未付款项合计人民币{overdue_total}元。我司愿与{you}商定还款计划，详见附件。请于{deadline}前与我们联系。

{company_name}
电话：{company_phone}""",
        "【{company_name}】{customer_name}您好，{you}逾期款{overdue_total}元已逾期{days_overdue}天，"
        "请于{deadline}前联系我们商定还款计划。电话{company_phone}",
    ),
    "final_demand": (
        "最后催告函",
        """{customer_name}：

我司此前已多次就下列逾期款项与{you}联系并发出催款函，但截至{date}，{you}仍未付清。逾期金额合计人民币{overdue_total}元（大写：{overdue_total_capitals}），最早一笔已逾期{days_overdue}天：

{invoice_table}

{late_fee_note}

现正式催告：请{you}务必于{deadline}前将人民币{amount_due}元（大写：{amount_due_capitals}）付至我司账户：
户名：{company_name}
开户银行：{bank}
账号：{bank_account}
付款时请在附言中注明：{reference}

如{you}届时仍未付款，也未与我司达成书面还款安排，我司将委托律师或催收机构处理，并依法提起诉讼，由此产生的诉讼费、律师费等费用将依约由{you}承担。

我们仍希望通过协商解决。如有任何情况，请尽快与我们联系。

联系人：{company_contact}　电话：{company_phone}""",
        "{company_name}最后催告函（{customer_name}）",
        """{customer_name}：

{you}逾期款项合计人民币{amount_due}元，最后催告函详见附件。请务必于{deadline}前付款或与我们联系。

{company_name}
电话：{company_phone}""",
        "【{company_name}】{customer_name}您好，{you}逾期款{amount_due}元，请务必于{deadline}前付清，"
        "逾期我司将依法处理。账号{bank_account}（{bank}）。电话{company_phone}",
    ),
    "lawyer_letter": (
        "律师函（草稿）",
        """{customer_name}：

＿＿＿＿律师事务所接受{company_name}（以下简称"委托人"）的委托，指派本律师就{you}拖欠委托人款项一事致函如下：

根据委托人提供的资料，{you}尚欠委托人款项人民币{overdue_total}元（大写：{overdue_total_capitals}），最早一笔已逾期{days_overdue}天，明细如下：

{invoice_table}

{late_fee_note}

委托人已多次催告，{you}至今未予清偿。{you}的行为已构成违约，应承担相应的法律责任。

本律师特此函告：请{you}于{deadline}前向委托人付清上述款项人民币{amount_due}元（大写：{amount_due_capitals}）：
户名：{company_name}
开户银行：{bank}
账号：{bank_account}

逾期未付，委托人将通过诉讼途径解决，由此产生的一切费用由{you}承担。

特此函告。

律师：＿＿＿＿　电话：＿＿＿＿""",
        "律师函：{company_name}与{customer_name}欠款事宜",
        """{customer_name}：

受{company_name}委托，现将律师函发送给{you}，详见附件。

＿＿＿＿律师事务所""",
        "{customer_name}：受{company_name}委托，就{you}欠款{amount_due}元一事，律师函已寄出，请于{deadline}前处理。",
    ),
    "statement": (
        "",
        "",
        "{company_name}对账单（{period_from}至{period_to}）",
        """{customer_name}：

您好！附件是{you}{period_from}至{period_to}的对账单，期末余额人民币{closing_balance}元（大写：{closing_balance_capitals}）。

请核对后在回执上注明"核对相符"或"不符"及差异，签字盖章后寄回或回复本邮件。

{company_name}
联系人：{company_contact}　电话：{company_phone}""",
        "【{company_name}】{customer_name}您好，截至{period_to}{you}应付余额{closing_balance}元，"
        "对账单已发送，请核对后回复。电话{company_phone}",
    ),
}

EN = {
    "payment_reminder": (
        "Payment reminder",
        """Dear {customer_name},

Thank you for your continued business with {company_name}.

As agreed, the amounts below fall due from {coming_due_date}, in total CNY {coming_due_total}:

{invoice_table}

Please arrange payment by the due date. If payment is already on its way, please disregard this letter; if anything in it looks wrong to you, let us know and we will check it promptly.

How to pay:
Account name: {company_name}
Bank: {bank}
Account number: {bank_account}
Please quote {reference} with your payment.

Contact: {company_contact}, phone {company_phone}""",
        "{company_name}: payment reminder ({customer_name})",
        """Dear {customer_name},

CNY {coming_due_total} falls due on {coming_due_date}; the reminder is attached.

If payment is already arranged, please disregard this e-mail. Questions: {company_contact}, phone {company_phone}.

{company_name}""",
        "{company_name}: CNY {coming_due_total} falls due on {coming_due_date}. Please pay to {bank}, account "
        "{bank_account}, quoting {reference}. Thank you. Phone {company_phone}",
    ),
    "reminder_letter": (
        "Overdue payment reminder",
        """Dear {customer_name},

As of {date}, the amounts below are past the agreed payment date, overdue in total CNY {overdue_total}:

{invoice_table}

{late_fee_note}

Please pay CNY {amount_due} by {deadline} into our account:
Account name: {company_name}
Bank: {bank}
Account number: {bank_account}
Please quote {reference} with your payment.

If you have already paid, please send us the payment advice so we can match it; if you disagree with any item, please tell us in writing within seven days of receiving this letter. If payment is not made, we will suspend further sales on credit and reserve our legal rights.

Thank you for your understanding.

Contact: {company_contact}, phone {company_phone}""",
        "{company_name}: overdue payment reminder ({customer_name})",
        """Dear {customer_name},

As of {date}, CNY {amount_due} is overdue; our letter is attached. Please pay by {deadline}, or reply with your payment advice if you have paid.

{company_name}
Phone {company_phone}""",
        "{company_name}: as of {date} CNY {amount_due} is overdue. Please pay by {deadline} to {bank}, account "
        "{bank_account}, quoting {reference}. Phone {company_phone}",
    ),
    "payment_plan_letter": (
        "Agreeing a payment plan",
        """Dear {customer_name},

As of {date}, CNY {overdue_total} is overdue, the oldest amount by {days_overdue} days:

{invoice_table}

{late_fee_note}

To settle this, we are ready to agree a plan of instalments with you. Please contact us by {deadline} to confirm the amounts and dates. Until the debt is paid or a plan is agreed, we will not extend further credit.

Account name: {company_name}
Bank: {bank}
Account number: {bank_account}
Please quote {reference} with your payment.

Contact: {company_contact}, phone {company_phone}""",
        "{company_name}: agreeing a payment plan ({customer_name})",
        """Dear {customer_name},

CNY {overdue_total} is overdue. We propose to agree a payment plan; see the attached letter. Please contact us by {deadline}.

{company_name}
Phone {company_phone}""",
        "{company_name}: CNY {overdue_total} is {days_overdue} days overdue. Please contact us by {deadline} to agree "
        "a payment plan. Phone {company_phone}",
    ),
    "final_demand": (
        "Final demand",
        """Dear {customer_name},

We have contacted you several times about the overdue amounts below, yet as of {date} they remain unpaid: CNY {overdue_total} in total, the oldest {days_overdue} days overdue.

{invoice_table}

{late_fee_note}

We now formally ask you to pay CNY {amount_due} by {deadline} into our account:
Account name: {company_name}
Bank: {bank}
Account number: {bank_account}
Please quote {reference} with your payment.

If payment is not made by then and no written payment arrangement has been agreed, we will pass the matter to our lawyers or a collection agency and take legal action; the costs will be yours as the contract provides.

We would still prefer to settle this by agreement. Please contact us as soon as possible.

Contact: {company_contact}, phone {company_phone}""",
        "{company_name}: final demand ({customer_name})",
        """Dear {customer_name},

CNY {amount_due} is overdue; our final demand is attached. Please pay or contact us by {deadline}.

{company_name}
Phone {company_phone}""",
        "{company_name}: CNY {amount_due} is overdue. Please pay by {deadline} or we will take legal steps. Account "
        "{bank_account} ({bank}). Phone {company_phone}",
    ),
    "lawyer_letter": (
        "Lawyer's letter (draft)",
        """Dear {customer_name},

________ Law Firm acts for {company_name} ("our client") and writes to you about the amounts you owe our client.

According to our client's records, you owe CNY {overdue_total}, the oldest amount {days_overdue} days overdue:

{invoice_table}

{late_fee_note}

Our client has asked for payment several times without result. You are in breach of contract and liable for it.

We ask you to pay CNY {amount_due} to our client by {deadline}:
Account name: {company_name}
Bank: {bank}
Account number: {bank_account}

Failing payment, our client will take the matter to court, and all costs will be yours.

Lawyer: ________  Phone: ________""",
        "Lawyer's letter: {company_name} and {customer_name}",
        """Dear {customer_name},

On behalf of {company_name}, please find our letter attached.

________ Law Firm""",
        "{customer_name}: on behalf of {company_name}, a lawyer's letter about CNY {amount_due} has been sent. "
        "Please act by {deadline}.",
    ),
    "statement": (
        "",
        "",
        "{company_name}: statement of account {period_from} to {period_to}",
        """Dear {customer_name},

Attached is your statement of account for {period_from} to {period_to}. The closing balance is CNY {closing_balance}.

Please check it, mark the confirmation slip "agreed" or "not agreed" with the differences, sign it and return it or reply to this e-mail.

{company_name}
Contact: {company_contact}, phone {company_phone}""",
        "{company_name}: your balance as of {period_to} is CNY {closing_balance}. The statement has been sent; "
        "please check it and reply. Phone {company_phone}",
    ),
}

#: Who wrote version 1.
SYSTEM = "system"


def _seed(database, dialect) -> None:
    p = "?" if dialect == "sqlite" else "%s"
    now = clock.now().replace(microsecond=0)
    for lang, texts in (("zh_CN", ZH), ("en", EN)):
        for code, (title, body, subject, email, message) in texts.items():
            database.execute_sql(
                "INSERT INTO document_template (code, lang, version, title, body, subject, email, message, note, "
                f"created_at, created_by) VALUES ({p}, {p}, 1, {p}, {p}, {p}, {p}, {p}, '', {p}, {p})",
                (code, lang, title, body, subject, email, message, now, SYSTEM))


#: Append-only: the database refuses any update or delete of a template version, a file or a document.
GUARDS = {
    "document_template": Guard("arapp: a template version is never changed; save a new version",
                               services_only=True),
    "document_file": Guard("arapp: the document archive is append-only", services_only=True),
    "document": Guard("arapp: the document archive is append-only", services_only=True),
}


def apply(database, dialect):
    blob = "BLOB" if dialect == "sqlite" else "BYTEA"
    run_script(database, dialect, SCRIPT.replace("{{blob}}", blob).replace("{blob}", blob))
    _seed(database, dialect)
    for table, guard in GUARDS.items():
        for sql in guard_statements(database, dialect, table, guard):
            database.execute_sql(sql)
