"""Bank statements in the books (issue #11): the one place the faces import from.

- accounts (:mod:`arapp.services.bank_accounts`): add, update, save the column mapping;
- import (:mod:`arapp.services.bank_import`): statement lines in, never twice;
- matching (:mod:`arapp.services.bank_match`): a line becomes a receipt, or is linked
  to one, and is unmatched (the receipt reversed); what a match teaches;
- booking (:mod:`arapp.services.bank_book`): lines in the books without a receipt,
  ignored and restored lines, book entries.
"""

from __future__ import annotations

from arapp.services.bank_accounts import (
    ACCOUNT_FIELDS,
    BankAccountResult,
    add_bank_account,
    normalize_account_no,
    save_mapping,
    update_bank_account,
)
from arapp.services.bank_book import (
    BookResult,
    LineResult,
    add_book_entry,
    book_line,
    ignore_line,
    link_book_entry,
    restore_line,
    void_book_entry,
)
from arapp.services.bank_import import BankImportResult, import_bank_lines, import_summary
from arapp.services.bank_match import (
    MatchBatch,
    MatchChoice,
    MatchResult,
    UnmatchResult,
    accept_match,
    accept_matches,
    link_receipt,
    unmatch,
)

__all__ = [
    "ACCOUNT_FIELDS", "BankAccountResult", "BankImportResult", "BookResult", "LineResult", "MatchBatch",
    "MatchChoice", "MatchResult", "UnmatchResult", "accept_match", "accept_matches", "add_bank_account",
    "add_book_entry", "book_line", "ignore_line", "import_bank_lines", "import_summary", "link_book_entry",
    "link_receipt", "normalize_account_no", "restore_line", "save_mapping", "unmatch", "update_bank_account",
    "void_book_entry",
]
