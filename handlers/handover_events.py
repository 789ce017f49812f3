"""Meta's handover protocol events (the `messaging_handovers` webhook field).

- `pass_thread_control` comes to the app that receives control: the Page inbox
  passing the thread back means the officer is done, so the handoff closes and
  the bot answers again.
- `take_thread_control` comes to the app that lost control: a person took the
  thread in the inbox, so the bot pauses as for a handoff.
- `request_thread_control` asks us (the primary receiver) for control: the
  Page inbox gets it, and the bot pauses.
- `app_roles` says which app is primary and which secondary receiver.
"""

from bot import handoff
from bot.menu import MENU
from casework.thread_control import inbox_app_id, pass_to_inbox
from core.clock import from_ms
from storage.handoffs import create_handoff, open_handoff_of, record_app_roles, set_inbox_control, tag_messages
from storage.transcript import record_message

NOTES = {
    "take_thread_control": "[Hộp thư trang đã nhận cuộc trò chuyện]",
    "pass_thread_control": "[Hộp thư trang đã trả cuộc trò chuyện cho trợ lý]",  # nosec B105 # a thread note, not a password
    "request_thread_control": "[Hộp thư trang xin nhận cuộc trò chuyện]",
}


def handle_handover(db, cfg, row, event):
    kind = row["kind"]
    if kind == "app_roles":
        roles = event.get("app_roles")
        if isinstance(roles, dict):
            record_app_roles(db, handoff.page_of(cfg), {k: v for k, v in roles.items() if isinstance(v, list)})
        return
    detail = event.get(kind) if isinstance(event.get(kind), dict) else {}
    {
        "pass_thread_control": _control_back,
        "take_thread_control": _control_taken,
        "request_thread_control": _control_requested,
    }[kind](db, cfg, row, detail)


def _control_back(db, cfg, row, detail):
    current = open_handoff_of(db, handoff.page_of(cfg), row["psid"])
    if current is None:
        return
    _note(db, current["id"], row, "pass_thread_control")
    handoff.end_handoff(db, cfg, current, by="page_inbox", reason="page_inbox", choices=MENU)


def _control_taken(db, cfg, row, detail):
    current = _open(db, cfg, row)
    set_inbox_control(db, current["id"], True)
    _note(db, current["id"], row, "take_thread_control")


def _control_requested(db, cfg, row, detail):
    if str(detail.get("requested_owner_app_id")) != inbox_app_id(cfg):
        return  # only Meta's Page inbox is handed the thread; any other app asks in vain
    current = _open(db, cfg, row)
    _note(db, current["id"], row, "request_thread_control")
    pass_to_inbox(db, cfg, current)


def _open(db, cfg, row):
    at = handoff.iso(from_ms(row["timestamp"]))
    current, _created = create_handoff(db, handoff.page_of(cfg), row["psid"], "page_inbox", at)
    return current


def _note(db, handoff_id, row, kind):
    """A line in the officer's thread, so they see who held the conversation when."""
    message_id = record_message(
        db,
        row["psid"],
        "out",
        NOTES[kind],
        kind="handover",
        at=from_ms(row["timestamp"]).isoformat(),
        event_key=row["event_key"],
    )
    tag_messages(db, handoff_id, [message_id])
