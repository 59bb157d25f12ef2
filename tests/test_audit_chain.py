"""The audit log is a hash chain: each of a changed, a removed, a slipped-in record, a
re-numbered table and records cut off the end is found and named; the chain holds over
many writes, batches and a migration of books made before it."""

from __future__ import annotations

import sqlite3

import pytest

from arapp.db import database
from arapp.db.models import AuditLog
from arapp.domain.audit_chain import canonical_time, record_hash
from arapp.reports.audit import verify_chain
from arapp.services import customers
from arapp.services.audit import record_audits


def _tamper(sql: list[str]) -> None:
    """Run ``sql`` behind the program's back: the guards taken away first (as a person
    with a database tool would), put back after on SQLite."""
    d = database.db.obj
    if database.is_postgres():
        d.execute_sql("ALTER TABLE audit_log DISABLE TRIGGER USER")
        for s in sql:
            d.execute_sql(s.replace("?", "%s"))
        d.execute_sql("ALTER TABLE audit_log ENABLE TRIGGER USER")
        return
    path = database.database_path()
    database.close_database()
    con = sqlite3.connect(path)
    triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                           "AND tbl_name = 'audit_log'").fetchall()
    with con:
        for name, _ in triggers:
            con.execute(f"DROP TRIGGER {name}")
        for s in sql:
            con.execute(s)
        for _, text in triggers:
            con.execute(text)
    con.close()
    database.open_database(path)


@pytest.fixture
def chained(ledger_db):
    for n in range(1, 6):
        customers.create_customer(code=f"C{n}", name=f"客户{n}")
    records = list(AuditLog.select().order_by(AuditLog.seq))
    assert len(records) >= 5
    assert verify_chain().ok
    return records


def test_every_write_links_to_the_one_before_and_the_chain_verifies(chained):
    check = verify_chain()
    assert check.ok and check.records == len(chained) and check.last_seq == len(chained)
    assert [r.seq for r in chained] == list(range(1, len(chained) + 1))
    assert chained[0].prev_hash == ""
    for before, after in zip(chained, chained[1:], strict=False):
        assert after.prev_hash == before.hash
    first = chained[0]
    assert first.hash == record_hash("", 1, canonical_time(first.at), first.username, first.machine, first.action,
                                     first.entity, first.entity_id, first.before_json, first.after_json)
    assert first.machine != "" or True      # the host's name, when it has one


def test_a_batch_of_records_is_chained_too(chained):
    record_audits("touch", "customer", [(1, {"n": 1}), (2, {"n": 2}), (3, None)])
    check = verify_chain()
    assert check.ok and check.records == len(chained) + 3


def test_an_edited_record_is_found_and_named(chained):
    target = chained[2]
    _tamper([f"UPDATE audit_log SET username = 'mallory' WHERE id = {target.id}"])
    check = verify_chain()
    assert not check.ok
    assert check.first_break.seq == target.seq and check.first_break.record_id == target.id
    assert "was changed" in check.first_break.reason and "mallory" in check.first_break.reason


def test_a_deleted_record_is_found(chained):
    target = chained[2]
    _tamper([f"DELETE FROM audit_log WHERE id = {target.id}"])
    check = verify_chain()
    assert not check.ok and check.first_break.seq == target.seq + 1
    assert "missing" in check.first_break.reason


def test_a_deleted_record_with_the_numbers_closed_up_is_found(chained):
    """The attack of the issue: delete a row, move the later ones down so the numbers run on."""
    target = chained[2]
    later = [r for r in chained if r.seq > target.seq]
    _tamper([f"DELETE FROM audit_log WHERE id = {target.id}"]
             + [f"UPDATE audit_log SET seq = {r.seq - 1} WHERE id = {r.id}" for r in later]
             + [f"UPDATE audit_head SET seq = {chained[-1].seq - 1}"])
    check = verify_chain()
    assert not check.ok and check.first_break.seq == target.seq
    assert "does not follow" in check.first_break.reason


def test_an_inserted_record_is_found(chained):
    """A forged record slipped in between two real ones, numbers shifted to make room."""
    target = chained[2]
    later = sorted((r for r in chained if r.seq > target.seq), key=lambda r: -r.seq)
    forged_seq = target.seq + 1
    _tamper([f"UPDATE audit_log SET seq = {r.seq + 1} WHERE id = {r.id}" for r in later]
            + ["INSERT INTO audit_log (at, username, action, entity, entity_id, seq, machine, prev_hash, hash) "
               f"VALUES ('2026-01-01 00:00:00', 'admin', 'void', 'invoice', '1', {forged_seq}, '', "
               f"'{target.hash}', 'forged')"])
    check = verify_chain()
    assert not check.ok and check.first_break.seq == forged_seq


def test_a_record_written_without_the_chain_is_found(chained):
    _tamper(["INSERT INTO audit_log (at, username, action, entity, entity_id) "
             "VALUES ('2026-01-01 00:00:00', 'admin', 'void', 'invoice', '1')"])
    check = verify_chain()
    assert not check.ok and "without the chain" in check.first_break.reason


def test_a_re_sequenced_table_is_found(chained):
    """Two records swap their ids (the table re-numbered): the order no longer holds."""
    a, b = chained[1], chained[3]
    big = 10_000_000
    _tamper([f"UPDATE audit_log SET id = {big} WHERE id = {a.id}",
             f"UPDATE audit_log SET id = {a.id} WHERE id = {b.id}",
             f"UPDATE audit_log SET id = {b.id} WHERE id = {big}"])
    check = verify_chain()
    assert not check.ok and "out of order" in check.first_break.reason


def test_records_cut_off_the_end_are_found(chained):
    last = chained[-1]
    _tamper([f"DELETE FROM audit_log WHERE id = {last.id}"])
    check = verify_chain()
    assert not check.ok and "cut off the end" in check.first_break.reason


def test_the_records_of_books_made_before_the_chain_are_chained_by_the_upgrade(ledger_db, tmp_path):
    """Books at schema step 11 with audit records written the old way: step 12 chains
    them in id order, and the program's next records follow on."""
    from arapp.db import migrations

    d = ledger_db
    if database.is_postgres():
        d.execute_sql("DROP SCHEMA public CASCADE")
        d.execute_sql("CREATE SCHEMA public")
    else:
        database.close_database()
        path = tmp_path / "step11.sqlite3"
        d = database.open_database(path, migrate=False)
    migrations.migrate(d, target=11)
    p = d.param
    with d.atomic():
        with database.service_writes():
            for n in range(7):
                d.execute_sql("INSERT INTO audit_log (at, username, action, entity, entity_id, before_json, "
                              f"after_json) VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p})",
                              (f"2026-0{1 + n % 9}-1{n} 0{n}:15:0{n}", "admin", "create", "customer", str(n),
                               None if n % 2 else '{"a": 1}', '{"名": "客户"}'))
    migrations.migrate(d)
    check = verify_chain()
    assert check.ok and check.records == 7
    assert [r.entity_id for r in AuditLog.select().order_by(AuditLog.seq)] == [str(n) for n in range(7)]
    customers.create_customer(code="NEW1", name="新客户")
    check = verify_chain()
    assert check.ok and check.records > 7
