"""Which language a citizen writes in: "vi" or "en" (the texts per language are the
conversation's). Any Vietnamese letter decides; otherwise the share of common English words does."""

import re

from understanding import phrases as P
from understanding.normalize import is_marked


def detect_language(text):
    """ "en" when most words are English and none carries a Vietnamese mark; else "vi"."""
    raw = (text or "").lower()
    if is_marked(raw):
        return "vi"
    words = re.findall(r"[a-z]+", raw)
    english = sum(w in P.ENGLISH for w in words)
    vietnamese = sum(w in P.VIETNAMESE for w in words)
    return "en" if words and english >= 0.35 * len(words) and english > 2 * vietnamese else "vi"
