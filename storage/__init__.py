"""SQLite storage: connections, migrations and the queries each table needs."""
from storage.db import connect, get_db, init_app, write_transaction  # noqa: F401
