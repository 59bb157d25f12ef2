"""The demo company's seal and logo: drawn images the demo books carry, so demo documents
show the seal over the signature and the logo in the letterhead."""

from __future__ import annotations

import io

from arapp.demo import build_demo
from arapp.demo.images import logo_png, seal_png
from arapp.reports.company import letterhead


def test_the_seal_is_a_transparent_red_round_png():
    from PIL import Image

    im = Image.open(io.BytesIO(seal_png("上海锦绣物业管理有限公司", side=200)))
    assert im.format == "PNG" and im.mode == "RGBA" and im.size == (200, 200)
    assert im.getpixel((2, 2))[3] == 0                      # the corner is transparent
    r, g, b, a = im.getpixel((100, 100))                    # the star in the centre is red
    assert a > 0 and r > 150 and g < 80 and b < 80
    assert Image.open(io.BytesIO(logo_png("上海锦绣物业管理有限公司"))).format == "PNG"


def test_the_demo_books_carry_the_seal_and_the_logo(ledger_db):
    build_demo(customers=4, years=1, seed=3)
    lh = letterhead()
    assert lh.seal and lh.seal.startswith(b"\x89PNG") and lh.logo
    assert lh.bank_account and lh.name == "上海锦绣物业管理有限公司"
