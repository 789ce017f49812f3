"""SQLite storage: connections, migrations and the queries each table needs. No Flask here.

db.py opens connections and holds the transaction helpers (`BEGIN IMMEDIATE` for a read-then-write);
write_queue.py queues the writers of every process on one file lock; group_commit.py lets deliveries
share a commit; migrations.py is the schema, run at start-up; backup.py the online backup and
restore. Every other module is one table (or a few that belong together) and its queries.
"""

from storage.db import connect, write_transaction  # noqa: F401
