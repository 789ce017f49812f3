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

from bot import danger, handoff, menu, voice, withdrawal
from bot import report_steps as rs
from core.folding import fold_command
from storage.reports import open_case_of, report_by_code
from understanding import phrases as P
from understanding.facts import PERSONAL
from understanding.intents import understand

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
    if len(turn.inp.text.split()) >= voice.LANGUAGE_WORDS or found.language == "en":
        turn.conv["language"] = found.language
    turn.enter("menu")
    if found.danger:  # the ward's safety advice before anything else, even a welcome
        return route(turn, found, intro=turn.fmt(turn.texts.INTRO))
    if found.intent in ("greeting", "unknown") and not found.is_story:
        menu.welcome(turn)
        if found.intent == "unknown":
            handoff.list_unmatched(turn)
        return
    route(turn, found, intro=turn.fmt(turn.texts.INTRO))


def on_menu_text(turn):
    """Free input at the menu (a sticker too): a code, then what the words ask for; a code inside a
    report about that case ("... mã AQ-2026-00113 ... đề nghị mở lại") is the report's."""
    if turn.inp.kind != "text":
        return menu.on_menu_input(turn)  # a sticker, a like (files are bot/files.py's)
    found = understood(turn)
    code = menu.typed_code(turn)
    if code and found.intent != "report":
        return menu.answer_lookup(turn, code)
    voice.follow_english(turn, found.language, turn.inp.text)
    route(turn, found)


def route(turn, found, intro=""):
    prefix = intro + "\n" if intro else ""
    intent = found.intent
    if found.danger and intent not in ("cancel", "thanks", "greeting", "withdraw", "my_data"):
        return danger_first(turn, found, intro)
    if intent == "lookup":
        if found.code:
            return menu.answer_lookup(turn, found.code)
        if found.own_cases or menu.has_cases(turn):  # "where is my complaint?": their own cases
            return menu.list_my_cases(turn)
        return turn.ask("lookup", prefix=intro)
    if intent == "officer":
        return handoff.request_officer(turn)
    if intent in ("cancel", "withdraw"):
        return withdrawal.start(turn)
    if intent == "question":
        return answer_question(turn, found, prefix)
    if intent == "thanks":
        turn.keep_in_conversation(shown_in_handoff=True)  # small talk: no case's, not the next one's either
        return menu.show_menu(turn, prefix + turn.fmt(turn.texts.THANKS_REPLY))
    if intent == "greeting":
        return menu.welcome(turn)
    if intent == "report":
        about = own_case(turn, found.code)
        report = open_case_of(turn.db, turn.conv["psid"], turn.cfg.get("PAGE_ID"))
        if report is not None and not intro and about is None:
            return more_or_new(turn, found, report, prefix)
        return start_from_words(turn, found, prefix, turn.inp.text, about=about)
    report = menu.latest_report_of(turn.db, turn.conv["psid"], turn.cfg.get("PAGE_ID"))
    if report is not None and not intro:
        return menu.add_to_thread(turn, report)  # more words for the case the citizen filed
    handoff.list_unmatched(turn)  # an officer reads it under "Trò chuyện"
    menu.show_menu(turn, prefix + turn.fmt(turn.texts.NOT_UNDERSTOOD))


def danger_first(turn, found, intro=""):
    """Danger told at the menu or as a first message: the ward's safety advice before anything else;
    then what else the message asks (a person), or the report, urgent before any question, its words
    kept as its content."""
    danger.warn(turn, found.danger)
    after_advice(turn, found, intro)


def after_advice(turn, found, intro=""):
    """What follows the safety advice outside a report (bot/anywhere.py says it at other steps)."""
    if found.intent == "officer":  # a person asked for beside danger now: the duty officer told at once too
        if found.danger_now:
            danger.mark_urgent(turn, found.danger)
        return handoff.request_officer(turn)
    if not found.danger_now and not found.is_story:  # "họ đòi mã OTP thì làm sao?": the advice answers
        return menu.show_menu(turn, (intro + "\n" if intro else "") + turn.fmt(turn.texts.FAQ_FOOTER))
    told = turn.fmt(turn.texts.DANGER_TOLD) if found.danger_now else ""
    start_from_words(turn, found, "\n".join(filter(None, [intro, told])), turn.inp.text)
    if not turn.draft.get("content"):  # however short, what they told is the report's content
        turn.draft.update(content=[turn.inp.text.strip()], story=True)
    if found.danger_now:  # told as happening, even in a question ("mẹ tôi bấm vào rồi, giờ phải làm sao?")
        danger.mark_urgent(turn, found.danger)


def answer_question(turn, found, prefix):
    """Only an approved entry of the ward's base is ever said; otherwise say so, keep the question for
    an officer, and offer what the citizen can do. A question is no case's."""
    turn.keep_in_conversation(shown_in_handoff=True)  # an officer asked next reads what was asked
    kept = "\n" + turn.fmt(turn.texts.STORY_KEPT_FOR_REPORT) if found.is_story else ""
    if found.faq:
        answer = voice.approved_answer(turn, found.faq)
        menu.show_menu(turn, prefix + answer + kept + "\n" + turn.fmt(turn.texts.FAQ_FOOTER))
    else:
        handoff.list_unmatched(turn)
        menu.show_menu(turn, prefix + turn.fmt(turn.texts.NO_ANSWER) + kept)
    if found.is_story:  # "Gửi phản ánh" next: these words are its content, never asked again
        turn.draft["pending_story"] = {"text": turn.inp.text.strip(), "message_id": turn.inp.message_id}
    rs.note_facts(turn, turn.inp.text, only=PERSONAL)  # a letter's "Tôi tên là …" before its questions


def own_case(turn, code):
    """The citizen's own case named by `code` (this account, this page), or None: a code of someone
    else's, or of no case, stays words in the story and links nothing."""
    report = report_by_code(turn.db, code) if code else None
    if report is None or report["psid"] != turn.conv["psid"] or report["page_id"] != turn.cfg.get("PAGE_ID"):
        return None
    return report


def more_or_new(turn, found, report, prefix):
    """A citizen with a case in hand who tells more: "gửi thêm", "vẫn chưa sửa" join that case;
    otherwise one short question, more for that case or a new matter?"""
    if any(words in fold_command(turn.inp.text) for words in P.MORE_FOR_THE_CASE):
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


def start_from_words(turn, found, prefix, text, about=None):
    """A report told in words: the story is the content, category and field are offered first.
    `about`: the citizen's earlier case the words are about (linked to it)."""
    rs.start_report(turn, ask=False)
    rs.note_facts(turn, text)  # a letter's "Tôi là…, trú tại…": confirmed later, never asked
    draft = turn.draft
    notes = [prefix.strip()] if prefix.strip() else []
    if found.is_story:
        draft["content"] = [text.strip()]
        draft["story"] = True
        notes.append(turn.fmt(turn.texts.STORY_KEPT))
    if about is not None:
        draft["about_report_id"] = about["id"]
        notes.append(turn.fmt(turn.texts.ABOUT_CASE, code=about["code"]))
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
