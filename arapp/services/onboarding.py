"""Bringing an existing receivable ledger (台账) in: customers, and open invoices, opening
balances and advances received (issue #11).

Both imports work on books that already hold customers and invoices. Each is one
transaction (all or nothing), needs ``books.import``, and writes one audit record naming
the file, what it held and what became of it, as the bulk loader's policy is
(:mod:`arapp.services.bulk`: one record for the load, not one per row). The rows come
from :mod:`arapp.io.onboarding` (a file read into :class:`~arapp.domain.onboarding.CustomerRow`
and :class:`~arapp.domain.onboarding.LedgerRow`, with the rows it refused); here they are
checked against the books, and a row that cannot go in is refused with its row, its
column and the reason (:class:`~arapp.domain.onboarding.RejectedRow`). Any refused row
stops the import (:class:`RowsRejected`, nothing written) unless ``skip_rejected``;
``dry_run`` does everything and rolls it back, returning what would have been written.

Writes go in bulk (:mod:`arapp.services.onboarding_writer`), never one service call per
row: ten thousand invoices import in seconds. The rules of the services hold all the
same: the amount cap and the date window of :mod:`arapp.domain.limits`, the texts'
kinds and lengths (:mod:`arapp.domain.text`), gap-free numbers that new invoices
continue. The customer file's rules are in :mod:`arapp.services.onboarding_customers`.

Ledger rows (:func:`import_ledger`), as of the day the balances were taken (``as_of``,
not after today):

- an open invoice keeps its old number as ``invoice.external_number`` (shown, searched,
  read by the matcher) and gets the program's own number of its issue year, in order of
  issue date; it owes the amount the old ledger says is open, posted on import; the
  credit hold does not stop it (it is history, not a new sale);
- an opening balance without invoice detail is one 期初余额 invoice dated ``as_of`` (or
  the row's date), at most one per customer;
- a negative amount (预收) is an opening receipt of that much with nothing allocated: the
  customer's credit, used when the user applies it;
- the customer is named by its code, else by its name (or an alias naming one customer);
  an unknown customer is a refused row; a number already imported for the customer, or
  a second opening balance, is refused (a ledger imported twice adds nothing twice).
"""

from __future__ import annotations

from arapp.services.onboarding_customers import CustomerImportResult, PlannedCustomer, import_customers
from arapp.services.onboarding_ledger import LedgerEntry, LedgerImportResult, import_ledger
from arapp.services.onboarding_rows import RowsRejected

__all__ = ["CustomerImportResult", "LedgerEntry", "LedgerImportResult", "PlannedCustomer", "RowsRejected",
           "import_customers", "import_ledger"]
