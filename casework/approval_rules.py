"""Which answers wait for a leader: an officer's answer on a case of APPROVAL_CATEGORIES (by
default a complaint's or a denunciation's, the ward's formal decisions). Leaders and admins are
the approvers, so their own answers go at once. The draft waits on the case; the leader's digest
and the case page show it (casework/approval.py approves it or sends it back).
"""

from core.pages import page_config
from core.settings import approval_categories
from storage import audit
from storage.answer_drafts import hold_draft

APPROVERS = ("leader", "admin")


def may_approve(officer):
    return isinstance(officer, dict) and officer.get("role") in APPROVERS


def needs_approval(cfg, report, officer):
    """Is this officer's answer on this case a draft for a leader? (The case's own ward's setting.)"""
    categories = approval_categories(page_config(cfg, report.get("page_id")))
    return report["category"] in categories and not may_approve(officer)


def hold_for_approval(db, report, text, officer, ip=None):
    """Keep the answer as the case's waiting draft (replacing one already waiting); its id."""
    draft_id = hold_draft(db, report["id"], text, officer["username"], officer.get("id"))
    audit.record(db, officer, "answer_draft", report["id"], note=text, ip=ip, detail={"draft_id": draft_id})
    return draft_id
