"""A letter's signature: the writer's name on a line of its own near the end, their phone and
address on the lines under it.

"… Please fix.\n\nMarco Bellini\nmob. +39 347 555 0192\nlane 14 Tran Hung Dao st, residential group 5"
(batch 47) has no "my name is": the block itself says whose it is. A line of capitalised words alone
counts as a name only with a phone under it, or when it begins with a Vietnamese family name; a
closing ("Trân trọng", "Best regards") never does. Used only when no cue names the writer.
"""

import re
import unicodedata

from understanding import fact_phrases as F
from understanding.contact_facts import phones_in, reads_as_address
from understanding.normalize import normalize
from understanding.spans import Fact

BLOCK_LINES = 4  # the name and the lines under it, at the end of a message
_LINE = re.compile(r"[^\n]+")
_NAME_EDGES = " \t,.-–—:"


def find_signature(text):
    """{"name": Fact, "phone": Fact, "address": Fact} of the signature block, or {} when there is none."""
    text = unicodedata.normalize("NFC", text or "")
    lines = [(m.start(), m.group(0)) for m in _LINE.finditer(text) if m.group(0).strip()]
    for n in range(max(1, len(lines) - BLOCK_LINES), len(lines)):  # never the first line: a story's opening
        start, line = lines[n]
        if not _name_line(line):
            continue
        below = lines[n + 1 : n + BLOCK_LINES]
        phone = next((_at(at, fact) for at, said in below if (fact := next(phones_in(said), None))), None)
        if phone is None and normalize(line).split()[0] not in F.CAPITALISED_SURNAMES:
            continue
        lead = len(line) - len(line.lstrip(_NAME_EDGES))
        found = {"name": Fact(line.strip(_NAME_EDGES), start=start + lead, end=start + len(line.rstrip(_NAME_EDGES)))}
        if phone is not None:
            found["phone"] = phone
        if (address := _address_line(below)) is not None:
            found["address"] = address
        return found
    return {}


def _name_line(line):
    words = line.strip(_NAME_EDGES).split()
    if not F.NAME_WORDS[0] <= len(words) <= F.NAME_WORDS[1]:
        return False
    if not all(w.isalpha() and w[0].isupper() for w in words):
        return False
    folded = normalize(" ".join(words))
    return not any(folded == c or folded.startswith(c + " ") for c in F.CLOSINGS)


def _address_line(below):
    """The first line under the name with a number and a word an address is made of, and no phone."""
    for at, line in below:
        if reads_as_address(line, F.ADDRESS_WORDS + F.SIGNED_ADDRESS_WORDS):
            lead = len(line) - len(line.lstrip())
            return Fact(line.strip(" .;"), start=at + lead, end=at + len(line.rstrip()))
    return None


def _at(offset, fact):
    return Fact(fact.value, fact.shown, fact.typed, fact.problem, offset + fact.start, offset + fact.end)
