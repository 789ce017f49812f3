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
# What a case's story is made of, in the order the conversation asks it: the story, then the details
# a category asks for (where and when; a complaint's act, its maker and the request; a denunciation's
# accused and violation). The citizen's contact (`CONTACT`) is asked last, after consent.
DETAIL_STEPS = ("place_time", "complaint_act", "complaint_by", "complaint_request", "accused", "violation")
STORY_TEXTS = ("content", *DETAIL_STEPS)
CONTACT = ("name", "phone", "address")

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

# Whose name, address and phone are confidential (Law on Denunciations 2018, Art. 47): the protection
# belongs to the person, not to one case. Whoever started or filed a denunciation on a page is a
# protected person there, in every case, conversation and message of theirs, whatever its category;
# a case with no Messenger author (a hotline call) is protected by its own category. The database
# keeps the flag (storage/migrations.py: m025_protected_people, and reports.protected on each of their
# cases, set by triggers whatever writes), so a reclassification, a case made later from their
# conversation or by an officer, a hotline link or a restored backup keeps it. Decided only by
# `is_protected` (and, in SQL, `protected_sql` and `person_protected_sql`).
_PROTECTED_CATEGORY = "denunciation"
_FLAG = "protected"


def is_formal(category: str | None) -> bool:
    """A complaint or a denunciation: contact required, an official record."""
    return category in FORMAL_CATEGORIES


def is_protected(subject: Mapping[str, Any]) -> bool:
    """Is the author of `subject` protected? Every view, export, notice, digest, search and JSON asks
    this, and nothing else decides it. `subject` is a case row (it carries the stored flag), a
    conversation or handoff row read with `person_protected_sql(...) AS protected`, or a draft being
    written (whose category decides until the schema has stored the flag)."""
    if subject.get(_FLAG):
        return True
    if _FLAG not in subject and ("code" in subject or "psid" in subject):
        # A row read without its flag would be shown as unprotected: a query forgot the column.
        raise LookupError(f"a row with {sorted(subject)[:6]}… was read without its {_FLAG!r} flag")
    return subject.get("category") == _PROTECTED_CATEGORY


def is_denunciation(category: str | None) -> bool:
    """The category of a denunciation, for what the law asks of one (who is denounced, who may change
    it): never to decide who is protected, which `is_protected` does."""
    return category == _PROTECTED_CATEGORY


def protected_sql(alias: str = "") -> str:
    """`is_protected` of a case as an SQL condition on the reports row `alias`."""
    prefix = alias + "." if alias else ""
    return f"({prefix}{_FLAG} = 1 OR {protecting_category_sql(prefix + 'category')})"


def protecting_category_sql(category: str) -> str:
    """SQL: is `category` (an expression) the one that makes its author a protected person? The
    schema's triggers set the stored flag with it."""
    return f"{category} = {_quoted(_PROTECTED_CATEGORY)}"


def person_protected_sql(page: str, psid: str) -> str:
    """SQL: is the citizen (`page`, `psid`: expressions; the page NULL or '' in a single-ward setup)
    a protected person? For rows that name a citizen but are no case (a handoff, a conversation)."""
    return f"EXISTS (SELECT 1 FROM protected_people p WHERE p.page_id = coalesce({page}, '') AND p.psid = {psid})"  # nosec B608 # expressions of the caller, never values


def sql_list(values: Iterable[str]) -> str:
    """`('new', 'accepted')` for `status IN …`: written out, not bound, so that SQLite can match a
    partial index whose WHERE is the same list (the planner cannot see through parameters)."""
    return "(" + ", ".join(_quoted(value) for value in values) + ")"


def _quoted(value: str) -> str:
    if not value.replace("_", "").isalnum() or not value.isascii():
        raise ValueError(f"{value!r} is not a name that can be written into SQL")
    return f"'{value}'"
