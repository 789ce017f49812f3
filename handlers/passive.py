"""Events that need no answer.

Reads and deliveries only move watermarks; reactions and referrals carry no
report content. They are stored (so the record is complete) and skipped
here on purpose. An edit changes what the officer should read, so it goes
into the thread.
"""

from core.clock import from_ms
from storage.transcript import record_message


def ignore(db, cfg, row, event):
    return None


def handle_edit(db, cfg, row, event):
    edit = event["message_edit"]
    text = edit.get("text") if isinstance(edit.get("text"), str) else ""
    original = db.execute(
        "SELECT report_id FROM messages WHERE event_key = ?", ["message:" + str(edit.get("mid"))]
    ).fetchone()
    record_message(
        db,
        row["psid"],
        "in",
        text,
        kind="edit",
        at=from_ms(row["timestamp"]).isoformat(),
        event_key=row["event_key"],
        report_id=original[0] if original else None,
    )
