"""Telling the duty officer at once that a citizen asked for a person.

Unlike a new report, a request to talk is not held for the morning digest:
someone is waiting in the chat. The notice carries no word the citizen typed
and no PSID: a denouncer asking for an officer must not be named in an e-mail
or a Messenger notice (Law on Denunciations 2018, Art. 47). It says only that
someone is waiting, since when, and where to answer.
"""

from casework.notify import deliver_to_officers
from casework.ward import Ward
from core.office_hours import describe_moment
from core.pages import officer_sees
from storage.duty_roster import officers_on_duty
from storage.handoffs import set_notices

SUBJECT = "[PAKN] Công dân đề nghị gặp cán bộ (trò chuyện #{id})"
BODY = (
    "Một công dân đề nghị gặp cán bộ qua Messenger tại {ward} lúc {when}.\n"
    'Anh/chị trả lời trong console, mục "Trò chuyện" (trò chuyện #{id}).'
)


def notify_handoff(db, cfg, handoff, asked_at):
    """Queue the notice to this ward's officers on duty today; returns the notices made."""
    ward = Ward(db, cfg)
    officers = [
        o for o in officers_on_duty(db, ward.local_date(asked_at)) if officer_sees(o, {"page_id": handoff["page_id"]})
    ]
    text = BODY.format(ward=cfg["WARD_NAME"], when=describe_moment(asked_at.astimezone(ward.tz)), id=handoff["id"])
    notices = deliver_to_officers(db, cfg, officers, SUBJECT.format(id=handoff["id"]), text, "handoff")
    set_notices(db, handoff["id"], notices)
    return notices


def when_read(db, cfg, asked_at):
    """None while the office is open, else when an officer will next read (aware, local)."""
    ward = Ward(db, cfg)
    return None if ward.is_open(asked_at) else ward.next_opening(asked_at)
