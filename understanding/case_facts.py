"""What a report says of itself: where and when, the decision complained about and who made it, what
is asked, who is denounced and what they did.

"cái camera ở ngõ 12 hỏng 2 tuần rồi" tells the place (ngõ 12) and the time (2 tuần rồi); "khiếu nại
Quyết định số 12/QĐ-UBND ngày 10/11/2026 của UBND phường" tells the act and who made it; "tố cáo ông
Trần Văn B, cán bộ địa chính, đã nhận 5 triệu" tells who and what. Rules on the folded text
(understanding/fact_phrases.py), the values in the citizen's own spelling (understanding/spans.py).
"""

import re

from understanding import fact_phrases as F
from understanding.normalize import is_marked, normalize
from understanding.spans import Fact, aligned, clause_end, words_from

_W = r"(?<![a-z0-9])"  # a word starts here
_E = r"(?![a-z0-9])"  # and ends here


def _any(words):
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_PLACE = re.compile(rf"{_W}(?:({_any(F.PLACE_PREPOSITIONS)}) )?({_any(F.PLACE_HEADS + (F.HOUSE_NUMBER_HEAD,))}){_E}")
_TIME = re.compile(rf"{_W}(?:{'|'.join(F.TIME_PATTERNS)}){_E}")
# "số 12/QĐ-UBND", never the "sơ" of "hồ sơ đăng ký" folded
_DECISION = re.compile(rf"{_W}(?:{_any(F.DECISION_HEADS)})(?: [a-z]+){{0,6}}? (?<!ho )so [0-9][0-9a-z/.\-]*{_E}")
# "bộ phận một cửa UBND phường ra thông báo từ chối hồ sơ…": an office issued the paper complained of
_ISSUED = re.compile(rf"{_W}(?:{_any(F.ISSUING_VERBS)}) (?=(?:{_any(F.DECISION_HEADS)}){_E})")
_DECISION_DATE = re.compile(r"\s*,?\s*(?:ngay|ky ngay|ban hanh ngay) \d{1,2}/\d{1,2}(?:/\d{2,4})?")
_MAKER = re.compile(r"\s*,?\s*(?:cua|do) ")
_COMPLAINT = re.compile(rf"{_W}(?:{_any(F.COMPLAINT_CUES)}){_E}\s*")
# Not "yêu cầu tôi về tự làm": what an official demanded of them, not what they ask for.
_REQUEST = re.compile(rf"{_W}(?:{_any(F.REQUEST_CUES)}){_E}(?!\s+(?:{_any(F.ASKED_OF_THEM)}){_E})\s*")
_ACCUSED = re.compile(rf"{_W}(?:{_any(F.ACCUSED_CUES)}) (?=(?:{_any(F.ACCUSED_HEADS)}){_E})")
# "người thu tiền là anh Trịnh Văn Hường": who did it, named beside the place and time
# ... "người đứng ra thu là ông Đặng Văn Khôi, tổ trưởng tổ 3" (batch 59)
_DOER_NAMED = re.compile(
    rf"{_W}nguoi (?:da )?(?:dung ra |truc tiep )?(?:{_any(F.DOER_VERBS)})(?: [a-z]+){{0,2}}? (?:chinh )?la"
    rf" (?=(?:{_any(F.ACCUSED_HEADS)}){_E})"
)
_VIOLATION = re.compile(rf",?\s*{_W}(?:{_any(F.VIOLATION_CUES)}){_E}")
_ACT_VERB = re.compile(rf"\s{_W}(?:{_any(F.ACT_VERBS)}){_E}")
# ... or who signed it, after it: "Quyết định số 58/QĐ-UBND …, do ông Phó chủ tịch UBND phường ký" (batch 61)
_SIGNED_BY = re.compile(
    rf"{_W}do ((?:{_any(F.ACTOR_HEADS + F.OFFICE_HEADS + ('ong', 'ba', 'dong chi'))}){_E}"
    rf"(?: (?!khong|chua|chang)[a-z0-9/.-]+){{0,7}}?)"  # not "do ông ấy không ký" (because he did not sign)
    rf" (?:ky|da ky|ky ban hanh|ban hanh){_E}"  # ... "văn bản đó do phòng văn hóa xã hội phường ban hành" (batch 63)
)
# ... or the office a paper was sent back by: "hồ sơ bị Trung tâm Hành chính công phường trả lại" (batch 60)
_SENT_BACK_BY = re.compile(rf"{_W}bi ((?:{_any(F.OFFICE_HEADS)})(?: [a-z]+){{0,5}}?) (?:{_any(F.SENT_BACK)}){_E}")
# ... or named in a message of its own, after "tố cáo 1 người làm ở bộ phận một cửa" (batch 60): "tên là Ngô Thị
# Yến, ngồi quầy số 3"; never "tôi tên là", "em tên là", the writer's own (contact_facts.py)
_NAMED_AFTER = re.compile(
    r"\s*(?:(?:a|a quen|quen|quen mat|a dung roi)\s*,?\s*)?"  # "à quên, tên anh ta là Hứa Minh Đạt" (batch 62)
    r"(?:ten (?:nguoi do |chi ay |anh ay |ong ay |ba ay |co ay |chu ay |anh ta |chi ta |ong ta |ba ta |han |no"
    r" |cua (?:chi|anh|ong|ba|co|chu) ay )?la"
    r"|(?:nguoi do|chi ay|anh ay|ong ay|ba ay|co ay|chu ay|anh ta|ong ta) ten(?: la)?) (?=[a-z])"
)
_ACTOR = re.compile(rf"(?:{_any(F.ACTOR_HEADS)}){_E}")
# In English: "at the ward library", "outside the community hall"; "since Monday", "yesterday morning"
_PLACE_EN = re.compile(
    rf"{_W}(?:{_any(F.PLACE_PREPOSITIONS_EN)}) ((?:the )?(?:[a-z0-9'\-]+ ){{0,4}}(?:{_any(F.PLACE_HEADS_EN)})){_E}"
)
_TIME_EN = re.compile(rf"{_W}(?:{'|'.join(F.TIME_PATTERNS_EN)}){_E}")
# "không phải ngõ 5 (đâu), ngõ 7 mới đúng": told wrong, then what is right
_INSTEAD = re.compile(
    r"\b(?:khong|ko|k|hong) phai (?:la )?(?P<old>[a-z0-9/ ]{2,40}?)(?: dau)?\s*,\s*(?:ma |la )?"
    r"(?P<new>[a-z0-9/ ]{2,40}?) (?:moi dung|moi la dung|moi chinh xac|moi phai|moi dung chu)\b"
)
_IN_IT = re.compile(r"\s+(?:o|tai|trong|cua)\s+")  # between a place and the one it is in
MAX_CHARS = 300  # a fact is a line of the summary, not the story


def find_place_time(text, skip=(), office=None):
    """ "ngõ 12, 2 tuần rồi": a place (and the time, if told), or None. A time alone is not enough:
    the question where-and-when is still worth asking, unless `office`, the (start, end) of an office
    that made the act complained of, is the place ("Ngày 28/11, bộ phận một cửa … ra thông báo…").
    `skip`: (start, end) spans another fact took (the citizen's own address is not where it happened)."""
    al = aligned(text)
    places = [p for p in _places(al) if not _overlaps(p, skip)]
    place = _joined(al, places) if places else None
    if place is None and office is not None and _when(al, skip) is not None:
        place = office
    if place is None:  # "The free wifi at the ward library has been down since Monday"
        return _english_place_time(al, skip)
    value = al.original(*place)
    when = _when(al, skip, near=place)
    if when is not None:
        value += ", " + al.original(*when)
    return Fact(value, start=place[0], end=place[1])


def _joined(al, places):
    """The first place, and the one it is in, told after "ở"/"tại": "điểm wifi miễn phí ở cổng chợ Ái
    Quốc" (batch 51)."""
    start, end = places[0]
    for inner_start, inner_end in places[1:]:
        if _IN_IT.fullmatch(al.folded[end:inner_start]):
            end = inner_end
    return start, end


def _english_place_time(al, skip):
    place = next((m for m in _PLACE_EN.finditer(al.folded) if not _overlaps((m.start(1), m.end(1)), skip)), None)
    if place is None:
        return None
    value = al.original(place.start(1), place.end(1))
    when = _TIME_EN.search(al.folded)
    if when is not None:
        value += ", " + al.original(when.start(), when.end())
    return Fact(value, start=place.start(1), end=place.end(1))


def said_instead(text):
    """(what was told wrong, what is right), as typed, of "ko phải ngõ 5 đâu, ngõ 7 mới đúng" (batch 51), or
    None."""
    al = aligned(text)
    found = _INSTEAD.search(al.folded)
    return (al.original(*found.span("old")), al.original(*found.span("new"))) if found else None


def says_where_or_when(text):
    """Whether `text` tells a place or a time at all: an answer to where-and-when, or more of the story."""
    return find_place_time(text) is not None or _TIME.search(aligned(text).folded) is not None


def office_of(text, maker):
    """The (start, end) of `maker` when it is an office ("bộ phận một cửa UBND phường"), else None."""
    if maker is None or not normalize(maker.value).startswith(F.OFFICE_HEADS):
        return None
    return maker.start, maker.end


def _when(al, skip, near=None):
    """The first time told, with what follows it at once ("hôm qua lúc 8h sáng"); with `near`, a place's
    span, the first told in the place's sentence ("Ngày 03/6 … ra Quyết định … Sáng 10/6 tôi lên bộ phận
    một cửa": the day they went there, not the decision's)."""
    times = [(m.start(), m.end()) for m in _TIME.finditer(al.folded) if not _overlaps((m.start(), m.end()), skip)]
    if not times:
        return None
    first = next((n for n, t in enumerate(times) if near is not None and _same_sentence(al.folded, t, near)), 0)
    start, end = times[first]
    for later_start, later_end in times[first + 1 :]:
        if later_start - end > len(" luc "):
            break
        end = later_end
    return start, end


def _same_sentence(folded, one, other):
    low, high = min(one[1], other[1]), max(one[0], other[0])
    return not re.search(r"[.!?;\n](?!\d)", folded[low:high])


def _places(al):
    for match in _PLACE.finditer(al.folded):
        if al.folded.startswith(F.NOT_PLACES, match.start(2)):
            continue
        if match.group(1) == "ngoi" and match.group(2) not in F.SEATED_AT:
            continue
        words = words_from(al, match.end(2), F.PLACE_WORDS + F.OFFICE_WORDS)
        if match.group(2) == F.HOUSE_NUMBER_HEAD and not _house_on_a_street(match, words):
            continue
        if _spelt_otherwise(al, match):  # "có sẵn 2 giáo viên" is no "sân" (batch 50)
            continue
        taken, numbered_yet = [], False
        for at, (folded, typed, _start, end) in enumerate(words):
            # The office it is in, named at once after its number, ends it: "quầy số 3 Trung tâm hành chính
            # công phường" (batch 55), the office's words whatever their case
            if numbered_yet and (office := _office_named_at(al, words, at)):
                taken += office
                break
            if len(taken) >= F.PLACE_WORDS:
                break
            # A capital goes on with a name ("Hồng Hà"); a word shouted in capitals ("THU TIỀN") is no name.
            shouted = len(typed) > 1 and typed.isupper() and folded in F.PLACE_STOPS
            capital, number = typed[:1].isupper() and not shouted, folded[:1].isdigit()
            # After its number a place goes on only by a name ("ngõ 12 Hồng Hà"), never "ngõ 7 tắt".
            if not (capital or number) and (numbered_yet or folded in F.PLACE_STOPS):
                break
            numbered_yet = numbered_yet or number
            taken.append(end)
        numbered = bool(words) and words[0][0][:1].isdigit()
        named = [w for w in words[: len(taken)] if w[1][:1].isupper() or w[0][:1].isdigit() or w[0] in F.ADDRESS_WORDS]
        if match.group(2) in F.NAMED_ONLY_HEADS and not any(w[1][:1].isupper() for w in named):
            continue  # "ở cổng chợ Ái Quốc", not "ở cổng chợ tắt máy"
        end = taken[-1] if taken else match.end(2)
        # "đầu ngõ", "trước cổng": the noun alone says where, with its preposition ("dẫu cho" is no "chợ")
        if match.group(1) in F.RELATIVE_PREPOSITIONS and (match.group(1), match.group(2)) != ("dau", "cho"):
            yield match.start(1), end
        else:
            placed = (match.group(1) or numbered) and (taken or " " in match.group(2))
            named_place = _named_in_capitals(al, match) and len(named) == len(taken)  # not "… trả lại hồ sơ"
            if placed or named_place:
                yield match.start(2), end


def _office_named_at(al, words, at):
    """The ends of the words of an office's name opening at `words[at]` ("trung tam hanh chinh cong"), and
    of the ward's word after it ("phường"); [] when none opens there."""
    start = words[at][2]
    head = next((h for h in F.OFFICE_HEADS if " " in h and re.match(rf"{re.escape(h)}{_E}", al.folded[start:])), None)
    if head is None:
        return []
    named = words[at : at + len(head.split())]
    named += [w for w in words[at + len(named) : at + len(named) + 1] if w[0] in F.OFFICE_TAIL]
    return [end for _folded, _typed, _start, end in named]


def _named_in_capitals(al, match):
    """An office named in capitals, with no "ở" before it: "tôi đến Trung tâm Hành chính công phường" (batch
    51; "đến" folds as "đèn", no preposition of a place)."""
    typed, before = al.original(match.start(2), match.end(2)), al.text[: match.start(2)].rstrip()
    addressed = match.group(2) in F.THE_WARD or al.folded[: match.start(2)].rstrip().endswith("gui")  # "Kính gửi UBND…"
    return " " in match.group(2) and typed[:1].isupper() and before[-1:].isalpha() and not addressed


def _spelt_otherwise(al, match):
    """A head written, in a message written with its marks, as another word it folds like: "sẵn" for
    "sân", "chờ" for "chợ", "quay" for "quầy"."""
    spellings = F.HEADS_AS_SPELT.get(match.group(2))
    typed = al.original(match.start(2), match.end(2)).lower()
    return spellings is not None and is_marked(al.text) and typed not in spellings


def _house_on_a_street(match, words):
    """ "ở số 88 Nguyễn Lương Bằng": a number, then a street's name in capitals, after "ở" or "tại"; not
    "mã số 12345", "số điện thoại", nor "tôi ở số 5 ngõ 8" (the writer's home, told without a street)."""
    named = len(words) >= 2 and words[0][0].isdigit() and words[1][1][:1].isupper()
    return match.group(1) in ("o", "tai") and named


def find_complaint(text):
    """{"complaint_act", "complaint_by", "complaint_request"}: what was found of each."""
    al = aligned(text)
    found = {}
    decision = _DECISION.search(al.folded)
    if decision:
        end = decision.end()
        date = _DECISION_DATE.match(al.folded, end)
        end = date.end() if date else end
        found["complaint_act"] = Fact(al.original(decision.start(), end), start=decision.start(), end=end)
        maker = _MAKER.match(al.folded, end)
        if maker:
            by_end = clause_end(al.folded, maker.end(), ("ve viec", "ve", "vi", "la", "ma"))
            found["complaint_by"] = _fact(al, maker.end(), by_end)
        elif (issued := _ISSUED.search(al.folded)) and issued.end() == decision.start():
            found["complaint_by"] = _subject_of(al, issued)  # "Ngày 03/6 UBND phường ra Quyết định số 41…"
        elif (signed := _SIGNED_BY.search(al.folded, end)) is not None:
            found["complaint_by"] = _fact(al, signed.start(1), signed.end(1))  # "…, do ông Phó chủ tịch … ký"
        elif (head := _letterhead(al, decision.start())) is not None:
            found["complaint_by"] = head  # "UBND PHƯỜNG ÁI QUỐC\nThông báo số 45/TB-UBND" (batch 59)
    elif (issued := _ISSUED.search(al.folded)) is not None:
        found.update(_issued_by_office(al, issued))
    elif (cue := _COMPLAINT.search(al.folded)) is not None:
        act_end = clause_end(al.folded, cue.end(), (), ("va",))
        found["complaint_act"] = _fact(al, cue.end(), act_end)
        actor = _ACTOR.match(al.folded, cue.end())
        verb = _ACT_VERB.search(al.folded, cue.end(), act_end)
        if actor and verb:
            found["complaint_by"] = _fact(al, cue.end(), verb.start())
    if "complaint_by" not in found and (back := _SENT_BACK_BY.search(al.folded) or _SIGNED_BY.search(al.folded)):
        found["complaint_by"] = _fact(al, back.start(1), back.end(1))  # told in a message of its own too
    request = _REQUEST.search(al.folded)
    if request:
        found["complaint_request"] = _fact(al, request.end(), clause_end(al.folded, request.end()))
    return {key: fact for key, fact in found.items() if fact is not None}


def _letterhead(al, at):
    """The office named on the line just above a paper's number, as a forwarded notice heads it."""
    line_start = al.folded.rfind("\n", 0, at)
    if line_start < 0 or al.folded[line_start:at].strip():
        return None  # the number does not open its line
    above = al.folded.rfind("\n", 0, line_start) + 1
    if not al.folded[above:line_start].strip().startswith(F.OFFICE_HEADS):
        return None
    return _fact(al, above, line_start)


def _issued_by_office(al, issued):
    """The paper an office issued ("ra thông báo từ chối hồ sơ…") and, as the clause's subject, the office."""
    found = {
        "complaint_act": _fact(al, issued.end(), clause_end(al.folded, issued.end())),
        "complaint_by": _subject_of(al, issued),
    }
    return {key: fact for key, fact in found.items() if fact is not None}


def _subject_of(al, verb):
    """Who did `verb`: the clause before it, past a time it opens on, when an actor heads it."""
    clause_start = max(al.folded.rfind(mark, 0, verb.start()) for mark in ",.;!?\n") + 1
    while clause_start < verb.start() and al.folded[clause_start] == " ":
        clause_start += 1
    if opening := _TIME.match(al.folded, clause_start):  # "Ngày 03/6/2026 UBND phường ra…"
        clause_start = opening.end()
    subject = al.folded[clause_start : verb.start()]
    if not _ACTOR.match(subject.strip()):
        return None
    return _fact(al, clause_start + len(subject) - len(subject.lstrip()), verb.start() - 1)


def find_accused(text):
    """{"accused", "violation"}: who is denounced, and what they did, as far as the message says."""
    al = aligned(text)
    cue = _ACCUSED.search(al.folded) or _DOER_NAMED.search(al.folded)
    if cue is None and (named := _NAMED_AFTER.match(al.folded)) is not None:
        accused = _fact(al, named.end(), clause_end(al.folded, named.end()))  # "tên là Ngô Thị Yến, ngồi quầy…"
        return {"accused": accused} if accused is not None else {}
    if cue is None:
        return {}
    go_on = tuple(F.ACCUSED_HEADS) + tuple(F.VIOLATION_CUES) + tuple(F.ACCUSED_APPOSITIVES)
    sentence_end = clause_end(al.folded, cue.end(), (), go_on)
    verb = next(  # "thu", "an" are also given names: a capital says it is one ("ông Nguyễn Văn An")
        (m for m in _VIOLATION.finditer(al.folded, cue.end(), sentence_end) if _is_their_act(al, m)), None
    )
    found = {"accused": _fact(al, cue.end(), verb.start() if verb else sentence_end)}
    if verb:
        found["violation"] = _fact(al, verb.start(), _sentence_end(al.folded, verb.end()))
    return {key: fact for key, fact in found.items() if fact is not None}


def _is_their_act(al, match):
    """Not a given name ("ông Nguyễn Văn An"), not who they are ("người nhận hỗ trợ…", "người thu tiền")."""
    before = al.folded[: match.start()].rstrip(", ").split()[-1:]
    compound = " ".join(before + match.group(0).strip(", ").split()[:1])
    # "nhân viên" is who they are, not "nhận" (received): the word after the act makes a noun of it
    noun = " ".join(match.group(0).strip(", ").split()[-1:] + al.folded[match.end() :].split()[:1])
    return not _capital_at(al, match) and before != ["nguoi"] and compound not in F.NOT_ACTS and noun not in F.NOT_ACTS


def _capital_at(al, match):
    """A name's capital ("ông Nguyễn Văn An"); not a word shouted in capitals ("THU TIỀN")."""
    word = match.group(0).lstrip(", ")
    at = match.end() - len(word)
    typed = al.text[at : match.end()]
    return al.text[at : at + 1].isupper() and not (len(typed) > 1 and typed.isupper())


def _sentence_end(folded, start):
    end = clause_end(folded, start, commas=False)  # "đã nhận 5 triệu, hứa làm nhanh" is one act
    return min(end, start + MAX_CHARS)


def _fact(al, start, end):
    value = al.original(start, min(end, start + MAX_CHARS))
    return Fact(value, start=start, end=end) if len(value.split()) >= 2 else None


def _overlaps(span, spans):
    return any(span[0] < other[1] and other[0] < span[1] for other in spans)
