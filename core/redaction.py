"""Keep a citizen's identity out of what others read (Law on Denunciations 2018, Art. 47).

Both blankings live here. `redact(text, identity)` takes one case's own name, phone and address out
of a text however they were typed: every summary, digest and notice goes through it, whatever the
category (a notice needs no contact details). `Blanker` is what a role outside IDENTITY_ROLES reads
of a protected person's text. It does not depend on the form: besides the names, phones and
addresses of every case of theirs, it blanks every phone number however written (grouped any way,
+84 or 84, fullwidth digits, digits spelled out in Vietnamese words, mixed), every e-mail, and
every name the person gives for themselves ("tôi là…", "tên tôi là…", "em tên…", "toi ten minh,
pham van minh", a signature under "Người viết đơn"), with or without diacritics, and that name's
given name wherever it is written as a name. What an officer needs to act on stays: another
person's name (the accused), what happened, amounts, dates, places.

Each blanking finds spans first and replaces them once, so no pass reads another's "[đã ẩn]".
Spans are found in a reading view of the text (fullwidth forms and other scripts' digits read as
ASCII, one character for one) and applied to the text itself.
"""

import re
import unicodedata
from collections.abc import Collection, Iterable
from typing import Any, NamedTuple

from core.case_rules import is_protected
from core.folding import fold
from core.identity_words import (
    DIGIT_WORDS,
    ENDS_A_NAME,
    HONORIFICS,
    MAYBE_NAMED_BY,
    NAMED_BY,
    NEVER_A_NAME,
    SELF,
    SIGNED_BY,
    SURNAMES,
)
from core.types import Row

Identity = dict[str, Any]  # name, phone, address: what `redact` blanks (None where nothing is hidden)
Span = tuple[int, int]

HIDDEN = "[đã ẩn]"
ANONYMOUS_DENUNCIATION = "anonymous_denunciation"  # reports.flagged of bot/report_steps.py's choose_consent
# Between two digits of a phone: up to three characters that are neither letters nor digits.
PHONE_SEPARATOR = r"[\W_]{0,3}"
EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*(?:\.\w{2,})?", re.UNICODE)
_WORD = re.compile(r"[^\W_]+")
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
# A date with its year, or a time: never part of a phone ("01/12/2026 08:30" is twelve digits).
_DATE_OR_TIME = re.compile(r"(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|\d{1,2}:\d{2})(?!\d)")
_SURNAMES = frozenset(fold(name) for name in SURNAMES)
# The words after which a name follows, by their first word, the longest first.
_TRIGGERS: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words_of, _kind in sorted(
    [(words, "named") for words in NAMED_BY]
    + [(words, "maybe") for words in MAYBE_NAMED_BY]
    + [(words, "signed") for words in SIGNED_BY],
    key=lambda trigger: -len(trigger[0]),
):
    _TRIGGERS.setdefault(_words_of[0], []).append((_words_of, _kind))


def _view_table() -> dict[int, str]:
    table = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}  # fullwidth ASCII
    table[0x3000] = " "
    for code in range(0x80, 0x10000):
        if chr(code).isdecimal() and code not in table:
            table[code] = str(unicodedata.decimal(chr(code)))
    return table


_VIEW = _view_table()


class Word(NamedTuple):
    start: int
    end: int
    text: str
    folded: str


def identity_of(report: Row) -> Identity:
    """What must not leave the console: the name and phone always; the address of a protected
    author (`is_protected`), or of a denunciation sent anonymously and kept as feedback (for other
    cases the citizen's street is often the place the report is about)."""
    denounced = is_protected(report) or report.get("flagged") == ANONYMOUS_DENUNCIATION
    return {
        "name": report.get("name"),
        "phone": report.get("phone"),
        "address": report.get("address") if denounced else None,
    }


def redact(text: str | None, identity: Identity) -> str:
    """`text` without the name, phone and address of `identity` (and every e-mail), however typed."""
    if not text:
        return text or ""
    text = unicodedata.normalize("NFC", text)  # NFD marks are not word characters
    view = text.translate(_VIEW)
    spans = _emails(view)
    national = _national(identity.get("phone"))
    # Cheap test first: a digest redacts a million texts, and almost none holds the phone.
    if national and national in re.sub(r"\D", "", view):
        spans += [m.span() for m in _phone_pattern(national).finditer(view)]
    names = [_folded_words(identity.get("name"))]
    if identity.get("name") or identity.get("address"):
        words = _words(view)
        spans += _name_spans(words, names + [_folded_words(identity.get("address"))])
        spans += _given_name_spans(words, view, names)
    return _blanked(text, spans)


class Blanker:
    """A protected person's words as a role that may not see them reads them. `identities`: the
    name, phone and address of each case of theirs on the page; `texts`: what is about to be shown,
    read first so that a name typed in one message ("tôi là Phạm Văn Minh") is blanked in the
    others ("Minh xin cảm ơn") too."""

    def __init__(
        self, identities: Iterable[Identity] = (), texts: Iterable[str | None] = (), keep_phones: Iterable[str] = ()
    ):
        identities = list(identities)
        self.phones = {n for n in (_national(i.get("phone")) for i in identities) if n}
        self.keep = {n for n in map(_national, keep_phones) if n} - self.phones  # the ward's own hotline
        self.names = [w for w in (_folded_words(i.get("name")) for i in identities) if w]
        self.places = [w for i in identities for w in _address_parts(i.get("address"))]
        for text in texts:
            if text:
                view = unicodedata.normalize("NFC", text).translate(_VIEW)
                self.names += [name for _span, name in _self_given_names(_words(view), view)]

    def __call__(self, text: str | None) -> str:
        if not text:
            return text or ""
        text = unicodedata.normalize("NFC", text)
        view = text.translate(_VIEW)
        words = _words(view)
        given = _self_given_names(words, view)
        names = self.names + [name for _span, name in given]
        spans = [span for span, _name in given] + _emails(view) + _phones(view, self.keep)
        for national in self.phones:
            spans += [m.span() for m in _phone_pattern(national).finditer(view)]
        spans += _name_spans(words, names + self.places) + _given_name_spans(words, view, names)
        return _blanked(text, spans)


def _blanked(text: str, spans: list[Span]) -> str:
    """Each span (merged where they overlap or only blanks part them) replaced by HIDDEN, once."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] or merged and not text[merged[-1][1] : start].strip():
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in reversed(merged):
        text = text[:start] + HIDDEN + text[end:]
    return text


def _words(view: str) -> list[Word]:
    return [Word(m.start(), m.end(), m.group(), fold(m.group())) for m in _WORD.finditer(view)]


def _address_parts(address: str | None) -> list[list[str]]:
    """The whole address, and its first part when it is a house ("Số 9 ngõ Hoa Sữa" of "Số 9 ngõ Hoa
    Sữa, tổ dân phố 2"): the neighbourhood alone is often the place a report is about, and stays."""
    parts = [_folded_words(address)]
    first = (address or "").split(",")[0]
    if "," in (address or "") and any(c.isdigit() for c in first) and len(_folded_words(first)) >= 3:
        parts.append(_folded_words(first))
    return [part for part in parts if part]


def _folded_words(value: str | None) -> list[str]:
    return [fold(word) for word in _WORD.findall(unicodedata.normalize("NFC", value or "").translate(_VIEW))]


def _emails(view: str) -> list[Span]:
    return [m.span() for m in EMAIL.finditer(view)] if "@" in view else []


def _national(e164: str | None) -> str:
    national = re.sub(r"\D", "", e164 or "")
    return national[2:] if national.startswith("84") else national.lstrip("0")


def _phone_pattern(national: str) -> re.Pattern[str]:
    """The number written any way: 0902 231 089, 0902.231.089, +84 902-231-089, 0902/231/089, 0902_231_089."""
    separator = PHONE_SEPARATOR
    return re.compile(r"(?:\+?\s*84|0)?" + separator + separator.join(map(re.escape, national)))


def _name_spans(words: list[Word], wanted: list[list[str]]) -> list[Span]:
    """Each run of words equal to one of `wanted` once folded (Nguyễn/nguyen/NGUYEN, NFD or NFC)."""
    spans = []
    for name in (w for w in wanted if w):
        for i in range(len(words) - len(name) + 1):
            if words[i].folded == name[0] and [w.folded for w in words[i : i + len(name)]] == name:
                spans.append((words[i].start, words[i + len(name) - 1].end))
    return spans


def _given_name_spans(words: list[Word], view: str, names: list[list[str]]) -> list[Span]:
    """Every capitalised word that is the given name of one of `names` ("chị Trang", "TRANG", "Tráng"
    typed in a hurry), unless it ends another person's name: in "Trần Văn Minh", "Minh" is kept when
    the person is Phạm Văn Minh. "trang" in lower case is an ordinary word, kept."""
    full = [name for name in names if name]
    givens = {name[-1] for name in full}
    spans = []
    for i, word in enumerate(words):
        if word.folded not in givens or not word.text[0].isupper():
            continue
        run = i
        while run > 0 and words[run - 1].text[0].isupper() and view[words[run - 1].end : words[run].start] == " ":
            run -= 1
        written = [w.folded for w in words[run : i + 1]]
        while len(written) > 1 and written[0] in HONORIFICS:
            written = written[1:]
        if any(name[-len(written) :] == written for name in full if len(name) >= len(written)):
            spans.append((word.start, word.end))
    return spans


def _phones(view: str, keep: Collection[str] = ()) -> list[Span]:
    """Every phone number (and citizen ID number) in the text, however grouped or spelled, but those
    in `keep` (national digits)."""
    dates = [m.span() for m in _DATE_OR_TIME.finditer(view)]
    run: list[tuple[int, int, str]] = []
    spans: list[Span] = []
    for m in _TOKEN.finditer(view):
        word = m.group()
        if any(start <= m.start() < end for start, end in dates):
            digits = None
        elif word.isdigit():
            digits = word
        else:
            digits = DIGIT_WORDS.get(fold(word)) if len(word) <= 5 else None
        if digits is not None and run and m.start() - run[-1][1] <= 3 and "\n" not in view[run[-1][1] : m.start()]:
            run.append((m.start(), m.end(), digits))
            continue
        spans += _phones_in(view, run, keep)
        run = [(m.start(), m.end(), digits)] if digits is not None else []
    return spans + _phones_in(view, run, keep)


def _phones_in(view: str, run: list[tuple[int, int, str]], keep: Collection[str]) -> list[Span]:
    """The phones in one run of digits and digit words: from each piece, the longest that reads as one."""
    found, i = [], 0
    while i < len(run):
        plus = view[: run[i][0]].rstrip().endswith("+")
        best, number, digits = None, None, ""
        for j in range(i, len(run)):
            digits += run[j][2]
            if len(digits) > 14:
                break
            national = _phone_number(digits, run[i : j + 1], view, plus)
            if national:
                best, number = j, national
        if best is None or number in keep:
            i = i + 1 if best is None else best + 1
            continue
        start = view.rindex("+", 0, run[i][0]) if plus else run[i][0]
        found.append((start, run[best][1]))
        i = best + 1
    return found


def _phone_number(digits: str, pieces: list[tuple[int, int, str]], view: str, plus: bool) -> str | None:
    """The national number if the digits read as a Vietnamese one, after 0, 84, +84 or 0084; or a
    citizen ID (twelve digits from 0, written whole). Never an amount written in thousands
    (84.000.000.000)."""
    if len(pieces) == 1 and len(digits) == 12 and digits[0] == "0":
        return digits
    if digits.startswith("0084"):
        national = digits[4:]
    elif digits.startswith("84") and (plus or not _amount(pieces, view)):
        national = digits[2:]
    elif digits.startswith("0") and not digits.startswith("00"):
        national = digits[1:]
    else:
        return None
    # Mobiles are 0 and nine digits (03…, 09…); landlines 0, a 2xx area code and eight digits.
    return national if len(national) == (10 if national[:1] == "2" else 9) and national[0] != "0" else None


def _amount(pieces: list[tuple[int, int, str]], view: str) -> bool:
    """1.500.000 or 84,000,000,000: groups of three after a dot or comma."""
    gaps = [view[a[1] : b[0]] for a, b in zip(pieces, pieces[1:], strict=False)]
    return (
        len(pieces) > 1
        and all(view[p[0] : p[1]].isdigit() for p in pieces)
        and len(pieces[0][2]) <= 3
        and all(len(p[2]) == 3 for p in pieces[1:])
        and all(gap in (".", ",") for gap in gaps)
    )


def _self_given_names(words: list[Word], view: str) -> list[tuple[Span, list[str]]]:
    """The names the writer gives for themselves, each with its span and its folded words."""
    found = []
    k = 0
    while k < len(words):
        hit = _trigger_at(words, view, k)
        if hit is None:
            k += 1
            continue
        kind, length = hit
        names = _name_after(words, view, k + length, kind)
        for first, last in names:
            found.append(((words[first].start, words[last].end), [w.folded for w in words[first : last + 1]]))
        k = names[-1][1] + 1 if names else k + length
    return found


def _trigger_at(words: list[Word], view: str, k: int) -> tuple[str, int] | None:
    for trigger, kind in _TRIGGERS.get(words[k].folded, ()):
        n = len(trigger)
        if (
            k + n <= len(words)
            and tuple(w.folded for w in words[k : k + n]) == trigger
            and all(
                not view[a.end : b.start].strip()
                for a, b in zip(words[k : k + n - 1], words[k + 1 : k + n], strict=True)
            )
        ):
            return kind, n
    # "Tôi, Phạm Văn Minh, sinh năm…": the writer, a comma, a family name.
    if (
        words[k].folded in SELF
        and k + 1 < len(words)
        and view[words[k].end : words[k + 1].start].strip() == ","
        and words[k + 1].text[0].isupper()
        and words[k + 1].folded in _SURNAMES
    ):
        return "listed", 1
    return None


def _name_after(words: list[Word], view: str, j: int, kind: str) -> list[tuple[int, int]]:
    """The name that starts at word `j` after a trigger of `kind` (and a second one after a comma,
    "toi ten minh, pham van minh"), as (first, last) word indexes; [] when no name follows."""
    if j >= len(words):
        return []
    gap = view[words[j - 1].end : words[j].start]
    if "(" in gap and ")" not in gap.split("(")[-1]:  # "Người viết đơn (ký, ghi rõ họ tên)"
        while j < len(words) and ")" not in view[words[j - 1].end : words[j].start]:
            j += 1
        if j >= len(words):
            return []
        gap = view[words[j - 1].end : words[j].start].split(")")[-1]
    allowed = " \t:-–" + {"signed": "\n\r,)", "listed": ","}.get(kind, "")
    if gap.strip(allowed) or ("\n" in gap and kind != "signed"):
        return []
    if words[j].folded in HONORIFICS and j + 1 < len(words) and view[words[j].end : words[j + 1].start] == " ":
        j += 1  # "tôi là chị Trang"
    name = _name_run(words, view, j, strict=kind != "named")
    if name is None:
        return []
    names = [name]
    last = name[1]
    if (
        last + 1 < len(words)
        and view[words[last].end : words[last + 1].start].strip() in (",", "(", "-")
        and words[last + 1].folded in _SURNAMES  # "em tên Trang, Phan Thu Trang"
    ):
        second = _name_run(words, view, last + 1, strict=True)
        names += [second] if second else []
    return names


def _name_run(words: list[Word], view: str, j: int, strict: bool) -> tuple[int, int] | None:
    """The words of a name from `j`: capitalised words while they last (up to five), or, written in
    lower case, up to four from a family name (two otherwise). `strict`: only a capital or a family
    name may start it ("tôi là người dân" names nobody)."""
    first = words[j]
    if any(c.isdigit() for c in first.text) or first.folded in ENDS_A_NAME:
        return None
    capital = first.text[0].isupper()
    if capital and first.text.lower() in NEVER_A_NAME:
        return None
    if not capital and strict and first.folded not in _SURNAMES:
        return None
    longest = 5 if capital else (4 if first.folded in _SURNAMES else 2)
    last = j
    while last + 1 < len(words) and last - j + 1 < longest:
        word = words[last + 1]
        if view[words[last].end : word.start] not in (" ", "\t") or any(c.isdigit() for c in word.text):
            break
        if capital and (not word.text[0].isupper() or word.text.lower() in NEVER_A_NAME):
            break
        if not capital and (word.text[0].isupper() or word.folded in ENDS_A_NAME):
            break
        last += 1
    return j, last
