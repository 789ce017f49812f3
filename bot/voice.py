"""The conversation's ear for how a citizen speaks, and its memory of it (PRODUCT.md, Voice).

Every typed message is heard before the step sees it (bot/flow.py): how the citizen names themselves
and the assistant (understanding/speaker.py) is kept on the conversation, so "bà" stays "bà" in every
later reply and notice (core/voice.py says each sentence to them; Turn.fmt does it for the
conversation). Anger or distress gets ONE short sorry, said before the reply, once per conversation;
someone who says the hotline went unanswered is never sent back to it: `{urgent_call}` and
`{hotline_line}` in a sentence offer a person and a call back instead. The categories are explained
once per conversation, then named in one line.

"Once per conversation": not again until a day without messages has passed.
"""

from bot import texts, texts_en
from core.voice import speak
from storage.conversations import speaking_to
from understanding.speaker import ELDERS, addressing, feeling

CONVERSATION_MS = 24 * 60 * 60 * 1000  # a day's silence starts a new conversation
LANGUAGE_WORDS = 3  # a message this long says which language the citizen reads


def follow_english(turn, language, text, words=LANGUAGE_WORDS):
    """English from here on, when a message of at least `words` words is written in English: the
    replies, the asides' answers and every later step follow the citizen."""
    if language == "en" and len((text or "").split()) >= words:
        turn.conv["language"] = "en"


def approved_answer(turn, entry):
    """An approved entry of the ward's base as said to this citizen: in English for one who writes in
    English (when it has one); else its "anh/chị" said as every sentence of the bot is ("Bác có thể
    gọi số này"). The words stay the ward's; only whom they address follows the citizen."""
    english = turn.conv.get("language") == "en" and entry.get("answer_en")
    said = entry["answer_en"] if english else speak(entry["answer"], turn.voice)
    return "\n".join([said, *(approved_answer(turn, other) for other in entry.get("also") or ())])


def listen(turn):
    """Hear one input: remember how they are addressed, and prepare the sorry it calls for."""
    inp, voice = turn.inp, turn.voice
    if inp.kind != "text" or inp.payload is not None or not inp.text.strip():
        return
    you, me = addressing(inp.text, known=voice.get("you"), known_me=voice.get("me"))
    if you:
        voice["you"] = you
    if me:
        voice["me"] = me
    elif voice.get("you") in ELDERS and not voice.get("me"):
        voice["me"] = "cháu"  # to one who is "chú", "bà"…, the word that answers it (batch 45: "Chú năm nay 67 tuổi")
    felt = feeling(inp.text)
    if felt == "hotline":
        voice["hotline_unanswered"] = True
    if felt and not once_done(turn, "sorry_ms"):
        voice["sorry_ms"] = inp.timestamp
        turn.sorry = felt  # said with the first reply, in the language the reply is in


def once_done(turn, key):
    """Whether the thing kept under `key` was already done in this conversation."""
    at = turn.voice.get(key)
    return at is not None and (turn.inp.timestamp or 0) - at < CONVERSATION_MS


def category_question(turn):
    """The categories explained the first time in a conversation; after that, named in one line."""
    if once_done(turn, "glossary_ms"):
        return turn.fmt(turn.texts.CATEGORY_AGAIN)
    turn.voice["glossary_ms"] = turn.inp.timestamp or 0
    return turn.fmt(turn.texts.ASK["category"])


# Placeholders that are one of two sentences: the hotline, or, to someone it failed, a person instead.
HOTLINE_OR_PERSON = {
    "urgent_call": ("CALL_HOTLINE", "CALL_BACK"),
    "hotline_line": ("HOTLINE_LINE", "PERSON_LINE"),
}


def hotline_or_person(turn, name):
    """The sentence `{name}` stands for, for this citizen (Turn.fmt fills it)."""
    usual, instead = HOTLINE_OR_PERSON[name]
    return getattr(turn.texts, instead if turn.voice.get("hotline_unanswered") else usual)


def call_back_in_handoff(turn):
    """In a handoff out of hours: the hotline, or a call back (the person is already asked for)."""
    return turn.texts.CALL_BACK_IN_HANDOFF if turn.voice.get("hotline_unanswered") else turn.texts.CALL_HOTLINE


def outside_a_turn(db, psid, page_id, name):
    """(the citizen's text table, the sentence `name` said to them) where no turn is at hand: the
    bot's own messages around a handoff, in the language and voice their conversation keeps."""
    language, kept = speaking_to(db, psid, page_id)
    table = texts_en if language == "en" else texts
    return table, speak(getattr(table, name), kept)
