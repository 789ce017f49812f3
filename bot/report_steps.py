"""The handlers of drafting a report. Which question comes next is the table's business
(bot/flow.py: each state's `then`, with its conditions, and `part`): `next_step`
only follows it. Editing a part from the summary asks that part's questions
again (and any the change made necessary), then returns to the summary.
"""

from bot import facts, submission, voice, withdrawal
from bot.acknowledge import received_line
from core import case_rules
from core.case_rules import is_formal, is_protected
from core.clock import from_ms, now_iso
from core.folding import clean_text
from core.validation import parse_free_text, parse_name, parse_phone, ward_phones
from storage.conversations import record_consent
from storage.threads import count_draft_files, draft_start, give_up_draft
from storage.transcript import discard_draft_attachments
from understanding.commands import finishes
from understanding.contact_facts import address_in_line, name_typed, phones_in
from understanding.facts import PERSONAL
from understanding.language import detect_language
from understanding.normalize import spoken_digits

# The choices' payloads: CATEGORY_FEEDBACK … CATEGORY_UNSURE, FIELD_SCIENCE … FIELD_OTHER.
CATEGORIES = tuple(f"CATEGORY_{category.upper()}" for category in case_rules.CATEGORIES)
FIELDS = tuple(f"FIELD_{field.upper()}" for field in case_rules.FIELDS)
EDIT_PARTS = ("EDIT_CATEGORY", "EDIT_FIELD", "EDIT_CONTENT", "EDIT_PLACE_TIME", "EDIT_DETAILS", "EDIT_CONTACT")
KEPT_ATTACHMENTS = ("image", "video", "audio", "file")
# What a citizen writes into a draft (and "found": facts from their words): starting over loses it.
TYPED_PARTS = (
    "content", "place_time", "complaint_act", "complaint_by", "complaint_request", "accused", "violation",
    "name", "phone", "address", "found",
)  # fmt: skip
EXAMPLE_PHONE = "09xx xxx xxx"  # the example in texts.ASK["phone"]: a shape no number can copy

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
    "CONTENT_DONE": {"xong", "het", "done", "da xong", "gui xong"},  # and what understanding's `finishes` says
    "SKIP": {"bo qua", "khong", "skip", "khong co"},
    "CONSENT_YES": {"dong y", "co", "ok", "yes", "u", "vang", "dong y cung cap"},
    "CONSENT_NO": {"khong dong y", "khong", "no"},
    "ANONYMOUS": {"an danh", "gui an danh"},
    "SUBMIT": {"gui", "gui di", "submit", "ok", "dong y"},
    "SUBMIT_URGENT": {"khan cap", "gui khan cap", "viec khan cap", "urgent"},
    "EDIT": {"sua", "sua lai", "edit"},
    "YES": {"co", "dong y", "yes", "u", "uh", "uk", "vang", "ok", "duoc", "duoc roi"},
    "NO": {"khong", "no"},
    "RESUME": {  # "uh duoc roi" to "Tiếp tục?" (batch 40): yes, go on
        "tiep tuc",
        "tiep",
        "continue",
        "co",
        "u",
        "uh",
        "ok",
        "vang",
        "yes",
        "duoc",
        "duoc roi",
        "u duoc roi",
        "uh duoc roi",
        "ok tiep",
        "ok tiep di",
        "tiep di",
        "gui tiep",
        "lam tiep",
        "go on",
        "yes please",
    },  # fmt: skip
    "AS_TOLD": {
        "nhu tren",
        "nhu da ke",
        "nhu da ke o tren",
        "da ke o tren",
        "da ke o tren roi",
        "da ke roi",
        "nhu noi dung",
        "nhu noi dung tren",
        "as above",
        "as i said",
        "as i said above",
    },  # fmt: skip
    "FACT_YES": {"dung", "dung roi", "dung vay", "phai", "chinh xac", "yes", "correct"},
    "FACT_EDIT": {"sua", "sai", "sai roi", "chua dung", "khong dung", "khong phai", "change", "edit"},
    "RATE_VERY_SATISFIED": {"rat hai long", "rat tot", "very satisfied"},
    "RATE_SATISFIED": {"hai long", "tot", "satisfied"},
    "RATE_UNSATISFIED": {"khong hai long", "chua hai long", "not satisfied", "unsatisfied"},
    "RATE_SKIP": {"bo qua", "skip", "de sau"},
    "PUBLISH_YES": {"dong y", "dong y dang", "co", "ok", "yes", "u", "vang"},
    "PUBLISH_NO": {"khong", "khong dang", "khong dong y", "no"},
}

ENGLISH_STORY_WORDS = 6  # a story this long in English says the citizen reads English


def has_draft(draft):
    """Is this a report's draft (`start_report` made it), not another step's memory (a rating, a
    withdrawal)?"""
    return "since_message_id" in draft


def in_report(turn):
    """Is the citizen in the middle of a draft (or of a question about it)?"""
    row = turn.table.get(turn.step)
    return row is not None and row.in_report


def answered(draft, step):
    if step == "consent":  # a formal report needs consent granted, not merely answered
        return "consent" in draft and (not is_formal(draft.get("category")) or draft["consent"] == "granted")
    return step in draft


def following(table, draft, step):
    """The question after `step` for this draft: the first of its `then` whose condition holds."""
    for way in table[step].then:
        name, condition = (way, None) if isinstance(way, str) else way
        if condition is None or condition(draft):
            return name
    return "confirm"


def next_step(table, draft, current):
    if draft.get("editing") == "one":  # a correction in words: back where the citizen was
        draft.pop("editing")
        return draft.pop("edit_return", None) or "confirm"
    step = current
    while True:
        step = following(table, draft, step)
        if step == "confirm":
            draft.pop("editing", None)
            return step
        if draft.get("editing") and table[step].part != table[current].part and answered(draft, step):
            continue
        return step


def first_of_part(table, draft, part):
    """The first question of `part` this draft needs, None if it needs none (no details for feedback)."""
    step = "category"
    while step != "confirm":
        if table[step].part == part:
            return step
        step = following(table, draft, step)
    return None


def advance(turn, prefix=""):
    returning = turn.draft.get("editing") == "one" and turn.draft.get("edit_return")
    step = next_step(turn.table, turn.draft, turn.step)
    if returning:
        return turn.return_to(step, prefix)
    if facts.pending(turn.draft, step):  # already written: confirmed in one tap instead of asked
        turn.draft["fact_step"] = step
        return turn.goto("confirm_fact", prefix)
    turn.goto(step, prefix)


def choose_fact(turn, payload):
    """ "Đúng": the fact answers its step; "Sửa": the step's question is asked; "Bỏ qua": skipped."""
    step, fact = facts.take(turn)
    if step is None:
        return turn.to_menu()
    turn.return_to(step, ask=False)
    if payload == "SKIP":
        return skip(turn, payload)
    if payload == "FACT_EDIT" or fact is None:
        return turn.ask(step)
    turn.draft[step] = fact["value"]
    advance(turn)


def on_fact_input(turn):
    """Typed instead of tapped: "đúng rồi ạ" / "sai rồi" are the buttons; anything else is the step's
    own answer (the citizen's new spelling wins over what was found)."""
    if turn.inp.kind != "text":  # a sticker: the fact waits, asked again (batch 45; before, its step was asked)
        return turn.reask("not_text")
    if facts.mend_told(turn, turn.inp.text):  # "ko phải ngõ 5 đâu, ngõ 7 mới đúng": the fact mended, asked again
        return turn.ask("confirm_fact")
    said = facts.yes_or_no(turn.inp.text)
    if said:
        return choose_fact(turn, said)
    step, _fact = facts.take(turn)
    if step is None:
        return turn.to_menu()
    turn.return_to(step, ask=False)
    turn.redeliver()


def question_text(turn, step):
    if step == "menu":
        return turn.fmt(turn.texts.MENU_AGAIN)
    if step == "confirm":
        return turn.fmt(turn.texts.ASK["confirm"], summary=submission.summary(turn))
    if step == "confirm_fact":
        return facts.question(turn)
    if step == "confirm_cancel" and turn.draft.get("pending_command") == "restart":
        return turn.fmt(turn.texts.CONFIRM_RESTART)  # "bắt đầu lại", not "hủy", for who asked to start over
    if step == "category":
        return voice.category_question(turn)
    if step == "consent":
        note = (
            turn.texts.CONFIDENTIAL_NOTE
            if is_protected(turn.draft)
            else ("" if is_formal(turn.draft.get("category")) else turn.texts.OPTIONAL_CONTACT_NOTE)
        )
        return turn.fmt(turn.texts.ASK["consent"], confidential=turn.fmt(note))
    if step == "more_or_new":
        return turn.fmt(turn.texts.ASK["more_or_new"], case_code=turn.draft.get("case_code"))
    if step == "withdraw":
        return turn.fmt(
            turn.texts.ASK["withdraw"],
            code=turn.draft.get("withdraw_code"),
            noun=turn.texts.CATEGORY_NOUNS.get(turn.draft.get("withdraw_category"), "hồ sơ"),
        )
    if step in ("phone", "address") and not is_formal(turn.draft.get("category")):
        return turn.fmt(turn.texts.ASK[step]) + turn.fmt(turn.texts.SKIP_HINT)
    if step == "field" and (turn.draft.get("suggest") or {}).get("field"):
        suggested = turn.draft["suggest"]["field"].removeprefix("FIELD_").lower()
        return turn.fmt(turn.texts.ASK["field"]) + turn.fmt(
            turn.texts.FIELD_GUESS, field_name=turn.texts.FIELD_NAMES[suggested]
        )
    if step == "resume":
        return turn.fmt(
            turn.texts.ASK["resume"],
            noun=turn.texts.CATEGORY_NOUNS.get(turn.draft.get("category"), turn.texts.CATEGORY_NOUNS["feedback"]),
        )
    return turn.fmt(turn.texts.ASK[step])


def start_report(turn, category=None, ask=True, story=None, prefix="", found=None):
    """A new draft; `story`: words the citizen already wrote (a question that told a problem), its
    content, never asked again; `found`: the facts such words gave, confirmed in one tap later."""
    since = draft_start(turn.db, turn.conv["psid"], turn.cfg.get("PAGE_ID"))
    turn.conv.update(draft={"since_message_id": since}, history=[])
    if story:
        turn.draft.update(content=[story], story=True)
    if found:
        turn.draft["found"] = found
    if not ask:  # the caller asks the first question itself (bot/free_text.py)
        return None
    if category:
        turn.draft["category"] = category
        turn.enter("category")  # answered by the menu's choice: on to the next question
        return advance(turn, prefix)
    turn.goto("category", prefix)


def menu_at_category(turn, payload):
    """A menu button still on screen, tapped once the report has started (after a photo sent first):
    "Khiếu nại" and "Tố cáo" choose the category, "Gửi phản ánh" asks it again, never misread."""
    category = {"MENU_COMPLAINT": "CATEGORY_COMPLAINT", "MENU_DENOUNCE": "CATEGORY_DENUNCIATION"}.get(payload)
    if category:
        return choose_category(turn, category)
    turn.ask("category")


def choose_category(turn, payload):
    turn.draft["category"] = payload.removeprefix("CATEGORY_").lower()
    advance(turn)


def choose_field(turn, payload):
    turn.draft["field"] = payload.removeprefix("FIELD_").lower()
    advance(turn)


def on_content_input(turn):
    inp = turn.inp
    if inp.kind == "text" and finishes(inp.text):  # "xong rồi ạ", "đủ rồi": a command, never content
        return finish_content(turn, "CONTENT_DONE")
    kept = [a for a in inp.attachments if a["type"] in KEPT_ATTACHMENTS]  # recorded on arrival (handlers/)
    text = clean_text(inp.text) if inp.kind in ("text", "attachments") else ""
    if text:
        turn.draft.setdefault("content", []).append(text)
        facts.mend_told(turn, text) or note_facts(turn, text)  # "không phải ngõ 5, ngõ 7 mới đúng"
        voice.follow_english(turn, detect_language(text), text, words=ENGLISH_STORY_WORDS)
    if not (kept or text):
        return turn.reask("not_content")
    turn.draft["attachments"] = turn.draft.get("attachments", 0) + len(kept)
    said = turn.fmt(turn.texts.REASK["content_kept"])
    if kept:  # "Đã nhận 1 ảnh": every file acknowledged
        said = turn.fmt(turn.texts.CONTENT_FILES_KEPT, received=received_line(turn, kept))
    turn.say(said, ("CONTENT_DONE",) + ("CMD_BACK", "CMD_CANCEL"))


def note_facts(turn, text, only=None):
    """What `text` tells for the steps to come (bot/facts.py); never one of the ward's own numbers."""
    facts.note(turn, text, ward_phones(turn.cfg), only)


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
    if turn.step not in PERSONAL:  # "… tối nào cũng bị. a sđt e 0388 615 272": confirmed later, not asked
        note_facts(turn, turn.inp.text)
    advance(turn)


def name_answer(turn):
    """The name, also typed in a sentence or with the phone and the address after it: those are then
    offered for one tap at their steps, not asked."""
    said = name_typed(turn.inp.text) if turn.inp.kind == "text" else None
    value, problem = parse_name(said) if said else (None, "name")
    if problem is not None:
        return free_text_answer(turn, parse_name)
    turn.draft["name"] = value
    note_facts(turn, turn.inp.text)
    found = turn.draft.setdefault("found", {})
    if "address" not in found and (address := address_in_line(turn.inp.text)) is not None:
        found["address"] = address.as_dict()
    advance(turn)


def phone_answer(turn):
    if turn.inp.kind == "text" and parse_phone(turn.inp.text)[1] and facts.offer_mended_phone(turn, turn.inp.text):
        return None  # "09o4 123 456": the letter o said, the number with 0 offered
    if turn.inp.kind == "text":  # "số của bà 0868…, còn nhà bà ở số 45 ngõ 2…": the address offered next (batch 47)
        note_facts(turn, turn.inp.text, only=("address",))
    free_text_answer(turn, lambda text: own_phone(turn.cfg, text))


def phone_beside_question(turn):
    """The one number typed at the phone step beside a question (batch 47's uncle): the step's answer,
    kept, and the address told with it offered next; False when there is none or more than one."""
    value, problem = own_phone(turn.cfg, turn.inp.text)
    if problem is not None:
        return False
    turn.draft["phone"] = value
    note_facts(turn, turn.inp.text, only=("address",))
    return True


def own_phone(cfg, text):
    """The citizen's own number, never one of the ward's (the hotline copied from the welcome); said in
    a sentence ("số chị là 0912 113 114 nhé"), the one number in it (two are asked again: which?)."""
    text = spoken_digits(text)  # "không chín tám tám bốn năm sáu bảy tám chín", dictated (batch 53)
    value, problem = parse_phone(text)
    if problem is not None and len(said := list(phones_in(text))) == 1 and not said[0].problem:
        value, problem = said[0].value, None
    if problem is None and value in ward_phones(cfg):
        return None, "not_own_phone"
    return value, problem


def as_told(turn, _payload):
    """ "Như đã kể": what was done is the story already told, not typed again (batch 43's denouncer)."""
    if "AS_TOLD" not in turn.table[turn.step].offered(turn.draft):
        return turn.reask("choice")
    turn.draft[turn.step] = turn.texts.AS_TOLD_VALUE
    advance(turn)


def skip(turn, _payload):
    if turn.step not in turn.table or "SKIP" not in turn.table[turn.step].offered(turn.draft):
        return turn.reask("cannot_skip")
    turn.draft[turn.step] = ""
    advance(turn)


def choose_consent(turn, payload):
    """Record the answer to the exact text shown; silence and refusal are not consent."""
    granted = payload == "CONSENT_YES"
    if payload != "ANONYMOUS":
        turn.draft["consent_id"] = record_consent(
            turn.db,
            turn.conv["psid"],
            "contact_for_report",
            question_text(turn, "consent"),
            "granted" if granted else "refused",
            _event_time(turn.inp),
            turn.inp.event_key,
        )
    turn.draft["consent"] = "granted" if granted else "refused"
    if granted and turn.inp.kind == "text":  # "đồng ý nhé, tôi là Đặng Quốc Việt, số máy 0987…": confirmed, not asked
        note_facts(turn, turn.inp.text)
    if not granted:
        for key in ("name", "phone", "address"):
            turn.draft.pop(key, None)
        facts.drop_personal(turn.draft)
    if payload == "ANONYMOUS":  # kept as feedback, flagged for the officer (PRODUCT.md)
        turn.draft["flagged"] = f"anonymous_{turn.draft['category']}"
        turn.draft["category"] = "feedback"
    advance(turn)


def choose_confirm(turn, payload):
    if payload == "EDIT":
        return turn.goto("edit_pick")
    # Urgent if the citizen says so, or if danger was told on the way (bot/danger.py): notify at once
    # (casework/new_case.py).
    turn.draft["urgent"] = bool(turn.draft.get("urgent")) or payload == "SUBMIT_URGENT"
    submission.submit(turn)


def choose_edit(turn, payload):
    turn.draft["editing"] = True
    first = first_of_part(turn.table, turn.draft, payload.removeprefix("EDIT_").lower())
    if first is None:
        return turn.ask("edit_pick")
    if payload == "EDIT_CONTENT":
        turn.draft["content"] = []
    turn.goto(first)


def offer_resume(turn):
    if turn.step != "resume":
        turn.draft["return_step"] = turn.step
        if turn.inp.kind == "text" and turn.inp.payload is None:
            turn.draft["resume_text"] = turn.inp.text  # not lost: answered once they continue
    turn.ask("resume")


def tap_of_the_kept_step(turn):
    """At "continue?", a tap of the step they left ("Kiến nghị" still on the screen): they continue with
    it, never "did not understand that choice"."""
    back = turn.draft.get("return_step")
    row = turn.table.get(back) if back else None
    if row is None or turn.inp.payload is None or turn.inp.payload not in row.choices:
        return False
    turn.draft.pop("return_step")
    text = turn.draft.pop("resume_text", None)
    turn.return_to(back, ask=False)
    if text is not None and back == "content":  # typed before the break: the story's, kept as they go on
        turn.draft.setdefault("content", []).append(text.strip())
    turn.redeliver()
    return True


def choose_resume(turn, _payload):
    text = turn.draft.pop("resume_text", None)
    turn.return_to(turn.draft.pop("return_step", "category"), ask=text is None)
    if text is not None:
        turn.redeliver(kind="text", text=text, payload=None)


def command_cancel(turn):
    if not in_report(turn):  # after submission: withdraw the case? (asked, never assumed)
        return withdrawal.start(turn)
    if turn.step == "confirm_cancel":  # "uk huỷ lun" to "are you sure?": cancel said again is yes
        turn.draft["pending_command"] = "cancel"
        return choose_confirm_cancel(turn, "YES")
    _confirm_destructive(turn, "cancel")


def command_restart(turn):
    if not in_report(turn):
        return start_report(turn)
    if not _typed_anything(turn):  # only buttons tapped ("bấm nhầm Khiếu nại"): nothing to lose, no "sure?"
        give_up_draft(turn.db, turn.conv["psid"], turn.draft.get("since_message_id"), turn.cfg.get("PAGE_ID"))
        return start_report(turn, prefix=turn.fmt(turn.texts.RESTARTED))
    _confirm_destructive(turn, "restart")


def _typed_anything(turn):
    """Whether the draft holds anything the citizen wrote or sent, which starting over would lose."""
    draft = turn.draft
    if any(draft.get(key) for key in TYPED_PARTS):
        return True
    since, page = draft.get("since_message_id"), turn.cfg.get("PAGE_ID")
    return count_draft_files(turn.db, turn.conv["psid"], since, page) > 0


def _confirm_destructive(turn, what):
    if turn.step not in ("confirm_cancel", "resume"):
        turn.draft["return_step"] = turn.step
    turn.draft["pending_command"] = what
    turn.ask("confirm_cancel")


def choose_confirm_cancel(turn, payload):
    what = turn.draft.pop("pending_command", "cancel")
    back_to = turn.draft.pop("return_step", "category")
    if payload == "NO":
        return turn.return_to(back_to, prefix=turn.fmt(turn.texts.NOT_CANCELLED))
    discard_draft_attachments(turn.db, turn.conv["psid"])
    give_up_draft(turn.db, turn.conv["psid"], turn.draft.get("since_message_id"), turn.cfg.get("PAGE_ID"))
    if what == "restart":
        return start_report(turn)
    turn.keep_in_conversation()  # the menu shown after it is no new report's either
    turn.to_menu(turn.fmt(turn.texts.CANCELLED))


def command_back(turn):
    history = turn.conv["history"]
    if not in_report(turn):
        return turn.to_menu()
    if not history:
        return turn.ask(turn.step, prefix=turn.fmt(turn.texts.NOTHING_TO_GO_BACK))
    turn.return_to(history.pop())


def _event_time(inp):
    return from_ms(inp.timestamp).isoformat(timespec="milliseconds") if inp.timestamp else now_iso()
