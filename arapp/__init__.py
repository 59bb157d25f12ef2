"""arapp: accounts receivable and collections for a small finance office."""

__version__ = "0.1.0"
