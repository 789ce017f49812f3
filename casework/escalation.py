"""Urgent cases, and citizens waiting for a person, that nobody opened or answered in time.

The time is URGENT_ACK_MINUTES of office time (the ward's hours and calendar)
from when the case became urgent or the citizen asked; outside office hours an
urgent one does not wait for the morning: it is escalated at once. Escalating
tells the next officer on the roster (one not told yet, today's first, else the
next days') and the ward's leaders (admins when it has none), by an urgent
notice (casework/notices.py), and records it: the case's history and the audit
log, the handoff's `escalated_at`. Each is escalated once. The scheduler runs
`escalate_overdue` with the notices' round (runtime/scheduler.py).
"""

import datetime as dt

from casework import texts
from casework.notices import channels_of, owe_notice
from casework.ward import Ward, case_ward
from core.clock import now
from core.office_hours import describe_moment
from core.pages import officer_sees, page_config
from storage import audit
from storage.attention import mark_case_escalated, urgent_cases_waiting
from storage.db import joined_transaction
from storage.duty_roster import officers_on_duty, officers_with_role
from storage.handoffs import handoffs_waiting_unseen, mark_handoff_escalated
from storage.notices import officers_told

ROSTER_DAYS_AHEAD = 7


def ack_due(ward, since, minutes, urgent, moment):
    """When an officer must have opened or answered something waiting since `since`."""
    if urgent and not ward.is_open(moment):
        return moment
    return ward.hours.add_office_minutes(since, minutes, ward.calendar)


def escalate_overdue(db, cfg, moment=None):
    """Escalate every urgent case and handoff whose time is up; how many were."""
    moment = moment or now()
    minutes = int(cfg["URGENT_ACK_MINUTES"])
    done = 0
    with joined_transaction(db):
        for report in urgent_cases_waiting(db):
            since = dt.datetime.fromisoformat(report["urgent_at"] or report["created_at"])
            if moment >= ack_due(case_ward(db, cfg, report), since, minutes, True, moment):
                _escalate(db, cfg, moment, since, report=report)
                done += 1
        for handoff in handoffs_waiting_unseen(db):
            since = dt.datetime.fromisoformat(handoff["opened_at"])
            ward = Ward(db, page_config(cfg, handoff["page_id"]))
            if moment >= ack_due(ward, since, minutes, bool(handoff["urgent"]), moment):
                _escalate(db, cfg, moment, since, handoff=handoff)
                done += 1
    return done


def _escalate(db, cfg, moment, since, report=None, handoff=None):
    about = report or handoff
    ward_cfg = page_config(cfg, about["page_id"])
    ward = Ward(db, ward_cfg)
    told = officers_told(db, report_id=report["id"]) if report else officers_told(db, handoff_id=handoff["id"])
    recipients = _next_on_roster(db, cfg, ward, about["page_id"], told, moment) + _leaders(db, about["page_id"])
    recipients = list({o["id"]: o for o in recipients}.values())
    what = (
        texts.ESCALATION_CASE.format(code=report["code"])
        if report
        else texts.ESCALATION_HANDOFF.format(id=handoff["id"])
    )
    waited = (
        texts.ESCALATION_OUT_OF_HOURS
        if not ward.is_open(moment)
        else texts.ESCALATION_MINUTES.format(minutes=cfg["URGENT_ACK_MINUTES"])
    )
    names = ", ".join(o["full_name"] or o["username"] for o in recipients) or texts.NOBODY_TOLD
    text = texts.ESCALATION_TEXT.format(
        what=what[0].upper() + what[1:],
        ward=ward_cfg["WARD_NAME"],
        waited=waited,
        since=describe_moment(since.astimezone(ward.tz)),
        told=names,
    )
    owe_notice(
        db,
        cfg,
        "escalation",
        report=report,
        handoff=handoff,
        officers=recipients,
        subject=texts.ESCALATION_SUBJECT.format(what=what),
        text=text,
        urgent=True,
    )
    at = moment.astimezone(dt.timezone.utc).isoformat(timespec="milliseconds")
    if report:
        mark_case_escalated(db, report["id"], at)
    else:
        mark_handoff_escalated(db, handoff["id"], at)
    audit.record(
        db,
        texts.SYSTEM_ACTOR,
        "escalation",
        report["id"] if report else None,
        note=texts.ESCALATION_NOTE.format(waited=waited, to=names),
        detail={"to": [o["username"] for o in recipients], "handoff": handoff["id"] if handoff else None},
    )


def _next_on_roster(db, cfg, ward, page_id, told, moment):
    """The first officer on the roster (today, else the next days) not told yet, one who can be reached now
    if there is one."""
    today = ward.local_date(moment)
    for n in range(ROSTER_DAYS_AHEAD + 1):
        waiting = [
            o
            for o in officers_on_duty(db, today + dt.timedelta(days=n), page_id)
            if o["id"] not in told and officer_sees(o, {"page_id": page_id})
        ]
        if waiting:
            reachable = [o for o in waiting if channels_of(o, cfg, moment)]
            return (reachable or waiting)[:1]
    return []


def _leaders(db, page_id):
    for role in ("leader", "admin"):  # a ward without leader accounts: its admins
        found = [o for o in officers_with_role(db, role) if officer_sees(o, {"page_id": page_id})]
        if found:
            return found
    return []
