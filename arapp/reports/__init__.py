"""Read-only queries that return plain result objects (columns, rows, totals)."""
