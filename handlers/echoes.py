"""Echoes: copies of what the page sent.

Our own sends are already in the transcript (and answering them would make
the bot talk to itself). A message a person typed in the Page inbox (another
app, or none) is part of the citizen's thread, so it is recorded.
"""
from storage.clock import from_ms
from storage.reports import latest_report_of
from storage.transcript import record_message


def handle_echo(db, cfg, row, event):
    message = event["message"]
    ours = cfg.get("APP_ID") and str(message.get("app_id")) == str(cfg["APP_ID"])
    if ours or _is_ours(message):
        return
    text = message.get("text") if isinstance(message.get("text"), str) else "[tệp]"
    report = latest_report_of(db, row["psid"])
    record_message(db, row["psid"], "out", text, kind="page_inbox",
                   at=from_ms(row["timestamp"]).isoformat(), event_key=row["event_key"],
                   report_id=report["id"] if report else None)


def _is_ours(message):
    """Our sends carry metadata `outbox:<id>`; a human's from the Page inbox do not."""
    return str(message.get("metadata", "")).startswith("outbox:")
