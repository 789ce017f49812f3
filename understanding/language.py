"""Which language a citizen writes in: "vi" or "en" (the texts per language are the
conversation's). Any Vietnamese letter decides; otherwise the share of English words does: common
English words, and words no Vietnamese syllable is spelt like ("kicks", "frustrating", "residence")."""

import re

from understanding import phrases as P
from understanding.normalize import is_marked

# A Vietnamese syllable written without its marks: an onset, a vowel cluster, a final. English words
# with clusters, or ending in s, d, l, r ("site", "card", "form"), are none; teen code ("dc", "ko") is
# in P.VIETNAMESE, and words under LONG_ENOUGH are left to the lists.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"(?:uye|uya|uyu|ieu|yeu|oai|oay|uoi|uou|oeo|uay|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|"
    r"[aeiouy])"
    r"(?:ch|ng|nh|[cmnpt]|[iouy])?"
)
LONG_ENOUGH = 4


def detect_language(text):
    """ "en" when most words are English and none carries a Vietnamese mark; else "vi"."""
    raw = (text or "").lower()
    if is_marked(raw):
        return "vi"
    words = re.findall(r"[a-z]+", raw)
    vietnamese = sum(w in P.VIETNAMESE for w in words)
    english = sum(_english(w) for w in words)
    common = any(w in P.ENGLISH for w in words)  # keyboard mash ("asdfgh") is no English
    return "en" if common and english >= 0.35 * len(words) and english > 2 * vietnamese else "vi"


def _english(word):
    if word in P.ENGLISH:
        return True
    return len(word) >= LONG_ENOUGH and word not in P.VIETNAMESE and not _SYLLABLE.fullmatch(word)
