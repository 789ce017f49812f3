"""`/healthz`: is the database reachable, how long are the queues, does Meta accept our token, and
how many notices owed to officers are held or failed (casework/notices.py)."""

from flask import Blueprint, jsonify

from storage.alerts import open_alerts
from storage.email_outbox import email_counts
from storage.events import backlog
from storage.notices import notice_counts
from storage.outbox import outbox_counts
from web.db import get_db

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    try:
        db = get_db()
        # One read transaction: counted at one instant, an event can't slip from
        # "pending" to "replied" between two counts and show an empty backlog.
        db.conn.execute("BEGIN")
        try:
            body = _queues(db)
        finally:
            db.conn.execute("COMMIT")
    except Exception as exc:  # noqa: BLE001 - the health check reports, it does not crash
        return jsonify(database="error", error=exc.__class__.__name__), 503
    body["status"] = "ok" if not body["alerts"] else "degraded"
    return jsonify(body), 200


def _queues(db):
    counts = outbox_counts(db)
    body = {
        "database": "ok",
        "events_pending": backlog(db),
        # In flight (`sending`) is still backlog: not known to be delivered.
        "outbox": {
            "pending": counts.get("pending", 0) + counts.get("sending", 0),
            "failed": counts.get("failed", 0),
            "sent": counts.get("sent", 0),
        },
        # Which alerts, not their words: /healthz answers anyone, and a message may name an officer's
        # e-mail address or the mail server's reply (the console shows it to the admins).
        "alerts": [{"kind": a["kind"], "at": a["at"]} for a in open_alerts(db)],
    }
    emails = email_counts(db)  # the duty officer's e-mails (casework/mailer.py)
    body["email"] = {
        "pending": emails.get("pending", 0) + emails.get("sending", 0),
        "failed": emails.get("failed", 0),
        "sent": emails.get("sent", 0),
    }
    body["notices"] = notice_counts(db)  # owed to officers: held (why, until when) and failed ones
    return body
