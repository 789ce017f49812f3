"""Make a parsed webhook event storable (Meta's or Zalo's): every string valid Unicode.

JSON allows `\\ud83d` alone (half of an emoji, cut by a client library), and
Python's json module turns it into a lone surrogate, which UTF-8 cannot encode:
hashing the event or handing it to SQLite then raised UnicodeEncodeError and
the webhook answered 500 to every redelivery of the same body.
Repairing it to U+FFFD keeps the rest of the citizen's text.
"""

import re
from typing import Any

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # json.loads already joins valid pairs
# What in a raw body can become a surrogate: a \uD800-\uDFFF escape, or a surrogate written out in
# bytes (not valid UTF-8, but json.loads decodes bytes with "surrogatepass" and lets it through).
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]|\xed[\xa0-\xbf]")
REPLACEMENT = "\ufffd"


def may_hold_surrogates(body: bytes) -> bool:
    """Could this raw JSON body hold a surrogate? (Emoji arrive as escaped pairs too: then the
    repair runs and changes nothing.) Checking the bytes keeps the walk off the common path."""
    return _SURROGATE_ESCAPE.search(body) is not None


def repair_text(text: str) -> str:
    """`Xin chào \\ud83d` → `Xin chào �`; valid text comes back unchanged (the same object)."""
    return _LONE_SURROGATE.sub(REPLACEMENT, text)


def repair(value: Any) -> Any:
    """The same JSON value with every string (keys included) repaired."""
    if isinstance(value, str):
        return repair_text(value)
    if isinstance(value, dict):
        return {repair(k): repair(v) for k, v in value.items()}
    if isinstance(value, list):
        return [repair(v) for v in value]
    return value
