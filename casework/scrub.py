"""Personal data out of text before it is published: names, phones, addresses, e-mails, vehicle
plates and ID numbers, however the citizen (or the officer) wrote them.

Two passes. The case's own identity (the name, phone and address the citizen gave) is removed
wherever it appears, with or without diacritics (core/redaction.py). Then patterns catch what
nobody declared: other people's names after a form of address ("anh Tuấn", "ông Trần Văn B") or
starting with a common family name, numbered addresses, and any long run of digits. The page is
public: when in doubt a word is hidden, and a street named after a person may be hidden too.
"""

import re
import unicodedata

from core.folding import fold
from core.identity_words import SURNAMES
from core.redaction import HIDDEN, redact

_UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_CAP_WORD = rf"[{_UPPER}]\w*"
_NAME = rf"{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,3}}"
_TITLES = "tên tôi là|họ và tên|họ tên|tôi là|tên là|đồng chí|gia đình|ông|bà|anh|chị|em|cô|chú|bác|cậu|dì|thím|mợ|cháu"
_SURNAMES = "|".join(SURNAMES)
_ALLEY = r"(?i:ngõ|ngách|hẻm|kiệt)\s*\d+\w*(?:/\d+\w*)*"

PATTERNS = [
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),  # e-mail
    re.compile(r"(?<![\w.])\d{2}\s?-?\s?[A-Za-z]{1,2}\d?\s?-?\s?\d{3}[.\s]?\d{1,2}(?![\w])"),  # plate 15A-123.45
    re.compile(r"(?<!\w)\+?\d(?:[\s.\-]?\d){8,}(?!\w)(?!\s*(?i:đồng|đ\b|vnđ|vnd|triệu|tỷ))"),  # phone, ID
    re.compile(r"(?<!\w)[A-Z]\d{7}(?!\w)"),  # passport
    re.compile(
        rf"(?i:số nhà|nhà số)\s*\d+\w*(?:/\d+\w*)*(?:\s*,?\s*{_ALLEY})*"
        rf"(?:\s*,?\s*(?:(?i:đường|phố)\s+)?{_NAME})?"
    ),
    re.compile(rf"(?<!\w)(?i:số)\s*\d+\w*(?:/\d+\w*)*(?:\s*,?\s*{_ALLEY})*\s*,?\s*(?:(?i:đường|phố)\s+)?{_NAME}"),
    re.compile(rf"(?<!\w){_ALLEY}"),
]
_TITLED = re.compile(rf"(?<!\w)((?i:{_TITLES}))(\s*:?[ \t]+)({_NAME})")
_FAMILY_NAME = re.compile(rf"(?<!\w)(?:{_SURNAMES})(?:[ \t]+{_CAP_WORD}){{1,3}}(?!\w)")
# Place names that start like a family name; never a person on this page.
_RUN_OF_HIDDEN = re.compile(re.escape(HIDDEN) + r"(?:[ \t,]*" + re.escape(HIDDEN) + ")+")
_PLACES = {
    "ha noi",
    "ho chi minh",
    "hai phong",
    "ha long",
    "ha nam",
    "ha giang",
    "ha tinh",
    "cao bang",
    "lam dong",
    "ha dong",
    "dong nai",
    "dong thap",
    "kim bang",
    "thai binh",
    "thai nguyen",
}


def scrub(text, identity=None):
    """The text with personal data replaced by "[đã ẩn]"; `identity` = the case's name, phone, address."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    if identity:
        text = redact(text, identity)
    for pattern in PATTERNS:
        text = pattern.sub(HIDDEN, text)
    text = _TITLED.sub(lambda m: m.group(1) + m.group(2) + HIDDEN, text)
    text = _FAMILY_NAME.sub(lambda m: m.group() if fold(m.group()) in _PLACES else HIDDEN, text)
    return _RUN_OF_HIDDEN.sub(HIDDEN, text)  # "tôi là [đã ẩn] [đã ẩn]" reads as one gap
