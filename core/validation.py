"""Checks on what citizens type: each returns (value, None) or (None, re-ask key)."""

import re
from collections.abc import Iterable, Mapping
from typing import Any

import phonenumbers

from core.folding import clean_text

CODE_PATTERN = re.compile(r"\b([A-Za-z]{1,10})\s*-\s*(\d{4})\s*-\s*(\d{1,5})\b")
# Without dashes ("AQ202600002", "aq 2026 2") only a known ward prefix counts: "phí 2026 5" is no code.
LOOSE_CODE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,10})[\s.]*(20\d{2})[\s.]*(\d{1,5})(?!\d)")
VIETNAM = 84  # the country calling code


def parse_phone(text: str) -> tuple[str | None, str | None]:
    """A Vietnamese number however it is written (0902.231.089, +84 902 231 089) → E.164."""
    try:
        number = phonenumbers.parse(clean_text(text), "VN")
    except phonenumbers.NumberParseException:
        return None, "phone"
    # A foreign number (its country code typed) needs only the length its country allows: the
    # library's ranges lag behind new ones, and a visitor must never be kept from giving their own.
    foreign = number.country_code != VIETNAM and phonenumbers.is_possible_number(number)
    if not (phonenumbers.is_valid_number(number) or foreign):
        return None, "phone"
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), None


def ward_phones(settings: Mapping[str, Any]) -> set[str]:
    """The ward's own numbers (HOTLINE, WARD_PHONES), E.164: never a citizen's, though they copy or name them."""
    numbers = [settings.get("HOTLINE"), *(settings.get("WARD_PHONES") or "").split(",")]
    return {value for n in numbers if n and n.strip() and (value := parse_phone(n)[0])}


def format_phone(e164: str | None) -> str:
    """+84902231089 → 0902 231 089, as people write it."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, "VN")
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code == 84:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


NAME_MOST_WORDS = 8  # "Nguyễn Thị Minh Khai", "Maria Cristina de los Santos": a sentence is longer


def parse_name(text: str) -> tuple[str | None, str | None]:
    """A full name; not a sentence typed at the name question ("làm ơn có ai ở phường thật không, giúp
    tôi với" was taken for one): too many words, a question mark, or a digit."""
    name = " ".join(clean_text(text).split())
    letters = sum(c.isalpha() for c in name)
    if letters < 2 or len(name) > 100 or any(c.isdigit() for c in name):
        return None, "name"
    if len(name.split()) > NAME_MOST_WORDS or "?" in name:
        return None, "name"
    return name, None


def parse_free_text(text: str, minimum: int = 2) -> tuple[str | None, str | None]:
    value = clean_text(text)
    if len(value) < minimum:
        return None, "too_short"
    return value, None


def parse_code(text: str, prefixes: Iterable[str] = ()) -> str | None:
    """`aq-2026-42`, `AQ 2026 00042`, `AQ202600002` → `AQ-2026-00042`, else None. The forms without
    dashes count only with one of `prefixes` (the wards' ticket prefixes)."""
    text = clean_text(text)
    match = CODE_PATTERN.search(text)
    if not match:
        known = {p.upper() for p in prefixes if p}
        match = next((m for m in LOOSE_CODE.finditer(text) if m.group(1).upper() in known), None)
    if not match:
        return None
    prefix, year, number = match.groups()
    return f"{prefix.upper()}-{year}-{int(number):05d}"
