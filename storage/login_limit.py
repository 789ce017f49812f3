"""The login limit: counted and claimed in one write transaction, locked per account and address.

Each attempt first claims its row (as a failure) inside `BEGIN IMMEDIATE`, after counting the
failures that bar it; only then is the password checked, and a right one turns the row into a
success. So 40 wrong passwords sent at once get exactly LOGIN_MAX_FAILURES real checks, not
however many read the count before the others wrote it.

Three limits, none of which lets a stranger lock the owner out:
- *account and address*: LOGIN_MAX_FAILURES wrong passwords for an account from one address lock
  that account from that address only, for LOGIN_LOCK_MINUTES;
- *address*: one address failing for many accounts (× PER_ADDRESS_FACTOR) is stopped for all;
- *account under attack* (its failures from every address reach × PER_ACCOUNT_FACTOR, a guess
  spread over many addresses): the account is not locked, since a hard lock is a denial of service
  that anyone knowing a username could renew every LOGIN_LOCK_MINUTES. Instead the address becomes a
  second factor: an address that has already failed for this account HOT_ACCOUNT_TRIES times waits out
  the lock, and an address that has not (the owner at the office, at home) is still checked. The
  guesser is slowed from LOGIN_MAX_FAILURES guesses per address to HOT_ACCOUNT_TRIES, and needs a new
  address for every couple of guesses; the owner, from anywhere they have not been failing, gets in.
"""

import datetime as dt

from sqlite_utils import Database

from core.clock import now, now_iso
from storage.db import inserted_id, write_transaction

PER_ADDRESS_FACTOR = 4  # one address may fail for a few accounts (a shared office), not for many
PER_ACCOUNT_FACTOR = 10  # an account's failures from every address together: it is under attack
HOT_ACCOUNT_TRIES = 2  # then, per address, for that account (a typo of the owner's is forgiven once)


def claim_attempt(db: Database, username: str, ip: str | None, max_failures: int, lock_minutes: float) -> int | None:
    """The id of this attempt's row, claimed as a failure; None while a limit holds."""
    since = (now() - dt.timedelta(minutes=lock_minutes)).isoformat(timespec="milliseconds")
    with write_transaction(db):
        pair, address, account = _failures(db, username, ip, since)
        under_attack = account >= max_failures * PER_ACCOUNT_FACTOR
        if (
            pair >= max_failures
            or address >= max_failures * PER_ADDRESS_FACTOR
            or (under_attack and pair >= HOT_ACCOUNT_TRIES)
        ):
            return None
        return inserted_id(
            db.execute(
                "INSERT INTO login_attempts (username, ip, at, ok) VALUES (?, ?, ?, 0)", [username, ip, now_iso()]
            ).lastrowid
        )


def succeeded(db: Database, attempt_id: int) -> None:
    """The password was right: the claimed row counts as a success (call inside a transaction)."""
    db.execute("UPDATE login_attempts SET ok = 1 WHERE id = ?", [attempt_id])


def _failures(db: Database, username: str, ip: str | None, since: str) -> tuple[int, int, int]:
    """Recent failures: for this account from this address since it last got in from there, from
    this address for any account, and for this account from anywhere (the owner getting in does not
    end an attack: the guessers' addresses stay held)."""
    last_success = "coalesce((SELECT max(at) FROM login_attempts WHERE username = :user AND ip IS :ip AND ok = 1), '')"
    values = {"user": username, "ip": ip, "since": since}
    (pair,) = db.execute(
        "SELECT count(*) FROM login_attempts WHERE username = :user AND ip IS :ip AND ok = 0"  # nosec B608 # constant fragment, values bound
        f" AND at >= :since AND at > {last_success}",
        values,
    ).fetchone()
    (address,) = db.execute(
        "SELECT count(*) FROM login_attempts WHERE ip IS :ip AND ok = 0 AND at >= :since", values
    ).fetchone()
    (account,) = db.execute(
        "SELECT count(*) FROM login_attempts WHERE username = :user AND ok = 0 AND at >= :since", values
    ).fetchone()
    return pair, address, account
