"""The one check of typed text: control and invisible characters refused, pasted line
ends stripped, line breaks only in notes, a length limit per kind of field."""

from __future__ import annotations

import pytest

from arapp import i18n
from arapp.domain import text
from arapp.errors import ValidationError

REFUSED = {
    "ESC sequence": "A\x1b[31mB",
    "NUL": "A\x00B",
    "backspace": "AB\x08\x08CD",
    "carriage return inside": "A\rB",
    "DEL": "A\x7fB",
    "C1 control": "A\x9bB",
    "right-to-left override": "INV\u202e9102",
    "left-to-right isolate": "A\u2066B",
    "zero-width space": "A\u200bB",
    "byte-order mark": "A\ufeffB",
    "lone surrogate": "A\ud800B",
}


@pytest.mark.parametrize("kind", [text.CODE, text.NAME, text.SHORT, text.LINE, text.NOTE])
@pytest.mark.parametrize("value", REFUSED.values(), ids=REFUSED.keys())
def test_control_and_invisible_characters_are_refused_in_every_kind(value, kind):
    if kind == text.NOTE and "\r" in value:
        return                                   # a CR in a note is a line end: kept as LF
    with pytest.raises(ValidationError) as err:
        text.clean_text(value, kind, "Customer code", field="code")
    assert err.value.field == "code"
    assert err.value.message.startswith("Customer code")
    assert "\x1b" not in err.value.message and "\u202e" not in err.value.message


def test_the_refusal_names_the_character_and_where_it_is():
    with pytest.raises(ValidationError) as err:
        text.clean_text("INV\u202e9102", text.CODE, "Customer code")
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in err.value.message and "character 4" in err.value.message
    assert "INV\\u202e9102" in err.value.message
    with pytest.raises(ValidationError) as err:
        text.clean_text("A\x1b[2J", text.NAME, "Name")
    assert "U+001B" in err.value.message


@pytest.mark.parametrize("kind", [text.CODE, text.NAME, text.LINE, text.NOTE])
def test_pasted_white_space_around_the_text_is_stripped(kind):
    assert text.clean_text("  甲公司\t\r\n", kind, "Name") == "甲公司"
    assert text.clean_text(None, kind, "Name") == ""


@pytest.mark.parametrize("kind", [text.CODE, text.NAME, text.SHORT, text.LINE])
@pytest.mark.parametrize("value", ["第一行\n第二行", "a\tb", "a\u2028b"])
def test_one_line_fields_refuse_line_breaks_and_tabs(kind, value):
    with pytest.raises(ValidationError):
        text.clean_text(value, kind, "Address")


def test_notes_keep_line_breaks_and_tabs_with_line_ends_made_lf():
    assert text.clean_text("第一行\r\n第二行\r第三行\u2028四\n\t缩进\n", text.NOTE, "Notes") == \
        "第一行\n第二行\n第三行\n四\n\t缩进"


def test_emoji_joiners_and_ordinary_chinese_punctuation_pass():
    for value in ("👨\u200d👩\u200d👧 家庭", "杭州·恒达（集团）有限公司", "Ｆｕｌｌ　ｗｉｄｔｈ", "¥1,234.50—“引号”"):
        assert text.clean_text(value, text.NAME, "Name") == value


@pytest.mark.parametrize("kind", text.LIMITS)
def test_each_kind_takes_its_limit_and_refuses_one_more(kind):
    limit = text.max_length(kind)
    assert text.clean_text("字" * limit, kind, "Field") == "字" * limit
    with pytest.raises(ValidationError) as err:
        text.clean_text("字" * (limit + 1), kind, "Field", field="f")
    assert f"at most {limit:,}" in err.value.message and f"{limit + 1:,} characters" in err.value.message


def test_no_kind_takes_a_hundred_thousand_characters():
    assert max(text.LIMITS.values()) < 100_000


def test_the_length_refusal_is_in_the_users_language():
    i18n.set_language("zh_CN")
    with pytest.raises(ValidationError) as err:
        text.clean_text("x" * 2001, text.NOTE, "备注")
    assert err.value.message.startswith("备注") and "2,000" in err.value.message and "字" in err.value.message


def test_text_that_is_not_a_string_is_refused():
    with pytest.raises(ValidationError):
        text.clean_text(12, text.NAME, "Name")
