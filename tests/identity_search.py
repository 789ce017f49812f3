"""Finding a citizen's identity in any output, however it was written: accents or not, any case,
NFC or NFD, HTML-escaped, the phone as +84…, 0…, grouped any way, in fullwidth digits or spelled out
in Vietnamese words ("không chín một…"). The confidentiality tests search every output with it."""

import html
import re
import unicodedata
from dataclasses import dataclass, field

from core.folding import fold_command

# Each digit as Vietnamese writes it in words, folded (no accents). Written apart from
# core/identity_words.py on purpose: the search that checks the blanking must not share its gaps.
DIGIT_WORDS = {
    "khong": "0",
    "mot": "1",
    "hai": "2",
    "ba": "3",
    "bon": "4",
    "tu": "4",
    "nam": "5",
    "lam": "5",
    "sau": "6",
    "bay": "7",
    "tam": "8",
    "chin": "9",
}
_TOKEN = re.compile(r"\d|[^\W\d_]+")


def plain(text):
    """The text as a reader sees it: entities decoded, fullwidth forms as ASCII, folded."""
    return fold_command(unicodedata.normalize("NFKC", html.unescape(text or "")))


def digits_in(text):
    """Every digit of the text in order, spelled-out digits included: a phone is found in it however
    it was grouped or written."""
    return "".join(DIGIT_WORDS.get(token, token if token.isdigit() else "") for token in _TOKEN.findall(plain(text)))


@dataclass
class Person:
    """What names someone: folded name parts, phones (national digits, no leading 0), e-mails."""

    names: dict = field(default_factory=dict)  # part → folded needles
    phones: dict = field(default_factory=dict)  # part → digits
    emails: dict = field(default_factory=dict)  # part → lower-case address

    def found(self, text):
        """The parts of this person's identity in `text`, in the order declared."""
        folded, digits, lowered = plain(text), digits_in(text), html.unescape(text or "").lower()
        hits = [part for part, needles in self.names.items() if any(n in folded for n in needles)]
        hits += [part for part, number in self.phones.items() if number in digits]
        return hits + [part for part, address in self.emails.items() if address in lowered]
