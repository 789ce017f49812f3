"""Matters the ward's page does not handle, and who does.

The ward's `out_of_scope` table maps a topic (noise, land, waste...) and the words that name it to the
office that handles it, with its phone. The citizen is told who that is; the report is still accepted.

Never for a denunciation of a ward official: "cán bộ địa chính phường đòi tiền làm sổ đỏ" names land,
but the land office is where the accused works. Such a denunciation is resolved by the Chủ tịch UBND
phường (Law on Denunciations 2018, Art. 13), and the citizen is told so instead
(`accuses_ward_official`; bot/texts.py OFFICIAL_DENOUNCED).
"""

import re

from storage.understanding_tables import scope_entries
from understanding import phrases as P
from understanding.normalize import contains, normalize

# "tố cáo cán bộ …", "to cao pho chu tich …": a denunciation naming an official as its object.
DENOUNCING_OFFICIAL = tuple(f"{verb} {who}" for verb in ("to cao", "denounce") for who in P.WARD_OFFICIAL)
# "đòi 5 triệu", "bắt nộp 2.000.000đ", "xin 500k", "ăn 3 củ": a sum asked or taken (folded text).
_SUM_TAKEN = re.compile(
    r"\b(?:doi|xin|nhan|an|thu|lay|voi|(?:bat|yeu cau|ep)(?: [a-z]+){0,2} (?:nop|dong|dua|chi))"
    r"(?: them| cua [a-z]+(?: [a-z]+)?)? \d[\d.,]*\s?(?:trieu|tr|nghin|ngan|k|d|dong|cu|usd)\b"
)


def accuses_ward_official(text):
    """Whether `text` accuses a ward official: an official named with money taken, a bribe, harassment,
    or named as the one denounced."""
    words = normalize(text)
    if not any(contains(words, who) for who in P.WARD_OFFICIAL):
        return False
    return bool(_SUM_TAKEN.search(words)) or any(
        contains(words, phrase) for phrase in P.OFFICIAL_MISCONDUCT + DENOUNCING_OFFICIAL
    )


def out_of_scope(db, text, page_id=None):
    """The out-of-scope entry whose keywords occur in `text` (the most keywords wins), or None; always
    None for a denunciation of a ward official.

    Returns the row: `topic`, `keywords`, `handler_name`, `handler_phone` (may be None), `page_id`."""
    if accuses_ward_official(text):
        return None
    words = normalize(text)
    best, best_hits = None, 0
    for entry in scope_entries(db, page_id):
        hits = sum(1 for keyword in entry["keywords"].split(",") if keyword and contains(words, keyword))
        if hits > best_hits:
            best, best_hits = entry, hits
    return best
