"""The only code that speaks SQL: schema, migrations and queries over one SQLite file."""

from reader.store.db import default_db_path, memory_db, open_db

__all__ = ["default_db_path", "memory_db", "open_db"]
