"""Telling the duty officer at once that a citizen is in danger now (a fraud in progress, people at
risk), before any question of the report is asked, in or out of office hours.

The conversation is listed in the console's "Trò chuyện" (the bot keeps answering), and the notice
points there. Like a request for a person (casework/handoff_notice.py), it carries no word the citizen
typed and no PSID.
"""

from casework import texts
from casework.notify import deliver_to_officers
from casework.ward import Ward
from core.office_hours import describe_moment
from core.pages import officer_sees
from storage.duty_roster import officers_on_duty
from storage.handoffs import set_notices


def notify_danger(db, cfg, handoff, kind, at):
    """Queue the notice to this ward's officers on duty today, whatever the hour; the notices made."""
    ward = Ward(db, cfg)
    page = {"page_id": handoff["page_id"]}
    officers = [o for o in officers_on_duty(db, ward.local_date(at), handoff["page_id"]) if officer_sees(o, page)]
    text = texts.DANGER_BODY.format(
        ward=cfg["WARD_NAME"],
        when=describe_moment(at.astimezone(ward.tz)),
        kind=texts.DANGER_KINDS.get(kind, kind),
        id=handoff["id"],
    )
    notices = deliver_to_officers(db, cfg, officers, texts.DANGER_SUBJECT.format(id=handoff["id"]), text, "danger")
    set_notices(db, handoff["id"], notices)
    return notices
