"""A queued reply as Zalo takes it, and a tapped button read back as the quick reply it stands for.

The outbox keeps every reply in one shape, whatever the channel (text, and quick replies with a
title and a payload). Zalo has no quick replies: a message carries buttons, and an `oa.query.show`
button sends its payload back as the citizen's own text (shown in the chat as theirs). So the
button's payload is its title, what the citizen reads, and an incoming text equal to a title the
bot last offered is taken as that quick reply. Zalo shows a few buttons only: beyond MAX_BUTTONS
the choices are also listed by number in the text, and a number typed back is that choice.
"""

import unicodedata

MAX_TEXT = 2000  # characters of one consultation message
MAX_BUTTONS = 5


def zalo_message(message):
    """The `message` object of a Zalo send for one outbox row's message."""
    text = message.get("text") or ""
    offered = choices_of(message)
    if not offered:
        return {"text": text}
    if len(offered) > MAX_BUTTONS:
        listed = "\n".join(f"{n}. {q['title']}" for n, q in enumerate(offered, 1))
        if len(text) + 1 + len(listed) <= MAX_TEXT:
            text = f"{text}\n{listed}" if text else listed
    buttons = [{"title": q["title"], "type": "oa.query.show", "payload": q["title"]} for q in offered[:MAX_BUTTONS]]
    return {"text": text, "attachment": {"type": "template", "payload": {"buttons": buttons}}}


def choices_of(message):
    """The quick replies of a queued message that a citizen can tap (text ones with a title)."""
    found = message.get("quick_replies") if isinstance(message, dict) else None
    return [
        q
        for q in found or []
        if isinstance(q, dict)
        and q.get("content_type", "text") == "text"
        and isinstance(q.get("title"), str)
        and q["title"].strip()
        and isinstance(q.get("payload"), str)
    ]


def tapped(offered, text):
    """The quick reply (payload, title) a citizen's text stands for, given what was `offered`; or None."""
    typed = _same(text)
    if not typed:
        return None
    for q in offered:
        if _same(q["title"]) == typed:
            return q["payload"], q["title"]
    if len(offered) > MAX_BUTTONS and typed.isdigit() and 1 <= int(typed) <= len(offered):
        q = offered[int(typed) - 1]
        return q["payload"], q["title"]
    return None


def _same(text):
    return unicodedata.normalize("NFC", text).strip().casefold() if isinstance(text, str) else ""
