"""The request's connection to SQLite, for the Flask blueprints.

Each server thread keeps one open connection (storage.db.thread_connection);
the request borrows it through `g` and the teardown makes sure no transaction
outlives the request.
"""

from flask import current_app, g

from storage.db import thread_connection


def get_db():
    """The request's connection: the server thread's own, kept open between requests."""
    if "db" not in g:
        g.db = thread_connection(current_app.config["DATABASE_PATH"])
    return g.db


def close_db(_exc=None):
    """End of request: the connection stays open, but never inside a transaction."""
    db = g.pop("db", None)
    if db is not None and db.conn.in_transaction:
        db.conn.execute("ROLLBACK")


def init_app(app):
    app.teardown_appcontext(close_db)
