"""The field a report is about, suggested from its words through the ward's keyword table.

The table (`field_keywords`, edited in the console at /console/understanding and with `python -m bot
understanding field`) maps a folded keyword to a field of bot/texts.py FIELD_NAMES. Without a database
the defaults of the seed are used, so the rules can be tried (and benchmarked) without one.
"""

from collections import Counter

from storage.understanding_seed import FIELD_KEYWORDS, FIELD_KEYWORDS_ADDED_DEC_7
from storage.understanding_tables import field_keywords
from understanding.normalize import contains, normalize


def keyword_table(db=None, page_id=None):
    """[(keyword, field)], longest keyword first: "lua dao qua mang" is tried before "mang"."""
    if db is None:
        return sorted(FIELD_KEYWORDS + FIELD_KEYWORDS_ADDED_DEC_7, key=lambda pair: -len(pair[0]))
    return [(row["keyword"], row["field"]) for row in field_keywords(db, page_id)]


def suggest_field(text, db=None, page_id=None):
    """The field most of the keywords in `text` point to (longer keywords weigh more), or None.

    A keyword inside a longer one that matched is not counted again ("mang" in "lua dao qua mang")."""
    remaining = f" {normalize(text)} "
    votes = Counter()
    for keyword, field in keyword_table(db, page_id):
        if contains(remaining, keyword):
            votes[field] += len(keyword.split())
            remaining = remaining.replace(f" {keyword} ", " | ")
    return votes.most_common(1)[0][0] if votes else None
