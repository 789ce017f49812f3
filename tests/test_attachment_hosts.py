"""The attachment downloader fetches only what it may, within bounds (issue 15, point 4).

A signed event names any URL it likes. The real server is given files to fetch from a local
"CDN" that records every request: listed hosts are fetched; an unlisted one, a wildcard match
that resolves to loopback, and a redirect to either are refused without a request; a trickling
download stops at its deadline without holding up the photo sent after it; a file over the cap
is dropped.
"""

import contextlib
import http.server
import socket
import threading
import time

import pytest
from live import wait_until
from messenger_support import LiveCitizen

from messenger.attachment_hosts import DEFAULT_ATTACHMENT_HOSTS, Refused, check_url, host_patterns
from storage import connect

PNG = b"\x89PNG\r\n\x1a\n" + bytes(40)


class RecordingCDN(http.server.ThreadingHTTPServer):
    """A local CDN: /photo.png, /redirect?to=URL, /trickle (a byte every 0.2 s), /big, /big-chunked."""

    daemon_threads = False  # so that `close` joins every request's thread (block_on_close)

    def __init__(self):
        self.hits = []  # (Host header, path) of every request, in order
        self.closing, self.connections = threading.Event(), []
        super().__init__(("127.0.0.1", 0), CDNHandler)
        self.port = self.server_address[1]
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    def process_request(self, request, client_address):
        self.connections.append(request)
        super().process_request(request, client_address)

    def close(self):
        self.closing.set()  # a trickle still being read stops
        self.shutdown()
        for connection in self.connections:  # a kept-alive connection's thread waits for its next request
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        self.server_close()
        self.thread.join()


class CDNHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.server.hits.append((self.headers.get("Host", "").split(":")[0], self.path))
        try:
            self._serve()
        except OSError:
            pass  # the downloader hung up (its deadline, its cap): that is the point

    def _serve(self):
        if self.path.startswith("/redirect?to="):
            return self._answer(302, b"", Location=self.path.split("=", 1)[1])
        if self.path == "/trickle":
            self._answer(200, None, **{"Content-Length": "1000"})
            for _ in range(1000):
                self.wfile.write(b"x")
                self.wfile.flush()
                if self.server.closing.wait(0.2):
                    return None
            return None
        if self.path == "/big":
            return self._answer(200, bytes(5000))
        if self.path == "/big-chunked":  # no Content-Length: only counting the bytes can stop it
            self._answer(200, None, **{"Transfer-Encoding": "chunked"})
            for _ in range(10):
                self.wfile.write(b"3e8\r\n" + bytes(1000) + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
            return None
        return self._answer(200, PNG)

    def _answer(self, status, body, **headers):
        self.send_response(status)
        if body is not None:
            headers.setdefault("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if body:
            self.wfile.write(body)


@pytest.fixture
def cdn():
    server = RecordingCDN()
    yield server
    server.close()


@pytest.mark.slow
def test_only_listed_hosts_are_fetched_within_a_deadline_and_a_cap(bot_servers, graph, cdn, messenger):
    server = bot_servers(
        graph.url,
        ATTACHMENT_HOSTS="127.0.0.1,local*",
        ATTACHMENT_DEADLINE_SECONDS="5",
        ATTACHMENT_MAX_BYTES="1000",
        ATTACHMENT_DOWNLOADS="2",
    )
    citizen = LiveCitizen(server, graph, messenger, "7001")
    listed, wildcard = f"http://127.0.0.1:{cdn.port}", f"http://localhost:{cdn.port}"
    # The trickle first: the photo after it must not wait for it.
    citizen.post(messenger.attachment("7001", "file", url=listed + "/trickle"))
    started = time.monotonic()
    urls = {
        "photo": listed + "/photo.png",
        "wildcard to loopback": wildcard + "/photo.png",
        "unlisted": "http://169.254.169.254/latest/meta-data/iam",
        "file scheme": "file:///etc/passwd",
        "redirect out": f"{listed}/redirect?to={wildcard}/photo.png",
        "big": listed + "/big",
        "big, chunked": listed + "/big-chunked",
    }
    for name, url in urls.items():
        citizen.post(messenger.attachment("7001", "image" if name == "photo" else "file", url=url))
    db = connect(server.env["DATABASE_PATH"])

    def status(url):
        row = db.execute("SELECT status, error FROM attachments WHERE url = ?", [url]).fetchone()
        return row[0] if row else None

    wait_until(lambda: status(urls["photo"]) == "stored", timeout=10, what="the photo")
    assert time.monotonic() - started < 4, "the photo waited for the trickle (cut off at 5 s)"
    wait_until(lambda: all(status(u) != "pending" for n, u in urls.items()), what="every other file")
    assert {n: status(u) for n, u in urls.items()} == {
        "photo": "stored",
        "wildcard to loopback": "refused",
        "unlisted": "refused",
        "file scheme": "refused",
        "redirect out": "refused",
        "big": "too_large",
        "big, chunked": "too_large",
    }
    assert [h for h in cdn.hits if h[0] != "127.0.0.1"] == []  # nothing was asked of a refused host
    assert ("127.0.0.1", f"/redirect?to={wildcard}/photo.png") in cdn.hits
    # The trickle is cut off at its deadline and tried again later, never stored.
    wait_until(
        lambda: (
            "not finished within 5"
            in (db.execute("SELECT error FROM attachments WHERE url = ?", [listed + "/trickle"]).fetchone()[0] or "")
        ),
        timeout=15,
        what="the trickle cut off",
    )
    assert status(listed + "/trickle") in ("pending", "failed")


def test_the_default_hosts_are_metas_cdn_and_the_sandbox_adds_its_stand_in():
    live = host_patterns({"ATTACHMENT_HOSTS": DEFAULT_ATTACHMENT_HOSTS, "SANDBOX": False})
    assert check_url("https://cdn.fbsbx.com/v/t59/123?_nc=1", live) == "cdn.fbsbx.com"
    public = lambda *_args, **_kw: [(2, 1, 6, "", ("157.240.1.1", 443))]  # noqa: E731
    assert check_url("https://scontent.xx.fbcdn.net/v/a.jpg", live, resolve=public) == "scontent.xx.fbcdn.net"
    for url in (
        "http://127.0.0.1:5000/graph-standin/cdn/a.png",
        "https://fbcdn.net.evil.example/a.jpg",
        "https://evil.example/?u=https://cdn.fbsbx.com/a",
        "ftp://cdn.fbsbx.com/a",
        "https://user@evil.example:443@cdn.fbsbx.com.evil.example/",
    ):
        with pytest.raises(Refused):
            check_url(url, live, resolve=public)
    sandbox = host_patterns(
        {
            "ATTACHMENT_HOSTS": DEFAULT_ATTACHMENT_HOSTS,
            "SANDBOX": True,
            "GRAPH_API_URL": "http://127.0.0.1:5000/graph-standin/v21.0",
        }
    )
    assert check_url("http://127.0.0.1:5000/graph-standin/cdn/a.png", sandbox) == "127.0.0.1"
    assert check_url("http://localhost:5000/graph-standin/cdn/a.png", sandbox) == "localhost"


def test_a_listed_wildcard_that_resolves_inside_the_network_is_refused():
    patterns = host_patterns({"ATTACHMENT_HOSTS": DEFAULT_ATTACHMENT_HOSTS})
    for address in ("10.0.0.5", "192.168.1.10", "127.0.0.1", "169.254.169.254", "::1", "fd00::1", "0.0.0.0"):
        rebound = lambda *_args, _a=address, **_kw: [(2, 1, 6, "", (_a, 443))]  # noqa: E731
        with pytest.raises(Refused, match="private or loopback"):
            check_url("https://scontent.xx.fbcdn.net/v/a.jpg", patterns, resolve=rebound)


def test_the_address_actually_connected_to_is_checked_too(cdn, monkeypatch, tmp_path):
    """DNS rebinding: the name looked public when checked, then connected to loopback."""
    import requests

    from messenger import safe_fetch

    monkeypatch.setattr(safe_fetch, "check_url", lambda url, patterns: "localhost")  # "it was public"
    cfg = {"ATTACHMENT_DEADLINE_SECONDS": 5, "GRAPH_TIMEOUT_SECONDS": 5, "ATTACHMENT_MAX_BYTES": 1000}
    with pytest.raises(Refused, match="private or loopback"):
        safe_fetch.fetch_to_file(
            requests.Session(), f"http://localhost:{cdn.port}/photo.png", str(tmp_path / "f"), cfg, ["local*"]
        )
    assert not (tmp_path / "f").exists()
    # Listed by its exact name, the same host is trusted as listed.
    assert safe_fetch.fetch_to_file(
        requests.Session(), f"http://localhost:{cdn.port}/photo.png", str(tmp_path / "f"), cfg, ["localhost"]
    ) == len(PNG)
