"""Ticket codes as citizens type them: any case, spaces or dashes or none, the number's zeros dropped.

`AQ202600002`, `aq-2026-2`, `AQ 2026 00002` and `Aq2026-00002` are all `AQ-2026-00002`. Only the ward's
own prefixes are recognised, so that "mã 2026" or a phone number is never taken for a code.
"""

import re

DEFAULT_PREFIXES = ("AQ",)


def _pattern(prefixes):
    alternatives = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    # Year then number; without separators the year is the four digits after the prefix.
    return re.compile(
        rf"(?<![A-Z0-9])({alternatives})\s*[-–_.]?\s*(20\d\d)\s*[-–_.]?\s*(\d{{1,5}})(?!\d)", re.IGNORECASE
    )


def find_code(text, prefixes=DEFAULT_PREFIXES):
    """The first ticket code in `text`, normalised as `PREFIX-YYYY-NNNNN`, or None."""
    match = _pattern(prefixes or DEFAULT_PREFIXES).search(text or "")
    if not match:
        return None
    prefix, year, number = match.groups()
    return f"{prefix.upper()}-{year}-{int(number):05d}"
