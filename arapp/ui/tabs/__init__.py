"""The main window's tabs: customers, invoices, aging, collections."""
