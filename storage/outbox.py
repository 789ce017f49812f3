"""Replies waiting for the Send API, and what became of each.

Every reply is queued here in the same transaction as the state change that
caused it, so a crash never loses one; the sender drains the queue, one
message at a time per citizen so that they arrive in order.
"""

import json
import time
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from core.channels import psid_condition
from core.clock import now_iso
from core.types import Row
from storage.db import inserted_id
from storage.transcript import record_message

MAX_TEXT = 2000  # Send API limit on message.text


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Cut at the last line break or space before the limit, never mid-word if avoidable."""
    parts = []
    while len(text) > limit:
        cut = max(text.rfind("\n", 0, limit), text.rfind(" ", 0, limit))
        if cut <= 0:
            cut = limit
        parts.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    parts.append(text)
    return [p for p in parts if p] or [""]


def enqueue_text(
    db: Database,
    psid: str,
    text: str,
    quick_replies: list[dict[str, Any]] | None = None,
    report_id: int | None = None,
    sent_by: str = "bot",
    messaging_type: str = "RESPONSE",
    tag: str | None = None,
) -> list[int]:
    """Queue a text (split if long); quick replies ride on the last part."""
    parts = split_text(text)
    ids = []
    for i, part in enumerate(parts):
        message: dict[str, Any] = {"text": part}
        if quick_replies and i == len(parts) - 1:
            message["quick_replies"] = quick_replies
        # Plain SQL: sqlite-utils' insert() inspects the table first, 15x the cost of this (bench/).
        outbox_id = inserted_id(
            db.execute(
                "INSERT INTO outbox (psid, report_id, message, messaging_type, tag, sent_by, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [psid, report_id, json.dumps(message, ensure_ascii=False), messaging_type, tag, sent_by, now_iso()],
            ).lastrowid
        )
        record_message(db, psid, "out", part, outbox_id=outbox_id, report_id=report_id)
        ids.append(outbox_id)
    return ids


# A citizen's queue is headed by their oldest message not yet settled: pending, or
# `sending` (in flight now, or in doubt after a crash). Only a pending head is sent.
_HEADS = (
    "FROM outbox o WHERE status = 'pending' AND id = (SELECT min(id) FROM outbox"
    " WHERE psid = o.psid AND status IN ('pending', 'sending'))"
)


# Sender thread k of n serves the citizens whose PSID ends in a character whose code is k
# modulo n: each citizen always to the same thread, so their replies still go one at a time.
# PSIDs are digits, so 2, 5 or 10 threads share them evenly.
_SHARD = " AND coalesce(unicode(substr(o.psid, -1)), 0) % ? = ?"


def _of_channel(channel: str | None, column: str = "o.psid") -> str:
    """One queue for every channel: each channel's sender takes its own citizens' rows (core/channels.py)."""
    return f" AND {psid_condition(channel, column)}" if channel else ""


def due_messages(
    db: Database, limit: int = 50, shard: tuple[int, int] = (0, 1), channel: str | None = None
) -> list[Row]:
    """For each citizen, their oldest unsettled message, if it is pending and its time has come.

    `shard` (k, n): only the citizens of sender thread k of n; `channel`: only that channel's."""
    return list(
        db.query(
            f"SELECT * {_HEADS} AND next_attempt_at <= ?{_SHARD}{_of_channel(channel)} ORDER BY id LIMIT ?",
            [time.time(), shard[1], shard[0], limit],
        )
    )


def next_due_at(db: Database, shard: tuple[int, int] = (0, 1), channel: str | None = None) -> float | None:
    """When the earliest head-of-queue message is due (a message waits behind an older one)."""
    return db.execute(
        f"SELECT min(next_attempt_at) {_HEADS}{_SHARD}{_of_channel(channel)}", [shard[1], shard[0]]
    ).fetchone()[0]


def claim_message(db: Database, outbox_id: int) -> bool:
    """Mark a message in flight before calling Meta; False if it was settled meanwhile."""
    return (
        db.execute(
            "UPDATE outbox SET status = 'sending', claimed_at = ? WHERE id = ? AND status = 'pending'",
            [time.time(), outbox_id],
        ).rowcount
        == 1
    )


def release_claims(db: Database, outbox_ids: Sequence[int]) -> None:
    """Claimed together but never tried (the sender stopped on an error): pending again."""
    placeholders = ", ".join("?" * len(outbox_ids))
    db.execute(
        f"UPDATE outbox SET status = 'pending' WHERE status = 'sending' AND id IN ({placeholders})",  # nosec B608 # only "?" placeholders are joined; the ids are bound
        outbox_ids,
    )


def confirm_by_echo(db: Database, outbox_id: int, graph_message_id: str | None) -> None:
    """Meta echoed our message (metadata `outbox:<id>`): it was delivered, whatever we recorded."""
    db.execute(
        "UPDATE outbox SET status = 'sent', graph_message_id = coalesce(graph_message_id, ?),"
        " sent_at = coalesce(sent_at, ?) WHERE id = ? AND status IN ('pending', 'sending')",
        [graph_message_id, now_iso(), outbox_id],
    )


def in_doubt(db: Database, started_at: float, channel: str | None = None) -> int:
    """Messages a previous process claimed and never settled: sent or not, only an echo can tell."""
    return db.execute(
        f"SELECT count(*) FROM outbox WHERE status = 'sending' AND claimed_at < ?{_of_channel(channel, 'psid')}",  # nosec B608 # a constant condition
        [started_at],
    ).fetchone()[0]


def release_in_doubt(db: Database, started_at: float, channel: str | None = None) -> int:
    """No echo came in time: send them again (at least once beats never)."""
    return db.execute(
        f"UPDATE outbox SET status = 'pending' WHERE status = 'sending' AND claimed_at < ?"  # nosec B608 # constant
        f"{_of_channel(channel, 'psid')}",
        [started_at],
    ).rowcount


def mark_sent(db: Database, outbox_id: int, graph_message_id: str | None) -> None:
    db.execute(
        "UPDATE outbox SET status = 'sent', attempts = attempts + 1, graph_message_id = ?,"
        " sent_at = ?, last_error = NULL WHERE id = ?",
        [graph_message_id, now_iso(), outbox_id],
    )


def mark_retry(db: Database, outbox_id: int, retry_at: float, error_code: int | None, error: str) -> None:
    db.execute(
        "UPDATE outbox SET status = 'pending', attempts = attempts + 1, next_attempt_at = ?, error_code = ?,"
        " last_error = ? WHERE id = ?",
        [retry_at, error_code, error, outbox_id],
    )


def mark_failed(db: Database, outbox_id: int, error_code: int | None, error: str) -> None:
    db.execute(
        "UPDATE outbox SET status = 'failed', attempts = attempts + 1, error_code = ?, last_error = ? WHERE id = ?",
        [error_code, error, outbox_id],
    )


def outbox_counts(db: Database) -> dict[str, int]:
    return dict(db.execute("SELECT status, count(*) FROM outbox GROUP BY status").fetchall())
