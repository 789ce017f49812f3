"""Conditions the admin must act on (a revoked page token), shown in the console and /healthz."""

from sqlite_utils import Database

from core.clock import now_iso
from core.types import Row


def raise_alert(db: Database, kind: str, message: str) -> None:
    db.execute(
        "INSERT INTO alerts (kind, message, at) VALUES (?, ?, ?)"
        " ON CONFLICT(kind) DO UPDATE SET message = excluded.message, at = excluded.at",
        [kind, message, now_iso()],
    )


def clear_alert(db: Database, kind: str) -> None:
    db.execute("DELETE FROM alerts WHERE kind = ?", [kind])


def open_alerts(db: Database) -> list[Row]:
    return list(db.query("SELECT kind, message, at FROM alerts ORDER BY at"))
