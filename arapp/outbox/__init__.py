"""Documents that go out to customers: letters, statements of account, receipts.

Each module makes one kind: it reads what to print from the reports, lays it out with
arapp.documents, and archives what it finished through arapp.services.documents (a
letter made for a task is logged as a contact there); mail sends them by e-mail. The
terminal and the window both call these, so a document reads the same from either.
"""
