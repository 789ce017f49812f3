"""What a case can be, written once: its categories, fields and statuses, and whose identity is protected.

Every other module imports these names; SQL is built from them (`sql_list`, `protected_sql`),
never retyped, so a status added here is open or closed everywhere at once.
tests/test_one_owner.py fails on a stray literal copy anywhere else in the tree.
"""

from collections.abc import Iterable, Mapping
from typing import Any

CATEGORIES = ("feedback", "petition", "complaint", "denunciation", "unsure")
# Valid only as a signed written application (Law on Complaints 2011, Art. 8; Law on Denunciations
# 2018, Arts. 22-23): the citizen's contact is required, the file is an official record kept whole
# whatever the citizen asks, and it is never published.
FORMAL_CATEGORIES = ("complaint", "denunciation")
PUBLISHABLE_CATEGORIES = ("feedback", "petition")
FIELDS = ("science", "technology", "innovation", "digital_transformation", "other")

STATUSES = ("new", "accepted", "in_progress", "resolved", "forwarded", "rejected")
OPEN_STATUSES = ("new", "accepted", "in_progress")
CLOSED_STATUSES = ("resolved", "forwarded", "rejected")
ACCEPTED_STATUSES = ("accepted", "in_progress")  # thụ lý: straight to "in progress" accepts the case too
# new → accepted → in_progress → resolved; forwarded and rejected from any open state;
# a closed case may be reopened (back to in_progress) with a note saying why.
TRANSITIONS = {
    "new": ("accepted", "in_progress", "forwarded", "rejected"),
    "accepted": ("in_progress", "resolved", "forwarded", "rejected"),
    "in_progress": ("resolved", "forwarded", "rejected"),
    "resolved": ("in_progress",),
    "forwarded": ("in_progress",),
    "rejected": ("in_progress",),
}

# Whose name, address and phone are confidential (Law on Denunciations 2018, Art. 47): the author
# of a denunciation. Decided only by `is_protected` (and, in SQL, `protected_sql`).
_PROTECTED_CATEGORY = "denunciation"


def is_formal(category: str | None) -> bool:
    """A complaint or a denunciation: contact required, an official record."""
    return category in FORMAL_CATEGORIES


def is_protected(report: Mapping[str, Any]) -> bool:
    """Is the author of this case (a stored row or a draft being written) protected? Every view,
    export, notice and search asks this, and nothing else decides it."""
    return report.get("category") == _PROTECTED_CATEGORY


def protected_sql(alias: str = "") -> str:
    """`is_protected` as an SQL condition on the reports row `alias` (for queries and triggers)."""
    return f"{alias + '.' if alias else ''}category = {_quoted(_PROTECTED_CATEGORY)}"


def sql_list(values: Iterable[str]) -> str:
    """`('new', 'accepted')` for `status IN …`: written out, not bound, so that SQLite can match a
    partial index whose WHERE is the same list (the planner cannot see through parameters)."""
    return "(" + ", ".join(_quoted(value) for value in values) + ")"


def _quoted(value: str) -> str:
    if not value.replace("_", "").isalnum() or not value.isascii():
        raise ValueError(f"{value!r} is not a name that can be written into SQL")
    return f"'{value}'"
