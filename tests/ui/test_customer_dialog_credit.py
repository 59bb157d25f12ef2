"""The customer dialog greys out the credit decisions for a user who may not make them."""

from __future__ import annotations

from arapp.db import lookups
from arapp.services.context import Actor, acting_as
from arapp.ui.dialogs.customer import CustomerDialog


def test_a_bookkeeper_sees_rating_limit_and_status_greyed_out_and_saves_the_defaults(qtbot, books, op):
    with acting_as(Actor("lixm", "bookkeeper")):
        dialog = CustomerDialog()
        qtbot.addWidget(dialog)
        for widget in (dialog.credit_rating, dialog.credit_limit, dialog.status):
            assert not widget.isEnabled()
            assert "credit.approve" in widget.toolTip()
        assert dialog.terms.isEnabled() and dialog.name.isEnabled()
        dialog.name.setText("宁波同舟纺织有限公司")
        dialog.credit_limit.setText("999,999,999,999.99")     # a setText the user could not type
        outcome = op(dialog.save)
        assert outcome.ok, outcome
    c = lookups.customer(outcome.result.results[0].customer_id)
    assert (c.credit_rating, c.credit_limit, c.status) == ("", None, "active")


def test_a_bookkeeper_edits_a_customer_without_touching_its_credit_decisions(qtbot, books, op):
    cid = books.customer("南京凯旋化工有限公司", credit_rating="B", credit_limit=5_000_000)
    with acting_as(Actor("lixm", "bookkeeper")):
        dialog = CustomerDialog(None, cid)
        qtbot.addWidget(dialog)
        assert not dialog.credit_limit.isEnabled()
        dialog.phone.setText("025-88886666")
        assert op(dialog.save).ok
    c = lookups.customer(cid)
    assert (c.phone, c.credit_rating, c.credit_limit) == ("025-88886666", "B", 5_000_000)


def test_a_manager_sets_rating_and_limit_in_the_dialog(qtbot, books, op):
    with acting_as(Actor("boss", "manager")):
        dialog = CustomerDialog()
        qtbot.addWidget(dialog)
        assert dialog.credit_rating.isEnabled() and dialog.credit_limit.isEnabled()
        assert dialog.credit_limit.toolTip() == ""
        dialog.name.setText("宁波同舟纺织有限公司")
        dialog.credit_rating.setCurrentIndex(dialog.credit_rating.findData("A"))
        dialog.credit_limit.setText("100,000")
        outcome = op(dialog.save)
        assert outcome.ok
    c = lookups.customer(outcome.result.results[0].customer_id)
    assert (c.credit_rating, c.credit_limit) == ("A", 10_000_000)
