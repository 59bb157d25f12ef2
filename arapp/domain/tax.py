"""Value-added tax (增值税) on an invoice line: the rates a line may carry, the tax on a
line, and a rate as typed.

A rate is kept in basis points (1300 = 13%). A line shows 金额 (quantity × unit price),
税额 (金额 × rate, rounded half up to the fen) and 价税合计 (金额 + 税额); the receivable is
the sum of the lines' 价税合计. Rate 0 is "no tax on this line" (a tax-free fee, or a
bill that is not a VAT invoice).

The books can hold any rate from 0 to 100% (rates change by decree: 17% became 16% in
2018 and 13% in 2019, and old invoices keep theirs); a new line takes one of
:data:`TAX_RATES_BP`, today's rates.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from arapp.errors import ValidationError
from arapp.i18n import tr

#: The rates a new line may carry, in basis points, in the order pick lists offer them:
#: none, then the general taxpayer's 13%, 9%, 6% and the small-scale taxpayer's 3%, 1%.
TAX_RATES_BP = (0, 1300, 900, 600, 300, 100)
#: The largest rate the books hold (100%).
MAX_RATE_BP = 10_000

_PERCENT = re.compile(r"^(\d{1,3}(?:\.\d+)?)\s*%?$")
#: What a user may type for "no tax".
_NONE_WORDS = frozenset({"", "none", "no", "-", "—", "无", "不计税", "免税", "0", "0%"})


def line_tax(amount_fen: int, rate_bp: int) -> int:
    """税额 of a line: ``amount_fen`` × ``rate_bp`` / 10,000, rounded half up to the fen
    (exact integer arithmetic: 99.99 at 13% is 12.9987 → 13.00; 0.50 at 9% is 0.045 → 0.05)."""
    if type(amount_fen) is not int or type(rate_bp) is not int:
        raise TypeError("a line's amount is integer fen and its rate integer basis points")
    if not 0 <= rate_bp <= MAX_RATE_BP:
        raise ValueError(f"a tax rate is 0 to {MAX_RATE_BP} basis points, not {rate_bp}")
    product = abs(amount_fen) * rate_bp
    fen = (product + 5_000) // 10_000
    return -fen if amount_fen < 0 else fen


def rate_text(rate_bp: int) -> str:
    """A rate for people: ``13%``, ``1.5%``; ``""`` for no tax (the face says its own word)."""
    if not rate_bp:
        return ""
    whole, rest = divmod(rate_bp, 100)
    return f"{whole}%" if not rest else f"{whole}.{rest:02d}".rstrip("0") + "%"


def rates_offered() -> str:
    """Today's rates as one phrase for messages and help: ``13%, 9%, 6%, 3%, 1%``."""
    return ", ".join(rate_text(r) for r in TAX_RATES_BP if r)


def parse_tax_rate(value: str | int | None, *, line: int | None = None, field: str = "tax_rate") -> int:
    """A rate as typed, in basis points: ``13%``, ``13``, ``１３％``, ``9 %`` → 1300, 900;
    blank, ``0``, ``none`` or ``无`` → 0 (no tax). An int is taken as basis points. A rate
    that is not one of today's (:data:`TAX_RATES_BP`) is refused with a ValidationError
    naming the line and the value and listing the rates."""
    if value is None:
        return 0
    if isinstance(value, bool):
        raise TypeError("a tax rate is not a bool")
    if isinstance(value, int):
        bp = value
        shown = rate_text(value) or "0"
    else:
        shown = str(value).strip()
        text = unicodedata.normalize("NFKC", shown).strip().lower()
        if text in _NONE_WORDS:
            return 0
        m = _PERCENT.match(text)
        bp = -1
        if m:
            try:
                hundredths = Decimal(m.group(1)) * 100
            except InvalidOperation:    # pragma: no cover - the pattern admits only digits
                hundredths = Decimal(-1)
            if hundredths == hundredths.to_integral_value():
                bp = int(hundredths)
    if bp not in TAX_RATES_BP:
        if line is None:
            message = tr("tax", "The tax rate '{value}' is not one the books take ({rates}, or none)",
                         value=shown[:20], rates=rates_offered())
        else:
            message = tr("tax", "Line {line}: the tax rate '{value}' is not one the books take ({rates}, or none)",
                         line=line, value=shown[:20], rates=rates_offered())
        raise ValidationError(message, field=field)
    return bp
