"""Processes stored webhook events, oldest first, each in its own transaction.

The state change, the transcript and the queued replies of one event commit
together with the event's `done` mark: a crash before the commit leaves the
event pending, and it is processed again at the next start, with no trace of
the first attempt. An event that raises is marked `failed` and kept, so one
bad event never blocks the others.
"""
import json
import logging

from handlers import handle_event
from storage.db import write_transaction
from storage.events import mark_event, pending_events

log = logging.getLogger(__name__)
BATCH = 200


def process_pending_events(db, cfg):
    """Process what is pending; return how many events were handled."""
    rows = pending_events(db, BATCH)
    for row in rows:
        process_event(db, cfg, row)
    return len(rows)


def process_event(db, cfg, row):
    try:
        with write_transaction(db):
            (status,) = db.execute("SELECT status FROM inbound_events WHERE id = ?", [row["id"]]).fetchone()
            if status != "pending":
                return
            handle_event(db, cfg, row, json.loads(row["body"]))
            mark_event(db, row["id"], "done")
    except Exception as exc:  # noqa: BLE001 - one bad event must not stop the others
        log.exception("event %s (%s) failed", row["id"], row["kind"])
        with write_transaction(db):
            mark_event(db, row["id"], "failed", f"{exc.__class__.__name__}: {exc}"[:500])
