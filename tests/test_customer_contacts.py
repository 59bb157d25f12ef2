"""Contact persons (联系人) of a customer through the services: add, change, remove, one
primary at most, the whole list saved with the customer in one transaction, each change
audited."""

from __future__ import annotations

import json

import pytest

from arapp.db.models import AuditLog, Contact
from arapp.errors import NotFound, PermissionDenied, ValidationError
from arapp.reports.customers import customer_card
from arapp.services import context, customers
from arapp.services.customers import ContactInput


@pytest.fixture
def books(ledger_db):
    customers.create_customer(name="杭州恒达贸易有限公司", code="A")
    return ledger_db


def people(code: str = "A") -> list[tuple]:
    return [(p.name, p.title, p.phone, p.email, p.is_primary) for p in customer_card(code).contacts]


def audits(action: str) -> list[dict]:
    return [json.loads(a.after_json or a.before_json) for a in
            AuditLog.select().where((AuditLog.entity == "contact") & (AuditLog.action == action)).order_by(AuditLog.id)]


def test_a_contact_is_changed_and_removed_and_each_change_is_audited(books):
    customers.add_contact("A", "王经理", title="财务经理", phone="0571-88886666")
    contact_id = customer_card("A").contacts[0].id
    change = customers.update_contact(contact_id, phone="13900001111", email="wang@hengda.example.cn")
    assert change.changed_fields == ["email", "phone"] and change.changes.touches("customer")
    assert people() == [("王经理", "财务经理", "13900001111", "wang@hengda.example.cn", False)]
    before_after = AuditLog.get((AuditLog.entity == "contact") & (AuditLog.action == "update"))
    assert json.loads(before_after.before_json)["phone"] == "0571-88886666"
    assert json.loads(before_after.after_json)["phone"] == "13900001111"
    customers.remove_contact(contact_id)
    assert people() == []
    assert audits("delete")[0]["name"] == "王经理"


def test_making_a_contact_primary_makes_the_others_not(books):
    customers.add_contact("A", "王经理", is_primary=True)
    customers.add_contact("A", "李会计", is_primary=True)
    assert [(p[0], p[4]) for p in people()] == [("王经理", False), ("李会计", True)]
    wang = customer_card("A").contacts[0].id
    customers.update_contact(wang, is_primary=True)
    assert [(p[0], p[4]) for p in people()] == [("王经理", True), ("李会计", False)]


def test_a_contact_without_a_name_or_a_bad_email_is_refused_naming_the_field(books):
    customers.add_contact("A", "王经理")
    contact_id = customer_card("A").contacts[0].id
    with pytest.raises(ValidationError) as info:
        customers.update_contact(contact_id, name="  ")
    assert info.value.field == "name"
    with pytest.raises(ValidationError) as info:
        customers.add_contact("A", "李会计", email="li at hengda")
    assert info.value.field == "email" and "li at hengda" in info.value.message
    with pytest.raises(NotFound):
        customers.remove_contact(999)


def test_the_contact_list_is_saved_with_the_customer_in_one_transaction(books):
    customers.add_contact("A", "王经理", title="财务经理")
    customers.add_contact("A", "赵出纳")
    wang, zhao = (p.id for p in customer_card("A").contacts)
    change = customers.update_customer("A", name="杭州恒达贸易有限公司", contacts=[
        ContactInput("王经理", title="财务总监", is_primary=True, id=wang),
        ContactInput("孙采购", phone="13800002222"),
    ])
    assert "contacts" in change.changed_fields
    assert people() == [("王经理", "财务总监", "", "", True), ("孙采购", "", "13800002222", "", False)]
    assert Contact.get_or_none(Contact.id == zhao) is None
    assert [a["name"] for a in audits("delete")] == ["赵出纳"]

    with pytest.raises(ValidationError):             # a bad contact: the customer's change is not kept either
        customers.update_customer("A", name="改名公司", contacts=[ContactInput("  ")])
    assert customer_card("A").name == "杭州恒达贸易有限公司"
    with pytest.raises(ValidationError) as info:
        customers.update_customer("A", contacts=[ContactInput("甲", is_primary=True), ContactInput("乙", is_primary=True)])
    assert "primary" in info.value.message


def test_a_new_customer_is_made_with_its_contacts(books):
    change = customers.create_customer(name="宁波海纳进出口有限公司", code="B",
                                       contacts=[ContactInput("陈总", title="总经理", is_primary=True)])
    assert people("B") == [("陈总", "总经理", "", "", True)]
    assert "contacts" in change.changed_fields


def test_another_customers_contact_cannot_be_saved_in_this_ones_list(books):
    customers.create_customer(name="宁波海纳进出口有限公司", code="B")
    customers.add_contact("B", "陈总")
    theirs = customer_card("B").contacts[0].id
    with pytest.raises(NotFound):
        customers.update_customer("A", contacts=[ContactInput("陈总", id=theirs)])
    assert people("B") == [("陈总", "", "", "", False)]


def test_a_cashier_may_not_change_contacts(books):
    customers.add_contact("A", "王经理")
    contact_id = customer_card("A").contacts[0].id
    context.set_actor(context.Actor("cashier1", "cashier"))
    with pytest.raises(PermissionDenied):
        customers.remove_contact(contact_id)
