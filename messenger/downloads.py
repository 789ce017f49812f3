"""Fetches attachments while Meta's short-lived URLs still work.

The URL is stored first (in the worker's transaction); this loop downloads
it afterwards, capped in size, retrying with backoff when the fetch fails.
"""
import logging
import os
import re
import time

import requests

from core.filetypes import sniff_file
from storage.db import write_transaction

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 6
CHUNK = 64 * 1024


def download_due_attachments(db, cfg, session=None):
    """Download what is due; return seconds until the next retry (None: nothing pending)."""
    rows = list(db.query("SELECT * FROM attachments WHERE status = 'pending' AND next_attempt_at <= ?"
                         " ORDER BY id LIMIT 20", [time.time()]))
    for row in rows:
        fetch_attachment(db, cfg, row, session or requests)
    if rows:
        return 0
    (due,) = db.execute("SELECT min(next_attempt_at) FROM attachments WHERE status = 'pending'").fetchone()
    return None if due is None else max(0.0, due - time.time())


def fetch_attachment(db, cfg, row, http):
    # A PSID is digits from Meta; anything else (a forged `../..`) must not pick the folder.
    folder = os.path.join(cfg["ATTACHMENTS_DIR"], re.sub(r"[^0-9A-Za-z_-]", "_", row["psid"])[:100])
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"{row['id']}.bin")
    try:
        size = _stream_to(http, row["url"], path, cfg)
    except _TooLarge:
        os.remove(path + ".part")
        return _finish(db, row, "too_large", error=f"larger than {cfg['ATTACHMENT_MAX_BYTES']} bytes")
    except (requests.RequestException, OSError) as exc:
        attempts = row["attempts"] + 1
        if attempts >= MAX_ATTEMPTS:
            return _finish(db, row, "failed", error=str(exc)[:300])
        with write_transaction(db):
            db.execute("UPDATE attachments SET attempts = ?, error = ?, next_attempt_at = ? WHERE id = ?",
                       [attempts, str(exc)[:300], time.time() + cfg["RETRY_BASE_SECONDS"] * 2 ** attempts,
                        row["id"]])
        return None
    # The type the bytes have, not the one the URL or the header claims (core/filetypes.py).
    _finish(db, row, "stored", path=path, size=size, content_type=sniff_file(path))


class _TooLarge(Exception):
    pass


def _stream_to(http, url, path, cfg):
    limit = cfg["ATTACHMENT_MAX_BYTES"]
    with http.get(url, stream=True, timeout=cfg["GRAPH_TIMEOUT_SECONDS"]) as response:
        response.raise_for_status()
        size = 0
        with open(path + ".part", "wb") as out:
            for chunk in response.iter_content(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise _TooLarge()
                out.write(chunk)
        os.replace(path + ".part", path)
        return size


def _finish(db, row, status, path=None, size=None, content_type=None, error=None):
    with write_transaction(db):
        db.execute("UPDATE attachments SET status = ?, path = ?, size = ?, content_type = ?, error = ?,"
                   " attempts = attempts + 1 WHERE id = ? AND status = 'pending'",
                   [status, path, size, content_type, error, row["id"]])
    if status != "stored":
        log.warning("attachment %s: %s (%s)", row["id"], status, error)
