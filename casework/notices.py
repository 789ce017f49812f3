"""Every notice the system owes an officer goes through here and is a row of `notices`, so none is lost.

The API, for every module that tells officers something:

    owe_notice(db, cfg, kind, *, report=None, handoff=None, officers=None, text,
               subject=None, urgent=None, fallback_to_duty=False) -> the rows made
        `kind` is one of storage/notices.py KINDS. `officers` None (or empty): the officers on duty
        now in the case's ward (today's roster, and whoever sent "trực" in the last 24 hours); else
        these officers (rows or ids), and with `fallback_to_duty` the duty officers as well when none
        of them can be reached. Urgent (by default the case's or handoff's own flag) puts [KHẨN] in the
        subject and the text. The case author's name, phone and address are blanked out of both,
        whoever the author is: a notice never carries an identity.
    release_for_officer(db, cfg, officer_id)   an officer checked in: what waited for them goes now
    settle_notices(db)                         queued rows become sent or failed as their carriers are
    run_notice_round(db, cfg)                  the scheduler: settle, then held and failed rows due
    retry_notice(db, cfg, notice_id)           an admin sends a held or failed one again now
    carry_in_digest(db, digest_rows)           the daily digest carries the new cases held overnight

Each row is one officer's copy (officer_id NULL while nobody is on duty), carried by an e-mail
(when SMTP_HOST is set and the officer has an address) and a Messenger message (inside the 24 h
after the officer's "trực"). Outside office hours a notice that is not urgent goes only by
Messenger; its e-mail waits for the office to open. A row nothing can carry is held, with why and
until when; one whose carriers all failed is retried (MAX_ATTEMPTS); one about a case an officer
opened before it could go is cancelled. All in the caller's transaction.
"""

import datetime as dt

from casework import texts
from casework.identity import redact_text
from casework.mailer import smtp_configured
from casework.ward import Ward
from core.clock import now
from core.pages import officer_sees, page_config
from storage import notices as table
from storage.db import joined_transaction
from storage.duty_roster import checked_in_since, officers_on_duty, reachable_officers
from storage.email_outbox import enqueue_email
from storage.outbox import enqueue_text

CHECK_IN_WINDOW = dt.timedelta(hours=24)
SAFETY_MARGIN = dt.timedelta(minutes=10)  # a message queued now may wait a few retries
QUIET_KINDS = frozenset({"new_report", "follow_up"})  # their e-mail waits for office hours unless urgent
MOOT_WHEN_SEEN = frozenset({"new_report", "urgent", "follow_up", "escalation", "handoff"})
MAX_ATTEMPTS = 5
RETRY = dt.timedelta(minutes=5)  # doubled after each failed attempt
RECHECK = dt.timedelta(minutes=30)  # a held row without a known time is looked at again this often
NEXT_SHIFT_DAYS = 14


def in_messenger_window(officer, moment=None):
    if not officer.get("psid") or not officer.get("checked_in_ms"):
        return False
    checked_in = dt.datetime.fromtimestamp(officer["checked_in_ms"] / 1000, dt.timezone.utc)
    return (moment or now()) - checked_in < CHECK_IN_WINDOW - SAFETY_MARGIN


def channels_of(officer, cfg, moment=None):
    """How this officer can be reached now: "email" and/or "messenger" (what the duty page shows)."""
    found = ["email"] if officer.get("email") and smtp_configured(cfg) else []
    return found + (["messenger"] if in_messenger_window(officer, moment) else [])


def duty_officers(db, cfg, page_id, moment=None):
    """The officers on duty now in ward `page_id`: today's roster, then whoever checked in "trực"."""
    moment = moment or now()
    ward = Ward(db, page_config(cfg, page_id))
    since_ms = int((moment - CHECK_IN_WINDOW + SAFETY_MARGIN).timestamp() * 1000)
    found = {}
    for officer in officers_on_duty(db, ward.local_date(moment), page_id) + checked_in_since(db, since_ms):
        if officer_sees(officer, {"page_id": page_id}):
            found.setdefault(officer["id"], officer)
    return list(found.values())


def owe_notice(
    db, cfg, kind, *, report=None, handoff=None, officers=None, text, subject=None, urgent=None, fallback_to_duty=False
):
    """Owe `kind` to officers (see the module's docstring); the rows made, each queued or held."""
    if kind not in table.KINDS:
        raise ValueError(f"unknown notice kind {kind!r}")
    about = report or handoff or {}
    urgent = bool(about.get("urgent")) if urgent is None else bool(urgent)
    subject = (
        subject
        or texts.NOTICE_SUBJECT.format(
            kind=texts.NOTICE_KIND_NAMES[kind], code=report["code"] if report else ""
        ).rstrip()
    )
    subject, text = _marked(subject, urgent), _marked(text, urgent)
    if report:
        subject, text = redact_text(subject, report), redact_text(text, report)
    listed = _as_rows(db, officers)
    base = {
        "kind": kind,
        "page_id": about.get("page_id") if about else (cfg.get("PAGE_ID") or None),
        "report_id": report["id"] if report else None,
        "handoff_id": handoff["id"] if handoff else None,
        "urgent": int(urgent),
        "subject": subject,
        "body": text,
        "audience": "officers" if listed else "duty",
    }
    moment = now()
    with joined_transaction(db):
        rows = _rows_for(db, cfg, base, listed or duty_officers(db, cfg, base["page_id"], moment), None, moment)
        reached = any(r["status"] == "queued" or r["reason"] == "out_of_hours" for r in rows)
        if listed and fallback_to_duty and not reached:
            others = [
                o for o in duty_officers(db, cfg, base["page_id"], moment) if o["id"] not in {x["id"] for x in listed}
            ]
            rows += _rows_for(db, cfg, base, others, rows[0]["group_id"] if rows else None, moment)
        if not rows:
            rows.append(_hold_for_nobody(db, cfg, table.notice_by_id(db, table.insert_notice(db, _held(base))), moment))
    return rows


def carriers(rows):
    """The e-mails and Messenger messages queued for these rows, as `deliver_to_officers` returned them."""
    found = []
    for row in rows:
        if row["email_id"] and row["status"] == "queued":
            found.append({"channel": "email", "officer_id": row["officer_id"], "email_id": row["email_id"]})
        if row["outbox_id"] and row["status"] == "queued":
            found.append({"channel": "messenger", "officer_id": row["officer_id"], "outbox_id": row["outbox_id"]})
    return found


def release_for_officer(db, cfg, officer_id, moment=None):
    """An officer came on duty ("trực"): their held or failed rows, those held for nobody, and a copy of
    every notice that reached nobody go to them now. Returns the rows that were queued."""
    moment = moment or now()
    found = reachable_officers(db, [officer_id])
    if not found:
        return []
    officer, queued = found[0], []
    with joined_transaction(db):
        for row in table.held_notices(db):
            if not officer_sees(officer, {"page_id": row["page_id"]}):
                continue
            if row["officer_id"] != officer["id"] and (row["officer_id"] is not None or row["status"] != "held"):
                continue
            queued.append(_cancel(db, row) if _moot(db, row) else _try(db, cfg, row, officer, moment))
        for first in table.unreached_groups(db, officer["id"]):
            if officer_sees(officer, {"page_id": first["page_id"]}) and not _moot(db, first):
                queued += _rows_for(db, cfg, _copy(first), [officer], first["group_id"], moment)
    return [row for row in queued if row["status"] == "queued"]


def settle_notices(db):
    """Queued rows whose carriers are done: sent when one delivered, failed (to retry) when all failed."""
    with joined_transaction(db):
        for row in table.queued_notices(db):
            states = [s for s in (row["email_status"], row["outbox_status"]) if s]
            if "sent" in states:
                table.update_notice(db, row["id"], status="sent", sent_at=row["email_sent_at"] or row["outbox_sent_at"])
            elif states and all(s == "failed" for s in states):
                detail = "; ".join(e for e in (row["email_error"], row["outbox_error"]) if e)[:500]
                retry_at = now() + RETRY * 2 ** max(0, row["attempts"] - 1)
                table.update_notice(
                    db,
                    row["id"],
                    status="failed",
                    reason="carrier_failed",
                    detail=detail,
                    next_attempt_at=_iso(retry_at) if row["attempts"] < MAX_ATTEMPTS else None,
                )


def run_notice_round(db, cfg, moment=None):
    """Settle what was queued, then look again at the held and failed rows whose time came; the
    number of rows queued (the caller wakes the senders)."""
    moment = moment or now()
    queued = 0
    with joined_transaction(db):
        settle_notices(db)
        for row in table.notices_due(db, _iso(moment)):
            queued += sum(r["status"] == "queued" for r in _look_again(db, cfg, row, moment))
    return queued


def retry_notice(db, cfg, notice_id, moment=None):
    """An admin sends a held or failed notice again now (past MAX_ATTEMPTS too); the rows queued."""
    with joined_transaction(db):
        row = table.notice_by_id(db, notice_id)
        if row is None or row["status"] not in ("held", "failed"):
            return []
        return [r for r in _look_again(db, cfg, row, moment or now(), by_hand=True) if r["status"] == "queued"]


def carry_in_digest(db, digest_rows):
    """The digest queued for an officer carries their new-case notices held out of office hours."""
    for row in digest_rows:
        if row["status"] != "queued" or row["officer_id"] is None:
            continue
        db.execute(
            "UPDATE notices SET status = 'queued', reason = 'in_digest', email_id = ?, outbox_id = ?,"
            " held_until = NULL, next_attempt_at = NULL WHERE status = 'held' AND reason = 'out_of_hours'"
            " AND kind = 'new_report' AND officer_id = ? AND page_id IS ?",
            [row["email_id"], row["outbox_id"], row["officer_id"], row["page_id"]],
        )


def _look_again(db, cfg, row, moment, by_hand=False):
    if _moot(db, row):
        return [_cancel(db, row)]
    if row["status"] == "failed" and row["attempts"] >= MAX_ATTEMPTS and not by_hand:
        table.update_notice(db, row["id"], next_attempt_at=None)  # shown as failed; an officer's "trực" retries
        return []
    if row["officer_id"] is None:
        officers = duty_officers(db, cfg, row["page_id"], moment)
        if not officers:
            return [_hold_for_nobody(db, cfg, row, moment)]
        return [_try(db, cfg, row, officers[0], moment)] + _rows_for(
            db, cfg, _copy(row), officers[1:], row["group_id"], moment
        )
    found = reachable_officers(db, [row["officer_id"]])
    if not found:  # the account was disabled: whoever is on duty gets it instead
        table.update_notice(db, row["id"], officer_id=None, audience="duty", reason="officer_disabled")
        return _look_again(db, cfg, table.notice_by_id(db, row["id"]), moment, by_hand)
    return [_try(db, cfg, row, found[0], moment)]


def _rows_for(db, cfg, base, officers, group_id, moment):
    """A row for each officer not yet in the group, each queued or held at once."""
    rows, have = [], {r["officer_id"] for r in table.group_of(db, group_id)} if group_id else set()
    for officer in officers:
        if officer["id"] in have:
            continue
        row = table.notice_by_id(db, table.insert_notice(db, {**_held(base), "group_id": group_id}))
        group_id = group_id or row["group_id"]
        rows.append(_try(db, cfg, row, officer, moment))
    return rows


def _try(db, cfg, row, officer, moment):
    """Queue the row's e-mail and Messenger message for `officer`, or hold it saying why."""
    ward = Ward(db, page_config(cfg, row["page_id"]))
    quiet = row["kind"] in QUIET_KINDS and not row["urgent"] and not ward.is_open(moment)
    has_email = bool(officer.get("email")) and smtp_configured(cfg)
    by_messenger = in_messenger_window(officer, moment)
    if not (by_messenger or (has_email and not quiet)):
        until = ward.next_opening(moment) if quiet and has_email else None
        table.update_notice(
            db,
            row["id"],
            officer_id=officer["id"],
            status="held",
            reason="out_of_hours" if until else "no_channel",
            held_until=_iso(until) if until else None,
            next_attempt_at=_iso(until or moment + RECHECK),
        )
        return table.notice_by_id(db, row["id"])
    email_id = (
        enqueue_email(db, officer["email"], row["subject"], row["body"], row["kind"], row["report_id"])
        if has_email and not quiet
        else None
    )
    # Not part of the case's thread (report_id None): this is the officer's own chat.
    outbox_id = (
        enqueue_text(db, officer["psid"], row["body"], sent_by="duty", messaging_type="UPDATE")[-1]
        if by_messenger
        else None
    )
    table.update_notice(
        db,
        row["id"],
        officer_id=officer["id"],
        status="queued",
        reason=None,
        detail=None,
        held_until=None,
        next_attempt_at=None,
        attempts=row["attempts"] + 1,
        email_id=email_id,
        outbox_id=outbox_id,
    )
    return table.notice_by_id(db, row["id"])


def _hold_for_nobody(db, cfg, row, moment):
    """Nobody is on duty: held until the roster's next shift begins (or an officer checks in)."""
    ward = Ward(db, page_config(cfg, row["page_id"]))
    shift = next(
        (
            dt.datetime.combine(day, dt.time(), ward.tz)
            for day in (ward.local_date(moment) + dt.timedelta(days=n) for n in range(1, NEXT_SHIFT_DAYS + 1))
            if officers_on_duty(db, day, row["page_id"])
        ),
        None,
    )
    table.update_notice(
        db,
        row["id"],
        status="held",
        reason="nobody_on_duty",
        held_until=_iso(shift) if shift else None,
        next_attempt_at=_iso(shift or moment + RECHECK),
    )
    return table.notice_by_id(db, row["id"])


def _moot(db, row):
    """An officer opened the case or the conversation (or it closed) after this notice was owed."""
    if row["kind"] not in MOOT_WHEN_SEEN:
        return False
    if row["report_id"] is not None:
        seen = db.execute("SELECT seen_at FROM reports WHERE id = ?", [row["report_id"]]).fetchone()
        return bool(seen and seen[0] and seen[0] > row["created_at"])
    if row["handoff_id"] is not None:
        handoff = db.execute(
            "SELECT status, max(coalesce(seen_at, ''), coalesce(first_answer_at, '')) FROM handoffs WHERE id = ?",
            [row["handoff_id"]],
        ).fetchone()
        return bool(handoff and (handoff[0] != "open" or handoff[1] > row["created_at"]))
    return False


def _cancel(db, row):
    table.update_notice(db, row["id"], status="cancelled", reason="seen", next_attempt_at=None)
    return table.notice_by_id(db, row["id"])


def _as_rows(db, officers):
    ids = [o["id"] if isinstance(o, dict) else int(o) for o in officers or ()]
    return reachable_officers(db, ids)


def _held(base):
    return {**base, "status": "held"}


def _copy(row):
    keys = ("kind", "page_id", "report_id", "handoff_id", "urgent", "subject", "body", "audience")
    return {key: row[key] for key in keys}


def _marked(text, urgent):
    """[KHẨN] first (after an e-mail subject's [PAKN]), where an officer's eye lands."""
    plain = text.removeprefix("[PAKN] ")
    if not urgent or plain.startswith(texts.URGENT_MARK):
        return text
    return text[: len(text) - len(plain)] + f"{texts.URGENT_MARK} {plain}"


def _iso(moment):
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="milliseconds")
