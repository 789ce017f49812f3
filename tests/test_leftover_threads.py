"""No thread of one test runs on into the next: in-process servers join theirs, and a test that
leaves one behind fails (tests/thread_check.py: no_thread_outlives_its_test)."""

import threading

import pytest
import requests
from live import GraphStandin
from thread_check import refuse_threads_started_since


def test_a_thread_left_running_fails_the_check_and_a_joined_one_passes_it():
    before = set(threading.enumerate())
    release = threading.Event()
    thread = threading.Thread(target=release.wait, name="left-behind")
    thread.start()
    try:
        with pytest.raises(pytest.fail.Exception, match="left 1 thread.*left-behind"):
            refuse_threads_started_since(before, "the test")
    finally:
        release.set()
        thread.join()
    refuse_threads_started_since(before, "the test")  # joined: nothing is left


def test_closing_the_standin_waits_for_a_request_its_client_gave_up_on():
    """A scripted delay outlives the client's timeout: `close` lets that request finish and joins
    every thread of the server, so the late answer cannot be written (or logged) during a later test."""
    before = set(threading.enumerate())
    graph = GraphStandin()
    graph.state.inject({"delay": 0.5, "status": 504, "body": {}})
    with pytest.raises(requests.Timeout):
        requests.post(graph.url + "/v21.0/me/messages?access_token=page-token", json={}, timeout=0.1)
    assert graph.state.attempts == 1  # the request is in the stand-in, waiting out its delay
    graph.close()
    assert [t.name for t in threading.enumerate() if t not in before] == []
    with pytest.raises(requests.ConnectionError):
        requests.get(graph.url + "/v21.0/me/messenger_profile", timeout=1)
