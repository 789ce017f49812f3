"""A message folded letter by letter, so that a rule read on folded words gives back the citizen's
own spelling: "tru tai so 5 ngo 8" found in the fold is "trú tại số 5 ngõ 8" in what they typed.

`core.folding.fold` squeezes spaces and may change a string's length; the facts' rules need the
offsets of the fold to be those of the text, so each character is folded alone (NFC first, so a
letter and its marks are one character), and whatever does not fold to one character is a space.
"""

import re
import unicodedata
from dataclasses import dataclass

from core.folding import clean_text, fold

_SPACE_RUN = re.compile(r"\s+")


@dataclass(frozen=True)
class Aligned:
    text: str  # the message, NFC
    folded: str  # the same length: text[i] folds to folded[i]

    def original(self, start, end):
        """What the citizen typed between two offsets of the fold, trimmed, spaces squeezed."""
        piece = self.text[start:end].strip(" ,.;:-–\n\t")
        return _SPACE_RUN.sub(" ", clean_text(piece))


def aligned(text):
    text = unicodedata.normalize("NFC", text or "")
    return Aligned(text, "".join(_fold_letter(c) for c in text))


def _fold_letter(char):
    if char.isspace():
        return "\n" if char == "\n" else " "  # a new line ends a clause (a letter's "Họ tên: …" line)
    folded = fold(char)
    return folded if len(folded) == 1 else " "


def clause_end(folded, start, stops=(), go_on_after_comma=(), commas=True):
    """Where the clause that begins at `start` ends: a full stop, a question or exclamation mark, a
    semicolon, a new line, a word (or words) of `stops`, or a comma, unless one of
    `go_on_after_comma` follows it (an address goes on after "số 5 ngõ 8, tổ dân phố 3"; a name
    stops at its comma) or `commas` is False (a sentence goes on after every comma)."""
    for match in re.finditer(r"[.;!?\n]|,\s*(\S+(?:\s+\S+)?)|(?<![a-z0-9])([a-z0-9]+)(?![a-z0-9])", folded[start:]):
        at = start + match.start()
        if match.group(0)[0] in ".;!?\n":
            if match.group(0) == "." and _inside_number(folded, at):
                continue  # "200.000", "5.2" stay whole
            return at
        if match.group(0).startswith(","):
            after = match.group(1) or ""
            if commas and not any(after == w or after.startswith(w + " ") for w in go_on_after_comma):
                return at
            continue
        if match.group(2) in stops or _phrase_at(folded, at, stops):
            return at
    return len(folded)


def _inside_number(folded, at):
    return 0 < at < len(folded) - 1 and folded[at - 1].isdigit() and folded[at + 1].isdigit()


def _phrase_at(folded, at, stops):
    """A stop of several words ("so dien thoai") beginning at `at`."""
    return any(
        " " in stop and folded.startswith(stop, at) and not folded[at + len(stop) : at + len(stop) + 1].isalnum()
        for stop in stops
    )


@dataclass(frozen=True)
class Fact:
    """One thing found for the report: its value as stored, as the citizen is shown it to confirm,
    and, when what they typed had to be mended, what they typed and why ("letter_o": 09o4 → 0904)."""

    value: str
    shown: str = ""
    typed: str = ""
    problem: str = ""
    start: int = 0  # where in the message it was found (a later rule may skip what one already took)
    end: int = 0

    def as_dict(self):
        return {"value": self.value, "shown": self.shown or self.value, "typed": self.typed, "problem": self.problem}


def words_from(al, start, limit):
    """The words after `start` up to a punctuation mark: [(folded, original, start, end)]."""
    found = []
    for match in re.finditer(r"[^\s,.;:!?()\"“”]+|[\n,.;:!?()\"“”]", al.folded[start:]):
        if not match.group(0)[0].isalnum() or len(found) >= limit:
            break
        begin, end = start + match.start(), start + match.end()
        found.append((match.group(0), al.text[begin:end], begin, end))
    return found
