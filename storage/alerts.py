"""Conditions the admin must act on (a revoked page token), shown in the console and /healthz."""

from core.clock import now_iso


def raise_alert(db, kind, message):
    db.execute(
        "INSERT INTO alerts (kind, message, at) VALUES (?, ?, ?)"
        " ON CONFLICT(kind) DO UPDATE SET message = excluded.message, at = excluded.at",
        [kind, message, now_iso()],
    )


def clear_alert(db, kind):
    db.execute("DELETE FROM alerts WHERE kind = ?", [kind])


def open_alerts(db):
    return list(db.query("SELECT kind, message, at FROM alerts ORDER BY at"))
