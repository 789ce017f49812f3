"""SQLite storage: connections, migrations and the queries each table needs. No Flask here."""

from storage.db import connect, write_transaction  # noqa: F401
