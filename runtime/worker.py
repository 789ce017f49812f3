"""Processes stored webhook events, oldest first, each in its own savepoint.

The state change, the transcript and the queued replies of one event commit
together with the event's `done` mark: a crash before the commit leaves the
event pending, and it is processed again at the next start, with no trace of
the first attempt. An event that raises is rolled back to its savepoint,
marked `failed` and kept, so one bad event never blocks the others.

Several events share one transaction (a group), because a commit per event
cost more than the event itself under load (`python -m bench`). A group ends
after GROUP_EVENTS events or GROUP_SECONDS, so the webhook, which waits for
the same write lock, never waits long.
"""

import json
import logging
import time

from core.pages import page_config
from runtime.channels import handle_stored_event
from storage.db import write_transaction
from storage.events import mark_event, pending_events

log = logging.getLogger(__name__)
BATCH = 200
GROUP_EVENTS = 25
# 3 ms (it was 25): the webhook, now another process, queues for the same write lock
# (storage/write_queue.py), and every millisecond the worker holds it is one the webhook may wait.
GROUP_SECONDS = 0.003


def process_pending_events(db, cfg, kinds=None):
    """Process what is pending; return how many events were handled (their kinds go into `kinds`)."""
    rows = pending_events(db, BATCH)
    if kinds is not None:
        kinds.update(row["kind"] for row in rows)
    start = 0
    try:
        while start < len(rows):
            start += process_group(db, cfg, rows[start : start + GROUP_EVENTS])
    except TransactionLost as lost:
        # The rest of its group went with it and is still pending: taken again, in order, next time.
        with write_transaction(db):
            mark_event(db, lost.row["id"], "failed", lost.error)
    return len(rows)


def process_group(db, cfg, rows):
    """Process events in order in one transaction until the group is full; return how many."""
    deadline = time.monotonic() + GROUP_SECONDS
    with write_transaction(db):
        for count, row in enumerate(rows, 1):
            process_event(db, cfg, row)
            if time.monotonic() > deadline:
                return count
    return len(rows)


def process_event(db, cfg, row):
    """One event inside the caller's transaction: done with all its effects, or failed with none."""
    db.execute("SAVEPOINT event")
    try:
        (status,) = db.execute("SELECT status FROM inbound_events WHERE id = ?", [row["id"]]).fetchone()
        if status == "pending":
            handle_stored_event(db, page_config(cfg, row.get("page_id")), row, json.loads(row["body"]))
            mark_event(db, row["id"], "done")
    except Exception as exc:  # noqa: BLE001 - one bad event must not stop the others
        log.exception("event %s (%s) failed", row["id"], row["kind"])
        error = f"{exc.__class__.__name__}: {exc}"[:500]
        if not db.conn.in_transaction:  # SQLite rolled back the whole transaction (I/O error, disk full)
            raise TransactionLost(row, error) from exc
        db.execute("ROLLBACK TO event")
        mark_event(db, row["id"], "failed", error)
    db.execute("RELEASE event")


class TransactionLost(Exception):
    def __init__(self, row, error):
        super().__init__(error)
        self.row, self.error = row, error
