"""The citizen's own name, phone and address, as a letter or a message gives them.

"Tôi là Trần Thị Lan, trú tại số 5 ngõ 8 đường Nguyễn Lương Bằng, sđt 0904 123 456": each rule finds
a cue of understanding/fact_phrases.py on the folded text and takes what follows in the citizen's own
spelling (understanding/spans.py), up to where that fact ends. The conversation only ever offers what
is found here for the citizen to confirm in one tap, after their consent (bot/facts.py).
"""

import re

from core.validation import format_phone, parse_phone
from understanding import fact_phrases as F
from understanding.normalize import normalize
from understanding.spans import Fact, aligned, clause_end, words_from

_NAME_CUE = re.compile(rf"(?<![a-z0-9])(?:{'|'.join(F.NAME_CUES)})(?![a-z0-9])")
_ENGLISH_CUES = ("my name is", "i am", "i m", "i'm", "i’m", "this is")
TITLE_WORDS = 4  # a rank and "về hưu" before the name
# ... and "DC:" of a header line ("Ho ten: … | DT: … | DC: số 9 ngõ 41"): only with its colon, "dc" alone
# being "được"
_ADDRESS_CUE = re.compile(
    rf"(?<![a-z0-9])(?:{'|'.join(F.ADDRESS_CUES)})(?![a-z0-9])\s*(?::|-|la )?\s*|(?<![a-z0-9])d/?c\s*:\s*"
)
# A number as people type it: "0904 123 456", "0904.123.456", "+84 904…", "09o4 123 456".
_PHONE_RUN = re.compile(r"(?<![\w+])\+?(?:\(\+?\d{1,3}\)\s?)?[0-9oO](?:[\s.\-]?[0-9oO]){7,13}(?!\w)")
_LETTER_O = re.compile(r"[oO]")
_LETTER_L = re.compile(r"[lI]")  # "0336.480.9l2": an l (or a capital I) where a 1 should be
# ... or the house itself after a comma: "Lương Văn Khải, nhà số 31 ngõ Trại Cau" (batch 44's signature)
_AFTER_NAME = re.compile(r"\s*,?\s*(?:(?:hien |dang )?(?:o|tai|song o|song tai)\s+|,\s*(?:nha )?(?=so \d))")


def find_name(text):
    """The full name after "tôi là", "tên tôi là", "họ tên:"…, or None."""
    al = aligned(text)
    for cue in _NAME_CUE.finditer(al.folded):
        words = _past_titles(words_from(al, cue.end(), F.NAME_WORDS[1] + 1 + TITLE_WORDS))[: F.NAME_WORDS[1] + 1]
        english = cue.group(0) in _ENGLISH_CUES
        name = _name_words(words, english)
        if name:
            start, end = name[0][2], name[-1][3]
            typed = al.original(start, end)
            shown = typed if any(c.isupper() for c in typed) else typed.title()
            return Fact(shown, start=start, end=end)
    return None


def _past_titles(words):
    """The words after a rank or a profession said before the name ("Thượng tá về hưu Nguyễn Văn Khải")."""
    while words:
        said = " ".join(w[0] for w in words)
        title = next((t for t in F.NAME_TITLES if said == t or said.startswith(t + " ")), None)
        if title is None:
            return words
        words = words[len(title.split()) :]
    return words


def _name_after_title(text):
    al = aligned(text)
    words = words_from(al, 0, F.NAME_WORDS[1] + 1 + TITLE_WORDS)
    past = _past_titles(words)
    name = _name_words(past[: F.NAME_WORDS[1] + 1], english=False) if len(past) < len(words) else None
    return al.original(name[0][2], name[-1][3]) if name else None


def name_typed(text):
    """The name typed at the name question inside more than a name: after its cue ("Cô tên là Đỗ Thị
    Minh Hằng cháu nhé"), or, when the phone or the address follows, the first clause ("Hoàng Văn Kiên,
    sđt 0977 204 518, nhà số 14 ngõ 6"). None: the message is only the name, or not one."""
    named = find_name(text)
    if named is not None:
        return named.value
    if (titled := _name_after_title(text)) is not None:  # "Thiếu tá Bùi Đức Long ạ" (batch 51)
        return titled
    first, _comma, rest = text.partition(",")
    if rest and (find_phone(rest) is not None or find_address(rest) is not None or any(phones_in(rest))):
        return first.strip()
    return None


def _without_closing_particle(folded, start, end):
    words = folded[start:end].rstrip().rsplit(" ", 1)
    if len(words) == 2 and words[1] in F.CLOSING_PARTICLES:
        return start + len(words[0])
    return end


def address_in_line(text):
    """The address of a contact line typed at the name question ("Hoàng Văn Kiên, sđt 0977 204 518, nhà
    số 14 ngõ 6 tổ dân phố 9"), with or without its cue: the first clause after the name that holds a
    word an address is made of and a number, but no phone; it runs to the end of the line."""
    found = find_address(text)
    if found is not None:
        return found
    clauses = [(m.start(), m.group(0)) for m in re.finditer(r"[^,;]+", text)][1:]
    for start, clause in clauses:
        if reads_as_address(clause):
            lead = len(clause) - len(clause.lstrip())
            return Fact(text[start + lead :].strip(" .;"), start=start + lead, end=len(text))
    return None


def reads_as_address(line, words=F.ADDRESS_WORDS):
    """Whether a line with no cue reads as an address: a word an address is made of, a number, no phone."""
    folded = f" {normalize(line)} "
    has_word = any(f" {w} " in folded for w in words)
    return has_word and any(c.isdigit() for c in line) and not any(phones_in(line))


def _name_words(words, english):
    if not words:
        return None
    capitals = words[0][1][:1].isupper()
    surnames = F.CAPITALISED_SURNAMES if capitals else F.SURNAMES
    if not capitals and english:
        return None
    if not english and words[0][0] not in surnames and words[0][1].lower() not in F.MARKED_SURNAMES:
        return None
    taken = [words[0]]
    for word in words[1:]:
        ends = not word[1][:1].isupper() if capitals else word[0] in F.NAME_STOPS
        if ends or not word[1].isalpha():
            break
        taken.append(word)
    low, high = F.NAME_WORDS
    return taken if low <= len(taken) <= high and all(w[1].isalpha() for w in taken) else None


def find_phone(text, cue_needed=True):
    """The citizen's phone: a valid number next to "sđt", "số điện thoại", "liên hệ"… (any number when
    `cue_needed` is False: the message answers "what is your phone?"). A letter o typed for a zero is
    mended and said: Fact.problem "letter_o", Fact.typed what they wrote."""
    return next(phones_in(text, cue_needed), None)


def phones_in(text, cue_needed=False):
    """Every valid number `text` holds, in order, as `find_phone` reads them."""
    al = aligned(text)
    for run in _PHONE_RUN.finditer(al.text):
        typed = run.group(0).strip()
        if sum(c.isdigit() for c in typed) < 7:
            continue
        if cue_needed and not _cue_before(al.folded, run.start()):
            continue
        fact = mend_phone(typed)
        if fact is not None:
            yield Fact(fact.value, fact.shown, fact.typed, fact.problem, run.start(), run.end())


def own_phone(text):
    """A phone the message says is the writer's own ("số của tôi là 0978…"), or None."""
    folded = aligned(text).folded
    return next((p for p in phones_in(text) if _cue_before(folded, p.start, F.OWN_PHONE_CUES)), None)


def mend_phone(typed):
    """A number as typed, valid as it is or once each letter o is read as 0 (or each l as 1); None if
    neither."""
    value, problem = parse_phone(typed)
    if problem is None:
        return Fact(value, format_phone(value), typed)
    for letter, digit, why in ((_LETTER_O, "0", "letter_o"), (_LETTER_L, "1", "letter_l")):
        if letter.search(typed) and (mended := parse_phone(letter.sub(digit, typed)))[1] is None:
            return Fact(mended[0], format_phone(mended[0]), typed, why)
    return None


def _cue_before(folded, at, cues=F.PHONE_CUES):
    before = folded[max(0, at - F.PHONE_CUE_CHARS) : at]
    return any(re.search(rf"(?<![a-z0-9]){re.escape(cue)}(?![a-z0-9])", before) for cue in cues)


def find_address(text, name_end=None):
    """The address after "trú tại", "địa chỉ:", "nhà tôi ở"…, or after the citizen's name and "ở"
    ("tôi là Trần Thị Lan ở số 5…": `name_end` is where the name ends), up to where it ends; None
    when what follows has no word an address is made of ("nhà tôi ở gần đây")."""
    al = aligned(text)
    starts = [cue.end() for cue in _ADDRESS_CUE.finditer(al.folded)]
    after_name = _AFTER_NAME.match(al.folded, name_end) if name_end is not None else None
    if after_name:
        starts.insert(0, after_name.end())
    for start in starts:
        end = clause_end(al.folded, start, F.ADDRESS_STOPS, F.ADDRESS_WORDS)
        end = _without_closing_particle(al.folded, start, end)
        value = al.original(start, end)
        folded = f" {al.folded[start:end]} "
        has_address_word = any(f" {w} " in folded for w in F.ADDRESS_WORDS) or any(c.isdigit() for c in value)
        said_only_here = set(folded.split()) <= F.NOWHERE_IN_PARTICULAR  # "I live in this ward" (batch 50)
        if len(value.split()) >= 2 and has_address_word and not said_only_here and len(value) <= 150:
            return Fact(value, start=start, end=end)
    return None
