"""Make a parsed webhook event storable: every string valid Unicode.

JSON allows `\\ud83d` alone (half of an emoji, cut by a client library), and
Python's json module turns it into a lone surrogate, which UTF-8 cannot encode:
hashing the event or handing it to SQLite then raised UnicodeEncodeError and
the webhook answered 500 to every redelivery of the same body (issue 14).
Repairing it to U+FFFD keeps the rest of the citizen's text.
"""
import re

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # json.loads already joins valid pairs
REPLACEMENT = "\ufffd"


def repair_text(text):
    """`Xin chào \\ud83d` → `Xin chào �`; valid text comes back unchanged (the same object)."""
    return _LONE_SURROGATE.sub(REPLACEMENT, text)


def repair(value):
    """The same JSON value with every string (keys included) repaired."""
    if isinstance(value, str):
        return repair_text(value)
    if isinstance(value, dict):
        return {repair(k): repair(v) for k, v in value.items()}
    if isinstance(value, list):
        return [repair(v) for v in value]
    return value
