"""Saving a template writes its next version through the services (the database takes a
template version from nowhere else), audited; the same text writes nothing."""

from __future__ import annotations

import json

import pytest

from arapp.db.models import AuditLog, DocumentTemplate
from arapp.errors import PermissionDenied
from arapp.services import templates
from arapp.services.context import Actor, acting_as


def test_a_saved_template_is_the_next_version_and_audited(ledger_db):
    first = templates.current("reminder_letter", "zh_CN")
    saved = templates.save_template("reminder_letter", "zh_CN", title="催款通知", body=first.body, note="短标题")
    assert saved.written and saved.template.version == 2
    assert templates.current("reminder_letter", "zh_CN").title == "催款通知"
    assert templates.version("reminder_letter", "zh_CN", 1).title == first.title
    audit = AuditLog.get((AuditLog.entity == "document_template") & (AuditLog.entity_id == str(saved.template.id)))
    assert json.loads(audit.after_json)["version"] == 2
    again = templates.save_template("reminder_letter", "zh_CN", title="催款通知", body=first.body)
    assert not again.written
    assert DocumentTemplate.select().where(DocumentTemplate.code == "reminder_letter",
                                           DocumentTemplate.lang == "zh_CN").count() == 2


def test_only_a_manager_saves_a_template(ledger_db):
    first = templates.current("final_demand", "en")
    with acting_as(Actor("chen", "collector")), pytest.raises(PermissionDenied):
        templates.save_template("final_demand", "en", title="x", body=first.body)
