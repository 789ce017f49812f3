"""Commands typed to the conversation, which must never be taken as a report's data.

`typed_command(text)`: the command the whole message is ("hủy", "quay lại", "gặp cán bộ", "menu",
"dữ liệu của tôi"…), by its payload in `COMMANDS`, the one table bot/flow.py and bot/handoff.py ask.
`finishes(text)`: "xong rồi", "đủ rồi", "hết" end the content step. `correction(text)`: "sửa số điện
thoại" names the step whose answer the citizen wants to change (the step names of bot/flow.py STEPS), so
that field alone is asked again. The conversation checks these before storing a free-text answer.
"""

from core.folding import fold_command
from understanding import phrases as P
from understanding.normalize import SHORTHAND, clauses, contains, normalize
from understanding.person import wants_person

# Payload → its words; a quick reply or postback with the payload works the same (bot/flow.py).
COMMANDS = {
    "CMD_CANCEL": P.CANCEL_COMMAND + P.WITHDRAW_COMMAND,
    "CMD_BACK": P.BACK_COMMAND,
    "CMD_RESTART": P.RESTART_COMMAND,
    "MENU_OFFICER": P.OFFICER_COMMAND,
    "GET_STARTED": P.MENU_COMMAND,
    "DATA_MINE": P.DATA_MINE_COMMAND,
    "DATA_WITHDRAW": P.DATA_WITHDRAW_COMMAND,
    "DATA_DELETE": P.DATA_DELETE_COMMAND,
}
BOT_AGAIN = {"BOT_AGAIN": P.BOT_AGAIN_COMMAND}  # ends a conversation with an officer (bot/handoff.py)
# Said around a typed choice without changing it ("không ạ", "dạ có"): particles, whom it is said to, "dạ".
ASKING_LAST = {"khong", "chua", "sao", "gi", "nao"}  # a choice's words that end so are asked about, not chosen
LAST_SAID_WORDS = 8  # the last sentence of a longer message may ask to start over or go back, this short
RESTART_WORDS = 16  # a longer message telling "bắt đầu lại" tells a story
FIRST_WORDS = 2  # a choice said first, then why: "Không, tôi vẫn muốn gửi tiếp", "Đồng ý, ghi tên tôi"
CONTRARY = {"nhung", "but", "sua", "sai", "tuy", "except"}
COURTESY = P.PARTICLES | P.VOCATIVES | {"da", "thua"}
HELP_WORDS = {"giup", "dum", "voi", "roi", "e", "em", "nhe", "nha"}  # "… lùi lại bước chọn lĩnh vực giúp e"

FINISH = (
    "xong",
    "xong roi",
    "du roi",
    "het",
    "het roi",
    "vay thoi",
    "the thoi",
    "chi vay thoi",
    "nhu vay thoi",
    "du",
    "done",
    "finish",
    "finished",
    "that s all",
    "thats all",
    "gui di",
    "gui luon",
    "ok xong",
)
FINISH_FILLER = P.FILLER | {"la", "co", "vay", "nhu", "the", "ok", "chi", "a"}
CORRECTION_VERBS = (
    "sua",
    "sua lai",
    "doi",
    "doi lai",
    "thay doi",
    "nhap lai",
    "ghi lai",
    "chinh lai",
    "sai",
    "nham",
    "change",
    "edit",
    "fix",
    "correct",
    "cap nhat",
    "chon lai",  # batch 50: "ơ nhầm rồi bấm lộn, cho chị chọn lại lĩnh vực với"
)
# ... or what is wrong, said after the part: "tên e ghi chưa đủ", "địa chỉ thiếu số nhà".
CORRECTION_FAULTS = ("chua du", "chua dung", "sai", "thieu", "nham", "wrong", "not right", "incomplete")
# Step → the words that name it; a longer name is tried first ("dia diem" before "diem").
PARTS = {
    "phone": ("so dien thoai", "dien thoai", "phone", "phone number"),
    "address": ("dia chi", "address", "noi o"),
    "name": ("ho ten", "ho va ten", "ten", "name"),
    "content": ("noi dung", "content", "phan anh", "van de"),
    "place_time": ("dia diem", "thoi gian", "noi xay ra", "ngay gio", "luc nao", "place", "time"),
    "field": ("linh vuc", "field"),
    "category": ("phan loai", "loai don", "loai", "category"),
}
CORRECTION_LEADS = {"cho", "quay", "lai", "xin", "de", "a", "thoi", *P.SELF_NAMES}  # "cho chị chọn lại…"
MAX_WORDS = 8  # "sửa số điện thoại giúp em với ạ"; a longer text is an answer that mentions these words


def typed_command(text, table=COMMANDS):
    """The key of `table` whose words are the whole of `text` (folded, shorthand spelled out, with or
    without diacritics and punctuation: "Hủy!", "huy", "HUỶ"), or None."""
    words = normalize(text)
    return next((key for key, phrases in table.items() if words in phrases), None) if words else None


def command_said(text):
    """ "CMD_RESTART" or "CMD_BACK" when a short message asks to start over or to go back a step in a
    sentence of its own, else None."""
    words, said = normalize(text), clauses(text)
    last = normalize(said[-1]) if said else ""
    # ... or in the last sentence, short, of a longer message: "chết, cái này phải là khiếu nại chứ đâu
    # phải phản ánh, cho em làm lại từ đầu với", "ui e bấm nhầm r, quay lại đi ad" (batch 51)
    short = [w for w in (words, last) if w and len(w.split()) <= (RESTART_WORDS if w is words else LAST_SAID_WORDS)]
    for command, phrases in (("CMD_RESTART", P.RESTART_SAID), ("CMD_BACK", P.BACK_SAID)):
        if any(contains(w, phrase) for w in short for phrase in phrases):
            return command
    return "CMD_BACK" if _only_back(words) else None


def _only_back(words):
    """ "ơ quay lại", "quay lại nữa ạ": back, after an interjection or with "nữa"."""
    rest = [w for w in words.split() if w not in COURTESY and w not in P.INTERJECTIONS and w != "nua"]
    return " ".join(rest) == "quay lai"


def without_courtesy(text):
    """`text` folded, its chat shorthand said in full, without the polite words around it: "Không ạ",
    "dạ có", "đồng ý nhé chị", "ko em" are the choices "không", "có", "đồng ý". Empty when nothing else
    is said."""
    words = [SHORTHAND.get(w, w) for w in fold_command(text).split()]  # "ko em": "không"
    while words and words[0] in COURTESY:
        words.pop(0)
    while words and words[-1] in COURTESY:
        words.pop()
    return " ".join(words)


def said_first(text):
    """The first sentence of a message of several, when it is a word or two ("Không, tôi vẫn muốn gửi
    tiếp ạ": "không"), without its polite words; empty otherwise."""
    said = clauses(text)
    if len(said) < 2 or set(fold_command(" ".join(said[1:])).split()) & CONTRARY:
        return ""  # "Đúng, nhưng sửa lại số nhà": the rest takes it back
    first = without_courtesy(said[0])
    return first if 0 < len(first.split()) <= FIRST_WORDS else ""


# A choice said inside a sentence of the citizen's own ("tôi không muốn cung cấp thông tin cá nhân"), by
# its payload: the first of the list whose words occur, for a step that offers it.
CONSENT_CHOICES = ("CONSENT_NO", "CONSENT_YES")
SAID_IN_WORDS = {
    "CONSENT_NO": P.CONSENT_REFUSED,
    "CONSENT_YES": P.CONSENT_GIVEN,
    "NO": P.NOT_CANCELLED,
    "CATEGORY_UNSURE": P.CATEGORY_UNSURE_SAID,
    "SKIP": P.SKIP_SAID,
    "RESUME": P.RESUME_SAID,
}


def choice_in_words(text, choices):
    """The choice of `choices` that `text` says in words of its own, or None; never for a question
    about it ("nếu không đồng ý thì có gửi được không?", "ẩn danh là sao")."""
    words = normalize(text)
    if not words or "?" in text or _ends_asking(words):  # "thế bà đồng ý thì … có để lộ … không cháu"
        return None
    if wants_person(text) is not None:  # "e ko muốn để lại sđt đâu, có ai là người thật…" (batch 63): a person
        return None
    no_consent = any(contains(words, p) for p in P.CONSENT_NOT_SAID)  # "hủy" is no refusal of consent
    for payload, phrases in SAID_IN_WORDS.items():
        if payload not in choices or (no_consent and payload in CONSENT_CHOICES):
            continue
        if any(contains(words, p) and not contains(words, f"khong {p}") for p in phrases):
            return payload  # not "không gửi tiếp nữa"
    return None


def _ends_asking(words):
    """A question without its mark: its last word, past the particles and whom it is said to, asks."""
    from understanding.intents import last_word  # intents reads the whole message; commands, a step's words

    return last_word(words) in ASKING_LAST  # not "đâu": "ông không đồng ý đâu" refuses


def thanks_without_going_on(text):
    """Whether `text` thanks and says nothing of going on: at "continue?", "Dạ vâng, cảm ơn đồng chí" (batch
    57) thanks the officer who closed; "tiếp tục nhé, cảm ơn" goes on."""
    words = normalize(text)
    return any(contains(words, p) for p in P.THANKING) and not any(contains(words, p) for p in P.GOING_ON)


def finishes(text):
    """Whether `text` only says the citizen has finished ("xong rồi ạ", "đủ rồi", "hết")."""
    words = normalize(text)
    if not words or len(words.split()) > 5:
        return False
    rest = f" {words} "
    for phrase in sorted(FINISH, key=len, reverse=True):
        rest = rest.replace(f" {phrase} ", " ")
    found = any(contains(words, phrase) for phrase in FINISH)
    return found and all(w in FINISH_FILLER for w in rest.split())


def correction(text):
    """The step the citizen asks to correct ("sửa số điện thoại" → "phone"), or None: the whole message,
    or its last clause after what went wrong ("ơ chết em gõ nhầm tên rồi, cho em quay lại sửa tên với")."""
    said = [normalize(c) for c in clauses(text)]
    # ... or its first clause, before why: "sửa lại số đt giúp e, e gõ nhầm 1 số" (batch 53)
    for words in dict.fromkeys([normalize(text), *said[-1:], *said[:1]]):
        if words and _said_words(words) <= MAX_WORDS and (_asks_to_correct(words) or _said_wrong(words)):
            # ... the part named in it, or in another short clause: "chết, chú gõ nhầm số điện thoại rồi
            # cháu à, cho chú quay lại sửa cái số" (batch 57)
            others = [c for c in said if c != words and _said_words(c) <= MAX_WORDS]
            return next(filter(None, map(_part_named, [words, *others])), None)
    return None


def _part_named(words):
    return next((step for step, names in PARTS.items() if any(contains(words, n) for n in names)), None)


def _asks_to_correct(words):
    asked = without_lead(words)
    return any(
        asked.startswith(verb + " ") or contains(words, f"toi muon {verb}") or contains(words, f"em {verb}")
        for verb in CORRECTION_VERBS
    )


def _said_words(words):
    """How many words, besides the courtesy around them ("… giúp e", "… với ạ")."""
    return sum(w not in COURTESY and w not in HELP_WORDS for w in words.split())


def _said_wrong(words):
    """A part named, then what is wrong with it: "tên e ghi chưa đủ", "số điện thoại sai rồi" (batch 44)."""
    asked = without_lead(words)
    named = any(asked.startswith(name + " ") for names in PARTS.values() for name in names)
    return named and any(contains(words, fault) for fault in CORRECTION_FAULTS)


def without_lead(words):
    """ "cho em quay lại sửa tên": what is asked, without "cho em" and "quay lại" before it."""
    split = words.split()
    while split and split[0] in CORRECTION_LEADS:
        split.pop(0)
    return " ".join(split)
