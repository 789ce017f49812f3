"""Keep a citizen's identity out of what officers receive outside the console.

A denouncer's name, address and phone are confidential (Law on Denunciations
2018, Art. 47), and citizens write them into the text too ("Tôi là Nguyễn Văn
An, số 0902 231 089…"). Summaries, digests and notices are built only from
text that went through `redact`, whatever the category: a case may be
reclassified, and a notice needs no contact details.
"""

import re
import unicodedata
from typing import Any

from core.case_rules import is_protected
from core.folding import fold
from core.identity_forms import PHONE_SEPARATOR, blank_emails, blank_given_name
from core.types import Row

Identity = dict[str, Any]  # name, phone, address: what `redact` blanks (None where nothing is hidden)

HIDDEN = "[đã ẩn]"
ANONYMOUS_DENUNCIATION = "anonymous_denunciation"  # reports.flagged of bot/report_steps.py's choose_consent
_WORD = re.compile(r"\w+")


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
    if not text:
        return text or ""
    text = unicodedata.normalize("NFC", text)  # NFD marks are not word characters
    if identity.get("phone"):
        national = _national(identity["phone"])
        # Cheap test first: a digest redacts a million texts, and almost none holds the phone.
        if national and national in re.sub(r"\D", "", text):
            text = _phone_pattern(national).sub(HIDDEN, text)
    for value in (identity.get("name"), identity.get("address")):
        wanted = [fold(m.group()) for m in _WORD.finditer(unicodedata.normalize("NFC", value or ""))]
        if wanted:
            text = _replace_words(text, wanted)
    text = blank_given_name(text, unicodedata.normalize("NFC", identity.get("name") or ""), HIDDEN)
    return blank_emails(text, HIDDEN)


def _national(e164: str) -> str:
    national = re.sub(r"\D", "", e164)
    return national[2:] if national.startswith("84") else national.lstrip("0")


def _phone_pattern(national: str) -> re.Pattern[str]:
    """The number written any way: 0902 231 089, 0902.231.089, +84 902-231-089, 0902/231/089, 0902_231_089."""
    separator = PHONE_SEPARATOR
    return re.compile(r"(?:\+?\s*84|0)?" + separator + separator.join(map(re.escape, national)))


def _replace_words(text: str, wanted: list[str]) -> str:
    """Replace each run of words equal to `wanted` once folded (Nguyễn/nguyen/NGUYEN, NFD or NFC)."""
    words = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]
    spans, i = [], 0
    while i + len(wanted) <= len(words):
        if [w for _, _, w in words[i : i + len(wanted)]] == wanted:
            spans.append((words[i][0], words[i + len(wanted) - 1][1]))
            i += len(wanted)
        else:
            i += 1
    for start, end in reversed(spans):
        text = text[:start] + HIDDEN + text[end:]
    return text
