"""Danger now: a fraud in progress, money being lost now, people at risk.

`danger_in(text)` names which ("scam" or "people"), or None. It decides that the ward's approved
safety advice comes first (bot/danger.py). A fraud is what a fraudster asks for (an OTP or any code
sent to the phone, an app to install, a stranger's link to open, a transfer: `phrases.SCAM_ASKS`, `CODE_NAMED`,
"mã 6 số") together with how a fraudster asks it (a call still going on, a name of the police, the tax
office or a bank, a message by Zalo: `phrases.SCAM_WHO`); money going or just gone
(`phrases.MONEY_NOW`, "tài khoản mất 30 triệu") is a fraud too. A fraud told as long over ("năm ngoái
tôi bị lừa") is a report like any other, not danger.

`happening(text)` says whether danger is told as happening to them, rather than asked about in
general ("có người gọi đòi OTP thì làm sao?", "làm sao để nhận biết lừa đảo"): the advice answers
either, but only what is happening makes the case urgent and tells the duty officer at once.
"""

import re

from understanding import phrases as P
from understanding.normalize import clauses, contains, is_marked, normalize

KINDS = ("scam", "people")
# The ward's knowledge-base entry holding each kind's safety advice (seeded by storage/migrations.py).
ADVICE_KEYS = {"scam": "danger_scam", "people": "danger_people"}
_NUMBER = r"(?:\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)"
_CODE_BY_LENGTH = re.compile(rf"\b(?:ma|day|chuoi)(?: so)? {_NUMBER} (?:chu so|so)\b")  # "mã 6 số", "dãy 8 số"
# "30 triệu", "4tr8", "1.5tr", "200k", "3,000,000 VND" (folded "3 000 000 vnd")
_SUM = rf"\d+(?:[.,]\d+| \d{{3}}\b)* ?(?:{'|'.join(P.MONEY_AMOUNT_UNITS)})\d*"
_AMOUNT = rf"(?:{_SUM}|het|sach|tien)"
_MONEY_GONE = re.compile(rf"\b(?:{'|'.join(P.MONEY_GONE_VERBS)})(?: het| mat)? {_AMOUNT}\b")
# Money draining as they write: "tiền trong tk đang bị trừ dần", "tài khoản cứ bị rút liên tục" (not "bị trừ
# điểm" of a driving licence: the money or the account is named before it).
_DRAINING = re.compile(
    r"\b(?:tien|tk|tai khoan|account)(?: [a-z]+){0,3} (?:dang|cu|van|lien tuc)(?: bi)? (?:tru|rut|chuyen|mat)\b"
    r"|\b(?:tien|tk|tai khoan)(?: [a-z]+){0,3} bi (?:tru|rut|mat) (?:dan|lien tuc|tiep)\b"
    # ... "tài khoản vietcombank của cô ấy bị trừ 2 lần mỗi lần 9 triệu 8 …, vẫn đang báo trừ tiếp" (batch 62)
    r"|\b(?:tien|tk|tai khoan)(?: [a-z]+){0,5} bi (?:tru|rut) \d+ lan\b"
    r"|\bvan (?:dang )?(?:bao )?(?:tru|rut) tiep\b"
)
_ASKED_FIRST = re.compile(
    rf"\b(?:{'|'.join(P.SELF_NAMES)}|cho hoi|xin hoi) hoi truoc\b|\bhoi truoc (?:cho biet|de biet|thoi|nhe)\b"
)
_WIRE_DOWN = re.compile(
    rf"\b(?:{'|'.join(P.WIRE_NOUNS)})(?! thoai)(?: [a-z]+){{0,6}} (?:{'|'.join(P.WIRE_DOWN)})\b(?! cau chi| cau dao)"
)  # a fuse that blows ("bị đứt cầu chì") is no line down
_HEARD_FROM = rf"\bnghe (?:{'|'.join(P.HEARD_FROM)}) (?:{'|'.join(P.HEARD_TOLD)})\b"
_HEARSAY = re.compile(rf"\b(?:{'|'.join(map(re.escape, P.HEARSAY))})\b|{_HEARD_FROM}")
# A condition, up to its "thì" or the clause's end: what it tells did not happen.
_CONDITION = re.compile(rf"\b(?:{'|'.join(h.strip() for h in P.HYPOTHETICAL)})\b.*?(?:\b(?:thi|then)\b|$)")
# The code itself, however named: "cái mã", "con mã", "cái số", "mấy số", "3 số đầu".
_CODE = rf"(?:(?:cai |con )?ma|(?:cai|con|may) so|{_NUMBER} so)"
_READ_OUT = re.compile(rf"\b(?:doc|dua|gui|nhan tin)(?: cho(?: [a-z]+){{1,3}})? {_CODE}\b")
# ... to someone: "bà vừa đọc cho người ta cái mã", "lỡ đọc cho nó 3 số đầu", the fraud itself.
_READ_OUT_TO = re.compile(rf"\b(?:doc|dua) cho(?: [a-z]+){{1,3}} {_CODE}(?! ho so| hs| don)\b")
# A transfer asked for, with its sum: "phải chuyển 15 triệu vào tài khoản tạm giữ", "bắt ck 500k" ("ck",
# chuyển khoản, only before a sum: alone it is as often "chồng").
_PAY = "|".join(P.TRANSFER_VERBS)
# ... in English, to whom and how much more between: "send him another 20 mil dong" (batch 46)
_TRANSFER = re.compile(
    rf"\b(?:{_PAY})(?: them| tiep| ngay| gap| truoc| a| the)?(?: (?:him|her|them|another|more|over)){{0,2}} {_SUM}\b"
)
# ... or a fee named before its sum: "transfer a processing fee of 2 million", "nộp trước phí thủ tục 3 triệu".
_FEE_TRANSFER = re.compile(
    rf"\b(?:{_PAY})(?: [a-z]+){{0,3}} (?:phi|le phi|tien phi|fee|fees|charge)"
    rf"(?: [a-z]+){{0,3}} {_SUM}\b"
)


def danger_in(text):
    """ "scam", "people" or None."""
    words = _words_as_meant(text, normalize(text))
    if not words or _long_over(words):
        return None
    if _money_gone(words) or _READ_OUT_TO.search(words):  # money gone; a code read out to someone
        return "scam"
    if _has(words, P.FAKE_PAYMENT):  # a payment code swapped for a fraudster's, people paying into it
        return "scam"
    if _asks_what_a_fraudster_asks(words) and _has(words, P.SCAM_WHO):
        return "scam"
    if _has(words, P.PEOPLE_AT_RISK) or _WIRE_DOWN.search(words) or _cable_caught_someone(words):
        return "people"
    if _has(words, P.FRAUD_NAMED) and _has(words, P.AVOIDING):  # how to avoid them: the advice answers
        return "scam"
    return None


def danger_across(before, text):
    """Danger told over two messages, neither of them danger alone: who calls ("có thằng vừa gọi báo con
    tôi đâm xe"), then what they demand ("bảo chuyển ngay 40 triệu, không thì nó chết"). The kind, if
    both together tell it as happening; None otherwise, and when either message was danger alone (that
    one was answered). The demand must be the later message's own: an app in a story, then "nhắn qua
    tin nhắn khó quá" in a request for a person, tell no fraud."""
    if not before or danger_in(before) or danger_in(text):
        return None
    if not (_asks_what_a_fraudster_asks(normalize(text)) and _has(normalize(before), P.SCAM_WHO)):
        return None
    joined = f"{before}\n{text}"
    kind = danger_in(joined)
    return kind if kind and happening(joined) else None


def only_threatened(text):
    """Whether the danger `text` tells of people is a threat alone ("nó dọa…"), no harm to them named:
    after a fraud told, the fraudster's."""
    words = normalize(text)
    held = [p for p in P.PEOPLE_AT_RISK if contains(words, p)]
    return bool(held) and all(p in P.THREATENED for p in held)


def asks_what_now(text):
    """Whether `text` asks what to do now or what follows ("giờ em phải làm sao ạ", "lỡ đọc rồi thì sao"):
    once a danger is told, the question is about it, and its advice answers it."""
    return _has(normalize(text), P.WHAT_NOW)


def happening(text):
    """Whether danger is told as happening (now or just now), not asked about in general."""
    words = normalize(text)
    if _has(words, P.NOTHING_HAPPENED):  # "just a question, nothing happened to me"
        return False
    told = _told_as_happening(text)
    now = _has(told.replace("bao gio", "baogio"), P.DANGER_NOW)  # "có bao giờ" (ever), not "giờ" (now)
    general = _has(words, P.DANGER_GENERAL) or (_has(words, P.FRAUD_NAMED) and _has(words, P.AVOIDING))
    heard = _HEARSAY.search(words) is not None
    general = general or (heard and danger_in(told) is None)  # only of others: "nghe hàng xóm kể có bọn…"
    return not (general and not now) and not _long_over(words)


def _told_as_happening(text):
    """The folded text without what tells of no fraud happening to the writer: what follows a "nghe nói"
    (frauds heard of, happening to others; what the writer saw before it is theirs: "cháy to… khói đen
    ngùn ngụt nghe nói còn người ở tầng trên") and the conditions asked about ("nếu có ai gọi … rồi đòi
    mã OTP thì mình nên làm thế nào": its "rồi" is "then", batch 39)."""
    kept = [_before_hearsay(normalize(c)) for c in clauses(text)]
    return " ".join(_without_condition(c) for c in kept if c.strip())


def _before_hearsay(clause):
    heard = _HEARSAY.search(clause)
    return clause if heard is None else clause[: heard.start()]


def _without_condition(clause):
    if _has(clause, P.THREAT_CONDITIONS):
        return clause
    return _CONDITION.sub(" ", clause)


def _words_as_meant(text, words):
    """Written with its marks, "cái ứng dụng" is "the app", not "cài" (install) it: "bà nộp tiền điện
    trên cái ứng dùng mà nó báo lỗi" asks no one to install anything. So with other words folded alike."""
    lowered = (text or "").lower()
    if is_marked(text) and "cái" in lowered and "cài" not in lowered:
        for app in ("app", "ung dung", "phan mem"):
            words = f" {words} ".replace(f" cai {app} ", f" cái {app} ").strip()
    # "tự tử" written with its marks, else it is "thứ tự tự động" (batch 48: "máy lấy số thứ tự tự động")
    if is_marked(text) and "tự tử" not in lowered:
        words = f" {words} ".replace(" tu tu ", " tu_tu ").strip()
    words = f" {words} ".replace(" thu tu tu ", " thu_tu tu ").strip()
    # The ward's own guidance to install ("buổi hướng dẫn cài đặt ứng dụng VNeID"), asked by no stranger
    for guided in P.INSTALL_GUIDED:
        words = f" {words} ".replace(f" {guided} ", " huongdan ").strip()
    return words


def _cable_caught_someone(words):
    return _has(words, P.CABLE_NOUNS) and _has(words, P.CABLE_HANGING) and _has(words, P.CABLE_CAUGHT)


def _money_gone(words):
    if _has(words, P.MONEY_NOW) or _DRAINING.search(words):
        return True
    return bool(_MONEY_GONE.search(words)) and _has(words, P.MONEY_KEPT)


def _asks_what_a_fraudster_asks(words):
    if _has(words, P.LINK_OPENED) and _has(words, P.LINK_WORDS) and _has(words, P.STRANGER):
        return True
    if _READ_OUT.search(words):  # "bà vừa đọc cho người ta cái mã trên điện thoại"
        return True
    transfer = _TRANSFER.search(words) or _FEE_TRANSFER.search(words)
    return _has(words, P.SCAM_ASKS + P.CODE_NAMED) or bool(_CODE_BY_LENGTH.search(words) or transfer)


def fraud_demand(words):
    """What a fraudster asks for, or money gone, in folded `words`: half of a fraud, the half no story
    of another matter holds ("đòi 2 triệu" of a bribe, "tin nhắn" as evidence hold none)."""
    return _asks_what_a_fraudster_asks(words) or _money_gone(words)


def _long_over(words):
    """A fraud told as a thing of the past: "năm ngoái", "tháng trước", and nothing of now. Folded, "em hỏi
    trước cho biết" (asked beforehand) is "hồi trước" (formerly): the asker asking first is no past."""
    words = _ASKED_FIRST.sub(" ", words)
    return _has(words, P.DANGER_PAST) and not _has(words, P.DANGER_STILL_NOW)


def _has(words, phrase_list):
    return any(contains(words, phrase) for phrase in phrase_list)
