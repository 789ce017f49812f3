"""The steps of drafting a report, in the order the citizen meets them.

`SEQUENCE` is the order of questions and the part of the report each one
fills; `APPLIES` says which questions a category needs. Editing a part from
the summary asks that part's questions again (and any the change made
necessary), then returns to the summary.
"""
from bot import menu, submission, texts
from bot.folding import clean_text
from bot.validation import parse_free_text, parse_name, parse_phone
from storage.clock import from_ms, now_iso
from storage.conversations import record_consent
from storage.transcript import discard_draft_attachments, thread_start

CATEGORIES = ("CATEGORY_FEEDBACK", "CATEGORY_PETITION", "CATEGORY_COMPLAINT",
              "CATEGORY_DENUNCIATION", "CATEGORY_UNSURE")
FIELDS = ("FIELD_SCIENCE", "FIELD_TECHNOLOGY", "FIELD_INNOVATION",
          "FIELD_DIGITAL_TRANSFORMATION", "FIELD_OTHER")
EDIT_PARTS = ("EDIT_CATEGORY", "EDIT_FIELD", "EDIT_CONTENT", "EDIT_PLACE_TIME", "EDIT_DETAILS",
              "EDIT_CONTACT")
FORMAL = ("complaint", "denunciation")  # valid only as a signed application: contact required
KEPT_ATTACHMENTS = ("image", "video", "audio", "file")

# Typed answers that mean a choice (folded), besides the choice's own title.
SYNONYMS = {
    "MENU_REPORT": {"phan anh", "kien nghi", "gop y", "gui phan anh", "bao cao", "report"},
    "MENU_COMPLAINT": {"khieu nai", "complaint", "toi muon khieu nai"},
    "MENU_DENOUNCE": {"to cao", "denounce", "toi muon to cao"},
    "MENU_LOOKUP": {"tra cuu", "tra cuu ho so", "lookup", "look up"},
    "CATEGORY_FEEDBACK": {"phan anh", "feedback"},
    "CATEGORY_PETITION": {"kien nghi", "gop y", "petition"},
    "CATEGORY_COMPLAINT": {"khieu nai", "complaint"},
    "CATEGORY_DENUNCIATION": {"to cao", "denunciation"},
    "CATEGORY_UNSURE": {"chua ro", "khong biet", "khong ro", "not sure"},
    "FIELD_DIGITAL_TRANSFORMATION": {"chuyen doi so", "cds", "digital"},
    "FIELD_OTHER": {"khac", "linh vuc khac", "other"},
    "CONTENT_DONE": {"xong", "het", "done", "da xong", "gui xong"},
    "SKIP": {"bo qua", "khong", "skip", "khong co"},
    "CONSENT_YES": {"dong y", "co", "ok", "yes", "u", "vang", "dong y cung cap"},
    "CONSENT_NO": {"khong dong y", "khong", "no"},
    "ANONYMOUS": {"an danh", "gui an danh"},
    "SUBMIT": {"gui", "gui di", "submit", "ok", "dong y"},
    "SUBMIT_URGENT": {"khan cap", "gui khan cap", "viec khan cap", "urgent"},
    "EDIT": {"sua", "sua lai", "edit"},
    "YES": {"co", "dong y", "yes", "u", "vang", "ok"},
    "NO": {"khong", "no"},
    "RESUME": {"tiep tuc", "tiep", "continue", "co"},
    "RATE_VERY_SATISFIED": {"rat hai long", "rat tot", "very satisfied"},
    "RATE_SATISFIED": {"hai long", "tot", "satisfied"},
    "RATE_UNSATISFIED": {"khong hai long", "chua hai long", "not satisfied", "unsatisfied"},
    "RATE_SKIP": {"bo qua", "skip", "de sau"},
    "PUBLISH_YES": {"dong y", "dong y dang", "co", "ok", "yes", "u", "vang"},
    "PUBLISH_NO": {"khong", "khong dang", "khong dong y", "no"},
}

SEQUENCE = [("category", "category"), ("field", "field"), ("content", "content"),
            ("place_time", "place_time"), ("complaint_act", "details"), ("complaint_by", "details"),
            ("complaint_request", "details"), ("accused", "details"), ("violation", "details"),
            ("consent", "contact"), ("name", "contact"), ("phone", "contact"), ("address", "contact")]
GROUP = dict(SEQUENCE)
APPLIES = {
    "complaint_act": lambda d: d.get("category") == "complaint",
    "complaint_by": lambda d: d.get("category") == "complaint",
    "complaint_request": lambda d: d.get("category") == "complaint",
    "accused": lambda d: d.get("category") == "denunciation",
    "violation": lambda d: d.get("category") == "denunciation",
    "name": lambda d: d.get("consent") == "granted",
    "phone": lambda d: d.get("consent") == "granted",
    "address": lambda d: d.get("consent") == "granted",
}
FIRST_OF_PART = {"EDIT_CATEGORY": "category", "EDIT_FIELD": "field", "EDIT_CONTENT": "content",
                 "EDIT_PLACE_TIME": "place_time", "EDIT_CONTACT": "consent"}
REPORT_STEPS = set(GROUP) | {"confirm", "edit_pick", "anonymous", "confirm_cancel", "resume"}


def answered(draft, step):
    if step == "consent":  # a formal report needs consent granted, not merely answered
        return "consent" in draft and (draft.get("category") not in FORMAL or draft["consent"] == "granted")
    return step in draft


def next_step(draft, current):
    names = [name for name, _ in SEQUENCE]
    start = names.index(current) + 1 if current in names else 0
    for name in names[start:]:
        if not APPLIES.get(name, lambda d: True)(draft):
            continue
        if draft.get("editing") and GROUP[name] != GROUP.get(current) and answered(draft, name):
            continue
        return name
    draft.pop("editing", None)
    return "confirm"


def advance(turn, prefix=""):
    turn.goto(next_step(turn.draft, turn.step), prefix)


def question_text(turn, step):
    if step == "menu":
        return turn.fmt(texts.MENU_AGAIN)
    if step == "confirm":
        return texts.ASK["confirm"].format(summary=submission.summary(turn))
    if step == "consent":
        note = texts.CONFIDENTIAL_NOTE if turn.draft.get("category") == "denunciation" else (
            "" if turn.draft.get("category") in FORMAL else texts.OPTIONAL_CONTACT_NOTE)
        return texts.ASK["consent"].format(confidential=note)
    if step == "resume":
        return texts.ASK["resume"].format(noun=texts.CATEGORY_NOUNS.get(turn.draft.get("category"), "phản ánh"))
    return turn.fmt(texts.ASK[step])


def start_report(turn, category=None):
    turn.conv.update(draft={"since_message_id": thread_start(turn.db, turn.conv["psid"])},
                     history=[])
    if category:
        turn.draft["category"] = category
        turn.conv["step"] = "category"
        return advance(turn)
    turn.goto("category")


def choose_category(turn, payload):
    turn.draft["category"] = payload.removeprefix("CATEGORY_").lower()
    advance(turn)


def choose_field(turn, payload):
    turn.draft["field"] = payload.removeprefix("FIELD_").lower()
    advance(turn)


def on_content_input(turn):
    inp = turn.inp
    kept = [a for a in inp.attachments if a["type"] in KEPT_ATTACHMENTS]  # recorded on arrival (handlers/)
    text = clean_text(inp.text) if inp.kind in ("text", "attachments") else ""
    if text:
        turn.draft.setdefault("content", []).append(text)
    if not (kept or text):
        return turn.reask("not_content")
    turn.draft["attachments"] = turn.draft.get("attachments", 0) + len(kept)
    turn.say(texts.REASK["content_kept"], ("CONTENT_DONE",) + ("CMD_BACK", "CMD_CANCEL"))


def finish_content(turn, _payload):
    if not turn.draft.get("content") and not turn.draft.get("attachments"):
        return turn.reask("empty_content")
    turn.draft.setdefault("content", [])
    advance(turn)


def free_text_answer(turn, parse=parse_free_text):
    if turn.inp.kind != "text":
        return turn.reask("not_text")
    value, problem = parse(turn.inp.text)
    if problem:
        return turn.reask(problem, value=clean_text(turn.inp.text)[:30])
    turn.draft[turn.step] = value
    advance(turn)


def name_answer(turn):
    free_text_answer(turn, parse_name)


def phone_answer(turn):
    free_text_answer(turn, parse_phone)


def skip(turn, _payload):
    if turn.step == "address" and turn.draft.get("category") in FORMAL:
        return turn.reask("cannot_skip")
    turn.draft[turn.step] = ""
    advance(turn)


def choose_consent(turn, payload):
    """Record the answer to the exact text shown; silence and refusal are not consent."""
    granted = payload == "CONSENT_YES"
    if payload != "ANONYMOUS":
        turn.draft["consent_id"] = record_consent(
            turn.db, turn.conv["psid"], "contact_for_report", question_text(turn, "consent"),
            "granted" if granted else "refused", _event_time(turn.inp), turn.inp.event_key)
    turn.draft["consent"] = "granted" if granted else "refused"
    if granted:
        turn.conv["step"] = "consent"
        return advance(turn)
    for key in ("name", "phone", "address"):
        turn.draft.pop(key, None)
    if payload == "CONSENT_NO" and turn.draft.get("category") in FORMAL:
        return turn.goto("anonymous")
    if payload == "ANONYMOUS":  # kept as feedback, flagged for the officer (PRODUCT.md)
        turn.draft["flagged"] = f"anonymous_{turn.draft['category']}"
        turn.draft["category"] = "feedback"
    turn.draft.pop("editing", None)
    turn.goto("confirm")


def choose_confirm(turn, payload):
    if payload == "EDIT":
        return turn.goto("edit_pick")
    turn.draft["urgent"] = payload == "SUBMIT_URGENT"  # the citizen says so: notify at once (duty/)
    submission.submit(turn)


def choose_edit(turn, payload):
    turn.draft["editing"] = True
    if payload == "EDIT_DETAILS":
        first = next((n for n, g in SEQUENCE if g == "details" and APPLIES[n](turn.draft)), None)
        if first is None:
            return turn.ask("edit_pick")
    else:
        first = FIRST_OF_PART[payload]
    if payload == "EDIT_CONTENT":
        turn.draft["content"] = []
    turn.goto(first)


def offer_resume(turn):
    if turn.step != "resume":
        turn.draft["return_step"] = turn.step
        if turn.inp.kind == "text" and turn.inp.payload is None:
            turn.draft["resume_text"] = turn.inp.text  # not lost: answered once they continue
    turn.ask("resume")


def choose_resume(turn, _payload):
    from bot.flow import dispatch
    text = turn.draft.pop("resume_text", None)
    turn.conv["step"] = turn.draft.pop("return_step", "category")
    if text is None:
        return turn.ask(turn.step)
    turn.inp.kind, turn.inp.text, turn.inp.payload = "text", text, None
    dispatch(turn)


def command_cancel(turn):
    if turn.step not in REPORT_STEPS:
        return menu.show_menu(turn, texts.CANCELLED)
    _confirm_destructive(turn, "cancel")


def command_restart(turn):
    if turn.step not in REPORT_STEPS:
        return start_report(turn)
    _confirm_destructive(turn, "restart")


def _confirm_destructive(turn, what):
    if turn.step not in ("confirm_cancel", "resume"):
        turn.draft["return_step"] = turn.step
    turn.draft["pending_command"] = what
    turn.ask("confirm_cancel")


def choose_confirm_cancel(turn, payload):
    what = turn.draft.pop("pending_command", "cancel")
    back_to = turn.draft.pop("return_step", "category")
    if payload == "NO":
        turn.conv["step"] = back_to
        return turn.ask(back_to, prefix=texts.NOT_CANCELLED)
    discard_draft_attachments(turn.db, turn.conv["psid"])
    if what == "restart":
        return start_report(turn)
    menu.show_menu(turn, texts.CANCELLED)


def command_back(turn):
    history = turn.conv["history"]
    if turn.step not in REPORT_STEPS:
        return menu.show_menu(turn)
    if not history:
        return turn.ask(turn.step, prefix=texts.NOTHING_TO_GO_BACK)
    turn.ask(history.pop())


def _event_time(inp):
    return from_ms(inp.timestamp).isoformat(timespec="milliseconds") if inp.timestamp else now_iso()
