"""Matters the ward's page does not handle, and who does.

The ward's `out_of_scope` table maps a topic (noise, land, waste...) and the words that name it to the
office that handles it, with its phone. The citizen is told who that is; the report is still accepted.
"""

from storage.understanding_tables import scope_entries
from understanding.normalize import contains, normalize


def out_of_scope(db, text, page_id=None):
    """The out-of-scope entry whose keywords occur in `text` (the most keywords wins), or None.

    Returns the row: `topic`, `keywords`, `handler_name`, `handler_phone` (may be None), `page_id`."""
    words = normalize(text)
    best, best_hits = None, 0
    for entry in scope_entries(db, page_id):
        hits = sum(1 for keyword in entry["keywords"].split(",") if keyword and contains(words, keyword))
        if hits > best_hits:
            best, best_hits = entry, hits
    return best
