"""Services: the only code that writes to the books.

Every public function runs in one transaction (``db.atomic()``; IMMEDIATE on SQLite),
checks the acting user's permission, leaves an audit record and returns what it
changed. Refusals raise ``arapp.errors.ArappError`` subclasses with a message in the
user's language, and nothing is written.
"""

from arapp.services.context import Actor, acting_as, current_actor, set_actor  # noqa: F401
