"""The company's images on documents: the letterhead's logo, the seal (印章) and the
collection QR (收款码, a WeChat or Alipay code). One per kind; replaced or removed by an
admin or manager (settings.edit), audited by SHA-256 and size (never the bytes)."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from arapp import clock
from arapp.db.database import db
from arapp.db.models import CompanyImage
from arapp.domain import vocabulary as vocab
from arapp.errors import ValidationError
from arapp.i18n import tr
from arapp.names import company_image_kind
from arapp.services.audit import record_audit
from arapp.services.changes import NOTHING, Changes
from arapp.services.context import current_actor

#: The largest image accepted (bytes): a logo or a seal scanned at print resolution fits.
MAX_IMAGE_BYTES = 2 * 1024 * 1024

_SIGNATURES = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg"}


def image_format(content: bytes) -> str | None:
    """'png' or 'jpeg' from the file's first bytes, None for anything else."""
    for magic, name in _SIGNATURES.items():
        if content.startswith(magic):
            return name
    return None


def _check(kind: str, content: bytes, file_name: str) -> None:
    if kind not in vocab.COMPANY_IMAGE_KINDS:
        raise ValidationError(tr("services", "Unknown kind of image: {kind}", kind=kind), field="kind")
    label = company_image_kind(kind)
    if not content:
        raise ValidationError(tr("services", "{what}: the file {file} is empty", what=label, file=file_name),
                              field=kind)
    if len(content) > MAX_IMAGE_BYTES:
        raise ValidationError(tr("services", "{what}: the file {file} is {size} KB; at most {limit} KB",
                                 what=label, file=file_name, size=len(content) // 1024,
                                 limit=MAX_IMAGE_BYTES // 1024), field=kind)
    if image_format(content) is None:
        raise ValidationError(tr("services", "{what}: the file {file} is not a PNG or JPEG image",
                                 what=label, file=file_name), field=kind)
    try:
        from PIL import Image

        with Image.open(io.BytesIO(content)) as im:
            im.verify()
    except Exception as exc:  # noqa: BLE001 - any decoder failure means the same to the user
        raise ValidationError(tr("services", "{what}: the image {file} cannot be read ({detail})",
                                 what=label, file=file_name, detail=str(exc)[:80]), field=kind) from exc


@dataclass
class ImageChange:
    kind: str
    written: bool

    @property
    def changes(self) -> Changes:
        return Changes.of(setting=True) if self.written else NOTHING


def set_company_image(kind: str, content: bytes, file_name: str = "") -> ImageChange:
    """Keep ``content`` (a PNG or JPEG of at most 2 MB) as the company's ``kind`` image."""
    current_actor().require("settings.edit")
    file_name = (file_name or "").replace("\\", "/").rsplit("/", 1)[-1][:200]
    _check(kind, content, file_name)
    digest = hashlib.sha256(content).hexdigest()
    with db.atomic():
        row = CompanyImage.get_or_none(CompanyImage.kind == kind)
        if row is not None and row.sha256 == digest:
            return ImageChange(kind, False)
        before = None if row is None else {"sha256": row.sha256, "file_name": row.file_name}
        values = dict(content=content, file_name=file_name, sha256=digest, updated_at=clock.now(),
                      updated_by=current_actor().username)
        if row is None:
            row = CompanyImage.create(kind=kind, **values)
        else:
            CompanyImage.update(**values).where(CompanyImage.id == row.id).execute()
        record_audit("update", "company_image", kind, before,
                     {"sha256": digest, "file_name": file_name, "size": len(content)})
    return ImageChange(kind, True)


def remove_company_image(kind: str) -> ImageChange:
    """Stop printing the company's ``kind`` image (the audit keeps its SHA-256)."""
    current_actor().require("settings.edit")
    if kind not in vocab.COMPANY_IMAGE_KINDS:
        raise ValidationError(tr("services", "Unknown kind of image: {kind}", kind=kind), field="kind")
    with db.atomic():
        row = CompanyImage.get_or_none(CompanyImage.kind == kind)
        if row is None:
            return ImageChange(kind, False)
        CompanyImage.delete().where(CompanyImage.id == row.id).execute()
        record_audit("delete", "company_image", kind, {"sha256": row.sha256, "file_name": row.file_name}, None)
    return ImageChange(kind, True)
