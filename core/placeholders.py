"""Placeholders in text: filled once, by name, and never read as code.

The ward's own texts (knowledge-base answers, officers' answer templates) are what a person typed.
They used to go through `str.format`, twice: `{config}` in an answer left every citizen who asked
without a reply (KeyError), `{hotline.__class__.__mro__}` sent Python internals, and
`{hotline:#>12000}` turned one answer into thousands of messages. Here a placeholder is exactly
`{NAME}` for a NAME the caller lists; it is replaced in one pass (a value put in is never read
again), and anything else in braces, an attribute, an index or a format spec included, stays as
typed. A ward's text may hold only `WARD_PLACEHOLDERS`; saving one with any other is refused with
a message naming it (`unknown_placeholders`).

The bot's own sentences (bot/texts.py, `{hotline}`, `{code}`...) are filled the same way
(bot/turn.py `Turn.fmt`), so a value such as a citizen's words or a ward-edited office name is
never a format string either.
"""

import re
from collections.abc import Collection, Mapping

# What a ward's text may ask for, filled from that ward's settings (understanding/knowledge.py: render).
# The settings also hold secrets (APP_SECRET, SMTP_PASSWORD...): "{APP_SECRET}" stays those characters.
WARD_PLACEHOLDERS = ("WARD_NAME", "HOTLINE", "HOTLINE_OFFICER", "RECEPTION_ADDRESS", "OFFICE_HOURS")
_NAMED = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
# Braces around anything without a space look like a placeholder to whoever typed them.
_LOOKS_LIKE_ONE = re.compile(r"\{[^{}\s]{0,80}\}")


def fill(text: str, values: Mapping[str, object]) -> str:
    """`text` with each `{NAME}` whose NAME is a key of `values` replaced by its value, in one pass."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        return str(values[name]) if name in values else match.group(0)

    return _NAMED.sub(value, text)


def names_in(text: str) -> list[str]:
    """The NAMEs of every `{NAME}` in `text`, in order."""
    return _NAMED.findall(text)


def unknown_placeholders(text: str | None, allowed: Collection[str] = WARD_PLACEHOLDERS) -> list[str]:
    """What looks like a placeholder in `text` but is not `{NAME}` for a NAME in `allowed`: each once, in order."""
    found = (match.group(0) for match in _LOOKS_LIKE_ONE.finditer(text or ""))
    return list(dict.fromkeys(token for token in found if token[1:-1] not in allowed))


def listed(allowed: Collection[str] = WARD_PLACEHOLDERS) -> str:
    """`{WARD_NAME}, {HOTLINE}, …` for messages."""
    return ", ".join("{" + name + "}" for name in allowed)
