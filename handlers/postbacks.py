"""Buttons: Get Started, the persistent menu and ice breakers arrive as postbacks."""

from bot import handoff
from bot.flow import Input, handle_input
from core.clock import from_ms
from storage.transcript import record_message


def handle_postback(db, cfg, row, event):
    postback = event["postback"]
    payload = postback.get("payload") if isinstance(postback.get("payload"), str) else ""
    title = postback.get("title") if isinstance(postback.get("title"), str) else payload
    message_id = record_message(
        db,
        row["psid"],
        "in",
        title,
        kind="postback",
        at=from_ms(row["timestamp"]).isoformat(),
        event_key=row["event_key"],
    )
    inp = Input(
        kind="postback",
        text=title,
        payload=payload or "GET_STARTED",
        timestamp=row["timestamp"],
        event_key=row["event_key"],
        message_id=message_id,
    )
    inp = handoff.route(db, cfg, row["psid"], inp)  # None: waiting for a person, the bot stays quiet
    if inp is not None:
        handle_input(db, cfg, row["psid"], inp)
