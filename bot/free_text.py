"""Free text at the menu, or as the very first message: what the citizen typed decides where it goes.

Every message lands somewhere: a story becomes the report's content
and the bot goes on from there; a question is answered from the ward's own
approved knowledge base, or honestly not, and kept for an officer; a code is
looked up; "gặp cán bộ" reaches a person; anything the bot cannot place is
listed for the officers under "Trò chuyện" (or joins the citizen's latest
case). The category of a report is suggested, never assumed: the citizen
confirms it with one tap, and a complaint or a denunciation, which carry legal
weight, is only ever offered.
"""

import dataclasses

from bot import handoff, menu, withdrawal
from bot import report_steps as rs
from core.folding import fold_command
from storage.reports import open_case_of
from understanding.intents import understand

# Words that say "this is more for my case", not a new matter.
MORE_WORDS = (
    "gui them",
    "bo sung",
    "them thong tin",
    "them anh",
    "van con",
    "van chua",
    "van khong",
    "cap nhat them",
    "noi them",
    "ho so cua toi",
    "more information",
    "still not",
)

CATEGORY_CHOICE = {
    "feedback": "CATEGORY_FEEDBACK",
    "petition": "CATEGORY_PETITION",
    "complaint": "CATEGORY_COMPLAINT",
    "denunciation": "CATEGORY_DENUNCIATION",
}
FIELD_CHOICE = {
    "science": "FIELD_SCIENCE",
    "technology": "FIELD_TECHNOLOGY",
    "innovation": "FIELD_INNOVATION",
    "digital_transformation": "FIELD_DIGITAL_TRANSFORMATION",
    "other": "FIELD_OTHER",
}
LANGUAGE_WORDS = 3  # a message this long says which language the citizen reads


def understood(turn):
    text = turn.inp.text if turn.inp.kind == "text" else ""
    return understand(
        text,
        kb=turn.db,
        prefixes=tuple(menu.ticket_prefixes(turn.cfg)),
        page_id=turn.cfg.get("PAGE_ID"),
        settings=turn.cfg,
    )


def first_message(turn):
    """The first thing a citizen ever sends, when it is words and not a button."""
    found = understood(turn)
    if len(turn.inp.text.split()) >= LANGUAGE_WORDS or found.language == "en":
        turn.conv["language"] = found.language
    turn.enter("menu")
    if found.intent in ("greeting", "unknown") and not found.is_story:
        menu.welcome(turn)
        if found.intent == "unknown":
            handoff.list_unmatched(turn)
        return
    route(turn, found, intro=turn.fmt(turn.texts.INTRO))


def on_menu_text(turn):
    """Free input at the menu (a photo too): a code, then what the words ask for."""
    code = menu.typed_code(turn)
    if code:
        return menu.answer_lookup(turn, code)
    if turn.inp.kind != "text":
        return menu.on_menu_input(turn)  # a photo after a case joins it; else it is listed
    found = understood(turn)
    if found.language == "en" and len(turn.inp.text.split()) >= LANGUAGE_WORDS:
        turn.conv["language"] = "en"
    route(turn, found)


def route(turn, found, intro=""):
    prefix = intro + "\n" if intro else ""
    intent = found.intent
    if intent == "lookup":
        if found.code:
            return menu.answer_lookup(turn, found.code)
        return menu.list_my_cases(turn) if found.forgot_code else turn.ask("lookup", prefix=intro)
    if intent == "officer":
        return handoff.request_officer(turn)
    if intent in ("cancel", "withdraw"):
        return withdrawal.start(turn)
    if intent == "question":
        return answer_question(turn, found, prefix)
    if intent == "thanks":
        turn.keep_in_conversation()  # small talk: no case's, not the next one's either
        return menu.show_menu(turn, prefix + turn.texts.THANKS_REPLY)
    if intent == "greeting":
        return menu.welcome(turn)
    if intent == "report":
        report = open_case_of(turn.db, turn.conv["psid"], turn.cfg.get("PAGE_ID"))
        if report is not None and not intro:
            return more_or_new(turn, found, report, prefix)
        return start_from_words(turn, found, prefix, turn.inp.text)
    report = menu.latest_report_of(turn.db, turn.conv["psid"], turn.cfg.get("PAGE_ID"))
    if report is not None and not intro:
        return menu.add_to_thread(turn, report)  # more words for the case the citizen filed
    handoff.list_unmatched(turn)  # an officer reads it under "Trò chuyện"
    menu.show_menu(turn, prefix + turn.texts.NOT_UNDERSTOOD)


def answer_question(turn, found, prefix):
    """Only an approved entry of the ward's base is ever said; otherwise say so, keep the question for
    an officer, and offer what the citizen can do. A question is no case's."""
    turn.keep_in_conversation()
    if found.faq:
        english = turn.conv.get("language") == "en" and found.faq.get("answer_en")
        text = found.faq["answer_en"] if english else found.faq["answer"]
        return menu.show_menu(turn, prefix + text + "\n" + turn.texts.FAQ_FOOTER)
    handoff.list_unmatched(turn)
    menu.show_menu(turn, prefix + turn.fmt(turn.texts.NO_ANSWER))


def more_or_new(turn, found, report, prefix):
    """A citizen with a case in hand who tells more: "gửi thêm", "vẫn chưa sửa" join that case;
    otherwise one short question, more for that case or a new matter?"""
    if any(words in fold_command(turn.inp.text) for words in MORE_WORDS):
        return menu.add_to_thread(turn, report)
    turn.conv.update(
        draft={
            "pending_text": turn.inp.text,
            "pending_message_id": turn.inp.message_id,
            "case_id": report["id"],
            "case_code": report["code"],
        },
        history=[],
    )
    turn.ask("more_or_new", prefix=prefix.strip())


def choose_more_or_new(turn, payload):
    draft = dict(turn.draft)
    report = next(turn.db.query("SELECT * FROM reports WHERE id = ?", [draft.get("case_id")]), None)
    pending = dataclasses.replace(
        turn.inp,
        kind="text",
        text=draft.get("pending_text") or "",
        payload=None,
        message_id=draft.get("pending_message_id"),
    )
    turn.inp = pending
    if payload == "ADD_TO_CASE" and report is not None:
        turn.conv.update(draft={}, history=[])
        turn.enter("menu")
        return menu.add_to_thread(turn, report, always_ack=True)
    start_from_words(turn, understood(turn), "", pending.text)


def start_from_words(turn, found, prefix, text):
    """A report told in words: the story is the content, category and field are offered first."""
    rs.start_report(turn, ask=False)
    draft = turn.draft
    notes = [prefix.strip()] if prefix.strip() else []
    if found.is_story:
        draft["content"] = [text.strip()]
        draft["story"] = True
        notes.append(turn.texts.STORY_KEPT)
    if found.accuses_official:  # the Chủ tịch UBND phường resolves it, never the accused's own office
        notes.append(turn.fmt(turn.texts.OFFICIAL_DENOUNCED))
    elif found.scope:
        phone = f" ({found.scope['handler_phone']})" if found.scope.get("handler_phone") else ""
        notes.append(turn.fmt(turn.texts.OUT_OF_SCOPE, handler=found.scope["handler_name"], phone=phone))
    suggest = {}
    if found.field in FIELD_CHOICE:
        suggest["field"] = FIELD_CHOICE[found.field]
    if found.category in CATEGORY_CHOICE:
        suggest["category"] = CATEGORY_CHOICE[found.category]
        key = "SUGGEST_CATEGORY_LEGAL" if found.category_is_legal else "SUGGEST_CATEGORY"
        names = turn.texts.CATEGORY_NAMES
        notes.append(turn.fmt(getattr(turn.texts, key), category_name=names[found.category].lower()))
    draft["suggest"] = suggest
    turn.goto("category", prefix="\n".join(notes))
