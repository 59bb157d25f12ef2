"""Errors the services raise; their messages are already in the user's language."""

from __future__ import annotations


class ArappError(Exception):
    """A refusal a user can read: what is wrong and where. Nothing was written."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


class ValidationError(ArappError):
    """Bad input: an amount, a date, a missing or unknown value."""


class NotFound(ArappError):
    """A customer, invoice or receipt that does not exist."""


class PermissionDenied(ArappError):
    """The user's role may not do this."""


class LoginRefused(PermissionDenied):
    """A login that did not succeed: unknown user, wrong password, locked or disabled
    account, or a command run without a session where passwords are in use."""


class ImmutableError(ArappError):
    """A posted document cannot be edited or deleted; void or reverse it instead."""


class SchemaError(ArappError):
    """The database cannot be opened by this program (too new, or a failed migration)."""


class BooksUnavailable(ArappError):
    """The books cannot be opened or written now: no books at that path, another
    program's file, a damaged file, a full disk, a lock held by another program."""


class ReadOnlyBooks(BooksUnavailable):
    """The books may be read but not written (the file is read-only)."""


class Conflict(ArappError):
    """Another user changed the same records at the same moment (tried again, then
    refused), or a number the books would give is already taken. Nothing was written."""


class Cancelled(Exception):
    """A long job stopped because the user cancelled it (not an error: nothing was written)."""


class FileRefused(ValidationError):
    """A file to import that cannot be read as what it should be (not a spreadsheet, a
    corrupt or protected workbook, a bomb, too many rows, no header found …); the message
    names the file and the problem in the user's words, and nothing was written."""
