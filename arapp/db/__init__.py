"""Database access: the proxy, the models and the migration runner."""

from arapp.db.database import close_database, db, is_postgres, is_sqlite, open_database  # noqa: F401
