"""Fetches attachments while Meta's (or Zalo's) short-lived URLs still work.

The URL is stored first (in the worker's transaction); this downloads it
afterwards, from allowed hosts only, capped in size and time (messenger/safe_fetch.py),
retrying with backoff when the fetch fails. The background loop runs several
downloads at once (messenger/download_pool.py), so one slow file never holds up the rest.
"""

import logging
import os
import re
import time

import requests

from core.channels import HOSTS_SETTING, channel_of
from core.filetypes import sniff_file
from messenger.attachment_hosts import Refused, host_patterns
from messenger.safe_fetch import TooLarge, fetch_to_file
from storage.db import write_transaction

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 6


def due_attachments(db, limit=20, skip=()):
    """Pending files whose time has come, oldest first, leaving out `skip` (in flight)."""
    rows = db.query(
        "SELECT * FROM attachments WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?",
        [time.time(), limit + len(skip)],
    )
    return [row for row in rows if row["id"] not in skip][:limit]


def seconds_to_next(db, skip=()):
    """Until the next pending file is due (None: nothing pending but `skip`)."""
    skip = sorted(skip)
    (due,) = db.execute(
        "SELECT min(next_attempt_at) FROM attachments WHERE status = 'pending'"  # nosec B608 # only "?" placeholders are joined
        f" AND id NOT IN ({', '.join('?' * len(skip))})",
        skip,
    ).fetchone()
    return None if due is None else max(0.0, due - time.time())


def download_due_attachments(db, cfg, session=None):
    """Download what is due, one after another; return seconds until the next retry (None: nothing)."""
    rows = due_attachments(db)
    for row in rows:
        fetch_attachment(db, cfg, row, session or requests)
    return 0 if rows else seconds_to_next(db)


def fetch_attachment(db, cfg, row, http):
    # A PSID is digits from Meta; anything else (a forged `../..`) must not pick the folder.
    folder = os.path.join(cfg["ATTACHMENTS_DIR"], re.sub(r"[^0-9A-Za-z_-]", "_", row["psid"])[:100])
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"{row['id']}.bin")
    try:
        hosts = host_patterns(cfg, HOSTS_SETTING[channel_of(row["psid"])])  # Meta's CDN, or Zalo's
        size = fetch_to_file(http, row["url"], path, cfg, hosts)
    except Refused as refused:
        return _finish(db, row, "refused", error=str(refused)[:300])
    except TooLarge:
        _remove(path + ".part")
        return _finish(db, row, "too_large", error=f"larger than {cfg['ATTACHMENT_MAX_BYTES']} bytes")
    except (requests.RequestException, OSError) as exc:
        _remove(path + ".part")
        attempts = row["attempts"] + 1
        if attempts >= MAX_ATTEMPTS:
            return _finish(db, row, "failed", error=str(exc)[:300])
        with write_transaction(db):
            db.execute(
                "UPDATE attachments SET attempts = ?, error = ?, next_attempt_at = ? WHERE id = ?",
                [attempts, str(exc)[:300], time.time() + cfg["RETRY_BASE_SECONDS"] * 2**attempts, row["id"]],
            )
        return None
    # The type the bytes have, not the one the URL or the header claims (core/filetypes.py).
    _finish(db, row, "stored", path=path, size=size, content_type=sniff_file(path))


def _remove(path):
    if os.path.exists(path):
        os.remove(path)


def _finish(db, row, status, path=None, size=None, content_type=None, error=None):
    with write_transaction(db):
        db.execute(
            "UPDATE attachments SET status = ?, path = ?, size = ?, content_type = ?, error = ?,"
            " attempts = attempts + 1 WHERE id = ? AND status = 'pending'",
            [status, path, size, content_type, error, row["id"]],
        )
    if status != "stored":
        log.warning("attachment %s: %s (%s)", row["id"], status, error)
