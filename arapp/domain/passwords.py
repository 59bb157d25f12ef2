"""Password hashes: scrypt (memory-hard, in the standard library), the parameters kept
with the hash, compared in constant time. Nothing here stores or logs a password.

The stored text is ``scrypt$<log2 n>$<r>$<p>$<salt, base64>$<hash, base64>``; a hash made
with other parameters (an older program, the tests' cheap ones) still verifies, and
:func:`needs_rehash` says when a successful login should store a fresh one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from arapp.errors import ValidationError
from arapp.i18n import tr


@dataclass(frozen=True)
class ScryptParams:
    """scrypt's cost: n = 2**log_n, block size r, parallelism p."""

    log_n: int = 17
    r: int = 8
    p: int = 1

    @property
    def maxmem(self) -> int:
        """The memory scrypt may use: twice what these parameters need (128·r·n bytes)."""
        return 2 * 128 * self.r * (2 ** self.log_n) + (1 << 20)


#: The parameters of issue #12: n=2**17, r=8, p=1 (about 128 MB and a third of a second).
DEFAULT_PARAMS = ScryptParams()
#: The parameters new hashes are made with (the tests make them cheap: tests/conftest.py).
PARAMS = DEFAULT_PARAMS
MIN_LENGTH = 8
MAX_LENGTH = 256
_SALT_BYTES = 16
_KEY_BYTES = 32


def check_new_password(password: str) -> None:
    """Refuse a password too short, too long, or made of spaces, in the user's words."""
    if len(password.strip()) < MIN_LENGTH:
        raise ValidationError(tr("passwords", "A password has at least {n} characters (spaces at the ends do "
                                              "not count).", n=MIN_LENGTH))
    if len(password) > MAX_LENGTH:
        raise ValidationError(tr("passwords", "A password has at most {n} characters.", n=MAX_LENGTH))


def _derive(password: str, salt: bytes, params: ScryptParams) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2 ** params.log_n, r=params.r, p=params.p,
                          maxmem=params.maxmem, dklen=_KEY_BYTES)


def hash_password(password: str, params: ScryptParams | None = None) -> str:
    """The text to store for ``password`` (a fresh random salt each time)."""
    params = params or PARAMS
    salt = os.urandom(_SALT_BYTES)
    key = _derive(password, salt, params)
    b64 = base64.b64encode
    return f"scrypt${params.log_n}${params.r}${params.p}${b64(salt).decode()}${b64(key).decode()}"


def _parse(stored: str) -> tuple[ScryptParams, bytes, bytes] | None:
    try:
        scheme, log_n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return None
        params = ScryptParams(int(log_n), int(r), int(p))
        if not (1 <= params.log_n <= 22 and 1 <= params.r <= 32 and 1 <= params.p <= 16):
            return None
        return params, base64.b64decode(salt, validate=True), base64.b64decode(key, validate=True)
    except (ValueError, TypeError):
        return None


def verify_password(password: str, stored: str | None) -> bool:
    """Does ``password`` match the stored hash? False for no hash or a malformed one."""
    parsed = _parse(stored or "")
    if parsed is None:
        return False
    params, salt, key = parsed
    return hmac.compare_digest(_derive(password, salt, params), key)


def needs_rehash(stored: str) -> bool:
    """Was ``stored`` made with other parameters than :data:`PARAMS`?"""
    parsed = _parse(stored)
    return parsed is None or parsed[0] != PARAMS
