"""Concurrent deliveries to /webhook share one transaction, each answered only after it
committed ("acknowledged means stored"), and one delivery that cannot be stored fails alone."""

import sqlite3
import threading

import pytest
import requests
from live import LocalServer, wait_until

from storage import group_commit
from storage.db import thread_connection, write_lock


def serve(app):
    """The app under the real HTTP server (waitress, as `bot serve` runs it) in this process, so the
    test can hold the database's write lock that the committer needs."""
    server = LocalServer(app, threads=8)
    return server, server.url


def stored(db):
    return db.execute("SELECT count(*) FROM inbound_events").fetchone()[0]


def committer_of(app):
    return group_commit._groups.get(app.config["DATABASE_PATH"])


def test_concurrent_deliveries_share_a_commit_and_are_answered_after_it(app, db, messenger):
    server, url = serve(app)
    bodies = [messenger.body(messenger.text(f"group-{n}", "Xin chào")) for n in range(6)]
    answers = {}

    def post(n):
        answers[n] = requests.post(
            url + "/webhook", data=bodies[n], headers=messenger.headers(bodies[n]), timeout=30
        ).status_code

    try:
        posts = [threading.Thread(target=post, args=(n,)) for n in range(6)]
        with write_lock(db):  # the database is busy: the first delivery's commit waits, others queue
            posts[0].start()
            wait_until(lambda: committer_of(app) and committer_of(app).groups_started == 1, what="1st group")
            for thread in posts[1:]:
                thread.start()
            wait_until(lambda: committer_of(app).waiting() == 5, what="five queued deliveries")
            assert answers == {} and stored(db) == 0  # nothing acknowledged before it is stored
        for thread in posts:
            thread.join(timeout=30)
        assert answers == {n: 200 for n in range(6)} and stored(db) == 6
        assert committer_of(app).groups_committed == 2  # the first alone, the five queued together
    finally:
        server.close()


def test_a_delivery_that_cannot_be_stored_fails_alone(app, db, messenger):
    """A group whose transaction fails is retried one delivery at a time: only the bad one raises."""
    path, outcomes = app.config["DATABASE_PATH"], {}
    good = {"page_id": "1", "kind": "text", "timestamp": 1, "body": "{}"}
    deliveries = {
        "a": [dict(good, event_key="a", psid="a")],
        "bad": [dict(good, event_key="b", psid={})],
        "c": [dict(good, event_key="c", psid="c")],
    }

    def store(name):
        try:
            outcomes[name] = group_commit.commit_events(path, deliveries[name])
        except Exception as exc:  # noqa: BLE001 - the outcome under test
            outcomes[name] = type(exc).__name__

    group_commit.commit_events(path, [dict(good, event_key="warm", psid="w")])  # a first group
    threads = {name: threading.Thread(target=store, args=(name,)) for name in deliveries}
    committer = committer_of(app)
    with write_lock(db):  # "a" waits for the lock alone; "bad" and "c" queue into one group
        threads["a"].start()
        wait_until(lambda: committer.groups_started == 2, what="the group of 'a'")
        threads["bad"].start()
        threads["c"].start()
        wait_until(lambda: committer.waiting() == 2, what="two queued deliveries")
    for thread in threads.values():
        thread.join(timeout=30)
    assert committer.groups_started == 3 and committer.groups_committed == 2  # the shared one failed
    assert outcomes == {"a": 1, "bad": "ProgrammingError", "c": 1}
    assert {row[0] for row in db.execute("SELECT psid FROM inbound_events")} == {"w", "a", "c"}


def test_a_database_that_cannot_write_fails_the_group_at_once(app, db, monkeypatch):
    """Locked past the busy timeout (a backup, a stuck process), the database is no delivery's fault:
    every request of the group hears the error at once. Retrying each delivery alone waited the whole
    timeout again for each (20 s for one webhook request, as long as Meta waits for an answer)."""
    path = app.config["DATABASE_PATH"]
    thread_connection(path).execute("PRAGMA busy_timeout = 50")  # the committer's (this thread's) connection
    retried = []
    monkeypatch.setattr(group_commit, "_store_alone", lambda db, delivery: retried.append(delivery))
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            group_commit.commit_events(
                path, [{"event_key": "k", "page_id": "1", "psid": "p", "kind": "text", "timestamp": 1, "body": "{}"}]
            )
    finally:
        holder.rollback()
        holder.close()
    assert retried == [] and committer_of(app).groups_committed == 0
    assert stored(db) == 0


def test_writers_of_other_processes_queue_on_the_same_file_lock(app, db):
    """The web process and the worker process write one file: a write lock held here is held for
    the other process too (a non-blocking try from a second process fails), and only while held."""
    import subprocess
    import sys

    try_lock = (
        "import fcntl, sys; f = open(sys.argv[1], 'a+')\n"
        "try:\n    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)\nexcept BlockingIOError:\n    sys.exit(3)"
    )
    lock_file = app.config["DATABASE_PATH"] + "-writers.lock"

    def other_process_gets_it():
        return subprocess.run([sys.executable, "-c", try_lock, lock_file], timeout=30).returncode == 0

    with write_lock(db):
        with write_lock(db):  # reentrant: the inner release keeps the outer hold
            pass
        assert not other_process_gets_it()
    assert other_process_gets_it()
