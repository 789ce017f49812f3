"""Answers from the ward's own question-and-answer base, never made up.

The question is normalised (`normalize`: folding, shorthand), its common words dropped, the ward's
synonyms added, and the words are OR-ed into an FTS5 query ranked by BM25 over the approved entries.
Only a best match under `THRESHOLD` is answered: a weak match returns None, and the conversation says it
does not know and offers a report or an officer. The answer text is the stored entry with the ward's
settings filled in (`{HOTLINE}`...), nothing else.
"""

import re

from core.placeholders import WARD_PLACEHOLDERS, fill
from core.voice import person_named
from storage.knowledge import entry_by_key, list_synonyms, search
from understanding.language import detect_language
from understanding.normalize import clauses, contains, normalize
from understanding.person import name_said, officer_names
from understanding.phrases import (
    ASIDE_OPENERS,
    BECAUSE_OPENS,
    CLOSING_PARTICLES,
    ENGLISH_ASKING,
    FORMAL_NAMES,
    GREETING,
    HOW_LONG_ASKED,
    MACHINE_AFTER,
    MACHINE_BEFORE,
    PARTICLES,
    QUESTION_ENDINGS,
    SIGN_OFFS,
    VOCATIVES,
    WHY_ASKED,
    WHY_ASKED_AFTER,
)

# bm25() is negative, lower is better. Calibrated on bench/data/first_messages.jsonl (`python -m bench
# understanding` prints the FAQ answers right and wrong): stricter loses right answers, looser answers
# reports with an unrelated entry.
THRESHOLD = -2.5
# ... and the entry (question and keywords, with the synonyms) must account for this share of the
# question's words: "giá vàng hôm nay bao nhiêu" shares only "bao nhiêu" with the deadlines entry.
MIN_COVERAGE = 0.6
THRESHOLD_ALL_WORDS = -1.5  # ... or this, when the entry holds every word of the question
# ... or half of the question's words, when it ranks this high on them ("nếu chị gửi tố cáo thì tên và
# số điện thoại của chị có được giữ bí mật không": the denouncer's entry, on "tố cáo", "tên", "bí mật")
THRESHOLD_STRONG = -15.0
HALF = 0.5
ASKING_WORDS = {"bao", "may"} | ENGLISH_ASKING  # "bao lâu", "mấy giờ", "what…": a clause that asks
# ... or asks for something: "cháu cho bà xin số điện thoại của phường để bà gọi hỏi" (batch 55)
_ASKED_FOR = re.compile(
    r"\b(?:cho|xin)(?: [a-z]+)? xin (?:so|sdt|dia chi|email|link|trang)\b|\bxin (?:so|sdt|dia chi) cua\b"
)
_BY_LAW = re.compile(r"\btheo (?:dung )?(?:quy dinh|luat)(?: cua)?(?: phap luat| luat)?\b")
# ... and where the citizen writes: "gửi phản ánh qua đây có mất phí không" asks of the fee, not of "đây"
_VIA_THIS_PAGE = re.compile(
    r"\bqua (?:day|trang nay|page nay|fanpage nay|fanpage|page)\b"
    r"|\bfor sending (?:this|it|them)\b"  # "And is there any fee for sending this?" (batch 48): the fee asked
)
# ... and a law cited by its article: "theo Điều 47 Luật Tố cáo năm 2018", "khoản 2 Điều 9 Nghị định 13"
_CITED = re.compile(
    r"\b(?:theo )?(?:(?:khoan|dieu) \d+ )+(?:luat|nghi dinh|thong tu)"
    r"(?: (?:to cao|khieu nai|tiep cong dan|bao ve du lieu ca nhan|\d+))?(?: nam \d{4})?\b"
)
_NUMBERED = re.compile(r"\(\d\)|(?m:^\s*\d[.)]\s)")  # "(1) …; (2) …", "1. …\n2. …"
# A question asked first ("cho tôi hỏi cái đã"), and a name called by its idiom ("tên tuổi"): nothing asked of
_ASKED_FIRST = re.compile(r"\b(?:cai da|truoc da)\b")
_NAME_IDIOM = re.compile(r"\bten tuoi\b")
# Someone named by an honorific and a capital ("ông Vinh", "chị Lan"): whom it is about, not what it asks
_PERSON_NAMED = re.compile(
    r"\b(?:[ôÔoO]ng|[bB][àa]|[aA]nh|[cC]h[ịi]|[cC][ôo]|[cC]h[úu]|[bB][áa]c|Mr|Mrs|Ms)\.? "
    r"((?:[A-ZĐÀ-Ỹ]\w*)(?: [A-ZĐÀ-Ỹ]\w*){0,3})"
)
_CLOCK = re.compile(r"\b\d{1,2}h(?:\d{2})?\b|(?<=\bmay )h\b")
CANDIDATES = 3  # the best ranked entries looked at
NEARLY_ALL = 0.75  # ... and how much of the question one below the best must hold when the best holds little
WARD_RECEIVES = (
    "don",
    "khieu nai",
    "to cao",
    "phan anh",
    "kien nghi",
    "ho so cua",
    "viec cua",
)  # a topic the base holds
MIN_PART_WORDS = 3  # a part of a message this long may be the question it asks
MAX_OTHER_QUESTIONS = 2  # a letter's further questions answered with the first (more: an officer's work)
# The ward's officers named in its settings → the words of the entry about what each does.
OFFICER_ENTRIES = {"HOTLINE_OFFICER": "duong day nong hotline phu trach", "PAGE_OFFICER": "can bo truc trang facebook"}
# In a question written in English only: folded, these are Vietnamese words too ("ổn", "ít", "thật").
ENGLISH_STOPWORDS = {
    "on", "it", "that", "be", "office", "open", "usually", "normally", "like", "really", "actually", "or", "not",
    "btw", "one", "only", "lah", "leh", "lor",
    "quick", "before", "pick", "anyone", "anybody", "strictly", "just",  # "Quick one before I pick: is anyone…"
    "ask", "asking", "wonder", "wondering",  # "may I ask how long…", as "hỏi" is of a Vietnamese question
    "people", "committee", "hello",  # "the office hours of the ward People's Committee?" (batch 47): whose
    "and", "then", "question",  # "Quick question before I go on: how many days … to accept and then resolve"
    "any", "through", "roughly", "need",  # "Do I need to pay any fee to send a complaint through this page?"
}  # fmt: skip
CONTACT_WORDS = {"so", "dien", "thoai", "phone", "number", "lien", "he", "contact"}
# Words of any question that say nothing of its subject.
STOPWORDS = {
    "khoang",  # batch 55: "khoảng bao nhiêu ngày thì bên mình trả lời vậy bot": about, asking nothing
    "bot",  # ... and whom it is asked of
    "nhu",  # "đơn khiếu nại như của tôi thì …" (batch 51): like, of what is asked about
    "ti",  # "cho chị hỏi tí", "hỏi xíu", "hỏi chút": a little, of the asking
    "xiu",
    "chut",
    "cho",
    "hoi",
    "toi",
    "em",
    "anh",
    "chi",
    "a",
    "la",
    "co",
    "khong",
    "the",
    "nao",
    "gi",
    "cua",
    "phuong",
    "uy",
    "ban",
    "vay",
    "oi",
    "admin",
    "xin",
    "duoc",
    "minh",
    "voi",
    "thi",
    "ma",
    "ve",
    "nay",
    "de",
    "can",
    "muon",
    "nhe",
    "nha",
    "i",
    "is",
    "what",
    "how",
    "do",
    "of",
    "to",
    "my",
    "ai",
    "quoc",
    "dan",
    "nhan",
    "va",
    "o",
    "ong",  # how the asker names themselves ("ông hỏi cái"), as "em", "anh", "chi" above
    "bac",  # not "chu": folded, it is "chữ" too ("chữ ký số")
    "chau",
    "ba",  # "cháu ơi bà hỏi": the grandmother naming herself, as "ông", "bác", "cháu"
    "cai",
    "khi",  # "khi lên phường thì cần mang gì": when
    "moi",  # "bao lâu mới có trả lời hả cháu": particles
    "ha",
    "xong",
    "them",  # "cho tôi hỏi thêm": more
    "hoac",  # "buổi tối hoặc ngày lễ": or
    "hay",  # "... không hay phải đợi sáng mai": or
    "trong",  # "những ngày nào trong tuần": in
    "vao",  # "làm việc vào giờ nào": at
    "ward",  # as "phuong"
    "have",
    "has",
    "in",
    "se",  # "sẽ" (will): "phường sẽ có văn bản trả lời"
    "roi",  # "rồi", a particle ("10h tối rồi gửi thì có ai đọc không")
    "neu",  # "nếu muốn khiếu nại thì phải…": if, must, go up (to the ward) say nothing of what is asked
    "phai",
    "len",
    # question words: they say a question is asked, not what about
    "bao",
    "nhieu",
    "dau",
    "sao",
    "may",
    "are",
    "where",
    "when",
    "who",
    "which",
    "an",
    # English words that say nothing of what is asked ("can you tell me the office hours?"); not "that",
    # "it", "on", "be": folded, they are Vietnamese too (thật, ít, ổn, bé)
    "you",
    "your",
    "me",
    "tell",
    "could",
    "would",
    "please",
    "we",
    "us",
    "there",
    "this",
    "for",
    "at",
    "does",
    "did",
    "sorry",
    "during",
    "take",
    "get",
    "will",
    "if",
    "should",
}
# A stop word that the word before it makes part of a subject: "địa chỉ" (address), not "chị".
COMPOUNDS = [["dia", "chi"]]
_DAYS = {
    "mon": "thứ Hai",
    "tue": "thứ Ba",
    "wed": "thứ Tư",
    "thu": "thứ Năm",
    "fri": "thứ Sáu",
    "sat": "thứ Bảy",
    "sun": "Chủ nhật",
}
_ENGLISH_DAYS = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}


def answer(db, text, page_id=None, settings=None, half_held=True):
    """The best approved entry for the question `text`, or None when nothing matches well enough.

    Returns the entry's row (`id`, `key`, `question`, `keywords`, `page_id`, `score`) with `answer` the
    text to send (settings filled in) and `template` the stored text it came from. `half_held`: False
    for a problem told beside "who can help?", which only an entry holding most of it answers."""
    # The whole, and a clause that ends asking ("?"), may be half held (THRESHOLD_STRONG); not a clause
    # that tells ("I can't log in to the portal with my passport," beside "who can help?").
    parts = question_parts(text)
    return next(
        (
            entry
            for n, part in enumerate(parts)
            if (
                entry := answer_exactly(
                    db, part, page_id, settings, half_held and (n == 0 or part.rstrip().endswith("?"))
                )
            )
        ),
        None,
    )


def other_questions(db, text, first, page_id=None, settings=None):
    """The entries of the questions a message asks besides the one `first` answers: a letter's "1. …
    có được coi là hợp lệ không? 2. Thời hạn thụ lý là bao nhiêu ngày?" gets both answers. Only a
    clause that ends asking ("?") and that an entry answers whole; never the same entry twice."""
    asked = [c for c in _asked_parts(text) if len(c.split()) >= MIN_PART_WORDS]
    if len(asked) < 2:
        return []
    seen, found = {first["key"]}, []
    for clause in asked:
        entry = answer_exactly(db, clause, page_id, settings, whole=True)
        if entry is not None and entry["key"] not in seen and len(found) < MAX_OTHER_QUESTIONS:
            seen.add(entry["key"])
            found.append(entry)
    return found


def _asked_parts(text):
    """The parts of a message that each ask: its numbered items ("(1) số đường dây nóng…; (2) … khung giờ
    nào", batch 46), else its clauses that ask, when one ends in "?" ("do I have to pay anything for this,
    and what are your opening hours?")."""
    items = [i for i in _NUMBERED.split(text or "") if i.strip()]
    if len(items) > 2:  # what leads into the list, then two items or more
        return items[1:]
    said = clauses(text, marks=True)
    return [c for c in said if _asks(c)] if any(c.rstrip().endswith("?") for c in said) else []


def answer_exactly(db, text, page_id=None, settings=None, whole=False):
    """As `answer`, for `text` taken whole as the question, not the question inside it. `whole`: a
    question asked in full, which an entry ranked far above the rest may answer holding half its words."""
    row = _best_row(db, text, page_id, settings, whole)
    return _filled(row, settings) if row is not None else None


def question_parts(text):
    """The whole message, then the question inside it: up to the question word that why it is asked
    follows ("trang web của phường tên là gì" of "... là gì để bà bảo cháu vào xem"), then each clause
    ("what are your office hours" of "By the way, what are your office hours?"). What surrounds a
    question (why it is asked, a "by the way") is not what it asks about."""
    parts = [text or ""]
    if (before_why := question_before_why(text)) is not None:
        parts.append(before_why)
    parts += _before_why_said(text)
    said = [c for c in clauses(text, marks=True) if len(c.split()) >= MIN_PART_WORDS]
    asking = [c for c in said if _asks(c)] if len(said) > 1 else []
    # ... and an asking clause's own question before why it is asked: "số chú là 0987 654 321 nhé, mà
    # cháu cho chú hỏi trụ sở phường mình ở đường nào để hôm nào chú qua tận nơi" (batch 47)
    before_why = [b for c in asking if (b := question_before_why(c)) is not None and b not in parts]
    return parts + asking + before_why + _asked_of_the_topic(text, asking)


def _asked_of_the_topic(text, asking):
    """What a "… thì …?" question asks of its topic, the topic left out, when the topic is what the ward
    receives: "đơn khiếu nại như của tôi thì trong bao nhiêu ngày phường phải trả lời?" asks the days
    (batch 51); not "muốn lên định danh mức 2 trên VNeID thì cần mang những giấy tờ gì", whose topic the
    base does not hold. Only a clause ending in "?"."""
    # ... or, said aloud, a question word after the "thì": "cái đơn khiếu nại này thì bao nhiêu lâu phường
    # mới giải quyết xong chứ tôi còn đi làm" (batch 58), cut before why
    said = [_before_why_said(c)[:1] or [c] for c in (asking or clauses(text, marks=True))]
    asked = [normalize(c) for (c,) in said if c.rstrip().endswith("?") or _asked_after_thi(normalize(c))]
    # ... split at its last "thì" with words after it ("… ra đó ôn thi": a "thi" last splits nothing)
    split = [f" {c} ".rsplit(" thi ", 1) for c in asked if " thi " in f" {c} "]
    split = [(topic.strip(), after.strip()) for topic, after in split]
    return [
        after
        for topic, after in split
        if len(after.split()) >= MIN_PART_WORDS and any(contains(topic, t) for t in WARD_RECEIVES)
    ]


def _before_why_said(text):
    """A question up to why it is asked, said in words: "what's the hotline number" of "… in case this
    chat stops working?" (batch 58)."""
    words = f" {normalize(text)} "
    cut = [words.split(f" {why} ", 1)[0].strip() for why in WHY_ASKED_AFTER if f" {why} " in words]
    return [c for c in cut if len(c.split()) >= MIN_PART_WORDS]


def _asked_after_thi(words):
    return " thi " in f" {words} " and _has_time_asked(f" {words} ".rsplit(" thi ", 1)[1])


def _has_time_asked(words):
    return any(f" {w} " in f" {words} " for w in HOW_LONG_ASKED)


def question_before_why(text):
    """The words up to a question word that why it is asked follows ("... là gì (vậy) để ...", "... mấy
    giờ, để bà ra tận nơi"), or None."""
    words = normalize(text).split()
    ends = [n for n, w in enumerate(words) if n >= MIN_PART_WORDS and _asks_here(words, n)]
    why = [n for n in ends if _next_word(words, n, _between(words, n)) in WHY_ASKED]
    first = [n for n in range(1, len(words)) if _asks_here(words, n)]  # "thế mấy giờ": near the start too
    why += [m for n in first if (m := _why_after_asked_first(words, n)) is not None and m >= MIN_PART_WORDS]
    # ... or a closing particle, then "tại vì": "… bao nhiêu ngày thì bên phường trả lời cho tôi vậy tại vì
    # tôi còn phải báo lại cho cả nhà biết" (batch 57)
    why += [n for n in range(MIN_PART_WORDS, len(words) - 1) if _closes_before_why(words, n, first)]
    return " ".join(words[: max(why) + 1]) if why else None


def _closes_before_why(words, n, asked_at):
    return words[n] in CLOSING_PARTICLES and words[n + 1] in BECAUSE_OPENS and any(k < n for k in asked_at)


ASKED_FIRST_WITHIN = 4  # words after "mấy giờ", "bao lâu" put first, up to why it is asked


def _why_after_asked_first(words, n):
    """The last word before why it is asked when the question word comes first: "thế mấy giờ phường làm
    việc để ông mang máy lên tận nơi" (batch 54) asks "mấy giờ phường làm việc"."""
    if words[n - 1] not in ("may", "bao"):
        return None
    after = words[n + 1 : n + 1 + ASKED_FIRST_WITHIN + 1]
    at = next((k for k, w in enumerate(after) if w in WHY_ASKED), None)
    if not at or any(w in QUESTION_ENDINGS for w in after[:at]):
        return None
    return n + at


DAY_PARTS = ("sang", "trua", "chieu", "toi")  # "làm việc đến mấy giờ chiều để cô qua": the hour's
# ... and what is said between the question and why, as the writer: "là số nào ấy nhờ, tôi để quên mất…"
_BETWEEN = ("ay", "day", "nhi", "nho", "toi", "em", "minh", "tui", "ba", "bac", "chau")


def _between(words, n):
    return _BETWEEN + (DAY_PARTS if words[n - 1] == "may" else ())


def _asks_here(words, n):
    """A question word at `n`: "gì", "không", … or the second of "mấy giờ", "bao lâu", "bao nhiêu"."""
    return words[n] in QUESTION_ENDINGS or (words[n - 1] in ("may", "bao") and not _a_machine(words, n - 1))


def opens_with_question(text):
    """Whether the first of a message's sentences asks ("phường làm việc từ mấy giờ tới mấy giờ vậy
    cháu, bà bán rau xong mới lên được"): the question, then something of the asker. A greeting and
    an aside's opener before it do not count ("Before I type all this out, where's the ward office?")."""
    said = clauses(text, marks=True)
    first = first_asking_clause(text)
    return len(said) > 1 and bool(first) and _asks(first) and said[-1].strip() != first


def first_asking_clause(text):
    """The first clause past a greeting ("G'day!") and an aside's opener ("Before I type all this out,")."""
    return next((c.strip() for c in clauses(text, marks=True) if not _greets_or_opens(normalize(c))), "")


def _greets_or_opens(words):
    said = " ".join(w for w in words.split() if w not in PARTICLES and w not in VOCATIVES and w != "mate")
    if any(said.startswith(f"{o} ") for o in ASIDE_OPENERS):
        return True
    rest = f" {said} "
    for greeting in sorted(GREETING + SIGN_OFFS, key=len, reverse=True):  # "Sorry, one thing first: …"
        rest = rest.replace(f" {greeting} ", " ")
    return not rest.split()


def _asks(clause):
    """A clause that asks: "?" ends it, or a question word is in it ("trước khi trình bày tiếp" asks
    nothing, though the documents' entry holds "trình bày"). A capital inside a clause is a name: "Ái
    Quốc", "Đỗ Thị Minh Hằng" fold as "ai", "do" and ask nothing (unless all is in capitals)."""
    if "?" in clause:
        return True
    typed = clause.split()
    if not clause.isupper():
        typed = [w for n, w in enumerate(typed) if n == 0 or not w[:1].isupper()]
    folded = normalize(" ".join(typed)).split()
    if _ASKED_FOR.search(" ".join(folded)):
        return True
    return any(w in QUESTION_ENDINGS or (w in ASKING_WORDS and not _a_machine(folded, n)) for n, w in enumerate(folded))


def _a_machine(words, n):
    """Whether "may" at `n` is "máy" (a machine), not "mấy": by the word after it or before it."""
    if words[n] != "may":
        return False
    after, before = words[n + 1 : n + 2], words[max(0, n - 1) : n]
    return bool(set(after) & MACHINE_AFTER or set(before) & MACHINE_BEFORE)


def _next_word(words, n, also=()):
    """The word after `words[n]`, past the particles and whom it is said to ("là gì vậy chú để": "để"),
    and `also`."""
    return next((w for w in words[n + 1 :] if w not in PARTICLES and w not in VOCATIVES and w not in also), None)


def _best_row(db, text, page_id, settings, whole=False):
    words, expanded, synonyms = _terms(db, text, page_id, settings)
    if not words and not synonyms:
        return None
    # The best ranked that fits; one ranked below it only when it accounts for every word of the
    # question ("the ward office's working hours": "ward office" ranks the address first). A partial
    # fit below the best is not enough: "làm chữ ký số ở đâu" would get the complaint's "chữ ký".
    # When the best ranked holds few of the question's words, one below that holds nearly all does
    # ("chủ nhật gọi đường dây nóng có ai nghe không": the hours rank on "chủ nhật", the hotline holds the rest).
    rows = search(db, _match(expanded), page_id, limit=CANDIDATES)
    coverages = [_coverage(row, words, synonyms) for row in rows]
    fitting = [
        (coverage, row)
        for rank, (coverage, row) in enumerate(zip(coverages, rows, strict=True))
        if (rank == 0 or coverage >= _below_best_needs(coverages[0])) and _fits(row, coverage, len(words), whole)
    ]
    # ... and one below the best that holds every word, before a best that holds only some
    # ("tiếp công dân vào ngày nào": the address holds "tiếp công dân", the hours all of it).
    whole_held = [row for coverage, row in fitting if coverage >= 1.0]
    best = whole_held[0] if whole_held else (fitting[0][1] if fitting else None)
    return _of_the_category_asked(best, rows, coverages, text, words, whole) if best is not None else None


def _of_the_category_asked(best, rows, coverages, text, words, whole):
    """A question naming one formal category is answered by that category's entry when one fits, not by
    the other's ranked above it on the rest of its words ("gửi đơn khiếu nại qua trang này có được coi là
    hợp lệ không": the denunciation's entry holds "gửi qua facebook … hợp lệ" too; batch 43)."""
    # named as typed: "tố cáo" is "to cao", whose "to" the question's words leave out (batch 48)
    asked, answered = _formal_named(normalize(text)), _formal_named(normalize(best["question"]))
    held = coverages[rows.index(best)]
    if len(asked) != 1 or asked <= answered or (not answered and held < 1.0):
        return best  # the deadlines', the fees' entry names neither: it stays, unless it and the category's
        # own both hold the whole question ("tố cáo cần những gì": the documents' ranks first by a hair)
    if not answered:
        rows, coverages = zip(*[(r, c) for r, c in zip(rows, coverages, strict=True) if c >= 1.0], strict=True)
    # ... the best fits, so the question is one the base answers: the named category's entry needs only
    # half of it ("muốn tố cáo một người thì phải làm thế nào, có phải viết đơn ký tên không…")
    return next(
        (
            row
            for coverage, row in zip(coverages, rows, strict=True)
            if asked <= _formal_named(normalize(row["question"]))
            and (coverage >= HALF or _fits(row, coverage, len(words), whole))
        ),
        best,
    )


def _formal_named(normalized):
    return {category for category, names in FORMAL_NAMES.items() if any(contains(normalized, n) for n in names)}


def _below_best_needs(best):
    """How much of the question an entry ranked below the best must hold: all of it when the best fits;
    nearly all when the best holds some; when the best holds little (a run-on "em làm ca đêm thì ban
    đêm em gọi số đường dây nóng có ai nghe máy không hay phải đợi sáng": the urgent line ranks on
    "đêm" and holds a quarter), what fits alone and twice what the best holds. Ranks shift with every
    entry the ward adds; what an entry holds does not."""
    if best >= MIN_COVERAGE:
        return 1.0
    return NEARLY_ALL if best >= HALF else max(MIN_COVERAGE, 2 * best)


def _filled(row, settings):
    entry = dict(row)
    entry["template"] = entry["answer"]
    entry["answer"] = render(entry["template"], settings or {})
    # The same approved entry in English, for a citizen who writes in English (None: Vietnamese only).
    entry["answer_en"] = render(entry["answer_en"], settings or {}, "en") if entry.get("answer_en") else None
    return entry


def _fits(row, coverage, asked, whole=False):
    """A strong match, or a weaker one that accounts for every word of a short question ("phường làm
    việc mấy giờ v ad": three words, all the office hours')."""
    if coverage < MIN_COVERAGE and not (whole and row["score"] <= THRESHOLD_STRONG and coverage >= HALF):
        return False
    return row["score"] <= THRESHOLD or (coverage >= 1.0 and asked >= 2 and row["score"] <= THRESHOLD_ALL_WORDS)


def approved_entry(db, key, page_id=None, settings=None):
    """The entry named `key` as this ward answers it (its own, else the one for every ward), with
    `answer` and `answer_en` filled as `answer` fills them; None unless it is approved."""
    entry = (entry_by_key(db, key, page_id) if page_id else None) or entry_by_key(db, key)
    if entry is None or not entry["approved"]:
        return None
    entry = dict(entry, template=entry["answer"])
    entry["answer"] = render(entry["template"], settings or {})
    entry["answer_en"] = render(entry["answer_en"], settings or {}) if entry.get("answer_en") else None
    return entry


def fts_query(db, text, page_id=None):
    """The FTS5 query for `text` (empty when it has no meaningful word)."""
    words, expanded, _synonyms = _terms(db, text, page_id)
    return _match(expanded) if words else ""


def _terms(db, text, page_id, settings=None):
    """The question's meaningful words, the phrases to search (the text and the expansions of the ward's
    synonyms found in it, and of its officers named) and those synonyms."""
    normalized = _CLOCK.sub("gio", normalize(text))  # "10h", "22h30", "mấy h": an hour, asked as "giờ"
    normalized = _BY_LAW.sub(" ", normalized)  # "theo quy định của pháp luật": said of any question
    normalized = _CITED.sub(" ", normalized)
    normalized = _VIA_THIS_PAGE.sub(" ", normalized)
    normalized = _NAME_IDIOM.sub("ten", _ASKED_FIRST.sub(" ", normalized))
    synonyms = [s for s in list_synonyms(db, page_id) if contains(normalized, s["term"])]
    officers = _officers_named(normalized, settings)
    named = {w for m in _PERSON_NAMED.finditer(text or "") for w in normalize(m.group(1)).split()}
    words = [w for w in _meaningful(normalized.split()) if officers or w not in named]  # batch 49: "ông Vinh"
    if detect_language(text) == "en":  # "on", "office": English words of nothing asked, Vietnamese ones too
        words = [w for w in words if w not in ENGLISH_STOPWORDS]
    if officers:  # "số điện thoại của anh Tuấn chuyên viên phòng văn hóa" asks about him: the entry on
        # him gives his number; the words right after his name are his title
        title = set().union(*(_title_after(normalized, o["term"]) for o in officers))
        words = [w for w in words if w not in CONTACT_WORDS and w not in title]
    synonyms += officers
    return words, [normalized] + [s["expansion"] for s in synonyms], synonyms


def _title_after(normalized, name):
    """The words after `name` up to the next word that says nothing of a subject."""
    after = f" {normalized} ".split(f" {name} ", 1)[1].split() if f" {name} " in f" {normalized} " else []
    title = []
    for word in after:
        if word in STOPWORDS or word in QUESTION_ENDINGS:
            break
        title.append(word)
    return set(title)


def _officers_named(normalized, settings):
    """The ward's officers of its settings, named in full or as "anh Tuấn", "ông Tú", stand for the
    entry about what they do: "số của anh Tú là gì" asks for the page's officer."""
    found = []
    for key, expansion in OFFICER_ENTRIES.items():
        for name in officer_names({key: (settings or {}).get(key)}):
            term = next((n for n in name_said(name) if contains(normalized, n)), None)
            if term is not None:  # the full name too: a ward may keep it in the entry's keywords
                found.append({"term": term, "expansion": f"{expansion} {name}"})
    return found


def _meaningful(sequence):
    return list(dict.fromkeys(w for w in _kept(sequence) if len(w) > 1))


def _kept(sequence):
    """The words that are no stop word, or one a word before it makes a word of a subject ("địa chỉ":
    "chi" alone is "chị", the asker)."""
    return [w for n, w in enumerate(sequence) if w not in STOPWORDS or (sequence[n - 1 : n] + [w]) in COMPOUNDS]


def _match(expanded):
    """Every meaningful word and every pair of neighbours that holds two (a phrase match ranks an entry
    higher: "gio lam viec" over "gio" here and "viec" there), quoted and OR-ed."""
    terms = {}
    for phrase in expanded:
        sequence = phrase.split()
        terms.update(dict.fromkeys(_meaningful(sequence)))
        terms.update(
            dict.fromkeys(
                f"{a} {b}"
                for a, b in zip(sequence, sequence[1:], strict=False)
                if a not in STOPWORDS and (b not in STOPWORDS or [a, b] in COMPOUNDS)
            )
        )
    return " OR ".join(f'"{term}"' for term in terms)


def _coverage(entry, words, synonyms):
    """The share of the question's words that the entry's question and keywords account for, itself or
    through a synonym: a synonym's words found in the entry count, up to as many as the words it stands
    for ("office hours" is covered by "gio lam viec"). A synonym of stop words only ("ở đâu") is one
    word more of the question. So "phường ở đâu vậy" finds the address, "giá vàng ở đâu rẻ" and "con ở
    đâu" nothing."""
    entry_text = " " + normalize(f"{entry['question']} {entry['keywords']}") + " "
    entry_words = set(entry_text.split())
    covered, asked = sum(w in entry_words for w in words), len(words)
    for synonym in synonyms:
        expansion = _meaningful(synonym["expansion"].split())
        held = [w for w in expansion if w in entry_words]
        # Only an entry that holds most of it, or two of its words side by side ("can bo truc" of "can bo
        # truc phu trach"): "ward office" stands for "trụ sở", which the scam advice's "trừ tiền" does not hold.
        most = 2 * len(held) > len(expansion) or _holds_phrase_of(entry_text, synonym["expansion"])
        found = [w for w in held if w not in words] if most else []
        stands_for = len(_meaningful(synonym["term"].split()))
        covered += min(len(found), max(1, stands_for))
        asked += 0 if stands_for else 1
    return min(1.0, covered / max(1, asked))


def _holds_phrase_of(entry_text, expansion):
    """Whether the entry holds two of the expansion's words side by side."""
    said = expansion.split()
    return any(f" {a} {b} " in entry_text for a, b in zip(said, said[1:], strict=False))


def render(template, settings, language="vi"):
    """Fill `{HOTLINE}` and the other WARD_PLACEHOLDERS from the ward's settings (e.g.
    core.pages.page_config), once (core/placeholders.py); anything else is left as written. An
    English answer gets the office hours in English ("Monday to Friday", never "thứ Hai")."""
    return fill(template, ward_values(settings, language))


def ward_values(settings, language="vi"):
    """The value of each of WARD_PLACEHOLDERS the settings hold, as a citizen reads it."""
    values = {name: str(settings[name]) for name in WARD_PLACEHOLDERS if settings.get(name) is not None}
    if "HOTLINE_OFFICER" in values:
        values["HOTLINE_OFFICER"] = person_named(values["HOTLINE_OFFICER"], language)
    if "OFFICE_HOURS" in values:
        values["OFFICE_HOURS"] = office_hours_text(values["OFFICE_HOURS"], language)
    return values


def office_hours_text(spec, language="vi"):
    """`Mon-Fri 07:30-11:30,13:30-17:00` → `thứ Hai đến thứ Sáu, 07:30-11:30 và 13:30-17:00`
    (in English: `Monday to Friday, 07:30-11:30 and 13:30-17:00`)."""
    names, to, both = (_ENGLISH_DAYS, "to", "and") if language == "en" else (_DAYS, "đến", "và")
    parts = []
    for group in filter(str.strip, str(spec).split(";")):
        match = re.match(r"\s*([a-z]{3})(?:\s*-\s*([a-z]{3}))?\s+(.+)", group, re.I)
        if not match or match.group(1).lower() not in names:
            return str(spec)
        first, last = names[match.group(1).lower()], names.get((match.group(2) or "").lower())
        days = f"{first} {to} {last}" if last else first
        parts.append(f"{days}, {f' {both} '.join(p.strip() for p in match.group(3).split(','))}")
    return "; ".join(parts) or str(spec)
