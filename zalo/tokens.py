"""The OA's token pair, refreshed by one process at a time and never lost.

Zalo's access token lives about 25 h; its refresh token is single-use, and each refresh returns a
new pair. Public implementations lose the pair two ways: two refreshes racing (the second spends a
token the first already spent), and a crash between Zalo's answer and saving it. So:

- the pair lives in the database (storage/zalo_tokens.py), the settings only seed it;
- a refresh first takes a lease on the row inside `BEGIN IMMEDIATE`: of two processes one gets it,
  the other waits for the new generation and uses that pair instead of refreshing again; a lease
  outlives no process for long (`lease_seconds`: longer than one refresh call may take, so it never
  ends under a refresh still running);
- the new pair is committed the moment Zalo answers, before anything uses it;
- a refresh that fails raises an alert (/healthz, the console) and keeps the old pair.

What no code can save: a process killed after Zalo spent the refresh token and before the answer
reached it. Then the next refresh is refused, the alert says so, and the admin gives a new pair
(`python -m bot zalo set-tokens`, docs/zalo.md). The loop that refreshes ahead of expiry
(`refresh_due_tokens`) keeps that window to one call a day.
"""

import logging
import os
import socket
import threading
import time
import uuid

from storage.alerts import clear_alert, raise_alert
from storage.db import write_transaction
from storage.zalo_tokens import release_lease, seed_pair, store_pair, store_refreshed, take_lease, token_row
from zalo import texts
from zalo.oauth import DEFAULT_EXPIRES_IN, RefreshFailed, refresh_pair

log = logging.getLogger(__name__)
REFRESH_AHEAD_SECONDS = 3600  # refresh when the access token has less than this left
STILL_VALID_SECONDS = 60  # an access token closer than this to its end is not used
CHECK_EVERY_SECONDS = 300
WAIT_STEP_SECONDS = 0.05


class NoTokens(Exception):
    """The OA has no pair at all: the admin must give one."""


class RefreshBusy(Exception):
    """Another process holds the lease and did not finish in time: try again later."""


def refresh_timeout(cfg):
    return min(float(cfg.get("GRAPH_TIMEOUT_SECONDS", 10)), 20.0)


def lease_seconds(cfg):
    """Twice the longest refresh call and some: a lease held by a process killed mid-refresh ends soon."""
    return 2 * refresh_timeout(cfg) + 5


def alert_kind(account):
    return f"zalo_token:{account.oa_id}"


def _owner():
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}:{uuid.uuid4().hex[:8]}"


def seed_tokens(db, account):
    """The settings' pair into the table, unless the table's is newer (zalo_tokens.seed_pair)."""
    expires_at = time.time() + DEFAULT_EXPIRES_IN if account.access_token else 0
    with write_transaction(db):
        seeded = seed_pair(db, account.oa_id, account.access_token, account.refresh_token, expires_at)
        if seeded:
            clear_alert(db, alert_kind(account))
        elif token_row(db, account.oa_id) is None:
            raise_alert(db, alert_kind(account), texts.NO_TOKENS.format(oa=account.oa_id))
    return seeded


def set_tokens(db, account, access_token, refresh_token, expires_in=DEFAULT_EXPIRES_IN):
    """A new pair from the admin (`python -m bot zalo set-tokens`): the next generation, alert cleared."""
    with write_transaction(db):
        generation = store_pair(
            db, account.oa_id, access_token, refresh_token, time.time() + expires_in if access_token else 0, "admin"
        )
        clear_alert(db, alert_kind(account))
    return generation


def usable_tokens(db, cfg, account, session=None):
    """The row of a pair whose access token is good now, refreshed first if it is not."""
    row = token_row(db, account.oa_id)
    if row is None:
        raise NoTokens(texts.NO_TOKENS.format(oa=account.oa_id))
    if row["access_token"] and row["access_expires_at"] > time.time() + STILL_VALID_SECONDS:
        return row
    return refresh_tokens(db, cfg, account, seen_generation=row["generation"], session=session)


def refresh_tokens(db, cfg, account, seen_generation=None, session=None, wait=True, on_wait=None):
    """A new pair, unless the pair changed since `seen_generation` (another process refreshed): then
    that one. Returns the row in force; RefreshFailed, RefreshBusy or NoTokens otherwise. `on_wait`
    is called once if another process holds the lease (the command line says so)."""
    owner, lease = _owner(), lease_seconds(cfg)
    deadline = time.monotonic() + lease + 5
    while True:
        with write_transaction(db):
            row = token_row(db, account.oa_id)
            if row is None:
                raise NoTokens(texts.NO_TOKENS.format(oa=account.oa_id))
            seen_generation = row["generation"] if seen_generation is None else seen_generation
            if row["generation"] != seen_generation:
                return row  # refreshed meanwhile by someone else: theirs is the pair
            leased = take_lease(db, account.oa_id, owner, lease)
        if leased is not None:
            break
        if on_wait is not None:
            on_wait()
            on_wait = None
        if not wait or time.monotonic() > deadline:
            raise RefreshBusy(f"another process is refreshing the tokens of OA {account.oa_id}")
        time.sleep(WAIT_STEP_SECONDS)  # one refresh call: the lease ends with it
    try:
        access, refresh, expires_in = refresh_pair(
            cfg["ZALO_OAUTH_URL"],
            account.app_id,
            account.app_secret,
            leased["refresh_token"],
            timeout=refresh_timeout(cfg),
            session=session,
        )
    except RefreshFailed as failed:
        _refresh_failed(db, account, owner, failed)
        raise
    with write_transaction(db):  # committed before anything uses it
        stored = store_refreshed(
            db, account.oa_id, owner, leased["generation"], access, refresh, time.time() + expires_in
        )
        if stored:
            clear_alert(db, alert_kind(account))
    if not stored:  # the admin gave a pair meanwhile: theirs stands
        log.warning("zalo: OA %s got a new pair while refreshing; kept the admin's", account.oa_id)
    else:
        log.info("zalo: refreshed the tokens of OA %s (generation %s)", account.oa_id, leased["generation"] + 1)
    return token_row(db, account.oa_id)


def _refresh_failed(db, account, owner, failed):
    message = (texts.REFRESH_SPENT if failed.spent else texts.REFRESH_FAILED).format(oa=account.oa_id, why=failed)
    with write_transaction(db):
        release_lease(db, account.oa_id, owner, str(failed)[:300])
        raise_alert(db, alert_kind(account), message)
    log.warning("zalo: refreshing the tokens of OA %s failed: %s", account.oa_id, failed)


def refresh_due_tokens(db, cfg, accounts, session=None):
    """Refresh each OA's pair ahead of its expiry (the workers' loop); seconds until the next look."""
    wait = CHECK_EVERY_SECONDS
    for account in accounts:
        row = token_row(db, account.oa_id)
        if row is None:
            continue
        left = row["access_expires_at"] - time.time()
        if left < REFRESH_AHEAD_SECONDS:
            try:
                row = refresh_tokens(db, cfg, account, seen_generation=row["generation"], session=session, wait=False)
                left = row["access_expires_at"] - time.time()
            except (RefreshFailed, RefreshBusy, NoTokens):
                continue  # the alert is raised; the next look tries again
        wait = min(wait, max(1.0, left - REFRESH_AHEAD_SECONDS))
    return wait
