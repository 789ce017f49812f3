"""The status workflow: statuses, transitions, the rules that run on a change, and the one door.

`change_status` is the one door every status change goes through (the console,
the command line, a citizen's rating): it checks the transition (core/case_rules.py),
requires a note, writes the audit log, tells the citizen when Messenger allows
an automated message, and runs the rules registered with `on_status_change`
(runtime/rules.py registers them all, in one place). Assigning, noting and
reclassifying are casework/case_edits.py's; `run_reclassify_rules` runs those
registered with `on_reclassify`. Both take the settings (`cfg`) after `db` and
hand each rule the case's own ward's (its page's settings). Each function joins
the caller's transaction or opens its own, so a change and its log commit together.
"""

import dataclasses

from casework import texts
from casework.citizen_voice import notice_text
from casework.window import Window, messenger_window
from core.case_rules import STATUSES, TRANSITIONS
from core.folding import clean_text
from core.pages import officer_sees, page_config
from storage import audit
from storage.casework import report_by_id, set_status
from storage.db import joined_transaction
from storage.outbox import enqueue_text
from storage.reports import report_by_code

MAX_NOTE = 4000
_status_hooks, _classify_hooks = [], []


class CaseError(ValueError):
    """The change was refused; the message (Vietnamese, one sentence, casework/texts.py) says why."""


class NotAllowed(CaseError):
    """Refused because of who asks, not what they typed (the console answers 403)."""


@dataclasses.dataclass
class StatusResult:
    report: dict
    old_status: str
    new_status: str
    notified: bool
    window: Window


def on_status_change(hook):
    """Register `hook(db, cfg, report, old_status, new_status, note, officer)`, run inside the change's
    transaction after the status is written (e.g. start the resolution period on acceptance); `cfg`
    is the settings of the case's page.
    Only runtime/rules.py registers rules, so every entry point runs the same ones; registering a
    rule twice keeps one."""
    if hook not in _status_hooks:
        _status_hooks.append(hook)
    return hook


def on_reclassify(hook):
    """Register `hook(db, cfg, report, officer)`, run inside the change's transaction after the category
    or field changed (e.g. the public page drops a case that became a denunciation); `cfg` as above."""
    if hook not in _classify_hooks:
        _classify_hooks.append(hook)
    return hook


def registered_rules():
    """The rules in force, by name: what a test compares between the app and the command line."""
    return {
        "status": [f"{h.__module__}.{h.__name__}" for h in _status_hooks],
        "reclassify": [f"{h.__module__}.{h.__name__}" for h in _classify_hooks],
    }


def allowed_next(status):
    return TRANSITIONS.get(status, ())


def case_for(db, report_id, officer):
    """The case, if this officer may act on it: another ward's case does not exist for them."""
    report = report_by_id(db, report_id)
    if report is None or not officer_sees(officer, report):
        raise CaseError(texts.NO_SUCH_CASE)
    return report


def case_by_code_for(db, code, officer):
    """The case with this code (as typed: any case, spaces around), if this officer may act on it."""
    report = report_by_code(db, str(code or "").strip().upper())
    if report is None or not officer_sees(officer, report):
        raise CaseError(texts.NO_SUCH_CASE_CODE.format(code=str(code or "").strip()))
    return report


def change_status(db, cfg, report_id, new_status, note, officer, forwarded_to=None, ip=None):
    """Move a case to `new_status`; return what happened (was the citizen told?)."""
    note, forwarded_to = clean_text(note)[:MAX_NOTE], clean_text(forwarded_to)[:300] or None
    if new_status not in STATUSES:
        raise CaseError(texts.UNKNOWN_STATUS.format(status=new_status, statuses=", ".join(STATUSES)))
    if not note:
        raise CaseError(texts.STATUS_NOTE_REQUIRED)
    if new_status == "forwarded" and not forwarded_to:
        raise CaseError(texts.FORWARDED_TO_REQUIRED)
    with joined_transaction(db):
        report = case_for(db, report_id, officer)
        old = report["status"]
        if new_status not in allowed_next(old):
            raise CaseError(
                texts.TRANSITION_REFUSED.format(
                    code=report["code"], old=texts.STATUS_NAMES[old], new=texts.STATUS_NAMES[new_status]
                )
            )
        set_status(db, report_id, new_status, forwarded_to)
        window = messenger_window(db, report["psid"], page_id=report["page_id"])
        notified = window.notice_may_go
        if notified:
            said = {"code": report["code"], "note": note, "forwarded_to": forwarded_to}
            notice = notice_text(
                db,
                report["psid"],
                report["page_id"],
                texts.STATUS_NOTICE[new_status],
                f"STATUS_NOTICE[{new_status}]",
                **said,
            )
            tail = notice_text(db, report["psid"], report["page_id"], texts.NOTICE_TAIL, "NOTICE_TAIL", **said)
            enqueue_text(
                db,
                report["psid"],
                notice + tail,
                report_id=report_id,
                sent_by="status_notice",
                messaging_type="RESPONSE",
            )
        audit.record(
            db,
            officer,
            "status",
            report_id,
            note=note,
            ip=ip,
            detail={
                "from": old,
                "to": new_status,
                "forwarded_to": forwarded_to,
                "citizen_told": notified,
                "window": window.state,
            },
        )
        report = report_by_id(db, report_id)
        ward_cfg = page_config(cfg, report["page_id"])
        for hook in _status_hooks:
            hook(db, ward_cfg, report, old, new_status, note, officer)
    return StatusResult(report, old, new_status, notified, window)


def run_reclassify_rules(db, cfg, report, officer):
    """The rules registered with `on_reclassify`, inside the change's transaction, with the case's
    own ward's settings."""
    ward_cfg = page_config(cfg, report["page_id"])
    for hook in _classify_hooks:
        hook(db, ward_cfg, report, officer)
