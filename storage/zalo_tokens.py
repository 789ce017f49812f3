"""The Zalo OA's token pair (table `zalo_tokens`), and the lease of the one process refreshing it.

Every read-then-write here runs inside the caller's `BEGIN IMMEDIATE` transaction (zalo/tokens.py
holds them), so two processes never both decide that they are the one to refresh. No token ever
leaves this module in a log line or an error message.
"""

import hashlib
import time

from sqlite_utils import Database

from core.clock import now_iso
from core.types import Row


def fingerprint(token: str | None) -> str | None:
    """A stable name for a token that is not the token (which settings seeded the row)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:32] if token else None


def token_row(db: Database, oa_id: str) -> Row | None:
    return next(db.query("SELECT * FROM zalo_tokens WHERE oa_id = ?", [oa_id]), None)


def token_rows(db: Database) -> list[Row]:
    return list(db.query("SELECT * FROM zalo_tokens ORDER BY oa_id"))


def seed_pair(db: Database, oa_id: str, access_token: str | None, refresh_token: str | None, expires_at: float) -> bool:
    """The pair the settings give, unless this OA has one already or the settings still give the pair
    that seeded it (the table's pair is newer: refreshes rotated it). Returns True when stored."""
    if not refresh_token:
        return False
    seeded_by = fingerprint(refresh_token)
    row = token_row(db, oa_id)
    if row is not None and row["settings_fingerprint"] == seeded_by:
        return False
    if row is not None and row["refresh_token"] == refresh_token:  # set by the admin already
        db.execute("UPDATE zalo_tokens SET settings_fingerprint = ? WHERE oa_id = ?", [seeded_by, oa_id])
        return False
    store_pair(db, oa_id, access_token or "", refresh_token, expires_at, "settings", settings_fingerprint=seeded_by)
    return True


def store_pair(
    db: Database,
    oa_id: str,
    access_token: str,
    refresh_token: str,
    expires_at: float,
    source: str,
    settings_fingerprint: str | None = None,
) -> int:
    """A new pair, the next generation; any lease ends with it. Returns the generation."""
    row = token_row(db, oa_id)
    generation = (row["generation"] + 1) if row else 1
    keep_print = settings_fingerprint or (row["settings_fingerprint"] if row else None)
    db.execute(
        "INSERT INTO zalo_tokens (oa_id, access_token, refresh_token, access_expires_at, generation, source,"
        " updated_at, lease_owner, lease_until, settings_fingerprint, last_error)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, NULL)"
        " ON CONFLICT(oa_id) DO UPDATE SET access_token = excluded.access_token,"
        " refresh_token = excluded.refresh_token, access_expires_at = excluded.access_expires_at,"
        " generation = excluded.generation, source = excluded.source, updated_at = excluded.updated_at,"
        " lease_owner = NULL, lease_until = NULL, settings_fingerprint = excluded.settings_fingerprint,"
        " last_error = NULL",
        [oa_id, access_token, refresh_token, expires_at, generation, source, now_iso(), keep_print],
    )
    return generation


def take_lease(db: Database, oa_id: str, owner: str, seconds: float) -> Row | None:
    """The row, leased to `owner` for `seconds`; None when another owner's lease still runs."""
    row = token_row(db, oa_id)
    if row is None:
        return None
    now = time.time()
    if row["lease_owner"] and row["lease_owner"] != owner and (row["lease_until"] or 0) > now:
        return None
    db.execute("UPDATE zalo_tokens SET lease_owner = ?, lease_until = ? WHERE oa_id = ?", [owner, now + seconds, oa_id])
    return token_row(db, oa_id)


def store_refreshed(
    db: Database,
    oa_id: str,
    owner: str,
    generation: int,
    access_token: str,
    refresh_token: str,
    expires_at: float,
) -> bool:
    """The pair a refresh returned, if `owner` still holds the lease on `generation`; True if stored."""
    row = token_row(db, oa_id)
    if row is None or row["generation"] != generation or row["lease_owner"] != owner:
        return False
    store_pair(db, oa_id, access_token, refresh_token, expires_at, "refresh")
    return True


def release_lease(db: Database, oa_id: str, owner: str, error: str | None = None) -> None:
    """The refresh failed: the pair stays as it was, the next attempt may start at once."""
    db.execute(
        "UPDATE zalo_tokens SET lease_owner = NULL, lease_until = NULL, last_error = coalesce(?, last_error)"
        " WHERE oa_id = ? AND lease_owner = ?",
        [error, oa_id, owner],
    )
