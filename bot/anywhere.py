"""Every message is understood before the step on screen sees it.

bot/flow.py asks `take_aside` after the commands and the step's own choices, and before the step's
parser: danger, wanting a person, cancel, a question, a code or "where is my case", thanks, a photo,
and more of the story where a tap is awaited, are recognised at every step
(understanding/asides.py says which). Each is answered, and the same step is asked again in one short
line (bot/acknowledge.py); wanting a person opens the handoff with the draft kept. What is not an
aside is the step's. The menu reads every message this way already (bot/free_text.py); the rating's
steps read their own sentences.

ASIDES is the table of them; docs/conversation.md shows it beside the conversation's table.
"""

import datetime as dt

from bot import danger, files, free_text, handoff, menu, voice
from bot import report_steps as rs
from bot.acknowledge import back_to_step
from core.clock import from_ms, now
from storage.transcript import previous_text
from understanding.asides import aside
from understanding.danger import asks_what_now, only_threatened
from understanding.facts import PERSONAL
from understanding.intents import WHO_ANSWERS

TOLD_TOGETHER = dt.timedelta(minutes=15)  # two messages this close tell one thing (danger across both)
NOT_HERE = ("menu", "rating", "rating_comment")  # they read every typed message themselves
CONTACT_STEPS = ("name", "phone", "address")
CODE_IN_A_STORY = 8  # words: a code of no case of theirs, told in this many, is the story's, not a look-up


def take_aside(turn):
    """Answer what the input says aside; False when it is for the step's own parser."""
    inp = turn.inp
    if inp.payload is not None:
        return False
    if inp.kind == "attachments":  # the content step keeps its own; a rating reads only its words
        return turn.step not in ("content", "rating", "rating_comment") and files.take_files(turn)
    if inp.kind != "text" or turn.step in NOT_HERE:
        return False
    found = aside(
        inp.text,
        expects(turn),
        kb=turn.db,
        prefixes=tuple(menu.ticket_prefixes(turn.cfg)),
        page_id=turn.cfg.get("PAGE_ID"),
        settings=turn.cfg,
        before=previous_text(turn.db, turn.conv["psid"], inp.message_id, since(inp, TOLD_TOGETHER)),
    )
    if _asks_after_danger(turn, found):
        return on_danger_follow_up(turn)
    if found is None:
        return False
    voice.follow_english(turn, found.found.language, inp.text)  # the aside's answer in English too
    ASIDES[found.kind][0](turn, found.found)
    return True


def _asks_after_danger(turn, found):
    """Once a danger is told, "giờ em phải làm sao ạ", "lỡ đọc 3 số rồi thì sao" ask about it, at any step,
    unless the base answers them otherwise or they are another aside (a person, cancel)."""
    told = turn.draft.get("danger_told")
    if found is not None and found.kind == "danger" and told == "scam" and only_threatened(turn.inp.text):
        return True  # "… nó dọa tắt máy giữa chừng là bị phạt" (batch 55): the fraudster's threat, no new danger
    if not told or not asks_what_now(turn.inp.text):
        return False
    return found is None or (found.kind in ("question", "story") and not found.found.faq)


def on_danger_follow_up(turn):
    """The danger's advice again, the question kept in the report (not filed silently), the step again."""
    danger.warn(turn, turn.draft["danger_told"])
    turn.draft.setdefault("content", []).append(turn.inp.text.strip())
    back_to_step(turn, "")
    return True


def since(inp, span):
    """The moment `span` before the input arrived (its own time, Meta's; now when it has none)."""
    arrived = from_ms(inp.timestamp) if inp.timestamp else now()
    return (arrived - span).isoformat()


def expects(turn):
    """What the step on screen waits for (understanding/asides.py: EXPECTS)."""
    if turn.step == "lookup":
        return "code"
    if turn.step == "content":
        return "story"
    if turn.step in CONTACT_STEPS:
        return "contact"
    if turn.step == "place_time":
        return "place"
    return "tap" if turn.table[turn.step].on_input is None else "words"


def in_draft(turn):
    """A question of a report being drafted (not "are you sure?", not a rating): a fact written before
    and confirmed in one tap is its step's question (danger told then is the draft's, batch 37)."""
    step = turn.draft.get("fact_step") if turn.step == "confirm_fact" else turn.step
    return rs.has_draft(turn.draft) and step in turn.table and turn.table[step].part is not None


def on_danger(turn, found):
    danger.warn(turn, found.danger)
    if not in_draft(turn):  # no report yet: one is started, urgent, from these words
        turn.enter("menu")
        return free_text.after_advice(turn, found)
    if not found.danger_now:  # "họ đòi OTP thì làm sao?": the advice is the answer; nothing is urgent
        return back_to_step(turn, "")
    danger.mark_urgent(turn, found.danger)
    turn.draft.setdefault("content", []).append(turn.inp.text.strip())  # what they told is the report's
    rs.note_facts(turn, turn.inp.text)  # and where, when, who it tells: confirmed later, not asked
    if found.intent == "officer":  # "cho chị nói chuyện với người thật ngay, chồng chị đang bị đe dọa"
        return handoff.request_officer(turn)  # the advice first, then a person: the draft kept, urgent
    back_to_step(turn, turn.fmt(turn.texts.DANGER_TOLD) + "\n" + turn.fmt(turn.texts.STORY_ADDED))


def on_officer(turn, found):
    handoff.request_officer(turn)  # the draft stays as it is, for when the bot is back


def on_cancel(turn, found):
    if rs.in_report(turn):
        return rs.command_cancel(turn)  # confirmed first: "Những gì đã nhập sẽ bị xóa"
    menu.show_menu(turn)


def on_question(turn, found):
    """Only an approved entry of the ward's base is said; else the question waits for an officer."""
    if found.faq:
        said = voice.approved_answer(turn, found.faq)
    else:
        handoff.list_unmatched(turn)
        said = turn.fmt(turn.texts.NO_ANSWER_HERE)
    if found.is_story and in_draft(turn):  # a problem told with the question: more of the story
        turn.draft.setdefault("content", []).append(turn.inp.text.strip())
        rs.note_facts(turn, turn.inp.text)
    if turn.step == "phone" and rs.phone_beside_question(turn):  # "số chú là 0987…, mà cho chú hỏi…"
        return rs.advance(turn, said)
    back_to_step(turn, said)


def on_lookup(turn, found):
    if found.code:
        said, known = menu.lookup_text(turn, found.code)
        told = len(turn.inp.text.split()) >= CODE_IN_A_STORY
        if not known and told and in_draft(turn):  # "… 1 cái phản ánh mã AQ-2025-00388 … chẳng thấy ai"
            turn.draft.setdefault("content", []).append(turn.inp.text.strip())  # no case of theirs: the story's
            said += "\n" + turn.fmt(turn.texts.STORY_ADDED)
    else:
        said = menu.my_cases_text(turn) or turn.fmt(turn.texts.LOOKUP_NO_CASES)
    back_to_step(turn, said)


def on_thanks(turn, found):
    if turn.step == "resume":  # "ok e cảm ơn" when offered the kept draft: a friendly close
        greeted = found is not None and found.intent == "greeting"  # "e quay lai r nek": back, not thanking
        kept = turn.texts.ASIDE_GREETING_KEPT if greeted else turn.texts.ASIDE_THANKS_KEPT
        return turn.ask("resume", question=turn.fmt(kept))
    if turn.step == "lookup":
        return menu.show_menu(turn, turn.fmt(turn.texts.THANKS_REPLY))
    said = turn.fmt(_thanks_or_greeting(turn.texts, found))
    if found.because == WHO_ANSWERS and found.faq:  # "… là người thật hay máy, tin nhắn này ai đọc?"
        said += "\n" + voice.approved_answer(turn, found.faq)
    back_to_step(turn, said)


def offer_kept_draft_again(turn):
    """Words at "continue?" that are no choice and no aside: the officers see them (bot/handoff.py), and
    the kept draft is offered again in one friendly line, never "chưa hiểu lựa chọn này"."""
    handoff.list_unmatched(turn)
    return turn.ask("resume", question=turn.fmt(turn.texts.ASIDE_GREETING_KEPT))


def _thanks_or_greeting(texts, found):
    if found.because == WHO_ANSWERS:  # "bạn là người hay máy": the assistant says what it is
        return texts.ASIDE_AUTOMATED
    return texts.ASIDE_THANKS if found.intent == "thanks" else texts.ASIDE_GREETING


def on_story(turn, found):
    """More of what happened, typed where a tap was awaited: the report's content, not a misreading."""
    if turn.step == "resume":  # told at "continue?", before they chose: the officers', and the offer again
        return offer_kept_draft_again(turn)
    if not in_draft(turn):
        return turn.reask("choice")
    text = turn.inp.text.strip()
    waiting = set((turn.draft.get("found") or {}))
    rs.note_facts(turn, text)  # "tôi tên Nguyễn Thị Mai, số 0912…" at the consent: confirmed later, not asked
    noted = set(turn.draft.get("found") or {}) - waiting
    turn.draft.setdefault("content", []).append(text)
    turn.draft["story"] = True
    if noted & set(PERSONAL) and turn.draft.get("consent") != "granted":
        return back_to_step(turn, turn.fmt(turn.texts.CONTACT_NOTED))
    back_to_step(turn, turn.fmt(turn.texts.STORY_ADDED))


# What is understood at every step: its handler, and what it does (docs/conversation.md).
ASIDES = {
    "danger": (
        on_danger,
        "a fraud in progress, money being lost, people at risk: the ward's approved safety advice first; the "
        "draft marked urgent (a report started from the words if there is none); the duty officer told; "
        'the step again, or, with a person asked for ("cho chị nói chuyện với người thật ngay"), the handoff, '
        'urgent. Asked about in general ("họ đòi OTP thì làm sao?"): the advice only, nothing urgent',
    ),
    "officer": (on_officer, "wanting a person, in any words: the handoff opens, the draft is kept"),
    "cancel": (on_cancel, "cancel, in words: `confirm_cancel` in a report, else the menu"),
    "question": (
        on_question,
        "a question: the ward's approved answer, or honestly none (kept for an officer); the step again",
    ),
    "lookup": (on_lookup, 'a code, or "where is my case": the look-up, or the account\'s own cases; the step again'),
    "thanks": (on_thanks, "thanks, a greeting: a short reply; the step again (a friendly close at `resume`)"),
    "story": (
        on_story,
        "more of the story where a tap is awaited: added to the content; the step again (at `resume`, the kept "
        "draft offered again, the words listed for the officers)",
    ),
    "files": (files.take_files, "a photo or file: kept, acknowledged in one line (bot/files.py); the step again"),
}
