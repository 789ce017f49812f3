"""How the bot's own sentences are said to one citizen (PRODUCT.md, Voice).

The sentences of bot/texts.py and casework/texts.py are written to the neutral "anh/chị", which
PRODUCT.md keeps for when nothing tells who is writing, and the assistant speaks of itself as
"Trợ lý" at the start of a sentence (or after "Dạ, "). `speak(sentence, voice)` says one to this
citizen: each "anh/chị" becomes the word they use for themselves ("bà", "em"), and that "Trợ lý"
the word they call the assistant ("cháu"), so a grandmother who writes "chau oi, ba…" reads "Dạ,
cháu ghi họ tên của bà…". Any sentence that keeps these two conventions is voiced alike, whoever
wrote it; "trợ lý" elsewhere ("quay lại trợ lý", "trợ lý tự động") names the assistant and stays.
English sentences have neither, and come out unchanged.

`voice` is what the conversation stores (storage/conversations.py): {"you": "bà", "me": "cháu"},
each key absent when nothing told.
"""

import re

NEUTRAL_YOU = "anh/chị"
YOU_WORDS = ("bà", "ông", "bác", "cô", "chú", "anh", "chị", "em", "cháu")
ME_WORDS = ("cháu", "em")
_ME_STARTS = re.compile(r"(^|[.!?:] |\n)Trợ lý(?= )", re.MULTILINE)
_ME_AFTER_DA = re.compile(r"(Dạ, )trợ lý(?= )")


def speak(sentence: str, voice: dict | None = None) -> str:
    """`sentence` as said to this citizen."""
    voice = voice or {}
    you, me = voice.get("you"), voice.get("me")
    if you in YOU_WORDS:
        sentence = sentence.replace(NEUTRAL_YOU, you).replace(NEUTRAL_YOU.capitalize(), you.capitalize())
    if me in ME_WORDS:
        sentence = _ME_STARTS.sub(lambda m: m.group(1) + me.capitalize(), sentence)
        sentence = _ME_AFTER_DA.sub(lambda m: m.group(1) + me, sentence)
    return sentence


# A ward officer's title as an English sentence says it ("Hotline: 0902 231 089 (Mr Nguyễn Anh Tuấn)").
TITLES_IN_ENGLISH = {"Ông": "Mr", "Bà": "Ms", "Anh": "Mr", "Chị": "Ms", "Cô": "Ms", "Chú": "Mr", "Đồng chí": "Comrade"}


def person_named(name: str, language: str | None = "vi") -> str:
    """`name` as the language says it: "Ông Nguyễn Anh Tuấn" is "Mr Nguyễn Anh Tuấn" in English."""
    if language != "en":
        return name
    for title, english in TITLES_IN_ENGLISH.items():
        if name.startswith(title + " "):
            return english + name[len(title) :]
    return name


def addressed_as(voice: dict | None) -> str:
    """The word the citizen is called by: theirs, or the neutral "anh/chị"."""
    you = (voice or {}).get("you")
    return you if you in YOU_WORDS else NEUTRAL_YOU
