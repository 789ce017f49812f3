"""A body over MAX_BODY_BYTES is refused by the server before it is buffered (cli/serve.py).

Waitress's own limit is 1 GB, spooled to disk while the connection waits for the rest; Flask's
MAX_BODY_BYTES check came only once it had all arrived. On the real server: a 500 MB Content-Length
is answered at once, on the webhook and the console alike, while more of them than the server has
threads are held open, and the server goes on answering.
"""

import socket
import time

import pytest
import requests

from cli.serve import max_body_bytes

pytestmark = pytest.mark.slow
HUGE = 500 * 1000 * 1000


def send_headers(server, path, length, first_bytes=b"{"):
    """A request that announces `length` bytes and sends only the first few; the socket is left open."""
    connection = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    connection.sendall(
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: {length}\r\n\r\n".encode()
        + first_bytes
    )
    return connection


def answer_of(connection):
    """The status line the server sent back without waiting for the body ("" if it just closed)."""
    try:
        return connection.recv(4096).split(b"\r\n", 1)[0].decode()
    except ConnectionResetError:
        return ""


def test_a_500_mb_content_length_is_refused_at_once_and_holds_no_thread(bot_servers, graph):
    server = bot_servers(graph.url, MAX_BODY_BYTES="200000", WAITRESS_THREADS="2")
    started = time.monotonic()
    held = [send_headers(server, path, HUGE) for path in ("/webhook", "/console/login", "/webhook", "/webhook")]
    try:
        answers = [answer_of(connection) for connection in held]  # each socket times out after 10 s
        assert set(answers) <= {"HTTP/1.1 413 Request Entity Too Large", ""}, answers
        assert time.monotonic() - started < 5
        assert requests.get(server.url + "/healthz", timeout=5).ok  # still answering
        # At the limit it is still the app's to judge: a body of MAX_BODY_BYTES reaches the webhook.
        at_limit = requests.post(server.url + "/webhook", data=b"x" * 200_000, timeout=10)
        assert at_limit.status_code == 403  # unsigned, refused by the app: it was read
        assert requests.post(server.url + "/webhook", data=b"x" * 200_001, timeout=10).status_code == 413
    finally:
        for connection in held:
            connection.close()


def test_the_sandbox_lets_a_phones_photo_reach_its_stand_in():
    live = {"MAX_CONTENT_LENGTH": 1_000_000, "ATTACHMENT_MAX_BYTES": 25_000_000, "SANDBOX": False}
    assert max_body_bytes(live) == 1_000_000
    assert max_body_bytes(dict(live, SANDBOX=True)) == 25_000_000
