"""The other ways a citizen writes who they are, beyond the form's name, phone and address.

"Tôi là Phan Thu Trang (chị Trang), sđt 0944/555/666, zalo 0944_555_666, email trang.phan@…"
showed a restricted officer everything but the full name. So `redact` also
blanks: the phone with any separator between its digits (slash, underscore, anything that is not
a letter or a digit); the given name alone (the last word of a Vietnamese name) where it is
written as a name, with a capital; and every e-mail address, which names its owner more often
than not and which no notice or restricted view needs.
"""

import re

from core.folding import fold

# Between two digits of a phone: up to three characters that are neither letters nor digits.
PHONE_SEPARATOR = r"[\W_]{0,3}"
EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*(?:\.\w{2,})?", re.UNICODE)
_WORD = re.compile(r"\w+")


def blank_emails(text: str, hidden: str) -> str:
    return EMAIL.sub(hidden, text) if "@" in text else text


def given_name(name: str | None) -> str | None:
    """The folded given name of a full name ("Phan Thu Trang" → "trang"), None for one word."""
    words = _WORD.findall(name or "")
    return fold(words[-1]) if len(words) > 1 else None


def blank_given_name(text: str, name: str | None, hidden: str) -> str:
    """Every capitalised word that folds to the given name: "chị Trang", "TRANG", "Tráng" too
    (accents dropped by a hurried typist); "trang" in lower case is an ordinary word, kept."""
    wanted = given_name(name)
    if not wanted:
        return text
    spans = [m.span() for m in _WORD.finditer(text) if m.group()[0].isupper() and fold(m.group()) == wanted]
    for start, end in reversed(spans):
        text = text[:start] + hidden + text[end:]
    return text
