"""The attachment downloader fetches only what it may, within bounds.

A signed event names any URL it likes. The real server is given files to fetch from a local
"CDN" that records every request: listed hosts are fetched; an unlisted one, a wildcard match
that resolves to loopback, and a redirect to either are refused without a request; a trickling
download stops at its deadline without holding up the photo sent after it; a file over the cap
is dropped. The same CDN is the trap for URLs that two parsers read differently (`\\@`, `@`,
`%2f`, IPv6 forms, unicode dots, numbers written as hosts): each is refused, the trap never hit.
"""

import contextlib
import http.server
import socket
import threading
import time
import urllib.parse

import pytest
from live import wait_until
from messenger_support import LiveCitizen

from messenger.attachment_hosts import DEFAULT_ATTACHMENT_HOSTS, Refused, host_patterns, judge
from storage import connect

PNG = b"\x89PNG\r\n\x1a\n" + bytes(40)
SECRET = b"internal service: do not serve"  # what the trap answers at /secret/internal


def check_url(url, patterns, resolve=None):
    """The host judged for `url` (the verdict's other half, its addresses, is tested below)."""
    return judge(url, patterns, **({"resolve": resolve} if resolve else {})).url.host


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
            return self._answer(302, b"", Location=urllib.parse.unquote(self.path.split("=", 1)[1]))
        if self.path == "/trickle":
            self._answer(200, None, **{"Content-Length": "1000"})
            for _ in range(1000):
                self.wfile.write(b"x")
                self.wfile.flush()
                if self.server.closing.wait(0.2):
                    return None
            return None
        if self.path.startswith("/secret"):
            return self._answer(200, SECRET)
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
    public = lambda *_args, **_kw: [(2, 1, 6, "", ("157.240.1.1", 443))]  # noqa: E731
    assert check_url("https://cdn.fbsbx.com/v/t59/123?_nc=1", live, resolve=public) == "cdn.fbsbx.com"
    verdict = judge("https://scontent.xx.fbcdn.net/v/t1.15752-9/a_n.jpg?_nc_cat=1&oh=00_Ab%3D", live, resolve=public)
    assert (verdict.addresses, verdict.url.target) == (("157.240.1.1",), "/v/t1.15752-9/a_n.jpg?_nc_cat=1&oh=00_Ab%3D")
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


CFG = {"ATTACHMENT_DEADLINE_SECONDS": 5, "GRAPH_TIMEOUT_SECONDS": 5, "ATTACHMENT_MAX_BYTES": 100_000}


def test_the_connection_goes_to_the_address_that_was_judged(cdn, tmp_path):
    """DNS rebinding: a name answered one address when judged and another a moment later. The
    download connects to the judged address, with the judged name as its Host; no second lookup."""
    import requests

    from messenger.safe_fetch import fetch_to_file

    lookups = []

    def rebinding(host, port, **_kw):
        lookups.append(host)
        address = "127.0.0.1" if len(lookups) == 1 else "10.255.255.1"  # then somewhere inside
        return [(2, 1, 6, "", (address, port))]

    url = f"http://files.ward.test:{cdn.port}/photo.png"
    size = fetch_to_file(requests.Session(), url, str(tmp_path / "f"), CFG, ["files.ward.test"], resolve=rebinding)
    assert size == len(PNG) and lookups == ["files.ward.test"]
    assert cdn.hits == [("files.ward.test", "/photo.png")]
    # Matched by a wildcard, the same name must resolve to public addresses only: every one is checked.
    both = lambda host, port, **_kw: [(2, 1, 6, "", ("157.240.1.1", port)), (2, 1, 6, "", ("127.0.0.1", port))]  # noqa: E731
    with pytest.raises(Refused, match="private or loopback"):
        fetch_to_file(requests.Session(), url, str(tmp_path / "g"), CFG, ["*.ward.test"], resolve=both)
    assert not (tmp_path / "g").exists() and len(cdn.hits) == 1


def tricks(port):
    """URLs that two parsers read differently, or that name loopback in disguise; the trap is on `port`."""
    trap = f"127.0.0.1:{port}"
    return [
        f"http://{trap}\\@cdn.fbsbx.com/../secret/internal",  # urlsplit: cdn.fbsbx.com; urllib3: 127.0.0.1
        f"http://{trap}\\cdn.fbsbx.com/secret/internal",
        f"http://cdn.fbsbx.com\\@{trap}/secret/internal",
        f"http://{trap}@cdn.fbsbx.com/secret/internal",
        f"http://cdn.fbsbx.com@{trap}/secret/internal",
        f"http://cdn.fbsbx.com:443@{trap}/secret/internal",
        f"http://{trap}%2f@cdn.fbsbx.com/secret/internal",
        f"http://{trap}%2F.cdn.fbsbx.com/secret/internal",
        f"http://127.0.0.1%2ecdn.fbsbx.com:{port}/secret/internal",
        f"http://127%2e0%2e0%2e1:{port}/secret/internal",
        f"http://{trap}#@cdn.fbsbx.com/secret/internal",
        f"http://{trap}?@cdn.fbsbx.com/secret/internal",
        f"http://{trap}\t@cdn.fbsbx.com/secret/internal",
        f"http://{trap} @cdn.fbsbx.com/secret/internal",
        f"http://[::1]:{port}/secret/internal",
        f"http://[::ffff:127.0.0.1]:{port}/secret/internal",
        f"http://[::ffff:7f00:1]:{port}/secret/internal",
        f"http://[0:0:0:0:0:ffff:127.0.0.1]:{port}/secret/internal",
        f"http://[::1%25lo]:{port}/secret/internal",
        f"http://127。0。0。1:{port}/secret/internal",  # ideographic full stops
        f"http://127．0．0．1:{port}/secret/internal",  # fullwidth full stops
        f"http://cdn。fbsbx.com:{port}/secret/internal",
        f"http://cdn.fbsbx．com:{port}/secret/internal",
        f"http://ｃｄｎ.fbsbx.com:{port}/secret/internal",
        f"http://cdn.fbsbx.com\u200b:{port}/secret/internal",  # a zero-width space
        f"http://2130706433:{port}/secret/internal",  # decimal
        f"http://0177.0.0.1:{port}/secret/internal",  # octal
        f"http://0x7f.0.0.1:{port}/secret/internal",  # hex
        f"http://0x7f000001:{port}/secret/internal",
        f"http://127.1:{port}/secret/internal",
        f"http://127.0.0.1.:{port}/secret/internal",
        f"http://cdn.fbsbx.com.:{port}/secret/internal",
        "http://cdn.fbsbx.com/%2e%2e/%2e%2e/secret/internal",
        "http://cdn.fbsbx.com/files/..%2f..%2fsecret/internal",
        f"gopher://{trap}/_GET%20/secret/internal",
        f"file://{trap}/secret/internal",
        "file:///etc/passwd",
        f"//{trap}/secret/internal",
        f"http:/{trap}/secret/internal",
    ]


def test_every_trick_is_refused_and_the_trap_never_hit(cdn, tmp_path):
    """With the default ATTACHMENT_HOSTS (Meta's CDN), through the downloader itself."""
    import requests

    from messenger.safe_fetch import fetch_to_file

    patterns = host_patterns({"ATTACHMENT_HOSTS": DEFAULT_ATTACHMENT_HOSTS, "SANDBOX": False})
    fetched = {}
    for number, url in enumerate(tricks(cdn.port)):
        try:
            fetched[url] = fetch_to_file(requests.Session(), url, str(tmp_path / f"{number}"), CFG, patterns)
        except Refused:
            continue
        except (requests.RequestException, OSError) as failed:  # tried: it got as far as connecting
            fetched[url] = f"tried ({failed.__class__.__name__})"
    assert fetched == {}
    assert cdn.hits == [] and list(tmp_path.iterdir()) == []


def test_a_redirect_to_a_trick_is_refused_at_its_hop(cdn, tmp_path):
    import requests

    from messenger.safe_fetch import fetch_to_file

    patterns = ["127.0.0.1", "cdn.fbsbx.com"]  # the trap listed, as the tests list the stand-in
    for number, target in enumerate(tricks(cdn.port)[:3]):
        with pytest.raises(Refused):
            fetch_to_file(
                requests.Session(),
                f"http://127.0.0.1:{cdn.port}/redirect?to={urllib.parse.quote(target, safe='')}",
                str(tmp_path / f"{number}"),
                CFG,
                patterns,
            )
    assert {path.split("?")[0] for _host, path in cdn.hits} == {"/redirect"}


@pytest.mark.slow
def test_the_console_never_serves_what_a_tricky_url_points_at(bot_servers, graph, cdn, messenger):
    """End to end: a signed event with the backslash trick, the default ATTACHMENT_HOSTS, the real
    server's downloader and console."""
    from isolation_support import PASSWORD, Officer, file_case

    from storage import write_transaction
    from storage.officers import create_officer

    server = bot_servers(graph.url, ATTACHMENT_HOSTS=DEFAULT_ATTACHMENT_HOSTS, COOKIE_SECURE="0")
    url = tricks(cdn.port)[0]
    code = file_case(LiveCitizen(server, graph, messenger, "7301"), "feedback", [("attachment", url)])
    db = connect(server.env["DATABASE_PATH"])
    with write_transaction(db):
        create_officer(db, "lanh_dao", PASSWORD, role="leader")
    wait_until(
        lambda: db.execute("SELECT status FROM attachments WHERE url = ?", [url]).fetchone()[0] != "pending",
        what="the attachment judged",
    )
    (status, error) = db.execute("SELECT status, error FROM attachments WHERE url = ?", [url]).fetchone()
    assert status == "refused" and "backslash" in error
    leader = Officer(server, "lanh_dao")
    (attachment,) = leader.get(f"/console/cases/{code}/json").json()["attachments"]
    served = leader.get(f"/console/files/{attachment['id']}")
    assert served.status_code == 404 and SECRET not in served.content
    assert SECRET.decode() not in leader.get(f"/console/cases/{code}").text
    assert cdn.hits == []


def test_https_checks_the_judged_name_on_the_pinned_connection(tmp_path):
    """A TLS server on 127.0.0.1 with a self-signed certificate for files.ward.test (tests/data):
    the connection goes to the judged address, names files.ward.test in its SNI, and refuses the
    certificate (not signed by a known authority): nothing is stored."""
    import os
    import ssl

    import requests

    from messenger.safe_fetch import fetch_to_file

    folder = os.path.join(os.path.dirname(__file__), "data")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(os.path.join(folder, "files-ward-test.pem"), os.path.join(folder, "files-ward-test.key"))
    names = []
    context.sni_callback = lambda _sock, name, _ctx: names.append(name)
    server = RecordingCDN()
    server.socket = context.wrap_socket(server.socket, server_side=True)
    try:
        pinned = lambda _host, port, **_kw: [(2, 1, 6, "", ("127.0.0.1", port))]  # noqa: E731
        url = f"https://files.ward.test:{server.port}/photo.png"
        with pytest.raises(requests.ConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
            fetch_to_file(requests.Session(), url, str(tmp_path / "f"), CFG, ["files.ward.test"], resolve=pinned)
        assert names == ["files.ward.test"] and server.hits == [] and list(tmp_path.iterdir()) == []
    finally:
        server.shutdown()
        server.server_close()
