"""A worker thread: one step at a time on its own connection, woken early when there is work.

A step returns how long to wait before the next (None: the idle time, 0: at
once). An exception is logged and the loop goes on, so one bad row never stops
the bot.
"""

import logging
import threading

from storage.db import connect

log = logging.getLogger(__name__)
IDLE_SECONDS = 30


class Loop(threading.Thread):
    def __init__(self, name, db_path, step, idle=IDLE_SECONDS):
        super().__init__(name=name, daemon=True)
        self.db_path, self.step, self.idle = db_path, step, idle
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
                self._wakeup.wait(self.idle if delay is None else min(delay, self.idle))
        db.conn.close()
