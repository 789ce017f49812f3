"""One round of a channel's outbox, the same for every channel (messenger/sender.py for Meta,
zalo/sender.py for Zalo): claim what is due for this sender thread in one transaction, hand each
row to the channel's `deliver`, and say when to look again.

Exactly once across crashes: a row is marked `sending` before the channel is called. Rows a dead
process left `sending` are in doubt; the channel's echo settles them, and those still in doubt
ECHO_WAIT_SECONDS after start-up are sent again (at least once is better than never).
"""

import logging
import time
from collections.abc import Callable
from typing import Any

from sqlite_utils import Database

from core.types import Row
from storage.db import write_transaction
from storage.outbox import claim_message, due_messages, in_doubt, next_due_at, release_claims, release_in_doubt

log = logging.getLogger(__name__)
MAX_BACKOFF_SECONDS = 600
PROCESS_STARTED = time.time()  # `sending` rows claimed before this belong to a dead process


def send_round(
    db: Database, cfg: Any, channel: str, shard: tuple[int, int], deliver: Callable[[Row], None]
) -> float | None:
    """Send what is due on `channel` for sender thread `shard` (k of n); the seconds until the next
    retry is due (0: look again now; None: nothing pending)."""
    doubt_until = settle_in_doubt(db, cfg, channel)
    rows = claim_due(db, shard, channel)
    done = 0
    try:
        for row in rows:
            deliver(row)
            done += 1
    finally:
        if done + 1 < len(rows):  # an unexpected error: the ones not yet tried are not in doubt
            with write_transaction(db):
                release_claims(db, [row["id"] for row in rows[done + 1 :]])
    if rows:
        return 0
    due = next_due_at(db, shard, channel)
    waits = [t - time.time() for t in (due, doubt_until) if t is not None]
    return max(0.0, min(waits)) if waits else None


def claim_due(db: Database, shard: tuple[int, int], channel: str) -> list[Row]:
    """Claim this thread's due rows in one transaction (one per row cost more than sending)."""
    rows = due_messages(db, shard=shard, channel=channel)
    if not rows:
        return rows
    with write_transaction(db):
        return [row for row in rows if claim_message(db, row["id"])]


def settle_in_doubt(db: Database, cfg: Any, channel: str) -> float | None:
    """Release the rows in doubt once the echo wait is over; return when it will be (or None)."""
    release_at = PROCESS_STARTED + cfg["ECHO_WAIT_SECONDS"]
    if not in_doubt(db, PROCESS_STARTED, channel):
        return None
    if time.time() < release_at:
        return release_at
    with write_transaction(db):
        released = release_in_doubt(db, PROCESS_STARTED, channel)
    log.warning("%s outbox: %s message(s) from before the restart had no echo; sending them again", channel, released)
    return None


def backoff_seconds(cfg: Any, attempts: int, error: Any) -> float:
    """Exponential, longer when the channel says we are sending too fast (`error.rate_limited`)."""
    base = cfg["RETRY_BASE_SECONDS"]
    pause = base * 2 ** (attempts - 1)
    if error.rate_limited:  # the channel asks callers to pause, not hammer
        pause = max(pause, base * 30)
    return min(pause, MAX_BACKOFF_SECONDS)


def retry_pause(cfg: Any, attempts: int, error: Any) -> float:
    """The wait before a transient failure is tried again; one that may have been delivered
    (`error.ambiguous`) waits for the channel's echo to say so first."""
    pause = backoff_seconds(cfg, attempts, error)
    return max(pause, cfg["ECHO_WAIT_SECONDS"]) if error.ambiguous else pause
