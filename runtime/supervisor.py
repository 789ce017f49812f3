"""The web process's side of the worker process: start it, restart it when it dies, wake it.

Takes the place of `Workers` in the app (`wake`, `wake_sender`, `stop`), so
the webhook and the console do not know where the workers run. A worker that
crashes loses nothing: its events and replies are rows in SQLite, and the
next worker takes them up (runtime/worker.py, messenger/sender.py), as after
a crash of the whole server. Restarts back off, so a worker that cannot start
does not spin the CPU the webhook needs.
"""

import contextlib
import logging
import os
import subprocess  # nosec B404 # starts our own worker with this interpreter
import sys
import threading
import time

from runtime.worker_process import SUPERVISOR_PID, WAKE_EVENTS, WAKE_SENDERS, settings_line

log = logging.getLogger(__name__)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIRST_BACKOFF_SECONDS, MAX_BACKOFF_SECONDS = 0.5, 30
STEADY_SECONDS = 60  # a worker that ran this long crashed once, not in a loop: back off from the start


class WorkerSupervisor:
    def __init__(self, cfg):
        # The web process's settings, as it resolved them at start-up, handed to every worker it
        # starts; the same working folder (relative paths) and environment (proxies), with the
        # project importable from there.
        self.settings = settings_line(cfg)
        path = os.pathsep.join(p for p in (ROOT, os.environ.get("PYTHONPATH")) if p)
        self.env = {**os.environ, "PYTHONPATH": path, SUPERVISOR_PID: str(os.getpid())}
        self.process, self.started, self.restarts = None, False, 0
        self._stopping = threading.Event()
        self._lock = threading.Lock()  # the pipe and the process change together
        self._retired, self.pipe = [], None

    def start(self):
        self._spawn()
        self.started = True
        threading.Thread(target=self._watch, name="worker-supervisor", daemon=True).start()

    def _spawn(self):
        with self._lock:
            if self.process is not None:  # kept, so its pipe's number is never reused under a wake-up
                self._retired.append(self.process)
            self.process = subprocess.Popen(
                [sys.executable, "-m", "runtime.worker_process"],  # nosec B603 # this interpreter, a fixed module
                env=self.env,
                stdin=subprocess.PIPE,
            )
            with contextlib.suppress(OSError):  # a worker that died at once: the watcher starts another
                self.process.stdin.write(self.settings)
                self.process.stdin.flush()
            os.set_blocking(self.process.stdin.fileno(), False)  # a full pipe already holds a wake-up
            self.pipe = self.process.stdin.fileno()
        log.info("worker process started (pid %d)", self.process.pid)

    def _watch(self):
        """Wait for the worker; unless we are stopping, start another after a growing pause."""
        backoff = FIRST_BACKOFF_SECONDS
        while not self._stopping.is_set():
            started_at = time.monotonic()
            code = self.process.wait()
            if self._stopping.is_set():
                return
            backoff = FIRST_BACKOFF_SECONDS if time.monotonic() - started_at > STEADY_SECONDS else backoff
            log.error("worker process %d exited with %s: starting another in %.1f s", self.process.pid, code, backoff)
            if self._stopping.wait(backoff):
                return
            backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)
            self.restarts += 1
            self._spawn()

    def _send(self, byte):
        """One byte, one system call, no lock: a write this small is atomic, and a full pipe
        already holds a wake-up; a dead worker's successor looks at the tables when it starts."""
        with contextlib.suppress(OSError):  # BlockingIOError, BrokenPipeError
            os.write(self.pipe, byte)

    def wake(self):
        if self.started:
            self._send(WAKE_EVENTS)

    def wake_sender(self):
        if self.started:
            self._send(WAKE_SENDERS)

    def stop(self, timeout=10):
        """SIGTERM, then SIGKILL if the worker has not stopped within `timeout` seconds."""
        self._stopping.set()
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
