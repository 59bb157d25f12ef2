"""The Bank tab (银行): statements imported, transactions matched to receipts, the
reconciliation. See arapp.ui.tabs.bank.tab."""

from arapp.ui.tabs.bank.tab import BankTab

__all__ = ["BankTab"]
