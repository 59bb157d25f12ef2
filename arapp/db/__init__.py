"""Database access: the proxy, the models and the migration runner."""

from arapp.db.database import db, open_database, close_database, is_postgres, is_sqlite  # noqa: F401
