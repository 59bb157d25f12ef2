"""The Settings dialog in sections: the company's images (logo, seal, collection QR) kept
and removed at once with a thumbnail, audited by SHA-256, a bad file refused naming the
image; a refused field turns to its section; the e-mail password never shown back and
kept when left empty."""

from __future__ import annotations

import hashlib
import io
import json

import pytest
from PIL import Image

from arapp.db.models import AuditLog
from arapp.reports.company import company_image
from arapp.services.context import Actor, acting_as
from arapp.ui.dialogs import settings_images
from arapp.ui.dialogs.settings import SettingsDialog


def png(color=(200, 30, 30), size=(60, 40)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def dialog(ui_db, qtbot):
    d = SettingsDialog(None)
    qtbot.addWidget(d)
    return d


def choose(monkeypatch, path):
    monkeypatch.setattr(settings_images, "choose_image_file", lambda _parent, _title: str(path))


def test_a_seal_chosen_is_kept_with_a_thumbnail_and_removed_again_audited_by_sha256(dialog, op, tmp_path,
                                                                                   monkeypatch):
    content = png()
    path = tmp_path / "公章.png"
    path.write_bytes(content)
    choose(monkeypatch, path)
    images = dialog.images
    assert images.states["seal"].text() == "未设置" and not images.remove_buttons["seal"].isEnabled()
    assert op(images.choose, "seal").ok
    assert company_image("seal") == content
    assert not images.thumbnails["seal"].pixmap().isNull()
    assert "60 × 40" in images.states["seal"].text()
    assert images.remove_buttons["seal"].isEnabled()
    digest = hashlib.sha256(content).hexdigest()
    kept = AuditLog.get((AuditLog.entity == "company_image") & (AuditLog.action == "update"))
    assert json.loads(kept.after_json)["sha256"] == digest and content.hex() not in kept.after_json
    assert op(images.remove, "seal").ok
    assert company_image("seal") is None
    removed = AuditLog.get((AuditLog.entity == "company_image") & (AuditLog.action == "delete"))
    assert json.loads(removed.before_json)["sha256"] == digest
    assert images.states["seal"].text() == "未设置" and not images.remove_buttons["seal"].isEnabled()


def test_a_file_that_is_no_image_is_refused_naming_the_image(dialog, op, tmp_path, monkeypatch):
    path = tmp_path / "qr.png"
    path.write_bytes(b"GIF89a not a png")
    choose(monkeypatch, path)
    outcome = op(dialog.images.choose, "payment_qr")
    assert not outcome.ok
    message = dialog.images.error.text()
    assert "收款码" in message and "qr.png" in message
    assert dialog.images.thumbnails["payment_qr"].property("invalid") is True
    assert company_image("payment_qr") is None


def test_a_missing_file_is_refused_naming_the_image_and_the_file(dialog, op, tmp_path, monkeypatch):
    choose(monkeypatch, tmp_path / "logo.png")
    assert not op(dialog.images.choose, "logo").ok
    assert "标志" in dialog.images.error.text() and "logo.png" in dialog.images.error.text()


def test_a_cashier_sees_the_images_but_cannot_change_them(ui_db, qtbot):
    with acting_as(Actor("li", "cashier")):
        d = SettingsDialog(None)
        qtbot.addWidget(d)
        assert not any(b.isEnabled() for b in d.images.choose_buttons.values())
        assert not any(b.isEnabled() for b in d.images.remove_buttons.values())


def test_the_sections_are_tabs_and_a_refusal_turns_to_the_field(dialog, op):
    titles = [dialog.sections.tabText(i) for i in range(dialog.sections.count())]
    assert titles[0] == "公司与信头" and "单据图片" in titles and "信函" in titles and "信用与日期" in titles
    dialog.sections.setCurrentIndex(dialog.sections.count() - 1)
    dialog.fields["company.name"].setText("")
    assert not op(dialog.save).ok
    assert dialog.sections.currentIndex() == 0
    assert dialog.fields["company.name"].property("invalid") is True


def test_nothing_is_kept_when_one_section_is_refused(dialog, op):
    from arapp.services import credit, settings

    before = credit.hold_overdue_days()
    dialog.fields["company.name"].setText("")
    dialog.hold_days.setValue(before + 10)
    assert not op(dialog.save).ok
    assert credit.hold_overdue_days() == before
    assert settings.get_settings()["company.name"] == ""


def test_the_smtp_password_is_never_shown_and_kept_when_left_empty(ui_db, qtbot, op):
    mail_settings = pytest.importorskip("arapp.services.mail_settings")
    mail_settings.save_smtp_settings(host="smtp.example.com", port=465, security="ssl", user="ar@example.com",
                                     password="s3cret!", from_address="ar@example.com", from_name="应收组")
    d = SettingsDialog(None)
    qtbot.addWidget(d)
    assert d.mail is not None
    assert d.mail.password.text() == "" and d.mail.password.echoMode() == d.mail.password.EchoMode.Password
    assert d.mail.host.text() == "smtp.example.com"
    d.fields["company.name"].setText("上海锦程物业有限公司")
    d.mail.host.setText("smtp.exmail.qq.com")
    assert op(d.save).ok
    stored = mail_settings.smtp_settings()
    assert stored.host == "smtp.exmail.qq.com" and stored.password == "s3cret!"
    assert "s3cret!" not in json.dumps([a.after_json for a in AuditLog.select()], ensure_ascii=False)
    assert d.mail.password.text() == ""
    reopened = SettingsDialog(None)
    qtbot.addWidget(reopened)
    assert reopened.mail.password.text() == "" and reopened.mail.has_password


class FakeMailSettings:
    """services.mail_settings as the e-mail helper builds it: a password never given back
    by the form, None to keep it."""

    def __init__(self):
        self.saved: list[dict] = []
        self.values = {"host": "smtp.example.com", "port": 465, "security": "ssl", "user": "ar@example.com",
                       "password": "s3cret!", "from_address": "ar@example.com", "from_name": "应收组"}

    def smtp_settings(self):
        return dict(self.values)

    def save_smtp_settings(self, **values):
        self.saved.append(values)
        for k, v in values.items():
            if v is not None:
                self.values[k] = v


class FakeMail:
    @staticmethod
    def test_smtp():
        return "250 OK"


@pytest.fixture
def fake_mail(monkeypatch):
    from arapp.ui.dialogs import settings as settings_module

    module = FakeMailSettings()
    monkeypatch.setattr(settings_module, "mail_modules", lambda: (module, FakeMail))
    return module


def test_the_password_is_not_shown_and_an_empty_field_keeps_it(ui_db, qtbot, op, fake_mail):
    d = SettingsDialog(None)
    qtbot.addWidget(d)
    mail = d.mail
    assert mail.password.text() == "" and mail.password.echoMode() == mail.password.EchoMode.Password
    assert "留空" in mail.password.placeholderText()
    assert mail.host.text() == "smtp.example.com" and mail.security.currentData() == "ssl"
    d.fields["company.name"].setText("上海锦程物业有限公司")
    mail.host.setText("smtp.exmail.qq.com")
    assert op(d.save).ok
    assert fake_mail.saved[-1]["password"] is None and fake_mail.saved[-1]["host"] == "smtp.exmail.qq.com"
    assert fake_mail.values["password"] == "s3cret!"


def test_a_typed_password_is_saved_and_the_field_emptied(ui_db, qtbot, op, fake_mail):
    d = SettingsDialog(None)
    qtbot.addWidget(d)
    d.fields["company.name"].setText("上海锦程物业有限公司")
    d.mail.password.setText("n3w")
    assert op(d.mail.test).ok
    assert fake_mail.values["password"] == "n3w"
    assert d.mail.password.text() == "" and "250 OK" in d.mail.result.text()


def test_an_unchanged_mail_section_writes_nothing(ui_db, qtbot, op, fake_mail):
    d = SettingsDialog(None)
    qtbot.addWidget(d)
    d.fields["company.name"].setText("上海锦程物业有限公司")
    assert op(d.save).ok
    assert fake_mail.saved == []


def test_a_refused_mail_field_turns_to_the_mail_section(ui_db, qtbot, op, monkeypatch, fake_mail):
    from arapp.errors import ValidationError

    def refuse(**_values):
        raise ValidationError("发件地址：'x' 不是电子邮件地址", field="mail.from_address")

    monkeypatch.setattr(fake_mail, "save_smtp_settings", refuse)
    d = SettingsDialog(None)
    qtbot.addWidget(d)
    d.fields["company.name"].setText("上海锦程物业有限公司")
    d.mail.from_address.setText("x")
    assert not op(d.save).ok
    assert d.sections.currentWidget() is d.mail
    assert d.mail.from_address.property("invalid") is True
    from arapp.services import settings

    assert settings.get_settings()["company.name"] == ""       # nothing of the save was kept


def test_the_late_fee_and_the_deadline_are_saved_with_the_settings(ui_db, qtbot, op):
    letter_settings = pytest.importorskip("arapp.services.letter_settings")
    d = SettingsDialog(None)
    qtbot.addWidget(d)
    letters = d.letters
    assert letters.module is not None and not letters.charge.isChecked() and not letters.rate.isEnabled()
    d.fields["company.name"].setText("上海锦程物业有限公司")
    letters.charge.setChecked(True)
    letters.rate.setText("0.5")
    letters.grace.setValue(5)
    letters.deadline.setValue(10)
    assert op(d.save).ok
    saved = letter_settings.get_letter_settings()
    assert (str(saved.late_fee.rate_per_mille), saved.late_fee.grace_days, saved.deadline_days) == ("0.5", 5, 10)


def test_a_bad_late_fee_rate_is_refused_in_the_letters_section(ui_db, qtbot, op):
    pytest.importorskip("arapp.services.letter_settings")
    d = SettingsDialog(None)
    qtbot.addWidget(d)
    d.fields["company.name"].setText("上海锦程物业有限公司")
    d.letters.charge.setChecked(True)
    d.letters.rate.setText("百分之五")
    assert not op(d.save).ok
    assert d.sections.currentWidget() is d.letters
    assert d.letters.rate.property("invalid") is True and "百分之五" in d.error.text()
