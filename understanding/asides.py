"""What a message typed at a step of the conversation says besides that step's answer.

Every typed message goes through `aside` before the step's own parser (bot/anywhere.py): danger,
wanting a person, cancel, a question the ward's base answers, a code, thanks or a greeting, and, where
a tap is awaited, more of the story. What the step waits for decides how sure the rules must be:

- `tap`: a step of buttons; typed words that are not a choice are an aside, or misread;
- `story`: the report's content; only a clear aside is one, the rest is the story;
- `words`: a typed answer (what was decided, who decided it); as sure as for the story;
- `place`: where and when; as `words`, and a long message that tells neither, only more of the problem
  ("lần này mà vẫn không ai xử lý thì tôi gửi lên thành phố"), is more of the story;
- `contact`: a name, a phone number, an address; as `words`, and a short question asked in question
  words ("bao lâu thì có kết quả?") is never one of them, answered by the base or not;
- `code`: the look-up step; its parser reads codes and "quên mã" itself.

None means the step's parser takes the message as it is. Where the rules find no aside (or only more
of the story at a choice), the learned second opinion is asked (understanding/learned.py).
"""

import re
from dataclasses import dataclass

from core.validation import ward_phones
from understanding import fact_phrases as F
from understanding import phrases as P
from understanding.case_facts import find_place_time, says_where_or_when
from understanding.codes import DEFAULT_PREFIXES
from understanding.commands import finishes
from understanding.contact_facts import find_address, own_phone, phones_in
from understanding.danger import danger_across
from understanding.intents import (
    ASKED_BY_FORM,
    WHO_ANSWERS,
    Understanding,
    either_asked,
    last_word,
    understand,
    without_lead_ins,
)
from understanding.knowledge import opens_with_question, question_before_why
from understanding.learned import danger_kind, learned_kind
from understanding.normalize import clauses, contains, normalize, spoken_marks
from understanding.person import wants_person
from understanding.speaker import feeling

KINDS = ("danger", "officer", "cancel", "question", "lookup", "thanks", "story")
EXPECTS = ("tap", "story", "words", "place", "contact", "code")
# Where typed words are the answer, an aside is a short message: a question (asked as one) that the
# base answers, a request for a person, a code said on its own. A longer one, or a statement ("trang
# web phường bị giả mạo"), is the answer that happens to hold such words.
SHORT_QUESTION = 10
SHORT_REQUEST = 10
SHORT_CODE = 6
SHORT_PUZZLED = 3
LONG_REQUEST = 25
PLACE_LESS_STORY = 10  # at where-and-when, a problem told this long with no place nor time is the story's
# ... unless it opens as where or when does
ANSWER_OPENS = {*F.PLACE_PREPOSITIONS, "tai", "tren", "duoi", "ngay", "hom", "sang", "chieu", "toi", "dem", "luc", "tu"}
ASKED_AT_CONTACT = 8  # words: a question this long, asked in question words, is no name, phone or address
LONG_QUESTION = 25  # where a name, a phone, an address, where and when is awaited, a question this long
REQUEST_OPENS = 4  # words before a request that opens the message ("tôi đề nghị được gặp…")
REQUEST_CLOSES = 3  # words after one that closes it ("… cho e gặp cán bộ dc ko")
QUESTION_OPENS = 5  # "à mà cho em hỏi" opens within these words
YES_NO_ENDS = ("khong", "chua")  # not "hà", "nhi": names end so


@dataclass
class Aside:
    kind: str  # one of KINDS
    found: Understanding  # what `understand` read in the whole message


def aside(text, expects, kb=None, prefixes=DEFAULT_PREFIXES, page_id=None, settings=None, before=None):
    """The aside `text` makes at a step that `expects` (one of EXPECTS), or None. `before`: what the
    citizen typed just before, for danger told over two messages."""
    text = spoken_marks(text or "")
    words = normalize(text)
    if not words or (expects == "story" and finishes(text)):  # "xong", "hết": the story is finished
        return None
    found = understand(text, kb=kb, prefixes=prefixes, page_id=page_id, settings=settings)
    place, expects = expects == "place", "words" if expects == "place" else expects
    if found.danger is None and found.intent not in ("cancel", "thanks", "greeting"):
        found.danger = danger_across(before, text)
        found.danger_now = found.danger is not None
    kind = _kind(found, expects, len(words.split()), text, settings, words)
    if kind is None and place and (_more_of_the_story(found, text, words) or feeling(text) == "hotline"):
        kind = "story"  # "TÔI GỌI SỐ … TỪ 8H SÁNG ĐẾN GIỜ 20 CUỘC KHÔNG AI NHẤC MÁY": anger, not the place
    letter_asks = kind is None and expects == "story" and found.intent in ("report", "question") and kb is not None
    if letter_asks and (faq := _letters_closing_question(kb, text, page_id, settings)):
        found.faq, kind = faq, "question"  # the letter kept as the story, its question answered
        found.is_story = found.is_story or len(words.split()) >= LETTER_WORDS
    if kind is None and expects == "story" and _asked_by_the_way(found, words, text):
        kind = "question"  # "btw any good banh mi place near the ward office? haha": not the story (batch 46)
    if kind is None and expects == "contact" and _anger_not_details(text, settings):
        kind = "story"  # "TÔI ĐÃ GỌI ĐƯỜNG DÂY NÓNG … GIỜ CÒN BẮT TÔI KHAI ĐỊA CHỈ NỮA???": no address (batch 45)
    if kind is None and expects == "contact" and _asked_not_given(text, words):
        kind = "question"  # "nhà tôi ở xa, vậy có cán bộ xuống tận nhà xem không hay tôi phải…?" (batch 51)
    held = kind is None and expects in ("words", "contact") and kb is not None
    if held and (faq := _held_to_ask(kb, text, page_id, settings)):  # "khoan đã, nếu tôi tố cáo thì … không?"
        found.faq, kind = faq, "question"  # the answer waits; the question first (batch 48)
    if (
        kind is None
        and expects == "contact"
        and kb is not None
        and (faq := _asked_beside_contact(kb, text, page_id, settings))
    ):
        found.faq, kind = faq, "question"  # "0912345678 nhe, ma so nay co bi dua len mang… ko vay" (batch 59)
    if kind is None and expects == "words" and _every_clause_asks(text):
        kind = "question"  # "người đó sẽ bị phạt bao nhiêu tiền vậy, có bắt trả lại tiền cho dân không" (batch 59)
    if kind is None and expects == "words" and _own_phone_told(text, settings):
        kind = "story"  # "À ghi luôn số của tôi là 0978442315, cán bộ cần gì thì gọi" (batch 55): no answer
    if kind is None and place and _asked_aside(found, text):
        kind = "question"  # "à tiện hỏi luôn hnay giá vàng 9999 bao nhiêu 1 chỉ thế": no place in it
    if kind == "danger" and found.danger is None:  # the learned second opinion's
        found.danger, found.danger_now = danger_kind(words), True
    return Aside(kind, found) if kind else None


def _kind(found, expects, length, text, settings, words):
    typed_answer = expects in ("story", "words", "contact", "code")
    # Danger told as happening, at any step; asked about in general, anywhere a question is (the advice
    # answers it, nothing is made urgent).
    if found.danger and (found.danger_now or not typed_answer or found.intent == "question"):
        return "danger"
    if found.intent == "officer" and (not typed_answer or _asks_for_person(text, length, settings)):
        return "officer"
    if found.intent == "cancel":
        return "cancel"
    if found.intent in ("thanks", "greeting") and (expects != "story" or found.because == WHO_ANSWERS):
        return "thanks"  # in the story, words of it; not "bạn là người hay máy", asked of the assistant
    if found.intent == "question" and found.is_story:  # a problem told to ask who can help
        if expects == "tap" or (expects == "story" and found.faq and found.because in ASKED_BY_FORM):
            return "question" if found.faq else "story"  # the story's words are kept with the answer
        return None
    if found.intent == "question" and expects == "tap" and not found.faq and length <= SHORT_PUZZLED:
        return None  # "là sao?" at a choice: puzzled by the question, which the step explains again
    if found.intent == "question" and (
        not typed_answer
        or (length <= SHORT_QUESTION and _asked(found, expects, words))
        or _long_question(found, expects, length, words, text)
        or (_opens_as_question(words, text) and (expects != "story" or found.faq))
    ):
        return "question"
    # A code at a typed step: said on its own, or asked about ("À khoan, hồ sơ AQ-… hôm qua đã có ai xem chưa?")
    if found.intent == "lookup" and expects != "code" and (not typed_answer or _code_asked(found, length)):
        return "lookup"
    # Where the rules found nothing, or only more of the story at a choice, the learned second opinion
    if found.intent == "report" and found.is_story and expects == "tap":
        return learned_kind(text, found, settings) or "story"
    return learned_kind(text, found, settings) if expects != "code" else None


OWN_PHONE_WORDS = 20  # a message this short giving the writer's own phone is their contact, not the answer
LETTER_WORDS = 25  # a letter this long that closes on a question is the story, its question aside
_LAUGH_AT_END = re.compile(r"(?:\s*(?:ha)+|\s*(?:hi)+|\s*(?:he)+|\s*lol|\s*=\)+|\s*:\)|[\s.!])+$", re.IGNORECASE)


def _letters_closing_question(kb, text, page_id, settings):
    """A letter's last question, asked as one ("Nhân đây, tôi xin hỏi: kiến nghị gửi qua trang này thì sau
    bao lâu được phường trả lời?", batch 47), when the base answers it: the letter is the story."""
    asking = [c for c in clauses(text, marks=True) if c.rstrip().endswith("?")]
    if not asking or not any(contains(normalize(text), o) for o in P.QUESTION_OPENERS):
        return None
    from understanding.knowledge import answer

    return answer(kb, asking[-1], page_id, settings)  # its parts too: "đơn … thì trong bao nhiêu ngày …?"


def _held_to_ask(kb, text, page_id, settings):
    """An answer held back to ask first ("khoan đã", "wait"), then a question asked in full ("?") that
    the base answers, whatever reason follows it ("tôi ở gần nhà họ sợ bị gây khó dễ")."""
    said = clauses(text, marks=True)
    opener = " ".join(w for w in normalize(said[0]).split() if w not in P.VOCATIVES | P.PARTICLES) if said else ""
    if len(said) < 2 or opener not in P.HOLD_OPENERS:  # "khoan da ad, neu e khai ten…" (batch 62)
        return None
    from understanding.knowledge import answer_exactly

    asking = next((c for c in said[1:] if c.rstrip().endswith("?") or _if_asked(c) or _then_asked(c)), None)
    return answer_exactly(kb, asking, page_id, settings, whole=True) if asking else None


def _asked_beside_contact(kb, text, page_id, settings):
    """The contact asked for, then a question about it that the base answers in full: the phone is the
    step's answer (bot/anywhere.py), the question answered too."""
    said = clauses(text, marks=True)
    if len(said) < 2 or not (any(phones_in(said[0])) or find_address(said[0]) is not None):
        return None
    from understanding.knowledge import answer_exactly

    asking = next((c for c in said[1:] if c.rstrip().endswith("?") or last_word(normalize(c)) in YES_NO_ENDS), None)
    return answer_exactly(kb, asking, page_id, settings, whole=True) if asking else None


def _every_clause_asks(text):
    """Two clauses or more, each asking (its question word last, or "bao nhiêu", "mấy"…): questions, no
    typed answer."""
    said = [normalize(c) for c in clauses(text) if normalize(c)]
    return len(said) >= 2 and all(_clause_asks(c) for c in said)


def _clause_asks(words):
    return last_word(words) in P.QUESTION_ENDINGS or any(contains(words, q) for q in P.QUESTION)


def _then_asked(clause):
    """ "tố cáo như vậy thì người bị tố có biết được ai là người tố không" (batch 63), held back to ask: a
    "… thì …" closing on a question word asks, without a "?" or an "if"."""
    words = normalize(clause)
    return " thi " in f" {words} " and last_word(words) in P.QUESTION_ENDINGS


def _if_asked(clause):
    """ "nếu e khai ra thì người ta có biết là e tố không" (batch 54): an "if … then …" closing on a question
    word asks, without a "?"; not the threat's "nếu không chuyển thì…"."""
    words = normalize(clause)
    opens = words.startswith(P.HYPOTHETICAL) and not words.startswith(P.THREAT_CONDITIONS)
    return opens and " thi " in f" {words} " and last_word(words) in P.QUESTION_ENDINGS


def _own_phone_told(text, settings):
    """The writer's own phone, said so, in a short message: their contact, typed at another question."""
    phone = own_phone(text)
    return phone is not None and phone.value not in ward_phones(settings or {}) and len(text.split()) <= OWN_PHONE_WORDS


def _asked_by_the_way(found, words, text):
    """A question opened as an aside ("btw", "by the way", "à mà cho hỏi") and ending asking, with no
    problem in it: asked beside the story, not a part of it."""
    opened = without_lead_ins(words).startswith(P.BY_THE_WAY)
    ends_asking = _LAUGH_AT_END.sub("", text or "").endswith("?")  # "…? haha"
    return opened and found.intent == "question" and ends_asking


def _asked_not_given(text, words):
    """At a contact question, a longer question asked in question words that gives no address nor phone:
    asked, not an answer ("Ngõ 12 phố Hội Quán?" is an address, unsure)."""
    asked_mark = text.rstrip().endswith("?") and any(contains(words, phrase) for phrase in P.QUESTION)
    # ... or its first sentence ends asking, "không" past whom it is said to: "mà chủ nhật phường có ai trả
    # lời không cháu, bà chỉ rảnh ngày chủ nhật thôi" (batch 53)
    said = clauses(text)
    asks = asked_mark or (len(said) > 1 and last_word(normalize(said[0])) in YES_NO_ENDS)
    return asks and len(words.split()) >= ASKED_AT_CONTACT and find_address(text) is None and not any(phones_in(text))


def _anger_not_details(text, settings):
    """Anger (at the hotline, or shouted "!!") that gives no address nor phone of theirs (the hotline it
    names is the ward's): told, not the answer."""
    theirs = [p for p in phones_in(text) if p.value not in ward_phones(settings or {})]
    return feeling(text) in ("hotline", "angry") and find_address(text) is None and not theirs


def _asked_aside(found, text):
    """At where-and-when, a question that names no place, nor a time unless it asks what ("hnay giá vàng
    bao nhiêu": today is the question's; "hình như hôm qua thì phải?" is an answer, unsure)."""
    if found.intent != "question" or not found.asks or find_place_time(text) is not None:
        return False
    words = normalize(text)
    either = either_asked(words)  # "… tuần này tăng hay giảm thế" (batch 49); not "hôm qua hay hôm kia nhỉ"
    chosen = either is not None and not any(says_where_or_when(option) for option in either)
    return not says_where_or_when(text) or chosen or any(contains(words, w) for w in P.ASKS_WHAT)


def _more_of_the_story(found, text, words):
    """Typed at where-and-when, a problem told at length ("vẫn không ai xử lý") with no place, no time
    and no word a place is named by in it ("Bộ phận một cửa, gần số 9 ngõ Hoa Sữa" is a place; "thành
    phố" is no street), nor opened as an answer is ("ở khu vui chơi cạnh hồ…", "tối nào cũng bị…")."""
    unplaced = f" {words} ".replace(" thanh pho ", " ")
    return (
        found.intent == "report"
        and found.is_story
        and found.because in P.PROBLEM
        and not any(contains(unplaced, head) for head in F.PLACE_HEADS)
        and len(words.split()) >= PLACE_LESS_STORY
        and words.split()[0] not in ANSWER_OPENS
        and not says_where_or_when(text)
    )


def _asks_for_person(text, length, settings):
    """A request for a person at a step of typed answers: a short one, or one that opens or closes the
    message or its sentence ("e ko biet ke the nao cho dung, cho e gap truc tiep can bo dc ko"); a story that mentions
    meeting someone carries it in its middle. "người thật" and its kind, in any message but a long one."""
    hit = wants_person(text, settings)
    if hit is None:
        return False
    if length <= SHORT_REQUEST:
        return True
    if hit in P.PERSON_WANTED and length <= LONG_REQUEST:
        return True
    for clause in (normalize(c) for c in clauses(text)):  # its own sentence
        at = f" {clause} ".find(f" {hit} ")
        if at >= 0:
            before, after = clause[:at].split(), clause[at + len(hit) :].split()
            return len(before) <= REQUEST_OPENS or len(after) <= REQUEST_CLOSES
    return False


def _opens_as_question(words, text):
    """ "cho hỏi…", "à mà cho em hỏi…", "à ad ơi cho e hỏi…", "Trước khi trả lời, cho tôi hỏi…": a
    question however long; no answer to a step opens so, nor its second sentence. Whom it is said to,
    and the particles, are not counted."""
    second = [normalize(c) for c in clauses(text)][1:2]
    return any(_opens(w) for w in [words, *second] if w)


def _opens(words):
    opening = " ".join(without_lead_ins(words).split()[:QUESTION_OPENS])
    return any(contains(opening, phrase) for phrase in P.QUESTION_OPENERS)


def _code_asked(found, length):
    return bool(found.code) and (length <= SHORT_CODE or (found.asks and length <= LONG_QUESTION))


def _long_question(found, expects, length, words, text):
    """Where a name, a phone, an address or where and when is awaited, a longer question: one the base
    answers, or, for a name, a phone or an address, one that ends in "không" (no answer is this long).
    In the story, one the base answers that says why it is asked."""
    if length > LONG_QUESTION or not found.asks or expects not in ("contact", "words", "story"):
        return False
    if expects == "story":  # only a question with why it is asked: "… mấy giờ, để bà ra tận nơi hỏi"
        return bool(found.faq) and (question_before_why(text) is not None or opens_with_question(text))
    return bool(found.faq) or (expects == "contact" and last_word(words) in YES_NO_ENDS)


def _asked(found, expects, words):
    """A short question at a step of typed answers: one the base answers, or, where a name, a phone or
    an address is awaited, any asked in question words ("ngõ 12?" stays an address)."""
    if expects == "contact":  # no name, phone or address ends in "không?" ("thứ 7 có làm việc ko")
        return any(contains(words, phrase) for phrase in P.QUESTION) or last_word(words) in YES_NO_ENDS
    return found.asks and found.faq is not None
