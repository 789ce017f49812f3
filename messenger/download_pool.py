"""Several downloads at once, so that one slow file never holds up the others.

The downloader loop hands each due file to a few worker threads and goes back
to sleep; each finished download wakes it for the next. Each worker keeps its
own database connection and HTTP session (neither is shared across threads).
The workers are daemon threads: a download in progress never delays a shutdown
(the file is still pending, and fetched again at the next start).
"""

import logging
import queue
import threading

import requests

from messenger.downloads import due_attachments, fetch_attachment, seconds_to_next
from storage.db import connect

log = logging.getLogger(__name__)


class DownloadPool:
    def __init__(self, cfg, db_path, wake):
        self.cfg, self.db_path, self.wake = cfg, db_path, wake
        self.size = max(1, cfg.get("ATTACHMENT_DOWNLOADS", 4))
        self.jobs, self.workers = queue.Queue(), []
        self.in_flight, self.lock = set(), threading.Lock()

    def step(self, db):
        """The downloader loop's step: start what is due and fits; return seconds to sleep."""
        with self.lock:
            busy = set(self.in_flight)
            rows = due_attachments(db, limit=self.size - len(busy), skip=busy) if len(busy) < self.size else []
            self.in_flight.update(row["id"] for row in rows)
        if rows and not self.workers:
            self.workers = [
                threading.Thread(target=self._work, name=f"download-{k}", daemon=True) for k in range(self.size)
            ]
            for worker in self.workers:
                worker.start()
        for row in rows:
            self.jobs.put(row)
        if len(busy) + len(rows) >= self.size:
            return None  # all busy: a finished download wakes the loop
        return seconds_to_next(db, skip=busy | {row["id"] for row in rows})

    def _work(self):
        db, session = None, requests.Session()
        while (row := self.jobs.get()) is not None:
            try:
                db = db or connect(self.db_path)
                fetch_attachment(db, self.cfg, row, session)
            except Exception:  # noqa: BLE001 - the row stays pending and is tried again
                log.exception("attachment %s: download failed", row["id"])
            finally:
                with self.lock:
                    self.in_flight.discard(row["id"])
                self.wake()
        if db is not None:
            db.conn.close()

    def stop(self):
        for _ in self.workers:
            self.jobs.put(None)
