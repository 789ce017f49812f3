"""Telling the duty officer at once that a citizen asked for a person.

Unlike a new report, a request to talk is not held for office hours: someone
is waiting in the chat. The notice carries no word the citizen typed and no
PSID: a denouncer asking for an officer must not be named in an e-mail or a
Messenger notice (Law on Denunciations 2018, Art. 47). It says only that
someone is waiting, since when, where to answer, and [KHẨN] when what they
wrote, their draft or their open case is urgent.
"""

from casework.notices import carriers, owe_notice
from casework.summaries import case_texts, urgency_reasons
from casework.ward import Ward
from core.office_hours import describe_moment
from storage.attention import has_open_urgent_case
from storage.conversations import load_conversation
from storage.handoffs import mark_urgent, set_notices, thread_of

SUBJECT = "[PAKN] Công dân đề nghị gặp cán bộ (trò chuyện #{id})"
BODY = (
    "Một công dân đề nghị gặp cán bộ qua Messenger tại {ward} lúc {when}.\n"
    'Anh/chị trả lời trong console, mục "Trò chuyện" (trò chuyện #{id}).'
)


def notify_handoff(db, cfg, handoff, asked_at):
    """Owe the notice to this ward's officers on duty now; returns the e-mails and messages queued."""
    ward = Ward(db, cfg)
    if is_urgent(db, cfg, handoff):
        mark_urgent(db, handoff["id"])
        handoff = {**handoff, "urgent": 1}
    text = BODY.format(ward=cfg["WARD_NAME"], when=describe_moment(asked_at.astimezone(ward.tz)), id=handoff["id"])
    notices = carriers(
        owe_notice(db, cfg, "handoff", handoff=handoff, subject=SUBJECT.format(id=handoff["id"]), text=text)
    )
    set_notices(db, handoff["id"], notices)
    return notices


def is_urgent(db, cfg, handoff):
    """Urgent when the citizen said so in the draft, wrote URGENT_WORDS in it or in the thread, or
    has an urgent case still open on this page."""
    draft = load_conversation(db, handoff["psid"], handoff["page_id"])["draft"]
    told = {**draft, "content": "\n".join(draft.get("content") or [])}  # a draft's story is its messages
    asked = [m["text"] or "" for m in thread_of(db, handoff["id"]) if m["direction"] == "in"]
    written = " ".join([case_texts(told), *asked])
    if handoff.get("urgent") or draft.get("urgent") or urgency_reasons(written, cfg):
        return True
    return has_open_urgent_case(db, handoff["psid"], handoff["page_id"])


def when_read(db, cfg, asked_at):
    """None while the office is open, else when an officer will next read (aware, local)."""
    ward = Ward(db, cfg)
    return None if ward.is_open(asked_at) else ward.next_opening(asked_at)
