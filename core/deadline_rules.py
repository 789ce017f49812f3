"""Deadline rules per category: the law's defaults (PRODUCT.md), overridable by DEADLINES.

Stages: `answer` (feedback, petition: one period from receipt), `accept` then
`resolve` (complaint, denunciation: thụ lý, then giải quyết from the day of
acceptance). A period is (count, unit), unit `working` or `calendar` days.

- Complaint (Law on Complaints 2011, Arts. 27-28): accepted within 10 days,
  resolved within 30 days of acceptance, 45 if complex.
- Denunciation (Law on Denunciations 2018, Arts. 29-30): accepted within 7
  working days, resolved within 30 days of acceptance, extendable by up to 30
  days, twice for very complex cases.
- Feedback and petitions: answered within 10 working days; the ward may allow
  one extension of 10 working days (a ward rule, not the law: set 0 to forbid).

DEADLINES overrides any of these, e.g.
`complaint.resolve=60 calendar; complaint.complex=90 calendar; feedback.max_extensions=0`.
"""

import copy
import functools
from typing import Any

from core.calendar import UNITS
from core.types import Settings

Rule = dict[str, Any]  # stage -> (count, unit), and max_extensions -> int

ANSWERING = {"answer": (10, "working"), "extension": (10, "working"), "max_extensions": 1}
DEFAULT_RULES = {
    "feedback": ANSWERING,
    "petition": ANSWERING,
    "unsure": ANSWERING,  # until the officer classifies it
    "complaint": {
        "accept": (10, "calendar"),
        "resolve": (30, "calendar"),
        "complex": (45, "calendar"),
        "max_extensions": 0,
    },
    "denunciation": {
        "accept": (7, "working"),
        "resolve": (30, "calendar"),
        "extension": (30, "calendar"),
        "max_extensions": 2,
    },
}
PERIOD_KEYS = ("answer", "accept", "resolve", "complex", "extension")


class RulesError(ValueError):
    """DEADLINES cannot be read; the message says which part and what is expected."""


@functools.lru_cache(maxsize=8)
def _parsed(overrides: str) -> dict[str, Rule]:
    rules = copy.deepcopy(DEFAULT_RULES)
    for part in filter(str.strip, overrides.replace("\n", ";").split(";")):
        key, _, value = part.partition("=")
        category, _, item = key.strip().lower().partition(".")
        if category not in rules or item not in PERIOD_KEYS + ("max_extensions",):
            raise RulesError(
                f"DEADLINES: {part.strip()!r}: expected CATEGORY.ITEM=VALUE with CATEGORY one of "
                f"{', '.join(rules)} and ITEM one of {', '.join(PERIOD_KEYS)}, max_extensions"
            )
        rules[category] = dict(rules[category])
        rules[category][item] = _value(item, value.strip(), part)
    for category, rule in rules.items():
        if not (rule.get("answer") or (rule.get("accept") and rule.get("resolve"))):
            raise RulesError(f"DEADLINES: {category} needs `answer`, or `accept` and `resolve`")
    return rules


def _value(item: str, value: str, part: str) -> int | tuple[int, str]:
    words = value.lower().split()
    if item == "max_extensions":
        if len(words) == 1 and words[0].isdigit():
            return int(words[0])
    elif len(words) == 2 and words[0].isdigit() and int(words[0]) > 0 and words[1] in UNITS:
        return int(words[0]), words[1]
    raise RulesError(
        f"DEADLINES: {part.strip()!r}: expected e.g. '10 working' or '30 calendar'"
        + (" (a whole number for max_extensions)" if item == "max_extensions" else "")
    )


def deadline_rules(cfg: Settings) -> dict[str, Rule]:
    """The rules in force for this configuration (raises RulesError on a bad DEADLINES)."""
    return _parsed(cfg.get("DEADLINES") or "")


def rule_for(cfg: Settings, category: str) -> Rule:
    rules = deadline_rules(cfg)
    return rules.get(category, rules["feedback"])
