"""`python -m bot serve` runs the workers in a process of their own and supervises it.

A killed worker is restarted and its successor answers what was stored meanwhile (the webhook kept
acknowledging); a killed server takes its worker with it, so a restarted server never runs beside an
orphaned worker that would send the same replies again; WORKER_PROCESS=0 keeps the old threads."""

import os
import signal

import pytest
from live import BotServer, GraphStandin, wait_until
from messenger_support import APP_SECRET, LiveCitizen

pytestmark = pytest.mark.slow


def children(pid):
    """The live worker processes whose parent is `pid` (from /proc; zombies do not count)."""
    found = []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                command = cmdline.read()
        except (FileNotFoundError, ProcessLookupError, NotADirectoryError, PermissionError):
            continue
        if fields[1] == str(pid) and fields[0] != "Z" and b"runtime.worker_process" in command:
            found.append(int(entry))
    return found


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.fixture
def graph():
    standin = GraphStandin()
    yield standin
    standin.close()


def test_a_killed_worker_is_restarted_and_nothing_is_lost(tmp_path, graph, messenger):
    server = BotServer(tmp_path, graph.url, APP_SECRET).start()
    try:
        (worker,) = wait_until(lambda: children(server.process.pid), what="the worker process")
        citizen = LiveCitizen(server, graph, messenger, "worker-crash")
        assert citizen.say("Xin chào")  # the worker answers
        os.kill(worker, signal.SIGKILL)
        citizen.post(messenger.text("worker-crash", "Xin chào lần nữa"))  # acknowledged meanwhile: 200
        (successor,) = wait_until(
            lambda: [p for p in children(server.process.pid) if p != worker], what="a new worker process"
        )
        assert successor != worker and server.process.poll() is None
        assert citizen.replies()  # stored while no worker ran, answered now
        assert server.health()["events_pending"] == 0
    finally:
        server.stop()
    assert not alive(successor)  # a stopped server stops its worker


def test_a_killed_server_takes_its_worker_with_it(tmp_path, graph):
    server = BotServer(tmp_path, graph.url, APP_SECRET).start()
    try:
        (worker,) = wait_until(lambda: children(server.process.pid), what="the worker process")
        server.kill()
        wait_until(lambda: not alive(worker), timeout=10, what="the orphaned worker to die")
    finally:
        server.stop()


def test_worker_process_0_keeps_the_workers_in_the_web_process(tmp_path, graph, messenger):
    server = BotServer(tmp_path, graph.url, APP_SECRET, WORKER_PROCESS=0).start()
    try:
        assert LiveCitizen(server, graph, messenger, "in-process").say("Xin chào")
        assert children(server.process.pid) == []
    finally:
        server.stop()
