"""Where each citizen is in the conversation, and the report they are drafting.

A half-finished report lives here, so a citizen who comes back hours later
continues where they stopped.
"""
import json

from core.clock import now_iso


def load_conversation(db, psid):
    """The citizen's state, or a fresh one (step None: never talked to us)."""
    row = db.execute(
        "SELECT step, draft, history, last_inbound_ms, thread_ack_ms, language FROM conversations WHERE psid = ?",
        [psid]).fetchone()
    if row is None:
        return {"psid": psid, "step": None, "draft": {}, "history": [],
                "last_inbound_ms": None, "thread_ack_ms": None, "language": "vi"}
    step, draft, history, last_ms, ack_ms, language = row
    return {"psid": psid, "step": step, "draft": json.loads(draft), "history": json.loads(history),
            "last_inbound_ms": last_ms, "thread_ack_ms": ack_ms, "language": language or "vi"}


def save_conversation(db, conv):
    db.execute(
        "INSERT INTO conversations (psid, step, draft, history, last_inbound_ms, thread_ack_ms, language,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(psid) DO UPDATE SET step = excluded.step, draft = excluded.draft,"
        " history = excluded.history, last_inbound_ms = excluded.last_inbound_ms,"
        " thread_ack_ms = excluded.thread_ack_ms, language = excluded.language, updated_at = excluded.updated_at",
        [conv["psid"], conv["step"], json.dumps(conv["draft"], ensure_ascii=False),
         json.dumps(conv["history"]), conv["last_inbound_ms"], conv["thread_ack_ms"], conv.get("language", "vi"),
         now_iso()])


def record_consent(db, psid, purpose, text_shown, answer, at, event_key):
    """Keep the exact text the citizen agreed (or refused) to, and when."""
    return db["consents"].insert({
        "psid": psid, "purpose": purpose, "text_shown": text_shown,
        "answer": answer, "at": at, "event_key": event_key}).last_pk
