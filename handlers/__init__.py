"""One handler per kind of Messenger event, turning events into inputs for the flow.

`classify` runs on the acknowledgement path (cheap, no I/O); the handlers run
later in the worker, inside its transaction.
"""

from handlers import echoes, handover_events, messages, passive, postbacks, standby

HANDLERS = {
    "text": messages.handle_message,
    "quick_reply": messages.handle_message,
    "attachments": messages.handle_message,
    "sticker": messages.handle_message,
    "postback": postbacks.handle_postback,
    "echo": echoes.handle_echo,
    "edit": passive.handle_edit,
    "reaction": passive.ignore,
    "read": passive.ignore,
    "delivery": passive.ignore,
    "referral": passive.ignore,
    "unknown": passive.ignore,
    # The handover protocol, and events for a thread another app owns.
    "standby": standby.handle_standby,
    "pass_thread_control": handover_events.handle_handover,
    "take_thread_control": handover_events.handle_handover,
    "request_thread_control": handover_events.handle_handover,
    "app_roles": handover_events.handle_handover,
}
HANDOVER_KINDS = ("pass_thread_control", "take_thread_control", "request_thread_control", "app_roles")


def classify(event):
    """The kind of a `messaging`/`standby` event, one of HANDLERS' keys."""
    message = event.get("message")
    if isinstance(message, dict):
        if message.get("is_echo"):
            return "echo"
        if isinstance(message.get("quick_reply"), dict):
            return "quick_reply"
        attachments = message.get("attachments")
        if message.get("sticker_id") or (
            isinstance(attachments, list)
            and any(isinstance(a, dict) and a.get("type") == "sticker" for a in attachments)
        ):
            return "sticker"
        if isinstance(attachments, list) and attachments:
            return "attachments"
        return "text"
    for kind in HANDOVER_KINDS:
        if isinstance(event.get(kind), dict):
            return kind
    for key, kind in (
        ("postback", "postback"),
        ("message_edit", "edit"),
        ("reaction", "reaction"),
        ("read", "read"),
        ("delivery", "delivery"),
        ("referral", "referral"),
    ):
        if isinstance(event.get(key), dict):
            return kind
    return "unknown"


def citizen_of(event, kind):
    """The citizen's PSID: the recipient of an echo, the sender of anything else. `app_roles`
    concerns the page, not a citizen: it is stored under the page's id (the recipient)."""
    side = event.get("recipient" if kind in ("echo", "app_roles") else "sender")
    psid = side.get("id") if isinstance(side, dict) else None
    return str(psid) if isinstance(psid, (str, int)) and str(psid) else None


def kind_in(field, event):
    """The stored kind: every event of the `standby` field is "standby" (never answered)."""
    return "standby" if field == "standby" else classify(event)


def handle_event(db, cfg, row, event):
    HANDLERS[row["kind"]](db, cfg, row, event)
