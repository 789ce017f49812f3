"""What an officer changes on a case besides its status: who handles it, an internal note, and its
category and field. The console's forms and `python -m bot console assign|note|classify` call these,
so both refuse the same mistakes with the same sentence (casework/texts.py).

Each joins the caller's transaction or opens its own, so a change and its audit entry commit
together; an officer acts only on their own ward's cases (`case_for`).
"""

from casework import texts
from casework.identity import may_see_identity
from casework.workflow import (
    MAX_NOTE,
    CaseError,
    NotAllowed,
    case_for,
    run_reclassify_rules,
)
from core.case_rules import CATEGORIES, FIELDS, is_denunciation
from core.folding import clean_text
from core.pages import officer_sees
from storage import audit
from storage.casework import report_by_id, set_assignee, set_classification
from storage.db import joined_transaction
from storage.officers import officer_by_username


def assign(db, cfg, report_id, username, officer, ip=None):
    """Hand the case to a colleague of its ward (or to nobody, with an empty username)."""
    username = str(username or "").strip()
    with joined_transaction(db):
        report = case_for(db, report_id, officer)
        target = None
        if username:
            target = officer_by_username(db, username)
            if target is None or target["disabled"] or not officer_sees(target, report):  # not another ward's
                raise CaseError(texts.NO_SUCH_OFFICER.format(username=username))
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


def add_note(db, cfg, report_id, text, officer, ip=None):
    """An internal note: kept with the case, never sent to the citizen."""
    text = clean_text(text)[:MAX_NOTE]
    if not text:
        raise CaseError(texts.NOTE_EMPTY)
    with joined_transaction(db):
        case_for(db, report_id, officer)
        return audit.record(db, officer, "note", report_id, note=text, ip=ip)


def reclassify(db, cfg, report_id, category, field, officer, ip=None):
    """The officer classifies a case the citizen was unsure about (or corrects it). Only a role that
    may see a denouncer turns a denunciation into something else: the Law on Denunciations (2018)
    decides how one is handled. The author stays protected whatever the new category (the flag is
    the person's, stored: core/case_rules.py)."""
    with joined_transaction(db):
        report = case_for(db, report_id, officer)
        if (
            category != report["category"]
            and is_denunciation(report["category"])
            and not may_see_identity(_role(officer), cfg)
        ):
            raise NotAllowed(texts.KEEP_DENUNCIATION)
        if category not in CATEGORIES or field not in FIELDS:
            raise CaseError(texts.CLASSIFICATION_INVALID)
        set_classification(db, report_id, category, field)
        audit.record(
            db,
            officer,
            "classify",
            report_id,
            ip=ip,
            detail={"from": [report["category"], report["field"]], "to": [category, field]},
        )
        run_reclassify_rules(db, cfg, report_by_id(db, report_id), officer)


def _role(officer):
    return officer.get("role") if isinstance(officer, dict) else None
