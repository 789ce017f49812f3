"""Wanting a person, in any words: "cho tôi gặp lãnh đạo", "gap nguoi that di", "cho e noi chuyen vs
nguoi that", "Tôi muốn gặp trực tiếp anh Vũ Mạnh Tú".

A request is a verb of meeting or talking (`phrases.MEET_VERBS`) with someone of the ward after it
(`phrases.PERSONS`, or the ward's own officers named in its settings), either opening the message or
after a request's lead ("cho tôi", "tôi muốn", "xin"). A negation before it ("không cho tôi gặp lãnh
đạo") makes it something that happened, told in a report, not a request. "gấp" (urgent) folds like
"gặp" (meet): written with its mark it is never a request. Some say it without a verb: a person asked
for ("có ai trực không", "nhân viên đâu rồi"), called out, or the machine refused
(`phrases.PERSON_WANTED`), or ask to be passed on to one ("em chuyển chị qua anh chị cán bộ", "pass me to
an officer": `phrases.HAND_OVER_VERBS`, opening the message, with who is passed named).
"""

import functools
import re

from core.identity_words import HONORIFICS as TITLES_BEFORE_A_NAME
from understanding import phrases as P
from understanding.normalize import clauses, is_marked, normalize

TALKED_WITHIN = 4  # words after whom they asked for where "xong rồi" tells it was done
PROPOSED_WITHIN = 4  # words before a person wanted where a verb of arranging makes it proposed
HONORIFICS = {*TITLES_BEFORE_A_NAME, "mr", "mrs", "ms", "a", "c"}  # "a Tuấn", "c Lan": teen code
# Before whom they ask for: "chuyển cho ông trực", "gọi giúp bà cái anh Tú", "nói với cậu Tú" (batch 56)
TITLE = f"(?:{'|'.join(TITLES_BEFORE_A_NAME)})"
NAMED_IN_SETTINGS = ("PAGE_OFFICER", "HOTLINE_OFFICER")
_ON_DUTY = re.compile(r"\bco (?:ai|nguoi|can bo|(?:chi|anh|co|chu) can bo(?: [a-z]+){0,2})(?: o [a-z]+)? truc\b")
# "làm ơn có ai ở phường thật không", "có ai thật ở đó không": whether a real person is there
_REAL_ONE = re.compile(r"\bco (?:ai|nguoi)(?: o [a-z]+)? that(?: o do| o day)? (?:khong|ko|k|hong)\b")
# A call asked for: "có ai ở phường gọi điện cho tôi được không" (batch 49); not "có người gọi điện cho
# tôi bảo là công an", a call told
_CALL_ASKED = re.compile(
    # ... or talk with them: "có ai ở phường nói chuyện trực tiếp với e dc ko" (batch 53)
    rf"\b(?:co ai|co nguoi|ai do|can bo|phuong)(?: o [a-z]+)? (?:goi (?:dien |lai )?(?:cho )?"
    rf"|noi chuyen (?:truc tiep )?voi |tro chuyen (?:truc tiep )?voi )(?:{'|'.join(P.SELF_NAMES)})"
    r" (?:(?:duoc khong|duoc ko|dc ko|duoc k|dc k|duoc chu|nhe|nha|voi|di)(?:\s|$)|duoc$)"
)
# ... or asked to be arranged, opening its clause: "thôi con bảo chú cán bộ phường gọi điện cho ông" (batch 50)
_CALL_ARRANGED = re.compile(
    # ... "bảo cán bộ trực gọi lại ngay cho tôi số 0978…" (batch 56)
    rf"^(?:(?:thoi|vay|the|con|chau|em|ad|oi|a|nhe) )*(?:bao|nho)(?: [a-z]+){{0,6}} goi (?:dien |lai )?"
    r"(?:(?:ngay|luon|som|giup|dum|ho) )?"
    rf"(?:(?:hay|hoac) nhan(?: tin)? )?cho"
    rf" (?:{'|'.join(P.SELF_NAMES)})(?:\s|$)"
)
# Passed to whoever is on duty, to read it: "CHUYỂN CHO ÔNG TRỰC HÔM NAY ĐỌC ĐI" (batch 55)
_PASSED_TO_DUTY = re.compile(
    rf"\bchuyen (?:giup |dum |ho )?(?:cho|qua|sang|toi) (?:(?:{TITLE}|nguoi|can bo|ai) )?(?:dang )?truc"
    r"(?: hom nay| bay gio| luc nay)? (?:doc|xem|tra loi|nghe|giai quyet|giup)\b"
)
# Called out: "GỌI THẲNG NGƯỜI NÀO CÓ TÊN TUỔI RA ĐÂY" (batch 54), someone of the ward fetched to answer
_CALLED_OUT = re.compile(
    r"\bgoi (?:thang |ngay )?(?:nguoi|can bo|lanh dao|admin|ai|ong|ba|sep)(?: [a-z]+){0,5} ra"
    r" (?:day|gap|noi chuyen|tra loi|lam viec)\b"
)
# A call back asked in a letter's words: "… để ông trực tiếp liên hệ lại với tôi" (batch 59); not "đã liên hệ
# lại với tôi", told done
_CONTACT_BACK = re.compile(
    rf"\b(?:de|nho|mong|de nghi|xin)(?: [a-z]+){{0,3}} (?:truc tiep )?(?:lien he|lien lac) lai"
    rf" (?:voi|cho) (?:{'|'.join(P.SELF_NAMES)})(?: |$)"
)
_WHERE = re.compile(rf"\b(?:{'|'.join(P.PERSON_WHERE)}) (?:dau|di dau)(?: roi| het| ca| vay| a| the)*$")


def asked_not_missed(words, phrase):
    """Whether `phrase` is said once at least as asked ("có ai trực không"), not told missing: "tổ công
    nghệ số không có ai trực, cửa khóa" (batch 48's letter tells what happened)."""
    told = f" {words} ".split(f" {phrase} ")
    if not phrase.startswith("co "):  # "không nói chuyện với máy nữa, đưa máy cho…": the machine refused
        return len(told) > 1
    return any(not set(before.split()[-1:]) & P.TOLD_MISSING for before in told[:-1])


def talked_already(words, hit):
    """Whether the person asked for (`hit`, the words that asked) is told as already met: "… nói chuyện
    với cán bộ xong rồi" (batch 50), within a few words after."""
    after = f" {words} ".split(f" {hit} ", 1)[-1].split()[:TALKED_WITHIN]
    if hit.startswith("goi") and after[:1] == ["roi"]:  # "có cán bộ gọi lại cho tôi rồi, cảm ơn" (batch 57)
        return True
    return any(" ".join(after[n:]).startswith(P.TALKED_DONE) for n in range(len(after)))


def _asked_on_duty(words):
    return next((m.group(0) for m in _ON_DUTY.finditer(words) if asked_not_missed(words, m.group(0))), None)


def _proposed(words, phrase):
    """Whether a verb of arranging comes just before `phrase` ("bố trí thêm người hỗ trợ", "bố trí cán bộ
    hỗ trợ trực tiếp cho bà")."""
    before = f" {words} ".split(f" {phrase} ")[0].split()[-PROPOSED_WITHIN:]
    return any(f" {verb} " in f" {' '.join(before)} " for verb in P.PERSON_PROPOSED)


def _polite_da(clause):
    """Whether a marked clause's "da" is "dạ": written with marks, and no "đã" in it."""
    return is_marked(clause) and "đã" not in clause.lower()


def officer_names(settings):
    """The ward's officers named in its settings, folded, without "Ông"/"Bà": ("vu manh tu", ...)."""
    names = []
    for key in NAMED_IN_SETTINGS:
        words = normalize((settings or {}).get(key) or "").split()
        while words and words[0] in HONORIFICS:
            words = words[1:]
        if len(words) >= 2:
            names.append(" ".join(words))
    return tuple(names)


def officer_names_said(settings):
    """How the ward's officers are named in a message: in full ("vu manh tu"), or by the given name
    after a title ("anh tu", "ong tuan"), as people call them."""
    return tuple(said for name in officer_names(settings) for said in name_said(name))


def name_said(name):
    """A folded full name and the ways it is said: "vu manh tu", then "mr vu manh tu", "anh tu", "ong tu", …"""
    titled = (f"{title} {said}" for title in sorted(HONORIFICS) for said in (name, name.split()[-1]))
    return (name, *titled)


def _either(phrases):
    """A regex alternation of `phrases`, the longest first (so "noi chuyen voi" wins over "noi")."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@functools.cache
def _request(names):
    """A verb of meeting with anyone of the ward, or "nói với" with one of the ward's people only: "cho
    tôi nói với ai đang trực ở phường" (batch 54), never "cho em nói với anh là…" (something to say)."""
    meet = rf"(?:{_either(P.MEET_VERBS)})(?: (?:{_either(P.SELF_NAMES)}))? (?:truc tiep )?(?:voi )?(?:1 |mot )?"
    told_to = rf"(?:{_either(P.SAY_TO_VERBS)}) (?:{TITLE} )?"
    return re.compile(
        rf"(?:^|(?P<before>\b[a-z0-9 ]*?)\b(?:{_either(P.REQUEST_LEADS)}) )(?:duoc )?"
        rf"(?:{meet}(?:{_either(P.PERSONS + names)})|{told_to}(?:{_either(P.WARD_PEOPLE + names)}))(?: |$)"
    )


@functools.cache
def _hand_over(names=()):
    """ "em chuyển chị qua anh chị cán bộ", "Nhờ chuyển giúp tôi sang ông Vũ Mạnh Tú": handed over to
    one of the ward's people, or to an officer by name."""
    opening = _either(tuple(P.VOCATIVES) + P.REQUEST_LEADS + P.HAND_OVER_LEADS + ("oi", "thoi", "admin", "u", "uh"))
    people = _either(P.WARD_PEOPLE + tuple(names))
    # ... who is passed may go unsaid after "nhờ" to an officer by name: "ừ nhờ chuyển cho ông tú bên…"
    # (batch 46); not "nhờ chuyển cho cán bộ địa chính bộ hồ sơ này", a dossier passed
    return re.compile(
        rf"^(?:(?:{opening}) )*(?:{_either(P.HAND_OVER_VERBS)}) (?:(?:giup|dum|ho) )?(?:cho )?"
        rf"(?:{_either(P.SELF_NAMES + ('me', 'may'))}) (?:{_either(P.HAND_OVER_TO)}) "
        rf"(?:{TITLE} ){{0,2}}(?:{people})(?: |$)"
        + (
            rf"|^(?:(?:{opening}) )*nho (?:{_either(P.HAND_OVER_VERBS)}) (?:(?:giup|dum|ho) )?"
            rf"(?:{_either(P.HAND_OVER_TO)}) (?:{TITLE} ){{0,2}}(?:{_either(tuple(names))})(?: |$)"
            if names
            else ""
        )
    )


@functools.cache
def _fetched(names=()):
    """ "cháu gọi giúp bà cái anh Tú trực trang phường" (batch 55): one of the ward's people, or an officer by
    name, called for them."""
    people = _either(P.WARD_PEOPLE + P.WARD_ROLES + tuple(names))
    return re.compile(rf"\bgoi (?:giup|dum|ho) (?:{_either(P.SELF_NAMES)}) (?:cai )?(?:{TITLE} )?(?:{people})(?: |$)")


def wants_person(text, settings=None):
    """The words by which `text` asks to meet or talk with a person of the ward, or None."""
    words = normalize(text)
    if not words:
        return None
    # "người thật", "có ai trực không": wanting a person whatever surrounds it; not "người thật thà"
    # (honest), nor a day or a time asked about ("thứ bảy có ai trực không").
    asks_a_time = any(f" {time} " in f" {words} " for time in P.TIME_ASKED)
    for phrase in P.PERSON_WANTED:
        said = asked_not_missed(words, phrase) and f" {phrase} tha" not in f" {words} "
        if said and not asks_a_time and not _proposed(words, phrase):
            return phrase
    if called := _CALLED_OUT.search(words) or _PASSED_TO_DUTY.search(words):
        return called.group(0)
    if where := _WHERE.search(words):  # "nhân viên đâu rồi"
        return where.group(0)
    if (on_duty := _asked_on_duty(words)) and not asks_a_time:  # "có ai ở phường trực không"
        return on_duty
    if real := _REAL_ONE.search(words):
        return real.group(0)
    if call := _CALL_ASKED.search(words):
        return call.group(0).strip()
    if arranged := next((m for c in clauses(text) if (m := _CALL_ARRANGED.search(normalize(c)))), None):
        return arranged.group(0).strip()
    if back := _CONTACT_BACK.search(words):
        return back.group(0).strip()
    if fetched := _fetched(officer_names_said(settings)).search(words):
        return fetched.group(0).strip()
    if "gấp" in (text or "").lower() and "gặp" not in (text or "").lower():
        return None
    handed = _hand_over(officer_names_said(settings))
    if passed := next((m for c in clauses(text) if (m := handed.search(normalize(c).strip()))), None):
        return passed.group(0).strip()  # "em chuyển chị qua anh chị cán bộ nói chuyện luôn"
    names = officer_names_said(settings)
    if around := next((f"{n} {a}" for n in names for a in P.AROUND if f" is {n} {a} " in f" {words} "), None):
        return around  # "Actually, is Mr. Vu Manh Tu around? I'd rather go through this with him directly"
    request = _request(names)
    for clause in clauses(text):  # "khoan gửi đã, cho em gặp anh Tú": "đã" ends another
        match = request.search(normalize(clause))
        if match is None:
            continue
        before = (match.group("before") or "").split()
        if _polite_da(clause):  # "dạ cho em nói chuyện với cán bộ": "dạ" (yes, politely), not "đã" (already)
            before = [w for w in before if w != "da"]
        if not set(before[-2:]) & P.NOT_A_REQUEST:
            return match.group(0).strip()
    return None
