"""A small book for the letter tests: the company's letterhead and bank, a seal, and
customers whose debts the ladder routes (dates in 2026; the default policy: threshold
10,000.00, short age 30 days)."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

from arapp import clock
from arapp.services import company_images, customers, invoices, settings
from arapp.services.customers import ContactInput

D = dt.date
OK = "test"
BANK_ACCOUNT = "6222 0210 0103 8899 123"


def seal_png() -> bytes:
    """A red round seal (印章) drawn with Pillow, transparent around it."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse((10, 10, 290, 290), outline=(200, 20, 20, 230), width=14)
    d.regular_polygon((150, 150, 45), 5, rotation=90, fill=(200, 20, 20, 230))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def company(*, seal: bool = True) -> None:
    settings.save_company_settings({
        "company.name": "上海明达物业管理有限公司", "company.address": "上海市浦东新区张江路88号",
        "company.phone": "021-5080 1234", "company.bank": "中国工商银行上海张江支行",
        "company.bank_account": BANK_ACCOUNT, "company.contact": "陈会计", "company.tax_id": "91310115MA1K000000",
    })
    if seal:
        company_images.set_company_image("seal", seal_png(), "seal.png")


def customer(name: str, *, person: str = "", address: str = "") -> str:
    contacts = [ContactInput(person, is_primary=True)] if person else []
    return customers.create_customer(name=name, payment_terms_days=30, address=address, contacts=contacts).code


def invoice(code: str, issue: dt.date, amount: int, *, due: dt.date | None = None) -> tuple[int, str]:
    res = invoices.create_invoice(code, issue, due_date=due, amount=amount, post=True, override_reason=OK)
    from arapp.db.models import Invoice

    return res.invoice_id, Invoice.get_by_id(res.invoice_id).number


def book(on: dt.date = dt.date(2026, 2, 14)) -> dict:
    """The company, a large debt overdue 10 and 5 days (12,000.00 due 02-04, 8,000.00 due
    02-09) with a contact person, a small young one (3,000.00 due 02-04), and an invoice
    coming due (5,000.00 due 02-20) for the large customer. The clock stands on ``on``."""
    clock.set(D(2026, 1, 20))
    company()
    big = customer("杭州远航贸易有限公司", person="李经理", address="杭州市西湖区文三路100号")
    small = customer("张三")
    a = invoice(big, D(2026, 1, 5), 1_200_000)
    b = invoice(big, D(2026, 1, 10), 800_000)
    c = invoice(big, D(2026, 1, 20), 500_000, due=D(2026, 2, 20))
    s = invoice(small, D(2026, 1, 5), 300_000)
    clock.set(on)
    return {"big": big, "small": small, "a": a, "b": b, "c": c, "s": s}


def pdf_text(content: bytes, tmp: Path, *, first: int | None = None, last: int | None = None) -> str:
    """The text pdftotext reads from a PDF (layout kept)."""
    path = tmp / "x.pdf"
    path.write_bytes(content)
    cmd = [shutil.which("pdftotext") or "pdftotext", "-layout"]
    if first:
        cmd += ["-f", str(first)]
    if last:
        cmd += ["-l", str(last)]
    return subprocess.run([*cmd, str(path), "-"], check=True, capture_output=True, text=True).stdout


def flat(text: str) -> str:
    """``text`` without any white space (a phrase the PDF wrapped reads whole again)."""
    return "".join(text.split())


def shows(text: str, *phrases: str) -> bool:
    """Whether the PDF text shows every phrase (white space and line breaks ignored)."""
    whole = flat(text)
    return all(flat(p) in whole for p in phrases)
