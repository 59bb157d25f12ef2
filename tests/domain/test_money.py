"""Money: integer fen, parsing what people type, rounding, splitting, 人民币大写."""

from __future__ import annotations

import ast
import math
import re
import string
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arapp import i18n
from arapp.domain.money import (
    MAX_ABS_FEN,
    amount_in_words,
    fen_to_decimal,
    format_amount,
    format_plain,
    from_excel_number,
    multiply_fen,
    parse_amount,
    round_half_up_fen,
    split_amount,
    split_evenly,
    yuan_to_fen,
)
from arapp.errors import ValidationError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def english():
    """Messages are checked in the English source language; the previous one comes back."""
    before = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


# --- parse_amount: what people type --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("1234.5", 123450),
        ("1,234.50", 123450),
        ("¥1,234.50", 123450),
        ("￥1,234.50", 123450),
        ("(1,234.50)", -123450),
        ("-1,234.50", -123450),
        ("+12", 1200),
        ("１２３４．５", 123450),
        ("１，２３４．５０", 123450),
        ("￥１，２３４．５", 123450),
        ("（１２３４．５）", -123450),
        ("－１２", -1200),
        ("−12", -1200),  # U+2212 minus sign pasted from a web page
        ("1234.5元", 123450),
        ("1234.5 元", 123450),
        ("  1,234.50  ", 123450),
        ("\u30001234.5\u3000", 123450),  # ideographic spaces
        ("RMB 100", 10000),
        ("rmb100", 10000),
        ("CNY100.01", 10001),
        ("100 CNY", 10000),
        ("人民币100", 10000),
        ("-¥1,234.50", -123450),
        ("¥-1,234.50", -123450),
        ("(¥1,234.50)", -123450),
        ("¥(1,234.50)", -123450),
        ("0", 0),
        ("-0.00", 0),
        ("0.01", 1),
        (".5", 50),
        ("5.", 500),
        ("007", 700),
        ("1.230", 123),  # extra zeros lose nothing
        ("1,234,567.89", 123456789),
        ("999,999,999,999.99", MAX_ABS_FEN),
    ],
)
def test_parse_amount_accepts_the_forms_people_type(text, fen):
    assert parse_amount(text) == fen


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("abc", "is not an amount"),
        ("12abc", "is not an amount"),
        ("1e5", "is not an amount"),
        ("1 234", "is not an amount"),
        ("¥", "is not an amount"),
        ("元", "is not an amount"),
        (".", "is not an amount"),
        ("¥¥1", "is not an amount"),
        ("--1", "is not an amount"),
        ("-(1.00)", "is not an amount"),
        ("((1))", "is not an amount"),
        ("1.2.3", "is not an amount"),
        ("NaN", "is not an amount"),
        ("1.234", "more than two decimal places"),
        ("0.001", "more than two decimal places"),
        ("¥1,234.505", "more than two decimal places"),
        ("1,23.4", "misplaced thousands separators"),
        ("1234,567", "misplaced thousands separators"),
        ("1,2345", "misplaced thousands separators"),
        (",123", "misplaced thousands separators"),
        ("1,,234", "misplaced thousands separators"),
        ("1,000,000,000,000.00", "too large"),
        ("12345678901234567890", "too large"),
    ],
)
def test_parse_amount_refuses_bad_text_and_names_it(text, complaint):
    with pytest.raises(ValidationError) as caught:
        parse_amount(text, field="amount")
    assert complaint in caught.value.message
    assert f"'{text}'" in caught.value.message
    assert caught.value.field == "amount"


@pytest.mark.parametrize("text", ["", "   ", "\u3000"])
def test_parse_amount_refuses_empty_input(text):
    with pytest.raises(ValidationError, match="empty"):
        parse_amount(text)


def test_more_than_two_decimals_is_refused_not_rounded():
    with pytest.raises(ValidationError):
        parse_amount("2.675")
    with pytest.raises(ValidationError):
        parse_amount(Decimal("2.675"))


def test_negative_refused_when_not_allowed_but_zero_is_fine():
    with pytest.raises(ValidationError, match="negative") as caught:
        parse_amount("(5.00)", allow_negative=False, field="paid")
    assert "'(5.00)'" in caught.value.message
    assert caught.value.field == "paid"
    with pytest.raises(ValidationError, match="negative"):
        parse_amount(Decimal("-1"), allow_negative=False)
    assert parse_amount("-0", allow_negative=False) == 0
    assert parse_amount("5", allow_negative=False) == 500


def test_parse_amount_takes_decimal_as_yuan():
    assert parse_amount(Decimal("1234.5")) == 123450
    assert parse_amount(Decimal("-0.01")) == -1
    assert parse_amount(Decimal("1.2300")) == 123


@pytest.mark.parametrize("value", [12, 12.5, True, None, b"12"])
def test_parse_amount_refuses_ints_and_floats_as_ambiguous(value):
    with pytest.raises(TypeError):
        parse_amount(value)


def test_long_garbage_is_shortened_in_the_message():
    with pytest.raises(ValidationError) as caught:
        parse_amount("x" * 500)
    assert len(caught.value.message) < 100


# --- yuan_to_fen, from_excel_number, rounding ------------------------------------------


def test_yuan_to_fen_is_exact_or_refuses():
    assert yuan_to_fen(Decimal("12.30")) == 1230
    assert yuan_to_fen(Decimal("-0.05")) == -5
    assert yuan_to_fen(Decimal("1E+2")) == 10000
    with pytest.raises(ValidationError, match="more than two decimal places"):
        yuan_to_fen(Decimal("0.005"))
    for bad in (Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity")):
        with pytest.raises(ValidationError):
            yuan_to_fen(bad)
    with pytest.raises(TypeError):
        yuan_to_fen(1.5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cell", "fen"),
    [
        (3.7599999999999998, 376),
        (3.76, 376),
        (0.1 + 0.2, 30),  # 0.30000000000000004
        (1909.85, 190985),
        (1.005, 101),  # the float repr is 1.005; half up
        (2.675, 268),  # float round() says 2.67
        (-2.675, -268),
        (1234, 123400),
        (0.0, 0),
        (Decimal("12.345"), 1235),
        (1e-7, 0),
    ],
)
def test_from_excel_number_goes_through_the_shortest_repr(cell, fen):
    assert from_excel_number(cell) == fen


def test_from_excel_number_never_truncates():
    # Truncating float arithmetic loses a fen: 1.15 * 100 is 114.99999999999999.
    assert int(1.15 * 100) == 114
    assert from_excel_number(1.15) == 115
    assert int(19.99 * 100) == 1998
    assert from_excel_number(19.99) == 1999
    # A cell holding a float just below 3.76 (the result of an Excel formula) reads 3.76.
    below = math.nextafter(3.76, 0)
    assert repr(below) == "3.7599999999999993"
    assert from_excel_number(below) == 376
    assert from_excel_number(math.nextafter(3.765, 0)) == 376  # 3.7649999999999997


@pytest.mark.parametrize("cell", [float("nan"), float("inf"), -float("inf"), 1e20])
def test_from_excel_number_refuses_non_amounts(cell):
    with pytest.raises(ValidationError):
        from_excel_number(cell, field="金额")


def test_from_excel_number_refuses_non_numbers():
    for bad in ("3.76", True, None):
        with pytest.raises(TypeError):
            from_excel_number(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("yuan", "fen"),
    [
        (Decimal("2.675"), 268),
        (Decimal("2.665"), 267),
        (Decimal("2.6749999"), 267),
        (Decimal("-2.675"), -268),
        (Decimal("0.005"), 1),
        (Decimal("0.0049"), 0),
        (Decimal("12"), 1200),
        (Fraction(1, 3), 33),
        (Fraction(2, 3), 67),
        (7, 700),
    ],
)
def test_round_half_up_fen(yuan, fen):
    assert round_half_up_fen(yuan) == fen


def test_round_half_up_fen_differs_from_float_round():
    assert round(2.675, 2) == 2.67  # the trap DOMAIN.md warns about
    assert round_half_up_fen(Decimal("2.675")) == 268


def test_round_half_up_fen_is_exact_beyond_decimal_context_precision():
    # 40 significant digits: the default Decimal context (28) would round twice.
    value = Decimal("1234567890123.4450000000000000000000000001")
    assert round_half_up_fen(value) == 123456789012345


def test_round_half_up_fen_refuses_floats_and_nan():
    with pytest.raises(TypeError):
        round_half_up_fen(2.675)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        round_half_up_fen(Decimal("NaN"))


@pytest.mark.parametrize(
    ("fen", "factor", "result"),
    [
        (200000, Decimal("0.003") * 10, 6000),  # 2,000.00 × 3‰ × 10 days = 60.00
        (200000, Decimal("0.0003") * 10, 600),
        (100, Decimal("0.5"), 50),
        (1, Decimal("0.5"), 1),  # half up
        (-1, Decimal("0.5"), -1),  # half away from zero
        (3, Decimal("0.5"), 2),
        (12345, Decimal("0.7"), 8642),  # 8641.5
        (999, Fraction(1, 3), 333),
        (100, 3, 300),
        (0, Decimal("123.456"), 0),
    ],
)
def test_multiply_fen_rounds_half_up(fen, factor, result):
    assert multiply_fen(fen, factor) == result


def test_multiply_fen_refuses_floats():
    with pytest.raises(TypeError):
        multiply_fen(100, 0.003)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        multiply_fen(100.0, Decimal("1"))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        multiply_fen(100, Decimal("NaN"))


# --- the regression cases in DOMAIN.md --------------------------------------------------


def _allocate_oldest_first(receipt: int, open_amounts: list[int]) -> list[int]:
    """What stays open on each invoice after applying a receipt oldest first."""
    left = []
    for amount in open_amounts:
        applied = min(receipt, amount)
        receipt -= applied
        left.append(amount - applied)
    return left


def test_two_invoices_paid_by_their_exact_sum_leave_nothing_open():
    invoices = [parse_amount("1.15"), parse_amount("2.30")]
    receipt = parse_amount("3.45")
    assert _allocate_oldest_first(receipt, invoices) == [0, 0]
    assert format_plain(sum(_allocate_oldest_first(receipt, invoices))) == "0.00"


def test_sum_is_exact():
    assert parse_amount("3.14") + parse_amount("10.96") == parse_amount("14.10")
    assert format_amount(parse_amount("3.14") + parse_amount("10.96")) == "¥14.10"


def test_payment_plus_deduction_settles_the_invoice():
    invoice = parse_amount("1,909.85")
    paid = parse_amount("1,871.65")
    deduction = parse_amount("38.20")
    assert invoice - paid - deduction == 0
    assert from_excel_number(1909.85) - from_excel_number(1871.65) - from_excel_number(38.2) == 0


# --- formatting -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fen", "full", "plain"),
    [
        (123456, "¥1,234.56", "1234.56"),
        (-123456, "-¥1,234.56", "-1234.56"),
        (0, "¥0.00", "0.00"),
        (5, "¥0.05", "0.05"),
        (-5, "-¥0.05", "-0.05"),
        (100, "¥1.00", "1.00"),
        (123456789012, "¥1,234,567,890.12", "1234567890.12"),
    ],
)
def test_format_amount_and_plain(fen, full, plain):
    assert format_amount(fen) == full
    assert format_plain(fen) == plain


def test_format_amount_options():
    assert format_amount(-123456, symbol=False) == "-1,234.56"
    assert format_amount(123456, thousands=False) == "¥1234.56"
    assert format_amount(123456, symbol=False, thousands=False) == "1234.56"


def test_fen_to_decimal():
    assert fen_to_decimal(123456) == Decimal("1234.56")
    assert str(fen_to_decimal(100)) == "1.00"
    assert str(fen_to_decimal(-5)) == "-0.05"
    assert str(fen_to_decimal(0)) == "0.00"


@pytest.mark.parametrize("bad", [1.5, Decimal("1"), "100", True])
def test_formatting_refuses_anything_but_int_fen(bad):
    for fn in (format_amount, format_plain, fen_to_decimal, amount_in_words):
        with pytest.raises(TypeError):
            fn(bad)


@given(st.integers(min_value=-MAX_ABS_FEN, max_value=MAX_ABS_FEN))
def test_parse_reads_back_every_format(fen):
    assert parse_amount(format_amount(fen)) == fen
    assert parse_amount(format_amount(fen, symbol=False)) == fen
    assert parse_amount(format_amount(fen, thousands=False)) == fen
    assert parse_amount(format_plain(fen)) == fen
    assert parse_amount(fen_to_decimal(fen)) == fen
    assert yuan_to_fen(Decimal(format_plain(fen))) == fen


# --- 人民币大写 -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        # DOMAIN.md and the brief
        ("1,004.56", "壹仟零肆元伍角陆分"),
        ("532.00", "伍佰叁拾贰元整"),
        ("0.50", "伍角整"),
        ("100,000.00", "壹拾万元整"),
        ("0.05", "伍分"),
        ("10.05", "壹拾元零伍分"),
        ("1,000,000,000.00", "壹拾亿元整"),
        ("100,010.00", "壹拾万零壹拾元整"),
        ("105,000.00", "壹拾万零伍仟元整"),  # PBOC (三): 万位 0, 千位 not: the 零 is written
        ("1,005,000.00", "壹佰万零伍仟元整"),
        ("105,001.50", "壹拾万零伍仟零壹元伍角整"),
        ("105,000.50", "壹拾万伍仟元零伍角整"),  # one 零 for 万位 and 元位, at the 元
        ("1,050,000,000.00", "壹拾亿零伍仟万元整"),
        ("0", "零元整"),
        ("10,000,001.00", "壹仟万零壹元整"),
        ("1,001,000.00", "壹佰万零壹仟元整"),
        # more
        ("0.01", "壹分"),
        ("0.56", "伍角陆分"),
        ("1.00", "壹元整"),
        ("1.05", "壹元零伍分"),
        ("1.50", "壹元伍角整"),
        ("10.00", "壹拾元整"),
        ("10.50", "壹拾元零伍角整"),  # 元位 0, 角 not: PBOC allows 零 or none; we write 零
        ("100,000.50", "壹拾万元零伍角整"),
        ("1,000.10", "壹仟元零壹角整"),
        ("15.00", "壹拾伍元整"),
        ("101.00", "壹佰零壹元整"),
        ("110.00", "壹佰壹拾元整"),
        ("1,000.05", "壹仟元零伍分"),
        ("1,010.00", "壹仟零壹拾元整"),
        ("1,100.00", "壹仟壹佰元整"),
        ("6,007.14", "陆仟零柒元壹角肆分"),
        ("10,000.00", "壹万元整"),
        ("10,001.00", "壹万零壹元整"),
        ("10,100.00", "壹万零壹佰元整"),
        ("11,000.00", "壹万壹仟元整"),
        # PBOC 《正确填写票据和结算凭证的基本规定》 (支付结算办法 附件一), its own examples
        ("1,409.50", "壹仟肆佰零玖元伍角整"),  # 第(一)条 (整 kept after 角)
        ("6,007.14", "陆仟零柒元壹角肆分"),  # 第(二)条
        ("1,680.32", "壹仟陆佰捌拾元零叁角贰分"),  # 第(三)条, the form with 零
        ("107,000.53", "壹拾万柒仟元零伍角叁分"),  # 第(三)条, the first form given
        ("16,409.02", "壹万陆仟肆佰零玖元零贰分"),  # 第(四)条
        ("325.04", "叁佰贰拾伍元零肆分"),  # 第(四)条
        ("100,000,000.00", "壹亿元整"),
        ("100,000,001.00", "壹亿零壹元整"),
        ("100,001,000.00", "壹亿零壹仟元整"),
        ("100,010,000.00", "壹亿零壹万元整"),
        ("110,000,000.00", "壹亿壹仟万元整"),
        ("1,000,100,000.00", "壹拾亿零壹拾万元整"),
        ("123,456,789.01", "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元零壹分"),
        ("999,999,999,999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
        ("-5.00", "负伍元整"),
        ("-0.50", "负伍角整"),
        ("(1,004.56)", "负壹仟零肆元伍角陆分"),
    ],
)
def test_amount_in_words(amount, words):
    assert amount_in_words(parse_amount(amount)) == words


def test_amount_in_words_beyond_wan_yi():
    assert amount_in_words(10**12 * 100) == "壹万亿元整"
    assert amount_in_words(10001 * 10**8 * 100) == "壹万零壹亿元整"
    assert amount_in_words(10**16 * 100) == "壹亿亿元整"


_DIGIT_VALUE = {ch: i for i, ch in enumerate("零壹贰叁肆伍陆柒捌玖")}
_PLACE_VALUE = {"拾": 10, "佰": 100, "仟": 1000}


def _section_value(words: str) -> int:
    total, digit = 0, None
    for ch in words:
        if ch == "零":
            continue
        if ch in _DIGIT_VALUE:
            assert digit is None, words
            digit = _DIGIT_VALUE[ch]
        else:
            assert digit is not None, f"{ch} without a digit (拾 must be 壹拾) in {words}"
            total += digit * _PLACE_VALUE[ch]
            digit = None
    return total + (digit or 0)


def _integer_value(words: str) -> int:
    if "亿" in words:
        high, low = words.rsplit("亿", 1)
        return _integer_value(high) * 10**8 + _integer_value(low)
    if "万" in words:
        high, low = words.split("万")
        return _section_value(high) * 10**4 + _section_value(low)
    return _section_value(words)


def _words_to_fen(words: str) -> int:
    """An independent reader of 大写, to check amount_in_words against."""
    sign = -1 if words.startswith("负") else 1
    words = words.removeprefix("负").removesuffix("整")
    yuan_words, _, rest = words.rpartition("元")
    jiao = re.search("(.)角", rest)
    fen = re.search("(.)分", rest)
    value = _integer_value(yuan_words) * 100
    value += _DIGIT_VALUE[jiao.group(1)] * 10 if jiao else 0
    value += _DIGIT_VALUE[fen.group(1)] if fen else 0
    return sign * value


@given(st.integers(min_value=-(10**20), max_value=10**20))
def test_amount_in_words_reads_back_and_follows_the_form(fen):
    words = amount_in_words(fen)
    if fen == 0:
        assert words == "零元整"
        return
    assert not words.endswith("分整")
    assert words.endswith(("整", "分"))
    assert words.endswith("分") == (fen % 10 != 0)
    assert "零零" not in words
    assert not re.search("零[元角分万亿整]", words)
    assert not words.removeprefix("负").startswith("零")
    assert set(words) <= set("负零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")
    assert _words_to_fen(words) == fen


@given(st.integers(min_value=0, max_value=MAX_ABS_FEN))
def test_amount_in_words_negative_is_prefixed(fen):
    if fen:
        assert amount_in_words(-fen) == "负" + amount_in_words(fen)


# --- splitting --------------------------------------------------------------------------


def test_split_amount_examples():
    assert split_amount(100, [1, 1, 1]) == [34, 33, 33]
    assert split_amount(-100, [1, 1, 1]) == [-34, -33, -33]
    assert split_amount(100, [1, 2]) == [33, 67]
    assert split_amount(1000, [Decimal("1.5"), 0, Decimal("2.5")]) == [375, 0, 625]
    assert split_amount(0, [1, 2, 3]) == [0, 0, 0]
    assert split_amount(1, [1, 1, 1, 1]) == [1, 0, 0, 0]
    assert split_amount(101, [5]) == [101]


def test_split_amount_ties_go_to_the_earliest_line():
    assert split_amount(2, [1, 1, 1]) == [1, 1, 0]
    assert split_amount(5, [2, 1, 2, 1]) == [2, 1, 1, 1]  # 1.667 .833 1.667 .833


def test_split_by_unit_area():
    # A 10,000.00 shared cost split by floor area in ㎡.
    areas = [Decimal("89.52"), Decimal("120.30"), Decimal("65.00")]
    parts = split_amount(1000000, areas)
    # exact shares 325740.48, 437741.07, 236518.45: the left-over fen goes to the .48
    assert parts == [325741, 437741, 236518]
    assert sum(parts) == 1000000


def test_split_evenly():
    assert split_evenly(100, 3) == [34, 33, 33]
    assert split_evenly(-100, 3) == [-34, -33, -33]
    assert split_evenly(99, 3) == [33, 33, 33]
    assert split_evenly(7, 1) == [7]
    with pytest.raises(ValidationError):
        split_evenly(100, 0)


def test_split_amount_refusals():
    with pytest.raises(ValidationError, match="nothing to split"):
        split_amount(100, [])
    with pytest.raises(ValidationError, match="zero"):
        split_amount(100, [0, 0])
    with pytest.raises(ValidationError, match="negative"):
        split_amount(100, [1, -1, 2])
    with pytest.raises(ValidationError):
        split_amount(100, [Decimal("NaN")])
    with pytest.raises(TypeError):
        split_amount(100, [0.5, 0.5])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        split_amount(1.0, [1])  # type: ignore[arg-type]


_weights = st.lists(
    st.one_of(
        st.integers(min_value=0, max_value=10**6),
        st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False),
    ),
    min_size=1,
    max_size=30,
).filter(lambda ws: sum(ws) > 0)


@given(st.integers(min_value=-(10**15), max_value=10**15), _weights)
def test_split_keeps_the_total_and_each_part_within_a_fen_of_its_share(total, weights):
    parts = split_amount(total, weights)
    assert len(parts) == len(weights)
    assert sum(parts) == total
    weight_sum = sum(Fraction(w) for w in weights)
    for part, weight in zip(parts, weights, strict=True):
        exact = total * Fraction(weight) / weight_sum
        assert abs(part - exact) < 1
        if weight == 0:
            assert part == 0


@given(st.integers(min_value=-(10**12), max_value=10**12), st.integers(min_value=1, max_value=50))
def test_split_evenly_parts_differ_by_at_most_a_fen(total, n):
    parts = split_evenly(total, n)
    assert sum(parts) == total
    assert max(parts) - min(parts) <= 1
    assert parts == sorted(parts, key=abs, reverse=True)  # the extra fen go first


# --- translations -----------------------------------------------------------------------


def test_refusals_are_in_chinese_when_the_language_is_zh_cn():
    i18n.set_language("zh_CN")
    try:
        with pytest.raises(ValidationError) as caught:
            parse_amount("1.234")
        assert "1.234" in caught.value.message
        assert "小数" in caught.value.message
        with pytest.raises(ValidationError) as caught:
            parse_amount("abc")
        assert caught.value.message == "“abc”不是有效的金额"
    finally:
        i18n.set_language("en")
    with pytest.raises(ValidationError) as caught:
        parse_amount("abc")
    assert caught.value.message == "'abc' is not an amount"


def _tr_calls(path: Path) -> list[tuple[str, str]]:
    calls = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr":
            context, source = node.args[:2]
            assert isinstance(context, ast.Constant) and isinstance(source, ast.Constant), (
                f"{path.name}: tr() needs literal strings so the catalog can be checked"
            )
            calls.append((context.value, source.value))
    return calls


@pytest.mark.parametrize("module", ["domain/money.py", "domain/dates.py"])
def test_every_message_has_a_chinese_translation_with_the_same_placeholders(module):
    calls = _tr_calls(ROOT / "arapp" / module)
    assert calls
    for context, source in calls:
        translation = i18n.lookup(context, source, "zh_CN")
        assert translation, f"no zh_CN translation for {context!r}: {source!r}"
        fields = {name for _, name, _, _ in string.Formatter().parse(source) if name}
        translated_fields = {name for _, name, _, _ in string.Formatter().parse(translation) if name}
        assert fields == translated_fields, (source, translation)
        assert re.search("[\u4e00-\u9fff]", translation), translation
