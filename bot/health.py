"""`/healthz`: is the database reachable, how long are the queues, does Meta accept our token."""
from flask import Blueprint, jsonify

from storage import get_db
from storage.alerts import open_alerts
from storage.events import backlog
from storage.outbox import outbox_counts

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    try:
        db = get_db()
        counts = outbox_counts(db)
        body = {"database": "ok", "events_pending": backlog(db),
                "outbox": {"pending": counts.get("pending", 0), "failed": counts.get("failed", 0),
                           "sent": counts.get("sent", 0)},
                "alerts": open_alerts(db)}
    except Exception as exc:  # noqa: BLE001 - the health check reports, it does not crash
        return jsonify(database="error", error=exc.__class__.__name__), 503
    body["status"] = "ok" if not body["alerts"] else "degraded"
    return jsonify(body), 200
