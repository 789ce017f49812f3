"""Who is writing: how they name themselves and the assistant, and how they feel.

`addressing(text)` → `(you, me)`: "chau oi ba bi ai goi dien…" is ("bà", "cháu"), "cho e hỏi" is
("em", None); None for what nothing tells ("tôi", "mình" tell nothing). Without diacritics "ba",
"co", "chi", "anh" are also "ba" (three), "có", "chỉ", "ảnh": such a word counts only where it is
the subject ("cho ba hỏi", "ba bị…", "gio ba phai lam sao"). `feeling(text)` is "hotline" (they
called and nobody answered), "angry", "distressed" or None. core/voice.py says the bot's sentences
to them accordingly.
"""

import re
import unicodedata

from understanding.normalize import SHORTHAND, fold_text, is_marked, normalize

# The citizen's word for themselves, folded → as written to them.
SELF_WORDS = {"ba": "bà", "ong": "ông", "bac": "bác", "co": "cô", "chu": "chú", "anh": "anh", "chi": "chị",
              "em": "em", "chau": "cháu"}  # fmt: skip
# Marked, these are only pronouns (never "ba", "có", "chỉ", "ảnh").
MARKED = {"bà": "ba", "ông": "ong", "bác": "bac", "cô": "co", "chú": "chu", "chị": "chi", "cháu": "chau"}
# The bot as they call it ("cháu ơi", "em ơi") → how it names itself back.
BOT_WORDS = {"chau": "cháu", "em": "em", "con": "cháu"}  # an elder's "con ơi": the bot answers as cháu
ELDERS = ("bà", "ông", "bác", "cô", "chú")
ELDER_VERBS = ("noi", "cai")  # "chú nói cho mà nghe", "chú cài 3 lần": said to the bot called cháu
# What an elder opens a message with, "bác", "chú", "ông" its subject ("Bac phan anh cai loa…", "chu de nghi
# phuong…"), whether or not the bot is named: batch 43.
ELDER_REPORTS = ("phan anh", "de nghi", "kien nghi", "khieu nai", "to cao", "bao")
# "chào cháu", "cảm ơn em": the bot named as it is greeted or thanked.
GREET = ("chao", "cam on", "nho", "thua")
# What the subject of a sentence does: "ba bi…", "em muon…", "cho chi hoi".
VERBS = (
    "muon", "can hoi", "hoi", "xin", "bi", "da bi", "dang bi", "vua", "phai", "cam on", "nho", "tru", "ten",
    "khong biet", "chua biet", "dang", "da", "co", "khong", "gui", "goi", "lam", "nhan", "mat", "cai", "thay",
    "o", "la", "can", "dinh", "di", "den",
)  # fmt: skip
# ... and, after a marked pronoun only ("để cô đọc kỹ lại cái này đã rồi cô bấm", batch 59; unmarked "có bấm
# được không" asks)
MARKED_VERBS = ("doc", "bam")
# ... and what else one does who calls the bot "em" ("anh chạy grab", "chị bán hàng", "anh phản ánh").
PEER_VERBS = ("phan anh", "chay", "thu", "ban", "bao", "hoi them", "khieu nai", "to cao", "kien nghi", "noi")
# What one does who opens a message with "anh" for themselves, unmarked ("anh goi duong day nong…"): acts
# of a person only, never what a photo is ("ảnh bị mờ", "ảnh đen", "ảnh gửi kèm").
ANH_OPENS = ("goi", "muon", "hoi", "xin", "can hoi", "phan anh", "chay", "khieu nai", "to cao", "kien nghi", "dang ky")
# For words that are also common words ("có", "chỉ", "ảnh"), only the surest of them.
STRONG_VERBS = ("muon", "can hoi", "hoi", "xin", "phai", "cam on", "nho", "tru", "ten", "da bi", "dang bi")
AMBIGUOUS = {"co", "chi", "anh", "chu", "ong", "bac"}
UNAMBIGUOUS = {"em"}  # "em" is only ever a pronoun: any word after it at a sentence's start
# "cho em nói chuyện", "cho bà hỏi": whoever follows "cho" and comes before these is the speaker.
AFTER_CHO = ("hoi", "xin", "noi", "gap", "biet", "dang ky", "gui", "nhan", "lam", "bao", "tra cuu", "phan anh", "chon")
# "có gì a/c liên hệ e qua sđt…": the writer as whom to contact, in the words they use for themselves.
CONTACT_VERBS = (
    "lien he", "lien lac", "lien lac voi", "lien he voi", "goi", "goi lai", "goi cho", "goi lai cho", "nhan tin",
    "nhan tin cho", "nhan lai", "bao", "bao lai", "bao cho", "tra loi", "phan hoi", "hoi",
)  # fmt: skip
CONTACTED = ("em", "chau")  # unambiguous folded; "chi", "anh", "co", "ba" are also other words
# ... and after a laugh that opens a message ("hihi e tên là Khoa nha", batch 44)
_STARTS = r"(?:^|[,.!?:;\n] ?|(?:oi|a|gio|nen|thi|ma|roi|va|nhung|hom qua|hom nay|sang nay|hihi|hehe|haha|hi hi) )"

# After "ba"/"ông", words that make it a number, a father or another person; before it, a number's.
NOT_THEM_AFTER = (
    "ngay", "lan", "thang", "nam", "tuan", "trieu", "tr", "nghin", "ngan", "tram", "muoi", "tuoi", "gio", "phut",
    "cai", "so", "nguoi", "chiec", "con", "k", "dong", "buoi", "hom", "toi", "em", "minh", "ay", "ta", "nay", "kia",
    "do", "chu tich", "to truong", "truong", "can bo", "giam doc", "pho", "nuoc", "hang xom", "bon",
)  # fmt: skip
NOT_THEM_BEFORE = {"thu", "so", "to", "lan", "hang", "ngo", "ngach", "tang", "phong", "hai", "mot", "ca", "con"}
ANGRY = (
    "khong ai nghe", "khong ai tra loi", "khong ai bat may", "buc xuc", "buc minh", "qua te", "te qua",
    "kieu gi vay", "lam an kieu", "lam viec kieu", "vo trach nhiem", "chan qua", "that vong", "tuc qua",
    "coi thuong", "vo ly", "lau qua", "cham qua", "qua dang", "hanh dan",
    # Waited all day, forever: "gọi cả ngày không ai nghe", "chờ mãi không thấy"; not "đi làm ở KCN cả ngày",
    # "loay hoay mãi không biết làm" (batch 56: busy, or lost, not angry)
    "ca ngay khong ai", "ca ngay ko ai", "ca ngay khong thay", "ca ngay ma", "ca ngay troi", "cho ca ngay",
    "goi ca ngay",
    "mai khong thay", "mai khong ai", "mai khong duoc", "mai khong xong", "mai khong co", "mai khong tra loi",
    "cho mai", "goi mai", "doi mai",
    "hay ngoi choi", "ngoi choi xoi nuoc",  # batch 62: "CÁC ANH CHỊ CÓ LÀM VIỆC KHÔNG HAY NGỒI CHƠI???"
    "lam an nhu", "dm", "dmm", "vcl",  # batch 50: sworn at, in capitals
    "hoi di hoi lai", "hoi lai mai", "hoi hoai", "hoi mai the",  # batch 53: asked the same twice
)  # fmt: skip
DISTRESSED = (
    "lo qua", "so qua", "hoang", "phai lam sao", "lam sao bay gio", "giup voi", "cuu", "khoc",
    "mat het", "bi lua", "mat tien", "nguy hiem", "khong biet lam sao", "tuyet vong", "gap lam",
)  # fmt: skip
CALLED = ("duong day nong", "hotline", "goi dien", "goi", "so phuong", "so cua phuong", "dien thoai", "so nong")
UNANSWERED = (
    "khong ai nghe", "khong ai bat", "khong nghe may", "khong bat may", "khong ai tra loi", "khong lien lac duoc",
    "khong goi duoc", "goi mai", "may ban", "khong ai nhac may", "no one answers", "nobody answers", "no answer",
    "khong mot ai nhac may", "khong mot ai nghe", "khong mot ai bat may",  # batch 45: "không một ai nhấc máy"
    "khong thang nao nhac may", "khong thang nao nghe", "khong thang nao bat may", "khong nhac may",  # batch 50
)  # fmt: skip


def addressing(text, known=None, known_me=None):
    """(how to address them, how the bot names itself): each None when the message does not tell.
    `known`, `known_me`: how they were addressed and the bot named before. An elder who does not say
    it again keeps theirs; the bot's word is not theirs ("cô…", then "e cho cô hỏi": the bot is em)."""
    words = _words(text)
    me = next((BOT_WORDS[w] for w in BOT_WORDS if re.search(_bot_named(w), words)), None)
    you = _marked_self(text, words) or _self(words) or _contacted(words) or _elder_reports(words)
    if known in ELDERS and you != known and you in ELDERS and re.search(rf"(?:^|\s){normalize(known)}(?:\s|$)", words):
        you = known  # "vậy bà có phải ra ngân hàng…": "có" is no "cô" beside the "bà" she is
    if you in ELDERS and me != "cháu" and _TOI_WRITES.search(words):  # "Tôi xin thay mặt bà cụ…, bà không…"
        you = None  # who writes "tôi" speaks of someone else as "bà"
    if you is None and me == "em":  # "em ơi anh chạy grab, anh phản ánh…": who calls the bot "em"
        you = _peer_named(words)
    if you is None and me == "cháu":  # a grandparent: "ba"/"ông" anywhere ("goi ba", "bat ba tai") is them
        # an elder who did not say which: as before ("cảm ơn cháu" after "ông hỏi"), else bác, said to either
        you = _elder_named(words) or (known if known in ELDERS else "bác")
    if you is not None and you == me and not _called(words, me):  # "… lịch của em bé nhà e": "nhà e" is
        me = None  # "my house", the writer's "e" of "e đề xuất…", no "em" at the end said to the bot (batch 48)
    if me is None and you in ELDERS and re.search(r"(?:^|\s)chau (?:nhe|nha)(?:\s|$)", words):
        me = "cháu"  # "cô báo việc này cháu nhé" (batch 48)
    if you is not None and you == me:  # "em ơi, em…": the bot's name, not theirs
        you = _peer_named(words) if me == "em" else None  # "em ơi chị phản ánh… em xem giúp chị"
        if me == "cháu":  # "cháu ơi cô báo cháu nhé" (batch 57): the elder who calls the bot cháu
            you = _elder_named(words)
    if you is not None and me is None and you == known_me and known is not None:
        you = None  # "e cho cô hỏi" to the bot they call em: the word they are called by stays
    return you, me


def _marked_self(text, words):
    """A marked pronoun as a sentence's subject ("Bà bị…", "cho bà hỏi")."""
    lowered = f" {text.lower()} "
    for marked, folded in MARKED.items():
        if re.search(rf"(?:^|[\s,.!?]){marked}\s", lowered) and _subject(
            words, folded, VERBS + ELDER_REPORTS + MARKED_VERBS
        ):
            return SELF_WORDS[folded]
    return None


def _self(words):
    found = [(m.start(), w) for w in SELF_WORDS for m in _subject_matches(words, w)]
    if not found and re.match(rf"anh (?:{_any(ANH_OPENS)})(?:\s|$)", words):
        return "anh"  # "anh goi duong day nong ca buoi sang…": opening the message, "ảnh" it is not
    if not found and (aged := re.search(rf"{_STARTS}(ba|ong|bac|co|chu) nam nay \d+ tuoi\b", words)):
        return SELF_WORDS[aged.group(1)]  # "bac nam nay 78 tuoi" (batch 50): an elder telling their age
    if not found and re.search(r"(?:^|\s)(?:tui|bon|chung|tu) em [a-z]", words):
        return "em"  # "tụi e ra học nhóm…" (batch 51): "we" said by one who is "em"
    if not found and (named := re.search(r"(?:^|\s)toi la (ba|ong|bac|co|chu) [a-z]", words)):
        return SELF_WORDS[named.group(1)]  # "tôi là ông Khải tổ dân phố 7" (batch 55): how they name themselves
    if not found and (sent := _SENT_BY.search(words)):
        return SELF_WORDS[sent.group(1)]  # "cái ảnh e vừa gửi là…" (batch 48): who sent the photo writes
    return SELF_WORDS[min(found)[1]] if found else None


def _contacted(words):
    """ "a/c liên hệ e qua sđt", "có gì gọi lại cho cháu nhé": the one to contact writes it."""
    after = r"(?= (?:qua|theo|so|nhe|nha|a|voi|sau)\b| ?[,.!?]|$)"  # not "em tôi", "em lên"
    pattern = rf"(?:^|\s)(?:{_any(CONTACT_VERBS)}) ({'|'.join(CONTACTED)}){after}"
    match = re.search(pattern, words)
    return SELF_WORDS[match.group(1)] if match else None


def _subject(words, word, verbs):
    return any(True for _ in _subject_matches(words, word, verbs))


def _subject_matches(words, word, verbs=None):
    verbs = verbs or (STRONG_VERBS if word in AMBIGUOUS else VERBS)
    verb = r"(?!oi\b)[a-z0-9]+" if word in UNAMBIGUOUS and verbs is not STRONG_VERBS else _any(verbs)
    yield from re.finditer(rf"{_STARTS}{word} (?:{verb})(?:\s|$)", words)
    yield from re.finditer(rf"(?:^|\s)cho {word} (?:{_any(AFTER_CHO)})(?:\s|$)", words)
    yield from re.finditer(rf"(?:^|\s){word} cam on(?:\s|$)", words)


def _bot_named(word, at_the_end=True):
    """The bot named `word`: called ("cháu ơi"), greeted ("chào cháu"), written to ("kính gửi các cháu"),
    or (`at_the_end`) asked of at the end ("… thế nào hả cháu?"). Not "gọi các cháu ra" of children nearby
    (batch 37)."""
    greeted = rf"(?:{_any(GREET + ('gui',))}) (?:cac )?{word}|cac {word} (?:o )?phuong"
    ending = rf"|(?:ha|nhe|nha) {word}(?= ?[?.!]?$)" if at_the_end else ""
    return rf"(?:^|\s)(?:{word} oi|{greeted}{ending})(?:\s|$)"


def _called(words, me):
    """Whether the bot is called or greeted as `me` ("em ơi", "chào em"), not only named at the end."""
    return re.search(_bot_named(normalize(me), at_the_end=False), words) is not None


def _peer_named(words):
    """ "anh" or "chị" as a sentence's subject, written by someone who calls the bot "em"."""
    verbs = _any(VERBS + PEER_VERBS)
    match = re.search(rf"{_STARTS}(anh|chi|c|a) (?:{verbs})(?:\s|$)", words)  # "c", "a": chị, anh in short
    return SELF_WORDS[{"c": "chi", "a": "anh"}.get(match.group(1), match.group(1))] if match else None


def _elder_named(words):
    """ "ba" or "ong" written by someone who calls the bot "cháu": the grandparent themselves, wherever the
    word stands, unless it is a number ("ba ngày", "thứ ba", "tổ ba"), a father ("ba tôi") or someone
    else ("ông ấy", "ông tổ trưởng", "ống nước")."""
    for match in re.finditer(rf"(?:^|\s)(ba|ong)(?= |$)(?! (?:{_any(NOT_THEM_AFTER)})(?:\s|$))", words):
        before = words[: match.start()].split()[-1:]
        if not before or before[0] not in NOT_THEM_BEFORE:
            return SELF_WORDS[match.group(1)]
    # "cháu ơi chú nói cho mà nghe": "chú", "cô", "bác" as a sentence's subject, to the bot called cháu
    # ... or greeting it: "Chú chào cháu. Hôm thứ hai chú có gửi…" (batch 48)
    if match := re.search(
        rf"{_STARTS}(chu|co|bac) (?:{_any(VERBS + ELDER_VERBS + ELDER_REPORTS + GREET)})(?:\s|$)", words
    ):
        return SELF_WORDS[match.group(1)]
    return None


def _elder_reports(words):
    """ "Bac phan anh…", "chu de nghi…": an elder reporting, "bác", "chú", "ông" a sentence's subject."""
    match = re.search(rf"{_STARTS}(chu|bac|ong) (?:{_any(ELDER_REPORTS)})(?:\s|$)", words)
    return SELF_WORDS[match.group(1)] if match else None


def _any(words):
    return "|".join(sorted(words, key=len, reverse=True))


def feeling(text):
    """ "hotline" when they say the ward's phone went unanswered; else "angry" or "distressed". A name is
    not a feeling: "Hoàng Văn Kiên" folds to "hoang" (panic)."""
    words = f" {normalize(_without_names(text or ''))} ".replace(" tra cuu ", " tracuu ")  # "tra cứu" is no "cứu"
    words = words.replace(" khong goi duoc cho ai ", " ")  # their own phone dead, no line unanswered (batch 55)
    if any(f" {c} " in words for c in CALLED) and any(f" {u} " in words for u in UNANSWERED):
        return "hotline"
    # Not capitals alone: many older people type with caps lock on, and are not shouting.
    if any(f" {a} " in words for a in ANGRY):
        return "angry"
    if any(f" {d} " in words for d in DISTRESSED):
        return "distressed"  # "a/c oi cuu bo e voi!!" (batch 55): a cry for help, however many "!"
    return "angry" if "!!" in (text or "") else None


def _without_names(text):
    """`text` without the names in it: two or more words in a row that each begin with a capital
    ("Hoàng Văn Kiên"); unless it is all capitals (caps lock, or shouting)."""
    if text.upper() == text:
        return text
    tokens = re.split(r"(\s+)", text)
    # ... a word shouted in capitals ("GỌI CÁI SỐ … KHÔNG AI NHẤC MÁY!!! Phường làm việc kiểu gì", batch 59)
    # is no name: a name is written with its first letter a capital only
    capital = [bool(t) and t[0].isupper() and t[0].isalpha() and not (len(t) > 1 and t.isupper()) for t in tokens]
    kept = []
    for n, token in enumerate(tokens):
        words = [m for m in range(max(0, n - 2), min(len(tokens), n + 3), 2) if m != n]
        in_run = capital[n] and any(capital[m] for m in words if abs(m - n) == 2)
        kept.append(" " if in_run else token)
    return "".join(kept)


MARKED_SHARE = 0.25  # of its words: written with marks, most Vietnamese words carry one ("cho hỏi wifi ở nhà văn hóa")
# ... or does what a subject does: "toi goi duoc cho me roi ba dang dung o quay" (batch 54: her son writes)
_TOI_WRITES = re.compile(rf"(?:^|[,.!?:;] |kinh gui [a-z ]+ )toi (?:de nghi|viet|thay|{_any(VERBS)})\b")
# The photo or file "em" just sent: "cái ảnh e vừa gửi là bảng led…" (only "em", never a word of its own)
_SENT_BY = re.compile(r"(?:^|\s)(?:anh|hinh|video|clip|file|tep) (em) (?:vua |moi )?(?:gui|chup|quay)(?:\s|$)")
_COMPOUNDS = {v for v in VERBS + PEER_VERBS + STRONG_VERBS + AFTER_CHO if " " in v}


def _written_with_marks(text):
    """Whether the message is written with its marks, not only holds a marked word: voice-to-text without
    marks lets one through ("chau oi co ban bun o cho, … uy ban fường …"), and there "chau" is still cháu."""
    tokens = re.findall(r"[^\W\d_]+", text)
    return bool(tokens) and sum(is_marked(t) for t in tokens) >= MARKED_SHARE * len(tokens)


def _words(text):
    """Folded words, shorthand spelled out ("e" → "em"), sentence marks kept: where a subject may start.
    In a message written with its marks, a word that folds as a pronoun but is written otherwise ("chữ
    nhỏ quá" is no "chú nhờ") is kept apart, so that it names no one."""
    text = unicodedata.normalize("NFC", (text or "")[:2000]).lower()
    marked = _written_with_marks(text)
    words = []
    for token in re.findall(r"\w+|[,.!?;:\n]", text):
        for piece in re.findall(r"[a-z0-9]+|[,.!?;:\n]", fold_text(token)):
            other = marked and piece in SELF_WORDS and token != SELF_WORDS[piece]  # "chữ" folds as "chú"
            if other and f"{words[-1] if words else ''} {piece}" not in _COMPOUNDS:  # "phản ánh" stays
                words.append(f"{piece}_")
            else:
                words.append(SHORTHAND.get(piece, piece))
    return " ".join(words)
