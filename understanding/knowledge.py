"""Answers from the ward's own question-and-answer base, never made up (issue 12 point 3).

The question is normalised (`normalize`: folding, shorthand), its common words dropped, the ward's
synonyms added, and the words are OR-ed into an FTS5 query ranked by BM25 over the approved entries.
Only a best match under `THRESHOLD` is answered: a weak match returns None, and the conversation says it
does not know and offers a report or an officer. The answer text is the stored entry with the ward's
settings filled in (`{HOTLINE}`...), nothing else.
"""
import re

from storage.knowledge import list_synonyms, search
from understanding.normalize import contains, normalize

# bm25() is negative, lower is better. Calibrated on bench/data/first_messages.jsonl (`python -m bench
# understanding` prints the FAQ answers right and wrong): stricter loses right answers, looser answers
# reports with an unrelated entry.
THRESHOLD = -4.0
# Words of any question that say nothing of its subject.
STOPWORDS = {"cho", "hoi", "toi", "em", "anh", "chi", "a", "la", "co", "khong", "the", "nao", "gi", "cua",
             "phuong", "uy", "ban", "vay", "oi", "admin", "xin", "duoc", "minh", "voi", "thi", "ma", "ve",
             "nay", "de", "can", "muon", "nhe", "nha", "i", "is", "what", "how", "do", "of", "to", "my",
             "ai", "quoc", "dan", "nhan", "va", "o", "page", "trang"}
_PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")
_DAYS = {"mon": "thứ Hai", "tue": "thứ Ba", "wed": "thứ Tư", "thu": "thứ Năm", "fri": "thứ Sáu",
         "sat": "thứ Bảy", "sun": "Chủ nhật"}


def answer(db, text, page_id=None, settings=None):
    """The best approved entry for the question `text`, or None when nothing matches well enough.

    Returns the entry's row (`id`, `key`, `question`, `keywords`, `page_id`, `score`) with `answer` the
    text to send (settings filled in) and `template` the stored text it came from."""
    match = fts_query(db, text, page_id)
    if not match:
        return None
    rows = search(db, match, page_id, limit=1)
    if not rows or rows[0]["score"] > THRESHOLD:
        return None
    entry = dict(rows[0])
    entry["template"] = entry["answer"]
    entry["answer"] = render(entry["template"], settings or {})
    return entry


def fts_query(db, text, page_id=None):
    """The FTS5 query: every meaningful word and synonym, quoted, OR-ed. Empty when there is none."""
    words = normalize(text)
    expanded = [words] + [s["expansion"] for s in list_synonyms(db, page_id) if contains(words, s["term"])]
    terms = dict.fromkeys(w for w in " ".join(expanded).split() if w not in STOPWORDS and len(w) > 1)
    return " OR ".join(f'"{term}"' for term in terms)


def render(template, settings):
    """Fill `{HOTLINE}` and the like from the ward's settings; an unknown name is left as written."""
    def value(match):
        name = match.group(1)
        if name not in settings:
            return match.group(0)
        return office_hours_text(settings[name]) if name == "OFFICE_HOURS" else str(settings[name])
    return _PLACEHOLDER.sub(value, template)


def office_hours_text(spec):
    """`Mon-Fri 07:30-11:30,13:30-17:00` → `thứ Hai đến thứ Sáu, 07:30-11:30 và 13:30-17:00`."""
    parts = []
    for group in filter(str.strip, str(spec).split(";")):
        match = re.match(r"\s*([a-z]{3})(?:\s*-\s*([a-z]{3}))?\s+(.+)", group, re.I)
        if not match or match.group(1).lower() not in _DAYS:
            return str(spec)
        first, last = _DAYS[match.group(1).lower()], _DAYS.get((match.group(2) or "").lower())
        days = f"{first} đến {last}" if last else first
        parts.append(f"{days}, {' và '.join(p.strip() for p in match.group(3).split(','))}")
    return "; ".join(parts) or str(spec)
