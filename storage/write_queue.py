"""The queue every writer of one database waits in, across processes.

SQLite lets one writer at a time in, and a writer that finds the database
locked sleeps in SQLite's busy handler (1, 2, 5 … 100 ms) however soon the
lock is free again. Within one process the writers already queued on a
Python lock instead (storage/db.py). But the webhook and the workers
are two processes writing the same file, and the webhook's commits
slept behind the worker's: p99 acknowledgement 90 ms against 20 for the bare
app (bench/). So the queue now also holds an exclusive `flock` on
`<database>-writers.lock`, which the kernel hands to the next process the
moment it is released, and which it releases itself when a process dies.

Reentrant like the RLock it replaces: only the outermost hold takes and
drops the file lock.
"""

import fcntl
import os
import threading
from typing import IO


class WriteQueue:
    def __init__(self, db_path: str) -> None:
        self.path = os.path.abspath(db_path) + "-writers.lock"
        self._threads = threading.RLock()
        self._depth = 0
        self._file: IO[str] | None = None

    def acquire(self) -> bool:
        self._threads.acquire()
        try:
            if self._depth == 0:
                fcntl.flock(self._handle(), fcntl.LOCK_EX)  # waits without holding the interpreter lock
        except BaseException:
            self._threads.release()
            raise
        self._depth += 1
        return True

    def release(self) -> None:
        self._depth -= 1
        if self._depth == 0:
            fcntl.flock(self._handle(), fcntl.LOCK_UN)
        self._threads.release()

    def _handle(self) -> IO[str]:
        """Opened once and kept: a process's file lock belongs to this open file."""
        if self._file is None:
            self._file = open(self.path, "a+")  # noqa: SIM115 - kept open for the process's life
        return self._file

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
