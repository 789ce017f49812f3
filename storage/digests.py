"""One row per working day whose digest went out: the guard against sending it twice."""

from core.clock import now_iso


def digest_of(db, day):
    return next(db.query("SELECT * FROM digests WHERE day = ?", [day.isoformat()]), None)


def last_digest_before(db, day):
    return next(db.query("SELECT * FROM digests WHERE day < ? ORDER BY day DESC LIMIT 1", [day.isoformat()]), None)


def record_digest(db, day, since, body, recipients):
    """Fails (primary key) if another process recorded the day first: its transaction rolls back."""
    db["digests"].insert(
        {"day": day.isoformat(), "since": since, "built_at": now_iso(), "body": body, "recipients": recipients}
    )
