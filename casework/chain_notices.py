"""Telling one officer what the chain of handling did: a direction given, a department's answer,
an answer sent back. Through casework/notify.py's delivery (e-mail, and Messenger inside the
officer's window), never with a protected person's identity: a notice is read outside the console,
so its free text is masked as for a role that may not see it, whoever receives it."""

from casework.identity import hides_identity, redact_text
from casework.notify import deliver_to_officers
from core.pages import page_config
from storage.recipients import officer_to_notify

NO_ROLE = None  # a notice, a department: never a role that may see a protected identity


def case_link(cfg, code):
    """The case page; absolute when PUBLIC_URL is set (an e-mail needs it)."""
    return f"{(cfg.get('PUBLIC_URL') or '').rstrip('/')}/console/cases/{code}"


def outside_text(cfg, report, text):
    """`text` as it may leave the console: a protected person's name, phone and address blanked."""
    if hides_identity(report, NO_ROLE, cfg):
        return redact_text(text or "", report)
    return text or ""


def notify_officer(db, cfg, officer_id, subject, text, kind, report):
    """Queue the notice to one officer (by id); the notices made ([] when nobody could be reached)."""
    officer = officer_to_notify(db, officer_id)
    if officer is None:
        return []
    settings = page_config(cfg, report.get("page_id"))
    return deliver_to_officers(db, settings, [dict(officer)], subject, text, kind, report["id"])
