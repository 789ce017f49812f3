"""Telling the duty officer at once that a citizen is in danger now (a fraud in progress, people at
risk), before any question of the report is asked, in or out of office hours.

The conversation is listed in the console's "Trò chuyện" (the bot keeps answering), marked urgent, and
the notice points there; nobody opening it in time escalates it (casework/escalation.py). Like a
request for a person (casework/handoff_notice.py), it carries no word the citizen typed and no PSID.
"""

from casework import texts
from casework.notices import carriers, owe_notice
from casework.ward import Ward
from core.office_hours import describe_moment
from storage.handoffs import mark_urgent, set_notices


def notify_danger(db, cfg, handoff, kind, at):
    """Owe the urgent notice to this ward's officers on duty now, whatever the hour; the carriers queued."""
    ward = Ward(db, cfg)
    mark_urgent(db, handoff["id"])
    text = texts.DANGER_BODY.format(
        channel=texts.chat_channel_name(handoff["psid"]),  # Messenger, or the ward's Zalo OA
        ward=cfg["WARD_NAME"],
        when=describe_moment(at.astimezone(ward.tz)),
        kind=texts.DANGER_KINDS.get(kind, kind),
        id=handoff["id"],
    )
    subject = texts.DANGER_SUBJECT.format(id=handoff["id"])
    rows = owe_notice(db, cfg, "urgent", handoff={**handoff, "urgent": 1}, subject=subject, text=text, urgent=True)
    notices = carriers(rows)
    set_notices(db, handoff["id"], notices)
    return notices
