"""A citizen's message or file added to a case reaches an officer; an officer opening a case is kept.

bot/menu.py `add_to_thread`, the one place a citizen's later message joins a
filed case, calls `on_citizen_follow_up`: the case is "tin mới" in the inbox
until an officer opens it, and the first such message since an officer last
looked tells the case's assignee (the officers on duty when it has none, or
when the assignee cannot be reached), never quoting what was typed. Opening
the case page or the conversation, answering, or moving the status marks it
seen: that ends "tin mới", stops the escalation of an urgent one, and makes
notices still held about it moot (casework/notices.py).
"""

from casework import texts
from casework.notices import owe_notice
from casework.summaries import headline
from core.pages import page_config
from storage.attention import mark_case_seen, mark_unseen
from storage.handoffs import mark_handoff_seen


def on_citizen_follow_up(db, cfg, report, kind="text"):
    """The citizen added a message (`kind` "text") or files ("attachments") to `report`; the notices made."""
    if not mark_unseen(db, report["id"]):
        return []  # already "tin mới": the officer was told and has not opened it since
    ward_cfg = page_config(cfg, report["page_id"])
    text = texts.FOLLOW_UP_TEXT.format(
        what=texts.FOLLOW_UP_WHAT.get(kind, texts.FOLLOW_UP_WHAT["text"]),
        headline=headline(report),
        ward=ward_cfg["WARD_NAME"],
    )
    assignee = [report["assigned_to"]] if report.get("assigned_to") else None
    return owe_notice(db, ward_cfg, "follow_up", report=report, officers=assignee, fallback_to_duty=True, text=text)


def case_opened(db, report_id, officer):
    """An officer opened the case page (not a list that shows it)."""
    mark_case_seen(db, report_id, _name(officer))


def conversation_opened(db, handoff_id, officer):
    mark_handoff_seen(db, handoff_id, _name(officer))


def seen_on_status_change(db, cfg, report, old_status, new_status, note, officer):
    """A status rule: whoever moves a case has seen it (a citizen's verdict reopening it has not)."""
    if isinstance(officer, dict):
        mark_case_seen(db, report["id"], _name(officer))


def _name(officer):
    return officer["username"] if isinstance(officer, dict) else str(officer)
