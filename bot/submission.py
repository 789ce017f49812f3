"""The summary the citizen checks, and turning the draft into a case with a ticket code."""

from bot import texts
from casework.new_case import on_report_submitted
from casework.promised_dates import answer_deadline, format_date, local_date
from core.case_rules import CONTACT, DETAIL_STEPS, is_formal
from core.clock import from_ms, now, now_iso
from core.deadline_rules import rule_for
from core.validation import format_phone
from core.voice import speak
from storage.handoffs import close_handoff, open_handoff_of
from storage.reports import create_report, next_ticket_code
from storage.threads import count_draft_files, join_case

SUMMARY_ORDER = ("category", "field", "content", "attachments", *DETAIL_STEPS, *CONTACT)


def summary(turn):
    draft = turn.draft
    values = dict(draft)
    values["category"] = turn.texts.CATEGORY_NAMES.get(draft.get("category"), "")
    values["field"] = turn.texts.FIELD_NAMES.get(draft.get("field"), "")
    values["content"] = _shorten("\n".join(draft.get("content", [])), 600)
    values["phone"] = format_phone(draft.get("phone"))
    # "Ảnh/tệp: 2": every file the draft takes along, whichever step it came at.
    values["attachments"] = count_draft_files(
        turn.db, turn.conv["psid"], turn.draft.get("since_message_id"), turn.cfg.get("PAGE_ID")
    )
    lines = [turn.fmt(turn.texts.SUMMARY_HEADER)]
    lines += [
        turn.texts.SUMMARY_LINES[key].format(_shorten(str(values[key]), 300))
        for key in SUMMARY_ORDER
        if values.get(key)
    ]
    if draft.get("consent") != "granted":
        lines.append(turn.fmt(turn.texts.ANONYMOUS_LINE))
    return "\n".join(lines)


def deadline_line(cfg, category, deadline, texts=texts):
    """The answer date; for a complaint or denunciation, the acceptance date and, after it, how long
    resolution takes (the citizen must not mistake thụ lý for the answer)."""
    rule = rule_for(cfg, category)
    if not rule.get("resolve"):
        return texts.DEADLINE_LINES["answer"].format(deadline=format_date(deadline))
    line = texts.DEADLINE_LINES["accept"].format(deadline=format_date(deadline))
    period = texts.RESOLUTION_PERIODS.get(category)
    if period:
        complex_days = (rule.get("complex") or rule["resolve"])[0]
        line += "\n" + period.format(resolve=rule["resolve"][0], complex=complex_days)
    return line


def _shorten(text, limit):
    return text if len(text) <= limit else text[: limit - 1] + "…"


def close_danger_listing(turn):
    """Danger told mid-report listed the conversation, urgent, in "Trò chuyện" (bot/danger.py); the
    urgent case carries it from now, so the listing closes into the case rather than escalate twice."""
    listed = open_handoff_of(turn.db, turn.cfg.get("PAGE_ID") or None, turn.conv["psid"])
    if listed is not None and listed["reason"] == "unmatched":
        # What she told there (the danger, in her words) is this case's story: its thread takes it.
        join_case(turn.db, turn.report_id, turn.conv["psid"], turn.cfg.get("PAGE_ID"), handoff_id=listed["id"])
        close_handoff(turn.db, listed["id"], "bot", "case", report_id=turn.report_id)


def submit(turn):
    """Create the case in this transaction; the reply carries its code and deadline."""
    draft, cfg = turn.draft, turn.cfg
    received = from_ms(turn.inp.timestamp) if turn.inp.timestamp else now()
    received_on = local_date(received, cfg["TIMEZONE"])
    deadline = answer_deadline(draft["category"], received_on, db=turn.db, cfg=cfg)
    code = next_ticket_code(turn.db, cfg["WARD_CODE"], received_on.year)
    report_draft = dict(draft, content="\n".join(draft.get("content", [])))
    turn.report_id = create_report(
        turn.db, turn.conv["psid"], report_draft, code, deadline, now_iso(), page_id=cfg.get("PAGE_ID")
    )
    # Urgency, the logged deadline, the summary and the duty officer's notice (casework/new_case.py).
    duty = on_report_submitted(turn.db, cfg, turn.report_id, received, draft.get("urgent"))
    if draft.get("danger_told"):
        close_danger_listing(turn)
    noun = turn.texts.CATEGORY_NOUNS[draft["category"]]
    text = turn.fmt(
        turn.texts.SUBMITTED,
        noun=noun,
        code=code,
        deadline_line=deadline_line(cfg, draft["category"], duty.deadline, turn.texts),
    )
    if is_formal(draft["category"]):
        text += turn.fmt(turn.texts.SUBMITTED_FORMAL, noun=noun)
    text += speak(duty.citizen_note(noun, turn.conv.get("language")), turn.voice)
    turn.to_menu(text)
