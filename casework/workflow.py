"""The status workflow, assignment, classification and internal notes: how a case changes.

`change_status` is the one door every status change goes through (the console,
the command line, a citizen's rating): it checks the transition (core/case_rules.py),
requires a note, writes the audit log, tells the citizen when Messenger allows
an automated message, and runs the rules registered with `on_status_change`
(runtime/rules.py registers them all, in one place); `reclassify` runs those
registered with `on_reclassify`. Both take the settings (`cfg`) after `db` and
hand each rule the case's own ward's (its page's settings). Each function joins
the caller's transaction or opens its own, so a change and its log commit together.
"""

import dataclasses

from casework import texts
from casework.window import Window, messenger_window
from core.case_rules import CATEGORIES, FIELDS, STATUSES, TRANSITIONS
from core.folding import clean_text
from core.pages import officer_sees, page_config
from storage import audit
from storage.casework import report_by_id, set_assignee, set_classification, set_status
from storage.db import joined_transaction
from storage.officers import officer_by_username
from storage.outbox import enqueue_text

MAX_NOTE = 4000
_status_hooks, _classify_hooks = [], []


class CaseError(ValueError):
    """The change was refused; the message (Vietnamese, one sentence) says why."""


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


def change_status(db, cfg, report_id, new_status, note, officer, forwarded_to=None, ip=None):
    """Move a case to `new_status`; return what happened (was the citizen told?)."""
    note, forwarded_to = clean_text(note)[:MAX_NOTE], clean_text(forwarded_to)[:300] or None
    if new_status not in STATUSES:
        raise CaseError(f'Trạng thái "{new_status}" không có. Các trạng thái: {", ".join(STATUSES)}.')
    if not note:
        raise CaseError("Vui lòng ghi lý do hoặc ghi chú cho lần đổi trạng thái này.")
    if new_status == "forwarded" and not forwarded_to:
        raise CaseError("Vui lòng ghi tên cơ quan có thẩm quyền nhận hồ sơ chuyển đi.")
    with joined_transaction(db):
        report = _report(db, report_id)
        old = report["status"]
        if new_status not in allowed_next(old):
            raise CaseError(
                f'Không chuyển được hồ sơ {report["code"]} từ "{texts.STATUS_NAMES[old]}" '
                f'sang "{texts.STATUS_NAMES[new_status]}".'
            )
        set_status(db, report_id, new_status, forwarded_to)
        window = messenger_window(db, report["psid"], page_id=report["page_id"])
        notified = window.notice_may_go
        if notified:
            notice = texts.STATUS_NOTICE[new_status].format(code=report["code"], note=note, forwarded_to=forwarded_to)
            enqueue_text(
                db,
                report["psid"],
                notice + texts.NOTICE_TAIL.format(code=report["code"]),
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
        report = _report(db, report_id)
        ward_cfg = page_config(cfg, report["page_id"])
        for hook in _status_hooks:
            hook(db, ward_cfg, report, old, new_status, note, officer)
    return StatusResult(report, old, new_status, notified, window)


def assign(db, report_id, username, officer, ip=None):
    """Hand the case to a colleague (or to nobody, with an empty username)."""
    with joined_transaction(db):
        report = _report(db, report_id)
        target = None
        if username:
            target = officer_by_username(db, username)
            if target is None or target["disabled"] or not officer_sees(target, report):  # not another ward's
                raise CaseError(f'Không có cán bộ đang làm việc với tên đăng nhập "{username}".')
        set_assignee(db, report_id, target["id"] if target else None)
        audit.record(
            db,
            officer,
            "assign",
            report_id,
            ip=ip,
            detail={
                "from": report["assigned_to"],
                "to": target["id"] if target else None,
                "username": target["username"] if target else None,
            },
        )
    return target


def add_note(db, report_id, text, officer, ip=None):
    """An internal note: kept with the case, never sent to the citizen."""
    text = clean_text(text)[:MAX_NOTE]
    if not text:
        raise CaseError("Ghi chú đang trống.")
    with joined_transaction(db):
        _report(db, report_id)
        return audit.record(db, officer, "note", report_id, note=text, ip=ip)


def reclassify(db, cfg, report_id, category, field, officer, ip=None):
    """The officer classifies a case the citizen was unsure about (or corrects it)."""
    if category not in CATEGORIES or field not in FIELDS:
        raise CaseError("Loại hoặc lĩnh vực không hợp lệ.")
    with joined_transaction(db):
        report = _report(db, report_id)
        set_classification(db, report_id, category, field)
        audit.record(
            db,
            officer,
            "classify",
            report_id,
            ip=ip,
            detail={"from": [report["category"], report["field"]], "to": [category, field]},
        )
        report = _report(db, report_id)
        ward_cfg = page_config(cfg, report["page_id"])
        for hook in _classify_hooks:
            hook(db, ward_cfg, report, officer)


def _report(db, report_id):
    report = report_by_id(db, report_id)
    if report is None:
        raise CaseError("Không có hồ sơ này.")
    return report
