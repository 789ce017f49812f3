"""The processes under measurement: the bot, the Graph stand-in, the bare-Flask ceiling.

Each runs as its own process, started with the venv's interpreter from the
project root, and is ready when its health URL answers (a deadline, not a sleep).
"""

import json
import os
import signal
import socket
import subprocess  # nosec B404 # starts our own server
import sys
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
APP_SECRET = "bench-app-secret"  # nosec B105 # benchmark-only secret
PAGE_TOKEN = "bench-page-token"  # nosec B105 # benchmark-only token


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url, timeout=5):
    with urllib.request.urlopen(url, timeout=timeout) as response:  # nosec B310 # http URLs of the local servers
        return json.loads(response.read())


class Process:
    """One server in a subprocess; `peak_rss_mb` is the kernel's high-water mark (VmHWM)."""

    def __init__(self, name, args, workdir, health_path="/healthz", **env):
        self.name, self.args, self.health_path = name, args, health_path
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = dict(
            os.environ,
            PAKN_ENV_FILE=os.devnull,
            APP_SECRET=APP_SECRET,
            PAGE_ACCESS_TOKEN=PAGE_TOKEN,
            HOST="127.0.0.1",
            PORT=str(self.port),
            **{k: str(v) for k, v in env.items()},
        )
        self.log_path = os.path.join(workdir, f"{name}.log")
        self.process = None

    def start(self, timeout=30):
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, *self.args, *self._port_arg()],
                cwd=ROOT,  # nosec B603 # sys.executable and fixed arguments
                env=self.env,
                stdout=log,
                stderr=log,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}; see {self.log_path}")
            try:
                get_json(self.url + self.health_path, timeout=1)
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"{self.name} did not answer {self.health_path} within {timeout}s")

    def _port_arg(self):
        return [] if self.args[:2] == ["-m", "bot"] else [str(self.port)]

    def peak_rss_mb(self):
        """The server's peak plus its children's (`bot serve` runs its workers in a process of their
        own): a sum of peaks, so never less than the peak of the sum."""
        pids = [self.process.pid, *children_of(self.process.pid)]
        return sum(_vm_hwm_kb(pid) or 0 for pid in pids) / 1024

    def processes(self):
        return 1 + len(children_of(self.process.pid))

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def children_of(pid):
    """The pids whose parent is `pid`, from /proc."""
    found = []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/stat") as stat:
                if stat.read().rsplit(")", 1)[1].split()[1] == str(pid):
                    found.append(int(entry))
        except OSError:
            continue
    return found


def _vm_hwm_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def graph_standin(workdir):
    return Process(
        "graph-standin",
        ["-m", "bench.standin"],
        workdir,
        health_path=f"/v21.0/me/subscribed_apps?access_token={PAGE_TOKEN}",
    )


def bot_server(workdir, graph_url):
    """`python -m bot serve` on a fresh file database, workers on, replies to the stand-in."""
    return Process(
        "bot",
        ["-m", "bot", "serve"],
        workdir,
        DATABASE_PATH=os.path.join(workdir, "load.db"),
        ATTACHMENTS_DIR=os.path.join(workdir, "files"),
        VERIFY_TOKEN="bench-verify",
        GRAPH_API_URL=graph_url + "/v21.0",
        SECRET_KEY="bench",  # nosec B106 # benchmark-only values
        START_WORKERS=1,
    )


def ceiling_server(workdir):
    return Process("ceiling", ["-m", "bench.ceiling"], workdir)
