"""Fold Vietnamese text so that commands match however they were typed.

Citizens type with or without diacritics, in NFC or NFD, with old or new tone
placement (hòa/hoà). Folding removes all of that: NFC, lower case, `đ→d`
(no Unicode decomposition maps it), strip combining marks, squeeze spaces.
"""

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_PUNCTUATION = re.compile(r"[^\w\s-]")


def fold(text: str | None) -> str:
    """`Đường  Hòa` → `duong hoa`; idempotent."""
    text = unicodedata.normalize("NFC", text or "").lower().replace("đ", "d")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return _SPACES.sub(" ", text).strip()


def fold_command(text: str | None) -> str:
    """Fold and drop punctuation: `Hủy!` and `huy` are the same command."""
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", fold(text))).strip()


def clean_text(text: str | None) -> str:
    """What we store of free text: NFC, no control characters, trimmed."""
    text = unicodedata.normalize("NFC", text or "")
    text = "".join(c for c in text if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cs"))
    return text.strip()
