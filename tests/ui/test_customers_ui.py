"""The Customers tab and the customer dialog: search, add, edit, validation, balances."""

from __future__ import annotations

import datetime as _dt

from arapp.db import lookups
from arapp.reports.customers import customer_card, find_customers
from arapp.services import customers as customer_service
from arapp.ui.dialogs.customer import CustomerDialog
from arapp.ui.tabs.customers import CustomersTab


def make_tab(qtbot, runner, wait_loaded) -> CustomersTab:
    tab = CustomersTab(runner)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    tab.refresh()
    wait_loaded(tab.model)
    return tab


def test_create_customer_via_dialog_appears_selected_in_list(qtbot, runner, books, wait_loaded, op):
    books.customer("杭州华美酒店管理有限公司")
    tab = make_tab(qtbot, runner, wait_loaded)
    assert tab.model.rowCount() == 1

    dialog = tab.add_customer()
    assert tab.current_dialog is dialog
    dialog.name.setText("  苏州海纳贸易代理有限公司 ")
    dialog.phone.setText("0512-65550000")
    dialog.email.setText("ar@haina.example.cn")
    dialog.credit_limit.setText("¥100,000.50")
    dialog.terms.setText("45")
    dialog.kind.setCurrentIndex(dialog.kind.findData("agent"))
    dialog.aliases.setPlainText("海纳贸易\n苏州海纳\n\n海纳贸易")
    outcome = op(dialog.save)
    assert outcome.ok

    customer_id = outcome.result.results[0].customer_id
    c = lookups.customer(customer_id)
    assert (c.name, c.phone, c.credit_limit, c.payment_terms_days, c.kind) == (
        "苏州海纳贸易代理有限公司", "0512-65550000", 10000050, 45, "agent")
    assert c.code.startswith("C")
    assert list(customer_card(customer_id).aliases) == ["海纳贸易", "苏州海纳"]
    qtbot.waitUntil(lambda: tab.selected_customer_id() == customer_id)
    assert tab.model.rowCount() == 2
    assert tab.detail.title.text() == "苏州海纳贸易代理有限公司"
    assert "海纳贸易" in tab.detail.aliases_text.text()


def test_customer_dialog_refuses_bad_input_and_names_the_field(qtbot, books, op):
    books.customer("已存在客户", code="C900001")
    dialog = CustomerDialog()
    qtbot.addWidget(dialog)

    assert not dialog.save()                          # no name
    assert dialog.name.property("invalid") is True
    assert "客户名称" in dialog.error.text()

    dialog.name.setText("宁波同舟纺织有限公司")
    dialog.credit_limit.setText("1.234")
    assert not dialog.save()
    assert dialog.credit_limit.property("invalid") is True
    assert dialog.error.text().startswith("信用额度")

    dialog.credit_limit.setText("")
    dialog.terms.setText("三十")
    assert not dialog.save()
    assert dialog.terms.property("invalid") is True

    dialog.terms.setText("30")
    dialog.email.setText("not-an-address")
    assert not dialog.save()
    assert dialog.email.property("invalid") is True

    dialog.email.setText("")
    dialog.code.setText("C900001")                     # the service refuses a used code
    assert not op(dialog.save).ok
    assert len(find_customers("")) == 1        # nothing written
    assert dialog.code.property("invalid") is True
    assert dialog.error.text().startswith("客户编码")
    assert "C900001" in dialog.error.text()

    dialog.code.setText("")
    assert op(dialog.save).ok
    assert dialog.name.property("invalid") is False


def test_edit_customer_changes_master_data_and_aliases(qtbot, books, op):
    cid = books.customer("南京凯旋化工有限公司", phone="025-1")
    customer_service.set_aliases(cid, ["凯旋化工"])
    dialog = CustomerDialog(None, cid)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "南京凯旋化工有限公司"
    assert dialog.aliases.toPlainText() == "凯旋化工"
    dialog.phone.setText("025-88886666")
    dialog.aliases.setPlainText("凯旋\n南京凯旋")
    dialog.status.setCurrentIndex(dialog.status.findData("on_hold"))
    assert op(dialog.save).ok
    c = lookups.customer(cid)
    assert (c.phone, c.status) == ("025-88886666", "on_hold")
    assert list(customer_card(cid).aliases) == ["凯旋", "南京凯旋"]


def test_edit_refuses_a_blank_code(qtbot, books):
    cid = books.customer("常州兴业酒店管理有限公司")
    dialog = CustomerDialog(None, cid)
    qtbot.addWidget(dialog)
    dialog.code.setText("")
    assert not dialog.save()
    assert dialog.code.property("invalid") is True
    assert lookups.customer(cid).code != ""


def test_search_is_debounced_and_matches_alias(qtbot, runner, books, wait_loaded):
    a = books.customer("无锡永盛纺织有限公司", phone="0510-1234")
    books.customer("嘉兴华信营销策划有限公司")
    customer_service.set_aliases(a, ["永盛纺织厂"])
    tab = make_tab(qtbot, runner, wait_loaded)
    assert tab.model.rowCount() == 2
    tab.search.setText("纺织厂")
    assert tab.search_timer.isActive()
    assert tab.model.rowCount() == 2                  # nothing happens at once
    qtbot.waitUntil(lambda: tab.model.search_text == "纺织厂", timeout=2000)
    wait_loaded(tab.model)
    assert [r.id for r in tab.model.rows()] == [a]
    tab.search.setText("0510")
    qtbot.waitUntil(lambda: tab.model.search_text == "0510", timeout=2000)
    wait_loaded(tab.model)
    assert [r.id for r in tab.model.rows()] == [a]


def test_detail_shows_open_items_and_totals(qtbot, runner, books, wait_loaded):
    cid = books.customer("合肥佳和经销有限公司", payment_terms_days=30)
    today = _dt.date.today()
    books.invoice(cid, 10000, today - _dt.timedelta(days=90))       # overdue
    books.invoice(cid, 25050, today)                                # not yet due
    tab = make_tab(qtbot, runner, wait_loaded)
    qtbot.waitUntil(lambda: tab.selected_customer_id() == cid)
    detail = tab.detail
    assert detail.items_model.rowCount() == 2
    assert detail.figure_values["open"].text() == "¥350.50"
    assert detail.figure_values["overdue"].text() == "¥100.00"
    assert "¥350.50" in detail.items_total.text() and "¥100.00" in detail.items_total.text()
    row = tab.model.row_at(0)
    assert (row.balance, row.overdue) == (35050, 10000)
    assert tab.model.data(tab.model.index(0, 3)) == "350.50"


def test_credit_dialog_shows_the_suggestion_and_only_a_manager_decides(qtbot, books, runner, op):
    import datetime as dt

    from arapp.db.models import CreditAssessment, Customer
    from arapp.services.context import Actor, acting_as
    from arapp.ui.dialogs.credit import CreditDialog

    cid = books.customer("杭州恒达贸易有限公司", payment_terms_days=30)
    books.invoice(cid, 100000, dt.date(2026, 1, 1))
    with acting_as(Actor("li", "bookkeeper")):
        d = CreditDialog(None, cid)
        qtbot.addWidget(d)
        assert "建议等级" in d.suggestion_label.text()
        assert d.reasons.text().startswith("•")
        assert not d.may_decide and not d.permission_note.isHidden()
    d = CreditDialog(None, cid)
    qtbot.addWidget(d)
    d.rating.setCurrentIndex(d.rating.findData("C"))
    d.limit.setText("50,000.005")
    assert not d.save()                                     # three decimals: refused
    assert d.error.text()
    d.limit.setText("50,000")
    d.notes["character"].setText("多次拖欠")
    assert op(d.save).ok
    c = Customer.get_by_id(cid)
    assert (c.credit_rating, c.credit_limit) == ("C", 5000000)
    assert CreditAssessment.get().character_note == "多次拖欠"
