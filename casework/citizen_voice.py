"""A notice to a citizen outside the conversation (a status change, a deadline, a case an officer
made), said as the conversation speaks to them: in English to one who writes in English, to "bà" as
"bà" (core/voice.py), from what their conversation keeps (storage/conversations.py).

Each notice is given in both languages by its caller: the Vietnamese constant where it has always
been, its English twin of the same name in casework/texts_en.py.
"""

from casework import texts_en
from core.voice import speak
from storage.conversations import speaking_to


def notice_text(db, psid, page_id, vietnamese, name, **values):
    """`vietnamese` (or its English twin, casework/texts_en.py `name`) for this citizen, filled."""
    language, voice = speaking_to(db, psid, page_id) if psid else ("vi", {})
    text = _english(name) if language == "en" else speak(vietnamese, voice)
    return text.format(**values)


def _english(name):
    """`STATUS_NOTICE[accepted]` names an entry of a dict; a plain name, a constant."""
    table, _, key = name.partition("[")
    value = getattr(texts_en, table)
    return value[key.rstrip("]")] if key else value
