"""Replies waiting for the Send API, and what became of each.

Every reply is queued here in the same transaction as the state change that
caused it, so a crash never loses one; the sender drains the queue, one
message at a time per citizen so that they arrive in order.
"""
import json
import time

from storage.clock import now_iso
from storage.transcript import record_message

MAX_TEXT = 2000  # Send API limit on message.text


def split_text(text, limit=MAX_TEXT):
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


def enqueue_text(db, psid, text, quick_replies=None, report_id=None, sent_by="bot",
                 messaging_type="RESPONSE", tag=None):
    """Queue a text (split if long); quick replies ride on the last part."""
    parts = split_text(text)
    ids = []
    for i, part in enumerate(parts):
        message = {"text": part}
        if quick_replies and i == len(parts) - 1:
            message["quick_replies"] = quick_replies
        outbox_id = db["outbox"].insert({
            "psid": psid, "report_id": report_id, "message": json.dumps(message, ensure_ascii=False),
            "messaging_type": messaging_type, "tag": tag, "sent_by": sent_by,
            "created_at": now_iso()}).last_pk
        record_message(db, psid, "out", part, outbox_id=outbox_id, report_id=report_id)
        ids.append(outbox_id)
    return ids


def due_messages(db, limit=50):
    """For each citizen, their oldest pending message, if its time has come."""
    return list(db.query(
        "SELECT * FROM outbox o WHERE status = 'pending' AND next_attempt_at <= ?"
        " AND id = (SELECT min(id) FROM outbox WHERE psid = o.psid AND status = 'pending')"
        " ORDER BY id LIMIT ?", [time.time(), limit]))


def next_due_at(db):
    """When the earliest head-of-queue message is due (a message waits behind an older one)."""
    row = db.execute(
        "SELECT min(next_attempt_at) FROM outbox o WHERE status = 'pending'"
        " AND id = (SELECT min(id) FROM outbox WHERE psid = o.psid AND status = 'pending')").fetchone()
    return row[0]


def mark_sent(db, outbox_id, graph_message_id):
    db.execute("UPDATE outbox SET status = 'sent', attempts = attempts + 1, graph_message_id = ?,"
               " sent_at = ?, last_error = NULL WHERE id = ?", [graph_message_id, now_iso(), outbox_id])


def mark_retry(db, outbox_id, retry_at, error_code, error):
    db.execute("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, error_code = ?,"
               " last_error = ? WHERE id = ?", [retry_at, error_code, error, outbox_id])


def mark_failed(db, outbox_id, error_code, error):
    db.execute("UPDATE outbox SET status = 'failed', attempts = attempts + 1, error_code = ?,"
               " last_error = ? WHERE id = ?", [error_code, error, outbox_id])


def outbox_counts(db):
    return dict(db.execute("SELECT status, count(*) FROM outbox GROUP BY status").fetchall())
