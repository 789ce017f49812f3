"""On the real server (waitress, 8 threads): the login limit holds under a burst,
a lock-out keeps out the address that earned it and not the account's owner, and X-Forwarded-For
counts only when TRUSTED_PROXY names the proxy."""

import re
import threading

import pytest
import requests
from live import GraphStandin

from storage import connect, write_transaction
from storage.officers import create_officer

pytestmark = pytest.mark.slow
PASSWORD = "mat-khau-that-dai-2026"
MAX_FAILURES = 5  # LOGIN_MAX_FAILURES's default


@pytest.fixture
def server_with(bot_servers):
    graph = GraphStandin()

    def start(**env):
        server = bot_servers(graph.url, COOKIE_SECURE="0", **env)
        db = connect(server.env["DATABASE_PATH"])
        with write_transaction(db):
            create_officer(db, "tuan", PASSWORD)
        return server, db

    yield start
    graph.close()


class LoginForm:
    """A browser that has opened the login page (its session and CSRF token), from `visitor`."""

    def __init__(self, server, visitor=None):
        self.server, self.http = server, requests.Session()
        self.headers = {"X-Forwarded-For": visitor} if visitor else {}
        page = self.http.get(server.url + "/console/login", headers=self.headers, timeout=10).text
        self.token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)

    def submit(self, password, username="tuan"):
        return self.http.post(
            self.server.url + "/console/login",
            headers=self.headers,
            allow_redirects=False,
            timeout=60,
            data={"csrf_token": self.token, "username": username, "password": password},
        ).status_code


def test_forty_wrong_passwords_at_once_get_exactly_the_limits_checks(server_with):
    server, db = server_with()
    forms = [LoginForm(server) for _ in range(40)]
    start, codes = threading.Barrier(len(forms)), []

    def guess(form):
        start.wait()
        codes.append(form.submit("doan-sai-mat-khau"))

    threads = [threading.Thread(target=guess, args=(form,)) for form in forms]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(codes) == [401] * MAX_FAILURES + [429] * (len(forms) - MAX_FAILURES)
    (checked,) = db.execute("SELECT count(*) FROM audit_log WHERE action = 'login_failed'").fetchone()
    assert checked == MAX_FAILURES


def test_a_lock_out_keeps_out_the_guesser_not_the_owner(server_with):
    server, _ = server_with(TRUSTED_PROXY="127.0.0.1")  # behind the reverse proxy, as deployed
    guesser = LoginForm(server, "203.0.113.9")
    assert [guesser.submit("doan-sai") for _ in range(MAX_FAILURES)] == [401] * MAX_FAILURES
    assert guesser.submit(PASSWORD) == 429  # even the right password, from there
    assert LoginForm(server, "198.51.100.7").submit(PASSWORD) == 302  # the owner, at the office


def test_x_forwarded_for_is_ignored_unless_a_proxy_is_configured(server_with):
    server, db = server_with()  # no TRUSTED_PROXY: a local process is not a proxy
    for n in range(3):
        assert LoginForm(server, f"198.51.100.{n}").submit("doan-sai") == 401
    assert {row[0] for row in db.execute("SELECT ip FROM login_attempts")} == {"127.0.0.1"}


def test_a_guess_spread_over_eleven_addresses_never_locks_the_owner_out(server_with):
    """Fifty wrong passwords for one account from eleven addresses: the account is under attack, so
    each address that failed for it waits out the lock, even with the right password, and a fresh
    guesser gets only storage.login_limit.HOT_ACCOUNT_TRIES guesses; the owner, from an address that
    has not failed, gets in (a hard lock of the account is a denial of service anyone can renew)."""
    from storage.login_limit import HOT_ACCOUNT_TRIES, PER_ACCOUNT_FACTOR

    server, db = server_with(TRUSTED_PROXY="127.0.0.1")
    guessers = [LoginForm(server, f"203.0.113.{n}") for n in range(11)]
    codes = [guessers[k % 11].submit(f"doan-sai-{k}") for k in range(MAX_FAILURES * PER_ACCOUNT_FACTOR)]
    assert codes == [401] * 50  # no address reached its own limit of 5
    assert LoginForm(server, "198.51.100.7").submit(PASSWORD) == 302  # the owner, from the office
    # The guessers are still held: theirs failed, the right password does not help them now ...
    assert {guesser.submit(PASSWORD) for guesser in guessers} == {429}
    # ... and a new address gets a couple of guesses, not LOGIN_MAX_FAILURES.
    fresh = LoginForm(server, "192.0.2.99")
    assert [fresh.submit("doan-tiep") for _ in range(HOT_ACCOUNT_TRIES + 1)] == [401] * HOT_ACCOUNT_TRIES + [429]
    (owner_logins,) = db.execute("SELECT count(*) FROM audit_log WHERE action = 'login'").fetchone()
    assert owner_logins == 1
