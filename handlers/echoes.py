"""Echoes: copies of what the page sent.

Our own sends are already in the transcript (and answering them would make
the bot talk to itself); their echo proves Meta delivered them, which settles
a message left in doubt by a crash. A message a person typed in the Page inbox
(another app, or none) is part of the citizen's thread, so it is recorded.
"""

from bot.human_echo import human_answered
from core.clock import from_ms
from storage.outbox import confirm_by_echo
from storage.reports import latest_report_of
from storage.transcript import record_message


def handle_echo(db, cfg, row, event):
    message = event["message"]
    outbox_id = _outbox_id(message)
    if outbox_id is not None:
        mid = message.get("mid")
        return confirm_by_echo(db, outbox_id, mid if isinstance(mid, str) else None)
    if cfg.get("APP_ID") and str(message.get("app_id")) == str(cfg["APP_ID"]):
        return
    text = message.get("text") if isinstance(message.get("text"), str) else "[tệp]"
    report = latest_report_of(db, row["psid"], cfg.get("PAGE_ID"))
    message_id = record_message(
        db,
        row["psid"],
        "out",
        text,
        kind="page_inbox",
        at=from_ms(row["timestamp"]).isoformat(),
        event_key=row["event_key"],
        report_id=report["id"] if report else None,
    )
    human_answered(db, cfg, row["psid"], message_id, row["timestamp"])  # the bot pauses for this citizen


def _outbox_id(message):
    """Our sends carry metadata `outbox:<id>`; a human's from the Page inbox do not."""
    metadata = message.get("metadata")
    if isinstance(metadata, str) and metadata.startswith("outbox:") and metadata[7:].isdigit():
        return int(metadata[7:])
    return None
