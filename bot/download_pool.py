"""Several downloads at once, so that one slow file never holds up the others (issue 15, point 4).

The downloader loop hands each due file to a small thread pool and goes back to
sleep; each finished download wakes it for the next. Each pool thread keeps its
own database connection and HTTP session (neither is shared across threads).
"""
import logging
import threading
from concurrent.futures import ThreadPoolExecutor

import requests

from bot.downloads import due_attachments, fetch_attachment, seconds_to_next
from storage.db import connect

log = logging.getLogger(__name__)


class DownloadPool:
    def __init__(self, cfg, db_path, wake):
        self.cfg, self.db_path, self.wake = cfg, db_path, wake
        self.size = max(1, cfg.get("ATTACHMENT_DOWNLOADS", 4))
        self.executor = ThreadPoolExecutor(max_workers=self.size, thread_name_prefix="download")
        self.in_flight, self.lock = set(), threading.Lock()
        self.local = threading.local()

    def step(self, db):
        """The downloader loop's step: start what is due and fits; return seconds to sleep."""
        with self.lock:
            busy = set(self.in_flight)
            rows = due_attachments(db, limit=self.size - len(busy), skip=busy) if len(busy) < self.size else []
            self.in_flight.update(row["id"] for row in rows)
        for row in rows:
            self.executor.submit(self._download, row)
        if len(busy) + len(rows) >= self.size:
            return None  # full: a finished download wakes the loop
        return seconds_to_next(db, skip=busy | {row["id"] for row in rows})

    def _download(self, row):
        try:
            fetch_attachment(self._db(), self.cfg, row, self._session())
        except Exception:  # noqa: BLE001 - the row stays pending and is tried again
            log.exception("attachment %s: download failed", row["id"])
        finally:
            with self.lock:
                self.in_flight.discard(row["id"])
            self.wake()

    def _db(self):
        if getattr(self.local, "db", None) is None:
            self.local.db = connect(self.db_path)
        return self.local.db

    def _session(self):
        if getattr(self.local, "session", None) is None:
            self.local.session = requests.Session()
        return self.local.session

    def stop(self):
        self.executor.shutdown(wait=False, cancel_futures=True)
