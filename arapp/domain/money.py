"""Money as integer fen (分): parsing, rounding, splitting, formatting and 人民币大写.

Every amount in arapp is an ``int`` of fen (1 yuan = 100 fen) from the database to the
screen. ``Decimal`` appears only at the edges: when a person types an amount, when Excel
hands us a binary float, when a rate multiplies an amount, and when an amount is printed.
Floats are refused everywhere except :func:`from_excel_number`, whose whole job is to
turn one into fen safely.

Rules (see DOMAIN.md, "Money"):

* A typed amount with more than two decimal places is refused, never rounded silently
  (``"1.234"`` is an error). Extra decimal places that are zeros (``"1.230"``) lose nothing
  and are accepted.
* Computed amounts (late fees, rates, shares) round half up, i.e. half away from zero:
  2.675 yuan -> 268 fen, -2.675 yuan -> -268 fen.
* Excel floats go through their shortest ``repr`` before rounding, so 3.7599999999999998
  becomes 3.76, not 3.75.
* Splitting an amount keeps the exact total (largest remainder).
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from arapp.errors import ValidationError
from arapp.i18n import tr

__all__ = [
    "MAX_ABS_FEN",
    "MAX_AMOUNT_FEN",
    "amount_in_words",
    "fen_to_decimal",
    "format_amount",
    "format_plain",
    "from_excel_number",
    "multiply_fen",
    "parse_amount",
    "round_half_up_fen",
    "split_amount",
    "split_evenly",
    "yuan_to_fen",
]

#: The largest amount accepted from a person or a file: 999,999,999,999.99 yuan (just
#: under 1 万亿). It keeps a pasted account number from becoming an amount and leaves
#: room in a 64-bit integer for any sum of such amounts.
MAX_ABS_FEN = 10**14 - 1

#: The largest amount one document of the books may carry: an invoice line (quantity × unit
#: price included), an invoice's total, a receipt, a credit note. ¥999,999,999.99 (just under
#: 10 亿), i.e. 10**11 - 1 fen. Checked in the services (arapp.domain.limits.check_amount), so
#: the window, the command line and imports all meet it.
#:
#: Why this number: the books add amounts up in SQL in signed 64-bit integers, and SQLite
#: refuses a sum past 2**63 - 1 = 9,223,372,036,854,775,807 fen ("integer overflow"), which
#: breaks every balance and aging report at once. With every amount at most 10**11 - 1 fen,
#: any sum of up to (2**63 - 1) // (10**11 - 1) = 92,233,720 amounts fits. Ten million
#: invoices, ten million receipts, ten million credit notes and their allocations are under
#: 4 × 10**7 rows of amounts: at the cap they sum to under 4 × 10**18, less than half of the
#: room, so a report that adds two such sums (an invoice total less its allocations, a
#: balance plus a credit) stays inside it. A typed amount may still be larger (a credit
#: limit, up to MAX_ABS_FEN), but no document can be.
MAX_AMOUNT_FEN = 10**11 - 1

YUAN_SIGN = "¥"  # U+00A5; the full-width ￥ (U+FFE5) is accepted on input

_HUNDRED = Decimal(100)
_CENT = Decimal("0.01")

# A plain number after signs, brackets, currency marks and spaces are taken away:
# digits with optional comma thousands groups (1-3 digits, then groups of exactly 3),
# then an optional decimal part. ".5" and "5." are accepted, "." is not.
_NUMBER = re.compile(
    r"""^(?P<int>\d{1,3}(?:,\d{3})+|\d+)?   # integer part, grouped or not
        (?:\.(?P<frac>\d*))?$                # decimal part
    """,
    re.VERBOSE,
)
_PREFIXES = ("人民币", "RMB", "CNY", YUAN_SIGN)
_SUFFIXES = ("元", "RMB", "CNY")
# Characters NFKC leaves alone but people paste into amount fields.
_EXTRA_MAP = str.maketrans({"\u2212": "-", "\u2012": "-", "\u2013": "-", "\uff0d": "-"})


def _show(text: object) -> str:
    """The offending input as it should appear in a message: stripped and not too long."""
    shown = str(text).strip()
    return shown if len(shown) <= 40 else shown[:39] + "…"


def _check_fen_int(fen: object) -> int:
    """``fen`` as a plain int; floats, Decimals and bools are programming errors."""
    if isinstance(fen, bool):
        raise TypeError("an amount in fen must be an int, not bool")
    try:
        return operator.index(fen)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(f"an amount in fen must be an int, not {type(fen).__name__}") from None


def _round_half_up(value: Fraction) -> int:
    """Round to the nearest integer; halves go away from zero (ROUND_HALF_UP)."""
    magnitude = abs(value)
    rounded = int(magnitude + Fraction(1, 2))  # int() truncates; magnitude >= 0
    return -rounded if value < 0 else rounded


def _not_an_amount(shown: str, field: str | None) -> ValidationError:
    return ValidationError(tr("money", "'{text}' is not an amount", text=shown), field=field)


def _too_large(shown: str, field: str | None) -> ValidationError:
    return ValidationError(tr("money", "'{text}' is too large for an amount", text=shown), field=field)


def _too_many_decimals(shown: str, field: str | None) -> ValidationError:
    return ValidationError(
        tr(
            "money",
            "'{text}' has more than two decimal places; amounts are counted to the fen (0.01)",
            text=shown,
        ),
        field=field,
    )


def _check_range(fen: int, shown: str, field: str | None) -> int:
    if abs(fen) > MAX_ABS_FEN:
        raise _too_large(shown, field)
    return fen


def _exact_fen(value: Decimal, shown: str, field: str | None) -> int:
    """``value`` (yuan) as fen, refusing anything that would need rounding."""
    if not value.is_finite():
        raise _not_an_amount(shown, field)
    fen = value * _HUNDRED
    if fen != fen.to_integral_value():
        raise _too_many_decimals(shown, field)
    return _check_range(int(fen), shown, field)


def yuan_to_fen(value: Decimal, *, field: str | None = None) -> int:
    """An exact Decimal amount of yuan as fen: ``Decimal("12.30")`` -> 1230.

    Refuses (ValidationError) NaN, infinities, amounts that are out of range and amounts with
    more than two non-zero decimal places; nothing is rounded. Use
    :func:`round_half_up_fen` for computed amounts that must be rounded.
    """
    if not isinstance(value, Decimal):
        raise TypeError(f"yuan_to_fen takes a Decimal, not {type(value).__name__}")
    return _exact_fen(value, _show(value), field)


def parse_amount(text: str | Decimal, *, allow_negative: bool = True, field: str | None = None) -> int:
    """Read an amount a person typed (or a file holds as text) and return it in fen.

    Accepted, in any combination that makes sense::

        1234.5   1,234.50   ¥1,234.50   ￥1,234.50   -1,234.50   +12   .5
        (1,234.50)            brackets mean negative, as accountants write it
        １２３４．５  １，２３４      full-width digits and punctuation
        1234.5元  RMB 100  CNY100  100 CNY  人民币100
        -¥1,234.50  ¥-1,234.50  (¥1,234.50)

    A ``Decimal`` is taken as yuan (``Decimal("1.5")`` -> 150). ``int`` and ``float`` are
    refused with TypeError: an int could mean yuan or fen, and a float is inexact (use
    :func:`yuan_to_fen`, :func:`from_excel_number` or work in fen directly).

    Refused with :class:`~arapp.errors.ValidationError` (message translated, naming the
    text; ``field`` is passed on so a form can mark the widget): empty input, anything that
    is not an amount, more than two decimal places ("1.234" is refused, not rounded;
    trailing zeros such as "1.230" are fine), misplaced thousands separators ("1,23.4",
    "1234,567"), a negative amount when ``allow_negative`` is false (zero is fine), and
    amounts beyond :data:`MAX_ABS_FEN`.
    """
    if isinstance(text, Decimal):
        fen = yuan_to_fen(text, field=field)
        shown = _show(text)
    elif isinstance(text, str):
        shown = _show(text)
        fen = _parse_text(text, shown, field)
    else:
        raise TypeError(
            f"parse_amount takes text or a Decimal, not {type(text).__name__}; "
            "an int is ambiguous (yuan or fen?) and a float is inexact"
        )
    if fen < 0 and not allow_negative:
        raise ValidationError(
            tr("money", "'{text}' is negative; enter an amount of zero or more", text=shown),
            field=field,
        )
    return fen


def _parse_text(text: str, shown: str, field: str | None) -> int:
    s = unicodedata.normalize("NFKC", text).translate(_EXTRA_MAP).strip()
    if not s:
        raise ValidationError(tr("money", "The amount is empty"), field=field)

    negative = False
    signed = bracketed = False
    prefix_seen = suffix_seen = False
    changed = True
    # Peel signs, brackets and currency marks off both ends until only the number is
    # left; each kind may appear once ("-(1.00)" and "¥¥1" are not amounts).
    while changed:
        changed = False
        s = s.strip()
        if s.startswith("(") and s.endswith(")"):
            if bracketed or signed:
                raise _not_an_amount(shown, field)
            bracketed = negative = True
            s = s[1:-1]
            changed = True
            continue
        if s[:1] in ("-", "+"):
            if signed or bracketed:
                raise _not_an_amount(shown, field)
            signed = True
            negative = s[0] == "-"
            s = s[1:]
            changed = True
            continue
        if not prefix_seen:
            for prefix in _PREFIXES:
                if s[: len(prefix)].upper() == prefix:
                    s = s[len(prefix) :]
                    prefix_seen = changed = True
                    break
            if changed:
                continue
        if not suffix_seen:
            for suffix in _SUFFIXES:
                if s[-len(suffix) :].upper() == suffix:
                    s = s[: -len(suffix)]
                    suffix_seen = changed = True
                    break

    match = _NUMBER.match(s)
    if match is None or (match.group("int") is None and not match.group("frac")):
        if re.fullmatch(r"[\d,]+(?:\.\d*)?|[\d,]*\.\d+", s) and "," in s:
            raise ValidationError(
                tr("money", "'{text}' has misplaced thousands separators", text=shown),
                field=field,
            )
        raise _not_an_amount(shown, field)
    integer = (match.group("int") or "0").replace(",", "")
    frac = match.group("frac") or ""
    if len(frac.rstrip("0")) > 2:
        raise _too_many_decimals(shown, field)
    frac = (frac + "00")[:2]  # any further digits are zeros
    if len(integer.lstrip("0")) > 13:  # cheap guard before int() on a pasted novel
        raise _too_large(shown, field)
    fen = int(integer) * 100 + int(frac)
    return _check_range(-fen if negative else fen, shown, field)


def from_excel_number(x: float | int | Decimal, *, field: str | None = None) -> int:
    """A numeric cell from Excel (yuan, usually a binary float) as fen.

    The float goes through its shortest round-tripping ``repr`` first, so the
    3.7599999999999998 that Excel stores for 3.76 becomes ``Decimal("3.76")``, then it is
    quantized to the fen with ROUND_HALF_UP (1.005 -> 101). ints and Decimals are taken as
    yuan too. NaN, infinities and out-of-range values raise ValidationError.
    """
    if isinstance(x, bool):
        raise TypeError("from_excel_number takes a number, not bool")
    if isinstance(x, float):
        value = Decimal(repr(x))
    elif isinstance(x, int | Decimal):
        value = Decimal(x)
    else:
        raise TypeError(f"from_excel_number takes a number, not {type(x).__name__}")
    shown = _show(x)
    if not value.is_finite():
        raise _not_an_amount(shown, field)
    return _check_range(_round_half_up(Fraction(value) * 100), shown, field)


def round_half_up_fen(value: Decimal | int | Fraction) -> int:
    """A computed amount in yuan, rounded half up (away from zero) to whole fen.

    2.675 -> 268 (float ``round`` would give 2.67), 2.665 -> 267, -2.675 -> -268.
    The arithmetic is exact (no Decimal context precision is involved). Floats are refused.
    """
    if isinstance(value, bool) or not isinstance(value, Decimal | int | Fraction):
        raise TypeError(f"round_half_up_fen takes a Decimal, not {type(value).__name__}")
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError(f"cannot round {value} to fen")
    return _round_half_up(Fraction(value) * 100)


def multiply_fen(fen: int, factor: Decimal | int | Fraction) -> int:
    """``fen`` times ``factor``, rounded half up (away from zero) to whole fen.

    For rates, shares and late fees: a late fee of 3‰ a day for 10 days on 2,000.00 is
    ``multiply_fen(200000, Decimal("0.003") * 10)`` == 6000 fen (60.00). The product is
    computed exactly before the single rounding. Floats are refused: write the rate as
    ``Decimal("0.003")``.
    """
    fen = _check_fen_int(fen)
    if isinstance(factor, bool) or not isinstance(factor, Decimal | int | Fraction):
        raise TypeError(f"multiply_fen takes a Decimal factor, not {type(factor).__name__}")
    if isinstance(factor, Decimal) and not factor.is_finite():
        raise ValueError(f"cannot multiply an amount by {factor}")
    return _round_half_up(fen * Fraction(factor))


def split_amount(total_fen: int, weights: Sequence[int | Decimal]) -> list[int]:
    """Split ``total_fen`` in proportion to ``weights``, keeping the exact total.

    Largest-remainder method: every part first gets the floor of its exact share, then the
    fen left over go one each to the parts with the largest fractional remainders; equal
    remainders go to the earliest index, so the result is deterministic. Each part is
    within 1 fen of its exact share and the parts always sum to ``total_fen``. A negative
    total is split as its magnitude and negated, so ``split(-x) == [-p for p in split(x)]``.
    A zero weight gets 0.

    Weights must be non-negative and not all zero (ValidationError otherwise).
    """
    total_fen = _check_fen_int(total_fen)
    if not weights:
        raise ValidationError(tr("money", "There is nothing to split the amount across"))
    exact_weights: list[Fraction] = []
    for w in weights:
        if isinstance(w, bool) or not isinstance(w, int | Decimal | Fraction):
            raise TypeError(f"split weights must be int or Decimal, not {type(w).__name__}")
        if isinstance(w, Decimal) and not w.is_finite():
            raise ValidationError(tr("money", "A share cannot be {weight}", weight=str(w)))
        if w < 0:
            raise ValidationError(tr("money", "A share cannot be negative ({weight})", weight=str(w)))
        exact_weights.append(Fraction(w))
    weight_sum = sum(exact_weights, Fraction(0))
    if weight_sum == 0:
        raise ValidationError(tr("money", "The shares add up to zero; the amount cannot be split"))

    magnitude = abs(total_fen)
    quotas = [magnitude * w / weight_sum for w in exact_weights]
    parts = [q.numerator // q.denominator for q in quotas]
    left_over = magnitude - sum(parts)
    by_remainder = sorted(range(len(quotas)), key=lambda i: (-(quotas[i] - parts[i]), i))
    for i in by_remainder[:left_over]:
        parts[i] += 1
    return [-p for p in parts] if total_fen < 0 else parts


def split_evenly(total_fen: int, n: int) -> list[int]:
    """Split ``total_fen`` into ``n`` parts differing by at most 1 fen; the earlier parts
    take the extra fen: ``split_evenly(100, 3) == [34, 33, 33]``."""
    n = operator.index(n)
    if n < 1:
        raise ValidationError(tr("money", "There is nothing to split the amount across"))
    return split_amount(total_fen, [1] * n)


def fen_to_decimal(fen: int) -> Decimal:
    """Fen as a Decimal of yuan with two places: 123456 -> Decimal("1234.56")."""
    fen = _check_fen_int(fen)
    return (Decimal(fen) / _HUNDRED).quantize(_CENT)


def format_plain(fen: int) -> str:
    """Fen as a plain decimal string for CSV, JSON and the command line: ``1234.56``,
    ``-0.05``, ``0.00``. No currency sign, no separators; :func:`parse_amount` reads it back."""
    if type(fen) is not int:    # the common case checked cheaply: reports format many cells
        fen = _check_fen_int(fen)
    if fen < 0:
        return "-%d.%02d" % divmod(-fen, 100)  # noqa: UP031 - the fastest way to write it
    return "%d.%02d" % divmod(fen, 100)  # noqa: UP031


def format_amount(fen: int, *, symbol: bool = True, thousands: bool = True) -> str:
    """Fen for people: ``¥1,234.56``; negatives ``-¥1,234.56``. ``symbol=False`` drops the
    ¥ and ``thousands=False`` the comma groups. :func:`parse_amount` reads every form back."""
    fen = _check_fen_int(fen)
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    digits = f"{yuan:,}" if thousands else str(yuan)
    return f"{sign}{YUAN_SIGN if symbol else ''}{digits}.{cents:02d}"


# ---------------------------------------------------------------------------------------
# 人民币大写

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("", "拾", "佰", "仟")


def _section_words(n: int) -> str:
    """1 <= n <= 9999 in capitals, one 零 for each run of inner zeros, none at the end."""
    out: list[str] = []
    pending_zero = False
    for power in range(3, -1, -1):
        digit = n // 10**power % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(_DIGITS[digit] + _PLACES[power])
    return "".join(out)


def _integer_words(n: int, unit_zero: bool = True) -> str:
    """n >= 1 whole yuan in capitals (without 元). ``unit_zero``: write the 零 PBOC allows
    where a section's own digit (万位, 亿位) is 0 and the 千 below it is not."""
    for unit, size in (("亿", 10**8), ("万", 10**4)):
        if n >= size:
            high, low = divmod(n, size)
            words = _integer_words(high, unit_zero) + unit
            if low:
                # Zeros at the top of the lower part sit between two non-zero digits;
                # a zero 万位 (亿位) before a non-zero 千 may take a 零 (PBOC 三).
                top_zero = low < size // 10
                unit_zero_here = unit_zero and high % 10 == 0 and low // (size // 10) % 10 != 0
                words += ("零" if top_zero or unit_zero_here else "") + _integer_words(low, unit_zero)
            return words
    return _section_words(n)


def amount_in_words(fen: int) -> str:
    """Fen in Chinese capitals (人民币大写) as written on receipts, cheques and letters.

    Follows 会计基础工作规范 (财政部, 第五十二条):

    * (三) Words that end at 元 or 角 are followed by 整; words that have 分 take no 整:
      532.00 -> 伍佰叁拾贰元整, 0.50 -> 伍角整, 1,004.56 -> 壹仟零肆元伍角陆分,
      0.05 -> 伍分.
    * (四) A 0 between non-zero digits is written 零, and a run of 0s is written as one 零:
      1,004.56 -> 壹仟零肆元伍角陆分, 10.05 -> 壹拾元零伍分 (the 角 is 0).

    PBOC's 《正确填写票据和结算凭证的基本规定》 (支付结算办法 附件一) says the same with its
    own examples, which are the tests: (一) 1,409.50 -> 壹仟肆佰零玖元伍角 (we keep 整 after
    角), (二) 6,007.14 -> 陆仟零柒元壹角肆分, (四) 16,409.02 -> 壹万陆仟肆佰零玖元零贰分,
    325.04 -> 叁佰贰拾伍元零肆分. Its (三): where the 元 digit (or the 万 digit) is 0 and
    the 角 (or 千) is not, one 零 may be written or none. Where it allows the choice we
    write the 零: 1,680.32 -> 壹仟陆佰捌拾元零叁角贰分, 10.50 -> 壹拾元零伍角整, 105,000.00
    -> 壹拾万零伍仟元整. Where both the 万 and the 元 digit are 0, PBOC writes one 零 for
    them together; we put it at the 元: 107,000.53 -> 壹拾万柒仟元零伍角叁分 (the first
    form PBOC gives). The 亿位 is read like the 万位 (1,050,000,000.00 -> 壹拾亿零伍仟万元整).

    How the rule is applied across 万 and 亿 (the usual reading of large numbers):

    * Digits are read in sections of four (个, 万, 亿; 亿 sections nest, so 1 万亿 is
      壹万亿). Zeros at the end of a section are carried by its unit and get no 零
      (100,000.00 -> 壹拾万元整, 1,000,000,000.00 -> 壹拾亿元整) except the 零 of PBOC (三)
      above: 1,001,000.00 -> 壹佰万零壹仟元整.
    * Zeros at the start of a lower section (or a whole zero 万 section) stand between
      non-zero digits and are written as one 零: 100,010.00 -> 壹拾万零壹拾元整,
      10,000,001.00 -> 壹仟万零壹元整, 100,001,000.00 -> 壹亿零壹仟元整.
    * A leading ten is 壹拾, not 拾 (the accounting norm): 10.00 -> 壹拾元整.
    * Zero is 零元整; a negative amount is prefixed 负 (-5.00 -> 负伍元整).

    The currency name (人民币) is not included; the caller adds it where the form has no
    printed currency.
    """
    fen = _check_fen_int(fen)
    if fen == 0:
        return "零元整"
    sign = "负" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    jiao, fen_digit = divmod(cents, 10)
    # PBOC (三) writes one 零 for the zeros of 万位 and 元位 together: when the 元 digit
    # takes it (a non-zero 角 follows), the 万位 does not.
    yuan_zero = bool(yuan) and yuan % 10 == 0 and jiao != 0
    words = _integer_words(yuan, unit_zero=not yuan_zero) + "元" if yuan else ""
    if jiao == 0 and fen_digit == 0:
        words += "整"
    elif jiao == 0:
        words += ("零" if yuan else "") + _DIGITS[fen_digit] + "分"
    else:
        # PBOC (三): the 元 digit is 0 and the 角 is not: write the one 零 it allows.
        words += "零" if yuan_zero else ""
        words += _DIGITS[jiao] + "角" + (_DIGITS[fen_digit] + "分" if fen_digit else "整")
    return sign + words
