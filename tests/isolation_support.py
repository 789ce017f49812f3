"""Two wards on one real server, officers of each role in each, and citizens of both pages:
the shared fixtures of the ward-isolation tests."""

import re
import subprocess
import sys

import requests
from live import ROOT, BotServer, GraphStandin
from messenger_support import LiveCitizen
from pages_support import PAGE_A, PAGE_B, PageMessenger, write_pages_file
from scripts import file_case, run_script

PASSWORD = "mat-khau-hai-phuong-2026"
# username → (role, page): an officer and a leader in each ward.
OFFICERS = {
    "a_officer": ("officer", PAGE_A),
    "a_leader": ("leader", PAGE_A),
    "b_officer": ("officer", PAGE_B),
    "b_leader": ("leader", PAGE_B),
}


def two_ward_server(folder, graph, **env):
    """The natural multi-ward set-up: every token in PAGES_FILE, none in the environment."""
    folder.mkdir(parents=True, exist_ok=True)
    server = BotServer(folder, graph.url, "", PAGES_FILE=str(write_pages_file(folder)), **env)
    for name in ("PAGE_ACCESS_TOKEN", "APP_SECRET"):
        server.env.pop(name)
    return server


def add_officers(server):
    for username, (role, page) in OFFICERS.items():
        done = subprocess.run(
            [sys.executable, "-m", "bot", "officer", "add", username, "--role", role, "--page", page["page_id"]],
            cwd=ROOT,
            env=server.env,
            input=PASSWORD + "\n",
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr


def standin_for_both_pages():
    return GraphStandin(token={PAGE_A["access_token"], PAGE_B["access_token"]})


def citizen(server, graph, page, psid):
    return LiveCitizen(server, graph, PageMessenger(page), psid)


class Officer:
    """An officer's browser session on the console, over HTTP."""

    def __init__(self, server, username):
        self.server, self.http = server, requests.Session()
        response = self.login(username, PASSWORD)
        assert response.status_code == 302, response.text

    def login(self, username, password, next_page=""):
        return self.http.post(
            self.server.url + "/console/login",
            allow_redirects=False,
            timeout=10,
            data={"csrf_token": self.token(), "username": username, "password": password, "next": next_page},
        )

    def token(self, path="/console/login"):
        page = self.http.get(self.server.url + path, timeout=10).text
        return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)

    def post(self, path, data, page):
        return self.http.post(
            self.server.url + path, data={"csrf_token": self.token(page), **data}, allow_redirects=False, timeout=30
        )

    def get(self, path, **kwargs):
        return self.http.get(self.server.url + path, timeout=30, **kwargs)


__all__ = ["PAGE_A", "PAGE_B", "file_case", "run_script"]
