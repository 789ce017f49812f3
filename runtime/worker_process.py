"""The workers in a process of their own: `python -m runtime.worker_process`, started by `bot serve`.

Why a process: with the workers in the web process, the conversation, the
senders and the acknowledgement path share one interpreter lock, and under
load the acknowledgement waited for them (bench/: senders 34 % of the
samples, the request threads 31 %). Here the web process only stores and
answers; this one processes, sends, downloads and runs the duty loops.

The two share only the SQLite file (WAL lets one write while the other reads)
and a pipe. The web process first writes its settings down the pipe, as one
line of JSON, so both processes run with the very settings the web process
was started with (this one reads no environment and no `.env`); then a byte
to this process's standard input for each wake-up (WAKE_EVENTS after new
events, WAKE_SENDERS after an officer's reply), so nothing waits for a poll. End of the pipe means the
supervisor is gone: this process stops too (and the kernel kills it at once
if the supervisor was killed), so a restarted server never meets an orphaned
second set of workers sending the same replies.
"""

import contextlib
import ctypes
import json
import logging
import os
import signal
import sys
import threading

WAKE_EVENTS, WAKE_SENDERS = b"e", b"s"
SUPERVISOR_PID = "PAKN_SUPERVISOR_PID"
PR_SET_PDEATHSIG = 1
# Below the web process: on a busy machine the webhook's answer wins the CPU and the worker catches up
# after the burst (bench/: ack rate 50 % of the bare app's at equal priority, 84 % at nice 10). The
# worker's transactions are short (runtime/worker.py GROUP_SECONDS), so the webhook seldom waits for
# a write lock held by a worker that is not running.
WORKER_NICE = 10
log = logging.getLogger(__name__)


def die_with_the_supervisor():
    """Linux: SIGKILL this process when its parent dies, even by SIGKILL (prctl PR_SET_PDEATHSIG).
    A parent that died before the call is noticed by the parent's pid having changed."""
    with contextlib.suppress(OSError, AttributeError):  # not Linux: the end of the pipe still stops this process
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    expected = os.environ.get(SUPERVISOR_PID)
    if expected and os.getppid() != int(expected):
        sys.exit(0)


def settings_line(cfg):
    """What the supervisor writes first: the settings as one line (JSON escapes every newline)."""
    return json.dumps(cfg, ensure_ascii=False).encode() + b"\n"


def read_settings(pipe):
    """The settings line from the pipe; None when the pipe ends first (the supervisor is gone).
    Wake-ups that arrived behind it are dropped: the workers look at the tables when they start."""
    data = b""
    while b"\n" not in data:
        chunk = os.read(pipe, 65536)
        if not chunk:
            return None
        data += chunk
    return json.loads(data.split(b"\n", 1)[0])


def listen_for_wakeups(workers, pipe):
    """Wake the workers for each byte the web process writes; return at the pipe's end."""
    while chunk := os.read(pipe, 4096):
        if WAKE_EVENTS in chunk:
            workers.wake()
        if WAKE_SENDERS in chunk:
            workers.wake_sender()


def main():
    die_with_the_supervisor()
    os.nice(WORKER_NICE)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s worker %(name)s: %(message)s")
    cfg = read_settings(sys.stdin.fileno())
    if cfg is None:
        sys.exit(0)
    from runtime.background import Workers
    from runtime.rules import register_rules

    register_rules()  # before anything can change a case, as in the web process
    workers = Workers(cfg)
    stopped = threading.Event()
    for stop_signal in (signal.SIGTERM, signal.SIGINT):  # systemd's stop; Ctrl-C reaches the whole group
        signal.signal(stop_signal, lambda *_: stopped.set())
    workers.start()
    log.info("workers started (pid %d)", os.getpid())
    reader = threading.Thread(
        target=lambda: (listen_for_wakeups(workers, sys.stdin.fileno()), stopped.set()), name="wake-pipe", daemon=True
    )
    reader.start()
    stopped.wait()
    workers.stop()


if __name__ == "__main__":
    main()
