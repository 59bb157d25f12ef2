"""The demo company's seal (印章) and logo, drawn here so demo documents show where they go.

A round red seal: a ring, a five-pointed star, the company name around the top and
"财务专用章" across the bottom, on a transparent background (PNG). A logo: a rounded square
with the company's first character. Made with Pillow and the bundled CJK font.
"""

from __future__ import annotations

import io
import math

from arapp.paths import cjk_font_path

RED = (205, 24, 24, 215)


def _font(size: int):
    from PIL import ImageFont

    path = cjk_font_path()
    if path is None:
        return ImageFont.load_default()
    return ImageFont.truetype(str(path), size)


def seal_png(name: str, side: int = 480) -> bytes:
    """A red round seal of ``name`` (PNG bytes, ``side`` pixels square, transparent)."""
    from PIL import Image, ImageDraw

    im = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = side / 2
    ring = side * 0.03
    d.ellipse((ring, ring, side - ring, side - ring), outline=RED, width=int(side * 0.035))
    # the star
    r_out, r_in = side * 0.13, side * 0.05
    points = []
    for k in range(10):
        r = r_out if k % 2 == 0 else r_in
        a = -math.pi / 2 + k * math.pi / 5
        points.append((c + r * math.cos(a), c + r * math.sin(a)))
    d.polygon(points, fill=RED)
    # the name around the top, each character turned to face the centre
    chars = list(name)
    size = int(side * 0.105)
    font = _font(size)
    span = math.radians(250)
    radius = side * 0.36
    for i, ch in enumerate(chars):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / max(len(chars), 1)
        glyph = Image.new("RGBA", (size * 2, size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((size, size), ch, font=font, fill=RED, anchor="mm")
        glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        x, y = c + radius * math.cos(a), c + radius * math.sin(a)
        im.alpha_composite(glyph, (int(x - size), int(y - size)))
    d.text((c, c + side * 0.25), "财务专用章", font=_font(int(side * 0.08)), fill=RED, anchor="mm")
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


def logo_png(name: str, side: int = 240) -> bytes:
    """A simple logo: the company's first character on a rounded blue square (PNG bytes)."""
    from PIL import Image, ImageDraw

    im = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((4, 4, side - 4, side - 4), radius=side // 5, fill=(31, 78, 140, 255))
    d.text((side / 2, side / 2), name[2:4] if name.startswith("上海") else name[:1], font=_font(int(side * 0.36)),
           fill=(255, 255, 255, 255), anchor="mm")
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()
