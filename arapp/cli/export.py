"""export LIST: any list of the books to xlsx or CSV (issue #11).

``add_commands`` puts this module's commands on the parser (called by
:func:`arapp.cli.parser.build_parser`); each command imports what it needs when run.
"""

from __future__ import annotations


def add_commands(sub, add, parser_class) -> None:
    """Add this module's commands to ``sub`` (``add(sub, name, help, json_output=True)``
    makes a leaf parser; ``parser_class`` is the parser type for nested subcommands)."""
