"""What the "Trò chuyện" pages show: rows of the list, a thread, who is on duty, all as this officer
may read them (console/conversations.py serves them as HTML and as the JSON of live updates).

The citizen's PSID is never shown. A protected person (who started or filed a denunciation on
that page) is read through their `Blanker` by roles outside IDENTITY_ROLES: the identities they gave
in any case or draft, every phone, e-mail and name they typed for themselves.
"""

from flask import current_app, g, url_for

from casework.identity import blanker, hides_identity
from casework.texts import chat_channel_name
from casework.ward import Ward
from console import texts
from console.formatting import age, local_datetime
from core.pages import officer_page, officer_sees
from storage.conversations import load_conversation
from storage.duty_roster import officers_on_duty
from storage.handoffs import open_handoffs, thread_of
from web.db import get_db

ROBOT_SENDERS = {"bot", "status_notice", "duty", "handover", None}
REASONS = {
    "asked": "Đề nghị gặp cán bộ",
    "page_inbox": "Hộp thư trang",
    "oa_inbox": "Hộp thư Zalo OA",
    "answered": "Cán bộ đang trả lời",
    "unmatched": "Tin nhắn chưa thuộc hồ sơ nào (trợ lý vẫn trả lời)",
}


def rows():
    db = get_db()
    rows = []
    for handoff in open_handoffs(db, page_id=officer_page(g.officer)):
        thread = thread_of(db, handoff["id"])
        last_in = next((m for m in reversed(thread) if m["direction"] == "in"), None)
        blank = reader(handoff, thread)
        rows.append(
            {
                "id": handoff["id"],
                "channel": chat_channel_name(handoff["psid"]),
                "url": url_for("console.conversations.show", handoff_id=handoff["id"]),
                "since": local_datetime(handoff["opened_at"]),
                "waited": age(handoff["opened_at"]),
                "answered": handoff["first_answer_at"] is not None,
                "page_inbox": bool(handoff["inbox_control"]),
                "reason": REASONS.get(handoff["reason"], handoff["reason"]),
                "last": blank(last_in["text"])[:140] if last_in else "",
                "count": len(thread),
                "urgent": bool(handoff["urgent"]),
                "escalated": handoff["escalated_at"] is not None,
            }
        )
    return rows


def thread(handoff, after=0):
    db = get_db()
    messages = thread_of(db, handoff["id"], after)
    blank = reader(handoff, thread_of(db, handoff["id"]) if after else messages)
    return [
        {
            "id": m["id"],
            "direction": m["direction"],
            "who": _who(m),
            "at": local_datetime(m["at"]),
            "text": blank(m["text"]),
            "kind": m["kind"],
            "failed": m["delivery"] == "failed",
        }
        for m in messages
    ]


def draft_lines(handoff):
    """What the citizen had drafted when they asked for a person, as this officer may read it:
    [(label, text)], empty when there is no draft. The draft itself stays the citizen's, to go on
    with when the bot is back."""
    draft = load_conversation(get_db(), handoff["psid"], handoff["page_id"])["draft"]
    if "since_message_id" not in draft:  # not a report's draft (bot/report_steps.py: has_draft)
        return []
    values = {
        "category": texts.CATEGORY_NAMES.get(draft.get("category"), ""),
        "field": texts.FIELD_NAMES.get(draft.get("field"), ""),
        "content": "\n".join(draft.get("content") or []),
        "attachments": str(draft.get("attachments") or ""),
        "place_time": draft.get("place_time") or "",
        "urgent": texts.DRAFT_URGENT if draft.get("urgent") else "",
    }
    blank = reader(handoff, also=[values["content"]])  # a name she typed in the draft is hers too
    return [(texts.DRAFT_LABELS[k], blank(v)) for k, v in values.items() if v]


def _who(message):
    if message["direction"] == "in":
        return "Người dân"
    if message["kind"] == "page_inbox":
        return "Cán bộ (hộp thư trang)"
    if message["kind"] == "oa_inbox":
        return texts.OA_INBOX_AUTHOR
    if message["kind"] == "handover":
        return "Hệ thống"
    if message["sent_by"] not in ROBOT_SENDERS:
        return f"Cán bộ {message['sent_by']}"
    return "Trợ lý tự động"


def reader(handoff, thread=None, also=()):
    """The text as this officer may read it: a protected person's words through their `Blanker`
    (the names they typed in the whole `thread`, and in `also`, known), anyone else's as written."""
    cfg = current_app.config
    if not hides_identity(handoff, g.officer["role"], cfg):
        return lambda text: text or ""
    db = get_db()
    shown = [
        m["text"] for m in (thread if thread is not None else thread_of(db, handoff["id"])) if m["direction"] == "in"
    ]
    return blanker(handoff, db, cfg, shown + list(also))


def redacted(handoff, text):
    return reader(handoff)(text)


def on_duty():
    db = get_db()
    names = [
        o["full_name"] or o["username"]
        for o in officers_on_duty(db, Ward(db, current_app.config).local_date())
        if officer_page(g.officer) is None or officer_sees(o, {"page_id": officer_page(g.officer)})
    ]
    return names
