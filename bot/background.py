"""The threads that work after the 200: events, then sends, then downloads.

Each loop owns one database connection and sleeps until woken (a new event,
a new reply) or until its next retry is due.
"""
import logging
import threading

import requests

from bot.downloads import download_due_attachments
from bot.send_api import GraphClient
from bot.sender import send_due_messages
from bot.worker import BATCH, process_pending_events
from storage.db import connect

log = logging.getLogger(__name__)
IDLE_SECONDS = 30


class Loop(threading.Thread):
    def __init__(self, name, db_path, step):
        super().__init__(name=name, daemon=True)
        self.db_path, self.step = db_path, step
        self._wakeup, self._stopping = threading.Event(), threading.Event()

    def wake(self):
        self._wakeup.set()

    def stop(self):
        self._stopping.set()
        self._wakeup.set()

    def run(self):
        db = connect(self.db_path)
        while not self._stopping.is_set():
            self._wakeup.clear()
            try:
                delay = self.step(db)
            except Exception:  # noqa: BLE001 - keep the loop alive; the error is logged
                log.exception("%s: step failed", self.name)
                delay = 1
            if delay != 0:
                self._wakeup.wait(IDLE_SECONDS if delay is None else min(delay, IDLE_SECONDS))
        db.conn.close()


class Workers:
    """Started by the app factory; `wake()` is called after events are stored."""

    def __init__(self, cfg):
        path = cfg["DATABASE_PATH"]
        self.client = GraphClient(cfg["GRAPH_API_URL"], cfg["PAGE_ACCESS_TOKEN"], cfg["GRAPH_TIMEOUT_SECONDS"])
        http = requests.Session()
        self.sender = Loop("sender", path, lambda db: send_due_messages(db, cfg, self.client))
        self.downloader = Loop("downloader", path, lambda db: download_due_attachments(db, cfg, http))
        self.events = Loop("events", path, self._process_events(cfg))
        self.loops = [self.events, self.sender, self.downloader]
        self.started = False

    def _process_events(self, cfg):
        def step(db):
            handled = process_pending_events(db, cfg)
            if handled:
                self.sender.wake()
                self.downloader.wake()
            return 0 if handled == BATCH else None
        return step

    def start(self):
        for loop in self.loops:
            loop.start()
        self.started = True

    def wake(self):
        if self.started:
            self.events.wake()

    def wake_sender(self):
        if self.started:
            self.sender.wake()

    def stop(self):
        for loop in self.loops:
            loop.stop()
        for loop in self.loops:
            loop.join(timeout=5)
