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
from storage.outbox import claim_message, mark_failed, mark_retry, mark_sent
from storage.outbox_rounds import backoff_seconds, retry_pause, send_round  # noqa: F401 - backoff_seconds: callers

log = logging.getLogger(__name__)


def send_due_messages(db, cfg, client, shard=(0, 1)):
    """Send what is due; return seconds until the next retry is due (None: nothing pending).

    `shard` (k, n): this is sender thread k of n, serving only its own citizens
    (runtime/background.py runs several, so one slow answer from Meta delays few)."""
    return send_round(db, cfg, MESSENGER, shard, lambda row: deliver(db, cfg, client, row, claimed=True))


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
            mark_retry(db, row["id"], time.time() + retry_pause(cfg, attempts, error), error.code, text)
            return
        mark_failed(db, row["id"], error.code, text)
        if error.code == BAD_TOKEN:
            raise_alert(
                db, "graph_token_invalid", "Meta từ chối PAGE_ACCESS_TOKEN (mã 190): cần cấp lại mã truy cập của trang."
            )
    log.warning("outbox %s to %s failed for good: %s", row["id"], row["psid"], text)
