"""The collection ladder (催收流程, issue #4): policies and their levels, the daily
collection tasks, the contact log, promises to pay, extension requests, payment plans
with instalments, invoice disputes and customer status events (hand-over to legal or
an agency, blacklist, suspension of new credit sales).

The contact log is append-only in the database itself, as the audit log is (step 2);
a status event may only be ended (``until`` set once), never rewritten or deleted.

Seeds the default policy from the seeds' ladder: −5 friendly reminder, −3 firmer
reminder, 0 due-today call, 1–30 phone and reminder letter, 31–60 sales joins / plan /
credit suspended, 61–90 management talk / legal documents, over 90 lawyer's letter.
Amounts over ¥10,000.00 follow the key procedure; up to 30 days overdue is "short".
"""

from arapp.db.migrations import run_script

DESCRIPTION = "collection ladder"

SCRIPT = """
CREATE TABLE collection_policy (
    id {pk},
    name TEXT NOT NULL UNIQUE,
    categories TEXT NOT NULL DEFAULT '[]',
    is_default {bool} NOT NULL DEFAULT {false},
    amount_threshold {money} NOT NULL DEFAULT 1000000,
    short_age_days INTEGER NOT NULL DEFAULT 30,
    description TEXT NOT NULL DEFAULT '',
    created_at {ts} NOT NULL,
    updated_at {ts} NOT NULL,
    CHECK (amount_threshold >= 0),
    CHECK (short_age_days >= 0)
)
;;
CREATE UNIQUE INDEX ux_collection_policy_default ON collection_policy (is_default) WHERE is_default = {true}
;;
CREATE TABLE policy_level (
    id {pk},
    policy_id {fk} NOT NULL REFERENCES collection_policy (id),
    seq INTEGER NOT NULL,
    start_day INTEGER NOT NULL,
    action TEXT NOT NULL,
    tone TEXT NOT NULL DEFAULT 'firm',
    letter_template TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'collector',
    description TEXT NOT NULL DEFAULT '',
    UNIQUE (policy_id, seq),
    UNIQUE (policy_id, start_day),
    CHECK (action IN ('call', 'sms', 'email', 'letter', 'visit', 'legal'))
)
;;
CREATE TABLE collection_task (
    id {pk},
    customer_id {fk} NOT NULL REFERENCES customer (id),
    policy_id {fk} REFERENCES collection_policy (id),
    policy_name TEXT NOT NULL DEFAULT '',
    level_seq INTEGER NOT NULL,
    start_day INTEGER NOT NULL,
    action TEXT NOT NULL,
    tone TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    letter_template TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    anchor DATE NOT NULL,
    due_on DATE NOT NULL,
    follow_up_on DATE,
    status TEXT NOT NULL DEFAULT 'open',
    reason TEXT NOT NULL DEFAULT 'ladder',
    hold_reason TEXT NOT NULL DEFAULT '',
    procedure TEXT NOT NULL DEFAULT 'general',
    amount {money} NOT NULL,
    overdue_amount {money} NOT NULL DEFAULT 0,
    days_overdue INTEGER NOT NULL DEFAULT 0,
    invoice_ids TEXT NOT NULL DEFAULT '',
    assigned_to_id {fk} REFERENCES app_user (id),
    outcome TEXT NOT NULL DEFAULT '',
    created_on DATE NOT NULL,
    created_at {ts} NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at {ts} NOT NULL,
    closed_on DATE,
    closed_by TEXT NOT NULL DEFAULT '',
    UNIQUE (customer_id, anchor, level_seq),
    CHECK (status IN ('open', 'paused', 'done', 'closed_paid', 'superseded', 'cancelled')),
    CHECK (reason IN ('ladder', 'broken_promise', 'broken_plan', 'manual', 'escalated')),
    CHECK (procedure IN ('reminder', 'general', 'key')),
    CHECK (amount >= 0)
)
;;
CREATE INDEX ix_collection_task_active ON collection_task (customer_id) WHERE status IN ('open', 'paused')
;;
CREATE INDEX ix_collection_task_assigned ON collection_task (assigned_to_id, status)
;;
CREATE INDEX ix_collection_task_closed_on ON collection_task (closed_on)
;;
CREATE TABLE contact_log (
    id {pk},
    at {ts} NOT NULL,
    customer_id {fk} NOT NULL REFERENCES customer (id),
    task_id {fk} REFERENCES collection_task (id),
    method TEXT NOT NULL,
    person TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL,
    answer TEXT NOT NULL DEFAULT '',
    next_step TEXT NOT NULL DEFAULT '',
    next_date DATE,
    username TEXT NOT NULL,
    created_at {ts} NOT NULL,
    CHECK (method IN ('call', 'sms', 'email', 'letter', 'visit', 'wechat'))
)
;;
CREATE INDEX ix_contact_log_customer ON contact_log (customer_id, at)
;;
CREATE INDEX ix_contact_log_user ON contact_log (username, at)
;;
CREATE TABLE promise_to_pay (
    id {pk},
    customer_id {fk} NOT NULL REFERENCES customer (id),
    task_id {fk} REFERENCES collection_task (id),
    contact_id {fk} REFERENCES contact_log (id),
    made_on DATE NOT NULL,
    promised_date DATE NOT NULL,
    amount {money} NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    received {money},
    evaluated_on DATE,
    note TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at {ts} NOT NULL,
    CHECK (amount > 0),
    CHECK (promised_date >= made_on),
    CHECK (status IN ('open', 'kept', 'broken', 'cancelled'))
)
;;
CREATE INDEX ix_promise_customer ON promise_to_pay (customer_id, made_on)
;;
CREATE INDEX ix_promise_open ON promise_to_pay (promised_date) WHERE status = 'open'
;;
CREATE TABLE extension_request (
    id {pk},
    invoice_id {fk} NOT NULL REFERENCES invoice (id),
    customer_id {fk} NOT NULL REFERENCES customer (id),
    current_due DATE NOT NULL,
    requested_due DATE NOT NULL,
    reason TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    requested_by TEXT NOT NULL,
    requested_at {ts} NOT NULL,
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at {ts},
    decision_reason TEXT NOT NULL DEFAULT '',
    CHECK (requested_due > current_due),
    CHECK (status IN ('pending', 'approved', 'refused'))
)
;;
CREATE INDEX ix_extension_invoice ON extension_request (invoice_id)
;;
CREATE INDEX ix_extension_customer ON extension_request (customer_id)
;;
CREATE INDEX ix_extension_approved ON extension_request (requested_due) WHERE status = 'approved'
;;
CREATE TABLE payment_plan (
    id {pk},
    customer_id {fk} NOT NULL REFERENCES customer (id),
    task_id {fk} REFERENCES collection_task (id),
    total {money} NOT NULL,
    start_on DATE NOT NULL,
    status TEXT NOT NULL DEFAULT 'active',
    note TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at {ts} NOT NULL,
    ended_on DATE,
    end_reason TEXT NOT NULL DEFAULT '',
    CHECK (total > 0),
    CHECK (status IN ('active', 'completed', 'broken', 'cancelled'))
)
;;
CREATE INDEX ix_payment_plan_customer ON payment_plan (customer_id)
;;
CREATE INDEX ix_payment_plan_active ON payment_plan (customer_id) WHERE status = 'active'
;;
CREATE TABLE plan_instalment (
    id {pk},
    plan_id {fk} NOT NULL REFERENCES payment_plan (id),
    seq INTEGER NOT NULL,
    due_on DATE NOT NULL,
    amount {money} NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    settled_on DATE,
    UNIQUE (plan_id, seq),
    CHECK (amount > 0),
    CHECK (status IN ('pending', 'paid', 'missed'))
)
;;
CREATE TABLE invoice_dispute (
    id {pk},
    invoice_id {fk} NOT NULL REFERENCES invoice (id),
    customer_id {fk} NOT NULL REFERENCES customer (id),
    opened_on DATE NOT NULL,
    reason TEXT NOT NULL,
    opened_by TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    closed_on DATE,
    resolution TEXT NOT NULL DEFAULT '',
    closed_by TEXT NOT NULL DEFAULT '',
    created_at {ts} NOT NULL,
    CHECK (status IN ('open', 'closed'))
)
;;
CREATE INDEX ix_dispute_customer ON invoice_dispute (customer_id)
;;
CREATE INDEX ix_dispute_open ON invoice_dispute (invoice_id) WHERE status = 'open'
;;
CREATE TABLE customer_status_event (
    id {pk},
    customer_id {fk} NOT NULL REFERENCES customer (id),
    status TEXT NOT NULL,
    since DATE NOT NULL,
    until DATE,
    reason TEXT NOT NULL,
    username TEXT NOT NULL,
    created_at {ts} NOT NULL,
    ended_by TEXT NOT NULL DEFAULT '',
    end_reason TEXT NOT NULL DEFAULT '',
    CHECK (status IN ('legal', 'agency', 'blacklisted', 'credit_suspended')),
    CHECK (until IS NULL OR until >= since)
)
;;
CREATE INDEX ix_status_event_customer ON customer_status_event (customer_id, since)
;;
CREATE INDEX ix_status_event_open ON customer_status_event (customer_id) WHERE until IS NULL
;;
INSERT INTO collection_policy (name, categories, is_default, amount_threshold, short_age_days, description,
                               created_at, updated_at)
VALUES ('default', '[]', {true}, 1000000, 30, '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
;;
INSERT INTO policy_level (policy_id, seq, start_day, action, tone, letter_template, role, description)
SELECT id, 1, -5, 'sms', 'friendly', '', 'bookkeeper', '到期前5天友好提醒：电话、短信或邮件告知即将到期的金额和日期'
FROM collection_policy WHERE name = 'default'
;;
INSERT INTO policy_level (policy_id, seq, start_day, action, tone, letter_template, role, description)
SELECT id, 2, -3, 'call', 'firm', '', 'bookkeeper', '到期前3天再次提醒，说明来电目的，确认付款安排'
FROM collection_policy WHERE name = 'default'
;;
INSERT INTO policy_level (policy_id, seq, start_day, action, tone, letter_template, role, description)
SELECT id, 3, 0, 'call', 'firm', '', 'manager', '到期当天电话：告知款项今日到期；未付则询问原因并约定付款日期'
FROM collection_policy WHERE name = 'default'
;;
INSERT INTO policy_level (policy_id, seq, start_day, action, tone, letter_template, role, description)
SELECT id, 4, 1, 'letter', 'firm', 'reminder_letter', 'bookkeeper',
       '逾期1-30天：电话催收并发书面催款函，写明欠款金额、违约金和付款方式'
FROM collection_policy WHERE name = 'default'
;;
INSERT INTO policy_level (policy_id, seq, start_day, action, tone, letter_template, role, description)
SELECT id, 5, 31, 'visit', 'urgent', 'payment_plan_letter', 'collector',
       '逾期31-60天：销售人员参与，商定还款计划，暂停新的赊销'
FROM collection_policy WHERE name = 'default'
;;
INSERT INTO policy_level (policy_id, seq, start_day, action, tone, letter_template, role, description)
SELECT id, 6, 61, 'visit', 'serious', 'final_demand', 'manager',
       '逾期61-90天：管理层与客户管理层沟通，准备法律文件'
FROM collection_policy WHERE name = 'default'
;;
INSERT INTO policy_level (policy_id, seq, start_day, action, tone, letter_template, role, description)
SELECT id, 7, 91, 'legal', 'legal', 'lawyer_letter', 'legal',
       '逾期90天以上：发律师函，提起诉讼或委托催收机构'
FROM collection_policy WHERE name = 'default'
"""

SQLITE_GUARDS = """
CREATE TRIGGER tg_contact_log_no_update BEFORE UPDATE ON contact_log
BEGIN SELECT RAISE(ABORT, 'arapp: the contact log is append-only'); END
;;
CREATE TRIGGER tg_contact_log_no_delete BEFORE DELETE ON contact_log
BEGIN SELECT RAISE(ABORT, 'arapp: the contact log is append-only'); END
;;
CREATE TRIGGER tg_status_event_no_update BEFORE UPDATE ON customer_status_event
WHEN OLD.until IS NOT NULL OR NEW.until IS NULL
    OR NEW.customer_id IS NOT OLD.customer_id OR NEW.status IS NOT OLD.status
    OR NEW.since IS NOT OLD.since OR NEW.reason IS NOT OLD.reason
    OR NEW.username IS NOT OLD.username OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'arapp: a status event can only be ended once, never rewritten'); END
;;
CREATE TRIGGER tg_status_event_no_delete BEFORE DELETE ON customer_status_event
BEGIN SELECT RAISE(ABORT, 'arapp: a status event can only be ended once, never rewritten'); END
"""

POSTGRES_GUARDS = """
CREATE FUNCTION arapp_contact_log_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'arapp: the contact log is append-only';
END $$
;;
CREATE TRIGGER tg_contact_log_frozen BEFORE UPDATE OR DELETE ON contact_log
FOR EACH ROW EXECUTE FUNCTION arapp_contact_log_refuse()
;;
CREATE FUNCTION arapp_status_event_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR OLD.until IS NOT NULL OR NEW.until IS NULL
        OR NEW.customer_id IS DISTINCT FROM OLD.customer_id OR NEW.status IS DISTINCT FROM OLD.status
        OR NEW.since IS DISTINCT FROM OLD.since OR NEW.reason IS DISTINCT FROM OLD.reason
        OR NEW.username IS DISTINCT FROM OLD.username OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
        RAISE EXCEPTION 'arapp: a status event can only be ended once, never rewritten';
    END IF;
    RETURN NEW;
END $$
;;
CREATE TRIGGER tg_status_event_guard BEFORE UPDATE OR DELETE ON customer_status_event
FOR EACH ROW EXECUTE FUNCTION arapp_status_event_guard()
"""


def apply(database, dialect):
    run_script(database, dialect, SCRIPT)
    guards = SQLITE_GUARDS if dialect == "sqlite" else POSTGRES_GUARDS
    # The guard scripts hold no {placeholders}; double the braces the runner would read.
    run_script(database, dialect, guards.replace("{", "{{").replace("}", "}}"))
