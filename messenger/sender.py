"""Drains the outbox through the Send API.

At most one message in flight per citizen, oldest first, so replies arrive in
order. Transient failures wait with exponential backoff (longer for rate
limits); permanent ones are marked failed with Meta's code for the officer.
A bad token (190) also raises an alert for the admin and the health check.

Exactly once across crashes: a message is marked `sending` before Meta is
called. If the process dies before recording the answer, the next process
cannot know whether Meta delivered it; Meta's echo (metadata `outbox:<id>`)
settles it. Messages still in doubt ECHO_WAIT_SECONDS after start-up are sent
again: at least once is better than never.
"""

import json
import logging
import time

from bot.handover import send_or_hand_over
from core.channels import MESSENGER
from messenger.pages import client_for
from messenger.send_api import BAD_TOKEN, SendError
from storage.alerts import clear_alert, raise_alert
from storage.db import write_transaction
from storage.outbox import (
    claim_message,
    due_messages,
    in_doubt,
    mark_failed,
    mark_retry,
    mark_sent,
    next_due_at,
    release_claims,
    release_in_doubt,
)

log = logging.getLogger(__name__)
MAX_BACKOFF_SECONDS = 600
PROCESS_STARTED = time.time()  # `sending` rows claimed before this belong to a dead process


def send_due_messages(db, cfg, client, shard=(0, 1)):
    """Send what is due; return seconds until the next retry is due (None: nothing pending).

    `shard` (k, n): this is sender thread k of n, serving only its own citizens
    (runtime/background.py runs several, so one slow answer from Meta delays few)."""
    doubt_until = settle_in_doubt(db, cfg)
    rows = claim_due(db, shard)
    done = 0
    try:
        for row in rows:
            deliver(db, cfg, client, row, claimed=True)
            done += 1
    finally:
        if done + 1 < len(rows):  # an unexpected error: the ones not yet tried are not in doubt
            with write_transaction(db):
                release_claims(db, [row["id"] for row in rows[done + 1 :]])
    if rows:
        return 0
    due = next_due_at(db, shard, MESSENGER)
    waits = [t - time.time() for t in (due, doubt_until) if t is not None]
    return max(0.0, min(waits)) if waits else None


def settle_in_doubt(db, cfg):
    """Release in-doubt messages once the echo wait is over; return when it will be (or None)."""
    release_at = PROCESS_STARTED + cfg["ECHO_WAIT_SECONDS"]
    if not in_doubt(db, PROCESS_STARTED, MESSENGER):
        return None
    if time.time() < release_at:
        return release_at
    with write_transaction(db):
        released = release_in_doubt(db, PROCESS_STARTED, MESSENGER)
    log.warning("outbox: %s message(s) from before the restart had no echo; sending them again", released)
    return None


def claim_due(db, shard):
    """Claim this thread's due messages in one transaction (one per message cost more than sending)."""
    rows = due_messages(db, shard=shard, channel=MESSENGER)  # Zalo's citizens have their own sender
    if not rows:
        return rows
    with write_transaction(db):
        return [row for row in rows if claim_message(db, row["id"])]


def deliver(db, cfg, client, row, claimed=False):
    if not claimed:
        with write_transaction(db):
            if not claim_message(db, row["id"]):
                return
    message = dict(json.loads(row["message"]), metadata=f"outbox:{row['id']}")
    try:
        message_id = send_or_hand_over(client_for(client, row), row, message)  # a reply, or a handover call
    except SendError as error:
        return _record_failure(db, cfg, row, error)
    with write_transaction(db):
        mark_sent(db, row["id"], message_id)
        clear_alert(db, "graph_token_invalid")


def _record_failure(db, cfg, row, error):
    text = f"{error.code or error.http_status or ''} {error}".strip()[:500]
    attempts = row["attempts"] + 1
    with write_transaction(db):
        if error.transient and attempts < cfg["OUTBOX_MAX_ATTEMPTS"]:
            pause = backoff_seconds(cfg, attempts, error)
            if error.ambiguous:  # maybe delivered: give Meta's echo the time to say so first
                pause = max(pause, cfg["ECHO_WAIT_SECONDS"])
            mark_retry(db, row["id"], time.time() + pause, error.code, text)
            return
        mark_failed(db, row["id"], error.code, text)
        if error.code == BAD_TOKEN:
            raise_alert(
                db, "graph_token_invalid", "Meta từ chối PAGE_ACCESS_TOKEN (mã 190): cần cấp lại mã truy cập của trang."
            )
    log.warning("outbox %s to %s failed for good: %s", row["id"], row["psid"], text)


def backoff_seconds(cfg, attempts, error):
    base = cfg["RETRY_BASE_SECONDS"]
    pause = base * 2 ** (attempts - 1)
    if error.rate_limited:  # Meta asks callers to pause, not hammer
        pause = max(pause, base * 30)
    return min(pause, MAX_BACKOFF_SECONDS)
