"""Turn what a citizen typed into comparable words: folded, shorthand spelled out, typos fixed.

Citizens write with or without diacritics, in NFC or NFD, with old or new tone placement (hòa/hoà), in
chat shorthand ("ko dc", "a/c", "sdt") and with the same few typos. Every rule of `intents`, `fields`,
`knowledge` and `scope` compares the output of `normalize`, so each of them is written once, folded.
"""

import re
import unicodedata

from core.folding import fold

# Chat shorthand → the folded words it stands for. A token is replaced only when it is the whole word.
# Not "a" (anh) nor "c" (chị): folded, they are also the polite "ạ" and "c" of "c/o".
SHORTHAND = {
    "ngta": "nguoi ta",
    "ib": "nhan tin",
    "stk": "so tai khoan",
    "lm": "lam",
    "lun": "luon",
    "ko": "khong",
    "k": "khong",
    "kg": "khong",
    "kh": "khong",
    "hok": "khong",
    "khg": "khong",
    "k0": "khong",
    "dc": "duoc",
    "dk": "dang ky",
    "dky": "dang ky",
    "ad": "admin",
    "mk": "minh",
    "sdt": "so dien thoai",
    "sđt": "so dien thoai",
    "j": "gi",
    "bn": "bao nhieu",
    "ntn": "nhu the nao",
    "vs": "voi",
    "trc": "truoc",
    "r": "roi",
    "e": "em",
    "ng": "nguoi",
    "nhiu": "nhieu",  # "cam on ad nhiu nha"
    "ns": "noi",
    "bt": "biet",
    "cx": "cung",
    "cko": "cho",  # batch 52: "ad oi cko e hoi xiu"
    "rep": "tra loi",  # batch 55: "ma gui xong thi bn ngay moi co ng rep z a"
    "hs": "ho so",
    "tks": "thanks",
    "thks": "thanks",
    "thx": "thanks",
    "ty": "thank you",
    "oke": "ok",
    "okie": "ok",
    "okay": "ok",
    "z": "vay",
    "v": "vay",
    "ms": "moi",
    "nx": "nua",
    "dt": "dien thoai",
    "đt": "dien thoai",
    "ubnd": "uy ban",
    "cntt": "cong nghe thong tin",
    "dvc": "dich vu cong",
    "cks": "chu ky so",
    "qr": "qr",
    "h": "gio",
    "ak": "a",
    "ah": "a",
    "nhé": "nhe",
    "fb": "facebook",
    "fanpage": "trang facebook",
    "web": "website",
    "ctv": "cong tac vien",
    "sv": "sinh vien",
    # teen code: "e khum bi j dau ik", "e hoi truoc thui", "mik bik r"
    "khum": "khong",
    "thui": "thoi",
    "ik": "di",
    "bik": "biet",
    "mik": "minh",
}
# Whole-phrase fixes, applied to the folded text before the tokens: typos and split spellings.
PHRASES = (
    ("a/c", "anh chi"),
    ("a / c", "anh chi"),
    ("khieu lai", "khieu nai"),
    ("khiu nai", "khieu nai"),
    ("to cau", "to cao"),
    ("fan anh", "phan anh"),
    ("kien ngi", "kien nghi"),
    ("ho xo", "ho so"),
    ("v neid", "vneid"),
    ("vn eid", "vneid"),
    ("wi fi", "wifi"),
    ("wi-fi", "wifi"),
    ("e-mail", "email"),
    ("chu ki so", "chu ky so"),
    ("hot line", "hotline"),
    ("cam ou", "cam on"),
    ("camon", "cam on"),
    ("kamon", "cam on"),
)
_WORD = re.compile(r"[a-z0-9]+(?:[/.][a-z0-9]+)*")
_REPEATS = re.compile(r"([a-z])\1{2,}")  # "oiiii" → "oi", "quaaa" → "qua"


# Punctuation said aloud, as voice-to-text writes it: "… là được rồi chấm hỏi" asks.
_NOT_A_STOP = ("dứt", "điểm", "công", "bài", "thi", "mút", "phá", "com", "vn", "chấm")  # "chấm dứt": to end
_SPOKEN_MARKS = (
    (re.compile(r"\s*\b(?:chấm hỏi|cham hoi|dấu hỏi|dau hoi)\b", re.IGNORECASE), "?"),
    (re.compile(r"\s*\b(?:chấm than|cham than)\b", re.IGNORECASE), "!"),
    # voice-to-text's "phẩy" and "chấm" (batch 43: "bà tên là Nguyễn Thị Tuyết phẩy nhà bà ở số 6…"), written
    # with their marks only, and never "chấm dứt", "chấm điểm", "chấm công"…
    (re.compile(r"\s*(?<!\w)phẩy(?!\w)", re.IGNORECASE), ","),
    (re.compile(rf"\s*(?<!\w)(?:dấu )?chấm(?!\w)(?! (?:{'|'.join(_NOT_A_STOP)})(?!\w))", re.IGNORECASE), "."),
)


def spoken_marks(text):
    """`text` with the punctuation said aloud written as marks ("chấm hỏi" → "?")."""
    for said, mark in _SPOKEN_MARKS:
        text = said.sub(mark, text)
    return text


# Digits said aloud, as voice-to-text writes them: "không chín tám tám bốn năm sáu bảy tám chín" (batch 53)
_DIGIT_WORDS = {
    "không": "0", "một": "1", "hai": "2", "ba": "3", "bốn": "4", "tư": "4", "năm": "5", "lăm": "5", "sáu": "6",
    "bảy": "7", "bẩy": "7", "tám": "8", "chín": "9", "khong": "0", "mot": "1", "bon": "4", "nam": "5", "sau": "6",
    "bay": "7", "tam": "8", "chin": "9",
}  # fmt: skip
_SPOKEN_NUMBER = re.compile(rf"(?<!\w)(?:(?:{'|'.join(_DIGIT_WORDS)})(?:\s+|$)){{9,12}}", re.IGNORECASE)


def spoken_digits(text):
    """`text` with a run of nine to twelve digits said aloud written as digits: a phone dictated."""
    return _SPOKEN_NUMBER.sub(
        lambda m: (
            "".join(_DIGIT_WORDS[w.lower()] for w in m.group(0).split()) + (" " if m.group(0)[-1:].isspace() else "")
        ),
        unicodedata.normalize("NFC", text or ""),
    )


def fold_text(text):
    """Folded (lower case, no marks, đ→d, NFC/NFD and tone placement alike), typos fixed."""
    folded = _REPEATS.sub(r"\1", fold(text))
    for wrong, right in PHRASES:
        folded = re.sub(rf"(?<![a-z0-9]){re.escape(wrong)}(?![a-z0-9])", right, folded)
    return folded


def tokens(text):
    """The words of `text`, folded, shorthand spelled out: `"Ko đc ạ"` → `["khong", "duoc", "a"]`."""
    words = []
    for word in _WORD.findall(fold_text(text)):
        words.extend(SHORTHAND.get(word, word).split())
    return words


def normalize(text):
    """One string of the words, space-separated: what phrase rules match against (`" " + ... + " "`)."""
    return " ".join(tokens(text))


def contains(normalized, phrase):
    """Whether the folded `phrase` occurs in `normalized` as whole words."""
    return f" {phrase} " in f" {normalized} "


# A sentence or clause ends at these marks; a dash between spaces too ("Before I send it - what's…"),
# not one inside a word ("e-book"), nor the period of a title ("Mr. Tu", "Dr. Lan").
_CLAUSE_END = re.compile(r"((?<![Mm]r)(?<![Mm]s)(?<![Dd]r)(?<![Mm]rs)[.,;:!?\n\u2013\u2014]+|\s-+\s)")


def clauses(text, marks=False):
    """The clauses of `text`, as written, empty ones left out: each a sentence of its own for rules that
    read where a request or a question opens. With `marks`, each keeps the marks that end it ("…?")."""
    pieces = _CLAUSE_END.split(text or "")
    pairs = zip(pieces[0::2], [*pieces[1::2], ""], strict=True)
    return [c + (end if marks else "") for c, end in pairs if c.strip()]


def is_marked(text):
    """Whether `text` is written with Vietnamese marks (any letter beyond ASCII): then "chữ" is no
    "chú" and "dạ" no "đã", as folding alone would make them."""
    return any(c.isalpha() and not c.isascii() for c in text or "")
